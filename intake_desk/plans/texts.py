"""Every fixed text of the printed plan, one dict per language. Dutch is written at B1 level.

Add a language by adding a dict with the same keys; `check_complete()` (run by the tests) says which
keys are missing. Values may contain {placeholders} filled by the renderer, never user markup.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..domain import Action, Cefr, CredentialKind, Gap, Leerweg, Reason, RefLevel, StepPayment
from ..domain.labels import label
from ..domain.route import (
    GOAL_REASONS,
    Breach,
    GapArgs,
    GapCode,
    PayCode,
    Payee,
    ReasonArgs,
    ReasonCode,
    Rule,
    Violation,
)

NL: dict[str, str] = {
    "doc_title": "Persoonlijk ontwikkelplan",
    "doc_subject": "Leerroute en afspraken",
    "sample_mark": "VOORBEELDGEGEVENS",
    "sample_banner": "VOORBEELDGEGEVENS: dit plan gebruikt voorbeeldgegevens, geen echt aanbod.",
    "for": "Voor",
    "advisor": "Adviseur",
    "date": "Datum",
    "region": "Regio",
    "plan_id": "Plan",
    "version": "versie",
    "page_of": "pagina {page} van {total}",
    "start_title": "Waar u nu staat",
    "education": "Opleiding",
    "startkwalificatie": "Startkwalificatie",
    "yes": "ja",
    "no": "nee",
    "sk_yes": "ja, u heeft een startkwalificatie",
    "sk_no": "nee, u heeft nog geen startkwalificatie (diploma havo, vwo of mbo 2 of hoger)",
    "not_completed": "niet afgemaakt",
    "experience": "Werkervaring",
    "volunteer": "vrijwilligerswerk",
    "years": "{n} jaar",
    "years_one": "{n} jaar",
    "dutch": "Nederlands",
    "native": "moedertaal",
    "hours": "Tijd voor leren",
    "hours_value": "{n} uur per week",
    "none": "geen",
    "contact": "Contact",
    "phone": "tel.",
    "email": "e-mail",
    "goal_wish_credential": "u wilt een {credential}",
    "goal_none": "nog geen doel gekozen",
    "goal_notes": "Let op",
    "route_leads_to": "Deze route leidt tot",
    "route_leads_to_value": "{title}: {credential}",
    "prospects_sample": "voorbeeldcijfer",
    "no_route_title": "Waarom er nog geen route is",
    "no_route_intro": "Er is nu nog geen opleiding die bij u past. Hieronder leest u waarom. "
    "Met de afspraken in dit plan werken we samen aan een route.",
    "before_start": "vóór de start op {date}",
    "tight": "let op: weinig tijd",
    "referral_open": "nog te regelen, samen met uw adviseur",
    "goal_title": "Uw doel",
    "goal": "Doel",
    "prospects": "Kans op werk",
    "prospects_value": "{word} ({rating} van 5) in {region}",
    "prospects_source": "Bron: {source}, {date}",
    "prospects_unknown": "geen cijfers bekend voor deze regio",
    "rating_1": "klein",
    "rating_2": "matig",
    "rating_3": "redelijk",
    "rating_4": "goed",
    "rating_5": "zeer goed",
    "route_title": "Uw route",
    "route_summary": "{n} stappen, van {start} tot {end} (ongeveer {weeks} weken). "
    "Totale kosten: {cost}.",
    "route_summary_one": "1 stap, van {start} tot {end} (ongeveer {weeks} weken). Totale kosten: {cost}.",
    "route_empty": "Er zijn nog geen stappen gepland.",
    "step": "Stap",
    "what": "Wat",
    "code_level": "Code / niveau",
    "where": "Waar",
    "when": "Wanneer",
    "hours_week": "Uur/wk",
    "credential": "U krijgt",
    "cost": "Kosten en betaling",
    "level": "niveau {n}",
    "alongside": "naast uw werk of andere stap",
    "bridging": "opstap",
    "free": "gratis",
    "paid_by": "betaald door: {name}",
    "loan_from": "u leent: {name}",
    "you_pay": "u betaalt: {amount}",
    "payments_title": "Wie betaalt wat",
    "why_title": "Waarom deze route",
    "gaps_title": "Nog te regelen",
    "blocking": "eerst nodig",
    "check_first": "eerst nagaan",
    "stones_title": "Daarna verder leren",
    "stones_way_title": "Onderweg behaalt u",
    "stone_way": "{title}: {credential}{details}, rond {date}",
    "stone_dutch": "{title}: Nederlands op niveau {level}, rond {date}",
    "stone_next": "{title}{details}: {credential}",
    "stone_crebo": "crebo {code}",
    "month_names": "januari februari maart april mei juni juli augustus september oktober november december",
    "date_unknown": "datum nog niet bekend",
    "referrals_title": "Hulp bij andere zaken",
    "actions_title": "Afspraken: wie doet wat",
    "who": "Wie",
    "action_what": "Wat",
    "due": "Wanneer klaar",
    "no_due": "zo snel mogelijk",
    "appointment_title": "Volgende afspraak",
    "appointment_value": "Op {date} praten we verder.",
    "appointment_none": "We maken samen een nieuwe afspraak.",
    "notes_title": "Opmerkingen",
    "privacy_title": "Uw gegevens",
    # What app/privacy.py and storage/erasure.py do (issue 15); a change needs a new
    # domain/privacy.PRIVACY_TEXT_VERSION (tests/privacy/test_consent.py).
    "privacy_text": "{school} gebruikt uw gegevens alleen om u te helpen met een passende "
    "opleiding of werk, en alleen waarvoor u toestemming gaf. Wij bewaren uw gegevens niet "
    "langer dan {months} maanden na het laatste gesprek. Daarna halen wij ze weg. Ook een "
    "reservekopie bewaren wij niet langer. U mag altijd vragen welke gegevens wij hebben: u "
    "krijgt ze dan allemaal. U mag ook vragen om iets te verbeteren of weg te halen. U mag uw "
    "toestemming altijd intrekken, net zo makkelijk als u die gaf. Wij delen uw gegevens met "
    "de school, UWV of de gemeente alleen als u daar toestemming voor geeft. Wij vragen nooit "
    "om uw BSN.",
    "sign_title": "Handtekeningen",
    "sign_candidate": "Kandidaat",
    "sign_advisor": "Adviseur",
    "sign_name": "Naam",
    "sign_date": "Datum",
    "qr_label": "Plan {id}, versie {version}",
    "party_kandidaat": "U",
    "party_adviseur": "Adviseur",
    "big5_wonen": "Wonen",
    "big5_inkomen": "Inkomen",
    "big5_welzijn": "Welzijn",
    "big5_werk-en-school": "Werk en school",
    "big5_support": "Steun",
    "cred_diploma": "diploma",
    "cred_certificaat": "mbo-certificaat",
    "cred_praktijkverklaring": "praktijkverklaring",
    "cred_schoolverklaring": "verklaring van de school",
    "kind_kwalificatie": "opleiding",
    "kind_keuzedeel": "keuzedeel",
    "kind_certificaat": "certificaat",
    "kind_praktijkverklaring": "praktijkverklaring",
    "kind_module": "korte cursus",
    "leerweg_bol": "BOL (naar school)",
    "leerweg_bbl": "BBL (werken en leren)",
    "leerweg_derde-leerweg": "leren op de werkplek",
    "leerweg_kort": "korte cursus",
    "cefr_onbekend": "nog niet bekend",
    "cefr_geen": "nog geen Nederlands",
    "edu_geen": "geen diploma",
    "edu_basisonderwijs": "basisschool",
    "edu_praktijkonderwijs": "praktijkonderwijs",
    "edu_vmbo-bb": "vmbo basis",
    "edu_vmbo-kb": "vmbo kader",
    "edu_vmbo-gt": "vmbo gemengd/theoretisch",
    "edu_havo": "havo",
    "edu_vwo": "vwo",
    "edu_mbo-1": "mbo niveau 1 (Entree)",
    "edu_mbo-2": "mbo niveau 2",
    "edu_mbo-3": "mbo niveau 3",
    "edu_mbo-4": "mbo niveau 4",
    "edu_hbo": "hbo",
    "edu_wo": "universiteit",
    "edu_buitenland-vo": "middelbare school (buitenland)",
    "edu_buitenland-mbo": "beroepsopleiding (buitenland)",
    "edu_buitenland-ho": "hoger onderwijs (buitenland)",
}

EN: dict[str, str] = {
    "doc_title": "Personal development plan",
    "doc_subject": "Learning route and agreements",
    "sample_mark": "SAMPLE DATA",
    "sample_banner": "SAMPLE DATA: this plan uses sample data, not a real offering.",
    "for": "For",
    "advisor": "Advisor",
    "date": "Date",
    "region": "Region",
    "plan_id": "Plan",
    "version": "version",
    "page_of": "page {page} of {total}",
    "start_title": "Where you are now",
    "education": "Education",
    "startkwalificatie": "Basic qualification",
    "yes": "yes",
    "no": "no",
    "sk_yes": "yes, you have a basic qualification (startkwalificatie)",
    "sk_no": "no, you do not have a basic qualification yet (havo, vwo or mbo 2+ diploma)",
    "not_completed": "not completed",
    "experience": "Work experience",
    "volunteer": "volunteer work",
    "years": "{n} years",
    "years_one": "{n} year",
    "dutch": "Dutch",
    "native": "native speaker",
    "hours": "Time for learning",
    "hours_value": "{n} hours per week",
    "none": "none",
    "contact": "Contact",
    "phone": "phone",
    "email": "e-mail",
    "goal_wish_credential": "you want a {credential}",
    "goal_none": "no goal chosen yet",
    "goal_notes": "Please note",
    "route_leads_to": "This route leads to",
    "route_leads_to_value": "{title}: {credential}",
    "prospects_sample": "sample figure",
    "no_route_title": "Why there is no route yet",
    "no_route_intro": "There is no course yet that fits you. Below you can read why. With the "
    "agreements in this plan we work together towards a route.",
    "before_start": "before the start on {date}",
    "tight": "note: little time",
    "referral_open": "still to arrange, together with your advisor",
    "goal_title": "Your goal",
    "goal": "Goal",
    "prospects": "Job prospects",
    "prospects_value": "{word} ({rating} of 5) in {region}",
    "prospects_source": "Source: {source}, {date}",
    "prospects_unknown": "no figures known for this region",
    "rating_1": "low",
    "rating_2": "moderate",
    "rating_3": "fair",
    "rating_4": "good",
    "rating_5": "very good",
    "route_title": "Your route",
    "route_summary": "{n} steps, from {start} to {end} (about {weeks} weeks). Total cost: {cost}.",
    "route_summary_one": "1 step, from {start} to {end} (about {weeks} weeks). Total cost: {cost}.",
    "route_empty": "No steps have been planned yet.",
    "step": "Step",
    "what": "What",
    "code_level": "Code / level",
    "where": "Where",
    "when": "When",
    "hours_week": "Hrs/wk",
    "credential": "You get",
    "cost": "Cost and funding",
    "level": "level {n}",
    "alongside": "alongside your work or another step",
    "bridging": "first step",
    "free": "free",
    "paid_by": "paid by: {name}",
    "loan_from": "you borrow: {name}",
    "you_pay": "you pay: {amount}",
    "payments_title": "Who pays what",
    "why_title": "Why this route",
    "gaps_title": "Still to arrange",
    "blocking": "needed first",
    "check_first": "check first",
    "stones_title": "Learning further afterwards",
    "stones_way_title": "What you gain on the way",
    "stone_way": "{title}: {credential}{details}, around {date}",
    "stone_dutch": "{title}: Dutch at level {level}, around {date}",
    "stone_next": "{title}{details}: {credential}",
    "stone_crebo": "crebo {code}",
    "month_names": "January February March April May June July August September October November December",
    "date_unknown": "date not known yet",
    "referrals_title": "Help with other matters",
    "actions_title": "Agreements: who does what",
    "who": "Who",
    "action_what": "What",
    "due": "Done by",
    "no_due": "as soon as possible",
    "appointment_title": "Next appointment",
    "appointment_value": "We will talk again on {date}.",
    "appointment_none": "We will make a new appointment together.",
    "notes_title": "Notes",
    "privacy_title": "Your data",
    "privacy_text": "{school} uses your data only to help you find suitable training or work, "
    "and only for what you gave consent for. We keep your data no longer than {months} months "
    "after the last conversation. Then we delete it. We keep a backup no longer either. You may "
    "always ask which data we hold: you then get all of it. You may also ask us to correct or "
    "delete something. You may withdraw your consent at any time, as easily as you gave it. We "
    "share your data with the school, UWV or the municipality only if you agree. We never ask "
    "for your citizen service number (BSN).",
    "sign_title": "Signatures",
    "sign_candidate": "Candidate",
    "sign_advisor": "Advisor",
    "sign_name": "Name",
    "sign_date": "Date",
    "qr_label": "Plan {id}, version {version}",
    "party_kandidaat": "You",
    "party_adviseur": "Advisor",
    "big5_wonen": "Housing",
    "big5_inkomen": "Income",
    "big5_welzijn": "Well-being",
    "big5_werk-en-school": "Work and school",
    "big5_support": "Support",
    "cred_diploma": "diploma",
    "cred_certificaat": "mbo certificate",
    "cred_praktijkverklaring": "workplace statement",
    "cred_schoolverklaring": "school statement",
    "kind_kwalificatie": "qualification",
    "kind_keuzedeel": "elective unit",
    "kind_certificaat": "certificate",
    "kind_praktijkverklaring": "workplace statement",
    "kind_module": "short course",
    "leerweg_bol": "BOL (school-based)",
    "leerweg_bbl": "BBL (work-based)",
    "leerweg_derde-leerweg": "learning at the workplace",
    "leerweg_kort": "short course",
    "cefr_onbekend": "not known yet",
    "cefr_geen": "no Dutch yet",
    "edu_geen": "no diploma",
    "edu_basisonderwijs": "primary school",
    "edu_praktijkonderwijs": "practical education",
    "edu_vmbo-bb": "vmbo basic",
    "edu_vmbo-kb": "vmbo advanced vocational",
    "edu_vmbo-gt": "vmbo combined/theoretical",
    "edu_havo": "havo (senior general secondary)",
    "edu_vwo": "vwo (pre-university)",
    "edu_mbo-1": "mbo level 1 (Entree)",
    "edu_mbo-2": "mbo level 2",
    "edu_mbo-3": "mbo level 3",
    "edu_mbo-4": "mbo level 4",
    "edu_hbo": "hbo (university of applied sciences)",
    "edu_wo": "university",
    "edu_buitenland-vo": "secondary school (abroad)",
    "edu_buitenland-mbo": "vocational training (abroad)",
    "edu_buitenland-ho": "higher education (abroad)",
}

TEXTS: dict[str, dict[str, str]] = {"nl": NL, "en": EN}
LANGUAGES = tuple(TEXTS)


def texts(lang: str) -> dict[str, str]:
    """The table for `lang`; unknown languages fall back to Dutch."""
    return TEXTS.get(lang, NL)


def check_complete() -> dict[str, set[str]]:
    """Keys missing per language, compared with Dutch (empty when all tables are complete)."""
    return {lang: set(NL) - set(table) for lang, table in TEXTS.items() if set(NL) - set(table)}


# --- Gaps and the actions made from them (issue 14: the matcher returns codes, the plan words them) ---
#
# One entry per GapCode (and per variant a code's arguments choose); `gap_text` fills them. The
# screen has its own words for the same codes (ui/views/route_words.py, translatable). Dutch at B1.

GAPS: dict[str, dict[str, str]] = {
    "nl": {
        "geen-uren": "Er zijn (nog) geen uren per week om te leren vastgelegd. Eerst uitzoeken wanneer "
        "er tijd is en dat invullen; daarna kan een route gemaakt worden.",
        "geen-doel": "Er is nog geen doel vastgelegd.",
        # also on a plan without a route: "this route" would point at nothing
        "niveau-nederlands-onbekend": "Het niveau Nederlands is nog niet bekend. Tot het bekend is, gaan "
        "we uit van geen Nederlands; met uw echte niveau kan een route veel korter zijn. Vul bij Taal "
        "(Alt+3) het niveau Nederlands in, of zet het vinkje bij moedertaal. Dan zoeken we opnieuw.",
        "diplomawaardering": "Laat eerst uw buitenlandse diploma waarderen. Vraag een diplomawaardering "
        "aan bij IDW (Internationale Diplomawaardering van Nuffic en SBB, idw.nl). Stuur een kopie van "
        "uw diploma, cijferlijst en paspoort mee. Dan weet de school op welk niveau u kunt beginnen.",
        "big-register": "{Term} is een BIG-beroep. Met een buitenlands diploma in dit vak vraagt u eerst "
        "erkenning aan bij CIBG (BIG-register, bigregister.nl). Pas daarna mag u als {term} werken. "
        "Met een Nederlands diploma schrijft u zich na uw diploma in.",
        "kwalificatieplicht": "Tot uw 18e bent u kwalificatieplichtig: u volgt een opleiding tot u een "
        "startkwalificatie heeft (havo, vwo of een mbo-diploma op niveau 2 of hoger). Dat kan op "
        "school (BOL) of in BBL (werken en leren), met een baan. De leerplichtambtenaar van uw "
        "gemeente let daarop.",
        "rmc": "U bent jonger dan 23 en heeft nog geen startkwalificatie. De RMC-consulent van uw "
        "gemeente (Regionale Meld- en Coördinatiefunctie) helpt u een opleiding te vinden en houdt "
        "contact tot u een diploma op niveau 2 of hoger heeft. Meld u daar als u nog geen begeleider "
        "heeft.",
        "nt2": "Voor {what} is Nederlands op {need} nodig; u heeft nu {now}. Volg Nederlands (NT2) vóór "
        "of naast de opleiding.{example}",
        "nt2_example": " Bijvoorbeeld: {title}.",
        "nt2_need": "{level} (ongeveer {cefr})",
        "erkend-leerbedrijf": "Erkend leerbedrijf? BBL bij uw werkgever kan alleen als die een erkend "
        "leerbedrijf is voor deze opleiding. Zoek uw werkgever op in het register van SBB (s-bb.nl, "
        "leerbedrijven zoeken). Staat die er niet in, dan vraagt de werkgever erkenning aan bij SBB.",
        "erkend-leerbedrijf_work": "Erkend leerbedrijf? Leren op de werkplek bij uw werkgever kan alleen "
        "als die een erkend leerbedrijf is voor deze opleiding: daar beoordeelt de praktijkopleider wat u "
        "kunt. Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat die er "
        "niet in, dan vraagt de werkgever erkenning aan bij SBB.",
        "leerbedrijf": "Zoek vóór {due} een baan of leerplek bij een erkend leerbedrijf. {how} Kijk "
        "samen op leerbanenmarkt.nl (SBB).",
        "leerbedrijf_bbl": "In BBL (werken en leren) hoort een baan bij de opleiding.",
        "leerbedrijf_work": "U leert op de werkplek.",
        "vog": "Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. Vraag die op tijd aan.",
        "vog_goal": "dit doel",
        "financiering": "Voor een deel van de kosten is nog geen regeling gevonden. Bespreek werkgever, "
        "gemeente, UWV of levenlanglerenkrediet.",
        "financiering-te-lang": "{scheme} betaalt alleen een opleiding van hoogstens {most} weken. "
        "{title} duurt ongeveer {weeks} weken, dus {scheme} betaalt deze {amount} niet zomaar. Vraag "
        "{ask} wat mogelijk is, en bespreek een andere betaler: de school of het bedrijf waar u gaat "
        "werken en leren, of de gemeente. Tot dat geregeld is, staat dit bedrag bij wat u zelf betaalt.",
        "reisgebied": "Het reisgebied is niet vastgelegd; alle regio's zijn bekeken.",
        "evc": "Start de EVC-procedure vóór {day}: een erkende EVC-aanbieder beoordeelt uw ervaring en "
        "geeft een ervaringscertificaat. Daarmee vraagt u vrijstellingen aan bij de school. Vraag ook "
        "wie de EVC betaalt.",
        "evc-praktijk": "Vertel de praktijkopleider vóór {day} wat u al kunt. Werkprocessen die u al "
        "beheerst, kunt u meteen laten zien.",
        "evc-vragen": "Vraag naar een EVC-procedure: uw ervaring als {role} kan misschien delen van de "
        "opleiding vervangen.",
        "lichamelijk": "{title} is lichamelijk zwaar werk ({term}). U heeft een lichamelijke klacht "
        "genoemd ({limit}). Bespreek met de bedrijfsarts of UWV of dit werk lichamelijk past.",
        "big5": "{domain}: {note}.{referral}",
        "big5_note": "hier speelt iets",
        "big5_referred": " Verwezen naar: {to}.",
        "big5_open": " Regel hulp voordat de route start.",
        "buiten-bereik": "Er is geen opleiding gevonden die bij het doel past.",
        "buiten-bereik_held": "U heeft het passende diploma of certificaat al.",
        "buiten-bereik_dutch-reached": "Uw Nederlands is al op het niveau van de passende taalcursus; "
        "die is dus niet nodig.",
        "buiten-bereik_no-offering": "Voor dit doel is er nu geen aanbod in de catalogus.",
        "buiten-bereik_expired": "Het passende aanbod staat in de catalogus alleen onder een oude code; "
        "nieuwe studenten beginnen aan de opleiding met de nieuwe code.",
        "buiten-bereik_region": "Het passende aanbod is buiten het reisgebied.",
        "buiten-bereik_hours": "Het passende aanbod vraagt meer uren per week dan er vrij zijn.",
        "buiten-bereik_leerweg": "Het passende aanbod is er alleen in een andere leerweg dan gewenst "
        "(bijvoorbeeld BOL terwijl BBL gewenst is).",
        "buiten-bereik_prerequisites": "Aan de toelatingseisen kan nu niet worden voldaan, ook niet met "
        "een tussenstap in het aanbod.",
        "buiten-bereik_dates": "Er is geen startmoment in de gewenste periode.",
        "buiten-bereik_kwalificatieplicht": "Onder de 18 zonder startkwalificatie past alleen een "
        "opleiding naar een diploma (BOL, of BBL met een baan); die is er nu niet voor dit doel.",
        "buiten-bereik_entree": "Entree is alleen voor wie nog geen diploma op niveau 2 of hoger heeft.",
        "buiten-bereik-regel": "De passende routes breken een regel: {rule}.",
        "doel-onbekend": "'{goal}' is geen mbo-opleiding of cursus die wij kennen. We kiezen samen een "
        "opleiding die bij uw doel past. Daarna zoeken we opnieuw naar een route.",
        "doel-breed": "Het doel '{goal}' is nog breed ({field}). Kies samen een opleiding in dat "
        "vakgebied.{missed}",
        "doel-breed_none": " Een opleiding in {field} is er nu niet voor u.",
        "doel-breed_example": " Een opleiding in {field} is er nu niet: {title} bijvoorbeeld {why}.",
        "doel-niet-in-aanbod": "Uw doel {goal} staat niet in het aanbod van deze school.{near}",
        "doel-niet-in-aanbod_same": " Wel in het aanbod, verwant (zelfde beroepsopleiding): {names}.",
        "doel-niet-in-aanbod_field": " Wel in het aanbod, verwant (zelfde domein): {names}.",
        "doel-niet-in-aanbod_none": " Er is ook geen verwante opleiding in het aanbod; bekijk samen een "
        "ander doel.",
        "doel-buiten-bereik-reisgebied": "Uw doel {goal} wordt niet gegeven in uw reisgebied; het "
        "dichtstbij is {names}.",
        "km": "{name} (ongeveer {km} km)",
        "doel-buiten-bereik": "Een route naar {title} zelf is er nu niet: die opleiding {why}. Wat wel "
        "is voorgesteld, komt zo dicht mogelijk bij uw doel.",
        "own_no-offering": "staat nu niet in het aanbod",
        "own_expired": "staat in het aanbod alleen onder een oude code, waarmee u niet meer kunt beginnen",
        "own_region": "wordt niet gegeven in uw reisgebied",
        "own_hours": "vraagt meer uren per week dan u heeft",
        "own_leerweg": "is er niet in de leerweg die u wilt",
        "own_prerequisites": "vraagt toelatingseisen die nu nog niet te halen zijn",
        "own_dates": "heeft geen startmoment in de gewenste periode",
        "own_held": "heeft u al",
        "own_dutch-reached": "is niet nodig: uw Nederlands is al op dat niveau",
        "own_rule": "breekt een regel: {rule}",
        "own_other": "past nu niet binnen de regels",
        "geen-route-gekozen": "Er zijn routes mogelijk, maar we kiezen er nu nog geen. We bespreken ze "
        "bij de volgende afspraak.",
        "named_level": "{name} (niveau {level})",
        "levels_sep": "/",
        "cefr_native": "moedertaal",
        "cefr_none": "nog geen Nederlands",
        "cefr_unknown": "niveau nog niet bekend",
        "rule_aanbod": "stap bestaat in het aanbod",
        "rule_startmoment": "start op een startmoment",
        "rule_voorkennis": "toelatingseisen",
        "rule_volgorde": "volgorde van stappen",
        "rule_uren": "uren per week",
        "rule_niet-voor-vandaag": "niet starten in het verleden",
        "rule_startperiode": "gewenste startperiode",
        "rule_regio": "reisgebied",
        "rule_max-weken": "hoogstens 40 weken bij deze financiering",
        "rule_financiering": "voorwaarden van de financiering",
        "rule_leerbedrijf": "BBL alleen met baan of leerbedrijf",
        "rule_vog": "VOG aangegeven",
        "rule_leerweg": "gewenste leerweg",
        "rule_40-weken": "40-wekenregel (mobiliteitsteam, praktijkleren)",
        "rule_ervaring": "korter door ervaring (EVC)",
        "rule_kwalificatieplicht": "kwalificatieplicht: onder 18 eerst een schoolroute",
        "rule_entree": "Entree alleen zonder diploma op niveau 2 of hoger",
        # what to do about a reason no route fits yet (plans with no route; matching/plan_content.py)
        "answer_geen-uren": "Zoek uit wanneer u tijd heeft om te leren, en hoeveel uur per week.",
        "answer_geen-doel": "Denk na over wat u wilt worden. We kiezen samen een doel.",
        "answer_doel-onbekend": "Samen een opleiding kiezen die bij uw doel past, en dan opnieuw zoeken "
        "naar een route.",
        "answer_kwalificatieplicht": "Kies samen met uw adviseur een opleiding naar een diploma: op "
        "school (BOL) of in BBL (werken en leren).",
        "answer_geen-route-gekozen": "De mogelijke routes samen bespreken en er een kiezen.",
        "answer_no-offering": "Zoeken naar aanbod voor uw doel bij andere scholen of aanbieders, en naar "
        "een doel dat er dichtbij ligt.",
        "answer_region": "Bekijk of u verder kunt reizen. Dan zoeken we ook in andere regio's.",
        "answer_hours": "Kijk of u meer uren per week vrij kunt maken om te leren.",
        "answer_leerweg": "Denk na of een andere manier van leren (naar school, of werken en leren) ook "
        "kan.",
        "answer_prerequisites": "Uitzoeken welke opstap nodig is om toegelaten te worden, bijvoorbeeld "
        "eerst Nederlands of een lager niveau.",
        "answer_dates": "De volgende startmomenten opzoeken.",
        "answer_expired": "De school vragen naar de opleiding met de nieuwe code, en of die in de "
        "catalogus kan komen.",
        "answer_held": "Samen een volgende stap kiezen: u heeft dit diploma al.",
        "answer_dutch-reached": "Samen een volgende stap kiezen: uw Nederlands is al op dit niveau.",
        "answer_big5": "Hulp regelen bij: {domain}{note}.",
    },
    "en": {
        "geen-uren": "No hours a week for learning have been recorded (yet). First find out when there "
        "is time and fill it in; then a route can be made.",
        "geen-doel": "No goal has been recorded yet.",
        "niveau-nederlands-onbekend": "The level of Dutch is not known yet. Until it is, we assume no "
        "Dutch; with your real level a route may be much shorter. Fill in the level of Dutch under "
        "Language (Alt+3), or tick native speaker. Then we search again.",
        "diplomawaardering": "First have your foreign diploma evaluated. Apply for a diploma evaluation "
        "at IDW (International Diploma Evaluation by Nuffic and SBB, idw.nl). Send a copy of your "
        "diploma, transcript and passport. Then the school knows at which level you can start.",
        "big-register": "{Term} is a BIG-registered profession. With a foreign diploma in this field, "
        "first apply for recognition at CIBG (BIG register, bigregister.nl). Only then may you work as "
        "a {term}. With a Dutch diploma you register after graduating.",
        "kwalificatieplicht": "Until you are 18 you have a duty to keep learning until you have a basic "
        "qualification (havo, vwo or an mbo diploma at level 2 or higher): at school (BOL) or working "
        "and learning in BBL (work-based), with a job. The school attendance officer of your "
        "municipality checks this.",
        "rmc": "You are under 23 and have no basic qualification yet. The RMC officer of your "
        "municipality (regional registration of early school-leavers) helps you find a course and "
        "stays in touch until you have a diploma at level 2 or higher. Contact them if you have no "
        "coach yet.",
        "nt2": "{what} needs Dutch at {need}; you now have {now}. Take Dutch (NT2) before or alongside "
        "the course.{example}",
        "nt2_example": " For example: {title}.",
        "nt2_need": "{level} (about {cefr})",
        "erkend-leerbedrijf": "Recognised training company? BBL with your employer is only possible if "
        "the employer is a recognised training company (erkend leerbedrijf) for this course. Look your "
        "employer up in SBB's register (s-bb.nl). If it is not there, the employer applies to SBB for "
        "recognition.",
        "erkend-leerbedrijf_work": "Recognised training company? Learning at work with your employer is "
        "only possible if the employer is a recognised training company (erkend leerbedrijf) for this "
        "course: there the workplace trainer judges what you can do. Look your employer up in SBB's "
        "register (s-bb.nl). If it is not there, the employer applies to SBB for recognition.",
        "leerbedrijf": "Find a job or placement at a recognised training company before {due}. {how} "
        "Look together on leerbanenmarkt.nl (SBB).",
        "leerbedrijf_bbl": "In BBL (work-based) a job comes with the course.",
        "leerbedrijf_work": "You learn at the workplace.",
        "vog": "{What} needs a certificate of conduct (VOG). Apply in good time.",
        "vog_goal": "this goal",
        "financiering": "No scheme was found yet for part of the cost. Discuss employer, municipality, "
        "UWV or a lifelong learning loan.",
        "financiering-te-lang": "{scheme} only pays for a course of at most {most} weeks. {title} takes "
        "about {weeks} weeks, so {scheme} will not simply pay this {amount}. Ask {ask} what is "
        "possible, and discuss another payer: the school or company where you will work and learn, or "
        "the municipality. Until that is settled, this amount is shown as what you pay yourself.",
        "reisgebied": "The travel area is not recorded; all regions were searched.",
        "evc": "Start the EVC procedure before {day}: a recognised EVC provider assesses your "
        "experience and gives an experience certificate (ervaringscertificaat). With it you ask the "
        "school for exemptions. Also ask who pays for the EVC.",
        "evc-praktijk": "Tell the workplace trainer before {day} what you can already do. Work "
        "processes you master you can show right away.",
        "evc-vragen": "Ask about recognition of prior learning (EVC): your experience as {role} may "
        "replace parts of the course.",
        "lichamelijk": "{title} is physically heavy work ({term}). You mentioned a physical complaint "
        "({limit}). Discuss with the company doctor or UWV whether this work suits you physically.",
        "big5": "{domain}: {note}.{referral}",
        "big5_note": "there is an issue here",
        "big5_referred": " Referred to: {to}.",
        "big5_open": " Arrange help before the route starts.",
        "buiten-bereik": "No course was found that fits the goal.",
        "buiten-bereik_held": "You already hold the fitting diploma or certificate.",
        "buiten-bereik_dutch-reached": "Your Dutch is already at the level of the fitting language "
        "course, so it is not needed.",
        "buiten-bereik_no-offering": "There is no offering for this goal in the catalog now.",
        "buiten-bereik_expired": "The fitting offering is in the catalog only under an old code; new "
        "students start the course with the new code.",
        "buiten-bereik_region": "The fitting offering is outside the travel area.",
        "buiten-bereik_hours": "The fitting offering asks for more hours a week than are free.",
        "buiten-bereik_leerweg": "The fitting offering only runs in another learning path than wished "
        "(for example BOL while BBL is wished).",
        "buiten-bereik_prerequisites": "The entry requirements cannot be met now, not even with a "
        "bridging step.",
        "buiten-bereik_dates": "There is no start date in the wished period.",
        "buiten-bereik_kwalificatieplicht": "Under 18 without a basic qualification only a programme "
        "towards a diploma fits (BOL, or BBL with a job); there is none for this goal now.",
        "buiten-bereik_entree": "Entree is only for people without a diploma at level 2 or higher.",
        "buiten-bereik-regel": "The fitting routes break a rule: {rule}.",
        "doel-onbekend": "'{goal}' is not an mbo course or training we know. We choose a course that "
        "fits your goal together. Then we search for a route again.",
        "doel-breed": "The goal '{goal}' is still broad ({field}). Choose a qualification in that field "
        "together.{missed}",
        "doel-breed_none": " There is no course in {field} for you now.",
        "doel-breed_example": " There is no course in {field} now: {title}, for example, {why}.",
        "doel-niet-in-aanbod": "Your goal {goal} is not in this school's offering.{near}",
        "doel-niet-in-aanbod_same": " In the offering and related (same vocational programme): {names}.",
        "doel-niet-in-aanbod_field": " In the offering and related (same field): {names}.",
        "doel-niet-in-aanbod_none": " There is no related course in the offering either; look at "
        "another goal together.",
        "doel-buiten-bereik-reisgebied": "Your goal {goal} is not given in your travel area; the nearest "
        "is {names}.",
        "km": "{name} (about {km} km)",
        "doel-buiten-bereik": "There is no route to {title} itself now: that course {why}. What is "
        "proposed comes as close to your goal as possible.",
        "own_no-offering": "is not in the catalog now",
        "own_expired": "is in the catalog only under an old code, which you can no longer start",
        "own_region": "is not given in your travel area",
        "own_hours": "asks more hours a week than you have",
        "own_leerweg": "does not run in the learning path you want",
        "own_prerequisites": "has entry requirements that cannot be met yet",
        "own_dates": "has no start in the wished period",
        "own_held": "is something you already hold",
        "own_dutch-reached": "is not needed: your Dutch is already at that level",
        "own_rule": "breaks a rule: {rule}",
        "own_other": "does not fit within the rules now",
        "geen-route-gekozen": "Routes are possible, but we do not choose one yet. We discuss them at the "
        "next appointment.",
        "named_level": "{name} (level {level})",
        "levels_sep": "/",
        "cefr_native": "native",
        "cefr_none": "no Dutch yet",
        "cefr_unknown": "level not known yet",
        "rule_aanbod": "step exists in the catalog",
        "rule_startmoment": "start on a start date",
        "rule_voorkennis": "entry requirements",
        "rule_volgorde": "order of steps",
        "rule_uren": "hours per week",
        "rule_niet-voor-vandaag": "no start in the past",
        "rule_startperiode": "preferred start window",
        "rule_regio": "travel area",
        "rule_max-weken": "at most 40 weeks with this funding",
        "rule_financiering": "funding conditions",
        "rule_leerbedrijf": "BBL only with a job or training company",
        "rule_vog": "certificate of conduct flagged",
        "rule_leerweg": "preferred learning path",
        "rule_40-weken": "40-week rule (mobility team, praktijkleren)",
        "rule_ervaring": "shorter through experience (EVC)",
        "rule_kwalificatieplicht": "qualification duty: under 18 a school route first",
        "rule_entree": "Entree only without a diploma at level 2 or higher",
        "answer_geen-uren": "Find out when you have time to learn, and how many hours a week.",
        "answer_geen-doel": "Think about what you want to become. We choose a goal together.",
        "answer_doel-onbekend": "Choose a course that fits your goal together, then search for a route "
        "again.",
        "answer_kwalificatieplicht": "Choose a course towards a diploma together with your advisor: at "
        "school (BOL) or in BBL (work-based).",
        "answer_geen-route-gekozen": "Discuss the possible routes together and choose one.",
        "answer_no-offering": "Look for an offering for your goal at other schools or providers, and "
        "for a goal close to it.",
        "answer_region": "Check whether you can travel further. Then we also search other regions.",
        "answer_hours": "See whether you can free more hours a week for learning.",
        "answer_leerweg": "Consider whether another way of learning (at school, or working and "
        "learning) would also work.",
        "answer_prerequisites": "Find out which first step is needed to be admitted, for example Dutch "
        "first or a lower level.",
        "answer_dates": "Look up the next start dates.",
        "answer_expired": "Ask the school about the course with the new code, and whether it can be added "
        "to the catalog.",
        "answer_held": "Choose a next step together: you already hold this diploma.",
        "answer_dutch-reached": "Choose a next step together: your Dutch is already at this level.",
        "answer_big5": "Arrange help with: {domain}{note}.",
    },
}

_CEFR_OF = {RefLevel.F1: "A2", RefLevel.F2: "B1", RefLevel.F3: "B2", RefLevel.F4: "C1"}


def _day(d: date | None, lang: str) -> str:
    if d is None:
        return ""
    return d.strftime("%d/%m/%Y" if lang == "en" else "%d-%m-%Y")


def _amount(amount: Decimal, lang: str) -> str:
    whole = f"{amount:,.0f}"
    return f"€{whole}" if lang == "en" else "€ " + whole.replace(",", ".")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _level_name(name: str, level: int | None, levels: tuple[int, ...], w: dict[str, str]) -> str:
    shown = w["levels_sep"].join(str(n) for n in levels) if levels else (str(level) if level else "")
    return w["named_level"].format(name=name, level=shown) if shown else name


def _own_why(a: GapArgs, w: dict[str, str]) -> str:
    if a.why is not None and f"own_{a.why.value}" in w:
        return w[f"own_{a.why.value}"]
    if a.rule is not None:
        return w["own_rule"].format(rule=w[f"rule_{a.rule.value}"])
    return w["own_other"]


def gap_text(gap: Gap, lang: str) -> str:
    """The words of `gap` for the printed plan and the command line (Dutch unless `lang` is "en").
    A gap saved before gaps were typed keeps the words it was saved with."""
    saved = gap.text_en if lang == "en" else gap.text_nl
    if saved:
        return saved
    w = GAPS.get(lang, GAPS["nl"])
    a, code = gap.args, gap.code
    if code is GapCode.BIG_REGISTER:
        term = a.term.word(lang) if a.term is not None else ""
        return w[code].format(Term=_cap(term), term=term)
    if code is GapCode.NT2:
        need = (w["nt2_need"].format(level=a.need.value, cefr=_CEFR_OF[a.need])
                if a.need is not None else "")
        now = {None: w["cefr_native"], Cefr.NONE: w["cefr_none"], Cefr.UNKNOWN: w["cefr_unknown"]}.get(
            a.dutch, a.dutch.value if a.dutch is not None else "")
        example = w["nt2_example"].format(title=a.example) if a.example else ""
        return w[code].format(what=_level_name(a.title, a.level, (), w), need=need, now=now,
                              example=example)
    if code is GapCode.LEERBEDRIJF:
        how = w["leerbedrijf_bbl"] if a.leerweg is Leerweg.BBL else w["leerbedrijf_work"]
        return w[code].format(due=_day(gap.due, lang), how=how)
    if code is GapCode.VOG:
        what = a.title or w["vog_goal"]
        return w[code].format(what=what, What=_cap(what))
    if code is GapCode.FUNDING_TOO_LONG:
        return w[code].format(scheme=a.scheme.word(lang) if a.scheme else "", most=a.most, title=a.title,
                              weeks=a.weeks, amount=_amount(a.amount, lang),
                              ask=a.ask.word(lang) if a.ask else "")
    if code in (GapCode.EVC, GapCode.EVC_WORKPLACE):
        return w[code].format(day=_day(a.day, lang))
    if code is GapCode.EVC_ASK:
        return w[code].format(role=a.role)
    if code is GapCode.PHYSICAL:
        return w[code].format(title=a.title, term=a.term.word(lang) if a.term else "",
                              limit=a.limit.word(lang) if a.limit else "")
    if code is GapCode.BIG5:
        domain = texts(lang).get(f"big5_{a.domain.value}", "") if a.domain is not None else ""
        referral = w["big5_referred"].format(to=a.referral) if a.referral else w["big5_open"]
        return w[code].format(domain=domain, note=a.note or w["big5_note"], referral=referral)
    if code is GapCode.OUT_OF_REACH:
        return w[f"{code}_{a.why.value}"] if a.why is not None else w[code]
    if code is GapCode.OUT_OF_REACH_RULE:
        return w[code].format(rule=w[f"rule_{a.rule.value}"] if a.rule is not None else "")
    if code is GapCode.GOAL_UNKNOWN:
        return w[code].format(goal=a.goal)
    if code is GapCode.GOAL_BROAD:
        missed = ""
        if a.missed and a.title:
            missed = w["doel-breed_example"].format(field=a.field, title=a.title, why=_own_why(a, w))
        elif a.missed:
            missed = w["doel-breed_none"].format(field=a.field)
        return w[code].format(goal=a.goal, field=a.field, missed=missed)
    if code is GapCode.GOAL_NOT_OFFERED:
        names = ", ".join(_level_name(n.name, n.level, (), w) for n in a.places)
        near = (w["doel-niet-in-aanbod_same" if a.same else "doel-niet-in-aanbod_field"].format(names=names)
                if names else w["doel-niet-in-aanbod_none"])
        return w[code].format(goal=_level_name(a.title, None, a.levels, w), near=near)
    if code is GapCode.GOAL_OUT_OF_AREA:
        names = ", ".join(w["km"].format(name=n.name, km=n.km) if n.km is not None else n.name
                          for n in a.places)
        return w[code].format(goal=_level_name(a.title, None, a.levels, w), names=names)
    if code is GapCode.GOAL_OWN_OUT_OF_REACH:
        return w[code].format(title=a.title, why=_own_why(a, w))
    return w[_plain_key(gap)]  # the codes without arguments


def _plain_key(gap: Gap) -> str:
    """The key of a gap worded without arguments; the erkend leerbedrijf is worded for BBL, or for
    learning at work in the derde leerweg (args.leerweg)."""
    if gap.code is GapCode.ERKEND_LEERBEDRIJF and gap.args.leerweg not in (None, Leerweg.BBL):
        return "erkend-leerbedrijf_work"
    return gap.code.value


def action_text(action: Action, lang: str) -> str:
    """The words of a plan action: the advisor's own (as typed), the gap it comes from, or what to
    do about a reason no route fits yet (`answer`)."""
    gap = action.gap
    if gap is None:
        return action.what_en if lang == "en" and action.what_en else action.what
    if not action.answer:
        return gap_text(gap, lang)
    w = GAPS.get(lang, GAPS["nl"])
    a = gap.args
    if gap.code is GapCode.BIG5:
        domain = texts(lang).get(f"big5_{a.domain.value}", "").lower() if a.domain is not None else ""
        return w["answer_big5"].format(domain=domain, note=f" ({a.note})" if a.note else "")
    key = f"answer_{a.why.value}" if gap.code is GapCode.OUT_OF_REACH and a.why is not None \
        else f"answer_{gap.code.value}"
    return w[key] if key in w else gap_text(gap, lang)


def check_gaps_complete() -> dict[str, set[str]]:
    """Keys missing per language in GAPS, compared with Dutch (empty when complete)."""
    nl = set(GAPS["nl"])
    return {lang: nl - set(table) for lang, table in GAPS.items() if nl - set(table)}


# --- Violations: a hard rule a route breaks (the command line; the screen has ui/views/route_words.py) ---

VIOLATIONS: dict[str, dict[str, str]] = {
    "nl": {
        "step": "{title} ({provider}, {location})",
        "geen-stappen": "De route heeft geen stappen.",
        "niet-in-aanbod": "{step} staat niet (meer) in het aanbod.",
        "wijkt-af": "{step} wijkt af van het aanbod (plaats, uren of duur).",
        "te-veel-vrijstelling": "{step} is {weeks} weken korter gepland dan het aanbod; de ervaring in de "
        "intake geeft hoogstens {most} weken vrijstelling.",
        "geen-startmoment": "{step} start niet op {day}.",
        "ontbreekt": "{step} vraagt {need}; dat ontbreekt nog.",
        "voor-eis-klaar": "{step} start voordat de stap voor {need} klaar is.",
        "need_nederlands": "Nederlands op {ref}",
        "need_diploma-niveau": "een diploma op niveau {level}",
        "need_startkwalificatie": "een startkwalificatie",
        "need_eerst": "eerst {other}",
        "voor-vorige-klaar": "{step} start voordat {other} klaar is.",
        "verleden": "{step} start in het verleden.",
        "voor-vroegste-start": "{step} start vóór {day}, de vroegste gewenste start.",
        "na-laatste-start": "De route start na {day}, de laatste gewenste start.",
        "leerweg": "{step} is {leerweg}; de kandidaat wil {wanted}.",
        "or": " of ",
        "buiten-reisgebied": "{step} is in {location}, buiten het reisgebied.",
        "financiering": "{step}: {problem}.",
        "subsidie": "{step}: {problem}.",
        "leerbedrijf": "{step} vraagt een baan bij een erkend leerbedrijf; zet 'leerbedrijf zoeken' in "
        "het plan.",
        "vog": "{step} vraagt een VOG; dat moet in het plan staan.",
        "vog_goal": "Voor dit doel is een VOG nodig; dat moet in het plan staan.",
        "geen-uren": "Er zijn geen uren per week beschikbaar.",
        "te-veel-uren": "Vanaf {day} vraagt de route {load} uur per week; er is {hours} uur.",
        "40-weken": "De route duurt {weeks} weken. Bij {why} mag een route hoogstens {most} weken duren.",
        "why_rmt": "een route van het regionaal mobiliteitsteam",
        "why_via": "financiering via {via}",
        "max-weken": "De route duurt {weeks} weken; de financiering staat hoogstens {most} toe.",
        "derde-leerweg-onder-18": "{title} is contractonderwijs (derde leerweg). Onder 18 zonder "
        "startkwalificatie is een schoolroute nodig: BOL, of BBL (werken en leren) met een baan.",
        "geen-schoolroute": "De route eindigt met {title}, geen diploma-opleiding. Onder 18 zonder "
        "startkwalificatie is een opleiding naar een diploma nodig (BOL, of BBL (werken en leren) met "
        "een baan), geen losse cursus.",
        "entree-niet": "{title} is Entree (niveau 1). Dat is voor wie nog geen diploma op niveau 2 of "
        "hoger, havo, vwo, hbo of wo heeft; deze kandidaat heeft dat wel.",
        "lw_bol": "BOL", "lw_bbl": "BBL (werken en leren)", "lw_derde-leerweg": "derde leerweg",
        "lw_kort": "een korte cursus",
        "fp_niet-in-tabel": "deze regeling staat niet in de tabel",
        "fp_praktijkplaats": "{scheme} gaat naar het leerbedrijf voor de praktijkplaats, niet naar het "
        "lesgeld",
        "fp_geen-subsidie": "{scheme} is geen subsidie voor een praktijkplaats",
        "fp_onder-18": "onder 18 zonder startkwalificatie is praktijkleren niet de route",
        "fp_niet-open": "{scheme} is niet open op {day}",
        "fp_situatie": "{scheme} is niet voor deze situatie ({situation})",
        "fp_max-leeftijd": "{scheme} geldt tot {most} jaar",
        "fp_min-leeftijd": "{scheme} geldt vanaf {most} jaar",
        "fp_bewijs": "{scheme} betaalt niet voor een {credential}",
        "fp_leerweg": "{scheme} geldt niet voor {leerweg}",
        "fp_verwijzer": "{scheme} betaalt alleen als de intake dat zegt (verwezen door of financiering "
        "vastgelegd)",
        "fp_werkgever": "{scheme} betaalt alleen via een werkgever",
        "fp_sector": "{scheme} betaalt alleen via een werkgever in de eigen sector, voor een opleiding in "
        "die sector",
    },
    "en": {
        "step": "{title} ({provider}, {location})",
        "geen-stappen": "The route has no steps.",
        "niet-in-aanbod": "{step} is not in the catalog.",
        "wijkt-af": "{step} differs from the catalog (place, hours or length).",
        "te-veel-vrijstelling": "{step} is planned {weeks} weeks shorter than the catalog; the experience "
        "in the intake allows at most {most} weeks.",
        "geen-startmoment": "{step} has no start on {day}.",
        "ontbreekt": "{step} needs {need}, which is missing.",
        "voor-eis-klaar": "{step} starts before the step giving {need} has ended.",
        "need_nederlands": "Dutch at {ref}",
        "need_diploma-niveau": "a diploma at level {level}",
        "need_startkwalificatie": "a basic qualification",
        "need_eerst": "{other} first",
        "voor-vorige-klaar": "{step} starts before {other} has ended.",
        "verleden": "{step} starts in the past.",
        "voor-vroegste-start": "{step} starts before {day}, the earliest wished start.",
        "na-laatste-start": "The route starts after {day}, the latest wished start.",
        "leerweg": "{step} is {leerweg}; the candidate wants {wanted}.",
        "or": " or ",
        "buiten-reisgebied": "{step} is in {location}, outside the travel area.",
        "financiering": "{step}: {problem}.",
        "subsidie": "{step}: {problem}.",
        "leerbedrijf": "{step} needs a job at a recognised training company; add finding one to the plan.",
        "vog": "{step} needs a certificate of conduct (VOG); the plan must say so.",
        "vog_goal": "This goal needs a certificate of conduct (VOG); the plan must say so.",
        "geen-uren": "No hours a week are available.",
        "te-veel-uren": "From {day} the route asks {load} hours a week; {hours} are available.",
        "40-weken": "The route takes {weeks} weeks. With {why} a route may take at most {most} weeks.",
        "why_rmt": "a route of the regional mobility team",
        "why_via": "funding through {via}",
        "max-weken": "The route takes {weeks} weeks; the funding allows at most {most}.",
        "derde-leerweg-onder-18": "{title} is contract training (third learning path). Under 18 without "
        "a basic qualification a school route is needed: BOL, or BBL (work-based) with a job.",
        "geen-schoolroute": "The route ends with {title}, not a diploma programme. Under 18 without a "
        "basic qualification a programme towards a diploma is needed (BOL, or BBL (work-based) with a "
        "job), not a loose course.",
        "entree-niet": "{title} is Entree (level 1), for people without a diploma at level 2 or higher, "
        "havo, vwo, hbo or wo; this candidate has one.",
        "lw_bol": "BOL (school-based)", "lw_bbl": "BBL (work-based)",
        "lw_derde-leerweg": "the third learning path (contract training)", "lw_kort": "a short course",
        "fp_niet-in-tabel": "this scheme is not in the table",
        "fp_praktijkplaats": "{scheme} goes to the training company for the practice place, not to the "
        "course fee",
        "fp_geen-subsidie": "{scheme} is not a practice-place subsidy",
        "fp_onder-18": "under 18 without a basic qualification praktijkleren is not the route",
        "fp_niet-open": "{scheme} is not open on {day}",
        "fp_situatie": "{scheme} does not cover this situation ({situation})",
        "fp_max-leeftijd": "{scheme} applies up to age {most}",
        "fp_min-leeftijd": "{scheme} applies from age {most}",
        "fp_bewijs": "{scheme} does not pay for a {credential}",
        "fp_leerweg": "{scheme} does not apply to {leerweg}",
        "fp_verwijzer": "{scheme} pays only when the intake says so (referred by it, or a funding line)",
        "fp_werkgever": "{scheme} pays only through an employer",
        "fp_sector": "{scheme} pays only through an employer in its own sector, for training in that "
        "sector",
    },
}


def rule_text(rule: Rule, lang: str) -> str:
    """A hard rule's name, as a heading ("Gewenste leerweg")."""
    name = GAPS.get(lang, GAPS["nl"])[f"rule_{rule.value}"]
    return name[:1].upper() + name[1:]


