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
    "&Plan afdrukken…": "&Print plan…",
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
    "(en nog 1 veld om na te kijken)": "(and 1 more field to check)",
    "(en nog %d velden om na te kijken)": "(and %d more fields to check)",
    "Niet opgeslagen: iemand anders heeft deze kandidaat intussen gewijzigd. Uw invoer staat nog hier "
    "en in een concept.": "Not saved: someone else changed this candidate meanwhile. Your input is "
    "still here and in a draft.",
    # issue 19: two desks on one database (a late save merged or chosen; a server in the status bar)
    "Een andere desk heeft deze kandidaat intussen opgeslagen; de wijzigingen worden samengevoegd…":
        "Another desk saved this candidate meanwhile; the changes are being merged…",
    "Opgeslagen en samengevoegd met wat een andere desk intussen opsloeg (%s).":
        "Saved, and merged with what another desk saved meanwhile (%s).",
    "Opslaan met uw keuzes…": "Saving with your choices…",
    "Niet opgeslagen: een andere desk heeft dezelfde velden gewijzigd. Uw invoer staat nog hier en in "
    "een concept; Opslaan (Ctrl+S) toont de keuze opnieuw.":
        "Not saved: another desk changed the same fields. Your input is still here and in a draft; "
        "Save (Ctrl+S) shows the choice again.",
    "Intussen gewijzigd door een andere desk": "Changed meanwhile at another desk",
    "Een andere desk heeft %s opgeslagen terwijl u eraan werkte. Wat maar één van beide veranderde, "
    "is samengevoegd. Kies hieronder per veld welke waarde blijft.":
        "Another desk saved %s while you were working on it. What only one of you changed has been "
        "merged. Choose below, for each field, which value stays.",
    "&Velden die beide desks wijzigden (pijltjes omhoog/omlaag):":
        "&Fields both desks changed (arrows up/down):",
    "Waarde (1 of pijltje links: uw invoer; 2 of pijltje rechts: de andere desk):":
        "Value (1 or arrow left: your input; 2 or arrow right: the other desk):",
    "Opslaan met deze keuzes (Enter)": "Save with these choices (Enter)",
    "Terug naar het formulier (Esc)": "Back to the form (Esc)",
    "uw invoer": "your input", "de andere desk": "the other desk", "%d. %s: %s": "%d. %s: %s",
    "1  Uw invoer: %s": "1  Your input: %s",
    "2  Intussen opgeslagen door een andere desk: %s": "2  Saved meanwhile by another desk: %s",
    "Server openen: %s": "Opening server: %s", "Server: %s": "Server: %s",
    "Werkt niet op een gedeelde server: IT maakt de reservekopieën van de server (pg_dump).":
        "Does not work on a shared server: IT backs up the server (pg_dump).",
    "Werkt niet op een gedeelde server: de server beveiligt de gegevens zelf (versleutelde verbinding, "
    "een rol per desk). Vergrendel het scherm met de computer zelf.":
        "Does not work on a shared server: the server protects the data itself (an encrypted "
        "connection, a role per desk). Lock the screen with the computer itself.",
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
    # issue 14: a route with an unknown level of Dutch is not judged before the level is known
    "eerst niveau Nederlands nagaan (Taal, Alt+3)": "check the level of Dutch first (Language, Alt+3)",
    "eerst nagaan": "check first",
    # issue 14: the screen's words for the matcher's gap codes (ui/views/route_words.py)
    "past nu niet binnen de regels": "does not fit within the rules now",
    "staat nu niet in het aanbod": "is not in the catalog now",
    "wordt niet gegeven in uw reisgebied": "is not given in your travel area",
    "vraagt meer uren per week dan u heeft": "asks more hours a week than you have",
    "is er niet in de leerweg die u wilt": "does not run in the learning path you want",
    "vraagt toelatingseisen die nu nog niet te halen zijn": "has entry requirements that cannot be met yet",
    "heeft geen startmoment in de gewenste periode": "has no start in the wished period",
    "heeft u al": "is something you already hold",
    "is niet nodig: uw Nederlands is al op dat niveau": "is not needed: your Dutch is already at that level",
    "hier speelt iets": "there is an issue here",
    "Wel in het aanbod, verwant (zelfde beroepsopleiding): {names}.":
        "In the offering and related (same vocational programme): {names}.",
    "Wel in het aanbod, verwant (zelfde domein): {names}.":
        "In the offering and related (same field): {names}.",
    ("Er zijn (nog) geen uren per week om te leren vastgelegd. Eerst uitzoeken wanneer er tijd is en dat "
     "invullen; daarna kan een route gemaakt worden."):
        ("No hours a week for learning have been recorded (yet). First find out when there is time and "
         "fill it in; then a route can be made."),
    "Er is nog geen doel vastgelegd.": "No goal has been recorded yet.",
    ("Het niveau Nederlands is nog niet bekend. Deze route gaat uit van geen Nederlands en kan veel korter "
     "zijn. Vul bij Taal (Alt+3) het niveau Nederlands in, of zet het vinkje bij moedertaal. Dan zoeken we "
     "opnieuw."):
        ("The level of Dutch is not known yet. This route assumes no Dutch and may be much shorter. Fill in "
         "the level of Dutch under Language (Alt+3), or tick native speaker. Then we search again."),
    ("Laat eerst uw buitenlandse diploma waarderen. Vraag een diplomawaardering aan bij IDW "
     "(Internationale Diplomawaardering van Nuffic en SBB, idw.nl). Stuur een kopie van uw diploma, "
     "cijferlijst en paspoort mee. Dan weet de school op welk niveau u kunt beginnen."):
        ("First have your foreign diploma evaluated. Apply for a diploma evaluation at IDW (International "
         "Diploma Evaluation by Nuffic and SBB, idw.nl). Send a copy of your diploma, transcript and "
         "passport. Then the school knows at which level you can start."),
    ("Tot uw 18e bent u kwalificatieplichtig: u volgt een opleiding tot u een startkwalificatie heeft "
     "(havo, vwo of een mbo-diploma op niveau 2 of hoger). Dat kan op school (BOL) of in BBL (werken en "
     "leren), met een baan. De leerplichtambtenaar van uw gemeente let daarop."):
        ("Until you are 18 you have a duty to keep learning until you have a basic qualification (havo, "
         "vwo or an mbo diploma at level 2 or higher): at school (BOL) or working and learning in BBL "
         "(work-based), with a job. The school attendance officer of your municipality checks this."),
    ("U bent jonger dan 23 en heeft nog geen startkwalificatie. De RMC-consulent van uw gemeente "
     "(Regionale Meld- en Coördinatiefunctie) helpt u een opleiding te vinden en houdt contact tot u een "
     "diploma op niveau 2 of hoger heeft. Meld u daar als u nog geen begeleider heeft."):
        ("You are under 23 and have no basic qualification yet. The RMC officer of your municipality "
         "(regional registration of early school-leavers) helps you find a course and stays in touch "
         "until you have a diploma at level 2 or higher. Contact them if you have no coach yet."),
    ("Erkend leerbedrijf? BBL bij uw werkgever kan alleen als die een erkend leerbedrijf is voor deze "
     "opleiding. Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat die "
     "er niet in, dan vraagt de werkgever erkenning aan bij SBB."):
        ("Recognised training company? BBL with your employer is only possible if the employer is a "
         "recognised training company (erkend leerbedrijf) for this course. Look your employer up in "
         "SBB's register (s-bb.nl). If it is not there, the employer applies to SBB for recognition."),
    ("Voor een deel van de kosten is nog geen regeling gevonden. Bespreek werkgever, gemeente, UWV of "
     "levenlanglerenkrediet."):
        ("No scheme was found yet for part of the cost. Discuss employer, municipality, UWV or a lifelong "
         "learning loan."),
    "Het reisgebied is niet vastgelegd; alle regio's zijn bekeken.":
        "The travel area is not recorded; all regions were searched.",
    "Er zijn routes mogelijk, maar we kiezen er nu nog geen. We bespreken ze bij de volgende afspraak.":
        "Routes are possible, but we do not choose one yet. We discuss them at the next appointment.",
    "stap bestaat in het aanbod": "step exists in the catalog",
    "start op een startmoment": "start on a start date",
    "toelatingseisen": "entry requirements",
    "volgorde van stappen": "order of steps",
    "uren per week": "hours per week",
    "niet starten in het verleden": "no start in the past",
    "gewenste startperiode": "preferred start window",
    "reisgebied": "travel area",
    "hoogstens 40 weken bij deze financiering": "at most 40 weeks with this funding",
    "voorwaarden van de financiering": "funding conditions",
    "BBL alleen met baan of leerbedrijf": "BBL only with a job or training company",
    "VOG aangegeven": "certificate of conduct flagged",
    "gewenste leerweg": "preferred learning path",
    "40-wekenregel (mobiliteitsteam, praktijkleren)": "40-week rule (mobility team, praktijkleren)",
    "korter door ervaring (EVC)": "shorter through experience (EVC)",
    "kwalificatieplicht: onder 18 eerst een schoolroute": "qualification duty: under 18 a school route first",
    "Entree alleen zonder diploma op niveau 2 of hoger": "Entree only without a diploma at level 2 or higher",
    "U heeft het passende diploma of certificaat al.": "You already hold the fitting diploma or certificate.",
    "Uw Nederlands is al op het niveau van de passende taalcursus; die is dus niet nodig.":
        "Your Dutch is already at the level of the fitting language course, so it is not needed.",
    "Voor dit doel is er nu geen aanbod in de catalogus.":
        "There is no offering for this goal in the catalog now.",
    "Het passende aanbod is buiten het reisgebied.": "The fitting offering is outside the travel area.",
    "Het passende aanbod vraagt meer uren per week dan er vrij zijn.":
        "The fitting offering asks for more hours a week than are free.",
    ("Het passende aanbod is er alleen in een andere leerweg dan gewenst (bijvoorbeeld BOL terwijl BBL "
     "gewenst is)."):
        ('The fitting offering only runs in another learning path than wished (for example BOL while BBL '
         'is wished).'),
    "Aan de toelatingseisen kan nu niet worden voldaan, ook niet met een tussenstap in het aanbod.":
        "The entry requirements cannot be met now, not even with a bridging step.",
    "Er is geen startmoment in de gewenste periode.": "There is no start date in the wished period.",
    ("Onder de 18 zonder startkwalificatie past alleen een opleiding naar een diploma (BOL, of BBL met een "
     "baan); die is er nu niet voor dit doel."):
        ("Under 18 without a basic qualification only a programme towards a diploma fits (BOL, or BBL "
         "with a job); there is none for this goal now."),
    "Entree is alleen voor wie nog geen diploma op niveau 2 of hoger heeft.":
        "Entree is only for people without a diploma at level 2 or higher.",
    ('Voor {what} is Nederlands op {need} nodig; u heeft nu {now}. Volg Nederlands (NT2) vóór of naast de '
     'opleiding.'):
        "{what} needs Dutch at {need}; you now have {now}. Take Dutch (NT2) before or alongside the course.",
    "{domain}: {note}.": "{domain}: {note}.",
    "Regel hulp voordat de route start.": "Arrange help before the route starts.",
    "Het doel '{goal}' is nog breed ({field}). Kies samen een opleiding in dat vakgebied.":
        "The goal '{goal}' is still broad ({field}). Choose a qualification in that field together.",
    "Uw doel {goal} staat niet in het aanbod van deze school.":
        "Your goal {goal} is not in this school's offering.",
    "Er is ook geen verwante opleiding in het aanbod; bekijk samen een ander doel.":
        "There is no related course in the offering either; look at another goal together.",
    ("{scheme} betaalt alleen een opleiding van hoogstens {most} weken. {title} duurt ongeveer {weeks} "
     "weken, dus {scheme} betaalt deze {amount} niet zomaar. Vraag {ask} wat mogelijk is, en bespreek een "
     "andere betaler: de school of het bedrijf waar u gaat werken en leren, of de gemeente. Tot dat "
     "geregeld is, staat dit bedrag bij wat u zelf betaalt."):
        ("{scheme} only pays for a course of at most {most} weeks. {title} takes about {weeks} weeks, so "
         "{scheme} will not simply pay this {amount}. Ask {ask} what is possible, and discuss another "
         "payer: the school or company where you will work and learn, or the municipality. Until that is "
         "settled, this amount is shown as what you pay yourself."),
    "breekt een regel: {rule}": "breaks a rule: {rule}",
    "{name} (niveau {level})": "{name} (level {level})",
    "{name} (ongeveer {km} km)": "{name} (about {km} km)",
    "{level} (ongeveer {cefr})": "{level} (about {cefr})",
    "moedertaal": "native",
    "nog geen Nederlands": "no Dutch yet",
    "niveau nog niet bekend": "level not known yet",
    "Er is geen opleiding gevonden die bij het doel past.": "No course was found that fits the goal.",
    "Steun": "Support",
    "Verwezen naar: {to}.": "Referred to: {to}.",
    "Een opleiding in {field} is er nu niet: {title} bijvoorbeeld {why}.":
        "There is no course in {field} now: {title}, for example, {why}.",
    ("{Term} is een BIG-beroep. Met een buitenlands diploma in dit vak vraagt u eerst erkenning aan bij "
     "CIBG (BIG-register, bigregister.nl). Pas daarna mag u als {term} werken. Met een Nederlands diploma "
     "schrijft u zich na uw diploma in."):
        ("{Term} is a BIG-registered profession. With a foreign diploma in this field, first apply for "
         "recognition at CIBG (BIG register, bigregister.nl). Only then may you work as a {term}. With a "
         "Dutch diploma you register after graduating."),
    ("Zoek vóór {due} een baan of leerplek bij een erkend leerbedrijf. {how} Kijk samen op "
     "leerbanenmarkt.nl (SBB)."):
        ("Find a job or placement at a recognised training company before {due}. {how} Look together "
         "on leerbanenmarkt.nl (SBB)."),
    "In BBL (werken en leren) hoort een baan bij de opleiding.":
        "In BBL (work-based) a job comes with the course.",
    "U leert op de werkplek.": "You learn at the workplace.",
    "dit doel": "this goal",
    "Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. Vraag die op tijd aan.":
        "{What} needs a certificate of conduct (VOG). Apply in good time.",
    ("Start de EVC-procedure vóór {day}: een erkende EVC-aanbieder beoordeelt uw ervaring en geeft een "
     "ervaringscertificaat. Daarmee vraagt u vrijstellingen aan bij de school. Vraag ook wie de EVC "
     "betaalt."):
        ("Start the EVC procedure before {day}: a recognised EVC provider assesses your experience and "
         "gives an experience certificate (ervaringscertificaat). With it you ask the school for "
         "exemptions. Also ask who pays for the EVC."),
    ("Vertel de praktijkopleider vóór {day} wat u al kunt. Werkprocessen die u al beheerst, kunt u meteen "
     "laten zien."):
        ('Tell the workplace trainer before {day} what you can already do. Work processes you master you '
         'can show right away.'),
    "Vraag naar een EVC-procedure: uw ervaring als {role} kan misschien delen van de opleiding vervangen.":
        ('Ask about recognition of prior learning (EVC): your experience as {role} may replace parts of '
         'the course.'),
    ("{title} is lichamelijk zwaar werk ({term}). U heeft een lichamelijke klacht genoemd ({limit}). "
     "Bespreek met de bedrijfsarts of UWV of dit werk lichamelijk past."):
        ("{title} is physically heavy work ({term}). You mentioned a physical complaint ({limit}). "
         "Discuss with the company doctor or UWV whether this work suits you physically."),
    "De passende routes breken een regel: {rule}.": "The fitting routes break a rule: {rule}.",
    ("'{goal}' is geen mbo-opleiding of cursus die wij kennen. We kiezen samen een opleiding die bij uw "
     "doel past. Daarna zoeken we opnieuw naar een route."):
        ("'{goal}' is not an mbo course or training we know. We choose a course that fits your goal "
         "together. Then we search for a route again."),
    "Uw doel {goal} wordt niet gegeven in uw reisgebied; het dichtstbij is {names}.":
        "Your goal {goal} is not given in your travel area; the nearest is {names}.",
    ("Een route naar {title} zelf is er nu niet: die opleiding {why}. Wat wel is voorgesteld, komt zo "
     "dicht mogelijk bij uw doel."):
        ("There is no route to {title} itself now: that course {why}. What is proposed comes as close to "
         "your goal as possible."),
    "Bijvoorbeeld: {title}.": "For example: {title}.",
    "Een opleiding in {field} is er nu niet voor u.": "There is no course in {field} for you now.",
    # issue 14: the screen's words for the matcher's reasons (ui/views/route_words.py)
    'cursusbewijs':
        'course certificate',
    'Uw eerste {credential} heeft u rond {month} (over ongeveer {weeks} weken).':
        'You get your first {credential} around {month} (in about {weeks} weeks).',
    'Uw {credential} heeft u rond {month} (over ongeveer {weeks} weken).':
        'You get your {credential} around {month} (in about {weeks} weeks).',
    'Dit is een korte opleiding zonder mbo-niveau.':
        'This is a short course without an mbo level.',
    'Entree is bedoeld voor wie nog geen diploma heeft; u heeft er al een.':
        'Entree is meant for people without a diploma; you already have one.',
    'weinig':
        'few',
    'beperkt':
        'a limited number of',
    'redelijk':
        'a fair number of',
    'veel':
        'many',
    'heel veel':
        'very many',
    'Eerst {name} (niveau {level}), daarna niveau {target_level}: steeds één stap.':
        'First {name} (level {level}), then level {target_level}: one step at a time.',
    ('Niveau {target_level} is lager dan wat u al heeft (niveau {have}); in een nieuw vak kan dat een '
     'goede start zijn.'):
        ('Level {target_level} is below what you already have (level {have}); in a new field that can be '
         'a good start.'),
    'Niveau {target_level} is een goede volgende stap voor u.':
        'Level {target_level} is a sensible next step for you.',
    ('Uw niveau Nederlands is nog niet bekend. Voor {title} is Nederlands op {need} nodig; deze route '
     'gaat ervan uit dat u nog geen Nederlands kent.'):
        ('Your level of Dutch is not known yet. {title} needs Dutch at {need}; this route assumes you do '
         'not know Dutch yet.'),
    ('Voor deze praktijkverklaring laat u op het werk zien wat u kunt. Uw Nederlands ({now}) is nog onder '
     '{need}; volg Nederlands (NT2) naast het werk.'):
        ('For this workplace statement you show at work what you can do. Your Dutch ({now}) is still '
         'below {need}; take Dutch (NT2) alongside work.'),
    ('Deze opleiding vraagt Nederlands op {need}; u heeft nu {now}. Volg Nederlands (NT2) vóór of naast '
     'de opleiding.'):
        ('This course asks for Dutch at {need}; you now have {now}. Take Dutch (NT2) before or alongside '
         'the course.'),
    'Er zijn geen cijfers over werk als {job} in {region}.':
        'There are no figures on jobs as {job} in {region}.',
    'Niveau {target_level} is een grote stap vanaf uw diploma (niveau {have}).':
        'Level {target_level} is a big step up from your diploma (level {have}).',
    'Niveau {target_level} is een grote stap, want u heeft nog geen diploma.':
        'Level {target_level} is a big step, because you do not have a diploma yet.',
    'Uw Nederlands is goed genoeg voor deze opleiding (die vraagt {need}).':
        'Your Dutch is good enough for this course (it asks {need}).',
    'Uw Nederlands is goed genoeg voor deze opleiding.':
        'Your Dutch is good enough for this course.',
    'Naast de opleiding volgt u Nederlands: {title}. Zo komt u van {now} op {need}, wat {target} vraagt.':
        ('Alongside the course you take Dutch: {title}. That takes you from {now} to {need}, which '
         '{target} asks.'),
    'De route begint met Nederlands: {title}. Zo komt u van {now} op {need}, wat {target} vraagt.':
        'The route starts with Dutch: {title}. That takes you from {now} to {need}, which {target} asks.',
    'In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}).':
        'In {region} there are {word} jobs as {job}: {rating} out of 5 (source: {source}, {day}).',
    'In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}) (voorbeeldcijfer).':
        ('In {region} there are {word} jobs as {job}: {rating} out of 5 (source: {source}, {day}) (sample '
         'figure).'),
    'Entree ({title})':
        'Entree ({title})',
    "Deze route leidt naar uw doel '{goal}': {name}.":
        "This route leads to your goal '{goal}': {name}.",
    'Dit is de cursus die u zoekt: {title}.':
        'This is the course you are looking for: {title}.',
    ("Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw doel '{goal}', op een "
     'lager niveau. Het kan een opstap zijn.'):
        ("Related trade: {name} belongs to the same vocational programme ({field}) as your goal '{goal}', "
         'at a lower level. It can be a stepping stone.'),
    ("Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw doel '{goal}', maar is een "
     'ander beroep of niveau.'):
        ("Related trade: {name} belongs to the same vocational programme ({field}) as your goal '{goal}', "
         'but is another occupation or level.'),
    "{name} valt in het domein {field}, waar uw wens '{goal}' bij hoort.":
        "{name} falls in the field {field}, which your wish '{goal}' belongs to.",
    "Zelfde domein ({field}): {name} is een ander vak dan uw doel '{goal}'.":
        "Same field ({field}): {name} is another trade than your goal '{goal}'.",
    "Zelfde sector ({field}): {name} is een ander vak dan uw doel '{goal}'.":
        "Same sector ({field}): {name} is another trade than your goal '{goal}'.",
    ('{title} is een korte cursus: handig als eerste stap of naast een opleiding, maar nog geen '
     "vakdiploma voor '{goal}'."):
        ('{title} is a short course: useful as a first step or alongside training, but not yet a '
         "vocational qualification for '{goal}'."),
    "{name} hoort niet bij uw doel '{goal}'.":
        "{name} is not part of your goal '{goal}'.",
    'Geen werkervaring vastgelegd.':
        'No work experience recorded.',
    'Uw ervaring als {role} ({years} jaar) ligt in hetzelfde vakgebied ({field}).':
        'Your experience as {role} ({years} years) is in the same field ({field}).',
    '{role} (vrijwilligerswerk, telt voor de helft)':
        '{role} (volunteer work, counts for half)',
    ('Uw ervaring telt mee (praktijkverklaring): met {years} jaar ervaring als {role} laat u veel '
     'werkprocessen al zien. De route kan ongeveer {weeks} weken korter.'):
        ('Your experience counts (workplace statement): with {years} years as {role} you can already show '
         'many work processes. The route can take about {weeks} weeks less.'),
    ('Uw ervaring telt mee (EVC): met {years} jaar ervaring als {role} kan {title} ongeveer {weeks} weken '
     'korter. Dat gaat via een EVC-procedure; de school beslist over vrijstellingen.'):
        ('Your experience counts (EVC): with {years} years as {role}, {title} can take about {weeks} '
         'weeks less. That goes through an EVC procedure; the school decides on exemptions.'),
    "U heeft al '{title}'; dat kan de route korter maken.":
        "You already hold '{title}'; that can shorten the route.",
    'Uw werkervaring ({roles}) ligt in een ander vak dan {title}.':
        'Your work experience ({roles}) is in another field than {title}.',
    'Met EVC kan de route korter worden.':
        'With EVC (prior learning) the route can be shorter.',
    'U krijgt een {got}, geen {wanted}.':
        'You get a {got}, not a {wanted}.',
    'uw werk':
        'your work',
    ('Deze route geeft nog geen startkwalificatie (een diploma op niveau 2 of hoger). Onder de 23 komt '
     'een route naar een startkwalificatie eerst.'):
        ('This route does not give a basic qualification (a diploma at level 2 or higher). Under 23 a '
         'route to a basic qualification comes first.'),
    'U wilt een diploma; daarom staat deze diplomaroute vooraan.':
        'You want a diploma, so this diploma route comes first.',
    ('U heeft al een hbo- of wo-diploma. Een korte route of certificaat is genoeg om over te stappen; een '
     'heel mbo-diploma is meestal niet nodig. Daarom staat deze kortere route vooraan.'):
        ('You already hold a higher-education degree. A short route or certificate is enough to switch; a '
         'full mbo diploma is usually not needed. That is why this shorter route comes first.'),
    ('U heeft al een hbo- of wo-diploma; een heel mbo-diploma is meestal niet nodig. Wilt u het toch? '
     'Vraag de school dan naar vrijstellingen en een verkort traject.'):
        ('You already hold a higher-education degree; a full mbo diploma is usually not needed. If you '
         'want it anyway, ask the school about exemptions and a shortened programme.'),
    'U komt net van school: een diploma geeft de meeste kansen. Daarom staat het vooraan.':
        'You have just left school: a diploma gives the best chances. That is why it comes first.',
    'omdat uw Nederlands nog onder B1 (2F) is; op het werk laat u zien wat u kunt':
        'because your Dutch is still below B1 (2F); at work you show what you can do',
    'omdat u 50 of ouder bent en een baan in zicht heeft':
        'because you are 50 or older and have a job in view',
    ('U bent jonger dan 23 en heeft nog geen startkwalificatie. Deze route leidt naar een diploma op '
     'niveau {level}: dat is een startkwalificatie. Daarom komt deze eerst.'):
        ('You are under 23 and have no basic qualification yet. This route leads to a diploma at level '
         '{level}, which is one. That is why it comes first.'),
    ('U wilt een {wanted}; daarom staat deze kortere route ({credential}) vooraan. Een diploma kan later '
     'nog.'):
        'You want a {wanted}, so this shorter route ({credential}) comes first. A diploma can follow later.',
    ('{scheme} betaalt alleen een route van hoogstens {most} weken. Deze route past daarin; daarom staat '
     'hij vooraan.'):
        '{scheme} pays only for a route of at most {most} weeks. This route fits, so it comes first.',
    ('Deze route duurt langer dan de {most} weken die {scheme} betaalt. Bespreek eerst een kortere route, '
     'of wie deze betaalt.'):
        ('This route takes longer than the {most} weeks {scheme} pays for. Discuss a shorter route first, '
         'or who pays for this one.'),
    'Eerst een {credential}: die is sneller te halen, {why}. Een diploma kan daarna nog.':
        'First a {credential}: it is quicker to reach, {why}. A diploma can follow later.',
    ('Voor dit beroep is het diploma wettelijk nodig ({term}), ook met een hbo- of wo-diploma. U haalt '
     'het naast het werk; vraag de school naar vrijstellingen, dan wordt de route korter.'):
        ('This occupation legally needs the diploma ({term}), even with a higher-education degree. You '
         'take it beside the work; ask the school about exemptions to make it shorter.'),
    ('Om in dit beroep te werken is later het diploma wettelijk nodig ({term}). Met uw hbo- of wo-diploma '
     'is dit bewijs ({credential}) een snelle eerste stap in het werk; het diploma haalt u daarna '
     'verkort, met vrijstellingen.'):
        ('To work in this occupation the diploma is legally needed later ({term}). With your '
         'higher-education degree this credential ({credential}) is a quick first step into the work; you '
         'then take the diploma in a shortened route, with exemptions.'),
    ('Voor dit beroep is het diploma wettelijk nodig ({term}). Een volledige dagopleiding (BOL) is lang: '
     'vraag de school met uw hbo- of wo-diploma naar vrijstellingen en een verkort traject.'):
        ('This occupation legally needs the diploma ({term}). A full-time school programme (BOL) is long: '
         'with your higher-education degree ask the school about exemptions and a shortened programme.'),
    ('Dit is ander werk dan uw doel, en het is lichamelijk zwaar ({term}). U heeft een lichamelijke '
     'klacht genoemd ({limit}). Daarom staat deze route achteraan.'):
        ('This is other work than your goal, and it is physically heavy ({term}). You mentioned a '
         'physical complaint ({limit}). That is why this route comes last.'),
    'omdat u minder dan {hours} uur per week heeft':
        'because you have fewer than {hours} hours a week',
    # issue 14: the screen's words for who pays what (route_words.payment_text, the cost reason)
    "aan uw werkgever, die de school betaalt": "to your employer, who pays the school",
    "aan u; u betaalt de school": "to you; you pay the school",
    "aan DUO (het lesgeld)": "to DUO (the tuition fee)",
    "aan {provider}": "to {provider}",
    ("Zolang u jonger bent dan 18, betaalt u geen les- of cursusgeld: dat scheelt {waived}. Voor de jaren "
     "daarna betaalt u zelf {you}."):
        ("While you are under 18 you pay no tuition fee: that saves {waived}. For the years after that you "
         "pay {you} yourself."),
    "Deze stap kost u niets: {scheme}.": "This step costs you nothing: {scheme}.",
    "Deze stap kost u niets.": "This step costs you nothing.",
    "U leent {loan} voor het lesgeld ({scheme}) en betaalt dat later terug.":
        "You borrow {loan} for the fee ({scheme}) and pay it back later.",
    "Daarnaast betaalt u zelf {you}.": "On top of that you pay {you} yourself.",
    "U betaalt zelf {you}. {scheme} betaalt {covered} {to}.":
        "You pay {you} yourself. {scheme} pays {covered} {to}.",
    ("Nog niet betaald: {scheme} betaalt hoogstens {most} weken en deze route duurt ongeveer {weeks} weken. "
     "Tot er een betaler is, staat {you} op uw naam."):
        ("Not paid yet: {scheme} pays for at most {most} weeks and this route takes about {weeks} weeks. "
         "Until someone pays, {you} is in your name."),
    "U betaalt zelf {you}; er is nog geen regeling gevonden.":
        "You pay {you} yourself; no scheme has been found yet.",
    ("Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}, tot {most}). Dat "
     "geld gaat naar het leerbedrijf, niet naar uw lesgeld."):
        ("Your training company can apply for a subsidy for coaching at work ({subsidy}, up to {most}). That "
         "money goes to the company, not to your course fee."),
    ("Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}). Dat geld gaat naar "
     "het leerbedrijf, niet naar uw lesgeld."):
        ("Your training company can apply for a subsidy for coaching at work ({subsidy}). That money goes to "
         "the company, not to your course fee."),
    "Wat u zelf betaalt: {amount}.": "What you pay yourself: {amount}.",
    "Wat u zelf betaalt: {amount}, zolang er geen betaler is.":
        "What you pay yourself: {amount}, as long as nobody else pays.",
    "Ook betaalt mee: {names}.": "Also paying: {names}.",
    "Daarvan leent u {loan} bij DUO (levenlanglerenkrediet); dat betaalt u later terug.":
        "Of that you borrow {loan} from DUO (lifelong learning credit) and pay it back later.",
    "{scheme} betaalt {amount} {to}.": "{scheme} pays {amount} {to}.",
    ("Het leerbedrijf kan subsidie praktijkleren krijgen voor de begeleiding op het werk; dat geld is niet "
     "voor uw lesgeld."):
        ("The training company can get a praktijkleren subsidy for coaching at work; that money is not for "
         "your course fee."),
    # issue 14: the screen's words for the violations of a hard rule (ui/views/route_words.py)
    'een startkwalificatie':
        'a basic qualification',
    'deze regeling staat niet in de tabel':
        'this scheme is not in the table',
    '{scheme} gaat naar het leerbedrijf voor de praktijkplaats, niet naar het lesgeld':
        '{scheme} goes to the training company for the practice place, not to the course fee',
    '{scheme} is geen subsidie voor een praktijkplaats':
        '{scheme} is not a practice-place subsidy',
    'onder 18 zonder startkwalificatie is praktijkleren niet de route':
        'under 18 without a basic qualification praktijkleren is not the route',
    '{scheme} is niet open op {day}':
        '{scheme} is not open on {day}',
    '{scheme} is niet voor deze situatie ({situation})':
        '{scheme} does not cover this situation ({situation})',
    '{scheme} geldt tot {most} jaar':
        '{scheme} applies up to age {most}',
    '{scheme} geldt vanaf {most} jaar':
        '{scheme} applies from age {most}',
    '{scheme} betaalt niet voor een {credential}':
        '{scheme} does not pay for a {credential}',
    '{scheme} geldt niet voor {leerweg}':
        '{scheme} does not apply to {leerweg}',
    '{scheme} betaalt alleen als de intake dat zegt (verwezen door of financiering vastgelegd)':
        '{scheme} pays only when the intake says so (referred by it, or a funding line)',
    '{scheme} betaalt alleen via een werkgever':
        '{scheme} pays only through an employer',
    '{scheme} betaalt alleen via een werkgever in de eigen sector, voor een opleiding in die sector':
        '{scheme} pays only through an employer in its own sector, for training in that sector',
    'De route heeft geen stappen.':
        'The route has no steps.',
    '{step} staat niet (meer) in het aanbod.':
        '{step} is not in the catalog.',
    '{step} wijkt af van het aanbod (plaats, uren of duur).':
        '{step} differs from the catalog (place, hours or length).',
    ('{step} is {weeks} weken korter gepland dan het aanbod; de ervaring in de intake geeft hoogstens '
     '{most} weken vrijstelling.'):
        ('{step} is planned {weeks} weeks shorter than the catalog; the experience in the intake allows '
         'at most {most} weeks.'),
    '{step} start niet op {day}.':
        '{step} has no start on {day}.',
    '{step} vraagt {need}; dat ontbreekt nog.':
        '{step} needs {need}, which is missing.',
    '{step} start voordat de stap voor {need} klaar is.':
        '{step} starts before the step giving {need} has ended.',
    '{step} start voordat {other} klaar is.':
        '{step} starts before {other} has ended.',
    '{step} start in het verleden.':
        '{step} starts in the past.',
    '{step} start vóór {day}, de vroegste gewenste start.':
        '{step} starts before {day}, the earliest wished start.',
    'De route start na {day}, de laatste gewenste start.':
        'The route starts after {day}, the latest wished start.',
    '{step} is {leerweg}; de kandidaat wil {wanted}.':
        '{step} is {leerweg}; the candidate wants {wanted}.',
    '{step} is in {location}, buiten het reisgebied.':
        '{step} is in {location}, outside the travel area.',
    '{step}: {problem}.':
        '{step}: {problem}.',
    "{step} vraagt een baan bij een erkend leerbedrijf; zet 'leerbedrijf zoeken' in het plan.":
        '{step} needs a job at a recognised training company; add finding one to the plan.',
    '{step} vraagt een VOG; dat moet in het plan staan.':
        '{step} needs a certificate of conduct (VOG); the plan must say so.',
    'Er zijn geen uren per week beschikbaar.':
        'No hours a week are available.',
    'Vanaf {day} vraagt de route {load} uur per week; er is {hours} uur.':
        'From {day} the route asks {load} hours a week; {hours} are available.',
    'De route duurt {weeks} weken. Bij {why} mag een route hoogstens {most} weken duren.':
        'The route takes {weeks} weeks. With {why} a route may take at most {most} weeks.',
    'De route duurt {weeks} weken; de financiering staat hoogstens {most} toe.':
        'The route takes {weeks} weeks; the funding allows at most {most}.',
    ('{title} is contractonderwijs (derde leerweg). Onder 18 zonder startkwalificatie is een schoolroute '
     'nodig: BOL, of BBL (werken en leren) met een baan.'):
        ('{title} is contract training (third learning path). Under 18 without a basic qualification a '
         'school route is needed: BOL, or BBL (work-based) with a job.'),
    ('De route eindigt met {title}, geen diploma-opleiding. Onder 18 zonder startkwalificatie is een '
     'opleiding naar een diploma nodig (BOL, of BBL (werken en leren) met een baan), geen losse cursus.'):
        ('The route ends with {title}, not a diploma programme. Under 18 without a basic qualification a '
         'programme towards a diploma is needed (BOL, or BBL (work-based) with a job), not a loose '
         'course.'),
    ('{title} is Entree (niveau 1). Dat is voor wie nog geen diploma op niveau 2 of hoger, havo, vwo, hbo '
     'of wo heeft; deze kandidaat heeft dat wel.'):
        ('{title} is Entree (level 1), for people without a diploma at level 2 or higher, havo, vwo, hbo '
         'or wo; this candidate has one.'),
    'Voor dit doel is een VOG nodig; dat moet in het plan staan.':
        'This goal needs a certificate of conduct (VOG); the plan must say so.',
    'een route van het regionaal mobiliteitsteam':
        'a route of the regional mobility team',
    'BBL (werken en leren)':
        'BBL (work-based)',
    'derde leerweg':
        'the third learning path (contract training)',
    'een korte cursus':
        'a short course',
    'eerst {other}':
        '{other} first',
    'Nederlands op {ref}':
        'Dutch at {ref}',
    'een diploma op niveau {level}':
        'a diploma at level {level}',
    '{title} ({provider}, {location})':
        '{title} ({provider}, {location})',
    'financiering via {via}':
        'funding through {via}',
    ' of ':
        ' or ',
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
    # issue 16: fair mode (ui/dialogs/bundle.py, ui/views/conflicts.py)
    "balie": "desk", "laptop": "laptop", "%s %s(vingerafdruk %s)": "%s %s(fingerprint %s)",
    "Klaar: %d records in %s, voor de %s. U kunt de USB-stick nu veilig uitnemen.":
        "Done: %d records in %s, for the %s. You can now safely remove the USB stick.",
    "Catalogusbundel maken…": "Making the catalog bundle…", "Beu&rs": "Fai&r",
    "Beursbundel &maken…": "&Make fair bundle…", "Beursbundel &inlezen…": "&Read in fair bundle…",
    "&Conflicten en mogelijk dubbelen…": "&Conflicts and possible duplicates…",
    "&Koppelen (sleutels)…": "&Enrol (keys)…",
    "Catalogus voor beurslaptops &opslaan…": "Sa&ve catalog for fair laptops…",
    "Catalogus van de balie i&nlezen…": "Read i&n catalog from the desk…",
    "Beursbundel maken": "Make fair bundle",
    "Een beursbundel bevat de intakes van deze laptop, versleuteld voor de balie. Kies de USB-stick of "
    "map waar hij heen moet.": "A fair bundle holds this laptop's intakes, encrypted for the desk. "
    "Choose the USB stick or folder it should go to.",
    "Map": "Folder", "&Map:": "&Folder:", "&Bladeren…": "&Browse…",
    "Alleen wat &nieuw is sinds de vorige bundel voor de balie":
        "Only what is &new since the previous bundle for the desk",
    "Beursbundel ma&ken": "&Make fair bundle", "Map of USB-stick kiezen": "Choose folder or USB stick",
    "Beursbundel maken…": "Making the fair bundle…", "Nieuw": "New", "Bijgewerkt": "Updated",
    "Al bekend, ongewijzigd": "Already known, unchanged",
    "Conflicten (u kiest per veld)": "Conflicts (you choose per field)",
    "Mogelijk dubbel": "Possible duplicates",
    "Meldingen (bewerkt maar verwijderd)": "Notices (edited but deleted)",
    "Overgeslagen (gewist op verzoek)": "Skipped (erased on request)",
    "Beursbundel inlezen": "Read in fair bundle", "Bestand": "File", "&Bestand:": "&File:",
    "&Kiezen…": "&Choose…", "&Inlezen": "&Read in", "&Conflicten bekijken": "View &conflicts",
    "Beursbundel kiezen": "Choose fair bundle", "Controleren…": "Checking…",
    "Beursbundel controleren…": "Checking the fair bundle…",
    "Beursbundel inlezen…": "Reading in the fair bundle…",
    "QR-code met de sleutel van deze computer": "QR code with this computer's key",
    "Koppelen": "Enrol", "Deze computer": "This computer", "Beurslaptop": "Fair laptop", "Balie": "Desk",
    "bijv. Laptop 3": "e.g. Laptop 3", "&Rol:": "&Role:", "&Naam:": "&Name:",
    "Vingerafdruk van deze computer": "Fingerprint of this computer", "Vingerafdruk:": "Fingerprint:",
    "Sleutelbestand &opslaan…": "&Save key file…", "Gekoppelde computers": "Enrolled computers",
    "Sleutelbestand van een andere computer &inlezen…": "&Read another computer's key file…",
    "On&tkoppelen": "Remo&ve", "Klopt, &koppelen": "Matches, &enrol",
    "Klopt niet, niet koppelen": "Does not match, do not enrol",
    "Sleutelbestand opslaan": "Save key file", "Sleutelbestand opslaan…": "Saving the key file…",
    "Sleutelbestand kiezen": "Choose key file", "Sleutelbestand lezen…": "Reading the key file…",
    "Let op: deze computer was al gekoppeld met een andere sleutel. ":
        "Note: this computer was enrolled before with another key. ",
    "Catalogus van de balie inlezen": "Read in catalog from the desk",
    "Kies de catalogusbundel die de balie maakte (Beurs > Catalogus voor beurslaptops opslaan).":
        "Choose the catalog bundle the desk made (Fair > Save catalog for fair laptops).",
    "Catalogusbundel kiezen": "Choose catalog bundle",
    "Catalogusbundel controleren…": "Checking the catalog bundle…",
    "Ingelezen van de %s.": "Read in from the %s.", "Van de %s. Er is nog niets geschreven.":
        "From the %s. Nothing has been written yet.",
    "Catalogusbundel inlezen…": "Reading in the catalog bundle…",
    "Catalogus voor beurslaptops opslaan": "Save catalog for fair laptops",
    "Map: kies een bestaande map of USB-stick.": "Folder: choose an existing folder or USB stick.",
    "Van de %s: %d records. Er is nog niets geschreven.":
        "From the %s: %d records. Nothing has been written yet.",
    "Ingelezen van de %s: %d records.": "Read in from the %s: %d records.",
    "Klaar. Niets wacht op uw keuze.": "Done. Nothing waits for your choice.",
    "Nog niets gekoppeld.": "Nothing enrolled yet.", "Klopt, &vervangen": "Matches, &replace",
    "Kies eerst een computer in de lijst.": "First choose a computer in the list.",
    "Aanbod: %d nieuw, %d gewijzigd, %d gelijk.": "Offerings: %d new, %d changed, %d the same.",
    "Instellingen die veranderen: %s": "Settings that change: %s",
    "Klaar. Wacht op uw keuze: %s.": "Done. Waiting for your choice: %s.", " en ": " and ",
    "1 conflict": "1 conflict", "%d conflicten": "%d conflicts",
    "1 mogelijk dubbele kandidaat": "1 possible duplicate candidate",
    "%d mogelijk dubbele kandidaten": "%d possible duplicate candidates",
    "%s, gekoppeld %s": "%s, enrolled %s",
    "Sleutel van de %s. Staat precies deze vingerafdruk op het scherm van die computer?\n%s":
        "Key of the %s. Does exactly this fingerprint show on that computer's screen?\n%s",
    "Gekoppeld: %s": "Enrolled: %s", "geen": "none",
    "De catalogus in deze bundel heeft fouten; er wordt niets ingelezen.":
        "The catalog in this bundle has errors; nothing is read in.",
    "Sleutelbestand opgeslagen: %s": "Key file saved: %s",
    "Catalogusbundel opgeslagen: %s": "Catalog bundle saved: %s",
    "(leeg)": "(empty)", "ja": "yes", "nee": "no",
    "Conflicten en mogelijk dubbelen": "Conflicts and possible duplicates",
    "&Conflicten (pijltjes omhoog/omlaag):": "&Conflicts (arrows up/down):", "Conflicten": "Conflicts",
    "&Waarden (cijfer of pijltjes links/rechts, Enter kiest):":
        "&Values (digit or arrows left/right, Enter chooses):",
    "Waarden om uit te kiezen": "Values to choose from",
    "Deze waarde &houden (Enter)": "&Keep this value (Enter)",
    "Mogelijk &dubbel (dezelfde persoon op twee computers):":
        "Possible &duplicates (the same person on two computers):",
    "&Openen aan de balie": "&Open at the desk", "&Samenvoegen (de eerste blijft)": "&Join (the first stays)",
    "&Apart houden (twee personen)": "Keep &apart (two people)", "Keuze ongedaan maken": "Undo choice",
    "%d conflicten, %d mogelijk dubbel, %d meldingen.": "%d conflicts, %d possible duplicates, %d notices.",
    "Geen open conflicten.": "No open conflicts.", "  (nu getoond)": "  (shown now)",
    "Er is geen keuze om ongedaan te maken.": "There is no choice to undo.",
    "Zeker? Klik nogmaals: de tweede wordt &verwijderd": "Sure? Click again: the second is &deleted",
    "Neem eerst over wat alleen de tweede heeft; samenvoegen verwijdert die.":
        "First copy what only the second has; joining deletes it.",
    "%s: %s": "%s: %s", "%s  en  %s  (%d%% gelijk)": "%s  and  %s  (%d%% alike)", "  van %s": "  from %s",
    "%s: %s gekozen. Ctrl+Z maakt dit ongedaan.": "%s: %s chosen. Ctrl+Z undoes this.",
    "%s staat weer op %s.": "%s is back to %s.", "Samengevoegd.": "Joined.",
    "Apart gehouden: twee personen.": "Kept apart: two people.",
    "Let op: %s is verwijderd, terwijl %s nog een wijziging had. Het verwijderen telt.":
        "Note: %s was deleted while %s still had a change. The delete counts.",
}

