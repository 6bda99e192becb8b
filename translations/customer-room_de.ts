<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioInfo</name>
    <message>
        <source>Not a readable audio file (%1).</source>
        <translation>Keine lesbare Audiodatei (%1).</translation>
    </message>
    <message>
        <source>The audio file has no sample rate.</source>
        <translation>Die Audiodatei hat keine Abtastrate.</translation>
    </message>
    <message>
        <source>Cannot read the audio file: %1</source>
        <translation>Die Audiodatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Customer Room %1 – the customer journey as a wall of evidence.

Usage: customer-room-cli COMMAND ROOM [options]

Commands:
  init ROOM [--demo] [--template FILE.json]
      Create a room file (suggested suffix .croom). --demo fills it with
      Kestrel Fibre, a broadband provider with 13 months of evidence.
  report ROOM --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]
      Print every stage&apos;s scores, complaints, KPIs, calls, artifacts and
      fixes as JSON. Without --from/--to the whole room is covered.

Coming with the feeds release: import, feed, sync, export.

Run &apos;customer-room-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 bad usage, 2 room or file cannot be opened,
3 some records rejected, 4 nothing imported.
</source>
        <translation>Customer Room %1 – die Customer Journey als Wand voller Belege.

Aufruf: customer-room-cli COMMAND ROOM [Optionen]

Befehle:
  init ROOM [--demo] [--template FILE.json]
      Legt eine Raumdatei an (empfohlene Endung .croom). --demo füllt sie mit
      Kestrel Fibre, einem Breitbandanbieter mit Belegen aus 13 Monaten.
  report ROOM --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]
      Gibt Scores, Beschwerden, KPIs, Anrufe, Artefakte und Maßnahmen jeder
      Phase als JSON aus. Ohne --from/--to gilt der gesamte Raum.

Folgt mit dem Feeds-Release: import, feed, sync, export.

&apos;customer-room-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 OK, 1 falscher Aufruf, 2 Raum oder Datei nicht lesbar,
3 Datensätze teilweise abgelehnt, 4 nichts importiert.
</translation>
    </message>
    <message>
        <source>Run &apos;customer-room-cli %1 --help&apos; for usage.</source>
        <translation>Aufruf: siehe &apos;customer-room-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Create a room.</source>
        <translation>Einen Raum anlegen.</translation>
    </message>
    <message>
        <source>The room file to create.</source>
        <translation>Die anzulegende Raumdatei.</translation>
    </message>
    <message>
        <source>Fill the room with the Kestrel Fibre demo.</source>
        <translation>Den Raum mit der Kestrel-Fibre-Demo füllen.</translation>
    </message>
    <message>
        <source>Stages and departments from a JSON template.</source>
        <translation>Phasen und Abteilungen aus einer JSON-Vorlage.</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 20261).</source>
        <translation>Zufallsstartwert der Demodaten (Standard 20261).</translation>
    </message>
    <message>
        <source>Last month of demo data (default: last month).</source>
        <translation>Letzter Monat der Demodaten (Standard: Vormonat).</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>init takes exactly one ROOM file.</source>
        <translation>init erwartet genau eine ROOM-Datei.</translation>
    </message>
    <message>
        <source>Use either --demo or --template, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --template, nicht beides.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--last-month needs YYYY-MM, e.g. 2026-10.</source>
        <translation>--last-month erwartet YYYY-MM, z. B. 2026-10.</translation>
    </message>
    <message>
        <source>A file with this name already exists; use --force to replace it.</source>
        <translation>Eine Datei mit diesem Namen gibt es bereits; ersetzen Sie sie mit --force.</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 angelegt (%2).</translation>
    </message>
    <message>
        <source>Report a room.</source>
        <translation>Bericht zu einem Raum ausgeben.</translation>
    </message>
    <message>
        <source>The room file.</source>
        <translation>Die Raumdatei.</translation>
    </message>
    <message>
        <source>Print JSON (the only format so far).</source>
        <translation>JSON ausgeben (bisher das einzige Format).</translation>
    </message>
    <message>
        <source>First day, inclusive.</source>
        <translation>Erster Tag, einschließlich.</translation>
    </message>
    <message>
        <source>Last day, inclusive.</source>
        <translation>Letzter Tag, einschließlich.</translation>
    </message>
    <message>
        <source>report takes exactly one ROOM file.</source>
        <translation>report erwartet genau eine ROOM-Datei.</translation>
    </message>
    <message>
        <source>report needs --json.</source>
        <translation>report erwartet --json.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, e.g. 2026-10-31.</source>
        <translation>Datumsangaben im Format YYYY-MM-DD, z. B. 2026-10-31.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in this build yet; it arrives with the feeds release.</source>
        <translation>&apos;%1&apos; ist in diesem Build noch nicht enthalten; es folgt mit dem Feeds-Release.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Create a room file (suggested suffix .croom): empty, from a template of stages and departments, or filled with the Kestrel Fibre demo.</source>
        <translation>Legt eine Raumdatei an (empfohlene Endung .croom): leer, aus einer Vorlage mit Phasen und Abteilungen oder gefüllt mit der Kestrel-Fibre-Demo.</translation>
    </message>
    <message>
        <source>Print every stage&apos;s scores, complaints, KPIs, calls, artifacts and fixes as JSON. Dates are inclusive, in local time; without --from and --to the whole room is covered.</source>
        <translation>Gibt Werte, Beschwerden, KPIs, Anrufe, Artefakte und Maßnahmen jeder Phase als JSON aus. Datumsangaben sind einschließlich, in Ortszeit; ohne --from und --to wird der ganze Raum ausgewertet.</translation>
    </message>
