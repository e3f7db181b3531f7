"""The screen's words for what the matcher returns as codes (issue 14: words at the edges).

`gap_text`, `violation_text`, `reason_text` and `payment_text` word a gap, a broken rule, a reason and
a step's "who pays what" by their code and typed arguments, one translatable term per code (the
English is in ui/i18n_en.py). The printed plan and the command line have their own words for the same
codes (intake_desk/plans/texts.py); tests/ui/test_route_words.py, tests/ui/test_funding_words.py,
tests/core/test_gap_words.py and tests/core/test_funding_words.py check that every code has both. A
gap, reason or payment saved in a plan before they were typed keeps the words it was saved with.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from intake_desk.domain import Cefr, CredentialKind, Gap, Leerweg, Reason, RefLevel, StepPayment
from intake_desk.domain.enums import Big5
from intake_desk.domain.labels import label
from intake_desk.domain.route import (
    GOAL_REASONS,
    Breach,
    FundingProblem,
    GapArgs,
    GapCode,
    Named,
    Need,
    PayCode,
    Payee,
    ReasonArgs,
    ReasonCode,
    Rule,
    ShortProfile,
    Term,
    Violation,
    ViolationArgs,
    WhyNot,
)

from ..locale_format import format_date, format_money, format_number, month_name, ui_language


def tr(text: str) -> str:
    return QCoreApplication.translate("RouteWords", text)


_CEFR_OF = {RefLevel.F1: "A2", RefLevel.F2: "B1", RefLevel.F3: "B2", RefLevel.F4: "C1"}


def _big5(domain: Big5 | None) -> str:
    return {Big5.WONEN: tr("Wonen"), Big5.INKOMEN: tr("Inkomen"), Big5.WELZIJN: tr("Welzijn"),
            Big5.WERK_EN_SCHOOL: tr("Werk en school"), Big5.SUPPORT: tr("Steun")}.get(
        domain, "") if domain is not None else ""


def rule_name(rule: Rule) -> str:
    """A hard rule's name as the screen shows it (lower case: it ends a sentence)."""
    return {
        Rule.OFFERING: tr("stap bestaat in het aanbod"),
        Rule.SCHEDULE: tr("start op een startmoment"),
        Rule.PREREQUISITE: tr("toelatingseisen"),
        Rule.ORDER: tr("volgorde van stappen"),
        Rule.HOURS: tr("uren per week"),
        Rule.NOT_BEFORE_TODAY: tr("niet starten in het verleden"),
        Rule.START_WINDOW: tr("gewenste startperiode"),
        Rule.REGION: tr("reisgebied"),
        Rule.MAX_WEEKS: tr("hoogstens 40 weken bij deze financiering"),
        Rule.FUNDING: tr("voorwaarden van de financiering"),
        Rule.LEERBEDRIJF: tr("BBL alleen met baan of leerbedrijf"),
        Rule.VOG: tr("VOG aangegeven"),
        Rule.LEERWEG: tr("gewenste leerweg"),
        Rule.FORTY_WEEKS: tr("40-wekenregel (mobiliteitsteam, praktijkleren)"),
        Rule.EXPERIENCE: tr("korter door ervaring (EVC)"),
        Rule.KWALIFICATIEPLICHT: tr("kwalificatieplicht: onder 18 eerst een schoolroute"),
        Rule.ENTREE: tr("Entree alleen zonder diploma op niveau 2 of hoger"),
    }[rule]


def _out_of_reach(why: WhyNot) -> str:
    return {
        WhyNot.HELD: tr("U heeft het passende diploma of certificaat al."),
        WhyNot.DUTCH_REACHED: tr("Uw Nederlands is al op het niveau van de passende taalcursus; die is "
                                 "dus niet nodig."),
        WhyNot.NO_OFFERING: tr("Voor dit doel is er nu geen aanbod in de catalogus."),
        WhyNot.EXPIRED: tr("Het passende aanbod staat in de catalogus alleen onder een oude code; nieuwe "
                           "studenten beginnen aan de opleiding met de nieuwe code."),
        WhyNot.REGION: tr("Het passende aanbod is buiten het reisgebied."),
        WhyNot.HOURS: tr("Het passende aanbod vraagt meer uren per week dan er vrij zijn."),
        WhyNot.LEERWEG: tr("Het passende aanbod is er alleen in een andere leerweg dan gewenst "
                           "(bijvoorbeeld BOL terwijl BBL gewenst is)."),
        WhyNot.PREREQUISITES: tr("Aan de toelatingseisen kan nu niet worden voldaan, ook niet met een "
                                 "tussenstap in het aanbod."),
        WhyNot.DATES: tr("Er is geen startmoment in de gewenste periode."),
        WhyNot.KWALIFICATIEPLICHT: tr("Onder de 18 zonder startkwalificatie past alleen een opleiding "
                                      "naar een diploma (BOL, of BBL met een baan); die is er nu niet "
                                      "voor dit doel."),
        WhyNot.ENTREE: tr("Entree is alleen voor wie nog geen diploma op niveau 2 of hoger heeft."),
    }[why]


