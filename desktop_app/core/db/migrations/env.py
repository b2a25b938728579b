"""Alembic environment: runs on the connection handed over by ``open_database``."""

from __future__ import annotations

from alembic import context

from desktop_app.core.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via open_database / tests
    raise RuntimeError("migrations run through desktop_app.core.db.engine.open_database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
