"""Russian business identifiers: ИНН, ОГРН, ОГРНИП, КПП.

Validation is offline and exact (checksums as published by the tax service).
Each ``check_*`` function returns ``None`` when the value is valid or a
Russian message saying which check failed; ``validate_*`` raise ``ValueError``
with the same message. Values are compared as strings: leading zeros matter.
"""

from __future__ import annotations

import re
from operator import mul

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KPP_RE = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def _checksum(digits: str, weights: tuple[int, ...]) -> int:
    codes = digits.encode("ascii", "replace")
    if len(codes) != len(weights) or not codes.isdigit():  # only callers' mistakes
        raise ValueError(f"ожидается {len(weights)} цифр, а дано «{digits}»")
    # the digits' character codes minus the code of «0», in one sum: an import checks
    # ten thousand ИНН, and converting each digit on its own was most of the time
    total: int = sum(map(mul, codes, weights)) - 48 * sum(weights)
    return total % 11 % 10


def _only_digits(value: str, what: str, lengths: tuple[int, ...]) -> str | None:
    """A message if ``value`` is not a string of digits of one of ``lengths``."""
    if len(value) in lengths and value.isascii() and value.isdigit():
        return None  # the usual case: nothing to say
    expected = " или ".join(str(n) for n in lengths)
    if value == "":
        return f"{what} не указан"
    if not value.isascii() or not value.isdigit():
        return f"{what} должен состоять только из цифр ({expected}), а введено «{value}»"
    return f"{what} должен содержать {expected} цифр, а в нём {len(value)}"


def clean(value: str | None) -> str:
    """Strip spaces a person or a spreadsheet leaves around an identifier."""
    if value is None:
        return ""
    return str(value).strip().replace(" ", "").replace("\u00a0", "")


def check_inn(value: str, *, lengths: tuple[int, ...] = (10, 12)) -> str | None:
    """ИНН of an organisation (10 digits) or of a person / sole trader (12 digits)."""
    problem = _only_digits(value, "ИНН", lengths)
    if problem:
        return problem
    if len(value) == 10:
        if _checksum(value[:9], _INN10_WEIGHTS) != int(value[9]):
            return f"ИНН {value}: неверная контрольная цифра (10-я цифра)"
        return None
    if _checksum(value[:10], _INN12_WEIGHTS_11) != int(value[10]):
        return f"ИНН {value}: неверная контрольная цифра (11-я цифра)"
    if _checksum(value[:11], _INN12_WEIGHTS_12) != int(value[11]):
        return f"ИНН {value}: неверная контрольная цифра (12-я цифра)"
    return None


def check_ogrn(value: str) -> str | None:
    """ОГРН (13 digits): the first 12 digits as a number, modulo 11, then modulo 10."""
    problem = _only_digits(value, "ОГРН", (13,))
    if problem:
        return problem
    if int(value[:12]) % 11 % 10 != int(value[12]):
        return f"ОГРН {value}: неверная контрольная цифра (13-я цифра)"
    return None


def check_ogrnip(value: str) -> str | None:
    """ОГРНИП (15 digits): the first 14 digits as a number, modulo 13, then modulo 10."""
    problem = _only_digits(value, "ОГРНИП", (15,))
    if problem:
        return problem
    if int(value[:14]) % 13 % 10 != int(value[14]):
        return f"ОГРНИП {value}: неверная контрольная цифра (15-я цифра)"
    return None


def check_ogrn_any(value: str) -> str | None:
    """ОГРН (13 digits) or ОГРНИП (15 digits), told apart by the length."""
    problem = _only_digits(value, "ОГРН/ОГРНИП", (13, 15))
    if problem:
        return problem
    return check_ogrn(value) if len(value) == 13 else check_ogrnip(value)


def check_kpp(value: str) -> str | None:
    """КПП: 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits."""
    if value == "":
        return "КПП не указан"
    if len(value) != 9:
        return f"КПП должен содержать 9 знаков, а в нём {len(value)}"
    if not _KPP_RE.match(value):
        return (
            f"КПП «{value}» не соответствует формату: 4 цифры, затем 2 цифры или "
            "заглавные латинские буквы, затем 3 цифры (например 590401001)"
        )
    return None


def check_inn_ogrn_pair(inn: str, ogrn: str) -> str | None:
    """An organisation (ИНН-10) has an ОГРН; an entrepreneur (ИНН-12) an ОГРНИП."""
    if not inn or not ogrn:
        return None
    if len(inn) == 10 and len(ogrn) == 15:
        return "у организации (ИНН из 10 цифр) должен быть ОГРН из 13 цифр, а не ОГРНИП"
    if len(inn) == 12 and len(ogrn) == 13:
        return "у индивидуального предпринимателя (ИНН из 12 цифр) должен быть ОГРНИП из 15 цифр"
    return None


def region_of_inn(inn: str) -> str | None:
    """Two-digit tax-office region of an ИНН (59 = Perm Krai)."""
    return inn[:2] if len(inn) in (10, 12) and inn.isdigit() else None


def _raise(problem: str | None) -> None:
    if problem:
        raise ValueError(problem)


def validate_inn(value: str) -> str:
    """The cleaned ИНН, or ``ValueError`` with the Russian message of :func:`check_inn`."""
    v = clean(value)
    _raise(check_inn(v))
    return v


def validate_ogrn_any(value: str) -> str:
    v = clean(value)
    _raise(check_ogrn_any(v))
    return v


def validate_kpp(value: str) -> str:
    v = clean(value).upper()
    _raise(check_kpp(v))
    return v


# --- generators used by the demo data and the tests -------------------------

def make_inn10(prefix9: str) -> str:
    """Complete nine digits into a valid organisation ИНН."""
    return prefix9 + str(_checksum(prefix9, _INN10_WEIGHTS))


def make_inn12(prefix10: str) -> str:
    """Complete ten digits into a valid personal ИНН."""
    d11 = str(_checksum(prefix10, _INN12_WEIGHTS_11))
    d12 = str(_checksum(prefix10 + d11, _INN12_WEIGHTS_12))
    return prefix10 + d11 + d12


def make_ogrn(prefix12: str) -> str:
    """Complete twelve digits into a valid ОГРН."""
    return prefix12 + str(int(prefix12) % 11 % 10)


def make_ogrnip(prefix14: str) -> str:
    """Complete fourteen digits into a valid ОГРНИП."""
    return prefix14 + str(int(prefix14) % 13 % 10)
