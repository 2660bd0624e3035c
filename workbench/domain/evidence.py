"""Evidence: the documents of a dispute, kept exactly as received, and citations into them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import RecordMeta

EVIDENCE_TYPE_CONTEXT = "EvidenceTypes"

# Built-in evidence types (code -> English label, translated in the UI).  Users can
# add their own (stored in the database with their own label); codes never change.
BUILTIN_EVIDENCE_TYPES: dict[str, str] = {
    "medical_record": QT_TRANSLATE_NOOP("EvidenceTypes", "Medical record"),
    "discharge_summary": QT_TRANSLATE_NOOP("EvidenceTypes", "Discharge summary"),
    "invoice": QT_TRANSLATE_NOOP("EvidenceTypes", "Invoice"),
    "test_report": QT_TRANSLATE_NOOP("EvidenceTypes", "Test report"),
    "application_form": QT_TRANSLATE_NOOP("EvidenceTypes", "Application form"),
    "health_questionnaire": QT_TRANSLATE_NOOP("EvidenceTypes", "Health questionnaire"),
    "policy_terms": QT_TRANSLATE_NOOP("EvidenceTypes", "Policy terms"),
    "decision_letter": QT_TRANSLATE_NOOP("EvidenceTypes", "Insurer's decision letter"),
    "call_recording": QT_TRANSLATE_NOOP("EvidenceTypes", "Call recording"),
    "chat_screenshot": QT_TRANSLATE_NOOP("EvidenceTypes", "Chat screenshot"),
    "other_insurer_conclusion": QT_TRANSLATE_NOOP("EvidenceTypes", "Other insurer's underwriting conclusion"),
    "other": QT_TRANSLATE_NOOP("EvidenceTypes", "Other document"),
}


class EvidenceSource(StrEnum):
    CLIENT = "client"
    INSURER = "insurer"
    HOSPITAL = "hospital"
    OTHER_INSURER = "other_insurer"
    OTHER = "other"


SOURCE_LABELS: dict[EvidenceSource, str] = {
    EvidenceSource.CLIENT: QT_TRANSLATE_NOOP("Labels", "Client"),
    EvidenceSource.INSURER: QT_TRANSLATE_NOOP("Labels", "Insurer"),
    EvidenceSource.HOSPITAL: QT_TRANSLATE_NOOP("Labels", "Hospital"),
    EvidenceSource.OTHER_INSURER: QT_TRANSLATE_NOOP("Labels", "Other insurer"),
    EvidenceSource.OTHER: QT_TRANSLATE_NOOP("Labels", "Other source"),
}


class Integrity(StrEnum):
    UNCHECKED = "unchecked"
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"


@dataclass(frozen=True, slots=True)
class EvidenceType:
    code: str
    label: str       # English label of a built-in type, or the user's own label
    builtin: bool


@dataclass(slots=True)
class EvidenceMeta:
    """What the user says about a document."""

    evidence_type: str = "other"
    source: EvidenceSource = EvidenceSource.CLIENT
    doc_date: date | None = None
    description: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Evidence:
    id: int
    case_id: int
    enclosure_no: int
    sha256: str
    original_name: str
    size: int
    content_type: str
    page_count: int | None
    added_by: str
    evidence_type: str
    source: EvidenceSource
    doc_date: date | None
    description: str
    tags: tuple[str, ...]
    integrity: Integrity
    removed_at: datetime | None
    purged_at: datetime | None
    meta: RecordMeta
    damaged: bool = False  # a PDF that cannot be read: kept as received, not citable by page

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def is_text(self) -> bool:
        return self.content_type.startswith("text/")


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference to a page of an evidence item (and optionally a region on it, as
    fractions of the page: x, y, width, height from the top left)."""

    id: int
    case_id: int
    evidence_id: int
    enclosure_no: int
    page: int
    region: tuple[float, float, float, float] | None
    note: str

    def label(self) -> str:
        """附件3 第2页 — the form letters use."""
        return f"附件{self.enclosure_no} 第{self.page}页"


@dataclass(frozen=True, slots=True)
class AttachReport:
    """What an attach batch did: what it added, and what it skipped and why."""

    added: tuple[Evidence, ...]
    duplicates: tuple[tuple[str, int], ...]  # (file name, enclosure no. it already has)
    empty: tuple[str, ...] = ()  # files of no bytes: skipped, the rest attached

    @property
    def damaged(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.added if e.damaged)


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    evidence_type: str
    present: tuple[int, ...]  # enclosure numbers of live items of this type

    @property
    def missing(self) -> bool:
        return not self.present


@dataclass(frozen=True, slots=True)
class VerifyReport:
    checked: int
    missing: tuple[tuple[str, int, str], ...]   # (case number, enclosure no., file name)
    altered: tuple[tuple[str, int, str], ...]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered
