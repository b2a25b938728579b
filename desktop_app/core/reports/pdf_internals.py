"""The two things the reports need from pypdf that it offers no public API for.

Everything here touches a private attribute of :class:`pypdf.PdfWriter`, so a
pypdf release may change it without notice. It is kept in this one module, the
version of pypdf is capped in ``pyproject.toml``, and
``tests/unit/test_pdf_internals.py`` calls every function so that an upgrade
that breaks one fails the tests instead of a consultant's package.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, IndirectObject, PdfObject

__all__ = ["add_indirect_object", "set_file_identifier"]


def add_indirect_object(writer: PdfWriter, obj: PdfObject) -> IndirectObject:
    """Register ``obj`` as an indirect object of ``writer`` and return its reference.

    Stamping a page needs new content streams and form XObjects that pages refer
    to by reference; ``PdfWriter._add_object`` is the only way pypdf offers to
    add an object that did not come from a page or another document (``clone``
    only registers objects that already had a reference elsewhere).
    """
    return writer._add_object(obj)


def set_file_identifier(writer: PdfWriter, identifier: bytes) -> None:
    """Write ``identifier`` as both halves of the trailer's /ID.

    The referral package is reproducible: the same data and attachments give the
    same file, identifier included. The public ``generate_file_identifiers`` only
    makes random ones, so the identifier is set on ``PdfWriter._ID``, which
    ``write`` puts into the trailer.
    """
    value = ByteStringObject(identifier)
    writer._ID = ArrayObject([value, value])
