"""English for the desk's strings, used by `python -m ui.i18n_extract en` to fill the .ts file."""

ENGLISH: dict[str, str] = {
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
    "Hoog contrast": "High contrast", "English": "English",
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
    "Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026.": "Date as dd-mm-yyyy, for example 05-03-2026.",
    "Deze datum bestaat niet.": "This date does not exist.",
    "De geboortedatum ligt in de toekomst.": "The date of birth is in the future.",
    "Ouder dan 100 jaar: kijk het jaartal na.": "Older than 100: check the year.",
    "Jonger dan 12 jaar: kijk het jaartal na.": "Younger than 12: check the year.",
    "Jaartal in cijfers, bijvoorbeeld 2019.": "Year in digits, for example 2019.",
    "Dit jaartal is niet aannemelijk.": "This year is not plausible.",
    "Vul een heel getal in.": "Enter a whole number.", "Dit veld is verplicht.": "This field is required.",
    "Vul de datum van de toestemming in.": "Enter the date of consent.",
}
