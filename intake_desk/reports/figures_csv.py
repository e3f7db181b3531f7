"""The figures as CSV: UTF-8 with BOM and semicolons (Dutch Excel opens it right), one row per cell.

Columns: reeks (series key); onderdeel (label); aantal (the shown text: a number, "<5" or "x").
Text that starts with = + - @ gets a leading ' (catalog.columns.protect), as in the catalog export.
"""

from __future__ import annotations

import csv
import io

from ..app.figures import Figures
from ..catalog.columns import protect
from .texts import heading, word


def rows(figures: Figures, lang: str = "nl") -> list[list[str]]:
    out: list[list[str]] = [[word("title", lang), "", ""]]
    if figures.sample:
        out.append(["voorbeeld", word("sample", lang), ""])
    out += [[label, value, ""] for label, value in heading(figures, lang)]
    out.append(["", word("small", lang), ""])
    out.append(["reeks" if lang == "nl" else "series", word("series", lang), word("count", lang)])
    for p in figures.key_figures:
        out.append(["kerncijfers" if lang == "nl" else "key_figures", p.label(lang), p.shown])
    out.append(["kerncijfers" if lang == "nl" else "key_figures", word("median", lang),
                figures.median_shown(lang)])
    for s in figures.series:
        for p in s.points:
            out.append([s.key, protect(p.label(lang)), p.shown])
        out.append([s.key, word("total", lang), s.total_shown])
    return out


def render_csv(figures: Figures, lang: str = "nl") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows(figures, lang))
    return buffer.getvalue().encode("utf-8-sig")
