"""Realistic sample candidates for demos, training and benchmarks. Every one is marked sample=True.

The mix follows the people DOMAIN.md names: school-leavers without a startkwalificatie, job seekers on
WW or bijstand, care workers-to-be switching careers, and newcomers learning Dutch. They live in real
towns with real postcodes in all 35 arbeidsmarktregio's (`places`); the street and house number are
made up. The same seed gives the same candidates.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from .domain import (
    Availability,
    Barrier,
    Big5,
    Candidate,
    CandidateRecord,
    Cefr,
    Consent,
    ConsentPurpose,
    Contact,
    CredentialKind,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    ExperienceEntry,
    Goal,
    Intake,
    IntakeStatus,
    LanguageSkill,
    Leerweg,
    PersonName,
    Preferences,
    Referrer,
    Situation,
    Weekday,
)
from .domain.catalog import Catalog
from .domain.route import PlanVersion, Route, RouteStep
from .domain.trajectory import DropReason, Stage, StageChange, allowed_next
from .paths import resource
from .regions import locate

if TYPE_CHECKING:
    from .storage.store import Handle

FIRST_NAMES = [
    "Sanne", "Daan", "Fatima", "Mohamed", "Anouk", "Jesse", "Yasmina", "Kevin", "Lotte", "Bram",
    "Şükrü", "Elif", "Agnieszka", "Piotr", "Thi Lan", "Minh", "Oksana", "Dmytro", "Ayaan", "Senait",
    "Noor", "Ricardo", "Chantal", "Priya", "Joris", "Esra", "Hamza", "Ilse", "Tamara", "Wouter",
    "Marieke", "Kofi", "Natalia", "Gerrit", "Zeynep", "Samira", "Tim", "Femke", "Luuk", "Hanna",
]
SURNAMES = [
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("van", "Dijk"),
    ("", "El Amrani"), ("", "Yılmaz"), ("", "Kowalska"), ("", "Nguyễn"), ("", "Đặng"),
    ("", "Kovalenko"), ("", "Tesfaye"), ("", "Mohamud"), ("van der", "Meer"), ("", "Visser"),
    ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
    ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Öztürk"),
    ("", "Schmidt-Müller"), ("", "Lebedeva"), ("", "Haddad"), ("", "Boateng"), ("ter", "Horst"),
    ("", "Wijnands"), ("", "Claessens"), ("van", "Damme"), ("", "Verhoeven"), ("in 't", "Veld"),
]


@cache
def places() -> tuple[tuple[str, str, str, str], ...]:
    """Where demo candidates live: (woonplaats, gemeente, region code, PC4), all real and agreeing.

    Taken from the towns and postcodes of the 679 mbo locations (resources/reference/mbo/
    vestigingen.csv, KiesMBO), so every region has some and larger towns, with more schools, come up
    more often. A place is kept only when the postcode and the town both lead to the same gemeente
    (intake_desk.regions, CBS 2026 and PDOK), so no demo candidate is one the desk would have to ask about.
    """
    with resource("reference", "mbo", "vestigingen.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    found = []
    for r in rows:
        pc4 = r["postcode"][:4]
        where = locate(pc4, r["plaats"])
        if where.gemeentecode == r["gemeentecode"] and not where.ask and where.region_code:
            found.append((r["plaats"], where.gemeente, where.region_code, pc4))
    return tuple(found)


GOALS = [
    Goal("Verzorgende IG", sector="zorg en welzijn", crebo="25491",
         credential=CredentialKind.DIPLOMA, keywords=("ouderenzorg", "verzorgende")),
    Goal("Helpende zorg en welzijn", sector="zorg en welzijn", crebo="25498",
         credential=CredentialKind.DIPLOMA, keywords=("zorg", "helpende")),
    Goal("Elektricien", sector="techniek", crebo="25333",
         credential=CredentialKind.DIPLOMA, keywords=("elektrotechniek", "installatie")),
    Goal("Onderwijsassistent", sector="onderwijs", crebo="25485",
         credential=CredentialKind.DIPLOMA, keywords=("school", "kinderen")),
    Goal("Pedagogisch medewerker kinderopvang", sector="onderwijs", crebo="25486",
         credential=CredentialKind.DIPLOMA, keywords=("kinderopvang",)),
    Goal("Kok", sector="horeca", crebo="25180", credential=CredentialKind.DIPLOMA,
         keywords=("keuken", "koken")),
    Goal("Metselaar", sector="bouw", crebo="25103", credential=CredentialKind.CERTIFICAAT,
         keywords=("bouw", "metselen")),
    Goal("Huishoudelijke ondersteuning", sector="zorg en welzijn",
         credential=CredentialKind.PRAKTIJKVERKLARING, keywords=("wonen en huishouden",)),
    Goal("Nederlands op 3F", sector="taal", credential=CredentialKind.CERTIFICAAT,
         keywords=("nederlands", "taal")),
]
LANGUAGE_GOAL = GOALS[-1]
JOBS = [
    ExperienceEntry("Vakkenvuller", "detailhandel", "bevoorraden, klanten helpen", 2.0),
    ExperienceEntry("Caissière", "detailhandel", "kassa, klantcontact", 6.0),
    ExperienceEntry("Productiemedewerker", "industrie", "inpakken, machinebediening", 3.5),
    ExperienceEntry("Mantelzorger", "zorg en welzijn", "zorg voor moeder, huishouden", 4.0,
                    volunteer=True),
    ExperienceEntry("Vrijwilliger buurthuis", "welzijn", "activiteiten begeleiden", 1.5,
                    volunteer=True),
    ExperienceEntry("Hulpkok", "horeca", "voorbereiden, afwas", 2.0),
    ExperienceEntry("Bouwplaatsmedewerker", "bouw", "sjouwen, opruimen, metselwerk helpen", 3.0),
    ExperienceEntry("Elektricien (Oekraïne)", "techniek", "installaties in woningen", 8.0),
]


def demo_records(count: int, seed: int = 2026, today: date | None = None) -> Iterator[CandidateRecord]:
    rnd = random.Random(seed)
    today = today or date.today()
    for _ in range(count):
        yield _one(rnd, today)



def _issued(letters: str) -> str:
    """Letters PostNL issues: SA, SD and SS never are (intake_desk.validation refuses them), so they
    become SB, SE and ST; no extra draw, so every other sample stays as it was."""
    return {"SA": "SB", "SD": "SE", "SS": "ST"}.get(letters, letters)


def _one(rnd: random.Random, today: date) -> CandidateRecord:
    kind = rnd.choice(["leaver", "leaver", "jobseeker", "switcher", "newcomer", "bijstand"])
    tv, surname = rnd.choice(SURNAMES)
    town, municipality, region, pc = rnd.choice(places())
    age = {"leaver": rnd.randint(16, 23), "jobseeker": rnd.randint(24, 60),
           "switcher": rnd.randint(28, 58), "newcomer": rnd.randint(20, 50),
           "bijstand": rnd.randint(22, 55)}[kind]
    birth = today - timedelta(days=age * 365 + rnd.randint(0, 364))
    first = rnd.choice(FIRST_NAMES)
    name = PersonName(first_name=first, tussenvoegsel=tv, surname=surname)
    email_local = f"{first}.{surname}".lower().replace(" ", "").replace("'", "")
    contact = Contact(
        email=f"{email_local.encode('ascii', 'ignore').decode() or 'kandidaat'}@example.nl",
        phone=f"06{rnd.randint(10000000, 99999999)}",
        street=f"{rnd.choice(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein', 'Lindelaan'])}"
        f" {rnd.randint(1, 180)}",
        postcode=f"{pc} {_issued(rnd.choice('ABCDEFGHJKLMNPRSTVWXZ') + rnd.choice('ABCDEFGHJKLMNPRSTVWXZ'))}",
        town=town,
    )
    education: list[EducationEntry] = []
    experience: list[ExperienceEntry] = []
    dutch = DutchLevel(native=True, overall=Cefr.C1)
    languages: list[LanguageSkill] = []
    situation, referrer = Situation.JOB_SEEKER, Referrer.SELF
    if kind == "leaver":
        level = rnd.choice([EducationLevel.VMBO_BB, EducationLevel.VMBO_KB, EducationLevel.PRAKTIJKONDERWIJS])
        education.append(EducationEntry(level, year=today.year - (age - 16), completed=rnd.random() < 0.7))
        if rnd.random() < 0.5:
            education.append(EducationEntry(EducationLevel.MBO2, name="Mbo niveau 2 (afgebroken)",
                                            year=today.year - 1, completed=False))
        situation, referrer = Situation.SCHOOL_LEAVER, rnd.choice([Referrer.GEMEENTE, Referrer.SCHOOL])
    elif kind == "jobseeker":
        education.append(EducationEntry(rnd.choice([EducationLevel.VMBO_GT, EducationLevel.MBO2,
                                                    EducationLevel.HAVO]), year=today.year - age + 18))
        experience += rnd.sample(JOBS[:3], 2)
        situation, referrer = Situation.WW, Referrer.UWV
    elif kind == "switcher":
        education.append(EducationEntry(rnd.choice([EducationLevel.MBO2, EducationLevel.MBO3,
                                                    EducationLevel.VMBO_KB]), year=today.year - age + 19))
        experience += rnd.sample(JOBS[:6], 2)
        situation, referrer = Situation.EMPLOYED, rnd.choice([Referrer.SELF, Referrer.EMPLOYER, Referrer.RMT])
    elif kind == "newcomer":
        education.append(EducationEntry(rnd.choice([EducationLevel.FOREIGN_SECONDARY,
                                                    EducationLevel.FOREIGN_VOCATIONAL,
                                                    EducationLevel.FOREIGN_HIGHER]),
                                        country=rnd.choice(["SY", "UA", "ER", "TR", "PL"]),
                                        year=today.year - age + 20))
        if rnd.random() < 0.4:
            experience.append(JOBS[7])
        dutch = DutchLevel(overall=rnd.choice([Cefr.A2, Cefr.B1, Cefr.B1, Cefr.B2]))
        languages.append(LanguageSkill(rnd.choice(["Arabisch", "Oekraïens", "Tigrinya", "Turks",
                                                   "Pools"]), Cefr.C2))
        languages.append(LanguageSkill("Engels", rnd.choice([Cefr.A2, Cefr.B1, Cefr.B2])))
        situation, referrer = Situation.NEWCOMER, Referrer.GEMEENTE
    else:
        education.append(EducationEntry(EducationLevel.VMBO_BB, year=today.year - age + 16))
        experience.append(rnd.choice(JOBS[:4]))
        situation, referrer = Situation.BIJSTAND, Referrer.GEMEENTE
    goal = rnd.choice(GOALS)
    if goal is LANGUAGE_GOAL and (dutch.native or dutch.overall.rank >= Cefr.B2.rank):
        # Native speakers and B2 learners already have 3F Dutch; give them a work goal instead,
        # chosen without another draw so the rest of the sample stays the same.
        goal = GOALS[age % (len(GOALS) - 1)]
    barriers: list[Barrier] = []
    if kind in ("bijstand", "leaver") and rnd.random() < 0.5:
        barriers.append(Barrier(Big5.WONEN, note="Tijdelijk bij familie, zoekt kamer",
                                referral="Wooncoach gemeente"))
    if kind == "bijstand" and rnd.random() < 0.6:
        barriers.append(Barrier(Big5.INKOMEN, note="Schulden", referral="Schuldhulpverlening"))
    hours = rnd.choice([8, 12, 16, 20, 24, 32, 36])
    days = frozenset(rnd.sample(list(Weekday)[:5], k=min(5, max(1, hours // 8))))
    intake_day = today - timedelta(days=rnd.randint(0, 120))
    quick = rnd.random() < 0.2
    intake = Intake(
        date=intake_day,
        advisor="Voorbeeldadviseur",
        status=IntakeStatus.QUICK if quick else IntakeStatus.COMPLETE,
        situation=situation,
        referrer=referrer,
        has_job_or_placement=kind == "switcher" and rnd.random() < 0.5,
        education=tuple(education),
        experience=tuple(experience),
        evc_interest=bool(experience) and rnd.random() < 0.3,
        dutch=dutch,
        other_languages=tuple(languages),
        availability=Availability(hours_per_week=hours, days=days),
        preferences=Preferences(
            leerwegen=(Leerweg.BBL,) if kind == "switcher" else (),
            earliest_start=intake_day,
            travel_regions=(region,),
        ),
        goals=(goal,),
        funding=("uwv-scholing",) if situation == Situation.WW else
        ("gemeente",) if situation == Situation.BIJSTAND else (),
        barriers=tuple(barriers),
        vog_needed=goal.sector in ("zorg en welzijn", "onderwijs"),
        consent=Consent(given=True, date=intake_day,
                        purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN})),
        notes="Voorbeeldkandidaat (voorbeeldgegevens). "
        + rnd.choice(["Gemotiveerd, wil snel aan de slag.", "Twijfelt tussen zorg en techniek.",
                      "Heeft een rijbewijs B.", "Komt met de fiets; reist liever niet ver.",
                      "Wil graag leren in de praktijk."]),
    )
    candidate = Candidate(name=name, birth_date=birth, contact=contact, municipality=municipality,
                          region_code=region, sample=True)
    return CandidateRecord(candidate=candidate, intake=intake)


# --- Demo trajectories (follow-up, issue 17) ------------------------------------------------------
# After the intake, each demo candidate walks the trajectory the way real ones do, along the allowed
# transitions only, dated over the past year: most get a plan, most of those start, some finish with
# a credential and some drop out with a reason; open ones get a next contact (some overdue, some due
# today, some later) and some stay silent. Rates are our own plausible guesses, not measured figures:
# the data is sample data and says so. A second Random (seed + 1) keeps demo_records unchanged.

TRAJECTORY_DAYS = 365


@dataclass(frozen=True, slots=True)
class DemoTrajectory:
    """What happened after one demo intake: the intake day, stage changes (stage, day, reason or
    credential), whether a plan was handed out (and on which day), and the next contact."""

    intake_day: date
    changes: tuple[tuple[Stage, date, DropReason | None, CredentialKind | None], ...]
    plan_day: date | None
    next_contact: date | None
    next_contact_made: date | None


_DROP_WEIGHTS = (
    (DropReason.WORK_FOUND, 30), (DropReason.NO_CONTACT, 22), (DropReason.PERSONAL, 15),
    (DropReason.OTHER_EDUCATION, 10), (DropReason.HEALTH, 8), (DropReason.FINANCIAL, 6),
    (DropReason.MOVED, 5), (DropReason.NOT_SUITABLE, 6), (DropReason.OTHER, 4),
)


def _drop_reason(rnd: random.Random) -> DropReason:
    reasons = [r for r, _ in _DROP_WEIGHTS]
    chosen: DropReason = rnd.choices(reasons, weights=[w for _, w in _DROP_WEIGHTS])[0]
    return chosen


def demo_trajectory(rnd: random.Random, record: CandidateRecord, today: date) -> DemoTrajectory:
    """One plausible trajectory for `record`, whose intake day is kept (a quick intake starts as
    "aangemeld"). Only allowed transitions; no day after `today`."""
    intake_day = record.intake.date
    stage = Stage.AANGEMELD if record.intake.status == IntakeStatus.QUICK else Stage.INTAKE_GEDAAN
    changes: list[tuple[Stage, date, DropReason | None, CredentialKind | None]] = []
    day = intake_day
    plan_day: date | None = None
    goal_credential = next((g.credential for g in record.intake.goals if g.credential), None)

    def step(to: Stage, after: int, reason: DropReason | None = None,
             credential: CredentialKind | None = None) -> bool:
        nonlocal day, stage
        when = day + timedelta(days=after)
        if when > today:
            return False
        assert to in allowed_next(stage), (stage, to)
        changes.append((to, when, reason, credential))
        day, stage = when, to
        return True

    if stage == Stage.AANGEMELD:
        roll = rnd.random()
        if roll < 0.15:
            step(Stage.UITGEVALLEN, rnd.randint(7, 40), reason=DropReason.NO_CONTACT)
        elif roll < 0.75:
            step(Stage.INTAKE_GEDAAN, rnd.randint(3, 21))
    if stage == Stage.INTAKE_GEDAAN:
        roll = rnd.random()
        if roll < 0.10:
            step(Stage.UITGEVALLEN, rnd.randint(5, 60), reason=_drop_reason(rnd))
        elif roll < 0.18:
            step(Stage.GESTART, rnd.randint(14, 50))  # straight into a BBL job, no printed plan
        elif roll < 0.85 and step(Stage.PLAN_UITGEREIKT, rnd.randint(2, 25)):
            plan_day = day
    if stage == Stage.PLAN_UITGEREIKT:
        roll = rnd.random()
        if roll < 0.14:
            step(Stage.UITGEVALLEN, rnd.randint(10, 70), reason=_drop_reason(rnd))
        elif roll < 0.80:
            step(Stage.GESTART, rnd.randint(10, 75))
    if stage == Stage.GESTART:
        roll = rnd.random()
        if roll < 0.15:
            step(Stage.UITGEVALLEN, rnd.randint(20, 160), reason=_drop_reason(rnd))
        elif roll < 0.65:
            credential = goal_credential or rnd.choice(
                [CredentialKind.PRAKTIJKVERKLARING, CredentialKind.CERTIFICAAT])
            if rnd.random() < 0.25:  # a shorter credential on the way to the goal
                credential = CredentialKind.PRAKTIJKVERKLARING
            step(Stage.AFGEROND, rnd.randint(60, 280), credential=credential)

    next_contact: date | None = None
    made: date | None = None
    if stage not in (Stage.AFGEROND, Stage.UITGEVALLEN) and rnd.random() < 0.55:
        made = min(today, day + timedelta(days=rnd.randint(0, 10)))
        # mostly ahead; some today, some passed (overdue), as on any advisor's desk
        next_contact = today + timedelta(days=rnd.choice([-9, -4, -2, -1, 0, 0, 1, 3, 7, 14, 21, 30]))
        next_contact = max(next_contact, made)
    return DemoTrajectory(intake_day, tuple(changes), plan_day, next_contact, made)


def spread_over_year(rnd: random.Random, record: CandidateRecord, today: date) -> CandidateRecord:
    """The record with its intake moved to a day in the past year (consent and earliest start with
    it), so a year's report has every week filled; quick intakes stay recent, as fairs are."""
    if record.intake.status == IntakeStatus.QUICK:
        return record
    day = today - timedelta(days=rnd.randint(0, TRAJECTORY_DAYS - 1))
    intake = record.intake
    intake = replace(intake, date=day,
                     preferences=replace(intake.preferences, earliest_start=day),
                     consent=replace(intake.consent, date=day))
    return replace(record, intake=intake)


