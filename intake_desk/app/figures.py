"""Regional figures for a period: what a Leerwerkloket or mobility team reports to its region and
funders (issue 17). Counts only, no names; every output shows a count under 5 as "<5".

The definitions (docs/followup.md, "Figures") in short:
- intakes: intake conversations dated in the period (quick intakes at a fair included), per ISO
  week, by referrer and by the domein of the first goal's qualification (kwalificatiestructuur);
- routes proposed: the newest plan version per candidate saved in the period, by the kind of its goal
  step (the last step); funding lines: how many of those plans use each scheme;
- plans handed out: candidates with a plan version saved or set to "plan uitgereikt" in the period;
- started, completed (by credential), dropped out (by reason): stage changes dated in the period;
- days from intake to start: for each start in the period, from the latest intake on or before it.

Small cells: a count of 1-4 is shown as "<5". So that the total and the other cells do not give
such a cell away, the next smallest cells are hidden too (shown as "x"; secondary suppression, as
statistics offices do) until the hidden cells add up to at least 10 (`suppress`). The numbers
themselves stay in `Point.count` (tests check totals = sum of parts on them); every output prints
`shown` text only.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain.enums import CredentialKind, ItemKind, Leerweg, Referrer
from ..domain.labels import label
from ..domain.trajectory import DropReason, Stage, reason_label, stage_label
from ..progress import NULL, Progress
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

SMALL = 5  # counts 1..SMALL-1 are never shown
SUPPRESSED = "<5"
HIDDEN = "x"  # a cell hidden so that a "<5" cell cannot be worked out from the total


def shown(count: int) -> str:
    """A count as every output prints it: "<5" for 1 to 4."""
    return SUPPRESSED if 0 < count < SMALL else str(count)


class RouteKind(StrEnum):
    PRAKTIJKVERKLARING = "praktijkverklaring"
    CERTIFICAAT = "certificaat"
    BBL = "bbl"
    BOL = "bol"
    ENTREE = "entree"
    DERDE_LEERWEG = "derde-leerweg"
    SHORT_COURSE = "kort"
    NO_ROUTE = "geen-route"


_ROUTE_WORDS: dict[RouteKind, tuple[str, str]] = {
    RouteKind.PRAKTIJKVERKLARING: ("praktijkverklaring", "workplace statement"),
    RouteKind.CERTIFICAAT: ("mbo-certificaat", "mbo certificate"),
    RouteKind.BBL: ("BBL (werken en leren)", "BBL (work-based)"),
    RouteKind.BOL: ("BOL (naar school)", "BOL (school-based)"),
    RouteKind.ENTREE: ("Entree (niveau 1)", "Entree (level 1)"),
    RouteKind.DERDE_LEERWEG: ("derde leerweg", "contract education"),
    RouteKind.SHORT_COURSE: ("korte cursus", "short course"),
    RouteKind.NO_ROUTE: ("nog geen route", "no route yet"),
}

_REFERRER_WORDS: dict[Referrer, tuple[str, str]] = {
    Referrer.SELF: ("zelf", "self"),
    Referrer.UWV: ("UWV", "UWV"),
    Referrer.GEMEENTE: ("gemeente", "municipality"),
    Referrer.EMPLOYER: ("werkgever", "employer"),
    Referrer.SCHOOL: ("school", "school"),
    Referrer.RMT: ("mobiliteitsteam", "mobility team"),
    Referrer.LEERWERKLOKET: ("Leerwerkloket", "Leerwerkloket"),
    Referrer.OTHER: ("anders", "other"),
}


def route_kind(steps: int, credential: str, leerweg: str, kind: str, level: int | None) -> RouteKind:
    """The kind of a route, from its goal step (the last one): what the candidate works towards."""
    if steps == 0:
        return RouteKind.NO_ROUTE
    if credential == CredentialKind.PRAKTIJKVERKLARING or kind == ItemKind.PRAKTIJKVERKLARING:
        return RouteKind.PRAKTIJKVERKLARING
    if credential == CredentialKind.CERTIFICAAT or kind in (ItemKind.CERTIFICATE, ItemKind.KEUZEDEEL):
        return RouteKind.CERTIFICAAT
    if (kind == ItemKind.SHORT_MODULE or leerweg == Leerweg.SHORT_COURSE
            or credential == CredentialKind.SCHOOLVERKLARING):
        return RouteKind.SHORT_COURSE
    if level == 1:
        return RouteKind.ENTREE
    if leerweg == Leerweg.BBL:
        return RouteKind.BBL
    if leerweg == Leerweg.DERDE_LEERWEG:
        return RouteKind.DERDE_LEERWEG
    return RouteKind.BOL


@dataclass(frozen=True, slots=True)
class Point:
    label_nl: str
    label_en: str
    count: int
    key: str = ""  # the code behind the label (a week "2026-W07", a referrer, a reason)
    hidden: bool = False  # hidden beside a small cell of the same series (secondary suppression)

    @property
    def shown(self) -> str:
        return HIDDEN if self.hidden else shown(self.count)

    @property
    def suppressed(self) -> bool:
        """True when the number must not be drawn or printed (a bar of unknown length)."""
        return self.hidden or 0 < self.count < SMALL

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" else self.label_nl


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    title_nl: str
    title_en: str
    points: tuple[Point, ...]
    note_nl: str = ""
    note_en: str = ""

    @property
    def total(self) -> int:
        return sum(p.count for p in self.points)

    @property
    def total_shown(self) -> str:
        return shown(self.total)

    def title(self, lang: str = "nl") -> str:
        return self.title_en if lang == "en" else self.title_nl

    def note(self, lang: str = "nl") -> str:
        return self.note_en if lang == "en" else self.note_nl


@dataclass(frozen=True, slots=True)
class Figures:
    start: date
    end: date
    region: str | None  # region code, None for every region
    region_name: str
    series: tuple[Series, ...]
    key_figures: tuple[Point, ...]  # intakes, plans, started, completed, dropped out
    median_days_to_start: float | None  # None when fewer than SMALL starts were measured
    starts_measured: int
    sample: bool  # demo candidates are counted: every output says "voorbeeld"
    made_on: date = field(default_factory=date.today)

    def get(self, key: str) -> Series:
        return next(s for s in self.series if s.key == key)

    @property
    def period_text(self) -> str:
        return f"{self.start:%d-%m-%Y} t/m {self.end:%d-%m-%Y}"

    @property
    def period_text_en(self) -> str:
        return f"{self.start:%d-%m-%Y} to {self.end:%d-%m-%Y}"

    def region_text(self, lang: str = "nl") -> str:
        if self.region is None:
            return "alle regio's" if lang == "nl" else "all regions"
        return self.region_name or self.region

    def median_shown(self, lang: str = "nl") -> str:
        """Days, or why there is no figure: a median of one to four starts would show their own
        timing, so it is withheld, and said so in words ("<5" alone reads as "under five days")."""
        if self.median_days_to_start is None:
            if self.starts_measured == 0:
                return "-"
            return "te weinig starts (<5)" if lang == "nl" else "too few starts (<5)"
        return f"{self.median_days_to_start:g}"


def suppress(points: Iterable[Point]) -> tuple[Point, ...]:
    """Hide further cells beside the small ones, so none can be worked out from the total.

    With the total printed, one "<5" cell alone would be total minus the rest; and a "<5" hidden
    beside one other cell is still pinned down when their sum is small (6 = 5 + 1). So, when a
    series has a small cell, the next smallest cells are hidden too until the hidden cells add up
    to at least 2 x SMALL: then each hidden "<5" cell could be any of 1-4."""
    pts = list(points)
    if not any(0 < p.count < SMALL for p in pts):
        return tuple(pts)
    hidden = {i for i, p in enumerate(pts) if 0 < p.count < SMALL}
    rest = sorted((i for i, p in enumerate(pts) if p.count >= SMALL), key=lambda i: pts[i].count)
    extra: set[int] = set()
    while sum(pts[i].count for i in hidden | extra) < 2 * SMALL and rest:
        extra.add(rest.pop(0))
    return tuple(Point(p.label_nl, p.label_en, p.count, p.key, hidden=True) if i in extra else p
                 for i, p in enumerate(pts))


def _series(key: str, nl: str, en: str, points: Iterable[Point], note_nl: str = "",
            note_en: str = "") -> Series:
    return Series(key, nl, en, suppress(points), note_nl, note_en)


def _weeks(start: date, end: date, per_day: Counter[str]) -> list[Point]:
    counts: dict[tuple[int, int], int] = {}
    day = start
    while day <= end:  # every week of the period, also the empty ones, in order
        iso = day.isocalendar()
        counts.setdefault((iso.year, iso.week), 0)
        day = date.fromordinal(day.toordinal() + 1)
    for text, n in per_day.items():
        iso = date.fromisoformat(text).isocalendar()
        counts[(iso.year, iso.week)] = counts.get((iso.year, iso.week), 0) + n
    years = len({y for y, _ in counts}) > 1  # a period over new year: "week 1 (2026)"
    return [Point(f"week {w} ({y})" if years else f"week {w}", f"week {w} ({y})" if years else f"week {w}",
                  n, f"{y}-W{w:02d}") for (y, w), n in counts.items()]


def _domein(crebo: str) -> str:
    if not crebo:
        return ""
    from ..matching.goal_words import domein_of  # the kwalificatiestructuur, read once

    return domein_of(crebo)


_DELAY_BANDS: tuple[tuple[int, int, str, str], ...] = (
    (0, 30, "binnen 30 dagen", "within 30 days"),
    (31, 60, "31-60 dagen", "31-60 days"),
    (61, 90, "61-90 dagen", "61-90 days"),
    (91, 180, "91-180 dagen", "91-180 days"),
    (181, 10**6, "meer dan 180 dagen", "more than 180 days"),
)


def regional_figures(db: Handle, start: date, end: date, region: str | None = None,
                     progress: Progress = NULL) -> Figures:
    """The figures for `start`..`end` (both included) in `region` (a code or name; None: all)."""
    if end < start:
        raise ValueError(f"periode: {end:%d-%m-%Y} ligt voor {start:%d-%m-%Y}")
    from .. import regions as regions_mod

    codes: frozenset[str] = frozenset()
    region_code: str | None = None
    if region:
        region_code = regions_mod.region_code(region)
        if region_code is None:
            raise ValueError(f"regio: '{region}' is geen arbeidsmarktregio")
        codes = regions_mod.codes_of(region_code)
    steps = 7
    progress.update(0, steps, "intakes")

    per_day: Counter[str] = Counter()
    per_referrer: Counter[str] = Counter()
    per_crebo: Counter[str] = Counter()
    for day, referrer, crebo, n in store_of(db).figures.intake_rows(db, start, end, codes):
        per_day[day] += n
        per_referrer[referrer] += n
        per_crebo[crebo] += n
    progress.update(1, steps, "routes")
    per_domein: Counter[str] = Counter()
    for crebo, n in per_crebo.items():
        per_domein[_domein(crebo)] += n

    per_route: Counter[RouteKind] = Counter()
    per_funding: Counter[str] = Counter()
    planned = 0
    plan_rows = store_of(db).figures.plan_rows(db, start, end, codes)
    for steps_n, credential, leerweg, kind, level, used, n in plan_rows:
        per_route[route_kind(steps_n, credential, leerweg, kind, level)] += n
        for code in used.split(",") if used else [""]:
            per_funding[code] += n
        planned += n
    progress.update(2, steps, "financiering")
    names = store_of(db).figures.funding_names(db)
    progress.update(3, steps, "plannen")
    plans = planned + store_of(db).figures.plans_set_without_version(db, start, end, codes)
    progress.update(4, steps, "statussen")

    per_stage: Counter[str] = Counter()
    per_reason: Counter[str] = Counter()
    per_credential: Counter[str] = Counter()
    for stage, reason, credential, n in store_of(db).figures.stage_rows(db, start, end, codes):
        per_stage[stage] += n
        if stage == Stage.UITGEVALLEN:
            per_reason[reason] += n
        elif stage == Stage.AFGEROND:
            per_credential[credential] += n
    progress.update(5, steps, "doorlooptijd")
    delays = store_of(db).figures.start_delays(db, start, end, codes)
    progress.update(6, steps, "voorbeeld")
    sample = store_of(db).figures.any_sample(db, start, end, codes)

    referrer_points = []
    for ref in Referrer:
        if per_referrer.get(ref.value):
            nl, en = _REFERRER_WORDS[ref]
            referrer_points.append(Point(nl, en, per_referrer[ref.value], ref.value))
    known_refs = {r.value for r in Referrer}
    unknown_ref = sum(n for k, n in per_referrer.items() if k not in known_refs)
    if unknown_ref:
        referrer_points.append(Point("niet ingevuld", "not recorded", unknown_ref, ""))

    domein_points = [Point(d, d, n, d) for d, n in sorted(per_domein.items(), key=lambda kv: -kv[1])
                     if d]
    if per_domein.get(""):
        domein_points.append(Point("geen mbo-kwalificatie als doel", "no mbo qualification as goal",
                                   per_domein[""], ""))

    route_points = [Point(*_ROUTE_WORDS[k], per_route[k], k.value) for k in RouteKind
                    if per_route.get(k)]
    funding_points = sorted(
        (Point(names.get(code, code), names.get(code, code), n, code) if code else
         Point("geen regeling (zelf betalen of gratis)", "no scheme (self-paid or free)", n, "")
         for code, n in per_funding.items()), key=lambda p: (p.key == "", -p.count, p.key))
    reason_points = [Point(reason_label(r, "nl"), reason_label(r, "en"), per_reason[r.value], r.value)
                     for r in DropReason if per_reason.get(r.value)]
    credential_points = [Point(label(c, "nl"), label(c, "en"), per_credential[c.value], c.value)
                         for c in CredentialKind if per_credential.get(c.value)]

    band_counts = [0] * len(_DELAY_BANDS)
    unknown_delay = 0
    values: list[int] = []
    for days, n in delays:
        if days is None or days < 0:
            unknown_delay += n
            continue
        values.extend([days] * n)
        for idx, (low, high, _, _) in enumerate(_DELAY_BANDS):
            if low <= days <= high:
                band_counts[idx] += n
                break
    delay_points = [Point(nl, en, band_counts[i], f"{low}-{high}")
                    for i, (low, high, nl, en) in enumerate(_DELAY_BANDS)]
    if unknown_delay:
        delay_points.append(Point("geen intake ervoor", "no intake before", unknown_delay, ""))
    measured = len(values)
    median = float(statistics.median(values)) if measured >= SMALL else None

    intakes = sum(per_day.values())
    series = (
        _series("intakes_per_week", "Intakes per week", "Intakes per week",
                _weeks(start, end, per_day)),
        _series("referrer", "Intakes naar verwijzer", "Intakes by referrer", referrer_points),
        _series("domein", "Intakes naar domein van het doel", "Intakes by goal domain",
                domein_points),
        _series("route_kind", "Voorgestelde routes naar soort", "Routes proposed by kind",
                route_points, "Nieuwste plan per kandidaat; soort van de laatste stap.",
                "Newest plan per candidate; kind of its last step."),
        _series("funding", "Plannen naar financiering", "Plans by funding line", funding_points,
                "Een plan kan meer dan één regeling gebruiken.",
                "A plan can use more than one scheme."),
        _series("completed", "Afgerond naar bewijs", "Completed by credential", credential_points),
        _series("dropped_out", "Uitgevallen naar reden", "Dropped out by reason", reason_points),
        _series("days_to_start", "Dagen van intake tot start", "Days from intake to start",
                delay_points),
    )
    key_figures = (
        Point("Intakes", "Intakes", intakes, "intakes"),
        Point(stage_label(Stage.PLAN_UITGEREIKT, "nl").capitalize(),
              stage_label(Stage.PLAN_UITGEREIKT, "en").capitalize(), plans, "plans"),
        Point("Gestart", "Started", per_stage.get(Stage.GESTART.value, 0), "started"),
        Point("Afgerond", "Completed", per_stage.get(Stage.AFGEROND.value, 0), "completed"),
        Point("Uitgevallen", "Dropped out", per_stage.get(Stage.UITGEVALLEN.value, 0),
              "dropped_out"),
    )
    progress.update(steps, steps, "klaar")
    return Figures(
        start=start, end=end, region=region_code,
        region_name=regions_mod.region_name(region_code) if region_code else "",
        series=series, key_figures=key_figures, median_days_to_start=median,
        starts_measured=measured, sample=sample,
    )


__all__ = ["HIDDEN", "SMALL", "SUPPRESSED", "Figures", "Point", "RouteKind", "Series", "regional_figures",
           "route_kind", "shown", "suppress"]