def violation_text(v: Violation, lang: str) -> str:
    """How `v` breaks its rule, in plain words (Dutch unless `lang` is "en")."""
    w = VIOLATIONS.get(lang, VIOLATIONS["nl"])
    a = v.args
    step = w["step"].format(title=a.title, provider=a.provider, location=a.location) if a.location \
        else a.title
    need = ""
    if a.need is not None:
        need = w[f"need_{a.need.value}"].format(ref=a.ref.value if a.ref else "", level=a.level,
                                                 other=a.other)
    problem = ""
    if a.problem is not None:
        problem = w[f"fp_{a.problem.value}"].format(
            scheme=a.scheme, day=_day(a.day, lang), most=a.most,
            situation=label(a.situation, lang) if a.situation is not None else "",
            credential=label(a.credential, lang) if a.credential is not None else "",
            leerweg=w[f"lw_{a.leerweg.value}"] if a.leerweg is not None else "")
    key = v.breach.value
    if v.breach is Breach.NEEDS_VOG and not a.title:
        key = "vog_goal"
    return w[key].format(
        step=step, title=a.title, location=a.location, weeks=a.weeks, most=a.most, day=_day(a.day, lang),
        need=need, other=a.other, problem=problem, load=f"{a.load:g}", hours=a.hours,
        leerweg=w[f"lw_{a.leerweg.value}"] if a.leerweg is not None else "",
        wanted=w["or"].join(w[f"lw_{x.value}"] for x in a.wanted),
        why=w["why_via"].format(via=a.via) if a.via else w["why_rmt"])


