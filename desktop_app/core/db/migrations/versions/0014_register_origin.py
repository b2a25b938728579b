"""outgoing letters brought in by a merge keep their numbers

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-01

Two workstations numbered their letters independently, so merging them into
the centre's server can bring two letters with one number. Both must be kept
as issued (the number is on paper at the addressee), so a letter carries the
database it came from in ``origin`` (empty for the letters of this database)
and a number is unique per origin; the register service still never gives
out a number that any letter has.
"""
from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with warnings.catch_warnings():
        # SQLite: rebuilding the table reflects the schema, whose expression
        # indexes (0009) SQLAlchemy cannot reflect and says so; they are untouched
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        _upgrade()


def _upgrade() -> None:
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
    with op.batch_alter_table("outgoing_register", recreate="auto") as batch:
        batch.drop_index("ix_outgoing_register_number")
        batch.drop_constraint("year_seq_origin", type_="unique")
        batch.drop_constraint("number_origin", type_="unique")
        batch.create_unique_constraint("year_seq", ["year", "seq"])
        batch.create_unique_constraint("uq_outgoing_register_number", ["number"])
        batch.drop_column("origin")
