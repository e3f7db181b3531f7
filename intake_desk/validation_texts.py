"""The words for validation problems outside the screen: Dutch and English, for the CLI, the intake
exchange format and anything else in the core that must speak. The screen has its own (translatable)
table in ui/views/form_fields.py; both are keyed by `validation.Code`, never by the text.

Templates take the problem's arguments as {0}, {1}; {field} is the field's name in words.
"""

from __future__ import annotations

from .validation import Code, Problem, leaf

TEXTS: dict[Code, tuple[str, str]] = {
    Code.REQUIRED: ("Dit veld is verplicht.", "This field is required."),
    Code.TOO_LONG: ("Te lang: hoogstens {0} tekens.", "Too long: at most {0} characters."),
    Code.BAD_CHARACTERS: ("Hier staan tekens in die geen letters of cijfers zijn (stuurtekens of "
                          "kapotte tekens). Typ de tekst opnieuw.",
                          "This contains characters that are not letters or digits (control or "
                          "broken characters). Type the text again."),
    Code.TOO_MANY: ("Te veel: hoogstens {0}.", "Too many: at most {0}."),
    Code.POSTCODE_FORMAT: ("Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters.",
                           "Postcode as 1234 AB: four digits (not starting with 0) and two letters."),
    Code.POSTCODE_LETTERS: ("Deze lettercombinatie bestaat niet in Nederlandse postcodes.",
                            "Dutch postcodes do not use these letters."),
    Code.PHONE_NOT_A_NUMBER: ("Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56.",
                              "This is not a phone number. For example 06 12345678 or "
                              "+32 470 12 34 56."),
    Code.PHONE_LENGTH: ("Dit telefoonnummer heeft te veel of te weinig cijfers.",
                        "This phone number has too many or too few digits."),
    Code.PHONE_UNKNOWN: ("Dit telefoonnummer lijkt niet te bestaan; kijk het na.",
                         "This phone number does not seem to exist; please check it."),
    Code.EMAIL_FORMAT: ("E-mailadres als naam@voorbeeld.nl.", "E-mail address like name@example.nl."),
    Code.DATE_FORMAT: ("Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026.",
                       "Date as dd-mm-yyyy, for example 05-03-2026."),
    Code.DATE_NOT_REAL: ("Deze datum bestaat niet.", "This date does not exist."),
    Code.DATE_IMPLAUSIBLE: ("Kijk het jaartal na: een datum tussen {0} en {1}.",
                            "Check the year: a date between {0} and {1}."),
    Code.BIRTH_IN_FUTURE: ("De geboortedatum ligt in de toekomst.", "The date of birth is in the future."),
    Code.BIRTH_TOO_OLD: ("Ouder dan 100 jaar: kijk het jaartal na.", "Older than 100: check the year."),
    Code.BIRTH_TOO_YOUNG: ("Jonger dan 12 jaar: kijk het jaartal na.", "Younger than 12: check the year."),
    Code.AGE_CHECK: ("Leeftijd {0} jaar: klopt dat?", "Age {0}: is that right?"),
    Code.YEAR_DIGITS: ("Jaartal in cijfers, bijvoorbeeld 2019.", "Year in digits, for example 2019."),
    Code.YEAR_IMPLAUSIBLE: ("Dit jaartal is niet aannemelijk.", "This year is not plausible."),
    Code.WHOLE_NUMBER: ("Vul een heel getal in.", "Enter a whole number."),
    Code.NUMBER_RANGE: ("Tussen {0} en {1}.", "Between {0} and {1}."),
    Code.NOT_A_NUMBER: ("Dit is geen getal (NaN of oneindig). Vul een getal in.",
                        "This is not a number (NaN or infinity). Enter a number."),
    # The field's word first, as intake_desk.regions.region_problem words it.
    Code.REGION_UNKNOWN: ("{field}: '{0}' is geen arbeidsmarktregio; kies een van de 35 regio's of vul "
                          "postcode of woonplaats in.",
                          "{field}: '{0}' is not a labour-market region (arbeidsmarktregio); choose one "
                          "of the 35 regions or fill in the postcode or town."),
    Code.REGION_MEANT: ("{field}: '{0}' is geen arbeidsmarktregio; bedoelt u {1}?",
                        "{field}: '{0}' is not a labour-market region (arbeidsmarktregio); did you "
                        "mean {1}?"),
    Code.CONSENT_DATE: ("Vul de datum van de toestemming in.", "Enter the date of consent."),
    Code.LOOKS_LIKE_BSN: ("Dit lijkt op een BSN. Schrijf geen BSN op: haal het nummer weg.",
                          "This looks like a citizen service number (BSN). Do not write down a BSN: "
                          "remove the number."),
    Code.LOOKS_LIKE_ID_DOCUMENT: ("Dit lijkt op het nummer van een paspoort of ID-kaart. Schrijf dat "
                                  "niet op: haal het nummer weg.",
                                  "This looks like the number of a passport or ID card. Do not write "
                                  "it down: remove the number."),
}