def demo_with_trajectories(count: int, seed: int = 2026, today: date | None = None
                           ) -> Iterator[tuple[CandidateRecord, DemoTrajectory]]:
    """Demo candidates (as demo_records) with intakes over the past year and their trajectories."""
    today = today or date.today()
    rnd = random.Random(seed + 1)
    for record in demo_records(count, seed=seed, today=today):
        moved = spread_over_year(rnd, record, today)
        yield moved, demo_trajectory(rnd, moved, today)


def _demo_step(record: CandidateRecord, catalog: Catalog, rnd: random.Random, day: date
               ) -> RouteStep | None:
    """A route step for the demo plan: an offering of the goal's qualification when the catalog has
    one (in the candidate's region first), otherwise one that leads to the goal's credential."""
    goal = record.intake.goals[0] if record.intake.goals else None
    offerings = [o for o in catalog.offerings if goal is not None and goal.crebo
                 and o.item_code == goal.crebo]
    if not offerings:
        wanted = goal.credential if goal is not None and goal.credential else CredentialKind.DIPLOMA
        offerings = [o for o in catalog.offerings if o.leads_to == wanted]
    if not offerings:
        return None
    near = [o for o in offerings if o.region_code == record.candidate.region_code]
    offering = rnd.choice(near or offerings)
    item = catalog.item(offering.item_code)
    if item is None:
        return None
    funding = record.intake.funding[0] if record.intake.funding else (
        "praktijkleren-bbl" if offering.leerweg == Leerweg.BBL else rnd.choice(["", "", "llk", "werkgever"]))
    start = day + timedelta(days=rnd.randint(14, 60))
    return RouteStep(
        offering_code=offering.code, item_code=item.code, title=item.title, kind=item.kind,
        provider=offering.provider, location=offering.location, region_code=offering.region_code,
        leerweg=offering.leerweg, start=start, end=start + timedelta(weeks=offering.weeks),
        hours_per_week=offering.hours_per_week, credential=offering.leads_to, level=item.level,
        cost=offering.cost, funding_code=funding, sample=True)


