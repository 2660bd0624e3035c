"""Look at evidence without leaving the workbench: PDFs (pages, zoom, search),
images (fit, zoom, rotate) and text.  Anything else opens in the system's viewer
from a temporary copy, never from the store itself."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListView,
    QMainWindow, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QToolBar, QVBoxLayout, QWidget,
)

from ui.words import error_text
from workbench.domain.evidence import Evidence
from workbench.errors import WorkbenchError
from workbench.services import evidence as evidence_service
from workbench.services.store import Store


class PagedResults(QIdentityProxyModel):
    """Search results with their page number in front: "p. 3: …the clause…"."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        text = super().data(index, role)
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return text
        page = super().data(index, int(QPdfSearchModel.Role.Page.value))
        if page is None:
            return text
        # The model's text is markup for a delegate (<b>term</b>, line breaks): a list shows it plain.
        plain = html.unescape(re.sub(r"<[^>]*>", "", str(text or "")))
        plain = " ".join(plain.replace("\u23ce", " ").split())
        return self.tr("p. {page}: {text}").format(page=int(page) + 1, text=plain)


class EvidenceViewer(QMainWindow):
    cited = Signal(object)  # the new Citation

    def __init__(self, store: Store, item: Evidence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self.item = store, item
        self.setWindowTitle(self.tr("Enclosure {no}: {name}").format(no=item.enclosure_no, name=item.original_name))
        self.resize(900, 1000)
        self.toolbar = QToolBar()
        self.addToolBar(self.toolbar)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        try:
            path = evidence_service.file_for_viewing(store, item.id)
        except WorkbenchError as exc:  # an auditor: no document contents
            self.setCentralWidget(QLabel(error_text(exc)))
            return
        if not path.exists():
            self.setCentralWidget(QLabel(self.tr("The stored file is missing. Run “workbench verify” to check the store.")))
        elif item.is_pdf:
            self._build_pdf(path)
        elif item.is_image:
            self._build_image(path)
        elif item.is_text:
            self._build_text()
        else:
            self._build_other()

    # --- PDF -----------------------------------------------------------------
    def _build_pdf(self, path: Path) -> None:
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        nav = self.pdf_view.pageNavigator()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_box.setPrefix(self.tr("Page "))
        self.page_box.setSuffix(self.tr(" of {n}").format(n=self.document.pageCount()))
        self.page_box.valueChanged.connect(lambda n: nav.jump(n - 1, QPointF(), nav.currentZoom()))
        nav.currentPageChanged.connect(lambda p: self._sync_page(p + 1))
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addAction(self.tr("Zoom in"), lambda: self._zoom(1.25))
        self.toolbar.addAction(self.tr("Zoom out"), lambda: self._zoom(0.8))
        self.toolbar.addAction(self.tr("Fit width"), lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.toolbar.addSeparator()
        cite = self.toolbar.addAction(self.tr("Cite this page…"), self.cite_current_page)
        cite.setObjectName("cite_page")
        region = self.toolbar.addAction(self.tr("Cite a region…"), self.cite_region)
        region.setObjectName("cite_region")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search the text…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.search_box.textChanged.connect(self.search_model.setSearchString)
        self.pdf_view.setSearchModel(self.search_model)
        self.results = QListView()
        self.paged_results = PagedResults(self)
        self.paged_results.setSourceModel(self.search_model)
        self.results.setModel(self.paged_results)
        self.results.clicked.connect(self._go_to_result)
        self.search_model.rowsInserted.connect(self._count_results)
        self.search_model.modelReset.connect(self._count_results)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.search_box)
        sl.addWidget(self.results)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.pdf_view)
        split.setSizes([220, 680])
        self.setCentralWidget(split)
        self._sync_page(1)

    def _sync_page(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage() + 1

    def _zoom(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.1, min(8.0, self.pdf_view.zoomFactor() * factor)))

    def _go_to_result(self, index: QModelIndex) -> None:  # rows are the same in the model and its proxy
        link = self.search_model.resultAtIndex(index.row())
        nav = self.pdf_view.pageNavigator()
        nav.jump(link.page(), link.location(), nav.currentZoom())
        self.search_model.setProperty("currentResult", index.row())

    def _count_results(self, *_args: object) -> None:
        n = self.search_model.rowCount(QModelIndex())
        self.status.setText(self.tr("{n} matches").format(n=n) if self.search_box.text() else "")

    def cite_current_page(self) -> None:
        page = self.current_page()
        note, ok = QInputDialog.getText(self, self.tr("Cite page {page}").format(page=page),
                                        self.tr("What does this page show? (optional)"))
        if ok:
            self.cite(page, note)

    def page_image(self, page: int, width: int = 700):  # type: ignore[no-untyped-def]
        """The page rendered for marking a region (PDF page or the image itself)."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QImage

        if self.item.is_pdf:
            from PySide6.QtGui import QPainter

            size = self.document.pagePointSize(page - 1)
            rendered = self.document.render(page - 1, QSize(width, int(width * size.height() / size.width())))
            paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
            paper.fill(0xFFFFFF)  # PDF pages render transparent; paper is white
            painter = QPainter(paper)
            painter.drawImage(0, 0, rendered)
            painter.end()
            return paper
        return QImage(str(evidence_service.file_for_viewing(self._store, self.item.id))).scaledToWidth(width)

    def region_picker(self):  # type: ignore[no-untyped-def]
        from ui.region_picker import RegionPicker

        page = self.current_page()
        return RegionPicker(self.page_image(page), self.tr("Cite a region of page {page}").format(page=page), self)

    def cite_region(self) -> None:
        picker = self.region_picker()
        if picker.exec() and picker.canvas.region() is not None:
            self.cite(self.current_page(), picker.note.text(), picker.canvas.region())
        picker.deleteLater()

    def cite(self, page: int, note: str = "", region: tuple[float, float, float, float] | None = None) -> None:
        try:
            citation = evidence_service.add_citation(self._store, self.item.id, page, note, region)
        except WorkbenchError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Cited as {label}.").format(label=citation.label()))
        self.cited.emit(citation)

    # --- image ---------------------------------------------------------------
    def _build_image(self, path: Path) -> None:
        self.scene = QGraphicsScene(self)
        self.pixmap_item = QGraphicsPixmapItem(QPixmap(str(path)))
        self.scene.addItem(self.pixmap_item)
        self.image_view = QGraphicsView(self.scene)
        self.image_view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.rotation = 0
        self.scale_factor = 1.0
        self.toolbar.addAction(self.tr("Fit"), self.fit_image)
        self.toolbar.addAction(self.tr("Zoom in"), lambda: self._scale_image(1.25))
        self.toolbar.addAction(self.tr("Zoom out"), lambda: self._scale_image(0.8))
        self.toolbar.addAction(self.tr("Rotate left"), lambda: self.rotate_image(-90))
        self.toolbar.addAction(self.tr("Rotate right"), lambda: self.rotate_image(90))
        cite = self.toolbar.addAction(self.tr("Cite this image…"), lambda: self.cite_current_page())
        cite.setObjectName("cite_page")
        region = self.toolbar.addAction(self.tr("Cite a region…"), self.cite_region)
        region.setObjectName("cite_region")
        self.current_page = lambda: 1  # type: ignore[method-assign]
        self.setCentralWidget(self.image_view)
        pix = self.pixmap_item.pixmap()
        self.status.setText(f"{pix.width()} × {pix.height()}")

    def _apply_transform(self) -> None:
        self.image_view.setTransform(QTransform().rotate(self.rotation).scale(self.scale_factor, self.scale_factor))

    def rotate_image(self, degrees: int) -> None:
        """Turns the view only; the stored file is never changed."""
        self.rotation = (self.rotation + degrees) % 360
        self._apply_transform()

    def _scale_image(self, factor: float) -> None:
        self.scale_factor = max(0.05, min(20.0, self.scale_factor * factor))
        self._apply_transform()

    def fit_image(self) -> None:
        self.image_view.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_factor = self.image_view.transform().m11() if self.rotation % 180 == 0 else 1.0

    # --- text and others -----------------------------------------------------
    def _build_text(self) -> None:
        self.text_view = QPlainTextEdit(evidence_service.evidence_text(self._store, self.item.id))
        self.text_view.setReadOnly(True)
        find = QLineEdit()
        find.setPlaceholderText(self.tr("Search the text…"))
        find.returnPressed.connect(lambda: self.text_view.find(find.text()) or self._wrap_find(find.text()))
        self.toolbar.addWidget(find)
        cite = self.toolbar.addAction(self.tr("Cite this document…"), lambda: self.cite_current_page())
        cite.setObjectName("cite_page")
        self.current_page = lambda: 1  # type: ignore[method-assign]
        self.setCentralWidget(self.text_view)

    def _wrap_find(self, text: str) -> None:
        cursor = self.text_view.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.text_view.setTextCursor(cursor)
        self.text_view.find(text)

    def _build_other(self) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        label = QLabel(self.tr("This kind of file ({type}) is opened by another program on this computer. It gets a "
                               "copy; the stored original is never changed.").format(type=self.item.content_type))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Open a copy in the system viewer"))
        button.clicked.connect(self.open_externally)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setCentralWidget(box)

    def open_externally(self) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="workbench-view-"))
        copy = evidence_service.copy_for_viewing(self._store, self.item.id, folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy
