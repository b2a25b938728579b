"""What the reports take from pypdf's private API still works with the installed pypdf.

An upgrade of pypdf that breaks one of these fails here, not in a consultant's package.
"""

from __future__ import annotations

import io
from importlib.metadata import version

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, TextStringObject

from desktop_app.core.reports import pdf_internals


def _written(writer: PdfWriter) -> PdfReader:
    out = io.BytesIO()
    writer.write(out)
    return PdfReader(io.BytesIO(out.getvalue()))


def _raw(value: object) -> bytes:
    # the reader may decode an identifier as text; its bytes are what was written
    if isinstance(value, TextStringObject):
        return value.original_bytes
    assert isinstance(value, bytes)
    return bytes(value)


def test_every_function_of_the_module_is_covered_here() -> None:
    assert sorted(pdf_internals.__all__) == ["add_indirect_object", "set_file_identifier"]


def test_added_object_is_referenced_from_a_page_and_read_back() -> None:
    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    stream = DecodedStreamObject()
    stream.set_data(b"0 0 m 10 10 l S\n")
    ref = pdf_internals.add_indirect_object(writer, stream)
    assert ref.get_object() is stream
    page[NameObject("/Contents")] = ArrayObject([ref])
    reader = _written(writer)
    contents = reader.pages[0].get_contents()
    assert contents is not None and contents.get_data() == b"0 0 m 10 10 l S\n"


def test_file_identifier_is_written_to_the_trailer() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    identifier = bytes(range(200, 216))
    pdf_internals.set_file_identifier(writer, identifier)
    ids = _written(writer).trailer["/ID"]
    assert [_raw(i) for i in ids] == [identifier, identifier]


def test_installed_pypdf_is_within_the_bound_of_pyproject() -> None:
    assert int(version("pypdf").split(".")[0]) < 8