def _own_why(a: GapArgs) -> str:
    """Why the goal's own qualification is not a route, as the end of a sentence."""
    words = {
        WhyNot.NO_OFFERING: tr("staat nu niet in het aanbod"),
        WhyNot.EXPIRED: tr("staat in het aanbod alleen onder een oude code, waarmee u niet meer kunt "
                           "beginnen"),
        WhyNot.REGION: tr("wordt niet gegeven in uw reisgebied"),
        WhyNot.HOURS: tr("vraagt meer uren per week dan u heeft"),
        WhyNot.LEERWEG: tr("is er niet in de leerweg die u wilt"),
        WhyNot.PREREQUISITES: tr("vraagt toelatingseisen die nu nog niet te halen zijn"),
        WhyNot.DATES: tr("heeft geen startmoment in de gewenste periode"),
        WhyNot.HELD: tr("heeft u al"),
        WhyNot.DUTCH_REACHED: tr("is niet nodig: uw Nederlands is al op dat niveau"),
    }
    if a.why is not None and a.why in words:
        return words[a.why]
    if a.rule is not None:
        return tr("breekt een regel: {rule}").format(rule=rule_name(a.rule))
    return tr("past nu niet binnen de regels")


def _word(term: Term | None) -> str:
    return term.word(ui_language()) if term is not None else ""


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _named(name: str, level: int | None = None, levels: tuple[int, ...] = ()) -> str:
    shown = "/".join(str(n) for n in levels) if levels else (str(level) if level else "")
    return tr("{name} (niveau {level})").format(name=name, level=shown) if shown else name


def _place(n: Named) -> str:
    return tr("{name} (ongeveer {km} km)").format(name=n.name, km=n.km) if n.km is not None else n.name


def _nt2(a: GapArgs) -> str:
    need = (tr("{level} (ongeveer {cefr})").format(level=a.need.value, cefr=_CEFR_OF[a.need])
            if a.need is not None else "")
    now = {None: tr("moedertaal"), Cefr.NONE: tr("nog geen Nederlands"),
           Cefr.UNKNOWN: tr("niveau nog niet bekend")}.get(a.dutch, a.dutch.value if a.dutch else "")
    text = tr("Voor {what} is Nederlands op {need} nodig; u heeft nu {now}. Volg Nederlands (NT2) "
              "vóór of naast de opleiding.").format(what=_named(a.title, a.level), need=need, now=now)
    return text + (" " + tr("Bijvoorbeeld: {title}.").format(title=a.example) if a.example else "")


def _big5_gap(a: GapArgs) -> str:
    note = a.note or tr("hier speelt iets")
    text = tr("{domain}: {note}.").format(domain=_big5(a.domain), note=note)
    return text + " " + (tr("Verwezen naar: {to}.").format(to=a.referral) if a.referral
                         else tr("Regel hulp voordat de route start."))


def _goal_broad(a: GapArgs) -> str:
    text = tr("Het doel '{goal}' is nog breed ({field}). Kies samen een opleiding in dat "
              "vakgebied.").format(goal=a.goal, field=a.field)
    if a.missed and a.title:
        text += " " + tr("Een opleiding in {field} is er nu niet: {title} bijvoorbeeld {why}.").format(
            field=a.field, title=a.title, why=_own_why(a))
    elif a.missed:
        text += " " + tr("Een opleiding in {field} is er nu niet voor u.").format(field=a.field)
    return text


def _not_offered(a: GapArgs) -> str:
    text = tr("Uw doel {goal} staat niet in het aanbod van deze school.").format(
        goal=_named(a.title, levels=a.levels))
    names = ", ".join(_named(n.name, n.level) for n in a.places)
    if not names:
        return text + " " + tr("Er is ook geen verwante opleiding in het aanbod; bekijk samen een "
                               "ander doel.")
    near = (tr("Wel in het aanbod, verwant (zelfde beroepsopleiding): {names}.") if a.same
            else tr("Wel in het aanbod, verwant (zelfde domein): {names}."))
    return text + " " + near.format(names=names)


def _funding_too_long(a: GapArgs) -> str:
    return tr("{scheme} betaalt alleen een opleiding van hoogstens {most} weken. {title} duurt "
              "ongeveer {weeks} weken, dus {scheme} betaalt deze {amount} niet zomaar. Vraag {ask} wat "
              "mogelijk is, en bespreek een andere betaler: de school of het bedrijf waar u gaat werken "
              "en leren, of de gemeente. Tot dat geregeld is, staat dit bedrag bij wat u zelf "
              "betaalt.").format(scheme=_word(a.scheme), most=a.most, title=a.title, weeks=a.weeks,
                                 amount=format_money(a.amount, 0), ask=_word(a.ask))


def _fixed() -> dict[GapCode, str]:
    """The codes whose words take no arguments."""
    return {
        GapCode.NO_HOURS: tr("Er zijn (nog) geen uren per week om te leren vastgelegd. Eerst uitzoeken "
                             "wanneer er tijd is en dat invullen; daarna kan een route gemaakt worden."),
        GapCode.NO_GOAL: tr("Er is nog geen doel vastgelegd."),
        # also when no route fits: "this route" would point at nothing
        GapCode.DUTCH_UNKNOWN: tr("Het niveau Nederlands is nog niet bekend. Tot het bekend is, gaan we uit "
                                  "van geen Nederlands; met uw echte niveau kan een route veel korter "
                                  "zijn. Vul bij Taal (Alt+3) het niveau Nederlands in, of zet het vinkje "
                                  "bij moedertaal. Dan zoeken we opnieuw."),
        GapCode.IDW: tr("Laat eerst uw buitenlandse diploma waarderen. Vraag een diplomawaardering aan bij "
                        "IDW (Internationale Diplomawaardering van Nuffic en SBB, idw.nl). Stuur een kopie "
                        "van uw diploma, cijferlijst en paspoort mee. Dan weet de school op welk niveau u "
                        "kunt beginnen."),
        GapCode.KWALIFICATIEPLICHT: tr(
            "Tot uw 18e bent u kwalificatieplichtig: u volgt een opleiding tot u een startkwalificatie "
            "heeft (havo, vwo of een mbo-diploma op niveau 2 of hoger). Dat kan op school (BOL) of in "
            "BBL (werken en leren), met een baan. De leerplichtambtenaar van uw gemeente let daarop."),
        GapCode.RMC: tr("U bent jonger dan 23 en heeft nog geen startkwalificatie. De RMC-consulent van uw "
                        "gemeente (Regionale Meld- en Coördinatiefunctie) helpt u een opleiding te vinden "
                        "en houdt contact tot u een diploma op niveau 2 of hoger heeft. Meld u daar als u "
                        "nog geen begeleider heeft."),
        GapCode.ERKEND_LEERBEDRIJF: tr(
            "Erkend leerbedrijf? BBL bij uw werkgever kan alleen als die een erkend leerbedrijf is voor "
            "deze opleiding. Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven "
            "zoeken). Staat die er niet in, dan vraagt de werkgever erkenning aan bij SBB."),
        GapCode.FUNDING: tr("Voor een deel van de kosten is nog geen regeling gevonden. Bespreek "
                            "werkgever, gemeente, UWV of levenlanglerenkrediet."),
        GapCode.TRAVEL_AREA: tr("Het reisgebied is niet vastgelegd; alle regio's zijn bekeken."),
        GapCode.NO_ROUTE_CHOSEN: tr("Er zijn routes mogelijk, maar we kiezen er nu nog geen. We bespreken "
                                    "ze bij de volgende afspraak."),
    }


