"""Bridges and recognition: what has to happen beside or before the learning itself.

Each bridge is a `Gap` with a stable code and Dutch (B1) and English text; the engine puts them on
every route and, when no route fits, in the match result, so the plan's actions carry them. The rules
and their sources are in docs/advice-rules.md ("Bridges").

- `diplomawaardering`: a foreign diploma is valued first (Internationale Diplomawaardering, IDW, by
  Nuffic and SBB); it is the first action, because the level decides where the candidate can start.
- `big-register`: a BIG profession (art. 3 Wet BIG: verpleegkundige, verloskundige, ...) with a foreign
  diploma: the CIBG recognition procedure comes before working in that profession.
- `kwalificatieplicht` / `rmc`: under 18 without a startkwalificatie the duty to follow a school route;
  under 23 the RMC (regional registration of early school-leavers) follows up.
- `nt2`: Dutch below what the route's qualification asks (2F ~ B1 for mbo 1-3, 3F ~ B2 for mbo 4;
  Besluit referentieniveaus) without a Dutch step in the route that reaches it.
- `erkend-leerbedrijf`: BBL with the current employer: the employer must be (or become) an erkend
  leerbedrijf in SBB's register, whether or not the job is recorded on the intake.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..domain import (
    Big5,
    Candidate,
    Catalog,
    CatalogItem,
    Cefr,
    EducationLevel,
    Gap,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    RefLevel,
    RouteStep,
)
from ..domain.route import GapArgs, GapCode, Term
from .facts import dutch_rank, held_items, index, language_gain, previous_met
from .goal_words import dossier_of, fold

GAP_IDW = GapCode.IDW
GAP_DUTCH_UNKNOWN = GapCode.DUTCH_UNKNOWN
GAP_BIG = GapCode.BIG_REGISTER
GAP_KWALIFICATIEPLICHT = GapCode.KWALIFICATIEPLICHT
GAP_RMC = GapCode.RMC
GAP_NT2 = GapCode.NT2
GAP_ERKEND = GapCode.ERKEND_LEERBEDRIJF

_LEVELLED = (ItemKind.QUALIFICATION, ItemKind.CERTIFICATE, ItemKind.PRAKTIJKVERKLARING)
_NOT_A_DIPLOMA = frozenset({EducationLevel.NONE, EducationLevel.BASISONDERWIJS})
_FOREIGN = frozenset({EducationLevel.FOREIGN_SECONDARY, EducationLevel.FOREIGN_VOCATIONAL,
                      EducationLevel.FOREIGN_HIGHER})

# Art. 3 Wet BIG professions (bigregister.nl; ribiz.nl "Wet BIG"; bigwet.nl "Beroepen"): only these
# are registered in the BIG register; with a foreign diploma the CIBG recognition comes first. Word
# stems (Dutch, and English for a foreign diploma's name), matched on word starts. Art. 34 titles
# (mondhygiënist, apothekersassistent, verzorgende-IG) have no register, so the register note would be
# wrong for them. "arts" is not the English word in a diploma's name ("Bachelor of Arts", "fine arts").
BIG_PROFESSIONS: tuple[tuple[str, str, str], ...] = (
    (r"verpleegkund|nurs(?:e|es|ing)\b", "verpleegkundige", "nurse"),
    (r"verloskund|midwif", "verloskundige", "midwife"),
    (r"fysiotherap|physiotherap", "fysiotherapeut", "physiotherapist"),
    (r"apotheker\b|pharmacist", "apotheker", "pharmacist"),
    (r"tandarts\b|dentist(?:ry)?\b", "tandarts", "dentist"),
    # huisarts, kinderarts, ...: doctors too; a dierenarts (vet) is not a BIG profession
    (r"(?:huis|kinder|basis|bedrijfs|jeugd|oog|verzekerings|ziekenhuis)arts\b"
     r"|(?<!of )(?<!fine )(?<!liberal )(?<!martial )(?<!visual )arts\b", "arts", "doctor"),
    (r"gezondheidszorgpsycholo|gz-psycholo", "gezondheidszorgpsycholoog", "healthcare psychologist"),
    (r"psychotherapeut", "psychotherapeut", "psychotherapist"),
    (r"physician assistant", "physician assistant", "physician assistant"),
)

# Occupations where the diploma itself is the legal or cao entry requirement, so an hbo/wo graduate
# in another field still takes it (judgement on the sources named; docs/advice-rules.md).
REGULATED: tuple[tuple[str, str, str], ...] = (
    (r"verpleegkundig", "BIG-register, Wet BIG art. 3", "BIG register, BIG Act art. 3"),
    (r"verzorgende", "beschermde opleidingstitel, Wet BIG art. 34",
     "protected title, BIG Act art. 34"),
    (r"apothekersassistent", "beschermde opleidingstitel, Wet BIG art. 34",
     "protected title, BIG Act art. 34"),
    (r"pedagogisch medewerker|kinderopvang", "diploma-eis van de cao Kinderopvang",
     "diploma requirement of the childcare collective agreement"),
)


def _found(patterns: tuple[tuple[str, str, str], ...], *texts: str) -> tuple[str, str] | None:
    hay = " ".join(t.casefold() for t in texts if t)
    for pattern, nl, en in patterns:
        if re.search(r"(?<![\w])(?:" + pattern + ")", hay):  # every alternative at a word start
            return nl, en
    return None


def regulated_title(title: str) -> tuple[str, str] | None:
    """Why the qualification called `title` is needed as a diploma itself (Dutch, English), or None."""
    return _found(REGULATED, title)


def big_profession(*texts: str) -> tuple[str, str] | None:
    """The BIG profession named in `texts` (Dutch, English), or None."""
    return _found(BIG_PROFESSIONS, *texts)


def foreign_diplomas(intake: Intake) -> list[str]:
    """What the candidate's foreign diplomas are called (the name, or the country), in order."""
    out = []
    for e in intake.education:
        # only a completed diploma beyond primary school is something IDW can value
        if not e.completed or e.level in _NOT_A_DIPLOMA:
            continue
        if e.level in _FOREIGN or (e.country and e.country.upper() not in ("NL", "NLD")):
            out.append(e.name or e.country or "")
    return out


