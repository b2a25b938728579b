"""Пакет направления: текст, нумерация, шрифты, закладки, воспроизводимость, подшивка."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.reports import ReportError, build_referral_package_with_layout
from desktop_app.core.reports.models import (
    Addressee,
    AttachmentFile,
    ChecklistRow,
    CheckResult,
    Confidence,
    ConsultationRow,
    ContactInfo,
    CostLineRow,
    EnterpriseCard,
    Executor,
    InventoryRow,
    OrganizationInfo,
    PackageData,
    ProjectSummary,
    Severity,
    Signer,
)
from desktop_app.core.reports.package import NUMBERED_PARTS, PART_INVENTORY, PART_LETTER

TZ = dt.timezone(dt.timedelta(hours=5))
ENTERPRISE = "Акционерное общество «Пермский завод газотурбинных установок»"


def make_data(*, draft: bool = False, n_cost: int = 3, n_inv: int = 4, n_check: int = 4,
              name: str = ENTERPRISE) -> PackageData:
    org = OrganizationInfo(
        full_name="Автономная некоммерческая организация «Региональный инжиниринговый центр»",
        short_name="АНО «РИЦ»", address="614000, г. Пермь, ул. Примерная, д. 1",
        phone="+7 (342) 123-45-67", email="info@ric.example", ogrn="1022200525819",
        inn="1234567894", kpp="590401001",
    )
    ent = EnterpriseCard(
        full_name=name, short_name="АО «ПЗГТУ»", inn="5902123456", kpp="590201001",
        ogrn="1025900001234", legal_address="614010, г. Пермь", region="59 — Пермский край",
        okved="28.11", size_category="крупное", director_position="Генеральный директор",
        director_name="Иванов Иван Иванович",
        contact=ContactInfo(name="Петрова Анна Сергеевна", phone="+7 (342) 765-43-21"),
    )
    lines = [
        CostLineRow(category=f"Статья затрат № {i + 1}", description="Разработка КД",
                    amount=123456789 + i)
        for i in range(n_cost)
    ]
    total = sum(x.amount for x in lines)
    project = ProjectSummary(
        title="Разработка КД на лопатку турбины", okpd2="28.11.33.000", total_cost=total,
        grant_requested=123456789, own_funds=total - 123456789, cost_lines=lines,
    )
    results = list(CheckResult)
    checks = [
        ChecklistRow(
            rule_id=f"rule_{i:02d}", requirement=f"Требование номер {i} к заявителю",
            result=results[i % 4], severity=Severity.WARNING, clause=f"п. {i} Правил",
            confidence=list(Confidence)[i % 3],
            acknowledgement_reason="Справка будет обновлена" if i % 4 == 3 else None,
            acknowledged_by="Петрова А.С." if i % 4 == 3 else None,
            acknowledged_at=dt.datetime(2026, 3, 4, 10, 30, tzinfo=TZ) if i % 4 == 3 else None,
        )
        for i in range(n_check)
    ]
    inventory = [
        InventoryRow(no=i + 1, type_title="Выписка из ЕГРЮЛ", title=f"Документ описи {i + 1}",
                     number=f"Н-{i}", issued_on=dt.date(2026, 3, 1), pages=2,
                     file_name=f"file_{i:03d}.pdf",
                     sha256=hashlib.sha256(f"file {i}".encode()).hexdigest())
        for i in range(n_inv)
    ]
    return PackageData(
        organization=org,
        addressee=Addressee(
            position_dative="Генеральному директору АНО «Агентство по технологическому развитию»",
            name_dative="И.И. Иванову"),
        signer=Signer(position="Руководитель РИЦ", name="П.П. Петров"),
        executor=Executor(name="Сидорова Мария Петровна", phone="+7 (342) 123-45-68"),
        enterprise=ent, project=project,
        program_title="Разработка конструкторской документации на комплектующие изделия",
        register_number=None if draft else "РИЦ-2026/0042",
        registered_at=dt.datetime(2026, 3, 5, 14, 30, tzinfo=TZ),
        salutation="Уважаемый Иван Иванович!", profile_code="atd-reverse", profile_version="3",
        validated_at=dt.datetime(2026, 3, 5, 12, 0, tzinfo=TZ), checklist=checks,
        inventory=inventory,
        consultations=[ConsultationRow(date=dt.date(2026, 1, 10), channel="phone",
                                       topic="Софинансирование", consultant="Петрова А.С.")],
        draft=draft,
    )


def make_pdf(path: Path, pages: int, size: tuple[float, float] = A4, rotate: int = 0) -> Path:
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=size, invariant=1)
    for i in range(pages):
        canv.drawString(72, size[1] - 72, f"Attached page {i + 1}")
        canv.showPage()
    canv.save()
    if rotate:
        reader, writer = PdfReader(io.BytesIO(buf.getvalue())), PdfWriter()
        for page in reader.pages:
            writer.add_page(page.rotate(rotate))
        buf = io.BytesIO()
        writer.write(buf)
    path.write_bytes(buf.getvalue())
    return path


def texts(pdf: bytes) -> list[str]:
    return [(p.extract_text() or "").replace("\xa0", " ") for p in PdfReader(io.BytesIO(pdf)).pages]


def positions(page: PageObject) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on the page, in page coordinates."""
    out: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _fd: object, _fs: object) -> None:
        if text.strip():
            x, y = tm[4], tm[5]
            out.append((text.strip(), cm[0] * x + cm[2] * y + cm[4],
                        cm[1] * x + cm[3] * y + cm[5]))

    page.extract_text(visitor_text=visit)
    return out


