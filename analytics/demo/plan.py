"""Which files the demo writes, in which style, and the model they are cut from.

Files are split as users split them: membership one file per year for older years and one per
month recently, employers one file per quarterly snapshot, follow-up actions one per quarter,
accidents and special groups one per year, workforce and targets one per year. The list of files
is known before anything heavy is computed, so progress can be reported as "file i of n".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from analytics.demo import accidents, employers, enforcement, geography, groups, membership, snapshot, targets
from analytics.demo.common import Config, month_of, month_text, year_of
from analytics.demo.files import to_csv


@dataclass(frozen=True)
class FileSpec:
    dataset: str
    file_name: str
    build: Callable[[Model], tuple[bytes, int]]  # -> (file bytes, data rows)


class Model:
    """Everything the files are cut from, computed once, on first use."""

    def __init__(self, cfg: Config, reference: pd.DataFrame, kantor_csv: bytes | None):
        self.cfg = cfg
        self.national_cfg = dataclasses.replace(cfg, provinces=None)
        self.reference = reference
        self.kantor_csv = kantor_csv

    @cached_property
    def reg_all(self) -> pd.DataFrame:
        return geography.regions(self.reference, self.cfg)

    @cached_property
    def reg(self) -> pd.DataFrame:
        return geography.select(self.reg_all, self.cfg)

    @cached_property
    def months_all(self) -> np.ndarray:
        return membership.months_all(self.cfg)

    @cached_property
    def stock_all(self) -> np.ndarray:
        return membership.stock(self.reg_all, self.cfg, self.months_all)

    @cached_property
    def penduduk_all(self) -> pd.DataFrame:
        return membership.penduduk_bekerja(self.reg_all, self.national_cfg)

    @cached_property
    def penduduk(self) -> pd.DataFrame:
        pb = self.penduduk_all
        return pb if self.cfg.provinces is None else pb[pb["kode_wilayah"].str[:2].isin(self.cfg.provinces)]

    @cached_property
    def kepesertaan(self) -> pd.DataFrame:
        return membership.kepesertaan(self.reg_all, self.cfg, self.stock_all)

    @cached_property
    def target(self) -> pd.DataFrame:
        return targets.target(self.reg_all, self.stock_all, self.months_all, self.penduduk_all, self.cfg)

    @cached_property
    def panel(self) -> employers.Panel:
        return employers.panel(self.reg, self.cfg)

    @cached_property
    def tindak_lanjut(self) -> pd.DataFrame:
        return enforcement.cases(self.panel, self.cfg)

    @cached_property
    def kecelakaan(self) -> pd.DataFrame:
        return accidents.kecelakaan(self.reg_all, self.stock_all, self.months_all, self.cfg)

    @cached_property
    def kelompok_khusus(self) -> pd.DataFrame:
        years = membership.workforce(self.reg_all, self.cfg, [2023])[:, 0]
        return groups.kelompok_khusus(self.reg_all, years, self.cfg)

    def drop(self, name: str) -> None:
        """Free a large intermediate once its last file is written."""
        self.__dict__.pop(name, None)


def _rows(frame_of: Callable[[Model], pd.DataFrame], dataset: str, style: str, keep=None):
    def build(m: Model) -> tuple[bytes, int]:
        df = frame_of(m)
        if keep is not None:
            df = df[keep(df)]
        return to_csv(df, dataset, style), len(df)

    return build


def _year_is(column: str, year: int):
    return lambda df: year_of(df[column].to_numpy()) == year if column != "tahun" else df["tahun"] == year


def _month_is(month: np.datetime64):
    return lambda df: df["periode"].to_numpy() == month


def _date_between(first: np.datetime64 | None, last: np.datetime64):
    def keep(df):
        d = df["tanggal"].to_numpy().astype("datetime64[D]")
        return (d <= last) & (d >= first if first is not None else True)

    return keep


def _snapshot(q: int, style: str):
    def build(m: Model) -> tuple[bytes, int]:
        table = snapshot.snapshot(m.panel, q)
        return to_csv(table, "perusahaan", style), table.num_rows

    return build


def _kantor(m: Model) -> tuple[bytes, int]:
    return m.kantor_csv, m.kantor_csv.count(b"\n") - 1


def _last_day(month: np.datetime64) -> np.datetime64:
    return (month + 1).astype("datetime64[D]") - 1


def plan(cfg: Config, with_kantor: bool) -> list[FileSpec]:
    specs: list[FileSpec] = []
    if with_kantor:
        specs.append(FileSpec("kantor", "kantor_default.csv", _kantor))
    years = cfg.years
    last_year = year_of(cfg.sampai)
    den_years = years[:-1] or years[:1]
    for y in den_years:
        specs.append(FileSpec("penduduk_bekerja", f"penduduk_bekerja_{y}.csv",
                              _rows(lambda m: m.penduduk, "penduduk_bekerja", "excel", _year_is("tahun", y))))  # fmt: skip
    for y in years:
        specs.append(FileSpec("target", f"target_{y}.csv", _rows(lambda m: m.target, "target", "excel", _year_is("tahun", y))))
    for y in years:
        if y < last_year:  # closed years: one file each (last year's as an Excel export)
            style = "excel" if y == last_year - 1 else "plain"
            specs.append(FileSpec("kepesertaan", f"kepesertaan_{y}.csv",
                                  _rows(lambda m: m.kepesertaan, "kepesertaan", style, _year_is("periode", y))))  # fmt: skip
            continue
        for mon in cfg.months[year_of(cfg.months) == y]:  # the current year: the monthly reports
            style = "plain" if month_of(mon) % 2 else "semicolon"
            specs.append(FileSpec("kepesertaan", f"kepesertaan_{month_text(mon)}.csv",
                                  _rows(lambda m: m.kepesertaan, "kepesertaan", style, _month_is(mon))))  # fmt: skip
    for q, snap in enumerate(cfg.snapshots):  # one snapshot from an Excel user (quoted program lists)
        style = "semicolon" if q == len(cfg.snapshots) - 2 else "plain"
        specs.append(FileSpec("perusahaan", f"perusahaan_{month_text(snap)}.csv", _snapshot(q, style)))
    # Follow-up: everything before the first snapshot's quarter in one file, then one per quarter.
    first_q = cfg.snapshots[0] - 2
    quarters = np.arange(first_q, cfg.sampai + 1, 3, dtype="datetime64[M]")
    specs.append(FileSpec("tindak_lanjut", f"tindak_lanjut_sd_{month_text(first_q - 1)}.csv",
                          _rows(lambda m: m.tindak_lanjut, "tindak_lanjut", "excel1252", _date_between(None, _last_day(first_q - 1)))))  # fmt: skip
    for start in quarters:
        label = f"{year_of(start)}_Q{(month_of(start) - 1) // 3 + 1}"
        keep = _date_between(start.astype("datetime64[D]"), _last_day(min(start + 2, cfg.sampai)))
        specs.append(FileSpec("tindak_lanjut", f"tindak_lanjut_{label}.csv", _rows(lambda m: m.tindak_lanjut, "tindak_lanjut", "plain", keep)))
    for y in years:
        style = "excel" if y == last_year - 1 else "plain"
        specs.append(FileSpec("kecelakaan", f"kecelakaan_{y}.csv", _rows(lambda m: m.kecelakaan, "kecelakaan", style, _year_is("periode", y))))
    for y in years:
        style = "excel_codes" if y == years[0] else "plain"
        specs.append(FileSpec("kelompok_khusus", f"kelompok_khusus_{y}.csv",
                              _rows(lambda m: m.kelompok_khusus, "kelompok_khusus", style, _year_is("periode", y))))  # fmt: skip
    return specs
