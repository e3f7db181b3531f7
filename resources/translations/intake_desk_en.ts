<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>Accessibility</name>
    <message>
      <source>Tekst wissen</source>
      <translation>Clear text</translation>
    </message>
    <message>
      <source>Alles selecteren</source>
      <translation>Select all</translation>
    </message>
    <message>
      <source>Meer</source>
      <translation>More</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <source>Grafiek</source>
      <translation>Chart</translation>
    </message>
    <message>
      <source>Geen gegevens in deze periode.</source>
      <translation>No data in this period.</translation>
    </message>
  </context>
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
      <source>Beschadigd (open voor uitleg)</source>
      <translation>Damaged (open it for details)</translation>
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
      <source>Niet-opgeslagen invoer van een vorige sessie: %s (%s). Nog %d concept(en).</source>
      <translation>Unsaved input from a previous session: %s (%s). %d draft(s) left.</translation>
    </message>
    <message>
      <source>Gevonden: %d</source>
      <translation>Found: %d</translation>
    </message>
  </context>
  <context>
    <name>CatalogImportDialog</name>
    <message>
      <source>CSV, Excel (.xlsx) of JSON</source>
      <translation>CSV, Excel (.xlsx) or JSON</translation>
    </message>
    <message>
      <source>Bladeren…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>&amp;Controleren</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <source>Kies een bestand en klik op Controleren. Er wordt dan nog niets geïmporteerd.</source>
      <translation>Choose a file and click Check. Nothing is imported yet.</translation>
    </message>
    <message>
      <source>Alleen de goede rijen importeren (foute rijen overslaan)</source>
      <translation>Import only the good rows (skip rows with errors)</translation>
    </message>
    <message>
      <source>&amp;Importeren</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Bestand kiezen</source>
      <translation>Choose file</translation>
    </message>
    <message>
      <source>Catalogus (*.csv *.xlsx *.json);;Alle bestanden (*)</source>
      <translation>Catalogue (*.csv *.xlsx *.json);;All files (*)</translation>
    </message>
    <message>
      <source>Bezig met controleren…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Bestand controleren</source>
      <translation>Checking the file</translation>
    </message>
    <message>
      <source>Het bestand is in orde. Klik op Importeren om het over te nemen.</source>
      <translation>The file is in order. Click Import to take it over.</translation>
    </message>
    <message>
      <source>Het bestand heeft fouten; er is niets geïmporteerd. Verbeter de genoemde rijen en kolommen, of importeer alleen de goede rijen.</source>
      <translation>The file has errors; nothing has been imported. Correct the rows and columns listed, or import only the good rows.</translation>
    </message>
    <message>
      <source>Importeren</source>
      <translation>Importing</translation>
    </message>
    <message>
      <source>Vraagcijfers importeren</source>
      <translation>Import demand figures</translation>
    </message>
    <message>
      <source>Catalogus importeren</source>
      <translation>Import catalogue</translation>
    </message>
    <message>
      <source>Bestand:</source>
      <translation>File:</translation>
    </message>
    <message>
      <source>Geïmporteerd. Er is eerst een reservekopie gemaakt.</source>
      <translation>Imported. A backup was made first.</translation>
    </message>
    <message>
      <source>Niets te doen: de catalogus bevat deze gegevens al.</source>
      <translation>Nothing to do: the catalogue already contains this data.</translation>
    </message>
    <message>
      <source>Niet geïmporteerd: het bestand heeft (nu) fouten.</source>
      <translation>Not imported: the file has errors (now).</translation>
    </message>
  </context>
  <context>
    <name>CatalogView</name>
    <message>
      <source>Catalogus</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Kwalificatie</source>
      <translation>Qualification</translation>
    </message>
    <message>
      <source>Keuzedeel</source>
      <translation>Elective</translation>
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
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>BOL</source>
      <translation>BOL (school-based)</translation>
    </message>
    <message>
      <source>BBL</source>
      <translation>BBL (work-based)</translation>
    </message>
    <message>
      <source>Derde leerweg</source>
      <translation>Third pathway</translation>
    </message>
    <message>
      <source>Kort</source>
      <translation>Short</translation>
    </message>
    <message>
      <source>Catalogus exporteren</source>
      <translation>Export catalogue</translation>
    </message>
    <message>
      <source>CSV voor Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)</source>
      <translation>CSV for Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
      <source>&amp;Catalogus</source>
      <translation>&amp;Catalogue</translation>
    </message>
    <message>
      <source>Catalogus &amp;importeren…</source>
      <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
      <source>Catalogus &amp;exporteren…</source>
      <translation>&amp;Export catalogue…</translation>
    </message>
    <message>
      <source>&amp;Vraagcijfers importeren…</source>
      <translation>Import &amp;demand figures…</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Niveau</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Aanbieder</source>
      <translation>Provider</translation>
    </message>
    <message>
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Regio</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Leerweg</source>
      <translation>Learning pathway</translation>
    </message>
    <message>
      <source>Weken</source>
      <translation>Weeks</translation>
    </message>
    <message>
      <source>Uren/week</source>
      <translation>Hours/week</translation>
    </message>
    <message>
      <source>Kosten</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Zoek op opleiding, code, aanbieder of plaats…</source>
      <translation>Search programme, code, provider or place…</translation>
    </message>
    <message>
      <source>Elke startmaand</source>
      <translation>Any start month</translation>
    </message>
    <message>
      <source>Aanbod in de catalogus</source>
      <translation>Offerings in the catalog</translation>
    </message>
    <message>
      <source>Alle niveaus</source>
      <translation>All levels</translation>
    </message>
    <message>
      <source>Zonder niveau</source>
      <translation>Without level</translation>
    </message>
    <message>
      <source> (voorbeeldgegevens)</source>
      <translation> (sample data)</translation>
    </message>
    <message>
      <source>Zoeken in de catalogus</source>
      <translation>Search the catalog</translation>
    </message>
    <message>
      <source>Filter op sector</source>
      <translation>Filter by sector</translation>
    </message>
    <message>
      <source>Filter op niveau</source>
      <translation>Filter by level</translation>
    </message>
    <message>
      <source>Filter op regio</source>
      <translation>Filter by region</translation>
    </message>
    <message>
      <source>Filter op soort</source>
      <translation>Filter by kind</translation>
    </message>
    <message>
      <source>Filter op startmaand</source>
      <translation>Filter by start month</translation>
    </message>
    <message>
      <source>Alle sectoren</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <source>Alle regio's</source>
      <translation>All regions</translation>
    </message>
    <message>
      <source>Alle soorten</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>1 opleiding of cursus gevonden</source>
      <translation>1 course found</translation>
    </message>
    <message>
      <source>Voorbeeld: echte scholen en crebo's, verzonnen aanbod</source>
      <translation>Sample: real schools and crebo codes, invented offerings</translation>
    </message>
    <message>
      <source>elke maand</source>
      <translation>every month</translation>
    </message>
    <message>
      <source>Start in %s</source>
      <translation>Starts in %s</translation>
    </message>
    <message>
      <source>Niveau %s</source>
      <translation>Level %s</translation>
    </message>
    <message>
      <source>%s opleidingen en cursussen gevonden</source>
      <translation>%s courses found</translation>
    </message>
    <message>
      <source>%s rijen geëxporteerd naar %s</source>
      <translation>%s rows exported to %s</translation>
    </message>
  </context>
  <context>
    <name>FiguresDialog</name>
    <message>
      <source>K%d %d</source>
      <translation>Q%d %d</translation>
    </message>
    <message>
      <source>Laatste 12 maanden</source>
      <translation>Last 12 months</translation>
    </message>
    <message>
      <source>Cijfers regio</source>
      <translation>Regional figures</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Eigen keuze</source>
      <translation>Custom</translation>
    </message>
    <message>
      <source>Van</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Tot en met</source>
      <translation>Up to and including</translation>
    </message>
    <message>
      <source>Regio</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Alle regio's</source>
      <translation>All regions</translation>
    </message>
    <message>
      <source>Tone&amp;n</source>
      <translation>S&amp;how</translation>
    </message>
    <message>
      <source>Voorbeeldgegevens: deze cijfers tellen verzonnen kandidaten mee.</source>
      <translation>Sample data: these figures count invented candidates.</translation>
    </message>
    <message>
      <source>Aantallen onder 5 staan er als “&lt;5”; “x” is verborgen zodat zo'n klein aantal niet uit het totaal terug te rekenen is. Alleen aantallen, geen namen.</source>
      <translation>Counts under 5 are shown as “&lt;5”; “x” is hidden so that such a small count cannot be worked out from the total. Counts only, no names.</translation>
    </message>
    <message>
      <source>&amp;Opslaan als PDF, XLSX of CSV…</source>
      <translation>&amp;Save as PDF, XLSX or CSV…</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cijfers worden geteld…</source>
      <translation>Counting the figures…</translation>
    </message>
    <message>
      <source>Cijfers tellen</source>
      <translation>Counting the figures</translation>
    </message>
    <message>
      <source>Kerncijfers</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <source>Cijfers opslaan</source>
      <translation>Save figures</translation>
    </message>
    <message>
      <source>Dit kwartaal (%s)</source>
      <translation>This quarter (%s)</translation>
    </message>
    <message>
      <source>Dit jaar (%d)</source>
      <translation>This year (%d)</translation>
    </message>
    <message>
      <source>Vorig jaar (%d)</source>
      <translation>Last year (%d)</translation>
    </message>
    <message>
      <source>De einddatum ligt voor de begindatum.</source>
      <translation>The end date is before the start date.</translation>
    </message>
    <message>
      <source>%s, %s t/m %s</source>
      <translation>%s, %s to %s</translation>
    </message>
    <message>
      <source>Mediaan dagen van intake tot start: %s</source>
      <translation>Median days from intake to start: %s</translation>
    </message>
    <message>
      <source>PDF-rapport (*.pdf)</source>
      <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
      <source>Excel-werkmap met grafieken (*.xlsx)</source>
      <translation>Excel workbook with charts (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV voor eigen rekenwerk (*.csv)</source>
      <translation>CSV for your own calculations (*.csv)</translation>
    </message>
    <message>
      <source>Vorig kwartaal (%s)</source>
      <translation>Last quarter (%s)</translation>
    </message>
    <message>
      <source>&amp;Periode:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <source>&amp;Van:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>&amp;Tot en met:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>&amp;Regio:</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>%s kon niet worden opgeslagen: %s</source>
      <translation>%s could not be saved: %s</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <source>Kiezen</source>
      <translation>Choose</translation>
    </message>
    <message>
      <source>%d bestanden opgeslagen in %s</source>
      <translation>%d files saved in %s</translation>
    </message>
    <message>
      <source>Map openen</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>Map met het opgeslagen bestand openen</source>
      <translation>Open the folder with the saved file</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Openen</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Zoeken &amp;in:</source>
      <translation>Look &amp;in:</translation>
    </message>
    <message>
      <source>Bestands&amp;naam:</source>
      <translation>File &amp;name:</translation>
    </message>
    <message>
      <source>Bestands&amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Opgeslagen: %s (in %s)</source>
      <translation>Saved: %s (in %s)</translation>
    </message>
  </context>
  <context>
    <name>HelpDialogs</name>
    <message>
      <source>&lt;h3&gt;Van intake naar plan in drie stappen&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake.&lt;/b&gt; Kies &lt;i&gt;Nieuwe intake&lt;/i&gt; (Ctrl+N) of, op een beurs, de &lt;i&gt;Beursmodus&lt;/i&gt; (Ctrl+Shift+N). Vul de gegevens in; met Alt+1 tot Alt+8 gaat u naar een onderdeel. Ctrl+S slaat op. Zet het vinkje voor toestemming als de kandidaat akkoord is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leerroutes.&lt;/b&gt; Kies de kandidaat in de lijst. Het paneel &lt;i&gt;Leerroutes&lt;/i&gt; toont passende routes met de redenen. Ontbreekt er iets, dan staat erbij wat u moet invullen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan.&lt;/b&gt; Kies een route en klik op &lt;i&gt;Opslaan als plan&lt;/i&gt;. Het paneel &lt;i&gt;Plan&lt;/i&gt; toont het plan; druk het af (Ctrl+P) of sla het op als PDF.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Alle gegevens blijven op deze computer. Sneltoetsen: Help &amp;gt; Sneltoetsen (F1).&lt;/p&gt;</source>
      <translation>&lt;h3&gt;From intake to plan in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake.&lt;/b&gt; Choose &lt;i&gt;New intake&lt;/i&gt; (Ctrl+N) or, at a job fair, the &lt;i&gt;Job fair&lt;/i&gt; mode (Ctrl+Shift+N). Fill in the details; Alt+1 to Alt+8 take you to a section. Ctrl+S saves. Tick the consent box when the candidate agrees.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Learning routes.&lt;/b&gt; Choose the candidate in the list. The &lt;i&gt;Learning routes&lt;/i&gt; panel shows fitting routes with their reasons. If something is missing, it says what to fill in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan.&lt;/b&gt; Choose a route and click &lt;i&gt;Save as plan&lt;/i&gt;. The &lt;i&gt;Plan&lt;/i&gt; panel shows the plan; print it (Ctrl+P) or save it as PDF.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;All data stays on this computer. Keyboard shortcuts: Help &amp;gt; Keyboard shortcuts (F1).&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Hoe werkt het?</source>
      <translation>How does it work?</translation>
    </message>
    <message>
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Alles in Intake Desk werkt ook met het toetsenbord. Met Tab gaat u naar het volgende veld, met Shift+Tab terug.</source>
      <translation>Everything in Intake Desk also works from the keyboard. Tab takes you to the next field, Shift+Tab back.</translation>
    </message>
    <message>
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Toetsen</source>
      <translation>Keys</translation>
    </message>
  </context>
  <context>
    <name>HomeView</name>
    <message>
      <source>(nog zonder naam)</source>
      <translation>(no name yet)</translation>
    </message>
    <message>
      <source>Vandaag</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Nieuwe intake (Ctrl+N)</source>
      <translation>New intake (Ctrl+N)</translation>
    </message>
    <message>
      <source>Beursmodus (Ctrl+Shift+N)</source>
      <translation>Job fair (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <source>Kandidaat zoeken (Ctrl+F)</source>
      <translation>Find a candidate (Ctrl+F)</translation>
    </message>
    <message>
      <source>Opvolgen</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Vandaag contact</source>
      <translation>Contact today</translation>
    </message>
    <message>
      <source>Niemand om vandaag te bellen. Een volgende afspraak zet u bij de kandidaat (Ctrl+Shift+D).</source>
      <translation>Nobody to call today. Set a next contact with the candidate (Ctrl+Shift+D).</translation>
    </message>
    <message>
      <source>Te laat</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Geen afspraken die voorbij zijn.</source>
      <translation>No contacts that have passed.</translation>
    </message>
    <message>
      <source>Lang niets gehoord</source>
      <translation>Not heard from in a long time</translation>
    </message>
    <message>
      <source>Iedereen met een lopend traject heeft een afspraak of recent contact.</source>
      <translation>Everyone with an open trajectory has a contact planned or was contacted recently.</translation>
    </message>
    <message>
      <source>Intakes van vandaag</source>
      <translation>Today's intakes</translation>
    </message>
    <message>
      <source>Nog geen intakes vandaag. Start een intake met Ctrl+N of de beursmodus (Ctrl+Shift+N).</source>
      <translation>No intakes today yet. Start one with Ctrl+N or the job fair mode (Ctrl+Shift+N).</translation>
    </message>
    <message>
      <source>Af te maken</source>
      <translation>To finish</translation>
    </message>
    <message>
      <source>Niets af te maken. Snelle intakes uit de beursmodus en concepten verschijnen hier.</source>
      <translation>Nothing to finish. Quick intakes from the job fair and drafts show here.</translation>
    </message>
    <message>
      <source>Plannen</source>
      <translation>Plans</translation>
    </message>
    <message>
      <source>Geen plannen klaar om te maken of af te drukken. Een volledige intake met toestemming komt hier te staan tot er een plan is.</source>
      <translation>No plans to make or print. A complete intake with consent shows here until it has a plan.</translation>
    </message>
    <message>
      <source>In deze database</source>
      <translation>In this database</translation>
    </message>
    <message>
      <source>snelle intake</source>
      <translation>quick intake</translation>
    </message>
    <message>
      <source>concept</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>volledig</source>
      <translation>complete</translation>
    </message>
    <message>
      <source>afspraak vandaag</source>
      <translation>contact today</translation>
    </message>
    <message>
      <source>Laatste contact: %s</source>
      <translation>Last contact: %s</translation>
    </message>
    <message>
      <source>Intake van %s</source>
      <translation>Intake of %s</translation>
    </message>
    <message>
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <source>Snelle intakes nog aan te vullen</source>
      <translation>Quick intakes still to complete</translation>
    </message>
    <message>
      <source>Catalogus: opleidingen, certificaten en modules</source>
      <translation>Catalogue: programmes, certificates and modules</translation>
    </message>
    <message>
      <source>Catalogus: aanbod (startmomenten en locaties)</source>
      <translation>Catalogue: offerings (start dates and locations)</translation>
    </message>
    <message>
      <source>Arbeidsmarktregio's met aanbod</source>
      <translation>Labour-market regions with offerings</translation>
    </message>
    <message>
      <source>Let op: de catalogus is een voorbeeld. De scholen, locaties en crebo's zijn echt; wie wat aanbiedt, de data en de prijzen zijn verzonnen. Importeer het aanbod van uw school voordat u echte plannen maakt.</source>
      <translation>Note: the catalogue is a sample. The schools, locations and crebo codes are real; who offers what, the dates and the prices are invented. Import your school's offerings before you make real plans.</translation>
    </message>
    <message>
      <source>Lang niets gehoord (%d dagen of meer)</source>
      <translation>Not heard from (%d days or more)</translation>
    </message>
    <message>
      <source>intake</source>
      <translation>intake</translation>
    </message>
    <message>
      <source>snelle intake: aanvullen aan de balie</source>
      <translation>quick intake: complete it at the desk</translation>
    </message>
    <message>
      <source>concept: afmaken</source>
      <translation>draft: finish it</translation>
    </message>
    <message>
      <source>niet opgeslagen invoer: nakijken en opslaan</source>
      <translation>unsaved input: check and save it</translation>
    </message>
    <message>
      <source>klaar voor een plan: leerroute kiezen</source>
      <translation>ready for a plan: choose a learning route</translation>
    </message>
    <message>
      <source>volledig, maar nog geen toestemming voor een plan</source>
      <translation>complete, but no consent for a plan yet</translation>
    </message>
    <message>
      <source>plan van vandaag: afdrukken</source>
      <translation>today's plan: print it</translation>
    </message>
    <message>
      <source>1 dag te laat (%s)</source>
      <translation>1 day overdue (%s)</translation>
    </message>
    <message>
      <source>%d dagen te laat (%s)</source>
      <translation>%d days overdue (%s)</translation>
    </message>
    <message>
      <source>%d dagen geen contact</source>
      <translation>%d days without contact</translation>
    </message>
    <message>
      <source>plan van vandaag (versie %d): afdrukken</source>
      <translation>today's plan (version %d): print it</translation>
    </message>
  </context>
  <context>
    <name>IntakeForm</name>
    <message>
      <source>Mogelijke dubbele inschrijving</source>
      <translation>Possible duplicate registration</translation>
    </message>
    <message>
      <source>Die kandidaat openen</source>
      <translation>Open that candidate</translation>
    </message>
    <message>
      <source>Mogelijk staat deze persoon er al in: %s, geboren %s, %s.</source>
      <translation>This person may already be registered: %s, born %s, %s.</translation>
    </message>
    <message>
      <source>Niet herkend — kies een opleiding uit de lijst</source>
      <translation>Not recognised — choose a qualification from the list</translation>
    </message>
    <message>
      <source>Herkend als: %s</source>
      <translation>Recognised as: %s</translation>
    </message>
    <message>
      <source>Typ om te zoeken, bijvoorbeeld Rijnmond of Den Haag</source>
      <translation>Type to search, for example Rijnmond or Den Haag</translation>
    </message>
    <message>
      <source>Zoek een regio</source>
      <translation>Search a region</translation>
    </message>
    <message>
      <source>Niet opgeslagen: %s — %s</source>
      <translation>Not saved: %s — %s</translation>
    </message>
    <message>
      <source>%s (niveau %d)</source>
      <translation>%s (level %d)</translation>
    </message>
    <message>
      <source>Breed doel: domein %s</source>
      <translation>Broad goal: field %s</translation>
    </message>
    <message>
      <source>Herkend als: %s (klopt dat?)</source>
      <translation>Recognised as: %s (is that right?)</translation>
    </message>
    <message>
      <source>Doel zoals begrepen</source>
      <translation>Goal as understood</translation>
    </message>
    <message>
      <source>Crebo van het doel</source>
      <translation>Crebo code of the goal</translation>
    </message>
    <message>
      <source>Waar de kandidaat woont</source>
      <translation>Where the candidate lives</translation>
    </message>
    <message>
      <source>Wijzig %s</source>
      <translation>Change %s</translation>
    </message>
    <message>
      <source>Nog geen regio gekozen: alle regio's worden bekeken.</source>
      <translation>No region chosen yet: all regions are searched.</translation>
    </message>
    <message>
      <source>%s (niveau %d, crebo %s)</source>
      <translation>%s (level %d, crebo %s)</translation>
    </message>
    <message>
      <source>Gemeente %s, arbeidsmarktregio %s.</source>
      <translation>Municipality %s, labour-market region %s.</translation>
    </message>
    <message>
      <source>Gekozen: %s</source>
      <translation>Chosen: %s</translation>
    </message>
    <message>
      <source>(en nog %d veld(en) om na te kijken)</source>
      <translation>(and %d more field(s) to check)</translation>
    </message>
    <message>
      <source>Arbeidsmarktregio %s; de gemeente is nog niet zeker.</source>
      <translation>Labour-market region %s; the municipality is not certain yet.</translation>
    </message>
    <message>
      <source>&amp;%d %s (regio %s)</source>
      <translation>&amp;%d %s (region %s)</translation>
    </message>
    <message>
      <source>%s (regio %s)</source>
      <translation>%s (region %s)</translation>
    </message>
    <message>
      <source>Postcode en woonplaats horen bij verschillende gemeenten. Welke klopt?</source>
      <translation>Postcode and town belong to different municipalities. Which one is right?</translation>
    </message>
    <message>
      <source>Deze postcode ligt in meer gemeenten. In welke woont de kandidaat?</source>
      <translation>This postcode lies in more than one municipality. In which does the candidate live?</translation>
    </message>
    <message>
      <source>Deze woonplaats bestaat in meer gemeenten. Welke bedoelt u?</source>
      <translation>This town exists in more than one municipality. Which one do you mean?</translation>
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
      <source>Bijvoorbeeld automonteur, of kies een opleiding uit de lijst</source>
      <translation>For example car mechanic, or choose a qualification from the list</translation>
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
      <source>Reisgebied (arbeidsmarktregio's)</source>
      <translation>Travel area (labour-market regions)</translation>
    </message>
    <message>
      <source>Reisgebied</source>
      <translation>Travel area</translation>
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
      <source>naam@voorbeeld.nl</source>
      <translation>name@example.nl</translation>
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
      <source>Kies gemeente %s</source>
      <translation>Choose municipality %s</translation>
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
      <source>Kies hierboven de gemeente; dan volgt de regio.</source>
      <translation>Choose the municipality above; the region follows.</translation>
    </message>
    <message>
      <source>Niet opgeslagen: iemand anders heeft deze kandidaat intussen gewijzigd. Uw invoer staat nog hier en in een concept.</source>
      <translation>Not saved: someone else changed this candidate meanwhile. Your input is still here and in a draft.</translation>
    </message>
    <message>
      <source>Nog niet bekend</source>
      <translation>Not known yet</translation>
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
      <source>Geen</source>
      <translation>None</translation>
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
      <source>Toch opslaan als nieuw (Ctrl+Enter)</source>
      <translation>Save as new anyway (Ctrl+Enter)</translation>
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
      <source>Nog niet opgeslagen: kijk eerst of dit dezelfde persoon is.</source>
      <translation>Not saved yet: first check whether this is the same person.</translation>
    </message>
    <message>
      <source>Opgeslagen: %s (%d in deze sessie).</source>
      <translation>Saved: %s (%d this session).</translation>
    </message>
  </context>
  <context>
    <name>LocaleFormat</name>
    <message>
      <source>dd-mm-jjjj</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <source>nl_NL</source>
      <translation>en_NL</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Vandaag</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <source>Opvolgen</source>
      <translation>Follow-up</translation>
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
      <source>&amp;Overzicht</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <source>&amp;Cijfers regio…</source>
      <translation>Regional &amp;figures…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Hoe werkt het?</source>
      <translation>&amp;How does it work?</translation>
    </message>
    <message>
      <source>&amp;Sneltoetsen</source>
      <translation>&amp;Keyboard shortcuts</translation>
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
      <translation>Intake Desk: intakes, suitable learning routes and development plans for intake advisors in MBO (secondary vocational education), at Leerwerkloketten and Regional Mobility Teams.

All data stays on this computer. No citizen service number (BSN).</translation>
    </message>
    <message>
      <source>Database openen: %s</source>
      <translation>Opening database: %s</translation>
    </message>
    <message>
      <source>Tekst &amp;groter</source>
      <translation>&amp;Larger text</translation>
    </message>
    <message>
      <source>Tekst &amp;kleiner</source>
      <translation>&amp;Smaller text</translation>
    </message>
    <message>
      <source>&amp;Normale tekstgrootte</source>
      <translation>&amp;Normal text size</translation>
    </message>
    <message>
      <source>Database: %s</source>
      <translation>Database: %s</translation>
    </message>
    <message>
      <source>Opvolgen: %d vandaag, %d te laat</source>
      <translation>Follow-up: %d today, %d overdue</translation>
    </message>
    <message>
      <source>Naar Vandaag: wie u vandaag belt of mailt</source>
      <translation>To Today: who to call or e-mail today</translation>
    </message>
    <message>
      <source>Database beschadigd</source>
      <translation>Database damaged</translation>
    </message>
    <message>
      <source>Voorbeeldgegevens</source>
      <translation>Sample data</translation>
    </message>
    <message>
      <source>Tekstgrootte: %d%%</source>
      <translation>Text size: %d%%</translation>
    </message>
    <message>
      <source>De catalogus is een voorbeeld: echte scholen en crebo's, verzonnen aanbod (wie wat geeft, data, prijzen).</source>
      <translation>The catalogue is a sample: real schools and crebo codes, invented offerings (who offers what, dates, prices).</translation>
    </message>
    <message>
      <source>Opvolgen: %d vandaag</source>
      <translation>Follow-up: %d today</translation>
    </message>
    <message>
      <source>Nu de nieuwste goede reservekopie terugzetten? Het beschadigde bestand blijft bewaard.</source>
      <translation>Restore the newest good backup now? The damaged file is kept.</translation>
    </message>
    <message>
      <source>De reservekopie wordt teruggezet…</source>
      <translation>Restoring the backup…</translation>
    </message>
    <message>
      <source>Opvolgen: %d te laat</source>
      <translation>Follow-up: %d overdue</translation>
    </message>
    <message>
      <source>Teruggezet</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>De reservekopie is teruggezet. Het beschadigde bestand staat in %s.</source>
      <translation>The backup has been restored. The damaged file is in %s.</translation>
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
      <source>past matig</source>
      <translation>fits poorly</translation>
    </message>
    <message>
      <source>past zeer goed</source>
      <translation>fits very well</translation>
    </message>
    <message>
      <source>past goed</source>
      <translation>fits well</translation>
    </message>
    <message>
      <source>past redelijk</source>
      <translation>fits fairly well</translation>
    </message>
    <message>
      <source>1 stap</source>
      <translation>1 step</translation>
    </message>
    <message>
      <source>%d stappen</source>
      <translation>%d steps</translation>
    </message>
    <message>
      <source>Kies een kandidaat om passende leerroutes te zien.</source>
      <translation>Choose a candidate to see suitable learning routes.</translation>
    </message>
    <message>
      <source>Voorgestelde routes</source>
      <translation>Proposed routes</translation>
    </message>
    <message>
      <source>Stappen van de route</source>
      <translation>Steps of the route</translation>
    </message>
    <message>
      <source>Ander aanbod voor deze stap</source>
      <translation>Other offering for this step</translation>
    </message>
    <message>
      <source>Wisselen</source>
      <translation>Swap</translation>
    </message>
    <message>
      <source>Nieuwe startdatum</source>
      <translation>New start date</translation>
    </message>
    <message>
      <source>Start verplaatsen</source>
      <translation>Move start</translation>
    </message>
    <message>
      <source>Stap weghalen</source>
      <translation>Remove step</translation>
    </message>
    <message>
      <source>Terug naar voorstel</source>
      <translation>Back to proposal</translation>
    </message>
    <message>
      <source>Ongedaan maken</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Laatste wijziging ongedaan maken (Ctrl+Z)</source>
      <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Opnieuw</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Wijziging opnieuw doen (Ctrl+Shift+Z)</source>
      <translation>Redo the change (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>Redenen en aandachtspunten</source>
      <translation>Reasons and points to watch</translation>
    </message>
    <message>
      <source>Route aanpassen…</source>
      <translation>Change the route…</translation>
    </message>
    <message>
      <source>Een stap wisselen, later laten beginnen of weghalen</source>
      <translation>Swap a step, start it later or drop it</translation>
    </message>
    <message>
      <source>Opslaan als plan</source>
      <translation>Save as plan</translation>
    </message>
    <message>
      <source>De gekozen route opslaan als nieuwe versie van het plan (Ctrl+Shift+S)</source>
      <translation>Save the chosen route as a new version of the plan (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Plan zonder route opslaan</source>
      <translation>Save plan without a route</translation>
    </message>
    <message>
      <source>Routes zoeken…</source>
      <translation>Finding routes…</translation>
    </message>
    <message>
      <source> (voorbeeldgegevens)</source>
      <translation> (sample data)</translation>
    </message>
    <message>
      <source>Stap wisselen</source>
      <translation>Swap step</translation>
    </message>
    <message>
      <source>diploma</source>
      <translation>diploma</translation>
    </message>
    <message>
      <source>mbo-certificaat</source>
      <translation>MBO certificate</translation>
    </message>
    <message>
      <source>praktijkverklaring</source>
      <translation>practical statement</translation>
    </message>
    <message>
      <source>schoolverklaring</source>
      <translation>school statement</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Einde</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Stap</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Aanbieder en plaats</source>
      <translation>Provider and place</translation>
    </message>
    <message>
      <source>Leerweg</source>
      <translation>Learning pathway</translation>
    </message>
    <message>
      <source>Uur/week</source>
      <translation>Hrs/week</translation>
    </message>
    <message>
      <source>Kosten</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Financiering</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Route-aanpassing ongedaan maken</source>
      <translation>Undo route change</translation>
    </message>
    <message>
      <source>Route-aanpassing opnieuw doen</source>
      <translation>Redo route change</translation>
    </message>
    <message>
      <source> (tussenstap)</source>
      <translation> (bridging step)</translation>
    </message>
    <message>
      <source>Plan opgeslagen als versie %s.</source>
      <translation>Plan saved as version %s.</translation>
    </message>
    <message>
      <source>Details: score %1 · %2</source>
      <translation>Details: score %1 · %2</translation>
    </message>
    <message>
      <source>Routes voor %s</source>
      <translation>Routes for %s</translation>
    </message>
    <message>
      <source>weken</source>
      <translation>weeks</translation>
    </message>
    <message>
      <source>zelf te betalen</source>
      <translation>to pay yourself</translation>
    </message>
    <message>
      <source>Deze wijziging breekt een regel:</source>
      <translation>This change breaks a rule:</translation>
    </message>
    <message>
      <source>Geen passende route voor %s.</source>
      <translation>No suitable route for %s.</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Waarom deze route</source>
      <translation>Why this route</translation>
    </message>
    <message>
      <source>Regelen en aandachtspunten</source>
      <translation>To arrange and to watch</translation>
    </message>
    <message>
      <source>uur per week</source>
      <translation>hours a week</translation>
    </message>
    <message>
      <source>%1: %2 — %3</source>
      <translation>%1: %2 — %3</translation>
    </message>
    <message>
      <source>%1 t/m %2 · %3 weken · %4</source>
      <translation>%1 to %2 · %3 weeks · %4</translation>
    </message>
  </context>
  <context>
    <name>PlanBatchDialog</name>
    <message>
      <source>Plannen van een dag</source>
      <translation>A day's plans</translation>
    </message>
    <message>
      <source>Afdrukken</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Opslaan als PDF's in een map</source>
      <translation>Save as PDFs in a folder</translation>
    </message>
    <message>
      <source>Intakedag:</source>
      <translation>Intake day:</translation>
    </message>
    <message>
      <source>Taal:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>Wat:</source>
      <translation>What:</translation>
    </message>
    <message>
      <source>Starten</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Plannen van %s</source>
      <translation>Plans of %s</translation>
    </message>
    <message>
      <source>Er zijn geen plannen van kandidaten met een intake op die dag.</source>
      <translation>There are no plans of candidates with an intake on that day.</translation>
    </message>
    <message>
      <source>Map voor de plannen</source>
      <translation>Folder for the plans</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>%s heeft nog geen toestemming gegeven voor een plan. Vraag het de kandidaat. Is het akkoord: zet bij Toestemming (Alt+%d) de vinkjes “Toestemming gegeven” en “Plan maken” aan en sla op (Ctrl+S). In de beursmodus geeft het vinkje “Toestemming om contact op te nemen en te adviseren” die toestemming.</source>
      <translation>%s has not given consent for a plan yet. Ask the candidate. If they agree: under Consent (Alt+%d) tick “Consent given” and “Making a plan” and save (Ctrl+S). In job fair mode the box “Consent to contact and advise” gives that consent.</translation>
    </message>
    <message>
      <source>Taal van het plan</source>
      <translation>Plan language</translation>
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
      <source>In welke taal het plan wordt afgedrukt</source>
      <translation>The language the plan is printed in</translation>
    </message>
    <message>
      <source>%d plannen opgeslagen in %s</source>
      <translation>%d plans saved in %s</translation>
    </message>
    <message>
      <source>Plan afdrukken</source>
      <translation>Print plan</translation>
    </message>
    <message>
      <source>Plannen van een dag afdrukken…</source>
      <translation>Print a day's plans…</translation>
    </message>
    <message>
      <source>De printer kon niet worden gestart.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <source>Plan opslaan als PDF</source>
      <translation>Save plan as PDF</translation>
    </message>
    <message>
      <source>PDF-bestanden (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Map voor de plannen</source>
      <translation>Folder for the plans</translation>
    </message>
    <message>
      <source>Plan opgeslagen: %s (in %s)</source>
      <translation>Plan saved: %s (in %s)</translation>
    </message>
    <message>
      <source>Geen printer gevonden</source>
      <translation>No printer found</translation>
    </message>
    <message>
      <source>Er is geen printer ingesteld op deze computer. Wilt u het plan opslaan als PDF? Dat bestand kunt u later afdrukken.</source>
      <translation>No printer is set up on this computer. Do you want to save the plan as a PDF? You can print that file later.</translation>
    </message>
    <message>
      <source>Afdrukken…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Opslaan als PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <source>Kies een kandidaat om het plan te zien.</source>
      <translation>Choose a candidate to see the plan.</translation>
    </message>
    <message>
      <source>Voorbeeld van het plan</source>
      <translation>Preview of the plan</translation>
    </message>
    <message>
      <source>Plan maken…</source>
      <translation>Making the plan…</translation>
    </message>
    <message>
      <source>Het plan kon niet worden gemaakt.</source>
      <translation>The plan could not be made.</translation>
    </message>
    <message>
      <source>Niet opgeslagen</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Niet afgedrukt</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <source>Taal:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>Het bestand kon niet worden opgeslagen: %s</source>
      <translation>The file could not be saved: %s</translation>
    </message>
    <message>
      <source>Het plan kon niet worden getoond.</source>
      <translation>The plan could not be shown.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Instellingen</source>
      <translation>Settings</translation>
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
      <source>Taal van het plan</source>
      <translation>Plan language</translation>
    </message>
    <message>
      <source>Thema</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Tekstgrootte</source>
      <translation>Text size</translation>
    </message>
    <message>
      <source>Ook met Ctrl++ en Ctrl+- (menu Beeld)</source>
      <translation>Also with Ctrl++ and Ctrl+- (View menu)</translation>
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
      <source>Adviseur</source>
      <translation>Advisor</translation>
    </message>
    <message>
      <source>Organisatie op het plan</source>
      <translation>Organisation on the plan</translation>
    </message>
    <message>
      <source>Programma</source>
      <translation>Program</translation>
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
      <source>%d%% (normaal)</source>
      <translation>%d%% (normal)</translation>
    </message>
  </context>
  <context>
    <name>StageDialog</name>
    <message>
      <source>Fase wijzigen</source>
      <translation>Change stage</translation>
    </message>
    <message>
      <source>Nieuwe fase</source>
      <translation>New stage</translation>
    </message>
    <message>
      <source>Reden van uitvallen</source>
      <translation>Reason for dropping out</translation>
    </message>
    <message>
      <source>Behaald bewijs</source>
      <translation>Credential gained</translation>
    </message>
    <message>
      <source>Datum van de wijziging</source>
      <translation>Date of the change</translation>
    </message>
    <message>
      <source>&amp;Datum:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>Enter legt vast, Esc gaat terug.</source>
      <translation>Enter records it, Esc goes back.</translation>
    </message>
    <message>
      <source>Vastleggen</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Geschiedenis van de fase</source>
      <translation>Stage history</translation>
    </message>
    <message>
      <source>Nog geen wijzigingen vastgelegd. De fase volgt dan uit de intake en het plan.</source>
      <translation>No changes recorded yet. Until then the stage follows from the intake and the plan.</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Volgend contact</source>
      <translation>Next contact</translation>
    </message>
    <message>
      <source>Datum van het volgende contact</source>
      <translation>Date of the next contact</translation>
    </message>
    <message>
      <source>&amp;Geen volgend contact</source>
      <translation>&amp;No next contact</translation>
    </message>
    <message>
      <source>bijvoorbeeld: bellen over de startdatum</source>
      <translation>for example: call about the start date</translation>
    </message>
    <message>
      <source>&amp;Notitie:</source>
      <translation>No&amp;te:</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Fase van %s</source>
      <translation>Stage of %s</translation>
    </message>
    <message>
      <source>Nu: %s</source>
      <translation>Now: %s</translation>
    </message>
    <message>
      <source>&amp;Nieuwe fase (kies met een cijfer):</source>
      <translation>&amp;New stage (choose with a number):</translation>
    </message>
    <message>
      <source>&amp;Reden van uitvallen (kies met een cijfer):</source>
      <translation>&amp;Reason for dropping out (choose with a number):</translation>
    </message>
    <message>
      <source>&amp;Wat heeft de kandidaat behaald? (kies met een cijfer)</source>
      <translation>&amp;What did the candidate gain? (choose with a number)</translation>
    </message>
    <message>
      <source>Vanuit deze fase is geen volgende fase mogelijk.</source>
      <translation>No next stage is possible from this stage.</translation>
    </message>
    <message>
      <source>Fasen van %s</source>
      <translation>Stages of %s</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Wijziging</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Vastgelegd op</source>
      <translation>Recorded on</translation>
    </message>
    <message>
      <source>Volgend contact met %s</source>
      <translation>Next contact with %s</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Uw naam</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>Organisatie</source>
      <translation>Organisation</translation>
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
      <source>Regio waar u werkt</source>
      <translation>Region you work in</translation>
    </message>
    <message>
      <source>Zoals op het plan, bijvoorbeeld Lan Đặng</source>
      <translation>As on the plan, for example Lan Đặng</translation>
    </message>
    <message>
      <source>School, Leerwerkloket of mobiliteitsteam</source>
      <translation>School, Leerwerkloket or mobility team</translation>
    </message>
    <message>
      <source>Bijvoorbeeld 06 12345678</source>
      <translation>For example 06 12345678</translation>
    </message>
    <message>
      <source>naam@voorbeeld.nl</source>
      <translation>name@example.nl</translation>
    </message>
    <message>
      <source>Welkom bij Intake Desk</source>
      <translation>Welcome to Intake Desk</translation>
    </message>
    <message>
      <source>Welkom</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <source>Vul in wie u bent. Uw naam, organisatie en contactgegevens komen op elk plan dat u afdrukt, zodat de kandidaat weet bij wie hij terecht kan. U kunt dit later wijzigen via Bestand &gt; Instellingen.</source>
      <translation>Tell us who you are. Your name, organisation and contact details go on every plan you print, so the candidate knows whom to contact. You can change this later under File &gt; Settings.</translation>
    </message>
    <message>
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Zonder naam kan een plan niet worden afgedrukt.</source>
      <translation>Without a name a plan cannot be printed.</translation>
    </message>
    <message>
      <source>Opslaan…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>(nog niet gekozen)</source>
      <translation>(not chosen yet)</translation>
    </message>
    <message>
      <source>Niet opgeslagen: kijk de rood gemarkeerde velden na.</source>
      <translation>Not saved: check the fields marked in red.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Volgende stap: plan bekijken en afdrukken</source>
      <translation>Next step: view and print the plan</translation>
    </message>
    <message>
      <source>Kandidaat</source>
      <translation>Candidate</translation>
    </message>
    <message>
      <source>Volgende stap</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Fase wijzigen</source>
      <translation>Change stage</translation>
    </message>
    <message>
      <source>Volgend contact</source>
      <translation>Next contact</translation>
    </message>
    <message>
      <source>Ongedaan maken</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Fase terugzetten</source>
      <translation>Put the stage back</translation>
    </message>
    <message>
      <source>Nieuwe intake starten</source>
      <translation>Start a new intake</translation>
    </message>
    <message>
      <source>Volgende stap: intake aanvullen</source>
      <translation>Next step: complete the intake</translation>
    </message>
    <message>
      <source>Volgende stap: toestemming voor een plan vastleggen</source>
      <translation>Next step: record consent for a plan</translation>
    </message>
    <message>
      <source>Volgende stap: leerroutes bekijken</source>
      <translation>Next step: look at learning routes</translation>
    </message>
    <message>
      <source>snelle intake</source>
      <translation>quick intake</translation>
    </message>
    <message>
      <source>concept</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>volledig</source>
      <translation>complete</translation>
    </message>
    <message>
      <source>Geen kandidaat gekozen</source>
      <translation>No candidate chosen</translation>
    </message>
    <message>
      <source>Kies iemand in de lijst, of start een nieuwe intake.</source>
      <translation>Choose someone in the list, or start a new intake.</translation>
    </message>
    <message>
      <source>Gegevens van de kandidaat</source>
      <translation>Candidate details</translation>
    </message>
    <message>
      <source>Fase: …</source>
      <translation>Stage: …</translation>
    </message>
    <message>
      <source>Fase wijzigen (Ctrl+T)</source>
      <translation>Change stage (Ctrl+T)</translation>
    </message>
    <message>
      <source>Geschiedenis</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Geschiedenis van de fase</source>
      <translation>Stage history</translation>
    </message>
    <message>
      <source>Volgend contact wijzigen (Ctrl+Shift+D)</source>
      <translation>Change next contact (Ctrl+Shift+D)</translation>
    </message>
    <message>
      <source>Gesproken vandaag</source>
      <translation>Spoke today</translation>
    </message>
    <message>
      <source>Vastleggen dat u vandaag contact had met de kandidaat</source>
      <translation>Record that you were in contact with the candidate today</translation>
    </message>
    <message>
      <source>Ctrl+Shift+Enter</source>
      <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
      <source>Volgend contact: geen</source>
      <translation>Next contact: none</translation>
    </message>
    <message>
      <source>Fase van %s: %s.</source>
      <translation>Stage of %s: %s.</translation>
    </message>
    <message>
      <source>Kies iemand in de lijst, of start een nieuwe intake (Ctrl+N).</source>
      <translation>Choose someone in the list, or start a new intake (Ctrl+N).</translation>
    </message>
    <message>
      <source>regio onbekend</source>
      <translation>region unknown</translation>
    </message>
    <message>
      <source>status: %s</source>
      <translation>status: %s</translation>
    </message>
    <message>
      <source>toestemming voor plan: ja</source>
      <translation>consent for a plan: yes</translation>
    </message>
    <message>
      <source>toestemming voor plan: nee</source>
      <translation>consent for a plan: no</translation>
    </message>
    <message>
      <source>voorbeeld</source>
      <translation>sample</translation>
    </message>
    <message>
      <source>Fase: %s</source>
      <translation>Stage: %s</translation>
    </message>
    <message>
      <source>(Ctrl+T wijzigt)</source>
      <translation>(Ctrl+T changes it)</translation>
    </message>
    <message>
      <source>Volgend contact: %s</source>
      <translation>Next contact: %s</translation>
    </message>
    <message>
      <source>Kies eerst een kandidaat in de lijst.</source>
      <translation>Choose a candidate in the list first.</translation>
    </message>
    <message>
      <source>De fase wordt nog gelezen; probeer het zo weer.</source>
      <translation>The stage is still being read; try again in a moment.</translation>
    </message>
    <message>
      <source>Vergist? Ctrl+Z zet de fase terug.</source>
      <translation>A mistake? Ctrl+Z puts the stage back.</translation>
    </message>
    <message>
      <source>Fase niet gewijzigd</source>
      <translation>Stage not changed</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Leerroutes</source>
      <translation>Learning routes</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Stap %d: %s</source>
      <translation>Step %d: %s</translation>
    </message>
    <message>
      <source>daarna</source>
      <translation>then</translation>
    </message>
    <message>
      <source>%d jaar</source>
      <translation>%d years</translation>
    </message>
    <message>
      <source>plan versie %d</source>
      <translation>plan version %d</translation>
    </message>
    <message>
      <source>Klaar</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>(verlopen)</source>
      <translation>(passed)</translation>
    </message>
    <message>
      <source>Fase van %s teruggezet: %s.</source>
      <translation>Stage of %s put back: %s.</translation>
    </message>
    <message>
      <source>Vergist? Terugzetten kan hier niet; zie Geschiedenis.</source>
      <translation>A mistake? It cannot be put back from here; see History.</translation>
    </message>
    <message>
      <source>Volgend contact met %s: %s.</source>
      <translation>Next contact with %s: %s.</translation>
    </message>
    <message>
      <source>Geen volgend contact meer met %s.</source>
      <translation>No next contact with %s any more.</translation>
    </message>
    <message>
      <source>Contact met %s vandaag vastgelegd.</source>
      <translation>Contact with %s today recorded.</translation>
    </message>
  </context>
  <context>
    <name>feedback</name>
    <message>
      <source>Programmafout</source>
      <translation>Program error</translation>
    </message>
    <message>
      <source>Er ging iets mis in Intake Desk. Uw gegevens zijn niet gewijzigd. Stuur de details hieronder naar de beheerder.</source>
      <translation>Something went wrong in Intake Desk. Your data has not been changed. Send the details below to your administrator.</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Niet gelukt</source>
      <translation>That did not work</translation>
    </message>
    <message>
      <source>Afgebroken; er is niets gewijzigd.</source>
      <translation>Cancelled; nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>Dit veld is verplicht.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <source>Te lang: hoogstens %1 tekens.</source>
      <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
      <source>Hier staan tekens in die geen letters of cijfers zijn (stuurtekens of kapotte tekens). Typ de tekst opnieuw.</source>
      <translation>This contains characters that are not letters or digits (control or broken characters). Type the text again.</translation>
    </message>
    <message>
      <source>Te veel: hoogstens %1.</source>
      <translation>Too many: at most %1.</translation>
    </message>
    <message>
      <source>Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters.</source>
      <translation>Postcode as 1234 AB: four digits (not starting with 0) and two letters.</translation>
    </message>
    <message>
      <source>Deze lettercombinatie bestaat niet in Nederlandse postcodes.</source>
      <translation>Dutch postcodes do not use these letters.</translation>
    </message>
    <message>
      <source>Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56.</source>
      <translation>This is not a phone number. For example 06 12345678 or +32 470 12 34 56.</translation>
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
      <translation>Date as dd/mm/yyyy, for example 05/03/2026.</translation>
    </message>
    <message>
      <source>Deze datum bestaat niet.</source>
      <translation>This date does not exist.</translation>
    </message>
    <message>
      <source>Kijk het jaartal na: een datum tussen %1 en %2.</source>
      <translation>Check the year: a date between %1 and %2.</translation>
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
      <source>Leeftijd %1 jaar: klopt dat?</source>
      <translation>Age %1: is that right?</translation>
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
      <source>Vul een heel getal in.</source>
      <translation>Enter a whole number.</translation>
    </message>
    <message>
      <source>Tussen %1 en %2.</source>
      <translation>Between %1 and %2.</translation>
    </message>
    <message>
      <source>Dit is geen getal (NaN of oneindig). Vul een getal in.</source>
      <translation>This is not a number (NaN or infinity). Enter a number.</translation>
    </message>
    <message>
      <source>'%1' is geen arbeidsmarktregio; kies een van de 35 regio's of vul postcode of woonplaats in.</source>
      <translation>'%1' is not a labour-market region; choose one of the 35 regions or fill in the postcode or town.</translation>
    </message>
    <message>
      <source>'%1' is geen arbeidsmarktregio; bedoelt u %2?</source>
      <translation>'%1' is not a labour-market region; did you mean %2?</translation>
    </message>
    <message>
      <source>Vul de datum van de toestemming in.</source>
      <translation>Enter the date of consent.</translation>
    </message>
  </context>
</TS>
