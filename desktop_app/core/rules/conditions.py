"""Conditions in a profile: ``{field, op, value}``, ``{all = [...]}``, ``{any = [...]}``.

They decide when a rule or a document requirement applies; the rule engine
evaluates them (:func:`~desktop_app.core.rules.engine.condition_holds`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator

from .facts import FIELDS
from .profile_base import KIND_NAMES, MAX_CONDITION_DEPTH, Operator, StrictModel


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str) or type(value) is dt.date:
        return value
    raise ValueError("ожидается одно значение: true/false, целое число, дата или текст")


ConditionValue = Annotated[bool | int | dt.date | str, BeforeValidator(_scalar)]


class Condition(StrictModel):
    """``{field, op, value}`` or ``{all = [...]}`` or ``{any = [...]}``.

    A comparison (``eq ne gt ge lt le``) on a field that has no value is
    **false**; ``present``/``absent`` test exactly that.
    """

    field: str | None = None
    op: Operator | None = None
    value: ConditionValue | None = None
    all_: list[Condition] | None = Field(default=None, alias="all")
    any_: list[Condition] | None = Field(default=None, alias="any")

    @model_validator(mode="after")
    def _check(self) -> Condition:
        forms = [self.field is not None or self.op is not None, self.all_ is not None,
                 self.any_ is not None]
        if sum(forms) != 1:
            raise ValueError(
                "условие задаётся либо полями field/op/value, либо списком all, либо "
                "списком any (ровно одним способом)"
            )
        if self.all_ is not None or self.any_ is not None:
            items = self.all_ if self.all_ is not None else self.any_
            if not items:
                raise ValueError("список условий all/any не может быть пустым")
            if self.depth() > MAX_CONDITION_DEPTH:
                raise ValueError(
                    f"условия вложены слишком глубоко (больше {MAX_CONDITION_DEPTH} уровней)"
                )
            return self
        if self.field is None:
            raise ValueError("поле «field»: не указано, к какому полю относится условие")
        if self.op is None:
            raise ValueError(
                "поле «op»: не указана операция; допустимы: present, absent, eq, ne, gt, "
                "ge, lt, le"
            )
        spec = FIELDS.get(self.field)
        if spec is None:
            raise ValueError(
                f"поле «field»: неизвестное поле «{self.field}»; допустимы: {', '.join(FIELDS)}"
            )
        if self.op in ("present", "absent"):
            if self.value is not None:
                raise ValueError(f"поле «value»: для операции «{self.op}» значение не задаётся")
            return self
        if self.value is None:
            raise ValueError(f"поле «value»: для операции «{self.op}» нужно значение")
        if self.op in ("gt", "ge", "lt", "le") and spec.kind not in ("money", "int", "date"):
            raise ValueError(
                f"поле «op»: операция «{self.op}» применима только к числам, суммам и датам, "
                f"а «{self.field}» — {KIND_NAMES[spec.kind]}"
            )
        ok = {
            "bool": isinstance(self.value, bool),
            "money": isinstance(self.value, int) and not isinstance(self.value, bool),
            "int": isinstance(self.value, int) and not isinstance(self.value, bool),
            "date": isinstance(self.value, dt.date),
            "str": isinstance(self.value, str),
        }[spec.kind]
        if not ok:
            expected = {
                "bool": "true или false",
                "money": "целое число копеек",
                "int": "целое число",
                "date": "дата вида 2026-01-31",
                "str": "текст в кавычках",
            }[spec.kind]
            raise ValueError(
                f"поле «value»: для поля «{self.field}» ожидается {expected}, "
                f"а указано {self.value!r}"
            )
        return self

    def depth(self) -> int:
        items = self.all_ or self.any_ or []
        return 1 + max((c.depth() for c in items), default=0)

    def fields(self) -> list[str]:
        if self.field is not None:
            return [self.field]
        return [f for c in (self.all_ or self.any_ or []) for f in c.fields()]
