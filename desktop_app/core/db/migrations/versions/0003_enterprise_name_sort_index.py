"""enterprise list sorted by name through an index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

The enterprise list sorts by the short (or full) name with Ё read as Е; an
index on that very expression lets the first page of 50 000 enterprises come
straight from the index instead of a sort of the whole table.
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME_SORT = "replace(replace(coalesce(short_name, full_name), 'Ё', 'Е'), 'ё', 'е')"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_enterprises_name_sort ON enterprises ({NAME_SORT}, id)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_enterprises_name_sort")
