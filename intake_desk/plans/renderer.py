"""The one renderer of printed plans: a PlanDocument in, PDF bytes out (pretix's invoice renderer pattern).

Each part of the plan is a hook method returning flowables, so a school-specific subclass can replace
one part. Every user value passes `esc()` (control characters removed, length capped, XML escaped)
before it becomes Paragraph markup, and `fit()` before it is drawn directly on the canvas.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain import Factor, PlanVersion, RouteStep
from ..domain.route import GapCode, SteppingStone, StoneKind
from ..regions import region_name
from . import scripts
from .document import AdvisorMissing, PlanDocument
from .styles import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    SAMPLE,
    SAMPLE_WASH,
    TEXT,
    Styles,
    stylesheet,
)
from .texts import action_text, gap_text, payment_text, reason_text, texts

log = logging.getLogger(__name__)

ELLIPSIS = "…"
NBSP = "\u00a0"
NAME_MAX = 120
# The candidate's own name is never cut where they read and sign it: the form allows a first name and
# a surname of 100 characters each and a tussenvoegsel of 20 (validation.MAX_LENGTH).
PERSON_NAME_MAX = 240
SHORT_MAX = 200
LONG_MAX = 600
NOTES_MAX = 3000
LANG_TAGS = {"nl": "nl-NL", "en": "en-GB"}


def clean(text: object) -> str:
    """Printable text: control and format characters dropped (tabs and newlines become spaces)."""
    s = str(text)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        if ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") and ch not in "\u2028\u2029":
            out.append(ch)
    return "".join(out)


def clip(text: object, limit: int) -> str:
    s = clean(text)
    return s if len(s) <= limit else s[: limit - 1].rstrip() + ELLIPSIS


def markup(text: str) -> str:
    """Text made Paragraph markup: escaped, and runs in scripts the plan font lacks wrapped in a
    fallback font, shaped and in right-to-left order where needed (scripts.py)."""
    return scripts.markup(text, FONT)


def text_width(text: str, font: str, size: float) -> float:
    """Printed width in points, fallback fonts included (`font` is the plan font of that weight)."""
    return scripts.width(text, font, size)


def esc(text: object, limit: int = SHORT_MAX) -> str:
    """A user value made safe for Paragraph markup."""
    return markup(clip(text, limit))


def fit(text: object, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis until it fits `width` points (for canvas drawing)."""
    s = clip(text, NAME_MAX)
    if text_width(s, font, size) <= width:
        return s
    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(s[:mid] + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return s[:lo].rstrip() + ELLIPSIS


def wrap_two(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    """`text` on at most two lines of `width` points (the second shortened only if it must be)."""
    s = clip(text, NAME_MAX)
    if text_width(s, font, size) <= width:
        return s, ""
    words = s.split(" ")
    first = words[0]
    n = 1
    while n < len(words) and text_width(first + " " + words[n], font, size) <= width:
        first += " " + words[n]
        n += 1
    if n == 1 and text_width(first, font, size) > width:  # one very long word
        return fit(first, font, size, width), ""
    return first, fit(" ".join(words[n:]), font, size, width - 8)


CODE_WIDTH = 15 * mm - 6  # the code column less its cell padding (3 pt each side)


def code_lines(code: str, font: str, size: float, width: float) -> list[str]:
    """A catalog code in lines that fit `width`, broken after a hyphen ("NT2-BRUG-" / "ZORG"), so a
    code is never split inside a number ("PV-2596" / "0")."""
    lines: list[str] = []
    for part in re.split(r"(?<=-)", clean(code)):
        if lines and text_width(lines[-1] + part, font, size) <= width:
            lines[-1] += part
        else:
            lines.append(part)
    return [line for line in lines if line]


def charged(step: RouteStep) -> Decimal:
    """What a step costs anyone: nothing when its fee is waived (no lesgeld under 18)."""
    p = step.payment
    return step.cost if p is None else p.you_pay + p.loan + p.covered


def dmy(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "-"


def money(amount: Decimal, lang: str) -> str:
    whole = int(amount.quantize(Decimal("1")))
    if lang == "nl":
        return "€ " + f"{whole:,}".replace(",", ".")
    return f"€{whole:,}"


QR_MAX = 300  # characters; a longer configured URL falls back to the plan id alone


def qr_payload(plan_url: str, plan_id: str) -> str:
    url = clean(plan_url).strip()
    if not url:
        return plan_id
    value = url.replace("{id}", plan_id) if "{id}" in url else url.rstrip("/") + "/" + plan_id
    return value if len(value) <= QR_MAX else plan_id[:QR_MAX]


def qr_drawing(value: str, size: float) -> Drawing:
    try:
        widget = QrCodeWidget(value, barBorder=0)
        widget.getBounds()
    except Exception:  # ReportLab's encoder refuses some input: the printed id still identifies
        widget = QrCodeWidget("-", barBorder=0)
    x1, y1, x2, y2 = widget.getBounds()
    w, h = x2 - x1, y2 - y1
    d = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    d.add(widget)
    return d


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages until save(), so each footer can say "page X of Y"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                draw_footer(self, n, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class PlanRenderer:
    """Renders one plan. `render()` returns the PDF as bytes; nothing is written to disk."""

    def __init__(self, doc: PlanDocument, *, invariant: bool = False):
        self.doc = doc
        self.plan: PlanVersion = doc.plan
        self.lang = doc.language
        self.t = texts(self.lang)
        self.s: Styles = stylesheet(doc.settings.school_colour)
        self.invariant = invariant
        c = doc.record.candidate
        self.candidate_name = c.name.display or "-"
        # The plan names its advisor; the contact details are those in the settings. With no name at
        # all the plan is not printed (never "Adviseur: -").
        names = (self.plan.advisor, doc.settings.advisor_name, doc.record.intake.advisor)
        self.advisor = next((n for n in (clean(x).strip() for x in names) if n), "")
        if not self.advisor:
            raise AdvisorMissing()

    # ---- the document --------------------------------------------------------------------------

    def render(self) -> bytes:
        buffer = io.BytesIO()
        t = self.t
        template = BaseDocTemplate(
            buffer,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clip(f"{t['doc_title']}: {self.candidate_name}", 200),
            author=clip(self.doc.settings.school_name or self.advisor, 200),
            subject=clip(t["doc_subject"], 200),
            creator="Intake Desk",
            keywords=["plan", self.plan.plan_id, f"v{self.plan.version}"],
            lang=LANG_TAGS.get(self.lang, "nl-NL"),
            displayDocTitle=1,
            invariant=1 if self.invariant else 0,
            initialFontName=FONT,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        template.addPageTemplates([
            PageTemplate("first", [frame], onPage=self.first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=self.later_page),
        ])
        template.build(self.story(), canvasmaker=_numbered_canvas(self.footer))
        return buffer.getvalue()

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        for hook in (self.header, self.starting_point, self.goal, self.route, self.why,
                     self.stepping_stones, self.referrals, self.actions, self.appointment,
                     self.notes, self.closing):
            parts += hook()
        return parts

    # ---- page decoration -----------------------------------------------------------------------

    def _watermark(self, canvas: Canvas) -> None:
        """Sample plans say so in the left margin of every page (upright text, outside the body,
        so text extraction and screen readers keep the body's reading order)."""
        if not self.doc.is_sample:
            return
        canvas.saveState()
        canvas.setFillColor(SAMPLE_WASH)
        canvas.rect(3 * mm, MARGIN_BOTTOM, 9 * mm, PAGE[1] - MARGIN_BOTTOM - 30 * mm,
                    stroke=0, fill=1)
        canvas.setFillColor(SAMPLE)
        canvas.setFont(FONT_BOLD, 11)
        canvas.translate(9.3 * mm, PAGE[1] / 2 - 10 * mm)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, "   ·   ".join([self.t["sample_mark"]] * 3))
        canvas.restoreState()

    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        self._watermark(canvas)
        band = 18 * mm
        top = PAGE[1]
        canvas.saveState()
        canvas.setFillColor(self.s.accent)
        canvas.rect(0, top - band, PAGE[0], band, stroke=0, fill=1)
        x = MARGIN_X
        logo = self.doc.settings.school_logo_path
        if logo:
            try:
                canvas.drawImage(logo, x, top - band + 3 * mm, width=30 * mm, height=band - 6 * mm,
                                 preserveAspectRatio=True, anchor="w", mask="auto")
                x += 33 * mm
            except Exception:  # a missing or unreadable logo must not stop the plan
                log.warning("school logo %r could not be drawn", logo)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 13)
        scripts.draw(canvas, x, top - band + 10 * mm,
                     fit(self.doc.settings.school_name, FONT_BOLD, 13, PAGE[0] - x - MARGIN_X),
                     FONT_BOLD, 13)
        extra = " · ".join(clean(p) for p in (self.doc.settings.school_address,
                                              self.doc.settings.school_website) if p)
        if extra:
            canvas.setFont(FONT, 8)
            scripts.draw(canvas, x, top - band + 5 * mm, fit(extra, FONT, 8, PAGE[0] - x - MARGIN_X),
                         FONT, 8)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, _doc: Any) -> None:
        self._watermark(canvas)
        y = PAGE[1] - 14 * mm
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        half = FRAME_WIDTH / 2 - 6
        scripts.draw(canvas, MARGIN_X, y, fit(self.doc.settings.school_name, FONT, 8, half), FONT, 8)
        scripts.draw(canvas, PAGE[0] - MARGIN_X, y, fit(
            f"{self.t['doc_title']} · {self.candidate_name}", FONT, 8, half), FONT, 8, anchor="end")
        canvas.setStrokeColor(self.s.accent)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, y - 3, PAGE[0] - MARGIN_X, y - 3)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        y = 11 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 9, PAGE[0] - MARGIN_X, y + 9)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        # The id's first block is enough to match loose pages (the header and QR code have it whole);
        # a whole UUID pushed the version, the part that matters most, off the footer.
        canvas.drawString(MARGIN_X, y, fit(
            f"{self.t['plan_id']} {self.plan.plan_id[:8]} · {self.t['version']} {self.plan.version}",
            FONT, 7.5, FRAME_WIDTH * 0.45))
        if self.doc.is_sample:
            canvas.setFillColor(SAMPLE)
            canvas.setFont(FONT_BOLD, 7.5)
            canvas.drawCentredString(PAGE[0] / 2 + 20 * mm, y, self.t["sample_mark"])
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 7.5)
        canvas.drawRightString(PAGE[0] - MARGIN_X, y,
                               self.t["page_of"].format(page=page, total=total))
        canvas.restoreState()

    # ---- helpers -------------------------------------------------------------------------------

    def p(self, markup: str, style: Any = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def h2(self, key: str) -> Paragraph:
        return Paragraph(markup(self.t[key]), self.s.h2)

    def bullets(self, items: Iterable[str]) -> list[Flowable]:
        return [Paragraph(item, self.s.bullet, bulletText="•") for item in items]

    def pairs(self, rows: list[tuple[str, str]], label_width: float = 38 * mm) -> Table:
        """A two-column label/value table; labels are fixed texts, values already escaped markup."""
        data = [[Paragraph(markup(k), self.s.cell), Paragraph(v, self.s.body)] for k, v in rows]
        table = Table(data, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def grid(self, header: list[str], rows: list[list[Flowable | str]], widths: list[float]
             ) -> Table:
        head: list[Flowable | str] = [Paragraph(markup(h), self.s.cell_head) for h in header]
        table = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), self.s.accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, self.s.accent_wash]),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    def cell(self, markup: str) -> Paragraph:
        return Paragraph(markup, self.s.cell)

    def month(self, day: date | None) -> str:
        """"september 2027": a month name reads easier than "09-2027" (the reasons say it so too)."""
        if day is None:
            return self.t["date_unknown"]
        return f"{self.t['month_names'].split()[day.month - 1]} {day.year}"

    def payer_name(self, name: str) -> str:
        """A scheme's name in the plan's language: the same words as "Who pays what" uses."""
        return self.doc.funding_names_en.get(name, name) if self.lang == "en" else name

    def label(self, prefix: str, value: object) -> str:
        key = f"{prefix}_{value}"
        return self.t.get(key, str(value))

    # ---- the parts of the plan -----------------------------------------------------------------

    def header(self) -> list[Flowable]:
        t, plan = self.t, self.plan
        region = self.doc.region_name or region_name(self.doc.record.candidate.region_code)
        info = [
            self.p(markup(t["doc_title"]), self.s.title),
            self.p(f"<b>{markup(t['for'])}:</b> {esc(self.candidate_name, PERSON_NAME_MAX)}"),
            self.p(f"<b>{markup(t['advisor'])}:</b> {esc(self.advisor, NAME_MAX)}"
                   f" &nbsp;·&nbsp; <b>{markup(t['date'])}:</b> {dmy(plan.created_on)}"
                   + (f" &nbsp;·&nbsp; <b>{markup(t['region'])}:</b> {esc(region, 80)}"
                      if region else "")),
            *self.contact(),
            self.p(markup(t["qr_label"].format(id=clip(plan.plan_id, 60), version=plan.version)),
                   self.s.muted),
        ]
        qr = qr_drawing(qr_payload(self.doc.settings.plan_url, clip(plan.plan_id, 200)), 24 * mm)
        table = Table([[info, qr]], colWidths=[FRAME_WIDTH - 26 * mm, 26 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        out: list[Flowable] = [table, Spacer(1, 3)]
        if self.doc.is_sample:
            out.append(self.p(markup(t["sample_banner"]), self.s.sample))
        return out

    def contact(self) -> list[Flowable]:
        """How the candidate reaches the advisor: organisation, phone, e-mail (what is filled in)."""
        t, st = self.t, self.doc.settings
        bits = []
        if st.advisor_name.strip() and clean(st.advisor_name).strip() != self.advisor:
            bits.append(esc(st.advisor_name, NAME_MAX))  # the settings' advisor is who answers
        if st.school_name.strip():
            bits.append(esc(st.school_name, NAME_MAX))
        if st.advisor_phone.strip():
            # a phone number is dialled from one line: never "0113 123" here and "456" below
            bits.append(f"{markup(t['phone'])}&nbsp;{esc(st.advisor_phone.replace(' ', NBSP), 40)}")
        if st.advisor_email.strip():
            bits.append(f"{markup(t['email'])}&nbsp;{esc(st.advisor_email, 120)}")
        if not bits:
            return []
        # a line may end on the dot, never begin with it
        return [self.p(f"<b>{markup(t['contact'])}:</b> " + "&nbsp;&nbsp;·&nbsp; ".join(bits))]

    def starting_point(self) -> list[Flowable]:
        t, intake = self.t, self.doc.record.intake
        education = []
        for e in intake.education[:6]:
            text = markup(self.label("edu", e.level.value))
            extra = [esc(e.name, 80)] if e.name else []
            if e.year:
                extra.append(str(e.year))
            if not e.completed:
                extra.append(markup(t["not_completed"]))
            education.append(text + (f" ({', '.join(extra)})" if extra else ""))
        experience = []
        for x in intake.experience[:5]:
            bits = [esc(x.role, 80)]
            if x.sector:
                bits.append(esc(x.sector, 60))
            text = ", ".join(bits)
            extra = []
            if x.years:
                extra.append(markup(t["years_one" if x.years == 1 else "years"].format(n=f"{x.years:g}")))
            if x.volunteer:
                extra.append(markup(t["volunteer"]))
            experience.append(text + (f" ({', '.join(extra)})" if extra else ""))
        d = intake.dutch
        dutch = markup(t["native"]) if d.native else markup(
            t.get(f"cefr_{d.overall.value}", d.overall.value))
        rows = [
            (t["education"], "<br/>".join(education) or markup(t["none"])),
            (t["startkwalificatie"],
             markup(t["sk_yes"] if intake.has_startkwalificatie else t["sk_no"])),
            (t["experience"], "<br/>".join(experience) or markup(t["none"])),
            (t["dutch"], dutch),
            (t["hours"], markup(t["hours_value"].format(n=intake.availability.hours_per_week))),
        ]
        return [self.h2("start_title"), self.pairs(rows)]

    def goal(self) -> list[Flowable]:
        """The candidate's own goal(s) as recorded; what the route leads to is a separate row."""
        t = self.t
        lines = []
        for g in self.doc.record.intake.goals[:4]:
            line = f"<b>{esc(g.occupation, NAME_MAX)}</b>"
            if g.credential is not None:
                line += " (" + markup(t["goal_wish_credential"].format(
                    credential=self.label("cred", g.credential.value))) + ")"
            lines.append(line)
        rows = [(t["goal"], "<br/>".join(lines) or markup(t["goal_none"]))]
        if self.plan.goal_notes:
            rows.append((t["goal_notes"], "<br/>".join(esc(gap_text(g, self.lang), LONG_MAX)
                                                       for g in self.plan.goal_notes[:4])))
        steps = self.plan.route.steps
        if not steps:
            return [self.h2("goal_title"), self.pairs(rows)]
        last = steps[-1]
        title = last.title + (f" ({t['level'].format(n=last.level)})" if last.level else "")
        rows.append((t["route_leads_to"], markup(t["route_leads_to_value"].format(
            title=clip(title, SHORT_MAX), credential=self.label("cred", last.credential.value)))))
        rows.append((t["prospects"], self.prospects()))
        return [self.h2("goal_title"), self.pairs(rows)]

    def prospects(self) -> str:
        """The route's own demand figure with its source and date: the one its reason cites."""
        t, dr = self.t, self.doc.demand
        if dr is None:
            # A plan saved before routes carried their figure: its reason is the one truth.
            reason = next((r for r in self.plan.route.reasons
                           if r.factor is Factor.REGIONAL_DEMAND), None)
            return esc(reason_text(reason, self.lang), LONG_MAX) if reason else markup(t["prospects_unknown"])
        rating = min(5, max(1, dr.rating))
        region = self.doc.demand_region_name or region_name(dr.region_code)
        value = markup(t["prospects_value"].format(word=t[f"rating_{rating}"], rating=rating,
                                                   region=clip(region, 80)))
        source = t["prospects_source"].format(source=clip(dr.source, 160), date=dmy(dr.as_of))
        if dr.sample and "voorbeeld" not in dr.source.lower():  # say "sample" once, not twice
            source += f" ({t['prospects_sample']})"
        return value + f'<br/><font size="8" color="#4d4d4d">{markup(source)}</font>'

    def route(self) -> list[Flowable]:
        t, route = self.t, self.plan.route
        if not route.steps:
            return self.no_route()
        out: list[Flowable] = [self.h2("route_title")]
        summary = t["route_summary_one"] if len(route.steps) == 1 else t["route_summary"]
        out.append(self.p(markup(summary.format(
            n=len(route.steps), start=dmy(route.start), end=dmy(route.end),
            weeks=route.total_weeks,
            cost=money(sum((charged(s) for s in route.steps), Decimal("0")), self.lang)))))
        out.append(self.timeline())
        out.append(Spacer(1, 4))
        out.append(self.steps_table())
        return out + self.payments()

    def payments(self) -> list[Flowable]:
        """Who pays whom, step by step, as the matcher worked it out (a loan says "u leent")."""
        steps = self.plan.route.steps
        items = [f"<b>{markup(self.t['step'])} {n}:</b> {esc(payment_text(s.payment, self.lang), LONG_MAX)}"
                 for n, s in enumerate(steps, 1)
                 if s.payment is not None and (s.payment.code is not None or s.payment.text_nl)]
        if not items:
            return []
        return [self.h2("payments_title"), *self.bullets(items[:12])]

    def no_route(self) -> list[Flowable]:
        """A plan without a route says in plain words why nothing fits yet (the matcher's gaps)."""
        t = self.t
        out: list[Flowable] = [self.h2("no_route_title"), self.p(markup(t["no_route_intro"]))]
        items = [esc(gap_text(g, self.lang), LONG_MAX) for g in self.plan.route.gaps[:8]]
        return out + (self.bullets(items) if items else [self.p(markup(t["route_empty"]))])

    def timeline(self) -> Drawing:
        """One bar per step on a shared date axis, so overlaps and gaps are visible at a glance."""
        steps = self.plan.route.steps[:12]
        start = min(s.start for s in steps)
        end = max(max(s.end for s in steps), start)
        span = max(1, (end - start).days)
        label_w, row_h, axis_h = 52 * mm, 19, 14
        width = FRAME_WIDTH
        height = len(steps) * row_h + axis_h + 4
        x0, x1 = label_w, width - 4
        d = Drawing(width, height)

        def x_of(day: date) -> float:
            return float(x0 + (x1 - x0) * (day - start).days / span)

        # month ticks: first of each month, labelled every one to three months depending on length
        months = []
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month):
            months.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        every = max(1, -(-len(months) // 8))
        d.add(Line(x0, axis_h, x1, axis_h, strokeColor=RULE, strokeWidth=0.6))
        for n, first in enumerate(months):
            if first < start:
                continue
            xx = x_of(first)
            d.add(Line(xx, axis_h - 2, xx, height, strokeColor=colors.HexColor("#e2e2e2"),
                       strokeWidth=0.4))
            if n % every == 0:
                d.add(String(xx, axis_h - 10, first.strftime("%m-%Y"), fontName=FONT, fontSize=6.5,
                             fillColor=MUTED, textAnchor="middle"))
        for n, step in enumerate(steps):
            top = height - (n + 1) * row_h
            # the whole title on up to two lines: the candidate reads which step this bar is
            line1, line2 = wrap_two(f"{n + 1}. {step.title}", FONT, 7.5, label_w - 6)
            if line2:
                for shape in (scripts.strings(0, top + 10, line1, FONT, 7.5, TEXT)
                              + scripts.strings(8, top + 2, line2, FONT, 7.5, TEXT)):
                    d.add(shape)
            else:
                for shape in scripts.strings(0, top + 6.5, line1, FONT, 7.5, TEXT):
                    d.add(shape)
            bx, ex = x_of(step.start), max(x_of(step.end), x_of(step.start) + 2)
            colour = self.s.accent if not step.bridging else colors.HexColor("#5b7083")
            d.add(Rect(bx, top + 4, ex - bx, row_h - 8, fillColor=colour, strokeColor=None))
            span_text = f"{dmy(step.start)} – {dmy(step.end)}"
            if ex - bx > text_width(span_text, FONT, 6) + 6:
                d.add(String(bx + 3, top + 7.5, span_text, fontName=FONT, fontSize=6,
                             fillColor=colors.white))
        return d

    def step_rows(self, steps: Iterable[RouteStep]) -> list[list[Flowable | str]]:
        t = self.t
        rows: list[list[Flowable | str]] = []
        for n, s in enumerate(steps, 1):
            what = f"<b>{esc(s.title, SHORT_MAX)}</b><br/>{markup(self.label('kind', s.kind.value))}"
            if self.label("leerweg", s.leerweg.value) != self.label("kind", s.kind.value):
                what += f", {markup(self.label('leerweg', s.leerweg.value))}"
            if s.bridging:
                what += f" ({markup(t['bridging'])})"
            code = "<br/>".join(esc(part, 30) for part in code_lines(s.item_code, FONT, 8, CODE_WIDTH))
            if s.level:
                code += "<br/>" + markup(t["level"].format(n=s.level))
            where = f"{esc(s.provider, 120)}<br/>{esc(s.location, 80)}"
            when = f"{dmy(s.start)} –<br/>{dmy(s.end)}"
            pay = s.payment
            cost = markup(t["free"]) if not charged(s) else money(charged(s), self.lang)
            if pay is not None and charged(s):  # who pays whom, as the matcher worked it out
                payer = self.payer_name(pay.payer)
                if pay.loan:
                    cost += "<br/>" + markup(t["loan_from"].format(name=clip(payer, 80)))
                elif pay.covered:
                    cost += "<br/>" + markup(t["paid_by"].format(name=clip(payer, 80)))
                if pay.you_pay and (pay.loan or pay.covered):
                    cost += "<br/>" + markup(t["you_pay"].format(amount=money(pay.you_pay, self.lang)))
            elif s.funding_code:
                name = self.payer_name(self.doc.funding_names.get(s.funding_code, ""))
                if not charged(s):  # free because of a rule ("no fee under 18"): say why, not who pays
                    name = name or (self.payer_name(pay.payer) if pay is not None else "")
                    cost += "<br/>" + esc(name, 80) if name else ""
                elif pay is None and name:  # a plan saved before steps said who pays whom
                    cost += "<br/>" + markup(t["paid_by"].format(name=clip(name, 80)))
            rows.append([self.cell(str(n)), self.cell(what), self.cell(code), self.cell(where),
                         self.cell(when), self.cell(f"{s.hours_per_week:g}"),
                         self.cell(markup(self.label("cred", s.credential.value))), self.cell(cost)])
        return rows

    def steps_table(self) -> Table:
        t = self.t
        # Columns as wide as their longest usual word, so no word breaks in two: "praktijkverklaring"
        # (you get), "Levenlanglerenkrediet" (cost), a street name (where), "01-04-2026 –" (when).
        widths = [mm * w for w in (5, 38, 15, 26, 21, 8, 27, 34)]
        widths[-1] = FRAME_WIDTH - sum(widths[:-1])
        return self.grid(["#", t["what"], t["code_level"], t["where"],
                          t["when"], t["hours_week"], t["credential"], t["cost"]],
                         self.step_rows(self.plan.route.steps), widths)

    def why(self) -> list[Flowable]:
        route = self.plan.route
        out: list[Flowable] = []
        if not route.steps:
            return out  # its gaps are the reasons there is no route, printed above
        if route.reasons:
            reasons = sorted(route.reasons, key=lambda r: -r.weight)[:8]
            out += [self.h2("why_title"), *self.bullets(esc(reason_text(r, self.lang), LONG_MAX)
                                                         for r in reasons)]
        # Printed once: Big 5 matters under "Hulp bij andere zaken" (the referrals), and what became an
        # action in the table of agreements; what is left here is to know or to arrange later.
        done = {a.gap for a in self.plan.actions if a.gap is not None and not a.answer}
        # plans saved before gaps were typed: their actions held the gap's words
        said = {a.what for a in self.plan.actions} | {a.what_en for a in self.plan.actions}
        gaps = [g for g in route.gaps if g.code is not GapCode.BIG5 and g not in done
                and not (g.text_nl and (g.text_nl in said or g.text_en in said))]
        if gaps:
            items = []
            for g in gaps[:8]:
                text = esc(gap_text(g, self.lang), LONG_MAX)
                if g.blocking:
                    text = f"<b>{markup(self.t['blocking'])}:</b> {text}"
                elif g.first:  # how well the route fits is not known until this is answered
                    text = f"<b>{markup(self.t['check_first'])}:</b> {text}"
                items.append(text)
            out += [self.h2("gaps_title"), *self.bullets(items)]
        return out

    def stepping_stones(self) -> list[Flowable]:
        """Stones from the route (data, worded here in the plan's language), then the advisor's own."""
        stones = self.plan.stones
        way = [self.stone(s) for s in stones if s.kind is StoneKind.ON_THE_WAY][:6]
        after = [self.stone(s) for s in stones if s.kind is StoneKind.NEXT][:6]
        after += [esc(s, SHORT_MAX) for s in self.plan.stepping_stones[:6]]
        out: list[Flowable] = []
        if way:
            out += [self.h2("stones_way_title"), *self.bullets(way)]
        if after:
            out += [self.h2("stones_title"), *self.bullets(after)]
        return out

    def stone(self, s: SteppingStone) -> str:
        t = self.t
        parts = [t["level"].format(n=s.level)] if s.level else []
        if s.crebo:
            parts.append(t["stone_crebo"].format(code=clip(s.crebo, 30)))
        key = "stone_dutch" if s.dutch is not None else \
            "stone_way" if s.kind is StoneKind.ON_THE_WAY else "stone_next"
        title = s.title[:1].upper() + s.title[1:]  # register titles may start lower case ("verzorgende-IG")
        text = t[key].format(title=clip(title, SHORT_MAX),
                             credential=self.label("cred", s.credential.value),
                             details=f" ({', '.join(parts)})" if parts else "",
                             date=self.month(s.reached),
                             level=s.dutch.value if s.dutch is not None else "")
        return markup(text)

    def referrals(self) -> list[Flowable]:
        refs = self.plan.referrals[:10]
        if not refs:
            return []
        items = []
        for r in refs:
            to = esc(r.to, SHORT_MAX) if r.to.strip() else markup(self.t["referral_open"])
            text = f"<b>{markup(self.label('big5', r.domain.value))}:</b> {to}"
            if r.note:
                text += f" ({esc(r.note, LONG_MAX)})"
            items.append(text)
        return [self.h2("referrals_title"), *self.bullets(items)]

    def actions(self) -> list[Flowable]:
        acts = self.plan.actions[:15]
        if not acts:
            return []
        t = self.t
        rows: list[list[Flowable | str]] = [
            [self.cell(esc(self.label("party", a.who), 80)),
             self.cell(esc(action_text(a, self.lang), LONG_MAX)),
             self.cell(self.due(a.due, a.tight))] for a in acts]
        widths = [38 * mm, FRAME_WIDTH - 38 * mm - 28 * mm, 28 * mm]
        return [self.h2("actions_title"), self.grid([t["who"], t["action_what"], t["due"]], rows,
                                                    widths)]

    def due(self, when: date | None, tight: bool) -> str:
        t = self.t
        if when is None:
            return markup(t["no_due"])
        if tight:  # the route starts sooner than the usual time to arrange this
            return (markup(t["before_start"].format(date=dmy(when)))
                    + f"<br/><b>{markup(t['tight'])}</b>")
        return dmy(when)

    def appointment(self) -> list[Flowable]:
        t, when = self.t, self.plan.next_appointment
        text = t["appointment_value"].format(date=dmy(when)) if when else t["appointment_none"]
        return [self.h2("appointment_title"), self.p(f"<b>{markup(text)}</b>")]

    def notes(self) -> list[Flowable]:
        if not self.plan.notes.strip():
            return []
        return [self.h2("notes_title"), self.p(esc(self.plan.notes, NOTES_MAX))]

    def closing(self) -> list[Flowable]:
        t, st = self.t, self.doc.settings
        privacy = t["privacy_text"].format(school=clip(st.school_name or "-", NAME_MAX),
                                           months=st.retention_months)
        return [KeepTogether([self.h2("privacy_title"), self.p(markup(privacy), self.s.small),
                              self.h2("sign_title"), self.signatures()])]

    def signatures(self) -> Table:
        t = self.t
        col = (FRAME_WIDTH - 10 * mm) / 2

        def block(role: str, name: str) -> Table:
            table = Table([
                [self.cell(f"<b>{markup(role)}</b>")],
                [self.cell(f"{markup(t['sign_name'])}: {esc(name or ' ', PERSON_NAME_MAX)}")],
                [self.cell(f"{markup(t['sign_date'])}:")],
            ], colWidths=[col])
            table.setStyle(TableStyle([
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]))
            return table

        # The names on top, the room to sign below them in a row of its own: however many lines a
        # long name takes, both blocks start together and both lines to sign on are level.
        outer = Table([[block(t["sign_candidate"], self.candidate_name), "",
                        block(t["sign_advisor"], self.advisor)],
                       [Spacer(1, 14 * mm), "", Spacer(1, 14 * mm)]],
                      colWidths=[col, 10 * mm, col], hAlign="LEFT")
        outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 1), (0, 1), 0.7, TEXT),
                                   ("LINEBELOW", (2, 1), (2, 1), 0.7, TEXT)]))
        return outer


def render_plan(doc: PlanDocument, *, lang: str | None = None, invariant: bool = False) -> bytes:
    """The plan as PDF bytes, in `lang` when given, else in the plan's own language."""
    return PlanRenderer(doc.in_language(lang), invariant=invariant).render()
