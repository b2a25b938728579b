"""the dashboard counts consultations by channel and by consultant per month

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-01

The Обзор page shows the last twelve months of consultations by channel and
the signed-in consultant's own figures. Counted through the time index alone,
a year of a million-consultation database reads half a million table rows;
with the channel (or the consultant) ahead of the time each figure is a range
of one index that is counted without touching the table.
"""
from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_consultations_channel_occurred": "channel, occurred_at",
    "ix_consultations_consultant_occurred": "consultant_id, occurred_at",
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON consultations ({columns})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