def dutch_needed(item: CatalogItem | None) -> RefLevel | None:
    """The Dutch a route at this item's level asks: 2F for mbo 1-3, 3F for mbo 4 (Besluit
    referentieniveaus Nederlandse taal en rekenen, Stb. 2010, 265), or the item's own higher level.
    A certificate or praktijkverklaring is held to the level of its qualification too: the work is
    the same (judgement; its own entry requirement stays the catalog's). Modules ask what the
    catalog says."""
    if item is None:
        return None
    need = item.dutch_required
    if item.kind in _LEVELLED and item.level:
        floor = RefLevel.F3 if item.level >= 4 else RefLevel.F2
        if need is None or need.rank < floor.rank:
            need = floor
    return need


def person_gaps(intake: Intake, candidate: Candidate | None, today: date,
                titles: tuple[str, ...] = ()) -> tuple[Gap, ...]:
    """Bridges that belong to the person, route or no route: diploma evaluation first, then the
    BIG-register note, then the school duty (kwalificatieplicht) or the RMC follow-up."""
    from .rules import kwalificatieplichtig, rmc_band  # rules imports this module

    gaps: list[Gap] = []
    if intake.dutch.overall is Cefr.UNKNOWN and not intake.dutch.native:
        # First: every route below is planned as if the candidate had no Dutch yet, so whether it
        # fits is not known until the level is (`first`: never "past goed" on screen or paper).
        gaps.append(Gap(GAP_DUTCH_UNKNOWN, first=True))
    foreign = foreign_diplomas(intake)
    if foreign:
        gaps.append(Gap(GAP_IDW, due=today + timedelta(weeks=2)))
        big = big_profession(*(g.occupation for g in intake.goals), *titles,
                             *(e.role for e in intake.experience), *foreign)
        if big is not None:
            gaps.append(Gap(GAP_BIG, GapArgs(term=Term(*big))))
    if kwalificatieplichtig(intake, candidate, today):
        gaps.append(Gap(GAP_KWALIFICATIEPLICHT))
    elif rmc_band(intake, candidate, today):
        gaps.append(Gap(GAP_RMC))
    return tuple(gaps)


