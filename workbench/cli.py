"""The `workbench` command: the same services the window calls, for scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from workbench import __version__
from workbench.domain.evidence import EvidenceSource
from workbench.domain.rounds import Channel, Direction
from workbench.domain.enums import (
    CoverageType, DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage,
)
from workbench.domain.access import ROLE_LABELS, Role, health_words
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import CLOCK_DATE_FIELDS, EDITABLE_CASE_FIELDS, CaseQuery
from workbench.domain.report import (
    ALL_CASES, OPENED_RANGE, REPORT_CONTEXT, SLICE_LABELS, SLICE_NOTE, TITLE, UNASSIGNED_LABEL, SliceBy,
)
from workbench.domain.money import format_cents, parse_cents
from workbench.errors import NotFoundError, ValidationError, WorkbenchError, file_error
from workbench.i18n import Translator, system_language
from workbench.paths import app_paths, resolve_db_path

CLI = "CLI"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


MAX_DAYS_AHEAD = 3650


def _days_ahead(text: str) -> int:
    """A number of days, 0 to ten years (a longer look ahead means nothing and overflows dates)."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text}") from None
    if not 0 <= days <= MAX_DAYS_AHEAD:
        raise argparse.ArgumentTypeError(f"between 0 and {MAX_DAYS_AHEAD} days: {text}")
    return days


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="workbench", description="Claims-dispute review workbench (两核复议工作台)")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--lang", choices=("zh_CN", "zh", "en"),
                   help="language of messages and letters (default: from the system locale)")
    # --lang is accepted after the subcommand too, where people tend to type it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh_CN", "zh", "en"), default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--db", help="database file (default: $WORKBENCH_DB or the user data folder)")
    common.add_argument("--user", default=argparse.SUPPRESS,
                        help="sign in as this account (or $WORKBENCH_USER); password from the prompt or $WORKBENCH_PASSWORD")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002 - argparse's word
        return sub.add_parser(name, help=help, parents=[common])

    d = add("demo", help="write a realistic demo database")
    d.add_argument("--cases", type=int, default=300, help="number of cases (default 300)")
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--replace", action="store_true", help="overwrite an existing file")

    c = add("cases", help="list dispute cases")
    c.add_argument("--stage", action="append", choices=[s.value for s in Stage], default=[])
    c.add_argument("--outcome", action="append", choices=[o.value for o in Outcome], default=[])
    c.add_argument("--kind", choices=[k.value for k in DisputeKind])
    c.add_argument("--insurer", action="append", default=[], help="insurer name (or part of it)")
    c.add_argument("--assignee", action="append", default=[], help="staff name")
    c.add_argument("--from", dest="date_from", type=_date, help="opened on or after (YYYY-MM-DD)")
    c.add_argument("--to", dest="date_to", type=_date, help="opened on or before (YYYY-MM-DD)")
    c.add_argument("--find", default="", help="case, policy or claim number, client or insured name")
    from workbench.services.case_list import SORT_KEYS

    c.add_argument("--sort", default="case_number", choices=SORT_KEYS)
    c.add_argument("--desc", action="store_true")
    c.add_argument("--limit", type=int, default=0, help="at most this many rows (0: all)")
    c.add_argument("--format", choices=("table", "csv", "json"), default="table")

    k = add("check", help="integrity check, schema version and counts")
    k.add_argument("--format", choices=("table", "json"), default="table")

    s = add("show", help="show one case")
    s.add_argument("case_number")
    s.add_argument("--format", choices=("table", "json"), default="table")

    m = add("move", help="move a case to another stage")
    m.add_argument("case_number")
    m.add_argument("--to", required=True, choices=[s.value for s in Stage])
    m.add_argument("--outcome", choices=[o.value for o in Outcome])
    m.add_argument("--paid", help="amount finally paid, in yuan")
    m.add_argument("--reason", default="")

    n = add("new", help="open a new dispute case")
    n.add_argument("--decision", required=True, choices=[k.value for k in DecisionKind], help="the insurer's decision")
    n.add_argument("--client", required=True, help="client (policyholder) name")
    n.add_argument("--client-id", required=True, help="client's ID number")
    n.add_argument("--client-id-type", default=IdType.RESIDENT_ID.value, choices=[t.value for t in IdType])
    n.add_argument("--client-phone", default="")
    n.add_argument("--insured", help="insured person's name (default: the client)")
    n.add_argument("--insured-id", help="insured person's ID number")
    n.add_argument("--relationship", default=Relationship.OTHER.value, choices=[r.value for r in Relationship])
    n.add_argument("--insurer", required=True, help="insurer name (an existing one is reused)")
    n.add_argument("--policy", help="policy number")
    n.add_argument("--product", default="")
    n.add_argument("--coverage", default=CoverageType.OTHER.value, choices=[c.value for c in CoverageType])
    n.add_argument("--claim-no", default="")
    n.add_argument("--decision-date", type=_date)
    n.add_argument("--received-date", type=_date)
    n.add_argument("--claimed", help="amount claimed, yuan")
    n.add_argument("--offered", help="amount offered by the insurer, yuan")
    n.add_argument("--assignee", help="staff name")
    n.add_argument("--priority", default=Priority.NORMAL.value, choices=[x.value for x in Priority])
    n.add_argument("--summary", default="")
    n.add_argument("--format", choices=("table", "json"), default="table")

    u = add("update", help="change fields of a case")
    u.add_argument("case_number")
    u.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True,
                   help=f"fields: {', '.join(EDITABLE_CASE_FIELDS)} (amounts in yuan, dates YYYY-MM-DD, empty to clear)")

    pe = add("person", help="show or correct a client's or insured person's details")
    pe.add_argument("id_number", help="the person's ID number")
    pe.add_argument("--name")
    pe.add_argument("--phone")
    pe.add_argument("--address")
    pe.add_argument("--format", choices=("table", "json"), default="table")

    at = add("attach", help="attach files (or folders) to a case as evidence")
    at.add_argument("case_number")
    at.add_argument("files", nargs="+", type=Path)
    at.add_argument("--type", default="other", help="evidence type code (see `workbench evidence --types`)")
    at.add_argument("--source", default=EvidenceSource.CLIENT.value, choices=[s.value for s in EvidenceSource])
    at.add_argument("--date", type=_date, help="the document's own date")
    at.add_argument("--description", default="")
    at.add_argument("--tag", action="append", default=[])
    at.add_argument("--format", choices=("table", "json"), default="table")

    el = add("evidence", help="list a case's evidence, with the checklist of usual documents")
    el.add_argument("case_number", nargs="?")
    el.add_argument("--types", action="store_true", help="list the evidence type codes instead")
    el.add_argument("--find", default="", help="words in the documents' text")
    el.add_argument("--removed", action="store_true", help="include removed items")
    el.add_argument("--format", choices=("table", "json"), default="table")

    add("verify", help="re-hash every stored evidence file; report missing or altered ones")

    st = add("settings", help="show or change the settings kept in the database")
    st.add_argument("--max-file-mb", type=int, help="largest file that may be attached as evidence, in MB")
    st.add_argument("--organisation", help="letterhead: the firm's name")
    st.add_argument("--address", help="letterhead: address")
    st.add_argument("--phone", help="letterhead: telephone")
    st.add_argument("--logo", help="letterhead: a PNG or JPEG logo ('' removes it)")
    st.add_argument("--workstation-name", help="what this workstation is called in the bundles it writes "
                                                "(\"\" for the computer's name)")
    st.add_argument("--letters-need-approval", choices=("yes", "no"), help="issuing a letter needs a team lead's approval")

    rp = add("report", help="outcome rates: conclusion changed, outcomes, amounts, time to decision, ageing")
    rp.add_argument("--by", default="none", choices=[b.value for b in SliceBy])
    rp.add_argument("--from", dest="date_from", type=_date, help="cases opened on or after (YYYY-MM-DD)")
    rp.add_argument("--to", dest="date_to", type=_date, help="cases opened on or before (YYYY-MM-DD)")
    rp.add_argument("--kind", choices=[k.value for k in DisputeKind])
    rp.add_argument("--insurer", action="append", default=[], help="insurer name (or part of it)")
    rp.add_argument("--assignee", action="append", default=[], help="staff name")
    rp.add_argument("--format", choices=("table", "csv", "json"), default="table")
    rp.add_argument("--xlsx", type=Path, help="also write an Excel workbook")
    rp.add_argument("--pdf", type=Path, help="also write a printable PDF report")
    rp.add_argument("--force", action="store_true", help="replace an existing --xlsx or --pdf file")

    po = add("points", help="the insurer's reasoning points of a case, with hints")
    po.add_argument("case_number")
    po.add_argument("--format", choices=("table", "json"), default="table")

    pv = add("provisions", help="the legal basis library; --add a firm-specific entry")
    pv.add_argument("--add", action="store_true")
    pv.add_argument("--source", default="")
    pv.add_argument("--article", default="")
    pv.add_argument("--title", default="")
    pv.add_argument("--text", default="")
    pv.add_argument("--format", choices=("table", "json"), default="table")

    tl = add("timeline", help="everything that happened in a case, in order")
    tl.add_argument("case_number")
    tl.add_argument("--format", choices=("table", "json"), default="table")

    rd = add("round", help="log a round of negotiation with the insurer")
    rd.add_argument("case_number")
    rd.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    rd.add_argument("--direction", required=True, choices=[d.value for d in Direction])
    rd.add_argument("--when", help="date and time (YYYY-MM-DD HH:MM, local time; default now)")
    rd.add_argument("--contact", default="", help="the insurer's contact person")
    rd.add_argument("--summary", default="")
    rd.add_argument("--asked", default="")
    rd.add_argument("--answered", default="")
    rd.add_argument("--offered", help="amount offered, yuan")
    rd.add_argument("--point", action="append", default=[], metavar="N=STATUS",
                    help="point number and its status after the round (open, accepted, maintained, dropped)")
    rd.add_argument("--next-step", default="")
    rd.add_argument("--follow-up", type=_date)

    du = add("due", help="deadlines due and overdue across open cases (the morning list)")
    du.add_argument("--within", type=_days_ahead, default=14, help="days ahead (default 14, at most 3650)")
    du.add_argument("--assignee", action="append", default=[], help="staff name")
    du.add_argument("--format", choices=("table", "json"), default="table")

    mx = add("matrix", help="write the analysis matrix of a case as a PDF")
    mx.add_argument("case_number")
    mx.add_argument("--out", type=Path, required=True)
    mx.add_argument("--force", action="store_true", help="replace an existing file")

    lt = add("letter", help="write the reconsideration letter of a case as a PDF")
    lt.add_argument("case_number")
    lt.add_argument("--out", type=Path, help="the PDF to write")
    lt.add_argument("--force", action="store_true", help="replace an existing file")
    lt.add_argument("--with-enclosures", action="store_true", help="append the cited evidence, each page labelled")
    lt.add_argument("--draft", action="store_true", help="mark it DRAFT (allowed without an embeddable font)")
    lt.add_argument("--issue", action="store_true", help="issue it: keep it as the next numbered version and log "
                    "the letter as a round")
    lt.add_argument("--version", type=int, help="write an issued version exactly as it was issued")
    lt.add_argument("--list", action="store_true", help="list the issued versions")
    lt.add_argument("--format", choices=("table", "json"), default="table")
    lt.add_argument("--approved-by", default="", help="the team lead who approved the letter (when required)")

    from workbench import cli_sync

    cli_sync.add_commands(add, _date)
    from workbench import cli_access, cli_team

    cli_access.add_commands(add)
    cli_team.add_commands(add)

    x = add("delete", help="delete a case (kept as a tombstone for sync; a team lead or the assignee can restore it)")
    x.add_argument("case_number")
    x.add_argument("--reason", required=True, help="why the case is deleted (recorded)")
    r = add("restore", help="bring a deleted case back, or list the deleted cases")
    r.add_argument("case_number", nargs="?")
    r.add_argument("--list", action="store_true", help="list the deleted cases")
    r.add_argument("--format", choices=("table", "json"), default="table")
    return p


