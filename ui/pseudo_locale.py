"""A pseudo-locale for layout checks: every Dutch string 40% longer, accented and bracketed.

"Opslaan" becomes "[Öpšlààñ~~]": the brackets show where a text is cut off or glued to another, the
accents show that the string went through translation (and reach above and below the line), and the
extra length is what German, or a careful English, adds to Dutch (Vorta checks its layouts the same way).

The catalogue is built on the fly from the same extraction as the real translations (ui/i18n_extract.py)
and compiled with lrelease into a throw-away .qm, so a string the extractor cannot see stays unstretched
Dutch on screen, exactly as it would stay Dutch in English. (A QTranslator subclass with a Python
`translate` would need no file, but PySide6 6.12 drops a reference to None on every call through it,
and the interpreter aborts after a few thousand lookups.)

Placeholders (%s, %d, %1, {name}), markup, mnemonics (&), shortcut names and file patterns are kept as they
are: the program formats and parses them, and a broken placeholder would crash the screen under test.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

from .i18n_extract import extract, render
from .locale_format import CONTEXT as LOCALE_CONTEXT

GROWTH = 0.4
_ACCENTS = str.maketrans("aceinosuyACEINOSUYz", "àçéïñöšüýÅÇÉÏÑÖŠÜÝž")
# Kept verbatim: format placeholders, HTML tags, file patterns, key names.
_KEEP = re.compile(r"%\d+|%[sdi]|\{\w*\}|<[^>]*>|\*\.\w+|\(\*\)|(?:Ctrl|Alt|Shift)\+\S+")


def stretch(text: str) -> str:
    """The pseudo-translation of one Dutch source text."""
    if not text.strip():
        return text
    parts: list[str] = []
    last = 0
    for m in _KEEP.finditer(text):
        parts.append(text[last:m.start()].translate(_ACCENTS))
        parts.append(m.group(0))
        last = m.end()
    parts.append(text[last:].translate(_ACCENTS))
    extra = math.ceil(len(text) * GROWTH)
    return "[" + "".join(parts) + "~" * max(extra - 2, 0) + "]"


def build_qm(folder: Path) -> Path:
    """Write the pseudo catalogue as folder/intake_desk_pseudo.qm."""
    # Dates and numbers keep their Dutch formats: the pseudo-locale tests length, not formats.
    texts = {text for context, found in extract().items() if context != LOCALE_CONTEXT
             for text in found}
    ts = folder / "intake_desk_pseudo.ts"
    ts.write_text(render("pseudo", {text: stretch(text) for text in texts}), encoding="utf-8")
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def pseudo_translator(folder: Path, parent: QObject | None = None) -> QTranslator:
    """A translator for the pseudo-locale (not installed yet); its .qm is written to `folder`."""
    translator = QTranslator(parent)
    if not translator.load(str(build_qm(folder))):
        raise RuntimeError("the pseudo-locale catalogue did not load")
    return translator
