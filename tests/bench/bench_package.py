"""Замер: пакет направления ~30 страниц и пакет с 300 подшитыми страницами PDF.

Запуск: ``python bench/bench_package.py``. Входные данные создаются во временной папке.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.reports import build_referral_package_with_layout
from desktop_app.core.reports.models import (
    Addressee,
    AttachmentFile,
    ChecklistRow,
    CheckResult,
    ConsultationRow,
    CostLineRow,
    EnterpriseCard,
    Executor,
    InventoryRow,
    OrganizationInfo,
    PackageData,
    ProjectSummary,
    Signer,
)

TZ = dt.timezone(dt.timedelta(hours=5))


def data() -> PackageData:
    lines = [CostLineRow(category=f"Статья {i}", description="Разработка КД и испытания опытных "
                         "образцов", amount=10_000_000_00 + i) for i in range(40)]
    total = sum(x.amount for x in lines)
    return PackageData(
        organization=OrganizationInfo(full_name="АНО «Региональный инжиниринговый центр»"),
        addressee=Addressee(position_dative="Генеральному директору АНО «Агентство»",
                            name_dative="И.И. Иванову"),
        signer=Signer(position="Руководитель", name="П.П. Петров"),
        executor=Executor(name="Сидорова Мария Петровна", phone="+7 (342) 123-45-68"),
        enterprise=EnterpriseCard(full_name="АО «Пермский завод»", inn="5902123456"),
        project=ProjectSummary(title="Разработка КД", total_cost=total,
                               grant_requested=total * 8 // 10, own_funds=total - total * 8 // 10,
                               cost_lines=lines),
        program_title="Обратный инжиниринг", register_number="РИЦ-2026/0042",
        registered_at=dt.datetime(2026, 3, 5, 14, 30, tzinfo=TZ),
        salutation="Уважаемый Иван Иванович!",
        profile_code="atd", profile_version="1", validated_at=dt.datetime(2026, 3, 5, tzinfo=TZ),
        checklist=[ChecklistRow(rule_id=f"r{i}", requirement=f"Требование {i} к заявителю и "
                                "документам досье", result=list(CheckResult)[i % 4],
                                message="Сообщение проверки") for i in range(130)],
        inventory=[InventoryRow(no=i + 1, type_title="Выписка", title=f"Документ {i}", pages=3,
                                file_name=f"f{i}.pdf",
                                sha256=hashlib.sha256(str(i).encode()).hexdigest())
                   for i in range(170)],
        consultations=[ConsultationRow(date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                                       channel="phone", topic="Консультация по требованиям",
                                       outcome="Следующий шаг") for i in range(150)],
    )


def make_pdf(path: Path, pages: int) -> Path:
    buf = io.BytesIO()
    canv = Canvas(buf, invariant=1)
    for i in range(pages):
        for line in range(40):
            canv.drawString(60, 780 - line * 18, f"Page {i + 1} line {line + 1} of an attachment")
        canv.showPage()
    canv.save()
    path.write_bytes(buf.getvalue())
    return path


def best_of(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    d = data()
    build_referral_package_with_layout(d)  # warm-up: fonts, imports
    _pdf, layout = build_referral_package_with_layout(d)
    t = best_of(3, lambda: build_referral_package_with_layout(d))
    print(f"package, {layout.total_pages} pages: {t:.3f} s (target ≤ 1 s)")
    with tempfile.TemporaryDirectory() as tmp:
        atts = [AttachmentFile(path=make_pdf(Path(tmp) / f"a{i}.pdf", 30), kind="pdf",
                               title=f"Документ {i + 1}", inventory_no=i + 1) for i in range(10)]
        _pdf, layout = build_referral_package_with_layout(d, attachments=atts)
        t = best_of(3, lambda: build_referral_package_with_layout(d, attachments=atts))
        print(f"package + 300 attached pages, {layout.total_pages} pages: {t:.3f} s (target ≤ 3 s)")


if __name__ == "__main__":
    main()
