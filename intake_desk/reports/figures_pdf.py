"""The figures as a PDF report: key figures, then per series a bar chart (ReportLab's own
reportlab.graphics.charts, no other dependency) and its table. Counts under 5 print as "<5" and
have no bar, so a bar's length never gives a small count away. Every page says "VOORBEELD" when
demo candidates are counted. Invariant mode: the same figures give the same bytes (golden tests).
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..app.figures import Figures, Point, Series
from ..plans.styles import FONT, FONT_BOLD, register_fonts
from .texts import heading, word

ACCENT = colors.HexColor("#1f5f8b")
TEXT = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
SAMPLE = colors.HexColor("#9a3412")
WIDTH = A4[0] - 36 * mm


def _fonts() -> None:
    # The plan's own DejaVu registration: ReportLab keeps one font object per typeface, so a second
    # registration of the same file under another name would silently take over the plan's fonts
    # (and with them its text map for emoji and shaped scripts).
    register_fonts()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=TEXT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=ACCENT, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8, spaceAfter=3, textColor=ACCENT),
        "sample": ParagraphStyle("sample", parent=base, fontName=FONT_BOLD, textColor=SAMPLE),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
    }


def _table(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT)]
    t.setStyle(TableStyle(style))
    return t


def _value(p: Point) -> float | None:
    return None if p.suppressed else float(p.count)  # no bar for "<5" and "x"


def _chart(s: Series, lang: str) -> Drawing:
    points = s.points
    values = [_value(p) for p in points]
    top = max((v for v in values if v is not None), default=0.0)
    labels = [p.label(lang) if len(p.label(lang)) <= 34 else p.label(lang)[:32] + "…" for p in points]
    if len(points) > 12:  # weeks: columns, a label every fourth week
        height = 58 * mm
        d = Drawing(WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 12 * mm, 12 * mm
        chart.width, chart.height = WIDTH - 16 * mm, height - 18 * mm
        chart.categoryAxis.categoryNames = [
            (p.key.split("-W")[-1].lstrip("0") if "-W" in p.key else labels[i]) if i % 4 == 0 else ""
            for i, p in enumerate(points)]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 6.5
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.barSpacing = 0.5
        chart.groupSpacing = 1
        d.add(String(12 * mm, 3 * mm, "week", fontName=FONT,
                     fontSize=7, fillColor=MUTED))
    else:
        row = 6.2 * mm
        height = max(22 * mm, row * len(points) + 12 * mm)
        d = Drawing(WIDTH, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 62 * mm, 6 * mm
        chart.width, chart.height = WIDTH - 82 * mm, height - 10 * mm
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.reverseDirection = 1  # first label on top, as in the table
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        chart.barLabelFormat = lambda v: "" if v is None else f"{v:.0f}"
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
    chart.data = [tuple(values)]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(5.0, top * 1.12)
    chart.valueAxis.forceZero = 1
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    d.add(chart)
    return d


def render_pdf(figures: Figures, lang: str = "nl") -> bytes:
    _fonts()
    st = _styles()
    buffer = io.BytesIO()
    title = word("title", lang)
    footer_sample = figures.sample

    def on_page(canvas: object, doc: object) -> None:
        from reportlab.pdfgen.canvas import Canvas

        assert isinstance(canvas, Canvas)
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 10 * mm, f"{title} · {figures.region_text(lang)} · "
                          + (figures.period_text_en if lang == "en" else figures.period_text))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm,
                               f"{word('page', lang)} {canvas.getPageNumber()}")
        if footer_sample:
            canvas.setFillColor(SAMPLE)
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawString(18 * mm, A4[1] - 10 * mm, "VOORBEELD · voorbeeldgegevens"
                              + (" · sample data" if lang == "en" else ""))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=title,
                            author="Intake Desk", invariant=1)
    story: list[object] = [Paragraph(escape(title), st["title"])]
    if figures.sample:
        story.append(Paragraph(escape(word("sample", lang)), st["sample"]))
    story.append(_table([[escape(k), escape(v)] for k, v in heading(figures, lang)],
                        [40 * mm, 100 * mm], header=False))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(word("small", lang)), st["small"]))

    story.append(Paragraph(escape(word("key", lang)), st["h2"]))
    key_rows: list[list[object]] = [[word("series", lang), word("count", lang)]]
    key_rows += [[p.label(lang), p.shown] for p in figures.key_figures]
    key_rows.append([word("median", lang), figures.median_shown(lang)])
    story.append(_table(key_rows, [90 * mm, 25 * mm]))

    for s in figures.series:
        block: list[object] = [Paragraph(escape(s.title(lang)), st["h2"])]
        if s.note(lang):
            block.append(Paragraph(escape(s.note(lang)), st["small"]))
        if not s.points or s.total == 0:
            block.append(Paragraph(escape(word("empty", lang)), st["body"]))
            story.append(KeepTogether(block))
            continue
        block.append(_chart(s, lang))
        story.append(CondPageBreak(70 * mm))
        if len(s.points) <= 12:  # a short table stays on the page of its chart
            block.append(_series_table(s, lang, st))
            story.append(KeepTogether(block))
        else:
            story.append(KeepTogether(block))
            story.append(_series_table(s, lang, st))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def _series_table(s: Series, lang: str, st: dict[str, ParagraphStyle]) -> Table:
    total = (Paragraph(f"<b>{escape(word('total', lang))}</b>", st["cell"]), s.total_shown)
    if len(s.points) > 12:  # weeks: ISO codes (2026-W07), four pairs of columns side by side
        cells: list[tuple[object, str]] = [(p.key or p.label(lang), p.shown) for p in s.points]
        cols = 4
        per = -(-len(cells) // cols)
        rows: list[list[object]] = []
        for r in range(per):
            row: list[object] = []
            for c in range(cols):
                i = c * per + r
                row += list(cells[i]) if i < len(cells) else ["", ""]
            rows.append(row)
        rows.append([*total, *([""] * (2 * cols - 2))])
        return _table(rows, [24 * mm, 14 * mm] * cols, header=False)
    cells = [(Paragraph(escape(p.label(lang)), st["cell"]), p.shown) for p in s.points]
    return _table([[word("series", lang), word("count", lang)], *[list(c) for c in cells],
                   list(total)], [90 * mm, 25 * mm])