def _with_args() -> dict[GapCode, Callable[[Gap], str]]:
    """The codes whose words are filled from the gap's arguments."""
    return {
        GapCode.BIG_REGISTER: lambda g: tr(
            "{Term} is een BIG-beroep. Met een buitenlands diploma in dit vak vraagt u eerst erkenning "
            "aan bij CIBG (BIG-register, bigregister.nl). Pas daarna mag u als {term} werken. Met een "
            "Nederlands diploma schrijft u zich na uw diploma in.").format(
                Term=_cap(_word(g.args.term)), term=_word(g.args.term)),
        GapCode.NT2: lambda g: _nt2(g.args),
        GapCode.LEERBEDRIJF: lambda g: tr(
            "Zoek vóór {due} een baan of leerplek bij een erkend leerbedrijf. {how} Kijk samen op "
            "leerbanenmarkt.nl (SBB).").format(
                due=format_date(g.due),
                how=tr("In BBL (werken en leren) hoort een baan bij de opleiding.")
                if g.args.leerweg is Leerweg.BBL else tr("U leert op de werkplek.")),
        GapCode.VOG: lambda g: tr(
            "Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. Vraag die op tijd aan.").format(
                what=g.args.title or tr("dit doel"), What=_cap(g.args.title or tr("dit doel"))),
        GapCode.FUNDING_TOO_LONG: lambda g: _funding_too_long(g.args),
        GapCode.EVC: lambda g: tr(
            "Start de EVC-procedure vóór {day}: een erkende EVC-aanbieder beoordeelt uw ervaring en geeft "
            "een ervaringscertificaat. Daarmee vraagt u vrijstellingen aan bij de school. Vraag ook wie de "
            "EVC betaalt.").format(day=format_date(g.args.day)),
        GapCode.EVC_WORKPLACE: lambda g: tr(
            "Vertel de praktijkopleider vóór {day} wat u al kunt. Werkprocessen die u al beheerst, kunt u "
            "meteen laten zien.").format(day=format_date(g.args.day)),
        GapCode.EVC_ASK: lambda g: tr(
            "Vraag naar een EVC-procedure: uw ervaring als {role} kan misschien delen van de opleiding "
            "vervangen.").format(role=g.args.role),
        GapCode.PHYSICAL: lambda g: tr(
            "{title} is lichamelijk zwaar werk ({term}). U heeft een lichamelijke klacht genoemd "
            "({limit}). Bespreek met de bedrijfsarts of UWV of dit werk lichamelijk past.").format(
                title=g.args.title, term=_word(g.args.term), limit=_word(g.args.limit)),
        GapCode.BIG5: lambda g: _big5_gap(g.args),
        GapCode.OUT_OF_REACH: lambda g: (_out_of_reach(g.args.why) if g.args.why is not None
                                         else tr("Er is geen opleiding gevonden die bij het doel past.")),
        GapCode.OUT_OF_REACH_RULE: lambda g: tr("De passende routes breken een regel: {rule}.").format(
            rule=rule_name(g.args.rule) if g.args.rule is not None else ""),
        GapCode.GOAL_UNKNOWN: lambda g: tr(
            "'{goal}' is geen mbo-opleiding of cursus die wij kennen. We kiezen samen een opleiding die "
            "bij uw doel past. Daarna zoeken we opnieuw naar een route.").format(goal=g.args.goal),
        GapCode.GOAL_BROAD: lambda g: _goal_broad(g.args),
        GapCode.GOAL_NOT_OFFERED: lambda g: _not_offered(g.args),
        GapCode.GOAL_OUT_OF_AREA: lambda g: tr(
            "Uw doel {goal} wordt niet gegeven in uw reisgebied; het dichtstbij is {names}.").format(
                goal=_named(g.args.title, levels=g.args.levels),
                names=", ".join(_place(n) for n in g.args.places)),
        GapCode.GOAL_OWN_OUT_OF_REACH: lambda g: tr(
            "Een route naar {title} zelf is er nu niet: die opleiding {why}. Wat wel is voorgesteld, komt "
            "zo dicht mogelijk bij uw doel.").format(title=g.args.title, why=_own_why(g.args)),
    }


