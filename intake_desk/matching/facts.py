"""What the matcher derives from an intake and a catalog: allowed regions, age, what a step gives.

Decisions (documented here, relied on by rules.py and planner.py):

- **Travel regions**: `preferences.travel_regions` when filled in; otherwise the candidate's own
  arbeidsmarktregio; when neither is known, every region is allowed and the route carries a gap asking
  the advisor to record the travel range.
- **Start window**: every step starts on or after today and on or after `earliest_start`; the *route*
  (its first step) starts on or before `latest_start`. Later steps follow on from earlier ones, so they
  may start after `latest_start`.
- **Empty start schedule** on an offering means "start on request": any date is a valid start.
- **Language items**: a catalog item whose sector is "nt2" or whose title names Nederlands/NT2
  raises Dutch to the level in its title (2F, B1, ...). That is how a bridging Dutch step is found.
  A language course that asks for an earlier course (NT2 B1 after NT2 A2) is open to someone whose
  Dutch already reaches what that earlier course gives: the course is about the level, not the
  certificate. Native speakers are never sent to a Dutch course.
- **The 40-week rule**: routes bought by a regional mobility team (RMT) or by UWV under the
  praktijkleren scheme last at most 40 weeks in total (9 months; OCW newsletter 2021-10-07). It applies
  when the intake says the route is such a route: the candidate was referred by an RMT, or a funding
  line names praktijkleren or the mobility team, or names a scheme from the funding table whose own
  maximum is 40 weeks or less. A plain WW client is not enough: UWV scholing allows up to a year, and
  its own maximum applies when that scheme pays a step.
- **Experience shortens a route (EVC)**: EVC (erkenning van verworven competenties) assesses what
  someone learned at work against a qualification and gives an ervaringscertificaat; with it the
  school can grant exemptions (vrijstellingen) for parts of the course. For a praktijkverklaring the
  workplace trainer judges werkprocessen, and someone experienced shows them sooner. So when the
  candidate wants EVC (the intake's EVC interest) and has experience in the occupational field of the
  route's last step, that step is planned shorter. "Field" is data, not shared words: the role (else
  the sector) is resolved like a goal (goal_words.py) and must give the step's qualification, its
  kwalificatiedossier or its DUO domein (DOMAIN.md: EVC counts in the same dossier or domein), so
  childcare experience counts for Onderwijsassistent (both Pedagogisch werk). Then the step is planned
  shorter: a fifth with two years of relevant experience, a third with five or more; volunteer years
  count half *(judgement: the school decides; the plan says "about" and "can")*. The EVC procedure
  runs at the start of that step, as schools do in shortened (maatwerk) routes, so the start stays.
  Only steps towards a diploma, an mbo-certificaat or a praktijkverklaring are shortened.
- **Leerweg preference** is a hard rule when the candidate states one: BOL is learning at school,
  BBL and the derde leerweg are learning at work (a job or workplace plus lessons), so a wish for
  either of those two accepts the other *(judgement: the difference is who pays, not how one learns)*;
  a wish for BOL accepts only BOL. Short courses are not a leerweg choice and fit beside any wish.
  No wish accepts every leerweg.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..domain import (
    Candidate,
    Catalog,
    CatalogItem,
    CredentialKind,
    ExperienceEntry,
    FundingScheme,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    Referrer,
    RefLevel,
)
from ..regions import codes_of, locate
from .goal_words import fold, kwalificaties, resolve_experience

if TYPE_CHECKING:
    from .goals import GoalProfile

# occupation, sector, crebo, keywords, credential wanted: everything a goal profile depends on
GoalKey = tuple[str, str, str, tuple[str, ...], CredentialKind | None]

_REF_IN_TEXT = re.compile(r"\b([1-4])F\b", re.IGNORECASE)
_CEFR_IN_TEXT = re.compile(r"\b(A2|B1|B2|C1|C2)\b", re.IGNORECASE)
_CEFR_TO_REF = {"A2": RefLevel.F1, "B1": RefLevel.F2, "B2": RefLevel.F3, "C1": RefLevel.F4,
                "C2": RefLevel.F4}
_LANGUAGE_WORDS = ("nederlands", "nt2")


def allowed_regions(intake: Intake, candidate: Candidate | None) -> frozenset[str] | None:
    """The regions a step may be in; None means "not recorded, any region".

    Region names and older codes are read as their region (intake_desk.regions), and the set holds each
    region's current code and its older ones, so offerings stored under either match. A candidate
    without a region but with a postcode or town gets the region they point to, when that is certain.
    """
    if intake.preferences.travel_regions:
        return _region_set(intake.preferences.travel_regions)
    if candidate is None:
        return None
    if candidate.region_code:
        return _region_set((candidate.region_code,))
    where = locate(candidate.contact.postcode, candidate.contact.town)
    return _region_set((where.region_code,)) if where.region_code else None


@lru_cache(maxsize=256)
def _region_set(typed: tuple[str, ...]) -> frozenset[str]:
    # An unknown code is kept as typed: it may be a region a stored catalog names that way.
    return frozenset(code for t in typed for code in codes_of(t))


def age_on(candidate: Candidate | None, day: date) -> int | None:
    return candidate.age_on(day) if candidate is not None else None


def dutch_course(item: CatalogItem) -> bool:
    title = item.title.casefold()
    return item.sector.casefold() == "nt2" or any(w in title for w in _LANGUAGE_WORDS)


def language_gain(item: CatalogItem) -> RefLevel | None:
    """The Dutch referentieniveau a language item brings the learner to, or None for other items."""
    if not dutch_course(item):
        return None
    if m := _REF_IN_TEXT.search(item.title):
        return RefLevel(f"{m.group(1)}F")
    if m := _CEFR_IN_TEXT.search(item.title):
        return _CEFR_TO_REF[m.group(1).upper()]
    return None


@dataclass(frozen=True, slots=True)
class Gives:
    """What completing one step gives the learner, for the prerequisites of later steps."""

    level: int = 0
    dutch: RefLevel | None = None
    item_code: str = ""

    @property
    def startkwalificatie(self) -> bool:
        return self.level >= 2


def gives(offering: Offering, item: CatalogItem | None) -> Gives:
    level = 0
    if (item is not None and item.kind is ItemKind.QUALIFICATION and item.level
            and offering.leads_to is CredentialKind.DIPLOMA):
        level = item.level
    return Gives(level=level, dutch=language_gain(item) if item is not None else None,
                 item_code=offering.item_code)


def previous_met(code: str, held: frozenset[str], dutch_rank: int, catalog: Catalog) -> bool:
    """Whether a required previous item is met by what the candidate has (see the module notes)."""
    if code in held:
        return True
    item = catalog.item(code)
    gain = language_gain(item) if item is not None else None
    return gain is not None and dutch_rank >= gain.rank


EVC_SHARES = ((5.0, 1 / 3), (2.0, 1 / 5))  # relevant years -> share of a step's weeks exempted
EVC_KINDS = (ItemKind.QUALIFICATION, ItemKind.CERTIFICATE, ItemKind.PRAKTIJKVERKLARING)
EVC_CREDENTIALS = (CredentialKind.DIPLOMA, CredentialKind.CERTIFICAAT, CredentialKind.PRAKTIJKVERKLARING)


@dataclass(frozen=True, slots=True)
class ExperienceCredit:
    """Experience that counts for one catalog item, and the share of its weeks it may replace."""

    role: str
    years: float  # relevant years, volunteer years counted half
    share: float

    def exempt_weeks(self, weeks: int) -> int:
        return min(weeks - 1, int(weeks * self.share)) if weeks > 1 else 0


def experience_field(entry: ExperienceEntry, item: CatalogItem) -> str:
    """The occupational field that experience shares with an item, or "" (see the module notes).

    The experience's role, else its sector, is resolved like a goal (goal_words.py); it relates when
    that gives the item's own qualification, its kwalificatiedossier or its DUO domein. A sector
    written exactly as the catalog's own sector of the item counts too (a school's own catalog)."""
    from .goals import crebo_of, item_domein, item_dossiers

    found = resolve_experience(entry.role, entry.sector, entry.tasks)
    k = kwalificaties().get(crebo_of(item))
    if found.crebos and crebo_of(item) in found.crebos:
        return k.dossier_naam if k is not None else item.title
    shared = item_dossiers(item) & found.dossiers
    if shared:
        return k.dossier_naam if k is not None and k.dossier_code in shared else item.dossier_title \
            or item.title
    domein = item_domein(item)
    if domein and fold(domein) in {fold(d) for d in found.domeinen}:
        return domein
    if entry.sector and item.sector and fold(entry.sector) == fold(item.sector):
        return item.sector
    return ""


def related_experience(intake: Intake, item: CatalogItem | None) -> list[ExperienceEntry]:
    """Experience in the item's occupational field (same qualification, dossier or domein)."""
    if item is None:
        return []
    return [e for e in intake.experience if experience_field(e, item)]