def _translator_of(args: argparse.Namespace) -> Translator:
    return Translator(args.lang or system_language())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang == "zh":
        args.lang = "zh_CN"
    t = _translator_of(args)
    try:
        return COMMANDS[args.command](args, t)
    except WorkbenchError as exc:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Error:")), t.error(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `workbench cases | head`: the reader has all it wanted; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file named on the command line that cannot be read or written
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Error:")), t.error(file_error(exc)), file=sys.stderr)
        return 2


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from workbench.services.store import Store

    path = resolve_db_path(args.db)
    if not path.exists():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no database at {path}. Create one with “workbench demo --db {path}” or start the app."),
            path=str(path))
    store = Store.open(path)
    from workbench.cli_access import sign_in

    sign_in(store, args, _translator_of(args))
    return store


def cmd_demo(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services.demo import generate_demo

    path = resolve_db_path(args.db)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if interactive:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    result = generate_demo(path, args.cases, seed=args.seed, replace=args.replace, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Demo database written: {path} ({cases} cases, {persons} people, {insurers} insurers, {staff} staff)."))
          .format(path=result.path, cases=result.cases, persons=result.persons, insurers=result.insurers,
                  staff=result.staff))
    if result.accounts:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Demo accounts (user / password):")))
        for user, role, password in result.accounts:
            print(f"  {user:6s} {password:18s} {t.translate('Labels', ROLE_LABELS[Role(role)])}")
    if result.colleague_bundle is not None:
        print(t.translate(CLI, QT_TRANSLATE_NOOP(
            "CLI", "A colleague's bundle is waiting to be imported (File → Import bundle…, or workbench import): {path}"))
            .format(path=result.colleague_bundle))
    return 0


def _ids_by_name(choices: list[tuple[int, str]], names: list[str], message: str) -> list[int]:
    ids: list[int] = []
    for name in names:
        found = [i for i, n in choices if name in n]
        if not found:
            raise ValidationError(message, name=name)
        ids.extend(found)
    return ids


def cmd_cases(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services import case_list

    store = _open(args)
    query = CaseQuery(
        stages=[Stage(s) for s in args.stage], outcomes=[Outcome(o) for o in args.outcome],
        insurer_ids=_ids_by_name(case_list.insurer_choices(store), args.insurer,
                                  QT_TRANSLATE_NOOP("Errors", "No insurer's name contains “{name}”.")),
        assignee_ids=_ids_by_name(case_list.staff_choices(store), args.assignee,
                                   QT_TRANSLATE_NOOP("Errors", "No staff member's name contains “{name}”.")),
        dispute_kind=DisputeKind(args.kind) if args.kind else None,
        opened_from=args.date_from, opened_to=args.date_to, text=args.find,
        sort_key=args.sort, descending=args.desc,
    )
    rows = case_list.list_cases(store, query)
    if args.limit > 0:
        rows = rows[: args.limit]
    if args.format == "json":
        print(out.cases_as_json(rows))
    elif args.format == "csv":
        sys.stdout.write(out.cases_as_csv(rows, t))
    else:
        print(out.cases_as_table(rows, t))
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{count} cases")).format(count=len(rows)))
    return 0


def cmd_check(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import asdict

    from workbench import cli_output as out
    from workbench.services.check import check_database

    report = check_database(_open(args))
    if args.format == "json":
        print(json.dumps({**asdict(report), "ok": report.ok}, ensure_ascii=False, indent=2))
    else:
        pairs = [
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Database")), report.path),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Schema version")), f"{report.schema_revision} / {report.expected_revision}"),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Integrity")), "; ".join(report.integrity)),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Foreign key problems")), str(report.foreign_key_problems)),
        ]
        pairs += [(name, str(n)) for name, n in report.counts.items()]
        pairs += [(t.label(Stage(st)), str(n)) for st, n in report.stages.items()]
        pairs += [(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Impossible date")), f"{number} {column} “{text}”")
                  for number, column, text in report.impossible_dates]
        pairs += [(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Rule missing")), name) for name in report.missing_triggers]
        print(out.key_values(pairs))
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "OK")) if report.ok else
              t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "PROBLEMS FOUND")))
    return 0 if report.ok else 1


