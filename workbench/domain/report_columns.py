"""The columns of the outcome report: one definition for the window, the CLI and
the exports, so they cannot disagree.  Each column says which cases it counts
(the drill-down measure) and how its value is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from workbench.domain.enums import Outcome
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.report import AGEING_BUCKETS, ReportRow

REPORT_COLUMN_CONTEXT = "ReportColumns"


class Shown(Enum):
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DAYS = "days"


@dataclass(frozen=True, slots=True)
class ReportColumn:
    key: str
    header: str            # English, translation key in "ReportColumns"
    shown: Shown
    value: Callable[[ReportRow], int | float | None]
    measure: str           # which cases a click shows (services.report.drill_down)


def _share(o: Outcome) -> Callable[[ReportRow], float | None]:
    return lambda r: r.share(o)


REPORT_COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn("opened", QT_TRANSLATE_NOOP("ReportColumns", "Opened"), Shown.COUNT, lambda r: r.opened, "opened"),
    ReportColumn("open", QT_TRANSLATE_NOOP("ReportColumns", "Open"), Shown.COUNT, lambda r: r.open, "open"),
    ReportColumn("decided", QT_TRANSLATE_NOOP("ReportColumns", "Decided"), Shown.COUNT, lambda r: r.decided, "decided"),
    ReportColumn("change_rate", QT_TRANSLATE_NOOP("ReportColumns", "Conclusion changed"), Shown.PERCENT,
                 lambda r: r.change_rate, "changed"),
    ReportColumn("overturned", QT_TRANSLATE_NOOP("ReportColumns", "Overturned"), Shown.PERCENT,
                 _share(Outcome.OVERTURNED), Outcome.OVERTURNED.value),
    ReportColumn("partly_changed", QT_TRANSLATE_NOOP("ReportColumns", "Partly changed"), Shown.PERCENT,
                 _share(Outcome.PARTLY_CHANGED), Outcome.PARTLY_CHANGED.value),
    ReportColumn("upheld", QT_TRANSLATE_NOOP("ReportColumns", "Upheld"), Shown.PERCENT,
                 _share(Outcome.UPHELD), Outcome.UPHELD.value),
    ReportColumn("withdrawn", QT_TRANSLATE_NOOP("ReportColumns", "Withdrawn"), Shown.PERCENT,
                 _share(Outcome.WITHDRAWN), Outcome.WITHDRAWN.value),
    ReportColumn("escalated", QT_TRANSLATE_NOOP("ReportColumns", "Escalated"), Shown.PERCENT,
                 _share(Outcome.ESCALATED), Outcome.ESCALATED.value),
    ReportColumn("claimed", QT_TRANSLATE_NOOP("ReportColumns", "Claimed (CNY)"), Shown.MONEY,
                 lambda r: r.claimed_cents, "amounts"),
    ReportColumn("offered", QT_TRANSLATE_NOOP("ReportColumns", "Initially offered (CNY)"), Shown.MONEY,
                 lambda r: r.offered_cents, "amounts"),
    ReportColumn("paid", QT_TRANSLATE_NOOP("ReportColumns", "Finally paid (CNY)"), Shown.MONEY,
                 lambda r: r.paid_cents, "amounts"),
    ReportColumn("recovered", QT_TRANSLATE_NOOP("ReportColumns", "Recovered (CNY)"), Shown.MONEY,
                 lambda r: r.recovered_cents, "amounts"),
    ReportColumn("median_days", QT_TRANSLATE_NOOP("ReportColumns", "Days to decision (median)"), Shown.DAYS,
                 lambda r: r.median_days, "decided"),
    ReportColumn("p90_days", QT_TRANSLATE_NOOP("ReportColumns", "Days to decision (90th pct.)"), Shown.DAYS,
                 lambda r: r.p90_days, "decided"),
    *(ReportColumn(f"ageing_{name}", header, Shown.COUNT, (lambda r, n=name: r.ageing[n]), f"ageing:{name}")
      for (name, _, _), header in zip(AGEING_BUCKETS, (
          QT_TRANSLATE_NOOP("ReportColumns", "Open 0–30 days"), QT_TRANSLATE_NOOP("ReportColumns", "Open 31–60 days"),
          QT_TRANSLATE_NOOP("ReportColumns", "Open 61–90 days"), QT_TRANSLATE_NOOP("ReportColumns", "Open 90+ days")),
          strict=True)),
)


def denominator_note(column: ReportColumn, row: ReportRow) -> str:
    """The English note on what a number is out of (translated by the caller's tr)."""
    if column.shown is Shown.PERCENT:
        return QT_TRANSLATE_NOOP("ReportColumns", "of {n} decided cases")
    if column.shown is Shown.MONEY:
        return QT_TRANSLATE_NOOP("ReportColumns", "over {n} decided cases ({m} with a final amount)")
    if column.shown is Shown.DAYS:
        return QT_TRANSLATE_NOOP("ReportColumns", "over {n} decided cases")
    return QT_TRANSLATE_NOOP("ReportColumns", "of {opened} cases opened")
