"""A reconsideration letter as the specialist edits it: every section's text, which
points are in, and what is enclosed.  Rendering (services/letter_pdf.py) reads only this."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class LetterPoint:
    point_id: int
    included: bool
    quote: str                 # the insurer's argument, as a heading
    rebuttal: str              # limited markup: <b>, <i>, paragraphs and list items (see letter_markup)
    basis: tuple[str, ...]     # legal basis, named for a letter
    evidence: tuple[str, ...]  # "附件3 第2页" — empty when the point has no supporting evidence
    evidence_ids: tuple[int, ...] = ()  # the documents those citations are in


@dataclass(frozen=True, slots=True)
class Enclosure:
    evidence_id: int
    number: int
    name: str
    pages: int | None
    sha256: str = ""          # the stored file, for appending it to the printable letter
    content_type: str = ""


@dataclass(frozen=True, slots=True)
class Letterhead:
    organisation: str = ""
    address: str = ""
    phone: str = ""
    logo: str = ""   # a PNG or JPEG, base64: kept in the database so it travels with it


@dataclass(frozen=True, slots=True)
class Letter:
    case_id: int
    case_number: str
    language: str                      # "zh" or "en"
    title: str
    letterhead: Letterhead
    to: str
    reference: tuple[tuple[str, str], ...]
    sections: dict[str, str]           # opening, facts, decision, remedy, closing: editable text
    headings: dict[str, str]
    labels: dict[str, str]             # basis_label, evidence_label, enclosure columns...
    points: tuple[LetterPoint, ...]
    cited_documents: tuple[Enclosure, ...]  # every document any point cites, in enclosure order
    signature: tuple[str, ...]
    seal: str
    dated: str
    amount_table: tuple[tuple[str, str], ...] = field(default=())
    audit_head: str = ""               # "SEQ:HASH" of the audit trail when composed, kept in the PDF's metadata

    def included_points(self) -> list[LetterPoint]:
        return [p for p in self.points if p.included]

    @property
    def enclosures(self) -> tuple[Enclosure, ...]:
        """Exactly the documents cited by the points now included: a point without evidence
        never makes anything 'enclosed', and leaving a point out takes its documents with it."""
        wanted = {i for p in self.included_points() for i in p.evidence_ids}
        return tuple(d for d in self.cited_documents if d.evidence_id in wanted)

    def with_point(self, point_id: int, included: bool) -> Letter:
        """Leave a point out (or put it back)."""
        return replace(self, points=tuple(replace(p, included=included) if p.point_id == point_id else p
                                          for p in self.points))

    def with_section(self, key: str, text: str) -> Letter:
        return replace(self, sections={**self.sections, key: text})
