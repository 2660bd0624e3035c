"""`workbench export`, `import` and `peers`: bundles from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Any

from workbench.bundle.labels import ACTION_LABELS, KIND_LABELS, SHARED_RECORDS, SYNC_CONTEXT, field_label
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError
from workbench.i18n import Translator

CLI = "CLI"
PASSPHRASE_ENV = "WORKBENCH_BUNDLE_PASSPHRASE"


def add_commands(add: Callable[..., argparse.ArgumentParser], date_type: Callable[[str], Any]) -> None:
    e = add("export", help="write a bundle (cases, their evidence files and history) for another workstation")
    e.add_argument("--out", type=Path, required=True, help="the bundle file to write (.wbundle)")
    e.add_argument("--force", action="store_true", help="replace an existing bundle file")
    e.add_argument("--cases", nargs="+", default=[], metavar="NUMBER", help="only these cases (default: all)")
    e.add_argument("--since", type=date_type, help="only records changed on or after this date (YYYY-MM-DD)")
    e.add_argument("--to", dest="peer", metavar="WORKSTATION",
                   help="only what was not yet sent to this workstation (ids: `workbench peers`)")
    e.add_argument("--passphrase", action="store_true",
                   help=f"protect the bundle with a passphrase (asked for, or taken from ${PASSPHRASE_ENV})")
    e.add_argument("--deidentified", action="store_true",
                   help="for sharing outside the team: people masked, no health information or letters")
    e.add_argument("--progress", action="store_true", help="print progress on stderr")

    i = add("import", help="import a bundle: verified first, then merged record by record")
    i.add_argument("bundle", type=Path)
    i.add_argument("--dry-run", action="store_true", help="verify and show what would change; change nothing")
    i.add_argument("--keep", choices=("mine", "theirs"), help="settle every remaining conflict this way")
    i.add_argument("--choose", action="append", default=[], metavar="KEY=mine|theirs|both",
                   help="settle one conflict (KEY as listed by --dry-run); may be repeated")
    i.add_argument("--format", choices=("table", "json"), default="table")
    i.add_argument("--progress", action="store_true", help="print progress on stderr")

    p = add("peers", help="workstations this one has exchanged bundles with")
    p.add_argument("--format", choices=("table", "json"), default="table")


def _passphrase(t: Translator, confirm: bool) -> str:
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A passphrase is needed: type it at the prompt, or set {env} for scripts."), env=PASSPHRASE_ENV)
    import getpass

    first = getpass.getpass(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Passphrase: ")))
    if confirm and getpass.getpass(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Passphrase again: "))) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was written."))
    return first


def _progress(enabled: bool, label: str) -> Callable[[int, int], bool] | None:
    if not enabled:
        return None

    def show(done: int, total: int) -> bool:
        print(f"{label} {done}/{total}", file=sys.stderr, flush=True)
        return True
    return show


def cmd_export(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench.services import cases, sync
    from workbench.services.output_files import checked_output

    target = checked_output(args.out, args.force)
    uuids: tuple[str, ...] = ()
    if args.cases:
        ids = []
        for number in args.cases:
            found = cases.find_case_id(store, number)
            if found is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no case {number}."), number=number)
            ids.append(found)
        uuids = sync.case_uuids(store, ids)
    since = datetime.combine(args.since, time.min).astimezone(timezone.utc) if args.since else None
    passphrase = _passphrase(t, confirm=True) if args.passphrase else None
    result = sync.export_bundle(store, target, sync.Scope(case_uuids=uuids, since=since, peer=args.peer),
                                passphrase=passphrase, progress=_progress(args.progress, "export"),
                                deidentified=args.deidentified)
    print(t.translate(CLI, QT_TRANSLATE_NOOP(
        "CLI", "Bundle written: {path} ({cases} cases, {records} records, {files} files, {mb} MB).")).format(
        path=result.path, cases=result.cases, records=result.records, files=result.files,
        mb=f"{result.bytes / 1024 / 1024:.1f}"))
    return 0


def _plan_json(plan: Any) -> dict[str, Any]:
    return {
        "bundle": plan.bundle.name, "from_workstation": plan.bundle.source_workstation,
        "from_name": plan.bundle.source_name,
        "scope": plan.bundle.manifest.get("scope"),
        "counts": {a.value: n for a, n in plan.counts().items()},
        "cases": [{"case": c.label, "case_uuid": c.case_uuid, **{a.value: n for a, n in c.counts.items()}}
                  for c in plan.by_case()],
        "conflicts": [{"key": c.key, "case": plan.case_labels.get(_case_of(plan, c.uuid) or "", ""), "kind": c.kind,
                       "field": c.field, "mine": c.mine, "theirs": c.theirs, "base": c.base,
                       "both_allowed": c.text, "protected": c.protected} for c in plan.conflicts],
    }


def _case_of(plan: Any, uuid: str) -> str | None:
    return next((p.case_uuid for p in plan.records if p.rec.uuid == uuid), None)


def _report_json(report: Any, t: Translator) -> dict[str, Any]:
    return {
        "counts": {a.value: n for a, n in report.counts.items()}, "files_added": report.files_added,
        "backup": report.backup,
        "changes": [{"case": c.case, "kind": c.kind, "uuid": c.uuid, "action": c.action.value,
                     "fields": [{"field": f.field, "before": f.before, "after": f.after, "protected": f.protected}
                                for f in c.fields]} for c in report.changes],
        "notes": [{"case": n.case, "text": t.translate(SYNC_CONTEXT, n.template).format(**n.params)}
                  for n in report.notes],
    }


def _print_plan(plan: Any, t: Translator) -> None:
    from workbench import cli_output as out

    tr = lambda text: t.translate(SYNC_CONTEXT, text)  # noqa: E731
    head = [t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Case"))] + [tr(ACTION_LABELS[a]) for a in ACTION_LABELS]
    rows = [[c.label or tr(SHARED_RECORDS)] + [str(c.counts[a]) for a in c.counts] for c in plan.by_case()
            if any(n for a, n in c.counts.items() if a != "unchanged")]
    if len(rows) > 0:
        print(out.plain_table([head] + rows))
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{new} new, {update} updated, {merge} merged, {conflict} conflicting, {unchanged} unchanged records.")).format(
        **{a.value: n for a, n in plan.counts().items()}))
    for c in plan.conflicts:
        print(f"\n{c.key}  {tr(KIND_LABELS[c.kind])} · {tr(field_label(c.field))}"
              + ("  [!]" if c.protected else ""))
        print("  " + t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "mine:   {value}")).format(value=json.dumps(c.mine, ensure_ascii=False)))
        print("  " + t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "theirs: {value}")).format(value=json.dumps(c.theirs, ensure_ascii=False)))


def _print_report(report: Any, t: Translator) -> None:
    tr = lambda text: t.translate(SYNC_CONTEXT, text)  # noqa: E731
    new_per_case: dict[str, int] = {}
    for c in report.changes:
        if c.action.value == "new":
            new_per_case[c.case] = new_per_case.get(c.case, 0) + 1
    for case, n in sorted(new_per_case.items()):
        print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "{case}  {count} new records")).format(
            case=case or tr(SHARED_RECORDS), count=n))
    for c in report.changes:
        if c.action.value == "new":
            continue
        print(f"{c.case or '-'}  {tr(KIND_LABELS[c.kind])}  {tr(ACTION_LABELS[c.action.value])}")
        for f in c.fields:
            print(f"    {tr(field_label(f.field))}: {json.dumps(f.before, ensure_ascii=False)} → "
                  f"{json.dumps(f.after, ensure_ascii=False)}" + ("  [!]" if f.protected else ""))
    for n in report.notes:
        print(f"{n.case or '-'}  {t.translate(SYNC_CONTEXT, n.template).format(**n.params)}")
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "Imported: {new} new, {update} updated, {merge} merged, {conflict} settled conflicts; {files} evidence files added. Backup taken first: {backup}")).format(
        files=report.files_added, backup=report.backup, **{a.value: n for a, n in report.counts.items()}))


def _choices(args: argparse.Namespace, conflicts: list[Any]) -> dict[str, Any]:
    from workbench.services.sync import Choice

    keys = {c.key for c in conflicts}
    chosen: dict[str, Any] = {}
    for item in args.choose:
        key, _, value = item.rpartition("=")
        if key not in keys or value not in ("mine", "theirs", "both"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "“{item}” does not name a conflict of this bundle (KEY=mine|theirs|both; see --dry-run)."),
                item=item)
        chosen[key] = Choice(value)
    if args.keep:
        chosen.update({c.key: Choice(args.keep) for c in conflicts if c.key not in chosen})
    return chosen


def cmd_import(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench.bundle.format import PassphraseNeeded
    from workbench.services import sync

    progress = _progress(args.progress, "verify")
    try:
        prepared = sync.prepare_import(store, args.bundle, progress=progress)
    except PassphraseNeeded:
        prepared = sync.prepare_import(store, args.bundle, passphrase=_passphrase(t, confirm=False), progress=progress)
    plan = prepared.plan
    try:
        choices = _choices(args, plan.conflicts)
        unsettled = [c for c in plan.conflicts if c.key not in choices]
        if args.dry_run or unsettled:
            if args.format == "json":
                print(json.dumps(_plan_json(plan), ensure_ascii=False, indent=2))
            else:
                _print_plan(plan, t)
            if unsettled and not args.dry_run:
                print(t.translate(CLI, QT_TRANSLATE_NOOP(
                    "CLI", "{count} conflicts need a choice: use --choose KEY=mine|theirs|both or --keep mine|theirs, or import in the window. Nothing was imported.")).format(
                    count=len(unsettled)), file=sys.stderr)
                return 3
            return 0
        report = sync.apply_import(store, prepared, choices, progress=_progress(args.progress, "apply"))
    finally:
        sync.discard_import(store, prepared)
    if args.format == "json":
        print(json.dumps({"plan": _plan_json(plan), "report": _report_json(report, t)}, ensure_ascii=False, indent=2))
    else:
        _print_report(report, t)
    return 0


def cmd_peers(args: argparse.Namespace, t: Translator, store: Any) -> int:
    from workbench import cli_output as out
    from workbench.services import sync

    peers = sync.peers(store)
    stamp = lambda v: v.isoformat(timespec="seconds") if v else ""  # noqa: E731
    if args.format == "json":
        print(json.dumps({"this_workstation": store.workstation_id, "this_name": sync.workstation_name(store),
                          "peers": [{"workstation_id": p.workstation_id, "name": p.name,
                                     "last_sent_at": stamp(p.last_sent_at),
                                     "last_received_at": stamp(p.last_received_at)} for p in peers]},
                         indent=2, ensure_ascii=False))
        return 0
    print(t.translate(CLI, QT_TRANSLATE_NOOP("CLI", "This workstation: {name} ({id})")).format(
        name=sync.workstation_name(store), id=store.workstation_id))
    head = [t.translate(CLI, h) for h in (QT_TRANSLATE_NOOP("CLI", "Name"), QT_TRANSLATE_NOOP("CLI", "Workstation"),
                                           QT_TRANSLATE_NOOP("CLI", "Last sent"),
                                           QT_TRANSLATE_NOOP("CLI", "Last received"))]
    if peers:
        print(out.plain_table([head] + [[p.name, p.workstation_id, stamp(p.last_sent_at), stamp(p.last_received_at)]
                                        for p in peers]))
    return 0
