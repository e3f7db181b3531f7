"""The advisor table of issue #11, as data: people an intake advisor meets, briefed as one advisor briefs a
colleague, with what an experienced advisor expects the desk to propose.

Every candidate is made up (voorbeeld) but lives at a real postcode and town; `region_code` is the slug of
the CBS 2026 arbeidsmarktregio of that town (resources/reference/regions). Expectations name kinds of
credential, leerwegen, levels and occupational fields (kwalificatiedossiers from
resources/reference/mbo/kwalificaties.csv), never an offering code, so they hold for any honest catalog.
The rules they follow are DOMAIN.md's; `test_advisor_table.py` cites the rule beside each check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from intake_desk.domain import (
    Availability,
    Barrier,
    Big5,
    Candidate,
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
    Leerweg,
    PersonName,
    Preferences,
    Referrer,
    Situation,
)

TODAY = date(2026, 12, 1)
NATIVE = DutchLevel(overall=Cefr.C1, native=True)

D, C, PV, SV = (CredentialKind.DIPLOMA, CredentialKind.CERTIFICAAT, CredentialKind.PRAKTIJKVERKLARING,
                CredentialKind.SCHOOLVERKLARING)
BOL, BBL, DERDE = Leerweg.BOL, Leerweg.BBL, Leerweg.DERDE_LEERWEG
SCHOOL_ROUTE = frozenset({BOL, BBL})  # kwalificatieplicht: a school programme, BOL or BBL
WORK_ROUTE = frozenset({BBL, DERDE})  # learning at work
ANY_CREDENTIAL = frozenset({D, C, PV})  # a credential with labour-market value (not a school statement)


@dataclass(frozen=True)
class Field:
    """An occupational field as an advisor knows it: kwalificatiedossiers (current and KD-2015 codes),
    single qualifications that also count (the Entree profile of the field), and words for catalog items
    that carry no crebo or dossier (a short course, a sector certificate)."""

    name: str
    dossiers: frozenset[str]
    words: tuple[str, ...]  # regular expressions over the item's title, case-insensitive; when the
    # field has no dossiers (a certificate within a qualification) only these decide
    crebos: frozenset[str] = frozenset()

    def with_entree(self, *crebos: str) -> Field:
        return Field(self.name, self.dossiers, self.words, self.crebos | frozenset(crebos))


# Dossier codes as in kwalificaties.csv (current) plus the KD-2015 codes DOMAIN.md's example table uses.
AUTO = Field("autotechniek", frozenset({"23273", "23274", "23332", "23358", "23293", "23292"}),
             (r"auto", r"voertuig", r"mobiliteit")).with_entree("25745")
AUTOMONTEUR = Field("autotechnicus", frozenset({"23273", "23274"}), (r"autotechn", r"automonteur",
                                                                    r"voertuig"))
ZORG = Field("zorg", frozenset({"23268", "23267", "23385", "23312", "23284", "23286", "23265",
                                "23187", "23182", "23189", "23181"}),
             (r"zorg", r"verzorg", r"verpleeg", r"helpende")).with_entree("25251", "25741")
HELPENDE = Field("helpende zorg en welzijn", frozenset({"23385", "23189"}), (r"helpende",))
VERZORGENDE = Field("verzorgende-IG", frozenset({"23268", "23187"}), (r"verzorgende",))
VERPLEEG = Field("mbo-verpleegkundige", frozenset({"23267", "23182"}), (r"verpleeg",))
PEDAGOGISCH = Field("pedagogisch werk", frozenset({"23285", "23183"}),
                    (r"pedagogisch", r"kinderopvang", r"onderwijsassistent"))
ELEKTRO = Field("elektrotechniek", frozenset({"23299", "23300", "23127", "23111"}),
                (r"elektro", r"elektricien")).with_entree("25744", "25253")
ELEKTRO_OWN = Field("elektrotechnische installaties", ELEKTRO.dossiers, ELEKTRO.words)
KEUKEN = Field("keuken", frozenset({"23085"}), (r"\bkok\b", r"keuken(?!monteur)")).with_entree(
    "25742", "25260")
LOGISTIEK = Field("logistiek", frozenset({"23309", "23310", "23364"}),
                  (r"logistiek", r"magazijn", r"heftruck", r"reachtruck", r"orderpick")
                  ).with_entree("25743", "25259")
ICT = Field("ICT", frozenset({"23399", "23400", "23405", "23398", "23397"}),
            (r"\bICT\b", r"\bIT\b", r"computer", r"software", r"netwerk"))
RETAIL = Field("retail", frozenset({"23323", "23324", "23325"}),
               (r"verkoop", r"verkoper", r"retail", r"winkel")).with_entree("25748", "25257")
PRAKTIJKOPLEIDER = Field("praktijkopleider", frozenset({"23320"}), (r"praktijkopleider", r"leermeester"))
WARMTEPOMP = Field("warmtepompen", frozenset(), (r"warmtepomp",))  # a part of a qualification: by its name
BINNENVAART = Field("binnenvaart", frozenset({"23389"}), (r"binnenvaart", r"schipper", r"matroos"))


@dataclass(frozen=True)
class Need:
    """Something that must (or must never) be said: a label, a regular expression (case-insensitive) over
    the texts, and the DOMAIN.md rule it comes from."""

    label: str
    pattern: str
    rule: str


# For a praktijkverklaring the praktijkopleider judges werkprocessen; experience counts by showing them.
EVC = Need("EVC", r"\bEVC\b|ervaringscertificaat|vrijstelling|ervaring telt mee|al beheerst",
           "DOMAIN: EVC counts when experience lies in the same occupational field as the goal")
VOG = Need("VOG", r"\bVOG\b|verklaring omtrent het gedrag",
           "DOMAIN: VOG needed for care and child work (25486 Pedagogisch medewerker: VOG required)")
BIG = Need("BIG-register", r"\bBIG\b|BIG-regist|\bCIBG\b",
           "DOMAIN: nurses are a BIG-register profession: a foreign-trained nurse needs the CIBG procedure")
PRAKTIJKOPLEIDER_JUDGES = Need(
    "praktijkopleider/leerbedrijf", r"praktijkopleider|erkend(e)? leerbedrijf",
    "DOMAIN: a praktijkverklaring is judged by the praktijkopleider at an erkend leerbedrijf")
NO_IDW_WITHOUT_DIPLOMA = Need("IDW zonder buitenlands diploma", r"\bIDW\b|diplomawaardering",
                              "DOMAIN: the IDW evaluates a foreign diploma; primary school is none")
EMPLOYER_PAYS_EXIT = Need(
    "werkgever uit een andere sector als betaler", r"\bwerkgever betaalt\b",
    "issue #11 3: who pays whom as the intake says; an O&O-fonds (and so its employer) pays within its "
    "own sector, and the intake records no employer funding for this switch")
NO_EVC_CLAIM = Need("EVC voor ervaring uit een ander vak", r"\bEVC\b|ervaringscertificaat",
                    "DOMAIN: EVC counts only when experience is in the same field (dossier or domein)")


@dataclass(frozen=True)
class Expect:
    """What an experienced advisor expects; None means "no expectation on this point"."""

    routes: bool | None = True  # False: no route is right now (the result says why); None: either
    credentials: frozenset[CredentialKind] | None = None  # route 1's credential
    leerwegen: frozenset[Leerweg] | None = None  # route 1's leerweg (its last step)
    levels: tuple[int, int] | None = None  # route 1's level, inclusive
    field: Field | None = None  # route 1 lies in this occupational field
    own: Field | None = None  # "leidt naar uw doel" only for a credential of this field
    needs: tuple[Need, ...] = ()  # must be said for route 1 (its steps, reasons, gaps) or the result
    forbids: tuple[Need, ...] = ()  # never said in any route or the result
    bbl_with_employer: bool = False  # wants BBL with the current employer
    fund_of_other_sector: bool = False  # the employer's O&O-fonds is in another sector than the goal
    not_local: bool = False  # the goal is not offered in the travel area: say so, and where it is nearest


@dataclass(frozen=True)
class Case:
    name: str
    brief: str  # as an advisor briefs a colleague
    candidate: Candidate
    intake: Intake
    expect: Expect = field(default_factory=Expect)


def person(first: str, surname: str, born: date, street: str, postcode: str, town: str, municipality: str,
           region: str, tussenvoegsel: str = "") -> Candidate:
    email = f"{first}.{surname}".lower().replace(" ", "")
    return Candidate(PersonName(first, surname, tussenvoegsel), birth_date=born,
                     contact=Contact(email=f"{email}@example.nl", phone="0612345678", street=street,
                                     postcode=postcode, town=town),
                     municipality=municipality, region_code=region, sample=True)


def intake(**kw: object) -> Intake:
    """An intake on TODAY with consent for advice and a plan; `kw` as Intake's fields."""
    base: dict[str, object] = {
        "date": TODAY, "advisor": "Voorbeeldadviseur", "dutch": NATIVE,
        "consent": Consent(given=True, date=TODAY,
                           purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN})),
    }
    base.update(kw)
    return Intake(**base)  # type: ignore[arg-type]


