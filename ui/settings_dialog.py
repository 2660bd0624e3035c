"""Preferences: the interface language, the window lock, the letter font, and the settings kept in the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from ui import settings
from ui.dialog_parts import accept_cancel
from ui import file_dialogs


class SettingsDialog(QDialog):
    """`store` is given for the business settings kept in the database."""

    def __init__(self, qsettings: QSettings, parent: QWidget | None = None,
                 store=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._qs = qsettings
        self._store = store
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get(qsettings))))
        self.note = QLabel(self.tr("A new language takes effect the next time the workbench starts."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        self.max_file_mb = QSpinBox()
        self.max_file_mb.setRange(1, 1024 * 1024)
        self.max_file_mb.setSuffix(" MB")
        if store is not None:
            from workbench.services import evidence

            self.max_file_mb.setValue(max(1, evidence.max_file_bytes(store) // (1024 * 1024)))
            form.addRow(self.tr("Largest evidence file"), self.max_file_mb)
            from workbench.services import letters

            head = letters.letterhead(store)
            self.organisation, self.address, self.phone = (QLineEdit(head.organisation), QLineEdit(head.address),
                                                           QLineEdit(head.phone))
            form.addRow(self.tr("Letterhead: organisation"), self.organisation)
            form.addRow(self.tr("Letterhead: address"), self.address)
            form.addRow(self.tr("Letterhead: telephone"), self.phone)
            self._logo = head.logo
            self.logo_button = QPushButton()
            self.logo_button.clicked.connect(self.choose_logo)
            self.logo_clear = QPushButton(self.tr("Remove"))
            self.logo_clear.clicked.connect(lambda: self.set_logo(""))
            logo_row = QHBoxLayout()
            logo_row.addWidget(self.logo_button)
            logo_row.addWidget(self.logo_clear)
            logo_row.addStretch(1)
            form.addRow(self.tr("Letterhead: logo"), logo_row)
            self.set_logo(self._logo)
            from workbench.services import letter_issue

            self.need_approval = QCheckBox(self.tr("Letters need a team lead's approval before they are issued"))
            self.need_approval.setChecked(letter_issue.approval_required(store))
            form.addRow("", self.need_approval)
            from workbench.services import sync

            self.workstation_name = QLineEdit(sync.workstation_name(store))
            self.workstation_name.setMaxLength(60)
            self.workstation_name.setToolTip(self.tr(
                "What colleagues see when they import a bundle from this workstation, e.g. 理赔部 陈静的笔记本."))
            form.addRow(self.tr("This workstation's name"), self.workstation_name)
        from workbench.pdf_fonts import installed_fonts

        self.letter_font = QComboBox()
        self.letter_font.setEditable(True)
        self.letter_font.addItem(self.tr("Found automatically"), "")
        for path in installed_fonts():
            self.letter_font.addItem(path, path)
        chosen = settings.LETTER_FONT.get(qsettings)
        if chosen:
            index = self.letter_font.findData(chosen)
            self.letter_font.setCurrentIndex(index) if index >= 0 else self.letter_font.setEditText(chosen)
        self.letter_font.setToolTip(self.tr("A Chinese TrueType font (.ttf or .ttc) that letters embed."))
        form.addRow(self.tr("Letter font"), self.letter_font)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(settings.LOCK_MINUTES.get(qsettings))
        form.addRow(self.tr("Lock the window after"), self.lock_minutes)
        who = store.principal if store is not None else None
        # Settings kept in the database are the administrators' and team leads' (the services refuse others).
        self._may_change_shared = who is None or who.role.value in ("administrator", "team_lead")
        if store is not None and not self._may_change_shared:
            for w in (self.max_file_mb, self.organisation, self.address, self.phone, self.need_approval,
                      self.workstation_name, self.logo_button, self.logo_clear):
                w.setEnabled(False)
        buttons = accept_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def set_logo(self, encoded: str) -> None:
        self._logo = encoded
        self.logo_button.setText(self.tr("Change logo…") if encoded else self.tr("Choose logo…"))
        self.logo_clear.setEnabled(bool(encoded))

    def choose_logo(self) -> None:

        from ui.words import error_text
        from workbench.errors import WorkbenchError
        from workbench.services import letters

        name = file_dialogs.open_file(self, self.tr("Letterhead logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not name:
            return
        try:
            self.set_logo(letters.logo_from_file(name))
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Letterhead logo"), error_text(exc))

    def accept(self) -> None:
        settings.LANGUAGE.set(self._qs, self.language.currentData())
        settings.LOCK_MINUTES.set(self._qs, self.lock_minutes.value())
        if self._store is not None and self._may_change_shared:
            from workbench.services import evidence

            evidence.set_max_file_bytes(self._store, self.max_file_mb.value() * 1024 * 1024)
            from workbench.domain.letter import Letterhead
            from workbench.services import letters

            letters.set_letterhead(self._store, Letterhead(self.organisation.text(), self.address.text(),
                                                           self.phone.text(), self._logo))
            from workbench.services import letter_issue

            letter_issue.set_approval_required(self._store, self.need_approval.isChecked())
            from workbench.services import sync

            if self.workstation_name.text().strip() != sync.workstation_name(self._store):
                sync.set_workstation_name(self._store, self.workstation_name.text())
        from workbench.pdf_fonts import set_preferred_font

        text = self.letter_font.currentText().strip()
        font = "" if self.letter_font.currentIndex() == 0 and text == self.letter_font.itemText(0) else text
        settings.LETTER_FONT.set(self._qs, font)
        set_preferred_font(font or None)
        super().accept()
