"""``python -m desktop_app`` starts the program; with a command it is the command line.

``python -m desktop_app --db FILE`` opens the program on another database;
``python -m desktop_app --db FILE check`` (any command) runs the command line.
"""

from __future__ import annotations

import sys

_CLI_FLAGS = ("-h", "--help", "--version")


def _wants_cli(args: list[str]) -> bool:
    if any(a in _CLI_FLAGS for a in args):
        return True
    from desktop_app.cli import command_names

    return any(a in command_names() for a in args)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if _wants_cli(args):
        from desktop_app.cli import main as cli_main

        return cli_main(args)
    from desktop_app.ui.app import main as gui_main

    return gui_main([a for a in args if a != "--gui"])


if __name__ == "__main__":
    raise SystemExit(main())
