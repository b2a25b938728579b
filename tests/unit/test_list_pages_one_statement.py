"""A list's first page and any later page read the same rows, count and order whether
the server answers them in one statement or the queries run one by one in a
transaction: every list, every sortable column both ways, a text filter, filters, and
pages past the end."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.db import queries
from desktop_app.core.services.lists import FollowUpScope, ListKind, ListQuery


def _world(services: Any) -> None:
    names = ["ООО «Ёлка»", "АО «Берёза»", "ООО «Смета и сметчики»"]
    inns = ["1234567894", "7707083893", "5408229050"]
    ents = [services.enterprises.create({"full_name": n, "inn": i})
            for n, i in zip(names, inns, strict=True)]
    start = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    for n in range(11):
        services.consultations.create({
            "enterprise_id": ents[n % 3].id, "occurred_at": start + dt.timedelta(hours=n % 4),
            "channel": ["phone", "visit", "email"][n % 3],
            "topic": "Смета проекта" if n % 2 else f"Грант {n}",
            "next_step": "Позвонить" if n % 3 else None,
            "next_step_due": dt.date(2026, 3, 2 + n % 5) if n % 3 else None,
        })


def _by_transaction(services: Any, q: ListQuery, offset: int, limit: int) -> tuple[int, list[Any]]:
    with services.db.read() as s:
        return queries.count(s, q), queries.fetch_page(s, q, offset, limit)


def test_one_statement_pages_agree_with_the_queries_one_by_one(services: Any) -> None:
    _world(services)
    lists: list[ListQuery] = []
    for kind in (ListKind.ENTERPRISES, ListKind.CONSULTATIONS, ListKind.FOLLOWUPS):
        for col in queries.SPECS[kind].columns:
            if col.sort is None:
                continue
            for descending in (False, True):
                lists.append(ListQuery(kind, sort_key=col.key, descending=descending))
    lists += [
        ListQuery(ListKind.CONSULTATIONS, text="смета"),
        ListQuery(ListKind.CONSULTATIONS, text="нет такого слова"),
        ListQuery(ListKind.ENTERPRISES, text="ёлка"),
        ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.WEEK, today=dt.date(2026, 3, 1)),
        ListQuery(ListKind.CONSULTATIONS, consultant_id=services.actor.user_id),
        ListQuery(ListKind.DOSSIERS),
    ]
    for q in lists:
        total, rows = _by_transaction(services, q, 0, 4)
        first = services.lists.first_page(q, 4)
        assert (first.count, first.rows) == (total, rows), q
        for offset in (3, 9, 40):
            assert services.lists.page(q, offset, 4) == _by_transaction(
                services, q, offset, 4)[1], (q, offset)
    found = services.lists.first_page(ListQuery(ListKind.CONSULTATIONS, text="смета"), 4)
    assert found.count == 5 and len(found.rows) == 4
