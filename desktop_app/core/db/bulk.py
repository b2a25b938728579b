"""Many rows into one table through the driver's ``executemany`` (SQLite).

SQLAlchemy's insert of a list of dictionaries builds, converts and checks the
parameters of every row in Python; for an import of ten thousand cards that
costs more than the database's own work. Here each column's conversion is
the column type's own bind processor, asked once per column (values the
same for every row are converted once), and the rows go to the driver as
plain tuples in one ``executemany`` inside the caller's transaction: the same
stored values as the ORM would write, triggers included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    constants: Mapping[str, Any] | None = None,
    raw: Sequence[str] = (),
) -> None:
    """Insert ``rows`` (values in the order of ``columns``) plus ``constants`` (the
    same value in every row) into ``table`` with one ``executemany`` (SQLite only).

    Values of the columns named in ``raw`` are passed to the driver as given
    (already in their stored form); every other value goes through its column
    type's bind processor, exactly as an ORM insert would convert it.
    """
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":
        raise ValueError("insert_rows is for SQLite; the server loads rows by its own path")
    if not rows:
        return

    def processor(name: str) -> Callable[[Any], Any] | None:
        if name in raw:
            return None
        column_type = table.c[name].type
        return column_type.dialect_impl(dialect).bind_processor(dialect)

    fixed = dict(constants or {})
    for name, value in fixed.items():
        convert = processor(name)
        if convert is not None:
            fixed[name] = convert(value)
    converters = [(i, convert) for i, name in enumerate(columns)
                  if (convert := processor(name)) is not None]
    tail = tuple(fixed.values())
    params: list[tuple[Any, ...]]
    if converters:
        params = []
        for row in rows:
            values = list(row)
            for i, convert in converters:
                values[i] = convert(values[i])
            params.append((*values, *tail))
    elif tail:
        params = [(*row, *tail) for row in rows]
    else:
        params = [tuple(row) for row in rows]
    names = [*columns, *fixed]
    preparer = dialect.identifier_preparer
    sql = (f"INSERT INTO {preparer.format_table(table)} "
           f"({', '.join(preparer.quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    trigger = _count_trigger(conn, table.name) if len(params) >= _COUNT_ONCE_FROM else None
    if trigger is None:
        conn.exec_driver_sql(sql, params)
        return
    # The row counter's trigger runs once per row, each time with a statement journal
    # of its own; for many rows the counter is raised once instead. Dropping and
    # re-creating the trigger is part of this transaction (SQLite's schema is
    # transactional) and nobody else writes meanwhile: the write lock is held.
    name, definition = trigger
    conn.exec_driver_sql(f"DROP TRIGGER {preparer.quote(name)}")
    conn.exec_driver_sql(sql, params)
    conn.exec_driver_sql("UPDATE row_counts SET n = n + ? WHERE table_name = ?",
                         (len(params), table.name))
    conn.exec_driver_sql(definition)


#: From how many rows the row counter is raised once rather than row by row.
_COUNT_ONCE_FROM = 100


def _count_trigger(conn: Any, table: str) -> tuple[str, str] | None:
    """The row counter's insert trigger of ``table`` (name and definition), if any."""
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND name = ?", (table, f"trg_{table}_count_ins")).first()
    return None if found is None else (str(found[0]), str(found[1]))
