"""Just enough of the OLE2 compound file format to tell a Word 97–2003 document
from an Excel 97–2003 workbook (and from a password-protected DOCX/XLSX, which
Office stores as an OLE2 file with an ``EncryptedPackage`` stream).

Only the header, the sector allocation table entries on the directory chain and
the directory entries are read; every loop is bounded by the file's sector count.
"""

from __future__ import annotations

import struct
from typing import IO

__all__ = ["OLE_MAGIC", "OleFormatError", "ole_stream_names"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENDOFCHAIN = 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA
_MAX_DIR_ENTRIES = 100_000


class OleFormatError(ValueError):
    """The compound file structure is broken."""


def _u32s(data: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(data) // 4}L", data[: len(data) // 4 * 4])


def ole_stream_names(fh: IO[bytes], file_size: int) -> set[str]:
    """Names of all storages and streams in the compound file ``fh``.

    Raises :class:`OleFormatError` when the structure is inconsistent or truncated.
    """
    fh.seek(0)
    header = fh.read(512)
    if len(header) < 512 or header[:8] != OLE_MAGIC:
        raise OleFormatError("нет заголовка составного файла OLE2")
    shift = int(struct.unpack_from("<H", header, 30)[0])
    if shift not in (9, 12):
        raise OleFormatError("недопустимый размер сектора")
    ssz = 1 << shift
    n_sectors = max((file_size - ssz) // ssz, 0) + 1
    first_dir = struct.unpack_from("<L", header, 48)[0]
    first_difat, n_difat = struct.unpack_from("<2L", header, 68)
    difat = [s for s in _u32s(header[76:512]) if s <= _MAX_REGULAR]

    def read_sector(sid: int) -> bytes:
        if sid > _MAX_REGULAR or sid >= n_sectors:
            raise OleFormatError("ссылка на сектор за пределами файла")
        fh.seek((sid + 1) * ssz)
        data = fh.read(ssz)
        if len(data) != ssz:
            raise OleFormatError("файл обрезан")
        return data

    sid = first_difat
    for _ in range(min(n_difat, n_sectors)):
        if sid > _MAX_REGULAR:
            break
        entries = _u32s(read_sector(sid))
        difat.extend(s for s in entries[:-1] if s <= _MAX_REGULAR)
        sid = entries[-1]

    per_fat = ssz // 4
    fat_cache: dict[int, tuple[int, ...]] = {}

    def next_sector(sid: int) -> int:
        index, offset = divmod(sid, per_fat)
        if index >= len(difat):
            raise OleFormatError("таблица размещения секторов неполная")
        if index not in fat_cache:
            fat_cache[index] = _u32s(read_sector(difat[index]))
        return int(fat_cache[index][offset])

    names: set[str] = set()
    sid = first_dir
    steps = 0
    while sid != _ENDOFCHAIN:
        steps += 1
        if steps > n_sectors or len(names) > _MAX_DIR_ENTRIES:
            raise OleFormatError("цепочка каталога зациклена")
        data = read_sector(sid)
        for off in range(0, ssz, 128):
            entry = data[off : off + 128]
            name_len = struct.unpack_from("<H", entry, 64)[0]
            kind = entry[66]
            if kind in (1, 2, 5) and 2 <= name_len <= 64:
                names.add(entry[: name_len - 2].decode("utf-16-le", errors="replace"))
        sid = next_sector(sid)
    return names
