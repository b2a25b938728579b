"""Paged list queries: counts, pages, the ordered id list, filters, follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_app.core import identifiers as ids
from desktop_app.core.db import queries
from desktop_app.core.db.queries import FollowUpScope, ListKind, ListQuery


def _inn(n: int) -> str:
    return ids.make_inn10(f"59{n:07d}")


@pytest.fixture
def filled(services: Any) -> Any:
    names = ["ООО «Альфа»", "АО «Вега ЦЕНТР»", "ООО «Ёлочка»", "ПАО «Гамма»", "ООО «Бета»"]
    ent_ids = [int(services.enterprises.create({"full_name": n, "inn": _inn(i + 1)}).id)
               for i, n in enumerate(names)]
    now = dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    dues = [today - dt.timedelta(days=3), today, today + dt.timedelta(days=5),
            today + dt.timedelta(days=30), None]
    for i in range(250):
        due = dues[i % 5] if i < 5 else None
        services.consultations.create({
            "enterprise_id": ent_ids[i % 5],
            "occurred_at": now - dt.timedelta(days=10, hours=i),
            "channel": "phone",
            "topic": f"Тема {i:03d}" + (" софинансирование" if i % 50 == 0 else ""),
            "next_step": f"Шаг {i}" if i < 5 else None,
            "next_step_due": due,
        })
    return services


def test_enterprise_page_sorted_by_name(filled: Any) -> None:
    q = ListQuery(ListKind.ENTERPRISES)
    with filled.db.read() as s:
        assert queries.count(s, q) == 5
        rows = queries.fetch_page(s, q, 0, 10)
        names = [r[1] for r in rows]
        assert names == ["АО «Вега ЦЕНТР»", "ООО «Альфа»", "ООО «Бета»", "ООО «Ёлочка»",
                         "ПАО «Гамма»"]
        desc = queries.fetch_page(s, ListQuery(ListKind.ENTERPRISES, descending=True), 0, 10)
        assert [r[1] for r in desc] == names[::-1]


def test_id_list_pages_equal_offset_pages(filled: Any) -> None:
    q = ListQuery(ListKind.CONSULTATIONS)
    with filled.db.read() as s:
        assert queries.count(s, q) == 250
        order = queries.ordered_ids(s, q)
        assert len(order) == 250
        for offset in (0, 37, 200, 240):
            by_offset = queries.fetch_page(s, q, offset, 20)
            by_ids = queries.fetch_by_ids(s, q, list(order[offset:offset + 20]))
            assert by_offset == by_ids
        first = queries.fetch_page(s, q, 0, 1)[0]
        assert first[q.spec.keys.index("topic") + 1] == "Тема 000 софинансирование"


def test_text_filter_is_case_and_yo_insensitive(filled: Any) -> None:
    with filled.db.read() as s:
        hit = queries.fetch_page(s, ListQuery(ListKind.ENTERPRISES, text="центр"), 0, 10)
        assert [r[1] for r in hit] == ["АО «Вега ЦЕНТР»"]
        yo = queries.fetch_page(s, ListQuery(ListKind.ENTERPRISES, text="елочка"), 0, 10)
        assert [r[1] for r in yo] == ["ООО «Ёлочка»"]
        cons = ListQuery(ListKind.CONSULTATIONS, text="СОФИНАНСИРОВАНИЕ")
        assert queries.count(s, cons) == 5
        assert len(queries.ordered_ids(s, cons)) == 5
        assert queries.count(s, ListQuery(ListKind.ENTERPRISES, text="нет такого")) == 0


def test_follow_up_scopes(filled: Any) -> None:
    def n(scope: FollowUpScope) -> int:
        with filled.db.read() as s:
            return queries.count(s, ListQuery(ListKind.FOLLOWUPS, scope=scope))

    assert n(FollowUpScope.OVERDUE) == 1
    assert n(FollowUpScope.TODAY) == 1
    assert n(FollowUpScope.WEEK) == 3
    assert n(FollowUpScope.ALL) == 5
    with filled.db.read() as s:
        rows = queries.fetch_page(s, ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.WEEK),
                                  0, 10)
        dues = [queries.parse_date(r[1]) for r in rows]
        assert dues == sorted(d for d in dues if d is not None)
        ov = queries.overview(s)
    assert (ov.enterprises, ov.consultations) == (5, 250)
    assert (ov.followups_overdue, ov.followups_today, ov.followups_week) == (1, 1, 1)


def test_done_step_leaves_the_follow_ups(filled: Any) -> None:
    q = ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.ALL)
    with filled.db.read() as s:
        first = queries.fetch_page(s, q, 0, 1)[0][0]
    filled.consultations.set_next_step_done(first, True)
    with filled.db.read() as s:
        assert queries.count(s, q) == 4
        assert first not in queries.ordered_ids(s, q)


def test_unsortable_column_falls_back_to_default(filled: Any) -> None:
    assert not queries.sortable(ListKind.CONSULTATIONS, "topic")
    q = ListQuery(ListKind.CONSULTATIONS, sort_key="topic")
    col, desc = q.resolved_sort()
    assert (col.key, desc) == ("occurred_at", True)


def test_pickers_and_recent(filled: Any) -> None:
    with filled.db.read() as s:
        by_inn = queries.enterprise_hits(s, _inn(3))
        assert [h.name for h in by_inn] == ["ООО «Ёлочка»"]
        by_prefix = queries.enterprise_hits(s, _inn(3)[:6])
        assert len(by_prefix) == 5
        recent = queries.recently_edited(s, limit=3)
        assert len(recent) == 3
        assert recent[0].entity == "consultation"


def test_yo_sorts_with_ye(services: Any) -> None:
    for i, name in enumerate(["АО «Ёлка»", "АО «Берёза»", "АО «Дуб»", "АО «Жасмин»"]):
        services.enterprises.create({"full_name": name, "inn": _inn(10 + i)})
    with services.db.read() as s:
        rows = queries.fetch_page(s, ListQuery(ListKind.ENTERPRISES), 0, 10)
    assert [r[1] for r in rows] == ["АО «Берёза»", "АО «Дуб»", "АО «Ёлка»", "АО «Жасмин»"]


def test_whole_table_counts_follow_inserts_and_deletes(services) -> None:
    import datetime as dt

    from desktop_app.core.db import queries
    from desktop_app.core.db.queries import ListKind, ListQuery

    def counts() -> tuple[int, int]:
        with services.db.read() as s:
            return (queries.count(s, ListQuery(ListKind.ENTERPRISES)),
                    queries.count(s, ListQuery(ListKind.CONSULTATIONS)))

    assert counts() == (0, 0)
    a = services.enterprises.create({"full_name": "ООО «Первое»", "inn": "1234567894"})
    b = services.enterprises.create({"full_name": "ООО «Второе»", "inn": "7707083893"})
    services.consultations.create({"enterprise_id": a.id, "channel": "phone", "topic": "Грант",
                                   "occurred_at": dt.datetime.now(dt.UTC)})
    assert counts() == (2, 1)
    services.enterprises.delete(b.id)
    assert counts() == (1, 1)
    with services.db.read() as s:
        assert queries.overview(s).consultations == 1
