"""Writing a file is all or nothing: the old file survives a failed write."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.files import atomic_writer, write_atomically, write_text_atomically


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_new_content_replaces_the_old(tmp_path: Path) -> None:
    target = tmp_path / "отчёт.pdf"
    target.write_bytes(b"old")
    assert write_atomically(target, b"new content") == target
    assert target.read_bytes() == b"new content"
    assert _leftovers(tmp_path, {"отчёт.pdf"}) == []


def test_failure_mid_write_keeps_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old;data\n", encoding="utf-8")
    with (
        pytest.raises(RuntimeError, match="disk full"),
        atomic_writer(target, text=True, newline="") as fh,
    ):
        csv.writer(fh, delimiter=";").writerow(["половина", "строки"])
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old;data\n"
    assert _leftovers(tmp_path, {"export.csv"}) == []


def test_failing_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError("rename refused")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="rename refused"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, {"a.bin"}) == []


def test_text_variant_writes_the_encoding_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    write_text_atomically(target, "ИНН;КПП\n", encoding="utf-8-sig", newline="")
    assert target.read_bytes() == "ИНН;КПП\n".encode("utf-8-sig")


def test_streamed_binary_writer_creates_a_missing_file(tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    with atomic_writer(target) as fb:
        for _ in range(3):
            fb.write(b"x" * 1000)
    assert target.stat().st_size == 3000


def test_folder_or_missing_folder_is_refused_in_russian(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="это папка"):
        write_atomically(tmp_path, b"x")
    with pytest.raises(InputError, match=r"папки .* нет"):
        write_atomically(tmp_path / "нет" / "f.txt", b"x")
