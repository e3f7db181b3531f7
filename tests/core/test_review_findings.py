"""Found in review: the goal-word tables the GUI thread and the database thread share, the names the
goal resolver prints (the same in every run), the BIG-register note, and les- and cursusgeld over the
school years of a programme."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from intake_desk.app import routes
from intake_desk.catalog.sample_funding import FUNDING
from intake_desk.domain import (
    Candidate,
    Catalog,
    CatalogItem,
    CredentialKind,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    PersonName,
    RouteStep,
    Situation,
    StepPayment,
)
from intake_desk.matching import goal_words
from intake_desk.matching.funding import assign
from intake_desk.plans.texts import payment_text
from intake_desk.storage import backups, open_database
from intake_desk.storage import catalog as catalog_repo


def _together(n: int, work: Callable[[], object]) -> list[object]:
    """Run `work` on n threads released at the same moment; its results, or the exceptions raised."""
    start = threading.Barrier(n)
    out: list[object] = []

    def run() -> None:
        start.wait()
        try:
            out.append(work())
        except Exception as e:  # the test reports what a thread raised
            out.append(e)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_the_reference_file_is_read_once_when_threads_ask_together() -> None:
    goal_words._read_kwalificaties.cache_clear()
    goal_words._build_tables.cache_clear()
    tables = _together(6, goal_words._tables)
    assert not [t for t in tables if isinstance(t, Exception)]
    assert len({id(t) for t in tables}) == 1
    assert goal_words._read_kwalificaties.cache_info().misses == 1


def test_a_title_spelt_two_ways_gets_the_same_name_in_every_run() -> None:
    """Some current titles differ only in a hyphen or capital ("Chemisch-fysisch analist" 25046,
    "Chemisch fysisch analist" 25952): the name shown is that of the lowest current code, not
    whichever a set happened to give first (that changed with the process's hash seed)."""
    table = goal_words.kwalificaties()
    checked = 0
    for folded, codes in goal_words._tables().by_title.items():
        current = sorted(c for c in codes if table[c].current)
        if len({table[c].titel for c in current}) < 2:
            continue
        checked += 1
        assert goal_words._from_title(folded, goal_words.Sureness.TITLE, folded).name \
            == table[current[0]].titel
    assert checked >= 2


def test_the_big_register_note_only_for_article_3_professions() -> None:
    """bigregister.nl / ribiz.nl: the BIG register holds the art. 3 professions; art. 34 titles
    (mondhygiënist, apothekersassistent) have none, and "Arts" in a foreign diploma's English name is
    not the Dutch word for doctor."""
    from intake_desk.matching.bridges import big_profession

    for text, profession in (("verpleegkunde (Syrië)", "verpleegkundige"),
                             ("Bachelor of Nursing", "verpleegkundige"), ("huisarts", "arts"),
                             ("arts", "arts"), ("psychotherapeut", "psychotherapeut")):
        found = big_profession(text)
        assert found is not None and found[0] == profession, text
    for text in ("Bachelor of Arts in English", "fine arts", "mondhygiënist", "apothekersassistent",
                 "dierenarts", "tandartsassistent"):
        assert big_profession(text) is None, text


def _bol_payment(birth: date, start: date, years: int = 3) -> StepPayment:
    """Who pays a BOL diploma of `years` school years (lesgeld EUR 1,419 a year, as the sample has it)
    for someone born on `birth`, through the funding table the sample catalog ships."""
    weeks = years * 52 - 5
    item = CatalogItem(code="25180", kind=ItemKind.QUALIFICATION, title="Kok", level=2)
    offering = Offering(code="BOL-KOK", item_code=item.code, provider="School", location="Plaats",
                        region_code="r", leerweg=Leerweg.BOL, weeks=weeks, hours_per_week=26.0,
                        cost=Decimal(1419 * years), leads_to=CredentialKind.DIPLOMA)
    catalog = Catalog(items={item.code: item}, offerings=(offering,), funding=FUNDING)
    step = RouteStep(offering.code, item.code, item.title, item.kind, "School", "Plaats", "r",
                     Leerweg.BOL, start, start + timedelta(weeks=weeks), 26.0, CredentialKind.DIPLOMA,
                     level=2, cost=offering.cost)
    candidate = Candidate(PersonName("Sam", "Jansen"), birth_date=birth)
    intake = Intake(date=start, situation=Situation.SCHOOL_LEAVER)
    (paid,) = assign((step,), intake, catalog, candidate)
    assert paid.payment is not None
    return paid.payment


def test_no_lesgeld_only_for_the_school_years_begun_under_18() -> None:
    """rijksoverheid.nl: les- and cursusgeld are owed for every school year that begins (1 August) at
    18 or older. A three-year BOL begun at 17 is free for its first year only; begun at 15 it is free
    throughout; begun at 18 it is charged in full."""
    start = date(2027, 9, 1)
    at_17 = _bol_payment(date(2010, 3, 1), start)
    assert at_17.you_pay == Decimal(1419 * 2) and at_17.covered == 0 and at_17.loan == 0
    assert "jonger bent dan 18" in payment_text(at_17, "nl") and "under 18" in payment_text(at_17, "en")
    at_15 = _bol_payment(date(2012, 3, 1), start)
    assert at_15.you_pay == 0 and "kost u niets" in payment_text(at_15, "nl")
    at_18 = _bol_payment(date(2009, 3, 1), start)
    assert at_18.you_pay == Decimal(1419 * 3)


def test_a_sample_programme_costs_every_school_year_of_its_fee() -> None:
    """An offering's cost is its whole fee: a sample BOL or BBL programme costs the rate of one school
    year (lesgeld, cursusgeld) times its school years, not one year's rate for three years' study."""
    from intake_desk.catalog.build_sample import CURSUSGELD, LESGELD
    from intake_desk.catalog.sample import load_sample

    catalog = load_sample()
    for o in catalog.offerings:
        item = catalog.item(o.item_code)
        if item is None or item.kind is not ItemKind.QUALIFICATION or item.level is None:
            continue
        rate = {Leerweg.BOL: LESGELD, Leerweg.BBL: CURSUSGELD[item.level]}.get(o.leerweg)
        if rate is None:
            continue
        years = -(-(o.weeks + 5) // 52)  # the sample's weeks run from September to a July
        assert o.cost == rate * max(1, years), o.code


def test_a_restored_backup_gives_its_own_catalog_again(db: Database, db_path: Path) -> None:
    """The catalog cache is keyed by the revision in the database, so putting back a backup made
    before a catalog change gives the catalog of the backup, not the one cached after the change."""
    before = routes.load_catalog(db)
    o = before.offerings[0]
    backup = backups.create(db, db_path, reason="test")
    with db.atomic():
        catalog_repo.upsert_offerings(db, [replace(o, weeks=o.weeks + 3)])
    assert routes.load_catalog(db).offerings[0].weeks == o.weeks + 3
    db.close()
    backups.restore(backup, db_path)
    restored = open_database(db_path)
    try:
        assert routes.load_catalog(restored).offerings[0].weeks == o.weeks
    finally:
        restored.close()


def test_the_day_lists_who_is_ready_for_a_plan_by_the_consent_rule(db: Database) -> None:
    """"Vandaag" reads consent as the plan dock does (Consent.allows): consent given for advice only,
    or a purpose ticked without consent given, is no consent for a plan."""
    from intake_desk import today
    from intake_desk.app.candidates import add_candidate
    from intake_desk.domain import CandidateRecord, Consent, ConsentPurpose, IntakeStatus

    def add(surname: str, consent: Consent) -> str:
        record = CandidateRecord(Candidate(PersonName("Sam", surname)),
                                 Intake(date=date(2026, 12, 1), status=IntakeStatus.COMPLETE,
                                        consent=consent))
        meta, _ = add_candidate(db, record)
        return meta.id

    ready = add("Aa", Consent(given=True, purposes=frozenset({ConsentPurpose.PLAN})))
    advice_only = add("Bb", Consent(given=True, purposes=frozenset({ConsentPurpose.ADVICE})))
    not_given = add("Cc", Consent(given=False, purposes=frozenset({ConsentPurpose.PLAN})))
    kinds = {e.candidate_id: e.kind for e in today.load(db, date(2026, 12, 1)).plans}
    assert kinds[ready] is today.EntryKind.MAKE_PLAN
    assert kinds[advice_only] is today.EntryKind.NO_CONSENT
    assert kinds[not_given] is today.EntryKind.NO_CONSENT


def test_a_sector_fund_only_for_its_own_sector_words() -> None:
    """DOMAIN.md: an O&O-fonds pays through an employer in its own sector. A stem counts at the start or
    end of a word (Dutch compounds: "thuiszorg"), not in the middle: "Uiterlijke verzorging" (the
    hairdressers' domein) is not care, and "automatisering" (ICT) is not the motor trade."""
    from intake_desk.matching.funding import in_sector

    funds = {f.code: f.sector for f in FUNDING if f.sector}
    assert in_sector(funds["oo-zorg"], "Zorg en welzijn") and in_sector(funds["oo-zorg"], "thuiszorg")
    assert not in_sector(funds["oo-zorg"], "Uiterlijke verzorging")
    assert in_sector(funds["oo-mobiliteit"], "Mobiliteit en voertuigen")
    assert in_sector(funds["oo-mobiliteit"], "autobedrijf")
    assert not in_sector(funds["oo-mobiliteit"], "automatisering")


def test_restoring_a_damaged_backup_is_a_known_error_that_touches_nothing(db: Database,
                                                                          db_path: Path) -> None:
    """A backup that fails SQLite's check is refused with a message for the advisor (a StorageError, so
    the CLI and the GUI show it as a known problem, not as a bug), and the database stays as it was."""
    import pytest

    from intake_desk.storage import StorageError

    damaged = db_path.with_name("kapot.sqlite")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="niet teruggezet"):
        backups.restore(damaged, db_path)
    assert db_path.read_bytes() == before
