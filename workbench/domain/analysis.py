"""The insurer's reasoning, split into points and answered one by one."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import RecordMeta


class Category(StrEnum):
    NON_DISCLOSURE = "non_disclosure"            # 未如实告知
    EXCLUSION = "exclusion"                      # 责任免除
    PRE_EXISTING = "pre_existing"                # 既往症
    WAITING_PERIOD = "waiting_period"            # 等待期
    NOT_NECESSARY = "not_medically_necessary"
    INSUFFICIENT_DOCUMENTS = "insufficient_documents"
    POLICY_LAPSED = "policy_lapsed"
    AMOUNT = "amount_calculation"
    OTHER = "other"


class Assessment(StrEnum):
    STRONG = "strong"
    ARGUABLE = "arguable"
    WEAK = "weak"
    CONCEDE = "concede"


class PointStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"        # the insurer accepted our rebuttal
    MAINTAINED = "maintained"    # the insurer maintains its position
    DROPPED = "dropped"          # we dropped the point


ANALYSIS_LABELS = {
    Category.NON_DISCLOSURE: QT_TRANSLATE_NOOP("Labels", "Non-disclosure"),
    Category.EXCLUSION: QT_TRANSLATE_NOOP("Labels", "Exclusion clause"),
    Category.PRE_EXISTING: QT_TRANSLATE_NOOP("Labels", "Pre-existing condition"),
    Category.WAITING_PERIOD: QT_TRANSLATE_NOOP("Labels", "Waiting period"),
    Category.NOT_NECESSARY: QT_TRANSLATE_NOOP("Labels", "Not medically necessary"),
    Category.INSUFFICIENT_DOCUMENTS: QT_TRANSLATE_NOOP("Labels", "Insufficient documents"),
    Category.POLICY_LAPSED: QT_TRANSLATE_NOOP("Labels", "Policy lapsed"),
    Category.AMOUNT: QT_TRANSLATE_NOOP("Labels", "Amount or calculation"),
    Category.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
    Assessment.STRONG: QT_TRANSLATE_NOOP("Labels", "Strong"),
    Assessment.ARGUABLE: QT_TRANSLATE_NOOP("Labels", "Arguable"),
    Assessment.WEAK: QT_TRANSLATE_NOOP("Labels", "Weak"),
    Assessment.CONCEDE: QT_TRANSLATE_NOOP("Labels", "Concede"),
    PointStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open point"),
    PointStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted by the insurer"),
    PointStatus.MAINTAINED: QT_TRANSLATE_NOOP("Labels", "Maintained by the insurer"),
    PointStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped by us"),
}


@dataclass(frozen=True, slots=True)
class Notice:
    """The insurer's decision notice as received."""

    case_id: int
    text: str
    evidence_id: int | None
    issued_on: date | None


@dataclass(frozen=True, slots=True)
class Provision:
    code: str
    source: str
    article: str
    title_zh: str
    title_en: str
    text_zh: str
    text_en: str
    builtin: bool

    def short(self) -> str:
        """保险法第十六条, 司法解释（二）第六条: what a list or a matrix cell has room for."""
        source = self.source.replace("中华人民共和国", "").split("（")[0]
        if "若干问题的解释（二）" in self.source:
            source = "保险法司法解释（二）"
        source = source.replace("《", "").replace("》", "")
        return f"{source}{self.article}".strip()

    def cited(self) -> str:
        """The document by its full name in title marks, then the article: 《中华人民共和国保险法》第二十三条
        (a title inside the title takes 〈〉; an edition year such as （2015） is left out)."""
        name = re.sub(r"（\d{4}）$", "", self.source.strip())
        if not name:
            return self.article
        name = name.replace("《", "〈").replace("》", "〉")
        return f"《{name}》{self.article}"


@dataclass(frozen=True, slots=True)
class Point:
    id: int
    case_id: int
    position: int
    quote: str
    anchor: tuple[int, int] | None        # characters [start, end) of the notice text
    category: Category
    clause_number: str
    clause_text: str
    rebuttal_html: str
    provisions: tuple[str, ...]           # provision codes
    citation_ids: tuple[int, ...]         # supporting evidence citations
    assessment: Assessment
    status: PointStatus
    client_says_unexplained: bool
    clause_ambiguous: bool
    explain_to_client: str
    meta: RecordMeta

    @property
    def has_evidence(self) -> bool:
        return bool(self.citation_ids)


POINT_FIELDS = ("quote", "category", "clause_number", "clause_text", "rebuttal_html", "provisions", "citation_ids",
                "assessment", "status", "client_says_unexplained", "clause_ambiguous", "explain_to_client")


@dataclass(frozen=True, slots=True)
class Hint:
    rule: str
    provision: str
    message_zh: str
    message_en: str
    point_id: int | None = None
    data: dict[str, str] = field(default_factory=dict)
