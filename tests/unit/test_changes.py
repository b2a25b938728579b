"""A committed write tells subscribers what it changed; a rolled-back one tells nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.services.context import Change

VALID_INN = "1234567894"


@pytest.fixture
def heard(services: Any) -> list[Change]:
    out: list[Change] = []
    services.changes.subscribe(out.append)
    return out


def test_a_new_enterprise_reports_the_enterprises_table(services: Any, heard: list[Change]) -> None:
    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»", "inn": VALID_INN})
    assert len(heard) == 1
    assert heard[0].touches("enterprises")
    assert not heard[0].touches("consultations", "dossiers")
    assert ("enterprises", ent.id) in heard[0].ids


def test_a_consultation_and_a_dossier_report_their_own_tables(
    services: Any, heard: list[Change]
) -> None:
    ent = services.enterprises.create({"full_name": "ООО «Пермские моторы»", "inn": VALID_INN})
    heard.clear()
    c = services.consultations.create({
        "enterprise_id": ent.id, "channel": "phone", "occurred_at": dt.datetime.now(dt.UTC),
        "topic": "Грант", "next_step": "Позвонить",
    })
    assert [ch.touches("consultations") for ch in heard] == [True]
    heard.clear()
    services.consultations.set_next_step_done(c.id, True)
    assert heard and heard[-1].touches("consultations")
    heard.clear()
    d = services.dossiers.create(ent.id, "atd-reverse-engineering", project={"title": "КД"})
    assert any(ch.touches("dossiers") for ch in heard)
    heard.clear()
    services.dossiers.update_project(d.id, {"title": "Новое название"})
    assert any(("dossiers", d.id) in ch.ids for ch in heard)


def test_a_refused_write_reports_nothing(services: Any, heard: list[Change]) -> None:
    with pytest.raises(InputError):
        services.enterprises.create({"full_name": "ООО «Плохое»", "inn": "1234567895"})
    assert heard == []


def test_a_rolled_back_unit_of_work_reports_nothing(services: Any, heard: list[Change]) -> None:
    from desktop_app.core.db.models import Enterprise

    class Boom(Exception):
        pass

    with pytest.raises(Boom), services.ctx.write() as s:
        s.add(Enterprise(full_name="ООО «Откат»", inn=VALID_INN))
        s.flush()
        raise Boom
    assert heard == []
    assert services.enterprises.count() == 0


def test_every_view_of_the_database_shares_the_subscribers(
    services: Any, heard: list[Change]
) -> None:
    from desktop_app.core.services.context import SYSTEM

    other = services.as_actor(SYSTEM)
    other.enterprises.create({"full_name": "ООО «Пермские моторы»", "inn": VALID_INN})
    assert len(heard) == 1
    services.changes.unsubscribe(heard.append)
    other.enterprises.create({"full_name": "ООО «Вторые»", "inn": "123456789047"})
    assert len(heard) == 1


def test_a_failing_listener_does_not_undo_the_write(services: Any) -> None:
    def bad(_change: Change) -> None:
        raise RuntimeError("listener broke")

    services.changes.subscribe(bad)
    services.enterprises.create({"full_name": "ООО «Пермские моторы»", "inn": VALID_INN})
    assert services.enterprises.count() == 1
