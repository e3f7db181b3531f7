"""The advisor's own details (name, organisation, phone, e-mail, home region), asked at the first start
and changeable in the settings: the choices for the home region and the checks before saving.

The home region is stored as the code of a CBS arbeidsmarktregio: the slug of its CBS name (accents
folded, lower case, runs of other characters as one "-"), e.g. "Zaanstreek/Waterland" ->
"zaanstreek-waterland". The names and codes are intake_desk.regions' (one list for the whole app).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import regions
from .storage.settings import Settings
from .validation import check_email, check_phone, normalize_phone


def region_code(name: str) -> str:
    """The code of a CBS region name (see intake_desk.regions.slug)."""
    return regions.slug(name)


def labour_market_regions() -> tuple[tuple[str, str], ...]:
    """The 35 arbeidsmarktregio's as (code, CBS name), sorted by name: intake_desk.regions' list."""
    return tuple((r.code, r.name) for r in regions.all_regions())


def region_name(code: str) -> str:
    """The CBS name of a region code; the code itself when it is not an arbeidsmarktregio."""
    return regions.region_name(code) or code


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A rejected field: which one (the Settings field name) and what is wrong, in Dutch and English."""

    field: str
    text_nl: str
    text_en: str

    def text(self, language: str) -> str:
        return self.text_en if language == "en" else self.text_nl


def check_advisor(settings: Settings) -> list[FieldProblem]:
    """What blocks saving the advisor's details: a phone number or e-mail address that cannot be
    right, or a home region that is not an arbeidsmarktregio. An empty field is allowed (the
    advisor may choose "Later"); the plan itself refuses to print without a name."""
    problems = []
    for key, label_nl, label_en, check in (
            ("advisor_phone", "Telefoon", "Phone", check_phone),
            ("advisor_email", "E-mail", "E-mail", check_email)):
        issue = check(getattr(settings, key))
        if issue is not None and issue.blocks_saving:
            problems.append(FieldProblem(key, f"{label_nl}: {issue.text_nl}",
                                         f"{label_en}: {issue.text_en}"))
    if settings.default_region and settings.default_region not in {r.code for r in regions.all_regions()}:
        problems.append(FieldProblem(
            "default_region",
            f"Regio: '{settings.default_region}' is geen arbeidsmarktregio; kies er een uit de lijst.",
            f"Region: '{settings.default_region}' is not a labour market region; pick one from the "
            "list."))
    return problems


def cleaned(settings: Settings) -> Settings:
    """Whitespace trimmed and the phone number in its usual written form."""
    return replace(settings, advisor_name=" ".join(settings.advisor_name.split()),
                   school_name=" ".join(settings.school_name.split()),
                   advisor_email=settings.advisor_email.strip(),
                   advisor_phone=normalize_phone(settings.advisor_phone.strip())
                   if settings.advisor_phone.strip() else "")
