"""Composing a reconsideration letter from a case: the template for its dispute kind and
language, filled with the case's facts, the analysis points and the evidence they cite."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from workbench.domain.enums import DisputeKind
from workbench.domain.letter import Enclosure, Letter, LetterPoint, Letterhead
from workbench.domain.models import Case
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.money_words import rmb_capitals, rmb_figures
from workbench.errors import ValidationError, os_reason
from workbench.paths import RESOURCES_DIR
from workbench.services.store import Store
from workbench.storage.rows import SettingRow

TEMPLATES_FILE = RESOURCES_DIR / "letters" / "templates.json"
LETTERHEAD_KEYS = {"organisation": "letterhead.organisation", "address": "letterhead.address",
                   "phone": "letterhead.phone", "logo": "letterhead.logo"}
LOGO_MAX_BYTES = 2 * 1024 * 1024
SECTION_KEYS = ("opening", "facts", "decision", "remedy", "closing")
HEADING_KEYS = ("facts_heading", "decision_heading", "points_heading", "remedy_heading", "enclosures_heading")
LABEL_KEYS = ("basis_label", "evidence_label")


REQUIRED_KEYS = ("title", "department", "to", "reference", "signature", "seal", "enclosure_columns",
                 *SECTION_KEYS, *HEADING_KEYS, *LABEL_KEYS)
TEMPLATE_NAMES = tuple(f"{kind}_{lang}" for kind in ("claim", "underwriting") for lang in ("zh", "en"))


def templates_path(config_dir: Path | None) -> Path:
    """The team's own copy in the config folder wins over the shipped templates."""
    if config_dir is not None and (config_dir / "letter_templates.json").exists():
        return config_dir / "letter_templates.json"
    return TEMPLATES_FILE


