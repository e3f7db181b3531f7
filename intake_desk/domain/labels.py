"""Words for the codes of enums.py, in Dutch (B1) and English, for every text a person reads.

The codes are for the database and the intake format; a printed plan, a reason or a CLI line shows
these words instead. `label()` falls back to the code only for a value without a word here, and the
plan tests fail when that happens.
"""

from __future__ import annotations

from enum import Enum

from .enums import Cefr, CredentialKind, EducationLevel, Leerweg, Situation

_NL: dict[Enum, str] = {
    Situation.SCHOOL_LEAVER: "van school af",
    Situation.STUDENT: "student",
    Situation.JOB_SEEKER: "werkzoekend",
    Situation.EMPLOYED: "werkend",
    Situation.SELF_EMPLOYED: "zelfstandige (zzp)",
    Situation.WW: "WW-uitkering",
    Situation.BIJSTAND: "bijstandsuitkering",
    Situation.WAJONG: "Wajong-uitkering",
    Situation.NEWCOMER: "nieuwkomer",
    Situation.OTHER: "andere situatie",
    EducationLevel.NONE: "geen diploma",
    EducationLevel.BASISONDERWIJS: "basisschool",
    EducationLevel.PRAKTIJKONDERWIJS: "praktijkonderwijs",
    EducationLevel.VMBO_BB: "vmbo basis",
    EducationLevel.VMBO_KB: "vmbo kader",
    EducationLevel.VMBO_GT: "vmbo gemengd/theoretisch",
    EducationLevel.HAVO: "havo",
    EducationLevel.VWO: "vwo",
    EducationLevel.MBO1: "mbo niveau 1 (Entree)",
    EducationLevel.MBO2: "mbo niveau 2",
    EducationLevel.MBO3: "mbo niveau 3",
    EducationLevel.MBO4: "mbo niveau 4",
    EducationLevel.HBO: "hbo",
    EducationLevel.WO: "universiteit",
    EducationLevel.FOREIGN_SECONDARY: "middelbare school (buitenland)",
    EducationLevel.FOREIGN_VOCATIONAL: "beroepsopleiding (buitenland)",
    EducationLevel.FOREIGN_HIGHER: "hoger onderwijs (buitenland)",
    Leerweg.BOL: "BOL (naar school)",
    Leerweg.BBL: "BBL (werken en leren)",
    Leerweg.DERDE_LEERWEG: "leren op de werkplek",
    Leerweg.SHORT_COURSE: "korte cursus",
    CredentialKind.DIPLOMA: "diploma",
    CredentialKind.CERTIFICAAT: "mbo-certificaat",
    CredentialKind.PRAKTIJKVERKLARING: "praktijkverklaring",
    CredentialKind.SCHOOLVERKLARING: "verklaring van de school",
    Cefr.UNKNOWN: "nog niet bekend",
    Cefr.NONE: "nog geen Nederlands",
}

_EN: dict[Enum, str] = {
    Situation.SCHOOL_LEAVER: "school leaver",
    Situation.STUDENT: "student",
    Situation.JOB_SEEKER: "job seeker",
    Situation.EMPLOYED: "employed",
    Situation.SELF_EMPLOYED: "self-employed",
    Situation.WW: "unemployment benefit (WW)",
    Situation.BIJSTAND: "social assistance (bijstand)",
    Situation.WAJONG: "disability benefit (Wajong)",
    Situation.NEWCOMER: "newcomer",
    Situation.OTHER: "other situation",
    EducationLevel.NONE: "no diploma",
    EducationLevel.BASISONDERWIJS: "primary school",
    EducationLevel.PRAKTIJKONDERWIJS: "practical education",
    EducationLevel.VMBO_BB: "vmbo basic",
    EducationLevel.VMBO_KB: "vmbo advanced vocational",
    EducationLevel.VMBO_GT: "vmbo combined/theoretical",
    EducationLevel.HAVO: "havo (senior general secondary)",
    EducationLevel.VWO: "vwo (pre-university)",
    EducationLevel.MBO1: "mbo level 1 (Entree)",
    EducationLevel.MBO2: "mbo level 2",
    EducationLevel.MBO3: "mbo level 3",
    EducationLevel.MBO4: "mbo level 4",
    EducationLevel.HBO: "hbo (university of applied sciences)",
    EducationLevel.WO: "university",
    EducationLevel.FOREIGN_SECONDARY: "secondary school (abroad)",
    EducationLevel.FOREIGN_VOCATIONAL: "vocational training (abroad)",
    EducationLevel.FOREIGN_HIGHER: "higher education (abroad)",
    Leerweg.BOL: "BOL (school-based)",
    Leerweg.BBL: "BBL (work-based)",
    Leerweg.DERDE_LEERWEG: "learning at the workplace",
    Leerweg.SHORT_COURSE: "short course",
    CredentialKind.DIPLOMA: "diploma",
    CredentialKind.CERTIFICAAT: "mbo certificate",
    CredentialKind.PRAKTIJKVERKLARING: "workplace statement",
    CredentialKind.SCHOOLVERKLARING: "school statement",
    Cefr.UNKNOWN: "not known yet",
    Cefr.NONE: "no Dutch yet",
}


def label(value: Enum, lang: str = "nl") -> str:
    """The word for `value` in `lang` ("nl" or "en"); the code itself only when no word exists."""
    words = _EN if lang == "en" else _NL
    return words.get(value, str(value.value))


def labels_nl_en(value: Enum) -> tuple[str, str]:
    """(Dutch, English) words for `value`, for the text_nl/text_en pairs of the core."""
    return label(value, "nl"), label(value, "en")


__all__ = ["label", "labels_nl_en"]