def worded_codes() -> frozenset[GapCode]:
    """The codes this module words (the test checks it is every GapCode)."""
    return frozenset(_fixed()) | frozenset(_with_args())


def gap_text(gap: Gap) -> str:
    """The words of `gap` in the interface language."""
    saved = gap.text_en if ui_language() == "en" else gap.text_nl
    if saved:  # a plan saved before gaps were typed
        return saved
    if gap.code is GapCode.ERKEND_LEERBEDRIJF and gap.args.leerweg not in (None, Leerweg.BBL):
        # learning at work in the derde leerweg (a praktijkverklaring), not BBL
        return tr("Erkend leerbedrijf? Leren op de werkplek bij uw werkgever kan alleen als die een erkend "
                  "leerbedrijf is voor deze opleiding: daar beoordeelt de praktijkopleider wat u kunt. "
                  "Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat "
                  "die er niet in, dan vraagt de werkgever erkenning aan bij SBB.")
    fixed = _fixed()
    if gap.code in fixed:
        return fixed[gap.code]
    return _with_args()[gap.code](gap)


# --- Violations: the hard rule an edited route breaks, shown under the route -----------------------

def _leerweg(leerweg: Leerweg) -> str:
    return {Leerweg.BOL: tr("BOL"), Leerweg.BBL: tr("BBL (werken en leren)"),
            Leerweg.DERDE_LEERWEG: tr("derde leerweg"), Leerweg.SHORT_COURSE: tr("een korte cursus")}[leerweg]


def _need(a: ViolationArgs) -> str:
    if a.need is Need.DUTCH:
        return tr("Nederlands op {ref}").format(ref=a.ref.value if a.ref else "")
    if a.need is Need.DIPLOMA_LEVEL:
        return tr("een diploma op niveau {level}").format(level=a.level)
    if a.need is Need.STARTKWALIFICATIE:
        return tr("een startkwalificatie")
    return tr("eerst {other}").format(other=a.other)


def _problem(a: ViolationArgs) -> str:
    lang = ui_language()
    words = {
        FundingProblem.NOT_IN_TABLE: tr("deze regeling staat niet in de tabel"),
        FundingProblem.PRACTICE_PLACE: tr("{scheme} gaat naar het leerbedrijf voor de praktijkplaats, "
                                          "niet naar het lesgeld"),
        FundingProblem.NOT_A_SUBSIDY: tr("{scheme} is geen subsidie voor een praktijkplaats"),
        FundingProblem.UNDER_18: tr("onder 18 zonder startkwalificatie is praktijkleren niet de route"),
        FundingProblem.NOT_OPEN: tr("{scheme} is niet open op {day}"),
        FundingProblem.SITUATION: tr("{scheme} is niet voor deze situatie ({situation})"),
        FundingProblem.MAX_AGE: tr("{scheme} geldt tot {most} jaar"),
        FundingProblem.MIN_AGE: tr("{scheme} geldt vanaf {most} jaar"),
        FundingProblem.CREDENTIAL: tr("{scheme} betaalt niet voor een {credential}"),
        FundingProblem.LEERWEG: tr("{scheme} geldt niet voor {leerweg}"),
        FundingProblem.REFERRER: tr("{scheme} betaalt alleen als de intake dat zegt (verwezen door of "
                                    "financiering vastgelegd)"),
        FundingProblem.EMPLOYER: tr("{scheme} betaalt alleen via een werkgever"),
        FundingProblem.SECTOR: tr("{scheme} betaalt alleen via een werkgever in de eigen sector, voor een "
                                  "opleiding in die sector"),
    }
    if a.problem is None:
        return ""
    return words[a.problem].format(
        scheme=a.scheme, day=format_date(a.day), most=a.most,
        situation=label(a.situation, lang) if a.situation is not None else "",
        credential=label(a.credential, lang) if a.credential is not None else "",
        leerweg=_leerweg(a.leerweg) if a.leerweg is not None else "")


def _breaches() -> dict[Breach, str]:
    return {
        Breach.NO_STEPS: tr("De route heeft geen stappen."),
        Breach.NOT_IN_CATALOG: tr("{step} staat niet (meer) in het aanbod."),
        Breach.DIFFERS: tr("{step} wijkt af van het aanbod (plaats, uren of duur)."),
        Breach.TOO_MUCH_EXEMPTION: tr("{step} is {weeks} weken korter gepland dan het aanbod; de ervaring "
                                      "in de intake geeft hoogstens {most} weken vrijstelling."),
        Breach.NO_START_ON: tr("{step} start niet op {day}."),
        Breach.MISSING: tr("{step} vraagt {need}; dat ontbreekt nog."),
        Breach.BEFORE_NEED_ENDS: tr("{step} start voordat de stap voor {need} klaar is."),
        Breach.BEFORE_PREVIOUS_ENDS: tr("{step} start voordat {other} klaar is."),
        Breach.IN_PAST: tr("{step} start in het verleden."),
        Breach.BEFORE_EARLIEST: tr("{step} start vóór {day}, de vroegste gewenste start."),
        Breach.AFTER_LATEST: tr("De route start na {day}, de laatste gewenste start."),
        Breach.LEERWEG_WISH: tr("{step} is {leerweg}; de kandidaat wil {wanted}."),
        Breach.OUTSIDE_AREA: tr("{step} is in {location}, buiten het reisgebied."),
        Breach.FUNDING: tr("{step}: {problem}."),
        Breach.SUBSIDY: tr("{step}: {problem}."),
        Breach.NEEDS_LEERBEDRIJF: tr("{step} vraagt een baan bij een erkend leerbedrijf; zet "
                                     "'leerbedrijf zoeken' in het plan."),
        Breach.NEEDS_VOG: tr("{step} vraagt een VOG; dat moet in het plan staan."),
        Breach.NO_HOURS: tr("Er zijn geen uren per week beschikbaar."),
        Breach.TOO_MANY_HOURS: tr("Vanaf {day} vraagt de route {load} uur per week; er is {hours} uur."),
        Breach.FORTY_WEEKS: tr("De route duurt {weeks} weken. Bij {why} mag een route hoogstens {most} "
                               "weken duren."),
        Breach.MAX_WEEKS: tr("De route duurt {weeks} weken; de financiering staat hoogstens {most} toe."),
        Breach.DERDE_LEERWEG_UNDER_18: tr(
            "{title} is contractonderwijs (derde leerweg). Onder 18 zonder startkwalificatie is een "
            "schoolroute nodig: BOL, of BBL (werken en leren) met een baan."),
        Breach.NOT_A_SCHOOL_ROUTE: tr(
            "De route eindigt met {title}, geen diploma-opleiding. Onder 18 zonder startkwalificatie is "
            "een opleiding naar een diploma nodig (BOL, of BBL (werken en leren) met een baan), geen "
            "losse cursus."),
        Breach.ENTREE_NOT_ALLOWED: tr(
            "{title} is Entree (niveau 1). Dat is voor wie nog geen diploma op niveau 2 of hoger, havo, "
            "vwo, hbo of wo heeft; deze kandidaat heeft dat wel."),
    }


