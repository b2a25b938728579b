"""Identifiers made in bulk for imported cards are ordinary random (version 4) UUIDs."""

from __future__ import annotations

import uuid

from desktop_app.core.db.types import new_uuid, new_uuids


def test_bulk_uuids_are_distinct_version_4_and_written_like_single_ones() -> None:
    made = new_uuids(5000)
    assert len(made) == 5000 and len(set(made)) == 5000
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and len(text) == 36
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # every random bit varies across the block (none is stuck by the masks)
    ones = [0] * 128
    for text in made:
        value = uuid.UUID(text).int
        for bit in range(128):
            ones[bit] += value >> bit & 1
    fixed = {bit for bit in range(128) if ones[bit] in (0, len(made))}
    assert fixed == {76, 77, 78, 79, 62, 63}  # the version nibble and the variant bits
    assert uuid.UUID(new_uuid()).version == 4
    assert new_uuids(0) == [] and len(new_uuids(1)) == 1