def experience_credit(intake: Intake, item: CatalogItem | None,
                      credential: CredentialKind) -> ExperienceCredit | None:
    """What the candidate's experience is worth for a step towards `item` (see the module notes)."""
    if not intake.evc_interest or item is None or item.kind not in EVC_KINDS \
            or credential not in EVC_CREDENTIALS:
        return None
    relevant = related_experience(intake, item)
    years = sum(e.years / 2 if e.volunteer else e.years for e in relevant)
    share = next((s for least, s in EVC_SHARES if years >= least), 0.0)
    if not share:
        return None
    return ExperienceCredit(max(relevant, key=lambda e: e.years).role, years, share)


PRAKTIJKLEREN_MAX_WEEKS = 40
_FORTY_WEEK_WORDS = ("praktijkleren", "mobiliteitsteam", "rmt")


@dataclass(frozen=True, slots=True)
class WeekLimit:
    """A maximum on a route's total weeks that the intake itself imposes, and why: `via` the funding
    line that imposes it, "" for a route of the regional mobility team (worded at the edges)."""

    weeks: int
    via: str = ""


def intake_week_limit(intake: Intake, schemes: dict[str, FundingScheme]) -> WeekLimit | None:
    """The 40-week rule when the intake says the route is an RMT or praktijkleren route (see above)."""
    if intake.referrer is Referrer.RMT:
        return WeekLimit(PRAKTIJKLEREN_MAX_WEEKS)
    by_name = {f.name.casefold(): f for f in schemes.values()}
    for line in intake.funding:
        text = line.strip().casefold()
        scheme = schemes.get(line.strip()) or by_name.get(text)
        if scheme is not None and scheme.max_weeks is not None \
                and scheme.max_weeks <= PRAKTIJKLEREN_MAX_WEEKS:
            return WeekLimit(scheme.max_weeks, scheme.name)
        words = set(re.findall(r"\w+", text))
        if any(w in words or (len(w) > 3 and w in text) for w in _FORTY_WEEK_WORDS):
            return WeekLimit(PRAKTIJKLEREN_MAX_WEEKS, line.strip())
    return None


