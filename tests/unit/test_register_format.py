"""The outgoing number's pattern in people's words ([год], [номер]) and as stored."""

from __future__ import annotations

import pytest

from desktop_app.core.register_format import from_people, to_people
from desktop_app.core.services.schemas import OrganizationProfileIn, parse


@pytest.mark.parametrize(("people", "stored"), [
    ("РИЦ-[год]/[номер:4]", "РИЦ-{year}/{seq:04d}"),
    ("ИСХ-[номер]", "ИСХ-{seq}"),
    ("[номер:3]/[год]", "{seq:03d}/{year}"),
    ("РИЦ{1}-[номер]", "РИЦ{{1}}-{seq}"),   # braces people type are kept as text
])
def test_both_ways(people: str, stored: str) -> None:
    assert from_people(people) == stored
    assert to_people(stored) == people
    assert stored.format(year=2026, seq=7)   # a usable pattern


def test_a_stored_pattern_is_taken_as_is() -> None:
    assert from_people("РИЦ-{year}/{seq:04d}") == "РИЦ-{year}/{seq:04d}"
    assert to_people("ИСХ-{number}") == "ИСХ-{number}"   # unreadable: shown as it is


def test_the_profile_accepts_people_words() -> None:
    org = parse(OrganizationProfileIn, {"full_name": "РИЦ Пермского края",
                                        "register_format": "ПКРИЦ-[год]-[номер:5]"})
    assert org.register_format.format(year=2026, seq=42) == "ПКРИЦ-2026-00042"