# --- Reasons: why a route (the printed plan and the command line; the screen: ui/views/route_words.py) ---

REASONS: dict[str, dict[str, str]] = {
    "nl": {
        "niveau-geen": "Dit is een korte opleiding zonder mbo-niveau.",
        "niveau-entree-al-diploma": "Entree is bedoeld voor wie nog geen diploma heeft; u heeft er al een.",
        "niveau-opstap": "Eerst {name} (niveau {level}), daarna niveau {target_level}: steeds één stap.",
        "entree_named": "Entree ({title})",
        "niveau-lager": "Niveau {target_level} is lager dan wat u al heeft (niveau {have}); in een nieuw "
        "vak kan dat een goede start zijn.",
        "niveau-volgende": "Niveau {target_level} is een goede volgende stap voor u.",
        "niveau-grote-stap": "Niveau {target_level} is een grote stap vanaf uw diploma (niveau {have}).",
        "niveau-grote-stap_geen": "Niveau {target_level} is een grote stap, want u heeft nog geen diploma.",
        "taal-genoeg": "Uw Nederlands is goed genoeg voor deze opleiding{asks}.",
        "taal-genoeg_asks": " (die vraagt {need})",
        "taal-onbekend": "Uw niveau Nederlands is nog niet bekend. Voor {title} is Nederlands op {need} "
        "nodig; deze route gaat ervan uit dat u nog geen Nederlands kent.",
        "taal-in-route": "{how}: {title}. Zo komt u van {now} op {need}, wat {target} vraagt.",
        "taal-naast": "Naast de opleiding volgt u Nederlands",
        "taal-eerst": "De route begint met Nederlands",
        "taal-op-werk": "Voor deze praktijkverklaring laat u op het werk zien wat u kunt. Uw Nederlands "
        "({now}) is nog onder {need}; volg Nederlands (NT2) naast het werk.",
        "taal-te-laag": "Deze opleiding vraagt Nederlands op {need}; u heeft nu {now}. Volg Nederlands "
        "(NT2) vóór of naast de opleiding.",
        "tijd": "Uw {first}{credential} heeft u rond {month} (over ongeveer {weeks} weken).",
        "tijd_first": "eerste ",
        "tijd_course": "cursusbewijs",
        "vraag-geen": "Er zijn geen cijfers over werk als {job} in {region}.",
        "vraag": "In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}){sample}.",
        "vraag_sample": " (voorbeeldcijfer)",
        "vraag_1": "weinig", "vraag_2": "beperkt", "vraag_3": "redelijk", "vraag_4": "veel",
        "vraag_5": "heel veel",
        "named": "{title} (niveau {level})",
        "doel-eigen": "Deze route leidt naar uw doel '{goal}': {name}.",
        "doel-cursus": "Dit is de cursus die u zoekt: {title}.",
        "doel-verwant-lager": "Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw "
        "doel '{goal}', op een lager niveau. Het kan een opstap zijn.",
        "doel-verwant": "Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw doel "
        "'{goal}', maar is een ander beroep of niveau.",
        "doel-domein-breed": "{name} valt in het domein {field}, waar uw wens '{goal}' bij hoort.",
        "doel-zelfde-domein": "Zelfde domein ({field}): {name} is een ander vak dan uw doel '{goal}'.",
        "doel-zelfde-sector": "Zelfde sector ({field}): {name} is een ander vak dan uw doel '{goal}'.",
        "doel-korte-cursus": "{title} is een korte cursus: handig als eerste stap of naast een opleiding, "
        "maar nog geen vakdiploma voor '{goal}'.",
        "doel-ander": "{name} hoort niet bij uw doel '{goal}'.",
        "doel_got": " U krijgt een {got}, geen {wanted}.",
        "doel_course": "cursusbewijs",
        "ervaring-praktijk": "Uw ervaring telt mee (praktijkverklaring): met {years} jaar ervaring als "
        "{role} laat u veel werkprocessen al zien. De route kan ongeveer {weeks} weken korter.",
        "ervaring-evc": "Uw ervaring telt mee (EVC): met {years} jaar ervaring als {role} kan {title} "
        "ongeveer {weeks} weken korter. Dat gaat via een EVC-procedure; de school beslist over "
        "vrijstellingen.",
        "ervaring_volunteer": "{role} (vrijwilligerswerk, telt voor de helft)",
        "ervaring-al-behaald": "U heeft al '{title}'; dat kan de route korter maken.",
        "ervaring-geen": "Geen werkervaring vastgelegd.",
        "ervaring-ander-vak": "Uw werkervaring ({roles}) ligt in een ander vak dan {title}.",
        "ervaring_your_work": "uw werk",
        "ervaring-zelfde-vak": "Uw ervaring als {role} ({years} jaar) ligt in hetzelfde vakgebied "
        "({field}).{evc}",
        "ervaring_evc": " Met EVC kan de route korter worden.",
        "eerst-startkwalificatie": "U bent jonger dan 23 en heeft nog geen startkwalificatie. Deze route "
        "leidt naar een diploma op niveau {level}: dat is een startkwalificatie. Daarom komt deze eerst.",
        "nog-geen-startkwalificatie": "Deze route geeft nog geen startkwalificatie (een diploma op niveau "
        "2 of hoger). Onder de 23 komt een route naar een startkwalificatie eerst.",
        "wens-diploma": "U wilt een diploma; daarom staat deze diplomaroute vooraan.",
        "wens-kort": "U wilt een {wanted}; daarom staat deze kortere route ({credential}) vooraan. Een "
        "diploma kan later nog.",
        "hbo-kort": "U heeft al een hbo- of wo-diploma. Een korte route of certificaat is genoeg om over "
        "te stappen; een heel mbo-diploma is meestal niet nodig. Daarom staat deze kortere route vooraan.",
        "hbo-diploma": "U heeft al een hbo- of wo-diploma; een heel mbo-diploma is meestal niet nodig. "
        "Wilt u het toch? Vraag de school dan naar vrijstellingen en een verkort traject.",
        "financiering-past": "{scheme} betaalt alleen een route van hoogstens {most} weken. Deze route "
        "past daarin; daarom staat hij vooraan.",
        "financiering-te-lang": "Deze route duurt langer dan de {most} weken die {scheme} betaalt. "
        "Bespreek eerst een kortere route, of wie deze betaalt.",
        "schoolverlater": "U komt net van school: een diploma geeft de meeste kansen. Daarom staat het "
        "vooraan.",
        "eerst-kort": "Eerst een {credential}: die is sneller te halen, {why}. Een diploma kan daarna nog.",
        "kort_nederlands-onder-b1": "omdat uw Nederlands nog onder B1 (2F) is; op het werk laat u zien "
        "wat u kunt",
        "kort_weinig-uren": "omdat u minder dan {hours} uur per week heeft",
        "kort_50-plus-met-baan": "omdat u 50 of ouder bent en een baan in zicht heeft",
        "wettelijk-naast-werk": "Voor dit beroep is het diploma wettelijk nodig ({term}), ook met een hbo- "
        "of wo-diploma. U haalt het naast het werk; vraag de school naar vrijstellingen, dan wordt de "
        "route korter.",
        "wettelijk-eerst-deel": "Om in dit beroep te werken is later het diploma wettelijk nodig ({term}). "
        "Met uw hbo- of wo-diploma is {this} {credential} een snelle eerste stap in het werk; het diploma "
        "haalt u daarna verkort, met vrijstellingen.",
        "this_dit": "dit", "this_deze": "deze",
        "wettelijk-bol": "Voor dit beroep is het diploma wettelijk nodig ({term}). Een volledige "
        "dagopleiding (BOL) is lang: vraag de school met uw hbo- of wo-diploma naar vrijstellingen en een "
        "verkort traject.",
        "zwaar-ander-werk": "Dit is ander werk dan uw doel, en het is lichamelijk zwaar ({term}). U heeft "
        "een lichamelijke klacht genoemd ({limit}). Daarom staat deze route achteraan.",
    },
    "en": {
        "niveau-geen": "This is a short course without an mbo level.",
        "niveau-entree-al-diploma": "Entree is meant for people without a diploma; you already have one.",
        "niveau-opstap": "First {name} (level {level}), then level {target_level}: one step at a time.",
        "entree_named": "Entree ({title})",
        "niveau-lager": "Level {target_level} is below what you already have (level {have}); in a new "
        "field that can be a good start.",
        "niveau-volgende": "Level {target_level} is a sensible next step for you.",
        "niveau-grote-stap": "Level {target_level} is a big step up from your diploma (level {have}).",
        "niveau-grote-stap_geen": "Level {target_level} is a big step, because you do not have a diploma "
        "yet.",
        "taal-genoeg": "Your Dutch is good enough for this course{asks}.",
        "taal-genoeg_asks": " (it asks {need})",
        "taal-onbekend": "Your level of Dutch is not known yet. {title} needs Dutch at {need}; this route "
        "assumes you do not know Dutch yet.",
        "taal-in-route": "{how}: {title}. That takes you from {now} to {need}, which {target} asks.",
        "taal-naast": "Alongside the course you take Dutch",
        "taal-eerst": "The route starts with Dutch",
        "taal-op-werk": "For this workplace statement you show at work what you can do. Your Dutch "
        "({now}) is still below {need}; take Dutch (NT2) alongside work.",
        "taal-te-laag": "This course asks for Dutch at {need}; you now have {now}. Take Dutch (NT2) "
        "before or alongside the course.",
        "tijd": "You get your {first}{credential} around {month} (in about {weeks} weeks).",
        "tijd_first": "first ",
        "tijd_course": "course certificate",
        "vraag-geen": "There are no figures on jobs as {job} in {region}.",
        "vraag": "In {region} there are {word} jobs as {job}: {rating} out of 5 (source: {source}, "
        "{day}){sample}.",
        "vraag_sample": " (sample figure)",
        "vraag_1": "few", "vraag_2": "a limited number of", "vraag_3": "a fair number of",
        "vraag_4": "many", "vraag_5": "very many",
        "named": "{title} (level {level})",
        "doel-eigen": "This route leads to your goal '{goal}': {name}.",
        "doel-cursus": "This is the course you are looking for: {title}.",
        "doel-verwant-lager": "Related trade: {name} belongs to the same vocational programme ({field}) "
        "as your goal '{goal}', at a lower level. It can be a stepping stone.",
        "doel-verwant": "Related trade: {name} belongs to the same vocational programme ({field}) as "
        "your goal '{goal}', but is another occupation or level.",
        "doel-domein-breed": "{name} falls in the field {field}, which your wish '{goal}' belongs to.",
        "doel-zelfde-domein": "Same field ({field}): {name} is another trade than your goal '{goal}'.",
        "doel-zelfde-sector": "Same sector ({field}): {name} is another trade than your goal '{goal}'.",
        "doel-korte-cursus": "{title} is a short course: useful as a first step or alongside training, "
        "but not yet a vocational qualification for '{goal}'.",
        "doel-ander": "{name} is not part of your goal '{goal}'.",
        "doel_got": " You get a {got}, not a {wanted}.",
        "doel_course": "course certificate",
        "ervaring-praktijk": "Your experience counts (workplace statement): with {years} {year_s} as {role} "
        "you can already show many work processes. The route can take about {weeks} weeks less.",
        "ervaring-evc": "Your experience counts (EVC): with {years} {year_s} as {role}, {title} can take "
        "about {weeks} weeks less. That goes through an EVC procedure; the school decides on exemptions.",
        "ervaring_volunteer": "{role} (volunteer work, counts for half)",
        "ervaring-al-behaald": "You already hold '{title}'; that can shorten the route.",
        "ervaring-geen": "No work experience recorded.",
        "ervaring-ander-vak": "Your work experience ({roles}) is in another field than {title}.",
        "ervaring_your_work": "your work",
        "ervaring-zelfde-vak": "Your experience as {role} ({years} {year_s}) is in the same field "
        "({field}).{evc}",
        "ervaring_evc": " With EVC (prior learning) the route can be shorter.",
        "eerst-startkwalificatie": "You are under 23 and have no basic qualification yet. This route leads "
        "to a diploma at level {level}, which is one. That is why it comes first.",
        "nog-geen-startkwalificatie": "This route does not give a basic qualification (a diploma at level "
        "2 or higher). Under 23 a route to a basic qualification comes first.",
        "wens-diploma": "You want a diploma, so this diploma route comes first.",
        "wens-kort": "You want a {wanted}, so this shorter route ({credential}) comes first. A diploma can "
        "follow later.",
        "hbo-kort": "You already hold a higher-education degree. A short route or certificate is enough to "
        "switch; a full mbo diploma is usually not needed. That is why this shorter route comes first.",
        "hbo-diploma": "You already hold a higher-education degree; a full mbo diploma is usually not "
        "needed. If you want it anyway, ask the school about exemptions and a shortened programme.",
        "financiering-past": "{scheme} pays only for a route of at most {most} weeks. This route fits, so "
        "it comes first.",
        "financiering-te-lang": "This route takes longer than the {most} weeks {scheme} pays for. Discuss "
        "a shorter route first, or who pays for this one.",
        "schoolverlater": "You have just left school: a diploma gives the best chances. That is why it "
        "comes first.",
        "eerst-kort": "First a {credential}: it is quicker to reach, {why}. A diploma can follow later.",
        "kort_nederlands-onder-b1": "because your Dutch is still below B1 (2F); at work you show what you "
        "can do",
        "kort_weinig-uren": "because you have fewer than {hours} hours a week",
        "kort_50-plus-met-baan": "because you are 50 or older and have a job in view",
        "wettelijk-naast-werk": "This occupation legally needs the diploma ({term}), even with a "
        "higher-education degree. You take it beside the work; ask the school about exemptions to make it "
        "shorter.",
        "wettelijk-eerst-deel": "To work in this occupation the diploma is legally needed later ({term}). "
        "With your higher-education degree {this} {credential} is a quick first step into the work; you "
        "then take the diploma in a shortened route, with exemptions.",
        "this_dit": "this", "this_deze": "this",
        "wettelijk-bol": "This occupation legally needs the diploma ({term}). A full-time school programme "
        "(BOL) is long: with your higher-education degree ask the school about exemptions and a shortened "
        "programme.",
        "zwaar-ander-werk": "This is other work than your goal, and it is physically heavy ({term}). You "
        "mentioned a physical complaint ({limit}). That is why this route comes last.",
    },
}


