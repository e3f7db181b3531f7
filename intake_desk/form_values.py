"""The intake form as plain values, and the way between those values and a CandidateRecord.

A form (full or quick) holds what was typed as `Values`: strings, booleans and lists of row dicts, keyed
by the names below. Values survive anything (drafts store them as JSON, never a half-valid record);
`to_record` turns them into domain objects once the checks pass. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

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
from .regions import region_code, with_location
from .validation import (
    FIELDS,
    Code,
    Problem,
    check_items,
    check_text,
    error,
    format_date,
    normalize_phone,
    normalize_postcode,
    parse_date,
)

Values = dict[str, Any]

# Field checks by key, from the one table in intake_desk.validation (the exchange format's door reads
# the same table); list rows are checked per cell as "<list>.<row>.<column>".
CHECKS: dict[str, Callable[[str], Problem | None]] = {
    key: rule.form for key, rule in FIELDS.items() if "." not in key and key != "travel_regions"}
ROW_CHECKS: dict[str, dict[str, Callable[[str], Problem | None]]] = {}
for _key, _rule in FIELDS.items():
    if "." in _key:
        _list, _column = _key.split(".")
        ROW_CHECKS.setdefault(_list, {})[_column] = _rule.form
NORMALIZE: dict[str, Callable[[str], str]] = {"postcode": normalize_postcode, "phone": normalize_phone}

LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "education": ("level", "name", "year", "completed"),
    "experience": ("role", "sector", "tasks", "years", "volunteer"),
    "languages": ("language", "level"),
}


def empty_values(today: date | None = None, advisor: str = "") -> Values:
    return {"intake_date": format_date(today or date.today()), "advisor": advisor,
            "situation": Situation.JOB_SEEKER.value, "referrer": Referrer.SELF.value,
            # Not "geen": an intake that has not asked yet must not plan as if no Dutch is spoken.
            "dutch_overall": Cefr.UNKNOWN.value, "goal_credential": ""}


def check_field(key: str, text: str) -> Problem | None:
    """The first problem of one field's text: its size and characters, then its own check."""
    problem = check_text(key, text)
    if problem is None and (check := CHECKS.get(key)) is not None:
        problem = check(text)
    return problem.at(key) if problem is not None else None


def check_values(values: Mapping[str, Any]) -> dict[str, Problem]:
    """Every problem, keyed by field (or "<list>.<row>.<column>" for a cell)."""
    issues: dict[str, Problem] = {}
    for key, value in values.items():
        if isinstance(value, str) and key not in CHECKS and (p := check_text(key, value)):
            issues[key] = p.at(key)
    for key in CHECKS:
        problem = check_field(key, str(values.get(key, "") or ""))
        if problem is not None:
            issues[key] = problem
    for name in LIST_COLUMNS:
        rows = values.get(name) or []
        if (many := check_items(name, len(rows))) is not None:
            issues[name] = many
            continue
        checks = ROW_CHECKS.get(name, {})
        for n, row in enumerate(rows):
            for column, cell in row.items():
                if not isinstance(cell, str | int) or isinstance(cell, bool):
                    continue
                cell_key = f"{name}.{n}.{column}"
                problem = check_text(column, str(cell))
                if problem is None and (check := checks.get(column)) is not None:
                    problem = check(str(cell or ""))
                if problem is not None:
                    issues[cell_key] = problem.at(cell_key)
    regions = values.get("travel_regions") or []
    if (many := check_items("travel_regions", len(regions))) is not None:
        issues["travel_regions"] = many
    else:
        for n, region in enumerate(regions):
            key = f"travel_regions.{n}"
            problem = check_text(key, str(region)) or FIELDS["travel_regions"].form(str(region))
            if problem is not None:
                issues[key] = problem.at(key)
    if values.get("consent_given") and not parse_date(str(values.get("consent_date", ""))):
        issues.setdefault("consent_date", error(Code.CONSENT_DATE, "consent_date"))
    return issues


def blocking(issues: Mapping[str, Problem]) -> bool:
    return any(i.blocks_saving for i in issues.values())


