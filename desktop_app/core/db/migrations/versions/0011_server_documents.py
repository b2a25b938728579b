"""document files inside the server database (PostgreSQL)

Revision ID: 0011
Revises: 0013
Create Date: 2026-12-01

On the centre's server the document files live in the database itself (see
``desktop_app/core/documents/serverstore.py`` for the reasons): one row per
file in ``blob_contents`` and its bytes in 1 MiB pieces in ``blob_chunks``,
both keyed by the content's SHA-256. The pieces are stored uncompressed
(PDFs and images are compressed already). On SQLite the files stay in the
``documents`` folder beside the database: nothing changes there.
"""
from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE blob_contents ("
        " sha256 char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),"
        " size bigint NOT NULL CHECK (size >= 0),"
        " chunks integer NOT NULL CHECK (chunks >= 0),"
        " stored_at timestamptz NOT NULL DEFAULT now())"
    )
    op.execute(
        "CREATE TABLE blob_chunks ("
        " sha256 char(64) NOT NULL REFERENCES blob_contents (sha256) ON DELETE CASCADE,"
        " seq integer NOT NULL CHECK (seq >= 0),"
        " data bytea NOT NULL,"
        " PRIMARY KEY (sha256, seq))"
    )
    op.execute("ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS blob_chunks")
    op.execute("DROP TABLE IF EXISTS blob_contents")
