"""``report activity`` and ``report referrals`` from the command line, on a
database the test fills with a history whose figures it counts itself."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Cli, new_centre
from reportdata import Built, build_activity, expected

KEYS = {"consultations", "enterprises", "new_enterprises", "by_channel", "by_month",
        "by_consultant", "prescreenings", "referred", "dossiers_by_status"}


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Cli, Built]]:
    monkeypatch.setenv("TZ", "Asia/Yekaterinburg")  # the subprocess inherits the zone
    time.tzset()
    cli = new_centre(tmp_path)
    yield cli, build_activity(cli.db)
    monkeypatch.undo()
    time.tzset()


def test_activity_json_has_the_known_counts(filled: tuple[Cli, Built]) -> None:
    cli, built = filled
    got = cli.json("report", "activity", "--from", "01.04.2025", "--to", "30.06.2025")
    want = expected(built, dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert set(got) >= KEYS
    for key in ("consultations", "enterprises", "new_enterprises", "referred"):
        assert got[key] == want[key], key
    for key in ("by_channel", "by_consultant", "prescreenings", "dossiers_by_status"):
        assert got[key] == want[key], key
    assert got["by_month"] == {"2025-04": want["by_month"].get("2025-04", 0),
                               "2025-05": want["by_month"].get("2025-05", 0),
                               "2025-06": want["by_month"].get("2025-06", 0)}
    assert sum(got["by_month"].values()) == got["consultations"] > 0


def test_activity_filtered_by_consultant_and_program(filled: tuple[Cli, Built]) -> None:
    cli, built = filled
    got = cli.json("report", "activity", "--from", "2025-01-01", "--to", "2025-12-31",
                   "--consultant", "ivanov", "--program", "reverse_engineering")
    want = expected(built, dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                    "ivanov", "reverse_engineering")
    assert (got["consultations"], got["by_consultant"], got["referred"]) == (
        want["consultations"], want["by_consultant"], want["referred"])


def test_files_and_referral_register(filled: tuple[Cli, Built], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    cli, built = filled
    xlsx, pdf = tmp_path / "отчёт.xlsx", tmp_path / "реестр.pdf"
    done = cli("report", "activity", "--from", "01.01.2025", "--to", "31.12.2025",
               "--out", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert "Сводка" in load_workbook(xlsx).sheetnames
    done = cli("report", "referrals", "--from", "01.01.2025", "--to", "31.12.2025",
               "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    rows = cli.json("report", "referrals", "--from", "01.01.2025", "--to", "31.12.2025")
    want = expected(built, dt.date(2025, 1, 1), dt.date(2025, 12, 31))["finals"]
    assert [r["number"] for r in rows] == [x["number"] for x in want]


def test_refusals_are_sentences(filled: tuple[Cli, Built], tmp_path: Path) -> None:
    cli, _ = filled
    done = cli("report", "activity", "--from", "01.02.2025", "--to", "01.01.2025", "--json")
    assert done.returncode == 1 and "позже" in done.stderr
    done = cli("report", "activity", "--from", "01.01.2025", "--to", "01.02.2025",
               "--out", str(tmp_path / "x.docx"))
    assert done.returncode == 1 and ".xlsx или .pdf" in done.stderr
    assert not (tmp_path / "x.docx").exists()
    done = cli("report", "activity", "--from", "01.01.2025", "--to", "01.02.2025")
    assert done.returncode == 2
