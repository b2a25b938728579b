"""Every action and kind of record the core writes into the event log has words for people:
the log viewer and its export never show a program's code instead."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.core import vocabulary
from desktop_app.core.services import context

CORE = Path(vocabulary.__file__).resolve().parent
EVENTS = {name: getattr(context, name) for name in dir(context) if name.startswith("EVENT_")}


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _logged() -> tuple[dict[str, str], dict[str, str]]:
    """(action → where, entity → where) for every literal the core's services log."""
    actions: dict[str, str] = {}
    entities: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = dict(EVENTS)
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        constants[target.id] = node.value.value
        for node in ast.walk(tree):
            where = f"{path.relative_to(CORE)}:{getattr(node, 'lineno', 0)}"
            named_action = (isinstance(node, ast.Assign) and len(node.targets) == 1
                            and isinstance(node.targets[0], ast.Name)
                            and node.targets[0].id == "action")
            if named_action and (text := _text(node.value, constants)) is not None:
                actions.setdefault(text, where)
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            keywords = {k.arg: k.value for k in node.keywords}
            action = entity = None
            if name in ("audit", "event") and len(node.args) >= 2:
                offset = 1 if name == "audit" else 0
                action = node.args[offset]
                entity = node.args[offset + 1] if len(node.args) > offset + 1 else None
            elif name in ("_audit", "_event") and len(node.args) >= 2:
                action = node.args[1]
            elif name == "_failure" and len(node.args) >= 4:
                action = node.args[3]
            elif name not in ("record", "record_many"):
                continue
            action = keywords.get("action", action)
            entity = keywords.get("entity", entity)
            if (text := _text(action, constants)) is not None:
                actions.setdefault(text, where)
            if (text := _text(entity, constants)) is not None:
                entities.setdefault(text, where)
    return actions, entities


def test_the_scan_finds_what_the_services_log() -> None:
    actions, entities = _logged()
    assert {"create", "update", "status", "attach", "sign_out", "print",
            "session_unlock_failed"} <= set(actions)
    assert {"dossier", "document", "user", "outgoing_letter"} <= set(entities)


def test_every_logged_action_and_record_kind_has_words() -> None:
    actions, entities = _logged()
    missing = [f"{a} ({where})" for a, where in actions.items()
               if a not in vocabulary.AUDIT_ACTIONS]
    missing += [f"{e} ({where})" for e, where in entities.items()
                if e not in vocabulary.AUDIT_ENTITIES]
    assert missing == []