def _case_by_number(store, number: str):  # type: ignore[no-untyped-def]
    from workbench.services import cases

    case_id = cases.find_case_id(store, number)
    if case_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no case {number}."), number=number)
    return cases.get_case(store, case_id)


def cmd_show(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services import cases

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    history = cases.stage_history(store, case.id)
    if args.format == "json":
        from workbench.services.case_json import case_to_json

        print(json.dumps(case_to_json(case, history), ensure_ascii=False, indent=2))
        return 0
    rows = [
        (QT_TRANSLATE_NOOP("CLI", "Case no."), case.case_number),
        (QT_TRANSLATE_NOOP("CLI", "Stage"), t.label(case.stage)),
        (QT_TRANSLATE_NOOP("CLI", "Outcome"), t.label(case.outcome)),
        (QT_TRANSLATE_NOOP("CLI", "Client"), f"{case.client.name} ({case.client.id_number})"),
        (QT_TRANSLATE_NOOP("CLI", "Insured"), f"{case.insured.name} ({t.label(case.relationship)})"),
        (QT_TRANSLATE_NOOP("CLI", "Insurer"), case.insurer.name),
        (QT_TRANSLATE_NOOP("CLI", "Policy no."), case.policy.number if case.policy else ""),
        (QT_TRANSLATE_NOOP("CLI", "Claim no."), case.claim_number),
        (QT_TRANSLATE_NOOP("CLI", "Decision"), t.label(case.decision_kind)),
        (QT_TRANSLATE_NOOP("CLI", "Decision date"), str(case.decision_date or "")),
        (QT_TRANSLATE_NOOP("CLI", "Received"), str(case.received_date or "")),
        (QT_TRANSLATE_NOOP("CLI", "Amount claimed"), format_cents(case.amount_claimed_cents)),
        (QT_TRANSLATE_NOOP("CLI", "Amount offered"), format_cents(case.amount_offered_cents)),
        (QT_TRANSLATE_NOOP("CLI", "Amount paid"), format_cents(case.amount_paid_cents)),
        (QT_TRANSLATE_NOOP("CLI", "Assignee"), case.assignee.name if case.assignee else ""),
        (QT_TRANSLATE_NOOP("CLI", "Priority"), t.label(case.priority)),
        (QT_TRANSLATE_NOOP("CLI", "Opened"), str(case.opened_on)),
        (QT_TRANSLATE_NOOP("CLI", "Closed"), str(case.closed_on or "")),
        (QT_TRANSLATE_NOOP("CLI", "Summary"), case.summary),
    ]
    print(out.key_values([(t.translate(CLI, k), v) for k, v in rows]))
    for h in history:
        print(f"  {h.changed_at:%Y-%m-%d %H:%M}  {t.label(h.from_stage) or '—'} → {t.label(h.to_stage)}"
              f"{'  ' + t.label(h.outcome) if h.outcome else ''}  {out.visible(h.actor)}  {out.visible(h.reason)}")
    return 0


def cmd_move(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services import cases

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    move = cases.StageMove(Stage(args.to), Outcome(args.outcome) if args.outcome else None, args.reason,
                           parse_cents(args.paid, "amount_paid_cents") if args.paid else None)
    moved = cases.change_stage(store, case.id, move)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{number} is now at stage “{stage}”."))
          .format(number=moved.case_number, stage=t.label(moved.stage)))
    return 0


def cmd_new(args: argparse.Namespace, t: Translator) -> int:
    from workbench.domain.models import CaseDraft, InsurerDraft, PersonDraft, PolicyDraft
    from workbench.services import case_list, cases

    store = _open(args)
    insurer_id = next((i for i, name in case_list.insurer_choices(store) if name == args.insurer.strip()), None)
    assignee = _ids_by_name(case_list.staff_choices(store), [args.assignee] if args.assignee else [],
                            QT_TRANSLATE_NOOP("Errors", "No staff member's name contains “{name}”."))
    same = not args.insured
    draft = CaseDraft(
        decision_kind=DecisionKind(args.decision),
        client=PersonDraft(args.client, IdType(args.client_id_type), args.client_id, args.client_phone),
        insured_is_client=same,
        insured=None if same else PersonDraft(args.insured, IdType.RESIDENT_ID, args.insured_id or ""),
        relationship=Relationship.SELF if same else Relationship(args.relationship),
        insurer_id=insurer_id, insurer=None if insurer_id else InsurerDraft(args.insurer),
        policy=PolicyDraft(args.policy, args.product, CoverageType(args.coverage)) if args.policy else None,
        claim_number=args.claim_no, decision_date=args.decision_date, received_date=args.received_date,
        amount_claimed_cents=parse_cents(args.claimed, "amount_claimed_cents") if args.claimed else None,
        amount_offered_cents=parse_cents(args.offered, "amount_offered_cents") if args.offered else None,
        assignee_id=assignee[0] if assignee else None, priority=Priority(args.priority), summary=args.summary,
    )
    case = cases.create_case(store, draft)
    if args.format == "json":
        from workbench.services.case_json import case_to_json

        print(json.dumps(case_to_json(case, cases.stage_history(store, case.id)), ensure_ascii=False, indent=2))
    else:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Case {number} opened.")).format(number=case.case_number))
    return 0


BOOLEAN_FIELDS = frozenset({"complaint_complex"})


def _field_value(field: str, text: str):  # type: ignore[no-untyped-def]
    """A --set value in the form update_case expects."""
    if text == "":
        return "" if field in ("claim_number", "summary") else None
    if field.endswith("_cents"):
        return parse_cents(text, field)
    if field in BOOLEAN_FIELDS:
        answer = text.casefold()
        if answer in ("yes", "true", "1", "是"):
            return True
        if answer in ("no", "false", "0", "否"):
            return False
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is neither yes nor no."), field=field, text=text)
    if field.endswith("_date") or field in CLOCK_DATE_FIELDS:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date (YYYY-MM-DD)."),
                                  field=field, text=text) from None
    if field.endswith("_id"):
        if not text.isdigit():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a record id."), field=field, text=text)
        return int(text)
    codes = {"decision_kind": DecisionKind, "priority": Priority, "relationship": Relationship}
    if field in codes:
        try:
            return codes[field](text)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not one of: {choices}."), field=field,
                                  text=text, choices=", ".join(c.value for c in codes[field])) from None
    return text


