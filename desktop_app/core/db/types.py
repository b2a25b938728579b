"""Column types shared by the models."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as UTC.

    SQLite has no time zone type: values are written as naive UTC and read
    back with ``tzinfo=UTC``. A naive value on the way in is refused, so a
    local time can never be stored by mistake.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_uuids(count: int) -> list[str]:
    """``count`` random UUIDs (version 4, as :func:`new_uuid`) from one read of the
    system's random source instead of one read each."""
    data = os.urandom(16 * count)
    return [str(uuid.UUID(bytes=data[i:i + 16], version=4)) for i in range(0, 16 * count, 16)]


UUIDStr = String(36)
