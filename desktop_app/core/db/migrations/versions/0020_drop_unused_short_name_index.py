"""the enterprises' short name loses its index of its own: no query reads through it

Revision ID: 0020
Revises: 0018
Create Date: 2026-12-02

A short name is read with its card, shown as ``coalesce(short_name, full_name)``
and sorted by that expression, which has its own index (0003, with ё folded).
No query looks a short name up or sorts by it alone, so its ordinary index was
read by none, while every enterprise written (an import of ten thousand, the
demo, a merge, each edit of a card) paid for keeping it.
"""
from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_enterprises_short_name")


def downgrade() -> None:
    op.create_index("ix_enterprises_short_name", "enterprises", ["short_name"])
