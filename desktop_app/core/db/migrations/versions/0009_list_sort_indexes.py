"""every visible column of the consultation lists sorts through an index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

The consultation and next-step lists hold up to a million rows; a sort on a
column without an index reads and sorts all of them before the first page.
Each sortable column gets an index on the very expression the list orders by:
channels and verdicts by the rank of their Russian label, columns that may be
empty by ``(value IS NULL, value)`` so that empty values come last either way.
The sort by enterprise needs no new index: it walks the enterprise name index
and then each enterprise's consultations by ``(enterprise_id, occurred_at)``;
«done» sorts with the due date through the existing follow-up index.
"""
from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHANNEL_RANK = (
    "CASE channel WHEN 'video' THEN 1 WHEN 'visit' THEN 2 WHEN 'event' THEN 3 "
    "WHEN 'phone' THEN 4 WHEN 'email' THEN 5 ELSE 6 END"
)
VERDICT_RANK = (
    "CASE eligibility_verdict WHEN 'eligible' THEN 1 WHEN 'not_eligible' THEN 2 "
    "WHEN 'needs_clarification' THEN 3 ELSE 4 END"
)

INDEXES = {
    "ix_consultations_channel_rank": f"({CHANNEL_RANK})",
    "ix_consultations_topic": "topic",
    "ix_consultations_next_step_sort": "(next_step IS NULL), next_step",
    "ix_consultations_next_step_due_sort": "(next_step_due IS NULL), next_step_due",
    "ix_consultations_verdict_rank": f"({VERDICT_RANK})",
    "ix_consultations_checked_sort": "(eligibility_checked_at IS NULL), eligibility_checked_at",
}


# The next-step list is a few thousand open steps among a million consultations: a
# partial index holds just them, so any sort of that list reads only those rows.
OPEN_STEPS = "next_step_done = 0 AND next_step IS NOT NULL"


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON consultations ({columns})")
    open_steps = OPEN_STEPS
    if op.get_bind().dialect.name == "postgresql":
        open_steps = "NOT next_step_done AND next_step IS NOT NULL"
    op.execute("CREATE INDEX IF NOT EXISTS ix_consultations_open_steps ON consultations "
               f"(next_step_due) WHERE {open_steps}")


def downgrade() -> None:
    for name in [*INDEXES, "ix_consultations_open_steps"]:
        op.execute(f"DROP INDEX IF EXISTS {name}")
