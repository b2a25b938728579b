"""Binding files into the package: reading attachments, images onto A4 sheets, page stamps.

A bound-in page keeps its size; its own content is scaled down into a frame
that leaves a band at the bottom edge (:data:`STAMP_BAND`), and the stamp
(«Приложение № N к письму …», «Страница X из Y», the draft watermark) is
drawn in that band as a separate Form XObject, so it never covers the
document. The page's content stream is neither parsed nor rewritten: it is
wrapped in ``q … cm … Q``, so binding hundreds of pages stays fast.

Active content is removed from every bound-in PDF (JavaScript, actions run on
opening or on page events, launch actions, embedded files, annotations that
carry actions); :func:`load_attachment` says what was removed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.reports.fonts import SERIF, ReportError, register_fonts
from desktop_app.core.reports.models import AttachmentFile
from desktop_app.core.reports.pdf_internals import add_indirect_object

_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}
_KIND_NAMES = {"pdf": "PDF", "png": "PNG", "jpeg": "JPEG", "tiff": "TIFF"}
IMAGE_MARGIN = 10 * mm


@dataclass(frozen=True)
class LoadedAttachment:
    """An attachment ready to bind in: the PDF and its page count."""

    source: AttachmentFile
    pdf: PdfReader
    pages: int
    sha256: bytes
    removed: tuple[str, ...] = ()
    """What active content was removed, in Russian (for the inventory)."""


def _where(att: AttachmentFile) -> str:
    return f"Приложение № {att.inventory_no} «{att.title}» (файл «{att.path.name}»)"


def load_attachment(att: AttachmentFile) -> LoadedAttachment:
    """Read an attachment file; an image is laid out on A4 sheets.

    Raises:
        ReportError: the file is missing, unreadable, damaged, password-protected
            or its content is not of the kind stated.
    """
    import hashlib

    try:
        raw = att.path.read_bytes()
    except FileNotFoundError:
        raise ReportError(
            f"{_where(att)}: файл не найден; проверьте хранилище документов"
        ) from None
    except OSError as exc:
        raise ReportError(f"{_where(att)}: файл не читается ({exc.strerror or exc})") from None
    digest = hashlib.sha256(raw).digest()
    if att.kind == "pdf":
        if not raw.lstrip()[:5].startswith(b"%PDF"):
            raise ReportError(f"{_where(att)}: файл не является PDF")
        try:
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReportError(
                    f"{_where(att)}: PDF защищён паролем; приложите копию без пароля"
                )
            count = len(reader.pages)
        except ReportError:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ReportError(f"{_where(att)}: PDF повреждён и не читается ({exc})") from None
        if count == 0:
            raise ReportError(f"{_where(att)}: в PDF нет ни одной страницы")
        return LoadedAttachment(att, reader, count, digest, remove_active_content(reader))
    pdf = image_to_pdf(raw, att)
    reader = PdfReader(io.BytesIO(pdf))
    return LoadedAttachment(att, reader, len(reader.pages), digest)


def image_to_pdf(raw: bytes, att: AttachmentFile) -> bytes:
    """An image (every TIFF frame) → A4 pages, fitted keeping its proportions."""
    expected = _PIL_FORMATS[att.kind]
    try:
        image = Image.open(io.BytesIO(raw))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReportError(
            f"{_where(att)}: изображение повреждено или не распознано ({exc})"
        ) from None
    if image.format != expected:
        raise ReportError(
            f"{_where(att)}: ожидался файл {_KIND_NAMES[att.kind]}, "
            f"а по содержимому это {image.format or 'неизвестный формат'}"
        )
    register_fonts()
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SERIF)
    try:
        for frame in ImageSequence.Iterator(image):
            picture = ImageOps.exif_transpose(frame.copy())
            if picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGBA" if "A" in picture.mode else "RGB")
                if picture.mode == "RGBA":
                    white = Image.new("RGB", picture.size, (255, 255, 255))
                    white.paste(picture, mask=picture.getchannel("A"))
                    picture = white
            w_px, h_px = picture.size
            page = landscape(A4) if w_px > h_px else A4
            canv.setPageSize(page)
            box_w = page[0] - 2 * IMAGE_MARGIN
            box_h = page[1] - 2 * IMAGE_MARGIN - 8 * mm  # room for the page stamp
            scale = min(box_w / w_px, box_h / h_px)
            draw_w, draw_h = w_px * scale, h_px * scale
            x = (page[0] - draw_w) / 2
            y = IMAGE_MARGIN + 8 * mm + (box_h - draw_h) / 2
            canv.drawImage(ImageReader(picture), x, y, draw_w, draw_h)
            canv.showPage()
    except (OSError, ValueError) as exc:
        raise ReportError(
            f"{_where(att)}: изображение не удалось разложить на листы ({exc})"
        ) from None
    canv.save()
    return buf.getvalue()


_ACTIVE_ANNOTS = ("/FileAttachment", "/Screen", "/Movie", "/Sound", "/RichMedia", "/3D")
_REMOVED_JS = "исполняемые сценарии"
_REMOVED_LAUNCH = "запуск программ"
_REMOVED_FILES = "вложенные файлы"
_REMOVED_OPEN = "действия при открытии"
_REMOVED_ANNOTS = "ссылки и поля с действиями"
_REMOVED_FORMS = "интерактивные формы XFA"


def _action_kinds(action: PdfObject | None, seen: set[int] | None = None) -> set[str]:
    """The /S names of an action and of the actions chained after it (/Next)."""
    seen = set() if seen is None else seen
    out: set[str] = set()
    obj = action.get_object() if action is not None else None
    if isinstance(obj, DictionaryObject):
        if id(obj) in seen:
            return out
        seen.add(id(obj))
        kind = obj.get("/S")
        if kind is not None:
            out.add(str(kind))
        if "/JS" in obj:
            out.add("/JavaScript")
        nxt = obj.get("/Next")
        items = nxt.get_object() if nxt is not None else None
        for item in items if isinstance(items, ArrayObject) else [items] if items else []:
            out |= _action_kinds(item, seen)
    elif isinstance(obj, ArrayObject):
        for item in obj:
            out |= _action_kinds(item, seen)
    return out


def _note_kinds(kinds: set[str], removed: set[str]) -> None:
    if "/JavaScript" in kinds:
        removed.add(_REMOVED_JS)
    if "/Launch" in kinds:
        removed.add(_REMOVED_LAUNCH)


def remove_active_content(reader: PdfReader) -> tuple[str, ...]:
    """Strip what a PDF could run or carry, in place; return what was removed (Russian).

    Removed: the document's open action and additional actions, its JavaScript
    and embedded files, XFA forms; every page's additional actions; annotations
    that carry an action or a file (links to a web address included: the
    address stays visible as text on the page).
    """
    removed: set[str] = set()
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        return ()
    kinds: set[str]
    for key in ("/OpenAction", "/AA"):
        if key in root:
            kinds = _action_kinds(root[key])
            aa = root[key].get_object()
            if key == "/AA" and isinstance(aa, DictionaryObject):
                for value in aa.values():
                    kinds |= _action_kinds(value)
            _note_kinds(kinds, removed)
            removed.add(_REMOVED_OPEN)
            del root[key]
    names = root.get("/Names")
    names_obj = names.get_object() if names is not None else None
    if isinstance(names_obj, DictionaryObject):
        if "/JavaScript" in names_obj:
            removed.add(_REMOVED_JS)
            del names_obj["/JavaScript"]
        if "/EmbeddedFiles" in names_obj:
            removed.add(_REMOVED_FILES)
            del names_obj["/EmbeddedFiles"]
    form = root.get("/AcroForm")
    form_obj = form.get_object() if form is not None else None
    if isinstance(form_obj, DictionaryObject) and "/XFA" in form_obj:
        removed.add(_REMOVED_FORMS)
        del form_obj["/XFA"]
    for page in reader.pages:
        if "/AA" in page:
            aa = page["/AA"].get_object()
            kinds = set()
            if isinstance(aa, DictionaryObject):
                for value in aa.values():
                    kinds |= _action_kinds(value)
            _note_kinds(kinds, removed)
            removed.add(_REMOVED_OPEN)
            del page["/AA"]
        annots = page.get("/Annots")
        annots_obj = annots.get_object() if annots is not None else None
        if not isinstance(annots_obj, ArrayObject):
            continue
        kept = ArrayObject()
        for ref in annots_obj:
            annot = ref.get_object()
            if not isinstance(annot, DictionaryObject):
                continue
            subtype = str(annot.get("/Subtype", ""))
            active = subtype in _ACTIVE_ANNOTS or "/A" in annot or "/AA" in annot
            if not active:
                kept.append(ref)
                continue
            kinds = _action_kinds(annot.get("/A"))
            aa_obj = annot.get("/AA")
            if aa_obj is not None and isinstance(aa_obj.get_object(), DictionaryObject):
                for value in aa_obj.get_object().values():
                    kinds |= _action_kinds(value)
            _note_kinds(kinds, removed)
            removed.add(_REMOVED_FILES if subtype == "/FileAttachment" else _REMOVED_ANNOTS)
        if len(kept) != len(annots_obj):
            if kept:
                page[NameObject("/Annots")] = kept
            else:
                del page["/Annots"]
    order = (_REMOVED_JS, _REMOVED_LAUNCH, _REMOVED_OPEN, _REMOVED_FILES, _REMOVED_ANNOTS,
             _REMOVED_FORMS)
    return tuple(x for x in order if x in removed)


def visible_box(page: DictionaryObject) -> tuple[float, float, float, float, int]:
    """The visible area of a page: (x0, y0, width, height) before rotation, and the rotation."""
    box = page.get("/CropBox") or page.get("/MediaBox")
    if box is None:
        x0, y0, x1, y1 = 0.0, 0.0, float(A4[0]), float(A4[1])
    else:
        arr = box.get_object()
        x0, y0, x1, y1 = (float(v) for v in arr)
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    return min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0), rotate


def _form_matrix(x0: float, y0: float, w: float, h: float, rotate: int) -> list[float]:
    """The matrix that maps coordinates «as seen on screen» to page coordinates."""
    if rotate == 90:
        return [0, 1, -1, 0, x0 + w, y0]
    if rotate == 180:
        return [-1, 0, 0, -1, x0 + w, y0 + h]
    if rotate == 270:
        return [0, -1, 1, 0, x0, y0 + h]
    return [1, 0, 0, 1, x0, y0]


Matrix = tuple[float, float, float, float, float, float]


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    """``a`` then ``b`` (PDF row-vector convention: ``p × a × b``)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _inverse(m: Matrix) -> Matrix:
    det = m[0] * m[3] - m[1] * m[2]
    a, b, c, d = m[3] / det, -m[1] / det, -m[2] / det, m[0] / det
    return (a, b, c, d, -(m[4] * a + m[5] * c), -(m[4] * b + m[5] * d))


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    """A point through a PDF matrix."""
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def content_transform(page: DictionaryObject, band: float) -> Matrix:
    """The matrix that shrinks a page's content into its frame above the stamp band.

    In the coordinates the reader sees (rotation applied), the content keeps
    its proportions, is centred across and sits on top of a band of height
    ``band`` at the bottom edge; the returned matrix is in page coordinates.
    """
    x0, y0, w, h, rotate = visible_box(page)
    vis_w, vis_h = (h, w) if rotate in (90, 270) else (w, h)
    scale = max(vis_h - band, 1.0) / vis_h
    shrink: Matrix = (scale, 0, 0, scale, vis_w * (1 - scale) / 2, band)
    to_page = tuple(_form_matrix(x0, y0, w, h, rotate))
    assert len(to_page) == 6
    m: Matrix = (to_page[0], to_page[1], to_page[2], to_page[3], to_page[4], to_page[5])
    return _multiply(_multiply(_inverse(m), shrink), m)


