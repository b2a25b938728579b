"""Demo data is a training tool: administrators only, and every batch leaves its audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.db.models import AuditEntry, Consultation, Dossier, Enterprise
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.services import demo
from desktop_app.core.services import users as users_mod
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.facade import Services, open_services
from desktop_app.core.services.maintenance import check_database
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


def _dossier_rows(sv: Services) -> list[Dossier]:
    with sv.db.read() as s:
        rows = s.execute(select(Dossier).order_by(Dossier.id)).scalars().all()
        for d in rows:
            _ = (d.stages, d.financing, [doc.files for doc in d.documents])  # load them
        s.expunge_all()
        return list(rows)


def test_demo_dossiers_have_a_plan_financing_and_documents_that_validate_sensibly(
    sv: Services,
) -> None:
    demo.generate(sv, demo.DemoSpec(enterprises=10, consultations=20, dossiers=16, seed=5))
    dossiers = _dossier_rows(sv)
    assert len(dossiers) == 16
    for d in dossiers:
        # a calendar plan inside the project, stages one after another
        assert len(d.stages) >= 3
        assert d.stages[0].start_date == d.start_date and d.stages[-1].end_date == d.end_date
        for before, after in zip(d.stages, d.stages[1:], strict=False):
            assert before.start_date is not None and before.end_date is not None
            assert before.start_date <= before.end_date < after.start_date
        # financing by year adds up to the grant and the own funds
        by_source = {src: sum(f.amount for f in d.financing if f.source == src)
                     for src in ("grant", "own")}
        assert by_source == {"grant": d.grant_requested, "own": d.own_funds}
        assert {f.year for f in d.financing} == set(range(d.start_date.year,
                                                          d.end_date.year + 1))
    referred_on = [d for d in dossiers if d.status != "draft"]
    drafts = [d for d in dossiers if d.status == "draft"]
    assert referred_on and drafts
    assert all(len(d.documents) >= 10 for d in referred_on)
    assert sum(len(d.documents) for d in drafts) > 0
    for d in referred_on:
        result = sv.dossiers.validate(d.id, record=False)
        errors = [f.message for f in result.report.findings if f.severity == "error"]
        assert (result.report.verdict, errors) == ("ready", []), (d.id, errors)
        assert all(st.present for st in result.document_status if st.required)
    # drafts miss documents or hold a certificate gone stale, and say which
    missing = stale = 0
    for d in drafts:
        result = sv.dossiers.validate(d.id, record=False)
        errors = [f.message for f in result.report.findings if f.severity == "error"]
        wrong = [st for st in result.document_status if st.required and not st.ok]
        assert (result.report.verdict == "not_ready") == bool(errors)
        for st in wrong:
            assert st.messages and all(m in errors for m in st.messages), st
        missing += sum(not st.present for st in wrong)
        stale += sum(st.present and st.fresh is False for st in wrong)
    assert missing > 0 and stale > 0
    # the files behind the documents are stored and intact
    report = check_database(sv)
    assert report.ok, report.lines()


def test_the_same_seed_gives_the_same_dossiers(tmp_path: Path) -> None:
    def build(folder: str) -> list[tuple[object, ...]]:
        services = open_services(tmp_path / folder / "db.sqlite3")
        try:
            demo.generate(services, demo.DemoSpec(enterprises=5, consultations=5, dossiers=6,
                                                  seed=11))
            return [(d.uuid, d.status, d.total_cost, [st.title for st in d.stages],
                     sorted((f.source, f.amount) for f in d.financing),
                     [(doc.doc_type, [f.blob_sha256 for f in doc.files])
                      for doc in d.documents])
                    for d in _dossier_rows(services)]
        finally:
            services.close()

    assert build("a") == build("b")


def test_demo_project_titles_put_the_component_in_the_accusative(sv: Services) -> None:
    demo.generate(sv, demo.DemoSpec(enterprises=10, consultations=5, dossiers=30, seed=3))
    with sv.db.read() as s:
        titles = set(s.execute(select(Dossier.title)).scalars())
    assert len(titles) > 3
    for title in titles:
        head = "Разработка КД на "
        assert title.startswith(head) and title[len(head)].islower()
        # «на лопатку турбины ГТУ», never «на лопатка турбины гту»
        assert "на лопатка" not in title and "гту" not in title and "торцевое насоса" not in title


def test_every_twentieth_demo_consultation_holds_a_pre_screening(
    sv: Services,
) -> None:
    demo.generate(sv, demo.DemoSpec(enterprises=5, consultations=200, dossiers=0, seed=4))
    with sv.db.read() as s:
        checked = s.execute(
            select(Consultation.id, Consultation.eligibility_verdict,
                   Consultation.eligibility_checked_at, Consultation.occurred_at)
            .where(Consultation.eligibility_verdict.is_not(None))
        ).all()
    assert len(checked) == 10
    assert {row[1] for row in checked} == {"eligible", "needs_clarification", "not_eligible"}
    assert all(row[2] == row[3] for row in checked)  # checked during the consultation
    shown = sv.consultations.get(checked[0][0])
    assert shown.eligibility_verdict == checked[0][1]
    with sv.db.read() as s:
        stored = s.get(Consultation, checked[0][0])
        assert stored is not None and isinstance(stored.eligibility, dict)
        assert stored.eligibility["verdict"] == checked[0][1]