</context>
<context>
    <name>DemoRoom</name>
    <message>
        <source>The demo media file is missing from this build: %1</source>
        <translation>Die Demo-Mediendatei fehlt in diesem Build: %1</translation>
    </message>
    <message>
        <source>The demo media manifest is missing from this build.</source>
        <translation>Das Demo-Medienmanifest fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The demo media manifest is not valid JSON: %1</source>
        <translation>Das Demo-Medienmanifest ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The demo call %1 names an unknown stage &quot;%2&quot;.</source>
        <translation>Der Demo-Anruf %1 nennt eine unbekannte Phase &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The demo artifact %1 names an unknown stage &quot;%2&quot;.</source>
        <translation>Das Demo-Artefakt %1 nennt eine unbekannte Phase &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Monthly customer review – %1</source>
        <translation>Monatliches Kunden-Review – %1</translation>
    </message>
    <message>
        <source>Walked the wall stage by stage and played one call per broken stage.</source>
        <translation>Wand Phase für Phase durchgegangen und je mangelhafter Phase einen Anruf vorgespielt.</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty room.</source>
        <translation>Die Demo lässt sich nur in einem leeren Raum anlegen.</translation>
    </message>
    <message>
        <source>Kestrel Fibre</source>
        <translation>Kestrel Fibre</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>no data in this period</source>
        <translation>keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>Ziel %1 %2</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>App screen</source>
        <translation>App-Screen</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>A count of answers cannot be negative (%1).</source>
        <translation>Eine Anzahl von Antworten kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>%1 answer %2 is outside its %3-%4 scale.</source>
        <translation>%1-Antwort %2 liegt außerhalb ihrer Skala %3-%4.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>RoomStore</name>
    <message>
        <source>Reading departments</source>
        <translation>Lesen der Abteilungen</translation>
    </message>
    <message>
        <source>Reading stages</source>
        <translation>Lesen der Phasen</translation>
    </message>
    <message>
        <source>Reading stage departments</source>
        <translation>Lesen der Abteilungen je Phase</translation>
    </message>
    <message>
        <source>Reading moments</source>
        <translation>Lesen der Momente</translation>
    </message>
    <message>
        <source>Reading survey scores</source>
        <translation>Lesen der Umfragewerte</translation>
    </message>
    <message>
        <source>Counting complaints</source>
        <translation>Zählen der Beschwerden</translation>
    </message>
    <message>
        <source>Reading KPIs</source>
        <translation>Lesen der KPIs</translation>
    </message>
    <message>
        <source>Reading KPI values</source>
        <translation>Lesen der KPI-Werte</translation>
    </message>
    <message>
        <source>Counting calls</source>
        <translation>Zählen der Anrufe</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>Lesen der Anrufe</translation>
    </message>
    <message>
        <source>Reading a call</source>
        <translation>Lesen eines Anrufs</translation>
    </message>
    <message>
        <source>The room has no call number %1.</source>
        <translation>Der Raum enthält keinen Anruf Nr. %1.</translation>
    </message>
    <message>
        <source>Counting artifacts</source>
        <translation>Zählen der Artefakte</translation>
    </message>
    <message>
        <source>Reading artifacts</source>
        <translation>Lesen der Artefakte</translation>
    </message>
    <message>
        <source>Reading fixes</source>
        <translation>Lesen der Maßnahmen</translation>
    </message>
    <message>
        <source>Reading fix departments</source>
        <translation>Lesen der Abteilungen je Maßnahme</translation>
    </message>
    <message>
        <source>Reading fix evidence</source>
        <translation>Lesen der Belege zu Maßnahmen</translation>
    </message>
    <message>
        <source>Reading complaints</source>
        <translation>Lesen der Beschwerden</translation>
    </message>
    <message>
        <source>Reading reviews</source>
        <translation>Lesen der Reviews</translation>
    </message>
    <message>
        <source>Reading attendees</source>
        <translation>Lesen der Teilnehmenden</translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation>Lesen der Entscheidungen</translation>
    </message>
    <message>
        <source>Reading the months that hold data</source>
        <translation>Lesen der Monate mit Daten</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This is a folder, not a room file.</source>
        <translation>Dies ist ein Ordner, keine Raumdatei.</translation>
    </message>
    <message>
        <source>No room file here. Create one with &quot;customer-room-cli init&quot;.</source>
        <translation>Hier ist keine Raumdatei. Legen Sie eine mit &quot;customer-room-cli init&quot; an.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Eine Datei mit diesem Namen gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This file is not a Customer Room room (it is not an SQLite database).</source>
        <translation>Diese Datei ist kein Customer-Room-Raum (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the room: %1</source>
        <translation>Der Raum kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Setting up the room</source>
        <translation>Einrichten des Raums</translation>
    </message>
    <message>
        <source>This file is damaged or not a room: %1</source>
        <translation>Diese Datei ist beschädigt oder kein Raum: %1</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>This is an SQLite database but not a Customer Room room.</source>
        <translation>Dies ist eine SQLite-Datenbank, aber kein Customer-Room-Raum.</translation>
    </message>
    <message>
        <source>This room was saved by a newer Customer Room (room format %1; this program reads up to %2). Update Customer Room to open it.</source>
        <translation>Dieser Raum wurde mit einer neueren Version von Customer Room gespeichert (Raumformat %1; dieses Programm liest bis %2). Aktualisieren Sie Customer Room, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This file is an empty database, not a room.</source>
        <translation>Diese Datei ist eine leere Datenbank, kein Raum.</translation>
    </message>
    <message>
        <source>Switching the room to write-ahead logging</source>
        <translation>Umstellen des Raums auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>No such schema version %1.</source>
        <translation>Schemaversion %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot start a transaction to upgrade the room.</source>
        <translation>Die Transaktion zum Aktualisieren des Raums lässt sich nicht starten.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation>Migration %1 fehlt in diesem Programm.</translation>
    </message>
    <message>
        <source>Upgrading the room to format %1</source>
        <translation>Aktualisieren des Raums auf Format %1</translation>
    </message>
    <message>
        <source>Recording the room format</source>
        <translation>Speichern des Raumformats</translation>
    </message>
    <message>
        <source>Saving room settings</source>
        <translation>Speichern der Raumeinstellungen</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Keine Transaktion geöffnet.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <source>Storing media</source>
        <translation>Speichern von Medien</translation>
    </message>
    <message>
        <source>Reading media</source>
        <translation>Lesen von Medien</translation>
    </message>
    <message>
        <source>The room holds no media with fingerprint %1.</source>
        <translation>Der Raum enthält keine Medien mit dem Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>Cannot create the media cache folder %1.</source>
        <translation>Der Medien-Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the media cache file: %1</source>
        <translation>Die Medien-Cache-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No table named %1 in a room.</source>
        <translation>Ein Raum hat keine Tabelle namens %1.</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Zählen von %1</translation>
    </message>
    <message>
        <source>Adding department &quot;%1&quot;</source>
        <translation>Hinzufügen der Abteilung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding stage &quot;%1&quot;</source>
        <translation>Hinzufügen der Phase &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Linking stage &quot;%1&quot; to a department</source>
        <translation>Verknüpfen der Phase &quot;%1&quot; mit einer Abteilung</translation>
    </message>
    <message>
        <source>Adding moment &quot;%1&quot;</source>
        <translation>Hinzufügen des Moments &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding artifact &quot;%1&quot;</source>
        <translation>Hinzufügen des Artefakts &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding a complaint</source>
        <translation>Hinzufügen einer Beschwerde</translation>
    </message>
    <message>
        <source>%1 answer %2 is outside its %3-%4 scale.</source>
        <translation>%1-Antwort %2 liegt außerhalb ihrer Skala %3-%4.</translation>
    </message>
    <message>
        <source>Adding a survey response</source>
        <translation>Hinzufügen einer Umfrageantwort</translation>
    </message>
    <message>
        <source>Adding KPI &quot;%1&quot;</source>
        <translation>Hinzufügen des KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving a KPI value</source>
        <translation>Speichern eines KPI-Werts</translation>
    </message>
    <message>
        <source>Adding call &quot;%1&quot;</source>
        <translation>Hinzufügen des Anrufs &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding fix &quot;%1&quot;</source>
        <translation>Hinzufügen der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Linking fix &quot;%1&quot; to a department</source>
        <translation>Verknüpfen der Maßnahme &quot;%1&quot; mit einer Abteilung</translation>
    </message>
    <message>
        <source>Linking evidence to fix &quot;%1&quot;</source>
        <translation>Verknüpfen von Belegen mit der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding review &quot;%1&quot;</source>
        <translation>Hinzufügen des Reviews &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Adding an attendee</source>
        <translation>Hinzufügen eines Teilnehmenden</translation>
    </message>
    <message>
        <source>Adding a decision</source>
        <translation>Hinzufügen einer Entscheidung</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RoomTemplate</name>
    <message>
        <source>Cannot read the template: %1</source>
        <translation>Die Vorlage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Department %1 has no name.</source>
        <translation>Abteilung %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The template has no stages; list them under &quot;stages&quot;.</source>
        <translation>Die Vorlage hat keine Phasen; führen Sie sie unter &quot;stages&quot; auf.</translation>
    </message>
    <message>
        <source>Stage %1 has no name.</source>
        <translation>Phase %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: maturity &quot;%2&quot; is not broken, reliable or differentiating.</source>
        <translation>Phase &quot;%1&quot;: Reifegrad &quot;%2&quot; ist weder broken, reliable noch differentiating.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; names department &quot;%2&quot;, which is not in &quot;departments&quot;.</source>
        <translation>Phase &quot;%1&quot; nennt die Abteilung &quot;%2&quot;, die nicht unter &quot;departments&quot; steht.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>near target</source>
        <translation>knapp verfehlt</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>verfehlt</translation>
    </message>
</context>
<context>
    <name>cr::ui::ArtifactDialog</name>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Previous artifact</source>
        <translation>Vorheriges Artefakt</translation>
    </message>
    <message>
        <source>Next artifact</source>
        <translation>Nächstes Artefakt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The original is not a picture; this is its preview.</source>
        <translation>Das Original ist kein Bild; dies ist die Vorschau.</translation>
    </message>
    <message>
        <source>This artifact has no picture to show.</source>
        <translation>Zu diesem Artefakt gibt es kein Bild.</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>erhalten am %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>cr::ui::ArtifactsCell</name>
    <message>
        <source>No artifacts for this stage yet: drop the letters, invoices or app screens customers receive.</source>
        <translation>Noch keine Artefakte für diese Phase: Legen Sie hier Briefe, Rechnungen oder App-Screens ab, die Kunden erhalten.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Erhalten am %1</translation>
    </message>
    <message>
        <source>Click to view it full size.</source>
        <translation>Klicken Sie für die volle Größe.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cr::ui::CallPlayer</name>
    <message>
        <source>No audio output device found — connect speakers; playback continues silently.</source>
        <translation>Kein Audioausgabegerät gefunden — schließen Sie Lautsprecher an; die Wiedergabe läuft stumm weiter.</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Position in the call</source>
        <translation>Position im Anruf</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Click a line to hear it</source>
        <translation>Zeile anklicken, um sie zu hören</translation>
    </message>
    <message>
        <source>The call cannot be played: %1</source>
        <translation>Der Anruf kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The call&apos;s audio is damaged or in a format this computer cannot play.</source>
        <translation>Die Aufnahme des Anrufs ist beschädigt oder in einem Format, das dieser Computer nicht abspielen kann.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation>Kein Transkript zu diesem Anruf.</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
</context>
<context>
    <name>cr::ui::CallPlayerDialog</name>
    <message>
        <source>Customer call</source>
        <translation>Kundenanruf</translation>
    </message>
    <message>
        <source>Other calls of this stage</source>
        <translation>Weitere Anrufe dieser Phase</translation>
    </message>
    <message>
        <source>This call has no recording, only its transcript.</source>
        <translation>Zu diesem Anruf gibt es keine Aufnahme, nur das Transkript.</translation>
    </message>
</context>
<context>
    <name>cr::ui::CallsCell</name>
    <message>
        <source>No calls for this stage yet: drop audio files here or add a feed.</source>
        <translation>Noch keine Anrufe für diese Phase: Legen Sie hier Audiodateien ab oder binden Sie einen Feed an.</translation>
    </message>
    <message>
        <source>%1 call on %2, %3 long, agent %4.</source>
        <translation>%1-Anruf am %2, Dauer %3, Agent %4.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Click or press Space to play it to the room.</source>
        <translation>Klicken Sie oder drücken Sie die Leertaste, um ihn der Runde vorzuspielen.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cr::ui::ComplaintTableModel</name>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Aussage des Kunden</translation>
    </message>
</context>
<context>
    <name>cr::ui::ComplaintsCell</name>
    <message>
        <source>&lt;b&gt;Complaints&lt;/b&gt; received in %1 from every channel (phone, e-mail, web, store, social, returns), mapped to this stage.</source>
        <translation>&lt;b&gt;Beschwerden&lt;/b&gt; im %1 aus allen Kanälen (Telefon, E-Mail, Web, Filiale, Social Media, Retouren), dieser Phase zugeordnet.</translation>
    </message>
    <message>
        <source>No complaints in %1.</source>
        <translation>Keine Beschwerden im %1.</translation>
    </message>
    <message>
        <source>None mapped to this stage: connect a complaints feed or check the mapping rules.</source>
        <translation>Keine dieser Phase zugeordnet: Binden Sie einen Beschwerde-Feed an oder prüfen Sie die Zuordnungsregeln.</translation>
    </message>
    <message>
        <source>Click to search all complaints of this stage.</source>
        <translation>Klicken Sie, um alle Beschwerden dieser Phase zu durchsuchen.</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>complaints · %1 in %2</source>
        <translation>vs. %1 im %2</translation>
    </message>
    <message>
        <source>%1 in %2, %3 in %4.</source>
        <translation>%1 im %2, %3 im %4.</translation>
    </message>
    <message>
        <source> (%1 in %2)</source>
        <translation> (%1 im %2)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to read and search them.</source>
        <translation>Klicken Sie, um sie zu lesen und zu durchsuchen.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>cr::ui::ComplaintsDialog</name>
    <message>
        <source>Search complaints…</source>
        <translation>Beschwerden durchsuchen…</translation>
    </message>
    <message>
        <source>%1 — complaints, %2</source>
        <translation>%1 — Beschwerden, %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>cr::ui::FixesCell</name>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>No fixes for this stage yet: assign one in the review, with an owner and a due date.</source>
        <translation>Noch keine Maßnahmen für diese Phase: Legen Sie im Review eine mit Verantwortlichen und Termin fest.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Metric to move: %1</source>
        <translation>Zielkennzahl: %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cr::ui::FixesDialog</name>
    <message>
        <source>%1 — fixes</source>
        <translation>%1 — Maßnahmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>No fixes for this stage yet: assign one in the review, with an owner and a due date.</source>
        <translation>Noch keine Maßnahmen für diese Phase: Legen Sie im Review eine mit Verantwortlichen und Termin fest.</translation>
    </message>
</context>
<context>
    <name>cr::ui::KpiCell</name>
    <message>
        <source>No KPIs for this stage yet: add one for each key moment of truth.</source>
        <translation>Noch keine KPIs für diese Phase: Legen Sie für jeden wichtigen Moment of Truth einen an.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every KPI of this stage</source>
        <translation>Alle KPIs dieser Phase anzeigen</translation>
    </message>
</context>
<context>
    <name>cr::ui::KpiTile</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 im %2</translation>
    </message>
    <message>
        <source>No value in %1.</source>
        <translation>Kein Wert im %1.</translation>
    </message>
    <message>
        <source>Green when the target is met, amber within %1 of it, red beyond.</source>
        <translation>Grün, wenn das Ziel erreicht ist, Gelb bis %1 darunter, Rot darüber hinaus.</translation>
    </message>
    <message>
        <source>Line: the last %1 months.</source>
        <translation>Linie: die letzten %1 Monate.</translation>
    </message>
</context>
<context>
    <name>cr::ui::PeriodBar</name>
    <message>
        <source>Compare to previous</source>
        <translation>Mit Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Review by month or by quarter</source>
        <translation>Nach Monat oder Quartal auswerten</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Show each score&apos;s change against the period before, with its significance</source>
        <translation>Veränderung jedes Werts gegenüber der Vorperiode anzeigen, mit Signifikanz</translation>
    </message>
    <message>
        <source>Open room…</source>
        <translation>Raum öffnen…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>Compare to %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>Full screen, high contrast, no controls (F11; Esc leaves)</source>
        <translation>Vollbild, hoher Kontrast, ohne Bedienelemente (F11; Esc beendet)</translation>
    </message>
</context>
<context>
    <name>cr::ui::RoomErrorPage</name>
    <message>
        <source>This room cannot be opened</source>
        <translation>Dieser Raum lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Open room…</source>
        <translation>Raum öffnen…</translation>
    </message>
    <message>
        <source>Open the demo room</source>
        <translation>Demo-Raum öffnen</translation>
    </message>
    <message>
        <source>Choose another room file, or open the demo room to look around.</source>
        <translation>Wählen Sie eine andere Raumdatei oder öffnen Sie den Demo-Raum, um sich umzusehen.</translation>
    </message>
</context>
<context>
    <name>cr::ui::ScoreCell</name>
    <message>
        <source>&lt;b&gt;Net Promoter Score&lt;/b&gt;, %1&lt;br&gt;NPS = % promoters (9–10) − % detractors (0–6), range −100..100</source>
        <translation>&lt;b&gt;Net Promoter Score&lt;/b&gt;, %1&lt;br&gt;NPS = % Promotoren (9–10) − % Detraktoren (0–6), Bereich −100..100</translation>
    </message>
    <message>
        <source>No NPS answers for this stage in %1.</source>
        <translation>Keine NPS-Antworten für diese Phase im %1.</translation>
    </message>
    <message>
        <source>n = %1 answers: %2 promoters, %3 passives, %4 detractors</source>
        <translation>n = %1 Antworten: %2 Promotoren, %3 Passive, %4 Detraktoren</translation>
    </message>
    <message>
        <source>95 % margin of error: ±%1 points</source>
        <translation>95-%-Fehlerspanne: ±%1 Punkte</translation>
    </message>
    <message>
        <source>Low sample: fewer than %1 answers, read with care.</source>
        <translation>Stichprobe zu klein: weniger als %1 Antworten, mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>Change vs %1 (NPS %2, n = %3): %4 points; significant only when |Δ| &gt; %5 — %6</source>
        <translation>Veränderung ggü. %1 (NPS %2, n = %3): %4 Punkte; signifikant nur bei |Δ| &gt; %5 — %6</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>signifikant</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <source>No NPS in %1 to compare with.</source>
        <translation>Kein NPS im %1 zum Vergleich.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>keine Vorwerte</translation>
    </message>
    <message>
        <source>n&#xa0;%1 · ±%2</source>
        <translation>n&#xa0;%1 · ±%2</translation>
    </message>
    <message>
        <source>low sample</source>
        <translation>n zu klein</translation>
    </message>
    <message>
        <source>CSAT %1&#x2009;% · n&#xa0;%2</source>
        <translation>CSAT %1&#x2009;% · n&#xa0;%2</translation>
    </message>
    <message>
        <source>CSAT %1 %2</source>
        <translation>CSAT %1 %2</translation>
    </message>
    <message>
        <source>CES %1 of 7 · n&#xa0;%2</source>
        <translation>CES %1 von 7 · n&#xa0;%2</translation>
    </message>
    <message>
        <source>CES %1 %2</source>
        <translation>CES %1 %2</translation>
    </message>
    <message>
        <source>CSAT = % of answers 4–5 on a 1–5 scale (top-2-box). CES = mean effort on 1–7 (lower is easier).</source>
        <translation>CSAT = % der Antworten 4–5 auf einer Skala 1–5 (Top-2-Box). CES = mittlerer Aufwand auf 1–7 (niedriger ist leichter).</translation>
    </message>
    <message>
        <source>NPS by month, the last %1 months; click for the chart with its margin of error.</source>
        <translation>NPS je Monat, die letzten %1 Monate; klicken Sie für das Diagramm mit Fehlerspanne.</translation>
    </message>
</context>
<context>
    <name>cr::ui::StageHeaderCell</name>
    <message>
        <source>Broken</source>
        <translation>Mangelhaft</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Verlässlich</translation>
    </message>
    <message>
        <source>Differentiating</source>
        <translation>Differenzierend</translation>
    </message>
    <message>
        <source>No target experience yet: write one sentence in the customer&apos;s voice.</source>
        <translation>Noch kein Zielerlebnis: Formulieren Sie einen Satz aus Sicht des Kunden.</translation>
    </message>
    <message>
        <source>No owner department</source>
        <translation>Keine Abteilung zuständig</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Also shaped by: %1</source>
        <translation>Beteiligt: %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::StageInfoDialog</name>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <source>CX ambassador %1</source>
        <translation>CX-Botschafter*in %1</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Contributes: %1</source>
        <translation>Wirkt mit: %1</translation>
    </message>
    <message>
        <source>Complaints: %1 · calls: %2</source>
        <translation>Beschwerden: %1 · Anrufe: %2</translation>
    </message>
    <message>
        <source>NPS answers: %1 · CSAT: %2 · CES: %3</source>
        <translation>NPS-Antworten: %1 · CSAT: %2 · CES: %3</translation>
    </message>
    <message>
        <source>Fixes open: %1 · done: %2 · verified: %3</source>
        <translation>Maßnahmen offen: %1 · erledigt: %2 · verifiziert: %3</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::TrendChartDialog</name>
    <message>
        <source>%1 — NPS trend</source>
        <translation>%1 — NPS-Verlauf</translation>
    </message>
    <message>
        <source>%1 — KPIs</source>
        <translation>%1 — KPIs</translation>
    </message>
    <message>
        <source>No KPIs for this stage yet.</source>
        <translation>Noch keine KPIs für diese Phase.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation>95-%-Fehlerspanne</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) per month, with its 95 % margin of error as the band. Wide bands mean few answers.</source>
        <translation>NPS = % Promotoren (9–10) − % Detraktoren (0–6) pro Monat, mit der 95-%-Fehlerspanne als Band. Breite Bänder bedeuten wenige Antworten.</translation>
    </message>
    <message>
        <source>%1: %2, n = %3, ±%4.</source>
        <translation>%1: %2, n = %3, ±%4.</translation>
    </message>
    <message>
        <source>No NPS answers for this stage in the last %1 months.</source>
        <translation>Keine NPS-Antworten für diese Phase in den letzten %1 Monaten.</translation>
    </message>
    <message>
        <source>%1. Green when the target is met, amber within %2 of it, red beyond.</source>
        <translation>%1. Grün, wenn das Ziel erreicht ist, Gelb bis %2 darunter, Rot darüber hinaus.</translation>
    </message>
