"""logins compared case-insensitively in every script

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

SQLite's ``lower()`` folds only ASCII letters, so a login with capital Cyrillic
letters could never sign in and «Иванов»/«иванов» could both be created. The
key (trimmed, NFC, case-folded in Python) is kept in its own column with a
unique index. Existing accounts that differ only in case keep working: the
later ones get their id appended to the key, and the administrator can rename
them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_app.core.formatting import login_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN and a unique index instead of a batch table rebuild: rebuilding
    # ``users`` would mean dropping a table every other table refers to.
    op.add_column("users", sa.Column("login_key", sa.String(64), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, login FROM users ORDER BY id")).all()
    seen: set[str] = set()
    for user_id, login in rows:
        key = login_key(login)
        if key in seen:
            key = f"{key}#{user_id}"
        seen.add(key)
        conn.execute(sa.text("UPDATE users SET login_key = :k WHERE id = :i"),
                     {"k": key, "i": user_id})
    op.create_index("uq_users_login_key", "users", ["login_key"], unique=True)
    if conn.dialect.name != "sqlite":
        op.alter_column("users", "login_key", existing_type=sa.String(64), nullable=False)


def downgrade() -> None:
    op.drop_index("uq_users_login_key", table_name="users")
    op.drop_column("users", "login_key")
