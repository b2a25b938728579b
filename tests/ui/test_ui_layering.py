"""The GUI reads and writes only through the service facade: no SQL, no sessions."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
FORBIDDEN = ("sqlalchemy", "desktop_app.core.db")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _session_uses(path: Path) -> list[str]:
    """Calls like ``services.db.read()`` or ``ctx.write()``: a session opened by the GUI."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in ("read", "write")
                and isinstance(node.value, ast.Attribute) and node.value.attr in ("db", "ctx")):
            out.append(f"{path.name}:{node.lineno}")
    return out


def test_no_gui_module_imports_the_database_layer() -> None:
    offenders = [
        f"{path.relative_to(UI.parent)}: {name}"
        for path in sorted(UI.rglob("*.py"))
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert offenders == []


def test_no_gui_module_opens_a_session() -> None:
    offenders = [use for path in sorted(UI.rglob("*.py")) for use in _session_uses(path)]
    assert offenders == []


def test_the_checks_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from desktop_app.core.db import queries\n"
                   "with services.db.read() as s:\n    pass\n", encoding="utf-8")
    assert _imports(bad) == ["desktop_app.core.db"]
    assert _session_uses(bad) == ["bad.py:2"]