def worded_breaches() -> frozenset[Breach]:
    return frozenset(_breaches())


def violation_text(v: Violation) -> str:
    """How `v` breaks its rule, in the interface language."""
    a = v.args
    step = tr("{title} ({provider}, {location})").format(
        title=a.title, provider=a.provider, location=a.location) if a.location else a.title
    if v.breach is Breach.NEEDS_VOG and not a.title:
        return tr("Voor dit doel is een VOG nodig; dat moet in het plan staan.")
    why = (tr("financiering via {via}").format(via=a.via) if a.via
           else tr("een route van het regionaal mobiliteitsteam"))
    return _breaches()[v.breach].format(
        step=step, title=a.title, location=a.location, weeks=a.weeks, most=a.most,
        day=format_date(a.day), need=_need(a) if a.need is not None else "", other=a.other,
        problem=_problem(a), load=format_number(a.load), hours=a.hours,
        leerweg=_leerweg(a.leerweg) if a.leerweg is not None else "",
        wanted=tr(" of ").join(_leerweg(x) for x in a.wanted), why=why)


def rule_heading(rule: Rule) -> str:
    """A rule's name as the heading of its violation ("Gewenste leerweg")."""
    return _cap(rule_name(rule))


# --- Reasons: why a route ------------------------------------------------------------------------------

def _now(dutch: Cefr | None) -> str:
    return {None: tr("moedertaal"), Cefr.NONE: tr("nog geen Nederlands"),
            Cefr.UNKNOWN: tr("niveau nog niet bekend")}.get(dutch, dutch.value if dutch else "")


def _demand_word(rating: int) -> str:
    return {1: tr("weinig"), 2: tr("beperkt"), 3: tr("redelijk"), 4: tr("veel"),
            5: tr("heel veel")}.get(rating, "")


def _time(a: ReasonArgs) -> str:
    short = a.short_course and a.credential is CredentialKind.CERTIFICAAT
    credential = tr("cursusbewijs") if short else (
        label(a.credential, ui_language()) if a.credential is not None else "")
    month = f"{month_name(a.day.month)} {a.day.year}" if a.day is not None else ""
    text = (tr("Uw eerste {credential} heeft u rond {month} (over ongeveer {weeks} weken).") if a.first
            else tr("Uw {credential} heeft u rond {month} (over ongeveer {weeks} weken)."))
    return text.format(credential=credential, month=month, weeks=a.weeks)


