"""The intake form under the pseudo-locale (every text 40% longer) in the qt-material theme, at the
width it gets beside the candidate list on a 1366-pixel laptop: no section scrolls sideways, and no
one-line label or button is narrower than its text (word-wrapped labels wrap, so they are skipped).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from ui import theme
from ui.pseudo_locale import pseudo_translator
from ui.views.intake_form import IntakeForm

FORM_SIZE = (640, 800)  # the form's half of the desk at 1366 x 850


@pytest.fixture
def pseudo_themed(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    (tmp_path / "pseudo").mkdir()
    translator = pseudo_translator(tmp_path / "pseudo")
    QCoreApplication.installTranslator(translator)
    theme.apply(qapp, "light", tmp_path / "theme")
    yield
    QCoreApplication.removeTranslator(translator)
    theme.apply(qapp, "system", tmp_path / "theme")  # the other tests run without the theme


def _clipped(form: QWidget) -> list[str]:
    out = []
    for widget in form.findChildren(QLabel) + form.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.sizeHint().width():
            out.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < "
                       f"{widget.sizeHint().width()}")
    return out


def test_every_section_fits_its_longer_texts(pseudo_themed, runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = IntakeForm(runner)
    qtbot.addWidget(form)
    form.resize(*FORM_SIZE)
    form.show()
    qtbot.waitExposed(form)
    assert form.sections.tabText(0).startswith("[")  # the pseudo-locale is really on
    problems: list[str] = []
    for n in range(form.sections.count()):
        form.go_to_section(n)
        QApplication.processEvents()
        page = form.sections.currentWidget()
        assert isinstance(page, QScrollArea)
        if page.horizontalScrollBar().maximum() > 0:
            problems.append(f"section {n + 1} scrolls sideways")
        problems += [f"section {n + 1}: {p}" for p in _clipped(form)]
    assert problems == []
