"""Codes, errors and values from `workbench`, turned into the user's words."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from workbench.domain.columns import COLUMN_CONTEXT, Column
from workbench.domain.labels import LABEL_CONTEXT, label
from workbench.domain.money import format_cents
from workbench.errors import WorkbenchError, fill


def code_label(code: StrEnum | None) -> str:
    return "" if code is None else QCoreApplication.translate(LABEL_CONTEXT, label(code))


def error_text(exc: WorkbenchError) -> str:
    return fill(exc.template, exc.params, QCoreApplication.translate)


def column_header(column: Column) -> str:
    return QCoreApplication.translate(COLUMN_CONTEXT, column.header)


def date_text(value: date | None) -> str:
    """The locale's short date (2026/11/26 in Chinese, 11/26/26 in US English...)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def long_date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def money_text(cents: int | None) -> str:
    return format_cents(cents)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
