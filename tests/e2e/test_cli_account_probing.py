"""Account administration tells nobody but an administrator which accounts exist."""

from __future__ import annotations

from cli_helpers import Cli


def test_unlock_and_reset_answer_alike_for_any_name_to_a_non_administrator(
    centre: Cli,
) -> None:
    for command in ("unlock", "reset-password"):
        answers = {
            name: centre("users", command, name, new_password="another pass phrase 1")
            for name in ("admin", "ADMIN", "нет-такого", "cons")
        }
        for name, done in answers.items():
            assert done.returncode == 1, (command, name)
            assert "Недостаточно прав" in done.stderr, (command, name, done.stderr)
            assert done.stdout == "", (command, name)
        assert len({done.stderr for done in answers.values()}) == 1, command


def test_an_administrator_still_learns_that_a_name_is_unknown(centre: Cli) -> None:
    unknown = centre("users", "unlock", "нет-такого", user="admin")
    assert unknown.returncode == 1 and "не найден" in unknown.stderr
    known = centre("users", "unlock", "cons", user="admin")
    assert known.returncode == 0 and "разблокирована" in known.stdout
