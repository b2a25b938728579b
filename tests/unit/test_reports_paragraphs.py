"""The documents' paragraphs: the short cuts they take print exactly what reportlab prints."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus.paraparser import ParaParser
from test_reports_package import make_data, make_pdf

from desktop_app.core.reports import build_referral_package_with_layout, fonts
from desktop_app.core.reports import layout as L
from desktop_app.core.reports.models import AttachmentFile

TEXTS = [
    "Выписка из ЕГРЮЛ",
    "  Сумма\u00a0гранта —   12\u00a0345,67\u00a0₽  ",
    "строка\nвторая строка\r\nтретья\tс табуляцией",
    "не подшит, направляется отдельно",
    "3",
    "A" * 300,
    "\u00a0",
]


def _styles() -> list[ParagraphStyle]:
    st = L.styles()
    return [
        st.cell, st.cell_center, st.cell_right, st.cell_head, st.mono, st.letter, st.title,
        st.small.clone("rci-test-grey", textColor="#555555", fontSize=7.5),
    ]


def _pdf(make: Callable[[str, ParagraphStyle], Paragraph]) -> bytes:
    """Every text in every style, one after another over pages."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1, initialFontName=fonts.SERIF)
    story = [make(t, s) for s in _styles() for t in TEXTS]
    doc.build(story, canvasmaker=Canvas)
    return buf.getvalue()


def test_plain_text_prints_as_reportlabs_own_paragraph() -> None:
    for style in _styles():
        for text in TEXTS:
            ours, theirs = L.Para(text, style), Paragraph(text, style)
            assert ours.text == theirs.text
            assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags]
    assert _pdf(L.Para) == _pdf(Paragraph)


def test_plain_text_cells_are_not_run_through_the_markup_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[str] = []
    parse = ParaParser.parse

    def counting(self: ParaParser, text: str, style: ParagraphStyle) -> Any:
        parsed.append(text)
        return parse(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", counting)
    build_referral_package_with_layout(make_data(n_cost=30, n_inv=40, n_check=20))
    with_markup = [t for t in parsed if "<" in t or "&" in t]
    # the rest: one plain sample per style, not one per cell
    assert len(parsed) - len(with_markup) < 40
    assert len(with_markup) < len(parsed)


def test_a_changed_style_gets_its_new_font_size() -> None:
    style = L.styles().cell.clone("rci-test-changing")
    assert L.Para("текст", style).frags[0].fontSize == style.fontSize
    style.fontSize = 17
    assert L.Para("текст", style).frags[0].fontSize == 17


def test_lines_are_broken_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    breaks = Paragraph.breakLines

    def counting(self: Paragraph, width: Any) -> Any:
        calls.append(width)
        return breaks(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    text = "Разработка конструкторской документации на комплектующие изделия " * 6
    p = L.Para(text, L.styles().cell)
    size = p.wrap(200, 1000)
    assert p.wrap(200, 1000) == size and p.wrap(200, 50) == size
    assert len(calls) == 1
    narrow = p.wrap(100, 1000)
    assert narrow[1] > size[1] and len(calls) == 2
    assert p.wrap(200, 1000) == size and len(calls) == 3
    # a split still gives the lines of the width it was made at
    first, rest = p.split(200, size[1] / 2)
    reference = Paragraph(text, L.styles().cell)
    reference.wrap(200, 1000)
    ref_first, ref_rest = reference.split(200, size[1] / 2)
    assert first.wrap(200, 1000) == ref_first.wrap(200, 1000)
    assert rest.wrap(200, 1000) == ref_rest.wrap(200, 1000)


def test_the_package_is_byte_for_byte_what_reportlab_paragraphs_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long tables split over many pages, a draft, a bound-in file: same bytes."""
    data = make_data(draft=True, n_cost=45, n_inv=70, n_check=40)
    att = [AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 3), kind="pdf", title="Устав",
                          inventory_no=1)]
    ours = build_referral_package_with_layout(data, attachments=att)[0]
    monkeypatch.setattr(L, "Para", Paragraph)
    theirs = build_referral_package_with_layout(data, attachments=att)[0]
    assert ours == theirs
