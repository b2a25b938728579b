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


#: The bits a version 4 UUID fixes (RFC 4122): the version nibble (4) and the
#: variant's two top bits (10); every other bit is random.
_V4_KEEP = bytes.fromhex("ffffffffffff0fff3fffffffffffffff")
_V4_SET = bytes.fromhex("00000000000040008000000000000000")


def new_uuids(count: int) -> list[str]:
    """``count`` random UUIDs (version 4, as :func:`new_uuid`) from one read of the
    system's random source. The version and variant bits of all of them are set by
    one operation over the whole block, and the text is cut from its one hex form:
    an import asks for ten thousand at a time."""
    if count <= 0:
        return []
    size = 16 * count
    random = int.from_bytes(os.urandom(size), "big")
    block = ((random & int.from_bytes(_V4_KEEP * count, "big"))
             | int.from_bytes(_V4_SET * count, "big")).to_bytes(size, "big").hex()
    return [f"{block[i:i + 8]}-{block[i + 8:i + 12]}-{block[i + 12:i + 16]}-"
            f"{block[i + 16:i + 20]}-{block[i + 20:i + 32]}" for i in range(0, 2 * size, 32)]


UUIDStr = String(36)
