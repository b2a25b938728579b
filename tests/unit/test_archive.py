"""Safe reading of dossier exchange ZIPs: hostile members are refused before any write."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docfixtures import set_encrypted_flag, symlink_info, write_zero_bomb_docx, zip_with

from desktop_app.core.documents import (
    ArchiveError,
    ArchiveLimits,
    extract_zip_safely,
    open_zip_safely,
)

DOSSIER = json.dumps({"format": 1, "documents": ["Устав.pdf"]}, ensure_ascii=False).encode()


def _good(tmp_path: Path) -> Path:
    return zip_with(tmp_path / "досье.zip", [
        ("dossier.json", DOSSIER),
        ("documents/Устав.pdf", b"%PDF-1.7 ...%%EOF"),
        ("documents/Смета затрат.xlsx", b"PK fake"),
    ])


def test_good_archive_extracts_everything(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    paths = extract_zip_safely(_good(tmp_path), dest)
    assert sorted(p.relative_to(dest).as_posix() for p in paths) == [
        "documents/Смета затрат.xlsx", "documents/Устав.pdf", "dossier.json",
    ]
    assert (dest / "dossier.json").read_bytes() == DOSSIER


def test_read_single_member_without_extracting(tmp_path: Path) -> None:
    with open_zip_safely(_good(tmp_path)) as archive:
        assert "dossier.json" in archive.members
        assert json.loads(archive.read_bytes("dossier.json"))["format"] == 1
        with pytest.raises(ArchiveError, match=r"нет элемента «nothing.json»"):
            archive.read_bytes("nothing.json")
        with pytest.raises(ArchiveError, match=r"dossier.json"):
            archive.read_bytes("dossier.json", max_size=10)


HOSTILE = [
    ("../evil", "«../evil»", "за пределы"),
    ("a/../../b", "«a/../../b»", "за пределы"),
    ("/etc/x", "«/etc/x»", "абсолютный путь"),
    ("\\\\server\\share\\x", "«\\\\server\\share\\x»", "абсолютный путь"),
    ("C:\\x", "«C:\\x»", "буквой диска"),
    ("C:x", "«C:x»", "буквой диска"),
    ("documents/файл.pdf:поток", "«documents/файл.pdf:поток»", "запрещённые в Windows"),
    ("documents/CON.pdf", "«documents/CON.pdf»", "зарезервировано"),
]


@pytest.mark.parametrize(("name", "quoted", "reason"), HOSTILE)
def test_hostile_names_refused_and_nothing_written(
    tmp_path: Path, name: str, quoted: str, reason: str
) -> None:
    path = zip_with(tmp_path / "досье.zip", [("dossier.json", DOSSIER), (name, b"payload")])
    dest = tmp_path / "out"
    with pytest.raises(ArchiveError) as caught:
        extract_zip_safely(path, dest)
    message = str(caught.value)
    assert quoted in message and "«досье.zip»" in message and reason in message
    assert isinstance(caught.value, ValueError)
    assert not dest.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["досье.zip"]


def test_symlink_member_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [
        ("dossier.json", DOSSIER), (symlink_info("documents/link"), b"/etc/passwd"),
    ])
    dest = tmp_path / "out"
    with pytest.raises(ArchiveError, match=r"«documents/link».*символическая ссылка"):
        extract_zip_safely(path, dest)
    assert not dest.exists()


def test_duplicate_names_ignoring_case_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [
        ("documents/Устав.pdf", b"1"), ("documents/УСТАВ.PDF", b"2"),
    ])
    with pytest.raises(ArchiveError, match=r"«documents/УСТАВ.PDF».*повторяется") as caught:
        extract_zip_safely(path, tmp_path / "out")
    assert caught.value.code == "zip_duplicate"
    assert not (tmp_path / "out").exists()


def test_file_and_folder_with_same_name_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [("docs", b"1"), ("Docs/a.pdf", b"2")])
    with pytest.raises(ArchiveError, match=r"совпадает"):
        extract_zip_safely(path, tmp_path / "out")


def test_encrypted_member_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [("dossier.json", DOSSIER), ("secret.pdf", b"x")])
    set_encrypted_flag(path, "secret.pdf")
    with pytest.raises(ArchiveError, match=r"«secret.pdf».*зашифрован"):
        extract_zip_safely(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_too_many_members_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [(f"f{i}.txt", b"x") for i in range(12)])
    with pytest.raises(ArchiveError, match=r"12 элементов.*не больше 10"):
        extract_zip_safely(path, tmp_path / "out", ArchiveLimits(max_members=10))


def test_oversize_member_and_total_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [("a.bin", b"x" * 5000), ("b.bin", b"y" * 5000)])
    with pytest.raises(ArchiveError, match=r"«a.bin».*не больше"):
        extract_zip_safely(path, tmp_path / "out", ArchiveLimits(max_member_size=4000))
    with pytest.raises(ArchiveError, match=r"Архив «досье.zip».*не больше"):
        extract_zip_safely(path, tmp_path / "out", ArchiveLimits(max_total_size=8000))
    assert not (tmp_path / "out").exists()


def test_compression_ratio_bomb_refused(tmp_path: Path) -> None:
    path = tmp_path / "досье.zip"
    write_zero_bomb_docx(path, 50 << 20)
    with pytest.raises(ArchiveError, match=r"«word/document.xml».*zip-бомба") as caught:
        extract_zip_safely(path, tmp_path / "out")
    assert caught.value.code == "zip_ratio"
    assert not (tmp_path / "out").exists()


def test_all_reasons_are_listed(tmp_path: Path) -> None:
    path = zip_with(tmp_path / "досье.zip", [("../a", b"1"), ("/b", b"2"), ("ok.txt", b"3")])
    with pytest.raises(ArchiveError) as caught:
        extract_zip_safely(path, tmp_path / "out")
    assert len(caught.value.messages) == 2


def test_not_a_zip_refused(tmp_path: Path) -> None:
    path = tmp_path / "досье.zip"
    path.write_bytes(b"this is not a zip at all")
    with pytest.raises(ArchiveError, match=r"«досье.zip».*повреждённый ZIP"):
        extract_zip_safely(path, tmp_path / "out")


def test_damaged_member_midway_removes_what_was_extracted(tmp_path: Path) -> None:
    path = tmp_path / "досье.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("dossier.json", DOSSIER)
        zf.writestr("documents/a.pdf", b"A" * 4000)
        zf.writestr("documents/b.pdf", b"B" * 4000)
    data = bytearray(path.read_bytes())
    pos = data.index(b"B" * 4000)
    data[pos + 100] = ord("C")  # CRC of the last member no longer matches
    path.write_bytes(bytes(data))
    dest = tmp_path / "out"
    with pytest.raises(ArchiveError, match=r"не удалось распаковать"):
        extract_zip_safely(path, dest)
    assert not dest.exists()


def test_existing_empty_dest_is_emptied_again_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "досье.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a/one.pdf", b"1" * 100)
        zf.writestr("z.pdf", b"Z" * 1000)
    data = bytearray(path.read_bytes())
    data[data.index(b"Z" * 1000) + 5] = ord("Y")
    path.write_bytes(bytes(data))
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(ArchiveError):
        extract_zip_safely(path, dest)
    assert dest.is_dir() and list(dest.iterdir()) == []


def test_non_empty_dest_refused(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "чужой.txt").write_text("не трогать")
    with pytest.raises(ArchiveError, match=r"должна быть пустой"):
        extract_zip_safely(_good(tmp_path), dest)
    assert [p.name for p in dest.iterdir()] == ["чужой.txt"]
