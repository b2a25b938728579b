"""The list service: what the GUI's lists, counts and search read, as plain values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.services.lists import FollowUpScope, ListKind, ListQuery


def _world(services: Any) -> tuple[int, int]:
    a = services.enterprises.create({"full_name": "ООО «Ёлка»", "inn": "1234567894"})
    b = services.enterprises.create({"full_name": "ООО «Берёза»", "inn": "123456789047"})
    for i in range(3):
        services.consultations.create({
            "enterprise_id": a.id, "occurred_at": dt.datetime.now(dt.UTC), "channel": "phone",
            "topic": f"Грант {i}", "next_step": "Позвонить", "next_step_due": dt.date.today(),
        })
    return a.id, b.id


def test_first_page_counts_and_reads_in_order(services: Any) -> None:
    _world(services)
    first = services.lists.first_page(ListQuery(ListKind.ENTERPRISES), 80)
    assert first.count == 2
    assert [r[1] for r in first.rows] == ["ООО «Берёза»", "ООО «Ёлка»"]
    assert isinstance(first.rows[0], tuple)


def test_pages_by_offset_and_by_ids_agree(services: Any) -> None:
    _world(services)
    q = ListQuery(ListKind.CONSULTATIONS)
    ids = services.lists.ordered_ids(q)
    assert len(ids) == services.lists.count(q) == 3
    assert services.lists.page(q, 1, 2) == services.lists.rows_by_ids(q, list(ids[1:3]))


def test_follow_ups_overview_and_search(services: Any) -> None:
    a, _b = _world(services)
    q = ListQuery(ListKind.FOLLOWUPS, scope=FollowUpScope.TODAY)
    assert services.lists.count(q) == 3
    ov = services.lists.overview()
    assert (ov.enterprises, ov.consultations, ov.followups_today) == (2, 3, 3)
    ents, cons = services.lists.search("елка")
    assert [e.id for e in ents] == [a] and cons == []
    assert [e.id for e in services.lists.enterprise_hits("123456789")] != []
    assert services.lists.dossiers_of(a) == []
    assert services.lists.contact_choices(a) == []


def test_dossiers_sort_by_findings_errors_then_warnings(services: Any) -> None:
    """Sorting by «Замечания» orders by errors, then warnings; never-checked dossiers first."""
    ents = [services.enterprises.create({"full_name": f"ООО «Ромашка-{i}»", "inn": inn})
            for i, inn in enumerate(("1234567894", "123456789047", "7707083893"))]
    ids = [services.dossiers.create(e.id, "atd-reverse-engineering").id for e in ents]
    services.dossiers.validate(ids[1])
    services.dossiers.validate(ids[2])
    for descending in (False, True):
        q = ListQuery(ListKind.DOSSIERS, sort_key="findings", descending=descending)
        ordered = list(services.lists.ordered_ids(q))
        assert sorted(ordered) == sorted(ids)
        # the never-checked dossier is at the start ascending and at the end descending
        assert ordered[0 if not descending else -1] == ids[0]
        rows = services.lists.first_page(q, 10).rows
        assert [r[0] for r in rows] == ordered


class _Statements:
    """The statements the program's database connections send while on: the SQLite
    driver's trace, or the server client library's protocol trace (every round trip)."""

    def __init__(self, services: Any, folder: Any) -> None:
        self.engine = services.db.engine
        self.server = services.db.is_server
        self.trace = folder / "protocol.txt"
        self.sent: list[str] = []
        self._traced: list[Any] = []
        self._file: Any = None

    def _checkout(self, dbapi: Any, *_args: Any) -> None:
        if self.server:
            if self._file is None:
                self._file = self.trace.open("a")
            dbapi.pgconn.trace(self._file.fileno())
        else:
            dbapi.set_trace_callback(self.sent.append)
        self._traced.append(dbapi)

    def __enter__(self) -> _Statements:
        from sqlalchemy import event

        self.engine.pool.dispose()   # every connection checked out from now on is traced
        event.listen(self.engine, "checkout", self._checkout)
        return self

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "checkout", self._checkout)
        for dbapi in self._traced:
            if self.server:
                dbapi.pgconn.untrace()
            else:
                dbapi.set_trace_callback(None)
        if self._file is not None:
            self._file.close()
            self._file = None
            # a message the client sent: «time<TAB>F<TAB>length<TAB>Query<TAB> "…"»
            lines = self.trace.read_text(encoding="utf-8", errors="replace").splitlines()
            self.sent = [fields[4] for fields in (line.split("\t") for line in lines)
                         if len(fields) > 4 and fields[1] == "F"
                         and fields[3] in ("Query", "Parse")]
        self.engine.pool.dispose()


def test_a_page_by_ids_is_one_statement_without_a_transaction(services: Any,
                                                               tmp_path: Any) -> None:
    """The rows of a page scrolled to are read by one statement — its own snapshot — with
    no BEGIN and COMMIT around it: on the server each would be a round trip more."""
    _world(services)
    q = ListQuery(ListKind.CONSULTATIONS)
    ids = list(services.lists.ordered_ids(q))
    with _Statements(services, tmp_path) as seen:
        rows = services.lists.rows_by_ids(q, [ids[2], 999_999, ids[0]])
    assert [r[0] for r in rows] == [ids[2], ids[0]]          # in the order asked, one gone
    assert rows == [services.lists.page(q, 2, 1)[0], services.lists.page(q, 0, 1)[0]]
    assert len(seen.sent) == 1, seen.sent
    assert "IN (" in seen.sent[0]
    with _Statements(services, tmp_path):
        assert services.lists.rows_by_ids(q, []) == []
