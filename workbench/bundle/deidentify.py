"""De-identified bundles, for sharing outside the team: people masked, health
information and issued letters left out, evidence files only if asked for.  They are
marked in the manifest and are never imported."""

from __future__ import annotations

from typing import Any

from workbench.bundle.writer import FileSource
from workbench.domain.access import PERSON_MASKS

HEALTH_FIELDS = {"dispute_case": ("summary",), "evidence": ("text_content",), "decision_notice": ("text",)}
LEFT_OUT = {"letter_version"}  # a letter's PDF names the client in full


def deidentify(records: list[dict[str, Any]], files: list[FileSource],
               with_evidence: bool) -> tuple[list[dict[str, Any]], list[FileSource]]:
    out = []
    for rec in records:
        if rec["kind"] in LEFT_OUT:
            continue
        fields = dict(rec["fields"])
        if rec["kind"] == "person":
            for name, mask in PERSON_MASKS.items():
                fields[name] = mask(fields[name] or "")
        for name in HEALTH_FIELDS.get(rec["kind"], ()):
            fields[name] = ""
        out.append({**rec, "fields": fields})
    evidence = {r["fields"]["sha256"] for r in out if r["kind"] == "evidence"}
    kept = [f for f in files if with_evidence and f.sha256 in evidence]
    return out, kept
