"""Full-text search behind one module.

SQLite's ``LIKE`` does not fold Cyrillic case, so the application folds text
itself (casefold, ё→е, see :func:`fold_text`) and keeps it in FTS5 tables
(``enterprise_fts``, ``consultation_fts``; rowid = the record's id). Where
FTS5 is not available (another SQLite build) the same functions fall back to
``LIKE`` over the folded text, slower but right.

On the centre's PostgreSQL server the folded text goes into ``tsvector``
columns (``enterprise_search``, ``consultation_search``, migration 0010)
indexed with both the ``russian`` configuration (word forms) and ``simple``
(exact words, digits); every query word is a prefix in either form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.formatting import fold_text

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_MAX_TERMS = 8


def enterprise_body(
    full_name: str, short_name: str | None, inn: str, ogrn: str | None, kpp: str | None = None
) -> str:
    return fold_text(" ".join(filter(None, (full_name, short_name, inn, ogrn, kpp))))


def consultation_body(*parts: str | None) -> str:
    return fold_text(" ".join(p for p in parts if p))


def _server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


_PG_VECTOR = "to_tsvector('russian', :b) || to_tsvector('simple', :b)"


def _pg_index(session: Session, kind: str, rows: list[dict[str, object]]) -> None:
    if rows:
        session.execute(
            text(f"INSERT INTO {kind}_search (id, words) VALUES (:id, {_PG_VECTOR}) "
                 "ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words"), rows)


def _pg_index_arrays(session: Session, kind: str, ids_: list[int], bodies: list[str]) -> None:
    if ids_:
        session.execute(
            text(f"INSERT INTO {kind}_search (id, words) SELECT r.id, "
                 "to_tsvector('russian', r.b) || to_tsvector('simple', r.b) "
                 "FROM unnest(CAST(:ids AS bigint[]), CAST(:bodies AS text[])) AS r(id, b) "
                 "ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words"),
            {"ids": ids_, "bodies": bodies})


def has_fts(session: Session) -> bool:
    if _server(session):
        return True
    row = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='consultation_fts'")
    ).first()
    return row is not None


def _table(kind: str) -> str:
    if kind not in ("enterprise", "consultation"):
        raise ValueError(kind)
    return f"{kind}_fts"


def _column(kind: str) -> str:
    return "search_key" if kind == "enterprise" else "body"


def index(
    session: Session, kind: str, rowid: int, body: str, *, old_body: str | None = None
) -> None:
    """Index one record in the same transaction as its write.

    The indexes keep no copy of the text, so replacing an entry needs the text
    it was indexed with (``old_body``); a wrong one only degrades search until
    :func:`rebuild` runs.
    """
    if _server(session):
        _table(kind)
        _pg_index(session, kind, [{"id": rowid, "b": body}])
        return
    if not has_fts(session):
        return
    table, column = _table(kind), _column(kind)
    if old_body is not None:
        session.execute(
            text(f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', :id, :b)"),
            {"id": rowid, "b": old_body},
        )
    session.execute(
        text(f"INSERT INTO {table}(rowid, {column}) VALUES (:id, :b)"), {"id": rowid, "b": body}
    )


def unindex(session: Session, kind: str, rowid: int, old_body: str) -> None:
    if _server(session):
        _table(kind)
        session.execute(text(f"DELETE FROM {kind}_search WHERE id = :id"), {"id": rowid})
        return
    if has_fts(session):
        table, column = _table(kind), _column(kind)
        session.execute(
            text(f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', :id, :b)"),
            {"id": rowid, "b": old_body},
        )


def bulk_index(session: Session, kind: str, rows: Iterable[tuple[int, str]]) -> None:
    if _server(session):
        _table(kind)
        # one statement per 20 000 rows (arrays unnested on the server): a round trip
        # per row made the bulk loads of a large database crawl
        ids_: list[int] = []
        bodies: list[str] = []
        for rowid, body in rows:
            ids_.append(rowid)
            bodies.append(body)
            if len(ids_) >= 20_000:
                _pg_index_arrays(session, kind, ids_, bodies)
                ids_, bodies = [], []
        _pg_index_arrays(session, kind, ids_, bodies)
        return
    if not has_fts(session):
        return
    table, column = _table(kind), _column(kind)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table}(rowid, {column}) VALUES (?, ?)", list(rows)
    )


def bulk_reindex(session: Session, kind: str, rows: list[tuple[int, str, str | None]]) -> None:
    """Renew many entries: ``(rowid, body, old_body)`` — the old text (``None``: never
    indexed) is taken out and the new one put in, as :func:`index` does one by one."""
    if not rows:
        return
    if _server(session):
        bulk_index(session, kind, [(rowid, body) for rowid, body, _old in rows])
        return
    if not has_fts(session):
        return
    table, column = _table(kind), _column(kind)
    conn = session.connection()
    removed = [(rowid, old) for rowid, _body, old in rows if old is not None]
    if removed:
        conn.exec_driver_sql(
            f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', ?, ?)", removed)
    conn.exec_driver_sql(f"INSERT INTO {table}(rowid, {column}) VALUES (?, ?)",
                         [(rowid, body) for rowid, body, _old in rows])


def rebuild(session: Session, kind: str) -> None:
    """Rebuild an index from the records themselves (maintenance)."""
    if _server(session):
        _table(kind)
        session.execute(text(f"DELETE FROM {kind}_search"))
        if kind == "enterprise":
            session.execute(text(
                "INSERT INTO enterprise_search (id, words) SELECT id, "
                "to_tsvector('russian', search_key) || to_tsvector('simple', search_key) "
                "FROM enterprises"))
            return
        source = session.execute(
            text("SELECT id, topic, questions, advice, outcome, next_step FROM consultations"))
        bulk_index(session, kind, ((r[0], consultation_body(*r[1:])) for r in source.all()))
        return
    if not has_fts(session):
        return
    table = _table(kind)
    if kind == "enterprise":
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))
        return
    session.execute(text(f"INSERT INTO {table}({table}) VALUES ('delete-all')"))
    rows = session.execute(
        text("SELECT id, topic, questions, advice, outcome, next_step FROM consultations")
    )
    batch: list[tuple[int, str]] = []
    for row in rows:
        batch.append((row[0], consultation_body(*row[1:])))
        if len(batch) >= 20_000:
            bulk_index(session, kind, batch)
            batch = []
    if batch:
        bulk_index(session, kind, batch)


def terms(query: str) -> list[str]:
    """Folded words of a query (at most eight), safe to put into an FTS5 MATCH."""
    return _WORD_RE.findall(fold_text(query))[:_MAX_TERMS]


def match_expression(query: str) -> str | None:
    """``"центр" ООО`` → ``"центр"* AND "ооо"*`` (every word, as a prefix)."""
    words = terms(query)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def search_ids(session: Session, kind: str, query: str, limit: int = 200) -> list[int]:
    """Ids of matching records, newest first (highest id first), at most ``limit``."""
    expr = match_expression(query)
    if expr is None:
        return []
    if _server(session):
        return _pg_search(session, kind, terms(query), limit)
    if has_fts(session):
        table = _table(kind)
        rows: Sequence[int] = (
            session.execute(
                text(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :n"
                ),
                {"q": expr, "n": limit},
            )
            .scalars()
            .all()
        )
        return list(rows)
    return _fallback(session, kind, terms(query), limit)


def _fallback(session: Session, kind: str, words: list[str], limit: int) -> list[int]:
    if kind == "enterprise":
        source = "SELECT id, search_key AS body FROM enterprises"
    else:
        source = (
            "SELECT id, rci_fold(coalesce(topic,'') || ' ' || coalesce(questions,'') || ' ' || "
            "coalesce(advice,'') || ' ' || coalesce(outcome,'') || ' ' || "
            "coalesce(next_step,'')) AS body FROM consultations"
        )
    conds = " AND ".join(f"body LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
    params: dict[str, object] = {
        f"w{i}": "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for i, w in enumerate(words)
    }
    params["n"] = limit
    return list(
        session.execute(
            text(f"SELECT id FROM ({source}) WHERE {conds} ORDER BY id DESC LIMIT :n"), params
        ).scalars()
    )


def _pg_condition(words: list[str], prefix: str = "w") -> tuple[str, dict[str, object]] | None:
    parts = [p for w in words for p in w.split("_") if p]
    if not parts:
        return None
    conds = " && ".join(
        f"(to_tsquery('russian', :{prefix}{i} || ':*') || "
        f"to_tsquery('simple', :{prefix}{i} || ':*'))"
        for i in range(len(parts)))
    return f"words @@ ({conds})", {f"{prefix}{i}": w for i, w in enumerate(parts)}


def server_hits(kind: str, query: str) -> tuple[str, dict[str, object]] | None:
    """On the server: a SELECT of the ids of every record matching ``query`` (for a list
    to join with, instead of reading the ids into the program), with its parameters;
    None when the query has no words."""
    _table(kind)
    found = _pg_condition(terms(query), prefix="sw")
    if found is None:
        return None
    cond, params = found
    return f"SELECT id FROM {kind}_search WHERE {cond}", params


def _pg_search(session: Session, kind: str, words: list[str], limit: int) -> list[int]:
    _table(kind)
    found = _pg_condition(words)
    if found is None:
        return []
    cond, params = found
    params["n"] = limit
    return list(session.execute(
        text(f"SELECT id FROM {kind}_search WHERE {cond} ORDER BY id DESC LIMIT :n"),
        params).scalars())
