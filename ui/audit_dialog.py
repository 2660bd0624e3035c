"""The audit trail for team leads, auditors and administrators: filter, verify, export."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui import file_dialogs
from ui.audit_words import details_text, subject_text
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.services import audit
from workbench.services.store import Store

ACTIONS: dict[str, str] = {
    "sign_in": QT_TRANSLATE_NOOP("AuditDialog", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditDialog", "sign-in failed"),
    "sign_out": QT_TRANSLATE_NOOP("AuditDialog", "signed out"),
    "view_personal": QT_TRANSLATE_NOOP("AuditDialog", "viewed personal data"),
    "reveal": QT_TRANSLATE_NOOP("AuditDialog", "revealed a masked field"),
    "create": QT_TRANSLATE_NOOP("AuditDialog", "created"),
    "change": QT_TRANSLATE_NOOP("AuditDialog", "changed"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "exported"),
    "import": QT_TRANSLATE_NOOP("AuditDialog", "imported"),
    "letter_issued": QT_TRANSLATE_NOOP("AuditDialog", "issued a letter"),
    "setting": QT_TRANSLATE_NOOP("AuditDialog", "changed a setting"),
    "account_added": QT_TRANSLATE_NOOP("AuditDialog", "added an account"),
    "account_disabled": QT_TRANSLATE_NOOP("AuditDialog", "disabled an account"),
    "account_enabled": QT_TRANSLATE_NOOP("AuditDialog", "enabled an account"),
    "password_changed": QT_TRANSLATE_NOOP("AuditDialog", "changed a password"),
    "account_changed": QT_TRANSLATE_NOOP("AuditDialog", "changed an account"),
    "case_deleted": QT_TRANSLATE_NOOP("AuditDialog", "deleted a case"),
    "case_restored": QT_TRANSLATE_NOOP("AuditDialog", "restored a case"),
}


class AuditDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("user"))
        self.action = QComboBox()
        self.action.addItem(self.tr("every kind"), "")
        for code, text in ACTIONS.items():
            self.action.addItem(self.tr(text), code)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("case number, record or words"))
        for w in (self.actor, self.find):
            w.returnPressed.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        verify = QPushButton(self.tr("Verify the chain"))
        verify.setObjectName("verify")
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export_csv)
        for w in (QLabel(self.tr("User:")), self.actor, QLabel(self.tr("Kind:")), self.action, self.find):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(verify)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("When"), self.tr("User"), self.tr("Kind"),
                                              self.tr("Record"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.entries: list[audit.Entry] = []
        self.reload()

    def reload(self) -> None:
        self.entries = audit.entries(self.store, actor=self.actor.text().strip(), action=self.action.currentData(),
                                     text=self.find.text().strip())
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            kind = self.tr(ACTIONS[e.action]) if e.action in ACTIONS else e.action
            cells = [str(e.seq), e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.actor, kind,
                     subject_text(e.subject), details_text(e.details) if e.details else ""]
            exact = {4: e.subject, 5: json.dumps(e.details, ensure_ascii=False) if e.details else ""}
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(exact.get(c, text))  # the stored entry itself, for whoever checks it
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("{n} entries shown (newest first).").format(n=len(self.entries)))

    def verify(self) -> None:
        problems = audit.verify(self.store)
        seq, digest = audit.head(self.store)
        if not problems:
            self.status.setText(self.tr("The chain is intact: {n} entries, head {seq}:{hash}.").format(
                n=seq, seq=seq, hash=digest[:16]))
            self.status.setStyleSheet("color: #1b5e20")
            return
        lines = [QCoreApplication.translate("Audit", p.template).format(**p.params) for p in problems[:20]]
        self.status.setText(self.tr("The chain is broken in {n} places:").format(n=len(problems)) + "\n" + "\n".join(lines))
        self.status.setStyleSheet("color: #b3261e")

    def export_csv(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Export CSV…"), "audit.csv", self.tr("CSV files (*.csv)"))
        if path:
            path.write_text(audit.as_csv(self.entries), encoding="utf-8-sig")
