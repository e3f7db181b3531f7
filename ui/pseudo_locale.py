"""A pseudo-locale for layout checks: every Dutch string 40% longer, accented and bracketed.

"Opslaan" becomes "[Öpšlààñ~~]": the brackets show where a text is cut off or glued to another, the
accents show that the string went through translation (and reach above and below the line), and the
extra length is what German, or a careful English, adds to Dutch. It needs no .qm file, so
`make screenshots` and the layout test can use it on a fresh checkout (Vorta does the same).

Placeholders (%s, %d, %1), markup, mnemonics (&), shortcut names and file patterns are kept as they
are: the program formats and parses them, and a broken placeholder would crash the screen under test.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

from .locale_format import CONTEXT as LOCALE_CONTEXT

GROWTH = 0.4
_ACCENTS = str.maketrans("aceinosuyACEINOSUYz", "àçéïñöšüýÅÇÉÏÑÖŠÜÝž")
# Kept verbatim: format placeholders, HTML tags, file patterns, key names.
_KEEP = re.compile(r"%\d+|%[sdi]|<[^>]*>|\*\.\w+|\(\*\)|(?:Ctrl|Alt|Shift)\+\S+")


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


class PseudoTranslator(QTranslator):
    """Install on the application before the window is built, like a real translation."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == LOCALE_CONTEXT:
            return source  # keep Dutch dates and numbers: the pseudo-locale tests length, not formats
        return stretch(source)

    def isEmpty(self) -> bool:
        return False
