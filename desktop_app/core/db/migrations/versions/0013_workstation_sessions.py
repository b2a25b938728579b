"""who has the database open, on the centre's server (PostgreSQL)

Revision ID: 0013
Revises: 0019
Create Date: 2026-12-01

A local database file keeps its open sessions as locked files beside it
(``<file>.sessions``). A server has no folder every workstation sees, so each
open window or command keeps one row here while it runs, written through the
connection it holds for as long as it runs: the row is live while that
connection's backend (``backend_pid``) is in ``pg_stat_activity`` and is
removed on close; rows of ended connections are removed by whoever looks.
Nothing changes on SQLite.
"""
from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE workstation_sessions ("
        " id SERIAL PRIMARY KEY,"
        " session_key VARCHAR(64) NOT NULL UNIQUE,"
        " program VARCHAR(100) NOT NULL,"
        " host VARCHAR(255) NOT NULL,"
        " os_user VARCHAR(255) NOT NULL,"
        " login VARCHAR(64),"
        " since TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),"
        " backend_pid INTEGER NOT NULL,"
        " os_pid INTEGER NOT NULL DEFAULT 0)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS workstation_sessions")