def cmd_update(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services import cases

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    changes = {}
    for item in args.set:
        field, sep, value = item.partition("=")
        if not sep or field not in EDITABLE_CASE_FIELDS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These fields cannot be edited: {fields}."),
                                  fields=field)
        changes[field] = _field_value(field, value.strip())
    updated = cases.update_case(store, case.id, changes, case.meta.revision)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{number} saved (revision {revision}).")).format(
        number=updated.case_number, revision=updated.meta.revision))
    return 0


def cmd_delete(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services import cases

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    cases.delete_case(store, case.id, args.reason)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Case {number} deleted.")).format(number=case.case_number))
    return 0


def cmd_person(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import asdict, replace

    from workbench import cli_output as out
    from workbench.domain.models import PersonDraft
    from workbench.services import parties
    from workbench.services.case_json import plain

    store = _open(args)
    person = parties.look_up_person(store, args.id_number)
    edits = {k: getattr(args, k) for k in ("name", "phone", "address") if getattr(args, k) is not None}
    if edits:
        draft = replace(PersonDraft(person.name, person.id_type, person.id_number, person.phone, person.address),
                        **edits)
        person = parties.update_person(store, person.id, draft, person.meta.revision)  # type: ignore[union-attr]
    if args.format == "json":
        print(json.dumps(plain(asdict(person)), ensure_ascii=False, indent=2))
        return 0
    rows = [(QT_TRANSLATE_NOOP("CLI", "Name"), person.name), (QT_TRANSLATE_NOOP("CLI", "ID type"), t.label(person.id_type)),
            (QT_TRANSLATE_NOOP("CLI", "ID number"), person.id_number), (QT_TRANSLATE_NOOP("CLI", "Phone"), person.phone),
            (QT_TRANSLATE_NOOP("CLI", "Address"), person.address)]
    print(out.key_values([(t.translate(CLI, k), v) for k, v in rows]))
    return 0


def _type_label(t: Translator, code: str, types: dict[str, str]) -> str:
    from workbench.domain.evidence import BUILTIN_EVIDENCE_TYPES, EVIDENCE_TYPE_CONTEXT

    if code in BUILTIN_EVIDENCE_TYPES:
        return t.translate(EVIDENCE_TYPE_CONTEXT, BUILTIN_EVIDENCE_TYPES[code])
    return types.get(code, code)


def cmd_attach(args: argparse.Namespace, t: Translator) -> int:
    from workbench.domain.evidence import EvidenceMeta
    from workbench.services import evidence

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    meta = EvidenceMeta(args.type, EvidenceSource(args.source), args.date, args.description, args.tag)
    result = evidence.attach_files(store, case.id, args.files, meta)
    evidence.index_text(store, [e.id for e in result.added])
    if args.format == "json":
        print(json.dumps({"added": [_evidence_json(e) for e in result.added],
                          "duplicates": [{"file": n, "enclosure_no": no} for n, no in result.duplicates],
                          "empty_skipped": list(result.empty),
                          "damaged": [e.enclosure_no for e in result.damaged]},
                         ensure_ascii=False, indent=2))
        return 0
    for e in result.added:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Attached {name} as enclosure {no}.")).format(
            name=e.original_name, no=e.enclosure_no))
    for name, no in result.duplicates:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{name} is already attached as enclosure {no}; not added again."))
              .format(name=name, no=no))
    for name in result.empty:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{name} is empty (0 bytes); skipped.")).format(name=name))
    for e in result.damaged:
        print(t.translate(CLI, QT_TRANSLATE_NOOP(
            "CLI", "Enclosure {no} ({name}) cannot be read as a PDF: kept as received, cannot be cited by page."))
            .format(no=e.enclosure_no, name=e.original_name))
    return 0


