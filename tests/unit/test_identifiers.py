from __future__ import annotations

import pytest

from desktop_app.core import identifiers as ids


@pytest.mark.parametrize("inn", ["1234567894", "123456789047", "7707083893", "5902292103"])
def test_valid_inn(inn: str) -> None:
    assert ids.check_inn(inn) is None


@pytest.mark.parametrize(
    ("inn", "fragment"),
    [
        ("1234567895", "10-я цифра"),
        ("123456789048", "12-я цифра"),
        ("123456789057", "11-я цифра"),
        ("123456789", "10 или 12 цифр"),
        ("12345678901", "10 или 12 цифр"),
        ("12345678ab", "только из цифр"),
        ("１２３４５６７８９４", "только из цифр"),  # full-width digits are not ASCII digits
        ("", "не указан"),
    ],
)
def test_invalid_inn_says_which_check_failed(inn: str, fragment: str) -> None:
    message = ids.check_inn(inn)
    assert message is not None and fragment in message


def test_changing_the_control_digit_always_invalidates() -> None:
    for inn in ("1234567894", "7707083893"):
        for d in "0123456789":
            if d != inn[-1]:
                assert ids.check_inn(inn[:-1] + d) is not None


def test_ogrn_and_ogrnip() -> None:
    assert ids.check_ogrn("1022200525819") is None
    assert "13-я цифра" in (ids.check_ogrn("1022500001328") or "")
    assert ids.check_ogrnip("385768585948949") is None
    assert "15-я цифра" in (ids.check_ogrnip("385768585948940") or "")
    assert ids.check_ogrn_any("1022200525819") is None
    assert ids.check_ogrn_any("385768585948949") is None
    assert "13 или 15" in (ids.check_ogrn_any("12345") or "")


def test_ogrnip_uses_mod13_then_mod10() -> None:
    # remainder 10..12 must be reduced mod 10; a checker without it rejects these
    found = 0
    for serial in range(1000):
        prefix = f"3045900{serial:07d}"
        if int(prefix) % 13 >= 10:
            number = ids.make_ogrnip(prefix)
            assert ids.check_ogrnip(number) is None
            found += 1
    assert found > 100


@pytest.mark.parametrize("kpp", ["590401001", "7701AB001", "770101001"])
def test_valid_kpp(kpp: str) -> None:
    assert ids.check_kpp(kpp) is None


@pytest.mark.parametrize("kpp", ["59040100", "5904010011", "5904ab001", "59A401001", ""])
def test_invalid_kpp(kpp: str) -> None:
    assert ids.check_kpp(kpp) is not None


def test_generators_make_valid_numbers() -> None:
    assert ids.check_inn(ids.make_inn10("590212345")) is None
    assert ids.check_inn(ids.make_inn12("5902123456")) is None
    assert ids.check_ogrn(ids.make_ogrn("102590000001")) is None


def test_region_and_pair() -> None:
    assert ids.region_of_inn("5902292103") == "59"
    assert ids.check_inn_ogrn_pair("1234567894", "385768585948949") is not None
    assert ids.check_inn_ogrn_pair("123456789047", "1022200525819") is not None
    assert ids.check_inn_ogrn_pair("1234567894", "1022200525819") is None


def test_check_digits_match_the_published_formula_for_any_digits() -> None:
    """The check digit (weighted sum of the digits, mod 11, mod 10) computed the fast way
    agrees with the formula digit by digit, for every weight table in use."""
    import random

    rng = random.Random(20)
    for weights in (ids._INN10_WEIGHTS, ids._INN12_WEIGHTS_11, ids._INN12_WEIGHTS_12):
        for _ in range(2000):
            digits = "".join(rng.choice("0123456789") for _ in weights)
            expected = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10
            assert ids._checksum(digits, weights) == expected
    with pytest.raises(ValueError):
        ids.make_inn10("59020000")  # eight digits: a mistake of the caller, not a guess
    with pytest.raises(ValueError):
        ids.make_inn10("59020000٣")  # a digit, but not an ASCII one