_WORK_BASED = frozenset({Leerweg.BBL, Leerweg.DERDE_LEERWEG})


def leerweg_ok(leerweg: Leerweg, wanted: tuple[Leerweg, ...]) -> bool:
    """Whether a step in `leerweg` fits the candidate's leerweg wish (see the module notes)."""
    if not wanted or leerweg is Leerweg.SHORT_COURSE or leerweg in wanted:
        return True
    return leerweg in _WORK_BASED and any(w in _WORK_BASED for w in wanted)


def dutch_rank(intake: Intake) -> int:
    level = intake.dutch.ref_level
    return level.rank if level is not None else 0


def held_items(intake: Intake) -> frozenset[str]:
    codes = {c.code for c in intake.credentials if c.code}
    codes |= {e.crebo for e in intake.education if e.completed and e.crebo}
    return frozenset(codes)


def weeks_between(first: date, last: date) -> int:
    return max(1, round((last - first).days / 7))


@dataclass(frozen=True, slots=True)
class CatalogIndex:
    """Look-ups built once per catalog: offerings by code and by item, schemes by code."""

    catalog: Catalog
    by_code: dict[str, Offering]
    by_item: dict[str, tuple[Offering, ...]]
    schemes: dict[str, FundingScheme]
    titles: list[str]
    title_codes: list[str]
    occupation_terms: list[str]
    occupation_codes: list[str]
    fit_cache: dict[GoalKey, GoalProfile]
    diplomas_by_level: dict[int, tuple[Offering, ...]]
    language: tuple[tuple[Offering, RefLevel], ...]
    # Qualifications the catalog still lists under a code the kwalificatiestructuur has replaced by a
    # newer one with the same title (mbo/kwalificaties.csv `nieuwere_code_zelfde_titel`; SOURCES.md):
    # a school may still teach them out to students who began under the old code, but a new student
    # enrols in the new code, so the matcher never plans them (planner.py, WhyNot.EXPIRED).
    expired: frozenset[str] = frozenset()


