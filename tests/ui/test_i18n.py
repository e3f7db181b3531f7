"""Every visible string has English, the committed .ts is current, and the English UI reads English.

The extractor runs in memory over ui/ (validation's words are in ui/views/form_fields.py), so a new
tr() string without English in ui/i18n_en.py fails here rather than showing Dutch in the English UI.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from intake_desk.validation import Code, Problem, check_birth_date, check_whole_number
from intake_desk.validation_texts import TEXTS
from ui import i18n_extract
from ui.i18n_en import ENGLISH
from ui.locale_format import (
    date_edit_format,
    format_date,
    format_datetime,
    format_money,
    format_number,
    from_form_date,
    tidy_form_date,
    to_form_date,
)
from ui.pseudo_locale import pseudo_translator, stretch
from ui.views.form_fields import _validation_texts, fill, tr_issue

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\d+|%[sdi]")


def test_every_message_has_english() -> None:
    missing = [(ctx, text) for ctx, texts in i18n_extract.extract().items() for text in texts
               if not ENGLISH.get(text)]
    assert missing == [], "add English to ui/i18n_en.py for these (context, Dutch) messages"


def test_committed_ts_is_current_and_finished() -> None:
    rendered = i18n_extract.render("en", ENGLISH)
    assert i18n_extract.unfinished(rendered) == []
    committed = i18n_extract.ts_path("en").read_text(encoding="utf-8")
    # Compared as messages, not as text: moving code reorders the file but changes nothing.
    assert i18n_extract.messages(committed) == i18n_extract.messages(rendered), \
        "run: python -m ui.i18n_extract en && make translations"


def test_english_keeps_the_placeholders_of_the_dutch() -> None:
    # A lost %s makes "text % value" raise at run time, in English only.
    wrong = {dutch: english for dutch, english in ENGLISH.items()
             if sorted(PLACEHOLDER.findall(dutch)) != sorted(PLACEHOLDER.findall(english))}
    assert wrong == {}


def test_every_tr_call_passes_a_literal_the_extractor_can_see() -> None:
    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
                   and n.name in ("tr", "tr_issue")}
        inside = {id(c) for h in helpers for c in ast.walk(h)}
        for node in ast.walk(tree):
            if id(node) in inside or not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "tr":
                ok = bool(node.args) and isinstance(node.args[0], ast.Constant)
            elif (isinstance(func, ast.Attribute) and func.attr == "translate"
                  and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"):
                ok = len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2])
            else:
                continue
            if not ok:
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_every_validation_code_has_words_on_screen_and_in_the_core(qapp) -> None:  # type: ignore[no-untyped-def]
    # Words at the edges (#14): the core hands the form codes, never Dutch to be read back.
    assert set(_validation_texts()) == set(Code) == set(TEXTS)
    core = (ROOT / "intake_desk" / "validation.py").read_text(encoding="utf-8")
    assert "Deze datum bestaat niet" not in core and "klopt dat" not in core
    form = (ROOT / "ui" / "views" / "form_fields.py").read_text(encoding="utf-8")
    assert "re.compile" not in form and "import re" not in form


def test_arguments_are_filled_in_once() -> None:
    # typed text that itself holds "%2" is shown as typed
    assert fill("'%1' is geen arbeidsmarktregio; bedoelt u %2?", ("a%2b", "Rijnmond")) == \
        "'a%2b' is geen arbeidsmarktregio; bedoelt u Rijnmond?"


@pytest.fixture
def english(qapp, tmp_path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    qm = tmp_path / "en.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(i18n_extract.ts_path("en")), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_validation_messages_read_english_in_the_english_ui(english) -> None:  # type: ignore[no-untyped-def]
    age = check_birth_date("01-06-2011", today=date(2026, 1, 15))
    assert age is not None and tr_issue(age) == "Age 14: is that right?"
    between = check_whole_number(0, 60)("99")
    assert between is not None and tr_issue(between) == "Between 0 and 60."
    assert tr_issue(Problem(Code.DATE_NOT_REAL, "birth_date")) == "This date does not exist."
    assert tr_issue(Problem(Code.REGION_MEANT, "region_code", ("Rijnmnod", "Rijnmond"))) == \
        "'Rijnmnod' is not a labour-market region; did you mean Rijnmond?"


def test_dates_and_numbers_dutch(qapp) -> None:  # type: ignore[no-untyped-def]
    assert format_date(date(2026, 3, 5)) == "05-03-2026"
    assert format_date("2026-03-05") == "05-03-2026"
    # a no-break space keeps the euro sign on the amount's line
    assert format_money(1750) == "€\u00a01.750,00"
    assert format_money(1750, 0) == "€\u00a01.750"
    assert format_number(12.5) == "12,5" and format_number(16.0) == "16"
    assert date_edit_format() == "dd-MM-yyyy"
    # the form keeps the core's dd-mm-jjjj; Dutch input stays exactly as typed
    assert to_form_date("15-05-1990") == "15-05-1990"
    assert tidy_form_date("5-3-2026") == "05-03-2026"


def test_dates_and_numbers_english(english) -> None:  # type: ignore[no-untyped-def]
    assert format_date(date(2026, 3, 5)) == "05/03/2026"
    assert format_money(1750) == "€\u00a01.750,00"
    assert format_number(12.5) == "12,5"
    assert to_form_date("05/03/2026") == "05-03-2026"
    assert from_form_date("05-03-2026") == "05/03/2026"
    assert tidy_form_date("5-3-2026") == "05/03/2026"


def test_pseudo_locale_lengthens_and_keeps_placeholders(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Opgeslagen: %s (%d in deze sessie)."
    pseudo = stretch(text)
    assert len(pseudo) >= len(text) * 1.4
    assert PLACEHOLDER.findall(pseudo) == ["%s", "%d"] and "e" not in pseudo
    # str.format fields too (the route words name theirs): "{region}" stays a field, not "{régïöñ}".
    named = stretch("In {region} is er {word} vraag naar {job}.")
    assert named.format(region="R", word="W", job="J").startswith("[Ïñ R ïš ér W vrààg ñààr J.")
    translator = pseudo_translator(tmp_path)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("IntakeForm", "Opslaan").startswith("[Öpšlààñ")
        assert format_date(date(2026, 3, 5)) == "05-03-2026"  # formats stay Dutch
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_form_takes_english_dates_and_says_what_is_wrong_in_english(  # type: ignore[no-untyped-def]
        english, runner, qtbot) -> None:
    from PySide6.QtCore import Qt

    from ui.views.intake_form import IntakeForm

    form = IntakeForm(runner)
    qtbot.addWidget(form)
    form.show()
    birth = form.widgets["birth_date"]
    assert birth.placeholderText() == "dd/mm/yyyy"
    birth.setFocus()
    qtbot.keyClicks(birth, "31/02/1990")
    assert form.messages["birth_date"].text() == "This date does not exist."
    birth.clear()
    qtbot.keyClicks(birth, "5/3/1990")
    qtbot.keyClick(birth, Qt.Key.Key_Return)  # finishes the field as leaving it does
    assert not form.messages["birth_date"].isVisibleTo(form)
    assert birth.text() == "05/03/1990"  # tidied on leaving the field
    assert form.values()["birth_date"] == "05-03-1990"  # what the core reads and drafts keep
    form.set_value("birth_date", "15-05-1985")  # a stored value shows in the English format
    assert birth.text() == "15/05/1985"


def test_candidate_list_and_drafts_bar_use_the_ui_formats(english) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.domain import IntakeStatus
    from intake_desk.storage.candidates import CandidateRow
    from ui.models.candidate_list import _cells, status_labels

    row = CandidateRow(id="x", first_name="Sanne", tussenvoegsel="de", surname="Vries",
                       birth_date="2004-02-14", town="Zwolle", status=IntakeStatus.QUICK,
                       intake_date="2026-11-22", goals="")
    cells = _cells(row, status_labels())
    assert (cells[1], cells[4]) == ("14/02/2004", "22/11/2026")
    assert format_datetime("2026-11-22T09:30:00+00:00").startswith("22/11/2026 ")
