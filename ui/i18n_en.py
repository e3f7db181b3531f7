"""English for the desk's strings, used by `python -m ui.i18n_extract en` to fill the .ts file."""

ENGLISH: dict[str, str] = {
    "Beschadigd (open voor uitleg)": "Damaged (open it for details)",  # a row failing its checksum
    # goal as understood, quick intake place, file confirmations (issues 11 and 12)
    "%s (niveau %d)": "%s (level %d)",
    "%s (niveau %d, crebo %s)": "%s (level %d, crebo %s)",
    "Niet herkend — kies een opleiding uit de lijst": "Not recognised — choose a qualification from the list",
    "Breed doel: domein %s": "Broad goal: field %s",
    "Herkend als: %s (klopt dat?)": "Recognised as: %s (is that right?)",
    "Herkend als: %s": "Recognised as: %s",
    "Doel zoals begrepen": "Goal as understood",
    "Crebo van het doel": "Crebo code of the goal",
    "Bijvoorbeeld automonteur, of kies een opleiding uit de lijst":
        "For example car mechanic, or choose a qualification from the list",
    "&%d %s (regio %s)": "&%d %s (region %s)",
    "Opgeslagen: %s (in %s)": "Saved: %s (in %s)",
    "%d bestanden opgeslagen in %s": "%d files saved in %s",
    "Map met het opgeslagen bestand openen": "Open the folder with the saved file",
    "Zoeken &in:": "Look &in:", "Bestands&naam:": "File &name:", "Bestands&type:": "Files of &type:",
    "Openen": "Open", "Kiezen": "Choose",
    # issue 12: help menu, plan dock (consent, saved PDF), Dutch level
    ('<h3>Van intake naar plan in drie stappen</h3><ol><li><b>Intake.</b> Kies <i>Nieuwe '
     'intake</i> (Ctrl+N) of, op een beurs, de <i>Beursmodus</i> (Ctrl+Shift+N). Vul de gegevens '
     'in; met Alt+1 tot Alt+8 gaat u naar een onderdeel. Ctrl+S slaat op. Zet het vinkje voor '
     'toestemming als de kandidaat akkoord is.</li><li><b>Leerroutes.</b> Kies de kandidaat in '
     'de lijst. Het paneel <i>Leerroutes</i> toont passende routes met de redenen. Ontbreekt er '
     'iets, dan staat erbij wat u moet invullen.</li><li><b>Plan.</b> Kies een route en klik op '
     '<i>Opslaan als plan</i>. Het paneel <i>Plan</i> toont het plan; druk het af (Ctrl+P) of '
     'sla het op als PDF.</li></ol><p>Alle gegevens blijven op deze computer. Sneltoetsen: Help '
     '&gt; Sneltoetsen (F1).</p>'):
        ('<h3>From intake to plan in three steps</h3><ol><li><b>Intake.</b> Choose <i>New '
         'intake</i> (Ctrl+N) or, at a job fair, the <i>Job fair</i> mode (Ctrl+Shift+N). Fill '
         'in the details; Alt+1 to Alt+8 take you to a section. Ctrl+S saves. Tick the consent '
         'box when the candidate agrees.</li><li><b>Learning routes.</b> Choose the candidate in '
         'the list. The <i>Learning routes</i> panel shows fitting routes with their reasons. If '
         'something is missing, it says what to fill in.</li><li><b>Plan.</b> Choose a route and '
         'click <i>Save as plan</i>. The <i>Plan</i> panel shows the plan; print it (Ctrl+P) or '
         'save it as PDF.</li></ol><p>All data stays on this computer. Keyboard shortcuts: Help '
         '&gt; Keyboard shortcuts (F1).</p>'),
    'Hoe werkt het?': 'How does it work?',
    'Sneltoetsen': 'Keyboard shortcuts',
    ('Alles in Intake Desk werkt ook met het toetsenbord. Met Tab gaat u naar het volgende veld, '
     'met Shift+Tab terug.'):
        ('Everything in Intake Desk also works from the keyboard. Tab takes you to the next '
         'field, Shift+Tab back.'),
    'Wat': 'What',
    'Toetsen': 'Keys',
    '&Hoe werkt het?': '&How does it work?',
    '&Sneltoetsen': '&Keyboard shortcuts',
    ('%s heeft nog geen toestemming gegeven voor een plan. Vraag het de kandidaat. Is het '
     'akkoord: zet bij Toestemming (Alt+%d) de vinkjes “Toestemming gegeven” en “Plan maken” aan '
     'en sla op (Ctrl+S). In de beursmodus geeft het vinkje “Toestemming om contact op te nemen '
     'en te adviseren” die toestemming.'):
        ('%s has not given consent for a plan yet. Ask the candidate. If they agree: under '
         'Consent (Alt+%d) tick “Consent given” and “Making a plan” and save (Ctrl+S). In job '
         'fair mode the box “Consent to contact and advise” gives that consent.'),
    '%d plannen opgeslagen in %s': '%d plans saved in %s',
    'Map openen': 'Open folder',
    'Map met het opgeslagen plan openen': 'Open the folder with the saved plan',
    'Plan opgeslagen: %s (in %s)': 'Plan saved: %s (in %s)',
    'Geen': 'None',
    # sections and form
    "Wijzig %s": "Change %s", "Persoon": "Person", "Opleiding en werk": "Education and work",
    "Taal": "Language", "Wensen en beschikbaarheid": "Wishes and availability",
    "Financiering": "Funding", "Ondersteuning": "Support needs", "Toestemming": "Consent",
    "Notities": "Notes", "Regel toevoegen": "Add row", "Regel verwijderen": "Remove row",
    "Nieuwe intake": "New intake", "Ongedaan maken": "Undo", "Opnieuw": "Redo",
    "Opslaan (Ctrl+S)": "Save (Ctrl+S)", "Die kandidaat openen": "Open that candidate",
    "Toch opslaan als nieuw": "Save as new anyway", "Meldingen": "Messages",
    "Huidige situatie": "Current situation", "Verwezen door": "Referred by",
    "Opleidingen": "Education", "Startkwalificatie": "Basic qualification (startkwalificatie)",
    "Werk en vrijwilligerswerk": "Work and volunteering", "Werkervaring": "Work experience",
    "Niveau Nederlands (ERK)": "Dutch level (CEFR)", "Andere talen": "Other languages",
    "Beroep of doel": "Occupation or goal", "Sector": "Sector", "Gewenst bewijs": "Credential wanted",
    "Uren per week": "Hours per week", "ma": "Mon", "di": "Tue", "wo": "Wed", "do": "Thu",
    "vr": "Fri", "za": "Sat", "zo": "Sun", "Beschikbare dagen": "Available days",
    "Leerweg": "Learning pathway", "Start vanaf": "Start from", "Reistijd (minuten)":
    "Travel time (minutes)", "Financiering (één per regel)": "Funding (one per line)",
    "Financieringsmogelijkheden (één per regel)": "Funding options (one per line)",
    "Wonen": "Housing", "Inkomen": "Income", "Welzijn": "Well-being", "Werk en school":
    "Work and school", "Support": "Support network", "Datum toestemming": "Date of consent",
    "Zonder toestemming kan niets worden afgedrukt of geëxporteerd.":
        "Without consent nothing can be printed or exported.",
    "Opslaan": "Save", "Voornaam": "First name", "Tussenvoegsel": "Surname prefix",
    "Achternaam": "Surname", "Geboortedatum": "Date of birth", "Telefoon": "Phone",
    "E-mail": "Email", "Straat en huisnummer": "Street and number", "Postcode": "Postcode",
    "Woonplaats": "Town", "Gemeente": "Municipality", "Arbeidsmarktregio": "Labour-market region",
    "Datum intake": "Intake date", "Adviseur": "Advisor",
    "Heeft werk of een leerbaan": "Has a job or work placement",
    "Belangstelling voor EVC (erkenning van verworven competenties)":
        "Interested in EVC (recognition of prior learning)",
    "Nederlands is moedertaal": "Dutch is the mother tongue", "BOL": "BOL (school-based)",
    "BBL (werkend leren)": "BBL (work-based)", "Derde leerweg": "Third pathway",
    "Korte module": "Short module", "VOG nodig voor dit doel": "Certificate of conduct (VOG) needed",
    "Toelichting": "Note", "Verwijzing": "Referral", "Toestemming gegeven": "Consent given",
    "Advies": "Advice", "Plan maken": "Making a plan", "Delen met de school": "Sharing with the school",
    "Delen met de verwijzer": "Sharing with the referrer", "Anonieme statistiek": "Anonymous statistics",
    "Ja (volgt uit de opleidingen)": "Yes (follows from the education)",
    "Nee (volgt uit de opleidingen)": "No (follows from the education)",
    "Concept hersteld van %s. Kijk het na en sla op.": "Draft from %s restored. Check it and save.",
    "Mogelijk staat deze persoon er al in: %s, geboren %s, %s.":
        "This person may already be registered: %s, born %s, %s.",
    "Opgeslagen.": "Saved.", "Niveau": "Level", "Opleiding": "Programme", "Jaar": "Year",
    "Diploma": "Diploma", "Functie": "Role", "Taken": "Tasks", "Jaren": "Years",
    "Vrijwillig": "Volunteer", "Niet opgeslagen: %s — %s": "Not saved: %s — %s",
    "(en nog %d veld(en) om na te kijken)": "(and %d more field(s) to check)",
    "Niet opgeslagen: iemand anders heeft deze kandidaat intussen gewijzigd. Uw invoer staat nog hier "
    "en in een concept.": "Not saved: someone else changed this candidate meanwhile. Your input is "
    "still here and in a draft.",
    "Schoolverlater": "School leaver", "Student": "Student", "Werkzoekend": "Job seeker",
    "Werkend": "Employed", "Zzp": "Self-employed", "WW-uitkering": "Unemployment benefit (WW)",
    "Bijstand": "Social assistance", "Wajong": "Wajong benefit", "Nieuwkomer": "Newcomer",
    "Anders": "Other", "Zelf": "Self", "UWV": "UWV", "Werkgever": "Employer", "School": "School",
    "Regionaal Mobiliteitsteam": "Regional mobility team", "Leerwerkloket": "Leerwerkloket",
    "Nog niet bekend": "Not known yet", "Certificaat": "Certificate",
    "Praktijkverklaring": "Practical statement", "Belemmering: %s": "Barrier: %s",
    "Toelichting %s": "Note %s", "Doorverwezen naar (%s)": "Referred to (%s)",
    "Snelle intake (beursmodus)": "Quick intake (job fair mode)",
    "Typ en ga met Tab naar het volgende veld. Ctrl+Enter slaat op en maakt het formulier leeg voor de "
    "volgende persoon. Aanvullen doet u later aan de balie.": "Type and press Tab for the next field. "
    "Ctrl+Enter saves and clears the form for the next person. Complete the record later at the desk.",
    "Notitie": "Note", "Toestemming om contact op te nemen en te adviseren":
        "Consent to contact and advise", "Opslaan en volgende (Ctrl+Enter)":
        "Save and next (Ctrl+Enter)", "Opslaan en volgende": "Save and next",
    "Opgeslagen: %s (%d in deze sessie).": "Saved: %s (%d this session).",
    # list
    "Alle intakedata": "All intake dates", "Vandaag": "Today", "Afgelopen 7 dagen": "Last 7 days",
    "Afgelopen 30 dagen": "Last 30 days", "Afgelopen jaar": "Last year",
    "Concept herstellen": "Restore draft", "Concept weggooien": "Discard draft",
    "Zoek op naam, woonplaats, doel of notitie…": "Search name, town, goal or note…",
    "Zoeken": "Search", "Filter op status": "Filter by status", "Alle statussen": "All statuses",
    "Filter op intakedatum": "Filter by intake date", "Kandidaten": "Candidates",
    "Aantal gevonden": "Number found", "Niet opgeslagen": "Not saved",
    "Er is invoer die nog niet is opgeslagen. Bewaren als concept (u krijgt het bij de volgende start "
    "terug), weggooien, of teruggaan?": "Some input has not been saved. Keep it as a draft (offered "
    "again at the next start), discard it, or go back?",
    "Bewaren als concept": "Keep as draft", "Weggooien": "Discard", "Teruggaan": "Go back",
    "Gevonden: %d": "Found: %d",
    "Niet-opgeslagen invoer van een vorige sessie: %s (%s). Nog %d concept(en).":
        "Unsaved input from a previous session: %s (%s). %d draft(s) left.",
    "Snel (aanvullen)": "Quick (to complete)", "Concept": "Draft", "Volledig": "Complete",
    "Naam": "Name", "Geboren": "Born", "Status": "Status", "Intake": "Intake",
    # settings
    "Instellingen": "Settings", "Naam van de school": "School name", "Adres": "Address",
    "Website": "Website", "Logo (bestand)": "Logo (file)", "Naam adviseur": "Advisor name",
    "Standaard regio": "Default region", "Taal van het plan": "Plan language", "Thema": "Theme",
    "Taal van het programma": "Program language",
    "Een andere programmataal gaat in bij de volgende start.":
        "A different program language takes effect at the next start.",
    "Annuleren": "Cancel", "Logo kiezen": "Choose logo",
    "Afbeeldingen (*.png *.jpg *.svg)": "Images (*.png *.jpg *.svg)", "Kiezen…": "Choose…",
    "Nederlands": "Dutch", "Engels": "English", "Licht": "Light", "Donker": "Dark",
    "Hoog contrast": "High contrast", "English": "English", "Tekstgrootte": "Text size",
    "%d%% (normaal)": "%d%% (normal)",
    "Ook met Ctrl++ en Ctrl+- (menu Beeld)": "Also with Ctrl++ and Ctrl+- (View menu)",
    "Tekstgrootte: %d%%": "Text size: %d%%", "Tekst &groter": "&Larger text",
    "Tekst &kleiner": "&Smaller text", "&Normale tekstgrootte": "&Normal text size",
    # main window
    "Overzicht": "Overview", "Beursmodus": "Job fair", "Leerroutes": "Learning routes",
    "&Bestand": "&File", "&Reservekopie maken": "&Make backup", "&Afsluiten": "&Quit",
    "Be&eld": "&View", "&Help": "&Help", "&Over Intake Desk": "&About Intake Desk",
    "Over Intake Desk": "About Intake Desk", "Database niet geopend": "Database not opened",
    "Database openen: %s": "Opening database: %s", "Database: %s": "Database: %s",
    "Voorbeeldgegevens": "Sample data", "Reservekopie gemaakt: %s": "Backup made: %s",
    "&Nieuwe intake": "&New intake", "&Snelle intake (beursmodus)": "&Quick intake (job fair mode)",
    "&Zoeken": "&Search", "&Instellingen…": "&Settings…",
    # validation (core messages)
    "Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters.":
        "Postcode as 1234 AB: four digits (not starting with 0) and two letters.",
    "Deze lettercombinatie bestaat niet in Nederlandse postcodes.":
        "Dutch postcodes do not use these letters.",
    "Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56.":
        "This is not a phone number. For example 06 12345678 or +32 470 12 34 56.",
    "Dit telefoonnummer heeft te veel of te weinig cijfers.": "This phone number has too many or too "
    "few digits.", "Dit telefoonnummer lijkt niet te bestaan; kijk het na.":
        "This phone number does not seem to exist; please check it.",
    "E-mailadres als naam@voorbeeld.nl.": "Email address as name@example.nl.",
    "Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026.": "Date as dd/mm/yyyy, for example 05/03/2026.",
    "Deze datum bestaat niet.": "This date does not exist.",
    "De geboortedatum ligt in de toekomst.": "The date of birth is in the future.",
    "Ouder dan 100 jaar: kijk het jaartal na.": "Older than 100: check the year.",
    "Jonger dan 12 jaar: kijk het jaartal na.": "Younger than 12: check the year.",
    "Jaartal in cijfers, bijvoorbeeld 2019.": "Year in digits, for example 2019.",
    "Dit jaartal is niet aannemelijk.": "This year is not plausible.",
    "Vul een heel getal in.": "Enter a whole number.", "Dit veld is verplicht.": "This field is required.",
    "Vul de datum van de toestemming in.": "Enter the date of consent.",
    "Te lang: hoogstens %1 tekens.": "Too long: at most %1 characters.",
    "Te veel: hoogstens %1.": "Too many: at most %1.",
    "Hier staan tekens in die geen letters of cijfers zijn (stuurtekens of kapotte tekens). Typ de "
    "tekst opnieuw.": "This contains characters that are not letters or digits (control or broken "
    "characters). Type the text again.",
    "Kijk het jaartal na: een datum tussen %1 en %2.": "Check the year: a date between %1 and %2.",
    "Dit is geen getal (NaN of oneindig). Vul een getal in.":
        "This is not a number (NaN or infinity). Enter a number.",
    "Leeftijd %1 jaar: klopt dat?": "Age %1: is that right?", "Tussen %1 en %2.": "Between %1 and %2.",
    "'%1' is geen arbeidsmarktregio; bedoelt u %2?": "'%1' is not a labour-market region; did you mean %2?",
    "'%1' is geen arbeidsmarktregio; kies een van de 35 regio's of vul postcode of woonplaats in.":
        "'%1' is not a labour-market region; choose one of the 35 regions or fill in the postcode or town.",
    # intake form: where the candidate lives and the travel area (intake_desk.regions)
    "Waar de kandidaat woont": "Where the candidate lives",
    "Reisgebied": "Travel area", "Reisgebied (arbeidsmarktregio's)": "Travel area (labour-market regions)",
    "Typ om te zoeken, bijvoorbeeld Rijnmond of Den Haag": "Type to search, for example Rijnmond or Den Haag",
    "Zoek een regio": "Search a region", "Gekozen: %s": "Chosen: %s",
    "Nog geen regio gekozen: alle regio's worden bekeken.": "No region chosen yet: all regions are searched.",
    "Postcode en woonplaats horen bij verschillende gemeenten. Welke klopt?":
        "Postcode and town belong to different municipalities. Which one is right?",
    "Deze postcode ligt in meer gemeenten. In welke woont de kandidaat?":
        "This postcode lies in more than one municipality. In which does the candidate live?",
    "Deze woonplaats bestaat in meer gemeenten. Welke bedoelt u?":
        "This town exists in more than one municipality. Which one do you mean?",
    "%s (regio %s)": "%s (region %s)", "Kies gemeente %s": "Choose municipality %s",
    "Gemeente %s, arbeidsmarktregio %s.": "Municipality %s, labour-market region %s.",
    "Arbeidsmarktregio %s; de gemeente is nog niet zeker.":
        "Labour-market region %s; the municipality is not certain yet.",
    "Kies hierboven de gemeente; dan volgt de regio.": "Choose the municipality above; the region follows.",
    # dates and numbers (ui/locale_format.py): the English UI formats as English (Netherlands)
    "nl_NL": "en_NL", "dd-mm-jjjj": "dd/mm/yyyy", "naam@voorbeeld.nl": "name@example.nl",
    # desk: duplicates (full and quick intake)
    "Mogelijke dubbele inschrijving": "Possible duplicate registration",
    "Toch opslaan als nieuw (Ctrl+Enter)": "Save as new anyway (Ctrl+Enter)",
    "Nog niet opgeslagen: kijk eerst of dit dezelfde persoon is.":
        "Not saved yet: first check whether this is the same person.",
    # overview
    "Intake Desk": "Intake Desk", "Snelle intakes nog aan te vullen": "Quick intakes still to complete",
    "Catalogus: opleidingen, certificaten en modules": "Catalogue: programmes, certificates and modules",
    "Catalogus: aanbod (startmomenten en locaties)": "Catalogue: offerings (start dates and locations)",
    "Arbeidsmarktregio's met aanbod": "Labour-market regions with offerings",
    "Let op: de catalogus is een voorbeeld. De scholen, locaties en crebo's zijn echt; wie wat aanbiedt, "
    "de data en de prijzen zijn verzonnen. Importeer het aanbod van uw school voordat u echte plannen "
    "maakt.": "Note: the catalogue is a sample. The schools, locations and crebo codes are real; who "
    "offers what, the dates and the prices are invented. Import your school's offerings before you "
    "make real plans.",
    # main window (more)
    "Intake Desk: intakes, passende leerroutes en ontwikkelplannen voor intakeadviseurs in het mbo, bij "
    "Leerwerkloketten en Regionale Mobiliteitsteams.\n\nAlle gegevens blijven op deze computer. Geen BSN.":
        "Intake Desk: intakes, suitable learning routes and development plans for intake advisors in "
        "MBO (secondary vocational education), at Leerwerkloketten and Regional Mobility Teams.\n\n"
        "All data stays on this computer. No citizen service number (BSN).",
    "Database beschadigd": "Database damaged",
    "De catalogus is een voorbeeld: echte scholen en crebo's, verzonnen aanbod (wie wat geeft, data, "
    "prijzen).": "The catalogue is a sample: real schools and crebo codes, invented offerings (who offers "
    "what, dates, prices).",
    "Nu de nieuwste goede reservekopie terugzetten? Het beschadigde bestand blijft bewaard.":
        "Restore the newest good backup now? The damaged file is kept.",
    "Teruggezet": "Restored",
    "De reservekopie is teruggezet. Het beschadigde bestand staat in %s.":
        "The backup has been restored. The damaged file is in %s.",
    "De reservekopie wordt teruggezet…": "Restoring the backup…",
    # feedback
    "Programmafout": "Program error",
    "Er ging iets mis in Intake Desk. Uw gegevens zijn niet gewijzigd. Stuur de details hieronder naar "
    "de beheerder.": "Something went wrong in Intake Desk. Your data has not been changed. Send the "
    "details below to your administrator.",
    "Niet gelukt": "That did not work",
    "Afgebroken; er is niets gewijzigd.": "Cancelled; nothing was changed.",
    # catalogue tab
    "Catalogus": "Catalogue", "&Catalogus": "&Catalogue", "Catalogus &importeren…": "&Import catalogue…",
    "Catalogus &exporteren…": "&Export catalogue…", "&Vraagcijfers importeren…": "Import &demand figures…",
    "Catalogus exporteren": "Export catalogue",
    "CSV voor Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)":
        "CSV for Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)",
    "Titel": "Title", "Soort": "Kind", "Aanbieder": "Provider", "Plaats": "Place", "Regio": "Region",
    "Weken": "Weeks", "Uren/week": "Hours/week", "Kosten": "Cost", "Start": "Start", "Code": "Code",
    "Zoek op opleiding, code, aanbieder of plaats…": "Search programme, code, provider or place…",
    "Elke startmaand": "Any start month", "Start in %s": "Starts in %s", "Alle niveaus": "All levels",
    "Niveau %s": "Level %s", "Zonder niveau": "Without level", " (voorbeeldgegevens)": " (sample data)",
    "Alle sectoren": "All sectors", "Alle regio's": "All regions", "Alle soorten": "All kinds",
    "Gevonden: %s aanbod": "Found: %s offerings",
    "Voorbeeld: echte scholen en crebo's, verzonnen aanbod": "Sample: real schools and crebo codes, "
    "invented offerings",
    "%s rijen geëxporteerd naar %s": "%s rows exported to %s",
    # catalogue import
    "Catalogus importeren": "Import catalogue", "Vraagcijfers importeren": "Import demand figures",
    "CSV, Excel (.xlsx) of JSON": "CSV, Excel (.xlsx) or JSON", "Bladeren…": "Browse…",
    "&Controleren": "&Check", "Bestand:": "File:",
    "Kies een bestand en klik op Controleren. Er wordt dan nog niets geïmporteerd.":
        "Choose a file and click Check. Nothing is imported yet.",
    "Alleen de goede rijen importeren (foute rijen overslaan)":
        "Import only the good rows (skip rows with errors)",
    "&Importeren": "&Import", "Importeren": "Importing", "Sluiten": "Close",
    "Bestand kiezen": "Choose file",
    "Catalogus (*.csv *.xlsx *.json);;Alle bestanden (*)": "Catalogue (*.csv *.xlsx *.json);;All files (*)",
    "Bezig met controleren…": "Checking…", "Bestand controleren": "Checking the file",
    "Het bestand is in orde. Klik op Importeren om het over te nemen.":
        "The file is in order. Click Import to take it over.",
    "Het bestand heeft fouten; er is niets geïmporteerd. Verbeter de genoemde rijen en kolommen, of "
    "importeer alleen de goede rijen.": "The file has errors; nothing has been imported. Correct the "
    "rows and columns listed, or import only the good rows.",
    "Geïmporteerd. Er is eerst een reservekopie gemaakt.": "Imported. A backup was made first.",
    "Niets te doen: de catalogus bevat deze gegevens al.":
        "Nothing to do: the catalogue already contains this data.",
    "Niet geïmporteerd: het bestand heeft (nu) fouten.": "Not imported: the file has errors (now).",
    # plan panel and day batch
    "Plan": "Plan", "Taal:": "Language:", "In welke taal het plan wordt afgedrukt":
        "The language the plan is printed in",
    "Plan afdrukken": "Print plan", "Plannen van een dag afdrukken…": "Print a day's plans…",
    "De printer kon niet worden gestart.": "The printer could not be started.",
    "Plan opslaan als PDF": "Save plan as PDF", "PDF-bestanden (*.pdf)": "PDF files (*.pdf)",
    "Map voor de plannen": "Folder for the plans", "Geen printer gevonden": "No printer found",
    "Er is geen printer ingesteld op deze computer. Wilt u het plan opslaan als PDF? Dat bestand kunt u "
    "later afdrukken.": "No printer is set up on this computer. Do you want to save the plan as a PDF? "
    "You can print that file later.",
    "Afdrukken…": "Print…", "Opslaan als PDF…": "Save as PDF…",
    "Kies een kandidaat om het plan te zien.": "Choose a candidate to see the plan.",
    "Voorbeeld van het plan": "Preview of the plan", "Plan maken…": "Making the plan…",
    "Het plan kon niet worden gemaakt.": "The plan could not be made.", "Niet afgedrukt": "Not printed",
    "Het bestand kon niet worden opgeslagen: %s": "The file could not be saved: %s",
    "Het plan kon niet worden getoond.": "The plan could not be shown.",
    "Plannen van een dag": "A day's plans", "Afdrukken": "Print",
    "Opslaan als PDF's in een map": "Save as PDFs in a folder", "Intakedag:": "Intake day:",
    "Wat:": "What:", "Starten": "Start", "Plannen van %s": "Plans of %s",
    "Er zijn geen plannen van kandidaten met een intake op die dag.":
        "There are no plans of candidates with an intake on that day.",
    # routes panel
    "Kies een kandidaat om passende leerroutes te zien.":
        "Choose a candidate to see suitable learning routes.",
    "Voorgestelde routes": "Proposed routes", "Ander aanbod voor deze stap": "Other offering for this step",
    "Wisselen": "Swap", "Stap wisselen": "Swap step", "Nieuwe startdatum": "New start date",
    "Start verplaatsen": "Move start", "Stap weghalen": "Remove step",
    "Terug naar voorstel": "Back to proposal",
    "Route aanpassen…": "Change the route…",
    "Route-aanpassing ongedaan maken": "Undo route change",
    "Route-aanpassing opnieuw doen": "Redo route change",
    "De gekozen route opslaan als nieuwe versie van het plan (Ctrl+Shift+S)":
        "Save the chosen route as a new version of the plan (Ctrl+Shift+S)",
    "Een stap wisselen, later laten beginnen of weghalen": "Swap a step, start it later or drop it",
    "Laatste wijziging ongedaan maken (Ctrl+Z)": "Undo the last change (Ctrl+Z)",
    "Wijziging opnieuw doen (Ctrl+Shift+Z)": "Redo the change (Ctrl+Shift+Z)",
    "Redenen en aandachtspunten": "Reasons and points to watch", "Opslaan als plan": "Save as plan",
    "Plan zonder route opslaan": "Save plan without a route",
    "Routes zoeken…": "Finding routes…", "diploma": "diploma", "mbo-certificaat": "MBO certificate",
    "praktijkverklaring": "practical statement", "schoolverklaring": "school statement",
    "Einde": "End", "Stap": "Step", "Aanbieder en plaats": "Provider and place", "Uur/week": "Hrs/week",
    " (tussenstap)": " (bridging step)", "Plan opgeslagen als versie %s.": "Plan saved as version %s.",
    "Routes voor %s": "Routes for %s", "Deze wijziging breekt een regel:": "This change breaks a rule:",
    "u/w": "h/wk", "Geen passende route voor %s.": "No suitable route for %s.",
    "Waarom deze route": "Why this route", "Regelen en aandachtspunten": "To arrange and to watch",
    "weken": "weeks", "Score": "Score", "zelf te betalen": "to pay yourself",
    "%1 punten · %2 weken · %3 t/m %4 · %5": "%1 points · %2 weeks · %3 to %4 · %5",
    # catalogue codes shown as words
    "Kwalificatie": "Qualification", "Keuzedeel": "Elective",
    "Module": "Module", "BBL": "BBL (work-based)", "Kort": "Short", "elke maand": "every month",
    # issue 12: welcome, Vandaag, the workspace, words instead of points, screen-reader names
    "Tekst wissen": "Clear text", "Alles selecteren": "Select all", "Meer": "More",
    "Organisatie op het plan": "Organisation on the plan", "Programma": "Program",
    "Uw naam": "Your name", "Organisatie": "Organisation", "Regio waar u werkt": "Region you work in",
    "Zoals op het plan, bijvoorbeeld Lan Đặng": "As on the plan, for example Lan Đặng",
    "School, Leerwerkloket of mobiliteitsteam": "School, Leerwerkloket or mobility team",
    "Bijvoorbeeld 06 12345678": "For example 06 12345678",
    "Welkom bij Intake Desk": "Welcome to Intake Desk", "Welkom": "Welcome",
    "Vul in wie u bent. Uw naam, organisatie en contactgegevens komen op elk plan dat u afdrukt, "
    "zodat de kandidaat weet bij wie hij terecht kan. U kunt dit later wijzigen via Bestand > "
    "Instellingen.":
        "Tell us who you are. Your name, organisation and contact details go on every plan you "
        "print, so the candidate knows whom to contact. You can change this later under File > "
        "Settings.",
    "Later": "Later", "Zonder naam kan een plan niet worden afgedrukt.":
        "Without a name a plan cannot be printed.",
    "Opslaan…": "Saving…", "(nog niet gekozen)": "(not chosen yet)",
    "Niet opgeslagen: kijk de rood gemarkeerde velden na.":
        "Not saved: check the fields marked in red.",
    "Aanbod in de catalogus": "Offerings in the catalog", "Zoeken in de catalogus": "Search the catalog",
    "Filter op sector": "Filter by sector", "Filter op niveau": "Filter by level",
    "Filter op regio": "Filter by region", "Filter op soort": "Filter by kind",
    "Filter op startmaand": "Filter by start month",
    "1 opleiding of cursus gevonden": "1 course found",
    "%s opleidingen en cursussen gevonden": "%s courses found",
    "(nog zonder naam)": "(no name yet)", "Nieuwe intake (Ctrl+N)": "New intake (Ctrl+N)",
    "Beursmodus (Ctrl+Shift+N)": "Job fair (Ctrl+Shift+N)",
    "Kandidaat zoeken (Ctrl+F)": "Find a candidate (Ctrl+F)",
    "Intakes van vandaag": "Today's intakes",
    "Nog geen intakes vandaag. Start een intake met Ctrl+N of de beursmodus (Ctrl+Shift+N).":
        "No intakes today yet. Start one with Ctrl+N or the job fair mode (Ctrl+Shift+N).",
    "Af te maken": "To finish",
    "Niets af te maken. Snelle intakes uit de beursmodus en concepten verschijnen hier.":
        "Nothing to finish. Quick intakes from the job fair and drafts show here.",
    "Plannen": "Plans",
    "Geen plannen klaar om te maken of af te drukken. Een volledige intake met toestemming komt "
    "hier te staan tot er een plan is.":
        "No plans to make or print. A complete intake with consent shows here until it has a plan.",
    "In deze database": "In this database", "Intake van %s": "Intake of %s", "intake": "intake",
    "snelle intake: aanvullen aan de balie": "quick intake: complete it at the desk",
    "concept: afmaken": "draft: finish it",
    "niet opgeslagen invoer: nakijken en opslaan": "unsaved input: check and save it",
    "klaar voor een plan: leerroute kiezen": "ready for a plan: choose a learning route",
    "volledig, maar nog geen toestemming voor een plan": "complete, but no consent for a plan yet",
    "plan van vandaag: afdrukken": "today's plan: print it", "snelle intake": "quick intake",
    "concept": "draft", "volledig": "complete",
    "plan van vandaag (versie %d): afdrukken": "today's plan (version %d): print it",
    "past zeer goed": "fits very well", "past goed": "fits well", "past redelijk": "fits fairly well",
    "past matig": "fits poorly", "1 stap": "1 step", "%d stappen": "%d steps",
    "Stappen van de route": "Steps of the route", "Details: score %1 · %2": "Details: score %1 · %2",
    "uur per week": "hours a week", "%1: %2 — %3": "%1: %2 — %3", "%1 — %2": "%1 — %2",
    "%1 t/m %2 · %3 weken · %4": "%1 to %2 · %3 weeks · %4",
    "Volgende stap: plan bekijken en afdrukken": "Next step: view and print the plan",
    "Kandidaat": "Candidate", "Volgende stap": "Next step", "Nieuwe intake starten": "Start a new intake",
    "Volgende stap: intake aanvullen": "Next step: complete the intake",
    "Volgende stap: toestemming voor een plan vastleggen": "Next step: record consent for a plan",
    "Volgende stap: leerroutes bekijken": "Next step: look at learning routes",
    "Geen kandidaat gekozen": "No candidate chosen",
    "Kies iemand in de lijst, of start een nieuwe intake.":
        "Choose someone in the list, or start a new intake.",
    "Gegevens van de kandidaat": "Candidate details", "Ctrl+Shift+Enter": "Ctrl+Shift+Enter",
    "Kies iemand in de lijst, of start een nieuwe intake (Ctrl+N).":
        "Choose someone in the list, or start a new intake (Ctrl+N).",
    "regio onbekend": "region unknown", "status: %s": "status: %s",
    "toestemming voor plan: ja": "consent for a plan: yes",
    "toestemming voor plan: nee": "consent for a plan: no", "voorbeeld": "sample",
    "Stap %d: %s": "Step %d: %s", "daarna": "then", "%d jaar": "%d years", "plan versie %d":
        "plan version %d", "Klaar": "Done",
    # issue 17: follow-up (Vandaag, workspace stage and next contact) and regional figures
    "Opvolgen": "Follow-up", "Vandaag contact": "Contact today",
    "Niemand om vandaag te bellen. Een volgende afspraak zet u bij de kandidaat (Ctrl+Shift+D).":
        "Nobody to call today. Set a next contact with the candidate (Ctrl+Shift+D).",
    "Te laat": "Overdue", "Geen afspraken die voorbij zijn.": "No contacts that have passed.",
    "Lang niets gehoord": "Not heard from in a long time",
    "Iedereen met een lopend traject heeft een afspraak of recent contact.":
        "Everyone with an open trajectory has a contact planned or was contacted recently.",
    "Lang niets gehoord (%d dagen of meer)": "Not heard from (%d days or more)",
    "afspraak vandaag": "contact today", "Laatste contact: %s": "Last contact: %s",
    "1 dag te laat (%s)": "1 day overdue (%s)", "%d dagen te laat (%s)": "%d days overdue (%s)",
    "%d dagen geen contact": "%d days without contact",
    "Fase wijzigen": "Change stage", "Volgend contact": "Next contact",
    "Fase terugzetten": "Put the stage back", "Fase wijzigen (Ctrl+T)": "Change stage (Ctrl+T)",
    "Geschiedenis": "History", "Geschiedenis van de fase": "Stage history",
    "Volgend contact wijzigen (Ctrl+Shift+D)": "Change next contact (Ctrl+Shift+D)",
    "Fase: …": "Stage: …", "Fase: %s": "Stage: %s", "(Ctrl+T wijzigt)": "(Ctrl+T changes it)",
    "Volgend contact: geen": "Next contact: none", "Volgend contact: %s": "Next contact: %s",
    "(verlopen)": "(passed)", "Fase van %s: %s.": "Stage of %s: %s.",
    "Kies eerst een kandidaat in de lijst.": "Choose a candidate in the list first.",
    "De fase wordt nog gelezen; probeer het zo weer.":
        "The stage is still being read; try again in a moment.",
    "Vergist? Ctrl+Z zet de fase terug.": "A mistake? Ctrl+Z puts the stage back.",
    "Vergist? Terugzetten kan hier niet; zie Geschiedenis.":
        "A mistake? It cannot be put back from here; see History.",
    "Fase niet gewijzigd": "Stage not changed", "Fase van %s teruggezet: %s.": "Stage of %s put back: %s.",
    "Volgend contact met %s: %s.": "Next contact with %s: %s.",
    "Geen volgend contact meer met %s.": "No next contact with %s any more.",
    "&Overzicht": "&Overview", "&Cijfers regio…": "Regional &figures…",
    "Opvolgen: %d vandaag, %d te laat": "Follow-up: %d today, %d overdue",
    "Opvolgen: %d vandaag": "Follow-up: %d today", "Opvolgen: %d te laat": "Follow-up: %d overdue",
    "Naar Vandaag: wie u vandaag belt of mailt": "To Today: who to call or e-mail today",
    "Nieuwe fase": "New stage", "Reden van uitvallen": "Reason for dropping out",
    "Behaald bewijs": "Credential gained", "Datum van de wijziging": "Date of the change",
    "&Datum:": "&Date:", "Enter legt vast, Esc gaat terug.": "Enter records it, Esc goes back.",
    "Vastleggen": "Record",
    "Nog geen wijzigingen vastgelegd. De fase volgt dan uit de intake en het plan.":
        "No changes recorded yet. Until then the stage follows from the intake and the plan.",
    "Datum van het volgende contact": "Date of the next contact",
    "&Geen volgend contact": "&No next contact",
    "bijvoorbeeld: bellen over de startdatum": "for example: call about the start date",
    "&Notitie:": "No&te:", "Fase van %s": "Stage of %s", "Nu: %s": "Now: %s",
    "&Nieuwe fase (kies met een cijfer):": "&New stage (choose with a number):",
    "&Reden van uitvallen (kies met een cijfer):": "&Reason for dropping out (choose with a number):",
    "&Wat heeft de kandidaat behaald? (kies met een cijfer)":
        "&What did the candidate gain? (choose with a number)",
    "Vanuit deze fase is geen volgende fase mogelijk.": "No next stage is possible from this stage.",
    "Fasen van %s": "Stages of %s", "Datum": "Date", "Wijziging": "Change",
    "Vastgelegd op": "Recorded on", "Volgend contact met %s": "Next contact with %s",
    "K%d %d": "Q%d %d", "Laatste 12 maanden": "Last 12 months", "Cijfers regio": "Regional figures",
    "Periode": "Period", "Eigen keuze": "Custom", "Van": "From", "Tot en met": "Up to and including",
    "Tone&n": "S&how",
    "Voorbeeldgegevens: deze cijfers tellen verzonnen kandidaten mee.":
        "Sample data: these figures count invented candidates.",
    ("Aantallen onder 5 staan er als “<5”; “x” is verborgen zodat zo'n klein aantal niet uit het "
     "totaal terug te rekenen is. Alleen aantallen, geen namen."):
        ("Counts under 5 are shown as “<5”; “x” is hidden so that such a small count cannot be "
         "worked out from the total. Counts only, no names."),
    "&Opslaan als PDF, XLSX of CSV…": "&Save as PDF, XLSX or CSV…",
    "Cijfers worden geteld…": "Counting the figures…", "Cijfers tellen": "Counting the figures",
    "Kerncijfers": "Key figures", "Cijfers opslaan": "Save figures",
    "Dit kwartaal (%s)": "This quarter (%s)", "Vorig kwartaal (%s)": "Last quarter (%s)",
    "Dit jaar (%d)": "This year (%d)", "Vorig jaar (%d)": "Last year (%d)",
    "De einddatum ligt voor de begindatum.": "The end date is before the start date.",
    "%s, %s t/m %s": "%s, %s to %s",
    "Mediaan dagen van intake tot start: %s": "Median days from intake to start: %s",
    "PDF-rapport (*.pdf)": "PDF report (*.pdf)",
    "Excel-werkmap met grafieken (*.xlsx)": "Excel workbook with charts (*.xlsx)",
    "CSV voor eigen rekenwerk (*.csv)": "CSV for your own calculations (*.csv)",
    "&Periode:": "&Period:", "&Van:": "&From:", "&Tot en met:": "&To:", "&Regio:": "&Region:",
    "Grafiek": "Chart", "Geen gegevens in deze periode.": "No data in this period.",
    "%s kon niet worden opgeslagen: %s": "%s could not be saved: %s",
    "Gesproken vandaag": "Spoke today",
    "Vastleggen dat u vandaag contact had met de kandidaat":
        "Record that you were in contact with the candidate today",
    "Contact met %s vandaag vastgelegd.": "Contact with %s today recorded.",
}
