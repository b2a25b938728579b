"""erasures of personal data kept with the content of their acts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

An erasure used to be committed first and its act written to a file after:
when the file could not be written the act was lost for good. Each erasure
now stores what its act shows in the same transaction, so the act can be
printed again at any time. Erasures made before this revision get a row from
their event-log entry (without an act: its content was never kept).
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_erasures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("contact_id", sa.Integer,
                  sa.ForeignKey("contact_persons.id", ondelete="SET NULL",
                                name="fk_contact_erasures_contact_id_contact_persons"),
                  nullable=True),
        sa.Column("contact_uuid", sa.String(36), nullable=False),
        sa.Column("erased_at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("user_login", sa.String(64), nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("act_number", sa.String(50), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("original_uuid", sa.String(36), nullable=True),
        sa.Column("act", sa.JSON, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_contact_erasures"),
        sa.UniqueConstraint("uuid", name="uq_contact_erasures_uuid"),
    )
    op.create_index("ix_contact_erasures_contact_id", "contact_erasures", ["contact_id"])
    op.create_index("ix_contact_erasures_contact_uuid", "contact_erasures", ["contact_uuid"])
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT a.id, a.at, a.user_id, a.user_login, a.reason, c.id, c.uuid "
        "FROM audit_log a JOIN contact_persons c ON a.entity_id = CAST(c.id AS VARCHAR(64)) "
        "WHERE a.action = 'erase_personal_data' AND a.entity = 'contact_person' "
        "ORDER BY a.id")).all()
    for entry_id, at, user_id, user_login, reason, contact_id, contact_uuid in rows:
        year = str(at)[:4]
        conn.execute(sa.text(
            "INSERT INTO contact_erasures (uuid, contact_id, contact_uuid, erased_at, user_id, "
            "user_login, reason, act_number, kind, act) VALUES (:u, :ci, :cu, :at, :ui, :ul, "
            ":r, :n, 'request', :act)"),
            {"u": str(uuid.uuid4()), "ci": contact_id, "cu": contact_uuid, "at": at,
             "ui": user_id, "ul": user_login, "r": reason or "", "n": f"ПДн-{year}-{entry_id}",
             "act": None})


def downgrade() -> None:
    op.drop_index("ix_contact_erasures_contact_uuid", table_name="contact_erasures")
    op.drop_index("ix_contact_erasures_contact_id", table_name="contact_erasures")
    op.drop_table("contact_erasures")
