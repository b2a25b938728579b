"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop_app.core.db.engine import (
    DatabaseError,
    DatabaseTooNewError,
    alembic_config,
    head_revision,
    known_revisions,
    open_database,
)


@pytest.mark.sqlite_only
def test_new_database_is_created_at_head_with_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert rev == head_revision()
    finally:
        db.close()
    assert not (db_path.parent / "backups").exists(), "a new database needs no backup"


@pytest.mark.sqlite_only
def test_foreign_keys_are_enforced(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
            s.execute(
                text(
                    "INSERT INTO consultations (uuid, enterprise_id, occurred_at, channel, topic, "
                    "next_step_done, created_at, updated_at) VALUES ('u', 999, '2025-01-01', "
                    "'phone', 't', 0, '2025-01-01', '2025-01-01')"
                )
            )
    finally:
        db.close()


def _first_revision() -> str:
    revisions = known_revisions()
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    base = [r.revision for r in script.walk_revisions() if r.down_revision is None]
    assert len(base) == 1 and base[0] in revisions
    return base[0]


@pytest.mark.sqlite_only
def test_migration_from_an_older_revision_backs_up_first(db_path: Path) -> None:
    first = _first_revision()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), first)
        conn.exec_driver_sql(
            "INSERT INTO enterprises (uuid, full_name, inn, search_key, created_at, updated_at) "
            "VALUES ('11111111-1111-4111-8111-111111111111', 'ООО «Старые данные»', "
            "'1234567894', '', '2025-01-01', '2025-01-01')"
        )
    engine.dispose()
    if first == head_revision():
        pytest.skip("only one revision so far: nothing to migrate")
    db = open_database(db_path)
    try:
        with db.read() as s:
            assert (
                s.execute(text("SELECT full_name FROM enterprises")).scalar()
                == "ООО «Старые данные»"
            )
    finally:
        db.close()
    backups = list((db_path.parent / "backups").glob("*before-migration*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


@pytest.mark.sqlite_only
def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNewError, match="более новой версией программы"):
        open_database(db_path)


def test_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    fake = tmp_path / "база.sqlite3"
    fake.write_bytes(b"PK\x03\x04 this is a zip, not sqlite")
    with pytest.raises(DatabaseError, match="не является базой данных SQLite"):
        open_database(fake)
    folder = tmp_path / "папка"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="это папка"):
        open_database(folder)


@pytest.mark.sqlite_only
def test_downgrade_to_base_and_up_again(db_path: Path) -> None:
    open_database(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.begin() as conn:
        names = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert "enterprises" not in names
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()


def test_revision_graph_read_from_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}


def test_enterprise_search_text_and_short_name_have_no_ordinary_index(services) -> None:
    """Migrations 0018 and 0020: the search text is read by the full-text index and by
    ``LIKE '%…%'`` only, the short name through the name's sort expression only; their
    ordinary indexes (kept up on every write) are gone, and finding and sorting work."""
    from sqlalchemy import inspect

    from desktop_app.core.services.lists import ListKind, ListQuery

    for name, short, inn in (("ООО «Ёлкинский машиностроительный завод»", None, "7707083893"),
                             ("Акционерное общество «Вектор»", "АО «Вектор»", "1234567894"),
                             ("Общество «Берёзка»", "ООО «Берёзка»", "500100732259")):
        services.enterprises.create({"full_name": name, "short_name": short, "inn": inn})
    with warnings.catch_warnings():   # expression indexes are not reflected; no matter
        warnings.simplefilter("ignore")
        names = {ix["name"] for ix in inspect(services.db.engine).get_indexes("enterprises")}
    assert not names & {"ix_enterprises_search_key", "ix_enterprises_short_name"}
    for words in ("машиностроит", "ЁЛКИНСКИЙ", "7707083893"):
        assert [h.inn for h in services.lists.enterprise_hits(words)] == ["7707083893"], words
    query = ListQuery(ListKind.ENTERPRISES, sort_key="name", descending=False)
    shown = [row[1] for row in services.lists.first_page(query, 10).rows]
    assert shown == ["АО «Вектор»", "ООО «Берёзка»", "ООО «Ёлкинский машиностроительный завод»"]
