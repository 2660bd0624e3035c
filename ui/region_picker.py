"""Mark a region on a page (drag a rectangle) for a citation: "附件3 第2页" plus the
part of the page that matters, kept as fractions of the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_parts import Button, accept_cancel


class PageCanvas(QWidget):
    """The page image; a drag draws the region, shown as a translucent highlight."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap.fromImage(image)
        self.setFixedSize(self._pixmap.size())
        self._start: QPoint | None = None
        self.selection = QRect()
        self.setCursor(Qt.CursorShape.CrossCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start = event.position().toPoint()
        self.selection = QRect(self._start, QSize())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.selection = QRect(self._start, event.position().toPoint()).normalized().intersected(self.rect())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.mouseMoveEvent(event)
        self._start = None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(0, 0, self._pixmap)
        if not self.selection.isEmpty():
            p.fillRect(self.selection, QColor(255, 220, 0, 90))
            p.setPen(QPen(QColor("#c77700"), 2))
            p.drawRect(self.selection)
        p.end()

    def region(self) -> tuple[float, float, float, float] | None:
        """x, y, width, height as fractions of the page; None if nothing was marked."""
        r = self.selection
        if r.width() < 4 or r.height() < 4:
            return None
        w, h = self.width(), self.height()
        return (round(r.x() / w, 4), round(r.y() / h, 4), round(r.width() / w, 4), round(r.height() / h, 4))


class RegionPicker(QDialog):
    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.canvas = PageCanvas(image)
        hint = QLabel(self.tr("Drag over the part of the page to highlight, then say what it shows."))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What does this region show? (optional)"))
        buttons = accept_cancel(self)
        buttons.button(Button.Ok).setText(self.tr("Cite"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
