"""each outgoing register entry records the event log's head at registration

Revision ID: 0019
Revises: 0010
Create Date: 2026-12-01

A registered letter is printed and sent: it leaves the building with its
number and date. The register entry now also records the event log's last
entry at that moment (number and hash), so that ``check`` can tell when the
log was cut or rewritten after the letter was registered. Letters registered
before this revision record nothing and are not compared.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outgoing_register", sa.Column("audit_head_id", sa.Integer(), nullable=True))
    op.add_column("outgoing_register",
                  sa.Column("audit_head_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("outgoing_register", "audit_head_hash")
    op.drop_column("outgoing_register", "audit_head_id")
