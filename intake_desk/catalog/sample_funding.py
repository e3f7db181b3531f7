"""The sample funding table: who pays whom for a learning route, as data (DOMAIN.md, "Funding").

Schemes open and close, so they are kept as dated rows, never as code: the matcher reads only the
fields (payer, paid_to, loan, practice_place, referrers, situations, sector, leerwegen, ages, weeks,
open_until). `build_sample.py` puts `FUNDING` into the bundled sample catalog. The facts below were
checked on the pages named in each row's `source`; amounts and conditions change, and the official
page wins. The sector funds are illustrations (named "voorbeeld"): real O&O-fondsen each have their
own rules.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..domain import CredentialKind, FundingScheme, Leerweg, PaidTo, Payer, Referrer, Situation

_ANY_CREDENTIAL = frozenset({CredentialKind.DIPLOMA, CredentialKind.CERTIFICAAT,
                             CredentialKind.PRAKTIJKVERKLARING})
# People a municipality or a mobility team supports: not in work, or about to lose it.
# An employer pays for learning beside the job: BBL, the derde leerweg and short courses, not a
# full-time school programme (judgement; DOMAIN.md, Leerwegen).
_AT_WORK = frozenset({Leerweg.BBL, Leerweg.DERDE_LEERWEG, Leerweg.SHORT_COURSE})
_OUT_OF_WORK = frozenset({Situation.JOB_SEEKER, Situation.WW, Situation.BIJSTAND, Situation.WAJONG,
                          Situation.NEWCOMER, Situation.OTHER})

FUNDING: tuple[FundingScheme, ...] = (
    FundingScheme(
        "onder-18", "Geen les- of cursusgeld onder 18", Payer.RIJK,
        "Wie op 1 augustus van het studiejaar jonger is dan 18, betaalt geen lesgeld (bol) of "
        "cursusgeld (bbl) bij een bekostigde mbo-school.",
        max_age=17, waiver=True, leerwegen=frozenset({Leerweg.BOL, Leerweg.BBL}),
        credentials=frozenset({CredentialKind.DIPLOMA}), name_en="No tuition fee under 18",
        source="rijksoverheid.nl (lesgeld en cursusgeld vanaf 18 jaar op 1 augustus); kiesmbo.nl "
               "kosten en financiering. Het app kijkt naar de leeftijd op de start (voorzichtig).",
        sample=True),
    FundingScheme(
        "stap", "STAP-budget", Payer.RIJK, "EUR 1.000 per jaar per persoon voor scholing; gestopt.",
        open_until=date(2024, 1, 1), max_amount=Decimal("1000"), name_en="STAP budget",
        source="rijksoverheid.nl: STAP-budget gestopt per 1 januari 2024 (DOMAIN.md, Funding)",
        sample=True),
    FundingScheme(
        "slim", "SLIM-regeling", Payer.RIJK,
        "Subsidie voor werkgevers in het mkb voor leren en ontwikkelen; liep 2020-2024.",
        open_from=date(2020, 1, 1), open_until=date(2025, 1, 1), paid_to=PaidTo.EMPLOYER,
        through_employer=True, name_en="SLIM scheme (employers)",
        source="DOMAIN.md, Funding: SLIM liep 2020-2024", sample=True),
    FundingScheme(
        "uwv-scholing", "UWV scholing", Payer.UWV,
        "UWV betaalt scholing voor WW-klanten als die nodig is: arbeidsmarktrelevant, hoogstens een "
        "jaar, en de persoon kan het leren.",
        situations=frozenset({Situation.WW}), max_weeks=52, credentials=_ANY_CREDENTIAL,
        paid_to=PaidTo.PROVIDER, name_en="UWV training",
        source="UWV Beleidsregels scholing (Stcrt. 2016-24765; 2021): noodzakelijk = "
               "arbeidsmarktrelevant, hoogstens 1 jaar, schoolbaar; DOMAIN.md, Funding",
        sample=True),
    FundingScheme(
        "praktijkleren", "Praktijkleren derde leerweg", Payer.RIJK,
        "Subsidie voor het erkend leerbedrijf dat een werkzoekende begeleidt: tot EUR 2.700 per "
        "praktijkplaats van 40 weken. Het geld gaat naar het leerbedrijf, niet naar het lesgeld.",
        max_weeks=40, max_amount=Decimal("2700"), credentials=_ANY_CREDENTIAL,
        situations=_OUT_OF_WORK | {Situation.EMPLOYED}, paid_to=PaidTo.LEERBEDRIJF,
        practice_place=True, leerwegen=frozenset({Leerweg.DERDE_LEERWEG}),
        name_en="Praktijkleren subsidy (third learning path)",
        source="Subsidieregeling praktijkleren in de derde leerweg (Stcrt. 2021-49161; RVO): "
               "aan het erkend leerbedrijf, tot EUR 2.700 per praktijkplaats van hoogstens 40 weken; "
               "OCW nieuwsbrief 2021-10-07",
        sample=True),
    FundingScheme(
        "praktijkleren-bbl", "Subsidie praktijkleren (BBL)", Payer.RIJK,
        "Subsidie voor het erkend leerbedrijf dat een BBL-student begeleidt: tot EUR 2.700 per "
        "praktijkleerplaats per studiejaar. Het geld gaat naar het leerbedrijf, niet naar het lesgeld.",
        max_amount=Decimal("2700"), credentials=frozenset({CredentialKind.DIPLOMA}),
        paid_to=PaidTo.LEERBEDRIJF, practice_place=True, leerwegen=frozenset({Leerweg.BBL}),
        name_en="Praktijkleren subsidy (BBL)",
        source="Subsidieregeling praktijkleren (RVO): tegemoetkoming voor de begeleidingskosten van "
               "het erkend leerbedrijf, hoogstens EUR 2.700 per praktijkleerplaats",
        sample=True),
    FundingScheme(
        "llk", "Levenlanglerenkrediet (DUO)", Payer.DUO,
        "Een lening van DUO voor het lesgeld van een bol-opleiding; u betaalt die later terug.",
        min_age=30, max_age=56, loan=True, paid_to=PaidTo.CANDIDATE,
        leerwegen=frozenset({Leerweg.BOL}), credentials=frozenset({CredentialKind.DIPLOMA}),
        name_en="Lifelong learning credit (DUO loan)",
        source="duo.nl levenlanglerenkrediet: lening voor les- of collegegeld, mbo alleen bol, vanaf "
               "30 jaar, jonger dan 57 (vanaf studiejaar 2024-2025); terugbetalen in 15 jaar",
        sample=True),
    FundingScheme(
        "gemeente", "Gemeente (Participatiewet)", Payer.GEMEENTE,
        "De gemeente betaalt de opleiding voor haar klanten; de regels verschillen per gemeente.",
        referrers=frozenset({Referrer.GEMEENTE}), situations=_OUT_OF_WORK,
        paid_to=PaidTo.PROVIDER, name_en="Municipality (Participation Act)",
        source="DOMAIN.md, Funding: gemeente / Participatiewet, lokale regels", sample=True),
    FundingScheme(
        "rmt", "Regionaal mobiliteitsteam", Payer.RMT,
        "Het mobiliteitsteam koopt een korte route in (hoogstens 40 weken) naar een praktijkverklaring, "
        "certificaat of diploma.",
        referrers=frozenset({Referrer.RMT}), max_weeks=40, credentials=_ANY_CREDENTIAL,
        paid_to=PaidTo.PROVIDER, name_en="Regional mobility team",
        source="OCW nieuwsbrief 2021-10-07: routes van mobiliteitsteams hoogstens 9 maanden (40 "
               "weken), naar praktijkverklaring, certificaat of diploma; DOMAIN.md, Who uses it",
        sample=True),
    FundingScheme(
        "werkgever", "Werkgever", Payer.EMPLOYER,
        "Uw werkgever betaalt de opleiding, als de intake dat zegt (verwezen door de werkgever of "
        "financiering vastgelegd).",
        through_employer=True, situations=frozenset({Situation.EMPLOYED}), leerwegen=_AT_WORK,
        referrers=frozenset({Referrer.EMPLOYER}), paid_to=PaidTo.PROVIDER, name_en="Employer",
        source="DOMAIN.md, Funding: werkgever", sample=True),
    FundingScheme(
        "oo-installatie", "O&O-fonds installatietechniek (voorbeeld)", Payer.FUND,
        "Sectorfonds: vergoedt de werkgever scholing van werknemers in de elektrotechniek en "
        "installatie.",
        through_employer=True, leerwegen=_AT_WORK, sector="installatie;elektrotechni;techniek",
        paid_to=PaidTo.EMPLOYER,
        name_en="Training fund for installation engineering (sample)",
        source="voorbeeld; O&O-fondsen betalen via werkgevers in hun eigen sector "
               "(opleidingenberoep.nl, samenwerkendeoeno.nl; DOMAIN.md, Funding)",
        sample=True),
    FundingScheme(
        "oo-zorg", "O&O-fonds zorg en welzijn (voorbeeld)", Payer.FUND,
        "Sectorfonds: vergoedt de werkgever scholing van werknemers in zorg en welzijn.",
        through_employer=True, leerwegen=_AT_WORK, sector="zorg;welzijn", paid_to=PaidTo.EMPLOYER,
        name_en="Training fund for care and welfare (sample)",
        source="voorbeeld; O&O-fondsen betalen via werkgevers in hun eigen sector (DOMAIN.md, Funding)",
        sample=True),
    FundingScheme(
        "oo-bouw", "O&O-fonds bouw en infra (voorbeeld)", Payer.FUND,
        "Sectorfonds: vergoedt de werkgever scholing van werknemers in de bouw.",
        through_employer=True, leerwegen=_AT_WORK, sector="bouw;infra;metsel", paid_to=PaidTo.EMPLOYER,
        name_en="Training fund for construction (sample)",
        source="voorbeeld; O&O-fondsen betalen via werkgevers in hun eigen sector (DOMAIN.md, Funding)",
        sample=True),
    FundingScheme(
        "oo-horeca", "O&O-fonds horeca (voorbeeld)", Payer.FUND,
        "Sectorfonds: vergoedt de werkgever scholing van werknemers in de horeca.",
        through_employer=True, leerwegen=_AT_WORK, sector="horeca;keuken", paid_to=PaidTo.EMPLOYER,
        name_en="Training fund for hospitality (sample)",
        source="voorbeeld; O&O-fondsen betalen via werkgevers in hun eigen sector (DOMAIN.md, Funding)",
        sample=True),
    FundingScheme(
        "oo-mobiliteit", "O&O-fonds motorvoertuigen (voorbeeld)", Payer.FUND,
        "Sectorfonds: vergoedt de werkgever scholing van werknemers in garages en autobedrijven.",
        through_employer=True, leerwegen=_AT_WORK,
        # stems, not "auto": that also starts "automatisering" (ICT)
        sector="mobiliteit;voertuig;autotechn;autobedrijf;autobranche;autoschade;garage",
        paid_to=PaidTo.EMPLOYER,
        name_en="Training fund for motor vehicles (sample)",
        source="voorbeeld; O&O-fondsen betalen via werkgevers in hun eigen sector (DOMAIN.md, Funding)",
        sample=True),
)