def user_templates_copy(config_dir: Path) -> Path:
    """The file to edit: created from the shipped templates the first time."""
    target = config_dir / "letter_templates.json"
    if not target.exists():
        config_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(TEMPLATES_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def load_templates(path: Path = TEMPLATES_FILE) -> dict[str, dict[str, Any]]:
    """Every template with every key, or a message that says which file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        templates = {k: v for k, v in data.items() if not k.startswith("_")}
        for name in TEMPLATE_NAMES:
            missing = [key for key in REQUIRED_KEYS if key not in templates.get(name, {})]
            if name not in templates or missing:
                raise ValueError(f"{name}: missing {', '.join(missing) or 'the whole template'}")
    except (OSError, ValueError, AttributeError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The letter templates {path} cannot be used ({detail})."),
                              path=str(path), detail=str(exc)) from exc
    return templates


def letterhead(store: Store) -> Letterhead:
    with store.unit_of_work() as s:
        values = {field: (row.value if (row := s.get(SettingRow, key)) else "") for field, key in LETTERHEAD_KEYS.items()}
    return Letterhead(**values)


def set_letterhead(store: Store, head: Letterhead) -> None:
    with store.unit_of_work() as s:
        for field, key in LETTERHEAD_KEYS.items():
            s.merge(SettingRow(key=key, value=getattr(head, field).strip()))


def logo_from_file(path: Path) -> str:
    """A logo file as the letterhead keeps it; refused unless it is a PNG or JPEG of sensible size."""
    import base64

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo {path} cannot be read ({detail})."),
                              path=str(path), detail=os_reason(exc)) from exc
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")) or len(data) > LOGO_MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo must be a PNG or JPEG image of at most 2 MB."),
                              field="logo")
    return base64.b64encode(data).decode("ascii")


def date_words(day: date | None, language: str) -> str:
    if day is None:
        return "____年__月__日" if language == "zh" else "____"
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _money(cents: int | None, language: str, unknown: str) -> str:
    if cents is None:
        return unknown
    return rmb_figures(cents) if language == "zh" else f"RMB {cents / 100:,.2f}"


def compose(store: Store, case_id: int, language: str = "zh", today: date | None = None,
            templates: dict[str, dict[str, Any]] | None = None) -> Letter:
    from workbench.i18n import Translator
    from workbench.services import analysis, audit, cases, evidence

    case = cases.get_case(store, case_id)
    templates = templates or load_templates()
    kind = "underwriting" if case.dispute_kind is DisputeKind.UNDERWRITING else "claim"
    tpl = templates[f"{kind}_{language}"]
    t = Translator("zh_CN" if language == "zh" else "en")
    head = letterhead(store)
    values = _values(case, tpl, head, language, t.label(case.decision_kind))
    fill = _filler(values)

    items = {e.id: e for e in evidence.list_evidence(store, case_id)}
    citations = {c.id: c for c in evidence.list_citations(store, case_id)}
    names = {p.code: p.short() if language == "zh" else (p.title_en or p.short()) for p in analysis.provisions(store)}
    points = []
    for p in analysis.list_points(store, case_id):
        cited = [citations[c] for c in p.citation_ids if c in citations and citations[c].evidence_id in items]
        points.append(LetterPoint(point_id=p.id, included=True, quote=p.quote, rebuttal=p.rebuttal_html,
                                  basis=tuple(names.get(c, c) for c in p.provisions),
                                  evidence=tuple(_cite(c, language) for c in cited),
                                  evidence_ids=tuple(dict.fromkeys(c.evidence_id for c in cited))))
    cited_ids = {i for p in points for i in p.evidence_ids}
    documents = tuple(Enclosure(e.id, e.enclosure_no, e.description or e.original_name, e.page_count, e.sha256,
                                e.content_type)
                      for e in sorted(items.values(), key=lambda e: e.enclosure_no) if e.id in cited_ids)
    return Letter(
        case_id=case.id, case_number=case.case_number, language=language, title=tpl["title"], letterhead=head,
        to=fill(tpl["to"]), reference=tuple((k, fill(v)) for k, v in tpl["reference"] if fill(v).strip()),
        sections={k: fill(tpl[k]) for k in SECTION_KEYS},
        headings={k: tpl[k] for k in HEADING_KEYS},
        labels={**{k: tpl[k] for k in LABEL_KEYS}, "columns": "\t".join(tpl["enclosure_columns"])},
        points=tuple(points), cited_documents=documents,
        signature=tuple(fill(line) for line in tpl["signature"]), seal=tpl["seal"],
        dated=date_words(today or date.today(), language),
        amount_table=_amounts(case, language),
        audit_head="{}:{}".format(*audit.head(store)),
    )


def _cite(citation, language: str) -> str:  # type: ignore[no-untyped-def]
    if language == "zh":
        return citation.label()
    return f"Encl. {citation.enclosure_no}, p. {citation.page}"


def _values(case: Case, tpl: dict[str, Any], head: Letterhead, language: str, decision_title: str) -> dict[str, str]:
    unknown = tpl.get("amount_unknown", "")
    claimed = case.amount_claimed_cents
    wanted = claimed - (case.amount_offered_cents or 0) if claimed is not None else None
    words = rmb_capitals(wanted) if wanted is not None else unknown
    if language == "zh":
        event = f"{date_words(case.event_date, language)}发生保险事故。" if case.event_date else ""
    else:
        event = f"The insured event happened on {date_words(case.event_date, language)}. " if case.event_date else ""
    return {
        "client": case.client.name, "insured": case.insured.name, "insurer": case.insurer.name,
        "department": tpl["department"], "policy_number": case.policy.number if case.policy else "",
        "product": case.policy.product if case.policy else "", "claim_number": case.claim_number,
        "case_number": case.case_number, "decision_date": date_words(case.decision_date, language),
        "decision_title": decision_title, "amount_claimed": _money(claimed, language, unknown),
        "amount_offered": _money(case.amount_offered_cents, language, unknown),
        "amount_figures": _money(wanted, language, unknown), "amount_words": words,
        "event_sentence": event, "event_date": date_words(case.event_date, language),
        "organisation": head.organisation, "phone": head.phone,
        "assignee": case.assignee.name if case.assignee else "",
    }


def _filler(values: dict[str, str]):  # type: ignore[no-untyped-def]
    class _Keep(dict):  # an unknown {name} in an edited template stays visible instead of failing
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    mapping = _Keep(values)

    def fill(text: str) -> str:
        try:
            return text.format_map(mapping)
        except (ValueError, IndexError, AttributeError):
            return text  # a stray brace in an edited template: print the wording as written

    return fill


def _amounts(case: Case, language: str) -> tuple[tuple[str, str], ...]:
    rows = (("申请金额", "Amount claimed", case.amount_claimed_cents),
            ("已给付/拟给付", "Paid or offered", case.amount_offered_cents))
    out = []
    for zh, en, cents in rows:
        if cents is not None:
            out.append((zh if language == "zh" else en, _money(cents, language, "")))
    if case.amount_claimed_cents is not None:
        diff = case.amount_claimed_cents - (case.amount_offered_cents or 0)
        out.append(("请求给付" if language == "zh" else "Requested", _money(diff, language, "")))
    return tuple(out)
