"""Compile the Qt translations (``resources/translations/*.ts`` → ``.qm``).

The ``.ts`` sources are kept in the repository; the ``.qm`` files are built by
``make run``/``make test``/``make installer`` and are not committed.
"""

from __future__ import annotations

import re
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


def _lupdate() -> list[str]:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if exe is None:
        exe = shutil.which("pyside6-lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate не найден: установите PySide6-Essentials")
    return [exe]


def update(folder: Path | None = None) -> list[Path]:
    """Collect the strings of ``desktop_app/ui`` and ``forms/`` into the ``.ts`` files.

    The source language is Russian. Nothing already in the files is lost: lupdate
    does not see strings passed through a module's own helper (``_t("…")``, which
    asks ``QCoreApplication.translate`` under a fixed context) and would mark them
    vanished, and lrelease leaves vanished messages out; so they are kept as they
    were. Strings lupdate finds outside any class get no context the program asks
    under and are left out.
    """
    from desktop_app.core.resources import app_root

    folder = folder or resource_path("translations")
    root = app_root()
    sources = sorted(str(p) for p in (root / "desktop_app" / "ui").rglob("*.py"))
    sources += sorted(str(p) for p in (root / "forms").glob("*.ui"))
    sources.append(str(root / "desktop_app" / "core" / "vocabulary.py"))  # label("Labels", …)
    targets = {"rci_intake_ru.ts": "ru_RU", "rci_intake_en.ts": "en_GB"}
    out = []
    for name, language in targets.items():
        ts = folder / name
        subprocess.run(
            [*_lupdate(), "-silent", "-tr-function-alias",
             "QT_TRANSLATE_NOOP+=label", "-source-language", "ru_RU",
             "-target-language", language, *sources, "-ts", str(ts)],
            check=True,
        )
        _keep_unseen(ts)
        out.append(ts)
    return out


def _keep_unseen(ts: Path) -> None:
    """Bring back the messages lupdate marked vanished or obsolete (with their
    translations) and drop the context without a name (see :func:`update`); the rest
    of the file stays as lupdate wrote it."""
    text = ts.read_text(encoding="utf-8")
    text = re.sub(r' type="(?:vanished|obsolete)"', "", text)
    text = re.sub(r"<context>\s*<name>\s*</name>.*?</context>\n?", "", text, flags=re.DOTALL)
    ts.write_text(text, encoding="utf-8")


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
    if "--update" in sys.argv[1:]:
        for path in update():
            print(f"строки собраны: {path.name}")
    for path in build():
        print(f"перевод: {path.name}")
