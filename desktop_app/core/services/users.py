"""User accounts: Argon2id passwords, sign-in with lockout, administration.

Passwords
    Hashed with Argon2id (argon2-cffi). :data:`PRODUCTION_PARAMS` is above the
    OWASP Password Storage Cheat Sheet minimum (m=19 MiB, t=2, p=1). When the
    parameters change, the stored hash is upgraded on the next successful
    sign-in (``check_needs_rehash``). A password needs at least
    :data:`MIN_PASSWORD_LENGTH` characters and nothing else (no composition
    rules); it is NFC-normalised before hashing so the same word typed on
    another keyboard layout still matches.

Lockout
    After :data:`LOCK_AFTER` consecutive failures the account is locked for
    30 s, then each further failure doubles the delay (1 min, 2 min, …) up to
    :data:`MAX_LOCK`. Every failure, lock, unlock and sign-in is written to the
    event log. The administrator can unlock an account and reset its password.

Nobody has a default password: a new database asks for its administrator
(:meth:`UserService.create_first_admin`, allowed only while no user exists).
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.db.engine import DatabaseBusyError
from desktop_app.core.db.models import AuditEntry, Role, User
from desktop_app.core.db.presence import SessionNote
from desktop_app.core.errors import InputError, NotFoundError, UserError
from desktop_app.core.formatting import login_key, utcnow
from desktop_app.core.services.schemas import UserIn, parse

from . import audit, pending_events
from .audit import diff, snapshot
from .context import ROLE_LABELS, Actor, Permission, ServiceContext

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
LOCK_AFTER = 5
FIRST_LOCK = dt.timedelta(seconds=30)
MAX_LOCK = dt.timedelta(minutes=30)
# How long a successful sign-in waits for another writer before its event is queued.
SIGN_IN_WAIT_MS = 1000


@dataclass(frozen=True)
class HashParams:
    """Argon2id cost: ``memory_cost`` in KiB, ``time_cost`` iterations, ``parallelism`` lanes."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )


# OWASP minimum configurations for Argon2id (any one of them is acceptable).
OWASP_MINIMUMS: tuple[HashParams, ...] = (
    HashParams(time_cost=1, memory_cost=47_104, parallelism=1),
    HashParams(time_cost=2, memory_cost=19_456, parallelism=1),
    HashParams(time_cost=3, memory_cost=12_288, parallelism=1),
    HashParams(time_cost=4, memory_cost=9_216, parallelism=1),
    HashParams(time_cost=5, memory_cost=7_168, parallelism=1),
)

# 64 MiB, 3 passes, 1 lane: about 0.1–0.2 s per sign-in on an office PC.
PRODUCTION_PARAMS = HashParams(time_cost=3, memory_cost=65_536, parallelism=1)

# The parameters new hashes get; tests may lower them (never in the program).
DEFAULT_PARAMS: HashParams = PRODUCTION_PARAMS


def meets_owasp_minimum(params: HashParams) -> bool:
    return any(
        params.time_cost >= m.time_cost
        and params.memory_cost >= m.memory_cost
        and params.parallelism >= m.parallelism
        for m in OWASP_MINIMUMS
    )


class AuthenticationError(InputError):
    """Sign-in refused (wrong name or password, account locked or disabled)."""


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)

    id: int
    uuid: str
    login: str
    full_name: str
    position: str | None
    phone: str | None
    email: str | None
    role: str
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[Role(self.role)]

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def normalize_password(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def password_problem(password: object, login: str | None = None) -> str | None:
    """None if the password is acceptable, else a Russian explanation."""
    if not isinstance(password, str):
        return "Пароль: ожидается текст"
    pw = normalize_password(password)
    if len(pw) < MIN_PASSWORD_LENGTH:
        return (
            f"Пароль: не короче {MIN_PASSWORD_LENGTH} знаков (сейчас {len(pw)}); "
            "удобно взять фразу из нескольких слов"
        )
    if len(pw) > MAX_PASSWORD_LENGTH:
        return f"Пароль: не длиннее {MAX_PASSWORD_LENGTH} знаков"
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in pw):
        return "Пароль: содержит управляющий или недопустимый символ"
    if login is not None and pw.casefold() == login.casefold():
        return "Пароль: не может совпадать с именем входа"
    return None


