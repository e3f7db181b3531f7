<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>CandidateListModel</name>
    <message>
      <source>Snel (aanvullen)</source>
      <translation>Quick (to complete)</translation>
    </message>
    <message>
      <source>Concept</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Volledig</source>
      <translation>Complete</translation>
    </message>
    <message>
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Geboren</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Woonplaats</source>
      <translation>Town</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
  </context>
  <context>
    <name>CandidatesView</name>
    <message>
      <source>Alle intakedata</source>
      <translation>All intake dates</translation>
    </message>
    <message>
      <source>Vandaag</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Afgelopen 7 dagen</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <source>Afgelopen 30 dagen</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <source>Afgelopen jaar</source>
      <translation>Last year</translation>
    </message>
    <message>
      <source>Concept herstellen</source>
      <translation>Restore draft</translation>
    </message>
    <message>
      <source>Concept weggooien</source>
      <translation>Discard draft</translation>
    </message>
    <message>
      <source>Zoek op naam, woonplaats, doel of notitie…</source>
      <translation>Search name, town, goal or note…</translation>
    </message>
    <message>
      <source>Zoeken</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Filter op status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <source>Alle statussen</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Filter op intakedatum</source>
      <translation>Filter by intake date</translation>
    </message>
    <message>
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <source>Aantal gevonden</source>
      <translation>Number found</translation>
    </message>
    <message>
      <source>Nieuwe intake</source>
      <translation>New intake</translation>
    </message>
    <message>
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Er is invoer die nog niet is opgeslagen. Bewaren als concept (u krijgt het bij de volgende start terug), weggooien, of teruggaan?</source>
      <translation>Some input has not been saved. Keep it as a draft (offered again at the next start), discard it, or go back?</translation>
    </message>
    <message>
      <source>Bewaren als concept</source>
      <translation>Keep as draft</translation>
    </message>
    <message>
      <source>Weggooien</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Teruggaan</source>
      <translation>Go back</translation>
    </message>
    <message>
      <source>Gevonden: %d</source>
      <translation>Found: %d</translation>
    </message>
    <message>
      <source>Niet-opgeslagen invoer van een vorige sessie: %s (%s). Nog %d concept(en).</source>
      <translation>Unsaved input from a previous session: %s (%s). %d draft(s) left.</translation>
    </message>
  </context>
  <context>
    <name>CatalogImportDialog</name>
    <message>
      <source>CSV, Excel (.xlsx) of JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bladeren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Controleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies een bestand en klik op Controleren. Er wordt dan nog niets geïmporteerd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alleen de goede rijen importeren (foute rijen overslaan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sluiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestand kiezen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus (*.csv *.xlsx *.json);;Alle bestanden (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bezig met controleren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestand controleren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het bestand is in orde. Klik op Importeren om het over te nemen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het bestand heeft fouten; er is niets geïmporteerd. Verbeter de genoemde rijen en kolommen, of importeer alleen de goede rijen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vraagcijfers importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus importeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestand:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geïmporteerd. Er is eerst een reservekopie gemaakt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niets te doen: de catalogus bevat deze gegevens al.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niet geïmporteerd: het bestand heeft (nu) fouten.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CatalogView</name>
    <message>
      <source>Catalogus exporteren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV voor Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Catalogus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus &amp;importeren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus &amp;exporteren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Vraagcijfers importeren…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Titel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Aanbieder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leerweg</source>
      <translation>Learning pathway</translation>
    </message>
    <message>
      <source>Weken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uren/week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kosten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoek op opleiding, code, aanbieder of plaats…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Elke startmaand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle niveaus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zonder niveau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (voorbeeldgegevens)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle sectoren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle regio's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Alle soorten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gevonden: %s aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorbeeldgegevens (voorbeeld, KD 2015/16)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start in %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niveau %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%s rijen geëxporteerd naar %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomeView</name>
    <message>
      <source>Intake Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <source>Snelle intakes nog aan te vullen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus: opleidingen, certificaten en modules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Catalogus: aanbod (startmomenten en locaties)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arbeidsmarktregio's met aanbod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let op: de catalogus bevat voorbeeldgegevens (voorbeeld, KD 2015/16). Importeer het aanbod van uw school voordat u echte plannen maakt.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <source>Wijzig %s</source>
      <translation>Change %s</translation>
    </message>
    <message>
      <source>Persoon</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Opleiding en werk</source>
      <translation>Education and work</translation>
    </message>
    <message>
      <source>Taal</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Wensen en beschikbaarheid</source>
      <translation>Wishes and availability</translation>
    </message>
    <message>
      <source>Financiering</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Ondersteuning</source>
      <translation>Support needs</translation>
    </message>
    <message>
      <source>Toestemming</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Notities</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Regel toevoegen</source>
      <translation>Add row</translation>
    </message>
    <message>
      <source>Regel verwijderen</source>
      <translation>Remove row</translation>
    </message>
    <message>
      <source>Nieuwe intake</source>
      <translation>New intake</translation>
    </message>
    <message>
      <source>Ongedaan maken</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Opnieuw</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Opslaan (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Die kandidaat openen</source>
      <translation>Open that candidate</translation>
    </message>
    <message>
      <source>Toch opslaan als nieuw</source>
      <translation>Save as new anyway</translation>
    </message>
    <message>
      <source>Meldingen</source>
      <translation>Messages</translation>
    </message>
    <message>
      <source>Huidige situatie</source>
      <translation>Current situation</translation>
    </message>
    <message>
      <source>Verwezen door</source>
      <translation>Referred by</translation>
    </message>
    <message>
      <source>Opleidingen</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>Startkwalificatie</source>
      <translation>Basic qualification (startkwalificatie)</translation>
    </message>
    <message>
      <source>Werk en vrijwilligerswerk</source>
      <translation>Work and volunteering</translation>
    </message>
    <message>
      <source>Werkervaring</source>
      <translation>Work experience</translation>
    </message>
    <message>
      <source>Niveau Nederlands (ERK)</source>
      <translation>Dutch level (CEFR)</translation>
    </message>
    <message>
      <source>Andere talen</source>
      <translation>Other languages</translation>
    </message>
    <message>
      <source>Beroep of doel</source>
      <translation>Occupation or goal</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Gewenst bewijs</source>
      <translation>Credential wanted</translation>
    </message>
    <message>
      <source>Uren per week</source>
      <translation>Hours per week</translation>
    </message>
    <message>
      <source>ma</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>di</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>wo</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>do</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>vr</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>za</source>
      <translation>Sat</translation>
    </message>
    <message>
      <source>zo</source>
      <translation>Sun</translation>
    </message>
    <message>
      <source>Beschikbare dagen</source>
      <translation>Available days</translation>
    </message>
    <message>
      <source>Leerweg</source>
      <translation>Learning pathway</translation>
    </message>
    <message>
      <source>Start vanaf</source>
      <translation>Start from</translation>
    </message>
    <message>
      <source>Reistijd (minuten)</source>
      <translation>Travel time (minutes)</translation>
    </message>
    <message>
      <source>Financiering (één per regel)</source>
      <translation>Funding (one per line)</translation>
    </message>
    <message>
      <source>Wonen</source>
      <translation>Housing</translation>
    </message>
    <message>
      <source>Inkomen</source>
      <translation>Income</translation>
    </message>
    <message>
      <source>Welzijn</source>
      <translation>Well-being</translation>
    </message>
    <message>
      <source>Werk en school</source>
      <translation>Work and school</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Support network</translation>
    </message>
    <message>
      <source>Datum toestemming</source>
      <translation>Date of consent</translation>
    </message>
    <message>
      <source>Zonder toestemming kan niets worden afgedrukt of geëxporteerd.</source>
      <translation>Without consent nothing can be printed or exported.</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Voornaam</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Tussenvoegsel</source>
      <translation>Surname prefix</translation>
    </message>
    <message>
      <source>Achternaam</source>
      <translation>Surname</translation>
    </message>
    <message>
      <source>Geboortedatum</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Telefoon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Straat en huisnummer</source>
      <translation>Street and number</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Woonplaats</source>
      <translation>Town</translation>
    </message>
    <message>
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Arbeidsmarktregio</source>
      <translation>Labour-market region</translation>
    </message>
    <message>
      <source>Datum intake</source>
      <translation>Intake date</translation>
    </message>
    <message>
      <source>Adviseur</source>
      <translation>Advisor</translation>
    </message>
    <message>
      <source>Heeft werk of een leerbaan</source>
      <translation>Has a job or work placement</translation>
    </message>
    <message>
      <source>Belangstelling voor EVC (erkenning van verworven competenties)</source>
      <translation>Interested in EVC (recognition of prior learning)</translation>
    </message>
    <message>
      <source>Nederlands is moedertaal</source>
      <translation>Dutch is the mother tongue</translation>
    </message>
    <message>
      <source>BOL</source>
      <translation>BOL (school-based)</translation>
    </message>
    <message>
      <source>BBL (werkend leren)</source>
      <translation>BBL (work-based)</translation>
    </message>
    <message>
      <source>Derde leerweg</source>
      <translation>Third pathway</translation>
    </message>
    <message>
      <source>Korte module</source>
      <translation>Short module</translation>
    </message>
    <message>
      <source>VOG nodig voor dit doel</source>
      <translation>Certificate of conduct (VOG) needed</translation>
    </message>
    <message>
      <source>Financieringsmogelijkheden (één per regel)</source>
      <translation>Funding options (one per line)</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Verwijzing</source>
      <translation>Referral</translation>
    </message>
    <message>
      <source>Toestemming gegeven</source>
      <translation>Consent given</translation>
    </message>
    <message>
      <source>Advies</source>
      <translation>Advice</translation>
    </message>
    <message>
      <source>Plan maken</source>
      <translation>Making a plan</translation>
    </message>
    <message>
      <source>Delen met de school</source>
      <translation>Sharing with the school</translation>
    </message>
    <message>
      <source>Delen met de verwijzer</source>
      <translation>Sharing with the referrer</translation>
    </message>
    <message>
      <source>Anonieme statistiek</source>
      <translation>Anonymous statistics</translation>
    </message>
    <message>
      <source>Ja (volgt uit de opleidingen)</source>
      <translation>Yes (follows from the education)</translation>
    </message>
    <message>
      <source>Nee (volgt uit de opleidingen)</source>
      <translation>No (follows from the education)</translation>
    </message>
    <message>
      <source>Concept hersteld van %s. Kijk het na en sla op.</source>
      <translation>Draft from %s restored. Check it and save.</translation>
    </message>
    <message>
      <source>Mogelijk staat deze persoon er al in: %s, geboren %s, %s.</source>
      <translation>This person may already be registered: %s, born %s, %s.</translation>
    </message>
    <message>
      <source>Opgeslagen.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Opleiding</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Diploma</source>
      <translation>Diploma</translation>
    </message>
    <message>
      <source>Functie</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>Jaren</source>
      <translation>Years</translation>
    </message>
    <message>
      <source>Vrijwillig</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <source>Niet opgeslagen: %s — %s</source>
      <translation>Not saved: %s — %s</translation>
    </message>
    <message>
      <source>Niet opgeslagen: iemand anders heeft deze kandidaat intussen gewijzigd. Uw invoer staat nog hier en in een concept.</source>
      <translation>Not saved: someone else changed this candidate meanwhile. Your input is still here and in a draft.</translation>
    </message>
    <message>
      <source>Schoolverlater</source>
      <translation>School leaver</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Student</translation>
    </message>
    <message>
      <source>Werkzoekend</source>
      <translation>Job seeker</translation>
    </message>
    <message>
      <source>Werkend</source>
      <translation>Employed</translation>
    </message>
    <message>
      <source>Zzp</source>
      <translation>Self-employed</translation>
    </message>
    <message>
      <source>WW-uitkering</source>
      <translation>Unemployment benefit (WW)</translation>
    </message>
    <message>
      <source>Bijstand</source>
      <translation>Social assistance</translation>
    </message>
    <message>
      <source>Wajong</source>
      <translation>Wajong benefit</translation>
    </message>
    <message>
      <source>Nieuwkomer</source>
      <translation>Newcomer</translation>
    </message>
    <message>
      <source>Anders</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Zelf</source>
      <translation>Self</translation>
    </message>
    <message>
      <source>UWV</source>
      <translation>UWV</translation>
    </message>
    <message>
      <source>Werkgever</source>
      <translation>Employer</translation>
    </message>
    <message>
      <source>School</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Regionaal Mobiliteitsteam</source>
      <translation>Regional mobility team</translation>
    </message>
    <message>
      <source>Leerwerkloket</source>
      <translation>Leerwerkloket</translation>
    </message>
    <message>
      <source>Nog niet bekend</source>
      <translation>Not known yet</translation>
    </message>
    <message>
      <source>Certificaat</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Praktijkverklaring</source>
      <translation>Practical statement</translation>
    </message>
    <message>
      <source>Belemmering: %s</source>
      <translation>Barrier: %s</translation>
    </message>
    <message>
      <source>Toelichting %s</source>
      <translation>Note %s</translation>
    </message>
    <message>
      <source>Doorverwezen naar (%s)</source>
      <translation>Referred to (%s)</translation>
    </message>
    <message>
      <source>Snelle intake (beursmodus)</source>
      <translation>Quick intake (job fair mode)</translation>
    </message>
    <message>
      <source>Typ en ga met Tab naar het volgende veld. Ctrl+Enter slaat op en maakt het formulier leeg voor de volgende persoon. Aanvullen doet u later aan de balie.</source>
      <translation>Type and press Tab for the next field. Ctrl+Enter saves and clears the form for the next person. Complete the record later at the desk.</translation>
    </message>
    <message>
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Toestemming om contact op te nemen en te adviseren</source>
      <translation>Consent to contact and advise</translation>
    </message>
    <message>
      <source>Opslaan en volgende (Ctrl+Enter)</source>
      <translation>Save and next (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Opslaan en volgende</source>
      <translation>Save and next</translation>
    </message>
    <message>
      <source>Opgeslagen: %s (%d in deze sessie).</source>
      <translation>Saved: %s (%d this session).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Overzicht</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <source>Beursmodus</source>
      <translation>Job fair</translation>
    </message>
    <message>
      <source>Leerroutes</source>
      <translation>Learning routes</translation>
    </message>
    <message>
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Reservekopie maken</source>
      <translation>&amp;Make backup</translation>
    </message>
    <message>
      <source>&amp;Afsluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Be&amp;eld</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Over Intake Desk</source>
      <translation>&amp;About Intake Desk</translation>
    </message>
    <message>
      <source>Database niet geopend</source>
      <translation>Database not opened</translation>
    </message>
    <message>
      <source>Over Intake Desk</source>
      <translation>About Intake Desk</translation>
    </message>
    <message>
      <source>Intake Desk: intakes, passende leerroutes en ontwikkelplannen voor intakeadviseurs in het mbo, bij Leerwerkloketten en Regionale Mobiliteitsteams.

Alle gegevens blijven op deze computer. Geen BSN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database openen: %s</source>
      <translation>Opening database: %s</translation>
    </message>
    <message>
      <source>Database: %s</source>
      <translation>Database: %s</translation>
    </message>
    <message>
      <source>Database beschadigd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorbeeldgegevens</source>
      <translation>Sample data</translation>
    </message>
    <message>
      <source>De catalogus bevat voorbeeldgegevens (voorbeeld, KD 2015/16), geen echt aanbod.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nu de nieuwste goede reservekopie terugzetten? Het beschadigde bestand blijft bewaard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Teruggezet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De reservekopie is teruggezet. Het beschadigde bestand staat in %s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reservekopie gemaakt: %s</source>
      <translation>Backup made: %s</translation>
    </message>
    <message>
      <source>&amp;Nieuwe intake</source>
      <translation>&amp;New intake</translation>
    </message>
    <message>
      <source>&amp;Snelle intake (beursmodus)</source>
      <translation>&amp;Quick intake (job fair mode)</translation>
    </message>
    <message>
      <source>&amp;Zoeken</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <source>&amp;Instellingen…</source>
      <translation>&amp;Settings…</translation>
    </message>
  </context>
  <context>
    <name>MatchPanel</name>
    <message>
      <source>Kies een kandidaat om passende leerroutes te zien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorgestelde routes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ander aanbod voor deze stap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wisselen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwe startdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start verplaatsen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stap weghalen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terug naar voorstel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redenen en aandachtspunten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opslaan als plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Routes zoeken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (voorbeeldgegevens)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>diploma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mbo-certificaat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>praktijkverklaring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>schoolverklaring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Einde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aanbieder en plaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leerweg</source>
      <translation>Learning pathway</translation>
    </message>
    <message>
      <source>Uur/week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kosten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Financiering</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source> (tussenstap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan opgeslagen als versie %s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Routes voor %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deze wijziging breekt een regel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>u/w</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen passende route voor %s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waarom deze route</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regelen en aandachtspunten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>weken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>zelf te betalen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 punten · %2 weken · %3 t/m %4 · %5</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanBatchDialog</name>
    <message>
      <source>Plannen van een dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afdrukken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opslaan als PDF's in een map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intakedag:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wat:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plannen van %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Er zijn geen plannen van kandidaten met een intake op die dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map voor de plannen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Taal van het plan</source>
      <translation>Plan language</translation>
    </message>
    <message>
      <source>In welke taal het plan wordt afgedrukt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan afdrukken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plannen van een dag afdrukken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De printer kon niet worden gestart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan opslaan als PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF-bestanden (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map voor de plannen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen printer gevonden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Er is geen printer ingesteld op deze computer. Wilt u het plan opslaan als PDF? Dat bestand kunt u later afdrukken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afdrukken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opslaan als PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kies een kandidaat om het plan te zien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voorbeeld van het plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan maken…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het plan kon niet worden gemaakt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Niet afgedrukt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het bestand kon niet worden opgeslagen: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Het plan kon niet worden getoond.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Instellingen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Naam van de school</source>
      <translation>School name</translation>
    </message>
    <message>
      <source>Adres</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Logo (bestand)</source>
      <translation>Logo (file)</translation>
    </message>
    <message>
      <source>Naam adviseur</source>
      <translation>Advisor name</translation>
    </message>
    <message>
      <source>Standaard regio</source>
      <translation>Default region</translation>
    </message>
    <message>
      <source>Taal van het plan</source>
      <translation>Plan language</translation>
    </message>
    <message>
      <source>Thema</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Taal van het programma</source>
      <translation>Program language</translation>
    </message>
    <message>
      <source>Een andere programmataal gaat in bij de volgende start.</source>
      <translation>A different program language takes effect at the next start.</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Logo kiezen</source>
      <translation>Choose logo</translation>
    </message>
    <message>
      <source>Afbeeldingen (*.png *.jpg *.svg)</source>
      <translation>Images (*.png *.jpg *.svg)</translation>
    </message>
    <message>
      <source>Kiezen…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Nederlands</source>
      <translation>Dutch</translation>
    </message>
    <message>
      <source>Engels</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Licht</source>
      <translation>Light</translation>
    </message>
    <message>
      <source>Donker</source>
      <translation>Dark</translation>
    </message>
    <message>
      <source>Hoog contrast</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
  </context>
  <context>
    <name>feedback</name>
    <message>
      <source>Programmafout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Er ging iets mis in Intake Desk. Uw gegevens zijn niet gewijzigd. Stuur de details hieronder naar de beheerder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Niet gelukt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afgebroken; er is niets gewijzigd.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters.</source>
      <translation>Postcode as 1234 AB: four digits (not starting with 0) and two letters.</translation>
    </message>
    <message>
      <source>Deze lettercombinatie bestaat niet in Nederlandse postcodes.</source>
      <translation>Dutch postcodes do not use these letters.</translation>
    </message>
    <message>
      <source>Dit telefoonnummer heeft te veel of te weinig cijfers.</source>
      <translation>This phone number has too many or too few digits.</translation>
    </message>
    <message>
      <source>Dit telefoonnummer lijkt niet te bestaan; kijk het na.</source>
      <translation>This phone number does not seem to exist; please check it.</translation>
    </message>
    <message>
      <source>E-mailadres als naam@voorbeeld.nl.</source>
      <translation>Email address as name@example.nl.</translation>
    </message>
    <message>
      <source>Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026.</source>
      <translation>Date as dd-mm-yyyy, for example 05-03-2026.</translation>
    </message>
    <message>
      <source>Deze datum bestaat niet.</source>
      <translation>This date does not exist.</translation>
    </message>
    <message>
      <source>De geboortedatum ligt in de toekomst.</source>
      <translation>The date of birth is in the future.</translation>
    </message>
    <message>
      <source>Ouder dan 100 jaar: kijk het jaartal na.</source>
      <translation>Older than 100: check the year.</translation>
    </message>
    <message>
      <source>Jonger dan 12 jaar: kijk het jaartal na.</source>
      <translation>Younger than 12: check the year.</translation>
    </message>
    <message>
      <source>Jaartal in cijfers, bijvoorbeeld 2019.</source>
      <translation>Year in digits, for example 2019.</translation>
    </message>
    <message>
      <source>Dit jaartal is niet aannemelijk.</source>
      <translation>This year is not plausible.</translation>
    </message>
    <message>
      <source>Dit veld is verplicht.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <source>Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56.</source>
      <translation>This is not a phone number. For example 06 12345678 or +32 470 12 34 56.</translation>
    </message>
    <message>
      <source>Vul een heel getal in.</source>
      <translation>Enter a whole number.</translation>
    </message>
    <message>
      <source>Vul de datum van de toestemming in.</source>
      <translation>Enter the date of consent.</translation>
    </message>
  </context>
</TS>
