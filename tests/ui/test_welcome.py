"""The first start asks who the advisor is; what is typed is checked, named when wrong, never lost, and
stored in the database on the database thread. Changeable under Instellingen."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from intake_desk.advisor import check_advisor, labour_market_regions, region_code, region_name
from intake_desk.storage import open_database
from intake_desk.storage import settings as settings_repo
from intake_desk.storage.settings import Settings
from ui.dialogs.welcome import WelcomeDialog, offer_welcome


def stored(db_path: Path) -> Settings:
    db = open_database(db_path)
    try:
        return settings_repo.load(db)
    finally:
        db.close()


def test_the_35_labour_market_regions_by_their_cbs_names() -> None:
    regions = dict(labour_market_regions())
    assert len(regions) == 35
    assert regions["zaanstreek-waterland"] == "Zaanstreek/Waterland"
    assert regions["zuid-kennemerland-en-ijmond"] == "Zuid-Kennemerland en IJmond"
    assert region_code("Helmond-De Peel") == "helmond-de-peel"
    assert region_code("  Ré--gio  Één ") == "re-gio-een"
    assert region_name("rijnmond") == "Rijnmond" and region_name("onbekend") == "onbekend"


def test_checks_name_the_field_in_both_languages() -> None:
    problems = check_advisor(Settings(advisor_phone="12", advisor_email="lan@", default_region="xx"))
    assert [p.field for p in problems] == ["advisor_phone", "advisor_email", "default_region"]
    assert problems[0].text_nl.startswith("Telefoon:") and problems[0].text_en.startswith("Phone:")
    assert problems[1].text_nl.startswith("E-mail:")
    assert not check_advisor(Settings(advisor_phone="06 12345678", advisor_email="lan@rmt.nl",
                                      default_region="rijnmond"))
    assert not check_advisor(Settings())  # empty is allowed: "Later"


def test_first_start_asks_and_stores_the_advisor(window, qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    offer_welcome(window)
    qtbot.waitUntil(lambda: getattr(window, "welcome", None) is not None and window.welcome.isVisible(),
                    timeout=5000)
    dialog: WelcomeDialog = window.welcome
    fields = dialog.fields
    qtbot.keyClicks(fields.edits["advisor_name"], "Lan ")
    fields.edits["advisor_name"].insert("Đặng")  # QTest types ASCII only
    fields.edits["school_name"].setText("Leerwerkloket Rijnmond")
    qtbot.keyClicks(fields.edits["advisor_phone"], "12")
    qtbot.keyClicks(fields.edits["advisor_email"], "lan@")
    fields.region.ensure_filled()  # as opening the list does
    fields.region.setCurrentIndex(fields.region.findData("rijnmond"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fields.errors["advisor_phone"].isVisible(), timeout=5000)
    # Named, marked, nothing saved, nothing typed lost.
    assert fields.errors["advisor_phone"].text().startswith("Telefoon:")
    assert fields.errors["advisor_email"].text().startswith("E-mail:")
    assert not fields.errors["advisor_name"].isVisible()
    assert dialog.isVisible()
    assert fields.edits["advisor_name"].text() == "Lan Đặng"
    assert fields.edits["advisor_phone"].text() == "12"
    assert stored(db_path).advisor_name == ""
    fields.edits["advisor_phone"].setText("0612345678")
    fields.edits["advisor_email"].setText("lan@leerwerkloket.nl")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = stored(db_path)
    assert (saved.advisor_name, saved.school_name, saved.advisor_email, saved.default_region) == (
        "Lan Đặng", "Leerwerkloket Rijnmond", "lan@leerwerkloket.nl", "rijnmond")
    assert saved.advisor_phone == "06 12345678"  # written the usual way
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    # Asked once: with a name stored, the next start does not ask again.
    window.welcome = None
    offer_welcome(window)
    qtbot.wait(300)
    assert window.welcome is None


def test_later_stores_nothing(window, qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.fields.edits["advisor_name"], "Sanne")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.wait(100)
    assert stored(db_path).advisor_name == ""


def test_settings_change_the_advisor_and_name_a_wrong_field(window, qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["school_name"].text() != "", timeout=5000)
    dialog.edits["advisor_name"].setText("Sanne de Boer")
    dialog.edits["advisor_email"].setText("sanne@")
    dialog.advisor.region.ensure_filled()  # as opening the list does
    dialog.advisor.region.setCurrentIndex(dialog.advisor.region.findData("zeeland"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.advisor.errors["advisor_email"].isVisible(), timeout=5000)
    assert "E-mail" in dialog.advisor.errors["advisor_email"].text()
    assert dialog.isVisible() and stored(db_path).advisor_name == ""
    dialog.edits["advisor_email"].setText("sanne@school.nl")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    saved = stored(db_path)
    assert (saved.advisor_name, saved.advisor_email, saved.default_region) == (
        "Sanne de Boer", "sanne@school.nl", "zeeland")


def test_settings_show_a_stored_home_region_by_its_cbs_name_and_keep_its_code(  # type: ignore[no-untyped-def]
        window, qtbot, db_path: Path) -> None:
    from intake_desk.storage import settings as settings_repo
    from ui.dialogs.settings import SettingsDialog
    from ui.views.form_fields import RegionBox

    # an older code of a region (before CBS 2026) is read as today's region
    window.runner.submit(lambda db: settings_repo.save(db, dataclasses.replace(
        settings_repo.load(db), default_region="stedendriehoek-en-noordwest-veluwe")))
    dialog = SettingsDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["school_name"].text() != "", timeout=5000)
    box = dialog.advisor.region
    assert isinstance(box, RegionBox)  # the intake form's picker, not a second list
    assert box.currentText() == "Veluwe Stedendriehoek"
    assert dialog.chosen().default_region == "veluwe-stedendriehoek"
    box.setCurrentIndex(box.findText("Rijnmond"))
    assert dialog.chosen().default_region == "rijnmond"