# Issue 15, the AVG rights (ui/dialogs/privacy.py, the BSN warning in ui/views/form_fields.py).
ENGLISH.update({
    "Dit lijkt op een BSN. Schrijf geen BSN op: haal het nummer weg.":
        "This looks like a citizen service number (BSN). Do not write down a BSN: remove the number.",
    ("Dit lijkt op het nummer van een paspoort of ID-kaart. Schrijf dat niet op: haal het nummer "
     "weg."): "This looks like the number of a passport or ID card. Do not write it down: remove the "
              "number.",
    "Logboek": "Audit log",
    ("Wie deed wat met welk record: afdrukken, opslaan, delen, wissen. Alleen nummers (id's), geen "
     "namen."): "Who did what to which record: print, save, share, erase. Numbers (ids) only, no names.",
    "Nr.": "No.", "Tijd (UTC)": "Time (UTC)", "Actie": "Action", "Soort": "Kind", "Id": "Id",
    "Adviseur (id)": "Advisor (id)", "Toelichting": "Detail",
    "Logboek lezen…": "Reading the audit log…", "&Opslaan als CSV…": "&Save as CSV…",
    "%d regels (de nieuwste eerst).": "%d lines (newest first).",
    "Logboek opslaan": "Save audit log", "CSV-bestand (*.csv)": "CSV file (*.csv)",
    "Opgeslagen: %s": "Saved: %s", "Bewaartermijn": "Retention term",
    ("Van deze kandidaten is de bewaartermijn voorbij. Zij worden gewist, met alles wat over hen is "
     "opgeslagen. Haal het vinkje weg bij wie u nog even wilt houden."):
        ("The retention term of these candidates has passed. They will be erased, with everything "
         "stored about them. Untick anyone you want to keep for a while."),
    "Niemand is over de bewaartermijn.": "Nobody is past the retention term.",
    "Kandidaten over de bewaartermijn": "Candidates past the retention term",
    "%s — laatste contact %s, termijn %d maanden": "%s — last contact %s, term %d months",
    "%d reservekopie(ën) ouder dan %d maanden worden ook verwijderd.":
        "%d backup(s) older than %d months will be deleted too.",
    "&Verwijderen": "&Delete", "&Niet nu": "&Not now", "&Privacy": "&Privacy",
    "&Inzage: alles over deze kandidaat opslaan…": "&Access: save everything about this candidate…",
    "Kandidaat &wissen…": "&Erase candidate…", "&Logboek…": "Audit &log…",
    "&Bewaartermijn controleren…": "Check &retention term…",
    "Map voor de inzage kiezen": "Choose a folder for the access export",
    "Inzage opgeslagen in %s (%d bestanden).": "Access export saved in %s (%d files).",
    "Kandidaat wissen": "Erase candidate",
    ("%s en alles wat over deze persoon is opgeslagen wissen (intake, plannen, traject, "
     "toestemming)? Dit kan niet ongedaan worden gemaakt."):
        ("Erase %s and everything stored about this person (intake, plans, trajectory, consent)? "
         "This cannot be undone."),
    "Kandidaat gewist.": "Candidate erased.",
    "Bewaartermijn: %d kandidaat/kandidaten gewist, %d reservekopie(ën) verwijderd.":
        "Retention term: %d candidate(s) erased, %d backup(s) deleted.",
})
ENGLISH.update({"Contact opnemen": "Contacting the candidate", "Delen met UWV": "Sharing with UWV",
                "Delen met de gemeente": "Sharing with the municipality"})
