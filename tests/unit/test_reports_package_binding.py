"""Binding many pages: the stamp's shared parts are written once, a re-bound package
keeps both stamps."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from test_reports_package import make_data, make_pdf, texts

from desktop_app.core.reports import build_referral_package_with_layout
from desktop_app.core.reports.models import AttachmentFile


def _objects(pdf: bytes) -> int:
    return int(PdfReader(io.BytesIO(pdf)).trailer["/Size"])


def test_each_bound_page_adds_only_its_own_stamp(tmp_path: Path) -> None:
    """Forty more bound pages add the stamp of each page and nothing else per page:
    fonts, the page's opening and the closing that draws the stamp are shared."""
    small = [AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 10), kind="pdf",
                            title="Устав", inventory_no=1)]
    large = [AttachmentFile(path=make_pdf(tmp_path / "b.pdf", 50), kind="pdf",
                            title="Устав", inventory_no=1)]
    pdf_small, _ = build_referral_package_with_layout(make_data(), attachments=small)
    pdf_large, layout = build_referral_package_with_layout(make_data(), attachments=large)
    # a bound page: the page, its content and the stamp form
    assert _objects(pdf_large) - _objects(pdf_small) <= 40 * 3
    reader = PdfReader(io.BytesIO(pdf_large))
    first = layout.total_pages - 50
    resources = set()
    for page in reader.pages[first:]:
        [form] = [ref.get_object() for ref in page["/Resources"]["/XObject"].values()]
        resources.add(form.raw_get("/Resources").idnum)
    assert len(resources) == 1


def test_a_package_bound_into_another_keeps_both_stamps(tmp_path: Path) -> None:
    inner_att = [AttachmentFile(path=make_pdf(tmp_path / "a.pdf", 3), kind="pdf",
                                title="Устав", inventory_no=1)]
    inner, inner_layout = build_referral_package_with_layout(make_data(),
                                                             attachments=inner_att)
    path = tmp_path / "inner.pdf"
    path.write_bytes(inner)
    outer_att = [AttachmentFile(path=path, kind="pdf", title="Прежний пакет", inventory_no=1)]
    outer, layout = build_referral_package_with_layout(make_data(), attachments=outer_att)
    pages = texts(outer)[layout.total_pages - inner_layout.total_pages:]
    for k, text in enumerate(pages[-3:], 1):
        assert f"Attached page {k}" in text
        # the inner package's mark and the outer one's
        assert text.count("Приложение №") >= 2, text