</context>
<context>
    <name>cr::ui::WallView</name>
    <message>
        <source>&lt;h2&gt;This room has no stages yet&lt;/h2&gt;&lt;p&gt;A room is built around the customer journey. Start from a template of stages, departments and moments:&lt;/p&gt;&lt;p&gt;&lt;code&gt;customer-room-cli init ROOM --template resources/templates/subscription-journey.json&lt;/code&gt;&lt;/p&gt;&lt;p&gt;or open the Kestrel Fibre demo room to see a full wall (&lt;code&gt;customer-room&lt;/code&gt; without a room).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Raum hat noch keine Phasen&lt;/h2&gt;&lt;p&gt;Ein Raum ist um die Customer Journey gebaut. Beginnen Sie mit einer Vorlage aus Phasen, Abteilungen und Momenten:&lt;/p&gt;&lt;p&gt;&lt;code&gt;customer-room-cli init ROOM --template resources/templates/subscription-journey.json&lt;/code&gt;&lt;/p&gt;&lt;p&gt;oder öffnen Sie den Demo-Raum von Kestrel Fibre, um eine volle Wand zu sehen (&lt;code&gt;customer-room&lt;/code&gt; ohne Raum).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cr::ui::WallWindow</name>
    <message>
        <source>Customer Room</source>
        <translation>Customer Room</translation>
    </message>
    <message>
        <source>%1 — Customer Room</source>
        <translation>%1 — Customer Room</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <source>Customer rooms (*.croom);;All files (*)</source>
        <translation>Customer-Room-Dateien (*.croom);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preparing the demo room…</source>
        <translation>Demo-Raum wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>cr::ui::WaveformView</name>
    <message>
        <source>Click to jump there; ← and → step 5 seconds</source>
        <translation>Klicken Sie, um dorthin zu springen; ← und → springen 5 Sekunden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The customer journey as a wall of evidence. Without ROOM the demo room opens.</source>
        <translation>Die Customer Journey als Wand voller Belege. Ohne ROOM öffnet sich der Demo-Raum.</translation>
    </message>
    <message>
        <source>Room file (.croom) to open.</source>
        <translation>Zu öffnende Raumdatei (.croom).</translation>
    </message>
    <message>
        <source>Render the wall to FILE (PNG) and exit.</source>
        <translation>Die Wand als FILE (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Fenstergröße für --screenshot (Standard 1920x1080).</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>--size erwartet WIDTHxHEIGHT, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Full screen, high contrast, no controls.</source>
        <translation>Vollbild, hoher Kontrast, ohne Bedienelemente.</translation>
    </message>
</context>
</TS>
