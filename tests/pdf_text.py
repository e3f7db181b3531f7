"""Text of a PDF as a reader gets it: poppler's `pdftotext` (Debian poppler-utils), fed on stdin."""

from __future__ import annotations

import subprocess
import unicodedata

# pdftotext wraps right-to-left runs in embedding marks; shaped text may read with invisible joiners
# between the parts of one letter cluster. Neither is seen on paper.
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def pdf_text(data: bytes, *, layout: bool = False, raw: bool = False) -> str:
    """The text of PDF bytes, page after page (form feeds between pages); `raw` keeps the order in
    which the page draws it (pdftotext -raw), so a text that runs over a page break reads whole."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), *(["-raw"] if raw else []),
            "-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode("utf-8")


def pdf_words(data: bytes) -> str:
    """The text of PDF bytes as one line of words: a text broken over lines or pages is still found."""
    return " ".join(pdf_text(data).split())


def as_read(text: str) -> str:
    """`text` compared as a reader sees it: NFKC (Arabic presentation forms become their letters),
    bidi marks and other invisible format characters removed, runs of white space made one space."""
    text = unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())
