"""Deterministic, realistic synthetic data for every dataset of the contract.

The demo writes files exactly as users would send them (CSV in several office styles, split by
year, month or quarter) and loads them through `analytics.load.load_file`, so every demo load is
also a test of the import. The same seed, scale and `sampai` always give the same bytes.

PUBLIC API (used by the CLI, the app and the benchmark; keep these signatures):

    generate(scale="national", sampai=None, seed=2026) -> Iterator[DemoFile]
        The files, in load order, generated one at a time (memory stays bounded).
    load_demo(con, scale="national", sampai=None, seed=2026, on_progress=None) -> list[LoadReport]
        Generates and loads every file as user "demo"; on_progress(step, total, label) is called
        before the first file (step 0) and after each file. Raises DemoError if a file is rejected.

Scales: "national" (514 kabupaten/kota, monthly from January 2021, about a million employers) and
"small" (three provinces, 24 months, a few thousand employers; for tests).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analytics import derived
from analytics.demo import geography
from analytics.demo.common import SCALES, Config, default_sampai, numpy_month
from analytics.demo.plan import FileSpec, Model, plan

__all__ = ["SCALES", "DemoError", "DemoFile", "default_sampai", "generate", "load_demo"]

ProgressFn = Callable[[int, int, str], None]
DEFAULT_SEED = 2026
# Free the large intermediates once the last file that needs them is written.
_RELEASE_AFTER = {
    "kepesertaan": ("kepesertaan",),
    "tindak_lanjut": ("panel", "tindak_lanjut"),
    "kecelakaan": ("kecelakaan",),
    "kelompok_khusus": ("kelompok_khusus",),
}


@dataclass(frozen=True)
class DemoFile:
    dataset: str
    file_name: str
    data: bytes
    rows: int = 0
    seconds: float = 0.0  # time to generate this file


class DemoError(RuntimeError):
    """A demo file was rejected by the import: a bug in the demo or in the import."""


def _shipped_reference() -> pd.DataFrame:
    from analytics import reference

    return pd.read_csv(reference.WILAYAH_CSV, dtype={"kode_wilayah": str, "kode_provinsi": str})


def _shipped_kantor() -> bytes | None:
    """The default office mapping, loaded as a `kantor` file like any other."""
    from analytics import reference

    path = Path(reference.KANTOR_CSV)
    return path.read_bytes() if path.exists() else None


def _config(scale: str, sampai: str | None, seed: int, reference: pd.DataFrame, kantor_csv: bytes | None) -> Config:
    month = numpy_month(sampai or default_sampai())
    provinces = None
    if scale == "small":
        import io

        kantor = pd.read_csv(io.BytesIO(kantor_csv), dtype=str) if kantor_csv else None
        available = set(reference.loc[reference["tingkat"] == "kabkota", "kode_provinsi"].astype(str))
        provinces = geography.small_provinces(kantor, available)
    return Config(scale, month, int(seed), provinces)


def _specs(scale, sampai, seed, reference, kantor_csv) -> tuple[Model, list[FileSpec]]:
    if reference is None:
        reference = _shipped_reference()
        kantor_csv = kantor_csv if kantor_csv is not None else _shipped_kantor()
    cfg = _config(scale, sampai, seed, reference, kantor_csv)
    return Model(cfg, reference, kantor_csv), plan(cfg, with_kantor=kantor_csv is not None)


def _files(model: Model, specs: list[FileSpec]) -> Iterator[DemoFile]:
    last_of = {s.dataset: i for i, s in enumerate(specs)}
    for i, spec in enumerate(specs):
        start = time.perf_counter()
        data, rows = spec.build(model)
        yield DemoFile(spec.dataset, spec.file_name, data, rows, time.perf_counter() - start)
        if last_of[spec.dataset] == i:
            for name in _RELEASE_AFTER.get(spec.dataset, ()):
                model.drop(name)


def generate(
    scale: str = "national",
    sampai: str | None = None,
    seed: int = DEFAULT_SEED,
    *,
    reference: pd.DataFrame | None = None,
    kantor_csv: bytes | None = None,
) -> Iterator[DemoFile]:
    """The demo files in load order. `sampai` is `YYYY-MM` (default: the last complete month).

    `reference` (kode_wilayah, nama, tingkat, kode_provinsi, jenis) and `kantor_csv` default to
    the shipped `data/wilayah.csv` and `data/kantor.csv`.
    """
    model, specs = _specs(scale, sampai, seed, reference, kantor_csv)
    return _files(model, specs)


def load_demo(
    con,
    scale: str = "national",
    sampai: str | None = None,
    seed: int = DEFAULT_SEED,
    on_progress: ProgressFn | None = None,
    stats: dict | None = None,
) -> list:
    """Generate and load the demo through the import. `stats`, when given, receives the
    seconds spent generating (in the worker thread) and loading (the import), which overlap, the
    wall-clock total, the files and the rows."""
    from analytics.load import load_file

    reference = con.execute(
        "SELECT kode_wilayah, nama, tingkat, kode_provinsi, jenis FROM wilayah ORDER BY kode_wilayah"
    ).df()
    model, specs = _specs(scale, sampai, seed, reference, _shipped_kantor())
    total = len(specs)
    progress = on_progress or (lambda step, total, label: None)
    progress(0, total, "menyiapkan data demo")
    reports = []
    started = time.perf_counter()
    gen_s = load_s = 0.0
    rows = 0
    # The next file is generated in a thread while the import stores the current one.
    for step, f in enumerate(_prefetched(_files(model, specs)), start=1):
        gen_s += f.seconds
        start = time.perf_counter()
        report = load_file(con, f.dataset, f.data, file_name=f.file_name, user="demo", derive=False)
        load_s += time.perf_counter() - start
        if not report.accepted:
            raise DemoError(f"berkas demo {f.file_name} ditolak: {_summary(report)}")
        reports.append(report)
        rows += f.rows
        progress(step, total, f.file_name)
    start = time.perf_counter()
    derived.ensure_fresh(con)  # once for all the files (each load deferred it)
    load_s += time.perf_counter() - start
    if stats is not None:
        stats.update(generate_s=gen_s, load_s=load_s, wall_s=time.perf_counter() - started, files=total, rows=rows,
                     scale=scale, sampai=str(model.cfg.sampai))  # fmt: skip
    return reports


def _prefetched(items: Iterator[DemoFile]) -> Iterator[DemoFile]:
    """Iterate `items` one step ahead in a worker thread (numpy, pyarrow and DuckDB release the
    GIL, so generation overlaps the load). Stopping early stops the worker."""
    box: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()
    done = object()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)
        put(done)

    worker = threading.Thread(target=work, name="demo-generate", daemon=True)
    worker.start()
    try:
        while (item := box.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def _summary(report) -> str:
    render = getattr(report, "render_errors", None)
    return render() if callable(render) else repr(report)[:2000]
