"""Sign-in lockout is per person, on a local file and on the centre's server alike:
five wrong passwords lock that account only, until the administrator unlocks it."""

from __future__ import annotations

from cli_helpers import PASSWORDS, Cli

from desktop_app.core.services.users import WRONG_CREDENTIALS


def test_five_wrong_passwords_lock_one_account_only(centre: Cli) -> None:
    for _ in range(5):
        done = centre("enterprises", "list", user="cons", password="wrong password 123")
        assert done.returncode == 1 and "Traceback" not in done.stderr
    refused = centre("enterprises", "list", user="cons")  # the right password, still locked
    assert refused.returncode == 1 and WRONG_CREDENTIALS in refused.stderr
    listed = centre("users", "list", user="admin")
    assert listed.returncode == 0, listed.stderr
    states = dict(line.split("\t")[0::3] for line in listed.stdout.strip().splitlines())
    assert "заблокирован" in states["cons"] and "заблокирован" not in states["admin"]
    assert centre("users", "unlock", "cons", user="admin").returncode == 0
    again = centre("enterprises", "add", "--inn", "7707083893", "--full-name", "ПАО «Пример»",
                   user="cons", password=PASSWORDS["cons"])
    assert again.returncode == 0, again.stderr
