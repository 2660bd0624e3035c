"""Preferences: interface language and the name recorded for this user's actions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui import settings
from ui.dialog_parts import accept_cancel


class SettingsDialog(QDialog):
    """`store` is given for the business settings kept in the database."""

    def __init__(self, qsettings: QSettings, staff_names: list[str], parent: QWidget | None = None,
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
        self.actor = QComboBox()
        self.actor.setEditable(True)
        self.actor.addItems(staff_names)
        self.actor.setCurrentText(settings.actor_name(qsettings))
        self.note = QLabel(self.tr("A new language takes effect the next time the workbench starts."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Your name (recorded with stage changes)"), self.actor)
        self.max_file_mb = QSpinBox()
        self.max_file_mb.setRange(1, 1024 * 1024)
        self.max_file_mb.setSuffix(" MB")
        if store is not None:
            from workbench.services import evidence

            self.max_file_mb.setValue(max(1, evidence.max_file_bytes(store) // (1024 * 1024)))
            form.addRow(self.tr("Largest evidence file"), self.max_file_mb)
        buttons = accept_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings.LANGUAGE.set(self._qs, self.language.currentData())
        settings.ACTOR.set(self._qs, self.actor.currentText().strip())
        if self._store is not None:
            from workbench.services import evidence

            evidence.set_max_file_bytes(self._store, self.max_file_mb.value() * 1024 * 1024)
        super().accept()
