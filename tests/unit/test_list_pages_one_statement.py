"""A list's first page and any later page read the same rows, count and order whether
the server answers them in one statement or the queries run one by one in a
transaction: every list, every sortable column both ways, a text filter, filters, and
pages past the end."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_app.core.db import queries
from desktop_app.core.services.facade import open_services
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


@pytest.mark.server_only  # remembered positions are the server's (SQLite walks its index)
def test_deep_pages_from_remembered_positions_follow_every_change(
    services: Any, db_location: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(queries, "MARKER_STEP", 4)
    ent = services.enterprises.create({"full_name": "ООО «Ёлка»", "inn": "1234567894"})
    start = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    made = [services.consultations.create({
        "enterprise_id": ent.id, "occurred_at": start + dt.timedelta(hours=n % 7),
        "channel": ["phone", "visit", "email"][n % 3], "topic": f"Тема {n % 5}",
        "next_step": "Позвонить" if n % 3 else None}) for n in range(30)]
    lists = [ListQuery(ListKind.CONSULTATIONS, sort_key=key, descending=desc)
             for key in ("occurred_at", "channel", "topic", "next_step", "id")
             for desc in (False, True)]
    lists.append(ListQuery(ListKind.CONSULTATIONS, text="тема"))

    def agree() -> None:
        for q in lists:
            for offset in range(0, 32, 3):
                assert services.lists.page(q, offset, 3) == _by_transaction(
                    services, q, offset, 3)[1], (q, offset)

    agree()
    assert queries._MARKERS.get(services.db.engine)  # the positions were used
    # another workstation moves a consultation and adds one: no page goes stale
    other = open_services(db_location)
    try:
        other.consultations.update(made[5].id, {
            "enterprise_id": ent.id, "occurred_at": start + dt.timedelta(days=3),
            "channel": "email", "topic": "Тема 0", "next_step": "Позвонить"})
        other.consultations.create({"enterprise_id": ent.id, "occurred_at": start,
                                    "channel": "visit", "topic": "Новая тема"})
    finally:
        other.close()
    agree()
