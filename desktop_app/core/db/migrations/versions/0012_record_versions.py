"""enterprises, consultations and dossiers carry a version number

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Several people may open the same card at once (two windows, two workstations
on the centre's server). Every change of the record through the services adds
one to ``version``; a save names the version its editor loaded, and a card
changed meanwhile is refused with who changed it and when, instead of being
silently overwritten. Existing rows start at 1.

On PostgreSQL the consultation list's default order (newest first) also gets an
index on ``(occurred_at, id)``: SQLite's index on ``occurred_at`` carries the row
id already, so a page deep in the list is read from the index alone there;
PostgreSQL needs the id in the index for the same (an index-only scan instead
of sorting every day's consultations by id on the way to the page).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("enterprises", "consultations", "dossiers")


def upgrade() -> None:
    # ADD COLUMN … NOT NULL DEFAULT 1 is one statement on both engines: SQLite and
    # PostgreSQL (11+) fill the existing rows with the default without a rewrite.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_consultations_occurred_id", "consultations", ["occurred_at", "id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_consultations_occurred_id", table_name="consultations")
    for table in TABLES:
        op.drop_column(table, "version")
