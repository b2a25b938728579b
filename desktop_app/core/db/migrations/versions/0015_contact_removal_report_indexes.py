"""a contact person can be removed from the card and kept in the database; indexes that
let the activity report read a period without visiting the consultation rows

Revision ID: 0015
Revises: 0016
Create Date: 2026-12-01

A contact who left the enterprise is removed from its card, the lists and the
pickers, but the record stays (dossiers and letters may name the person), with
the moment and the user who removed it. This is not the erasure of personal
data (0006), which destroys the values and writes an act.

The activity report counts a period's consultations by channel, consultant,
programme, month and topic, and its distinct enterprises. With only the index
on ``occurred_at`` every one of the period's rows (450 000 in a year of the
million-row database) was looked up in the table, three times: a year took
4 s. ``ix_consultations_period`` carries what the totals, the distinct
enterprises and the months read (with the consultant and programme filters), so
they become range scans of one index; ``ix_consultations_groups`` and
``ix_consultations_topics`` list the consultations in the order of the channel /
consultant / programme and the topic breakdowns, which then need no sort of the
period's rows (together 260 MB on the 1.2 GB million-row database; the year's
report went from 4 s to under 1 s). Pre-screenings are counted by the moment of
the check, which had no index at all: a partial index holds only the checked
consultations.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0016"
branch_labels = None
depends_on = None

# the period first (a range), then what the report's counts read (a covering index)
PERIOD_COLUMNS = ("occurred_at", "enterprise_id", "consultant_id", "program_code")
# the breakdowns by channel / consultant / programme and by topic, each in the order of
# its groups, with the columns their filters read
GROUP_COLUMNS = ("channel", "consultant_id", "program_code", "occurred_at")
TOPIC_COLUMNS = ("topic", "occurred_at", "consultant_id", "program_code")


def upgrade() -> None:
    op.add_column("contact_persons", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    # a plain column (no constraint): adding a foreign key to an existing table would
    # rebuild it on SQLite; the service writes the signed-in user's id only
    op.add_column("contact_persons", sa.Column("deleted_by_id", sa.Integer(), nullable=True))
    op.create_index("ix_consultations_period", "consultations", list(PERIOD_COLUMNS))
    op.create_index("ix_consultations_groups", "consultations", list(GROUP_COLUMNS))
    op.create_index("ix_consultations_topics", "consultations", list(TOPIC_COLUMNS))
    checked = sa.text("eligibility_checked_at IS NOT NULL")
    op.create_index("ix_consultations_checked", "consultations",
                    ["eligibility_checked_at", "eligibility_verdict"],
                    sqlite_where=checked, postgresql_where=checked)


def downgrade() -> None:
    op.drop_index("ix_consultations_checked", table_name="consultations")
    op.drop_index("ix_consultations_topics", table_name="consultations")
    op.drop_index("ix_consultations_groups", table_name="consultations")
    op.drop_index("ix_consultations_period", table_name="consultations")
    op.drop_column("contact_persons", "deleted_by_id")
    op.drop_column("contact_persons", "deleted_at")
