"""Codes, errors and values from `workbench`, turned into the user's words."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate

from workbench.domain.columns import COLUMN_CONTEXT, Column
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.labels import LABEL_CONTEXT, label
from workbench.domain.money import format_cents
from workbench.errors import WorkbenchError, fill


def code_label(code: StrEnum | None) -> str:
    return "" if code is None else QCoreApplication.translate(LABEL_CONTEXT, label(code))


# The fields services name in their errors ("client.id_number"), as the forms call them: a message
# such as "This field is required." then says which field.
FIELD_CONTEXT = "Fields"
FIELD_LABELS = {
    "client": QT_TRANSLATE_NOOP("Fields", "Client"), "insured": QT_TRANSLATE_NOOP("Fields", "Insured person"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"), "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"), "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "insurer": QT_TRANSLATE_NOOP("Fields", "Insurer"), "insurer_name": QT_TRANSLATE_NOOP("Fields", "Insurer"),
    "policy_number": QT_TRANSLATE_NOOP("Fields", "Policy no."),
    "decision_date": QT_TRANSLATE_NOOP("Fields", "Decision date"),
    "received_date": QT_TRANSLATE_NOOP("Fields", "Received"),
    "event_date": QT_TRANSLATE_NOOP("Fields", "Date of the insured event"),
    "claim_submitted_on": QT_TRANSLATE_NOOP("Fields", "Claim submitted"),
    "documents_complete_on": QT_TRANSLATE_NOOP("Fields", "Documents complete"),
    "amount_claimed_cents": QT_TRANSLATE_NOOP("Fields", "Amount claimed"),
    "amount_offered_cents": QT_TRANSLATE_NOOP("Fields", "Amount offered"),
    "amount_paid_cents": QT_TRANSLATE_NOOP("Fields", "Amount paid"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"), "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"), "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "staff": QT_TRANSLATE_NOOP("Fields", "Member of staff"), "label": QT_TRANSLATE_NOOP("Fields", "Name"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"), "assignee": QT_TRANSLATE_NOOP("Fields", "Assignee"),
}


def field_label(code: str | None) -> str:
    """'client.id_number' → '客户 · 证件号码'; '' for a field the forms do not name."""
    parts = [QCoreApplication.translate(FIELD_CONTEXT, FIELD_LABELS[p]) for p in (code or "").split(".")
             if p in FIELD_LABELS]
    return " · ".join(parts)


def error_text(exc: WorkbenchError) -> str:
    """The message in the user's words, led by the field it is about when the message does not say."""
    text = fill(exc.template, exc.params, QCoreApplication.translate)
    label = field_label(getattr(exc, "field", None))
    if not label or label.split(" · ")[-1] in text:
        return text
    return QCoreApplication.translate("Errors", "{field}: {message}").format(field=label, message=text)


def column_header(column: Column) -> str:
    return QCoreApplication.translate(COLUMN_CONTEXT, column.header)


DATE_FORMAT = "yyyy-MM-dd"  # Qt's spelling of the one form dates take on screen (date_text)


def when_text(value: datetime | None) -> str:
    """A moment in local time, the same form everywhere: 2026-11-26 14:05."""
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def date_text(value: date | None) -> str:
    """Dates on screen have one form, the one date fields take: 2026-11-26 (letters write 2026年11月26日)."""
    return "" if value is None else value.isoformat()


def money_text(cents: int | None) -> str:
    return format_cents(cents)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def documents_folder() -> Path:
    """Where save dialogs start: the user's documents folder (Qt knows it on every system)."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def health_text(text: str) -> str:
    """The services put a marker where a role may not read health information; shown in
    the reader's language."""
    from workbench.domain.access import health_words

    return health_words(text, QCoreApplication.translate)


def point_as_shown(point):  # type: ignore[no-untyped-def]
    """A reasoning point with any hidden-health marker in the reader's language."""
    from dataclasses import replace

    return replace(point, quote=health_text(point.quote), rebuttal_html=health_text(point.rebuttal_html),
                   explain_to_client=health_text(point.explain_to_client))
