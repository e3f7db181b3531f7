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
    <name>BundleDialogs</name>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Inlezen</source>
      <translation>&amp;Read in</translation>
    </message>
    <message>
      <source>Klaar. Niets wacht op uw keuze.</source>
      <translation>Done. Nothing waits for your choice.</translation>
    </message>
    <message>
      <source>Klaar. Wacht op uw keuze: %s.</source>
      <translation>Done. Waiting for your choice: %s.</translation>
    </message>
    <message>
      <source>balie</source>
      <translation>desk</translation>
    </message>
    <message>
      <source>laptop</source>
      <translation>laptop</translation>
    </message>
    <message>
      <source>%s %s(vingerafdruk %s)</source>
      <translation>%s %s(fingerprint %s)</translation>
    </message>
    <message>
      <source>Klaar: %d records in %s, voor de %s. U kunt de USB-stick nu veilig uitnemen.</source>
      <translation>Done: %d records in %s, for the %s. You can now safely remove the USB stick.</translation>
    </message>
    <message>
      <source>Catalogusbundel maken…</source>
      <translation>Making the catalog bundle…</translation>
    </message>
    <message>
      <source>Beu&amp;rs</source>
      <translation>Fai&amp;r</translation>
    </message>
    <message>
      <source>Beursbundel &amp;maken…</source>
      <translation>&amp;Make fair bundle…</translation>
    </message>
    <message>
      <source>Beursbundel &amp;inlezen…</source>
      <translation>&amp;Read in fair bundle…</translation>
    </message>
    <message>
      <source>&amp;Conflicten en mogelijk dubbelen…</source>
      <translation>&amp;Conflicts and possible duplicates…</translation>
    </message>
    <message>
      <source>&amp;Koppelen (sleutels)…</source>
      <translation>&amp;Enrol (keys)…</translation>
    </message>
    <message>
      <source>Catalogus voor beurslaptops &amp;opslaan…</source>
      <translation>Sa&amp;ve catalog for fair laptops…</translation>
    </message>
    <message>
      <source>Catalogus van de balie i&amp;nlezen…</source>
      <translation>Read i&amp;n catalog from the desk…</translation>
    </message>
    <message>
      <source>Beursbundel maken</source>
      <translation>Make fair bundle</translation>
    </message>
    <message>
      <source>Een beursbundel bevat de intakes van deze laptop, versleuteld voor de balie. Kies de USB-stick of map waar hij heen moet.</source>
      <translation>A fair bundle holds this laptop's intakes, encrypted for the desk. Choose the USB stick or folder it should go to.</translation>
    </message>
    <message>
      <source>&amp;Map:</source>
      <translation>&amp;Folder:</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>&amp;Bladeren…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>Alleen wat &amp;nieuw is sinds de vorige bundel voor de balie</source>
      <translation>Only what is &amp;new since the previous bundle for the desk</translation>
    </message>
    <message>
      <source>Beursbundel ma&amp;ken</source>
      <translation>&amp;Make fair bundle</translation>
    </message>
    <message>
      <source>Map of USB-stick kiezen</source>
      <translation>Choose folder or USB stick</translation>
    </message>
    <message>
      <source>Beursbundel maken…</source>
      <translation>Making the fair bundle…</translation>
    </message>
    <message>
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Bijgewerkt</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Al bekend, ongewijzigd</source>
      <translation>Already known, unchanged</translation>
    </message>
    <message>
      <source>Conflicten (u kiest per veld)</source>
      <translation>Conflicts (you choose per field)</translation>
    </message>
    <message>
      <source>Mogelijk dubbel</source>
      <translation>Possible duplicates</translation>
    </message>
    <message>
      <source>Meldingen (bewerkt maar verwijderd)</source>
      <translation>Notices (edited but deleted)</translation>
    </message>
    <message>
      <source>Overgeslagen (gewist op verzoek)</source>
      <translation>Skipped (erased on request)</translation>
    </message>
    <message>
      <source>Beursbundel inlezen</source>
      <translation>Read in fair bundle</translation>
    </message>
    <message>
      <source>&amp;Bestand:</source>
      <translation>&amp;File:</translation>
    </message>
    <message>
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <source>&amp;Kiezen…</source>
      <translation>&amp;Choose…</translation>
    </message>
    <message>
      <source>&amp;Conflicten bekijken</source>
      <translation>View &amp;conflicts</translation>
    </message>
    <message>
      <source>Beursbundel kiezen</source>
      <translation>Choose fair bundle</translation>
    </message>
    <message>
      <source>Controleren…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Beursbundel controleren…</source>
      <translation>Checking the fair bundle…</translation>
    </message>
    <message>
      <source>Beursbundel inlezen…</source>
      <translation>Reading in the fair bundle…</translation>
    </message>
    <message>
      <source>QR-code met de sleutel van deze computer</source>
      <translation>QR code with this computer's key</translation>
    </message>
    <message>
      <source>Koppelen</source>
      <translation>Enrol</translation>
    </message>
    <message>
      <source>Deze computer</source>
      <translation>This computer</translation>
    </message>
    <message>
      <source>Beurslaptop</source>
      <translation>Fair laptop</translation>
    </message>
    <message>
      <source>Balie</source>
      <translation>Desk</translation>
    </message>
    <message>
      <source>bijv. Laptop 3</source>
      <translation>e.g. Laptop 3</translation>
    </message>
    <message>
      <source>&amp;Rol:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <source>&amp;Naam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Vingerafdruk van deze computer</source>
      <translation>Fingerprint of this computer</translation>
    </message>
    <message>
      <source>Vingerafdruk:</source>
      <translation>Fingerprint:</translation>
    </message>
    <message>
      <source>Sleutelbestand &amp;opslaan…</source>
      <translation>&amp;Save key file…</translation>
    </message>
    <message>
      <source>Gekoppelde computers</source>
      <translation>Enrolled computers</translation>
    </message>
    <message>
      <source>Sleutelbestand van een andere computer &amp;inlezen…</source>
      <translation>&amp;Read another computer's key file…</translation>
    </message>
    <message>
      <source>On&amp;tkoppelen</source>
      <translation>Remo&amp;ve</translation>
    </message>
    <message>
      <source>Klopt, &amp;koppelen</source>
      <translation>Matches, &amp;enrol</translation>
    </message>
    <message>
      <source>Klopt niet, niet koppelen</source>
      <translation>Does not match, do not enrol</translation>
    </message>
    <message>
      <source>Sleutelbestand opslaan</source>
      <translation>Save key file</translation>
    </message>
    <message>
      <source>Sleutelbestand opslaan…</source>
      <translation>Saving the key file…</translation>
    </message>
    <message>
      <source>Sleutelbestand kiezen</source>
      <translation>Choose key file</translation>
    </message>
    <message>
      <source>Sleutelbestand lezen…</source>
      <translation>Reading the key file…</translation>
    </message>
    <message>
      <source>Let op: deze computer was al gekoppeld met een andere sleutel. </source>
      <translation>Note: this computer was enrolled before with another key. </translation>
    </message>
    <message>
      <source>Catalogus van de balie inlezen</source>
      <translation>Read in catalog from the desk</translation>
    </message>
    <message>
      <source>Kies de catalogusbundel die de balie maakte (Beurs &gt; Catalogus voor beurslaptops opslaan).</source>
      <translation>Choose the catalog bundle the desk made (Fair &gt; Save catalog for fair laptops).</translation>
    </message>
    <message>
      <source>Catalogusbundel kiezen</source>
      <translation>Choose catalog bundle</translation>
    </message>
    <message>
      <source>Catalogusbundel controleren…</source>
      <translation>Checking the catalog bundle…</translation>
    </message>
    <message>
      <source>Ingelezen van de %s.</source>
      <translation>Read in from the %s.</translation>
    </message>
    <message>
      <source>Van de %s. Er is nog niets geschreven.</source>
      <translation>From the %s. Nothing has been written yet.</translation>
    </message>
    <message>
      <source>Catalogusbundel inlezen…</source>
      <translation>Reading in the catalog bundle…</translation>
    </message>
    <message>
      <source>Catalogus voor beurslaptops opslaan</source>
      <translation>Save catalog for fair laptops</translation>
    </message>
    <message>
      <source>1 conflict</source>
      <translation>1 conflict</translation>
    </message>
    <message>
      <source>1 mogelijk dubbele kandidaat</source>
      <translation>1 possible duplicate candidate</translation>
    </message>
    <message>
      <source> en </source>
      <translation> and </translation>
    </message>
    <message>
      <source>Map: kies een bestaande map of USB-stick.</source>
      <translation>Folder: choose an existing folder or USB stick.</translation>
    </message>
    <message>
      <source>Van de %s: %d records. Er is nog niets geschreven.</source>
      <translation>From the %s: %d records. Nothing has been written yet.</translation>
    </message>
    <message>
      <source>Ingelezen van de %s: %d records.</source>
      <translation>Read in from the %s: %d records.</translation>
    </message>
    <message>
      <source>Nog niets gekoppeld.</source>
      <translation>Nothing enrolled yet.</translation>
    </message>
    <message>
      <source>Klopt, &amp;vervangen</source>
      <translation>Matches, &amp;replace</translation>
    </message>
    <message>
      <source>Kies eerst een computer in de lijst.</source>
      <translation>First choose a computer in the list.</translation>
    </message>
    <message>
      <source>Aanbod: %d nieuw, %d gewijzigd, %d gelijk.</source>
      <translation>Offerings: %d new, %d changed, %d the same.</translation>
    </message>
    <message>
      <source>Instellingen die veranderen: %s</source>
      <translation>Settings that change: %s</translation>
    </message>
    <message>
      <source>%d conflicten</source>
      <translation>%d conflicts</translation>
    </message>
    <message>
      <source>%d mogelijk dubbele kandidaten</source>
      <translation>%d possible duplicate candidates</translation>
    </message>
    <message>
      <source>%s, gekoppeld %s</source>
      <translation>%s, enrolled %s</translation>
    </message>
    <message>
      <source>Sleutel van de %s. Staat precies deze vingerafdruk op het scherm van die computer?
%s</source>
      <translation>Key of the %s. Does exactly this fingerprint show on that computer's screen?
