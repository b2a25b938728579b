"""The list columns' fast time writer against the one-by-one conversion."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from desktop_app.core.formatting import LocalTimes, format_date, format_datetime


@pytest.fixture
def zone() -> Iterator[object]:
    """Switch the process's time zone for the test (POSIX ``TZ``), then back."""
    before = os.environ.get("TZ")

    def switch(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


# zones with clock changes on the hour, on the half hour, by half an hour, and none
@pytest.mark.parametrize("name", ["Europe/Moscow", "Europe/Berlin", "America/St_Johns",
                                  "Australia/Lord_Howe", "Asia/Kolkata", "UTC"])
def test_every_minute_written_as_the_workstation_clock_shows_it(zone, name: str) -> None:
    zone(name)  # type: ignore[operator]
    clock = LocalTimes()

    def offset(moment: dt.datetime) -> dt.timedelta | None:
        return moment.replace(tzinfo=dt.UTC).astimezone().utcoffset()

    # the clock changes of 2026, found hour by hour; every minute around each of them
    hour = dt.timedelta(hours=1)
    changes = [dt.datetime(2026, 1, 1) + n * hour for n in range(365 * 24)]
    changes = [m for m in changes if offset(m) != offset(m + hour)]
    moments = [c + dt.timedelta(minutes=k, seconds=5) for c in changes for k in range(-90, 150)]
    # and the whole year every 41 minutes 3 seconds
    step = dt.timedelta(minutes=41, seconds=3)
    moments += [dt.datetime(2026, 1, 1, 0, 0, 7) + n * step for n in range(12_800)]
    for moment in moments:
        aware = moment.replace(tzinfo=dt.UTC)
        assert clock.datetime(moment) == format_datetime(aware), moment
        assert clock.date(moment) == format_date(aware), moment
    if name in ("Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe"):
        assert len(changes) == 2


def test_aware_values_in_another_zone_are_converted_first(zone) -> None:
    zone("Europe/Moscow")  # type: ignore[operator]
    clock = LocalTimes()
    value = dt.datetime(2026, 3, 8, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    # 04:30 UTC on the 9th is 07:30 in Moscow
    assert clock.datetime(value) == "09.03.2026 07:30" == format_datetime(value)
    assert clock.date(value) == "09.03.2026"


def test_a_full_memory_starts_again() -> None:
    clock = LocalTimes(keep=3)
    start = dt.datetime(2026, 1, 1)
    for hours in range(10):
        clock.datetime(start + dt.timedelta(hours=hours))
    assert len(clock._offsets) <= 3
