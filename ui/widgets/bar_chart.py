"""A horizontal bar chart of one figures `Series`, drawn with QPainter (no chart library: QtCharts is
deprecated since Qt 6.10 and lives in the large add-ons wheel, see STACK-NOTES.md).

Horizontal bars because the labels are words ("persoonlijke omstandigheden", "praktijkverklaring")
that read badly on their side; every bar carries its number as text, so the chart is also its own
table. A count the report suppresses is never drawn to scale: a "<5" cell is hatched up to 5, and a
cell hidden beside it ("x", `intake_desk.app.figures.Point.suppressed`) gets no bar; the scale comes
from the shown counts only, so the picture tells no more than the numbers.

A long series (a year of weeks) stands as columns along the time line, with the numbers above them
when they fit. Keyboard: the chart takes focus (Tab); the arrow keys, Home and End move a marked
bar, whose label and number are its accessible description and tooltip; Ctrl+C copies the whole
series as tab-separated text.
Colours come from the palette (light, dark, high contrast) and sizes from the font (text size).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

SMALL = 5  # cells under this are shown as "<5" (the report's rule; the text comes from the core)
COLUMNS_FROM = 16  # more points than this are drawn as columns (a period's weeks)


def tr(text: str) -> str:
    return QCoreApplication.translate("BarChart", text)


class PointLike(Protocol):
    @property
    def label_nl(self) -> str: ...
    @property
    def label_en(self) -> str: ...
    @property
    def count(self) -> int: ...


class SeriesLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def title_nl(self) -> str: ...
    @property
    def title_en(self) -> str: ...
    @property
    def points(self) -> Sequence[Any]: ...


def _core_shown(count: int) -> str:
    from intake_desk.app.figures import shown  # the one rule for small cells, shared with the reports

    return str(shown(count))


class BarChart(QWidget):
    """One series as labelled horizontal bars; `set_series(series, lang)`."""

    def __init__(self, parent: QWidget | None = None,
                 shown: Callable[[int], str] = _core_shown) -> None:
        super().__init__(parent)
        self.setObjectName("BarChart")
        self.shown = shown
        self.series: SeriesLike | None = None
        self.lang = "nl"
        self.rows: list[tuple[str, int, str, bool]] = []  # (label, count, text shown, suppressed)
        self.current = -1
        self._generation = 0  # which series the measured widths belong to
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Grafiek"))

    # -- data --------------------------------------------------------------------------------------

    def set_series(self, series: SeriesLike | None, lang: str = "nl") -> None:
        self.series, self.lang = series, lang
        self._generation += 1
        self.rows = []
        if series is not None:
            for p in series.points:
                label = p.label_en if lang == "en" else p.label_nl
                count = int(p.count)
                # A Point knows its own text and whether it may be drawn (a cell hidden beside a
                # small one shows "x"); anything else goes by the rule for small cells.
                text = getattr(p, "shown", None)
                text = text if isinstance(text, str) else self.shown(count)
                hidden = getattr(p, "suppressed", None)
                hidden = hidden if isinstance(hidden, bool) else text != str(count)
                self.rows.append((label, count, text, hidden))
        self.current = min(self.current, len(self.rows) - 1) if self.rows else -1
        title = self.title()
        self.setAccessibleName(title or tr("Grafiek"))
        self.setAccessibleDescription(self.as_text(header=False).replace("\t", ": ").replace("\n", "; "))
        self.updateGeometry()
        self.update()

    def title(self) -> str:
        if self.series is None:
            return ""
        return self.series.title_en if self.lang == "en" else self.series.title_nl

    def as_text(self, header: bool = True) -> str:
        """The series as a two-column table (label TAB number), as the chart shows it."""
        lines = [self.title()] if header and self.title() else []
        lines += [f"{label}\t{text}" for label, _count, text, _hidden in self.rows]
        return "\n".join(lines)

    # -- geometry ----------------------------------------------------------------------------------

    @property
    def columns(self) -> bool:
        """Many points (a year of weeks) stand as columns along a time line; a few as rows."""
        return len(self.rows) > COLUMNS_FROM

    def _row_height(self, fm: QFontMetrics) -> int:
        return fm.height() + max(6, fm.height() // 2)

    def _plot_height(self, fm: QFontMetrics) -> int:
        return fm.height() * 8

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self.columns:
            # numbers above, the plot, the labels below
            return QSize(fm.averageCharWidth() * 60, self._plot_height(fm) + fm.height() * 3 + 8)
        rows = max(len(self.rows), 1)
        return QSize(fm.averageCharWidth() * 60, self._row_height(fm) * rows + 8)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 30, self.sizeHint().height())

    # -- drawing -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, event.rect().top(), event.rect().bottom())
        finally:
            painter.end()

    def _widths(self, fm: QFontMetrics) -> tuple[int, int]:
        """(widest label, widest number) in this font; measured once per series and font."""
        key = (fm.height(), fm.averageCharWidth(), self._generation)
        if getattr(self, "_measured", (None,))[0] != key:
            self._measured = (key, max(fm.horizontalAdvance(r[0]) for r in self.rows),
                              max(fm.horizontalAdvance(r[2]) for r in self.rows))
        return self._measured[1], self._measured[2]

    def _scale(self) -> int:
        # From the counts that may be shown only: a hidden one must not set it.
        return max([1] + [count for _l, count, _t, hidden in self.rows if not hidden])

    def _length(self, count: int, hidden: bool, room: float, stub: float) -> tuple[float, bool]:
        """(length, hatched) of one bar. A "<5" cell is a short hatched stub ("a few", never to
        scale); a cell hidden beside it ("x") gets no bar, since its length would give it away."""
        if hidden:
            return (min(stub, room * SMALL / self._scale()), True) if 0 < count < SMALL else (0.0, False)
        return room * count / self._scale(), False

    def paint(self, painter: QPainter, top_y: int = 0, bottom_y: int = 1 << 30) -> None:
        """Draws what lies between top_y and bottom_y (a scrolled chart repaints only what shows)."""
        palette = self.palette()
        painter.setFont(self.font())
        text_color = palette.color(QPalette.ColorRole.WindowText)
        if not self.rows:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tr("Geen gegevens in deze periode."))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.columns:
            self._paint_columns(painter, text_color)
        else:
            self._paint_rows(painter, text_color, top_y, bottom_y)

    def _paint_rows(self, painter: QPainter, text_color: Any, top_y: int, bottom_y: int) -> None:
        fm = self.fontMetrics()
        width = self.width()
        row_h = self._row_height(fm)
        gap = fm.averageCharWidth()
        # Labels take what they need up to 40% of the width (longer ones are cut with "…", whole in
        # the tooltip and the accessible text); the numbers get the width of the widest one.
        widest_label, widest_number = self._widths(fm)
        label_w = min(widest_label + gap, int(width * 0.4))
        number_w = widest_number + gap
        bar_x = label_w + gap
        bar_room = max(width - bar_x - number_w - gap, 10)
        bar_color = self.palette().color(QPalette.ColorRole.Highlight)
        hatch = QBrush(bar_color, Qt.BrushStyle.BDiagPattern)
        focus_pen = QPen(text_color, 1, Qt.PenStyle.DotLine)
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        first = max(0, (top_y - 4) // row_h)
        last = min(len(self.rows) - 1, (bottom_y - 4) // row_h)
        for n in range(first, last + 1):
            label, count, text, hidden = self.rows[n]
            y = 4 + n * row_h
            if n == self.current and self.hasFocus():
                painter.setPen(focus_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(0.5, y + 0.5, width - 1.0, row_h - 1.0))
            painter.setPen(text_color)
            if fm.horizontalAdvance(label) > label_w:
                label = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(QRectF(0, y, label_w, row_h), align_right, label)
            bar_h = fm.height() * 0.8
            bar_y = y + (row_h - bar_h) / 2
            length, hatched = self._length(count, hidden, bar_room, gap * 3)
            if length > 0:
                painter.setPen(QPen(bar_color, 1) if hatched else Qt.PenStyle.NoPen)
                painter.setBrush(hatch if hatched else QBrush(bar_color))
                painter.drawRect(QRectF(bar_x, bar_y, length, bar_h))
            painter.setPen(text_color)
            painter.drawText(QRectF(bar_x + length + gap / 2, y, number_w, row_h), align_left, text)

    def column_rect(self, n: int) -> QRectF:
        """The slot of column `n` (its whole height, numbers and label included)."""
        fm = self.fontMetrics()
        left = fm.averageCharWidth()
        slot = (self.width() - 2 * left) / max(len(self.rows), 1)
        return QRectF(left + n * slot, 0, slot, self.height())

    def _paint_columns(self, painter: QPainter, text_color: Any) -> None:
        fm = self.fontMetrics()
        plot_h = self._plot_height(fm)
        top = 4 + fm.height()  # room for the numbers above the highest column
        base = top + plot_h
        _widest_label, widest_number = self._widths(fm)
        bar_color = self.palette().color(QPalette.ColorRole.Highlight)
        hatch = QBrush(bar_color, Qt.BrushStyle.BDiagPattern)
        slot = self.column_rect(0).width()
        # Numbers above the columns when they fit; else only the marked column's (and all of them
        # in the tooltip, the accessible text and Ctrl+C). Labels under every k-th column.
        numbers_fit = widest_number + 2 <= slot
        every = max(1, int((self._widths(fm)[0] + fm.averageCharWidth()) // max(slot, 1)) + 1)
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(int(self.column_rect(0).left()), base, int(self.column_rect(
            len(self.rows) - 1).right()), base)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        labels_end = -1.0  # right edge of the last label drawn: labels never overlap
        for n, (label, count, text, hidden) in enumerate(self.rows):
            rect = self.column_rect(n)
            bar_w = max(slot * 0.7, 1.0)
            x = rect.left() + (slot - bar_w) / 2
            height, hatched = self._length(count, hidden, plot_h, fm.height() * 0.8)
            if height > 0:
                painter.setPen(QPen(bar_color, 1) if hatched else Qt.PenStyle.NoPen)
                painter.setBrush(hatch if hatched else QBrush(bar_color))
                painter.drawRect(QRectF(x, base - height, bar_w, height))
            focused = n == self.current and self.hasFocus()
            painter.setPen(text_color)
            if numbers_fit or focused:
                wide = max(slot, widest_number + 4.0)
                painter.drawText(QRectF(rect.center().x() - wide / 2, base - height - fm.height() - 2,
                                        wide, fm.height()), centre, text)
            if n % every == 0 or focused:
                wide = fm.horizontalAdvance(label) + fm.averageCharWidth()
                # Centred under its column, but kept inside the chart at both ends.
                left = min(max(rect.center().x() - wide / 2, 0.0), self.width() - wide)
                if left >= labels_end or focused:
                    painter.drawText(QRectF(left, base + 2, wide, fm.height()),
                                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
                    labels_end = left + wide
            if focused:
                painter.setPen(QPen(text_color, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    # -- keyboard ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.as_text())
            return
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
        key = Qt.Key(event.key())
        if not self.rows or key not in (*moves, Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Home:
            self.current = 0
        elif key == Qt.Key.Key_End:
            self.current = len(self.rows) - 1
        else:
            self.current = max(0, min(len(self.rows) - 1, self.current + moves[key]))
        self._announce()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.rows and self.current < 0:
            self.current = 0
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def current_text(self) -> str:
        if not 0 <= self.current < len(self.rows):
            return ""
        label, _count, text, _hidden = self.rows[self.current]
        return f"{label}: {text}"

    def _announce(self) -> None:
        text = self.current_text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        if text:
            if self.columns:
                below = self.column_rect(self.current).bottomLeft().toPoint()
            else:
                below = QPoint(0, 4 + (self.current + 1) * self._row_height(self.fontMetrics()))
            QToolTip.showText(self.mapToGlobal(below), text, self)

