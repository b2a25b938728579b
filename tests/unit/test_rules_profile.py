"""Broken profiles are refused with a Russian message naming file, entry and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.rules import ProfileError, check_profile_file, version_key
from desktop_app.core.rules.profile_loading import render_profile_schema, write_profile_schema

REPO = Path(__file__).resolve().parents[2]

HEADER = """
code = "test-program"
title = "Тестовая программа"
version = "2026.1"
effective_date = 2026-01-01
legal_basis = "Тестовое основание"
confidence = "assumed"

[[documents]]
code = "charter"
title = "Устав"
required = "always"
severity = "error"
message = "Нет устава"
clause = "п. 1"
confidence = "assumed"
"""

GOOD_RULE = """
[[rules]]
id = "title"
kind = "required"
field = "project.title"
severity = "error"
message = "Не указано «{field}»"
clause = "п. 2"
confidence = "verified"
"""

ENGLISH = re.compile(r"Field required|Input should|Extra inputs|Value error|validation error")


def write(tmp_path: Path, body: str, name: str = "program.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def refused(tmp_path: Path, body: str) -> str:
    path = write(tmp_path, body)
    with pytest.raises(ProfileError) as info:
        check_profile_file(path)
    message = str(info.value)
    assert "program.toml" in message
    assert not ENGLISH.search(message), message
    return message


def ratio_rule(extra: str) -> str:
    return GOOD_RULE + f"""
[[rules]]
id = "grant_share"
kind = "ratio_bounds"
numerator = "project.grant_requested"
denominator = "project.total_cost"
severity = "error"
message = "Доля {{ratio}}"
clause = "п. 3"
confidence = "assumed"
{extra}
"""


def test_good_profile_loads(tmp_path: Path) -> None:
    profile = check_profile_file(write(tmp_path, GOOD_RULE))
    assert profile.code == "test-program"
    assert [r.id for r in profile.rules] == ["title"]


def test_toml_syntax_error(tmp_path: Path) -> None:
    message = refused(tmp_path, '\n[[rules]]\nid = "x\n')
    assert "ошибка синтаксиса TOML" in message
    assert "строке 19, позиции 8" in message


def test_ratio_bound_out_of_range_names_entry_and_field(tmp_path: Path) -> None:
    message = refused(tmp_path, ratio_rule("max = 1.5"))
    assert "rules[1] «grant_share»: поле «max»: ожидается число от 0 до 1" in message


def test_wrong_type(tmp_path: Path) -> None:
    message = refused(tmp_path, ratio_rule('max = "много"'))
    assert "rules[1] «grant_share»: поле «max»: ожидается число" in message


def test_unknown_rule_kind(tmp_path: Path) -> None:
    message = refused(tmp_path, GOOD_RULE.replace('kind = "required"', 'kind = "magic"'))
    assert "rules[0] «title»: неизвестный вид правила «magic»" in message
    assert "ratio_bounds" in message


def test_unknown_field_path(tmp_path: Path) -> None:
    message = refused(tmp_path, GOOD_RULE.replace("project.title", "project.colour"))
    assert "rules[0] «title»: поле «field»: неизвестное поле «project.colour»" in message


def test_field_of_wrong_kind(tmp_path: Path) -> None:
    body = GOOD_RULE.replace('kind = "required"', 'kind = "number_bounds"\nmin = 1')
    message = refused(tmp_path, body)
    assert "rules[0] «title»: поле «field»" in message
    assert "не подходит" in message


def test_min_greater_than_max(tmp_path: Path) -> None:
    message = refused(tmp_path, ratio_rule("min = 0.9\nmax = 0.8"))
    assert "rules[1] «grant_share»: поле «min»: нижняя граница 0.9 больше верхней 0.8" in message


def test_bad_template_placeholder(tmp_path: Path) -> None:
    message = refused(tmp_path, GOOD_RULE.replace("{field}", "{колонка}"))
    assert "rules[0] «title»: поле «message»: в шаблоне неизвестная переменная {колонка}" in message
    assert "{field}" in message  # lists what is allowed


@pytest.mark.parametrize("placeholder", ["{field.__class__}", "{field[0]}", "{field!r}",
                                         "{field:>10}", "{0}", "{"])
def test_template_access_is_refused(tmp_path: Path, placeholder: str) -> None:
    body = GOOD_RULE.replace("{field}", placeholder)
    message = refused(tmp_path, body)
    assert "rules[0] «title»: поле «message»" in message


def test_duplicate_id(tmp_path: Path) -> None:
    message = refused(tmp_path, GOOD_RULE + GOOD_RULE)
    assert "rules[1] «title»: повторяющийся идентификатор (уже есть в rules[0])" in message


def test_unknown_document_code(tmp_path: Path) -> None:
    body = """