_INDEXES: dict[int, CatalogIndex] = {}
# The routes panel re-checks and edits routes on the GUI thread with the catalog the database thread
# matched with: without the lock both could build the same index, or evict the same key twice (KeyError).
_INDEX_LOCK = threading.Lock()


def index(catalog: Catalog) -> CatalogIndex:
    """The index of `catalog`, cached while the catalog object lives (a few at most)."""
    found = _INDEXES.get(id(catalog))
    if found is not None and found.catalog is catalog:
        return found
    with _INDEX_LOCK:
        found = _INDEXES.get(id(catalog))
        if found is not None and found.catalog is catalog:
            return found
        return _build_index(catalog)


def expired_codes(catalog: Catalog) -> frozenset[str]:
    """The catalog's qualifications whose crebo has a newer code with the same title (see
    CatalogIndex.expired). Codes the reference file does not know (a school's own codes, keuzedelen,
    certificates) are never called expired."""
    table = kwalificaties()
    return frozenset(c for c, i in catalog.items.items() if i.kind is ItemKind.QUALIFICATION
                     and (k := table.get(c)) is not None and not k.current)


def _build_index(catalog: Catalog) -> CatalogIndex:
    by_item: dict[str, list[Offering]] = {}
    for o in catalog.offerings:
        by_item.setdefault(o.item_code, []).append(o)
    diplomas: dict[int, list[Offering]] = {}
    language: list[tuple[Offering, RefLevel]] = []
    for o in sorted(catalog.offerings, key=lambda o: (o.weeks, o.code)):
        item = catalog.item(o.item_code)
        if item is None:
            continue
        g = gives(o, item)
        if g.level:
            diplomas.setdefault(g.level, []).append(o)
        if g.dutch is not None:
            language.append((o, g.dutch))
    built = CatalogIndex(
        catalog=catalog,
        by_code={o.code: o for o in catalog.offerings},
        by_item={k: tuple(v) for k, v in by_item.items()},
        schemes={f.code: f for f in catalog.funding},
        titles=[i.title for i in catalog.items.values()],
        title_codes=list(catalog.items),
        occupation_terms=[t for i in catalog.items.values() for t in i.occupations],
        occupation_codes=[c for c, i in catalog.items.items() for _t in i.occupations],
        fit_cache={},
        diplomas_by_level={k: tuple(v) for k, v in diplomas.items()},
        language=tuple(language),
        expired=expired_codes(catalog),
    )
    if len(_INDEXES) >= 8:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[id(catalog)] = built
    return built
