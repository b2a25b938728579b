"""Compile the Qt translations (``resources/translations/*.ts`` → ``.qm``).

The ``.ts`` sources are kept in the repository; the ``.qm`` files are built by
``make run``/``make test``/``make installer`` and are not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop_app.core.resources import resource_path


def _lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if exe is None:
        exe = shutil.which("pyside6-lrelease")
    if exe is None:
        raise SystemExit("pyside6-lrelease не найден: установите PySide6-Essentials")
    return [exe]


def build(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("translations")
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"перевод: {path.name}")