def _now(dutch: Cefr | None, lang: str) -> str:
    w = GAPS.get(lang, GAPS["nl"])
    return {None: w["cefr_native"], Cefr.NONE: w["cefr_none"], Cefr.UNKNOWN: w["cefr_unknown"]}.get(
        dutch, dutch.value if dutch is not None else "")


def reason_text(reason: Reason, lang: str) -> str:
    """Why a route, in plain words (Dutch unless `lang` is "en"). A reason without a code carries its
    own words (a plan saved before reasons were typed)."""
    if reason.code is None:
        return reason.text_en if lang == "en" and reason.text_en else reason.text_nl
    if reason.code in (ReasonCode.COST, ReasonCode.COST_FUNDERS):
        return _cost_text(reason.code, reason.args, lang)
    w = REASONS.get(lang, REASONS["nl"])
    a, code = reason.args, reason.code
    need = a.need.value if a.need is not None else ""
    if code is ReasonCode.LEVEL_BRIDGE:
        name = w["entree_named"].format(title=a.title) if a.level == 1 else a.title
        return w[code].format(name=name, level=a.level, target_level=a.target_level)
    if code is ReasonCode.LEVEL_BIG_STEP and not a.have:
        return w["niveau-grote-stap_geen"].format(target_level=a.target_level)
    if code is ReasonCode.DUTCH_ENOUGH:
        return w[code].format(asks=w["taal-genoeg_asks"].format(need=need) if need else "")
    if code is ReasonCode.DUTCH_IN_ROUTE:
        return w[code].format(how=w["taal-naast" if a.alongside else "taal-eerst"], title=a.title,
                              now=_now(a.dutch, lang), need=need, target=a.target)
    if code is ReasonCode.TIME:
        short = a.short_course and a.credential is CredentialKind.CERTIFICAAT
        credential = w["tijd_course"] if short else label(a.credential, lang) if a.credential else ""
        months = texts(lang)["month_names"].split()
        month = f"{months[a.day.month - 1]} {a.day.year}" if a.day is not None else ""
        return w[code].format(first=w["tijd_first"] if a.first else "", credential=credential, month=month,
                              weeks=a.weeks)
    if code is ReasonCode.DEMAND:
        return w[code].format(region=a.region, word=w.get(f"vraag_{a.rating}", ""), job=a.job,
                              rating=a.rating, source=a.source, day=_day(a.day, lang),
                              sample=w["vraag_sample"] if a.sample else "")
    name = w["named"].format(title=a.title, level=a.target_level) if a.target_level else a.title
    if code in GOAL_REASONS:
        text = w[code].format(name=name, title=a.title, goal=a.goal, field=a.field)
        if a.got is not None and a.wanted is not None:
            got = w["doel_course"] if a.got_course else label(a.got, lang)
            text += w["doel_got"].format(got=got, wanted=label(a.wanted, lang))
        return text
    role = w["ervaring_volunteer"].format(role=a.role) if a.volunteer else a.role
    # "dit diploma/certificaat", "deze praktijkverklaring/schoolverklaring"
    this = w["this_deze"] if a.credential in (CredentialKind.PRAKTIJKVERKLARING,
                                                CredentialKind.SCHOOLVERKLARING) else w["this_dit"]
    return w[code].format(
        level=a.level, wanted=label(a.wanted, lang) if a.wanted else "",
        credential=label(a.credential, lang) if a.credential else "",
        scheme=a.scheme.word(lang) if a.scheme else "", most=a.most,
        why=w[f"kort_{a.profile.value}"].format(hours=a.hours) if a.profile else "",
        term=a.term.word(lang) if a.term else "", limit=a.limit.word(lang) if a.limit else "", this=this,
        title=a.title, target_level=a.target_level, have=a.have, need=need,
                          now=_now(a.dutch, lang), job=a.job, region=a.region, role=role,
                          years=f"{a.years:g}", weeks=a.weeks, field=a.field,
                          year_s="year" if a.years == 1 else "years",  # English only: "1 year"
                          roles=", ".join(a.roles) or w["ervaring_your_work"],
                          evc=w["ervaring_evc"] if a.evc else "")