def test_text_has_enterprise_money_rules_and_inventory() -> None:
    data = make_data()
    pdf, _layout = build_referral_package_with_layout(data)
    full = "\n".join(texts(pdf))
    flat = re.sub(r"\s+", " ", full)
    assert ENTERPRISE in flat
    assert "5902123456" in flat
    assert "1 234 567,89 ₽" in flat
    assert "РИЦ-2026/0042" in flat
    for row in data.checklist:
        assert row.rule_id not in flat  # internal codes stay inside the program
        assert row.requirement in flat
    assert "с предупреждением" in flat and "подтверждено официальным источником" in flat
    assert "Справка будет обновлена" in flat
    assert "atd-reverse" not in flat and "профиль" not in flat.lower()
    for inv in data.inventory:
        assert inv.sha256 is not None
        assert inv.sha256 in flat.replace(" ", "")


def test_page_numbers_on_every_page_but_the_first() -> None:
    body = "\n\n".join(["Текст письма, который занимает место на странице. " * 12] * 6)
    data = make_data(n_inv=30).model_copy(update={"letter_body": body})
    pdf, layout = build_referral_package_with_layout(data)
    pages = texts(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert layout.total_pages == len(pages)
    assert layout.letter_pages >= 2
    assert "Страница" not in pages[0]
    for x in range(2, layout.letter_pages + 1):
        # the letter: only its own page number, centred in the top margin
        assert "Страница" not in pages[x - 1]
        top = [(t, px) for t, px, py in positions(reader.pages[x - 1]) if py > A4[1] - 20 * mm]
        assert len(top) == 1 and top[0][0] == str(x)
        assert abs(top[0][1] - (25 * mm + (A4[0] - 37 * mm) / 2)) < 8
    for x in range(layout.letter_pages + 1, len(pages) + 1):
        assert f"Страница {x} из {len(pages)}" in pages[x - 1]


def test_fonts_are_embedded() -> None:
    pdf, _ = build_referral_package_with_layout(make_data())
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_outline_has_all_parts_and_each_attachment(tmp_path: Path) -> None:
    atts = [
        AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 3), kind="pdf",
                       title="Выписка из ЕГРЮЛ", inventory_no=3),
        AttachmentFile(path=make_pdf(tmp_path / "b.pdf", 2), kind="pdf", title="Устав",
                       inventory_no=1),
    ]
    pdf, layout = build_referral_package_with_layout(make_data(), attachments=atts)
    reader = PdfReader(io.BytesIO(pdf))
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[:2] == [PART_LETTER, PART_INVENTORY]
    assert titles[2:6] == [f"Приложение № {n}. {p}" for n, p in enumerate(NUMBERED_PARTS, 1)]
    children = next(item for item in reader.outline if isinstance(item, list))
    assert [c.title for c in children] == [
        "Приложение № 5. Выписка из ЕГРЮЛ: Документ описи 1",
        "Приложение № 7. Выписка из ЕГРЮЛ: Документ описи 3",
    ]
    start = layout.letter_pages + sum(layout.part_pages.values())
    assert reader.get_destination_page_number(children[0]) == start
    assert reader.get_destination_page_number(children[1]) == start + 2
    assert "Attached page 1" in (reader.pages[start].extract_text() or "")


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    att = [AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 2), kind="pdf", title="Устав",
                          inventory_no=1)]
    first = build_referral_package_with_layout(make_data(), attachments=att)[0]
    second = build_referral_package_with_layout(make_data(), attachments=att)[0]
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    assert reader.trailer["/Root"]["/Lang"] == "ru"
    assert reader.metadata is not None
    assert reader.metadata["/Author"].startswith("Автономная некоммерческая")
    assert reader.metadata["/CreationDate"] == "D:20260305143000+05'00'"