def write_demo_trajectory(db: Handle, candidate_id: str, record: CandidateRecord,
                          trajectory: DemoTrajectory, catalog: Catalog, rnd: random.Random) -> None:
    """Store one demo trajectory (inside the caller's transaction): the plan version on its day,
    the stage changes along the allowed transitions, and the next contact."""
    from .storage.store import store_of

    followup_repo, plans_repo = store_of(db).followup, store_of(db).plans

    def save_plan() -> None:
        assert trajectory.plan_day is not None
        step = _demo_step(record, catalog, rnd, trajectory.plan_day)
        steps = (step,) if step is not None else ()
        goal = record.intake.goals[0].credential if record.intake.goals else None
        route = Route(steps=steps, goal_credential=goal or CredentialKind.DIPLOMA)
        plans_repo.save_version(db, PlanVersion(
            plan_id="", version=0, candidate_id=candidate_id, route=route,
            created_on=trajectory.plan_day, advisor="Voorbeeldadviseur",
            next_appointment=trajectory.next_contact,
            notes="Voorbeeldplan (voorbeeldgegevens)."),
            saved_at=f"{trajectory.plan_day.isoformat()}T10:00:00.000+00:00")

    # The plan is saved as it is handed out: right after the change to "plan uitgereikt" when the
    # trajectory has one, so every change starts from the stage the store shows at that moment (a
    # server refuses a change from a stage the candidate is no longer in).
    plan_due = trajectory.plan_day is not None
    if plan_due and not any(to == Stage.PLAN_UITGEREIKT for to, *_ in trajectory.changes):
        save_plan()
        plan_due = False
    stage = Stage.AANGEMELD if record.intake.status == IntakeStatus.QUICK else Stage.INTAKE_GEDAAN
    for to, day, reason, credential in trajectory.changes:
        followup_repo.append_change(db, StageChange(candidate_id, stage, to, day, reason, credential))
        stage = to
        if plan_due and to == Stage.PLAN_UITGEREIKT:
            save_plan()
            plan_due = False
    if trajectory.next_contact is not None and trajectory.next_contact_made is not None:
        followup_repo.set_next_contact(db, candidate_id, trajectory.next_contact,
                                       "Voorbeeld: even bellen hoe het gaat",
                                       trajectory.next_contact_made)
