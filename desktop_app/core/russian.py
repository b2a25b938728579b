"""Russian for printed documents: quotes, legal forms and surnames in the case a sentence needs.

A letter names an organisation inside a sentence with its legal form in lower
case and declined: «направляет заявку акционерного общества «…»», «обществу
с ограниченной ответственностью «…»». Quotes inside quotes are „…“. An
individual entrepreneur is «индивидуального предпринимателя Иванова И.И.».
The nominative full name stays in the applicant's card.

Only two cases are needed by the documents: the genitive (``"gen"``) and the
dative (``"dat"``). The surname rules cover Russian surnames; a surname that
Russian does not decline (Шевченко, Гёте, Черных) stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Case",
    "LegalName",
    "decline_surname",
    "name_in_case",
    "nest_quotes",
    "parse_legal_name",
]

Case = Literal["gen", "dat"]

# (full nominative, abbreviation, genitive, dative); the longest forms first.
_FORMS: tuple[tuple[str, str, str, str], ...] = (
    ("федеральное государственное бюджетное образовательное учреждение высшего образования",
     "ФГБОУ ВО",
     "федерального государственного бюджетного образовательного учреждения высшего "
     "образования",
     "федеральному государственному бюджетному образовательному учреждению высшего "
     "образования"),
    ("федеральное государственное автономное образовательное учреждение высшего образования",
     "ФГАОУ ВО",
     "федерального государственного автономного образовательного учреждения высшего "
     "образования",
     "федеральному государственному автономному образовательному учреждению высшего "
     "образования"),
    ("федеральное государственное бюджетное учреждение науки", "ФГБУН",
     "федерального государственного бюджетного учреждения науки",
     "федеральному государственному бюджетному учреждению науки"),
    ("федеральное государственное бюджетное учреждение", "ФГБУ",
     "федерального государственного бюджетного учреждения",
     "федеральному государственному бюджетному учреждению"),
    ("федеральное государственное унитарное предприятие", "ФГУП",
     "федерального государственного унитарного предприятия",
     "федеральному государственному унитарному предприятию"),
    ("государственное унитарное предприятие", "ГУП",
     "государственного унитарного предприятия", "государственному унитарному предприятию"),
    ("муниципальное унитарное предприятие", "МУП",
     "муниципального унитарного предприятия", "муниципальному унитарному предприятию"),
    ("публичное акционерное общество", "ПАО",
     "публичного акционерного общества", "публичному акционерному обществу"),
    ("непубличное акционерное общество", "НАО",
     "непубличного акционерного общества", "непубличному акционерному обществу"),
    ("открытое акционерное общество", "ОАО",
     "открытого акционерного общества", "открытому акционерному обществу"),
    ("закрытое акционерное общество", "ЗАО",
     "закрытого акционерного общества", "закрытому акционерному обществу"),
    ("акционерное общество", "АО", "акционерного общества", "акционерному обществу"),
    ("общество с ограниченной ответственностью", "ООО",
     "общества с ограниченной ответственностью", "обществу с ограниченной ответственностью"),
    ("автономная некоммерческая организация", "АНО",
     "автономной некоммерческой организации", "автономной некоммерческой организации"),
    ("производственный кооператив", "ПК",
     "производственного кооператива", "производственному кооперативу"),
    ("хозяйственное партнёрство", "ХП",
     "хозяйственного партнёрства", "хозяйственному партнёрству"),
    ("индивидуальный предприниматель", "ИП",
     "индивидуального предпринимателя", "индивидуальному предпринимателю"),
)
_ENTREPRENEUR = "индивидуальный предприниматель"

_OPENERS = "«„“"
_CLOSERS = "»“”"


def nest_quotes(text: str) -> str:
    """Outer quotes «…», inner quotes „…“, whatever the input used.

    ``ООО «Завод «Прогресс»»``, ``ООО "Завод "Прогресс""`` and the merged
    ``ООО «Завод «Прогресс»`` all become ``ООО «Завод „Прогресс“»``.
    """
    out: list[str] = []
    depth = 0
    for raw in text:
        ch = raw
        if raw == '"':
            prev = out[-1] if out else " "
            ch = "«" if prev.isspace() or prev in "([{«„" else "»"
        if ch in _OPENERS and not (ch == "“" and depth >= 2):
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif ch in _CLOSERS and depth > 0:
            depth -= 1
            out.append("»" if depth == 0 else "“")
        else:
            out.append(ch)
    while depth > 0:  # «Завод «Прогресс» — the closing quotes were merged into one
        depth -= 1
        out.append("»" if depth == 0 else "“")
    return "".join(out)


@dataclass(frozen=True)
class LegalName:
    """An organisation's name split into its legal form and the rest."""

    form: str | None
    """The legal form in the nominative, lower case; None when not recognised."""
    rest: str
    """The name without the form: ``«Завод „Прогресс“»`` or ``Иванов Иван Иванович``."""

    @property
    def entrepreneur(self) -> bool:
        return self.form == _ENTREPRENEUR