# --- Who pays what: a step's payment line and the cost reason (matching/funding.py gives the codes) ---
#
# One entry per PayCode, per receiver (Payee) and per part of the cost reason; `payment_text` and
# `reason_text` fill them. The screen has its own words for the same codes (ui/views/route_words.py).

PAYMENTS: dict[str, dict[str, str]] = {
    "nl": {
        "deels-geen-lesgeld": "Zolang u jonger bent dan 18, betaalt u geen les- of cursusgeld: dat scheelt "
        "{waived}. Voor de jaren daarna betaalt u zelf {you}.",
        "geen-lesgeld": "Deze stap kost u niets: {scheme}.",
        "gratis": "Deze stap kost u niets.",
        "lening": "U leent {loan} voor het lesgeld ({scheme}) en betaalt dat later terug.",
        "lening_more": "Daarnaast betaalt u zelf {you}.",
        "betaald": "U betaalt zelf {you}. {scheme} betaalt {covered} {to}.",
        "betaald_all": "{scheme} betaalt {covered} {to}. U betaalt zelf niets.",
        "nog-niet-betaald": "Nog niet betaald: {scheme} betaalt hoogstens {most} weken en deze route duurt "
        "ongeveer {weeks} weken. Tot er een betaler is, staat {you} op uw naam.",
        "geen-regeling": "U betaalt zelf {you}; er is nog geen regeling gevonden.",
        "subsidy": "Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}{most}). "
        "Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.",
        "subsidy_most": ", tot {amount}",
        "to_werkgever": "aan uw werkgever, die de school betaalt",
        "to_kandidaat": "aan u; u betaalt de school",
        "to_duo": "aan DUO (het lesgeld)",
        "to_school": "aan {provider}",
        "kosten": "Wat u zelf betaalt: {amount}.",
        "kosten_open": "Wat u zelf betaalt: {amount}, zolang er geen betaler is.",
        "kosten_loan": "Daarvan leent u {loan} bij DUO (levenlanglerenkrediet); dat betaalt u later terug.",
        "kosten_paid": "{scheme} betaalt {amount} {to}.",
        "kosten_subsidy": "Het leerbedrijf kan subsidie praktijkleren krijgen voor de begeleiding op het "
        "werk; dat geld is niet voor uw lesgeld.",
        "kosten-betalers": "Wat u zelf betaalt: {amount}.",
        "kosten-betalers_names": "Ook betaalt mee: {names}.",
    },
    "en": {
        "deels-geen-lesgeld": "While you are under 18 you pay no tuition fee: that saves {waived}. For the "
        "years after that you pay {you} yourself.",
        "geen-lesgeld": "This step costs you nothing: {scheme}.",
        "gratis": "This step costs you nothing.",
        "lening": "You borrow {loan} for the fee ({scheme}) and pay it back later.",
        "lening_more": "On top of that you pay {you} yourself.",
        "betaald": "You pay {you} yourself. {scheme} pays {covered} {to}.",
        "betaald_all": "{scheme} pays {covered} {to}. You pay nothing yourself.",
        "nog-niet-betaald": "Not paid yet: {scheme} pays for at most {most} weeks and this route takes "
        "about {weeks} weeks. Until someone pays, {you} is in your name.",
        "geen-regeling": "You pay {you} yourself; no scheme has been found yet.",
        "subsidy": "Your training company can apply for a subsidy for coaching at work ({subsidy}{most}). "
        "That money goes to the company, not to your course fee.",
        "subsidy_most": ", up to {amount}",
        "to_werkgever": "to your employer, who pays the school",
        "to_kandidaat": "to you; you pay the school",
        "to_duo": "to DUO (the tuition fee)",
        "to_school": "to {provider}",
        "kosten": "What you pay yourself: {amount}.",
        "kosten_open": "What you pay yourself: {amount}, as long as nobody else pays.",
        "kosten_loan": "Of that you borrow {loan} from DUO (lifelong learning credit) and pay it back later.",
        "kosten_paid": "{scheme} pays {amount} {to}.",
        "kosten_subsidy": "The training company can get a praktijkleren subsidy for coaching at work; that "
        "money is not for your course fee.",
        "kosten-betalers": "What you pay yourself: {amount}.",
        "kosten-betalers_names": "Also paying: {names}.",
    },
}


