"""A backup with a damaged value inside a row is refused before anything is replaced."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.db.models import Enterprise
from desktop_app.core.errors import InputError
from desktop_app.core.services.backup import check_candidate, make_backup, restore_backup
from desktop_app.core.services.facade import open_services

NAME = "ООО «Уральские турбины»"
ADDRESS = "614000, г. Пермь, ул. Уральская, д. 1"


def _flip_inside_the_address(path: Path) -> None:
    data = bytearray(path.read_bytes())
    where = data.find(ADDRESS.encode("utf-8"))
    assert where > 0
    data[where + 12] = 0xFF  # inside «Пермь»: no longer valid UTF-8
    data[where + 13] = 0xFE
    path.write_bytes(bytes(data))


def test_flipped_bytes_in_a_row_pass_integrity_check_but_not_the_restore(
    tmp_path: Path,
) -> None:
    sv = open_services(tmp_path / "data" / "db.sqlite3")
    db_path = sv.db_path
    try:
        sv.enterprises.create({"full_name": NAME, "inn": "1234567894",
                               "legal_address": ADDRESS})
        copy = make_backup(sv, folder=tmp_path / "usb").path
        sv.enterprises.create({"full_name": "ООО «После копии»", "inn": "7707083893"})
        _flip_inside_the_address(copy)
        conn = sqlite3.connect(copy)
        try:  # the damage the structural check cannot see
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        problems = check_candidate(copy)
        assert any("таблица «enterprises» повреждена" in p for p in problems), problems
        with pytest.raises(InputError, match="enterprises"):
            restore_backup(sv, copy)
        with sv.db.read() as s:
            names = list(s.execute(select(Enterprise.full_name).order_by(Enterprise.id))
                         .scalars())
        assert names == [NAME, "ООО «После копии»"]
    finally:
        sv.close()
    assert not db_path.with_name(db_path.name + ".restore").exists()
