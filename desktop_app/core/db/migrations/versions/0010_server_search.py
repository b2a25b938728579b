"""full-text search on the centre's server (PostgreSQL)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

SQLite searches through its FTS5 tables (0001). On PostgreSQL the same two
indexes are tables of ``tsvector`` values with GIN indexes: the text the
application folds itself (case, ё→е) is indexed both with the ``russian``
configuration (word forms: «станков» finds «станки») and with ``simple``
(exact words and digits: ИНН and ОГРН prefixes). ``rci_fold`` is the same
folding in SQL, for the search fallback. Nothing changes on SQLite.
"""
from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("enterprise_search", "consultation_search")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION rci_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE AS $$ SELECT replace(lower(value), 'ё', 'е') $$"
    )
    for table in TABLES:
        op.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, words tsvector NOT NULL)")
        op.execute(f"CREATE INDEX ix_{table}_words ON {table} USING gin (words)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
    op.execute("DROP FUNCTION IF EXISTS rci_fold(text)")