def _number(value: float) -> bytes:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").encode()


def _move_annotations(page: DictionaryObject, m: Matrix) -> None:
    """Annotations (kept ones: notes, stamps, plain form fields) follow the content."""
    annots = page.get("/Annots")
    annots_obj = annots.get_object() if annots is not None else None
    if not isinstance(annots_obj, ArrayObject):
        return
    for ref in annots_obj:
        annot = ref.get_object()
        rect = annot.get("/Rect") if isinstance(annot, DictionaryObject) else None
        if rect is None:
            continue
        x1, y1, x2, y2 = (float(v) for v in rect.get_object())
        corners = [apply(m, x, y) for x in (x1, x2) for y in (y1, y2)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        annot[NameObject("/Rect")] = ArrayObject(
            [FloatObject(min(xs)), FloatObject(min(ys)), FloatObject(max(xs)),
             FloatObject(max(ys))]
        )


def _free_name(xobjects: DictionaryObject) -> NameObject:
    """The stamp's resource name: ``/RciStamp``, or the first free variant of it (a page
    bound in from an earlier package already holds one)."""
    name, n = "/RciStamp", 0
    while name in xobjects:
        n += 1
        name = f"/RciStamp{n}"
    return NameObject(name)


def _stamp_form(writer: PdfWriter, ov_page: DictionaryObject) -> DictionaryObject:
    """The overlay page's content as a new stream object of ``writer``.

    A single content stream is cloned as it is, still compressed: decoding and
    compressing it again for every bound page was most of the cost of stamping.
    """
    contents = ov_page.get("/Contents")
    resolved = contents.get_object() if contents is not None else None
    if isinstance(resolved, StreamObject):
        form = resolved.clone(writer, force_duplicate=True)
        assert isinstance(form, StreamObject)
        return form
    plain = DecodedStreamObject()
    ov_contents = ov_page.get_contents() if isinstance(ov_page, PageObject) else None
    plain.set_data(ov_contents.get_data() if ov_contents is not None else b"")
    encoded = plain.flate_encode()
    add_indirect_object(writer, encoded)
    return encoded


def stamp_pages(
    writer: PdfWriter,
    first_index: int,
    overlay_pdf: bytes,
    sizes: Sequence[tuple[float, float]],
    band: float,
) -> None:
    """Shrink the writer's pages from ``first_index`` on into their frames and lay the
    pages of ``overlay_pdf`` (drawn in «as seen» coordinates) over them.

    Objects every page would otherwise repeat are written once and shared: the
    opening of a page of a given frame, the closing that draws the stamp, the
    stamp's resources (fonts, transparency).
    """
    overlay = PdfReader(io.BytesIO(overlay_pdf))
    openings: dict[bytes, IndirectObject] = {}
    closings: dict[str, IndirectObject] = {}
    shared_res: list[tuple[DictionaryObject, IndirectObject]] = []
    for k, ov_page in enumerate(overlay.pages):
        page = writer.pages[first_index + k]
        x0, y0, w, h, rotate = visible_box(page)
        vis_w, vis_h = sizes[k]
        frame = content_transform(page, band)
        opening_data = (
            b"q " + b" ".join(_number(v) for v in frame) + b" cm "
            + b" ".join(_number(v) for v in (x0, y0, w, h)) + b" re W n\n"
        )
        opening_ref = openings.get(opening_data)
        if opening_ref is None:
            opening = DecodedStreamObject()
            opening.set_data(opening_data)
            opening_ref = openings[opening_data] = add_indirect_object(writer, opening)
        _move_annotations(page, frame)
        form = _stamp_form(writer, ov_page)
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(
            [FloatObject(0), FloatObject(0), FloatObject(vis_w), FloatObject(vis_h)]
        )
        form[NameObject("/Matrix")] = ArrayObject(
            [FloatObject(v) for v in _form_matrix(x0, y0, w, h, rotate)]
        )
        ov_res = ov_page.get("/Resources")
        if ov_res is not None:
            ov_dict = ov_res.get_object()
            assert isinstance(ov_dict, DictionaryObject)
            res_ref = next((ref for seen, ref in shared_res if seen == ov_dict), None)
            if res_ref is None:
                res_ref = add_indirect_object(writer, ov_dict.clone(writer))
                shared_res.append((ov_dict, res_ref))
            form[NameObject("/Resources")] = res_ref
        form_ref = form.indirect_reference
        assert form_ref is not None

        resources = page.get("/Resources")
        res = DictionaryObject(resources.get_object() if resources is not None else {})
        xobjects = res.get("/XObject")
        xo = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
        name = _free_name(xo)
        xo[name] = form_ref
        res[NameObject("/XObject")] = xo
        page[NameObject("/Resources")] = res

        closing_ref = closings.get(name)
        if closing_ref is None:
            closing = DecodedStreamObject()
            closing.set_data(b"\nQ\nq " + name.encode() + b" Do Q\n")
            closing_ref = closings[name] = add_indirect_object(writer, closing)
        contents = page.get("/Contents")
        parts: list[PdfObject] = [opening_ref]
        if contents is not None:
            resolved = contents.get_object()
            if isinstance(resolved, ArrayObject):
                parts.extend(resolved)
            elif isinstance(contents, IndirectObject):
                parts.append(contents)
            else:
                parts.append(add_indirect_object(writer, resolved))
        parts.append(closing_ref)
        page[NameObject("/Contents")] = ArrayObject(parts)


def visible_size(page: DictionaryObject) -> tuple[float, float]:
    """The page size as the reader sees it (/Rotate taken into account)."""
    _x0, _y0, w, h, rotate = visible_box(page)
    return (h, w) if rotate in (90, 270) else (w, h)


__all__ = [
    "LoadedAttachment",
    "apply",
    "content_transform",
    "image_to_pdf",
    "load_attachment",
    "remove_active_content",
    "stamp_pages",
    "visible_size",
]
