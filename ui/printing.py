"""Printing a PDF we made ourselves: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_pdf(parent: QWidget, document: QPdfDocument) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(printer, document)
    return True


def paint_pages(printer: QPrinter, document: QPdfDocument) -> None:
    first = max(1, printer.fromPage() or 1)
    last = printer.toPage() or document.pageCount()
    painter = QPainter(printer)
    try:
        for n in range(first - 1, min(last, document.pageCount())):
            if n > first - 1:
                printer.newPage()
            rect = painter.viewport()
            page = document.pagePointSize(n)
            scale = min(rect.width() / page.width(), rect.height() / page.height())
            size = QSize(int(page.width() * scale), int(page.height() * scale))
            painter.drawImage(0, 0, document.render(n, size))
    finally:
        painter.end()