WORK_BASED = frozenset({Leerweg.BBL, Leerweg.DERDE_LEERWEG})


def leerbedrijf_due(start: date, today: date) -> date:
    """The deadline to find (or check) a leerbedrijf: six weeks before the start, never within two
    weeks from today, never after the start."""
    due = max(start - timedelta(weeks=6), today + timedelta(weeks=2))
    return min(due, start)


def learns_at_work(step: RouteStep, catalog: Catalog) -> bool:
    """Whether `step` is learnt at an erkend leerbedrijf: BBL; the derde leerweg, which the plan
    calls "leren op de werkplek" (a praktijkverklaring is judged by the praktijkopleider of an
    erkend leerbedrijf, DOMAIN.md; praktijkleren pays the leerbedrijf for the practice place); an
    offering that asks for a job; or a step whose payment names a practice-place subsidy. The
    planner gives such a step time to find the place first (planner.needs_place)."""
    if step.leerweg in WORK_BASED or (step.payment is not None and step.payment.subsidy_code):
        return True
    offering = index(catalog).by_code.get(step.offering_code)
    return offering is not None and offering.prerequisites.requires_job


def route_bridge_gaps(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
                      today: date) -> tuple[Gap, ...]:
    """Bridges a route calls for: the employer's recognition for BBL, and Dutch below its level."""
    from .funding import has_employer

    gaps: list[Gap] = []
    # BBL, or a step learnt at work in the derde leerweg: with an employer, that employer must be (or
    # become) erkend; never a silent assumption.
    work = next((s for s in steps if s.leerweg is Leerweg.BBL), None) or next(
        (s for s in steps if learns_at_work(s, catalog)), None)
    if work is not None and has_employer(intake):
        args = GapArgs() if work.leerweg is Leerweg.BBL else GapArgs(leerweg=work.leerweg)
        gaps.append(Gap(GAP_ERKEND, args, due=leerbedrijf_due(work.start, today)))
    gap = _language_gap(steps, intake, catalog)
    if gap is not None:
        gaps.append(gap)
    return tuple(gaps)


def route_dutch(steps: tuple[RouteStep, ...], catalog: Catalog) -> tuple[RefLevel | None, int]:
    """What Dutch the route's last step asks, and the highest level its Dutch steps bring one to
    (rank, 0 for none)."""
    need = dutch_needed(catalog.item(steps[-1].item_code))
    reach = 0
    for s in steps[:-1]:
        item = catalog.item(s.item_code)
        gain = language_gain(item) if item is not None else None
        if gain is not None:
            reach = max(reach, gain.rank)
    return need, reach


def _example_course(need: RefLevel, have: int, intake: Intake, catalog: Catalog) -> Offering | None:
    """The Dutch course the NT2 gap names as an example: one that reaches `need` and that the
    candidate can start now (its entry level and earlier course met), the one that reaches just the
    level asked before a higher one, then the shortest. Never "Nederlands 3F" (which asks 2F to
    begin) for someone at A2 who needs 2F; when none can be started yet, the lowest rung that reaches
    the level (the course before it is then the first step)."""
    held = held_items(intake)

    def can_start(o: Offering) -> bool:
        p = o.prerequisites
        return ((p.dutch is None or p.dutch.rank <= have)
                and (not p.previous_item or previous_met(p.previous_item, held, have, catalog)))

    fitting = [(o, gain) for o, gain in index(catalog).language if gain.rank >= need.rank]
    best = min(fitting, key=lambda f: (not can_start(f[0]), f[1].rank, f[0].weeks, f[0].code), default=None)
    return best[0] if best is not None else None


def _language_gap(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog) -> Gap | None:
    if intake.dutch.native:
        return None
    need, reach = route_dutch(steps, catalog)
    have = dutch_rank(intake)
    if need is None or max(have, reach) >= need.rank:
        return None
    last = steps[-1]
    course = _example_course(need, have, intake, catalog)
    example = (catalog.item(course.item_code) or last).title if course is not None else ""
    return Gap(GAP_NT2, GapArgs(title=last.title, level=last.level, need=need,
                                dutch=intake.dutch.overall, example=example))