ENGLISH.update({
    # issue 15: encryption at rest, unlock screen, idle lock (ui/dialogs/unlock.py)
    'Wachtwoordzin':
        'Passphrase',
    'Bijvoorbeeld: fiets over de dijk naar Zwolle':
        'For example: cycling along the dyke to Zwolle',
    'Wachtwoordzin herhalen':
        'Repeat the passphrase',
    '&Wachtwoordzin:':
        '&Passphrase:',
    '&Herhalen:':
        '&Repeat:',
    '&Zonder versleuteling (niet aanbevolen)':
        '&Without encryption (not recommended)',
    ('Zonder versleuteling kan iedereen die de laptop of een reservekopie in handen krijgt de gegevens'
     ' van kandidaten lezen. U kunt later alsnog versleutelen via Bestand > Versleutelen.'):
        ("Without encryption anyone who gets hold of the laptop or a backup can read the candidates' "
         'data. You can still encrypt later with File > Encrypt.'),
    'Wachtwoordzin: vul een wachtwoordzin in; een lege wordt niet geaccepteerd.':
        'Passphrase: fill in a passphrase; an empty one is not accepted.',
    'Uw herstelsleutel':
        'Your recovery key',
    ('Met deze herstelsleutel opent u de database als u de wachtwoordzin vergeet. Hij wordt maar één '
     'keer getoond. Druk hem af of schrijf hem op, en bewaar het papier apart van de laptop. Zonder '
     'wachtwoordzin én zonder herstelsleutel kan niemand de gegevens nog openen, ook de beheerder '
     'niet.'):
        ('With this recovery key you open the database if you forget the passphrase. It is shown only '
         'once. Print it or write it down, and keep the paper away from the laptop. Without the '
         'passphrase and without the recovery key nobody can open the data any more, not even IT.'),
    'Herstelsleutel':
        'Recovery key',
    '&Afdrukken of opslaan als PDF…':
        '&Print or save as PDF…',
    '&Ik heb de herstelsleutel bewaard':
        '&I have kept the recovery key',
    '&Verder':
        '&Continue',
    'Vergeten? Typ dan de herstelsleutel (met of zonder streepjes).':
        'Forgotten? Then type the recovery key (with or without dashes).',
    '&Onthouden op deze computer (in de sleutelhanger van het systeem)':
        "&Remember on this computer (in the system's keyring)",
    'Alleen op een eigen bureaucomputer. Niet op een laptop die mee gaat naar een beurs.':
        'Only on your own office computer. Not on a laptop that goes to fairs.',
    '&Ontgrendelen':
        '&Unlock',
    'Openen…':
        'Opening…',
    'Vergrendeld':
        'Locked',
    '&Vergrendelen':
        '&Lock',
    'Scherm vergrendelen; de wachtwoordzin opent het weer':
        'Lock the screen; the passphrase opens it again',
    '&Versleutelen…':
        '&Encrypt…',
    '&Wachtwoordzin wijzigen…':
        'Change &passphrase…',
    'Niet versleuteld':
        'Not encrypted',
    ('Deze database is niet versleuteld: wie de laptop vindt, kan de gegevens lezen. Klik om te '
     'versleutelen.'):
        'This database is not encrypted: whoever finds the laptop can read the data. Click to encrypt.',
    'Niet versleuteld: klik om te versleutelen':
        'Not encrypted: click to encrypt',
    'De database wordt versleuteld…':
        'The database is being encrypted…',
    'Database versleutelen':
        'Encrypt the database',
    ('Kies een wachtwoordzin. Daarna is de database, met de reservekopieën, alleen met die '
     'wachtwoordzin of de herstelsleutel te openen. Intake Desk sluit de database even; wat u typte, '
     'is als concept bewaard.'):
        ('Choose a passphrase. After this the database, with its backups, opens only with that '
         'passphrase or the recovery key. Intake Desk closes the database for a moment; what you typed'
         ' has been kept as a draft.'),
    '&Versleutelen':
        '&Encrypt',
    '&Annuleren':
        '&Cancel',
    'Wachtwoordzin wijzigen':
        'Change passphrase',
    'Huidige wachtwoordzin':
        'Current passphrase',
    '&Huidige wachtwoordzin of herstelsleutel:':
        '&Current passphrase or recovery key:',
    '&Wijzigen':
        'C&hange',
    ('Intake Desk bewaart gegevens van kandidaten versleuteld op deze computer. Kies een '
     'wachtwoordzin: die typt u bij het starten en na een pauze. Raakt de laptop kwijt, dan kan '
     'niemand de gegevens lezen zonder die wachtwoordzin.'):
        ("Intake Desk keeps candidates' data encrypted on this computer. Choose a passphrase: you type"
         ' it when starting and after a break. If the laptop gets lost, nobody can read the data '
         'without that passphrase.'),
    'De sleutel wordt gemaakt…':
        'Making the key…',
    'Herstelsleutel opslaan als PDF':
        'Save the recovery key as PDF',
    'Intake Desk is vergrendeld':
        'Intake Desk is locked',
    'Database ontgrendelen':
        'Unlock the database',
    ('Intake Desk is vergrendeld (met Ctrl+L, of na een tijd zonder werk). Typ uw wachtwoordzin '
     'om verder te werken; wat u had getypt, staat er nog.'):
        ('Intake Desk is locked (with Ctrl+L, or after a while without work). Type your passphrase '
         'to go on; what you had typed is still there.'),
    'Wachtwoordzin: vul uw wachtwoordzin of de herstelsleutel in.':
        'Passphrase: fill in your passphrase or the recovery key.',
    'De database is versleuteld.':
        'The database is encrypted.',
    'Huidige wachtwoordzin: vul die in (of de herstelsleutel).':
        'Current passphrase: fill it in (or the recovery key).',
    ('Wachtwoordzin: gebruik minstens %d tekens. Een zin van een paar woorden is sterk en goed te '
     'onthouden.'):
        ('Passphrase: use at least %d characters. A sentence of a few words is strong and easy to '
         'remember.'),
    'Herhalen: de twee wachtwoordzinnen zijn niet gelijk.':
        'Repeat: the two passphrases are not the same.',
    ('Typ deze sleutel in plaats van de wachtwoordzin als u die vergeten bent. Bewaar dit papier op '
     'een veilige plek, niet bij de laptop. Gooi een opgeslagen PDF weg zodra hij is afgedrukt.'):
        ('Type this key instead of the passphrase if you have forgotten it. Keep this paper in a safe '
         'place, not with the laptop. Delete a saved PDF as soon as it has been printed.'),
    'De database %s is versleuteld. Typ uw wachtwoordzin om hem te openen.':
        'The database %s is encrypted. Type your passphrase to open it.',
    'Deze database is niet versleuteld; vergrendelen kan pas na Bestand > Versleutelen.':
        'This database is not encrypted; locking is possible only after File > Encrypt.',
    'Herstelsleutel Intake Desk':
        'Intake Desk recovery key',
})

