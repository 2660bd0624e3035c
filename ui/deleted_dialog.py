"""Case → Deleted cases…: what was deleted, when, and the way back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from ui.dialog_parts import error_label
from ui.words import code_label, error_text, when_text
from workbench.errors import WorkbenchError
from workbench.services import cases
from workbench.services.store import Store


class DeletedCasesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.restored: list[int] = []
        self.setWindowTitle(self.tr("Deleted cases"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Deleted cases are kept, with why and by whom (audit trail). A team lead, or the "
                               "specialist a case is assigned to, can bring one back."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("deleted_list")
        self.list.setHeaderLabels([self.tr("Case"), self.tr("Client"), self.tr("Insurer"), self.tr("Stage"),
                                   self.tr("Deleted"), self.tr("By"), self.tr("Reason")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list)
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_case")
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        self.items = cases.deleted_cases(self.store)
        self.list.clear()
        for d in self.items:
            c = d.case
            item = QTreeWidgetItem(self.list, [c.case_number, c.client.name, c.insurer.name, code_label(c.stage),
                                               when_text(d.deleted_at), d.deleted_by, d.reason])
            item.setToolTip(6, d.reason)
        for col in range(6):  # the reason takes what is left
            self.list.resizeColumnToContents(col)
        if self.items:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        case = self.items[self.list.indexOfTopLevelItem(item)].case
        try:
            cases.restore_case(self.store, case.id)
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.restored.append(case.id)
        self.reload()