def _evidence_json(e) -> dict:  # type: ignore[no-untyped-def]
    from dataclasses import asdict

    from workbench.services.case_json import plain

    data = plain(asdict(e))
    data["tags"] = list(e.tags)
    return data


def cmd_evidence(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services import checklist, evidence

    store = _open(args)
    types = {x.code: x.label for x in evidence.evidence_types(store)}
    if args.types:
        rows = [(code, _type_label(t, code, types)) for code in types]
        print(json.dumps(dict(rows), ensure_ascii=False, indent=2) if args.format == "json" else out.key_values(rows))
        return 0
    if not args.case_number:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the case, e.g. FY-2026-0001."))
    case = _case_by_number(store, args.case_number)
    items = evidence.list_evidence(store, case.id, evidence.EvidenceFilter(words=args.find, include_removed=args.removed))
    lines = checklist.case_checklist(store, case.id, checklist.load_checklist(checklist.checklist_path(app_paths().config_dir)))
    if args.format == "json":
        print(json.dumps({"case_number": case.case_number, "evidence": [_evidence_json(e) for e in items],
                          "checklist": [{"evidence_type": x.evidence_type, "present": list(x.present)} for x in lines]},
                         ensure_ascii=False, indent=2))
        return 0
    for e in items:
        state = "" if e.removed_at is None else t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "(removed)"))
        print(f"附件{e.enclosure_no:<3} {_type_label(t, e.evidence_type, types)}  {e.original_name}  "
              f"{e.size:,} B  {e.page_count or ''}  {e.integrity.value}  {state}".rstrip())
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Checklist:")))
    for x in lines:
        mark = "✓ " + ", ".join(f"附件{n}" for n in x.present) if x.present else "✗ " + t.translate(
            CLI, QT_TRANSLATE_NOOP("CLI", "missing"))
        print(f"  {_type_label(t, x.evidence_type, types)}: {mark}")
    return 0


