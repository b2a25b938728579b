"""a contact person can be removed from the card and kept in the database

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

A contact who left the enterprise is removed from its card, the lists and the
pickers, but the record stays (dossiers and letters may name the person), with
the moment and the user who removed it. This is not the erasure of personal
data (0006), which destroys the values and writes an act.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact_persons", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    # a plain column (no constraint): adding a foreign key to an existing table would
    # rebuild it on SQLite; the service writes the signed-in user's id only
    op.add_column("contact_persons", sa.Column("deleted_by_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("contact_persons", "deleted_by_id")
    op.drop_column("contact_persons", "deleted_at")
