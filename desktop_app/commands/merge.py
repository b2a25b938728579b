"""Bringing databases together: ``merge SOURCE --into TARGET`` and a laptop's ``sync``.

``merge``: the administrator runs it. Signing in (``--user``) happens on the
target; a new (empty) target has no users yet, so then the administrator of the
source signs in. ``--db`` is not used: both databases are named in the command.

``sync SERVER``: the laptop's database is ``--db``; the person signs in on the
server. A new laptop database receives a copy of the server; afterwards its
work goes to the server and the server's current data comes back.
"""

from __future__ import annotations

import argparse

from desktop_app.core.errors import InputError

from .common import EXIT_OK, Commands, add_command, err, out, password, print_json


def _actor_services(args: argparse.Namespace, target: object, source: object) -> object:
    """The target's services acting as the signed-in administrator."""
    from desktop_app.core.services.context import Permission
    from desktop_app.core.services.facade import Services

    assert isinstance(target, Services) and isinstance(source, Services)
    login = getattr(args, "user", None)
    if not login:
        raise InputError("укажите администратора: --user ИМЯ перед командой (пароль — в "
                         "переменной RCI_INTAKE_PASSWORD или по запросу в терминале)")
    where = target if target.users.has_users() else source
    actor = where.users.sign_in(login, password(f"Пароль пользователя {login}: "))
    signed = target.as_actor(actor)
    signed.ctx.require(Permission.MERGE)
    return signed


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.core.services.facade import Services, open_services
    from desktop_app.core.services.merge import MergeOptions, merge, open_source

    source_db = open_source(args.source)
    source = Services(source_db)
    try:
        target = open_services(args.into, program="объединение баз")
        try:
            signed = _actor_services(args, target, source)
            assert isinstance(signed, Services)
            options = MergeOptions(dry_run=args.dry_run,
                                   accept_broken_audit=args.accept_broken_audit)
            report = merge(source_db, signed.ctx, options,
                           progress=None if args.json or args.quiet else err)
        finally:
            target.close()
    finally:
        source.close()
    if args.json:
        print_json(report.as_json())
    else:
        for line in report.lines():
            out(line)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop_app.core.db.location import is_server_url
    from desktop_app.core.services.facade import open_services
    from desktop_app.core.services.merge import sync

    if not is_server_url(args.server):
        raise InputError("укажите адрес сервера центра: postgresql://пользователь@сервер/база")
    login = getattr(args, "user", None)
    if not login:
        raise InputError("укажите, кто синхронизирует: --user ИМЯ перед командой")
    server = open_services(args.server, program="синхронизация")
    try:
        actor = server.users.sign_in(login, password(f"Пароль пользователя {login}: "))
        laptop = open_services(args.db, program="синхронизация")
        try:
            result = sync(laptop.as_actor(actor).ctx, server.as_actor(actor).ctx,
                          progress=None if args.json or args.quiet else err)
        finally:
            laptop.close()
    finally:
        server.close()
    if args.json:
        print_json({"pushed": result.pushed.as_json() if result.pushed else None,
                    "pulled": result.pulled.as_json()})
        return EXIT_OK
    if result.pushed is not None:
        out("Изменения этого компьютера → сервер:")
        for line in result.pushed.lines():
            out(f"  {line}")
    out("Данные сервера → этот компьютер:")
    for line in result.pulled.lines():
        out(f"  {line}")
    return EXIT_OK


def register(commands: Commands) -> None:
    p = add_command(commands, "merge",
                    "перенести базу другого рабочего места (файл или сервер) в эту базу "
                    "(администратор)", cmd_merge)
    p.add_argument("source", metavar="ИСТОЧНИК",
                   help="файл базы .sqlite3 или адрес postgresql://… — откуда переносить "
                        "(источник не изменяется)")
    p.add_argument("--into", required=True, metavar="БАЗА",
                   help="куда переносить: файл базы или адрес сервера (новая пустая база "
                        "создаётся)")
    p.add_argument("--dry-run", action="store_true",
                   help="только показать план: что будет добавлено, обновлено, пропущено и "
                        "какие конфликты; ничего не записывать")
    p.add_argument("--accept-broken-audit", action="store_true",
                   help="перенести источник, даже если его журнал событий повреждён (это "
                        "записывается в журнал событий базы назначения)")
    p.add_argument("--json", action="store_true", help="отчёт в формате JSON")
    p.add_argument("--quiet", action="store_true", help="не печатать ход работы")

    p = add_command(commands, "sync",
                    "ноутбук: отправить свою работу на сервер центра и получить его данные "
                    "(база ноутбука — --db)", cmd_sync)
    p.add_argument("server", metavar="СЕРВЕР", help="адрес сервера центра postgresql://…")
    p.add_argument("--json", action="store_true", help="отчёт в формате JSON")
    p.add_argument("--quiet", action="store_true", help="не печатать ход работы")
