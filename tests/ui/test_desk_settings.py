from __future__ import annotations

from PySide6.QtCore import Qt

from intake_desk.storage import open_database
from intake_desk.storage import settings as settings_repo
from ui.dialogs.settings import SettingsDialog


def test_settings_are_loaded_edited_by_keyboard_and_stored(runner, qtbot, db_path):
    dialog = SettingsDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.edits["school_name"].text() != "", timeout=5000)
    dialog.show()
    edit = dialog.edits["advisor_name"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Sanne de Boer")
    dialog.ui_language.setFocus()
    qtbot.keyClick(dialog.ui_language, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    db = open_database(db_path)
    stored = settings_repo.load(db)
    db.close()
    assert stored.advisor_name == "Sanne de Boer" and stored.ui_language == "en"
    assert all(w.accessibleName() for w in dialog.edits.values())


def test_english_translation_covers_the_desk(qtbot, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "intake_desk_en.ts"
    qm = tmp_path / "en.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("IntakeForm", "Persoon") == "Person"
        assert QCoreApplication.translate("CandidatesView", "Zoeken") == "Search"
        assert QCoreApplication.translate("validation", "Deze datum bestaat niet.") == \
            "This date does not exist."
    finally:
        QCoreApplication.removeTranslator(translator)