# --- Bridge diplomas: which lower diploma may be planned only to reach a level (planner._providers) ---

# Known ladders of one occupation across dossiers, lowest first, by folded title (so an older crebo
# with the same title counts too). Within one kwalificatiedossier the ladder is the dossier itself.
# Helpende Z&W -> Verzorgende-IG -> Mbo-Verpleegkundige is DOMAIN.md's "known stepping-stone route";
# the others are the next rung of the same work in the kwalificatiestructuur (kwalificaties.csv:
# same subgroep, the title says the same occupation) *(judgement)*.
STEPPING_LINES: tuple[tuple[str, ...], ...] = (
    ("helpende zorg en welzijn", "verzorgende ig", "mbo verpleegkundige"),
    ("monteur elektrotechnische installaties",
     "eerste monteur elektrotechnische installaties in de gebouwde omgeving",
     "technicus elektrotechnische installaties in de gebouwde omgeving"),
    ("logistiek medewerker", "logistiek teamleider", "logistiek supervisor"),
    ("basis technicus voertuigen en mobiele werktuigen",
     "allround technicus voertuigen en mobiele werktuigen",
     "technisch specialist voertuigen en mobiele werktuigen"),
    ("medewerker ict", "ict support technician", "ict system engineer"),
    ("retailmedewerker", "retailspecialist"),
)


def _rung(title: str) -> tuple[int, int] | None:
    folded = fold(title)
    for line, titles in enumerate(STEPPING_LINES):
        if folded in titles:
            return line, titles.index(folded)
    return None


def bridge_in_line(bridge: CatalogItem, target: CatalogItem) -> bool:
    """Whether a lower diploma `bridge` may be planned only to reach `target`'s entry level: it is in
    the target's own kwalificatiedossier, or a lower rung of a known ladder (STEPPING_LINES). Another
    occupation in the same broad domein (Pedagogisch medewerker before Praktijkopleider) never is."""
    mine = {d for d in (bridge.dossier_code, dossier_of(bridge.code)) if d}
    theirs = {d for d in (target.dossier_code, dossier_of(target.code)) if d}
    if mine & theirs:
        return True
    a, b = _rung(bridge.title), _rung(target.title)
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[1]


# The Entree profile (kwalificaties.csv, dossier 23301) that leads into each DUO domein, by folded
# title words, so the 2016 profiles (25250-25261) and the current ones (25740-25748) both count
# *(judgement: the profile's own title names the field it prepares for; mbo/entree_profielen.csv)*.
ENTREE_FIELDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("elektro", frozenset({"Techniek en procesindustrie"})),
    ("installatie", frozenset({"Techniek en procesindustrie"})),
    ("procestechniek", frozenset({"Techniek en procesindustrie"})),
    ("bouwen", frozenset({"Bouw en infra", "Afbouw, hout en onderhoud"})),
    ("mobiliteit", frozenset({"Mobiliteit en voertuigen"})),
    ("logistiek", frozenset({"Transport, scheepvaart en logistiek"})),
    ("horeca", frozenset({"Horeca en bakkerij", "Toerisme en recreatie"})),
    ("verkoop", frozenset({"Handel en ondernemerschap"})),
    ("dienstverlening", frozenset({"Zorg en welzijn", "Economie en administratie",
                                   "Veiligheid en sport", "Uiterlijke verzorging",
                                   "Informatie en communicatietechnologie"})),
    ("plant", frozenset({"Voedsel, natuur en leefomgeving"})),
)


def entree_fits(entree: CatalogItem, domein: str) -> bool:
    """Whether this Entree profile prepares for the DUO domein `domein`."""
    title = fold(entree.title)
    return any(word in title and domein in fields for word, fields in ENTREE_FIELDS)


# --- Physical limits (docs/advice-rules.md, "Physical limits"; all of it judgement) ---

GAP_PHYSICAL = GapCode.PHYSICAL