def _reason_words() -> dict[ReasonCode, Callable[[ReasonArgs], str]]:
    def need(a: ReasonArgs) -> str:
        return a.need.value if a.need is not None else ""

    return {
        ReasonCode.LEVEL_NONE: lambda a: tr("Dit is een korte opleiding zonder mbo-niveau."),
        ReasonCode.LEVEL_ENTREE_HELD: lambda a: tr(
            "Entree is bedoeld voor wie nog geen diploma heeft; u heeft er al een."),
        ReasonCode.LEVEL_BRIDGE: lambda a: tr(
            "Eerst {name} (niveau {level}), daarna niveau {target_level}: steeds één stap.").format(
                name=tr("Entree ({title})").format(title=a.title) if a.level == 1 else a.title,
                level=a.level, target_level=a.target_level),
        ReasonCode.LEVEL_BELOW: lambda a: tr(
            "Niveau {target_level} is lager dan wat u al heeft (niveau {have}); in een nieuw vak kan dat "
            "een goede start zijn.").format(target_level=a.target_level, have=a.have),
        ReasonCode.LEVEL_NEXT: lambda a: tr(
            "Niveau {target_level} is een goede volgende stap voor u.").format(target_level=a.target_level),
        ReasonCode.LEVEL_BIG_STEP: lambda a: (
            tr("Niveau {target_level} is een grote stap vanaf uw diploma (niveau {have}).") if a.have
            else tr("Niveau {target_level} is een grote stap, want u heeft nog geen diploma.")).format(
                target_level=a.target_level, have=a.have),
        ReasonCode.DUTCH_ENOUGH: lambda a: (
            tr("Uw Nederlands is goed genoeg voor deze opleiding (die vraagt {need}).") if a.need
            else tr("Uw Nederlands is goed genoeg voor deze opleiding.")).format(need=need(a)),
        ReasonCode.DUTCH_UNKNOWN: lambda a: tr(
            "Uw niveau Nederlands is nog niet bekend. Voor {title} is Nederlands op {need} nodig; deze "
            "route gaat ervan uit dat u nog geen Nederlands kent.").format(title=a.title, need=need(a)),
        ReasonCode.DUTCH_IN_ROUTE: lambda a: (
            tr("Naast de opleiding volgt u Nederlands: {title}. Zo komt u van {now} op {need}, wat "
               "{target} vraagt.") if a.alongside
            else tr("De route begint met Nederlands: {title}. Zo komt u van {now} op {need}, wat {target} "
                    "vraagt.")).format(title=a.title, now=_now(a.dutch), need=need(a), target=a.target),
        ReasonCode.DUTCH_AT_WORK: lambda a: tr(
            "Voor deze praktijkverklaring laat u op het werk zien wat u kunt. Uw Nederlands ({now}) is nog "
            "onder {need}; volg Nederlands (NT2) naast het werk.").format(now=_now(a.dutch), need=need(a)),
        ReasonCode.DUTCH_BELOW: lambda a: tr(
            "Deze opleiding vraagt Nederlands op {need}; u heeft nu {now}. Volg Nederlands (NT2) vóór of "
            "naast de opleiding.").format(now=_now(a.dutch), need=need(a)),
        ReasonCode.TIME: _time,
        ReasonCode.DEMAND_NONE: lambda a: tr("Er zijn geen cijfers over werk als {job} in {region}.").format(
            job=a.job, region=a.region),
        ReasonCode.DEMAND: lambda a: (
            tr("In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}).")
            if not a.sample else
            tr("In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}) "
               "(voorbeeldcijfer).")).format(region=a.region, word=_demand_word(a.rating), job=a.job,
                                             rating=a.rating, source=a.source, day=format_date(a.day)),
    }


def _goal_words() -> dict[ReasonCode, str]:
    return {
        ReasonCode.GOAL_OWN: tr("Deze route leidt naar uw doel '{goal}': {name}."),
        ReasonCode.GOAL_COURSE: tr("Dit is de cursus die u zoekt: {title}."),
        ReasonCode.GOAL_LINE_BELOW: tr("Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) "
                                       "als uw doel '{goal}', op een lager niveau. Het kan een opstap zijn."),
        ReasonCode.GOAL_LINE: tr("Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw "
                                 "doel '{goal}', maar is een ander beroep of niveau."),
        ReasonCode.GOAL_FIELD: tr("{name} valt in het domein {field}, waar uw wens '{goal}' bij hoort."),
        ReasonCode.GOAL_SAME_DOMEIN: tr("Zelfde domein ({field}): {name} is een ander vak dan uw doel "
                                        "'{goal}'."),
        ReasonCode.GOAL_SAME_SECTOR: tr("Zelfde sector ({field}): {name} is een ander vak dan uw doel "
                                        "'{goal}'."),
        ReasonCode.GOAL_SHORT_COURSE: tr("{title} is een korte cursus: handig als eerste stap of naast een "
                                         "opleiding, maar nog geen vakdiploma voor '{goal}'."),
        ReasonCode.GOAL_OTHER: tr("{name} hoort niet bij uw doel '{goal}'."),
    }


def _goal_reason(code: ReasonCode, a: ReasonArgs) -> str:
    name = _named(a.title, a.target_level)
    text = _goal_words()[code].format(name=name, title=a.title, goal=a.goal, field=a.field)
    if a.got is not None and a.wanted is not None:
        lang = ui_language()
        got = tr("cursusbewijs") if a.got_course else label(a.got, lang)
        text += " " + tr("U krijgt een {got}, geen {wanted}.").format(got=got, wanted=label(a.wanted, lang))
    return text


def _experience(code: ReasonCode, a: ReasonArgs) -> str:
    role = tr("{role} (vrijwilligerswerk, telt voor de helft)").format(role=a.role) if a.volunteer \
        else a.role
    years = format_number(a.years)
    if code is ReasonCode.EXPERIENCE_WORKPLACE:
        return tr("Uw ervaring telt mee (praktijkverklaring): met {years} jaar ervaring als {role} laat u "
                  "veel werkprocessen al zien. De route kan ongeveer {weeks} weken korter.").format(
                      years=years, role=role, weeks=a.weeks)
    if code is ReasonCode.EXPERIENCE_EVC:
        return tr("Uw ervaring telt mee (EVC): met {years} jaar ervaring als {role} kan {title} ongeveer "
                  "{weeks} weken korter. Dat gaat via een EVC-procedure; de school beslist over "
                  "vrijstellingen.").format(years=years, role=role, title=a.title, weeks=a.weeks)
    if code is ReasonCode.EXPERIENCE_HELD:
        return tr("U heeft al '{title}'; dat kan de route korter maken.").format(title=a.title)
    if code is ReasonCode.EXPERIENCE_NONE:
        return tr("Geen werkervaring vastgelegd.")
    if code is ReasonCode.EXPERIENCE_OTHER:
        return tr("Uw werkervaring ({roles}) ligt in een ander vak dan {title}.").format(
            roles=", ".join(a.roles) or tr("uw werk"), title=a.title)
    # one year has its own words: English says "1 year", not "1 years"
    text = (tr("Uw ervaring als {role} (1 jaar) ligt in hetzelfde vakgebied ({field}).") if a.years == 1
            else tr("Uw ervaring als {role} ({years} jaar) ligt in hetzelfde vakgebied ({field}).")).format(
        role=a.role, years=years, field=a.field)
    return text + (" " + tr("Met EVC kan de route korter worden.") if a.evc else "")


