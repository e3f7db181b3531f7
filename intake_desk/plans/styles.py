"""The plan's one stylesheet: embedded fonts, colours, paragraph and table styles, page geometry.

Fonts are DejaVu Sans from resources/fonts (licence beside them): Latin with Turkish, Polish and
Vietnamese letters, Greek, Cyrillic, Hebrew, Georgian and Armenian. Scripts it lacks (CJK, Indic,
Ethiopic, Thai, symbols) print in shipped Noto and Droid fallbacks, Arabic in Noto Sans Arabic, shaped
and right to left: see scripts.py, which every user value passes through (`scripts.markup`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from ..paths import resource
from . import scripts

FONT = "PlanSans"
FONT_BOLD = "PlanSans-Bold"
FONT_ITALIC = "PlanSans-Oblique"
FONT_BOLD_ITALIC = "PlanSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 30 * mm  # leaves room for the school band on the first page and the running head
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

TEXT = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")  # contrast 8.4:1 on white
RULE = colors.HexColor("#b3b3b3")
SAMPLE = colors.HexColor("#9a3412")  # dark orange, 7:1 on white
SAMPLE_WASH = colors.HexColor("#fcefe6")
DEFAULT_ACCENT = "#1f5f8b"


@cache
def register_fonts() -> None:
    """Register the embedded fonts once per process (ReportLab keeps a global registry)."""
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(scripts.PlanTTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)


def _luminance(c: colors.Color) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.red) + 0.7152 * lin(c.green) + 0.0722 * lin(c.blue)


def contrast(a: colors.Color, b: colors.Color) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def accent_colour(value: str) -> colors.Color:
    """The school colour, darkened until white text on it and it on white reach 4.5:1 (WCAG AA)."""
    text = value.strip() if re.fullmatch(r"\s*#[0-9a-fA-F]{6}\s*", value or "") else DEFAULT_ACCENT
    c = colors.HexColor(text)
    for _ in range(20):
        if contrast(c, colors.white) >= 4.5:
            break
        c = colors.Color(c.red * 0.85, c.green * 0.85, c.blue * 0.85)
    return c


@dataclass(frozen=True, slots=True)
class Styles:
    accent: colors.Color
    accent_wash: colors.Color
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    sample: ParagraphStyle


@cache
def stylesheet(colour: str = DEFAULT_ACCENT) -> Styles:
    register_fonts()
    accent = accent_colour(colour)
    wash = colors.Color(1 - (1 - accent.red) * 0.1, 1 - (1 - accent.green) * 0.1,
                        1 - (1 - accent.blue) * 0.1)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=TEXT,
                          alignment=TA_LEFT, spaceAfter=3)
    return Styles(
        accent=accent,
        accent_wash=wash,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=0),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED,
                             spaceAfter=0),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
                             textColor=accent, spaceAfter=4),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                          textColor=accent, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=1.5),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, fontSize=8,
                                 leading=10, textColor=colors.white, spaceAfter=0),
        sample=ParagraphStyle("sample", parent=body, fontName=FONT_BOLD, fontSize=9,
                              textColor=SAMPLE, backColor=SAMPLE_WASH, borderPadding=(4, 5, 4, 5),
                              spaceBefore=2, spaceAfter=8),
    )
