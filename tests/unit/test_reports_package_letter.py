"""The referral letter and package read as a records clerk reads them (issue 13).

Everything is checked from the PDF: its text (pypdf), its bookmarks, where text
is drawn and which objects it holds.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from test_reports_package import make_data, make_pdf, positions, texts

from desktop_app.core.reports import build_referral_package_with_layout
from desktop_app.core.reports.models import AttachmentFile, InventoryRow
from desktop_app.core.reports.package import (
    LONG_NOTE,
    NUMBERED_PARTS,
    PART_INVENTORY,
    STAMP_BAND,
)

DATE = "05.03.2026"
NUMBER = "РИЦ-2026/0042"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def letter_text(pdf: bytes, letter_pages: int) -> str:
    return flat(" ".join(texts(pdf)[:letter_pages]))


@pytest.mark.parametrize(
    ("full_name", "in_letter"),
    [
        ("Акционерное общество «Пермский завод газотурбинных установок»",
         "заявку акционерного общества «Пермский завод газотурбинных установок» (ИНН"),
        ("Общество с ограниченной ответственностью «Завод «Прогресс»»",
         "заявку общества с ограниченной ответственностью «Завод „Прогресс“» (ИНН"),
        ("Публичное акционерное общество «Пермские моторы»",
         "заявку публичного акционерного общества «Пермские моторы» (ИНН"),
        ("Индивидуальный предприниматель Сидоров Пётр Кузьмич",
         "заявку индивидуального предпринимателя Сидорова П.К. (ИНН"),
        ("ИП Козловская Анна Сергеевна",
         "заявку индивидуального предпринимателя Козловской А.С. (ИНН"),
    ],
)
def test_letter_names_the_applicant_declined_in_lower_case(full_name: str, in_letter: str) -> None:
    pdf, layout = build_referral_package_with_layout(make_data(name=full_name))
    text = letter_text(pdf, layout.letter_pages)
    assert in_letter in text
    assert full_name not in text  # the nominative full name belongs in the card
    card = flat(texts(pdf)[layout.letter_pages + layout.part_pages[PART_INVENTORY]])
    assert full_name in card


LATIN_ALLOWED = [
    re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),  # e-mails
    re.compile(r"(https?://|www\.)\S+"),  # addresses on the web
    re.compile(r"\b[0-9a-f]{16,64}\b"),  # checksums
    re.compile(r"SHA-256"),  # the name of the checksum
]


def test_no_latin_letters_in_what_the_centre_prints(tmp_path: Path) -> None:
    atts = [AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 2), kind="pdf", title="Устав",
                           inventory_no=1)]
    pdf, layout = build_referral_package_with_layout(make_data(), attachments=atts)
    own_pages = layout.letter_pages + sum(layout.part_pages.values())
    pages = texts(pdf)
    for no, text in enumerate(pages[:own_pages], 1):
        # hex digests are wrapped over two lines in the table: join them first
        rest = re.sub(r"([0-9a-f]{32})\s*\n\s*([0-9a-f]{32})", r"\1\2", text)
        for pattern in LATIN_ALLOWED:
            rest = pattern.sub(" ", rest)
        assert not re.search(r"[A-Za-z]", rest), (no, re.findall(r"\S*[A-Za-z]\S*", rest))
    for text in pages[own_pages:]:  # the mark on bound-in pages is Russian too
        assert "Приложение № 5 к письму" in text
    assert "atd-reverse" not in "".join(pages)


def outline_titles(reader: PdfReader) -> list[str]:
    out: list[str] = []
    for item in reader.outline:
        if isinstance(item, list):
            out.extend(child.title for child in item)
        else:
            out.append(item.title)
    return out


def test_one_numbering_in_letter_inventory_bookmarks_and_marks(tmp_path: Path) -> None:
    atts = [
        AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 2), kind="pdf", title="Устав",
                       inventory_no=1),
        AttachmentFile(path=make_pdf(tmp_path / "c.pdf", 3), kind="pdf", title="Смета",
                       inventory_no=3),
    ]
    pdf, layout = build_referral_package_with_layout(make_data(n_inv=4), attachments=atts)
    pages = texts(pdf)
    letter = letter_text(pdf, layout.letter_pages)
    inventory = flat(" ".join(pages[layout.letter_pages:layout.letter_pages
                                    + layout.part_pages[PART_INVENTORY]]))
    titles = outline_titles(PdfReader(io.BytesIO(pdf)))
    expected = {n: part for n, part in enumerate(NUMBERED_PARTS, 1)}
    expected[5] = "Выписка из ЕГРЮЛ: Документ описи 1"
    expected[7] = "Выписка из ЕГРЮЛ: Документ описи 3"
    for no, title in expected.items():
        assert re.search(rf"(^| ){no}\. {re.escape(title)} на \d+ л\. в 1 экз\.", letter), no
        assert f"{no} {title}" in inventory, no
        assert f"Приложение № {no}. {title}" in titles, no
    # the documents not bound in keep their numbers in the inventory only
    assert "6. Выписка" not in letter and "6 Выписка из ЕГРЮЛ: Документ описи 2" in inventory
    assert "не подшиты и направляются отдельно" in letter and "№ 6, 8" in letter
    # every generated part says which attachment it is
    first_part = layout.letter_pages + layout.part_pages[PART_INVENTORY]
    for no in range(1, 5):
        start = first_part + sum(layout.part_pages[p] for p in NUMBERED_PARTS[: no - 1])
        assert f"Приложение № {no} к письму от {DATE} № {NUMBER}" in flat(pages[start])
    # every page of a bound-in document carries its mark
    bound = pages[layout.total_pages - 5:]
    for k, text in enumerate(bound[:2], 1):
        assert f"Приложение № 5 к письму от {DATE} № {NUMBER}, лист {k} из 2" in flat(text)
    for k, text in enumerate(bound[2:], 1):
        assert f"Приложение № 7 к письму от {DATE} № {NUMBER}, лист {k} из 3" in flat(text)


def test_long_attachment_list_refers_to_the_inventory(tmp_path: Path) -> None:
    one = make_pdf(tmp_path / "one.pdf", 1)
    atts = [AttachmentFile(path=one, kind="pdf", title=f"Д{i}", inventory_no=i)
            for i in range(1, LONG_NOTE)]
    pdf, layout = build_referral_package_with_layout(
        make_data(n_inv=LONG_NOTE - 1), attachments=atts)
    letter = letter_text(pdf, layout.letter_pages)
    inv_pages = layout.part_pages[PART_INVENTORY]
    assert f"Приложение: согласно описи на {inv_pages} л. в 1 экз." in letter
    assert "1. Карточка заявителя" not in letter


def test_attachment_note_splits_across_pages_instead_of_leaving_a_gap() -> None:
    sentence = "Текст письма, который занимает место на странице. "
    for n in range(30, 80):
        data = make_data().model_copy(update={"letter_body": sentence * n})
        pdf, layout = build_referral_package_with_layout(data)
        pages = [flat(t) for t in texts(pdf)[: layout.letter_pages]]
        if layout.letter_pages == 2 and "Приложение:" in pages[0] and (
            "Опись приложений на" in pages[1]
        ):
            break
    else:
        pytest.fail("the attachment note never split over two pages")
    assert "1. Карточка заявителя" in pages[0]  # the note began on page 1
    # the signature and the executor follow the note's last line, never alone on a page
    assert "Руководитель РИЦ" in pages[1] and "Исп. Сидорова" in pages[1]


def test_stamp_sits_outside_the_bound_in_content(tmp_path: Path) -> None:
    # a document whose content reaches every edge of the page, with its own footer
    path = tmp_path / "edges.pdf"
    canv = Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    for x, y in ((1, 1), (w - 60, 1), (1, h - 10), (w - 60, h - 10)):
        canv.drawString(x, y, "EDGE")
    canv.drawString(w / 2 - 40, 12, "OWN FOOTER")
    canv.showPage()
    canv.save()
    att = [AttachmentFile(path=path, kind="pdf", title="Устав", inventory_no=1)]
    pdf, layout = build_referral_package_with_layout(make_data(), attachments=att)
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[layout.total_pages - 1]
    found = positions(page)
    content = [(x, y) for t, x, y in found if t in ("EDGE", "OWN FOOTER")]
    stamp = [(x, y) for t, x, y in found if t.startswith(("Приложение №", "Страница"))]
    assert len(content) == 5 and len(stamp) == 2
    content_bottom = min(y for _x, y in content)
    assert content_bottom >= STAMP_BAND - 0.5  # the original page box sits on the band
    assert all(0 < x < w for x, _y in content) and all(y < h for _x, y in content)
    for _x, y in stamp:
        assert y + 9 < content_bottom  # the mark's line stays below the document
    # the mark is not laid on a white band
    for ref in page["/Resources"]["/XObject"].values():
        data = ref.get_object().get_data()
        assert b" re" not in data and b"1 1 1 rg" not in data


def _walk(obj: object, seen: set[int], keys: set[str]) -> None:
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            keys.add(str(key))
            if key != "/Parent":
                _walk(value, seen, keys)
            if key == "/S":
                keys.add(str(value))
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _walk(value, seen, keys)


def _active_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=make_pdf(path.with_suffix(".src.pdf"), 2))
    script = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('hello');"),
    })
    writer._root_object[NameObject("/Names")] = DictionaryObject({
        NameObject("/JavaScript"): DictionaryObject({
            NameObject("/Names"): ArrayObject([TextStringObject("hello"), script]),
        })
    })
    writer.add_attachment("payload.exe", b"MZ not really")
    launch = DictionaryObject({
        NameObject("/S"): NameObject("/Launch"),
        NameObject("/F"): TextStringObject("calc.exe"),
    })
    writer._root_object[NameObject("/OpenAction")] = launch
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({
        NameObject("/O"): DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(2);"),
        })
    })
    link = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Link"),
        NameObject("/Rect"): ArrayObject([]),
        NameObject("/A"): launch,
    })
    link[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in (10, 10, 100, 30)])
    page[NameObject("/Annots")] = ArrayObject([link])
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_active_content_is_removed_and_the_inventory_says_so(tmp_path: Path) -> None:
    path = _active_pdf(tmp_path / "active.pdf")
    keys: set[str] = set()
    _walk(PdfReader(path).trailer["/Root"], set(), keys)
    assert {"/JavaScript", "/Launch", "/OpenAction", "/AA", "/EmbeddedFiles"} <= keys
    att = [AttachmentFile(path=path, kind="pdf", title="Устав", inventory_no=1)]
    pdf, layout = build_referral_package_with_layout(make_data(), attachments=att)
    reader = PdfReader(io.BytesIO(pdf))
    keys = set()
    _walk(reader.trailer["/Root"], set(), keys)
    for key in ("/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA", "/EmbeddedFiles",
                "/FileAttachment"):
        assert key not in keys, key
    inventory = flat(texts(pdf)[layout.letter_pages])
    assert "удалено активное содержимое: исполняемые сценарии, запуск программ" in inventory


def test_draft_has_watermark_and_no_number_or_date() -> None:
    pdf, layout = build_referral_package_with_layout(make_data(draft=True))
    pages = texts(pdf)
    assert all("ПРОЕКТ" in t for t in pages)
    full = flat(" ".join(pages))
    assert NUMBER not in full
    letter = letter_text(pdf, layout.letter_pages)
    assert "__________ № __________" in letter
    # the only date in the letter is the date of the check, not a date of the letter
    assert letter.count(DATE) == 1 and f"проведена {DATE}" in letter
    assert "к проекту письма" in full


def test_reissued_letter_and_answer_to_a_request() -> None:
    data = make_data().model_copy(update={
        "replaces_number": "РИЦ-2026/0017", "replaces_date": dt.date(2026, 2, 20),
        "incoming_number": "15/3-АТР", "incoming_date": dt.date(2026, 2, 27),
    })
    pdf, layout = build_referral_package_with_layout(data)
    letter = letter_text(pdf, layout.letter_pages)
    assert "Взамен исх. № РИЦ-2026/0017 от 20.02.2026" in letter
    assert "На № 15/3-АТР от 27.02.2026" in letter
    assert f"{DATE} № {NUMBER}" in letter


def test_package_without_attachments_says_how_documents_are_sent() -> None:
    data = make_data(n_inv=3).model_copy(
        update={"separate_delivery": "заявителем заказным письмом"})
    pdf, layout = build_referral_package_with_layout(data)
    letter = letter_text(pdf, layout.letter_pages)
    assert ("Документы заявителя, указанные в описи приложений под № 5–7, к письму не "
            "подшиты и направляются отдельно заявителем заказным письмом.") in letter
    assert "5. " not in letter


def test_inventory_never_breaks_a_word_and_has_copy_pages_and_hashes() -> None:
    long_word = "софинансировании"
    data = make_data(n_inv=2)
    rows = [
        InventoryRow(no=1, type_title=f"Гарантийное письмо о {long_word}",
                     title="Письмо о намерениях по высокотехнологичному "
                           "импортозамещающему производству", pages=3,
                     sha256="a" * 64, original=True),
        InventoryRow(no=2, type_title="Бухгалтерская отчётность", pages=12, sha256="b" * 64),
    ]
    pdf, layout = build_referral_package_with_layout(
        data.model_copy(update={"inventory": rows}))
    raw = texts(pdf)[layout.letter_pages]
    for word in (long_word, "высокотехнологичному", "импортозамещающему", "отчётность",
                 "Подлинник"):
        assert word in raw, word  # never split over two lines
    text = flat(raw)
    assert "5 Гарантийное письмо" in text and "подлинник 3" in text
    assert "6 Бухгалтерская отчётность" in text and "копия 12" in text
    assert "a" * 64 in text.replace(" ", "") and "b" * 64 in text.replace(" ", "")
