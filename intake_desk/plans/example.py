"""Realistic example plans for tests, screenshots, the bench and demos (all marked as sample data).

Built from the demo candidates and the bundled sample catalog, so they look like what the matcher
saves, without needing the matcher.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..catalog.sample import load_sample
from ..domain import (
    Action,
    Availability,
    Big5,
    Candidate,
    CandidateRecord,
    CredentialKind,
    ExperienceEntry,
    Factor,
    Gap,
    Goal,
    Offering,
    PersonName,
    PlanVersion,
    Reason,
    Referral,
    RefLevel,
    Route,
    RouteStep,
)
from ..domain.codec import replace
from ..domain.route import SteppingStone, StoneKind
from ..storage.settings import Settings
from .document import PlanDocument

TODAY = date(2026, 3, 9)


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
    """Praktijkverklaring -> Nederlands 3F alongside -> Helpende Z&W diploma (BBL), Zeeland/Heerlen."""
    cat = load_sample()
    by_code = {o.code: o for o in cat.offerings}
    items = cat.items
    pv, nl3f, bbl = by_code["VC-HZW-PV-ZE"], by_code["VC-NL3F-ZE"], by_code["VC-HZW-BBL-ZL"]
    first = _step(pv, "Praktijkverklaring Helpende zorg en welzijn: wonen en huishouden",
                  (items[pv.item_code].kind, 2), date(start.year, start.month, 1) + timedelta(days=31),
                  "praktijkleren", bridging=True)
    lang = _step(nl3f, items[nl3f.item_code].title, (items[nl3f.item_code].kind, None),
                 first.start + timedelta(weeks=4), "gemeente")
    main = _step(bbl, items[bbl.item_code].title, (items[bbl.item_code].kind, 2),
                 first.end + timedelta(weeks=2), "werkgever")
    return Route(
        steps=(first, lang, main),
        goal_credential=CredentialKind.DIPLOMA,
        score=82,
        reasons=(
            Reason(Factor.GOAL_FIT, 0.35,
                   "Deze route past bij uw doel: werken in de zorg als helpende.",
                   "This route fits your goal: working in care as a care assistant."),
            Reason(Factor.REGIONAL_DEMAND, 0.25,
                   "Er is veel vraag naar helpenden in uw regio (voorbeeld, UWV, jan 2026).",
                   "There is high demand for care assistants in your region (sample, UWV, Jan 2026)."),
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
            Gap("leerbedrijf", "U heeft een BBL-plek nodig bij een erkend leerbedrijf.",
                "You need a BBL placement at a recognised training company.", blocking=True),
            Gap("vog", "Vraag een VOG aan (verklaring omtrent het gedrag).",
                "Apply for a certificate of conduct (VOG)."),
        ),
    )


def example_record(name: PersonName | None = None) -> CandidateRecord:
    from ..demo import demo_records

    record = next(demo_records(1, seed=7, today=TODAY))
    cand: Candidate = replace(record.candidate, region_code="zeeland",
                              name=name or PersonName("Şükrü", "Nguyễn-Лебедева", ""))
    intake = replace(
        record.intake,
        goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn", crebo="25498",
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
                          CredentialKind.PRAKTIJKVERKLARING, "25498", 2, "25498",
                          reached=route.steps[0].end),
            SteppingStone(StoneKind.NEXT, "Verzorgende-IG", CredentialKind.DIPLOMA, "25491", 3, "25491"),
            SteppingStone(StoneKind.NEXT, "Mbo-Verpleegkundige", CredentialKind.DIPLOMA, "25480", 4,
                          "25480"),
        ),
        next_appointment=TODAY + timedelta(days=21),
        notes="",
    )


def example_document(language: str = "nl", name: PersonName | None = None,
                     settings: Settings | None = None) -> PlanDocument:
    cat = load_sample()
    demand = next((d for d in cat.demand if d.crebo == "25498"), None)
    if demand is not None:
        demand = replace(demand, region_code="zeeland", rating=4)
    record = example_record(name)
    return PlanDocument(
        plan=example_plan(language),
        record=record,
        settings=settings or Settings(advisor_name="Đặng Thi Lan",
                                      plan_url="https://voorbeeldcollege.nl/plan"),
        region_name="Zeeland",
        demand=demand,
        funding_names={f.code: f.name for f in cat.funding},
        sample_catalog=cat.is_sample,
    )


def example_documents(count: int, seed: int = 2026) -> list[PlanDocument]:
    """`count` different plans (different candidates and languages) for batch benchmarks."""
    from ..demo import demo_records

    base = example_document()
    out = []
    for n, record in enumerate(demo_records(count, seed=seed, today=TODAY)):
        lang = "en" if n % 5 == 4 else "nl"
        plan = replace(base.plan, plan_id=f"bench-{n:05d}", language=lang,
                       route=replace(base.plan.route, score=50 + n % 50))
        out.append(replace(base, plan=plan, record=record))
    return out


__all__ = ["example_document", "example_documents", "example_plan", "example_record",
           "example_route"]
