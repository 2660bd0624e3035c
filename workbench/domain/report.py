"""Outcome measures for team leads, and how each number maps back to its cases.

Definitions (each measure is shown with its denominator):
- opened: cases in the slice; decided: those now decided or closed (a reopened
  case counts once, as open, until it is decided again); open: the rest.
- outcome shares are over decided cases; withdrawn and escalated count as decided.
- conclusion changed = (overturned + partly changed) / decided.
- amounts are over decided cases; recovered = finally paid − initially offered, over
  decided cases with a final amount.
- time to decision: days from opening to the latest decision (median, 90th percentile).
- ageing: open cases by days since opening (0–30, 31–60, 61–90, 90+).
Cases are placed in a period by the date they were opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from workbench.domain.enums import Outcome
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP


class SliceBy(StrEnum):
    NONE = "none"
    INSURER = "insurer"
    KIND = "kind"
    DECISION = "decision"
    SPECIALIST = "specialist"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


SLICE_LABELS = {
    SliceBy.NONE: QT_TRANSLATE_NOOP("Report", "All cases"),
    SliceBy.INSURER: QT_TRANSLATE_NOOP("Report", "Insurer"),
    SliceBy.KIND: QT_TRANSLATE_NOOP("Report", "Dispute kind"),
    SliceBy.DECISION: QT_TRANSLATE_NOOP("Report", "Decision kind"),
    SliceBy.SPECIALIST: QT_TRANSLATE_NOOP("Report", "Specialist"),
    SliceBy.MONTH: QT_TRANSLATE_NOOP("Report", "Month opened"),
    SliceBy.QUARTER: QT_TRANSLATE_NOOP("Report", "Quarter opened"),
    SliceBy.HALF: QT_TRANSLATE_NOOP("Report", "Half-year opened"),
    SliceBy.YEAR: QT_TRANSLATE_NOOP("Report", "Year opened"),
}

# Words of the report shared by the window, the CLI and the exports (context "Report").
REPORT_CONTEXT = "Report"
ALL_CASES = QT_TRANSLATE_NOOP("Report", "All cases")
UNASSIGNED_LABEL = QT_TRANSLATE_NOOP("Report", "(unassigned)")
SLICE_HEADER = QT_TRANSLATE_NOOP("Report", "Slice")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
TITLE = QT_TRANSLATE_NOOP("Report", "Outcome report")
SLICE_NOTE = QT_TRANSLATE_NOOP("Report", "Slice: {by}")
OPENED_RANGE = QT_TRANSLATE_NOOP("Report", "Opened {start} to {end}")
CHART_TITLE = QT_TRANSLATE_NOOP("Report", "Conclusion changed, % of decided cases")
COMPUTED_NOTE = QT_TRANSLATE_NOOP("Report", "Computed on {date}. Percentages are shares of decided cases; "
                                            "amounts are over decided cases.")
PAGE = QT_TRANSLATE_NOOP("Report", "Page {n}")
CLICK_HINT = QT_TRANSLATE_NOOP("Report", "Click to list these cases.")

AGEING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (("0-30", 0, 30), ("31-60", 31, 60),
                                                          ("61-90", 61, 90), ("90+", 91, None))


@dataclass(slots=True)
class ReportRow:
    key: str            # slice value: an id, a code or a period ("2026-03", "2026-Q1", "2026-H1", "2026")
    label: str          # what to show (insurer's name, code, period); the UI translates codes
    opened: int = 0
    decided: int = 0
    open: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=lambda: {o: 0 for o in Outcome})
    claimed_cents: int = 0
    offered_cents: int = 0
    paid_cents: int = 0
    recovered_cents: int = 0
    with_final_amount: int = 0
    decision_days: dict[int, int] = field(default_factory=dict)  # days to decision -> number of cases
    ageing: dict[str, int] = field(default_factory=lambda: {b: 0 for b, _, _ in AGEING_BUCKETS})

    @property
    def changed(self) -> int:
        return self.outcomes[Outcome.OVERTURNED] + self.outcomes[Outcome.PARTLY_CHANGED]

    @property
    def change_rate(self) -> float | None:
        return self.changed / self.decided if self.decided else None

    def share(self, outcome: Outcome) -> float | None:
        return self.outcomes[outcome] / self.decided if self.decided else None

    @property
    def median_days(self) -> float | None:
        return percentile(self.decision_days, 50)

    @property
    def p90_days(self) -> float | None:
        return percentile(self.decision_days, 90)

    def add(self, other: ReportRow) -> None:
        """Roll another row into this one (months into quarters, slices into the total)."""
        for name in ("opened", "decided", "open", "claimed_cents", "offered_cents", "paid_cents",
                     "recovered_cents", "with_final_amount"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for o in Outcome:
            self.outcomes[o] += other.outcomes[o]
        for b in self.ageing:
            self.ageing[b] += other.ageing[b]
        for days, n in other.decision_days.items():
            self.decision_days[days] = self.decision_days.get(days, 0) + n


def percentile(histogram: dict[int, int], pct: int) -> float | None:
    """Linear interpolation between closest ranks (what spreadsheets call PERCENTILE.INC),
    over values given as value -> how many times."""
    total = sum(histogram.values())
    if not total:
        return None
    pos = (total - 1) * pct / 100
    lo_rank, frac = int(pos), pos - int(pos)
    ordered = sorted(histogram.items())

    def value_at(rank: int) -> int:
        seen = 0
        for value, n in ordered:
            seen += n
            if rank < seen:
                return value
        return ordered[-1][0]
    lo = value_at(lo_rank)
    hi = value_at(min(lo_rank + 1, total - 1))
    return lo + (hi - lo) * frac


@dataclass(slots=True)
class Report:
    by: SliceBy
    date_from: date | None
    date_to: date | None
    rows: list[ReportRow]
    total: ReportRow
    computed_on: date
