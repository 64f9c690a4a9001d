"""analytics.cli: a command module that fails to import breaks only itself."""

from __future__ import annotations

import sys

import pytest

from analytics import cli

GOOD = '''
def add_parser(sub):
    p = sub.add_parser("baik")
    p.add_argument("nama")

def run(args):
    print("halo " + args.nama)
    return 0
'''


@pytest.fixture
def commands(tmp_path, monkeypatch):
    """A working command and two broken ones (a missing dependency, an error at import)."""
    package = tmp_path / "cli_uji"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "baik.py").write_text(GOOD)
    (package / "tanpa_modul.py").write_text("import modul_yang_tidak_ada\n")
    (package / "rusak.py").write_text("raise RuntimeError('config missing')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cli, "COMMANDS", {"tanpa_modul": "cli_uji.tanpa_modul", "baik": "cli_uji.baik",
                                          "rusak": "cli_uji.rusak"})
    yield
    for name in [m for m in sys.modules if m == "cli_uji" or m.startswith("cli_uji.")]:
        del sys.modules[name]


def test_other_commands_still_work(commands, capsys):
    assert cli.main(["baik", "Sari"]) == 0
    assert capsys.readouterr() == ("halo Sari\n", "")


@pytest.mark.parametrize("name, why", [
    ("tanpa_modul", "cli_uji.tanpa_modul failed to import (ModuleNotFoundError: No module named 'modul_yang_tidak_ada')"),
    ("rusak", "cli_uji.rusak failed to import (RuntimeError: config missing)"),
])
def test_a_broken_command_reports_when_invoked(commands, capsys, name, why):
    assert cli.main([name, "--apa", "saja"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"Perintah '{name}' tidak tersedia / command '{name}' is unavailable: {why}\n"


def test_usage_errors_of_working_commands_are_unchanged(commands, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["baik", "Sari", "--lebih"])
    assert exit_.value.code == 2
    assert "unrecognized arguments: --lebih" in capsys.readouterr().err


def test_help_lists_every_command(commands, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "baik" in out and "rusak" in out and "(tidak tersedia / unavailable)" in out
