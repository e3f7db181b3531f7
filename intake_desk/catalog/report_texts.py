"""The English twin of every import report message (catalog and demand, their readers and the codec).

The checks word their findings in Dutch where they find them (a parser's ValueError, a reader's
TableError, the codec's Problem); this table gives each Dutch wording its English, matched as a
whole, so a message and its twin can never drift apart in a different place. A Dutch message with
no entry here shows in Dutch in both languages; tests/faults/test_files_probe.py fails on one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..validation_texts import JSON_SYNTAX

# (Dutch, as a regular expression matched against the whole message; English, with \1 etc.)
_TABLE: tuple[tuple[str, str], ...] = (
    # the file as a whole
    (r"het bestand is leeg", "the file is empty"),
    (r"het bestand is te groot \((\d+) MB; hoogstens (\d+) MB\)",
     r"the file is too large (\1 MB; at most \2 MB)"),
    (r"het bestand kan niet worden geopend \((.*)\)", r"the file cannot be opened (\1)"),
    (r"het bestand kan niet worden gelezen \((.*)\)", r"the file cannot be read (\1)"),
    (r"onbekend bestandstype (.*); gebruik \.csv, \.xlsx of \.json",
     r"unknown file type \1; use .csv, .xlsx or .json"),
    (r"het bestand zegt UTF-8 te zijn maar is dat niet", "the file says it is UTF-8 but it is not"),
    (r"het bestand is geen geldig UTF-16", "the file is not valid UTF-16"),
    (r"dit is geen tekstbestand \(CSV\); misschien een ander bestand met de naam \.csv",
     "this is not a text file (CSV); perhaps another kind of file named .csv"),
    (r"onbekende tekenset; sla het bestand op als 'CSV UTF-8' of 'CSV "
     r"\(gescheiden door lijstscheidingsteken\)'",
     "unknown character set; save the file as 'CSV UTF-8' or 'CSV (comma delimited)'"),
    (r"het bestand bevat geen kopregel en geen rijen", "the file has no header row and no rows"),
    (r"het bestand heeft alleen een kopregel en geen rijen", "the file has only a header row, no rows"),
    (r"CSV kan niet worden gelezen bij regel (\d+): een cel is groter dan 10 MB",
     r"the CSV cannot be read at line \1: a cell is larger than 10 MB"),
    (r"CSV kan niet worden gelezen bij regel (\d+): een aanhalingsteken \(\"\) dat de cel niet afsluit, "
     r"of een cel die na het sluitende aanhalingsteken doorgaat; zet de hele cel tussen "
     r"aanhalingstekens en schrijf een \" in de tekst als \"\" \(scheidingsteken: (.*)\)",
     r'the CSV cannot be read at line \1: a quote (") that does not close the cell, or a cell that '
     r'goes on after its closing quote; put the whole cell in quotes and write a " in the text as '
     r'"" (separator: \2)'),
    (r"CSV kan niet worden gelezen bij regel (\d+): ongeldige CSV \((.*)\)",
     r"the CSV cannot be read at line \1: invalid CSV (\2)"),
    (r"dit is geen geldig Excel-bestand \(\.xlsx\)", "this is not a valid Excel file (.xlsx)"),
    (r"het Excel-bestand bevat verdacht veel onderdelen; het wordt niet geopend",
     "the Excel file has suspiciously many parts; it is not opened"),
    (r"het Excel-bestand is verdacht sterk ingepakt \(mogelijk een zip-bom\); het wordt niet geopend",
     "the Excel file is suspiciously highly compressed (possibly a zip bomb); it is not opened"),
    (r"het Excel-bestand is uitgepakt te groot; het wordt niet geopend",
     "the Excel file is too large unpacked; it is not opened"),
    (r"het Excel-bestand kan niet worden gelezen \((.*)\)", r"the Excel file cannot be read (\1)"),
    (r"het Excel-bestand heeft geen werkblad", "the Excel file has no worksheet"),
    (r"het werkblad '(.*)' is leeg", r"the worksheet '\1' is empty"),
    (r"het werkblad is leeg", "the worksheet is empty"),
    (r"gelezen van werkblad", "read from worksheet"),
    (r"de kopregel staat op rij (\d+); wat erboven staat wordt niet ingelezen",
     r"the header is on row \1; what stands above it is not read"),
    (r"regel (\d+): geen UTF-8-tekst \(byte (0x[0-9a-f]{2})\); sla het bestand op als UTF-8",
     r"line \1: not UTF-8 text (byte \2); save the file as UTF-8"),
    (r"dit is geen geldig JSON-bestand \(te diep genest\)",
     "this is not a valid JSON file (nested too deep)"),
    (r"JSON verwacht een catalogus met 'items' en 'offerings', of een lijst rijen",
     "the JSON should be a catalog with 'items' and 'offerings', or a list of rows"),
    (r"JSON verwacht een lijst vraagcijfers of een object met 'demand'",
     "the JSON should be a list of demand figures or an object with 'demand'"),
    # columns
    (r"onbekende kolom; wordt genegeerd", "unknown column; ignored"),
    (r"dubbele kolom: '(.*)' betekent hetzelfde", r"duplicate column: '\1' means the same"),
    (r"dubbele kolom", "duplicate column"),
    (r"verplichte kolom '(.*)' ontbreekt \(ook herkend: (.*)\)",
     r"required column '\1' is missing (also recognised: \2)"),
    (r"verplichte kolom '(.*)' ontbreekt", r"required column '\1' is missing"),
    (r"kolom 'crebo' of 'beroep' ontbreekt", "column 'crebo' or 'beroep' (occupation) is missing"),
    (r"verplichte kolom ontbreekt voor een nieuw artikel", "required column missing for a new item"),
    (r"verplichte kolom ontbreekt voor nieuw aanbod", "required column missing for a new offering"),
    (r"onbekend onderdeel; wordt genegeerd", "unknown part; ignored"),
    (r"verwacht een lijst", "expected a list"),
    # cells
    (r"bevat een formule; zet er de waarde zelf in", "contains a formula; put the value itself in it"),
    (r"leeg; vul een getal in", "empty; fill in a number"),
    (r"geen geldig getal", "not a valid number"),
    (r"verwacht een getal", "expected a number"),
    (r"verwacht een geheel getal", "expected a whole number"),
    (r"kies ja of nee", "choose ja (yes) or nee (no)"),
    (r"leeg; kies uit: (.*)", r"empty; choose from: \1"),
    (r"onbekende waarde; kies uit: (.*)", r"unknown value; choose from: \1"),
    (r"(.*) is geen bestaande datum", r"\1 is not a date that exists"),
    (r"(.*) is geen datum; schrijf dd-mm-jjjj \(1-9-2027\) of jjjj-mm-dd",
     r"\1 is not a date; write dd-mm-yyyy (1-9-2027) or yyyy-mm-dd"),
    (r"(.*) is geen datum of maand; schrijf bijvoorbeeld 1-9-2027, september of elke maand",
     r"\1 is not a date or month; write for example 1-9-2027, september or elke maand (every month)"),
    (r"schrijf werkprocessen als 'B1-K1-W1: titel \| B1-K1-W2: titel'",
     "write work processes as 'B1-K1-W1: title | B1-K1-W2: title'"),
    (r"te lang: (\d+) tekens; hoogstens (\d+)", r"too long: \1 characters; at most \2"),
    (r"een regeleinde in de cel; zet de tekst op één regel",
     "a line break in the cell; put the text on one line"),
    (r"bevat onzichtbare stuurtekens of kapotte tekens; typ de tekst opnieuw",
     "contains invisible control characters or broken characters; type the text again"),
    (r"te veel beroepen: (\d+); hoogstens (\d+)", r"too many occupations: \1; at most \2"),
    (r"te veel werkprocessen: (\d+); hoogstens (\d+)", r"too many work processes: \1; at most \2"),
    (r"een code met spaties erin; schrijf hem zonder spaties \((.*)\)",
     r"a code with spaces in it; write it without spaces (\1)"),
    (r"lijkt op de opgeslagen code (.*) zonder de nul\(len\) vooraan \(Excel haalt die weg\); geef de "
     r"kolom de opmaak Tekst en typ de code opnieuw",
     r"looks like the stored code \1 without its leading zero(s) (Excel removes them); format the column "
     r"as Text and type the code again"),
    # rows
    (r"artikelcode is leeg; elke rij heeft een artikelcode, ook onder een samengevoegde cel",
     "artikelcode (item code) is empty; every row has one, also below a merged cell"),
    (r"aanbodcode is leeg terwijl er aanbod op deze rij staat",
     "aanbodcode (offering code) is empty while this row has an offering"),
    (r"dit lijkt een totaalregel, geen aanbod; haal de rij weg \(of importeer alleen de goede rijen\)",
     "this looks like a totals row, not an offering; remove the row (or import only the good rows)"),
    (r"artikelcode moet 1 tot 40 tekens zijn", "artikelcode (item code) must be 1 to 40 characters"),
    (r"aanbodcode moet 1 tot 60 tekens zijn", "aanbodcode (offering code) must be 1 to 60 characters"),
    (r"titel is leeg", "the title is empty"),
    (r"niveau (-?\d+) bestaat niet in het mbo; kies 1 tot en met 4",
     r"level \1 does not exist in mbo; choose 1 to 4"),
    (r"een kwalificatie heeft een niveau \(1-4\)", "a qualification has a level (1-4)"),
    (r"studiebelasting moet tussen 1 en 10000 SBU liggen", "study load must be between 1 and 10000 SBU"),
    (r"(-?\d+) weken kan niet; kies 1 tot en met (\d+)", r"\1 weeks is not possible; choose 1 to \2"),
    (r"uren per week moet groter dan 0 en hoogstens (\d+) zijn",
     r"hours per week must be more than 0 and at most \1"),
    (r"kosten moeten 0 of meer zijn", "costs must be 0 or more"),
    (r"minimale vooropleiding moet 0 tot en met 4 zijn", "minimum prior education must be 0 to 4"),
    (r"startdag moet 1 tot en met 31 zijn", "start day must be 1 to 31"),
    (r"onbekende arbeidsmarktregio; gebruik de code of naam van een van de 35 regio's",
     "unknown labour-market region; use the code or name of one of the 35 regions"),
    (r"onbekende arbeidsmarktregio", "unknown labour-market region"),
    (r"aanbieder is leeg", "the provider is empty"),
    (r"locatie is leeg", "the location is empty"),
    (r"artikel staat al in rij (\d+) met andere gegevens", r"the item is already on row \1 with other data"),
    (r"dubbele aanbodcode \(ook in rij (\d+)\)", r"duplicate offering code (also on row \1)"),
    (r"dit artikel bestaat niet in het bestand of de catalogus",
     "this item exists neither in the file nor in the catalog"),
    (r"de vorige stap verwijst naar een artikel dat niet bestaat",
     "the previous step points to an item that does not exist"),
    (r"'onderdeel van' verwijst naar een artikel dat niet bestaat",
     "'onderdeel van' (part of) points to an item that does not exist"),
    (r"de vorige stappen vormen een kring: (.*)", r"the previous steps form a circle: \1"),
    # demand
    (r"waardering moet 1 tot en met 5 zijn", "the rating must be 1 to 5"),
    (r"waardering voor (.*) moet 1 tot en met 5 zijn", r"the rating for \1 must be 1 to 5"),
    (r"vul een crebo of een beroep in", "fill in a crebo or an occupation"),
    (r"bron is leeg; zeg waar het cijfer vandaan komt",
     "the source is empty; say where the figure comes from"),
    (r"dubbel: staat ook in rij (\d+)", r"duplicate: also on row \1"),
    # the codec (JSON catalogs and demand files)
    (r"onbekend veld", "unknown field"),
    (r"verplicht veld ontbreekt", "required field missing"),
    (r"verwacht (.*), kreeg (.*)", r"expected \1, got \2"),
    (r"(.*) is geen bruikbaar getal \(geen NaN, Infinity of duizenden cijfers\)",
     r"\1 is not a usable number (no NaN, Infinity or thousands of digits)"),
)
_COMPILED = tuple((re.compile(nl, re.DOTALL), en) for nl, en in _TABLE)
_JSON = re.compile(r"dit is geen geldig JSON-bestand \(regel (\d+), kolom (\d+)\): (.*)", re.DOTALL)


@lru_cache(maxsize=2048)
def english(message: str) -> str | None:
    """The English twin of a Dutch report message, or None when the table lacks it."""
    if m := _JSON.fullmatch(message):
        en = next((e for _, nl, e in JSON_SYNTAX if nl == m[3]), None)
        return None if en is None else f"this is not a valid JSON file (line {m[1]}, column {m[2]}): {en}"
    for pattern, template in _COMPILED:
        if m := pattern.fullmatch(message):
            return m.expand(template)
    return None