_EXPERIENCE = frozenset({ReasonCode.EXPERIENCE_WORKPLACE, ReasonCode.EXPERIENCE_EVC,
                         ReasonCode.EXPERIENCE_HELD, ReasonCode.EXPERIENCE_NONE, ReasonCode.EXPERIENCE_OTHER,
                         ReasonCode.EXPERIENCE_SAME_FIELD})


def _why_first(code: ReasonCode, a: ReasonArgs) -> str | None:
    """Why a route comes first or last (rules.advice, engine.finish); None for other codes."""
    lang = ui_language()
    credential = label(a.credential, lang) if a.credential is not None else ""
    term, scheme = _word(a.term), _word(a.scheme)
    if code is ReasonCode.RMC_DIPLOMA:
        return tr("U bent jonger dan 23 en heeft nog geen startkwalificatie. Deze route leidt naar een "
                  "diploma op niveau {level}: dat is een startkwalificatie. Daarom komt deze eerst.").format(
                      level=a.level)
    if code is ReasonCode.RMC_NOT_YET:
        return tr("Deze route geeft nog geen startkwalificatie (een diploma op niveau 2 of hoger). Onder de "
                  "23 komt een route naar een startkwalificatie eerst.")
    if code is ReasonCode.WISH_DIPLOMA:
        return tr("U wilt een diploma; daarom staat deze diplomaroute vooraan.")
    if code is ReasonCode.WISH_SHORT:
        return tr("U wilt een {wanted}; daarom staat deze kortere route ({credential}) vooraan. Een diploma "
                  "kan later nog.").format(wanted=label(a.wanted, lang) if a.wanted else "",
                                           credential=credential)
    if code is ReasonCode.HIGHER_SHORT:
        return tr("U heeft al een hbo- of wo-diploma. Een korte route of certificaat is genoeg om over te "
                  "stappen; een heel mbo-diploma is meestal niet nodig. Daarom staat deze kortere route "
                  "vooraan.")
    if code is ReasonCode.HIGHER_DIPLOMA:
        return tr("U heeft al een hbo- of wo-diploma; een heel mbo-diploma is meestal niet nodig. Wilt u het "
                  "toch? Vraag de school dan naar vrijstellingen en een verkort traject.")
    if code is ReasonCode.FUNDING_FITS:
        return tr("{scheme} betaalt alleen een route van hoogstens {most} weken. Deze route past daarin; "
                  "daarom staat hij vooraan.").format(scheme=scheme, most=a.most)
    if code is ReasonCode.FUNDING_TOO_LONG:
        return tr("Deze route duurt langer dan de {most} weken die {scheme} betaalt. Bespreek eerst een "
                  "kortere route, of wie deze betaalt.").format(scheme=scheme, most=a.most)
    if code is ReasonCode.SCHOOL_LEAVER:
        return tr("U komt net van school: een diploma geeft de meeste kansen. Daarom staat het vooraan.")
    if code is ReasonCode.SHORT_FIRST:
        why = {ShortProfile.DUTCH_BELOW_B1: tr("omdat uw Nederlands nog onder B1 (2F) is; op het werk laat "
                                               "u zien wat u kunt"),
               ShortProfile.FEW_HOURS: tr("omdat u minder dan {hours} uur per week heeft").format(
                   hours=a.hours),
               ShortProfile.FIFTY_WITH_JOB: tr("omdat u 50 of ouder bent en een baan in zicht heeft")}
        return tr("Eerst een {credential}: die is sneller te halen, {why}. Een diploma kan daarna "
                  "nog.").format(credential=credential, why=why.get(a.profile, "") if a.profile else "")
    if code is ReasonCode.REGULATED_AT_WORK:
        return tr("Voor dit beroep is het diploma wettelijk nodig ({term}), ook met een hbo- of wo-diploma. "
                  "U haalt het naast het werk; vraag de school naar vrijstellingen, dan wordt de route "
                  "korter.").format(term=term)
    if code is ReasonCode.REGULATED_PART:
        return tr("Om in dit beroep te werken is later het diploma wettelijk nodig ({term}). Met uw hbo- of "
                  "wo-diploma is dit bewijs ({credential}) een snelle eerste stap in het werk; het diploma "
                  "haalt u daarna verkort, met vrijstellingen.").format(term=term, credential=credential)
    if code is ReasonCode.REGULATED_BOL:
        return tr("Voor dit beroep is het diploma wettelijk nodig ({term}). Een volledige dagopleiding (BOL) "
                  "is lang: vraag de school met uw hbo- of wo-diploma naar vrijstellingen en een verkort "
                  "traject.").format(term=term)
    if code is ReasonCode.HEAVY_OTHER_WORK:
        return tr("Dit is ander werk dan uw doel, en het is lichamelijk zwaar ({term}). U heeft een "
                  "lichamelijke klacht genoemd ({limit}). Daarom staat deze route achteraan.").format(
                      term=term, limit=_word(a.limit))
    return None


_WHY_FIRST = frozenset({ReasonCode.RMC_DIPLOMA, ReasonCode.RMC_NOT_YET, ReasonCode.WISH_DIPLOMA,
                        ReasonCode.WISH_SHORT, ReasonCode.HIGHER_SHORT, ReasonCode.HIGHER_DIPLOMA,
                        ReasonCode.FUNDING_FITS, ReasonCode.FUNDING_TOO_LONG, ReasonCode.SCHOOL_LEAVER,
                        ReasonCode.SHORT_FIRST, ReasonCode.REGULATED_AT_WORK, ReasonCode.REGULATED_PART,
                        ReasonCode.REGULATED_BOL, ReasonCode.HEAVY_OTHER_WORK})