def _text(values: Mapping[str, Any], key: str) -> str:
    return str(values.get(key, "") or "").strip()


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _enum(kind: Any, text: str, default: Any) -> Any:
    try:
        return kind(text)
    except ValueError:
        return default


def _rows(values: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """Rows with at least one non-empty cell."""
    return [r for r in (values.get(name) or []) if any(str(v).strip() for v in r.values()
                                                        if not isinstance(v, bool))]


def to_record(values: Mapping[str, Any], status: IntakeStatus = IntakeStatus.COMPLETE,
              today: date | None = None) -> CandidateRecord:
    """The record the values describe; call only when `check_values` reports no blocking issue."""
    def t(key: str) -> str:
        return _text(values, key)

    candidate = Candidate(
        name=PersonName(first_name=t("first_name"), surname=t("surname"),
                        tussenvoegsel=t("tussenvoegsel")),
        birth_date=parse_date(t("birth_date")),
        contact=Contact(email=t("email"), phone=normalize_phone(t("phone")) if t("phone") else "",
                        street=t("street"), postcode=normalize_postcode(t("postcode")),
                        town=t("town")),
        municipality=t("municipality"),
        region_code=t("region_code"),
    )
    # a region typed by name is stored as its code; an empty one follows from postcode or town
    candidate = with_location(candidate)
    education = tuple(
        EducationEntry(level=_enum(EducationLevel, str(r.get("level", "")), EducationLevel.NONE),
                       name=str(r.get("name", "")).strip(), year=_int(str(r.get("year", ""))),
                       completed=bool(r.get("completed", True)))
        for r in _rows(values, "education"))
    experience = tuple(
        ExperienceEntry(role=str(r.get("role", "")).strip(), sector=str(r.get("sector", "")).strip(),
                        tasks=str(r.get("tasks", "")).strip(),
                        years=float(_int(str(r.get("years", ""))) or 0),
                        volunteer=bool(r.get("volunteer", False)))
        for r in _rows(values, "experience"))
    languages = tuple(
        LanguageSkill(language=str(r.get("language", "")).strip(),
                      level=_enum(Cefr, str(r.get("level", "")), Cefr.NONE))
        for r in _rows(values, "languages"))
    goals: tuple[Goal, ...] = ()
    if t("goal_occupation"):
        credential = _enum(CredentialKind, t("goal_credential"), None) if t("goal_credential") else None
        crebo = t("goal_crebo")
        if not crebo:
            # what the form showed as "Herkend als: ..." is stored as the code too, so that counts by
            # domein (regional figures) and exports see the goal the advisor saw recognised
            from .matching.goal_words import recognised_crebo

            crebo = recognised_crebo(t("goal_occupation"), t("goal_sector"))
        goals = (Goal(occupation=t("goal_occupation"), sector=t("goal_sector"), crebo=crebo,
                      credential=credential),)
    barriers = tuple(
        Barrier(domain=d, note=t(f"note_{d.value}"), referral=t(f"referral_{d.value}"))
        for d in Big5 if values.get(f"barrier_{d.value}") or t(f"note_{d.value}")
        or t(f"referral_{d.value}"))
    intake = Intake(
        date=parse_date(t("intake_date")) or today or date.today(),
        advisor=t("advisor"),
        status=status,
        situation=_enum(Situation, t("situation"), Situation.JOB_SEEKER),
        referrer=_enum(Referrer, t("referrer"), Referrer.SELF),
        has_job_or_placement=bool(values.get("has_job")),
        education=education,
        experience=experience,
        evc_interest=bool(values.get("evc_interest")),
        dutch=DutchLevel(overall=_enum(Cefr, t("dutch_overall"), Cefr.UNKNOWN),
                         native=bool(values.get("dutch_native"))),
        other_languages=languages,
        availability=Availability(hours_per_week=_int(t("hours_per_week")) or 0,
                                  days=frozenset(d for d in Weekday if values.get(f"day_{d.value}"))),
        preferences=Preferences(
            leerwegen=tuple(w for w in Leerweg if values.get(f"leerweg_{w.value}")),
            earliest_start=parse_date(t("earliest_start")),
            travel_minutes=_int(t("travel_minutes")),
            travel_regions=tuple(dict.fromkeys(
                region_code(str(r)) or str(r).strip() for r in values.get("travel_regions") or []
                if str(r).strip()))),
        goals=goals,
        funding=tuple(line.strip() for line in t("funding").splitlines() if line.strip()),
        barriers=barriers,
        vog_needed=bool(values.get("vog_needed")),
        consent=Consent(given=bool(values.get("consent_given")), date=parse_date(t("consent_date")),
                        purposes=frozenset(p for p in ConsentPurpose
                                           if values.get(f"consent_{p.value}"))),
        notes=str(values.get("notes", "") or ""),
    )
    return CandidateRecord(candidate=candidate, intake=intake)


def from_record(record: CandidateRecord) -> Values:
    c, i = record.candidate, record.intake
    v: Values = {
        "first_name": c.name.first_name, "tussenvoegsel": c.name.tussenvoegsel,
        "surname": c.name.surname, "birth_date": format_date(c.birth_date),
        "email": c.contact.email, "phone": c.contact.phone, "street": c.contact.street,
        "postcode": c.contact.postcode, "town": c.contact.town, "municipality": c.municipality,
        "region_code": c.region_code, "intake_date": format_date(i.date), "advisor": i.advisor,
        "situation": i.situation.value, "referrer": i.referrer.value,
        "has_job": i.has_job_or_placement, "evc_interest": i.evc_interest,
        "education": [{"level": e.level.value, "name": e.name,
                       "year": str(e.year) if e.year else "", "completed": e.completed}
                      for e in i.education],
        "experience": [{"role": e.role, "sector": e.sector, "tasks": e.tasks,
                        "years": _count_text(e.years), "volunteer": e.volunteer}
                       for e in i.experience],
        "languages": [{"language": s.language, "level": s.level.value} for s in i.other_languages],
        "dutch_overall": i.dutch.overall.value, "dutch_native": i.dutch.native,
        "hours_per_week": str(i.availability.hours_per_week) if i.availability.hours_per_week else "",
        "earliest_start": format_date(i.preferences.earliest_start),
        "travel_minutes": str(i.preferences.travel_minutes or ""),
        "travel_regions": list(i.preferences.travel_regions),
        "goal_occupation": i.goals[0].occupation if i.goals else "",
        "goal_sector": i.goals[0].sector if i.goals else "",
        "goal_crebo": i.goals[0].crebo if i.goals else "",
        "goal_credential": (i.goals[0].credential.value if i.goals and i.goals[0].credential else ""),
        "funding": "\n".join(i.funding), "vog_needed": i.vog_needed,
        "consent_given": i.consent.given, "consent_date": format_date(i.consent.date),
        "notes": i.notes,
    }
    for d in Weekday:
        v[f"day_{d.value}"] = d in i.availability.days
    for w in Leerweg:
        v[f"leerweg_{w.value}"] = w in i.preferences.leerwegen
    for p in ConsentPurpose:
        v[f"consent_{p.value}"] = p in i.consent.purposes
    for b in i.barriers:
        v[f"barrier_{b.domain.value}"] = True
        v[f"note_{b.domain.value}"] = b.note
        v[f"referral_{b.domain.value}"] = b.referral
    return v


def _count_text(value: float) -> str:
    """A stored number as the form shows it; one that is no number (NaN, infinity, stored before the
    checks existed) is shown as written, so the form's check names it instead of the load failing."""
    if not value:
        return ""
    return str(int(value)) if math.isfinite(value) else str(value)


def has_startkwalificatie(values: Mapping[str, Any]) -> bool:
    """Derived, never typed: a completed havo, vwo or mbo-2+ (or higher) diploma in the list."""
    from .domain.intake import has_startkwalificatie as derived

    return derived(to_record({"surname": "x", "education": values.get("education") or []}
                             ).intake.education)
