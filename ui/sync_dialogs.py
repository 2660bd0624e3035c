"""Export a bundle; import one with a wizard: verify, preview, settle conflicts, report."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ui.dialog_parts import accept_cancel, error_label
from ui.tasks import run_with_progress
from ui.words import DATE_FORMAT, error_text, from_qdate, money_text, to_qdate, when_text
from ui import file_dialogs
from workbench.bundle.labels import (
    ACTION_LABELS, EMPTY_VALUE, KIND_LABELS, SHARED_RECORDS, SYNC_CONTEXT, field_label, scope_label,
)
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.workstation import workstation_label
from workbench.errors import WorkbenchError
from workbench.services import sync
from workbench.services.store import Store

BUNDLE_FILTER = "*.wbundle"


def sync_text(text: str) -> str:
    return QCoreApplication.translate(SYNC_CONTEXT, text)


def value_text(field: str, value: Any) -> str:
    """A record value as the user reads it: money in yuan, nothing as “(empty)”."""
    if value is None or value == "":
        return sync_text(EMPTY_VALUE)
    if field.endswith("_cents") and isinstance(value, int):
        return money_text(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _local_time(iso: object) -> str:
    """A time from a manifest (UTC) in this computer's time zone."""
    try:
        return datetime.fromisoformat(str(iso)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(iso)


def _caught(work):  # type: ignore[no-untyped-def]
    """Run `work(progress)`, handing a refusal back as a value so a page can show it in place."""
    def run(progress):  # type: ignore[no-untyped-def]
        try:
            return work(progress)
        except WorkbenchError as exc:
            return exc
    return run


class ExportDialog(QDialog):
    def __init__(self, store: Store, selected_case_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.selected = selected_case_ids
        self.result_info: sync.ExportResult | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A bundle carries cases with their evidence files and history to another "
                                        "workstation, which imports it without losing either side's work.")))
        self.scope = QButtonGroup(self)
        self.selected_radio = QRadioButton(self.tr("The {n} selected cases").format(n=len(selected_case_ids)))
        self.selected_radio.setEnabled(bool(selected_case_ids))
        self.all_radio = QRadioButton(self.tr("All cases"))
        self.since_radio = QRadioButton(self.tr("Changes since"))
        self.since_date = QDateEdit(to_qdate(date.today().replace(day=1)))
        self.since_date.setDisplayFormat(DATE_FORMAT)  # the one form dates take on screen
        self.since_date.setCalendarPopup(True)
        self.peer_radio = QRadioButton(self.tr("Everything not yet sent to"))
        self.peer_combo = QComboBox()
        for peer in sync.peers(store):
            sent = when_text(peer.last_sent_at) if peer.last_sent_at else self.tr("never")
            self.peer_combo.addItem(self.tr("{workstation}, last sent {when}").format(workstation=peer.label, when=sent),
                                    peer.workstation_id)
        self.peer_radio.setEnabled(self.peer_combo.count() > 0)
        grid = QGridLayout()
        for row, (radio, extra) in enumerate(((self.selected_radio, None), (self.all_radio, None),
                                              (self.since_radio, self.since_date), (self.peer_radio, self.peer_combo))):
            self.scope.addButton(radio, row)
            grid.addWidget(radio, row, 0)
            if extra is not None:
                grid.addWidget(extra, row, 1)
        (self.selected_radio if selected_case_ids else self.all_radio).setChecked(True)
        layout.addLayout(grid)

        form = QFormLayout()
        self.deidentified = QCheckBox(self.tr("De-identified, for sharing outside the team (people masked, no "
                                              "health information, documents or letters; cannot be imported)"))
        who = store.principal
        if who is not None and who.role.value in ("auditor", "administrator"):
            self.deidentified.setChecked(True)   # the only export these roles may make
            self.deidentified.setEnabled(False)
        form.addRow(self.deidentified)
        self.protect = QCheckBox(self.tr("Protect with a passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.passphrase, self.passphrase_again):
            w.setEnabled(False)
            self.protect.toggled.connect(w.setEnabled)
        form.addRow(self.protect)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.passphrase_again)
        target = QHBoxLayout()
        stem = store.path.stem
        self.target = QLineEdit(str(file_dialogs.start_folder() / f"{stem}-{date.today():%Y%m%d}.wbundle"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        target.addWidget(self.target, 1)
        target.addWidget(browse)
        form.addRow(self.tr("Write to:"), target)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self, text=self.tr("Export")))

    def _browse(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Export bundle"), self.target.text(),
                                      self.tr("Workbench bundles ({pattern})").format(pattern=BUNDLE_FILTER))
        if path:
            self.target.setText(str(path) if path.suffix == ".wbundle" else f"{path}.wbundle")

    def scope_value(self) -> sync.Scope:
        if self.selected_radio.isChecked():
            return sync.Scope(case_uuids=sync.case_uuids(self.store, self.selected))
        if self.since_radio.isChecked():
            since = datetime.combine(from_qdate(self.since_date.date()), time.min).astimezone(timezone.utc)
            return sync.Scope(since=since)
        if self.peer_radio.isChecked():
            return sync.Scope(peer=self.peer_combo.currentData())
        return sync.Scope()

    def accept(self) -> None:
        passphrase = None
        if self.protect.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < 8:
                self.error.setText(self.tr("Choose a passphrase of at least 8 characters."))
                return
            if passphrase != self.passphrase_again.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        out = Path(self.target.text().strip())
        if not out.name or not out.parent.is_dir():
            self.error.setText(self.tr("Choose a file in an existing folder."))
            return
        scope = self.scope_value()
        result = run_with_progress(self, self.tr("Writing the bundle…"), _caught(
            lambda progress: sync.export_bundle(self.store, out, scope, passphrase, progress,
                                                deidentified=self.deidentified.isChecked())))
        if isinstance(result, WorkbenchError):
            self.error.setText(error_text(result))
            return
        if result is None:
            return
        self.result_info = result
        QMessageBox.information(self, self.tr("Export bundle"), self.tr(
            "Bundle written: {path}\n{cases} cases, {records} records, {files} files, {mb} MB.").format(
            path=str(result.path), cases=result.cases, records=result.records, files=result.files,
            mb=f"{result.bytes / 1024 / 1024:.1f}"))
        super().accept()


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the bundle"))
        self.setSubTitle(self.tr("The whole bundle is checked before anything is shown or changed."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bundle:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("only for a protected bundle"))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.error = error_label()
        form.addRow(self.error)

    def _browse(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Import bundle"),
                                      self.tr("Workbench bundles ({pattern})").format(pattern=BUNDLE_FILTER))
        if path:
            self.path.setText(str(path))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        from workbench.bundle.format import PassphraseNeeded

        self.wiz.discard()
        path = Path(self.path.text().strip())
        phrase = self.passphrase.text() or None
        result = run_with_progress(self, self.tr("Checking the bundle…"), _caught(
            lambda progress: sync.prepare_import(self.wiz.store, path, phrase, progress)))
        if isinstance(result, WorkbenchError):
            self.error.setText(error_text(result))
            if isinstance(result, PassphraseNeeded):
                self.passphrase.setFocus()
            return False
        if result is None:
            return False
        self.error.clear()
        self.wiz.prepared = result
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What the import would do"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("preview_table")
        self.table.setHorizontalHeaderLabels([self.tr("Case")] + [sync_text(t) for t in ACTION_LABELS.values()])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        plan = self.wiz.plan()
        counts = plan.counts()
        scope = plan.bundle.manifest.get("scope") or {}
        self.summary.setText(self.tr(
            "From workstation {ws}, written {when}. {new} new, {update} updated, {merge} merged without asking, "
            "{conflict} with conflicts to settle, {unchanged} unchanged records; {files} files checked.").format(
            ws=workstation_label(plan.bundle.source_name, plan.bundle.source_workstation), when=_local_time(plan.bundle.manifest.get("created_at")),
            files=len([m for m in plan.bundle.manifest["members"] if m["name"].startswith("files/")]),
            **{a.value: n for a, n in counts.items()}) + " " + sync_text(scope_label(scope)).format(
            since=str(scope.get("since") or "")[:10]))
        # With nothing to settle, this page's button is the one that imports.
        self.setCommitPage(not plan.conflicts)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        # Conflicts first, then changes; cases the bundle leaves as they are come last.
        rows = sorted(plan.by_case(), key=lambda c: (-c.counts[sync.Action.CONFLICT],
                                                     -(sum(c.counts.values()) - c.counts[sync.Action.UNCHANGED])))
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(c.label or sync_text(SHARED_RECORDS)))
            for col, n in enumerate(c.counts.values(), start=1):
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 5 and n:  # the conflicting column
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, col, item)


