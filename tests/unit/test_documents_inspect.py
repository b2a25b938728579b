"""File inspection: real type by content, refusals with messages that name the file."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest
from docfixtures import (
    docx_bytes,
    image_bytes,
    odf_bytes,
    ole_bytes,
    pdf_bytes,
    text_pdf_bytes,
    write_zero_bomb_docx,
    xlsx_bytes,
    zip_with,
)

from desktop_app.core.documents import (
    FileInfo,
    InspectLimits,
    ZipLimits,
    inspect_bytes,
    inspect_file,
    safe_display_name,
    safe_filename,
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _codes(info: FileInfo) -> list[str]:
    return [p.code for p in info.problems]


def _error_text(info: FileInfo) -> str:
    return " ".join(p.message for p in info.errors)


# ----------------------------------------------------------------------------- PDF


def test_valid_pdf_pages_counted(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "Заявка.pdf", pdf_bytes(7)))
    assert info.ok, info.problems
    assert (info.kind, info.pages, info.encrypted) == ("pdf", 7, False)
    assert info.problems == ()
    assert info.size == (tmp_path / "Заявка.pdf").stat().st_size
    import hashlib

    assert info.sha256 == hashlib.sha256((tmp_path / "Заявка.pdf").read_bytes()).hexdigest()


def test_reportlab_letter_is_one_page(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "письмо.pdf", text_pdf_bytes(["Уважаемый коллега!"])))
    assert info.ok and info.pages == 1


def test_pdf_needing_password_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "Устав.pdf", pdf_bytes(3, user_password="секрет"))
    info = inspect_file(path)
    assert not info.ok
    assert info.encrypted and info.pages is None
    assert _codes(info) == ["pdf_password_required"]
    assert "«Устав.pdf»" in info.errors[0].message
    assert "паролем" in info.errors[0].message


def test_pdf_with_owner_password_only_is_a_warning_and_counted(tmp_path: Path) -> None:
    path = _write(tmp_path, "Выписка ЕГРЮЛ.pdf", pdf_bytes(4, user_password=""))
    info = inspect_file(path)
    assert info.ok
    assert info.encrypted and info.pages == 4
    assert [(p.severity, p.code) for p in info.problems] == [("warning", "pdf_owner_password")]
    assert "«Выписка ЕГРЮЛ.pdf»" in info.warnings[0].message


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    data = pdf_bytes(5)
    info = inspect_file(_write(tmp_path, "Смета.pdf", data[: len(data) // 2]))
    assert not info.ok
    assert _codes(info) == ["pdf_truncated"]
    assert "«Смета.pdf»" in _error_text(info) and "обрезан" in _error_text(info)


def test_pdf_with_garbage_body_is_refused(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "мусор.pdf", b"%PDF-1.7\nnot really a pdf\n%%EOF\n"))
    assert not info.ok
    assert _codes(info) == ["pdf_broken"]
    assert "«мусор.pdf»" in _error_text(info)


def test_pdf_repaired_by_reader_lets_no_warning_or_log_escape(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = pdf_bytes(3)
    pos = data.rindex(b"startxref") + len(b"startxref\n")
    end = data.index(b"\n", pos)
    damaged = data[:pos] + b"999" + data[end:]  # wrong xref offset: the reader must repair it
    caplog.set_level(logging.DEBUG)
    info = inspect_file(_write(tmp_path, "ремонт.pdf", damaged))
    assert info.pages == 3
    assert not [r for r in caplog.records if r.name.startswith("pypdf") and r.levelno >= 30]
    assert logging.getLogger("pypdf").level == logging.NOTSET  # restored after inspection


def test_two_thousand_page_pdf_is_inspected(tmp_path: Path) -> None:
    """How long it takes is measured by ``make bench`` (bench_documents.py), not here."""
    info = inspect_file(_write(tmp_path, "КД.pdf", pdf_bytes(2000)))
    assert info.ok and info.pages == 2000


def test_pdf_over_page_limit_refused(tmp_path: Path) -> None:
    info = inspect_file(
        _write(tmp_path, "много.pdf", pdf_bytes(30)), limits=InspectLimits(max_pdf_pages=10)
    )
    assert "pdf_too_many_pages" in _codes(info)


# ----------------------------------------------------------------------------- disguise & basics


def test_png_named_pdf_names_file_and_real_type(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "скан.pdf", image_bytes("PNG")))
    assert info.kind == "png"
    assert _codes(info) == ["extension_mismatch"]
    message = info.errors[0].message
    assert "«скан.pdf»" in message
    assert "изображение PNG" in message and "а не PDF" in message
    assert "«скан.png»" in message  # tells what to do


def test_original_name_is_what_is_checked_and_quoted(tmp_path: Path) -> None:
    stored = _write(tmp_path, "0123abcd", image_bytes("JPEG"))
    info = inspect_file(stored, original_name="Паспорт аналога.pdf")
    assert _codes(info) == ["extension_mismatch"]
    assert "«Паспорт аналога.pdf»" in info.errors[0].message
    assert "0123abcd" not in info.errors[0].message


def test_unknown_extension_with_known_content_refused(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "скан.dat", image_bytes("PNG")))
    assert info.kind == "png"
    assert _codes(info) == ["extension_not_allowed"]
    assert "«скан.dat»" in info.errors[0].message and "«скан.png»" in info.errors[0].message


def test_zero_byte_file_refused(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "Бизнес-план.docx", b""))
    assert not info.ok and info.size == 0
    assert _codes(info) == ["empty"]
    assert "«Бизнес-план.docx»" in info.errors[0].message and "0 байт" in info.errors[0].message


def test_unknown_content_refused(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "заметки.txt", "просто текст".encode()))
    assert info.kind == "unknown" and _codes(info) == ["unknown_content"]
    assert "«заметки.txt»" in info.errors[0].message
    assert "PDF" in info.errors[0].message  # says what is accepted


def test_text_named_pdf_says_it_is_not_pdf(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "Справка.pdf", b"<html>error 404</html>"))
    assert _codes(info) == ["unknown_content"]
    assert "«Справка.pdf»" in info.errors[0].message and "PDF" in info.errors[0].message


def test_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "большой.pdf", pdf_bytes(2))
    info = inspect_file(path, limits=InspectLimits(max_size=100))
    assert _codes(info) == ["too_large"]
    assert info.sha256 is None and info.kind == "pdf"
    assert "«большой.pdf»" in info.errors[0].message


def test_accepted_kinds_names_what_is_accepted(tmp_path: Path) -> None:
    info = inspect_file(
        _write(tmp_path, "смета.xlsx", xlsx_bytes()), accepted_kinds={"pdf", "docx"}
    )
    assert info.kind == "xlsx"
    assert _codes(info) == ["kind_not_accepted"]
    assert "PDF, DOCX" in info.errors[0].message and "«смета.xlsx»" in info.errors[0].message
    assert inspect_file(tmp_path / "смета.xlsx", accepted_kinds={"xlsx"}).ok


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    info = inspect_file(tmp_path / "нет такого.pdf")
    assert _codes(info) == ["unreadable"] and "«нет такого.pdf»" in info.errors[0].message


# ----------------------------------------------------------------------------- images


@pytest.mark.parametrize(("fmt", "name", "kind"), [
    ("PNG", "фото.png", "png"), ("JPEG", "фото.jpg", "jpeg"), ("TIFF", "фото.tif", "tiff"),
])
def test_images_dimensions(tmp_path: Path, fmt: str, name: str, kind: str) -> None:
    info = inspect_file(_write(tmp_path, name, image_bytes(fmt, (321, 123))))
    assert info.ok, info.problems
    assert (info.kind, info.width, info.height, info.pages) == (kind, 321, 123, 1)


def test_multipage_tiff_counts_frames(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "скан.tiff", image_bytes("TIFF", frames=3)))
    assert info.ok and info.pages == 3


@pytest.mark.parametrize(("fmt", "name"), [("PNG", "a.png"), ("JPEG", "a.jpg"), ("TIFF", "a.tif")])
def test_truncated_images_refused(tmp_path: Path, fmt: str, name: str) -> None:
    data = image_bytes(fmt, (400, 300))
    info = inspect_file(_write(tmp_path, name, data[: len(data) // 2]))
    assert _codes(info) == ["image_broken"]
    assert f"«{name}»" in info.errors[0].message


def test_image_pixel_limit(tmp_path: Path) -> None:
    info = inspect_file(
        _write(tmp_path, "a.png", image_bytes("PNG", (200, 200))),
        limits=InspectLimits(max_image_pixels=10_000),
    )
    assert _codes(info) == ["image_too_large"] and "200×200" in info.errors[0].message


# ----------------------------------------------------------------------------- office formats


@pytest.mark.parametrize(("data", "name", "kind"), [
    (docx_bytes(), "план.docx", "docx"),
    (xlsx_bytes(), "смета.xlsx", "xlsx"),
    (odf_bytes("application/vnd.oasis.opendocument.text"), "план.odt", "odt"),
    (odf_bytes("application/vnd.oasis.opendocument.spreadsheet"), "смета.ods", "ods"),
    (ole_bytes(["WordDocument", "1Table"]), "устав.doc", "doc"),
    (ole_bytes(["Workbook"]), "баланс.xls", "xls"),
])
def test_office_kinds_by_content(tmp_path: Path, data: bytes, name: str, kind: str) -> None:
    info = inspect_file(_write(tmp_path, name, data))
    assert info.ok, info.problems
    assert info.kind == kind


def test_docx_named_doc_is_a_mismatch(tmp_path: Path) -> None:
    info = inspect_file(_write(tmp_path, "устав.doc", docx_bytes()))
    assert info.kind == "docx" and _codes(info) == ["extension_mismatch"]


def test_password_protected_docx_refused(tmp_path: Path) -> None:
    data = ole_bytes(["EncryptionInfo", "EncryptedPackage"])
    info = inspect_file(_write(tmp_path, "Заявка.docx", data))
    assert info.encrypted and _codes(info) == ["office_encrypted"]
    assert "«Заявка.docx»" in info.errors[0].message


def test_docx_decompression_bomb_refused_without_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Бизнес-план.docx"
    write_zero_bomb_docx(path, 1 << 30)  # inflates to 1 GiB; about 1 MB on disk
    assert path.stat().st_size < 2 * 1024 * 1024
    inflated = 0
    real_read = zipfile.ZipExtFile.read

    def counting_read(self: zipfile.ZipExtFile, n: int | None = -1) -> bytes:
        nonlocal inflated
        data = real_read(self, n)
        inflated += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    info = inspect_file(path)
    assert inflated < 1 << 20  # nothing was inflated
    assert info.kind == "docx" and not info.ok
    assert {"zip_member_too_large", "zip_too_large"} <= set(_codes(info))
    assert info.details["zip_uncompressed"] == (1 << 30) + len(b"<Types/>")
    assert "«word/document.xml»" in _error_text(info) and "«Бизнес-план.docx»" in _error_text(info)


def test_docx_ratio_bomb_refused(tmp_path: Path) -> None:
    path = tmp_path / "смета.docx"
    write_zero_bomb_docx(path, 50 << 20)  # under the size limits, but ~1000:1
    info = inspect_file(path)
    assert "zip_ratio" in _codes(info)
    assert float(info.details["zip_ratio"]) > 100
    assert "zip_too_large" not in _codes(info)


def test_zip_member_count_limit(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "много.docx", [("[Content_Types].xml", b"x")] +
                    [(f"word/p{i}.xml", b"x") for i in range(30)])
    info = inspect_file(path, limits=InspectLimits(zip=ZipLimits(max_members=20)))
    assert _codes(info) == ["zip_too_many_members"] and "31" in info.errors[0].message


def test_docx_with_traversal_member_refused(tmp_path: Path) -> None:
    data = docx_bytes({"../../evil.txt": b"x", "/abs.txt": b"y"})
    info = inspect_file(_write(tmp_path, "план.docx", data))
    assert _codes(info).count("zip_unsafe_name") == 2
    assert "«../../evil.txt»" in _error_text(info) and "«/abs.txt»" in _error_text(info)


def test_broken_zip_refused(tmp_path: Path) -> None:
    data = docx_bytes()
    info = inspect_file(_write(tmp_path, "план.docx", data[: len(data) - 30]))
    assert "zip_broken" in _codes(info)


def test_inspect_bytes_matches_inspect_file(tmp_path: Path) -> None:
    data = pdf_bytes(2)
    from_bytes = inspect_bytes(data, name="a.pdf")
    from_file = inspect_file(_write(tmp_path, "a.pdf", data))
    assert from_bytes == from_file


# ----------------------------------------------------------------------------- names


def test_cyrillic_200_character_name(tmp_path: Path) -> None:
    long_name = "Решение о назначении руководителя " * 6 + "итог.pdf"
    assert len(long_name) > 200
    info = inspect_file(_write(tmp_path, "a.bin", image_bytes("PNG")), original_name=long_name)
    message = info.errors[0].message
    shown = safe_display_name(long_name)
    assert f"«{shown}»" in message
    assert shown.startswith("Решение о назначении") and shown.endswith("итог.pdf")
    assert len(shown) <= 80
    # such a file can also live on disk under a shorter Cyrillic name
    disk_name = "Выписка из реестра " * 5 + ".pdf"
    assert inspect_file(_write(tmp_path, disk_name.strip(), pdf_bytes(1))).ok


def test_safe_display_name_strips_control_and_direction_characters() -> None:
    assert safe_display_name("договор\u202efdp.exe") == "договорfdp.exe"
    assert safe_display_name("a\x00b\nc.pdf") == "a?b?c.pdf"
    assert safe_display_name("   ") == "без имени"


@pytest.mark.parametrize(("raw", "expected"), [
    ('Смета: "итог" <v2>?.pdf', "Смета_ _итог_ _v2__.pdf"),
    ("a/b\\c|d*.docx", "a_b_c_d_.docx"),
    ("CON.pdf", "_CON.pdf"),
    ("nul", "_nul"),
    ("com1.tar.xlsx", "_com1.tar.xlsx"),
    ("отчёт. . .", "отчёт"),
    ("\x07звонок\x1f.pdf", "_звонок_.pdf"),
    (".pdf", "файл.pdf"),
    ("", "файл"),
])
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_safe_filename_trims_long_names_keeping_extension() -> None:
    name = "Бухгалтерская отчётность за последний отчётный год " * 5 + ".xlsx"
    result = safe_filename(name, max_len=120)
    assert len(result) <= 120 and result.endswith(".xlsx")
    assert result.startswith("Бухгалтерская отчётность")
    assert not any(ch in result for ch in '<>:"/\\|?*')