[[rules]]
id = "letters"
kind = "document_present"
document = "letters"
severity = "error"
message = "Нет писем"
clause = "п. 4"
confidence = "assumed"
"""
    message = refused(tmp_path, body)
    assert "rules[0] «letters»: поле «document»: неизвестный код документа «letters»" in message


def test_condition_on_unknown_field(tmp_path: Path) -> None:
    body = GOOD_RULE + 'when = { field = "project.colour", op = "eq", value = "red" }\n'
    message = refused(tmp_path, body)
    assert "rules[0] «title»: поле «when»: поле «field»: неизвестное поле «project.colour»" in (
        message
    )


def test_condition_value_of_wrong_type(tmp_path: Path) -> None:
    body = GOOD_RULE + 'when = { field = "project.own_funds", op = "gt", value = "ноль" }\n'
    message = refused(tmp_path, body)
    assert "ожидается целое число копеек" in message


def test_missing_and_extra_fields(tmp_path: Path) -> None:
    body = GOOD_RULE.replace('clause = "п. 2"', 'claus = "п. 2"')
    message = refused(tmp_path, body)
    assert "rules[0] «title»: поле «clause»: обязательное поле не заполнено" in message
    assert "rules[0] «title»: поле «claus»: неизвестное поле (проверьте написание)" in message


def test_bad_enum_value(tmp_path: Path) -> None:
    message = refused(tmp_path, GOOD_RULE.replace('"verified"', '"probably"'))
    assert "rules[0] «title»: поле «confidence»: недопустимое значение 'probably'" in message
    assert "'verified'" in message


def test_bad_file_kind_in_document(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text(HEADER.replace('required = "always"', 'required = "always"\nkinds = ["exe"]'),
                    encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        check_profile_file(path)
    assert "documents[0] «charter»: поле «kinds[0]»: недопустимое значение 'exe'" in str(info.value)


def test_missing_file_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="не найден"):
        check_profile_file(tmp_path / "absent.toml")
    path = tmp_path / "cp1251.toml"
    path.write_bytes((HEADER + GOOD_RULE).encode("cp1251"))
    with pytest.raises(ProfileError, match=r"cp1251.toml.*UTF-8"):
        check_profile_file(path)


def test_unset_bounds_need_disabled_rule(tmp_path: Path) -> None:
    body = """
[[rules]]
id = "grant_limits"
kind = "number_bounds"
field = "project.grant_requested"
severity = "error"
message = "Грант {value} вне пределов"
clause = "неизвестно"
confidence = "assumed"
"""
    assert "не задана ни одна граница" in refused(tmp_path, body)
    profile = check_profile_file(write(tmp_path, body + "enabled = false\n"))
    assert profile.rules[0].enabled is False


def test_version_key_orders_numerically() -> None:
    versions = ["2026.10", "2026.9", "2025.1", "2026.1.1", "2026.1"]
    assert sorted(versions, key=version_key) == [
        "2025.1", "2026.1", "2026.1.1", "2026.9", "2026.10"
    ]


def test_bad_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text(HEADER.replace('"2026.1"', '"весна-2026"'), encoding="utf-8")
    with pytest.raises(ProfileError, match="поле «version»"):
        check_profile_file(path)


def test_committed_schema_matches_generation(tmp_path: Path) -> None:
    committed = REPO / "resources" / "schemas" / "program-profile.schema.json"
    assert committed.read_text(encoding="utf-8") == render_profile_schema(), (
        "схема устарела: перегенерируйте write_profile_schema()"
    )
    fresh = tmp_path / "schema.json"
    write_profile_schema(fresh)
    assert fresh.read_bytes() == committed.read_bytes()
    assert '"ratio_bounds"' in fresh.read_text(encoding="utf-8")
