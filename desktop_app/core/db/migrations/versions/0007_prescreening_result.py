"""the pre-screening result on the consultation row; conclusions in the outgoing register

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The consultation list shows the verdict of the pre-screening and its date: a
list of a million rows cannot open the JSON of every row, so the verdict and
the moment of the check are kept in two columns of the consultation itself.
Results recorded before this revision carry no moment of their own; the
consultation's last change is taken for it (the check was not later).

A printed pre-screening conclusion is registered in the outgoing register;
``consultation_id`` ties the register entry to its consultation, as
``dossier_id`` does for a referral package, and ``eligibility_checked_at``
names the check it concludes: one number per check, a new check a new number.
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERDICTS = ("eligible", "not_eligible", "needs_clarification")


def upgrade() -> None:
    op.add_column("consultations", sa.Column("eligibility_verdict", sa.String(30), nullable=True))
    op.add_column("consultations",
                  sa.Column("eligibility_checked_at", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, eligibility, updated_at FROM consultations "
        "WHERE eligibility IS NOT NULL ORDER BY id")).all()
    for consultation_id, raw, updated_at in rows:
        try:
            data = json.loads(raw) if isinstance(raw, str | bytes) else raw
        except ValueError:
            continue
        verdict = data.get("verdict") if isinstance(data, dict) else None
        if verdict not in VERDICTS:
            continue
        conn.execute(
            sa.text("UPDATE consultations SET eligibility_verdict = :v, "
                    "eligibility_checked_at = :t WHERE id = :i"),
            {"v": verdict, "t": updated_at, "i": consultation_id},
        )
    # a plain column (no constraint): adding a foreign key to an existing table
    # would rebuild it on SQLite; the service keeps the reference consistent
    op.add_column("outgoing_register",
                  sa.Column("consultation_id", sa.Integer(), nullable=True))
    op.add_column("outgoing_register",
                  sa.Column("eligibility_checked_at", sa.DateTime(), nullable=True))
    op.create_index("ix_outgoing_register_consultation_id", "outgoing_register",
                    ["consultation_id"])


def downgrade() -> None:
    op.drop_index("ix_outgoing_register_consultation_id", table_name="outgoing_register")
    op.drop_column("outgoing_register", "eligibility_checked_at")
    op.drop_column("outgoing_register", "consultation_id")
    op.drop_column("consultations", "eligibility_checked_at")
    op.drop_column("consultations", "eligibility_verdict")