def goal(text: str, credential: CredentialKind | None = None, sector: str = "") -> tuple[Goal, ...]:
    """A goal as the advisor types it: the candidate's own words, nothing looked up."""
    return (Goal(text, sector=sector, credential=credential),)


def edu(level: EducationLevel, year: int, completed: bool = True, name: str = "",
        country: str = "NL") -> EducationEntry:
    return EducationEntry(level, name=name, year=year, completed=completed, country=country)


CASES: tuple[Case, ...] = (
    # --- under 18, no startkwalificatie: kwalificatieplicht ---------------------------------------------
    Case(
        "bb-16-autos-rotterdam",
        "Jayden (16) komt net van het vmbo, basisberoepsgerichte leerweg, diploma gehaald in Mobiliteit & "
        "transport. Wil 'iets met auto's'. Kwalificatieplichtig: een schoolroute naar niveau 2.",
        person("Jayden", "Kramer", date(2010, 3, 14), "Dorpsweg 112", "3082 KT", "Rotterdam", "Rotterdam",
               "rijnmond"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.SCHOOL,
               education=(edu(EducationLevel.VMBO_BB, 2026, name="vmbo-bb Mobiliteit & transport"),),
               availability=Availability(36), goals=goal("iets met auto's")),
        Expect(credentials=frozenset({D}), leerwegen=SCHOOL_ROUTE, levels=(2, 2), field=AUTO, own=AUTO),
    ),
    Case(
        "kb-16-zorg-zwolle",
        "Sara (16), vmbo-kb Zorg & welzijn gehaald. Wil 'werken in de zorg', liefst naar school (BOL). "
        "Kwalificatieplichtig.",
        person("Sara", "Veldman", date(2010, 7, 2), "Assendorperstraat 40", "8012 DK", "Zwolle", "Zwolle",
               "regio-zwolle"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.SCHOOL,
               education=(edu(EducationLevel.VMBO_KB, 2026, name="vmbo-kb Zorg & welzijn"),),
               availability=Availability(36), goals=goal("werken in de zorg"), vog_needed=True),
        Expect(credentials=frozenset({D}), leerwegen=SCHOOL_ROUTE, levels=(2, 3), field=ZORG, own=ZORG),
    ),
    Case(
        "bb-17-zonder-diploma-elektricien-heerlen",
        "Milan (17) is zonder diploma gestopt op het vmbo-bb. Wil 'elektricien' worden. Geen vmbo-diploma, "
        "dus eerst Entree (het technische profiel) en dan niveau 2; alleen een schoolroute.",
        person("Milan", "Scholtes", date(2009, 5, 20), "Akerstraat 88", "6411 HB", "Heerlen", "Heerlen",
               "zuid-limburg"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.GEMEENTE,
               education=(edu(EducationLevel.VMBO_BB, 2025, completed=False),),
               availability=Availability(32), goals=goal("elektricien")),
        Expect(leerwegen=SCHOOL_ROUTE, levels=(1, 2), field=ELEKTRO, own=ELEKTRO_OWN,
               credentials=frozenset({D})),
    ),
    # --- 18-23 without startkwalificatie: RMC age band --------------------------------------------------
    Case(
        "kb-19-uitvaller-kok-eindhoven",
        "Noah (19), vmbo-kb gehaald, Kok niveau 2 na een jaar afgebroken. Werkt 12 uur in een snackbar. "
        "Wil alsnog 'kok' worden; geen startkwalificatie, dus op weg naar een diploma.",
        person("Noah", "Hendriks", date(2007, 9, 8), "Kruisstraat 17", "5612 CH", "Eindhoven", "Eindhoven",
               "zuidoost-brabant"),
        intake(situation=Situation.JOB_SEEKER, referrer=Referrer.SELF,
               education=(edu(EducationLevel.VMBO_KB, 2023),
                          edu(EducationLevel.MBO2, 2024, completed=False, name="Kok (afgebroken)")),
               experience=(ExperienceEntry("Medewerker snackbar", "horeca", "frituren, bakken, kassa", 1.5,
                                           current=True),),
               availability=Availability(32), goals=goal("kok")),
        Expect(credentials=frozenset({D}), levels=(2, 3), field=KEUKEN, own=KEUKEN),
    ),
    Case(
        "pro-20-magazijn-tilburg",
        "Dewi (20) heeft praktijkonderwijs gedaan, geen diploma. Wil 'magazijn/heftruck'; wil vooral "
        "werken en leren in de praktijk. Entree logistiek of een praktijkverklaring past.",
        person("Dewi", "Pattiradjawane", date(2006, 4, 11), "Ringbaan-West 220", "5038 KL", "Tilburg",
               "Tilburg", "midden-brabant"),
        intake(situation=Situation.JOB_SEEKER, referrer=Referrer.GEMEENTE,
               education=(edu(EducationLevel.PRAKTIJKONDERWIJS, 2024),),
               availability=Availability(32), goals=goal("magazijn/heftruck")),
        Expect(levels=(1, 2), field=LOGISTIEK, own=LOGISTIEK),
    ),
    # --- newcomers with a foreign diploma ---------------------------------------------------------------
    Case(
        "nieuwkomer-a2-syrie-verzorgende-utrecht",
        "Rania (34) komt uit Syrië, middelbare school daar afgerond, Nederlands op A2. Statushouder, via de "
        "gemeente. Wil 'verzorgende' worden (niveau 3): eerst diplomawaardering, en Nederlands moet naar "
        "2F (B1) vóór of naast de opleiding.",
        person("Rania", "Haddad", date(1992, 2, 3), "Amsterdamsestraatweg 310", "3551 CV", "Utrecht",
               "Utrecht", "midden-utrecht"),
        intake(situation=Situation.NEWCOMER, referrer=Referrer.GEMEENTE, funding=("gemeente",),
               education=(edu(EducationLevel.FOREIGN_SECONDARY, 2010, country="SY",
                              name="Middelbare school (Syrië)"),),
               dutch=DutchLevel(overall=Cefr.A2), availability=Availability(24),
               goals=goal("verzorgende", sector="zorg"), vog_needed=True),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 3), field=ZORG, own=VERZORGENDE),
    ),
    Case(
        "nieuwkomer-b1-oekraine-elektricien-enschede",
        "Oleksandr (41), Oekraïens vakdiploma elektrotechniek, 12 jaar elektricien geweest. Nederlands B1. "
        "Wil hier als 'elektricien' werken: diplomawaardering (IDW) en EVC, daarna een kort traject.",
        person("Oleksandr", "Kovalenko", date(1985, 6, 30), "Haaksbergerstraat 95", "7513 EB", "Enschede",
               "Enschede", "twente"),
        intake(situation=Situation.NEWCOMER, referrer=Referrer.GEMEENTE, evc_interest=True,
               education=(edu(EducationLevel.FOREIGN_VOCATIONAL, 2004, country="UA",
                              name="Vakdiploma elektrotechniek (Oekraïne)"),),
               experience=(ExperienceEntry("Elektricien", "techniek", "installaties in woningen en "
                                           "bedrijven aanleggen en storingen zoeken", 12.0),),
               dutch=DutchLevel(overall=Cefr.B1), availability=Availability(32), goals=goal("elektricien")),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 3), field=ELEKTRO_OWN, own=ELEKTRO_OWN, needs=(EVC,)),
    ),
    Case(
        "nieuwkomer-b1-verpleegkundige-den-haag",
        "Maricel (38) is in de Filipijnen opgeleid als verpleegkundige (bachelor) en werkte er 10 jaar in "
        "een ziekenhuis. Nederlands B1. Wil weer 'verpleegkundige' zijn: IDW, de BIG-registratie via het "
        "CIBG, en Nederlands naar 3F.",
        person("Maricel", "Santos", date(1988, 10, 12), "Fahrenheitstraat 501", "2561 DE", "Den Haag",
               "'s-Gravenhage", "haaglanden"),
        intake(situation=Situation.NEWCOMER, referrer=Referrer.SELF, evc_interest=True,
               education=(edu(EducationLevel.FOREIGN_HIGHER, 2010, country="PH",
                              name="Bachelor of Science in Nursing (Filipijnen)"),),
               experience=(ExperienceEntry("Verpleegkundige", "zorg", "verpleging op een chirurgische "
                                           "afdeling", 10.0),),
               dutch=DutchLevel(overall=Cefr.B1), availability=Availability(32),
               goals=goal("verpleegkundige", sector="zorg"), vog_needed=True),
        Expect(levels=(3, 4), field=ZORG, own=VERPLEEG, needs=(BIG,)),
    ),
    Case(
        "nieuwkomer-b1-ingenieur-iets-met-computers-amsterdam",
        "Reza (31), master computer engineering in Iran, Nederlands B1. 'Iets met computers', liefst snel "
        "aan het werk: diplomawaardering eerst, dan een kort ICT-traject of certificaat.",
        person("Reza", "Ahmadi", date(1995, 1, 22), "Middenweg 140", "1097 TV", "Amsterdam", "Amsterdam",
               "groot-amsterdam"),
        intake(situation=Situation.NEWCOMER, referrer=Referrer.GEMEENTE, funding=("gemeente",),
               education=(edu(EducationLevel.FOREIGN_HIGHER, 2019, country="IR",
                              name="MSc Computer Engineering (Iran)"),),
               dutch=DutchLevel(overall=Cefr.B1), availability=Availability(32),
               goals=goal("iets met computers")),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 4), field=ICT, own=ICT),
    ),
    # --- 50+ switchers with physical limits -------------------------------------------------------------
    Case(
        "50plus-knie-gastouder-onderwijsassistent-nijmegen",
        "Ingrid (55), mbo-3 secretarieel, daarna 9 jaar gastouder. Knieklachten: lang knielen of tillen gaat "
        "niet meer. Wil 'onderwijsassistent' worden; haar werk met kinderen hoort bij hetzelfde vak, dus "
        "EVC.",
        person("Ingrid", "Berg", date(1971, 8, 5), "Groenestraat 250", "6531 HM", "Nijmegen", "Nijmegen",
               "rijk-van-nijmegen", tussenvoegsel="van den"),
        intake(situation=Situation.SELF_EMPLOYED, referrer=Referrer.SELF, evc_interest=True,
               education=(edu(EducationLevel.MBO3, 1991, name="Secretarieel medewerker"),),
               experience=(ExperienceEntry("Gastouder", "kinderopvang", "opvang en begeleiding van "
                                           "kinderen van 0-12 jaar", 9.0, current=True),),
               availability=Availability(24), goals=goal("onderwijsassistent"), vog_needed=True,
               barriers=(Barrier(Big5.WELZIJN, note="Knieklachten, niet lang knielen of tillen",
                                 referral="Huisarts en fysiotherapeut"),),
               notes="Fysieke beperking: knieën. Geen werk met veel tillen."),
        Expect(levels=(3, 4), field=PEDAGOGISCH, own=PEDAGOGISCH, needs=(EVC,)),
    ),
    Case(
        "50plus-rug-metselaar-ict-breda",
        "Henk (52), mbo-4 bouwkunde, 30 jaar metselaar. Rugklachten, moet uit de bouw. Wil 'iets met "
        "computers'. Zijn bouwervaring telt niet als EVC voor ICT; Entree is niet aan de orde.",
        person("Henk", "Dijk", date(1974, 11, 19), "Haagweg 300", "4813 XG", "Breda", "Breda",
               "west-brabant", tussenvoegsel="van"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF, evc_interest=True,
               education=(edu(EducationLevel.MBO4, 1994, name="Bouwkunde"),),
               experience=(ExperienceEntry("Metselaar", "bouw", "metselen, voegen", 30.0, current=True),),
               availability=Availability(16), goals=goal("iets met computers"),
               barriers=(Barrier(Big5.WELZIJN, note="Rugklachten, geen zwaar werk meer",
                                 referral="Bedrijfsarts"),),
               notes="Fysieke beperking: rug."),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 4), field=ICT, own=ICT, forbids=(NO_EVC_CLAIM,)),
    ),
    # --- hbo/wo graduates switching ---------------------------------------------------------------------
    Case(
        "hbo-communicatie-naar-zorg-leeuwarden",
        "Femke (31), hbo Communicatie, werkt op een marketingafdeling. Wil 'werken in de zorg' als "
        "verzorgende. Met een hbo-diploma: een kort of verkort traject, geen volledige lagere opleiding "
        "van drie jaar.",
        person("Femke", "Dijkstra", date(1995, 5, 27), "Nieuwestad 60", "8911 CS", "Leeuwarden",
               "Leeuwarden", "friesland"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF,
               education=(edu(EducationLevel.HAVO, 2012), edu(EducationLevel.HBO, 2017, name="Communicatie")),
               experience=(ExperienceEntry("Marketingmedewerker", "marketing", "campagnes, teksten", 7.0,
                                           current=True),),
               availability=Availability(24), goals=goal("verzorgende", sector="zorg"), vog_needed=True),
        Expect(field=ZORG, own=VERZORGENDE),
    ),
    Case(
        "wo-bioloog-naar-elektricien-delft",
        "Thijs (29), master biologie (wo), werkt tijdelijk in een lab. Wil de techniek in: 'elektricien'. "
        "Hoogopgeleid: een kort traject of certificaat, niet drie jaar mbo vanaf niveau 2.",
        person("Thijs", "Wit", date(1997, 3, 9), "Oude Delft 120", "2611 CE", "Delft", "Delft",
               "haaglanden", tussenvoegsel="de"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF,
               education=(edu(EducationLevel.VWO, 2015), edu(EducationLevel.WO, 2021, name="MSc Biologie")),
               availability=Availability(20), goals=goal("elektricien")),
        Expect(field=ELEKTRO, own=ELEKTRO_OWN, levels=(2, 4)),
    ),
    # --- BBL with the current employer ------------------------------------------------------------------
    Case(
        "bbl-eigen-werkgever-installateur-apeldoorn",
        "Kevin (24), vmbo-gt, werkt twee jaar als hulpmonteur bij een installatiebedrijf. Zijn baas wil hem "
        "opleiden: BBL 'elektricien' bij de eigen werkgever. Is het bedrijf erkend leerbedrijf?",
        person("Kevin", "Brouwer", date(2002, 12, 30), "Deventerstraat 77", "7311 LP", "Apeldoorn",
               "Apeldoorn", "veluwe-stedendriehoek"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.EMPLOYER, has_job_or_placement=True,
               education=(edu(EducationLevel.VMBO_GT, 2019),),
               experience=(ExperienceEntry("Hulpmonteur", "installatietechniek", "leidingen trekken, "
                                           "groepenkasten helpen aansluiten", 2.0, current=True),),
               preferences=Preferences(leerwegen=(BBL,)), funding=("werkgever",),
               availability=Availability(38), goals=goal("elektricien", credential=D)),
        Expect(credentials=frozenset({D}), leerwegen=frozenset({BBL}), levels=(2, 3), field=ELEKTRO_OWN,
               own=ELEKTRO_OWN, bbl_with_employer=True),
    ),
    Case(
        "bbl-eigen-werkgever-kinderopvang-almere",
        "Chantal (27), havo, werkt 3 jaar als groepshulp in een kinderdagverblijf. Wil via BBL bij haar "
        "eigen werkgever pedagogisch medewerker worden ('kinderopvang'). Baan niet aangevinkt bij de intake, "
        "maar ze werkt er wel: erkend leerbedrijf navragen, VOG regelen, EVC voor haar ervaring.",
        person("Chantal", "Vos", date(1999, 6, 6), "Grote Markt 10", "1315 JG", "Almere", "Almere",
               "flevoland"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF, has_job_or_placement=False,
               evc_interest=True, education=(edu(EducationLevel.HAVO, 2017),),
               experience=(ExperienceEntry("Groepshulp kinderdagverblijf", "kinderopvang",
                                           "verzorgen en spelen met kinderen 0-4", 3.0, current=True),),
               preferences=Preferences(leerwegen=(BBL,)), availability=Availability(32),
               goals=goal("kinderopvang", credential=D), vog_needed=True,
               notes="Wil BBL bij huidige werkgever (kinderdagverblijf)."),
        Expect(credentials=frozenset({D}), leerwegen=frozenset({BBL}), levels=(3, 3), field=PEDAGOGISCH,
               own=PEDAGOGISCH, bbl_with_employer=True, needs=(VOG, EVC)),
    ),
    # --- housing and debt barriers (Big 5) --------------------------------------------------------------
    Case(
        "dakloos-schulden-winkel-zaandam",
        "Bilal (26), vmbo-kb, bijstand. Slaapt bij vrienden (geen vaste woning) en heeft schulden. Wil 'iets "
        "in de winkel'. Verwezen naar de wooncoach en schuldhulp; die verwijzingen moeten op het plan.",
        person("Bilal", "El Idrissi", date(2000, 1, 15), "Westzijde 55", "1506 EE", "Zaandam", "Zaanstad",
               "zaanstreek-waterland"),
        intake(situation=Situation.BIJSTAND, referrer=Referrer.GEMEENTE, funding=("gemeente",),
               education=(edu(EducationLevel.VMBO_KB, 2017),),
               experience=(ExperienceEntry("Vakkenvuller", "detailhandel", "bevoorraden, klanten helpen",
                                           2.0),),
               availability=Availability(32), goals=goal("iets in de winkel"),
               barriers=(Barrier(Big5.WONEN, note="Geen vaste woning, slaapt bij vrienden",
                                 referral="Wooncoach gemeente Zaanstad"),
                         Barrier(Big5.INKOMEN, note="Schulden bij meerdere schuldeisers",
                                 referral="Schuldhulpverlening Zaanstad"))),
        Expect(levels=(1, 3), field=RETAIL, own=RETAIL),
    ),
    Case(
        "18-jeugdzorg-woning-helpende-roermond",
        "Lisa (18), vmbo-bb gehaald, komt uit de jeugdzorg en moet uit begeleid wonen. Wil 'helpende in de "
        "zorg'. Jongerenloket voor de woning. Geen startkwalificatie: een diplomaroute op niveau 2.",
        person("Lisa", "Peeters", date(2008, 5, 1), "Godsweerdersingel 20", "6041 GK", "Roermond",
               "Roermond", "midden-limburg"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.GEMEENTE,
               education=(edu(EducationLevel.VMBO_BB, 2025, name="vmbo-bb Zorg & welzijn"),),
               availability=Availability(32), goals=goal("helpende in de zorg"), vog_needed=True,
               barriers=(Barrier(Big5.WONEN, note="Moet uit begeleid wonen, zoekt kamer",
                                 referral="Jongerenloket gemeente Roermond"),
                         Barrier(Big5.SUPPORT, note="Weinig steun van familie",
                                 referral="Jongerencoach")),),
        Expect(credentials=frozenset({D}), levels=(2, 2), field=ZORG, own=HELPENDE),
    ),
    # --- funders: gemeente, UWV, mobility team, O&O-fonds -----------------------------------------------
    Case(
        "bijstand-hulpkok-groningen",
        "Marco (44), vmbo-bb, bijstand, drie jaar hulpkok geweest. Via de gemeente; de gemeente betaalt. "
        "Wil 'kok' worden.",
        person("Marco", "Huizinga", date(1982, 7, 7), "Oosterstraat 30", "9711 NV", "Groningen",
               "Groningen", "groningen"),
        intake(situation=Situation.BIJSTAND, referrer=Referrer.GEMEENTE, funding=("gemeente",),
               education=(edu(EducationLevel.VMBO_BB, 1999),),
               experience=(ExperienceEntry("Hulpkok", "horeca", "voorbereiden, bakken, afwas", 3.0),),
               availability=Availability(24), goals=goal("kok")),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 3), field=KEUKEN, own=KEUKEN),
    ),
    Case(
        "ww-productie-magazijn-venlo",
        "Ricardo (47), mbo-2 procestechniek, WW sinds de fabriek sloot. UWV wil scholing betalen als die "
        "noodzakelijk is en hoogstens een jaar duurt. Wil 'magazijn/heftruck'.",
        person("Ricardo", "Gomes", date(1979, 4, 4), "Kaldenkerkerweg 44", "5913 AE", "Venlo", "Venlo",
               "noord-limburg"),
        intake(situation=Situation.WW, referrer=Referrer.UWV, funding=("uwv-scholing",),
               education=(edu(EducationLevel.MBO2, 1998, name="Operator procestechniek"),),
               experience=(ExperienceEntry("Productiemedewerker", "industrie", "machines bedienen, "
                                           "inpakken", 20.0),),
               availability=Availability(32), goals=goal("magazijn/heftruck")),
        Expect(credentials=ANY_CREDENTIAL | {SV}, levels=(2, 3), field=LOGISTIEK, own=LOGISTIEK),
    ),
    Case(
        "rmt-fabriek-naar-zorg-emmen",
        "Jolanda (45), mbo-2 logistiek, werkt bij een fabriek die gaat sluiten. Het regionaal "
        "mobiliteitsteam betaalt een route naar 'werken in de zorg': hoogstens 40 weken, eindigt in een "
        "praktijkverklaring, certificaat of diploma.",
        person("Jolanda", "Bos", date(1981, 2, 17), "Hoofdstraat 70", "7811 EP", "Emmen", "Emmen",
               "drenthe"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.RMT, funding=("rmt",),
               has_job_or_placement=True,
               education=(edu(EducationLevel.MBO2, 1999, name="Logistiek medewerker"),),
               experience=(ExperienceEntry("Orderpicker", "logistiek", "orders verzamelen", 20.0,
                                           current=True),),
               availability=Availability(32), goals=goal("werken in de zorg"), vog_needed=True),
        Expect(credentials=ANY_CREDENTIAL, levels=(2, 3), field=ZORG, own=ZORG),
    ),
    Case(
        "oo-fonds-horeca-naar-elektricien-arnhem",
        "Sven (33), mbo-2 horeca, werkt in de bediening van een restaurant. Wil overstappen naar "
        "'elektricien'. Zijn werkgever valt onder het O&O-fonds van de horeca; dat fonds betaalt geen "
        "overstap naar de installatietechniek.",
        person("Sven", "Janssen", date(1993, 9, 9), "Steenstraat 12", "6828 CJ", "Arnhem", "Arnhem",
               "midden-gelderland"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF, funding=("O&O-fonds horeca",),
               education=(edu(EducationLevel.MBO2, 2012, name="Medewerker bediening"),),
               experience=(ExperienceEntry("Bediening", "horeca", "gasten bedienen, kassa", 12.0,
                                           current=True),),
               availability=Availability(20), goals=goal("elektricien"),
               notes="Werkgever: restaurant (horeca, O&O-fonds horeca)."),
        Expect(field=ELEKTRO, own=ELEKTRO_OWN, levels=(2, 3), fund_of_other_sector=True,
               forbids=(EMPLOYER_PAYS_EXIT,)),
    ),
    # --- credential wishes: havo, praktijkverklaring, diploma -------------------------------------------
    Case(
        "havo-18-automonteur-haarlem",
        "Daan (18), havo gehaald, wil geen hbo maar 'automonteur' worden. Heeft een startkwalificatie: "
        "nooit Entree; een mbo-diploma autotechniek.",
        person("Daan", "Smit", date(2008, 8, 18), "Rijksstraatweg 200", "2022 DJ", "Haarlem", "Haarlem",
               "zuid-kennemerland-en-ijmond"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.SELF,
               education=(edu(EducationLevel.HAVO, 2026),), availability=Availability(36),
               goals=goal("automonteur")),
        Expect(credentials=frozenset({D}), leerwegen=SCHOOL_ROUTE, levels=(2, 4), field=AUTOMONTEUR,
               own=AUTOMONTEUR),
    ),
    Case(
        "praktijkverklaring-keukenhulp-den-bosch",
        "Ahmed (39), praktijkonderwijs, werkt 6 jaar als keukenhulp in een grand café. Vraagt zelf om een "
        "'praktijkverklaring' als kok: laten zien wat hij kan, beoordeeld door de praktijkopleider.",
        person("Ahmed", "Benali", date(1987, 3, 3), "Vughterstraat 150", "5211 GK", "'s-Hertogenbosch",
               "'s-Hertogenbosch", "noordoost-brabant"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.EMPLOYER, has_job_or_placement=True,
               evc_interest=True, education=(edu(EducationLevel.PRAKTIJKONDERWIJS, 2004),),
               experience=(ExperienceEntry("Keukenhulp", "horeca", "snijden, koude keuken, bakken", 6.0,
                                           current=True),),
               availability=Availability(24), goals=goal("kok", credential=PV)),
        Expect(credentials=frozenset({PV}), leerwegen=WORK_ROUTE, levels=(1, 3), field=KEUKEN, own=KEUKEN,
               needs=(PRAKTIJKOPLEIDER_JUDGES,)),
    ),
    Case(
        "diploma-gewenst-verzorgende-dordrecht",
        "Samira (36), Helpende zorg en welzijn (niveau 2) gehaald, werkt 5 jaar in de thuiszorg. Wil "
        "uitdrukkelijk een 'diploma verzorgende-IG' (niveau 3), geen losse certificaten. EVC past.",
        person("Samira", "Amrani", date(1990, 11, 11), "Voorstraat 300", "3311 ES", "Dordrecht", "Dordrecht",
               "drechtsteden", tussenvoegsel="el"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.SELF, evc_interest=True,
               has_job_or_placement=True,
               education=(edu(EducationLevel.MBO2, 2012, name="Helpende zorg en welzijn"),),
               experience=(ExperienceEntry("Helpende thuiszorg", "zorg", "persoonlijke verzorging, "
                                           "huishouden, ADL", 5.0, current=True),),
               availability=Availability(32), goals=goal("verzorgende-IG", credential=D, sector="zorg"),
               vog_needed=True),
        Expect(credentials=frozenset({D}), levels=(3, 3), field=VERZORGENDE, own=VERZORGENDE, needs=(EVC,)),
    ),
    Case(
        "praktijkopleider-bouw-amersfoort",
        "Gerrit (48), allround timmerman (mbo-3), 25 jaar in de bouw, nu voorman. Zijn bedrijf wil dat hij "
        "de leerlingen begeleidt: 'praktijkopleider bouw'. Geen metsel- of timmeropleiding dus; staat het "
        "er niet in, zeg dat dan.",
        person("Gerrit", "Horst", date(1978, 1, 25), "Leusderweg 100", "3817 KB", "Amersfoort", "Amersfoort",
               "amersfoort", tussenvoegsel="ter"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.EMPLOYER, has_job_or_placement=True,
               education=(edu(EducationLevel.MBO3, 1997, name="Allround timmerman"),),
               experience=(ExperienceEntry("Timmerman / voorman", "bouw", "timmeren, leiding op de "
                                           "bouwplaats", 25.0, current=True),),
               availability=Availability(16), goals=goal("praktijkopleider bouw")),
        Expect(routes=None, own=PRAKTIJKOPLEIDER),
    ),
    # --- region: not offered in the travel area ---------------------------------------------------------
    Case(
        "binnenvaart-niet-in-zuid-limburg-maastricht",
        "Bas (22), havo, wil 'schipper binnenvaart' worden maar wil alleen in Zuid-Limburg naar school. Die "
        "opleiding is hier niet: zeg waar die het dichtst bij wordt gegeven.",
        person("Bas", "Claessens", date(2004, 10, 2), "Wycker Brugstraat 30", "6221 ED", "Maastricht",
               "Maastricht", "zuid-limburg"),
        intake(situation=Situation.JOB_SEEKER, referrer=Referrer.SELF,
               education=(edu(EducationLevel.HAVO, 2023),), availability=Availability(36),
               preferences=Preferences(travel_regions=("zuid-limburg",)),
               goals=goal("schipper binnenvaart")),
        Expect(routes=None, own=BINNENVAART, not_local=True),
    ),
    Case(
        "warmtepomp-niet-in-zeeland-goes",
        "Erik (38), eerste monteur installatietechniek (mbo-3), werkt bij een installateur in Goes. Wil het "
        "certificaat 'warmtepompen installeren', maar kan alleen in Zeeland naar de les. Staat het hier niet "
        "in het aanbod, zeg dan waar het het dichtst bij wordt gegeven.",
        person("Erik", "Wijnands", date(1988, 9, 14), "Westwal 10", "4461 CM", "Goes", "Goes", "zeeland"),
        intake(situation=Situation.EMPLOYED, referrer=Referrer.EMPLOYER, has_job_or_placement=True,
               education=(edu(EducationLevel.MBO3, 2008, name="Eerste monteur installatietechniek"),),
               experience=(ExperienceEntry("Eerste monteur installatietechniek", "installatietechniek",
                                           "cv-ketels en leidingwerk", 15.0, current=True),),
               preferences=Preferences(travel_regions=("zeeland",)), funding=("werkgever",),
               availability=Availability(8), goals=goal("warmtepompen installeren", credential=C)),
        Expect(routes=None, own=WARMTEPOMP, not_local=True),
    ),
    # --- no time now ------------------------------------------------------------------------------------
    Case(
        "nul-uren-mantelzorg-gouda",
        "Ellen (42), mbo-3 administratie, zorgt fulltime voor haar zoon met een beperking. Heeft nu 0 uur "
        "per week om te leren. Wil later 'in de zorg' werken. Geen route, wel een plan dat zegt waarom.",
        person("Ellen", "Meijer", date(1984, 4, 24), "Kleiweg 40", "2801 GK", "Gouda", "Gouda",
               "midden-holland"),
        intake(situation=Situation.OTHER, referrer=Referrer.SELF,
               education=(edu(EducationLevel.MBO3, 2003, name="Administratief medewerker"),),
               availability=Availability(0), goals=goal("werken in de zorg"),
               barriers=(Barrier(Big5.WELZIJN, note="Fulltime mantelzorg voor zoon",
                                 referral="Steunpunt Mantelzorg Gouda"),)),
        Expect(routes=False, own=ZORG),
    ),
    # --- a few more people typed as advisors type them --------------------------------------------------
    Case(
        "gt-17-iets-met-computers-alkmaar",
        "Tim (17), vmbo-gt gehaald, gamet veel, wil 'iets met computers'. Kwalificatieplichtig: BOL of "
        "BBL, niveau 2 tot 4.",
        person("Tim", "Bakker", date(2009, 11, 3), "Laat 120", "1811 EJ", "Alkmaar", "Alkmaar",
               "noord-holland-noord"),
        intake(situation=Situation.SCHOOL_LEAVER, referrer=Referrer.SCHOOL,
               education=(edu(EducationLevel.VMBO_GT, 2026),), availability=Availability(36),
               goals=goal("iets met computers")),
        Expect(credentials=frozenset({D}), leerwegen=SCHOOL_ROUTE, levels=(2, 4), field=ICT, own=ICT),
    ),
    Case(
        "nieuwkomer-a2-eritrea-kok-ede",
        "Senait (29) uit Eritrea, lagere school daar, geen diploma's. Nederlands A2. Heeft in een "
        "restaurant geholpen. Wil 'kok' worden: Kok niveau 2 vraagt 2F, dus NT2 vóór of naast de route.",
        person("Senait", "Tesfaye", date(1997, 6, 19), "Stationsweg 20", "6711 PM", "Ede", "Ede",
               "foodvalley"),
        intake(situation=Situation.NEWCOMER, referrer=Referrer.GEMEENTE, funding=("gemeente",),
               education=(edu(EducationLevel.BASISONDERWIJS, 2008, country="ER"),),
               experience=(ExperienceEntry("Keukenhulp", "horeca", "groenten snijden, afwas", 1.0),),
               dutch=DutchLevel(overall=Cefr.A2), availability=Availability(24), goals=goal("kok")),
        Expect(levels=(1, 2), field=KEUKEN, own=KEUKEN, forbids=(NO_IDW_WITHOUT_DIPLOMA,)),
    ),
)
