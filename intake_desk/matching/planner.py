"""Candidate routes: a target offering plus the bridging steps its entry requirements call for.

Bridging is found generically from `Prerequisites`: missing Dutch -> a language (NT2) offering that
reaches the level; a missing prior level -> a diploma at that level (Entree for level 1); a missing
startkwalificatie -> a level-2 diploma; a required previous item -> an offering of that item. At most
MAX_BRIDGES bridging steps. Steps are scheduled one after the other on their first start date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import Candidate, CatalogItem, Goal, Intake, ItemKind, Leerweg, Offering
from .bridges import WORK_BASED, bridge_in_line, dutch_needed, entree_fits
from .facts import (
    CatalogIndex,
    allowed_regions,
    dutch_course,
    dutch_rank,
    gives,
    held_items,
    language_gain,
    leerweg_ok,
    previous_met,
)
from .goals import GoalProfile, Relation, item_domein
from .rules import entree_allowed, kwalificatieplichtig

MAX_BRIDGES = 3
TARGET_ITEMS = 10
OFFERINGS_PER_ITEM = 8
PROVIDERS_PER_NEED = 2
HORIZON = timedelta(days=400)
# Time to enrol (and to do what the plan asks before the start, such as telling the workplace trainer
# what one can do): no route starts within two weeks of the intake *(judgement)*.
ENROL_LEAD = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class Have:
    level: int
    dutch: int  # rank of RefLevel, 0 for none
    items: frozenset[str]

    def plus(self, offerings: list[Offering], idx: CatalogIndex) -> Have:
        level, dutch, items = self.level, self.dutch, set(self.items)
        for o in offerings:
            g = gives(o, idx.catalog.item(o.item_code))
            level = max(level, g.level)
            dutch = max(dutch, g.dutch.rank if g.dutch else 0)
            items.add(o.item_code)
        return Have(level, dutch, frozenset(items))


@dataclass(frozen=True, slots=True)
class Need:
    kind: str  # "dutch", "level", "item"
    level: int = 0
    item_code: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    """An unscored, scheduled route: offerings in order with their start dates."""

    offerings: tuple[Offering, ...]
    starts: tuple[date, ...]
    bridging: int  # the first `bridging` offerings are bridging steps
    target: CatalogItem
    goal: Goal
    fit: float  # the goal value of the target (goals.py), 0-1


class Planner:
    def __init__(self, idx: CatalogIndex, intake: Intake, candidate: Candidate | None, today: date):
        self.idx, self.intake, self.today = idx, intake, today
        self.regions = allowed_regions(intake, candidate)
        self.hours = intake.availability.hours_per_week
        self.first_day = max(today + ENROL_LEAD, intake.preferences.earliest_start or today)
        self.have = Have(intake.highest_completed_level, dutch_rank(intake), held_items(intake))
        self.wanted = intake.preferences.leerwegen
        self.why_not: Counter[str] = Counter()
        self.why_item: dict[str, str] = {}  # item code -> why no route reached it (first reason)
        # Under 18 without a startkwalificatie: a school route only (rules.kwalificatieplichtig)
        self.school_only = kwalificatieplichtig(intake, candidate, today)
        self.entree_ok = entree_allowed(intake)
        self.search_first = not intake.has_job_or_placement

    def usable(self, o: Offering) -> bool:
        return ((self.regions is None or o.region_code in self.regions) and o.hours_per_week <= self.hours
                and leerweg_ok(o.leerweg, self.wanted) and o.item_code not in self.idx.expired
                and not (self.school_only and o.leerweg is Leerweg.DERDE_LEERWEG))

    def _why(self, code: str, reason: str) -> None:
        self.why_not[reason] += 1
        self.why_item.setdefault(code, reason)

    def drafts(self, profile: GoalProfile) -> Iterator[Draft]:
        """Scheduled routes towards the items that serve the goal best (goals.py), best first."""
        goal = profile.goal
        planned = 0
        for code, fit in profile.ranked():
            if planned >= TARGET_ITEMS:
                break
            if not self._worth_planning(code, profile.relations[code]):
                continue
            item = self.idx.catalog.items[code]
            offerings = self.idx.by_item.get(code, ())
            usable = [o for o in offerings if self.usable(o)]
            if not usable:
                # an item nobody can follow here does not use up a place: a short module that fits the
                # hours still gets its turn when the diplomas ask too many hours
                self._why(code, self._why_unusable(offerings))
                continue
            planned += 1
            usable.sort(key=lambda o: (bool(self.wanted) and o.leerweg not in self.wanted, o.weeks, o.code))
            chained = scheduled = False
            for target in usable[:OFFERINGS_PER_ITEM]:
                for chain in self._resolve(target, self.have, MAX_BRIDGES):
                    chained = True
                    for extra in self._dutch_alongside(chain, target, item):
                        full = [*chain, *extra, target]
                        starts = self._schedule(full, parallel=len(chain) if extra else None)
                        if starts is None:
                            continue
                        scheduled = True
                        yield Draft(tuple(full), starts, len(chain) + len(extra), item, goal, fit)
            if not scheduled:
                self._why(code, "dates" if chained else "prerequisites")

    def _why_unusable(self, offerings: tuple[Offering, ...]) -> str:
        if not offerings:
            return "no-offering"
        here = [o for o in offerings if self.regions is None or o.region_code in self.regions]
        if not here:
            return "region"
        if self.school_only and all(o.leerweg is Leerweg.DERDE_LEERWEG for o in here):
            return "kwalificatieplicht"
        fits_hours = [o for o in here if o.hours_per_week <= self.hours]
        return "leerweg" if fits_hours else "hours"

    def _worth_planning(self, code: str, relation: Relation) -> bool:
        """Not an item the candidate already holds, nor a Dutch course they do not need. Only when
        the goal itself is skipped is that worth telling (a side course skipped says nothing)."""
        item = self.idx.catalog.items[code]
        gain = language_gain(item)
        reason = ""
        if code in self.have.items:
            reason = "held"
        elif code in self.idx.expired:
            reason = "expired"  # an old code: new students enrol in its successor (facts.expired_codes)
        elif self.school_only and item.kind is not ItemKind.QUALIFICATION:
            reason = "kwalificatieplicht"  # not a loose course or part-credential as their route
        elif not self.entree_ok and item.kind is ItemKind.QUALIFICATION and item.level == 1:
            reason = "entree"
        elif dutch_course(item) and (self.intake.dutch.native
                                     or (gain is not None and gain.rank <= self.have.dutch)):
            reason = "dutch-reached"
        if reason and relation in (Relation.OWN, Relation.GOAL_MODULE):
            self._why(code, reason)
        return not reason

    def _unmet(self, o: Offering, have: Have) -> Need | None:
        p = o.prerequisites
        if p.dutch is not None and have.dutch < p.dutch.rank:
            return Need("dutch", p.dutch.rank)
        if p.min_prior_level and have.level < p.min_prior_level:
            return Need("level", p.min_prior_level)
        if p.requires_startkwalificatie and have.level < 2:
            return Need("level", 2)
        if p.previous_item and not previous_met(p.previous_item, have.items, have.dutch, self.idx.catalog):
            return Need("item", item_code=p.previous_item)
        return None

    def _providers(self, need: Need, target: Offering) -> list[Offering]:
        if need.kind == "dutch":
            found = [o for o, gain in self.idx.language if gain.rank >= need.level and self.usable(o)]
        elif need.kind == "level":
            items = self.idx.catalog
            target_item = items.item(target.item_code) or _NO_ITEM
            base = items.item(target_item.part_of) if target_item.part_of else None
            goal_item = base or target_item
            pool = [o for o in self.idx.diplomas_by_level.get(need.level, ()) if self.usable(o)]
            if need.level >= 2:
                # A diploma taken only to reach a level is years of someone's life: it has to be a
                # lower rung of the goal's own line (same dossier, or a known ladder such as Helpende
                # -> Verzorgende-IG), never another occupation that shares a broad domein.
                pool = [o for o in pool if bridge_in_line(items.item(o.item_code) or _NO_ITEM, goal_item)]
            domein = item_domein(goal_item)
            # Entree has profiles per field: the one that prepares for the goal's domein first (the
            # technical profile for an electrician), then the nearest by words, then the shortest.
            fitting = [o for o in pool if entree_fits(items.item(o.item_code) or _NO_ITEM, domein)]
            if need.level == 1 and fitting:
                pool = fitting  # another field's Entree profile only when the goal's own is not here
            found = sorted(pool, key=lambda o: (
                not entree_fits(items.item(o.item_code) or _NO_ITEM, domein),
                -_field_overlap(items.item(o.item_code), target_item), o.weeks, o.code))
        else:
            found = sorted((o for o in self.idx.by_item.get(need.item_code, ()) if self.usable(o)),
                           key=lambda o: (o.weeks, o.code))
        return [o for o in found if o.code != target.code][:PROVIDERS_PER_NEED]

    def _resolve(self, target: Offering, have: Have, budget: int) -> Iterator[list[Offering]]:
        need = self._unmet(target, have)
        if need is None:
            yield []
            return
        if budget <= 0:
            return
        for p in self._providers(need, target):
            if self._unmet(p, have) == need:
                continue  # it needs the very thing we are looking for (Nederlands 3F asks 2F)
            for pre in self._resolve(p, have, budget - 1):
                chain = [*pre, p]
                have2 = have.plus(chain, self.idx)
                if self._unmet(target, have2) == need:
                    continue
                for rest in self._resolve(target, have2, budget - len(chain)):
                    yield [*chain, *rest]

    def _dutch_alongside(self, chain: list[Offering], target: Offering,
                         item: CatalogItem) -> Iterator[list[Offering]]:
        """With Dutch below what the target's level asks (bridges.dutch_needed) though its entry
        requirement is met: first the route with a Dutch course alongside (one that fits the hours
        next to the target), then the route without it (it carries the NT2 gap instead)."""
        need = dutch_needed(item)
        have = self.have.plus(chain, self.idx)
        if need is not None and not self.intake.dutch.native and have.dutch < need.rank:
            for o, gain in self.idx.language:
                if (gain.rank >= need.rank and o.alongside and o.code != target.code and self.usable(o)
                        and o.hours_per_week + target.hours_per_week <= self.hours
                        and self._unmet(o, have) is None):
                    yield [o]
                    break
        yield []

    def _schedule(self, chain: list[Offering], parallel: int | None = None) -> tuple[date, ...] | None:
        """Start dates, one step after the other; the step at index `parallel` (a Dutch course
        alongside) does not hold up the next one."""
        latest = self.intake.preferences.latest_start
        cur = self.first_day
        starts: list[date] = []
        for n, o in enumerate(chain):
            if self.search_first and needs_place(o):
                # a leerbedrijf has to be found first: no start before there is time to find one
                cur = max(cur, self.today + LEERBEDRIJF_LEAD)
            last = cur + HORIZON
            if n == 0 and latest is not None:
                last = min(last, latest)
            if last < cur:
                return None
            s = o.schedule
            if s.dates or s.months or s.monthly:
                options = s.starts_between(cur, last)
                if not options:
                    return None
                start = options[0]
            else:
                start = cur
            starts.append(start)
            if n != parallel:
                cur = start + timedelta(weeks=o.weeks)
        return tuple(starts)


_NO_ITEM = CatalogItem(code="", kind=ItemKind.SHORT_MODULE, title="")
# Weeks to find a leerbedrijf before a BBL (or job-based) step can start; the plan's deadline to find
# one is six weeks before the start (bridges.leerbedrijf_due), so this leaves a few weeks to search.
LEERBEDRIJF_LEAD = timedelta(weeks=8)
_FILLER = frozenset({"assistent", "medewerker", "opleiding"})


def needs_place(o: Offering) -> bool:
    """Learnt at an erkend leerbedrijf (BBL, the derde leerweg, or asking for a job): the same steps
    as bridges.learns_at_work, which gives them the gap to find (or check) the leerbedrijf."""
    return o.leerweg in WORK_BASED or o.prerequisites.requires_job


def _stems(item: CatalogItem | None) -> set[str]:
    if item is None:
        return set()
    text = " ".join((item.title, item.sector, item.dossier_title, *item.occupations)).casefold()
    return {w[:5] for w in re.findall(r"[a-zà-ÿ]{4,}", text) if w not in _FILLER}


def _field_overlap(bridge: CatalogItem | None, target: CatalogItem) -> int:
    return len(_stems(bridge) & _stems(target))
