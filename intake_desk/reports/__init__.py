"""Reports for people outside the desk: the regional figures as PDF (ReportLab's own charts), XLSX
(a native chart per series, openpyxl) and CSV (UTF-8 with BOM and semicolons, as the catalog export).

Every output prints `Point.shown` ("<5" for 1-4, "x" for a cell hidden beside one), never the raw
count, and says "voorbeeld" when demo candidates are counted. Only counts: no names, no ids.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..app.figures import Figures

FORMATS = ("pdf", "xlsx", "csv")


def render(figures: Figures, fmt: str, lang: str = "nl") -> bytes:
    """The report as bytes in `fmt` ("pdf", "xlsx" or "csv")."""
    if fmt == "pdf":
        from .figures_pdf import render_pdf

        return render_pdf(figures, lang)
    if fmt == "xlsx":
        from .figures_xlsx import render_xlsx

        return render_xlsx(figures, lang)
    if fmt == "csv":
        from .figures_csv import render_csv

        return render_csv(figures, lang)
    raise ValueError(f"formaat: '{fmt}' kan niet; kies uit {', '.join(FORMATS)}")


def write_report(figures: Figures, target: Path | str, lang: str = "nl") -> Path:
    """Write the report in the format of `target`'s extension, atomically (no half file is left)."""
    target = Path(target)
    data = render(figures, target.suffix.lower().lstrip("."), lang)
    tmp = target.with_name(target.name + ".partial")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


__all__ = ["FORMATS", "render", "write_report"]
