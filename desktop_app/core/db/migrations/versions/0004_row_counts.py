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
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        # One counter row per table is a hot row under concurrent writers; on the
        # server writers take the program's write lock first, so they never wait on it.
        op.execute(
            "CREATE FUNCTION row_counts_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "UPDATE row_counts SET n = n + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END) "
            "WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$"
        )
    for table in TABLES:
        op.execute(
            f"INSERT INTO row_counts (table_name, n) SELECT '{table}', count(*) FROM {table}"
        )
        if postgres:
            op.execute(
                f"CREATE TRIGGER trg_{table}_count AFTER INSERT OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION row_counts_bump()"
            )
            continue
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_ins AFTER INSERT ON {table} BEGIN "
            f"UPDATE row_counts SET n = n + 1 WHERE table_name = '{table}'; END"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_count_del AFTER DELETE ON {table} BEGIN "
            f"UPDATE row_counts SET n = n - 1 WHERE table_name = '{table}'; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count ON {table}")
        op.execute("DROP TABLE IF EXISTS row_counts")
        op.execute("DROP FUNCTION IF EXISTS row_counts_bump()")
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_ins")
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_del")
    op.execute("DROP TABLE IF EXISTS row_counts")
