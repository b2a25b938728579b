"""Binding files into the package: reading attachments, images onto A4 sheets, page stamps.

The stamp («Страница X из Y», the draft watermark) is laid over a bound-in page
as a separate Form XObject: the page's own content is neither parsed nor
rewritten, so binding hundreds of pages is fast and the documents stay as
they were.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    PdfObject,
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
        return LoadedAttachment(att, reader, count, digest)
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


def stamp_pages(
    writer: PdfWriter, first_index: int, overlay_pdf: bytes, sizes: Sequence[tuple[float, float]]
) -> None:
    """Lay the pages of ``overlay_pdf`` over the writer's pages from ``first_index`` on."""
    overlay = PdfReader(io.BytesIO(overlay_pdf))
    opening = DecodedStreamObject()
    opening.set_data(b"q\n")
    opening_ref = add_indirect_object(writer, opening)
    for k, ov_page in enumerate(overlay.pages):
        page = writer.pages[first_index + k]
        x0, y0, _w, _h, rotate = visible_box(page)
        vis_w, vis_h = sizes[k]
        form = DecodedStreamObject()
        ov_contents = ov_page.get_contents()
        form.set_data(ov_contents.get_data() if ov_contents is not None else b"")
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(
            [FloatObject(0), FloatObject(0), FloatObject(vis_w), FloatObject(vis_h)]
        )
        form[NameObject("/Matrix")] = ArrayObject(
            [FloatObject(v) for v in _form_matrix(x0, y0, _w, _h, rotate)]
        )
        ov_res = ov_page.get("/Resources")
        if ov_res is not None:
            form[NameObject("/Resources")] = ov_res.get_object().clone(writer)
        form_ref = add_indirect_object(writer, form.flate_encode())
        name = NameObject(f"/RciStamp{k}")

        resources = page.get("/Resources")
        res = DictionaryObject(resources.get_object() if resources is not None else {})
        xobjects = res.get("/XObject")
        xo = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
        xo[name] = form_ref
        res[NameObject("/XObject")] = xo
        page[NameObject("/Resources")] = res

        closing = DecodedStreamObject()
        closing.set_data(b"\nQ\nq " + name.encode() + b" Do Q\n")
        closing_ref = add_indirect_object(writer, closing)
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
    "image_to_pdf",
    "load_attachment",
    "stamp_pages",
    "visible_size",
]
