"""Shared look of the documents: styles, margins, headers and footers, the «ПРОЕКТ» watermark.

reportlab builds the pages in two stages: first the content (pages are kept,
not written), then, once the total page count of the package is known,
headers and footers are drawn on every page — :class:`DeferredCanvas`.

Where page numbers go (the same in every document):

* the footer, 10 mm above the bottom edge, at the right margin —
  «Страница X из Y» over the whole document (in a package, the bound-in
  files included); on the left of the same line, a short reference to the
  document (letter number and date);
* the first page of the covering letter has no footer;
* from the second page of the letter on, the letter's page number is centred
  in the top margin (GOST R 7.0.97-2016, 6.5), 10 mm below the top edge.
"""

from __future__ import annotations

import copy
import datetime as dt
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaParser

from desktop_app.core import vocabulary
from desktop_app.core.formatting import format_money
from desktop_app.core.reports import fonts
from desktop_app.core.reports.models import Confidence, OrganizationInfo

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 12 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FOOTER_Y = 10 * mm
HEADER_Y = PAGE_HEIGHT - 12 * mm

GRID = colors.Color(0.45, 0.45, 0.45)
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF)
"""Шрифт строковых ячеек таблиц (иначе reportlab подставил бы невстроенный Helvetica)."""
HEADER_FILL = colors.Color(0.90, 0.90, 0.90)
WATERMARK_GREY = colors.Color(0.86, 0.86, 0.86)
WATERMARK_TEXT = "ПРОЕКТ"

RESULT_LABELS = vocabulary.CHECK_RESULTS
CONFIDENCE_LABELS = vocabulary.CONFIDENCES
CONFIDENCE_MARKS: dict[Confidence, str] = {
    Confidence.VERIFIED: "[П]",
    Confidence.REPORTED: "[С]",
    Confidence.ASSUMED: "[Д]",
}
CONFIDENCE_LEGEND = (
    "Достоверность правила: [П] — подтверждено официальным источником; "
    "[С] — по сообщениям (вторичные источники); [Д] — допущение, требует подтверждения."
)


def markup(text: str | None) -> str:
    """Text → reportlab paragraph markup: escaping, line breaks, the «₽» sign.

    The body font has no rouble sign; it is set in the fallback font.
    """
    if not text:
        return ""
    out = escape(text).replace("\r\n", "\n").replace("\n", "<br/>")
    return out.replace("₽", f'<font name="{fonts.SYMBOL}">₽</font>')


def money(kopecks: int | None) -> str:
    """An amount for tables: non-breaking spaces so that it never wraps."""
    return format_money(kopecks, nbsp=True)


def date_text(value: dt.date | None) -> str:
    """``дд.мм.гггг``; a timestamp in its own time zone (not converted)."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def datetime_text(value: dt.datetime | None) -> str:
    """``дд.мм.гггг чч:мм`` in the time zone of the timestamp itself."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y %H:%M")


