"""Program profiles: ``profiles check|list|install``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import (
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    err,
    out,
    print_json,
    signed_in,
)

if TYPE_CHECKING:
    from desktop_app.core.rules import ProfileError


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.core.rules import ProfileError, check_profile_file

    try:
        profile = check_profile_file(Path(args.file))
    except ProfileError as exc:
        return _refused("Профиль не принят", Path(args.file), exc)
    out(f"OK: профиль «{profile.code}», версия {profile.version} — {profile.title}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        registry = sv.programs.registry(reload=True)
    profiles = registry.all()
    if args.json:
        print_json({
            "profiles": [{"code": p.code, "version": p.version, "title": p.title,
                          "effective_date": p.effective_date} for p in profiles],
            "errors": [str(e) for e in registry.errors],
        })
    else:
        for p in profiles:
            out(f"{p.code}\t{p.version}\tс {p.effective_date:%d.%m.%Y}\t{p.title}")
        for e in registry.errors:
            err(f"Не загружен: {e}")
    return EXIT_OK


def cmd_install(args: argparse.Namespace) -> int:
    from desktop_app.core.rules import ProfileError

    with signed_in(args) as sv:
        try:
            profile = sv.programs.install(Path(args.file))
        except ProfileError as exc:
            return _refused("Профиль не установлен", Path(args.file), exc)
    out(f"Установлен профиль «{profile.code}», версия {profile.version}")
    return EXIT_OK


def _refused(what: str, path: Path, exc: ProfileError) -> int:
    err(f"{what}: {path.name}")
    for problem in exc.problems:
        err(f"  {problem}")
    return EXIT_REFUSED


def register(commands: Commands) -> None:
    profiles = add_group(commands, "profiles", "профили программ: проверка, список, установка")
    p = add_command(profiles, "check", "проверить файл профиля", cmd_check)
    p.add_argument("file", metavar="ФАЙЛ.toml", help="файл профиля программы")
    p = add_command(profiles, "list", "установленные профили", cmd_list)
    add_json_flag(p)
    p = add_command(profiles, "install", "установить профиль (администратор)", cmd_install)
    p.add_argument("file", metavar="ФАЙЛ.toml", help="файл профиля программы")