def parse_legal_name(name: str) -> LegalName:
    """Split ``Общество с ограниченной ответственностью «…»`` or ``ООО «…»``."""
    text = " ".join(name.split())
    low = text.lower().replace("ё", "е")
    for full, abbr, _gen, _dat in _FORMS:
        plain = full.replace("ё", "е")
        for prefix in (plain, abbr.lower()):
            if low.startswith(prefix) and (
                len(low) == len(prefix) or not low[len(prefix)].isalnum()
            ):
                return LegalName(full, nest_quotes(text[len(prefix):].strip(" ,")))
    return LegalName(None, nest_quotes(text))


_VOWELS = "аеёиоуыэюя"


def decline_surname(surname: str, case: Case, *, female: bool = False) -> str:
    """A Russian surname in the genitive or dative; indeclinable ones stay as they are."""
    if "-" in surname:
        return "-".join(decline_surname(p, case, female=female) for p in surname.split("-"))
    s = surname
    low = s.lower()
    gen = case == "gen"

    def cut(n: int, ending: str) -> str:
        return s[: len(s) - n] + ending

    if low.endswith(("ых", "их", "ко", "енко", "аго", "яго")) or low[-1:] in "еиоуыэю":
        return s
    if female:
        if low.endswith(("ская", "цкая", "ая")):
            return cut(2, "ой")
        if low.endswith("яя"):
            return cut(2, "ей")
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return cut(1, "ой")
        if low.endswith("а") and len(low) > 2 and low[-2] not in _VOWELS:
            return cut(1, ("и" if low[-2] in "гкхжшчщ" else "ы") if gen else "е")
        if low.endswith("я") and len(low) > 2 and low[-2] not in _VOWELS:
            return cut(1, "и" if gen else "е")
        return s
    if low.endswith(("ский", "цкий")):
        return cut(2, "ого" if gen else "ому")
    if low.endswith(("ой", "ый")):
        return cut(2, "ого" if gen else "ому")
    if low.endswith("ий"):
        return cut(2, ("его" if gen else "ему") if low[-3:-2] in "жшчщц" else
                   ("ого" if gen else "ому") if low[-3:-2] in "гкх" else ("его" if gen else "ему"))
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + ("а" if gen else "у")
    if low.endswith("ь"):
        return cut(1, "я" if gen else "ю")
    if low.endswith("й"):
        return cut(1, "я" if gen else "ю")
    if low.endswith("а") and len(low) > 2 and low[-2] not in _VOWELS:
        return cut(1, ("и" if low[-2] in "гкхжшчщ" else "ы") if gen else "е")
    if low.endswith("я") and len(low) > 2 and low[-2] not in _VOWELS:
        return cut(1, "и" if gen else "е")
    if low[-1:] in _VOWELS:
        return s
    if low.endswith("ец") and len(low) > 4 and low[-3] not in _VOWELS:
        return s + ("а" if gen else "у")  # Кузнец → Кузнеца (the vowel is kept in surnames)
    return s + ("а" if gen else "у")


_INITIALS = re.compile(r"^([А-ЯЁA-Z])\.\s*(?:([А-ЯЁA-Z])\.)?$")


def _person_in_case(words: list[str], case: Case) -> str:
    """«Иванов Иван Иванович» or «Иванов И.И.» → «Иванова И.И.» (surname, then initials)."""
    if not words:
        return ""
    surname, rest = words[0], words[1:]
    initials = ""
    female = False
    if rest and _INITIALS.match("".join(rest).replace(" ", "")):
        initials = "".join(rest).replace(" ", "")
        female = surname.lower().endswith(("ова", "ева", "ина", "ына", "ая"))
    elif rest:
        initials = "".join(f"{w[0].upper()}." for w in rest[:2])
        patronymic = rest[1].lower() if len(rest) > 1 else ""
        if patronymic.endswith(("вна", "чна", "кызы", "гызы")):
            female = True
        elif not patronymic:
            female = surname.lower().endswith(("ова", "ева", "ина", "ына", "ая"))
    else:
        female = surname.lower().endswith(("ова", "ева", "ина", "ына", "ая"))
    declined = decline_surname(surname, case, female=female)
    return f"{declined} {initials}".strip()


def name_in_case(name: str, case: Case) -> str:
    """An applicant's name for running text, legal form in lower case and declined.

    ``Акционерное общество «ПЗГТУ»`` → ``акционерного общества «ПЗГТУ»`` (genitive);
    ``ИП Иванов Иван Иванович`` → ``индивидуального предпринимателя Иванова И.И.``.
    A name without a recognised legal form is returned with its quotes nested.
    """
    parsed = parse_legal_name(name)
    if parsed.form is None:
        return parsed.rest
    entry = next(f for f in _FORMS if f[0] == parsed.form)
    form = entry[2] if case == "gen" else entry[3]
    rest = parsed.rest
    if parsed.entrepreneur:
        rest = _person_in_case(rest.split(), case)
    return f"{form} {rest}".strip()
