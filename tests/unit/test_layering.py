"""The core is Qt-free: the GUI and the command line are two faces on it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_module_under_core_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(CORE.parent)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in QT
    ]
    assert offenders == []


def test_core_and_cli_run_without_loading_qt() -> None:
    code = (
        "import sys\n"
        "import desktop_app.commands, desktop_app.core.services.facade as f\n"
        "import desktop_app.core.services.exchange, desktop_app.core.reports\n"
        "import desktop_app.core.services.enterprise_files\n"
        "import desktop_app.core.services.backup, desktop_app.core.services.packages\n"
        "import desktop_app.commands.dossiers, desktop_app.commands.package\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(loaded)\n"
        "raise SystemExit(1 if loaded else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert [n for n in _imports(bad) if n.split(".")[0] in QT] == ["PySide6.QtCore"]
