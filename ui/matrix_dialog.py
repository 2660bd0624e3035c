"""Every point of a case in one table, and the same as a printable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.words import code_label, point_as_shown
from ui import file_dialogs
from workbench.domain.letter_markup import markup, plain_text
from workbench.services import analysis, cases, evidence, matrix_pdf
from workbench.services.store import Store


REBUTTAL = 4  # its column


class MatrixDialog(QDialog):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        self.case = cases.get_case(store, case_id)
        self.setWindowTitle(QCoreApplication.translate(matrix_pdf.CONTEXT, matrix_pdf.TITLE).format(
            number=self.case.case_number))
        self.points = [point_as_shown(p) for p in analysis.list_points(store, case_id)]
        self.citations = {c.id: c for c in evidence.list_citations(store, case_id)}
        self.names = {p.code: p.short() for p in analysis.provisions(store)}
        # A handful of rows, read-only: a plain table widget is enough here.
        self.table = QTableWidget(len(self.points), len(matrix_pdf.HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate(matrix_pdf.CONTEXT, h)
                                              for h in matrix_pdf.HEADERS])
        for r, p in enumerate(self.points):
            cited = "\n".join(self.citations[c].label() for c in p.citation_ids if c in self.citations)
            values = [str(p.position), p.quote, code_label(p.category),
                      " ".join(x for x in (p.clause_number, p.clause_text) if x), plain_text(p.rebuttal_html),
                      "\n".join(self.names.get(c, c) for c in p.provisions),
                      cited or QCoreApplication.translate(matrix_pdf.CONTEXT, matrix_pdf.NO_EVIDENCE),
                      code_label(p.assessment), code_label(p.status)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 6 and not p.has_evidence:
                    item.setBackground(QColor("#fde7e9"))
                self.table.setItem(r, c, item)
            # The rebuttal as formatted text (bold, italic, list items), as the PDF prints it.
            rebuttal = QLabel(markup(p.rebuttal_html))
            rebuttal.setTextFormat(Qt.TextFormat.RichText)
            rebuttal.setWordWrap(True)
            rebuttal.setMargin(3)
            rebuttal.setObjectName(f"rebuttal_{p.position}")
            self.table.item(r, REBUTTAL).setForeground(QColor(0, 0, 0, 0))  # the label shows it; copying takes text
            self.table.setCellWidget(r, REBUTTAL, rebuttal)
        self.table.setColumnWidth(REBUTTAL, 320)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        for r in range(self.table.rowCount()):
            label = self.table.cellWidget(r, REBUTTAL)
            self.table.setRowHeight(r, max(self.table.rowHeight(r), label.heightForWidth(320) + 6))
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.clicked.connect(self.save_pdf_dialog)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(1300, 640)

    def save_pdf_dialog(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save the matrix"), f"{self.case.case_number}-matrix.pdf",
                                      self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(name)

    def save_pdf(self, path: Path) -> Path:
        from workbench.services.report_pdf import write_pdf

        data = matrix_pdf.render_matrix(self.case, self.points, self.citations, self.names, code_label,
                                        QCoreApplication.translate)
        write_pdf(path, data)
        return path
