"""Paged list queries: counts, pages, the ordered id list, filters, follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

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


def test_unknown_sort_key_falls_back_to_default(filled: Any) -> None:
    q = ListQuery(ListKind.CONSULTATIONS, sort_key="no_such_column")
    col, desc = q.resolved_sort()
    assert (col.key, desc) == ("occurred_at", True)


@pytest.mark.parametrize("kind", [ListKind.CONSULTATIONS, ListKind.FOLLOWUPS,
                                  ListKind.ENTERPRISES, ListKind.DOSSIERS])
def test_every_visible_column_sorts(kind: ListKind) -> None:
    assert all(queries.sortable(kind, key) for key in queries.SPECS[kind].keys)


def _sorted_rows(s: Any, kind: ListKind, key: str, desc: bool) -> list[Any]:
    q = ListQuery(kind, sort_key=key, descending=desc)
    n = queries.count(s, q)
    rows = [r for off in range(0, n, 40) for r in queries.fetch_page(s, q, off, 40)]
    # the background id list and the offset pages agree row for row
    assert [r[0] for r in rows] == list(queries.ordered_ids(s, q))
    return rows


def test_consultations_sort_by_enterprise_both_ways(filled: Any) -> None:
    col = ListQuery(ListKind.CONSULTATIONS).spec.keys.index("enterprise") + 1
    with filled.db.read() as s:
        for desc in (False, True):
            rows = _sorted_rows(s, ListKind.CONSULTATIONS, "enterprise", desc)
            names = [r[col] for r in rows]
            order = ["АО «Вега ЦЕНТР»", "ООО «Альфа»", "ООО «Бета»", "ООО «Ёлочка»",
                     "ПАО «Гамма»"]
            expected = [n for n in order for _ in range(50)]
            assert names == (expected[::-1] if desc else expected)
            assert len({r[0] for r in rows}) == 250


def test_channel_sorts_by_its_russian_label(services: Any) -> None:
    ent = services.enterprises.create({"full_name": "ООО «Канал»", "inn": _inn(40)})
    now = dt.datetime.now(dt.UTC)
    for i, channel in enumerate(["phone", "email", "visit", "event", "video", "phone"]):
        services.consultations.create({"enterprise_id": ent.id, "channel": channel,
                                       "topic": f"Т{i}", "occurred_at": now})
    col = ListQuery(ListKind.CONSULTATIONS).spec.keys.index("channel") + 1
    with services.db.read() as s:
        rows = _sorted_rows(s, ListKind.CONSULTATIONS, "channel", False)
        back = _sorted_rows(s, ListKind.CONSULTATIONS, "channel", True)
    # видеосвязь, личный приём, мероприятие, телефон, электронная почта
    assert [r[col] for r in rows] == ["video", "visit", "event", "phone", "phone", "email"]
    assert [r[0] for r in back] == [r[0] for r in rows][::-1]


def test_empty_values_sort_last_ascending_first_descending(filled: Any) -> None:
    col = ListQuery(ListKind.CONSULTATIONS).spec.keys.index("next_step_due") + 1
    with filled.db.read() as s:
        up = [r[col] for r in _sorted_rows(s, ListKind.CONSULTATIONS, "next_step_due", False)]
        down = [r[col] for r in _sorted_rows(s, ListKind.CONSULTATIONS, "next_step_due", True)]
    dated = [d for d in up if d is not None]
    assert len(dated) == 4 and up[:4] == sorted(dated) and up[4:] == [None] * 246
    assert down[:246] == [None] * 246 and down[246:] == sorted(dated, reverse=True)


@pytest.mark.sqlite_only  # reads SQLite's own query plan
@pytest.mark.parametrize("key", [c.key for c in queries.CONSULTATIONS.columns])
def test_consultation_sorts_need_no_sort_of_the_whole_list(filled: Any, key: str) -> None:
    """Every sort walks an index: no temporary B-tree over a million rows."""
    for desc in (False, True):
        q = ListQuery(ListKind.CONSULTATIONS, sort_key=key, descending=desc)
        sql = (f"EXPLAIN QUERY PLAN SELECT {q.spec.id_expr} FROM {queries._id_source(q)} "
               f"WHERE {q.spec.base_where} ORDER BY {queries._order(q)} LIMIT 50")
        with filled.db.read() as s:
            plan = " ".join(str(r[3]) for r in s.execute(text(sql)))
        assert "TEMP B-TREE" not in plan, plan


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


@pytest.mark.sqlite_only
def test_the_id_list_leaves_the_page_cache_setting_as_it_was(filled: Any) -> None:
    """The id walk reads with a small page cache, then gives the connection its own back."""
    q = ListQuery(kind=ListKind.CONSULTATIONS)
    with filled.db.read() as s:
        before = s.execute(text("PRAGMA cache_size")).scalar_one()
        order = list(queries.ordered_ids(s, q))
        after = s.execute(text("PRAGMA cache_size")).scalar_one()
        pages = [r[0] for r in queries.fetch_page(s, q, 0, 300)]
    assert before == after != queries._ID_WALK_CACHE_KIB
    assert order == pages and len(order) == 250
