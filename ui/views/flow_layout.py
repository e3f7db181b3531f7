"""A layout that wraps its items onto a new row when the width runs out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the width runs out (Qt's flow layout example).

    The eight section names do not fit in one row of tabs on a laptop, let alone in English, in the
    pseudo-locale or at 200% text: a tab bar then hides sections behind scroll arrows. A flow shows
    every section and grows a row instead.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        self.row_spacing = spacing if row_spacing is None else row_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        needed = self._arrange(rect, apply=True)
        # A form short of room (a line appearing above, in a scroll area) shrinks a row to its minimum,
        # which Qt takes as one row of items: the wrapped ones ("za", "zo") would be cut off. The rows
        # this width needs are the least the widget can have; the width does not depend on it.
        holder = self.parentWidget()
        if holder is not None and rect.width() > 0 and holder.minimumHeight() != needed:
            holder.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:
        """Everything in one row, if the parent can give that much."""
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + self.spacing() * max(len(hints) - 1, 0)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, apply: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + self.row_spacing, 0
            # An item wider than a whole row gets the row, and wraps its own text if it can.
            width = max(min(hint.width(), rect.width()), item.minimumSize().width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self.spacing()
            row_height = max(row_height, height)
        return y + row_height - rect.y()
