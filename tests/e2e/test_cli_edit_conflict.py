"""From the command line, a card someone else changed since you looked at it is not
overwritten: the command names who changed it and when, what differs, and exits 1."""

from __future__ import annotations

from cli_helpers import Cli

from desktop_app.core.identifiers import make_inn10

INN = make_inn10("590277001")


def test_stale_version_is_refused_then_force_writes(centre: Cli) -> None:
    added = centre.json("enterprises", "add", "--inn", INN, "--full-name", "ООО «Версия»")
    assert added["version"] == 1
    changed = centre.json("enterprises", "update", INN, "--phone", "+7 342 200-11-22",
                          user="admin")
    assert changed["version"] == 2
    refused = centre("enterprises", "update", INN, "--notes", "Перезвонить", "--version", "1")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "Карточку предприятия изменил(а) Администратор в " in refused.stderr
    assert "Примечания: сохранено «—», у вас «Перезвонить»" in refused.stderr
    assert "--force" in refused.stderr
    assert centre.json("enterprises", "show", INN)["notes"] is None
    forced = centre.json("enterprises", "update", INN, "--notes", "Перезвонить", "--force")
    assert forced["notes"] == "Перезвонить" and forced["version"] == 3
    both = centre("enterprises", "update", INN, "--notes", "x", "--force", "--version", "3")
    assert both.returncode == 2


def test_dossier_status_names_the_version_it_saw(centre: Cli) -> None:
    inn = make_inn10("590277002")
    centre.json("enterprises", "add", "--inn", inn, "--full-name", "ООО «Статус»")
    dossier = centre.json("dossier", "create", "--enterprise", inn,
                          "--program", "atd-reverse-engineering")
    assert dossier["version"] == 1
    stale = centre("dossier", "status", str(dossier["id"]), "withdrawn", "--reason", "отказ",
                   "--version", "2")
    assert stale.returncode == 1
    assert "Досье изменил" in stale.stderr
    done = centre("dossier", "status", str(dossier["id"]), "withdrawn", "--reason", "отказ",
                  "--version", "1")
    assert done.returncode == 0, done.stderr