%s</translation>
    </message>
    <message>
      <source>Gekoppeld: %s</source>
      <translation>Enrolled: %s</translation>
    </message>
    <message>
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>De catalogus in deze bundel heeft fouten; er wordt niets ingelezen.</source>
      <translation>The catalog in this bundle has errors; nothing is read in.</translation>
    </message>
    <message>
      <source>Sleutelbestand opgeslagen: %s</source>
      <translation>Key file saved: %s</translation>
    </message>
    <message>
      <source>Catalogusbundel opgeslagen: %s</source>
      <translation>Catalog bundle saved: %s</translation>
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
    <name>ConcurrentEditDialog</name>
    <message>
      <source>Intussen gewijzigd door een andere desk</source>
      <translation>Changed meanwhile at another desk</translation>
    </message>
    <message>
      <source>&amp;Velden die beide desks wijzigden (pijltjes omhoog/omlaag):</source>
      <translation>&amp;Fields both desks changed (arrows up/down):</translation>
    </message>
    <message>
      <source>Waarde (1 of pijltje links: uw invoer; 2 of pijltje rechts: de andere desk):</source>
      <translation>Value (1 or arrow left: your input; 2 or arrow right: the other desk):</translation>
    </message>
    <message>
      <source>Opslaan met deze keuzes (Enter)</source>
      <translation>Save with these choices (Enter)</translation>
    </message>
    <message>
      <source>Terug naar het formulier (Esc)</source>
      <translation>Back to the form (Esc)</translation>
    </message>
    <message>
      <source>uw invoer</source>
      <translation>your input</translation>
    </message>
    <message>
      <source>de andere desk</source>
      <translation>the other desk</translation>
    </message>
    <message>
      <source>Een andere desk heeft %s opgeslagen terwijl u eraan werkte. Wat maar één van beide veranderde, is samengevoegd. Kies hieronder per veld welke waarde blijft.</source>
      <translation>Another desk saved %s while you were working on it. What only one of you changed has been merged. Choose below, for each field, which value stays.</translation>
    </message>
    <message>
      <source>%d. %s: %s</source>
      <translation>%d. %s: %s</translation>
    </message>
    <message>
      <source>1  Uw invoer: %s</source>
      <translation>1  Your input: %s</translation>
    </message>
    <message>
      <source>2  Intussen opgeslagen door een andere desk: %s</source>
      <translation>2  Saved meanwhile by another desk: %s</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <source>(leeg)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Conflicten en mogelijk dubbelen</source>
      <translation>Conflicts and possible duplicates</translation>
    </message>
    <message>
      <source>&amp;Conflicten (pijltjes omhoog/omlaag):</source>
      <translation>&amp;Conflicts (arrows up/down):</translation>
    </message>
    <message>
      <source>Conflicten</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>&amp;Waarden (cijfer of pijltjes links/rechts, Enter kiest):</source>
      <translation>&amp;Values (digit or arrows left/right, Enter chooses):</translation>
    </message>
    <message>
      <source>Waarden om uit te kiezen</source>
      <translation>Values to choose from</translation>
    </message>
    <message>
      <source>Deze waarde &amp;houden (Enter)</source>
      <translation>&amp;Keep this value (Enter)</translation>
    </message>
    <message>
      <source>Mogelijk &amp;dubbel (dezelfde persoon op twee computers):</source>
      <translation>Possible &amp;duplicates (the same person on two computers):</translation>
    </message>
    <message>
      <source>Mogelijk dubbel</source>
      <translation>Possible duplicates</translation>
    </message>
    <message>
      <source>&amp;Openen aan de balie</source>
      <translation>&amp;Open at the desk</translation>
    </message>
    <message>
      <source>&amp;Samenvoegen (de eerste blijft)</source>
      <translation>&amp;Join (the first stays)</translation>
    </message>
    <message>
      <source>&amp;Apart houden (twee personen)</source>
      <translation>Keep &amp;apart (two people)</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Keuze ongedaan maken</source>
      <translation>Undo choice</translation>
    </message>
    <message>
      <source>%d conflicten, %d mogelijk dubbel, %d meldingen.</source>
      <translation>%d conflicts, %d possible duplicates, %d notices.</translation>
    </message>
    <message>
      <source>Geen open conflicten.</source>
      <translation>No open conflicts.</translation>
    </message>
    <message>
      <source>  (nu getoond)</source>
      <translation>  (shown now)</translation>
    </message>
    <message>
      <source>Er is geen keuze om ongedaan te maken.</source>
      <translation>There is no choice to undo.</translation>
    </message>
    <message>
      <source>Zeker? Klik nogmaals: de tweede wordt &amp;verwijderd</source>
      <translation>Sure? Click again: the second is &amp;deleted</translation>
    </message>
    <message>
      <source>Neem eerst over wat alleen de tweede heeft; samenvoegen verwijdert die.</source>
      <translation>First copy what only the second has; joining deletes it.</translation>
    </message>
    <message>
      <source>%s: %s</source>
      <translation>%s: %s</translation>
    </message>
    <message>
      <source>%s  en  %s  (%d%% gelijk)</source>
      <translation>%s  and  %s  (%d%% alike)</translation>
    </message>
    <message>
      <source>  van %s</source>
      <translation>  from %s</translation>
    </message>
    <message>
      <source>%s: %s gekozen. Ctrl+Z maakt dit ongedaan.</source>
      <translation>%s: %s chosen. Ctrl+Z undoes this.</translation>
    </message>
    <message>
      <source>%s staat weer op %s.</source>
      <translation>%s is back to %s.</translation>
    </message>
    <message>
      <source>Samengevoegd.</source>
      <translation>Joined.</translation>
    </message>
    <message>
      <source>Apart gehouden: twee personen.</source>
      <translation>Kept apart: two people.</translation>
    </message>
    <message>
      <source>Let op: %s is verwijderd, terwijl %s nog een wijziging had. Het verwijderen telt.</source>
      <translation>Note: %s was deleted while %s still had a change. The delete counts.</translation>
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
      <source>(en nog 1 veld om na te kijken)</source>
      <translation>(and 1 more field to check)</translation>
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
      <source>(en nog %d velden om na te kijken)</source>
      <translation>(and %d more fields to check)</translation>
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
      <source>Andere versie bekijken</source>
      <translation>View the other version</translation>
    </message>
    <message>
      <source>Een andere desk heeft deze kandidaat intussen opgeslagen; de wijzigingen worden samengevoegd…</source>
      <translation>Another desk saved this candidate meanwhile; the changes are being merged…</translation>
    </message>
    <message>
      <source>Gewijzigd door een andere desk</source>
      <translation>Changed at another desk</translation>
    </message>
    <message>
      <source>Andere versie bekijken (Ctrl+Shift+V)</source>
      <translation>View the other version (Ctrl+Shift+V)</translation>
    </message>
    <message>
      <source>Verwijderd op een andere desk</source>
      <translation>Deleted at another desk</translation>
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
      <translation>Detail</translation>
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
      <source>Contact opnemen</source>
      <translation>Contacting the candidate</translation>
    </message>
    <message>
      <source>Delen met de school</source>
      <translation>Sharing with the school</translation>
    </message>
    <message>
      <source>Delen met UWV</source>
      <translation>Sharing with UWV</translation>
    </message>
    <message>
      <source>Delen met de gemeente</source>
      <translation>Sharing with the municipality</translation>
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
      <source>Opslaan met uw keuzes…</source>
      <translation>Saving with your choices…</translation>
    </message>
    <message>
      <source>Niet opgeslagen: een andere desk heeft dezelfde velden gewijzigd. Uw invoer staat nog hier en in een concept; Opslaan (Ctrl+S) toont de keuze opnieuw.</source>
      <translation>Not saved: another desk changed the same fields. Your input is still here and in a draft; Save (Ctrl+S) shows the choice again.</translation>
    </message>
    <message>
      <source>Bijgewerkt door een andere desk</source>
      <translation>Updated by another desk</translation>
    </message>
    <message>
      <source>Bij opslaan worden de wijzigingen samengevoegd.</source>
      <translation>When you save, the changes are merged.</translation>
    </message>
    <message>
      <source>Deze kandidaat is intussen verwijderd op een andere desk. Uw invoer staat nog hier en in een concept; Opslaan maakt er een nieuwe kandidaat van.</source>
      <translation>This candidate has been deleted at another desk in the meantime. Your input is still here and in a draft; Save makes it a new candidate.</translation>
    </message>
    <message>
      <source>Deze kandidaat is intussen verwijderd op een andere desk.</source>
      <translation>This candidate has been deleted at another desk in the meantime.</translation>
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
      <source>Opgeslagen en samengevoegd met wat een andere desk intussen opsloeg (%s).</source>
      <translation>Saved, and merged with what another desk saved meanwhile (%s).</translation>
    </message>
    <message>
      <source>Uw invoer staat nog hier en in een concept. Bij opslaan (Ctrl+S) kiest u per veld.</source>
      <translation>Your input is still here and in a draft. When you save (Ctrl+S) you choose per field.</translation>
    </message>
    <message>
      <source>Vul eerst de verplichte velden in; dan is de andere versie te vergelijken.</source>
      <translation>Fill in the required fields first; then the other version can be compared.</translation>
    </message>
    <message>
      <source>De andere versie verschilt niet van uw invoer in velden die u niet wijzigde; opslaan voegt ze samen.</source>
      <translation>The other version does not differ from your input in fields you did not change; saving merges them.</translation>
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
      <source>Een andere desk heeft deze kandidaat intussen opgeslagen.</source>
      <translation>Another desk has saved this candidate in the meantime.</translation>
    </message>
    <message>
      <source>De andere desk wijzigde: %s. Uw invoer raakt die velden niet; opslaan neemt ze over.</source>
      <translation>The other desk changed: %s. Your input does not touch those fields; saving takes them over.</translation>
    </message>
    <message>
      <source>Geen</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Een andere desk heeft deze kandidaat intussen opgeslagen (%s).</source>
      <translation>Another desk has saved this candidate in the meantime (%s).</translation>
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
      <source>&amp;Plan afdrukken…</source>
      <translation>&amp;Print plan…</translation>
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
      <source>Werkt niet op een gedeelde server: IT maakt de reservekopieën van de server (pg_dump).</source>
      <translation>Does not work on a shared server: IT backs up the server (pg_dump).</translation>
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
      <source>Server openen: %s</source>
      <translation>Opening server: %s</translation>
    </message>
    <message>
      <source>Database openen: %s</source>
      <translation>Opening database: %s</translation>
    </message>
    <message>
      <source>Server: %s</source>
      <translation>Server: %s</translation>
    </message>
    <message>
      <source>Database: %s</source>
      <translation>Database: %s</translation>
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
  </context>
  <context>
    <name>MatchPanel</name>
    <message>
      <source>past matig</source>
      <translation>fits poorly</translation>
    </message>
    <message>
      <source>eerst niveau Nederlands nagaan (Taal, Alt+3)</source>
      <translation>check the level of Dutch first (Language, Alt+3)</translation>
    </message>
    <message>
      <source>eerst nagaan</source>
      <translation>check first</translation>
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
      <source>Waarom deze route, wie per stap betaalt, en wat er nog te regelen is</source>
      <translation>Why this route, who pays for each step, and what is still to be arranged</translation>
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
      <source>Opslaan als plan kan pas als %s toestemming geeft voor een plan. Leg die vast bij de intake (Toestemming).</source>
      <translation>Saving as a plan is possible only once %s consents to a plan. Record it in the intake (Consent).</translation>
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
      <source>Wie betaalt wat</source>
      <translation>Who pays what</translation>
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
      <source>Plannen van een dag afdrukken…</source>
      <translation>Print a day's plans…</translation>
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
    <name>Privacy</name>
    <message>
      <source>aangemaakt</source>
      <translation>created</translation>
    </message>
    <message>
      <source>gewijzigd</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>gewist</source>
      <translation>erased</translation>
    </message>
    <message>
      <source>afgedrukt</source>
      <translation>printed</translation>
    </message>
    <message>
      <source>opgeslagen of meegegeven</source>
      <translation>saved or handed out</translation>
    </message>
    <message>
      <source>opgeschoond</source>
      <translation>purged</translation>
    </message>
    <message>
      <source>ingelezen</source>
      <translation>imported</translation>
    </message>
    <message>
      <source>planversie opgeslagen</source>
      <translation>plan version saved</translation>
    </message>
    <message>
      <source>fase gewijzigd</source>
      <translation>stage changed</translation>
    </message>
    <message>
      <source>fase teruggezet</source>
      <translation>stage corrected</translation>
    </message>
    <message>
      <source>contact gehad</source>
      <translation>contact made</translation>
    </message>
    <message>
      <source>volgend contact gezet</source>
      <translation>next contact set</translation>
    </message>
    <message>
      <source>uit beursbundel: nieuw</source>
      <translation>from fair bundle: new</translation>
    </message>
    <message>
      <source>uit beursbundel: bijgewerkt</source>
      <translation>from fair bundle: updated</translation>
    </message>
    <message>
      <source>uit beursbundel: gewist</source>
      <translation>from fair bundle: erased</translation>
    </message>
    <message>
      <source>gekoppeld</source>
      <translation>enrolled</translation>
    </message>
    <message>
      <source>opnieuw gekoppeld</source>
      <translation>enrolled again</translation>
    </message>
    <message>
      <source>ontkoppeld</source>
      <translation>removed</translation>
    </message>
    <message>
      <source>kandidaat</source>
      <translation>candidate</translation>
    </message>
    <message>
      <source>plan</source>
      <translation>plan</translation>
    </message>
    <message>
      <source>catalogus</source>
      <translation>catalogue</translation>
    </message>
    <message>
      <source>reservekopieën</source>
      <translation>backups</translation>
    </message>
    <message>
      <source>computer</source>
      <translation>computer</translation>
    </message>
    <message>
      <source>instellingen</source>
      <translation>settings</translation>
    </message>
    <message>
      <source>Logboek</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Wie deed wat met welk record: afdrukken, opslaan, delen, wissen. Alleen nummers (id's), geen namen.</source>
      <translation>Who did what to which record: print, save, share, erase. Numbers (ids) only, no names.</translation>
    </message>
    <message>
      <source>Logboek lezen…</source>
      <translation>Reading the audit log…</translation>
    </message>
    <message>
      <source>&amp;Opslaan als CSV…</source>
      <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
      <source>Logboek opslaan</source>
      <translation>Save audit log</translation>
    </message>
    <message>
      <source>CSV-bestand (*.csv)</source>
      <translation>CSV file (*.csv)</translation>
    </message>
    <message>
      <source>Bewaartermijn</source>
      <translation>Retention term</translation>
    </message>
    <message>
      <source>Kandidaten over de bewaartermijn</source>
      <translation>Candidates past the retention term</translation>
    </message>
    <message>
      <source>&amp;Verwijderen</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>&amp;Niet nu</source>
      <translation>&amp;Not now</translation>
    </message>
    <message>
      <source>&amp;Privacy</source>
      <translation>&amp;Privacy</translation>
    </message>
    <message>
      <source>&amp;Inzage: alles over deze kandidaat opslaan…</source>
      <translation>&amp;Access: save everything about this candidate…</translation>
    </message>
    <message>
      <source>Kandidaat &amp;wissen…</source>
      <translation>&amp;Erase candidate…</translation>
    </message>
    <message>
      <source>Map voor de inzage kiezen</source>
      <translation>Choose a folder for the access export</translation>
    </message>
    <message>
      <source>Kandidaat wissen</source>
      <translation>Erase candidate</translation>
    </message>
    <message>
      <source>Kandidaat gewist.</source>
      <translation>Candidate erased.</translation>
    </message>
    <message>
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Tijd (UTC)</source>
      <translation>Time (UTC)</translation>
    </message>
    <message>
      <source>Actie</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Adviseur (id)</source>
      <translation>Advisor (id)</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>1 regel.</source>
      <translation>1 line.</translation>
    </message>
    <message>
      <source>Van deze kandidaten is de bewaartermijn voorbij. Zij worden gewist, met alles wat over hen is opgeslagen. Haal het vinkje weg bij wie u nog even wilt houden.</source>
      <translation>The retention term of these candidates has passed. They will be erased, with everything stored about them. Untick anyone you want to keep for a while.</translation>
    </message>
    <message>
      <source>Niemand is over de bewaartermijn.</source>
      <translation>Nobody is past the retention term.</translation>
    </message>
    <message>
      <source>%d reservekopie(ën) ouder dan %d maanden worden ook verwijderd.</source>
      <translation>%d backup(s) older than %d months will be deleted too.</translation>
    </message>
    <message>
      <source>%s en alles wat over deze persoon is opgeslagen wissen (intake, plannen, traject, toestemming)? Dit kan niet ongedaan worden gemaakt.</source>
      <translation>Erase %s and everything stored about this person (intake, plans, trajectory, consent)? This cannot be undone.</translation>
    </message>
    <message>
      <source>%d regels (de nieuwste eerst).</source>
      <translation>%d lines (newest first).</translation>
    </message>
    <message>
      <source>%s — laatste contact %s, termijn %d maanden</source>
      <translation>%s — last contact %s, term %d months</translation>
    </message>
    <message>
      <source>&amp;Logboek…</source>
      <translation>Audit &amp;log…</translation>
    </message>
    <message>
      <source>&amp;Bewaartermijn controleren…</source>
      <translation>Check &amp;retention term…</translation>
    </message>
    <message>
      <source>Opgeslagen: %s</source>
      <translation>Saved: %s</translation>
    </message>
    <message>
      <source>Inzage opgeslagen in %s (%d bestanden).</source>
      <translation>Access export saved in %s (%d files).</translation>
    </message>
    <message>
      <source>Bewaartermijn: %d kandidaat/kandidaten gewist, %d reservekopie(ën) verwijderd.</source>
      <translation>Retention term: %d candidate(s) erased, %d backup(s) deleted.</translation>
    </message>
  </context>
  <context>
    <name>RouteWords</name>
    <message>
      <source>past nu niet binnen de regels</source>
      <translation>does not fit within the rules now</translation>
    </message>
    <message>
      <source>staat nu niet in het aanbod</source>
      <translation>is not in the catalog now</translation>
    </message>
    <message>
      <source>staat in het aanbod alleen onder een oude code, waarmee u niet meer kunt beginnen</source>
      <translation>is in the catalog only under an old code, which you can no longer start</translation>
    </message>
    <message>
      <source>wordt niet gegeven in uw reisgebied</source>
      <translation>is not given in your travel area</translation>
    </message>
    <message>
      <source>vraagt meer uren per week dan u heeft</source>
      <translation>asks more hours a week than you have</translation>
    </message>
    <message>
      <source>is er niet in de leerweg die u wilt</source>
      <translation>does not run in the learning path you want</translation>
    </message>
    <message>
      <source>vraagt toelatingseisen die nu nog niet te halen zijn</source>
      <translation>has entry requirements that cannot be met yet</translation>
    </message>
    <message>
      <source>heeft geen startmoment in de gewenste periode</source>
      <translation>has no start in the wished period</translation>
    </message>
    <message>
      <source>heeft u al</source>
      <translation>is something you already hold</translation>
    </message>
    <message>
      <source>is niet nodig: uw Nederlands is al op dat niveau</source>
      <translation>is not needed: your Dutch is already at that level</translation>
    </message>
    <message>
      <source>hier speelt iets</source>
      <translation>there is an issue here</translation>
    </message>
    <message>
      <source>Wel in het aanbod, verwant (zelfde beroepsopleiding): {names}.</source>
      <translation>In the offering and related (same vocational programme): {names}.</translation>
    </message>
    <message>
      <source>Wel in het aanbod, verwant (zelfde domein): {names}.</source>
      <translation>In the offering and related (same field): {names}.</translation>
    </message>
    <message>
      <source>Er zijn (nog) geen uren per week om te leren vastgelegd. Eerst uitzoeken wanneer er tijd is en dat invullen; daarna kan een route gemaakt worden.</source>
      <translation>No hours a week for learning have been recorded (yet). First find out when there is time and fill it in; then a route can be made.</translation>
    </message>
    <message>
      <source>Er is nog geen doel vastgelegd.</source>
      <translation>No goal has been recorded yet.</translation>
    </message>
    <message>
      <source>Het niveau Nederlands is nog niet bekend. Tot het bekend is, gaan we uit van geen Nederlands; met uw echte niveau kan een route veel korter zijn. Vul bij Taal (Alt+3) het niveau Nederlands in, of zet het vinkje bij moedertaal. Dan zoeken we opnieuw.</source>
      <translation>The level of Dutch is not known yet. Until it is, we assume no Dutch; with your real level a route may be much shorter. Fill in the level of Dutch under Language (Alt+3), or tick native speaker. Then we search again.</translation>
    </message>
    <message>
      <source>Laat eerst uw buitenlandse diploma waarderen. Vraag een diplomawaardering aan bij IDW (Internationale Diplomawaardering van Nuffic en SBB, idw.nl). Stuur een kopie van uw diploma, cijferlijst en paspoort mee. Dan weet de school op welk niveau u kunt beginnen.</source>
      <translation>First have your foreign diploma evaluated. Apply for a diploma evaluation at IDW (International Diploma Evaluation by Nuffic and SBB, idw.nl). Send a copy of your diploma, transcript and passport. Then the school knows at which level you can start.</translation>
    </message>
    <message>
      <source>Tot uw 18e bent u kwalificatieplichtig: u volgt een opleiding tot u een startkwalificatie heeft (havo, vwo of een mbo-diploma op niveau 2 of hoger). Dat kan op school (BOL) of in BBL (werken en leren), met een baan. De leerplichtambtenaar van uw gemeente let daarop.</source>
      <translation>Until you are 18 you have a duty to keep learning until you have a basic qualification (havo, vwo or an mbo diploma at level 2 or higher): at school (BOL) or working and learning in BBL (work-based), with a job. The school attendance officer of your municipality checks this.</translation>
    </message>
    <message>
      <source>U bent jonger dan 23 en heeft nog geen startkwalificatie. De RMC-consulent van uw gemeente (Regionale Meld- en Coördinatiefunctie) helpt u een opleiding te vinden en houdt contact tot u een diploma op niveau 2 of hoger heeft. Meld u daar als u nog geen begeleider heeft.</source>
      <translation>You are under 23 and have no basic qualification yet. The RMC officer of your municipality (regional registration of early school-leavers) helps you find a course and stays in touch until you have a diploma at level 2 or higher. Contact them if you have no coach yet.</translation>
    </message>
    <message>
      <source>Erkend leerbedrijf? BBL bij uw werkgever kan alleen als die een erkend leerbedrijf is voor deze opleiding. Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat die er niet in, dan vraagt de werkgever erkenning aan bij SBB.</source>
      <translation>Recognised training company? BBL with your employer is only possible if the employer is a recognised training company (erkend leerbedrijf) for this course. Look your employer up in SBB's register (s-bb.nl). If it is not there, the employer applies to SBB for recognition.</translation>
    </message>
    <message>
      <source>Voor een deel van de kosten is nog geen regeling gevonden. Bespreek werkgever, gemeente, UWV of levenlanglerenkrediet.</source>
      <translation>No scheme was found yet for part of the cost. Discuss employer, municipality, UWV or a lifelong learning loan.</translation>
    </message>
    <message>
      <source>Het reisgebied is niet vastgelegd; alle regio's zijn bekeken.</source>
      <translation>The travel area is not recorded; all regions were searched.</translation>
    </message>
    <message>
      <source>Er zijn routes mogelijk, maar we kiezen er nu nog geen. We bespreken ze bij de volgende afspraak.</source>
      <translation>Routes are possible, but we do not choose one yet. We discuss them at the next appointment.</translation>
    </message>
    <message>
      <source>Erkend leerbedrijf? Leren op de werkplek bij uw werkgever kan alleen als die een erkend leerbedrijf is voor deze opleiding: daar beoordeelt de praktijkopleider wat u kunt. Zoek uw werkgever op in het register van SBB (s-bb.nl, leerbedrijven zoeken). Staat die er niet in, dan vraagt de werkgever erkenning aan bij SBB.</source>
      <translation>Recognised training company? Learning at work with your employer is only possible if the employer is a recognised training company (erkend leerbedrijf) for this course: there the workplace trainer judges what you can do. Look your employer up in SBB's register (s-bb.nl). If it is not there, the employer applies to SBB for recognition.</translation>
    </message>
    <message>
      <source>een startkwalificatie</source>
      <translation>a basic qualification</translation>
    </message>
    <message>
      <source>deze regeling staat niet in de tabel</source>
      <translation>this scheme is not in the table</translation>
    </message>
    <message>
      <source>{scheme} gaat naar het leerbedrijf voor de praktijkplaats, niet naar het lesgeld</source>
      <translation>{scheme} goes to the training company for the practice place, not to the course fee</translation>
    </message>
    <message>
      <source>{scheme} is geen subsidie voor een praktijkplaats</source>
      <translation>{scheme} is not a practice-place subsidy</translation>
    </message>
    <message>
      <source>onder 18 zonder startkwalificatie is praktijkleren niet de route</source>
      <translation>under 18 without a basic qualification praktijkleren is not the route</translation>
    </message>
    <message>
      <source>{scheme} is niet open op {day}</source>
      <translation>{scheme} is not open on {day}</translation>
    </message>
    <message>
      <source>{scheme} is niet voor deze situatie ({situation})</source>
      <translation>{scheme} does not cover this situation ({situation})</translation>
    </message>
    <message>
      <source>{scheme} geldt tot {most} jaar</source>
      <translation>{scheme} applies up to age {most}</translation>
    </message>
    <message>
      <source>{scheme} geldt vanaf {most} jaar</source>
      <translation>{scheme} applies from age {most}</translation>
    </message>
    <message>
      <source>{scheme} betaalt niet voor een {credential}</source>
      <translation>{scheme} does not pay for a {credential}</translation>
    </message>
    <message>
      <source>{scheme} geldt niet voor {leerweg}</source>
      <translation>{scheme} does not apply to {leerweg}</translation>
    </message>
    <message>
      <source>{scheme} betaalt alleen als de intake dat zegt (verwezen door of financiering vastgelegd)</source>
      <translation>{scheme} pays only when the intake says so (referred by it, or a funding line)</translation>
    </message>
    <message>
      <source>{scheme} betaalt alleen via een werkgever</source>
      <translation>{scheme} pays only through an employer</translation>
    </message>
    <message>
      <source>{scheme} betaalt alleen via een werkgever in de eigen sector, voor een opleiding in die sector</source>
      <translation>{scheme} pays only through an employer in its own sector, for training in that sector</translation>
    </message>
    <message>
      <source>De route heeft geen stappen.</source>
      <translation>The route has no steps.</translation>
    </message>
    <message>
      <source>{step} staat niet (meer) in het aanbod.</source>
      <translation>{step} is not in the catalog.</translation>
    </message>
    <message>
      <source>{step} wijkt af van het aanbod (plaats, uren of duur).</source>
      <translation>{step} differs from the catalog (place, hours or length).</translation>
    </message>
    <message>
      <source>{step} is {weeks} weken korter gepland dan het aanbod; de ervaring in de intake geeft hoogstens {most} weken vrijstelling.</source>
      <translation>{step} is planned {weeks} weeks shorter than the catalog; the experience in the intake allows at most {most} weeks.</translation>
    </message>
    <message>
      <source>{step} start niet op {day}.</source>
      <translation>{step} has no start on {day}.</translation>
    </message>
    <message>
      <source>{step} vraagt {need}; dat ontbreekt nog.</source>
      <translation>{step} needs {need}, which is missing.</translation>
    </message>
    <message>
      <source>{step} start voordat de stap voor {need} klaar is.</source>
      <translation>{step} starts before the step giving {need} has ended.</translation>
    </message>
    <message>
      <source>{step} start voordat {other} klaar is.</source>
      <translation>{step} starts before {other} has ended.</translation>
    </message>
    <message>
      <source>{step} start in het verleden.</source>
      <translation>{step} starts in the past.</translation>
    </message>
    <message>
      <source>{step} start vóór {day}, de vroegste gewenste start.</source>
      <translation>{step} starts before {day}, the earliest wished start.</translation>
    </message>
    <message>
      <source>De route start na {day}, de laatste gewenste start.</source>
      <translation>The route starts after {day}, the latest wished start.</translation>
    </message>
    <message>
      <source>{step} is {leerweg}; de kandidaat wil {wanted}.</source>
      <translation>{step} is {leerweg}; the candidate wants {wanted}.</translation>
    </message>
    <message>
      <source>{step} is in {location}, buiten het reisgebied.</source>
      <translation>{step} is in {location}, outside the travel area.</translation>
    </message>
    <message>
      <source>{step}: {problem}.</source>
      <translation>{step}: {problem}.</translation>
    </message>
    <message>
      <source>{step} vraagt een baan bij een erkend leerbedrijf; zet 'leerbedrijf zoeken' in het plan.</source>
      <translation>{step} needs a job at a recognised training company; add finding one to the plan.</translation>
    </message>
    <message>
      <source>{step} vraagt een VOG; dat moet in het plan staan.</source>
      <translation>{step} needs a certificate of conduct (VOG); the plan must say so.</translation>
    </message>
    <message>
      <source>Er zijn geen uren per week beschikbaar.</source>
      <translation>No hours a week are available.</translation>
    </message>
    <message>
      <source>Vanaf {day} vraagt de route {load} uur per week; er is {hours} uur.</source>
      <translation>From {day} the route asks {load} hours a week; {hours} are available.</translation>
    </message>
    <message>
      <source>De route duurt {weeks} weken. Bij {why} mag een route hoogstens {most} weken duren.</source>
      <translation>The route takes {weeks} weeks. With {why} a route may take at most {most} weeks.</translation>
    </message>
    <message>
      <source>De route duurt {weeks} weken; de financiering staat hoogstens {most} toe.</source>
      <translation>The route takes {weeks} weeks; the funding allows at most {most}.</translation>
    </message>
    <message>
      <source>{title} is contractonderwijs (derde leerweg). Onder 18 zonder startkwalificatie is een schoolroute nodig: BOL, of BBL (werken en leren) met een baan.</source>
      <translation>{title} is contract training (third learning path). Under 18 without a basic qualification a school route is needed: BOL, or BBL (work-based) with a job.</translation>
    </message>
    <message>
      <source>De route eindigt met {title}, geen diploma-opleiding. Onder 18 zonder startkwalificatie is een opleiding naar een diploma nodig (BOL, of BBL (werken en leren) met een baan), geen losse cursus.</source>
      <translation>The route ends with {title}, not a diploma programme. Under 18 without a basic qualification a programme towards a diploma is needed (BOL, or BBL (work-based) with a job), not a loose course.</translation>
    </message>
    <message>
      <source>{title} is Entree (niveau 1). Dat is voor wie nog geen diploma op niveau 2 of hoger, havo, vwo, hbo of wo heeft; deze kandidaat heeft dat wel.</source>
      <translation>{title} is Entree (level 1), for people without a diploma at level 2 or higher, havo, vwo, hbo or wo; this candidate has one.</translation>
    </message>
    <message>
      <source>Voor dit doel is een VOG nodig; dat moet in het plan staan.</source>
      <translation>This goal needs a certificate of conduct (VOG); the plan must say so.</translation>
    </message>
    <message>
      <source>een route van het regionaal mobiliteitsteam</source>
      <translation>a route of the regional mobility team</translation>
    </message>
    <message>
      <source>cursusbewijs</source>
      <translation>course certificate</translation>
    </message>
    <message>
      <source>Uw eerste {credential} heeft u rond {month} (over ongeveer {weeks} weken).</source>
      <translation>You get your first {credential} around {month} (in about {weeks} weeks).</translation>
    </message>
    <message>
      <source>Uw {credential} heeft u rond {month} (over ongeveer {weeks} weken).</source>
      <translation>You get your {credential} around {month} (in about {weeks} weeks).</translation>
    </message>
    <message>
      <source>Deze route leidt naar uw doel '{goal}': {name}.</source>
      <translation>This route leads to your goal '{goal}': {name}.</translation>
    </message>
    <message>
      <source>Dit is de cursus die u zoekt: {title}.</source>
      <translation>This is the course you are looking for: {title}.</translation>
    </message>
    <message>
      <source>Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw doel '{goal}', op een lager niveau. Het kan een opstap zijn.</source>
      <translation>Related trade: {name} belongs to the same vocational programme ({field}) as your goal '{goal}', at a lower level. It can be a stepping stone.</translation>
    </message>
    <message>
      <source>Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({field}) als uw doel '{goal}', maar is een ander beroep of niveau.</source>
      <translation>Related trade: {name} belongs to the same vocational programme ({field}) as your goal '{goal}', but is another occupation or level.</translation>
    </message>
    <message>
      <source>{name} valt in het domein {field}, waar uw wens '{goal}' bij hoort.</source>
      <translation>{name} falls in the field {field}, which your wish '{goal}' belongs to.</translation>
    </message>
    <message>
      <source>Zelfde domein ({field}): {name} is een ander vak dan uw doel '{goal}'.</source>
      <translation>Same field ({field}): {name} is another trade than your goal '{goal}'.</translation>
    </message>
    <message>
      <source>Zelfde sector ({field}): {name} is een ander vak dan uw doel '{goal}'.</source>
      <translation>Same sector ({field}): {name} is another trade than your goal '{goal}'.</translation>
    </message>
    <message>
      <source>{title} is een korte cursus: handig als eerste stap of naast een opleiding, maar nog geen vakdiploma voor '{goal}'.</source>
      <translation>{title} is a short course: useful as a first step or alongside training, but not yet a vocational qualification for '{goal}'.</translation>
    </message>
    <message>
      <source>{name} hoort niet bij uw doel '{goal}'.</source>
      <translation>{name} is not part of your goal '{goal}'.</translation>
    </message>
    <message>
      <source>Geen werkervaring vastgelegd.</source>
      <translation>No work experience recorded.</translation>
    </message>
    <message>
      <source>Deze route geeft nog geen startkwalificatie (een diploma op niveau 2 of hoger). Onder de 23 komt een route naar een startkwalificatie eerst.</source>
      <translation>This route does not give a basic qualification (a diploma at level 2 or higher). Under 23 a route to a basic qualification comes first.</translation>
    </message>
    <message>
      <source>U wilt een diploma; daarom staat deze diplomaroute vooraan.</source>
      <translation>You want a diploma, so this diploma route comes first.</translation>
    </message>
    <message>
      <source>U heeft al een hbo- of wo-diploma. Een korte route of certificaat is genoeg om over te stappen; een heel mbo-diploma is meestal niet nodig. Daarom staat deze kortere route vooraan.</source>
      <translation>You already hold a higher-education degree. A short route or certificate is enough to switch; a full mbo diploma is usually not needed. That is why this shorter route comes first.</translation>
    </message>
    <message>
      <source>U heeft al een hbo- of wo-diploma; een heel mbo-diploma is meestal niet nodig. Wilt u het toch? Vraag de school dan naar vrijstellingen en een verkort traject.</source>
      <translation>You already hold a higher-education degree; a full mbo diploma is usually not needed. If you want it anyway, ask the school about exemptions and a shortened programme.</translation>
    </message>
    <message>
      <source>U komt net van school: een diploma geeft de meeste kansen. Daarom staat het vooraan.</source>
      <translation>You have just left school: a diploma gives the best chances. That is why it comes first.</translation>
    </message>
    <message>
      <source>Zolang u jonger bent dan 18, betaalt u geen les- of cursusgeld: dat scheelt {waived}. Voor de jaren daarna betaalt u zelf {you}.</source>
      <translation>While you are under 18 you pay no tuition fee: that saves {waived}. For the years after that you pay {you} yourself.</translation>
    </message>
    <message>
      <source>Deze stap kost u niets: {scheme}.</source>
      <translation>This step costs you nothing: {scheme}.</translation>
    </message>
    <message>
      <source>Deze stap kost u niets.</source>
      <translation>This step costs you nothing.</translation>
    </message>
    <message>
      <source>U leent {loan} voor het lesgeld ({scheme}) en betaalt dat later terug.</source>
      <translation>You borrow {loan} for the fee ({scheme}) and pay it back later.</translation>
    </message>
    <message>
      <source>U betaalt zelf {you}. {scheme} betaalt {covered} {to}.</source>
      <translation>You pay {you} yourself. {scheme} pays {covered} {to}.</translation>
    </message>
    <message>
      <source>Nog niet betaald: {scheme} betaalt hoogstens {most} weken en deze route duurt ongeveer {weeks} weken. Tot er een betaler is, staat {you} op uw naam.</source>
      <translation>Not paid yet: {scheme} pays for at most {most} weeks and this route takes about {weeks} weeks. Until someone pays, {you} is in your name.</translation>
    </message>
    <message>
      <source>U betaalt zelf {you}; er is nog geen regeling gevonden.</source>
      <translation>You pay {you} yourself; no scheme has been found yet.</translation>
    </message>
    <message>
      <source>{scheme} betaalt {covered} {to}. U betaalt zelf niets.</source>
      <translation>{scheme} pays {covered} {to}. You pay nothing yourself.</translation>
    </message>
    <message>
      <source>stap bestaat in het aanbod</source>
      <translation>step exists in the catalog</translation>
    </message>
    <message>
      <source>start op een startmoment</source>
      <translation>start on a start date</translation>
    </message>
    <message>
      <source>toelatingseisen</source>
      <translation>entry requirements</translation>
    </message>
    <message>
      <source>volgorde van stappen</source>
      <translation>order of steps</translation>
    </message>
    <message>
      <source>uren per week</source>
      <translation>hours per week</translation>
    </message>
    <message>
      <source>niet starten in het verleden</source>
      <translation>no start in the past</translation>
    </message>
    <message>
      <source>gewenste startperiode</source>
      <translation>preferred start window</translation>
    </message>
    <message>
      <source>reisgebied</source>
      <translation>travel area</translation>
    </message>
    <message>
      <source>hoogstens 40 weken bij deze financiering</source>
      <translation>at most 40 weeks with this funding</translation>
    </message>
    <message>
      <source>voorwaarden van de financiering</source>
      <translation>funding conditions</translation>
    </message>
    <message>
      <source>BBL alleen met baan of leerbedrijf</source>
      <translation>BBL only with a job or training company</translation>
    </message>
    <message>
      <source>VOG aangegeven</source>
      <translation>certificate of conduct flagged</translation>
    </message>
    <message>
      <source>gewenste leerweg</source>
      <translation>preferred learning path</translation>
    </message>
    <message>
      <source>40-wekenregel (mobiliteitsteam, praktijkleren)</source>
      <translation>40-week rule (mobility team, praktijkleren)</translation>
    </message>
    <message>
      <source>korter door ervaring (EVC)</source>
      <translation>shorter through experience (EVC)</translation>
    </message>
    <message>
      <source>kwalificatieplicht: onder 18 eerst een schoolroute</source>
      <translation>qualification duty: under 18 a school route first</translation>
    </message>
    <message>
      <source>Entree alleen zonder diploma op niveau 2 of hoger</source>
      <translation>Entree only without a diploma at level 2 or higher</translation>
    </message>
    <message>
      <source>U heeft het passende diploma of certificaat al.</source>
      <translation>You already hold the fitting diploma or certificate.</translation>
    </message>
    <message>
      <source>Uw Nederlands is al op het niveau van de passende taalcursus; die is dus niet nodig.</source>
      <translation>Your Dutch is already at the level of the fitting language course, so it is not needed.</translation>
    </message>
    <message>
      <source>Voor dit doel is er nu geen aanbod in de catalogus.</source>
      <translation>There is no offering for this goal in the catalog now.</translation>
    </message>
    <message>
      <source>Het passende aanbod staat in de catalogus alleen onder een oude code; nieuwe studenten beginnen aan de opleiding met de nieuwe code.</source>
      <translation>The fitting offering is in the catalog only under an old code; new students start the course with the new code.</translation>
    </message>
    <message>
      <source>Het passende aanbod is buiten het reisgebied.</source>
      <translation>The fitting offering is outside the travel area.</translation>
    </message>
    <message>
      <source>Het passende aanbod vraagt meer uren per week dan er vrij zijn.</source>
      <translation>The fitting offering asks for more hours a week than are free.</translation>
    </message>
    <message>
      <source>Het passende aanbod is er alleen in een andere leerweg dan gewenst (bijvoorbeeld BOL terwijl BBL gewenst is).</source>
      <translation>The fitting offering only runs in another learning path than wished (for example BOL while BBL is wished).</translation>
    </message>
    <message>
      <source>Aan de toelatingseisen kan nu niet worden voldaan, ook niet met een tussenstap in het aanbod.</source>
      <translation>The entry requirements cannot be met now, not even with a bridging step.</translation>
    </message>
    <message>
      <source>Er is geen startmoment in de gewenste periode.</source>
      <translation>There is no start date in the wished period.</translation>
    </message>
    <message>
      <source>Onder de 18 zonder startkwalificatie past alleen een opleiding naar een diploma (BOL, of BBL met een baan); die is er nu niet voor dit doel.</source>
      <translation>Under 18 without a basic qualification only a programme towards a diploma fits (BOL, or BBL with a job); there is none for this goal now.</translation>
    </message>
    <message>
      <source>Entree is alleen voor wie nog geen diploma op niveau 2 of hoger heeft.</source>
      <translation>Entree is only for people without a diploma at level 2 or higher.</translation>
    </message>
    <message>
      <source>Voor {what} is Nederlands op {need} nodig; u heeft nu {now}. Volg Nederlands (NT2) vóór of naast de opleiding.</source>
      <translation>{what} needs Dutch at {need}; you now have {now}. Take Dutch (NT2) before or alongside the course.</translation>
    </message>
    <message>
      <source>{domain}: {note}.</source>
      <translation>{domain}: {note}.</translation>
    </message>
    <message>
      <source>Regel hulp voordat de route start.</source>
      <translation>Arrange help before the route starts.</translation>
    </message>
    <message>
      <source>Het doel '{goal}' is nog breed ({field}). Kies samen een opleiding in dat vakgebied.</source>
      <translation>The goal '{goal}' is still broad ({field}). Choose a qualification in that field together.</translation>
    </message>
    <message>
      <source>Uw doel {goal} staat niet in het aanbod van deze school.</source>
      <translation>Your goal {goal} is not in this school's offering.</translation>
    </message>
    <message>
      <source>Er is ook geen verwante opleiding in het aanbod; bekijk samen een ander doel.</source>
      <translation>There is no related course in the offering either; look at another goal together.</translation>
    </message>
    <message>
      <source>{scheme} betaalt alleen een opleiding van hoogstens {most} weken. {title} duurt ongeveer {weeks} weken, dus {scheme} betaalt deze {amount} niet zomaar. Vraag {ask} wat mogelijk is, en bespreek een andere betaler: de school of het bedrijf waar u gaat werken en leren, of de gemeente. Tot dat geregeld is, staat dit bedrag bij wat u zelf betaalt.</source>
      <translation>{scheme} only pays for a course of at most {most} weeks. {title} takes about {weeks} weeks, so {scheme} will not simply pay this {amount}. Ask {ask} what is possible, and discuss another payer: the school or company where you will work and learn, or the municipality. Until that is settled, this amount is shown as what you pay yourself.</translation>
    </message>
    <message>
      <source>BOL</source>
      <translation>BOL (school-based)</translation>
    </message>
    <message>
      <source>BBL (werken en leren)</source>
      <translation>BBL (work-based)</translation>
    </message>
    <message>
      <source>derde leerweg</source>
      <translation>the third learning path (contract training)</translation>
    </message>
    <message>
      <source>een korte cursus</source>
      <translation>a short course</translation>
    </message>
    <message>
      <source>eerst {other}</source>
      <translation>{other} first</translation>
    </message>
    <message>
      <source>Dit is een korte opleiding zonder mbo-niveau.</source>
      <translation>This is a short course without an mbo level.</translation>
    </message>
    <message>
      <source>Entree is bedoeld voor wie nog geen diploma heeft; u heeft er al een.</source>
      <translation>Entree is meant for people without a diploma; you already have one.</translation>
    </message>
    <message>
      <source>omdat uw Nederlands nog onder B1 (2F) is; op het werk laat u zien wat u kunt</source>
      <translation>because your Dutch is still below B1 (2F); at work you show what you can do</translation>
    </message>
    <message>
      <source>omdat u 50 of ouder bent en een baan in zicht heeft</source>
      <translation>because you are 50 or older and have a job in view</translation>
    </message>
    <message>
      <source>Het leerbedrijf kan subsidie praktijkleren krijgen voor de begeleiding op het werk; dat geld is niet voor uw lesgeld.</source>
      <translation>The training company can get a praktijkleren subsidy for coaching at work; that money is not for your course fee.</translation>
    </message>
    <message>
      <source>breekt een regel: {rule}</source>
      <translation>breaks a rule: {rule}</translation>
    </message>
    <message>
      <source>{name} (niveau {level})</source>
      <translation>{name} (level {level})</translation>
    </message>
    <message>
      <source>{name} (ongeveer {km} km)</source>
      <translation>{name} (about {km} km)</translation>
    </message>
    <message>
      <source>{level} (ongeveer {cefr})</source>
      <translation>{level} (about {cefr})</translation>
    </message>
    <message>
      <source>moedertaal</source>
      <translation>native</translation>
    </message>
    <message>
      <source>nog geen Nederlands</source>
      <translation>no Dutch yet</translation>
    </message>
    <message>
      <source>niveau nog niet bekend</source>
      <translation>level not known yet</translation>
    </message>
    <message>
      <source>Er is geen opleiding gevonden die bij het doel past.</source>
      <translation>No course was found that fits the goal.</translation>
    </message>
    <message>
      <source>Nederlands op {ref}</source>
      <translation>Dutch at {ref}</translation>
    </message>
    <message>
      <source>een diploma op niveau {level}</source>
      <translation>a diploma at level {level}</translation>
    </message>
    <message>
      <source>{title} ({provider}, {location})</source>
      <translation>{title} ({provider}, {location})</translation>
    </message>
    <message>
      <source>financiering via {via}</source>
      <translation>funding through {via}</translation>
    </message>
    <message>
      <source>weinig</source>
      <translation>few</translation>
    </message>
    <message>
      <source>beperkt</source>
      <translation>a limited number of</translation>
    </message>
    <message>
      <source>redelijk</source>
      <translation>a fair number of</translation>
    </message>
    <message>
      <source>veel</source>
      <translation>many</translation>
    </message>
    <message>
      <source>heel veel</source>
      <translation>very many</translation>
    </message>
    <message>
      <source>{role} (vrijwilligerswerk, telt voor de helft)</source>
      <translation>{role} (volunteer work, counts for half)</translation>
    </message>
    <message>
      <source>Uw ervaring telt mee (praktijkverklaring): met {years} jaar ervaring als {role} laat u veel werkprocessen al zien. De route kan ongeveer {weeks} weken korter.</source>
      <translation>Your experience counts (workplace statement): with {years} years as {role} you can already show many work processes. The route can take about {weeks} weeks less.</translation>
    </message>
    <message>
      <source>Uw ervaring telt mee (EVC): met {years} jaar ervaring als {role} kan {title} ongeveer {weeks} weken korter. Dat gaat via een EVC-procedure; de school beslist over vrijstellingen.</source>
      <translation>Your experience counts (EVC): with {years} years as {role}, {title} can take about {weeks} weeks less. That goes through an EVC procedure; the school decides on exemptions.</translation>
    </message>
    <message>
      <source>U heeft al '{title}'; dat kan de route korter maken.</source>
      <translation>You already hold '{title}'; that can shorten the route.</translation>
    </message>
    <message>
      <source>Uw werkervaring ({roles}) ligt in een ander vak dan {title}.</source>
      <translation>Your work experience ({roles}) is in another field than {title}.</translation>
    </message>
    <message>
      <source>Uw ervaring als {role} (1 jaar) ligt in hetzelfde vakgebied ({field}).</source>
      <translation>Your experience as {role} (1 year) is in the same field ({field}).</translation>
    </message>
    <message>
      <source>Uw ervaring als {role} ({years} jaar) ligt in hetzelfde vakgebied ({field}).</source>
      <translation>Your experience as {role} ({years} years) is in the same field ({field}).</translation>
    </message>
    <message>
      <source>Met EVC kan de route korter worden.</source>
      <translation>With EVC (prior learning) the route can be shorter.</translation>
    </message>
    <message>
      <source>U bent jonger dan 23 en heeft nog geen startkwalificatie. Deze route leidt naar een diploma op niveau {level}: dat is een startkwalificatie. Daarom komt deze eerst.</source>
      <translation>You are under 23 and have no basic qualification yet. This route leads to a diploma at level {level}, which is one. That is why it comes first.</translation>
    </message>
    <message>
      <source>U wilt een {wanted}; daarom staat deze kortere route ({credential}) vooraan. Een diploma kan later nog.</source>
      <translation>You want a {wanted}, so this shorter route ({credential}) comes first. A diploma can follow later.</translation>
    </message>
    <message>
      <source>{scheme} betaalt alleen een route van hoogstens {most} weken. Deze route past daarin; daarom staat hij vooraan.</source>
      <translation>{scheme} pays only for a route of at most {most} weeks. This route fits, so it comes first.</translation>
    </message>
    <message>
      <source>Deze route duurt langer dan de {most} weken die {scheme} betaalt. Bespreek eerst een kortere route, of wie deze betaalt.</source>
      <translation>This route takes longer than the {most} weeks {scheme} pays for. Discuss a shorter route first, or who pays for this one.</translation>
    </message>
    <message>
      <source>Eerst een {credential}: die is sneller te halen, {why}. Een diploma kan daarna nog.</source>
      <translation>First a {credential}: it is quicker to reach, {why}. A diploma can follow later.</translation>
    </message>
    <message>
      <source>Voor dit beroep is het diploma wettelijk nodig ({term}), ook met een hbo- of wo-diploma. U haalt het naast het werk; vraag de school naar vrijstellingen, dan wordt de route korter.</source>
      <translation>This occupation legally needs the diploma ({term}), even with a higher-education degree. You take it beside the work; ask the school about exemptions to make it shorter.</translation>
    </message>
    <message>
      <source>Om in dit beroep te werken is later het diploma wettelijk nodig ({term}). Met uw hbo- of wo-diploma is dit bewijs ({credential}) een snelle eerste stap in het werk; het diploma haalt u daarna verkort, met vrijstellingen.</source>
      <translation>To work in this occupation the diploma is legally needed later ({term}). With your higher-education degree this credential ({credential}) is a quick first step into the work; you then take the diploma in a shortened route, with exemptions.</translation>
    </message>
    <message>
      <source>Voor dit beroep is het diploma wettelijk nodig ({term}). Een volledige dagopleiding (BOL) is lang: vraag de school met uw hbo- of wo-diploma naar vrijstellingen en een verkort traject.</source>
      <translation>This occupation legally needs the diploma ({term}). A full-time school programme (BOL) is long: with your higher-education degree ask the school about exemptions and a shortened programme.</translation>
    </message>
    <message>
      <source>Dit is ander werk dan uw doel, en het is lichamelijk zwaar ({term}). U heeft een lichamelijke klacht genoemd ({limit}). Daarom staat deze route achteraan.</source>
      <translation>This is other work than your goal, and it is physically heavy ({term}). You mentioned a physical complaint ({limit}). That is why this route comes last.</translation>
    </message>
    <message>
      <source>Wat u zelf betaalt: {amount}.</source>
      <translation>What you pay yourself: {amount}.</translation>
    </message>
    <message>
      <source>{scheme} betaalt {amount} {to}.</source>
      <translation>{scheme} pays {amount} {to}.</translation>
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
      <source>Steun</source>
      <translation>Support</translation>
    </message>
    <message>
      <source>Verwezen naar: {to}.</source>
      <translation>Referred to: {to}.</translation>
    </message>
    <message>
      <source>Een opleiding in {field} is er nu niet: {title} bijvoorbeeld {why}.</source>
      <translation>There is no course in {field} now: {title}, for example, {why}.</translation>
    </message>
    <message>
      <source>{Term} is een BIG-beroep. Met een buitenlands diploma in dit vak vraagt u eerst erkenning aan bij CIBG (BIG-register, bigregister.nl). Pas daarna mag u als {term} werken. Met een Nederlands diploma schrijft u zich na uw diploma in.</source>
      <translation>{Term} is a BIG-registered profession. With a foreign diploma in this field, first apply for recognition at CIBG (BIG register, bigregister.nl). Only then may you work as a {term}. With a Dutch diploma you register after graduating.</translation>
    </message>
    <message>
      <source>Zoek vóór {due} een baan of leerplek bij een erkend leerbedrijf. {how} Kijk samen op leerbanenmarkt.nl (SBB).</source>
      <translation>Find a job or placement at a recognised training company before {due}. {how} Look together on leerbanenmarkt.nl (SBB).</translation>
    </message>
    <message>
      <source>Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. Vraag die op tijd aan.</source>
      <translation>{What} needs a certificate of conduct (VOG). Apply in good time.</translation>
    </message>
    <message>
      <source>Start de EVC-procedure vóór {day}: een erkende EVC-aanbieder beoordeelt uw ervaring en geeft een ervaringscertificaat. Daarmee vraagt u vrijstellingen aan bij de school. Vraag ook wie de EVC betaalt.</source>
      <translation>Start the EVC procedure before {day}: a recognised EVC provider assesses your experience and gives an experience certificate (ervaringscertificaat). With it you ask the school for exemptions. Also ask who pays for the EVC.</translation>
    </message>
    <message>
      <source>Vertel de praktijkopleider vóór {day} wat u al kunt. Werkprocessen die u al beheerst, kunt u meteen laten zien.</source>
      <translation>Tell the workplace trainer before {day} what you can already do. Work processes you master you can show right away.</translation>
    </message>
    <message>
      <source>Vraag naar een EVC-procedure: uw ervaring als {role} kan misschien delen van de opleiding vervangen.</source>
      <translation>Ask about recognition of prior learning (EVC): your experience as {role} may replace parts of the course.</translation>
    </message>
    <message>
      <source>{title} is lichamelijk zwaar werk ({term}). U heeft een lichamelijke klacht genoemd ({limit}). Bespreek met de bedrijfsarts of UWV of dit werk lichamelijk past.</source>
      <translation>{title} is physically heavy work ({term}). You mentioned a physical complaint ({limit}). Discuss with the company doctor or UWV whether this work suits you physically.</translation>
    </message>
    <message>
      <source>De passende routes breken een regel: {rule}.</source>
      <translation>The fitting routes break a rule: {rule}.</translation>
    </message>
    <message>
      <source>'{goal}' is geen mbo-opleiding of cursus die wij kennen. We kiezen samen een opleiding die bij uw doel past. Daarna zoeken we opnieuw naar een route.</source>
      <translation>'{goal}' is not an mbo course or training we know. We choose a course that fits your goal together. Then we search for a route again.</translation>
    </message>
    <message>
      <source>Uw doel {goal} wordt niet gegeven in uw reisgebied; het dichtstbij is {names}.</source>
      <translation>Your goal {goal} is not given in your travel area; the nearest is {names}.</translation>
    </message>
    <message>
      <source>Een route naar {title} zelf is er nu niet: die opleiding {why}. Wat wel is voorgesteld, komt zo dicht mogelijk bij uw doel.</source>
      <translation>There is no route to {title} itself now: that course {why}. What is proposed comes as close to your goal as possible.</translation>
    </message>
    <message>
      <source> of </source>
      <translation> or </translation>
    </message>
    <message>
      <source>Eerst {name} (niveau {level}), daarna niveau {target_level}: steeds één stap.</source>
      <translation>First {name} (level {level}), then level {target_level}: one step at a time.</translation>
    </message>
    <message>
      <source>Niveau {target_level} is lager dan wat u al heeft (niveau {have}); in een nieuw vak kan dat een goede start zijn.</source>
      <translation>Level {target_level} is below what you already have (level {have}); in a new field that can be a good start.</translation>
    </message>
    <message>
      <source>Niveau {target_level} is een goede volgende stap voor u.</source>
      <translation>Level {target_level} is a sensible next step for you.</translation>
    </message>
    <message>
      <source>Uw niveau Nederlands is nog niet bekend. Voor {title} is Nederlands op {need} nodig; deze route gaat ervan uit dat u nog geen Nederlands kent.</source>
      <translation>Your level of Dutch is not known yet. {title} needs Dutch at {need}; this route assumes you do not know Dutch yet.</translation>
    </message>
    <message>
      <source>Voor deze praktijkverklaring laat u op het werk zien wat u kunt. Uw Nederlands ({now}) is nog onder {need}; volg Nederlands (NT2) naast het werk.</source>
      <translation>For this workplace statement you show at work what you can do. Your Dutch ({now}) is still below {need}; take Dutch (NT2) alongside work.</translation>
    </message>
    <message>
      <source>Deze opleiding vraagt Nederlands op {need}; u heeft nu {now}. Volg Nederlands (NT2) vóór of naast de opleiding.</source>
      <translation>This course asks for Dutch at {need}; you now have {now}. Take Dutch (NT2) before or alongside the course.</translation>
    </message>
    <message>
      <source>Er zijn geen cijfers over werk als {job} in {region}.</source>
      <translation>There are no figures on jobs as {job} in {region}.</translation>
    </message>
    <message>
      <source>U krijgt een {got}, geen {wanted}.</source>
      <translation>You get a {got}, not a {wanted}.</translation>
    </message>
    <message>
      <source>uw werk</source>
      <translation>your work</translation>
    </message>
    <message>
      <source>omdat u minder dan {hours} uur per week heeft</source>
      <translation>because you have fewer than {hours} hours a week</translation>
    </message>
    <message>
      <source>aan uw werkgever, die de school betaalt</source>
      <translation>to your employer, who pays the school</translation>
    </message>
    <message>
      <source>aan u; u betaalt de school</source>
      <translation>to you; you pay the school</translation>
    </message>
    <message>
      <source>aan DUO (het lesgeld)</source>
      <translation>to DUO (the tuition fee)</translation>
    </message>
    <message>
      <source>aan {provider}</source>
      <translation>to {provider}</translation>
    </message>
    <message>
      <source>Daarnaast betaalt u zelf {you}.</source>
      <translation>On top of that you pay {you} yourself.</translation>
    </message>
    <message>
      <source>Wat u zelf betaalt: {amount}, zolang er geen betaler is.</source>
      <translation>What you pay yourself: {amount}, as long as nobody else pays.</translation>
    </message>
    <message>
      <source>Daarvan leent u {loan} bij DUO (levenlanglerenkrediet); dat betaalt u later terug.</source>
      <translation>Of that you borrow {loan} from DUO (lifelong learning credit) and pay it back later.</translation>
    </message>
    <message>
      <source>Bijvoorbeeld: {title}.</source>
      <translation>For example: {title}.</translation>
    </message>
    <message>
      <source>Een opleiding in {field} is er nu niet voor u.</source>
      <translation>There is no course in {field} for you now.</translation>
    </message>
    <message>
      <source>In BBL (werken en leren) hoort een baan bij de opleiding.</source>
      <translation>In BBL (work-based) a job comes with the course.</translation>
    </message>
    <message>
      <source>U leert op de werkplek.</source>
      <translation>You learn at the workplace.</translation>
    </message>
    <message>
      <source>dit doel</source>
      <translation>this goal</translation>
    </message>
    <message>
      <source>Niveau {target_level} is een grote stap vanaf uw diploma (niveau {have}).</source>
      <translation>Level {target_level} is a big step up from your diploma (level {have}).</translation>
    </message>
    <message>
      <source>Niveau {target_level} is een grote stap, want u heeft nog geen diploma.</source>
      <translation>Level {target_level} is a big step, because you do not have a diploma yet.</translation>
    </message>
    <message>
      <source>Uw Nederlands is goed genoeg voor deze opleiding (die vraagt {need}).</source>
      <translation>Your Dutch is good enough for this course (it asks {need}).</translation>
    </message>
    <message>
      <source>Uw Nederlands is goed genoeg voor deze opleiding.</source>
      <translation>Your Dutch is good enough for this course.</translation>
    </message>
    <message>
      <source>Naast de opleiding volgt u Nederlands: {title}. Zo komt u van {now} op {need}, wat {target} vraagt.</source>
      <translation>Alongside the course you take Dutch: {title}. That takes you from {now} to {need}, which {target} asks.</translation>
    </message>
    <message>
      <source>De route begint met Nederlands: {title}. Zo komt u van {now} op {need}, wat {target} vraagt.</source>
      <translation>The route starts with Dutch: {title}. That takes you from {now} to {need}, which {target} asks.</translation>
    </message>
    <message>
      <source>In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}).</source>
      <translation>In {region} there are {word} jobs as {job}: {rating} out of 5 (source: {source}, {day}).</translation>
    </message>
    <message>
      <source>In {region} is er {word} werk als {job}: {rating} van 5 (bron: {source}, {day}) (voorbeeldcijfer).</source>
      <translation>In {region} there are {word} jobs as {job}: {rating} out of 5 (source: {source}, {day}) (sample figure).</translation>
    </message>
    <message>
      <source>Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}, tot {most}). Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.</source>
      <translation>Your training company can apply for a subsidy for coaching at work ({subsidy}, up to {most}). That money goes to the company, not to your course fee.</translation>
    </message>
    <message>
      <source>Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk ({subsidy}). Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.</source>
      <translation>Your training company can apply for a subsidy for coaching at work ({subsidy}). That money goes to the company, not to your course fee.</translation>
    </message>
    <message>
      <source>Ook betaalt mee: {names}.</source>
      <translation>Also paying: {names}.</translation>
    </message>
    <message>
      <source>Entree ({title})</source>
      <translation>Entree ({title})</translation>
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
    <name>UnlockDialog</name>
    <message>
      <source>Werkt niet op een gedeelde server: de server beveiligt de gegevens zelf (versleutelde verbinding, een rol per desk). Vergrendel het scherm met de computer zelf.</source>
      <translation>Does not work on a shared server: the server protects the data itself (an encrypted connection, a role per desk). Lock the screen with the computer itself.</translation>
    </message>
    <message>
      <source>Wachtwoordzin</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Bijvoorbeeld: fiets over de dijk naar Zwolle</source>
      <translation>For example: cycling along the dyke to Zwolle</translation>
    </message>
    <message>
      <source>Wachtwoordzin herhalen</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <source>&amp;Wachtwoordzin:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>&amp;Herhalen:</source>
      <translation>&amp;Repeat:</translation>
    </message>
    <message>
      <source>&amp;Zonder versleuteling (niet aanbevolen)</source>
      <translation>&amp;Without encryption (not recommended)</translation>
    </message>
    <message>
      <source>Zonder versleuteling kan iedereen die de laptop of een reservekopie in handen krijgt de gegevens van kandidaten lezen. U kunt later alsnog versleutelen via Bestand &gt; Versleutelen.</source>
      <translation>Without encryption anyone who gets hold of the laptop or a backup can read the candidates' data. You can still encrypt later with File &gt; Encrypt.</translation>
    </message>
    <message>
      <source>Wachtwoordzin: vul een wachtwoordzin in; een lege wordt niet geaccepteerd.</source>
      <translation>Passphrase: fill in a passphrase; an empty one is not accepted.</translation>
    </message>
    <message>
      <source>Uw herstelsleutel</source>
      <translation>Your recovery key</translation>
    </message>
    <message>
      <source>Met deze herstelsleutel opent u de database als u de wachtwoordzin vergeet. Hij wordt maar één keer getoond. Druk hem af of schrijf hem op, en bewaar het papier apart van de laptop. Zonder wachtwoordzin én zonder herstelsleutel kan niemand de gegevens nog openen, ook de beheerder niet.</source>
      <translation>With this recovery key you open the database if you forget the passphrase. It is shown only once. Print it or write it down, and keep the paper away from the laptop. Without the passphrase and without the recovery key nobody can open the data any more, not even IT.</translation>
    </message>
    <message>
      <source>Herstelsleutel</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <source>&amp;Afdrukken of opslaan als PDF…</source>
      <translation>&amp;Print or save as PDF…</translation>
    </message>
    <message>
      <source>&amp;Ik heb de herstelsleutel bewaard</source>
      <translation>&amp;I have kept the recovery key</translation>
    </message>
    <message>
      <source>&amp;Verder</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <source>Vergeten? Typ dan de herstelsleutel (met of zonder streepjes).</source>
      <translation>Forgotten? Then type the recovery key (with or without dashes).</translation>
    </message>
    <message>
      <source>&amp;Onthouden op deze computer (in de sleutelhanger van het systeem)</source>
      <translation>&amp;Remember on this computer (in the system's keyring)</translation>
    </message>
    <message>
      <source>Alleen op een eigen bureaucomputer. Niet op een laptop die mee gaat naar een beurs.</source>
      <translation>Only on your own office computer. Not on a laptop that goes to fairs.</translation>
    </message>
    <message>
      <source>&amp;Ontgrendelen</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>&amp;Afsluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Controleren…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Openen…</source>
      <translation>Opening…</translation>
    </message>
    <message>
      <source>Vergrendeld</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>&amp;Vergrendelen</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>Scherm vergrendelen; de wachtwoordzin opent het weer</source>
      <translation>Lock the screen; the passphrase opens it again</translation>
    </message>
    <message>
      <source>&amp;Versleutelen…</source>
      <translation>&amp;Encrypt…</translation>
    </message>
    <message>
      <source>&amp;Wachtwoordzin wijzigen…</source>
      <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
      <source>Niet versleuteld</source>
      <translation>Not encrypted</translation>
    </message>
    <message>
      <source>Deze database is niet versleuteld: wie de laptop vindt, kan de gegevens lezen. Klik om te versleutelen.</source>
      <translation>This database is not encrypted: whoever finds the laptop can read the data. Click to encrypt.</translation>
    </message>
    <message>
      <source>Niet versleuteld: klik om te versleutelen</source>
      <translation>Not encrypted: click to encrypt</translation>
    </message>
    <message>
      <source>De database wordt versleuteld…</source>
      <translation>The database is being encrypted…</translation>
    </message>
    <message>
      <source>Database versleutelen</source>
      <translation>Encrypt the database</translation>
    </message>
    <message>
      <source>Kies een wachtwoordzin. Daarna is de database, met de reservekopieën, alleen met die wachtwoordzin of de herstelsleutel te openen. Intake Desk sluit de database even; wat u typte, is als concept bewaard.</source>
      <translation>Choose a passphrase. After this the database, with its backups, opens only with that passphrase or the recovery key. Intake Desk closes the database for a moment; what you typed has been kept as a draft.</translation>
    </message>
    <message>
      <source>&amp;Versleutelen</source>
      <translation>&amp;Encrypt</translation>
    </message>
    <message>
      <source>&amp;Annuleren</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>Wachtwoordzin wijzigen</source>
      <translation>Change passphrase</translation>
    </message>
    <message>
      <source>Huidige wachtwoordzin</source>
      <translation>Current passphrase</translation>
    </message>
    <message>
      <source>&amp;Huidige wachtwoordzin of herstelsleutel:</source>
      <translation>&amp;Current passphrase or recovery key:</translation>
    </message>
    <message>
      <source>&amp;Wijzigen</source>
      <translation>C&amp;hange</translation>
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
      <source>Intake Desk bewaart gegevens van kandidaten versleuteld op deze computer. Kies een wachtwoordzin: die typt u bij het starten en na een pauze. Raakt de laptop kwijt, dan kan niemand de gegevens lezen zonder die wachtwoordzin.</source>
      <translation>Intake Desk keeps candidates' data encrypted on this computer. Choose a passphrase: you type it when starting and after a break. If the laptop gets lost, nobody can read the data without that passphrase.</translation>
    </message>
    <message>
      <source>De sleutel wordt gemaakt…</source>
      <translation>Making the key…</translation>
    </message>
    <message>
      <source>Herstelsleutel opslaan als PDF</source>
      <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
      <source>Intake Desk is vergrendeld</source>
      <translation>Intake Desk is locked</translation>
    </message>
    <message>
      <source>Database ontgrendelen</source>
      <translation>Unlock the database</translation>
    </message>
    <message>
      <source>Intake Desk is vergrendeld (met Ctrl+L, of na een tijd zonder werk). Typ uw wachtwoordzin om verder te werken; wat u had getypt, staat er nog.</source>
      <translation>Intake Desk is locked (with Ctrl+L, or after a while without work). Type your passphrase to go on; what you had typed is still there.</translation>
    </message>
    <message>
      <source>Wachtwoordzin: vul uw wachtwoordzin of de herstelsleutel in.</source>
      <translation>Passphrase: fill in your passphrase or the recovery key.</translation>
    </message>
    <message>
      <source>De database is versleuteld.</source>
      <translation>The database is encrypted.</translation>
    </message>
    <message>
      <source>Huidige wachtwoordzin: vul die in (of de herstelsleutel).</source>
      <translation>Current passphrase: fill it in (or the recovery key).</translation>
    </message>
    <message>
      <source>Wachtwoordzin: gebruik minstens %d tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
      <translation>Passphrase: use at least %d characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
      <source>Herhalen: de twee wachtwoordzinnen zijn niet gelijk.</source>
      <translation>Repeat: the two passphrases are not the same.</translation>
    </message>
    <message>
      <source>Typ deze sleutel in plaats van de wachtwoordzin als u die vergeten bent. Bewaar dit papier op een veilige plek, niet bij de laptop. Gooi een opgeslagen PDF weg zodra hij is afgedrukt.</source>
      <translation>Type this key instead of the passphrase if you have forgotten it. Keep this paper in a safe place, not with the laptop. Delete a saved PDF as soon as it has been printed.</translation>
    </message>
    <message>
      <source>De database %s is versleuteld. Typ uw wachtwoordzin om hem te openen.</source>
      <translation>The database %s is encrypted. Type your passphrase to open it.</translation>
    </message>
    <message>
      <source>Deze database is niet versleuteld; vergrendelen kan pas na Bestand &gt; Versleutelen.</source>
      <translation>This database is not encrypted; locking is possible only after File &gt; Encrypt.</translation>
    </message>
    <message>
      <source>Database: %s</source>
      <translation>Database: %s</translation>
    </message>
    <message>
      <source>Herstelsleutel Intake Desk</source>
      <translation>Intake Desk recovery key</translation>
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
    <message>
      <source>Dit lijkt op een BSN. Schrijf geen BSN op: haal het nummer weg.</source>
      <translation>This looks like a citizen service number (BSN). Do not write down a BSN: remove the number.</translation>
    </message>
    <message>
      <source>Dit lijkt op het nummer van een paspoort of ID-kaart. Schrijf dat niet op: haal het nummer weg.</source>
      <translation>This looks like the number of a passport or ID card. Do not write it down: remove the number.</translation>
    </message>
  </context>
</TS>
