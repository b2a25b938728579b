"""the enterprises' search text loses its index: no query reads through it

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

``enterprises.search_key`` (the folded names and identifiers) is searched with
the full-text index (FTS5 on a workstation, ``tsvector`` on the server) and, for
words the full-text index cannot take, with ``LIKE '%word%'``, which reads the
whole table whatever the indexes. Its ordinary index was read by no query, and
every enterprise written (an import of ten thousand, the demo, a merge) paid for
keeping it, as did the file's size.
"""
from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_enterprises_search_key")


def downgrade() -> None:
    op.create_index("ix_enterprises_search_key", "enterprises", ["search_key"])