def pdf_date(value: dt.datetime) -> str:
    """A date in PDF format: ``D:20260305143000+05'00'``."""
    offset = value.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mi = divmod(abs(minutes), 60)
    return f"D:{value.strftime('%Y%m%d%H%M%S')}{sign}{hh:02d}'{mi:02d}'"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the documents."""

    body: ParagraphStyle
    letter: ParagraphStyle
    normal: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead: ParagraphStyle
    right: ParagraphStyle


_cache: dict[str, Styles] = {}


def styles() -> Styles:
    """The styles (fonts are registered on the first call)."""
    if "styles" not in _cache:
        fonts.register_fonts()
        base = ParagraphStyle(
            "rci-base", fontName=fonts.SERIF, fontSize=12, leading=15, alignment=TA_LEFT
        )
        cell = ParagraphStyle("rci-cell", parent=base, fontSize=9.5, leading=11.5)
        _cache["styles"] = Styles(
            body=ParagraphStyle("rci-body", parent=base, alignment=TA_JUSTIFY, spaceAfter=4),
            letter=ParagraphStyle(
                "rci-letter",
                parent=base,
                fontSize=13,
                leading=17,
                alignment=TA_JUSTIFY,
                firstLineIndent=12.5 * mm,
            ),
            normal=base,
            small=ParagraphStyle("rci-small", parent=base, fontSize=10, leading=12),
            cell=cell,
            cell_right=ParagraphStyle("rci-cell-r", parent=cell, alignment=TA_RIGHT),
            cell_center=ParagraphStyle("rci-cell-c", parent=cell, alignment=TA_CENTER),
            cell_head=ParagraphStyle(
                "rci-cell-h", parent=cell, fontName=fonts.SERIF_BOLD, alignment=TA_CENTER
            ),
            mono=ParagraphStyle("rci-mono", parent=cell, fontName=fonts.MONO, fontSize=8),
            title=ParagraphStyle(
                "rci-title",
                parent=base,
                fontName=fonts.SERIF_BOLD,
                fontSize=14,
                leading=18,
                alignment=TA_CENTER,
                spaceAfter=4,
            ),
            subtitle=ParagraphStyle(
                "rci-subtitle", parent=base, fontSize=11, leading=14, alignment=TA_CENTER,
                spaceAfter=8,
            ),
            heading=ParagraphStyle(
                "rci-heading",
                parent=base,
                fontName=fonts.SERIF_BOLD,
                fontSize=12,
                leading=15,
                spaceBefore=8,
                spaceAfter=4,
            ),
            letterhead_name=ParagraphStyle(
                "rci-lh-name",
                parent=base,
                fontName=fonts.SERIF_BOLD,
                fontSize=11.5,
                leading=14,
                alignment=TA_CENTER,
            ),
            letterhead=ParagraphStyle(
                "rci-lh", parent=base, fontSize=9, leading=11, alignment=TA_CENTER
            ),
            right=ParagraphStyle("rci-right", parent=base, alignment=TA_RIGHT),
        )
    return _cache["styles"]


_plain_fragments: weakref.WeakKeyDictionary[ParagraphStyle, tuple[dict[str, Any], Any]] = (
    weakref.WeakKeyDictionary()
)
"""Per style: the style's attributes when it was probed, and the fragment reportlab's
markup parser made of a plain text in it."""


def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment the markup parser makes of a text without markup in ``style``."""
    known = _plain_fragments.get(style)
    if known is not None and known[0] == style.__dict__:
        return known[1]
    _style, frags, _bullet = ParaParser(caseSensitive=1).parse("x", style)
    if not frags or len(frags) != 1 or _style is not style:
        return None
    _plain_fragments[style] = (dict(style.__dict__), frags[0])
    return frags[0]


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that parses plain text without the markup parser and breaks
    its lines once per width.

    Most cells of the documents are plain text (no tags, no entities: ``<``
    and ``&`` absent), which the markup parser turns into one fragment of the
    style's font with the text in it; that fragment is made once per style
    and copied with the text, the same object the parser would have made.

    platypus wraps a table cell's paragraph several times at the same width:
    to size its row, again for every page a long table is split over, and
    before drawing it. The line breaks depend only on the text, the style and
    the width, so a repeated wrap at the width of the last one returns the
    size found then. A split (which replaces or drops the broken lines) or
    another width breaks the lines again.
    """

    def _setup(
        self, text: Any, style: ParagraphStyle, bulletText: Any, frags: Any, cleaner: Any
    ) -> None:
        if (
            frags is None
            and bulletText is None
            and isinstance(text, str)
            and "<" not in text
            and "&" not in text
            and not style.textTransform
        ):
            cleaned = cleaner(text)
            template = _plain_fragment(style) if cleaned else None
            if template is not None:
                frag = copy.copy(template)
                for name, value in template.__dict__.items():
                    if isinstance(value, list):  # no list shared between paragraphs
                        setattr(frag, name, list(value))
                frag.text = cleaned
                text, frags = cleaned, [frag]
        super()._setup(text, style, bulletText, frags, cleaner)

    _wrapped: tuple[float, Any] | None = None
    """(width, line-break structure) of the last wrap."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        if (
            done is not None
            and done[0] == availWidth
            and self.__dict__.get("blPara") is done[1]
        ):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        line_breaks = self.__dict__.get("blPara")
        self._wrapped = None if line_breaks is None else (availWidth, line_breaks)
        return size


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Para(markup(text), style)


CELL_PADDING = 6.0
"""Left and right padding of a table cell together (see :func:`grid_table`)."""


