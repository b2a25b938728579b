"""The pattern of outgoing numbers as people write it: «РИЦ-[год]/[номер:4]».

The database keeps a Python format string (``РИЦ-{year}/{seq:04d}``); people
read and write ``[год]`` (the year of the letter) and ``[номер]`` (its number
within the year; ``[номер:4]`` — four digits with leading zeros). A pattern
already written the stored way (older data, the command line) is taken as is.

A utility: imports nothing from the application.
"""

from __future__ import annotations

import re
import string

YEAR = "[год]"
SEQ = "[номер]"
EXAMPLE = "РИЦ-[год]/[номер:4]"

_PEOPLE = re.compile(r"\[(год|номер)(?::(\d{1,2}))?\]")
_WIDTH = re.compile(r"0?(\d{1,2})d?")


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def from_people(text: str) -> str:
    """«РИЦ-[год]/[номер:4]» → ``РИЦ-{year}/{seq:04d}`` (a stored pattern stays as it is)."""
    if "{" in text and _PEOPLE.search(text) is None:
        return text
    out: list[str] = []
    pos = 0
    for match in _PEOPLE.finditer(text):
        out.append(_escape(text[pos:match.start()]))
        if match[1] == "год":
            out.append("{year}")
        else:
            width = int(match[2]) if match[2] else 0
            out.append(f"{{seq:0{width}d}}" if width > 1 else "{seq}")
        pos = match.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def to_people(fmt: str) -> str:
    """``РИЦ-{year}/{seq:04d}`` → «РИЦ-[год]/[номер:4]»; what cannot be read stays as it is."""
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError:
        return fmt
    out: list[str] = []
    for literal, field, spec, _conversion in parts:
        out.append(literal)
        if field is None:
            continue
        if field == "year":
            out.append(YEAR)
        elif field == "seq":
            width = _WIDTH.fullmatch(spec or "")
            out.append(f"[номер:{int(width[1])}]" if spec and width and int(width[1]) > 1
                       else SEQ)
        else:
            return fmt
    return "".join(out)
