"""A busy database and a full disk are told in words, and nothing is half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from desktop_app.core.db import engine as engine_mod
from desktop_app.core.db.engine import DatabaseBusyError, DiskFullError
from desktop_app.core.db.models import Enterprise
from desktop_app.core.errors import UserError
from desktop_app.core.identifiers import make_inn10
from desktop_app.core.services.facade import open_services


def _count(sv) -> int:
    with sv.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Enterprise)).scalar_one())


def test_a_writer_kept_waiting_too_long_is_told_what_happens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    sv = open_services(tmp_path / "db.sqlite3")
    other = sqlite3.connect(sv.db_path, timeout=0.1)
    try:
        other.execute("BEGIN IMMEDIATE")  # a long import in another program
        with pytest.raises(DatabaseBusyError, match="занята") as busy:
            sv.enterprises.create({"full_name": "ООО «Ждёт»", "inn": "1234567894"})
        assert isinstance(busy.value, UserError)
        other.rollback()
        sv.enterprises.create({"full_name": "ООО «Дождалось»", "inn": "1234567894"})
        assert _count(sv) == 1
    finally:
        other.close()
        sv.close()


def test_a_full_disk_is_told_in_words_and_nothing_is_written(tmp_path: Path) -> None:
    sv = open_services(tmp_path / "db.sqlite3")
    try:
        sv.enterprises.create({"full_name": "ООО «Первое»", "inn": "1234567894"})
        with sv.db.read() as s:
            pages = int(s.connection().exec_driver_sql("PRAGMA page_count").scalar_one())
        sv.db.engine.dispose()

        @event.listens_for(sv.db.engine, "connect")
        def no_room(dbapi_conn, _record) -> None:  # the file may not grow any more
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 4}")

        address = ("г. Пермь, ул. Очень Длинная, " * 40)[:1000]
        stored = 1
        with pytest.raises(DiskFullError, match="Недостаточно места на диске"):
            for n in range(1, 200):
                sv.enterprises.create({"full_name": f"ООО «Номер {n}»",
                                       "inn": make_inn10(f"59{n:07d}"),
                                       "legal_address": address, "actual_address": address})
                stored += 1
        assert 1 < stored < 200
        assert _count(sv) == stored
        sv.db.engine.dispose()
    finally:
        sv.close()
