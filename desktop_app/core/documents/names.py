"""File names as people send them: Cyrillic, spaces, very long, hostile characters.

``safe_display_name`` makes a name fit to be quoted in a message; ``safe_filename``
makes a name fit to be written to disk on Windows, macOS and Linux alike.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["WINDOWS_RESERVED_NAMES", "safe_display_name", "safe_filename"]

#: Device names Windows refuses as a file name (with any extension).
WINDOWS_RESERVED_NAMES: frozenset[str] = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{i}" for i in range(10)}
    | {f"LPT{i}" for i in range(10)}
    | {f"COM{d}" for d in "¹²³"}
    | {f"LPT{d}" for d in "¹²³"}
)

_FORBIDDEN_CHARS = '<>:"/\\|?*'
# Format characters that can make a name read differently from what it is
# (right-to-left override turns «фдп.exe» into «exe.пдф» on screen), plus zero-width ones.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WS = re.compile(r"\s+")
_EXT = re.compile(r"\.[0-9A-Za-zА-Яа-яЁё]{1,10}$")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in {"Cc", "Cs"} or ch in "\u2028\u2029"


def _clean(name: str, replacement: str) -> str:
    name = unicodedata.normalize("NFC", name)
    name = _INVISIBLE.sub("", name)
    name = "".join(replacement if _is_control(ch) else ch for ch in name)
    return _WS.sub(" ", name).strip()


def safe_display_name(name: str, max_len: int = 80) -> str:
    """Return ``name`` fit for quoting in a message.

    Control characters become «?», invisible direction overrides are removed,
    runs of whitespace collapse to one space, and a name longer than
    ``max_len`` characters is shortened in the middle with «…» so that its
    beginning and extension stay readable. An empty name becomes «без имени».
    """
    cleaned = _clean(name, "?")
    if not cleaned:
        return "без имени"
    if len(cleaned) <= max_len:
        return cleaned
    max_len = max(max_len, 12)
    ext_match = _EXT.search(cleaned)
    ext = ext_match.group(0) if ext_match else ""
    tail = min(len(ext) + 8, max_len // 2)
    head = max_len - tail - 1
    return cleaned[:head].rstrip() + "…" + cleaned[-tail:].lstrip()


def safe_filename(name: str, max_len: int = 120) -> str:
    """Return a file name built from ``name`` that every common OS accepts.

    Keeps Cyrillic and spaces; replaces characters Windows forbids
    (``<>:"/\\|?*``) and control characters with «_»; removes invisible
    direction overrides; drops trailing dots and spaces (Windows silently
    strips them); keeps the extension while trimming the name to ``max_len``
    characters; prefixes Windows device names (CON, NUL, COM1, LPT1…) with «_».
    An empty result becomes «файл» (with the extension, if any).
    """
    if max_len < 16:
        raise ValueError("max_len должен быть не меньше 16 символов")
    cleaned = _clean(name, "_")
    cleaned = "".join("_" if ch in _FORBIDDEN_CHARS else ch for ch in cleaned)
    cleaned = cleaned.strip(" ").rstrip(" .")
    ext_match = _EXT.search(cleaned)
    ext = ext_match.group(0) if ext_match else ""
    # no leading dot (a hidden file on Unix), no trailing dot or space (Windows drops them)
    stem = cleaned[: len(cleaned) - len(ext)].strip(" .")
    if not stem:
        stem = "файл"
    base = stem.split(".", 1)[0].rstrip(" ").upper()
    if base in WINDOWS_RESERVED_NAMES:
        stem = "_" + stem
    room = max_len - len(ext)
    if len(stem) > room:
        stem = stem[:room].rstrip(" .") or "файл"
    return stem + ext
