"""``python -m desktop_app`` starts the program; with a command it is the command line.

``python -m desktop_app --db FILE`` opens the program on another database;
``python -m desktop_app --db FILE check`` (any command) runs the command line.
``python -m desktop_app --self-test`` checks an installation in a temporary folder
(see :mod:`desktop_app.ui.selftest`).
"""

from __future__ import annotations

import sys


def _wants_cli(args: list[str]) -> bool:
    """The program itself takes only ``--db FILE`` (and ``--gui``); anything else —
    a command, ``--help``, ``--version``, a typo — goes to the command line, which
    runs it or explains the mistake."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--gui" or arg.startswith("--db="):
            i += 1
        elif arg == "--db" and i + 1 < len(args):
            i += 2
        else:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--self-test"]:
        from desktop_app.ui.selftest import run_self_test

        return run_self_test()
    if _wants_cli(args):
        from desktop_app.commands import main as cli_main

        return cli_main(args)
    # Only Qt and the sign-in dialog before the first window: the services
    # (SQLAlchemy, pydantic, the rules) load behind it while the person types.
    from desktop_app.ui.app import main as gui_main

    return gui_main([a for a in args if a != "--gui"])


if __name__ == "__main__":
    raise SystemExit(main())
