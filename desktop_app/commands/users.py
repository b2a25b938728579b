"""User accounts (administrator): ``users list|sessions|add|unlock|reset-password``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.core.db.models import Role
from desktop_app.core.errors import NotFoundError

from .common import (
    ENV_NEW_PASSWORD,
    EXIT_OK,
    Commands,
    add_command,
    add_group,
    add_json_flag,
    out,
    password,
    print_json,
    signed_in,
)

if TYPE_CHECKING:
    from desktop_app.core.services.facade import Services
    from desktop_app.core.services.users import UserOut


def _find_user(sv: Services, login: str) -> UserOut:
    """The account named ``login``; anyone but an administrator is refused before the
    lookup, with the same words whether the account exists or not."""
    user = sv.users.by_login(login)
    if user is None:
        raise NotFoundError(f"пользователь «{login}» не найден")
    return user


def cmd_users_list(args: argparse.Namespace) -> int:
    from desktop_app.core.services.context import Permission

    with signed_in(args) as sv:
        sv.ctx.require(Permission.MANAGE_USERS)
        users = sv.users.list_users()
    if args.json:
        print_json([
            {"login": u.login, "full_name": u.full_name, "role": u.role, "position": u.position,
             "phone": u.phone, "email": u.email, "active": u.active, "locked": u.locked(),
             "last_login_at": u.last_login_at}
            for u in users
        ])
        return EXIT_OK
    for u in users:
        state = "активен" if u.active else "отключён"
        if u.locked():
            state += ", заблокирован"
        out(f"{u.login}\t{u.full_name}\t{u.role_label}\t{state}")
    return EXIT_OK


def cmd_users_sessions(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        notes = sv.users.open_sessions()
    if args.json:
        print_json([
            {"host": n.host, "login": n.user, "os_user": n.os_user, "program": n.program,
             "since": n.since, "pid": n.pid, "this": n.own}
            for n in notes
        ])
        return EXIT_OK
    for n in notes:
        mark = " (эта команда)" if n.own else ""
        out(f"{n.host}\t{n.user or '—'}\t{n.os_user}\t{n.program}{mark}\t"
            f"{n.since.astimezone():%d.%m.%Y %H:%M}")
    return EXIT_OK


def cmd_users_add(args: argparse.Namespace) -> int:
    from desktop_app.core.services.context import Permission

    with signed_in(args) as sv:
        sv.ctx.require(Permission.MANAGE_USERS)
        secret = password(f"Пароль нового пользователя {args.login}: ", ENV_NEW_PASSWORD)
        user = sv.users.create(
            {"login": args.login, "full_name": args.full_name, "role": args.role}, secret
        )
    out(f"Создан пользователь «{user.login}» ({user.role_label})")
    return EXIT_OK


def cmd_users_unlock(args: argparse.Namespace) -> int:
    with signed_in(args) as sv:
        user = sv.users.unlock(_find_user(sv, args.login).id)
    out(f"Учётная запись «{user.login}» разблокирована")
    return EXIT_OK


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    from desktop_app.core.services.context import Permission

    with signed_in(args) as sv:
        sv.ctx.require(Permission.MANAGE_USERS)
        user = _find_user(sv, args.login)
        secret = password(f"Новый пароль пользователя {args.login}: ", ENV_NEW_PASSWORD)
        sv.users.reset_password(user.id, secret)
    out(f"Пароль пользователя «{user.login}» изменён, учётная запись разблокирована")
    return EXIT_OK


def register(commands: Commands) -> None:
    users = add_group(commands, "users", "пользователи программы (администратор)")
    p = add_command(users, "list", "список пользователей", cmd_users_list)
    add_json_flag(p)
    p = add_command(users, "sessions",
                    "кто сейчас открыл базу: компьютер, пользователь, с какого времени",
                    cmd_users_sessions)
    add_json_flag(p)
    p = add_command(users, "add",
                    f"добавить пользователя (пароль — {ENV_NEW_PASSWORD} или запрос)",
                    cmd_users_add)
    p.add_argument("login", metavar="ИМЯ", help="имя входа")
    p.add_argument("--full-name", required=True, metavar="ФИО", help="фамилия, имя, отчество")
    p.add_argument("--role", default=Role.CONSULTANT.value, choices=[r.value for r in Role],
                   help="роль: consultant — консультант, supervisor — руководитель, "
                        "administrator — администратор (по умолчанию consultant)")
    p = add_command(users, "unlock", "снять блокировку после неудачных входов", cmd_users_unlock)
    p.add_argument("login", metavar="ИМЯ", help="имя входа")
    p = add_command(users, "reset-password",
                    f"задать новый пароль ({ENV_NEW_PASSWORD} или запрос)",
                    cmd_users_reset_password)
    p.add_argument("login", metavar="ИМЯ", help="имя входа")
