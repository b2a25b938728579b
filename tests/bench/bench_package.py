"""Benchmark: the referral package (~30 pages) and the package with 300 bound PDF pages.

Run: ``python tests/bench/bench_package.py``; inputs are made in a temporary folder.
Baselines (same run): reportlab drawing 30 plain pages / pypdf copying 300 pages.
Targets: ≤ 0.5 s / ≤ 1.5 s.

``--profile``: instead of timing, profile three builds of the package with
cProfile and print the functions that take the most time (own and cumulative).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _harness import record, timeit

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


def draw_plain(pages: int) -> bytes:
    """The baseline of the package: reportlab drawing plain pages of text."""
    buf = io.BytesIO()
    canv = Canvas(buf)
    for i in range(pages):
        for line in range(40):
            canv.drawString(60, 780 - line * 18, f"Страница {i + 1}, строка {line + 1}")
        canv.showPage()
    canv.save()
    return buf.getvalue()


def copy_pages(paths: list[Path]) -> bytes:
    """The baseline of binding: pypdf copying every page of the files into one PDF."""
    writer = PdfWriter()
    for path in paths:
        for page in PdfReader(path).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def profile(builds: int = 3, top: int = 10) -> None:
    """Where the package's time goes: cProfile over ``builds`` builds after a warm-up."""
    import cProfile
    import pstats

    d = data()
    build_referral_package_with_layout(d)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(builds):
        build_referral_package_with_layout(d)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumtime").print_stats(top * 2)


def main() -> None:
    if "--profile" in sys.argv[1:]:
        profile()
        return
    d = data()
    build_referral_package_with_layout(d)  # warm-up: fonts, imports
    _pdf, layout = build_referral_package_with_layout(d)
    plain = layout.total_pages
    t = timeit(lambda: build_referral_package_with_layout(d), runs=3).best
    base = timeit(lambda: draw_plain(plain), runs=3, warmup=1).best
    record(f"referral package, {plain} pages", t, "s", baseline=base, target="≤ 0.5 s",
           note=f"baseline: reportlab drawing {plain} plain pages")
    with tempfile.TemporaryDirectory() as tmp:
        paths = [make_pdf(Path(tmp) / f"a{i}.pdf", 30) for i in range(10)]
        atts = [AttachmentFile(path=path, kind="pdf", title=f"Документ {i + 1}",
                               inventory_no=i + 1) for i, path in enumerate(paths)]
        _pdf, layout = build_referral_package_with_layout(d, attachments=atts)
        t = timeit(lambda: build_referral_package_with_layout(d, attachments=atts), runs=3).best
        base = timeit(lambda: copy_pages(paths), runs=3, warmup=1).best
        record(f"referral package + 300 bound pages, {layout.total_pages} pages", t, "s",
               baseline=base, target="≤ 1.5 s", note="baseline: pypdf copying the 300 pages")


if __name__ == "__main__":
    main()
