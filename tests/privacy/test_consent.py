"""Consent as a record: per purpose, dated, with the privacy text's version; withdrawal as easy as
giving; printing refuses and names the purpose."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlite_utils import Database

from intake_desk.app.plans import load_document
from intake_desk.app.privacy import consent_history, require_consent, set_consent
from intake_desk.domain import ConsentPurpose
from intake_desk.domain.codec import replace
from intake_desk.domain.privacy import PRIVACY_TEXT_VERSION
from intake_desk.plans.document import PlanUnavailable
from intake_desk.storage import ConsentMissing
from intake_desk.storage import candidates as repo
from intake_desk.storage import settings as settings_repo
from intake_desk.storage.migrations import m006_privacy

from .helpers import add, add_plan

P = ConsentPurpose


def _ready(db: Database, cid: str) -> None:
    add_plan(db, cid)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Adviseur Test"))


def test_giving_and_withdrawing_are_recorded_per_purpose_with_the_text_version(db: Database) -> None:
    cid = add(db, "Toestemmingmans")
    events = consent_history(db, cid)
    assert {(e.purpose, e.given) for e in events} == {(P.ADVICE, True), (P.PLAN, True)}
    assert all(e.text_version == PRIVACY_TEXT_VERSION for e in events)
    set_consent(db, cid, P.SHARE_WITH_UWV, True, on=date(2026, 3, 5))
    set_consent(db, cid, P.PLAN, False, on=date(2026, 3, 9))
    events = consent_history(db, cid)
    assert [(e.purpose, e.given, e.on) for e in events[-2:]] == [
        (P.SHARE_WITH_UWV, True, date(2026, 3, 5)), (P.PLAN, False, date(2026, 3, 9))]
    # the intake shows what holds now; the history keeps the gift of the plan consent
    consent = repo.get(db, cid)[1].intake.consent
    assert consent.purposes == {P.ADVICE, P.SHARE_WITH_UWV}
    assert (P.PLAN, True) in {(e.purpose, e.given) for e in events}
    # append-only: the table refuses a change
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE consent_events SET given = 1")


def test_a_withdrawn_plan_consent_blocks_printing_and_names_the_purpose(db: Database) -> None:
    cid = add(db, "Intrekkerdam")
    _ready(db, cid)
    load_document(db, cid)  # allowed first: the refusal below is the withdrawal's doing
    set_consent(db, cid, P.PLAN, False, on=date(2026, 3, 9))
    with pytest.raises(PlanUnavailable) as refused:
        load_document(db, cid)
    assert "een plan maken en afdrukken" in str(refused.value)
    assert "09-03-2026" in str(refused.value) and "ingetrokken" in str(refused.value)
    set_consent(db, cid, P.PLAN, True)
    load_document(db, cid)  # giving again is one call too


def test_sharing_needs_its_own_purpose(db: Database) -> None:
    cid = add(db, "Deelnietzomaar")
    with pytest.raises(ConsentMissing) as refused:
        require_consent(db, cid, P.SHARE_WITH_SCHOOL)
    assert "delen met de school" in str(refused.value) and refused.value.purpose is P.SHARE_WITH_SCHOOL
    require_consent(db, cid, P.ADVICE)


def test_the_migration_turns_stored_consent_into_events(db: Database) -> None:
    cid = add(db, "Vroegergegeven")
    add(db, "Nooitgegeven", purposes=frozenset())
    with db.atomic():
        db.execute("DROP TABLE consent_events")
        m006_privacy(db)
    events = consent_history(db, cid)
    assert {(e.purpose, e.given) for e in events} == {(P.ADVICE, True), (P.PLAN, True)}
    assert {e.text_version for e in events} == {"onbekend"}
    assert db.execute("SELECT count(*) FROM consent_events").fetchone()[0] == 2


def test_the_privacy_text_version_follows_the_text() -> None:
    """Changing the printed privacy paragraph needs a new PRIVACY_TEXT_VERSION (consent records say
    which text a candidate saw): update both the version and this fingerprint."""
    from intake_desk.plans import texts

    both = texts.TEXTS["nl"]["privacy_text"] + texts.TEXTS["en"]["privacy_text"]
    fingerprint = hashlib.sha256(both.encode()).hexdigest()[:12]
    assert (PRIVACY_TEXT_VERSION, fingerprint) == (PRIVACY_TEXT_VERSION, FINGERPRINT)


FINGERPRINT = "3a55396439e5"  # of the text that PRIVACY_TEXT_VERSION 2026-11-30 names
