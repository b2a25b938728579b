"""A write the server aborts for a deadlock or a serialization failure (SQLSTATE 40P01,
40001) is tried again a bounded number of times; past that, the person reads why.

On PostgreSQL the failure is raised by the server itself (``RAISE … USING ERRCODE``);
on SQLite, which never aborts a writer that way, by the driver stand-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import backend
import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from test_dossier_service import full_dossier
from test_package_service_data import PROGRAM, World

from desktop_app.core.db.engine import DatabaseBusyError, retryable
from desktop_app.core.db.models import AuditEntry, DossierStatusChange, OutgoingLetter, Setting
from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import passing_answers
from desktop_app.core.services import dossiers as dossier_service
from desktop_app.core.services import packages as package_service
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.facade import Services


class _DriverError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("could not serialize access due to concurrent update")
        self.sqlstate = sqlstate


def abort(session: Session, sqlstate: str = "40001") -> None:
    """Make the server (or, on SQLite, the driver) abort this unit of work."""
    if backend.SERVER:
        session.execute(text(
            f"DO $$ BEGIN RAISE EXCEPTION 'test abort' USING ERRCODE = '{sqlstate}'; END $$"))
    raise sa_exc.OperationalError("COMMIT", {}, _DriverError(sqlstate))


def failing(times: int, then: Callable[[Session], Any], sqlstate: str = "40001") -> Any:
    calls = {"n": 0}

    def fn(session: Session) -> Any:
        calls["n"] += 1
        result = then(session)
        if calls["n"] <= times:
            abort(session, sqlstate)
        return result

    fn.calls = calls  # type: ignore[attr-defined]
    return fn


def _put(session: Session) -> str:
    session.add(Setting(key="retry-test", value={"ok": True}))
    session.flush()
    return "written"


def _settings(services: Services) -> int:
    with services.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Setting)
                             .where(Setting.key == "retry-test")).scalar_one())


@pytest.mark.parametrize("sqlstate", ["40001", "40P01"])
def test_aborted_first_attempt_succeeds_on_the_second(services: Services, sqlstate: str) -> None:
    fn = failing(1, _put, sqlstate)
    assert services.db.run_write(fn) == "written"
    assert fn.calls["n"] == 2
    assert _settings(services) == 1  # the first attempt's row was rolled back


def test_past_the_last_attempt_the_person_reads_why(services: Services) -> None:
    fn = failing(5, _put)
    with pytest.raises(DatabaseBusyError) as caught:
        services.ctx.run_write(fn, attempts=3)
    assert fn.calls["n"] == 3
    assert "Ничего не записано" in str(caught.value)
    assert "повторите" in str(caught.value)
    assert retryable(caught.value)
    assert _settings(services) == 0


def test_other_errors_are_not_retried(services: Services) -> None:
    calls = {"n": 0}

    def fn(session: Session) -> None:
        calls["n"] += 1
        raise ValueError("не повторять")

    with pytest.raises(ValueError, match="не повторять"):
        services.db.run_write(fn)
    assert calls["n"] == 1


def test_status_change_is_retried_and_written_once(
    services: Services, tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    d = full_dossier(services, tmp_path)
    original = dossier_service.apply_status_in
    calls = {"n": 0}

    def flaky(session: Session, *args: Any, **kwargs: Any) -> None:
        original(session, *args, **kwargs)   # the status is written, then the server aborts
        calls["n"] += 1
        if calls["n"] == 1:
            abort(session)

    monkeypatch.setattr(dossier_service, "apply_status_in", flaky)
    out = services.dossiers.change_status(d.id, "withdrawn", reason="заявитель отказался")
    assert out.status.value == "withdrawn" and calls["n"] == 2
    with services.db.read() as s:
        moves = s.execute(select(DossierStatusChange.to_status)
                          .where(DossierStatusChange.dossier_id == d.id)
                          .order_by(DossierStatusChange.id)).scalars().all()
        audits = s.execute(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.action == "status")).scalar_one()
    assert moves == ["draft", "withdrawn"]
    assert audits == 1
    with services.db.read() as s:
        assert verify_chain(s).ok


def test_register_number_is_retried_without_a_gap(
    world: World, monkeypatch: pytest.MonkeyPatch,
) -> None:
    c = world.consultant.consultations.create({
        "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
        "topic": "Грант на обратный инжиниринг", "program_code": PROGRAM})
    profile = world.consultant.programs.profile(PROGRAM)
    world.consultant.consultations.save_eligibility(c.id, passing_answers(profile))
    original = package_service.allocate_number
    calls = {"n": 0}

    def flaky(session: Session, issued: Any) -> Any:
        taken = original(session, issued)
        calls["n"] += 1
        if calls["n"] == 1:
            session.add(OutgoingLetter(number=taken[2], year=taken[0], seq=taken[1]))
            session.flush()   # the number is taken, then the server aborts
            abort(session)
        return taken

    monkeypatch.setattr(package_service, "allocate_number", flaky)
    printed = world.consultant.packages.conclusion(c.id)
    assert calls["n"] == 2
    assert printed.number is not None and printed.number.endswith("/0001")
    assert [e.number for e in world.consultant.packages.register_list()] == [printed.number]