def cmd_verify(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services import evidence

    result = evidence.verify_store(_open(args))
    for number, no, name in result.missing:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "MISSING  {number} enclosure {no}: {name}")).format(
            number=number, no=no, name=name))
    for number, no, name in result.altered:
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "ALTERED  {number} enclosure {no}: {name}")).format(
            number=number, no=no, name=name))
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{checked} files checked, {missing} missing, {altered} altered.")).format(
        checked=result.checked, missing=len(result.missing), altered=len(result.altered)))
    return 0 if result.ok else 1


def cmd_settings(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import replace

    from workbench import cli_output as out
    from workbench.domain.workstation import workstation_label
    from workbench.services import evidence, letter_issue, letters, sync

    store = _open(args)
    if args.max_file_mb is not None:
        evidence.set_max_file_bytes(store, args.max_file_mb * 1024 * 1024)
    if args.letters_need_approval is not None:
        letter_issue.set_approval_required(store, args.letters_need_approval == "yes")
    if args.workstation_name is not None:
        sync.set_workstation_name(store, args.workstation_name)
    head = letters.letterhead(store)
    given = {k: getattr(args, k) for k in ("organisation", "address", "phone") if getattr(args, k) is not None}
    if args.logo is not None:
        given["logo"] = letters.logo_from_file(Path(args.logo)) if args.logo else ""
    if given:
        head = replace(head, **given)
        letters.set_letterhead(store, head)
    rows = [(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Largest evidence file (MB)")),
             str(evidence.max_file_bytes(store) // (1024 * 1024))),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Workstation")),
             workstation_label(sync.workstation_name(store), store.workstation_id)),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Workstation id")), store.workstation_id),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Letterhead")),
             " · ".join(x for x in (head.organisation, head.address, head.phone) if x)),
            (t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Letters need approval")),
             t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "yes")) if letter_issue.approval_required(store)
             else t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "no")))]
    print(out.key_values(rows))
    return 0


def report_label(t: Translator, by: SliceBy, row) -> str:  # type: ignore[no-untyped-def]
    """How the CLI and the exports name a slice (the window does the same through Qt)."""
    from workbench.domain.models import UNASSIGNED

    if by is SliceBy.NONE:
        return t.translate(REPORT_CONTEXT, ALL_CASES)
    if by is SliceBy.KIND:
        return t.label(DisputeKind(row.key))
    if by is SliceBy.DECISION:
        return t.label(DecisionKind(row.key))
    if by is SliceBy.SPECIALIST and int(row.key) == UNASSIGNED:
        return t.translate(REPORT_CONTEXT, UNASSIGNED_LABEL)
    return row.label


def report_filters_text(t: Translator, args: argparse.Namespace) -> str:
    parts = [t.translate(REPORT_CONTEXT, SLICE_NOTE).format(
        by=t.translate(REPORT_CONTEXT, SLICE_LABELS[SliceBy(args.by)]))]
    if args.date_from or args.date_to:
        parts.append(t.translate(REPORT_CONTEXT, OPENED_RANGE).format(
            start=args.date_from or "…", end=args.date_to or "…"))
    if args.kind:
        parts.append(t.label(DisputeKind(args.kind)))
    parts += args.insurer + args.assignee
    return " · ".join(str(p) for p in parts)


