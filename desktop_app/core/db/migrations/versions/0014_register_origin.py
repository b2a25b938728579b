"""outgoing letters brought in by a merge keep their numbers; row counts per statement

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-01

Two workstations numbered their letters independently, so merging them into
the centre's server can bring two letters with one number. Both must be kept
as issued (the number is on paper at the addressee), so a letter carries the
database it came from in ``origin`` (empty for the letters of this database)
and a number is unique per origin; the register service still never gives
out a number that any letter has.

On the server the row counters (0004) are kept by statement-level triggers:
one transaction inserting many rows (a merge, an import) updated the one
counter row once per row, and PostgreSQL walks every earlier version of a row
updated again in the same transaction, so the cost grew with the square of
the rows (10 000 rows: 2.7 s, 20 000: 8.9 s). Counting the statement's new
rows once keeps it linear; SQLite is unaffected.
"""
from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with warnings.catch_warnings():
        # SQLite: rebuilding the table reflects the schema, whose expression
        # indexes (0009) SQLAlchemy cannot reflect and says so; they are untouched
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        _upgrade()


COUNTED = ("enterprises", "consultations", "dossiers")


def _statement_counters() -> None:
    op.execute(
        "CREATE FUNCTION row_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE row_counts SET n = n + (SELECT count(*) FROM new_rows) "
        "WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$")
    op.execute(
        "CREATE FUNCTION row_counts_sub() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE row_counts SET n = n - (SELECT count(*) FROM old_rows) "
        "WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$")
    for table in COUNTED:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count ON {table}")
        op.execute(f"CREATE TRIGGER trg_{table}_count_ins AFTER INSERT ON {table} "
                   "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
                   "EXECUTE FUNCTION row_counts_add()")
        op.execute(f"CREATE TRIGGER trg_{table}_count_del AFTER DELETE ON {table} "
                   "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
                   "EXECUTE FUNCTION row_counts_sub()")


def _row_counters() -> None:
    for table in COUNTED:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_ins ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_count_del ON {table}")
        op.execute(f"CREATE TRIGGER trg_{table}_count AFTER INSERT OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION row_counts_bump()")
    op.execute("DROP FUNCTION IF EXISTS row_counts_add()")
    op.execute("DROP FUNCTION IF EXISTS row_counts_sub()")


def _upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _statement_counters()
    with op.batch_alter_table("outgoing_register", recreate="auto") as batch:
        batch.add_column(sa.Column("origin", sa.String(100), nullable=False, server_default=""))
        batch.drop_constraint("uq_outgoing_register_number", type_="unique")
        batch.drop_constraint("year_seq", type_="unique")
        batch.create_unique_constraint("number_origin", ["number", "origin"])
        batch.create_unique_constraint("year_seq_origin", ["year", "seq", "origin"])
        batch.create_index("ix_outgoing_register_number", ["number"])


def downgrade() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        _downgrade()


def _downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _row_counters()
    with op.batch_alter_table("outgoing_register", recreate="auto") as batch:
        batch.drop_index("ix_outgoing_register_number")
        batch.drop_constraint("year_seq_origin", type_="unique")
        batch.drop_constraint("number_origin", type_="unique")
        batch.create_unique_constraint("year_seq", ["year", "seq"])
        batch.create_unique_constraint("uq_outgoing_register_number", ["number"])
        batch.drop_column("origin")