def check_payments_complete() -> dict[str, set[str]]:
    """Keys missing per language in PAYMENTS, compared with Dutch (empty when complete)."""
    nl = set(PAYMENTS["nl"])
    return {lang: nl - set(table) for lang, table in PAYMENTS.items() if nl - set(table)}


def _to(to: Payee, provider: str, w: dict[str, str]) -> str:
    return w[f"to_{to.value}"].format(provider=provider)


def payment_text(payment: StepPayment, lang: str) -> str:
    """Who pays whom for one step, in plain words (Dutch unless `lang` is "en"). A payment saved before
    payments were typed keeps the words it was saved with."""
    if payment.code is None:
        return payment.text_en if lang == "en" else payment.text_nl
    w = PAYMENTS.get(lang, PAYMENTS["nl"])
    a, code = payment.args, payment.code
    scheme = a.scheme.word(lang) if a.scheme is not None else ""
    if code is PayCode.WAIVED:
        scheme = scheme.lower()  # the waiver's name ends the sentence: "kost u niets: geen lesgeld ..."
    # "U betaalt zelf € 0" reads as a bill: when the scheme pays it all, say that first
    key = "betaald_all" if code is PayCode.PAID and payment.you_pay <= 0 else code
    text = w[key].format(waived=_amount(a.waived, lang), you=_amount(payment.you_pay, lang), scheme=scheme,
                          loan=_amount(payment.loan, lang), covered=_amount(payment.covered, lang),
                          to=_to(a.to, a.provider, w) if a.to is not None else "", most=a.most,
                          weeks=a.weeks)
    if code is PayCode.LOAN and payment.you_pay > 0:
        text += " " + w["lening_more"].format(you=_amount(payment.you_pay, lang))
    if a.subsidy is not None:
        most = (w["subsidy_most"].format(amount=_amount(a.subsidy_most, lang))
                if a.subsidy_most is not None else "")
        text += " " + w["subsidy"].format(subsidy=a.subsidy.word(lang), most=most)
    return text


def _cost_text(code: ReasonCode, a: ReasonArgs, lang: str) -> str:
    """The cost reason: what the candidate pays, what they borrow, who pays whom, and the subsidy."""
    w = PAYMENTS.get(lang, PAYMENTS["nl"])
    amount = _amount(a.amount, lang)
    if code is ReasonCode.COST_FUNDERS:
        names = ", ".join(f.word(lang) for f in a.funders)
        return w[code].format(amount=amount) + (
            " " + w["kosten-betalers_names"].format(names=names) if names else "")
    parts = [w["kosten_open" if a.unpaid else "kosten"].format(amount=amount)]
    if a.loan > 0:
        parts.append(w["kosten_loan"].format(loan=_amount(a.loan, lang)))
    parts += [w["kosten_paid"].format(scheme=p.scheme.word(lang), amount=_amount(p.amount, lang),
                                      to=_to(p.to, p.provider, w)) for p in a.paid]
    if a.subsidy:
        parts.append(w["kosten_subsidy"])
    return " ".join(parts)