def cmd_report(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services import case_list, report_export, report_pdf
    from workbench.services.report import outcome_report

    from workbench.services.output_files import checked_output

    xlsx, pdf = (checked_output(p, args.force) if p else None for p in (args.xlsx, args.pdf))
    store = _open(args)
    filters = CaseQuery(
        insurer_ids=_ids_by_name(case_list.insurer_choices(store), args.insurer,
                                 QT_TRANSLATE_NOOP("Errors", "No insurer's name contains “{name}”.")),
        assignee_ids=_ids_by_name(case_list.staff_choices(store), args.assignee,
                                  QT_TRANSLATE_NOOP("Errors", "No staff member's name contains “{name}”.")),
        dispute_kind=DisputeKind(args.kind) if args.kind else None, opened_from=args.date_from, opened_to=args.date_to)
    by = SliceBy(args.by)
    result = outcome_report(store, by, filters)
    label = lambda row: report_label(t, by, row)  # noqa: E731
    title = t.translate(REPORT_CONTEXT, TITLE)
    filters_text = report_filters_text(t, args)
    rows = report_export.table(result, label, t.translate)
    if xlsx:
        report_export.write_xlsx(xlsx, result, label, title, filters_text, t.translate)
    if pdf:
        report_pdf.write_pdf(pdf, report_pdf.render_pdf(result, label, title, filters_text, t.translate))
    if args.format == "json":
        print(json.dumps(report_export.report_json(result, {"kind": args.kind, "insurer": args.insurer,
                                                            "assignee": args.assignee}), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(report_export.write_csv(rows))
    else:
        print(filters_text)
        print(out.plain_table(rows))
    return 0


def _analysis_label(t: Translator):  # type: ignore[no-untyped-def]
    from workbench.domain.analysis import ANALYSIS_LABELS

    def label(code) -> str:  # type: ignore[no-untyped-def]
        if code in ANALYSIS_LABELS:
            return t.translate("Labels", ANALYSIS_LABELS[code])
        return t.label(code)
    return label


def cmd_points(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import asdict

    from workbench.services import analysis
    from workbench.services.case_json import plain
    from workbench.services.hints import case_hints

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    points = analysis.list_points(store, case.id)
    hints = case_hints(store, case.id)
    notice = analysis.get_notice(store, case.id)
    if args.format == "json":
        print(json.dumps({"case_number": case.case_number, "notice": plain(asdict(notice)),
                          "points": [plain(asdict(p)) for p in points],
                          "hints": [plain(asdict(h)) for h in hints],
                          "likely_outcome": analysis.likely_outcome(points)}, ensure_ascii=False, indent=2))
        return 0
    label = _analysis_label(t)
    zh = t.language == "zh_CN"
    for p in points:
        flag = "" if p.has_evidence else "  ⚠"
        print(f"{p.position}. [{label(p.category)} · {label(p.assessment)} · {label(p.status)}]{flag} {p.quote}")
        for h in hints:
            if h.point_id == p.id:
                print(f"     → {h.message_zh if zh else h.message_en}")
    for h in hints:
        if h.point_id is None:
            print(f"→ {h.message_zh if zh else h.message_en}")
    return 0


def cmd_provisions(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import asdict

    from workbench.services import analysis

    store = _open(args)
    if args.add:
        analysis.add_provision(store, args.source, args.article, args.title, args.text)
    items = analysis.provisions(store)
    if args.format == "json":
        print(json.dumps([asdict(p) for p in items], ensure_ascii=False, indent=2))
        return 0
    zh = t.language == "zh_CN"
    for p in items:
        print(f"{p.code:24s} {p.short()}  {p.title_zh if zh or not p.title_en else p.title_en}")
    return 0


def cmd_timeline(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services.timeline import timeline

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    events = timeline(store, case.id)
    if args.format == "json":
        print(json.dumps([{"when": e.when.isoformat(), "kind": e.kind.value, "text": e.text, "actor": e.actor,
                           "codes": [c.value if c else None for c in e.codes]} for e in events],
                         ensure_ascii=False, indent=2))
        return 0
    for e in events:
        said = out.visible(health_words(e.described(t.label), t.translate))
        print(f"{e.when.astimezone():%Y-%m-%d %H:%M}  {t.label(e.kind):12s}  {said}  {out.visible(e.actor)}".rstrip())
    return 0


def cmd_round(args: argparse.Namespace, t: Translator) -> int:
    from datetime import datetime

    from workbench.domain.analysis import PointStatus
    from workbench.domain.rounds import RoundDraft
    from workbench.services import analysis, rounds

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    when = datetime.now().astimezone()
    if args.when:
        try:
            when = datetime.fromisoformat(args.when).astimezone()
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date (YYYY-MM-DD)."),
                                  text=args.when) from None
    by_number = {p.position: p.id for p in analysis.list_points(store, case.id)}
    changes = {}
    for item in args.point:
        number, _, status = item.partition("=")
        if not number.isdigit() or int(number) not in by_number or status not in {s.value for s in PointStatus}:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a point number and status."),
                                  text=item)
        changes[by_number[int(number)]] = PointStatus(status)
    draft = RoundDraft(when, Channel(args.channel), Direction(args.direction), contact_person=args.contact,
                       summary=args.summary, asked=args.asked, answered=args.answered,
                       amount_offered_cents=parse_cents(args.offered, "amount_offered_cents") if args.offered else None,
                       point_changes=changes, next_step=args.next_step, follow_up_on=args.follow_up)
    r = rounds.log_round(store, case.id, draft)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Round {n} of {number} logged.")).format(
        n=r.number, number=case.case_number))
    return 0


def cmd_due(args: argparse.Namespace, t: Translator) -> int:
    from dataclasses import asdict
    from datetime import date as date_type

    from workbench.services import case_list, deadlines
    from workbench.services.case_json import plain

    store = _open(args)
    assignees = _ids_by_name(case_list.staff_choices(store), args.assignee,
                             QT_TRANSLATE_NOOP("Errors", "No staff member's name contains “{name}”."))
    today = date_type.today()
    items = deadlines.due_list(deadlines.open_deadlines(store, today, assignees or None), args.within, today)
    if args.format == "json":
        print(json.dumps([plain(asdict(d)) for d in items], ensure_ascii=False, indent=2))
        return 0
    zh = t.language == "zh_CN"
    from workbench import cli_output as out

    basis = deadlines.provisions_by_code(store)
    rows = [[d.due.isoformat(), d.days_left_text, d.case_number, d.client, d.assignee, d.label_zh if zh else d.label_en,
             basis[d.provision].short() if d.provision in basis else "",
             t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "OVERDUE")) if d.status == "overdue" else ""] for d in items]
    if rows:
        head = [t.translate(CLI, w) for w in (
            QT_TRANSLATE_NOOP("CLI", "due"), QT_TRANSLATE_NOOP("CLI", "days left"), QT_TRANSLATE_NOOP("CLI", "case"),
            QT_TRANSLATE_NOOP("CLI", "client"), QT_TRANSLATE_NOOP("CLI", "assignee"),
            QT_TRANSLATE_NOOP("CLI", "deadline"), QT_TRANSLATE_NOOP("CLI", "legal basis"), QT_TRANSLATE_NOOP("CLI", "state"))]
        print(out.plain_table([head, *rows]))
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{n} deadlines, {overdue} overdue.")).format(
        n=len(items), overdue=sum(d.status == "overdue" for d in items)))
    return 0


