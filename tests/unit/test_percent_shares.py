"""Percent columns add up to exactly 100,00 (largest-remainder rounding)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.formatting import format_percent, percent_shares


def printed(amounts: list[int]) -> list[str]:
    return [format_percent(p) for p in percent_shares(amounts)]


def test_thirds_give_the_spare_hundredth_to_the_first() -> None:
    assert printed([1, 1, 1]) == ["33,34", "33,33", "33,33"]


def test_spare_hundredths_go_by_remainder_then_order() -> None:
    # 33,3 / 33,3 / 33,4 (in thousandths 333 / 333 / 334): the last loses the most
    assert printed([333, 333, 334]) == ["33,30", "33,30", "33,40"]
    # 10,004 / 10,006 / 79,99: the second's remainder 0,006 beats the first's 0,004
    assert printed([10_004, 10_006, 79_990]) == ["10,00", "10,01", "79,99"]


def test_ties_and_exact_shares() -> None:
    # 66,666… / 16,666… / 16,666…: all lose the same, two hundredths are missing,
    # so the two earliest get one each
    assert printed([4, 1, 1]) == ["66,67", "16,67", "16,66"]
    # 12,345 % / 87,655 %: both lose half a hundredth → the first one gets it
    assert printed([12_345, 87_655]) == ["12,35", "87,65"]
    # 80 % grant of 50 000 000,00 ₽ → exact shares stay exact
    assert printed([40_000_000_00, 10_000_000_00, 0]) == ["80,00", "20,00", "0,00"]


def test_nothing_to_share() -> None:
    assert printed([0, 0]) == ["0,00", "0,00"]
    assert printed([]) == []
    with pytest.raises(ValueError):
        percent_shares([1, -1])


@given(st.lists(st.integers(min_value=0, max_value=10**15), min_size=1, max_size=12))
def test_always_exactly_one_hundred(amounts: list[int]) -> None:
    shares = percent_shares(amounts)
    if sum(amounts) == 0:
        assert shares == [0] * len(amounts)
        return
    assert sum(shares) == 10_000
    for a, s in zip(amounts, shares, strict=True):
        exact = a * 10_000 / sum(amounts)
        assert abs(s - exact) < 1  # never more than a hundredth off