def fitted(
    text: str | None, style: ParagraphStyle, width: float, minimum: float = 7.0
) -> Paragraph:
    """A table cell whose every word fits the column: never a word broken mid-word.

    The paragraph wraps at spaces; if the longest word is wider than the
    column, the font of this cell is made smaller (not below ``minimum``).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = width - CELL_PADDING
    words = (text or "").split()
    longest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)
    if longest <= room:
        return para(text, style)
    size = max(minimum, style.fontSize * room / longest)
    return para(
        text,
        ParagraphStyle(f"{style.name}-fit", parent=style, fontSize=size, leading=size * 1.2),
    )


def signature_block(position: Flowable, name: Flowable, left: float, line: float) -> Table:
    """Position on the left, a line to sign on, initials and surname on the right."""
    table = Table(
        [[position, "", name]],
        colWidths=[left, line, FRAME_WIDTH - left - line],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
            ]
        )
    )
    return table


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with a grid and a grey header row (repeated on every page)."""
    table = Table(
        [list(r) for r in rows],
        colWidths=list(col_widths),
        repeatRows=header_rows,
        splitByRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(rows: Sequence[tuple[str, str | None]], label_width: float = 62 * mm) -> Table:
    """A «field — value» table (empty values print as «—»)."""
    st = styles()
    label = ParagraphStyle("rci-kv-label", parent=st.cell, fontName=fonts.SERIF_BOLD)
    data = [
        [para(k, label), para(v if (v or "").strip() else "—", st.cell)] for k, v in rows
    ]
    return grid_table(data, [label_width, FRAME_WIDTH - label_width], header_rows=0)


def letterhead(org: OrganizationInfo, width: float) -> list[Flowable]:
    """The centre's letterhead: logo, full and short name, contact details."""
    from reportlab.platypus import Image, Spacer

    st = styles()
    items: list[Flowable] = []
    if org.logo_path is not None and org.logo_path.is_file():
        try:
            logo = Image(str(org.logo_path))
            scale = min(1.0, (18 * mm) / max(logo.imageHeight, 1), width / max(logo.imageWidth, 1))
            logo.drawWidth = logo.imageWidth * scale
            logo.drawHeight = logo.imageHeight * scale
            logo.hAlign = "CENTER"
            items.extend([logo, Spacer(1, 2 * mm)])
        except Exception:  # noqa: S110 - an unreadable logo must not stop the letter
            pass
    items.append(para(org.full_name, st.letterhead_name))
    if org.short_name and org.short_name != org.full_name:
        items.append(para(f"({org.short_name})", st.letterhead_name))
    ref: list[str] = []
    if org.address:
        ref.append(org.address)
    contact = ", ".join(
        x for x in (f"тел. {org.phone}" if org.phone else "", org.email or "", org.website or "")
        if x
    )
    if contact:
        ref.append(contact)
    ids = ", ".join(
        x
        for x in (
            f"ОГРН {org.ogrn}" if org.ogrn else "",
            (f"ИНН/КПП {org.inn}/{org.kpp}" if org.kpp else f"ИНН {org.inn}") if org.inn else "",
        )
        if x
    )
    if ids:
        ref.append(ids)
    if ref:
        items.append(Spacer(1, 1.5 * mm))
        items.append(para("\n".join(ref), st.letterhead))
    return items


class PartMarker(Flowable):  # type: ignore[misc]
    """An invisible mark at the start of a part: remembers its page number."""

    def __init__(self, key: str, sink: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.sink = sink
        self.width = 0
        self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink[self.key] = self.canv.getPageNumber()


class BottomNote(Flowable):  # type: ignore[misc]
    """A block pushed to the bottom of the frame (the letter's executor note).

    ``top`` (the last line of the attachment note and the signature) is drawn
    at the top of the same block, so they always stay on one page: neither the
    signature nor the executor is ever alone on a page of its own.
    """

    def __init__(self, flowables: list[Paragraph], top: Sequence[Flowable] = ()) -> None:
        super().__init__()
        self.items = flowables
        self.top = list(top)
        self._heights: list[float] = []
        self._top_heights: list[float] = []
        self._avail_w = 0.0

    def _content_height(self, avail_width: float) -> float:
        self._avail_w = avail_width
        self._heights = [p.wrap(avail_width, 10_000)[1] for p in self.items]
        self._top_heights = [f.wrap(avail_width, 10_000)[1] for f in self.top]
        return sum(self._top_heights) + sum(self._heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = self._content_height(availWidth)
        self.width = availWidth
        self.height = availHeight if availHeight >= need else need
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, h in zip(self.top, self._top_heights, strict=True):
            y -= h
            f.wrap(self._avail_w, 10_000)
            f.drawOn(self.canv, 0, y)
        y = sum(self._heights)
        for p, h in zip(self.items, self._heights, strict=True):
            y -= h
            p.wrap(self._avail_w, 10_000)
            p.drawOn(self.canv, 0, y)


def draw_watermark(canv: Canvas, width: float, height: float, *, alpha: float = 1.0) -> None:
    """A large light-grey diagonal «ПРОЕКТ» across the whole page."""
    import math

    canv.saveState()
    diag = math.hypot(width, height)
    size = diag / 6.2
    canv.setFont(fonts.SERIF_BOLD, size)
    canv.setFillColor(WATERMARK_GREY)
    if alpha < 1.0:
        canv.setFillAlpha(alpha)
    canv.translate(width / 2, height / 2)
    canv.rotate(math.degrees(math.atan2(height, width)))
    canv.drawCentredString(0, -size * 0.35, WATERMARK_TEXT)
    canv.restoreState()


def draw_footer(
    canv: Canvas, page_no: int, total: int, left_text: str, width: float = PAGE_WIDTH
) -> None:
    """The footer: the document reference on the left, «Страница X из Y» on the right."""
    canv.saveState()
    canv.setFont(fonts.SERIF, 9)
    canv.setFillColor(colors.Color(0.25, 0.25, 0.25))
    right = width - MARGIN_RIGHT
    label = f"Страница {page_no} из {total}"
    canv.drawRightString(right, FOOTER_Y, label)
    if left_text:
        room = right - MARGIN_LEFT - canv.stringWidth(label, fonts.SERIF, 9) - 6 * mm
        text = left_text
        while text and canv.stringWidth(text, fonts.SERIF, 9) > room:
            text = text[:-2] + "…"
        canv.drawString(MARGIN_LEFT, FOOTER_Y, text)
    canv.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canv.setLineWidth(0.4)
    canv.line(MARGIN_LEFT, FOOTER_Y + 11, right, FOOTER_Y + 11)
    canv.restoreState()


PageDecorator = Callable[[Canvas, int, int], None]
"""(холст, номер страницы в документе с 0, страниц в документе) → рисует колонтитулы."""


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps the pages and writes them only in :meth:`finish`.

    reportlab's ``save()`` does nothing; :meth:`finish` draws headers and
    footers on every page (once the numbering of the whole package is known)
    and writes the PDF.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self._pending: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pending.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Deferred to :meth:`finish`."""

    @property
    def page_count(self) -> int:
        return len(self._pending)

    def finish(self, decorate: PageDecorator) -> None:
        total = len(self._pending)
        for index, state in enumerate(self._pending):
            self.__dict__.update(state)
            decorate(self, index, total)
            Canvas.showPage(self)
        Canvas.save(self)


class CanvasFactory:
    """``canvasmaker`` for ``doc.build``: remembers the canvas it made."""

    def __init__(self) -> None:
        self.canvas: DeferredCanvas | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> DeferredCanvas:
        self.canvas = DeferredCanvas(*args, **kwargs)
        return self.canvas


def build_simple_document(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    footer_ref: str,
    draft: bool,
    created: dt.datetime | None = None,
) -> bytes:
    """A single A4 document with the «Страница X из Y» footer (conclusion, checklist).

    ``created`` (time-zone-aware) is the document's own moment — the check of a
    conclusion, the dossier state of a checklist — and becomes the PDF's
    creation and modification date. The same story and moment give the same
    bytes: nothing of the moment of rendering goes into the file.
    """
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    styles()
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            draw_watermark(canv, PAGE_WIDTH, PAGE_HEIGHT)

    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=1,
        initialFontName=fonts.SERIF,
        title=title,
        author=author,
        subject=subject,
        creator="RCI Intake",
        producer="RCI Intake (reportlab)",
        lang="ru",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    factory = CanvasFactory()
    doc.build(story, canvasmaker=factory)
    canv = factory.canvas
    assert canv is not None
    if created is not None:
        stamp = pdf_date(created)
        canv.setDateFormatter(lambda *_ymdhms: stamp)
    canv.finish(lambda c, index, total: draw_footer(c, index + 1, total, footer_ref))
    return buffer.getvalue()
