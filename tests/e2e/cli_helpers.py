"""Running the command line as a user does: ``python -m desktop_app --db FILE …``
in a subprocess, signed in as one of two users of a new database (a file, or a
database on the test server with the server backend, see ``tests/backend.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"admin": "admin pass phrase 1", "cons": "consultant pass phrase"}


@dataclass(frozen=True)
class Cli:
    """Runs commands on one database, signed in as ``user`` (password from the environment)."""

    db: Any
    """The ``--db`` value: a file path, or a server URL."""
    data: Path | None = None
    """The user data folder (by default the database file's folder)."""

    @property
    def folder(self) -> Path:
        return self.data if self.data is not None else Path(self.db).parent

    def __call__(self, *args: str, user: str | None = "cons", password: str | None = None,
                 new_password: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
        env["RCI_INTAKE_DATA_DIR"] = str(self.folder)
        env["PYTHONIOENCODING"] = "utf-8"
        head = ["--db", str(self.db)]
        if user is not None:
            password = password or PASSWORDS[user]
            head += ["--user", user]
        if password is not None:
            env["RCI_INTAKE_PASSWORD"] = password
        if new_password is not None:
            env["RCI_INTAKE_NEW_PASSWORD"] = new_password
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *head, *args],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
            stdin=subprocess.DEVNULL, check=False,
        )

    def json(self, *args: str, user: str | None = "cons") -> Any:
        """The JSON a successful command printed."""
        done = self(*args, "--json", user=user)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


def new_centre(folder: Path) -> Cli:
    """A new database with an administrator «admin» and a consultant «cons»."""
    import backend

    if backend.SERVER:
        cli = Cli(backend.new_server_database(), data=folder)
    else:
        cli = Cli(folder / "centre.sqlite3")
    first = cli("init", "--admin", "admin", "--full-name", "Администратор", user=None,
                password=PASSWORDS["admin"])
    assert first.returncode == 0, first.stderr
    added = cli("users", "add", "cons", "--full-name", "Иванов Иван", user="admin",
                new_password=PASSWORDS["cons"])
    assert added.returncode == 0, added.stderr
    return cli
