"""Russian formats for people: money, dates, phones (see the domain reference §6)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

NBSP = "\u00a0"
RUBLE = "₽"


def format_money(kopecks: int | None, *, nbsp: bool = False, currency: bool = True) -> str:
    """``123456789`` → ``1 234 567,89 ₽``. ``None`` gives an empty string."""
    if kopecks is None:
        return ""
    sep = NBSP if nbsp else " "
    sign = "-" if kopecks < 0 else ""
    rubles, kop = divmod(abs(int(kopecks)), 100)
    digits = f"{rubles:,}".replace(",", sep)
    text = f"{sign}{digits},{kop:02d}"
    return f"{text}{sep}{RUBLE}" if currency else text


def parse_money(text: str | int | Decimal | None) -> int | None:
    """Rubles as a person or a file writes them → integer kopecks.

    Accepts ``1 234 567,89``, ``1234567.89``, ``"15000000.00"``, ``1 000 ₽``.
    Raises ``ValueError`` with a Russian message on anything else, including
    more than two digits after the decimal point.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError("ожидается сумма в рублях, например 1 234 567,89")
    if isinstance(text, int):
        return text * 100
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = (
            str(text).strip().replace(RUBLE, "").replace("руб.", "").replace("руб", "")
            .replace(NBSP, "").replace("\u202f", "").replace(" ", "").replace("'", "")
        )
        if cleaned == "":
            return None
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError(
                f"«{text}» не похоже на сумму: ожидается число рублей, например 1 234 567,89"
            ) from None
    if not value.is_finite():
        raise ValueError("ожидается конечная сумма в рублях")
    if abs(value) >= Decimal("1e15"):
        raise ValueError("сумма слишком велика: не больше 999 999 999 999 999,99 ₽")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError("в сумме не может быть больше двух знаков после запятой (копейки)")
    return int((value * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def kopecks_to_decimal_str(kopecks: int | None) -> str | None:
    """Kopecks → ``"15000000.00"`` (the exchange-file form)."""
    if kopecks is None:
        return None
    sign = "-" if kopecks < 0 else ""
    rub, kop = divmod(abs(kopecks), 100)
    return f"{sign}{rub}.{kop:02d}"


def format_date(value: dt.date | dt.datetime | None) -> str:
    """``дд.мм.гггг``; an aware datetime is shown in the workstation's zone."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value)
    return value.strftime("%d.%m.%Y")


def format_datetime(value: dt.datetime | None) -> str:
    """``дд.мм.гггг чч:мм`` in the workstation's zone."""
    if value is None:
        return ""
    return to_local(value).strftime("%d.%m.%Y %H:%M")


class LocalTimes:
    """Writes many stored UTC timestamps as :func:`format_datetime` and
    :func:`format_date` do, for a list's column: the workstation zone's offset is
    looked up once per UTC hour instead of once per value.

    An hour whose start and end have different offsets (a clock change inside
    it) is never remembered: its values are converted one by one.
    """

    _LAST = dt.timedelta(hours=1, microseconds=-1)

    def __init__(self, keep: int = 4096) -> None:
        self._offsets: dict[dt.datetime, dt.timedelta | None] = {}
        self._keep = keep

    def local(self, value: dt.datetime) -> dt.datetime:
        """``value`` (naive = UTC) as a naive wall-clock time of the workstation."""
        utc = value.replace(tzinfo=None) if value.tzinfo is None else (
            value.astimezone(dt.UTC).replace(tzinfo=None))
        hour = utc.replace(minute=0, second=0, microsecond=0)
        try:
            offset = self._offsets[hour]
        except KeyError:
            start = hour.replace(tzinfo=dt.UTC).astimezone().utcoffset()
            end = (hour + self._LAST).replace(tzinfo=dt.UTC).astimezone().utcoffset()
            offset = start if start == end else None
            if len(self._offsets) >= self._keep:
                self._offsets.clear()
            self._offsets[hour] = offset
        if offset is None:
            return to_local(utc).replace(tzinfo=None)
        return utc + offset

    def datetime(self, value: dt.datetime) -> str:
        """``дд.мм.гггг чч:мм`` (as :func:`format_datetime`)."""
        t = self.local(value)
        return f"{t.day:02d}.{t.month:02d}.{t.year:04d} {t.hour:02d}:{t.minute:02d}"

    def date(self, value: dt.datetime) -> str:
        """``дд.мм.гггг`` of the local day (as :func:`format_date`)."""
        t = self.local(value)
        return f"{t.day:02d}.{t.month:02d}.{t.year:04d}"


def to_local(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_phone(digits: str | None) -> str:
    """``+73421234567`` → ``+7 (342) 123-45-67``; anything else is returned as is."""
    if not digits:
        return ""
    d = "".join(ch for ch in digits if ch.isdigit())
    if len(d) == 11 and d[0] in "78":
        return f"+7 ({d[1:4]}) {d[4:7]}-{d[7:9]}-{d[9:11]}"
    return digits


_NOT_PHONE_RE = re.compile(r"[^0-9+\-(). ]")
_PHONE_PUNCTUATION = str.maketrans("", "", "+-() .")


def normalize_phone(text: str) -> str:
    """A Russian phone as typed → ``+7XXXXXXXXXX``. Raises ``ValueError`` (Russian)."""
    raw = text.strip()
    ext = ""
    lowered = raw.lower()
    for marker in ("доб.", "доб", "ext.", "ext", "#"):
        if marker in lowered:
            idx = lowered.index(marker)
            ext = "".join(ch for ch in raw[idx:] if ch.isdigit())
            raw = raw[:idx]
            break
    if _NOT_PHONE_RE.search(raw):
        raise ValueError(f"«{text}» не похоже на телефон: ожидается +7 (342) 123-45-67")
    d = raw.translate(_PHONE_PUNCTUATION)  # only ASCII digits are left
    if len(d) == 11 and d[0] in "78":
        d = "7" + d[1:]
    elif len(d) == 10:
        d = "7" + d
    else:
        raise ValueError(
            f"«{text}»: в номере должно быть 10 цифр после +7, например +7 (342) 123-45-67"
        )
    return "+" + d + (f" доб. {ext}" if ext else "")


def fold_text(text: str) -> str:
    """Case- and ё-insensitive form used by search (``Ёлка`` → ``елка``)."""
    return text.casefold().replace("ё", "е")


def login_key(login: str) -> str:
    """The key two spellings of one login share: trimmed, NFC, case-folded.

    SQLite's ``lower()`` folds ASCII only, so «Администратор» and «администратор»
    must be compared through this key, kept in its own uniquely indexed column.
    """
    return unicodedata.normalize("NFC", login or "").strip().casefold()


def percent_shares(amounts: list[int]) -> list[int]:
    """Shares of ``amounts`` in hundredths of a per cent that add up to exactly 10 000.

    Largest-remainder rounding: every share is first cut down to the hundredth,
    then the hundredths still missing go one each to the shares that lost the
    most (the earlier one first on a tie). ``[1, 1, 1]`` → ``[3334, 3333, 3333]``.
    All zeros (or no amounts) give zeros: there is nothing to share.
    """
    if any(a < 0 for a in amounts):
        raise ValueError("shares of negative amounts are not defined")
    total = sum(amounts)
    if total == 0:
        return [0] * len(amounts)
    whole = 10_000
    cut = [a * whole // total for a in amounts]
    lost = [a * whole % total for a in amounts]
    missing = whole - sum(cut)
    for index in sorted(range(len(amounts)), key=lambda i: (-lost[i], i))[:missing]:
        cut[index] += 1
    return cut


def format_percent(hundredths: int) -> str:
    """``3334`` → ``33,34`` (hundredths of a per cent, Russian decimal comma)."""
    whole, part = divmod(abs(hundredths), 100)
    return f"{'-' if hundredths < 0 else ''}{whole},{part:02d}"
