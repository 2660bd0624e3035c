"""Signing in from the command line, and `workbench users`, `audit`, `reveal`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from workbench.domain.access import ROLE_LABELS, Role
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError
from workbench.i18n import Translator

CLI = "CLI"
USER_ENV, PASSWORD_ENV = "WORKBENCH_USER", "WORKBENCH_PASSWORD"
NEED_USER = QT_TRANSLATE_NOOP(
    "Errors", "This database has accounts: say who you are with --user NAME (or {user_env}); the password is asked "
              "for, or taken from {password_env} in scripts.")


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    u = add("users", help="accounts of this database (administrators)")
    u.add_argument("action", choices=("add", "list", "edit", "disable", "enable", "password"))
    u.add_argument("username", nargs="?")
    u.add_argument("--role", choices=[r.value for r in Role], default=None, help="add: specialist unless said")
    u.add_argument("--name", default=None, help="the name shown for the account")
    u.add_argument("--staff", default=None, help="the member of staff whose assigned cases are this user's "
                                                 "(created if the team has nobody of that name; specialists and team "
                                                 "leads get one named after them by default)")
    u.add_argument("--format", choices=("table", "json"), default="table")

    a = add("audit", help="the audit trail: verify its hash chain, or list entries")
    a.add_argument("action", choices=("verify", "list"))
    a.add_argument("--head", help="SEQ:HASH recorded elsewhere (a bundle's manifest, an import entry, a letter)")
    a.add_argument("--actor", default="")
    a.add_argument("--event", default="", help="only this kind of entry (sign_in, change, reveal, export…)")
    a.add_argument("--find", default="")
    a.add_argument("--limit", type=int, default=200)
    a.add_argument("--format", choices=("table", "csv", "json"), default="table")

    r = add("reveal", help="show one masked personal field of a case, giving a reason (recorded)")
    r.add_argument("case_number")
    r.add_argument("field", choices=("client.name", "client.id_number", "client.phone", "client.address",
                                     "insured.name", "insured.id_number", "insured.phone", "insured.address"))
    r.add_argument("--reason", required=True)


NEED_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "No terminal to ask {user}'s password on: give it in {password_env} (scripts), or run the command "
              "in a terminal.")


def sign_in(store: Any, args: argparse.Namespace, t: Translator) -> None:
    """When the database has accounts, nothing runs until someone has signed in."""
    from workbench.services import accounts

    if not accounts.has_accounts_light(store):
        return
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        raise ValidationError(NEED_USER, user_env=USER_ENV, password_env=PASSWORD_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError(NEED_PASSWORD, user=user, password_env=PASSWORD_ENV)
        import getpass

        password = getpass.getpass(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Password for {user}: ")).format(user=user))
    accounts.sign_in(store, user, password)


def cmd_users(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench import cli_output as out
    from workbench.services import accounts

    if args.action == "list":
        users = accounts.list_users(store)
        rows = [{"username": u.username, "name": u.display_name, "role": u.role.value, "staff": u.staff_name,
                 "disabled": u.disabled,
                 "last_sign_in": u.last_sign_in_at.isoformat(timespec="seconds") if u.last_sign_in_at else ""}
                for u in users]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            print(out.plain_table([["user", "name", "role", "staff", "disabled", "last sign-in"]] + [
                [r["username"], r["name"], t.translate("Labels", ROLE_LABELS[Role(r["role"])]), r["staff"],
                 "×" if r["disabled"] else "", r["last_sign_in"]] for r in rows]))
        return 0
    if not args.username:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say which account (users {action} NAME)."), action=args.action)
    if args.action in ("add", "password"):
        password = os.environ.get("WORKBENCH_NEW_PASSWORD")
        if password is None:
            import getpass

            password = getpass.getpass(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "New password for {user}: ")).format(
                user=args.username))
        if args.action == "add":
            accounts.add_user(store, args.username, password, Role(args.role or Role.SPECIALIST), args.name or "",
                              args.staff or "")
        else:  # one's own needs the current password (an administrator's need not)
            current = os.environ.get(PASSWORD_ENV)
            if current is None and sys.stdin.isatty():
                import getpass

                current = getpass.getpass(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Current password: ")))
            accounts.set_password(store, args.username, password, current)
    elif args.action == "edit":
        accounts.edit_user(store, args.username, args.name, Role(args.role) if args.role else None, args.staff)
    else:
        accounts.set_disabled(store, args.username, args.action == "disable")
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Account {user}: done.")).format(user=args.username))
    return 0


def cmd_audit(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench import cli_output as out
    from workbench.services import audit

    if args.action == "verify":
        head = None
        if args.head:
            seq, _, digest = args.head.partition(":")
            if not seq.isdigit() or len(digest) != 64:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "--head is SEQ:HASH, e.g. 1234:9f86d0…"))
            head = (int(seq), digest)
        problems = audit.verify(store, head)
        seq, digest = audit.head(store)
        for p in problems:
            print(t.translate("Audit", p.template).format(**p.params))
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Audit trail: {n} problems; head {seq}:{hash}")).format(
            n=len(problems), seq=seq, hash=digest))
        return 1 if problems else 0
    items = audit.entries(store, actor=args.actor, action=args.event, text=args.find, limit=args.limit)
    if args.format == "csv":
        sys.stdout.write(audit.as_csv(items))
    elif args.format == "json":
        print(json.dumps([{"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                           "subject": e.subject, "details": e.details} for e in items], ensure_ascii=False, indent=2))
    else:
        print(out.plain_table([["seq", "at", "actor", "action", "subject"]] + [
            [str(e.seq), e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.subject[:60]]
            for e in items]))
    return 0


def cmd_reveal(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench.services import cases, visibility

    case_id = cases.find_case_id(store, args.case_number)
    if case_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no case {number}."), number=args.case_number)
    print(visibility.reveal(store, case_id, args.field, args.reason))
    return 0