# Words in a welzijn barrier or the intake notes that record a physical limitation (free text, so the
# table is short and each entry is a complaint, a body part or heavy work, matched at word starts).
PHYSICAL_LIMITS: tuple[tuple[str, str, str], ...] = (
    (r"rug\b|rug(?:klacht|pijn|problem|hernia)|hernia", "rug", "back"),
    (r"nek(?:klacht|pijn)?\b", "nek", "neck"),
    (r"knie", "knie", "knee"),
    (r"schouder", "schouder", "shoulder"),
    (r"heup", "heup", "hip"),
    (r"til(?:len|werk|t)\b|tilwerk|zwaar (?:werk|tilwerk|lichamelijk)|zware arbeid",
     "tillen of zwaar werk", "lifting or heavy work"),
    (r"(?:fysiek|lichamelijk)e? (?:beperking|klacht|problem|belastba)|beperkt belastbaar",
     "lichamelijke beperking", "physical limitation"),
    (r"reuma", "reuma", "rheumatism"),
    (r"artrose", "artrose", "osteoarthritis"),
)
# "geen rugklachten", "zonder lichamelijke beperkingen": a clause that denies a complaint. "Geen zwaar
# tilwerk" is a limitation itself and does not match (no complaint word after "geen").
_DENIED = re.compile(r"(?<![\w])(?:geen|zonder)\s+(?:\w+\s+)?\w*(?:klacht|pijn|problem|beperking)")

# Qualifications whose daily work is physically heavy (judgement, by title or dossier title words):
# care with lifting and moving people, building, installation work on sites, warehouse work,
# cleaning, kitchen work.
HEAVY_WORK: tuple[tuple[str, str, str], ...] = (
    (r"helpende|verzorgende|verpleegkund", "tillen en mensen verplaatsen in de zorg",
     "lifting and moving people in care"),
    (r"metsel|timmer|bouwen|bouwplaats|stukad|tegelzet|dakdek", "tillen, bukken en knielen in de bouw",
     "lifting, bending and kneeling in construction"),
    (r"(?:eerste )?monteur (?:elektrotechnische|werktuigkundige)|monteur woning|airco|warmtepomp"
     r"|assistent metaal", "installatiewerk op de bouwplaats", "installation work on building sites"),
    (r"logistiek medewerker|assistent logistiek|magazijn|orderpick", "tillen en lang staan in een magazijn",
     "lifting and standing in a warehouse"),
    (r"schoonma|glazenwas", "bukken, tillen en lang staan bij schoonmaakwerk",
     "bending, lifting and standing in cleaning work"),
    (r"kok\b|keuken|assistent horeca", "lang staan en tillen in een keuken",
     "standing for long hours and lifting in a kitchen"),
)


def physical_limit(intake: Intake) -> tuple[str, str] | None:
    """The physical limitation recorded on the intake (Dutch, English word), or None: from a welzijn
    barrier's note or the intake notes, clause by clause, skipping clauses that deny a complaint."""
    texts = [b.note for b in intake.barriers if b.domain is Big5.WELZIJN] + [intake.notes]
    for text in texts:
        for clause in re.split(r"[.;:,\n]", text.casefold()):
            if clause.strip() and not _DENIED.search(clause):
                found = _found(PHYSICAL_LIMITS, clause)
                if found is not None:
                    return found
    return None


def heavy_work(item: CatalogItem | None, catalog: Catalog) -> tuple[str, str] | None:
    """Why the qualification `item` is (or is part of) is physically heavy work (Dutch, English), or
    None (HEAVY_WORK, judgement)."""
    if item is None:
        return None
    base = catalog.item(item.part_of) if item.part_of else None
    base = base or item
    return _found(HEAVY_WORK, base.title, base.dossier_title)


def physical_gap(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog) -> Gap | None:
    """Physically heavy work in the route while the intake records a physical limitation: talk to
    the company doctor or UWV first."""
    limit = physical_limit(intake)
    if limit is None:
        return None
    for s in steps:
        heavy = heavy_work(catalog.item(s.item_code), catalog)
        if heavy is not None:
            return Gap(GAP_PHYSICAL, GapArgs(title=s.title, term=Term(*heavy), limit=Term(*limit)))
    return None
