"""How the program looks for this advisor: the interface language, theme and text size.

Kept apart from `storage.settings` (which stores them with the other settings) because the GUI needs
these values before its first frame, when importing the storage layer (sqlite_utils) would cost
~50 ms; this module imports nothing heavy.
"""

from __future__ import annotations

from typing import NamedTuple

UI_LANGUAGES = ("nl", "en")
# 200% is what the accessibility goal asks text to survive; steps in between for tired eyes at a fair.
TEXT_SIZES = (100, 125, 150, 175, 200)


class Interface(NamedTuple):  # not a dataclass: `dataclasses` would cost the first frame ~1.5 ms
    language: str = "nl"
    theme: str = "light"
    text_size: int = 100  # percent of the normal text size; one of TEXT_SIZES


def text_size_or_default(value: object) -> int:
    """A text size this version does not offer (typed by hand, a newer version) gives 100%."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value in TEXT_SIZES \
        else 100


def next_text_size(current: int, step: int) -> int:
    """One step larger (step 1) or smaller (-1) than `current`, stopping at the ends."""
    sizes = list(TEXT_SIZES)
    here = sizes.index(text_size_or_default(current))
    return sizes[min(max(here + step, 0), len(sizes) - 1)]
