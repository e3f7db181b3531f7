"""The figures as XLSX: one sheet with the key figures and a table per series, each series with a
native bar chart (openpyxl) beside its table. Cells hold numbers, except "<5" and "x", which are
text: the chart draws no bar for them, so a small count is not shown by a bar's length either.
"""

from __future__ import annotations

import io

from ..app.figures import Figures, Series
from ..catalog.columns import protect
from .texts import heading, word


def render_xlsx(figures: Figures, lang: str = "nl") -> bytes:
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cijfers" if lang == "nl" else "Figures"
    bold = Font(bold=True)
    ws.append([word("title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    if figures.sample:
        ws.append([word("sample", lang)])
        ws.cell(ws.max_row, 1).font = Font(bold=True, color="9A3412")
    for label, value in heading(figures, lang):
        ws.append([label, value])
    ws.append([word("small", lang)])
    ws.append([])
    ws.append([word("key", lang), word("count", lang)])
    ws.cell(ws.max_row, 1).font = bold
    for p in figures.key_figures:
        ws.append([p.label(lang), _cell(p.shown)])
    ws.append([word("median", lang), _cell(figures.median_shown(lang))])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 12

    for s in figures.series:
        ws.append([])
        top = ws.max_row + 1
        ws.append([s.title(lang), word("count", lang)])
        ws.cell(top, 1).font = bold
        for p in s.points:
            ws.append([protect(p.label(lang)), _cell(p.shown)])
        last = ws.max_row
        ws.append([word("total", lang), _cell(s.total_shown)])
        if s.note(lang):
            ws.append([s.note(lang)])
        if s.points:
            ws.add_chart(_chart(BarChart, Reference, ws, s, top, last, lang), f"D{top}")
            # the chart is ~15 rows high: start the next table below it
            if ws.max_row < top + 15:
                ws.cell(top + 15, 1, "")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _chart(bar_chart: type, reference: type, ws: object, s: Series, top: int, last: int,
           lang: str) -> object:
    chart = bar_chart()
    chart.type = "bar" if len(s.points) <= 12 else "col"  # long label lists read better sideways
    chart.title = s.title(lang)
    chart.legend = None
    chart.height = 7.5
    chart.width = 16
    data = reference(ws, min_col=2, min_row=top, max_row=last)
    cats = reference(ws, min_col=1, min_row=top + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    return chart
