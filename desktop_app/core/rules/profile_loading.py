"""Reading a profile file: TOML → :class:`~.profile.Profile`, with every problem
explained in Russian; and the JSON Schema of the format for profile authors."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop_app.core.files import write_text_atomically

from .profile import Profile
from .profile_base import MAX_PROFILE_BYTES, ProfileError
from .rule_kinds import RULE_KINDS

_TYPE_TEXT: dict[str, str] = {
    "string_type": "ожидается текст в кавычках",
    "int_type": "ожидается целое число",
    "int_parsing": "ожидается целое число",
    "int_from_float": "ожидается целое число (без дробной части)",
    "bool_type": "ожидается true или false",
    "bool_parsing": "ожидается true или false",
    "date_type": "ожидается дата вида 2026-01-31",
    "date_parsing": "ожидается дата вида 2026-01-31",
    "date_from_datetime_parsing": "ожидается дата вида 2026-01-31",
    "date_from_datetime_inexact": "ожидается дата без времени, вида 2026-01-31",
    "decimal_type": "ожидается число",
    "decimal_parsing": "ожидается число",
    "float_type": "ожидается число",
    "list_type": "ожидается список в квадратных скобках",
    "model_type": "ожидается таблица (раздел) TOML",
    "model_attributes_type": "ожидается таблица (раздел) TOML",
    "dict_type": "ожидается таблица (раздел) TOML",
    "missing": "обязательное поле не заполнено",
    "extra_forbidden": "неизвестное поле (проверьте написание)",
    "string_pattern_mismatch": "недопустимый формат",
    "union_tag_not_found": "не указан вид правила «kind»",
}


def _entry_label(data: Any, section: str, index: int) -> str:
    label = f"{section}[{index}]"
    try:
        item = data[section][index]
    except (KeyError, IndexError, TypeError):
        return label
    if isinstance(item, Mapping):
        ident = item.get("code" if section == "documents" else "id")
        if isinstance(ident, str) and ident:
            return f"{label} «{ident}»"
    return label


def _error_text(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", "недопустимое значение"))
    if kind == "literal_error":
        return f"недопустимое значение {err.get('input')!r}; допустимы: {ctx.get('expected', '')}"
    if kind == "union_tag_invalid":
        return (
            f"неизвестный вид правила «{ctx.get('tag')}»; допустимы: {', '.join(RULE_KINDS)}"
        )
    if kind == "string_pattern_mismatch":
        value = err.get("input")
        return (
            f"недопустимое значение {value!r}: идентификатор — строчные латинские буквы, цифры, "
            "«_», «.», «-», начиная с буквы (версия — числа через точку, например 2026.1)"
        )
    if kind in ("string_too_short", "too_short"):
        return "значение не может быть пустым"
    if kind in ("string_too_long", "too_long"):
        return f"значение слишком длинное (не больше {ctx.get('max_length', '')} знаков)"
    if kind in ("greater_than_equal", "greater_than"):
        return f"ожидается число не меньше {ctx.get('ge', ctx.get('gt', ''))}"
    if kind in ("less_than_equal", "less_than"):
        return f"ожидается число не больше {ctx.get('le', ctx.get('lt', ''))}"
    return _TYPE_TEXT.get(kind, "недопустимое значение")


def translate_errors(exc: ValidationError, data: Any) -> list[str]:
    """pydantic errors → Russian lines ``rules[3] «id»: поле «max»: ожидается …``."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        loc = list(err.get("loc", ()))
        parts: list[str] = []
        fields: list[str] = []
        i = 0
        if len(loc) >= 2 and loc[0] in ("questions", "documents", "rules") and isinstance(
            loc[1], int
        ):
            parts.append(_entry_label(data, str(loc[0]), loc[1]))
            i = 2
            if loc[0] == "rules" and i < len(loc) and loc[i] in RULE_KINDS:
                i += 1
        elif loc and loc[0] in ("questions", "documents", "rules") and len(loc) == 1:
            parts.append(str(loc[0]))
            i = 1
        for item in loc[i:]:
            if isinstance(item, int):
                if fields:
                    fields[-1] += f"[{item}]"
                else:
                    fields.append(f"[{item}]")
            elif item in ("bool", "int", "date", "str", "function-before[_float_to_decimal()]"):
                continue  # union member names pydantic adds to the location
            else:
                fields.append(str(item))
        text = _error_text(err)
        if fields:
            parts.append(f"поле «{'.'.join(fields)}»")
        if text.startswith("поле «") or "\n" in text:
            # a validator's own message already names the field or the entries
            for line in text.splitlines():
                lines.append(": ".join([*parts, line]) if parts else line)
            continue
        parts.append(text)
        lines.append(": ".join(parts))
    # the same problem may be reported once per union member
    return list(dict.fromkeys(lines))


def _syntax_message(exc: tomllib.TOMLDecodeError) -> str:
    match = re.search(r"line (\d+), column (\d+)", str(exc))
    if match:
        where = f"в строке {match.group(1)}, позиции {match.group(2)}"
    else:
        where = "в конце файла" if "end of document" in str(exc) else "в файле"
    return (
        f"ошибка синтаксиса TOML {where}: проверьте кавычки, знак «=», скобки и "
        "что ключи не повторяются"
    )


def parse_profile(data: Mapping[str, Any], *, source: str = "профиль") -> Profile:
    """Validate already-parsed TOML data. Raises :class:`ProfileError` (Russian)."""
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        problems = translate_errors(exc, data)
        shown = problems[:25]
        more = len(problems) - len(shown)
        text = f"Профиль «{source}» содержит ошибки:\n" + "\n".join(f"— {p}" for p in shown)
        if more:
            text += f"\n… и ещё {more}"
        raise ProfileError(text, problems=problems) from None


def load_profile(path: Path) -> Profile:
    """Read and check a profile TOML file. Raises :class:`ProfileError` naming the file."""
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"Файл профиля «{path}» не найден", path=path) from None
    except OSError as exc:
        raise ProfileError(
            f"Файл профиля «{path}» не удалось прочитать ({exc.strerror or 'ошибка чтения'})",
            path=path,
        ) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(
            f"Файл профиля «{name}» слишком велик: больше {MAX_PROFILE_BYTES // 1000} КБ",
            path=path,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(
            f"Файл профиля «{name}» не в кодировке UTF-8 (ошибочный байт в позиции {exc.start})",
            path=path,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = f"Файл профиля «{name}»: {_syntax_message(exc)}"
        raise ProfileError(message, path=path) from None
    try:
        return parse_profile(data, source=name)
    except ProfileError as exc:
        raise ProfileError(str(exc), path=path, problems=exc.problems) from None


def profile_json_schema() -> dict[str, Any]:
    """JSON Schema of the profile format (validation mode, aliases as written in TOML)."""
    schema = Profile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Профиль программы поддержки (RCI Intake)"
    return schema


def render_profile_schema() -> str:
    return json.dumps(profile_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_profile_schema(path: Path) -> None:
    """Write the JSON Schema of the profile format to *path* (UTF-8, stable order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, render_profile_schema(), newline="\n")
