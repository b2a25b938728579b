"""The house has levels: imports go one way, never in a circle.

    ui, commands  →  core.services  →  core.rules | core.documents | core.reports
                  →  core.db  →  utilities (desktop_app/core/*.py)

The GUI and the command line are two faces on a Qt-free core; the GUI never
touches the database layer or SQLAlchemy. The checker below reads the source
with ``ast`` (nothing is imported), so it sees imports inside functions too;
imports under ``if TYPE_CHECKING:`` are only for the type checker and are left
out. Each rule has a test that feeds it a small bad example, so a rule that
silently stopped working would be noticed.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

PACKAGE = "desktop_app"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# Exceptions to the rules below, each with its reason. None today: keep it so.
KNOWN_TODAY: frozenset[tuple[str, str]] = frozenset()
KNOWN_CYCLES_TODAY: tuple[frozenset[str], ...] = ()


# --- the checker --------------------------------------------------------------------------


def module_name(path: Path, root: Path) -> str:
    """``root/core/db/models.py`` → ``desktop_app.core.db.models`` (``root`` is the package)."""
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST) -> Iterable[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth, except the bodies of ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        skip = isinstance(child, ast.If) and _is_type_checking(child.test)
        for statement in child.orelse if isinstance(child, ast.If) and skip else [child]:
            if isinstance(statement, ast.Import | ast.ImportFrom):
                yield statement
            else:
                yield from _import_nodes(statement)


def imported_names(path: Path, module: str, modules: set[str]) -> set[str]:
    """Absolute names the module imports; ``from pkg import sub`` names ``pkg.sub`` when
    ``sub`` is one of ``modules``; relative imports are resolved against ``module``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = module.split(".")
            drop = node.level - 1 if is_package else node.level
            base = base[: len(base) - drop] if drop else base
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        for alias in node.names:
            sub = f"{target}.{alias.name}"
            names.add(sub if sub in modules else target)
    return names


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the names it imports (inside the package and outside it)."""
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    modules = set(files)
    return {name: imported_names(path, name, modules) for name, path in files.items()}


def layer(module: str) -> tuple[int, str]:
    """(level, group) of a module of the package: higher levels may import lower ones;
    on one level only the same group (the peers rules, documents, reports don't mix)."""
    parts = module.split(".")[1:]
    if parts == ["__main__"]:
        return 6, "entry"
    if not parts:
        return 1, "utilities"
    if parts[0] in ("ui", "commands", "cli"):
        return 5, "ui" if parts[0] == "ui" else "commands"
    if parts[0] != "core" or len(parts) == 1:
        return 1, "utilities"
    if parts[1] == "services":
        return 4, "services"
    if parts[1] in ("rules", "documents", "reports"):
        return 3, parts[1]
    if parts[1] == "db":
        return 2, "db"
    return 1, "utilities"


def direction_violations(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    package = next(iter(graph)).split(".")[0] if graph else PACKAGE
    bad: set[tuple[str, str]] = set()
    for source, targets in graph.items():
        for target in targets:
            if target.split(".")[0] != package or target not in graph:
                continue
            (src_level, src_group), (dst_level, dst_group) = layer(source), layer(target)
            if dst_level > src_level or (dst_level == src_level and dst_group != src_group):
                bad.add((source, target))
    return bad


def forbidden_imports(graph: dict[str, set[str]], under: str,
                      banned: tuple[str, ...]) -> set[tuple[str, str]]:
    """Imports of ``banned`` (a top-level name or a dotted prefix) by modules in ``under``."""
    return {
        (source, target)
        for source, targets in graph.items()
        if source == under or source.startswith(under + ".")
        for target in targets
        if any(target == b or target.startswith(b + ".") for b in banned)
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle among the package's modules, as one path round each strongly
    connected group (Tarjan's algorithm, iterative)."""
    edges = {m: sorted(t for t in ts if t in graph and t != m) for m, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(_path_round(sorted(group), edges))
    return groups


def _path_round(group: list[str], edges: dict[str, list[str]]) -> list[str]:
    """A concrete cycle through the group's first module (breadth-first back to it)."""
    members, start = set(group), group[0]
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in edges[node]:
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if nxt in members and nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return [*group, group[0]]


def unknown_cycles(graph: dict[str, set[str]],
                   known: Iterable[frozenset[str]] = ()) -> list[list[str]]:
    known = list(known)
    return [c for c in cycles(graph) if not any(set(c) <= k for k in known)]


# --- the project ---------------------------------------------------------------------------


def _graph() -> dict[str, set[str]]:
    return import_graph(ROOT)


def test_imports_follow_the_direction_of_the_levels() -> None:
    assert sorted(direction_violations(_graph()) - KNOWN_TODAY) == []


def test_no_import_cycles() -> None:
    assert unknown_cycles(_graph(), KNOWN_CYCLES_TODAY) == []


def test_the_ui_never_touches_the_database_layer() -> None:
    found = forbidden_imports(_graph(), f"{PACKAGE}.ui", ("sqlalchemy", f"{PACKAGE}.core.db"))
    assert sorted(found - KNOWN_TODAY) == []


def test_no_module_under_core_imports_qt() -> None:
    assert sorted(forbidden_imports(_graph(), f"{PACKAGE}.core", QT)) == []


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


# --- the checker catches what it should ----------------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    """A small synthetic ``desktop_app`` with the given modules (and empty packages)."""
    root = tmp_path / PACKAGE
    for rel in ["__init__.py", "core/__init__.py", "core/db/__init__.py",
                "core/services/__init__.py", "core/rules/__init__.py",
                "core/reports/__init__.py", "core/documents/__init__.py", "ui/__init__.py",
                "commands/__init__.py", *files]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files.get(rel, ""), encoding="utf-8")
    return root


def test_the_check_catches_a_cycle_through_a_function_level_import(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "core/services/a.py": "from .b import thing\n",
        "core/services/b.py": "def thing():\n    from desktop_app.core.services import c\n",
        "core/services/c.py": "from . import a\n",
        "core/services/d.py": "from .a import x\n",
    })
    found = unknown_cycles(import_graph(root))
    assert found == [["desktop_app.core.services.a", "desktop_app.core.services.b",
                      "desktop_app.core.services.c", "desktop_app.core.services.a"]]
    assert unknown_cycles(import_graph(root), [frozenset(found[0])]) == []


def test_the_check_ignores_imports_only_for_the_type_checker(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "core/db/a.py": "from typing import TYPE_CHECKING\n"
                        "if TYPE_CHECKING:\n    from desktop_app.core.db.b import B\n",
        "core/db/b.py": "from desktop_app.core.db.a import A\n",
    })
    assert unknown_cycles(import_graph(root)) == []


def test_the_check_catches_an_import_against_the_direction(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "core/identifiers.py": "from desktop_app.core.db import models\n",
        "core/db/models.py": "from ..services import users\n",
        "core/services/users.py": "from desktop_app.core.db import models\n",
        "core/rules/engine.py": "from desktop_app.core.reports.layout import x\n",
        "core/reports/layout.py": "from desktop_app.core.identifiers import new_uuid\n",
        "commands/x.py": "import desktop_app.ui.app\n",
        "ui/app.py": "from desktop_app.core.services import users\n",
    })
    assert direction_violations(import_graph(root)) == {
        ("desktop_app.core.identifiers", "desktop_app.core.db.models"),
        ("desktop_app.core.db.models", "desktop_app.core.services.users"),
        ("desktop_app.core.rules.engine", "desktop_app.core.reports.layout"),
        ("desktop_app.commands.x", "desktop_app.ui.app"),
    }


def test_the_check_catches_the_database_layer_in_the_ui(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "ui/pages.py": "def load():\n    from sqlalchemy import select\n",
        "ui/model.py": "from ..core.db.queries import page\n",
        "core/db/queries.py": "import sqlalchemy.orm\n",
    })
    assert forbidden_imports(import_graph(root), "desktop_app.ui",
                             ("sqlalchemy", "desktop_app.core.db")) == {
        ("desktop_app.ui.pages", "sqlalchemy"),
        ("desktop_app.ui.model", "desktop_app.core.db.queries"),
    }


def test_the_check_catches_a_qt_import_in_the_core(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "core/reports/x.py": "from PySide6.QtCore import QObject\n",
        "core/errors.py": "import shiboken6\n",
        "ui/app.py": "from PySide6.QtWidgets import QApplication\n",
    })
    assert forbidden_imports(import_graph(root), "desktop_app.core", QT) == {
        ("desktop_app.core.reports.x", "PySide6.QtCore"),
        ("desktop_app.core.errors", "shiboken6"),
    }