def lock_delay(failures: int) -> dt.timedelta:
    """How long the account stays locked after ``failures`` consecutive failures."""
    if failures < LOCK_AFTER:
        return dt.timedelta(0)
    delay: dt.timedelta = FIRST_LOCK * int(2 ** min(failures - LOCK_AFTER, 20))
    return min(delay, MAX_LOCK)


def _local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def actor_of(user: User | UserOut) -> Actor:
    return Actor(user_id=user.id, login=user.login, role=Role(user.role),
                 full_name=user.full_name)


WRONG_CREDENTIALS = (
    "Неверное имя входа или пароль. После нескольких неудачных попыток вход "
    "временно блокируется; если вы забыли пароль, обратитесь к администратору."
)


class UserService:
    """Accounts and sign-in. ``clock`` and ``params`` are replaceable for tests."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        params: HashParams | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.ctx = ctx
        self._params = params
        self.clock = clock
        self._dummy_hash: str | None = None

    @property
    def params(self) -> HashParams:
        return self._params or DEFAULT_PARAMS

    def hash_password(self, password: str) -> str:
        return self.params.hasher().hash(normalize_password(password))

    # --- reading -----------------------------------------------------------
    def has_users(self) -> bool:
        """True once an account that can sign in exists (no permission needed: asked at
        start-up). Records without a password (people work is attributed to, e.g.
        demo data) do not count."""
        with self.ctx.read() as s:
            return bool(s.execute(
                select(func.count()).select_from(User).where(User.password_hash.is_not(None))
            ).scalar_one())

    def list_users(self, *, include_inactive: bool = True) -> list[UserOut]:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            q = select(User).order_by(User.login)
            if not include_inactive:
                q = q.where(User.active.is_(True))
            return [UserOut.model_validate(u) for u in s.execute(q).scalars()]

    def get(self, user_id: int) -> UserOut:
        self.ctx.require(Permission.READ)
        with self.ctx.read() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(f"пользователь № {user_id} не найден")
            return UserOut.model_validate(user)

    def by_login(self, login: str) -> UserOut | None:
        """The account with this login (administrators only).

        The permission is checked before the account is looked up, so someone
        else gets the same refusal for any name and cannot learn by trying which
        accounts exist.
        """
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.read() as s:
            user = self._find(s, login)
            return None if user is None else UserOut.model_validate(user)

    def sign_in_preview(self, login: str) -> Actor | None:
        """Who signs in with ``login`` if the password proves right; None: nobody can.

        Nothing is checked or logged: it only lets a window make the person's
        workplace ready while :meth:`sign_in` checks the password (the caller
        asks only for the name this workstation already shows, so it learns no
        account it did not know). :meth:`sign_in` alone decides.
        """
        now = self.clock()
        with self.ctx.read() as s:
            user = self._find(s, login)
            if (user is None or user.password_hash is None or not user.active
                    or (user.locked_until is not None and user.locked_until > now)):
                return None
            return actor_of(user)

    def open_sessions(self) -> list[SessionNote]:
        """Who has the database open now, and where (administrators): every open window
        and command, oldest first, with its computer, system user, signed-in person and
        since when; the asking window's own entry is marked ``own``. The same on a local
        file (its session notes) and on the centre's server (``workstation_sessions``)."""
        self.ctx.require(Permission.MANAGE_USERS)
        return self.ctx.db.sessions()

    @staticmethod
    def _find(s: Session, login: str) -> User | None:
        return s.execute(
            select(User).where(User.login_key == login_key(login))
        ).scalar_one_or_none()

    # --- creating and changing accounts ------------------------------------
    def create_first_admin(self, data: UserIn | dict[str, Any], password: str) -> UserOut:
        """The administrator of a new database; refused once any account exists."""
        valid = parse(UserIn, data)
        valid = valid.model_copy(update={"role": Role.ADMINISTRATOR, "active": True})
        with self.ctx.write() as s:
            # Records without a password (people demo data attributes work to) do not
            # count: they cannot sign in, so they must not block the first administrator.
            if s.execute(select(func.count()).select_from(User)
                         .where(User.password_hash.is_not(None))).scalar_one():
                raise InputError(
                    "в базе уже есть пользователи: первого администратора создают только "
                    "в новой базе; войдите как администратор и добавьте учётную запись"
                )
            return self._create_in(s, valid, password)

    def create(self, data: UserIn | dict[str, Any], password: str) -> UserOut:
        self.ctx.require(Permission.MANAGE_USERS)
        valid = parse(UserIn, data)
        with self.ctx.write() as s:
            return self._create_in(s, valid, password)

    def _create_in(self, s: Session, valid: UserIn, password: str) -> UserOut:
        problem = password_problem(password, valid.login)
        if problem:
            raise InputError(problem)
        if self._find(s, valid.login) is not None:
            raise InputError(f"Имя входа: пользователь «{valid.login}» уже есть")
        values = valid.model_dump()
        values["role"] = str(valid.role.value)
        user = User(**values)
        user.password_hash = self.hash_password(password)
        user.failed_attempts = 0
        s.add(user)
        s.flush()
        self._audit(s, "create", user, new=snapshot(user, skip={"password_hash"}))
        return UserOut.model_validate(user)

    def update(self, user_id: int, data: UserIn | dict[str, Any]) -> UserOut:
        """Change an account (name, role, active…); the password is changed separately."""
        self.ctx.require(Permission.MANAGE_USERS)
        valid = parse(UserIn, data)
        with self.ctx.write() as s:
            user = self._user(s, user_id)
            if login_key(valid.login) != user.login_key:
                other = self._find(s, valid.login)
                if other is not None:
                    raise InputError(f"Имя входа: пользователь «{valid.login}» уже есть")
            demoted = user.role == Role.ADMINISTRATOR.value and (
                valid.role != Role.ADMINISTRATOR or not valid.active
            )
            if demoted and self._active_admins(s) <= 1:
                raise InputError(
                    "это последний действующий администратор: сначала назначьте "
                    "администратором другого пользователя"
                )
            if user.id == self.ctx.actor.user_id and not valid.active:
                raise InputError("нельзя отключить собственную учётную запись")
            before = snapshot(user, skip={"password_hash"})
            values = valid.model_dump()
            values["role"] = str(valid.role.value)
            for key, value in values.items():
                setattr(user, key, value)
            old, new = diff(before, snapshot(user, skip={"password_hash"}))
            if new:
                s.flush()
                self._audit(s, "update", user, old=old, new=new)
            return UserOut.model_validate(user)

    def reset_password(self, user_id: int, new_password: str, *, reason: str | None = None) -> None:
        """The administrator sets a new password; the account is unlocked too."""
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.write() as s:
            user = self._user(s, user_id)
            problem = password_problem(new_password, user.login)
            if problem:
                raise InputError(problem)
            user.password_hash = self.hash_password(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            self._audit(s, "password_reset", user, reason=reason)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        user_id = self.ctx.actor.user_id
        if user_id is None:
            raise InputError("смена пароля доступна только вошедшему пользователю")
        with self.ctx.write() as s:
            user = self._user(s, user_id)
            if not self._verify(user.password_hash, old_password):
                raise AuthenticationError("Текущий пароль: неверный пароль")
            problem = password_problem(new_password, user.login)
            if problem:
                raise InputError(problem)
            user.password_hash = self.hash_password(new_password)
            self._audit(s, "password_change", user)

    def unlock(self, user_id: int) -> UserOut:
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.write() as s:
            user = self._user(s, user_id)
            old = {"failed_attempts": user.failed_attempts,
                   "locked_until": audit.jsonable(user.locked_until)}
            user.failed_attempts = 0
            user.locked_until = None
            self._audit(s, "account_unlock", user, old=old,
                        new={"failed_attempts": 0, "locked_until": None})
            return UserOut.model_validate(user)

    # --- signing in and out ------------------------------------------------
    def sign_in(self, login: str, password: str) -> Actor:
        """Check the password; returns the signed-in actor or raises AuthenticationError.

        The password is checked in a read transaction, so a command that only
        reads never waits for a long writer (an import) to sign in. A failure
        (wrong name or password, a locked or disabled account) is committed to
        the event log before this raises, waiting for the write lock if need be:
        lockout counting never skips an attempt. A success is logged at once
        when the write lock is free within :data:`SIGN_IN_WAIT_MS`; otherwise
        its event waits in ``<database>.pending`` and the next write of any
        window or command logs it (:mod:`.pending_events`).
        """
        now = self.clock()
        check = _PasswordCheck(self, password)
        with self.ctx.read() as s:
            user = self._find(s, login)
            triable = (user is not None and user.password_hash is not None
                       and not (user.locked_until is not None and user.locked_until > now))
            if user is not None and triable:
                seen = (user.id, user.password_hash)
                seen_entry = s.execute(select(func.max(AuditEntry.id))).scalar_one_or_none()
                matched = check.matches(user.password_hash)   # a disabled account too:
                actor = actor_of(user) if matched and user.active else None   # same work
                user_uuid = user.uuid
            else:
                check.same_work()
                actor = None
        if actor is not None:
            try:
                if self._record_success(seen, password, now):
                    return actor
            except DatabaseBusyError:
                try:
                    pending_events.queue(self.ctx.db.path, pending_events.PendingSignIn(
                        user_id=seen[0], login=actor.login, user_uuid=user_uuid, at=now,
                        seen_entry=seen_entry))
                except (OSError, UserError) as exc:   # cannot keep it: wait like any writer
                    log.warning("cannot queue the sign-in event: %s", exc)
                else:
                    return actor
        return self._sign_in_logged(login, check, now)

    def _record_success(
        self, seen: tuple[int, str | None], password: str, now: dt.datetime
    ) -> bool:
        """Log a sign-in whose password was checked; False when the account changed since."""
        with self.ctx.write(wait_ms=SIGN_IN_WAIT_MS) as s:
            user = s.get(User, seen[0])
            if (user is None or user.password_hash != seen[1] or not user.active
                    or (user.locked_until is not None and user.locked_until > now)):
                return False
            if user.password_hash and self.params.hasher().check_needs_rehash(
                    user.password_hash):
                user.password_hash = self.hash_password(password)
                self._audit(s, "password_rehash", user, as_user=True)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            self._audit(s, "sign_in", user, as_user=True)
            return True

    def _sign_in_logged(self, login: str, check: _PasswordCheck, now: dt.datetime) -> Actor:
        """Decide and log the outcome inside a write transaction (waits for the lock)."""
        error: AuthenticationError | None = None
        actor: Actor | None = None
        with self.ctx.write() as s:
            user = self._find(s, login)
            if user is None or user.password_hash is None:
                check.same_work()  # same work for unknown names
                audit.record(
                    s, user_id=None, user_login=None, action="sign_in_failed", entity="user",
                    new={"login": (login or "")[:64], "cause": "unknown_login"},
                )
                error = AuthenticationError(WRONG_CREDENTIALS)
            elif user.locked_until is not None and user.locked_until > now:
                # While locked, no password is tried (the lock stops guessing) and the
                # answer is the one an unknown name gets: nobody learns which accounts
                # exist, or that a guess was right, by trying. The work is the same.
                check.same_work()
                self._audit(s, "sign_in_refused", user, as_user=True,
                            new={"cause": "locked",
                                 "locked_until": audit.jsonable(user.locked_until)})
                error = AuthenticationError(WRONG_CREDENTIALS)
            elif not check.matches(user.password_hash):
                self._failure(s, user, now, "sign_in_failed")
                error = AuthenticationError(WRONG_CREDENTIALS)
            elif not user.active:
                self._audit(s, "sign_in_refused", user, as_user=True, new={"cause": "inactive"})
                error = AuthenticationError(
                    f"Учётная запись «{user.login}» отключена: обратитесь к администратору"
                )
            else:
                if self.params.hasher().check_needs_rehash(user.password_hash):
                    user.password_hash = self.hash_password(check.password)
                    self._audit(s, "password_rehash", user, as_user=True)
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                self._audit(s, "sign_in", user, as_user=True)
                actor = actor_of(user)
        if error is not None:
            raise error
        assert actor is not None
        return actor

    def _failure(
        self, s: Session, user: User, now: dt.datetime, action: str
    ) -> AuthenticationError:
        """Count a wrong password (locking after too many); the error for a known person.

        Only a signed-in person unlocking their own session is shown this detail;
        sign-in answers every failure alike.
        """
        user.failed_attempts = (user.failed_attempts or 0) + 1
        delay = lock_delay(user.failed_attempts)
        self._audit(s, action, user, as_user=True,
                    new={"failed_attempts": user.failed_attempts})
        if delay:
            user.locked_until = now + delay
            self._audit(s, "account_locked", user, as_user=True,
                        new={"failed_attempts": user.failed_attempts,
                             "locked_until": audit.jsonable(user.locked_until)})
            return AuthenticationError(
                f"Неверный пароль. После {user.failed_attempts} неудачных попыток учётная "
                f"запись «{user.login}» заблокирована до {_local_time(user.locked_until)}."
            )
        left = LOCK_AFTER - user.failed_attempts
        return AuthenticationError(
            f"Неверный пароль (до временной блокировки осталось попыток: {left})"
        )

    def sign_out(self, actor: Actor) -> None:
        self._event(actor, "sign_out")

    def lock_session(self, actor: Actor) -> None:
        """The screen was locked (idle time or by hand)."""
        self._event(actor, "session_lock")

    def unlock_session(self, actor: Actor, password: str) -> None:
        """Continue a locked session: the signed-in user's password is required."""
        now = self.clock()
        error: AuthenticationError | None = None
        with self.ctx.write() as s:
            if actor.user_id is None:
                raise AuthenticationError("сеанс без пользователя нельзя разблокировать")
            user = self._user(s, actor.user_id)
            if user.locked_until is not None and user.locked_until > now:
                error = AuthenticationError(
                    f"Учётная запись заблокирована до {_local_time(user.locked_until)} "
                    "после неудачных попыток ввода пароля"
                )
            elif not user.active:
                error = AuthenticationError("учётная запись отключена администратором")
            elif not self._verify(user.password_hash, password):
                error = self._failure(s, user, now, "session_unlock_failed")
            else:
                user.failed_attempts = 0
                self._audit(s, "session_unlock", user, as_user=True)
        if error is not None:
            raise error

    # --- helpers -----------------------------------------------------------
    def _event(self, actor: Actor, action: str) -> None:
        with self.ctx.write() as s:
            audit.record(s, user_id=actor.user_id, user_login=actor.login, action=action,
                         entity="user", entity_id=actor.user_id)

    def _user(self, s: Session, user_id: int) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFoundError(f"пользователь № {user_id} не найден")
        return user

    @staticmethod
    def _active_admins(s: Session) -> int:
        return int(s.execute(
            select(func.count()).select_from(User).where(
                User.role == Role.ADMINISTRATOR.value, User.active.is_(True)
            )
        ).scalar_one())

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self.hash_password("dummy password for unknown names")
        return self._dummy_hash

    def _verify(self, stored: str | None, password: object) -> bool:
        if stored is None or not isinstance(password, str):
            return False
        try:
            return PasswordHasher().verify(stored, normalize_password(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _audit(
        self,
        s: Session,
        action: str,
        user: User,
        *,
        as_user: bool = False,
        old: dict[str, Any] | None = None,
        new: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        """Log an account event; ``as_user`` records the account itself as the actor."""
        actor_id = user.id if as_user else self.ctx.actor.user_id
        actor_login = user.login if as_user else self.ctx.actor.login
        audit.record(s, user_id=actor_id, user_login=actor_login, action=action, entity="user",
                     entity_id=user.id, entity_uuid=user.uuid, old=old, new=new, reason=reason)


class _PasswordCheck:
    """One sign-in's password work: Argon2 runs once per stored hash, and exactly once
    for a name that cannot sign in, so no answer comes faster than another."""

    def __init__(self, service: UserService, password: str) -> None:
        self.service = service
        self.password = password
        self._results: dict[str, bool] = {}

    def matches(self, stored: str | None) -> bool:
        if stored is None:
            self.same_work()
            return False
        if stored not in self._results:
            self._results[stored] = self.service._verify(stored, self.password)
        return self._results[stored]

    def same_work(self) -> None:
        """The work of a check, spent once, for a name that cannot sign in."""
        if not self._results:
            self._results[""] = self.service._verify(self.service._dummy(), self.password)
