"""the project's calendar plan (stages) and its financing by source and year

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

A project summary shows the stages with their dates and results, and the money
of every source (grant, own funds, other funds) by year. Both are lists of a
dossier, replaced together with its project data, so each is a child table
deleted with its dossier; money stays in integer kopecks.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_project_stages_dates_in_order")),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossiers.id"],
                                name=op.f("fk_project_stages_dossier_id_dossiers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_stages")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_stages_uuid")),
    )
    op.create_index(op.f("ix_project_stages_dossier_id"), "project_stages", ["dossier_id"])
    op.create_table(
        "financing_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_financing_lines_amount_not_negative")),
        sa.CheckConstraint("source IN ('grant', 'own', 'other')",
                           name=op.f("ck_financing_lines_source")),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossiers.id"],
                                name=op.f("fk_financing_lines_dossier_id_dossiers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financing_lines")),
        sa.UniqueConstraint("uuid", name=op.f("uq_financing_lines_uuid")),
    )
    op.create_index(op.f("ix_financing_lines_dossier_id"), "financing_lines", ["dossier_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_financing_lines_dossier_id"), table_name="financing_lines")
    op.drop_table("financing_lines")
    op.drop_index(op.f("ix_project_stages_dossier_id"), table_name="project_stages")
    op.drop_table("project_stages")