# the audit dialog's words for stored codes (ui/dialogs/privacy.py)
ENGLISH.update({
    'aangemaakt': 'created', 'gewijzigd': 'changed', 'gewist': 'erased', 'afgedrukt': 'printed',
    'opgeslagen of meegegeven': 'saved or handed out', 'opgeschoond': 'purged', 'ingelezen': 'imported',
    'planversie opgeslagen': 'plan version saved', 'fase gewijzigd': 'stage changed',
    'fase teruggezet': 'stage corrected', 'contact gehad': 'contact made',
    'volgend contact gezet': 'next contact set', 'uit beursbundel: nieuw': 'from fair bundle: new',
    'uit beursbundel: bijgewerkt': 'from fair bundle: updated',
    'uit beursbundel: gewist': 'from fair bundle: erased', 'gekoppeld': 'enrolled',
    'opnieuw gekoppeld': 'enrolled again', 'ontkoppeld': 'removed', 'kandidaat': 'candidate',
    'plan': 'plan', 'catalogus': 'catalogue', 'reservekopieën': 'backups',
    'computer': 'computer', 'instellingen': 'settings', '1 regel.': '1 line.',
})

# the routes panel's payments per step (ui/views/match_panel.py, session 8)
ENGLISH.update({
    'Wie betaalt wat': 'Who pays what',
    'Waarom deze route, wie per stap betaalt, en wat er nog te regelen is':
        'Why this route, who pays for each step, and what is still to be arranged',
})
ENGLISH.update({
    '{scheme} betaalt {covered} {to}. U betaalt zelf niets.':
        '{scheme} pays {covered} {to}. You pay nothing yourself.',
})
ENGLISH.update({
    ('Erkend leerbedrijf? Leren op de werkplek bij uw werkgever kan alleen als die een erkend '
     'leerbedrijf is voor deze opleiding: daar beoordeelt de praktijkopleider wat u kunt. Zoek uw '
     'werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat die er niet in, dan '
     'vraagt de werkgever erkenning aan bij SBB.'):
        ('Recognised training company? Learning at work with your employer is only possible if the '
         'employer is a recognised training company (erkend leerbedrijf) for this course: there the '
         'workplace trainer judges what you can do. Look your employer up in SBB\'s register (s-bb.nl). '
         'If it is not there, the employer applies to SBB for recognition.'),
})
ENGLISH.update({
    ('Het passende aanbod staat in de catalogus alleen onder een oude code; nieuwe studenten beginnen '
     'aan de opleiding met de nieuwe code.'):
        ('The fitting offering is in the catalog only under an old code; new students start the course '
         'with the new code.'),
    'staat in het aanbod alleen onder een oude code, waarmee u niet meer kunt beginnen':
        'is in the catalog only under an old code, which you can no longer start',
})
ENGLISH.update({
    ('Het niveau Nederlands is nog niet bekend. Tot het bekend is, gaan we uit van geen Nederlands; met '
     'uw echte niveau kan een route veel korter zijn. Vul bij Taal (Alt+3) het niveau Nederlands in, of '
     'zet het vinkje bij moedertaal. Dan zoeken we opnieuw.'):
        ('The level of Dutch is not known yet. Until it is, we assume no Dutch; with your real level a '
         'route may be much shorter. Fill in the level of Dutch under Language (Alt+3), or tick native '
         'speaker. Then we search again.'),
})
ENGLISH.update({  # the open form and the list follow another desk's saves (session 8)
    'Andere versie bekijken': 'View the other version',
    'Andere versie bekijken (Ctrl+Shift+V)': 'View the other version (Ctrl+Shift+V)',
    'Gewijzigd door een andere desk': 'Changed at another desk',
    'Bijgewerkt door een andere desk': 'Updated by another desk',
    'Verwijderd op een andere desk': 'Deleted at another desk',
    'Een andere desk heeft deze kandidaat intussen opgeslagen (%s).':
        'Another desk has saved this candidate in the meantime (%s).',
    'Een andere desk heeft deze kandidaat intussen opgeslagen.':
        'Another desk has saved this candidate in the meantime.',
    'Bij opslaan worden de wijzigingen samengevoegd.': 'When you save, the changes are merged.',
    'Vul eerst de verplichte velden in; dan is de andere versie te vergelijken.':
        'Fill in the required fields first; then the other version can be compared.',
    'De andere desk wijzigde: %s. Uw invoer raakt die velden niet; opslaan neemt ze over.':
        'The other desk changed: %s. Your input does not touch those fields; saving takes them over.',
    ('De andere versie verschilt niet van uw invoer in velden die u niet wijzigde; opslaan voegt ze '
     'samen.'):
        ('The other version does not differ from your input in fields you did not change; saving '
         'merges them.'),
    'Uw invoer staat nog hier en in een concept. Bij opslaan (Ctrl+S) kiest u per veld.':
        'Your input is still here and in a draft. When you save (Ctrl+S) you choose per field.',
    ('Deze kandidaat is intussen verwijderd op een andere desk. Uw invoer staat nog hier en in een '
     'concept; Opslaan maakt er een nieuwe kandidaat van.'):
        ('This candidate has been deleted at another desk in the meantime. Your input is still here '
         'and in a draft; Save makes it a new candidate.'),
    'Deze kandidaat is intussen verwijderd op een andere desk.':
        'This candidate has been deleted at another desk in the meantime.',
})
ENGLISH.update({
    ('Opslaan als plan kan pas als %s toestemming geeft voor een plan. Leg die vast bij de intake '
     '(Toestemming).'):
        'Saving as a plan is possible only once %s consents to a plan. Record it in the intake (Consent).',
})
ENGLISH.update({
    'Uw ervaring als {role} (1 jaar) ligt in hetzelfde vakgebied ({field}).':
        'Your experience as {role} (1 year) is in the same field ({field}).',
})