# A field's name in words, where a text names it ({field}).
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "region_code": ("regio", "region"),
    "travel_regions": ("reisgebied", "travel area"),
}

_SHOWN = 60  # characters of typed text a message repeats; the rest is "…"


def text(problem: Problem, language: str = "nl") -> str:
    """The problem in Dutch ("nl") or English (anything else is Dutch)."""
    en = language == "en"
    template = TEXTS[problem.code][1 if en else 0]
    name = leaf(problem.field)
    word = FIELD_WORDS.get(name, (name, name))[1 if en else 0]
    return template.format(*(_shown(a) for a in problem.args), field=word)


def _shown(arg: str | int) -> str:
    """An argument as a message shows it: typed text shortened, broken characters escaped."""
    if isinstance(arg, int):
        return str(arg)
    short = arg if len(arg) <= _SHOWN else arg[:_SHOWN] + "…"
    return short.encode("utf-8", "backslashreplace").decode("utf-8")


# Python's json names a syntax error in English ("Expecting value"); a person reading the report gets
# what it means for their file, in Dutch and English. Keyed by the start of json's message.
JSON_SYNTAX: tuple[tuple[str, str, str], ...] = (
    ("Expecting property name", "hier hoort een naam tussen dubbele aanhalingstekens (staat er een "
     "komma te veel voor } of ]?)", "a name in double quotes belongs here (is there a comma too many "
     "before } or ]?)"),
    ("Expecting value", "hier hoort een waarde (staat er een komma te veel, of is het bestand leeg?)",
     "a value belongs here (is there a comma too many, or is the file empty?)"),
    ("Expecting ',' delimiter", "hier ontbreekt een komma tussen twee waarden",
     "a comma between two values is missing here"),
    ("Expecting ':' delimiter", "hier ontbreekt de dubbele punt na een naam",
     "the colon after a name is missing here"),
    ("Extra data", "na het einde van de JSON staat nog meer tekst",
     "there is more text after the end of the JSON"),
    ("Unterminated string", "een tekst zonder afsluitend aanhalingsteken",
     "a text without its closing quote"),
    ("Invalid control character", "een tab of regeleinde midden in een tekst; schrijf \\t of \\n",
     "a tab or line break inside a text; write \\t or \\n"),
    ("Invalid \\escape", "een ongeldige \\-code in een tekst", "an invalid \\ escape in a text"),
    ("Invalid \\u", "een ongeldige \\u-code in een tekst", "an invalid \\u escape in a text"),
)


def json_syntax(message: str) -> tuple[str, str]:
    """What json's error message means, in Dutch and English (the message itself when unknown)."""
    for start, nl, en in JSON_SYNTAX:
        if message.startswith(start):
            return nl, en
    return f"ongeldige JSON ({message})", f"invalid JSON ({message})"