def cmd_matrix(args: argparse.Namespace, t: Translator) -> int:
    from workbench.services import analysis, evidence, matrix_pdf
    from workbench.services.output_files import checked_output

    target = checked_output(args.out, args.force)
    store = _open(args)
    case = _case_by_number(store, args.case_number)
    points = analysis.list_points(store, case.id)
    citations = {c.id: c for c in evidence.list_citations(store, case.id)}
    names = {p.code: p.short() for p in analysis.provisions(store)}
    data = matrix_pdf.render_matrix(case, points, citations, names, _analysis_label(t), t.translate)
    from workbench.services.report_pdf import write_pdf

    write_pdf(target, data)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Matrix of {number} written to {path} ({n} points).")).format(
        number=case.case_number, path=args.out, n=len(points)))
    return 0


def cmd_letter(args: argparse.Namespace, t: Translator) -> int:
    from workbench import cli_output as out
    from workbench.services import letter_issue, letters
    from workbench.services.letter_pdf import render_letter
    from workbench.services.report_pdf import write_pdf

    store = _open(args)
    case = _case_by_number(store, args.case_number)
    if args.list:
        issued = letter_issue.list_issued(store, case.id)
        rows = [{"version": x.version, "language": x.language, "title": x.title, "issued_by": x.issued_by,
                 "issued_at": x.issued_at.isoformat(timespec="seconds"), "sha256": x.sha256, "bytes": x.size}
                for x in issued]
        if args.format == "json":
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            head = [t.translate(CLI, h) for h in (QT_TRANSLATE_NOOP("CLI", "Version"), QT_TRANSLATE_NOOP("CLI", "Issued"),
                                                   QT_TRANSLATE_NOOP("CLI", "By"), QT_TRANSLATE_NOOP("CLI", "Title"),
                                                   QT_TRANSLATE_NOOP("CLI", "SHA-256"))]
            print(out.plain_table([head] + [[str(r["version"]), r["issued_at"], r["issued_by"], r["title"],
                                             r["sha256"][:16]] for r in rows]))
        return 0
    if args.out is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say where to write the letter (--out FILE.pdf)."))
    from workbench.services.output_files import checked_output

    target = checked_output(args.out, args.force)
    if args.version is not None:
        match = [x for x in letter_issue.list_issued(store, case.id) if x.version == args.version]
        if not match:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Case {number} has no issued letter version {version}."),
                                number=case.case_number, version=args.version)
        write_pdf(target, letter_issue.issued_pdf(store, match[0].id))
        print(args.out)
        return 0
    # --lang sets the letter's language too; a Chinese team's letters default to Chinese.
    language = "en" if args.lang == "en" else "zh"
    from workbench.paths import app_paths

    templates = letters.load_templates(letters.templates_path(app_paths().config_dir))
    letter = letters.compose(store, case.id, language, templates=templates)
    data = render_letter(letter, draft=args.draft and not args.issue)
    if args.with_enclosures:
        from workbench.services.letter_enclosures import letter_with_enclosures

        data = letter_with_enclosures(store, letter, data)
    if args.issue:
        # Issued first (one transaction), written after: a killed issue leaves no letter that looks issued.
        issued = letter_issue.issue_letter(store, letter, data, with_enclosures=args.with_enclosures,
                                           approved_by=args.approved_by)
        write_pdf(target, data)
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Letter for {number} issued as version {version} "
                                                 "(SHA-256 {sha}) and written to {path}.")).format(
            number=case.case_number, version=issued.version, sha=issued.sha256[:16], path=args.out))
        return 0
    write_pdf(target, data)
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Letter for {number} written to {path} ({n} points, {e} enclosures).")).format(
        number=case.case_number, path=args.out, n=len(letter.included_points()), e=len(letter.enclosures)))
    return 0


def _with_store(name: str, create: bool = False, module_name: str = "cli_sync"):  # type: ignore[no-untyped-def]
    """A command from cli_sync or cli_access, given the opened database, signed in
    (`create`: a new workstation's first import, or its first account)."""
    def run(args: argparse.Namespace, t: Translator) -> int:
        import importlib

        from workbench.services.store import Store

        module = importlib.import_module(f"workbench.{module_name}")

        if create:
            from workbench.cli_access import sign_in

            store = Store.open(resolve_db_path(args.db))
            sign_in(store, args, t)
        else:
            store = _open(args)
        return getattr(module, name)(args, t, store)
    return run


COMMANDS = {"demo": cmd_demo, "cases": cmd_cases, "check": cmd_check, "show": cmd_show, "move": cmd_move,
            "new": cmd_new, "update": cmd_update, "delete": cmd_delete, "person": cmd_person,
            "attach": cmd_attach, "evidence": cmd_evidence, "verify": cmd_verify, "settings": cmd_settings,
            "report": cmd_report, "points": cmd_points, "matrix": cmd_matrix, "provisions": cmd_provisions,
            "timeline": cmd_timeline, "round": cmd_round, "due": cmd_due,
            "letter": cmd_letter, "export": _with_store("cmd_export"), "import": _with_store("cmd_import", create=True),
            "peers": _with_store("cmd_peers"), "users": _with_store("cmd_users", create=True, module_name="cli_access"),
            "audit": _with_store("cmd_audit", module_name="cli_access"),
            "reveal": _with_store("cmd_reveal", module_name="cli_access"),
            "staff": _with_store("cmd_staff", module_name="cli_team"),
            "restore": _with_store("cmd_restore", module_name="cli_team")}

if __name__ == "__main__":
    raise SystemExit(main())
