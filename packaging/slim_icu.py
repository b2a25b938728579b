"""Make a smaller ICU data library for the bundle: Russian and English only.

Qt's ICU data library (``libicudata.so.73``, ~31 MB) carries every language's
locale data, all legacy code pages and the CJK/Thai line-break dictionaries.
The program shows Russian and English and reads text as UTF-8 or Windows-1251
(in Python), so the bundle keeps the root, English and Russian locale data, the
Cyrillic code pages and everything that is not per-locale (normalisation,
collation base data, time zones, plural rules, ...). A locale left out falls
back to the root locale, as ICU always does.

Usage (from build_installer.spec)::

    slim_icu(original_so, work_dir) -> Path | None

Needs ``icupkg`` and ``genccode`` (Debian: ``icu-devtools``) and a C compiler;
returns None (keep the original) when they are missing or anything fails.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = {"root", "en", "en_US", "en_US_POSIX", "en_001", "en_150", "en_GB",
                "ru", "ru_RU"}
KEEP_CODEPAGES = {"ibm-1251_P100-1995.cnv", "ibm-866_P100-1995.cnv",
                  "ibm-878_P100-1996.cnv", "ibm-915_P100-1995.cnv"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")


def keep(item: str) -> bool:
    """Whether one item of the ICU data package stays in the bundle."""
    base = item.rsplit("/", 1)[-1]
    stem, _, ext = base.rpartition(".")
    if ext == "dict":  # CJK, Thai, Lao, Khmer, Burmese word-break dictionaries
        return False
    if ext == "cnv":
        return base in KEEP_CODEPAGES
    if ext == "res" and stem != "res_index" and _LOCALE.match(stem):
        return stem in KEEP_LOCALES
    return True


def _data_section(library: Path, symbol: str) -> bytes:
    """The bytes of the one data symbol the library exports (ELF64, little-endian)."""
    raw = library.read_bytes()
    shoff = struct.unpack_from("<Q", raw, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", raw, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", raw, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", raw, pos)
            start = strtab[4] + st_name
            name = raw[start:raw.index(b"\0", start)].decode()
            if name == symbol:
                sec = sections[shndx]
                begin = sec[4] + (value - sec[3])
                return raw[begin:begin + st_size]
    raise ValueError(f"{symbol} not found in {library}")


def slim_icu(library: Path, work: Path) -> Path | None:
    tools = [shutil.which(t) for t in ("icupkg", "genccode", "cc")]
    if not all(tools):
        print("slim_icu: icupkg/genccode/cc not found; the full ICU data is bundled")
        return None
    match = re.search(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        return None
    version = match.group(1)
    name = f"icudt{version}l"
    work.mkdir(parents=True, exist_ok=True)
    (work / "full").mkdir(parents=True, exist_ok=True)
    full = work / "full" / f"{name}.dat"  # icupkg takes the package name from the file
    try:
        full.write_bytes(_data_section(library, f"icudt{version}_dat"))
        listed = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                                text=True).stdout.split()
        dropped = [item for item in listed if not keep(item)]
        drop_list = work / "drop.txt"
        drop_list.write_text("\n".join(dropped) + "\n", encoding="utf-8")
        slim = work / f"{name}.dat"
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(drop_list), str(full), str(slim)],
                       check=True, capture_output=True)
        subprocess.run(["genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", str(work),
                        str(slim)], check=True, capture_output=True)
        assembly = work / f"{name}_dat.S"
        out = work / library.name
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-o", str(out), str(assembly)], check=True, capture_output=True)
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"slim_icu: {exc}; the full ICU data is bundled")
        return None
    print(f"slim_icu: {len(dropped)} of {len(listed)} items left out; "
          f"{library.stat().st_size // 1024} KB -> {out.stat().st_size // 1024} KB")
    return out
