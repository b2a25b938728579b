"""Generators of test document files (PDF, images, OOXML-like ZIPs, hostile ZIPs).

Everything is built in the test's tmp_path; nothing binary is committed.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter


def pdf_bytes(pages: int, *, user_password: str | None = None, owner_password: str = "") -> bytes:
    """A PDF with ``pages`` blank A4 pages, optionally RC4-encrypted."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if user_password is not None:
        writer.encrypt(
            user_password=user_password,
            owner_password=owner_password or "владелец-секрет",
            algorithm="RC4-128",
        )
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def text_pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with text, written by reportlab (as real letters are)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, line in enumerate(lines):
        c.drawString(72, 770 - 16 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def image_bytes(fmt: str, size: tuple[int, int] = (64, 48), frames: int = 1) -> bytes:
    """PNG/JPEG/TIFF bytes; TIFF may have several frames."""
    buf = io.BytesIO()
    images = [Image.new("RGB", size, (40 * i % 255, 120, 200)) for i in range(frames)]
    if frames > 1:
        images[0].save(buf, format=fmt, save_all=True, append_images=images[1:])
    else:
        images[0].save(buf, format=fmt)
    return buf.getvalue()


def docx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX-shaped ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types/>")
        zf.writestr("_rels/.rels", "<Relationships/>")
        zf.writestr("word/document.xml", "<w:document>Заявка</w:document>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def odf_bytes(mimetype: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _dos_time() -> tuple[int, int]:
    return (12 << 11) | (0 << 5), ((2024 - 1980) << 9) | (5 << 5) | 17


def write_zero_bomb_docx(path: Path, member_size: int = 1 << 30) -> None:
    """A DOCX whose ``word/document.xml`` really inflates to ``member_size`` zero bytes.

    Built without holding or writing the inflated data: a full-flush deflate
    block of 1 MiB of zeros is independent of what precedes it, so it is repeated.
    """
    chunk = 1 << 20
    assert member_size % chunk == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(b"\0" * chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush(zlib.Z_FINISH)
    count = member_size // chunk
    crc = 0
    zeros = b"\0" * chunk
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    entries = [
        (b"[Content_Types].xml", 0, b"<Types/>", zlib.crc32(b"<Types/>"), 8),
    ]
    tm, dt = _dos_time()
    with open(path, "wb") as out:
        central = b""
        for name, method, data, crc_small, usize in entries:
            offset = out.tell()
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, tm, dt,
                                  crc_small, len(data), usize, len(name), 0))
            out.write(name + data)
            central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, tm, dt,
                                   crc_small, len(data), usize, len(name), 0, 0, 0, 0, 0,
                                   offset) + name
        name = b"word/document.xml"
        csize = len(block) * count + len(tail)
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, tm, dt, crc, csize,
                              member_size, len(name), 0))
        out.write(name)
        for _ in range(count):
            out.write(block)
        out.write(tail)
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, tm, dt, crc, csize,
                               member_size, len(name), 0, 0, 0, 0, 0, offset) + name
        cd_offset = out.tell()
        out.write(central)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(central), cd_offset, 0))


def zip_with(path: Path, members: Sequence[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A ZIP with exactly the given member names (no sanitising) and contents."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def symlink_info(name: str) -> zipfile.ZipInfo:
    """A ZipInfo marked as a Unix symbolic link (S_IFLNK | 0777)."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (0o120777 << 16)
    return info


def ole_bytes(stream_names: list[str]) -> bytes:
    """A minimal OLE2 compound file (512-byte sectors) whose directory lists the names.

    Sector 0 holds the allocation table, sector 1 the directory; enough for a
    reader that only looks at the directory, like type detection.
    """
    free, endchain, fatsect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<LLLLLLLLL", header, 40, 0, 1, 1, 0, 4096, endchain, 0, endchain, 0)
    struct.pack_into("<L", header, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<L", header, 76 + 4 * i, free)
    fat = struct.pack("<128L", fatsect, endchain, *([free] * 126))
    entries = b""
    for kind, name in [(5, "Root Entry")] + [(2, n) for n in stream_names]:
        raw = name.encode("utf-16-le") + b"\0\0"
        entry = bytearray(128)
        entry[: len(raw)] = raw
        struct.pack_into("<HBB", entry, 64, len(raw), kind, 1)
        struct.pack_into("<LLL", entry, 68, free, free, free)
        entries += bytes(entry)
    assert len(entries) <= 512
    directory = entries + b"\0" * (512 - len(entries))
    return bytes(header) + fat + directory


def set_encrypted_flag(path: Path, member: str) -> None:
    """Mark ``member`` as encrypted (general-purpose flag bit 0) in both of its headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for sig, flag_offset, name_offset in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        pos = data.find(sig)
        while pos >= 0:
            if data[pos + name_offset : pos + name_offset + len(name)] == name:
                data[pos + flag_offset] |= 0x01
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))


def deep_page_tree_pdf(depth: int) -> bytes:
    """A one-page PDF whose page tree nests ``depth`` levels of /Pages nodes."""
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (number - 1)
        bodies.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    bodies.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>" % (depth + 1))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(bodies) + 1, xref))
    return out.getvalue()


def active_pdf_bytes(*, javascript: bool = False, launch: bool = False,
                     embedded_file: bool = False) -> bytes:
    """A one-page PDF with an OpenAction script, a link that launches a program,
    and/or an attached file, as chosen."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    if javascript:
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello');"),
        })
    if launch:
        link = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 100, 100)]),
            NameObject("/A"): DictionaryObject({
                NameObject("/S"): NameObject("/Launch"),
                NameObject("/F"): TextStringObject("cmd.exe"),
            }),
        })
        page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    if embedded_file:
        writer.add_attachment("payload.txt", b"not for the Agency")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
