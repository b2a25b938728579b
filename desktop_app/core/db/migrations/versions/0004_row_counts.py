"""row counts kept by triggers, so big lists open without counting a million rows

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

``count(*)`` over a million consultations walks a whole index (50–100 ms);
the unfiltered lists and the home page read these counters instead.
"""
from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("enterprises", "consultations", "dossiers")


def upgrade() -> None:
    op.execute("CREATE TABLE row_counts (table_name VARCHAR(50) PRIMARY KEY, n INTEGER NOT NULL)")
    for table in TABLES:
        op.execute(
            f"INSERT INTO row_counts (table_name, n) SELECT '{table}', count(*) FROM {table}"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_ins AFTER INSERT ON {table} BEGIN "
            f"UPDATE row_counts SET n = n + 1 WHERE table_name = '{table}'; END"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_del AFTER DELETE ON {table} BEGIN "
            f"UPDATE row_counts SET n = n - 1 WHERE table_name = '{table}'; END"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_ins")
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_del")
    op.execute("DROP TABLE IF EXISTS row_counts")
