"""`workbench staff` (the team's members of staff) and `workbench restore` (deleted cases)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError
from workbench.i18n import Translator

CLI = "CLI"


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    st = add("staff", help="the team's members of staff: list, add, edit (administrators)")
    st.add_argument("action", choices=("list", "add", "edit"))
    st.add_argument("name", nargs="?", help="the member of staff (add: the new one's name)")
    st.add_argument("--rename", help="edit: the new name")
    st.add_argument("--title", help="title printed on letters (e.g. 两核专员)")
    st.add_argument("--phone", help="phone printed on letters")
    st.add_argument("--email")
    st.add_argument("--inactive", action="store_true", help="edit: no new cases for this person")
    st.add_argument("--active", action="store_true", help="edit: active again")
    st.add_argument("--all", action="store_true", help="list: inactive members too")
    st.add_argument("--format", choices=("table", "json"), default="table")


def cmd_staff(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench import cli_output as out
    from workbench.services import team

    if args.action == "list":
        people = [p for p in team.list_all_staff(store) if args.all or p.active]
        rows = [{"name": p.name, "title": p.title, "phone": p.phone, "email": p.email, "active": p.active}
                for p in people]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            head = [t.translate(CLI, w) for w in (QT_TRANSLATE_NOOP("CLI", "name"), QT_TRANSLATE_NOOP("CLI", "title"),
                                                  QT_TRANSLATE_NOOP("CLI", "phone"), QT_TRANSLATE_NOOP("CLI", "e-mail"),
                                                  QT_TRANSLATE_NOOP("CLI", "active"))]
            print(out.plain_table([head] + [[r["name"], r["title"], r["phone"], r["email"], "✓" if r["active"] else ""]
                                            for r in rows]))
        return 0
    if not args.name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say which member of staff (staff {action} NAME)."),
                              action=args.action)
    if args.action == "add":
        made = team.add_staff(store, args.name, args.title or "", args.phone or "", args.email or "")
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{name} added to the team.")).format(name=made.name))
        return 0
    changes: dict[str, Any] = {k: getattr(args, k) for k in ("title", "phone", "email") if getattr(args, k) is not None}
    if args.rename is not None:
        changes["name"] = args.rename
    if args.inactive or args.active:
        changes["active"] = args.active
    person = team.staff_by_name(store, args.name)
    edited = team.edit_staff(store, person.id, changes)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{name}: saved.")).format(name=edited.name))
    return 0


def cmd_restore(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench import cli_output as out
    from workbench.services import cases

    if args.list or not args.case_number:
        gone = cases.deleted_cases(store)
        rows = [{"case_number": d.case.case_number, "client": d.case.client.name, "insurer": d.case.insurer.name,
                 "deleted_at": d.deleted_at.isoformat(timespec="seconds"), "deleted_by": d.deleted_by,
                 "reason": d.reason} for d in gone]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            print(out.plain_table([[t.translate(CLI, w) for w in (
                QT_TRANSLATE_NOOP("CLI", "case"), QT_TRANSLATE_NOOP("CLI", "client"),
                QT_TRANSLATE_NOOP("CLI", "insurer"), QT_TRANSLATE_NOOP("CLI", "deleted"),
                QT_TRANSLATE_NOOP("CLI", "by"), QT_TRANSLATE_NOOP("CLI", "reason"))]]
                + [[r["case_number"], r["client"], r["insurer"], d.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    d.deleted_by, d.reason] for r, d in zip(rows, gone, strict=True)]))
        return 0
    number = args.case_number.strip().upper()
    match = next((d.case for d in cases.deleted_cases(store) if d.case.case_number == number), None)
    if match is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No deleted case has the number {number}."), number=number)
    cases.restore_case(store, match.id)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Case {number} restored.")).format(number=number))
    return 0
