"""What each separate process of the concurrency tests does (started with the
``spawn`` method, so each is a fresh interpreter with its own connection, as a
second workstation would be). Every function returns plain data; a refusal
a person would read comes back as ``("error", message)`` instead of an exception."""

from __future__ import annotations

import os
from typing import Any

ActorFields = tuple[int, str, str, str]   # user id, login, role, full name


def _services(db: str, data_dir: str, actor: ActorFields) -> Any:
    os.environ["RCI_INTAKE_DATA_DIR"] = data_dir
    from desktop_app.core.db.models import Role
    from desktop_app.core.services.context import Actor
    from desktop_app.core.services.facade import open_services

    user_id, login, role, full_name = actor
    sv = open_services(db, program="проверка одновременной работы")
    return sv.as_actor(Actor(user_id, login, Role(role), full_name))


def issue_conclusions(db: str, data_dir: str, actor: ActorFields,
                      consultation_ids: list[int], barrier: Any) -> tuple[str, list[str]]:
    """Register the pre-screening conclusion of each consultation (one number each)."""
    from desktop_app.core.errors import UserError

    sv = _services(db, data_dir, actor)
    numbers: list[str] = []
    try:
        barrier.wait()
        for cid in consultation_ids:
            printed = sv.packages.conclusion(cid)
            numbers.append(str(printed.number))
    except UserError as exc:
        return "error", [*numbers, str(exc)]
    finally:
        sv.close()
    return "ok", numbers


def save_card(db: str, data_dir: str, actor: ActorFields, enterprise_id: int,
              notes: str, barrier: Any) -> tuple[str, str]:
    """Open the card, wait until the other process has opened it too, then save."""
    from desktop_app.core.errors import EditConflict, UserError
    from desktop_app.core.services.schemas import EnterpriseIn

    sv = _services(db, data_dir, actor)
    try:
        loaded = sv.enterprises.get(enterprise_id)
        barrier.wait()
        data = {k: getattr(loaded, k) for k in EnterpriseIn.model_fields} | {"notes": notes}
        try:
            saved = sv.enterprises.update(enterprise_id, data, expected_version=loaded.version)
        except EditConflict as exc:
            return "conflict", str(exc)
        except UserError as exc:
            return "error", str(exc)
        return "saved", str(saved.version)
    finally:
        sv.close()


def add_enterprises(db: str, data_dir: str, actor: ActorFields, inns: list[str],
                    barrier: Any) -> tuple[str, int]:
    """One unit of work per enterprise, as a person typing cards would."""
    from desktop_app.core.errors import UserError

    sv = _services(db, data_dir, actor)
    done = 0
    try:
        barrier.wait()
        for inn in inns:
            sv.enterprises.create({"full_name": f"ООО «Запись {inn}»", "inn": inn})
            done += 1
    except UserError as exc:
        return f"error: {exc}", done
    finally:
        sv.close()
    return "ok", done
