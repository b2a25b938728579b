"""Demo data is a training tool: administrators only, and every batch leaves its audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.db.models import AuditEntry, Consultation, Enterprise
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.services import demo
from desktop_app.core.services import users as users_mod
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.users import HashParams

PW = "длинная фраза для входа 1"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users_mod, "DEFAULT_PARAMS",
                        HashParams(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def sv(tmp_path: Path):
    services = open_services(tmp_path / "db.sqlite3")
    yield services
    services.close()


def _demo_batches(sv: Services, entity: str) -> list[dict[str, int]]:
    with sv.db.read() as s:
        rows = s.execute(
            select(AuditEntry.new_values)
            .where(AuditEntry.action == "demo", AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        ).scalars()
        return [dict(r or {}) for r in rows]


def test_only_an_administrator_fills_the_database(sv: Services) -> None:
    sv.users.create_first_admin({"login": "admin", "full_name": "Главный Админ"}, PW)
    admin = sv.as_actor(sv.users.sign_in("admin", PW))
    admin.users.create({"login": "cons", "full_name": "Иванов Иван Иванович"}, PW)
    admin.users.create({"login": "head", "full_name": "Сидорова Анна Павловна",
                        "role": "supervisor"}, PW)
    spec = demo.DemoSpec(enterprises=3, consultations=5, dossiers=0)
    for login in ("cons", "head"):
        person = sv.as_actor(sv.users.sign_in(login, PW))
        with pytest.raises(PermissionDenied, match="учебными данными"):
            demo.generate(person, spec)
    with sv.db.read() as s:
        assert s.execute(select(func.count()).select_from(Enterprise)).scalar_one() == 0
    demo.generate(admin, spec)
    with sv.db.read() as s:
        assert s.execute(select(func.count()).select_from(Enterprise)).scalar_one() == 3


def test_a_run_stopped_half_way_leaves_exactly_what_it_wrote_in_the_log(
    sv: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH", 7)
    seen: list[str] = []

    def stop_after_two_batches(message: str) -> None:
        seen.append(message)
        if sum(m.startswith("Консультации") for m in seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo.generate(sv, demo.DemoSpec(enterprises=4, consultations=30, dossiers=2),
                      progress=stop_after_two_batches)
    with sv.db.read() as s:
        enterprises = s.execute(select(func.count()).select_from(Enterprise)).scalar_one()
        consultations = s.execute(select(func.count()).select_from(Consultation)).scalar_one()
        ids = list(s.execute(select(Consultation.id).order_by(Consultation.id)).scalars())
        assert verify_chain(s).ok
    assert (enterprises, consultations) == (4, 14)
    batches = _demo_batches(sv, "consultation")
    assert [b["rows"] for b in batches] == [7, 7]
    assert (batches[0]["first_id"], batches[-1]["last_id"]) == (ids[0], ids[-1])
    assert sum(b["rows"] for b in _demo_batches(sv, "enterprise")) == enterprises
    assert len(_demo_batches(sv, "user")) == 5
    assert _demo_batches(sv, "dossier") == []