def worded_reasons() -> frozenset[ReasonCode]:
    return frozenset(_reason_words()) | frozenset(_goal_words()) | _EXPERIENCE | _WHY_FIRST | _COST


def reason_text(reason: Reason) -> str:
    """Why a route, in the interface language; a reason without a code carries its own words."""
    if reason.code is None:
        return reason.text_en if ui_language() == "en" and reason.text_en else reason.text_nl
    if reason.code in _COST:
        return _cost(reason.code, reason.args)
    if reason.code in GOAL_REASONS:
        return _goal_reason(reason.code, reason.args)
    if reason.code in _EXPERIENCE:
        return _experience(reason.code, reason.args)
    why = _why_first(reason.code, reason.args)
    if why is not None:
        return why
    return _reason_words()[reason.code](reason.args)


# --- Who pays what: a step's payment and the cost reason (matching/funding.py) -----------------------

def _payee(to: Payee, provider: str) -> str:
    return {
        Payee.EMPLOYER: tr("aan uw werkgever, die de school betaalt"),
        Payee.CANDIDATE: tr("aan u; u betaalt de school"),
        Payee.DUO: tr("aan DUO (het lesgeld)"),
        Payee.SCHOOL: tr("aan {provider}"),
    }[to].format(provider=provider)


def _payments() -> dict[PayCode, str]:
    return {
        PayCode.WAIVED_PART: tr("Zolang u jonger bent dan 18, betaalt u geen les- of cursusgeld: dat scheelt "
                                "{waived}. Voor de jaren daarna betaalt u zelf {you}."),
        PayCode.WAIVED: tr("Deze stap kost u niets: {scheme}."),
        PayCode.FREE: tr("Deze stap kost u niets."),
        PayCode.LOAN: tr("U leent {loan} voor het lesgeld ({scheme}) en betaalt dat later terug."),
        PayCode.PAID: tr("U betaalt zelf {you}. {scheme} betaalt {covered} {to}."),
        PayCode.UNPAID: tr("Nog niet betaald: {scheme} betaalt hoogstens {most} weken en deze route duurt "
                           "ongeveer {weeks} weken. Tot er een betaler is, staat {you} op uw naam."),
        PayCode.NO_SCHEME: tr("U betaalt zelf {you}; er is nog geen regeling gevonden."),
    }


def worded_payments() -> frozenset[PayCode]:
    return frozenset(_payments())


def payment_text(payment: StepPayment) -> str:
    """Who pays whom for one step, in the interface language; a payment saved before payments were
    typed keeps the words it was saved with."""
    if payment.code is None:
        return payment.text_en if ui_language() == "en" else payment.text_nl
    a = payment.args
    scheme = _word(a.scheme)
    if payment.code is PayCode.WAIVED:
        scheme = scheme.lower()  # the waiver's name ends the sentence
    words = _payments()[payment.code]
    if payment.code is PayCode.PAID and payment.you_pay <= 0:
        # "U betaalt zelf € 0" reads as a bill: when the scheme pays it all, say that first
        words = tr("{scheme} betaalt {covered} {to}. U betaalt zelf niets.")
    text = words.format(
        waived=format_money(a.waived, 0), you=format_money(payment.you_pay, 0), scheme=scheme,
        loan=format_money(payment.loan, 0), covered=format_money(payment.covered, 0),
        to=_payee(a.to, a.provider) if a.to is not None else "", most=a.most, weeks=a.weeks)
    if payment.code is PayCode.LOAN and payment.you_pay > 0:
        text += " " + tr("Daarnaast betaalt u zelf {you}.").format(you=format_money(payment.you_pay, 0))
    if a.subsidy is not None:
        text += " " + (tr("Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}, "
                          "tot {most}). Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.")
                       if a.subsidy_most is not None else
                       tr("Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk "
                          "({subsidy}). Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.")).format(
            subsidy=_word(a.subsidy),
            most=format_money(a.subsidy_most, 0) if a.subsidy_most is not None else "")
    return text


_COST = frozenset({ReasonCode.COST, ReasonCode.COST_FUNDERS})


def _cost(code: ReasonCode, a: ReasonArgs) -> str:
    """What the candidate pays, what they borrow, who pays whom, and the leerbedrijf's subsidy."""
    amount = format_money(a.amount, 0)
    if code is ReasonCode.COST_FUNDERS:
        text = tr("Wat u zelf betaalt: {amount}.").format(amount=amount)
        names = ", ".join(_word(f) for f in a.funders)
        return text + (" " + tr("Ook betaalt mee: {names}.").format(names=names) if names else "")
    parts = [(tr("Wat u zelf betaalt: {amount}, zolang er geen betaler is.") if a.unpaid
              else tr("Wat u zelf betaalt: {amount}.")).format(amount=amount)]
    if a.loan > 0:
        parts.append(tr("Daarvan leent u {loan} bij DUO (levenlanglerenkrediet); dat betaalt u later "
                        "terug.").format(loan=format_money(a.loan, 0)))
    parts += [tr("{scheme} betaalt {amount} {to}.").format(scheme=_word(p.scheme),
                                                          amount=format_money(p.amount, 0),
                                                          to=_payee(p.to, p.provider)) for p in a.paid]
    if a.subsidy:
        parts.append(tr("Het leerbedrijf kan subsidie praktijkleren krijgen voor de begeleiding op het werk; "
                        "dat geld is niet voor uw lesgeld."))
    return " ".join(parts)
