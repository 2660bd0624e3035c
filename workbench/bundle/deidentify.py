"""De-identified bundles, for sharing outside the team (a statistics request, a consultant):
no member holds personal or health data.  People are masked as auditors see them, staff too
(they are people), policy and claim numbers keep their last four characters, every free text
that may hold a name or a diagnosis is emptied (summaries, notices, points, rounds, reasons,
document names, descriptions and text), and neither documents nor issued letters are carried
(their bytes hold everything in full and cannot be masked).  Such bundles are marked in the
manifest and are never imported."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from workbench.bundle.writer import FileSource
from workbench.domain.access import PERSON_MASKS, mask_name, mask_phone

LEFT_OUT = {"letter_version", "negotiation_round_version"}  # whole PDFs; earlier wordings of rounds
EMPTIED: dict[str, tuple[str, ...]] = {
    "dispute_case": ("summary",),
    "stage_change": ("reason",),
    "evidence": ("description", "tags", "text_content", "purge_reason"),
    "citation": ("note",),
    "decision_notice": ("text",),
    "reasoning_point": ("quote", "clause_text", "rebuttal_html", "explain_to_client"),
    "negotiation_round": ("contact_person", "contact_phone", "summary", "asked", "answered", "next_step"),
    "document_request": ("what",),
    "staff": ("email",),
}

ACTORS: dict[str, tuple[str, ...]] = {"stage_change": ("actor",), "evidence": ("added_by", "removed_by", "purged_by")}


def _last_four(value: str | None) -> str | None:
    return value if not value else "*" * max(0, len(value) - 4) + value[-4:]


def _fields(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    fields = dict(given)
    if kind == "person":
        for name, mask in PERSON_MASKS.items():
            fields[name] = mask(fields[name] or "")
    elif kind == "staff":
        fields["name"], fields["phone"] = mask_name(fields["name"] or ""), mask_phone(fields["phone"] or "")
    elif kind == "policy":
        fields["number"] = _last_four(fields["number"])
    elif kind == "dispute_case":
        fields["claim_number"] = _last_four(fields["claim_number"])
    elif kind == "evidence":
        # The enclosure's number and the file's kind stay; the name is often the client's.
        fields["original_name"] = f"附件{fields['enclosure_no']}{PurePath(fields['original_name'] or '').suffix}"
    for name in ACTORS.get(kind, ()):  # who did it is a colleague's name
        if fields.get(name):
            fields[name] = mask_name(fields[name])
    for name in EMPTIED.get(kind, ()):
        if name in fields:
            fields[name] = "" if isinstance(fields[name], str) or fields[name] is None else type(fields[name])()
    return fields


def deidentify(records: list[dict[str, Any]], files: list[FileSource]) -> tuple[list[dict[str, Any]], list[FileSource]]:
    """The records with nothing personal or medical left, and no files."""
    del files  # documents are never carried: their bytes cannot be masked
    out = [{**rec, "fields": _fields(rec["kind"], rec["fields"])} for rec in records if rec["kind"] not in LEFT_OUT]
    return out, []