def test_draft_watermark_on_every_page_including_attached(tmp_path: Path) -> None:
    png = tmp_path / "scan.png"
    Image.new("RGB", (400, 600), (200, 220, 255)).save(png)
    atts = [
        AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 2, letter, rotate=90), kind="pdf",
                       title="Устав", inventory_no=1),
        AttachmentFile(path=png, kind="png", title="Скан", inventory_no=2),
    ]
    pdf, layout = build_referral_package_with_layout(make_data(draft=True), attachments=atts)
    pages = texts(pdf)
    assert len(pages) == layout.total_pages
    for text in pages:
        assert "ПРОЕКТ" in text
    assert "РИЦ-2026" not in "".join(pages)
    assert f"Страница {len(pages)} из {len(pages)}" in pages[-1]


def test_appended_pdfs_add_their_page_count_and_note_counts(tmp_path: Path) -> None:
    base = build_referral_package_with_layout(make_data())[1]
    tif = tmp_path / "two.tif"
    frames = [Image.new("L", (300, 400), v) for v in (100, 200)]
    frames[0].save(tif, save_all=True, append_images=frames[1:])
    atts = [
        AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 5), kind="pdf", title="Смета",
                       inventory_no=2),
        AttachmentFile(path=make_pdf(tmp_path / "l.pdf", 1, landscape(A4)), kind="pdf",
                       title="План", inventory_no=4),
        AttachmentFile(path=tif, kind="tiff", title="Письмо потребителя", inventory_no=3),
    ]
    pdf, layout = build_referral_package_with_layout(make_data(), attachments=atts)
    assert layout.total_pages == base.total_pages + 5 + 1 + 2
    assert len(PdfReader(io.BytesIO(pdf)).pages) == layout.total_pages
    letter_text = re.sub(r"\s+", " ", " ".join(texts(pdf)[: layout.letter_pages]))
    for n, part in enumerate(NUMBERED_PARTS, 1):
        assert f"{n}. {part} на {layout.part_pages[part]} л. в 1 экз." in letter_text
    assert (f"Опись приложений на {layout.part_pages[PART_INVENTORY]} л. в 1 экз."
            in letter_text)
    assert "6. Выписка из ЕГРЮЛ: Документ описи 2 на 5 л. в 1 экз." in letter_text
    assert "7. Выписка из ЕГРЮЛ: Документ описи 3 на 2 л. в 1 экз." in letter_text
    assert "8. Выписка из ЕГРЮЛ: Документ описи 4 на 1 л. в 1 экз." in letter_text


def test_long_texts_flow_to_further_pages() -> None:
    name = ("Общество с ограниченной ответственностью «Научно-производственное объединение "
            "точного машиностроения " * 10)[:499] + "»"
    assert len(name) == 500
    data = make_data(name=name, n_cost=40, n_inv=60, n_check=30)
    pdf, layout = build_referral_package_with_layout(data)
    assert layout.part_pages["Сведения о проекте"] >= 2
    assert layout.part_pages[PART_INVENTORY] >= 3
    flat = re.sub(r"\s+", "", "".join(texts(pdf)))
    assert re.sub(r"\s+", "", name) in flat
    for i in range(40):
        assert f"Статьязатрат№{i + 1}" in flat
    for row in data.inventory:
        assert row.sha256 is not None and row.sha256[:16] in flat
    # every cost amount and the total are printed
    assert "Итого" in flat


def test_bad_attachments_give_russian_messages(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf at all")
    with pytest.raises(ReportError, match="не является PDF"):
        build_referral_package_with_layout(
            make_data(), attachments=[AttachmentFile(path=fake, kind="pdf", title="Устав",
                                                     inventory_no=1)])
    with pytest.raises(ReportError, match="файл не найден"):
        build_referral_package_with_layout(
            make_data(), attachments=[AttachmentFile(path=tmp_path / "none.pdf", kind="pdf",
                                                     title="Устав", inventory_no=1)])
    jpg = tmp_path / "photo.png"
    Image.new("RGB", (10, 10)).save(jpg, format="JPEG")
    with pytest.raises(ReportError, match="ожидался файл PNG"):
        build_referral_package_with_layout(
            make_data(), attachments=[AttachmentFile(path=jpg, kind="png", title="Фото",
                                                     inventory_no=1)])


def test_final_package_needs_a_register_number() -> None:
    data = make_data()
    with pytest.raises(ValueError, match="исходящий номер"):
        PackageData.model_validate({**data.model_dump(), "register_number": None})
