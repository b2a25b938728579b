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
    conn.exec_driver_sql(sql, params)
