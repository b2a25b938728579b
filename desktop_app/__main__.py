"""``python -m desktop_app`` starts the program; with a command it is the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] not in ("--gui",):
        from desktop_app.cli import main as cli_main

        return cli_main(args)
    from desktop_app.ui.app import main as gui_main

    return gui_main([a for a in args if a != "--gui"])


if __name__ == "__main__":
    raise SystemExit(main())
