"""Realistic example plans for tests, screenshots, the bench and demos (all marked as sample data).

Built from the demo candidates and the bundled sample catalog, so they look like what the matcher
saves, without needing the matcher (except `plan_document_for`, which runs it). It stands outside the
layers (pyproject importlinter) because it joins the sample catalog, the matcher and the printed plan;
nothing in the layers imports it, so `plans`, `matching` and `catalog` stay siblings.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from .catalog.sample import load_sample
from .domain import (
    Action,
    Availability,
    Barrier,
    Big5,
    Candidate,
    CandidateRecord,
    Catalog,
    Cefr,
    Consent,
    ConsentPurpose,
    CredentialKind,
    DemandRating,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    ExperienceEntry,
    Factor,
    Gap,
    Goal,
    Intake,
    LanguageSkill,
    Leerweg,
    Offering,
    PersonName,
    PlanVersion,
    Preferences,
    Reason,
    Referral,
    Referrer,
    RefLevel,
    Route,
    RouteStep,
    Situation,
)
from .domain.codec import replace
from .domain.route import GapArgs, GapCode, SteppingStone, StoneKind
from .plans.document import PlanDocument, make_document
from .storage.settings import Settings

TODAY = date(2026, 3, 9)
EXAMPLE_DEMAND = DemandRating("zeeland", 4, "UWV (voorbeeld)", date(2026, 1, 15), crebo="25960",
                              sample=True)
EXAMPLE_SETTINGS = Settings(advisor_name="Đặng Thi Lan", advisor_phone="0113 123 456",
                            advisor_email="t.dang@voorbeeldcollege.nl",
                            plan_url="https://voorbeeldcollege.nl/plan")


def _step(o: Offering, title: str, kind_level: tuple[object, int | None], start: date,
          funding: str, bridging: bool = False) -> RouteStep:
    kind, level = kind_level
    return RouteStep(
        offering_code=o.code, item_code=o.item_code, title=title, kind=kind,  # type: ignore[arg-type]
        provider=o.provider, location=o.location, region_code=o.region_code, leerweg=o.leerweg,
        start=start, end=start + timedelta(weeks=o.weeks), hours_per_week=o.hours_per_week,
        credential=o.leads_to, level=level, cost=o.cost, funding_code=funding, bridging=bridging,
        sample=o.sample)


def example_route(start: date = TODAY) -> Route:
    """Praktijkverklaring -> Nederlands 3F alongside -> Helpende Z&W diploma (BBL), all in Zeeland.

    Crebo codes are the current ones of mbo/kwalificaties.csv (25960, 25656, 25655), not the older
    25498/25491/25480 that demand figures and the catalog no longer carry."""
    cat = load_sample()
    by_code = {o.code: o for o in cat.offerings}
    items = cat.items
    pv, nl3f, bbl = by_code["VC-HZW-PV-ZE"], by_code["VC-NL3F-ZE"], by_code["VC-HZW-BBL-ZE"]
    first = _step(pv, "Praktijkverklaring Helpende zorg en welzijn: wonen en huishouden",
                  (items[pv.item_code].kind, 2), date(start.year, start.month, 1) + timedelta(days=31),
                  "gemeente", bridging=True)  # the praktijkleren subsidy pays the leerbedrijf, not the fee
    lang = _step(nl3f, items[nl3f.item_code].title, (items[nl3f.item_code].kind, None),
                 first.start + timedelta(weeks=4), "gemeente")
    main = _step(bbl, items[bbl.item_code].title, (items[bbl.item_code].kind, 2),
                 first.end + timedelta(weeks=2), "werkgever")
    return Route(
        steps=(first, lang, main),
        goal_credential=CredentialKind.DIPLOMA,
        score=82,
        demand=EXAMPLE_DEMAND,
        reasons=(
            Reason(Factor.GOAL_FIT, 0.35,
                   "Deze route past bij uw doel: werken in de zorg als helpende.",
                   "This route fits your goal: working in care as a care assistant."),
            # worded from EXAMPLE_DEMAND, as scoring.py words the figure a route carries
            Reason(Factor.REGIONAL_DEMAND, 0.25,
                   "In Zeeland is er veel werk als Helpende zorg en welzijn: 4 van 5 (bron: UWV "
                   "(voorbeeld), 15-01-2026).",
                   "In Zeeland there are many jobs as Helpende zorg en welzijn: 4 out of 5 (source: "
                   "UWV (voorbeeld), 15/01/2026)."),
            Reason(Factor.EXPERIENCE, 0.2,
                   "U zorgt al jaren voor uw moeder. Die ervaring telt mee.",
                   "You have cared for your mother for years. That experience counts."),
            Reason(Factor.TIME_TO_CREDENTIAL, 0.1,
                   "Na 30 weken heeft u al een praktijkverklaring.",
                   "After 30 weeks you already have a workplace statement."),
            Reason(Factor.LANGUAGE_SUPPORT, 0.1,
                   "Naast de opleiding leert u Nederlands op niveau 3F.",
                   "Alongside the training you learn Dutch at level 3F."),
        ),
        gaps=(
            # as the matcher words them (plans/texts.py), from the codes it returns
            Gap(GapCode.LEERBEDRIJF, GapArgs(leerweg=Leerweg.BBL), blocking=True,
                due=main.start - timedelta(weeks=6)),
            Gap(GapCode.VOG, GapArgs(title=main.title)),
        ),
    )


def example_record(name: PersonName | None = None) -> CandidateRecord:
    from .demo import demo_records

    record = next(demo_records(1, seed=7, today=TODAY))
    cand: Candidate = replace(record.candidate, region_code="zeeland",
                              name=name or PersonName("Şükrü", "Nguyễn-Лебедева", ""))
    intake = replace(
        record.intake,
        goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn", crebo="25960",
                    credential=CredentialKind.DIPLOMA),),
        experience=(ExperienceEntry("Mantelzorger", "zorg en welzijn", "zorg voor moeder", 4.0,
                                    volunteer=True),
                    ExperienceEntry("Caissière", "detailhandel", "kassa, klantcontact", 6.0)),
        availability=Availability(hours_per_week=24),
    )
    return replace(record, candidate=cand, intake=intake)


def example_plan(language: str = "nl", plan_id: str = "c0ffee00-0000-4000-8000-000000000006",
                 version: int = 2, candidate_id: str = "example") -> PlanVersion:
    route = example_route()
    assert route.end is not None
    return PlanVersion(
        plan_id=plan_id,
        version=version,
        candidate_id=candidate_id,
        route=route,
        created_on=TODAY,
        advisor="Đặng Thi Lan",
        language=language,
        actions=(
            Action("Kandidaat" if language == "nl" else "Candidate",
                   "VOG aanvragen via Justis" if language == "nl" else "Apply for a VOG via Justis",
                   TODAY + timedelta(days=14)),
            Action("Adviseur" if language == "nl" else "Advisor",
                   "Leerbedrijf zoeken samen met het RMT" if language == "nl"
                   else "Find a training company together with the RMT",
                   TODAY + timedelta(days=28)),
            Action("Gemeente", "Financiering Nederlands 3F bevestigen" if language == "nl"
                   else "Confirm funding for Dutch 3F", None),
        ),
        referrals=(
            Referral(Big5.WONEN, "Wooncoach gemeente Goes", "Zoekt een kamer"),
            Referral(Big5.INKOMEN, "Schuldhulpverlening", ""),
        ),
        stones=(
            SteppingStone(StoneKind.ON_THE_WAY, "Nederlands 3F", CredentialKind.CERTIFICAAT, "K0071",
                          reached=route.steps[1].end, dutch=RefLevel.F3),
            SteppingStone(StoneKind.ON_THE_WAY, "Praktijkverklaring Helpende zorg en welzijn",
                          CredentialKind.PRAKTIJKVERKLARING, "PV-25960", 2, "25960",
                          reached=route.steps[0].end),
            SteppingStone(StoneKind.NEXT, "Verzorgende-IG", CredentialKind.DIPLOMA, "25656", 3, "25656"),
            SteppingStone(StoneKind.NEXT, "Mbo-Verpleegkundige", CredentialKind.DIPLOMA, "25655", 4,
                          "25655"),
        ),
        next_appointment=TODAY + timedelta(days=21),
        notes="",
    )


def example_document(language: str = "nl", name: PersonName | None = None,
                     settings: Settings | None = None) -> PlanDocument:
    cat = load_sample()
    record = example_record(name)
    return PlanDocument(
        plan=example_plan(language),
        record=record,
        settings=settings or EXAMPLE_SETTINGS,
        region_name="Zeeland",
        demand_region_name="Zeeland",
        funding_names={f.code: f.name for f in cat.funding},
        funding_names_en={f.name: f.name_en for f in cat.funding if f.name_en},
        sample_catalog=cat.is_sample,
    )


def example_documents(count: int, seed: int = 2026) -> list[PlanDocument]:
    """`count` different plans (different candidates and languages) for batch benchmarks."""
    from .demo import demo_records

    base = example_document()
    out = []
    for n, record in enumerate(demo_records(count, seed=seed, today=TODAY)):
        lang = "en" if n % 5 == 4 else "nl"
        plan = replace(base.plan, plan_id=f"bench-{n:05d}", language=lang,
                       route=replace(base.plan.route, score=50 + n % 50))
        out.append(replace(base, plan=plan, record=record))
    return out


def _consent(day: date) -> Consent:
    return Consent(given=True, date=day, purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN}))


def persona_records(today: date = TODAY) -> dict[str, CandidateRecord]:
    """Three candidates as an advisor would brief a colleague (all sample data):

    - "schoolverlater": Daan, 16, vmbo-kader diploma, wants to become a car mechanic; Rotterdam.
    - "nieuwkomer": Senait, 34, nurse with an Eritrean diploma, Dutch at A2; The Hague; housing and
      income barriers, one not referred yet.
    - "zijinstromer": Gerrit, 54, 25 years in a warehouse, back trouble, coaches youth football;
      wants to become an onderwijsassistent; on WW; Utrecht.
    """
    def born(years: int, days: int = 100) -> date:
        return today - timedelta(days=years * 365 + years // 4 + days)

    leaver = CandidateRecord(
        Candidate(PersonName("Daan", "Vries", "de"), birth_date=born(16), municipality="Rotterdam",
                  region_code="rijnmond", sample=True),
        Intake(date=today, advisor="Đặng Thi Lan", situation=Situation.SCHOOL_LEAVER,
               referrer=Referrer.SCHOOL,
               education=(EducationEntry(EducationLevel.VMBO_KB, name="mobiliteit en transport",
                                         year=today.year),),
               experience=(ExperienceEntry("Hulp in een fietsenwinkel", "detailhandel",
                                           "banden plakken, kassa", 1.0),),
               dutch=DutchLevel(native=True, overall=Cefr.C1),
               availability=Availability(hours_per_week=32),
               preferences=Preferences(earliest_start=today, travel_regions=("rijnmond",)),
               goals=(Goal("automonteur", sector="mobiliteit", credential=CredentialKind.DIPLOMA),),
               barriers=(Barrier(Big5.WELZIJN, note="Weinig steun thuis",
                                 referral="Jongerenwerker van de gemeente"),),
               consent=_consent(today), notes="Voorbeeldkandidaat (voorbeeldgegevens)."))
    newcomer = CandidateRecord(
        Candidate(PersonName("Senait", "Tesfaye"), birth_date=born(34), municipality="'s-Gravenhage",
                  region_code="haaglanden", sample=True),
        Intake(date=today, advisor="Đặng Thi Lan", situation=Situation.NEWCOMER,
               referrer=Referrer.GEMEENTE,
               education=(EducationEntry(EducationLevel.FOREIGN_HIGHER, name="Verpleegkunde",
                                         year=today.year - 12, country="ER"),),
               experience=(ExperienceEntry("Verpleegkundige", "zorg en welzijn",
                                           "zorg in een ziekenhuis in Asmara", 6.0),),
               dutch=DutchLevel(overall=Cefr.A2),
               other_languages=(LanguageSkill("Tigrinya", Cefr.C2), LanguageSkill("Engels", Cefr.B1)),
               availability=Availability(hours_per_week=24),
               preferences=Preferences(earliest_start=today, travel_regions=("haaglanden",)),
               goals=(Goal("verpleegkundige", sector="zorg en welzijn",
                           credential=CredentialKind.DIPLOMA),),
               funding=("gemeente",),
               barriers=(Barrier(Big5.WONEN, note="Woont met drie kinderen in een te kleine flat"),
                         Barrier(Big5.INKOMEN, note="Bijstand; weet niet of studeren mag",
                                 referral="Consulent werk en inkomen, gemeente Den Haag")),
               vog_needed=True, consent=_consent(today),
               notes="Voorbeeldkandidaat (voorbeeldgegevens)."))
    switcher = CandidateRecord(
        Candidate(PersonName("Gerrit", "Mulder"), birth_date=born(54), municipality="Utrecht",
                  region_code="midden-utrecht", sample=True),
        Intake(date=today, advisor="Đặng Thi Lan", situation=Situation.WW, referrer=Referrer.UWV,
               education=(EducationEntry(EducationLevel.MBO3, name="Logistiek teamleider",
                                         year=today.year - 35),),
               experience=(ExperienceEntry("Magazijnmedewerker", "logistiek",
                                           "orderpicken, heftruck", 25.0),
                           ExperienceEntry("Jeugdtrainer voetbal", "sport",
                                           "training geven aan kinderen van 8 tot 12", 8.0,
                                           volunteer=True)),
               evc_interest=True,
               dutch=DutchLevel(native=True, overall=Cefr.C1),
               availability=Availability(hours_per_week=24),
               preferences=Preferences(earliest_start=today, travel_regions=("midden-utrecht",)),
               goals=(Goal("onderwijsassistent", sector="onderwijs",
                           credential=CredentialKind.DIPLOMA),),
               funding=("uwv-scholing",),
               barriers=(Barrier(Big5.WELZIJN, note="Rugklachten: geen zwaar tilwerk",
                                 referral="Bedrijfsarts via UWV"),),
               vog_needed=True, consent=_consent(today),
               notes="Voorbeeldkandidaat (voorbeeldgegevens). Rugklachten: geen zwaar tilwerk."))
    return {"schoolverlater": leaver, "nieuwkomer": newcomer, "zijinstromer": switcher}


def plan_document_for(record: CandidateRecord, catalog: Catalog, today: date, *, lang: str = "nl",
                      candidate_id: str = "voorbeeld", settings: Settings | None = None,
                      next_appointment: date | None = None) -> PlanDocument:
    """The plan the desk saves for `record` (route 1 of the matcher, or a plan without a route), as
    a printable document: the same code path as saving and printing, without a database."""
    from .matching.engine import match_result
    from .matching.plan_content import plan_version

    result = match_result(record.intake, catalog, today, top=1, candidate=record.candidate)
    route = result.routes[0] if result.routes else None
    plan = plan_version(record, catalog, route, today, candidate_id=candidate_id,
                        advisor=record.intake.advisor, next_appointment=next_appointment)
    plan = replace(plan, plan_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"voorbeeld/{candidate_id}")),
                   version=1, language=lang)
    return make_document(plan, record, catalog, settings or EXAMPLE_SETTINGS)


def no_route_record(today: date = TODAY) -> CandidateRecord:
    """Sample: Noor, 16, vmbo-gt, wants to become a vet (an hbo/wo study): no mbo route fits yet,
    she is kwalificatieplichtig, and one barrier has no referral yet. Her plan has no route."""
    base = persona_records(today)["schoolverlater"]
    cand = replace(base.candidate, name=PersonName("Noor", "Bakker"))
    intake = replace(
        base.intake,
        education=(EducationEntry(EducationLevel.VMBO_GT, name="zorg en welzijn", year=today.year),),
        experience=(),
        goals=(Goal("dierenarts", credential=CredentialKind.DIPLOMA),),
        barriers=(Barrier(Big5.WELZIJN, note="Weinig steun thuis"),),
    )
    return replace(base, candidate=cand, intake=intake)


def persona_document(kind: str, lang: str = "nl", today: date = TODAY) -> PlanDocument:
    """The printed plan of one of persona_records(): "schoolverlater", "nieuwkomer", "zijinstromer";
    or "zonder-route": the plan without a route of no_route_record()."""
    record = no_route_record(today) if kind == "zonder-route" else persona_records(today)[kind]
    return plan_document_for(record, load_sample(), today, lang=lang, candidate_id=kind,
                             next_appointment=today + timedelta(days=21))


__all__ = ["example_document", "example_documents", "example_plan", "example_record",
           "example_route", "no_route_record", "persona_document", "persona_records",
           "plan_document_for"]