CHOICES = (
    (sync.Choice.MINE, QT_TRANSLATE_NOOP("ConflictPage", "Keep mine")),
    (sync.Choice.THEIRS, QT_TRANSLATE_NOOP("ConflictPage", "Take theirs")),
    (sync.Choice.BOTH, QT_TRANSLATE_NOOP("ConflictPage", "Keep both (mine, then theirs)")),
)


class ConflictPage(QWizardPage):
    """Every field changed on both sides, one row each; the user decides each."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Settle the conflicts"))
        self.setSubTitle(self.tr("These fields were changed on both workstations. Nothing is decided by which "
                                 "change was later: choose for each. ⚠ marks amounts, decisions and outcomes."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        for text, choice, name in ((self.tr("Keep all mine"), sync.Choice.MINE, "all_mine"),
                                   (self.tr("Take all theirs"), sync.Choice.THEIRS, "all_theirs")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, c=choice: self.choose_all(c))
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Record"), self.tr("Field"), self.tr("Mine"),
                                              self.tr("Theirs"), self.tr("Choice")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for col in (3, 4):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        layout.addWidget(self.table, 2)
        detail = QHBoxLayout()
        self.mine_text, self.theirs_text = QPlainTextEdit(), QPlainTextEdit()
        for title, w in ((self.tr("Mine (this workstation)"), self.mine_text),
                         (self.tr("Theirs (the bundle)"), self.theirs_text)):
            w.setReadOnly(True)
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(w)
            detail.addLayout(box)
        layout.addLayout(detail, 1)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        conflicts = self.wiz.plan().conflicts
        labels = self.wiz.plan().case_labels
        case_of = {p.rec.uuid: p.case_uuid for p in self.wiz.plan().records}
        self.table.setRowCount(len(conflicts))
        self.combos = []
        for r, c in enumerate(conflicts):
            case_uuid = case_of.get(c.uuid)
            cells = [labels.get(case_uuid, "") if case_uuid else sync_text(SHARED_RECORDS),
                     sync_text(KIND_LABELS[c.kind]), ("⚠ " if c.protected else "") + sync_text(field_label(c.field)),
                     value_text(c.field, c.mine), value_text(c.field, c.theirs)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                self.table.setItem(r, col, item)
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for choice, text in CHOICES:
                if choice is not sync.Choice.BOTH or c.text:
                    combo.addItem(QCoreApplication.translate("ConflictPage", text), choice)
            previous = self.wiz.choices.get(c.key)
            if previous is not None:
                combo.setCurrentIndex(combo.findData(previous))
            combo.currentIndexChanged.connect(lambda _i, key=c.key, box=combo: self._chosen(key, box))
            self.table.setCellWidget(r, 5, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        if conflicts:
            self.table.selectRow(0)
            self._show_detail(0)

    def _chosen(self, key: str, box: QComboBox) -> None:
        if box.currentData() is None:
            self.wiz.choices.pop(key, None)
        else:
            self.wiz.choices[key] = sync.Choice(box.currentData())  # Qt hands the enum back as a plain str
        self.completeChanged.emit()

    def choose_all(self, choice: sync.Choice) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(combo.findData(choice))

    def _show_detail(self, row: int) -> None:
        conflicts = self.wiz.plan().conflicts
        if 0 <= row < len(conflicts):
            c = conflicts[row]
            self.mine_text.setPlainText(value_text(c.field, c.mine))
            self.theirs_text.setPlainText(value_text(c.field, c.theirs))

    def isComplete(self) -> bool:
        return all(c.key in self.wiz.choices for c in self.wiz.plan().conflicts)


RESULT_LABELS = {"conflict": QT_TRANSLATE_NOOP("ResultPage", "conflict settled")}


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("report_tree")
        self.tree.setHeaderLabels([self.tr("Case / record"), self.tr("Before"), self.tr("After")])
        layout.addWidget(self.tree)
        self.report: Any = None

    def initializePage(self) -> None:
        report = run_with_progress(self, self.tr("Importing…"), _caught(
            lambda progress: sync.apply_import(self.wiz.store, self.wiz.prepared, self.wiz.choices, progress)))
        if isinstance(report, WorkbenchError) or report is None:
            self.setTitle(self.tr("Nothing was imported"))
            self.summary.setText(error_text(report) if report is not None else self.tr("The import was cancelled; "
                                                                                       "nothing was changed."))
            self.wiz.discard()
            return
        self.wiz.prepared = None
        self.report = report
        self.wiz.imported = True
        self.summary.setText(self.tr(
            "{new} new, {update} updated, {merge} merged and {conflict} settled records; {files} evidence files added. "
            "A backup of the database was taken first: {backup}").format(
            files=report.files_added, backup=report.backup or "-", **{a.value: n for a, n in report.counts.items()}))
        self._fill(report)

    def _fill(self, report: Any) -> None:
        self.tree.clear()
        cases: dict[str, QTreeWidgetItem] = {}
        new_counts: dict[str, int] = {}
        for change in report.changes:
            case = change.case or sync_text(SHARED_RECORDS)
            top = cases.get(case)
            if top is None:
                top = cases[case] = QTreeWidgetItem(self.tree, [case])
            if change.action.value == "new":
                new_counts[case] = new_counts.get(case, 0) + 1
                continue
            action = (QCoreApplication.translate("ResultPage", RESULT_LABELS[change.action.value])
                      if change.action.value in RESULT_LABELS else sync_text(ACTION_LABELS[change.action.value]))
            item = QTreeWidgetItem(top, [f"{sync_text(KIND_LABELS[change.kind])} · {action}"])
            for f in change.fields:
                QTreeWidgetItem(item, [("⚠ " if f.protected else "") + sync_text(field_label(f.field)),
                                       value_text(f.field, f.before), value_text(f.field, f.after)])
        for case, n in new_counts.items():
            QTreeWidgetItem(cases[case], [self.tr("{n} new records").format(n=n)])
        for note in report.notes:
            case = note.case or sync_text(SHARED_RECORDS)
            top = cases.get(case) or QTreeWidgetItem(self.tree, [case])
            cases[case] = top
            QTreeWidgetItem(top, ["ⓘ " + sync_text(note.template).format(**note.params)])
        self.tree.expandAll()
        for col in range(3):
            self.tree.resizeColumnToContents(col)


class ImportWizard(QWizard):
    CHOOSE, PREVIEW, CONFLICTS, RESULT = range(4)

    def __init__(self, store: Store, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prepared: sync.Prepared | None = None
        self.choices: dict[str, sync.Choice] = {}
        self.imported = False
        self.setWindowTitle(self.tr("Import bundle"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)  # by then the import has happened
        self.resize(980, 680)
        self.choose_page = ChoosePage(self)
        self.preview_page = PreviewPage(self)
        self.conflict_page = ConflictPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate((self.choose_page, self.preview_page, self.conflict_page, self.result_page)):
            self.setPage(page_id, page)
        if path is not None:
            self.choose_page.path.setText(str(path))

    def plan(self) -> sync.ImportPlan:
        assert self.prepared is not None
        return self.prepared.plan

    def nextId(self) -> int:
        current = self.currentId()
        if current == self.PREVIEW:
            return self.CONFLICTS if self.plan().conflicts else self.RESULT
        return super().nextId()

    def discard(self) -> None:
        if self.prepared is not None:
            sync.discard_import(self.store, self.prepared)
            self.prepared = None
        self.choices = {}

    def done(self, result: int) -> None:
        self.discard()
        super().done(result)
