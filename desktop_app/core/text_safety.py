"""Text that could deceive: invisible characters and spreadsheet formulas.

* Bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E,
  U+200F, U+061C) make text read differently from what it is: a right-to-left
  override turns «фдп.exe» into «exe.пдф» on screen and on paper. Names and
  identifiers containing them are refused (:func:`bidi_controls_in`).
* Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are invisible and make
  two equal-looking names differ; they are removed (:func:`strip_zero_width`).
* A spreadsheet takes a cell beginning with ``=``, ``+``, ``-``, ``@`` (or a
  tab or carriage return) for a formula. :func:`neutralize_cell` prefixes such
  text with an apostrophe before it is exported; :func:`restore_cell` undoes
  exactly that when the file comes back. Text that already begins with an
  apostrophe is prefixed too, so an apostrophe a person typed survives the
  round trip: ``'abc`` → ``''abc`` → ``'abc``.

Imports nothing from the package.
"""

from __future__ import annotations

import re

__all__ = [
    "BIDI_CONTROLS",
    "FORMULA_TRIGGERS",
    "ZERO_WIDTH",
    "bidi_controls_in",
    "neutralize_cell",
    "restore_cell",
    "strip_zero_width",
]

BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
ZERO_WIDTH = frozenset(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_ESCAPE = "'"
_BIDI_RE = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_ZERO_WIDTH_RE = re.compile("[" + "".join(sorted(ZERO_WIDTH)) + "]")


def bidi_controls_in(text: str) -> list[str]:
    """The bidirectional control characters in ``text`` as «U+202E» codes (each once)."""
    found = dict.fromkeys(_BIDI_RE.findall(text))
    return [f"U+{ord(ch):04X}" for ch in found]


def strip_zero_width(text: str) -> str:
    """``text`` without zero-width characters."""
    return _ZERO_WIDTH_RE.sub("", text)


def neutralize_cell(text: str) -> str:
    """Text safe to put in a spreadsheet cell: never read as a formula.

    Prefixes an apostrophe to text beginning with a formula character or with
    an apostrophe; other text is returned unchanged.
    """
    if text.startswith(FORMULA_TRIGGERS) or text.startswith(_ESCAPE):
        return _ESCAPE + text
    return text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralize_cell`: the text as it was before the export.

    Only an apostrophe that :func:`neutralize_cell` could have added (one
    followed by a formula character or another apostrophe) is removed; a single
    apostrophe before ordinary text is kept.
    """
    if text.startswith(_ESCAPE):
        rest = text[1:]
        if rest.startswith(FORMULA_TRIGGERS) or rest.startswith(_ESCAPE):
            return rest
    return text
