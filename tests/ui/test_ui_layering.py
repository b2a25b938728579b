"""The GUI reads and writes only through the service facade: it never opens a session.

(That it imports neither SQLAlchemy nor the database layer is checked with the
other import rules in ``tests/unit/test_layering.py``.)
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def _session_uses(path: Path) -> list[str]:
    """Calls like ``services.db.read()`` or ``ctx.write()``: a session opened by the GUI."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in ("read", "write")
                and isinstance(node.value, ast.Attribute) and node.value.attr in ("db", "ctx")):
            out.append(f"{path.name}:{node.lineno}")
    return out


def test_no_gui_module_opens_a_session() -> None:
    offenders = [use for path in sorted(UI.rglob("*.py")) for use in _session_uses(path)]
    assert offenders == []


def test_the_check_catches_a_session(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("with services.db.read() as s:\n    pass\n", encoding="utf-8")
    assert _session_uses(bad) == ["bad.py:1"]
