<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agenda</name>
    <message>
        <source>NPS %1 %2 points: %3 → %4 (n %5 → %6)</source>
        <translation>NPS um %2 Punkte %1: %3 → %4 (n %5 → %6)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>gestiegen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>CSAT %1 %2 points: %3 % → %4 % (n %5 → %6)</source>
        <translation>CSAT um %2 Punkte %1: %3 % → %4 % (n %5 → %6)</translation>
    </message>
    <message>
        <source>Effort (CES) %1: %2 → %3 of 7 (n %4 → %5)</source>
        <translation>Aufwand (CES) %1: %2 → %3 von 7 (n %4 → %5)</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>geringer</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>Complaints %1: %2 → %3</source>
        <translation>Beschwerden %1: %2 → %3</translation>
    </message>
    <message>
        <source>“%1” complaints %2: %3 → %4</source>
        <translation>Beschwerden „%1“ %2: %3 → %4</translation>
    </message>
    <message>
        <source>now on target</source>
        <translation>jetzt im Ziel</translation>
    </message>
    <message>
        <source>now near target</source>
        <translation>jetzt knapp verfehlt</translation>
    </message>
    <message>
        <source>now off target</source>
        <translation>jetzt verfehlt</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Gesamte Journey</translation>
    </message>
    <message>
        <source>A removed stage</source>
        <translation>Eine entfernte Phase</translation>
    </message>
    <message>
        <source>No significant improvement.</source>
        <translation>Keine signifikante Verbesserung.</translation>
    </message>
    <message>
        <source>Nothing got significantly worse.</source>
        <translation>Nichts hat sich signifikant verschlechtert.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the stage pages</source>
        <translation>
            <numerusform>+%n weitere auf den Phasenseiten</numerusform>
            <numerusform>+%n weitere auf den Phasenseiten</numerusform>
        </translation>
    </message>
</context>
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
    <name>ChannelAudio</name>
    <message>
        <source>Not a readable audio file (%1).</source>
        <translation>Keine lesbare Audiodatei (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The recording has %n channel(s); there is no channel %1 to play alone.</source>
        <translation>
            <numerusform>Die Aufnahme hat %n Kanal; einen Kanal %1 zum alleinigen Abspielen gibt es nicht.</numerusform>
            <numerusform>Die Aufnahme hat %n Kanäle; einen Kanal %1 zum alleinigen Abspielen gibt es nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the one-channel copy: %1</source>
        <translation>Die einkanalige Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the one-channel copy.</source>
        <translation>Die einkanalige Kopie kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>Add a feed.</source>
        <translation>Einen Feed hinzufügen.</translation>
    </message>
    <message>
        <source>A name for the feed.</source>
        <translation>Ein Name für den Feed.</translation>
    </message>
    <message>
        <source>A folder, a file or an http(s) URL.</source>
        <translation>Ein Ordner, eine Datei oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>Add a feed: an export the room takes in again on every sync (only what is new or changed).</source>
        <translation>Fügt einen Feed hinzu: einen Export, den der Raum bei jeder Synchronisierung erneut einliest (nur Neues oder Geändertes).</translation>
    </message>
    <message>
        <source>feed add takes a ROOM and a NAME.</source>
        <translation>feed add erwartet einen ROOM und einen NAME.</translation>
    </message>
    <message>
        <source>A feed needs --kind.</source>
        <translation>Ein Feed braucht --kind.</translation>
    </message>
    <message>
        <source>A feed needs --location (a folder, a file or an http(s) URL).</source>
        <translation>Ein Feed braucht --location (einen Ordner, eine Datei oder eine http(s)-URL).</translation>
    </message>
    <message>
        <source>No such folder or file.</source>
        <translation>Ordner oder Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>The URL is not valid.</source>
        <translation>Die URL ist ungültig.</translation>
    </message>
    <message>
        <source>No stage named &quot;%1&quot; in this room.</source>
        <translation>In diesem Raum gibt es keine Phase namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added feed &quot;%1&quot; (%2 from %3). Run &apos;customer-room-cli sync %4 --feed &quot;%1&quot;&apos; to take it in.</source>
        <translation>Feed &quot;%1&quot; hinzugefügt (%2 aus %3). Mit &apos;customer-room-cli sync %4 --feed &quot;%1&quot;&apos; einlesen.</translation>
    </message>
    <message>
        <source>List feeds.</source>
        <translation>Feeds auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the room&apos;s feeds.</source>
        <translation>Listet die Feeds des Raums auf.</translation>
    </message>
    <message>
        <source>feed list takes a ROOM.</source>
        <translation>feed list erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>No feeds yet. Add one with &apos;customer-room-cli feed add&apos;.</source>
        <translation>Noch keine Feeds. Fügen Sie einen mit &apos;customer-room-cli feed add&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1	%2 (%3)	%4	last sync %5</source>
        <translation>%1	%2 (%3)	%4	letzte Synchronisierung %5</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Remove a feed.</source>
        <translation>Einen Feed entfernen.</translation>
    </message>
    <message>
        <source>The feed.</source>
        <translation>Der Feed.</translation>
    </message>
    <message>
        <source>Remove a feed. What it imported stays in the room.</source>
        <translation>Entfernt einen Feed. Was er importiert hat, bleibt im Raum.</translation>
    </message>
    <message>
        <source>feed remove takes a ROOM and a NAME.</source>
        <translation>feed remove erwartet einen ROOM und einen NAME.</translation>
    </message>
    <message>
        <source>Removed feed &quot;%1&quot;; the evidence it brought stays in the room.</source>
        <translation>Feed &quot;%1&quot; entfernt; die Belege, die er geliefert hat, bleiben im Raum.</translation>
    </message>
    <message>
        <source>Usage: customer-room-cli feed add|list|remove ROOM ...
Run &apos;customer-room-cli feed add --help&apos; for a subcommand&apos;s options.
</source>
        <translation>Aufruf: customer-room-cli feed add|list|remove ROOM ...
&apos;customer-room-cli feed add --help&apos; zeigt die Optionen eines Unterbefehls.
</translation>
    </message>
    <message>
        <source>feed takes add, list or remove.</source>
        <translation>feed erwartet add, list oder remove.</translation>
    </message>
    <message>
        <source>Sync feeds.</source>
        <translation>Feeds synchronisieren.</translation>
    </message>
    <message>
        <source>Only this feed.</source>
        <translation>Nur dieser Feed.</translation>
    </message>
    <message>
        <source>Take in what is new or changed in the room&apos;s feeds. Unchanged files and URLs are skipped. An http(s) feed&apos;s credentials come from CUSTOMER_ROOM_FEED_TOKEN, or CUSTOMER_ROOM_FEED_USER and CUSTOMER_ROOM_FEED_PASSWORD.</source>
        <translation>Liest ein, was in den Feeds des Raums neu oder geändert ist. Unveränderte Dateien und URLs werden übersprungen. Die Zugangsdaten eines http(s)-Feeds kommen aus CUSTOMER_ROOM_FEED_TOKEN oder aus CUSTOMER_ROOM_FEED_USER und CUSTOMER_ROOM_FEED_PASSWORD.</translation>
    </message>
    <message>
        <source>sync takes a ROOM.</source>
        <translation>sync erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>There is no feed named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Feed namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No feeds to sync. Add one with &apos;customer-room-cli feed add&apos;.</source>
        <translation>Keine Feeds zum Synchronisieren. Fügen Sie einen mit &apos;customer-room-cli feed add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2 new, %3 updated, %4 rejected; %5 files changed, %6 unchanged.</source>
        <translation>Feed &quot;%1&quot;: %2 neu, %3 aktualisiert, %4 abgelehnt; %5 Dateien geändert, %6 unverändert.</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 importiert, %2 aktualisiert, %3 unverändert, %4 abgelehnt</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1: gelesen als %2</translation>
    </message>
    <message>
        <source>%1: … and %2 more rejected rows.</source>
        <translation>%1: … und %2 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: nichts importiert</translation>
    </message>
    <message>
        <source>%1: new KPIs without a target (their status stays empty until a target is set): %2</source>
        <translation>%1: neue KPIs ohne Ziel (ihr Status bleibt leer, bis ein Ziel gesetzt ist): %2</translation>
    </message>
    <message>
        <source>%1: %2 records matched no stage and wait in the Unassigned tray (&apos;customer-room-cli unassigned list&apos;).</source>
        <translation>%1: %2 Datensätze passen zu keiner Phase und warten in der Ablage &quot;Nicht zugeordnet&quot; (&apos;customer-room-cli unassigned list&apos;).</translation>
    </message>
    <message>
        <source>surveys, complaints, kpis, calls or artifacts.</source>
        <translation>surveys, complaints, kpis, calls oder artifacts.</translation>
    </message>
    <message>
        <source>auto (default), generic, wide, qualtrics, surveymonkey, cfpb, cfpb-json, tickets, audio, twilio, connect, image, pdf, email, html.</source>
        <translation>auto (Standard), generic, wide, qualtrics, surveymonkey, cfpb, cfpb-json, tickets, audio, twilio, connect, image, pdf, email, html.</translation>
    </message>
    <message>
        <source>Put every record on this stage.</source>
        <translation>Alle Datensätze dieser Phase zuordnen.</translation>
    </message>
    <message>
        <source>Our field = their column, e.g. id=ticket_id,received_at=created.</source>
        <translation>Unser Feld = deren Spalte, z. B. id=ticket_id,received_at=created.</translation>
    </message>
    <message>
        <source>How KPI rows finer than a month roll up: sum, mean or last.</source>
        <translation>Wie KPI-Zeilen, die feiner als ein Monat sind, verdichtet werden: sum, mean oder last.</translation>
    </message>
    <message>
        <source>Text encoding when not UTF-8/UTF-16 with BOM, e.g. windows-1252.</source>
        <translation>Textkodierung, falls nicht UTF-8/UTF-16 mit BOM, z. B. windows-1252.</translation>
    </message>
    <message>
        <source>Refuse a file whole if any row is rejected.</source>
        <translation>Eine Datei ganz zurückweisen, sobald eine Zeile abgelehnt wird.</translation>
    </message>
    <message>
        <source>The survey question that holds the NPS answer (e.g. Q7 or QID7).</source>
        <translation>Die Umfragefrage mit der NPS-Antwort (z. B. Q7 oder QID7).</translation>
    </message>
    <message>
        <source>SurveyMonkey survey-details JSON that names the choices.</source>
        <translation>SurveyMonkey-JSON mit den Umfragedetails, das die Antwortoptionen benennt.</translation>
    </message>
    <message>
        <source>--kind is one of surveys, complaints, kpis, calls, artifacts.</source>
        <translation>--kind ist eines von surveys, complaints, kpis, calls, artifacts.</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN pairs; &quot;%1&quot; is not one.</source>
        <translation>--map erwartet Paare FIELD=COLUMN; &quot;%1&quot; ist keines.</translation>
    </message>
    <message>
        <source>--aggregate is sum, mean or last.</source>
        <translation>--aggregate ist sum, mean oder last.</translation>
    </message>
    <message>
        <source>Import files.</source>
        <translation>Dateien importieren.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Import exports into a room: every good row is stored (once: re-importing changes nothing), every bad one is printed as FILE:LINE: reason. Each file is all or nothing.</source>
        <translation>Importiert Exporte in einen Raum: Jede gültige Zeile wird gespeichert (nur einmal: erneutes Importieren ändert nichts), jede fehlerhafte als FILE:LINE: Grund ausgegeben. Jede Datei wird ganz oder gar nicht übernommen.</translation>
    </message>
    <message>
        <source>import takes a ROOM and at least one FILE.</source>
        <translation>import erwartet einen ROOM und mindestens eine FILE.</translation>
    </message>
    <message>
        <source>--format needs --kind.</source>
        <translation>--format erwartet --kind.</translation>
    </message>
    <message>
        <source>Cannot read this file.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot tell what this file holds; give --kind.</source>
        <translation>Der Inhalt dieser Datei ist nicht erkennbar; geben Sie --kind an.</translation>
    </message>
    <message>
        <source>%1: holds %2</source>
        <translation>%1: enthält %2</translation>
    </message>
    <message>
        <source>Add a rule.</source>
        <translation>Eine Regel hinzufügen.</translation>
    </message>
    <message>
        <source>surveys, complaints, calls or artifacts.</source>
        <translation>surveys, complaints, calls oder artifacts.</translation>
    </message>
    <message>
        <source>The field to look at (complaints: text, category, product, channel, customer; surveys: comment, metric, respondent; calls: title, agent, channel, summary, transcript; artifacts: title, description, kind; or any).</source>
        <translation>Das zu prüfende Feld (complaints: text, category, product, channel, customer; surveys: comment, metric, respondent; calls: title, agent, channel, summary, transcript; artifacts: title, description, kind; oder any).</translation>
    </message>
    <message>
        <source>A word or phrase (whole words, any case).</source>
        <translation>Ein Wort oder eine Wortfolge (ganze Wörter, Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>A regular expression instead of a keyword.</source>
        <translation>Ein regulärer Ausdruck statt eines Stichworts.</translation>
    </message>
    <message>
        <source>The stage matching records go to.</source>
        <translation>Die Phase, der passende Datensätze zugeordnet werden.</translation>
    </message>
    <message>
        <source>The category matching complaints get (when they have none).</source>
        <translation>Die Kategorie, die passende Beschwerden erhalten (wenn sie noch keine haben).</translation>
    </message>
    <message>
        <source>Add a mapping rule: records whose FIELD holds the keyword (or matches the pattern) go to the stage and get the category. Rules run on every import and with &apos;rules apply&apos;.</source>
        <translation>Fügt eine Zuordnungsregel hinzu: Datensätze, deren FIELD das Stichwort enthält (oder dem Muster entspricht), kommen in die Phase und erhalten die Kategorie. Regeln laufen bei jedem Import und mit &apos;rules apply&apos;.</translation>
    </message>
    <message>
        <source>rules add takes a ROOM.</source>
        <translation>rules add erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>Give either --keyword or --regex.</source>
        <translation>Geben Sie entweder --keyword oder --regex an.</translation>
    </message>
    <message>
        <source>--kind is surveys, complaints, calls or artifacts.</source>
        <translation>--kind ist surveys, complaints, calls oder artifacts.</translation>
    </message>
    <message>
        <source>No stage named &quot;%1&quot; (stages: %2).</source>
        <translation>Keine Phase namens &quot;%1&quot; (Phasen: %2).</translation>
    </message>
    <message>
        <source>Added rule %1. Run &apos;customer-room-cli rules apply&apos; to sort the Unassigned tray with it.</source>
        <translation>Regel %1 hinzugefügt. Mit &apos;customer-room-cli rules apply&apos; sortiert sie die Ablage &quot;Nicht zugeordnet&quot;.</translation>
    </message>
    <message>
        <source>List rules.</source>
        <translation>Regeln auflisten.</translation>
    </message>
    <message>
        <source>List the room&apos;s mapping rules in the order they run.</source>
        <translation>Listet die Zuordnungsregeln des Raums in der Reihenfolge auf, in der sie laufen.</translation>
    </message>
    <message>
        <source>rules list takes a ROOM.</source>
        <translation>rules list erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>%1	%2 %3 %4 &quot;%5&quot; -&gt; %6%7</source>
        <translation>%1	%2 %3 %4 &quot;%5&quot; -&gt; %6%7</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt auf</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>, category &quot;%1&quot;</source>
        <translation>, Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No rules yet. Add one with &apos;customer-room-cli rules add&apos;.</source>
        <translation>Noch keine Regeln. Fügen Sie eine mit &apos;customer-room-cli rules add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Apply rules.</source>
        <translation>Regeln anwenden.</translation>
    </message>
    <message>
        <source>Run the mapping rules over the Unassigned tray, in one step.</source>
        <translation>Wendet die Zuordnungsregeln in einem Schritt auf die Ablage &quot;Nicht zugeordnet&quot; an.</translation>
    </message>
    <message>
        <source>rules apply takes a ROOM.</source>
        <translation>rules apply erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>%1 records found their stage; %2 remain unassigned.</source>
        <translation>%1 Datensätze haben ihre Phase gefunden; %2 bleiben nicht zugeordnet.</translation>
    </message>
    <message>
        <source>The Unassigned tray.</source>
        <translation>Die Ablage &quot;Nicht zugeordnet&quot;.</translation>
    </message>
    <message>
        <source>List it.</source>
        <translation>Inhalt auflisten.</translation>
    </message>
    <message>
        <source>At most this many records (default 200).</source>
        <translation>Höchstens so viele Datensätze (Standard 200).</translation>
    </message>
    <message>
        <source>List records that no stage claimed (oldest first), with where they came from.</source>
        <translation>Listet Datensätze ohne Phase auf (älteste zuerst), mit ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Usage: unassigned list ROOM [--json].</source>
        <translation>Aufruf: unassigned list ROOM [--json].</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Unassigned: %1 complaints, %2 survey responses, %3 calls, %4 artifacts.</source>
        <translation>Nicht zugeordnet: %1 Beschwerden, %2 Umfrageantworten, %3 Anrufe, %4 Artefakte.</translation>
    </message>
    <message>
        <source>Created %1 (%2) in %3 s.</source>
        <translation>%1 angelegt (%2) in %3 s.</translation>
    </message>
    <message>
        <source>  %1 stages with %2 moments, %3 departments, %4 KPIs with %5 monthly values (%6 to %7)</source>
        <translation>  %1 Phasen mit %2 Momenten, %3 Abteilungen, %4 KPIs mit %5 Monatswerten (%6 bis %7)</translation>
    </message>
    <message>
        <source>  %1 survey responses: NPS %2, CSAT %3, CES %4 (%5 with a comment)</source>
        <translation>  %1 Umfrageantworten: NPS %2, CSAT %3, CES %4 (%5 mit Kommentar)</translation>
    </message>
    <message>
        <source>  %1 complaints, %2 calls (%3 distinct recordings, %4 featured clips), %5 artifacts</source>
        <translation>  %1 Beschwerden, %2 Anrufe (%3 verschiedene Aufnahmen, %4 hervorgehobene Clips), %5 Artefakte</translation>
    </message>
    <message>
        <source>  fixes: %1 proposed, %2 in progress, %3 done, %4 verified; reviews: %5</source>
        <translation>  Maßnahmen: %1 vorgeschlagen, %2 in Arbeit, %3 erledigt, %4 verifiziert; Reviews: %5</translation>
    </message>
    <message>
        <source>  room file: %1 MB</source>
        <translation>  Raumdatei: %1 MB</translation>
    </message>
    <message>
        <source>Generate a large room.</source>
        <translation>Einen großen Raum erzeugen.</translation>
    </message>
    <message>
        <source>Journey stages (default 20).</source>
        <translation>Phasen der Journey (Standard 20).</translation>
    </message>
    <message>
        <source>Survey responses, NPS, CSAT and CES together (default 1000000).</source>
        <translation>Umfrageantworten, NPS, CSAT und CES zusammen (Standard 1000000).</translation>
    </message>
    <message>
        <source>Complaints (default 500000).</source>
        <translation>Beschwerden (Standard 500000).</translation>
    </message>
    <message>
        <source>Recorded calls (default 2000).</source>
        <translation>Aufgezeichnete Anrufe (Standard 2000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>Last month of data (default: the last complete month).</source>
        <translation>Letzter Monat der Daten (Standard: der letzte vollständige Monat).</translation>
    </message>
    <message>
        <source>Create a large, believable room for scale tests: Kestrel Fibre&apos;s journey over three years, with survey answers, complaints, KPIs, calls, artifacts and fixes. The same arguments always give the same room.</source>
        <translation>Erzeugt einen großen, glaubwürdigen Raum für Skalierungstests: die Journey von Kestrel Fibre über drei Jahre, mit Umfrageantworten, Beschwerden, KPIs, Anrufen, Artefakten und Maßnahmen. Dieselben Argumente ergeben immer denselben Raum.</translation>
    </message>
    <message>
        <source>generate takes exactly one ROOM file.</source>
        <translation>generate erwartet genau eine ROOM-Datei.</translation>
    </message>
    <message>
        <source>--stages needs a whole number from 1 to %1.</source>
        <translation>--stages erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--responses, --complaints and --calls need a whole number from 0 to %1.</source>
        <translation>--responses, --complaints und --calls erwarten eine ganze Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <source>--until needs YYYY-MM, e.g. 2026-10.</source>
        <translation>--until erwartet YYYY-MM, z. B. 2026-10.</translation>
    </message>
    <message>
        <source>Add a fix.</source>
        <translation>Eine Maßnahme hinzufügen.</translation>
    </message>
    <message>
        <source>What the fix changes.</source>
        <translation>Was die Maßnahme ändert.</translation>
    </message>
    <message>
        <source>The stage it is for.</source>
        <translation>Die Phase, für die sie gilt.</translation>
    </message>
    <message>
        <source>The department that owns it.</source>
        <translation>Die zuständige Abteilung.</translation>
    </message>
    <message>
        <source>Departments that contribute, comma-separated.</source>
        <translation>Beteiligte Abteilungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The KPI it must move.</source>
        <translation>Der KPI, den sie bewegen soll.</translation>
    </message>
    <message>
        <source>The survey score it must move: nps, csat or ces (default nps, or the KPI when --kpi is given).</source>
        <translation>Der Umfragewert, den sie bewegen soll: nps, csat oder ces (Standard nps, oder der KPI, wenn --kpi angegeben ist).</translation>
    </message>
    <message>
        <source>The value the metric should reach.</source>
        <translation>Der Wert, den die Kennzahl erreichen soll.</translation>
    </message>
    <message>
        <source>More about the fix.</source>
        <translation>Näheres zur Maßnahme.</translation>
    </message>
    <message>
        <source>Evidence behind it: complaint:ID, survey_response:ID, call:ID, clip:ID, artifact:ID, comma-separated.</source>
        <translation>Belege, auf denen sie beruht: complaint:ID, survey_response:ID, call:ID, clip:ID, artifact:ID, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Add a fix to the board as proposed and print its id. Its baseline (the metric over the days before today) is captured now.</source>
        <translation>Fügt dem Maßnahmen-Board eine Maßnahme als vorgeschlagen hinzu und gibt ihre ID aus. Ihr Ausgangswert (die Kennzahl über die Tage vor heute) wird sofort erfasst.</translation>
    </message>
    <message>
        <source>fix add takes a ROOM.</source>
        <translation>fix add erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>fix add needs --title and --owner.</source>
        <translation>fix add erwartet --title und --owner.</translation>
    </message>
    <message>
        <source>Give either --kpi or --metric, not both.</source>
        <translation>Geben Sie entweder --kpi oder --metric an, nicht beides.</translation>
    </message>
    <message>
        <source>No department named &quot;%1&quot; (departments: %2).</source>
        <translation>Keine Abteilung namens &quot;%1&quot; (Abteilungen: %2).</translation>
    </message>
    <message>
        <source>No KPI named &quot;%1&quot; (KPIs: %2).</source>
        <translation>Kein KPI namens &quot;%1&quot; (KPIs: %2).</translation>
    </message>
    <message>
        <source>--metric is nps, csat or ces.</source>
        <translation>--metric ist nps, csat oder ces.</translation>
    </message>
    <message>
        <source>--goal needs a number.</source>
        <translation>--goal erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>Evidence is written KIND:ID, e.g. complaint:42, not &quot;%1&quot;.</source>
        <translation>Belege werden als KIND:ID angegeben, z. B. complaint:42, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List fixes.</source>
        <translation>Maßnahmen auflisten.</translation>
    </message>
    <message>
        <source>Only fixes in this status.</source>
        <translation>Nur Maßnahmen mit diesem Status.</translation>
    </message>
    <message>
        <source>Only fixes this department owns or contributes to.</source>
        <translation>Nur Maßnahmen, für die diese Abteilung zuständig oder an denen sie beteiligt ist.</translation>
    </message>
    <message>
        <source>List the fixes board: each fix&apos;s stage, status, owner, due date, evidence, and its metric before → after.</source>
        <translation>Listet das Maßnahmen-Board auf: Phase, Status, zuständige Abteilung, Fälligkeit und Belege jeder Maßnahme sowie ihre Kennzahl vorher → nachher.</translation>
    </message>
    <message>
        <source>fix list takes a ROOM.</source>
        <translation>fix list erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>--status is proposed, in_progress, done or verified.</source>
        <translation>--status ist proposed, in_progress, done oder verified.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>No fixes yet. Add one with &apos;customer-room-cli fix add&apos;.</source>
        <translation>Noch keine Maßnahmen. Fügen Sie eine mit &apos;customer-room-cli fix add&apos; hinzu.</translation>
    </message>
    <message>
        <source>Update a fix.</source>
        <translation>Eine Maßnahme ändern.</translation>
    </message>
    <message>
        <source>The fix&apos;s id.</source>
        <translation>Die ID der Maßnahme.</translation>
    </message>
    <message>
        <source>proposed, in_progress, done or verified.</source>
        <translation>proposed, in_progress, done oder verified.</translation>
    </message>
    <message>
        <source>A new due date.</source>
        <translation>Ein neues Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>Ein neuer Titel.</translation>
    </message>
    <message>
        <source>Move a fix to another status (done records the day its result is measured from; verified keeps the measured result), or change its due date or title.</source>
        <translation>Setzt eine Maßnahme auf einen anderen Status (done hält den Tag fest, ab dem ihr Ergebnis gemessen wird; verified behält das gemessene Ergebnis) oder ändert ihr Fälligkeitsdatum oder ihren Titel.</translation>
    </message>
    <message>
        <source>fix update takes a ROOM and a fix ID.</source>
        <translation>fix update erwartet einen ROOM und eine Maßnahmen-ID.</translation>
    </message>
    <message>
        <source>The fix ID is a number, as &apos;fix list&apos; prints it.</source>
        <translation>Die Maßnahmen-ID ist eine Zahl, wie &apos;fix list&apos; sie ausgibt.</translation>
    </message>
    <message>
        <source>Say what to change: --status, --due or --title.</source>
        <translation>Geben Sie an, was sich ändern soll: --status, --due oder --title.</translation>
    </message>
    <message>
        <source>Fix %1 is %2.</source>
        <translation>Maßnahme %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>fix takes add, list or update.</source>
        <translation>fix erwartet add, list oder update.</translation>
    </message>
    <message>
        <source>followup takes list.</source>
        <translation>followup erwartet list.</translation>
    </message>
    <message>
        <source>List follow-ups.</source>
        <translation>Follow-ups auflisten.</translation>
    </message>
    <message>
        <source>Only this department&apos;s inbox (routed or escalated to it).</source>
        <translation>Nur der Posteingang dieser Abteilung (an sie geleitet oder zu ihr eskaliert).</translation>
    </message>
    <message>
        <source>Only follow-ups not yet resolved.</source>
        <translation>Nur noch nicht erledigte Follow-ups.</translation>
    </message>
    <message>
        <source>List the closed-loop follow-ups the rules raised: detractors with a comment, complaint spikes and KPIs turning red, with their department and status.</source>
        <translation>Listet die Closed-Loop-Follow-ups auf, die die Regeln angelegt haben: Detraktoren mit Kommentar, Beschwerdespitzen und KPIs, die rot werden, jeweils mit Abteilung und Status.</translation>
    </message>
    <message>
        <source>followup list takes a ROOM.</source>
        <translation>followup list erwartet einen ROOM.</translation>
    </message>
    <message>
        <source>waiting %1 days</source>
        <translation>wartet seit %1 Tagen</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Keine Follow-ups.</translation>
    </message>
    <message>
        <source>Search the room.</source>
        <translation>Den Raum durchsuchen.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Die zu suchenden Wörter.</translation>
    </message>
    <message>
        <source>At most this many hits of each kind (default 50).</source>
        <translation>Höchstens so viele Treffer je Art (Standard 50).</translation>
    </message>
    <message>
        <source>Search complaint texts, survey comments, call transcripts and fixes. Every word must appear (as the start of a word, accents ignored); hits are grouped by stage, newest first.</source>
        <translation>Durchsucht Beschwerdetexte, Umfragekommentare, Anruftranskripte und Maßnahmen. Jedes Wort muss vorkommen (als Wortanfang, Akzente werden ignoriert); Treffer werden nach Phase gruppiert, neueste zuerst.</translation>
    </message>
    <message>
        <source>search takes a ROOM and the TEXT to find.</source>
        <translation>search erwartet einen ROOM und den zu suchenden TEXT.</translation>
    </message>
    <message>
        <source>%1 matches: %2 complaints, %3 survey comments, %4 calls, %5 fixes.</source>
        <translation>%1 Treffer: %2 Beschwerden, %3 Umfragekommentare, %4 Anrufe, %5 Maßnahmen.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Export the room.</source>
        <translation>Den Raum exportieren.</translation>
    </message>
    <message>
        <source>complaints, fixes or followups, then OUT.csv.</source>
        <translation>complaints, fixes oder followups, danach OUT.csv.</translation>
    </message>
    <message>
        <source>The PDF report to write.</source>
        <translation>Der zu schreibende PDF-Bericht.</translation>
    </message>
    <message>
        <source>First day (inclusive).</source>
        <translation>Erster Tag (einschließlich).</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Letzter Tag (einschließlich).</translation>
    </message>
    <message>
        <source>Mask personal data in free text, as on a shared screen.</source>
        <translation>Personenbezogene Daten in Freitext maskieren, wie auf einem geteilten Bildschirm.</translation>
    </message>
    <message>
        <source>Usage: export ROOM --csv complaints|fixes|followups OUT.csv.</source>
        <translation>Aufruf: export ROOM --csv complaints|fixes|followups OUT.csv.</translation>
    </message>
    <message>
        <source>--csv is complaints, fixes or followups.</source>
        <translation>--csv ist complaints, fixes oder followups.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%1 Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Usage: export ROOM --pdf OUT.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--paper a4|letter].</source>
        <translation>Aufruf: export ROOM --pdf OUT.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--paper a4|letter].</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper ist a4 oder letter.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2 pages) to %3.</source>
        <translation>Bericht für %1 (%2 Seiten) in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Paper of the PDF report: a4 (default) or letter.</source>
        <translation>Papierformat des PDF-Berichts: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Write one table of the room as CSV: export ROOM --csv complaints|fixes|followups OUT.csv. Or the PDF report, a cover, a page per stage, fixes, follow-ups and the metric formulas, with personal data always masked: export ROOM --pdf OUT.pdf [--from --to] [--paper a4|letter]. The file is written whole or not at all.</source>
        <translation>Schreibt eine Tabelle des Raums als CSV: export ROOM --csv complaints|fixes|followups OUT.csv. Oder den PDF-Bericht mit Deckblatt, einer Seite je Phase, Maßnahmen, Follow-ups und den Formeln der Kennzahlen, personenbezogene Daten stets maskiert: export ROOM --pdf OUT.pdf [--from --to] [--paper a4|letter]. Die Datei wird ganz oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export either --pdf or --csv, not both.</source>
        <translation>Exportieren Sie entweder --pdf oder --csv, nicht beides.</translation>
    </message>
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

  generate ROOM --stages N --responses N --complaints N --calls N
      Fill a room with a large generated company (benchmarks).
  import ROOM --kind KIND [--format F] [--stage S] [--map ...] FILE...
      Take exports in: surveys, complaints, KPIs, calls, artifacts.
  feed add|list|remove ROOM ...    sync ROOM [--feed NAME]
      Keep folders, files and URLs as feeds and take only what is new.
  rules add|list|apply|move ROOM ... unassigned list ROOM [--json]
      Sort evidence to stages; list what no stage claimed.
  fix add|list|update ROOM ...     followup list ROOM [--json]
      The fixes board and the departments&apos; follow-up inboxes.
  search ROOM TEXT [--json]
      Find words in complaints, survey comments, calls and fixes.
  export ROOM --csv complaints|fixes|followups OUT.csv
      Write one table of the room as CSV.

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

  generate ROOM --stages N --responses N --complaints N --calls N
      Füllt einen Raum mit einem großen, erzeugten Unternehmen (Benchmarks).
  import ROOM --kind KIND [--format F] [--stage S] [--map ...] FILE...
      Liest Exporte ein: Umfragen, Beschwerden, KPIs, Anrufe, Artefakte.
  feed add|list|remove ROOM ...    sync ROOM [--feed NAME]
      Führt Ordner, Dateien und URLs als Feeds und liest nur Neues ein.
  rules add|list|apply|move ROOM ... unassigned list ROOM [--json]
      Ordnet Belege den Phasen zu; listet auf, was ohne Phase blieb.
  fix add|list|update ROOM ...     followup list ROOM [--json]
      Das Maßnahmen-Board und die Follow-up-Posteingänge der Abteilungen.
  search ROOM TEXT [--json]
      Findet Wörter in Beschwerden, Umfragekommentaren, Anrufen, Maßnahmen.
  export ROOM --csv complaints|fixes|followups OUT.csv
      Schreibt eine Tabelle des Raums als CSV.

&apos;customer-room-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 OK, 1 falscher Aufruf, 2 Raum oder Datei nicht lesbar,
3 Datensätze teilweise abgelehnt, 4 nichts importiert.
</translation>
    </message>
    <message>
        <source>Move a rule.</source>
        <translation>Eine Regel verschieben.</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as &apos;rules list&apos; shows it.</source>
        <translation>Die Nummer der Regel, wie &apos;rules list&apos; sie zeigt.</translation>
    </message>
    <message>
        <source>Its place in the list, from 1 (runs first).</source>
        <translation>Ihr Platz in der Liste, ab 1 (läuft zuerst).</translation>
    </message>
    <message>
        <source>Rules run top to bottom and the first that matches wins: put a rule at another place in the list.</source>
        <translation>Regeln laufen von oben nach unten, und die erste, die passt, gewinnt: eine Regel an einen anderen Platz der Liste setzen.</translation>
    </message>
    <message>
        <source>rules move takes a ROOM, a rule ID and --to N.</source>
        <translation>rules move erwartet einen ROOM, eine Regel-ID und --to N.</translation>
    </message>
    <message>
        <source>There is no rule %1 (&apos;rules list&apos; shows them).</source>
        <translation>Es gibt keine Regel %1 (&apos;rules list&apos; zeigt sie).</translation>
    </message>
    <message>
        <source>Rule %1 now runs %2 of %3.</source>
        <translation>Regel %1 läuft jetzt als %2 von %3.</translation>
    </message>
    <message>
        <source>rules takes add, list, apply or move.</source>
        <translation>rules nimmt add, list, apply oder move.</translation>
    </message>
</context>
<context>
    <name>ClipStore</name>
    <message>
        <source>The clip&apos;s start or end is not a time.</source>
        <translation>Start oder Ende des Clips ist keine Zeitangabe.</translation>
    </message>
    <message>
        <source>A clip cannot start before the call does (it starts at %1 s).</source>
        <translation>Ein Clip kann nicht vor dem Anruf beginnen (der Clip beginnt bei %1 s).</translation>
    </message>
    <message>
        <source>A clip must end after it starts: it starts at %1 and ends at %2. Mark the end later.</source>
        <translation>Ein Clip muss nach seinem Start enden: Er beginnt bei %1 und endet bei %2. Markieren Sie das Ende später.</translation>
    </message>
    <message>
        <source>The clip ends at %1 but the call is only %2 long. Mark the end within the call.</source>
        <translation>Der Clip endet bei %1, der Anruf ist aber nur %2 lang. Markieren Sie das Ende innerhalb des Anrufs.</translation>
    </message>
    <message>
        <source>Reading the call&apos;s length</source>
        <translation>Lesen der Anrufdauer</translation>
    </message>
    <message>
        <source>There is no call %1 in this room; it may have been deleted.</source>
        <translation>In diesem Raum gibt es keinen Anruf %1; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Saving the clip</source>
        <translation>Speichern des Clips</translation>
    </message>
    <message>
        <source>Changing the clip</source>
        <translation>Ändern des Clips</translation>
    </message>
    <message>
        <source>Deleting the clip</source>
        <translation>Löschen des Clips</translation>
    </message>
    <message>
        <source>There is no clip %1 in this room; it may have been deleted already.</source>
        <translation>In diesem Raum gibt es keinen Clip %1; er wurde möglicherweise bereits gelöscht.</translation>
    </message>
    <message>
        <source>Reading a clip</source>
        <translation>Lesen eines Clips</translation>
    </message>
    <message>
        <source>There is no clip %1 in this room; it may have been deleted.</source>
        <translation>In diesem Raum gibt es keinen Clip %1; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Reading the call&apos;s clips</source>
        <translation>Lesen der Clips des Anrufs</translation>
    </message>
    <message>
        <source>Featuring the clip</source>
        <translation>Hervorheben des Clips</translation>
    </message>
    <message>
        <source>There is no stage %1 in this room; it may have been deleted.</source>
        <translation>In diesem Raum gibt es keine Phase %1; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>Reading the stage&apos;s featured clip</source>
        <translation>Lesen des hervorgehobenen Clips der Phase</translation>
    </message>
    <message>
        <source>Reading the featured clips</source>
        <translation>Lesen der hervorgehobenen Clips</translation>
    </message>
</context>
<context>
    <name>DemoClips</name>
    <message>
        <source>Customer finds the £52 price behind a star</source>
        <translation>Kunde entdeckt den Preis von £52 hinter einem Sternchen</translation>
    </message>
    <message>
        <source>Customer tried the address checker three times</source>
        <translation>Kunde hat die Adressprüfung dreimal versucht</translation>
    </message>
    <message>
        <source>Customer took a day off and nobody came</source>
        <translation>Kunde nahm sich einen Tag frei, und niemand kam</translation>
    </message>
    <message>
        <source>After the fix: a two-hour slot and the engineer on a map</source>
        <translation>Nach der Maßnahme: ein Zwei-Stunden-Fenster und der Techniker auf der Karte</translation>
    </message>
    <message>
        <source>Customer tested three nights in a row</source>
        <translation>Kunde hat drei Nächte hintereinander getestet</translation>
    </message>
    <message>
        <source>Customer explains the fault for the third time</source>
        <translation>Kunde erklärt die Störung zum dritten Mal</translation>
    </message>
    <message>
        <source>Passed from sales to engineering to care</source>
        <translation>Vom Vertrieb an die Technik an den Kundenservice weitergereicht</translation>
    </message>
    <message>
        <source>Nobody mentioned the pro-rata charge</source>
        <translation>Niemand hat die anteilige Gebühr erwähnt</translation>
    </message>
    <message>
        <source>Why do I have to threaten to leave for a fair price?</source>
        <translation>Warum muss ich mit Kündigung drohen, um einen fairen Preis zu bekommen?</translation>
    </message>
    <message>
        <source>The demo has no call &quot;%1&quot; to take a clip from.</source>
        <translation>Die Demo hat keinen Anruf &quot;%1&quot;, aus dem sich ein Clip nehmen lässt.</translation>
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
    <message>
        <source>Cancelled; the demo room was not created.</source>
        <translation>Abgebrochen; der Demo-Raum wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Stages and departments</source>
        <translation>Phasen und Abteilungen</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Belege für %1</translation>
    </message>
    <message>
        <source>Calls and artifacts</source>
        <translation>Anrufe und Artefakte</translation>
    </message>
    <message>
        <source>Fixes and reviews</source>
        <translation>Maßnahmen und Reviews</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Missed engineer appointment</source>
        <translation>Techniker nicht erschienen</translation>
    </message>
    <message>
        <source>Billing question</source>
        <translation>Frage zur Rechnung</translation>
    </message>
    <message>
        <source>Cannot cancel online</source>
        <translation>Online-Kündigung nicht möglich</translation>
    </message>
    <message>
        <source>Installation date moved</source>
        <translation>Installationstermin verschoben</translation>
    </message>
    <message>
        <source>received_at &quot;31/09&quot; is not a date (write 2026-10-31 or 2026-10-31T14:05).</source>
        <translation>received_at „31/09“ ist kein Datum (schreiben Sie 2026-10-31 oder 2026-10-31T14:05).</translation>
    </message>
    <message>
        <source>The row has 2 fields where the header has 3 (a wrong delimiter or a stray quote?).</source>
        <translation>Die Zeile hat 2 Felder, die Kopfzeile 3 (falsches Trennzeichen oder ein verirrtes Anführungszeichen?).</translation>
    </message>
    <message>
        <source>Generic complaints CSV, delimiter &apos;,&apos;.</source>
        <translation>Allgemeine Beschwerde-CSV, Trennzeichen &apos;,&apos;.</translation>
    </message>
    <message>
        <source>Field Engineering to roll two-hour windows out to every region.</source>
        <translation>Field Engineering soll Zwei-Stunden-Fenster in allen Regionen einführen.</translation>
    </message>
    <message>
        <source>Customer Care and Digital to scope one case history across channels.</source>
        <translation>Customer Care und Digital sollen den Umfang einer kanalübergreifenden Fallhistorie klären.</translation>
    </message>
    <message>
        <source>Billing to explain the part-month charge before checkout, not after the first bill.</source>
        <translation>Billing soll die Gebühr für den angebrochenen Monat vor dem Checkout erklären, nicht erst nach der ersten Rechnung.</translation>
    </message>
    <message>
        <source>Listen to a &apos;Renew or leave&apos; call at every review until churn is back under target.</source>
        <translation>Bei jedem Review einen Anruf aus &apos;Renew or leave&apos; anhören, bis die Abwanderung wieder unter dem Zielwert liegt.</translation>
    </message>
    <message>
        <source>Verify the two-hour windows against installs on first appointment.</source>
        <translation>Die Zwei-Stunden-Fenster anhand der Installationen beim ersten Termin verifizieren.</translation>
    </message>
    <message>
        <source>Customer Care to bring a call-back plan to the next review.</source>
        <translation>Customer Care soll zum nächsten Review einen Rückrufplan mitbringen.</translation>
    </message>
    <message>
        <source>Sales and Care to agree one loyalty price before renewal letters go out.</source>
        <translation>Sales und Care sollen sich auf einen Treuepreis einigen, bevor die Verlängerungsschreiben verschickt werden.</translation>
    </message>
    <message>
        <source>Called the customer back; apologised and applied a £20 credit.</source>
        <translation>Kunden zurückgerufen; entschuldigt und eine Gutschrift über 20 £ erteilt.</translation>
    </message>
    <message>
        <source>Rang twice, no answer; sent an e-mail with a direct number.</source>
        <translation>Zweimal angerufen, niemand erreicht; E-Mail mit Durchwahl geschickt.</translation>
    </message>
    <message>
        <source>Spoke to the customer; engineer rebooked for a two-hour slot.</source>
        <translation>Mit dem Kunden gesprochen; Techniker für ein Zwei-Stunden-Fenster neu gebucht.</translation>
    </message>
    <message>
        <source>Customer happy after the call; the bill was corrected.</source>
        <translation>Kunde nach dem Anruf zufrieden; die Rechnung wurde korrigiert.</translation>
    </message>
    <message>
        <source>Called back; the speed issue is a line fault, ticket raised with the network team.</source>
        <translation>Zurückgerufen; das Geschwindigkeitsproblem ist eine Leitungsstörung, Ticket beim Netzteam eröffnet.</translation>
    </message>
    <message>
        <source>Root cause found and a fix proposed on the board.</source>
        <translation>Ursache gefunden und eine Maßnahme auf dem Board vorgeschlagen.</translation>
    </message>
    <message>
        <source>Reviewed with the team leads; a weekly check is in place.</source>
        <translation>Mit den Teamleitungen besprochen; eine wöchentliche Prüfung ist eingerichtet.</translation>
    </message>
</context>
<context>
    <name>EvidenceSearch</name>
    <message>
        <source>Searching the room</source>
        <translation>Durchsuchen des Raums</translation>
    </message>
    <message>
        <source>Searching complaints</source>
        <translation>Durchsuchen der Beschwerden</translation>
    </message>
    <message>
        <source>Searching survey comments</source>
        <translation>Durchsuchen der Umfragekommentare</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Searching calls</source>
        <translation>Durchsuchen der Anrufe</translation>
    </message>
    <message>
        <source>Searching fixes</source>
        <translation>Durchsuchen der Maßnahmen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>FeedKeychain</name>
    <message>
        <source>No system keychain is available%1, so the credentials were not saved. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) and save the feed again; until then it syncs without them.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar%1, daher wurden die Zugangsdaten nicht gespeichert. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet) und speichern Sie den Feed erneut; bis dahin synchronisiert er ohne sie.</translation>
    </message>
    <message>
        <source>No system keychain is available%1: the feed syncs without credentials, and a server that needs them will refuse it. Start your desktop&apos;s keyring to use them.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar%1: Der Feed synchronisiert ohne Zugangsdaten, und ein Server, der welche verlangt, weist ihn ab. Starten Sie den Schlüsselbund Ihres Desktops, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain refused access%1; the feed syncs without credentials.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert%1; der Feed synchronisiert ohne Zugangsdaten.</translation>
    </message>
    <message>
        <source>The old credentials could not be removed from the keychain%1.</source>
        <translation>Die alten Zugangsdaten ließen sich nicht aus dem Schlüsselbund entfernen%1.</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the download.</source>
        <translation>Für den Download lässt sich kein temporärer Ordner anlegen.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>The server refused access (HTTP %1). Check the feed&apos;s token or user name and password.</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP %1). Prüfen Sie das Token bzw. Benutzername und Passwort des Feeds.</translation>
    </message>
    <message>
        <source>Nothing at this address (HTTP 404). Check the feed&apos;s URL.</source>
        <translation>Unter dieser Adresse gibt es nichts (HTTP 404). Prüfen Sie die URL des Feeds.</translation>
    </message>
    <message>
        <source>The feed&apos;s folder or file is not there (moved, or a drive not connected?).</source>
        <translation>Ordner oder Datei des Feeds sind nicht vorhanden (verschoben oder ein Laufwerk nicht verbunden?).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
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
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Customer channel</source>
        <translation>Kundenkanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FixStore</name>
    <message>
        <source>Reading fixes</source>
        <translation>Lesen der Maßnahmen</translation>
    </message>
    <message>
        <source>Reading fix departments</source>
        <translation>Lesen der Abteilungen je Maßnahme</translation>
    </message>
    <message>
        <source>Reading fix moments</source>
        <translation>Lesen der Momente je Maßnahme</translation>
    </message>
    <message>
        <source>Reading fix evidence</source>
        <translation>Lesen der Belege zu Maßnahmen</translation>
    </message>
    <message>
        <source>There is no fix %1 in this room.</source>
        <translation>In diesem Raum gibt es keine Maßnahme %1.</translation>
    </message>
    <message>
        <source>Counting fixes</source>
        <translation>Zählen der Maßnahmen</translation>
    </message>
    <message>
        <source>A fix needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>A fix needs an owner department of this room.</source>
        <translation>Eine Maßnahme braucht eine zuständige Abteilung dieses Raums.</translation>
    </message>
    <message>
        <source>A fix&apos;s metric is NPS, CSAT, CES or a KPI, not &quot;%1&quot;.</source>
        <translation>Die Kennzahl einer Maßnahme ist NPS, CSAT, CES oder ein KPI, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A fix that must move a KPI needs to name it.</source>
        <translation>Eine Maßnahme, die einen KPI bewegen soll, muss ihn nennen.</translation>
    </message>
    <message>
        <source>A fix that must move a survey score needs a stage to measure it in.</source>
        <translation>Eine Maßnahme, die einen Umfragewert bewegen soll, braucht eine Phase, in der er gemessen wird.</translation>
    </message>
    <message>
        <source>Adding fix &quot;%1&quot;</source>
        <translation>Hinzufügen der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Updating the links of fix &quot;%1&quot;</source>
        <translation>Aktualisieren der Verknüpfungen der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Linking fix &quot;%1&quot; to a department</source>
        <translation>Verknüpfen der Maßnahme &quot;%1&quot; mit einer Abteilung</translation>
    </message>
    <message>
        <source>Linking fix &quot;%1&quot; to a moment</source>
        <translation>Verknüpfen der Maßnahme &quot;%1&quot; mit einem Moment</translation>
    </message>
    <message>
        <source>Linking evidence to fix &quot;%1&quot;</source>
        <translation>Verknüpfen von Belegen mit der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Placing the fix on the board</source>
        <translation>Einordnen der Maßnahme auf dem Board</translation>
    </message>
    <message>
        <source>Saving fix &quot;%1&quot;</source>
        <translation>Speichern der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the board</source>
        <translation>Lesen des Boards</translation>
    </message>
    <message>
        <source>Ordering the board</source>
        <translation>Sortieren des Boards</translation>
    </message>
    <message>
        <source>Moving fix &quot;%1&quot;</source>
        <translation>Verschieben der Maßnahme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Removing a fix</source>
        <translation>Entfernen einer Maßnahme</translation>
    </message>
    <message>
        <source>Linking evidence to a fix</source>
        <translation>Verknüpfen von Belegen mit einer Maßnahme</translation>
    </message>
    <message>
        <source>Unlinking evidence from a fix</source>
        <translation>Lösen der Verknüpfung von Belegen mit einer Maßnahme</translation>
    </message>
    <message>
        <source>Reading a fix&apos;s evidence</source>
        <translation>Belege einer Maßnahme lesen</translation>
    </message>
    <message>
        <source>(no longer in the room)</source>
        <translation>(nicht mehr im Raum)</translation>
    </message>
</context>
<context>
    <name>FixesBoard</name>
    <message>
        <source>No metric to move</source>
        <translation>Keine Zielkennzahl</translation>
    </message>
    <message>
        <source>%1 %2 before · result after it has run a while</source>
        <translation>%1 %2 vorher · Ergebnis, wenn sie eine Weile gewirkt hat</translation>
    </message>
    <message>
        <source>%1 %2 before (n %3)</source>
        <translation>%1 %2 vorher (n %3)</translation>
    </message>
    <message>
        <source> (n %1 → %2, significant)</source>
        <translation> (n %1 → %2, signifikant)</translation>
    </message>
    <message>
        <source> (n %1 → %2, ≈ not significant)</source>
        <translation> (n %1 → %2, ≈ nicht signifikant)</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>New fix “%1”</source>
        <translation>Neue Maßnahme „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 %2 before (1 month)</source>
        <translation>%1 %2 vorher (1 Monat)</translation>
    </message>
    <message>
        <source>%1 %2 before (%3 months)</source>
        <translation>%1 %2 vorher (%3 Monate)</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>Detractor (%1 of 10) on %2: “%3”</source>
        <translation>Detraktor (%1 von 10) in %2: „%3“</translation>
    </message>
    <message>
        <source>Answered %1: %2</source>
        <translation>Antwort vom %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete am %2: %3</translation>
    </message>
    <message>
        <source>Complaint spike on %1: %2</source>
        <translation>Beschwerdespitze in %1: %2</translation>
    </message>
    <message>
        <source>%1 complaints in %2 against %3 a month over the %4 months before.</source>
        <translation>%1 Beschwerden im %2 gegenüber %3 pro Monat in den %4 Monaten davor.</translation>
    </message>
    <message>
        <source>%1 turned red in %2</source>
        <translation>%1 ist im %2 rot geworden</translation>
    </message>
    <message>
        <source>%1%2 against a target of %3%2.</source>
        <translation>%1%2 bei einem Ziel von %3%2.</translation>
    </message>
    <message>
        <source>Unresolved after %1 days.</source>
        <translation>Nach %1 Tagen nicht erledigt.</translation>
    </message>
    <message>
        <source>Unresolved after %1 days; for %2, who leads %3.</source>
        <translation>Nach %1 Tagen nicht erledigt; für %2, Leitung von %3.</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>Reading follow-ups</source>
        <translation>Lesen der Follow-ups</translation>
    </message>
    <message>
        <source>Reading follow-up evidence</source>
        <translation>Lesen der Belege zu Follow-ups</translation>
    </message>
    <message>
        <source>Reading a follow-up</source>
        <translation>Lesen eines Follow-ups</translation>
    </message>
    <message>
        <source>There is no follow-up %1 in this room.</source>
        <translation>In diesem Raum gibt es kein Follow-up %1.</translation>
    </message>
    <message>
        <source>Raising a follow-up</source>
        <translation>Anlegen eines Follow-ups</translation>
    </message>
    <message>
        <source>Linking evidence to a follow-up</source>
        <translation>Verknüpfen von Belegen mit einem Follow-up</translation>
    </message>
    <message>
        <source>Acknowledging a follow-up</source>
        <translation>Bestätigen eines Follow-ups</translation>
    </message>
    <message>
        <source>Say in a note how the follow-up was resolved.</source>
        <translation>Beschreiben Sie in einer Notiz, wie das Follow-up erledigt wurde.</translation>
    </message>
    <message>
        <source>Resolving a follow-up</source>
        <translation>Erledigen eines Follow-ups</translation>
    </message>
    <message>
        <source>Escalating a follow-up</source>
        <translation>Eskalieren eines Follow-ups</translation>
    </message>
    <message>
        <source>Restoring a follow-up</source>
        <translation>Wiederherstellen eines Follow-ups</translation>
    </message>
    <message>
        <source>Counting follow-ups</source>
        <translation>Zählen der Follow-ups</translation>
    </message>
    <message>
        <source>Reading detractors</source>
        <translation>Lesen der Detraktoren</translation>
    </message>
    <message>
        <source>Counting complaints by month</source>
        <translation>Zählen der Beschwerden je Monat</translation>
    </message>
    <message>
        <source>Reading the first complaint</source>
        <translation>Lesen der ersten Beschwerde</translation>
    </message>
    <message>
        <source>Reading a month&apos;s complaints</source>
        <translation>Lesen der Beschwerden eines Monats</translation>
    </message>
    <message>
        <source>Follow-ups escalate after 1 to 365 days, not %1.</source>
        <translation>Follow-ups eskalieren nach 1 bis 365 Tagen, nicht nach %1.</translation>
    </message>
    <message>
        <source>Reading a survey answer</source>
        <translation>Lesen einer Umfrageantwort</translation>
    </message>
    <message>
        <source>There is no survey answer %1 in this room any more.</source>
        <translation>In diesem Raum gibt es keine Umfrageantwort %1 mehr.</translation>
    </message>
    <message>
        <source>Reading a follow-up&apos;s complaints</source>
        <translation>Lesen der Beschwerden eines Follow-ups</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>The room cannot be read (%1). Close this window and open the room again.</source>
        <translation>Der Raum kann nicht gelesen werden (%1). Schließen Sie dieses Fenster und öffnen Sie den Raum erneut.</translation>
    </message>
    <message>
        <source>This department is no longer in the room.</source>
        <translation>Diese Abteilung ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>of 10 · NPS detractor</source>
        <translation>von 10 · NPS-Detraktor</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete am %2</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Antwort vom %1</translation>
    </message>
    <message>
        <source>%1 complaints linked; the latest %2:</source>
        <translation>%1 Beschwerden verknüpft; die neuesten %2:</translation>
    </message>
    <message>
        <source>Raised %1 by the rule “%2”, routed to %3.</source>
        <translation>Angelegt am %1 durch die Regel „%2“, zugewiesen an %3.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>Acknowledged %1.</source>
        <translation>Bestätigt am %1.</translation>
    </message>
    <message>
        <source>%1 Escalated %2 to %3.</source>
        <translation>%1 Eskaliert am %2 an %3.</translation>
    </message>
    <message>
        <source>✓ Resolved %1:</source>
        <translation>✓ Erledigt am %1:</translation>
    </message>
    <message>
        <source>%1 Open for %2, longer than the room&apos;s %3 days.</source>
        <translation>%1 %2 offen, länger als die im Raum eingestellten %3 Tage.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>This follow-up links no evidence.</source>
        <translation>Mit diesem Follow-up sind keine Belege verknüpft.</translation>
    </message>
    <message>
        <source>The evidence it linked is no longer in the room.</source>
        <translation>Die verknüpften Belege sind nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <source>Complaint spike</source>
        <translation>Beschwerdespitze</translation>
    </message>
    <message>
        <source>KPI turned red</source>
        <translation>KPI rot geworden</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
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
    <message>
        <source>no target set</source>
        <translation>kein Ziel festgelegt</translation>
    </message>
    <message>
        <source>the mean of its monthly values</source>
        <translation>der Mittelwert seiner Monatswerte</translation>
    </message>
    <message>
        <source>the sum of its monthly values (a count)</source>
        <translation>die Summe seiner Monatswerte (eine Anzahl)</translation>
    </message>
    <message>
        <source>its last monthly value</source>
        <translation>sein letzter Monatswert</translation>
    </message>
    <message>
        <source>The period&apos;s value is %1 (%2 months).</source>
        <translation>Der Wert des Zeitraums ist %1 (%2 Monate).</translation>
    </message>
    <message>
        <source>The period&apos;s value is its month&apos;s value.</source>
        <translation>Der Wert des Zeitraums ist der Wert seines Monats.</translation>
    </message>
    <message>
        <source>Trend: the last %1 quarters, each %2.</source>
        <translation>Verlauf: die letzten %1 Quartale, jeweils %2.</translation>
    </message>
    <message>
        <source>Trend: the last %1 months.</source>
        <translation>Verlauf: die letzten %1 Monate.</translation>
    </message>
</context>
<context>
    <name>HurtRanking</name>
    <message>
        <source>Hurt = 100 × (0.35·V + 0.15·R + 0.30·D + 0.20·K) × (1 − 0.1·F, at most 3 fixes).
V: share of all the period&apos;s complaints. R: rise against the same days before, (now − before) ÷ max(before, 5), from 0 to 1. D: share of NPS answers that are detractors (0 below 30 answers). K: share of KPIs off target (red 1, amber ½). F: open fixes already on it.
Categories: 100 × (0.7·V + 0.3·R) × the fix discount. Moments: 100 × (0.5·K + 0.5·D of their stage) × the fix discount.</source>
        <translation>Schmerzwert = 100 × (0.35·V + 0.15·R + 0.30·D + 0.20·K) × (1 − 0.1·F, höchstens 3 Maßnahmen).
V: Anteil an allen Beschwerden des Zeitraums. R: Anstieg gegenüber denselben Tagen davor, (jetzt − vorher) ÷ max(vorher, 5), von 0 bis 1. D: Anteil der NPS-Antworten von Detraktoren (0 unter 30 Antworten). K: Anteil der KPIs, die ihr Ziel verfehlen (Rot 1, Gelb ½). F: offene Maßnahmen, die bereits daran arbeiten.
Kategorien: 100 × (0.7·V + 0.3·R) × Maßnahmenabschlag. Momente: 100 × (0.5·K + 0.5·D ihrer Phase) × Maßnahmenabschlag.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1 (Datei %2 von %3)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Import cancelled: the file in progress was rolled back.</source>
        <translation>Import abgebrochen: Die gerade verarbeitete Datei wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>1 file refused</source>
        <translation>1 Datei zurückgewiesen</translation>
    </message>
    <message>
        <source>%1 files refused</source>
        <translation>%1 Dateien zurückgewiesen</translation>
    </message>
    <message>
        <source>%1 waiting in the Unassigned tray</source>
        <translation>%1 in der Ablage „Nicht zugeordnet“</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A rule needs a keyword or a pattern.</source>
        <translation>Eine Regel braucht ein Stichwort oder ein Muster.</translation>
    </message>
    <message>
        <source>%1 records have no field &quot;%2&quot;; use one of: any, %3.</source>
        <translation>Datensätze vom Typ %1 haben kein Feld &quot;%2&quot;; verwenden Sie eines von: any, %3.</translation>
    </message>
    <message>
        <source>A rule must set a stage, a category or both.</source>
        <translation>Eine Regel muss eine Phase, eine Kategorie oder beides festlegen.</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression: %1</source>
        <translation>Das Muster ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Cannot start the CSV reader (out of memory).</source>
        <translation>Der CSV-Leser kann nicht starten (zu wenig Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1: it was cut short, or a quote is missing.</source>
        <translation>Die Datei endet in einem Feld in Anführungszeichen, das in Zeile %1 beginnt: Sie ist abgeschnitten, oder ein Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>Cannot read the CSV near line %1: %2</source>
        <translation>Die CSV-Datei ist um Zeile %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Generic complaints CSV</source>
        <translation>Allgemeine Beschwerde-CSV</translation>
    </message>
    <message>
        <source>header has received_at and text</source>
        <translation>Kopfzeile mit received_at und text</translation>
    </message>
    <message>
        <source>a CSV file; the generic layout needs --map for its columns</source>
        <translation>eine CSV-Datei; das allgemeine Layout braucht --map für seine Spalten</translation>
    </message>
    <message>
        <source>--map names a column &quot;%1&quot; that is not in the header (%2).</source>
        <translation>--map nennt eine Spalte &quot;%1&quot;, die nicht in der Kopfzeile steht (%2).</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; column. The header has: %2. Name the column with --map %1=COLUMN.</source>
        <translation>Keine Spalte &quot;%1&quot;. Die Kopfzeile enthält: %2. Geben Sie die Spalte an (--map %1=COLUMN).</translation>
    </message>
    <message>
        <source>Generic complaints CSV, delimiter &apos;%1&apos;.</source>
        <translation>Allgemeine Beschwerde-CSV, Trennzeichen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2 (a wrong delimiter or a stray quote?).</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2 (falsches Trennzeichen oder ein überzähliges Anführungszeichen?).</translation>
    </message>
    <message>
        <source>received_at is empty.</source>
        <translation>received_at ist leer.</translation>
    </message>
    <message>
        <source>received_at &quot;%1&quot; is not a date (write 2026-10-31 or 2026-10-31T14:05).</source>
        <translation>received_at &quot;%1&quot; ist kein Datum (schreiben Sie 2026-10-31 oder 2026-10-31T14:05).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (use open, in_progress, resolved or closed).</source>
        <translation>Unbekannter Status &quot;%1&quot; (zulässig: open, in_progress, resolved oder closed).</translation>
    </message>
    <message>
        <source>No stage named &quot;%1&quot; in this room (stages: %2). Add the stage, fix the file, or import with --stage.</source>
        <translation>In diesem Raum gibt es keine Phase namens &quot;%1&quot; (Phasen: %2). Legen Sie die Phase an, korrigieren Sie die Datei oder geben Sie --stage an.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has %2 values for %3 (lines %4 and %5): the rows are finer than a month. Say how to combine them with --aggregate sum, mean or last.</source>
        <translation>KPI &quot;%1&quot; hat %2 Werte für %3 (Zeilen %4 und %5): Die Zeilen sind feiner als ein Monat. Geben Sie an, wie sie zusammengefasst werden: --aggregate sum, mean oder last.</translation>
    </message>
    <message>
        <source>The complaint has no valid date.</source>
        <translation>Die Beschwerde hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 score %2 is outside its %3-%4 scale.</source>
        <translation>%1-Wert %2 liegt außerhalb seiner Skala %3-%4.</translation>
    </message>
    <message>
        <source>The response has no valid date.</source>
        <translation>Die Antwort hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>A KPI value needs a KPI name and a valid period.</source>
        <translation>Ein KPI-Wert braucht einen KPI-Namen und einen gültigen Zeitraum.</translation>
    </message>
    <message>
        <source>The call has no valid start time.</source>
        <translation>Der Anruf hat keine gültige Startzeit.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stage named &quot;%1&quot; in this room. Stages: %2.</source>
        <translation>In diesem Raum gibt es keine Phase namens &quot;%1&quot;. Phasen: %2.</translation>
    </message>
    <message>
        <source>The room is busy or read-only; nothing was imported.</source>
        <translation>Der Raum ist belegt oder schreibgeschützt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing from this file was imported.</source>
        <translation>Abgebrochen; aus dieser Datei wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Every row was rejected: nothing was imported. Is this the right format (--format) and kind (--kind)?</source>
        <translation>Alle Zeilen wurden abgelehnt: Es wurde nichts importiert. Stimmen Format (--format) und Art (--kind)?</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>Die Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>This is not a text file, and no %1 format reads it (a spreadsheet or an archive? Export it as CSV).</source>
        <translation>Dies ist keine Textdatei, und kein Format für %1 kann sie lesen (eine Tabelle oder ein Archiv? Exportieren Sie sie als CSV).</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Cannot tell which %1 format this file is. Name it with --format (one of: %2).</source>
        <translation>Nicht erkennbar, in welchem Format für %1 diese Datei vorliegt. Geben Sie es an (--format, eines von: %2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>This is a folder; give a file, or add the folder as a feed.</source>
        <translation>Dies ist ein Ordner; geben Sie eine Datei an oder fügen Sie den Ordner als Feed hinzu.</translation>
    </message>
    <message>
        <source>There is no %1 format named &quot;%2&quot;. Formats for %1: auto, %3.</source>
        <translation>Für %1 gibt es kein Format namens &quot;%2&quot;. Formate für %1: auto, %3.</translation>
    </message>
    <message>
        <source>%1 (named with --format)</source>
        <translation>%1 (angegeben mit --format)</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Try UTF-8, UTF-16, ISO-8859-1 or windows-1252.</source>
        <translation>Unbekannte Kodierung &quot;%1&quot;. Versuchen Sie UTF-8, UTF-16, ISO-8859-1 oder windows-1252.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data: an image, a spreadsheet or an archive?). Export it as CSV or JSON.</source>
        <translation>Dies ist keine Textdatei (sie enthält Binärdaten: ein Bild, eine Tabelle oder ein Archiv?). Exportieren Sie sie als CSV oder JSON.</translation>
    </message>
    <message>
        <source>The file is not readable as %1 (near line %2). Give its encoding with --encoding, e.g. --encoding windows-1252.</source>
        <translation>Die Datei ist als %1 nicht lesbar (um Zeile %2). Geben Sie ihre Kodierung an, z. B. --encoding windows-1252.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data near line %1).</source>
        <translation>Dies ist keine Textdatei (sie enthält Binärdaten um Zeile %1).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (near line %1). If it was saved in another encoding, give it with --encoding, e.g. --encoding windows-1252.</source>
        <translation>Die Datei ist kein UTF-8-Text (um Zeile %1). Wurde sie in einer anderen Kodierung gespeichert, geben Sie diese an, z. B. --encoding windows-1252.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Die Datei lässt sich nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>The file is %1 MB; artifacts larger than %2 MB are not imported. Import a smaller copy (a scan at lower resolution, page 1 only).</source>
        <translation>Die Datei ist %1 MB groß; Artefakte über %2 MB werden nicht importiert. Importieren Sie eine kleinere Kopie (ein Scan mit geringerer Auflösung, nur Seite 1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Call recordings (WAV, FLAC, OGG, MP3, AIFF)</source>
        <translation>Anrufaufnahmen (WAV, FLAC, OGG, MP3, AIFF)</translation>
    </message>
    <message>
        <source>%1 audio</source>
        <translation>%1-Audio</translation>
    </message>
    <message>
        <source>%1 Give a WAV, FLAC, OGG (Vorbis or Opus), MP3 or AIFF file.</source>
        <translation>%1 Verwenden Sie eine WAV-, FLAC-, OGG- (Vorbis oder Opus), MP3- oder AIFF-Datei.</translation>
    </message>
    <message>
        <source>the date in the file name (no time of day)</source>
        <translation>dem Datum im Dateinamen (ohne Uhrzeit)</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>dem Dateinamen</translation>
    </message>
    <message>
        <source>the file&apos;s modification time (no date in the name)</source>
        <translation>dem Änderungszeitpunkt der Datei (kein Datum im Namen)</translation>
    </message>
    <message>
        <source>Cannot read the audio file: %1</source>
        <translation>Die Audiodatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audio file is empty.</source>
        <translation>Die Audiodatei ist leer.</translation>
    </message>
    <message>
        <source>The audio file holds no sound that can be measured (%1 frames).</source>
        <translation>Die Audiodatei enthält keinen messbaren Ton (%1 Frames).</translation>
    </message>
    <message>
        <source>Audio file &quot;%1&quot;: %2</source>
        <translation>Audiodatei &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The transcript is not valid JSON (%1 at byte %2).</source>
        <translation>Das Transkript ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Not a transcript this program knows: expected Contact Lens &quot;Transcript&quot;, Amazon Transcribe &quot;results&quot;, Twilio &quot;sentences&quot; or &quot;segments&quot; with start, end and text.</source>
        <translation>Kein Transkript, das dieses Programm kennt: erwartet Contact Lens &quot;Transcript&quot;, Amazon Transcribe &quot;results&quot;, Twilio &quot;sentences&quot; oder &quot;segments&quot; mit start, end und text.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>A JSON string outside any object.</source>
        <translation>Ein JSON-String außerhalb jedes Objekts.</translation>
    </message>
    <message>
        <source>Unbalanced JSON: &quot;%1&quot; closes nothing that is open.</source>
        <translation>Unausgewogenes JSON: &quot;%1&quot; schließt nichts, was offen ist.</translation>
    </message>
    <message>
        <source>This is not JSON: &quot;%1&quot; where an object should start.</source>
        <translation>Dies ist kein JSON: &quot;%1&quot;, wo ein Objekt beginnen sollte.</translation>
    </message>
    <message>
        <source>The file ends inside this record: it was cut off.</source>
        <translation>Die Datei endet innerhalb dieses Datensatzes: Sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The file ends before its JSON is closed: it was cut off.</source>
        <translation>Die Datei endet, bevor ihr JSON geschlossen ist: Sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>CFPB complaints CSV</source>
        <translation>CFPB-Beschwerden (CSV)</translation>
    </message>
    <message>
        <source>header has Complaint ID and Date received</source>
        <translation>Kopfzeile mit Complaint ID und Date received</translation>
    </message>
    <message>
        <source>header has CFPB&apos;s date_received, product, issue and date_sent_to_company</source>
        <translation>Kopfzeile mit den CFPB-Spalten date_received, product, issue und date_sent_to_company</translation>
    </message>
    <message>
        <source>header has Date received, Product and Issue</source>
        <translation>Kopfzeile mit Date received, Product und Issue</translation>
    </message>
    <message>
        <source>No CFPB header in the first %1 rows: expected columns such as &quot;Date received&quot;, &quot;Product&quot;, &quot;Issue&quot;, &quot;Complaint ID&quot; (or date_received, product, issue). For other complaint files use --format generic, or name the columns with --map.</source>
        <translation>Keine CFPB-Kopfzeile in den ersten %1 Zeilen: erwartet werden Spalten wie &quot;Date received&quot;, &quot;Product&quot;, &quot;Issue&quot;, &quot;Complaint ID&quot; (oder date_received, product, issue). Für andere Beschwerdedateien verwenden Sie --format generic oder ordnen die Spalten zu (--map).</translation>
    </message>
    <message>
        <source>--map names the column &quot;%1&quot;, which is not in the header on line %2.</source>
        <translation>--map nennt die Spalte &quot;%1&quot;, die nicht in der Kopfzeile (Zeile %2) steht.</translation>
    </message>
    <message>
        <source>CFPB CSV, snake_case layout (%1 columns)</source>
        <translation>CFPB-CSV, snake_case-Layout (%1 Spalten)</translation>
    </message>
    <message>
        <source>CFPB CSV, public download layout (%1 columns)</source>
        <translation>CFPB-CSV, Layout des öffentlichen Downloads (%1 Spalten)</translation>
    </message>
    <message>
        <source>no Complaint ID: complaints are identified by their content</source>
        <translation>keine Complaint ID: Beschwerden werden an ihrem Inhalt erkannt</translation>
    </message>
    <message>
        <source>no narrative: the text is the issue and sub-issue</source>
        <translation>keine Schilderung: Der Text ist Issue und Sub-issue</translation>
    </message>
    <message>
        <source>This is not JSON that holds complaints: unexpected &quot;%1&quot; on line %2.</source>
        <translation>Dies ist kein JSON mit Beschwerden: unerwartetes &quot;%1&quot; in Zeile %2.</translation>
    </message>
    <message>
        <source>The JSON value that starts on line %1 is larger than %2 MB: this is not a list of complaints.</source>
        <translation>Der JSON-Wert ab Zeile %1 ist größer als %2 MB: Das ist keine Liste von Beschwerden.</translation>
    </message>
    <message>
        <source>The file holds no JSON.</source>
        <translation>Die Datei enthält kein JSON.</translation>
    </message>
    <message>
        <source>The file ends inside the JSON that starts on line %1: it was cut short. Download or export it again.</source>
        <translation>Die Datei endet innerhalb des JSON ab Zeile %1: Sie ist abgeschnitten. Laden Sie sie erneut herunter oder exportieren Sie sie neu.</translation>
    </message>
    <message>
        <source>CFPB complaints JSON</source>
        <translation>CFPB-Beschwerden (JSON)</translation>
    </message>
    <message>
        <source>JSON with CFPB&apos;s keys (date_received, complaint_id...)</source>
        <translation>JSON mit den CFPB-Schlüsseln (date_received, complaint_id...)</translation>
    </message>
    <message>
        <source>JSON with CFPB&apos;s column names (Date received, Complaint ID)</source>
        <translation>JSON mit den CFPB-Spaltennamen (Date received, Complaint ID)</translation>
    </message>
    <message>
        <source>Not a complaint: expected a JSON object with date_received, product, issue...</source>
        <translation>Keine Beschwerde: erwartet wird ein JSON-Objekt mit date_received, product, issue...</translation>
    </message>
    <message>
        <source>Not a CFPB complaint: none of date_received, complaint_id, product, issue is here.</source>
        <translation>Keine CFPB-Beschwerde: Keines von date_received, complaint_id, product, issue ist vorhanden.</translation>
    </message>
    <message>
        <source>CFPB JSON, search API response (hits.hits[]._source)</source>
        <translation>CFPB-JSON, Antwort der Such-API (hits.hits[]._source)</translation>
    </message>
    <message>
        <source>CFPB JSON, an array of search hits (_source)</source>
        <translation>CFPB-JSON, ein Array von Suchtreffern (_source)</translation>
    </message>
    <message>
        <source>CFPB JSON, one array of complaints (the database&apos;s JSON download)</source>
        <translation>CFPB-JSON, ein Array von Beschwerden (JSON-Download der Datenbank)</translation>
    </message>
    <message>
        <source>CFPB NDJSON, one search hit (_source) per line</source>
        <translation>CFPB-NDJSON, ein Suchtreffer (_source) pro Zeile</translation>
    </message>
    <message>
        <source>CFPB NDJSON, one complaint per line</source>
        <translation>CFPB-NDJSON, eine Beschwerde pro Zeile</translation>
    </message>
    <message>
        <source>This row has %1 fields where the header on line %2 has %3: a quote or a delimiter is missing or extra.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile in Zeile %2 aber %3: Ein Anführungszeichen oder Trennzeichen fehlt oder ist zu viel.</translation>
    </message>
    <message>
        <source>No date received: every CFPB complaint carries one.</source>
        <translation>Kein Eingangsdatum: Jede CFPB-Beschwerde hat eines.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date received (CFPB writes 2019-09-24, 9/24/19 or 2019/9/24).</source>
        <translation>&quot;%1&quot; ist kein Eingangsdatum (CFPB schreibt 2019-09-24, 9/24/19 oder 2019/9/24).</translation>
    </message>
    <message>
        <source>Complaint ID %1 was already on line %2; this copy is left out.</source>
        <translation>Complaint ID %1 stand schon in Zeile %2; diese Kopie wird ausgelassen.</translation>
    </message>
    <message>
        <source>Amazon Connect contact records (JSON)</source>
        <translation>Amazon-Connect-Kontaktdatensätze (JSON)</translation>
    </message>
    <message>
        <source>ContactId and InitiationTimestamp</source>
        <translation>ContactId und InitiationTimestamp</translation>
    </message>
    <message>
        <source>No contact records in this JSON.</source>
        <translation>Dieses JSON enthält keine Kontaktdatensätze.</translation>
    </message>
    <message>
        <source>No ContactId: not an Amazon Connect contact record.</source>
        <translation>Keine ContactId: kein Amazon-Connect-Kontaktdatensatz.</translation>
    </message>
    <message>
        <source>An older copy of contact %1 (the latest is on line %2).</source>
        <translation>Eine ältere Kopie von Kontakt %1 (die neueste steht in Zeile %2).</translation>
    </message>
    <message>
        <source>Contact %1 is a %2 contact, not a conversation with a customer.</source>
        <translation>Kontakt %1 ist ein %2-Kontakt, kein Gespräch mit einem Kunden.</translation>
    </message>
    <message>
        <source>Contact %1 has no InitiationTimestamp.</source>
        <translation>Kontakt %1 hat keinen InitiationTimestamp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>&quot;%1&quot; ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>Contact %1 has no DisconnectTimestamp and no recording next to this file: its length is unknown.</source>
        <translation>Kontakt %1 hat keinen DisconnectTimestamp und keine Aufnahme neben dieser Datei: Seine Dauer ist unbekannt.</translation>
    </message>
    <message>
        <source>DisconnectTimestamp %1 is before the start %2.</source>
        <translation>DisconnectTimestamp %1 liegt vor dem Start %2.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>%1, contact %2</source>
        <translation>%1, Kontakt %2</translation>
    </message>
    <message>
        <source>Transcript files not understood: %1.</source>
        <translation>Nicht verstandene Transkriptdateien: %1.</translation>
    </message>
    <message>
        <source>attached message</source>
        <translation>angehängte Nachricht</translation>
    </message>
    <message>
        <source>attached message &quot;%1&quot;</source>
        <translation>angehängte Nachricht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unnamed %1</source>
        <translation>unbenannt (%1)</translation>
    </message>
    <message>
        <source>E-mails (.eml, .emlx, .mht)</source>
        <translation>E-Mails (.eml, .emlx, .mht)</translation>
    </message>
    <message>
        <source>This file does not start with e-mail headers (From:, Subject:, Date:...). Save the message from your mail program as .eml (&quot;Save as&quot; or drag it to a folder) and import that file.</source>
        <translation>Diese Datei beginnt nicht mit E-Mail-Kopfzeilen (From:, Subject:, Date:...). Speichern Sie die Nachricht in Ihrem Mailprogramm als .eml (&quot;Speichern unter&quot; oder in einen Ordner ziehen) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This e-mail cannot be read: its headers or MIME structure are damaged. Save the message from your mail program again.</source>
        <translation>Diese E-Mail ist nicht lesbar: Ihre Kopfzeilen oder ihre MIME-Struktur sind beschädigt. Speichern Sie die Nachricht erneut aus Ihrem Mailprogramm.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Saved from %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>HTML body drawn</source>
        <translation>HTML-Inhalt gezeichnet</translation>
    </message>
    <message>
        <source>no text body</source>
        <translation>kein Textinhalt</translation>
    </message>
    <message>
        <source>plain text body drawn</source>
        <translation>Nur-Text-Inhalt gezeichnet</translation>
    </message>
    <message>
        <source> (%1 inline images)</source>
        <translation> (%1 eingebettete Bilder)</translation>
    </message>
    <message>
        <source>; Date header &quot;%1&quot; unreadable</source>
        <translation>; Date-Kopfzeile &quot;%1&quot; nicht lesbar</translation>
    </message>
    <message>
        <source>%1 from %2; %3; charsets %4; %5</source>
        <translation>%1 von %2; %3; Zeichensätze %4; %5</translation>
    </message>
    <message>
        <source>Saved web page (MHTML)</source>
        <translation>Gespeicherte Webseite (MHTML)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>unbekanntem Absender</translation>
    </message>
    <message>
        <source>no attachments</source>
        <translation>keine Anhänge</translation>
    </message>
    <message>
        <source>attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Call manifest CSV (audio, started_at, agent, transcript)</source>
        <translation>Anrufmanifest-CSV (audio, started_at, agent, transcript)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; names audio files</source>
        <translation>Spalte &quot;%1&quot; nennt Audiodateien</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; named by --map is not in the header (%2).</source>
        <translation>Die mit --map genannte Spalte &quot;%1&quot; steht nicht in der Kopfzeile (%2).</translation>
    </message>
    <message>
        <source>No audio (or file) column: a call manifest names each call&apos;s audio file, relative to the manifest&apos;s folder. Name the column with --map audio=COLUMN.</source>
        <translation>Keine Spalte audio (oder file): Ein Anrufmanifest nennt die Audiodatei jedes Anrufs, relativ zum Ordner des Manifests. Geben Sie die Spalte an (--map audio=COLUMN).</translation>
    </message>
    <message>
        <source>Audio file &quot;%1&quot; not found (paths are relative to the manifest&apos;s folder).</source>
        <translation>Audiodatei &quot;%1&quot; nicht gefunden (Pfade sind relativ zum Ordner des Manifests).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (seconds, mm:ss or hh:mm:ss).</source>
        <translation>&quot;%1&quot; ist keine Dauer (Sekunden, mm:ss oder hh:mm:ss).</translation>
    </message>
    <message>
        <source>No audio file, duration or transcript: nothing to import.</source>
        <translation>Keine Audiodatei, keine Dauer, kein Transkript: nichts zu importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read day-first or month-first; write it as YYYY-MM-DD HH:MM.</source>
        <translation>&quot;%1&quot; ist mehrdeutig (Tag oder Monat zuerst); schreiben Sie YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>No started_at and no audio file to take the time from.</source>
        <translation>Kein started_at und keine Audiodatei, aus der die Zeit hervorgeht.</translation>
    </message>
    <message>
        <source>Transcript file &quot;%1&quot; not found next to the manifest.</source>
        <translation>Transkriptdatei &quot;%1&quot; nicht neben dem Manifest gefunden.</translation>
    </message>
    <message>
        <source>Transcript file &quot;%1&quot;: %2</source>
        <translation>Transkriptdatei &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Call on line %1</source>
        <translation>Anruf in Zeile %1</translation>
    </message>
    <message>
        <source>Generic survey CSV</source>
        <translation>Allgemeine Umfrage-CSV</translation>
    </message>
    <message>
        <source>header has responded_at, metric and score</source>
        <translation>Kopfzeile mit responded_at, metric und score</translation>
    </message>
    <message>
        <source>The file is empty: expected a header row with responded_at, metric and score.</source>
        <translation>Die Datei ist leer: erwartet wird eine Kopfzeile mit responded_at, metric und score.</translation>
    </message>
    <message>
        <source>--map %1=...: this format has the fields %2.</source>
        <translation>--map %1=...: Dieses Format hat die Felder %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; named by --map is not in the header (%2).</source>
        <translation>Die mit --map genannte Spalte &quot;%1&quot; steht nicht in der Kopfzeile (%2).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is missing (the header has: %2). If your file names it differently, add --map %1=YOUR_COLUMN.</source>
        <translation>Spalte &quot;%1&quot; fehlt (die Kopfzeile enthält: %2). Heißt sie in Ihrer Datei anders, ergänzen Sie --map %1=YOUR_COLUMN.</translation>
    </message>
    <message>
        <source>The metric is empty: write nps, csat or ces.</source>
        <translation>Die Kennzahl ist leer: Schreiben Sie nps, csat oder ces.</translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; is not nps, csat or ces.</source>
        <translation>Kennzahl &quot;%1&quot; ist weder nps, csat noch ces.</translation>
    </message>
    <message>
        <source>The score is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>responded_at is empty.</source>
        <translation>responded_at ist leer.</translation>
    </message>
    <message>
        <source>responded_at &quot;%1&quot; is not a date: write ISO dates such as 2024-03-05 or 2024-03-05T14:30:00.</source>
        <translation>responded_at &quot;%1&quot; ist kein Datum: Schreiben Sie ISO-Daten wie 2024-03-05 oder 2024-03-05T14:30:00.</translation>
    </message>
    <message>
        <source>Id %1 with metric %2 appears twice in this file (first on line %3).</source>
        <translation>Id %1 mit Kennzahl %2 kommt in dieser Datei doppelt vor (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Generic survey CSV: %1; optional columns found: %2.</source>
        <translation>Allgemeine Umfrage-CSV: %1; gefundene optionale Spalten: %2.</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>Zendesk ticket CSV export</source>
        <translation>Zendesk-Ticketexport (CSV)</translation>
    </message>
    <message>
        <source>Zendesk ticket table (API / Fivetran)</source>
        <translation>Zendesk-Tickettabelle (API / Fivetran)</translation>
    </message>
    <message>
        <source>Freshdesk ticket export</source>
        <translation>Freshdesk-Ticketexport</translation>
    </message>
    <message>
        <source>help-desk tickets CSV</source>
        <translation>Helpdesk-Tickets (CSV)</translation>
    </message>
    <message>
        <source>Help-desk tickets CSV (Zendesk, Freshdesk)</source>
        <translation>Helpdesk-Tickets als CSV (Zendesk, Freshdesk)</translation>
    </message>
    <message>
        <source>Zendesk export header (Id, Status, Via, Created at)</source>
        <translation>Zendesk-Export-Kopfzeile (Id, Status, Via, Created at)</translation>
    </message>
    <message>
        <source>Zendesk ticket table header (id, status, via_channel, created_at)</source>
        <translation>Kopfzeile einer Zendesk-Tickettabelle (id, status, via_channel, created_at)</translation>
    </message>
    <message>
        <source>Freshdesk export header (Ticket ID, Status, Created time)</source>
        <translation>Freshdesk-Export-Kopfzeile (Ticket ID, Status, Created time)</translation>
    </message>
    <message>
        <source>--map names the column &quot;%1&quot;, which is not in the header.</source>
        <translation>--map nennt die Spalte &quot;%1&quot;, die nicht in der Kopfzeile steht.</translation>
    </message>
    <message>
        <source>No creation time column: expected &quot;Created at&quot; (Zendesk), &quot;created_at&quot; or &quot;Created time&quot; (Freshdesk). Name it with --map received_at=COLUMN.</source>
        <translation>Keine Spalte für den Erstellungszeitpunkt: erwartet wird &quot;Created at&quot; (Zendesk), &quot;created_at&quot; oder &quot;Created time&quot; (Freshdesk). Geben Sie die Spalte an (--map received_at=COLUMN).</translation>
    </message>
    <message>
        <source>No subject or description column: a ticket without words says nothing on the wall. Name one with --map text=COLUMN.</source>
        <translation>Keine Spalte für Betreff oder Beschreibung: Ein Ticket ohne Text sagt an der Wand nichts aus. Geben Sie eine Spalte an (--map text=COLUMN).</translation>
    </message>
    <message>
        <source>deleted in the help desk</source>
        <translation>im Helpdesk gelöscht</translation>
    </message>
    <message>
        <source>No creation time: a ticket needs the time it was opened.</source>
        <translation>Kein Erstellungszeitpunkt: Ein Ticket braucht den Zeitpunkt, zu dem es eröffnet wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a creation time (write 2020-02-19 01:54:52; a date such as 03/04/2020 is refused because it could be March or April).</source>
        <translation>&quot;%1&quot; ist kein Erstellungszeitpunkt (schreiben Sie 2020-02-19 01:54:52; ein Datum wie 03/04/2020 wird abgelehnt, weil es März oder April sein könnte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time for when the ticket was solved.</source>
        <translation>&quot;%1&quot; ist kein gültiger Lösungszeitpunkt des Tickets.</translation>
    </message>
    <message>
        <source>Ticket %1 was already on line %2; this copy is left out.</source>
        <translation>Ticket %1 stand schon in Zeile %2; diese Kopie wird ausgelassen.</translation>
    </message>
    <message>
        <source>Web pages (HTML)</source>
        <translation>Webseiten (HTML)</translation>
    </message>
    <message>
        <source>This is not an HTML file: it holds binary data. Check that it is the file you meant, or import it with the right --format.</source>
        <translation>Dies ist keine HTML-Datei: Sie enthält Binärdaten. Prüfen Sie, ob es die gewünschte Datei ist, oder importieren Sie sie mit dem passenden --format.</translation>
    </message>
    <message>
        <source>This file has no HTML tags. Save the page from your browser as &quot;Web page, HTML only&quot; and import that file.</source>
        <translation>Diese Datei enthält keine HTML-Tags. Speichern Sie die Seite im Browser als &quot;Webseite, nur HTML&quot; und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>HTML page &quot;%1&quot;, read as %2%3</source>
        <translation>HTML-Seite &quot;%1&quot;, gelesen als %2%3</translation>
    </message>
    <message>
        <source>, no thumbnail (no GUI application)</source>
        <translation>, keine Miniatur (keine GUI-Anwendung)</translation>
    </message>
    <message>
        <source>Images (PNG, JPEG, GIF, SVG)</source>
        <translation>Bilder (PNG, JPEG, GIF, SVG)</translation>
    </message>
    <message>
        <source>This is a WebP image, which this installation cannot read: install Qt&apos;s image format plugins (qt6-image-formats-plugins) or convert it to PNG.</source>
        <translation>Dies ist ein WebP-Bild, das diese Installation nicht lesen kann: Installieren Sie die Bildformat-Plugins von Qt (qt6-image-formats-plugins) oder wandeln Sie es in PNG um.</translation>
    </message>
    <message>
        <source>This is a TIFF image, which this installation cannot read: install Qt&apos;s image format plugins (qt6-image-formats-plugins) or convert it to PNG.</source>
        <translation>Dies ist ein TIFF-Bild, das diese Installation nicht lesen kann: Installieren Sie die Bildformat-Plugins von Qt (qt6-image-formats-plugins) oder wandeln Sie es in PNG um.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read (PNG, JPEG, GIF, SVG): its first bytes are no known image signature. Check that it is the file you meant.</source>
        <translation>Diese Datei ist kein lesbares Bild (PNG, JPEG, GIF, SVG): Ihre ersten Bytes sind keine bekannte Bildsignatur. Prüfen Sie, ob es die gewünschte Datei ist.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 px</source>
        <translation>%1-Bild, %2 × %3 px</translation>
    </message>
    <message>
        <source>%1 image %2 × %3 px is too large to draw a thumbnail; kept without one</source>
        <translation>%1-Bild mit %2 × %3 px ist zu groß für eine Miniatur; ohne Miniatur übernommen</translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded (%2): the file is probably truncated or damaged. Export or scan it again.</source>
        <translation>Das %1-Bild lässt sich nicht dekodieren (%2): Die Datei ist vermutlich abgeschnitten oder beschädigt. Exportieren oder scannen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 image %2 × %3 px, thumbnail %4 × %5</source>
        <translation>%1-Bild %2 × %3 px, Miniatur %4 × %5</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>SVG image kept without a thumbnail (no fonts without a GUI application)</source>
        <translation>SVG-Bild ohne Miniatur übernommen (ohne GUI-Anwendung keine Schriften)</translation>
    </message>
    <message>
        <source>This SVG cannot be read: the XML is malformed or it has no &lt;svg&gt; root. Open it in a browser or an editor and save it again.</source>
        <translation>Dieses SVG ist nicht lesbar: Das XML ist fehlerhaft oder hat kein &lt;svg&gt;-Wurzelelement. Öffnen Sie es in einem Browser oder Editor und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>SVG image, %1 × %2</source>
        <translation>SVG-Bild, %1 × %2</translation>
    </message>
    <message>
        <source>SVG image %1 × %2, drawn at %3 × %4</source>
        <translation>SVG-Bild %1 × %2, gezeichnet in %3 × %4</translation>
    </message>
    <message>
        <source>Every date is the first of a month: read as months.</source>
        <translation>Jedes Datum ist ein Monatserster: als Monate gelesen.</translation>
    </message>
    <message>
        <source>Decimal comma.</source>
        <translation>Dezimalkomma.</translation>
    </message>
    <message>
        <source>Days and weeks roll up to months (--aggregate sum|mean|last).</source>
        <translation>Tage und Wochen werden zu Monaten verdichtet (--aggregate sum|mean|last).</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header %2 columns: are decimal commas unquoted in a comma-separated file?</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile aber %2 Spalten: Stehen Dezimalkommas ohne Anführungszeichen in einer kommagetrennten Datei?</translation>
    </message>
    <message>
        <source>No header row found. A KPI CSV needs the columns period, kpi and value.</source>
        <translation>Keine Kopfzeile gefunden. Eine KPI-CSV braucht die Spalten period, kpi und value.</translation>
    </message>
    <message>
        <source>KPI CSV, one value per row</source>
        <translation>KPI-CSV, ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>period, kpi and value columns</source>
        <translation>Spalten period, kpi und value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a summary row, not a period.</source>
        <translation>&quot;%1&quot; ist eine Summenzeile, kein Zeitraum.</translation>
    </message>
    <message>
        <source>No period: the period column is empty.</source>
        <translation>Kein Zeitraum: Die Spalte period ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, a month or an ISO week.</source>
        <translation>&quot;%1&quot; ist weder ein Datum noch ein Monat noch eine ISO-Woche.</translation>
    </message>
    <message>
        <source>No KPI name: the kpi column is empty.</source>
        <translation>Kein KPI-Name: Die Spalte kpi ist leer.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not a number.</source>
        <translation>Spalte &quot;%1&quot;: &quot;%2&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>named with --map</source>
        <translation>mit --map angegeben</translation>
    </message>
    <message>
        <source>by its name</source>
        <translation>an ihrem Namen</translation>
    </message>
    <message>
        <source>by its values</source>
        <translation>an ihren Werten</translation>
    </message>
    <message>
        <source>as year and month columns</source>
        <translation>als Spalten für Jahr und Monat</translation>
    </message>
    <message>
        <source>in the header: one row per KPI</source>
        <translation>in der Kopfzeile: eine Zeile pro KPI</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>der Kopfzeile</translation>
    </message>
    <message>
        <source>No header row found: a KPI sheet needs a date column and one column per KPI.</source>
        <translation>Keine Kopfzeile gefunden: Eine KPI-Tabelle braucht eine Datumsspalte und eine Spalte pro KPI.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; named by --map %2= is not in the header (%3).</source>
        <translation>Die mit --map %2= genannte Spalte &quot;%1&quot; steht nicht in der Kopfzeile (%3).</translation>
    </message>
    <message>
        <source>No date column found (looked for a column named date, Datum, fecha, month, Monat, mois, period, week... or holding dates). Name it with --map date=COLUMN.</source>
        <translation>Keine Datumsspalte gefunden (gesucht wurde eine Spalte namens date, Datum, fecha, month, Monat, mois, period, week... oder eine mit Datumsangaben). Geben Sie die Spalte an (--map date=COLUMN).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; named by --map stage= is not in the header (%2).</source>
        <translation>Die mit --map stage= genannte Spalte &quot;%1&quot; steht nicht in der Kopfzeile (%2).</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>Spalte %1 (ohne Überschrift)</translation>
    </message>
    <message>
        <source>No KPI columns found: besides the date, every column holds text. A wide KPI sheet has one column of numbers per KPI.</source>
        <translation>Keine KPI-Spalten gefunden: Außer dem Datum enthält jede Spalte Text. Eine breite KPI-Tabelle hat pro KPI eine Spalte mit Zahlen.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: rename one so each KPI has its own column.</source>
        <translation>Die Spalten %1 und %2 heißen beide &quot;%3&quot;: Benennen Sie eine um, damit jeder KPI eine eigene Spalte hat.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>days and months</source>
        <translation>Tage und Monate</translation>
    </message>
    <message>
        <source>days or weeks</source>
        <translation>Tage oder Wochen</translation>
    </message>
    <message>
        <source>Text columns left out: %1.</source>
        <translation>Ausgelassene Textspalten: %1.</translation>
    </message>
    <message>
        <source>KPI CSV, one column per KPI</source>
        <translation>KPI-CSV, eine Spalte pro KPI</translation>
    </message>
    <message>
        <source>kpi and value columns: rather a long sheet</source>
        <translation>Spalten kpi und value: eher eine lange Tabelle</translation>
    </message>
    <message>
        <source>%1 periods as columns, one row per KPI</source>
        <translation>%1 Zeiträume als Spalten, eine Zeile pro KPI</translation>
    </message>
    <message>
        <source>a date and numbers, but columns of another kind (%1)</source>
        <translation>ein Datum und Zahlen, aber Spalten einer anderen Art (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a summary row, not a KPI.</source>
        <translation>&quot;%1&quot; ist eine Summenzeile, kein KPI.</translation>
    </message>
    <message>
        <source>No KPI name in column &quot;%1&quot;.</source>
        <translation>Kein KPI-Name in Spalte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No date in column &quot;%1&quot;.</source>
        <translation>Kein Datum in Spalte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a date, a month or an ISO week.</source>
        <translation>&quot;%1&quot; in Spalte &quot;%2&quot; ist weder ein Datum noch ein Monat noch eine ISO-Woche.</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>This file is not a PDF: it does not start with %PDF-. Check that it is the file you meant, or import it with the right --format.</source>
        <translation>Diese Datei ist kein PDF: Sie beginnt nicht mit %PDF-. Prüfen Sie, ob es die gewünschte Datei ist, oder importieren Sie sie mit dem passenden --format.</translation>
    </message>
    <message>
        <source>This PDF needs a password to open. Open it with its password, print or export it to a new PDF without one, and import that file.</source>
        <translation>Dieses PDF lässt sich nur mit Passwort öffnen. Öffnen Sie es mit dem Passwort, drucken oder exportieren Sie es in ein neues PDF ohne Passwort und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This PDF is encrypted with a method that cannot be opened here. Print or export it to a new PDF, and import that file.</source>
        <translation>Dieses PDF ist mit einem Verfahren verschlüsselt, das sich hier nicht öffnen lässt. Drucken oder exportieren Sie es in ein neues PDF und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Die Datei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>This PDF cannot be read: the file is damaged or truncated. Download or export it again.</source>
        <translation>Dieses PDF ist nicht lesbar: Die Datei ist beschädigt oder abgeschnitten. Laden Sie sie erneut herunter oder exportieren Sie sie neu.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Dieses PDF hat keine Seiten.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>%1, scanned (no text layer on page 1)</source>
        <translation>%1, gescannt (keine Textebene auf Seite 1)</translation>
    </message>
    <message>
        <source>PDF, %1; page 1 %2 × %3 pt drawn at %4 × %5 px; %6%7</source>
        <translation>PDF, %1; Seite 1 mit %2 × %3 pt gezeichnet in %4 × %5 px; %6%7</translation>
    </message>
    <message>
        <source>no text layer on page 1 (a scan?)</source>
        <translation>keine Textebene auf Seite 1 (ein Scan?)</translation>
    </message>
    <message>
        <source>text layer on page 1</source>
        <translation>Textebene auf Seite 1</translation>
    </message>
    <message>
        <source>; encrypted, opened without a password</source>
        <translation>; verschlüsselt, ohne Passwort geöffnet</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; named by %2 is not in this export (looked at the column ids, the ImportIds and the question texts).</source>
        <translation>Die mit %2 genannte Spalte &quot;%1&quot; ist nicht in diesem Export (geprüft wurden Spalten-IDs, ImportIds und Fragetexte).</translation>
    </message>
    <message>
        <source>No date column in this Qualtrics export (RecordedDate, EndDate or StartDate): add one to the export.</source>
        <translation>Keine Datumsspalte in diesem Qualtrics-Export (RecordedDate, EndDate oder StartDate): Nehmen Sie eine in den Export auf.</translation>
    </message>
    <message>
        <source>--map %1=...: the Qualtrics importer takes --map for %2.</source>
        <translation>--map %1=...: Der Qualtrics-Import akzeptiert --map für %2.</translation>
    </message>
    <message>
        <source>chosen with --question</source>
        <translation>gewählt mit --question</translation>
    </message>
    <message>
        <source>chosen with --map nps</source>
        <translation>gewählt mit --map nps</translation>
    </message>
    <message>
        <source>No NPS question found: no column has a partner named Qx_NPS_GROUP.</source>
        <translation>Keine NPS-Frage gefunden: Keine Spalte hat eine Partnerspalte namens Qx_NPS_GROUP.</translation>
    </message>
    <message>
        <source>No column holds whole numbers 0-10 either. If the NPS answers are in this file, pass --question COLUMN (a column id such as Q7, or its ImportId such as QID7).</source>
        <translation>Auch enthält keine Spalte ganze Zahlen von 0-10. Stehen die NPS-Antworten in dieser Datei, geben Sie --question COLUMN an (eine Spalten-ID wie Q7 oder ihre ImportId wie QID7).</translation>
    </message>
    <message>
        <source>%1 (always %2)</source>
        <translation>%1 (immer %2)</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Columns holding whole numbers 0-10: %1. Pass --question COLUMN (a column id such as Q7, or its ImportId such as QID7) to import one of them as the NPS question.</source>
        <translation>Spalten mit ganzen Zahlen von 0-10: %1. Geben Sie --question COLUMN an (eine Spalten-ID wie Q7 oder ihre ImportId wie QID7), um eine davon als NPS-Frage zu importieren.</translation>
    </message>
    <message>
        <source>The response id (%1) is empty.</source>
        <translation>Die Antwort-ID (%1) ist leer.</translation>
    </message>
    <message>
        <source>Response %1 appears twice in this file (first on line %2).</source>
        <translation>Antwort %1 kommt in dieser Datei doppelt vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>Finished is &quot;%1&quot;, expected 1 or 0 (True or False).</source>
        <translation>Finished ist &quot;%1&quot;, erwartet 1 oder 0 (True oder False).</translation>
    </message>
    <message>
        <source>Response %1 is unfinished (%2 = 0): left out.</source>
        <translation>Antwort %1 ist nicht abgeschlossen (%2 = 0): ausgelassen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1 &quot;%2&quot; ist kein Datum.</translation>
    </message>
    <message>
        <source>Response %1 has no date (RecordedDate, EndDate and StartDate are empty).</source>
        <translation>Antwort %1 hat kein Datum (RecordedDate, EndDate und StartDate sind leer).</translation>
    </message>
    <message>
        <source>Response %1 is %2 (%3 = %4): left out.</source>
        <translation>Antwort %1 ist %2 (%3 = %4): ausgelassen.</translation>
    </message>
    <message>
        <source>a survey preview</source>
        <translation>eine Umfragevorschau</translation>
    </message>
    <message>
        <source>marked as spam</source>
        <translation>als Spam markiert</translation>
    </message>
    <message>
        <source>Response %1 has no answer to %2 (%3): left out.</source>
        <translation>Antwort %1 enthält keine Antwort auf %2 (%3): ausgelassen.</translation>
    </message>
    <message>
        <source>Score %1 in %2 makes a %3, but %4 says &quot;%5&quot;: the recode values of %2 may have been changed in Qualtrics (they must be 0-10).</source>
        <translation>Wert %1 in %2 zählt als %3, aber %4 sagt &quot;%5&quot;: Die Recode-Werte von %2 wurden in Qualtrics womöglich geändert (sie müssen 0-10 sein).</translation>
    </message>
    <message>
        <source>NPS from %1 (%2)</source>
        <translation>NPS aus %1 (%2)</translation>
    </message>
    <message>
        <source>other NPS questions not imported: %1 (choose with --question)</source>
        <translation>weitere NPS-Fragen nicht importiert: %1 (Auswahl mit --question)</translation>
    </message>
    <message>
        <source>CSAT from %1</source>
        <translation>CSAT aus %1</translation>
    </message>
    <message>
        <source>CES from %1</source>
        <translation>CES aus %1</translation>
    </message>
    <message>
        <source>comment from %1</source>
        <translation>Kommentar aus %1</translation>
    </message>
    <message>
        <source>no comment column (name one with --map comment=COLUMN)</source>
        <translation>keine Kommentarspalte (angeben mit --map comment=COLUMN)</translation>
    </message>
    <message>
        <source>stage from %1</source>
        <translation>Phase aus %1</translation>
    </message>
    <message>
        <source>%1 unfinished responses left out</source>
        <translation>%1 nicht abgeschlossene Antworten ausgelassen</translation>
    </message>
    <message>
        <source>%1 finished responses without an NPS answer left out</source>
        <translation>%1 abgeschlossene Antworten ohne NPS-Antwort ausgelassen</translation>
    </message>
    <message>
        <source>%1 survey previews or spam left out</source>
        <translation>%1 Umfragevorschauen oder Spam ausgelassen</translation>
    </message>
    <message>
        <source>%1 responses are generated test responses (Status &quot;Survey Test&quot;) and were imported: delete them in Qualtrics if they should not count</source>
        <translation>%1 Antworten sind generierte Testantworten (Status &quot;Survey Test&quot;) und wurden importiert: Löschen Sie sie in Qualtrics, wenn sie nicht zählen sollen</translation>
    </message>
    <message>
        <source>Qualtrics CSV</source>
        <translation>Qualtrics-CSV</translation>
    </message>
    <message>
        <source>legacy Qualtrics header V1..V10</source>
        <translation>alte Qualtrics-Kopfzeile V1..V10</translation>
    </message>
    <message>
        <source>3-row Qualtrics header with ImportId</source>
        <translation>dreizeilige Qualtrics-Kopfzeile mit ImportId</translation>
    </message>
    <message>
        <source>Qualtrics column names (ResponseId, Finished)</source>
        <translation>Qualtrics-Spaltennamen (ResponseId, Finished)</translation>
    </message>
    <message>
        <source>Qualtrics 3-row export (2016-17 Insights variant)</source>
        <translation>Qualtrics-Export mit 3 Kopfzeilen (Insights-Variante 2016-17)</translation>
    </message>
    <message>
        <source>Qualtrics 3-row export</source>
        <translation>Qualtrics-Export mit 3 Kopfzeilen</translation>
    </message>
    <message>
        <source>Qualtrics legacy export (V1..V10)</source>
        <translation>Alter Qualtrics-Export (V1..V10)</translation>
    </message>
    <message>
        <source>Qualtrics 2-row export</source>
        <translation>Qualtrics-Export mit 2 Kopfzeilen</translation>
    </message>
    <message>
        <source>Qualtrics export (1 header row)</source>
        <translation>Qualtrics-Export (1 Kopfzeile)</translation>
    </message>
    <message>
        <source>The file is empty: a Qualtrics export starts with a header row (StartDate, EndDate, ... ResponseId).</source>
        <translation>Die Datei ist leer: Ein Qualtrics-Export beginnt mit einer Kopfzeile (StartDate, EndDate, ... ResponseId).</translation>
    </message>
    <message>
        <source>This does not look like a Qualtrics export: there is no ResponseId column. For a plain table of scores use --format generic.</source>
        <translation>Das sieht nicht nach einem Qualtrics-Export aus: Es gibt keine Spalte ResponseId. Für eine einfache Tabelle mit Werten verwenden Sie --format generic.</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2): the file may be cut short or not be JSON.</source>
        <translation>Kein gültiges JSON (%1 in Zeile %2): Die Datei ist vielleicht abgeschnitten oder kein JSON.</translation>
    </message>
    <message>
        <source>This is a responses file, not the survey details: --details takes the reply of GET /v3/surveys/{id}/details.</source>
        <translation>Dies ist eine Antwortdatei, nicht die Umfragedetails: --details erwartet die Antwort von GET /v3/surveys/{id}/details.</translation>
    </message>
    <message>
        <source>Not SurveyMonkey survey details: expected the reply of GET /v3/surveys/{id}/details with &quot;pages&quot; and their &quot;questions&quot;.</source>
        <translation>Keine SurveyMonkey-Umfragedetails: erwartet wird die Antwort von GET /v3/surveys/{id}/details mit &quot;pages&quot; und deren &quot;questions&quot;.</translation>
    </message>
    <message>
        <source>choice texts</source>
        <translation>Texten der Antwortoptionen</translation>
    </message>
    <message>
        <source>choice weights</source>
        <translation>Gewichtung der Antwortoptionen</translation>
    </message>
    <message>
        <source>choice order</source>
        <translation>Reihenfolge der Antwortoptionen</translation>
    </message>
    <message>
        <source>This is the survey details, not responses: import the responses file (GET /v3/surveys/{id}/responses/bulk) and give this one with --details.</source>
        <translation>Dies sind die Umfragedetails, keine Antworten: Importieren Sie die Antwortdatei (GET /v3/surveys/{id}/responses/bulk) und geben Sie diese Datei mit --details an.</translation>
    </message>
    <message>
        <source>Not a SurveyMonkey responses reply: expected {&quot;data&quot;: [...]} from GET /v3/surveys/{id}/responses/bulk.</source>
        <translation>Keine SurveyMonkey-Antwortdatei: erwartet wird {&quot;data&quot;: [...]} von GET /v3/surveys/{id}/responses/bulk.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object (%2): one page of responses per line expected; the file may be cut short.</source>
        <translation>Zeile %1 ist kein JSON-Objekt (%2): erwartet wird eine Seite Antworten pro Zeile; die Datei ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>--map %1=...: the SurveyMonkey importer takes --map for %2.</source>
        <translation>--map %1=...: Der SurveyMonkey-Import akzeptiert --map für %2.</translation>
    </message>
    <message>
        <source>Question %1 (--question) is not in the survey details. Questions there: %2.</source>
        <translation>Frage %1 (--question) steht nicht in den Umfragedetails. Dort enthaltene Fragen: %2.</translation>
    </message>
    <message>
        <source>found by its 0-10 choices</source>
        <translation>an ihren Antwortoptionen 0-10 erkannt</translation>
    </message>
    <message>
        <source>Question %1 (%2, %3) has %4 choices that do not make the %5 scale %6-%7: choose another question with %8.</source>
        <translation>Frage %1 (%2, %3) hat %4 Antwortoptionen, die keine %5-Skala %6-%7 ergeben: Wählen Sie mit %8 eine andere Frage.</translation>
    </message>
    <message>
        <source>Question %1 (--map %2) is not in the survey details. Questions there: %3.</source>
        <translation>Frage %1 (--map %2) steht nicht in den Umfragedetails. Dort enthaltene Fragen: %3.</translation>
    </message>
    <message>
        <source>No NPS question found in the survey details of &quot;%1&quot; (%2 questions: %3): none has 11 choices scored 0-10. Pass --question QUESTION_ID to name the 0-10 question.</source>
        <translation>Keine NPS-Frage in den Umfragedetails von &quot;%1&quot; gefunden (%2 Fragen: %3): Keine hat 11 Antwortoptionen mit den Werten 0-10. Geben Sie die 0-10-Frage mit --question QUESTION_ID an.</translation>
    </message>
    <message>
        <source>Question %1 (--map comment) is not in the survey details.</source>
        <translation>Frage %1 (--map comment) steht nicht in den Umfragedetails.</translation>
    </message>
    <message>
        <source>Response %1 in the file has no &quot;id&quot;.</source>
        <translation>Antwort %1 in der Datei hat keine &quot;id&quot;.</translation>
    </message>
    <message>
        <source>status-less</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <source>Response %1 is %2: only completed responses count.</source>
        <translation>Antwort %1 ist nicht abgeschlossen (%2): Nur abgeschlossene Antworten zählen.</translation>
    </message>
    <message>
        <source>without a status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Response %1 is a preview (collection_mode %2): left out.</source>
        <translation>Antwort %1 ist eine Vorschau (collection_mode %2): ausgelassen.</translation>
    </message>
    <message>
        <source>Response %1 appears twice in this file (first as response %2).</source>
        <translation>Antwort %1 kommt in dieser Datei doppelt vor (zuerst als Antwort %2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; of response %3 is not a date.</source>
        <translation>%1 &quot;%2&quot; von Antwort %3 ist kein Datum.</translation>
    </message>
    <message>
        <source>Response %1 has no date_created.</source>
        <translation>Antwort %1 hat kein date_created.</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Response %1 answered N/A to %2: left out.</source>
        <translation>Antwort %1 hat %2 mit N/A beantwortet: ausgelassen.</translation>
    </message>
    <message>
        <source>Choice %1 of %2 is not in the survey details: were they saved before the question was edited? Fetch the details again.</source>
        <translation>Antwortoption %1 von %2 steht nicht in den Umfragedetails: Wurden sie gespeichert, bevor die Frage bearbeitet wurde? Rufen Sie die Details erneut ab.</translation>
    </message>
    <message>
        <source>SurveyMonkey responses, %1 pages</source>
        <translation>SurveyMonkey-Antworten, %1 Seiten</translation>
    </message>
    <message>
        <source>SurveyMonkey responses</source>
        <translation>SurveyMonkey-Antworten</translation>
    </message>
    <message>
        <source>NPS from question %1 (“%2”, %3; scores by %4)</source>
        <translation>NPS aus Frage %1 („%2“, %3; Werte nach %4)</translation>
    </message>
    <message>
        <source>%1 from question %2 (scores by %3)</source>
        <translation>%1 aus Frage %2 (Werte nach %3)</translation>
    </message>
    <message>
        <source>comment from question %1</source>
        <translation>Kommentar aus Frage %1</translation>
    </message>
    <message>
        <source>no comment question (name one with --map comment=QUESTION_ID)</source>
        <translation>keine Kommentarfrage (angeben mit --map comment=QUESTION_ID)</translation>
    </message>
    <message>
        <source>%1 %2 responses left out</source>
        <translation>%1 Antworten ausgelassen (%2)</translation>
    </message>
    <message>
        <source>%1 completed responses without an NPS answer left out</source>
        <translation>%1 abgeschlossene Antworten ohne NPS-Antwort ausgelassen</translation>
    </message>
    <message>
        <source>SurveyMonkey API JSON</source>
        <translation>SurveyMonkey-API-JSON</translation>
    </message>
    <message>
        <source>JSON with &quot;data&quot; responses holding &quot;pages&quot; and &quot;response_status&quot;</source>
        <translation>JSON mit Antworten unter &quot;data&quot;, die &quot;pages&quot; und &quot;response_status&quot; enthalten</translation>
    </message>
    <message>
        <source>JSON responses with &quot;pages&quot; and &quot;response_status&quot;</source>
        <translation>JSON-Antworten mit &quot;pages&quot; und &quot;response_status&quot;</translation>
    </message>
    <message>
        <source>The file is empty: expected the JSON reply of GET /v3/surveys/{id}/responses/bulk.</source>
        <translation>Die Datei ist leer: erwartet wird die JSON-Antwort von GET /v3/surveys/{id}/responses/bulk.</translation>
    </message>
    <message>
        <source>SurveyMonkey responses hold only question and choice ids; their wording and scores are in the survey details. Save the reply of GET /v3/surveys/%1/details and pass it with --details FILE.</source>
        <translation>SurveyMonkey-Antworten enthalten nur IDs von Fragen und Antwortoptionen; Wortlaut und Werte stehen in den Umfragedetails. Speichern Sie die Antwort von GET /v3/surveys/%1/details und übergeben Sie sie mit --details FILE.</translation>
    </message>
    <message>
        <source>The details are for survey %1 but these responses are for survey %2: pass the details of survey %2.</source>
        <translation>Die Details gehören zu Umfrage %1, diese Antworten aber zu Umfrage %2: Übergeben Sie die Details von Umfrage %2.</translation>
    </message>
    <message>
        <source>Score %1 in %2 is outside the %3 scale %4-%5.</source>
        <translation>Wert %1 in %2 liegt außerhalb der %3-Skala %4-%5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a score on the %3 scale %4-%5.</source>
        <translation>&quot;%1&quot; in %2 ist kein Wert auf der %3-Skala %4-%5.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2: it is cut short or holds an unquoted delimiter.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2: Sie ist abgeschnitten oder enthält ein Trennzeichen ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>Twilio recordings list (JSON or CSV)</source>
        <translation>Twilio-Aufnahmeliste (JSON oder CSV)</translation>
    </message>
    <message>
        <source>a Recordings list page with call_sid</source>
        <translation>eine Seite der Recordings-Liste mit call_sid</translation>
    </message>
    <message>
        <source>recording sids (RE...) with call sids</source>
        <translation>Recording-SIDs (RE...) mit Call-SIDs</translation>
    </message>
    <message>
        <source>a CSV with recording sid and call sid columns</source>
        <translation>eine CSV mit Spalten für Recording-SID und Call-SID</translation>
    </message>
    <message>
        <source>No recordings in this JSON: expected Twilio&apos;s {&quot;recordings&quot;: [...]} or an array of recordings.</source>
        <translation>Keine Aufnahmen in diesem JSON: erwartet wird Twilios {&quot;recordings&quot;: [...]} oder ein Array von Aufnahmen.</translation>
    </message>
    <message>
        <source>No recordings in this JSON: no object has a sid or call_sid.</source>
        <translation>Keine Aufnahmen in diesem JSON: Kein Objekt hat sid oder call_sid.</translation>
    </message>
    <message>
        <source>Recordings list JSON</source>
        <translation>Recordings-Liste als JSON</translation>
    </message>
    <message>
        <source>JSON array of recordings</source>
        <translation>JSON-Array von Aufnahmen</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; named by --map is not in the header.</source>
        <translation>Die mit --map genannte Spalte &quot;%1&quot; steht nicht in der Kopfzeile.</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; column: a Twilio recordings CSV needs sid and start_time (or date_created); name them with --map %1=COLUMN.</source>
        <translation>Keine Spalte &quot;%1&quot;: Eine Twilio-Aufnahme-CSV braucht sid und start_time (oder date_created); geben Sie die Spalten an (--map %1=COLUMN).</translation>
    </message>
    <message>
        <source>recordings CSV</source>
        <translation>Aufnahme-CSV</translation>
    </message>
    <message>
        <source>No recording sid.</source>
        <translation>Keine Recording-SID.</translation>
    </message>
    <message>
        <source>Recording %1 is listed again (first on line %2).</source>
        <translation>Aufnahme %1 ist doppelt aufgeführt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>Recording %1 is &quot;%2&quot;: Twilio has no audio for it.</source>
        <translation>Aufnahme %1 ist &quot;%2&quot;: Twilio hat kein Audio dazu.</translation>
    </message>
    <message>
        <source>No start_time or date_created.</source>
        <translation>Kein start_time oder date_created.</translation>
    </message>
    <message>
        <source>Audio file &quot;%1&quot; not found next to the manifest.</source>
        <translation>Audiodatei &quot;%1&quot; nicht neben dem Manifest gefunden.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>No audio file for %1 next to the manifest and no duration in it.</source>
        <translation>Keine Audiodatei für %1 neben dem Manifest und keine Dauer darin.</translation>
    </message>
    <message>
        <source>%1 without an audio file (&lt;RecordingSid&gt;.wav or .mp3): imported with the listed duration and no audio.</source>
        <translation>%1 ohne Audiodatei (&lt;RecordingSid&gt;.wav oder .mp3): mit der aufgeführten Dauer und ohne Audio importiert.</translation>
    </message>
    <message>
        <source>Line %1 already holds a record with this id; this copy is left out.</source>
        <translation>Zeile %1 enthält bereits einen Datensatz mit dieser ID; diese Kopie wird ausgelassen.</translation>
    </message>
    <message>
        <source>Rows left out on purpose: %1 (the first on line %2)</source>
        <translation>Bewusst ausgelassene Zeilen: %1 (die erste in Zeile %2)</translation>
    </message>
    <message>
        <source>Rows rejected: %1, and --strict is on: nothing was imported.</source>
        <translation>Abgelehnte Zeilen: %1, und --strict ist gesetzt: nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 audio, %2 Hz, channels: %3, %4 s; start time from %5.</source>
        <translation>%1-Audio, %2 Hz, Kanäle: %3, %4 s; Startzeit aus %5.</translation>
    </message>
    <message>
        <source>rows above the header left out: %1</source>
        <translation>Zeilen über der Kopfzeile ausgelassen: %1</translation>
    </message>
    <message>
        <source>Amazon Connect contact records (voice: %1; chat: %2; records read: %3; with audio: %4; with a transcript: %5).</source>
        <translation>Amazon-Connect-Kontaktdatensätze (Sprache: %1; Chat: %2; gelesene Datensätze: %3; mit Audio: %4; mit Transkript: %5).</translation>
    </message>
    <message>
        <source>Recordings named in the records but not found next to this file: %1; those calls were imported without audio, with DisconnectTimestamp - start as length.</source>
        <translation>In den Datensätzen genannte, aber neben dieser Datei nicht gefundene Aufnahmen: %1; diese Anrufe wurden ohne Audio importiert, mit DisconnectTimestamp - Start als Länge.</translation>
    </message>
    <message>
        <source>Call manifest (calls: %1; with audio: %2; with a transcript: %3).</source>
        <translation>Anrufliste (Anrufe: %1; mit Audio: %2; mit Transkript: %3).</translation>
    </message>
    <message>
        <source>Start times taken from the audio file (name, else modification time): %1.</source>
        <translation>Startzeiten aus der Audiodatei übernommen (Name, sonst Änderungszeit): %1.</translation>
    </message>
    <message>
        <source>; deleted tickets left out: %1</source>
        <translation>; gelöschte Tickets ausgelassen: %1</translation>
    </message>
    <message>
        <source>Not in the header: %1. A KPI CSV has one value per row in the columns period (or date, month), kpi (or name, metric) and value; name others with --map FIELD=COLUMN, or use --format wide for one column per KPI.</source>
        <translation>Nicht in der Kopfzeile: %1. Eine KPI-CSV hat einen Wert pro Zeile in den Spalten period (oder date, month), kpi (oder name, metric) und value; andere Spalten benennen Sie mit --map FIELD=COLUMN, oder nutzen Sie --format wide für eine Spalte pro KPI.</translation>
    </message>
    <message>
        <source>KPI CSV, one value per row (values: %1, KPIs: %2).</source>
        <translation>KPI-CSV, ein Wert pro Zeile (Werte: %1, KPIs: %2).</translation>
    </message>
    <message>
        <source>Rows without a value, left out as gaps (not zeros): %1.</source>
        <translation>Zeilen ohne Wert, als Lücken ausgelassen (nicht als Nullen): %1.</translation>
    </message>
    <message>
        <source>Wide KPI sheet: periods from &quot;%1&quot; (found %2, %3); KPIs (%4): %5; values: %6.</source>
        <translation>Breite KPI-Tabelle: Zeiträume aus „%1“ (gefunden %2, %3); KPIs (%4): %5; Werte: %6.</translation>
    </message>
    <message>
        <source>Blank cells, left out as gaps (not zeros): %1.</source>
        <translation>Leere Zellen, als Lücken ausgelassen (nicht als Nullen): %1.</translation>
    </message>
    <message>
        <source>Lines above the header skipped: %1.</source>
        <translation>Zeilen über der Kopfzeile übersprungen: %1.</translation>
    </message>
    <message>
        <source>date column &quot;%1&quot;, numeric columns: %2</source>
        <translation>Datumsspalte „%1“, Zahlenspalten: %2</translation>
    </message>
    <message>
        <source>Twilio %1 (recordings: %2; with audio found next to the manifest: %3).</source>
        <translation>Twilio %1 (Aufnahmen: %2; mit Audio neben der Liste gefunden: %3).</translation>
    </message>
    <message>
        <source>Transcripts found as &lt;RecordingSid&gt;*.json: %1.</source>
        <translation>Als &lt;RecordingSid&gt;*.json gefundene Transkripte: %1.</translation>
    </message>
    <message>
        <source>Zendesk tickets (API JSON)</source>
        <translation>Zendesk-Tickets (API-JSON)</translation>
    </message>
    <message>
        <source>JSON with Zendesk tickets (via, requester_id)</source>
        <translation>JSON mit Zendesk-Tickets (via, requester_id)</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1): cut short?</source>
        <translation>Das ist kein gültiges JSON (%1): abgeschnitten?</translation>
    </message>
    <message>
        <source>No Zendesk tickets here: expected {&quot;tickets&quot;: [...]}, {&quot;ticket&quot;: {...}} or an array of tickets.</source>
        <translation>Keine Zendesk-Tickets gefunden: erwartet wird {&quot;tickets&quot;: [...]}, {&quot;ticket&quot;: {...}} oder eine Liste von Tickets.</translation>
    </message>
    <message>
        <source>Record %1 is not a ticket (no id, created_at or via).</source>
        <translation>Datensatz %1 ist kein Ticket (kein id, created_at oder via).</translation>
    </message>
    <message>
        <source>an older copy of ticket %1; a later one is kept</source>
        <translation>eine ältere Kopie von Ticket %1; eine spätere wird behalten</translation>
    </message>
    <message>
        <source>Ticket %1: created_at &quot;%2&quot; is not a date.</source>
        <translation>Ticket %1: created_at „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Zendesk tickets (API JSON): tickets read: %1</source>
        <translation>Zendesk-Tickets (API-JSON): gelesene Tickets: %1</translation>
    </message>
    <message>
        <source>; older copies of a changed ticket left out: %1</source>
        <translation>; ältere Kopien geänderter Tickets ausgelassen: %1</translation>
    </message>
    <message>
        <source>Follow-up rules could not run: %1</source>
        <translation>Die Follow-up-Regeln konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>Follow-ups raised: %1</source>
        <translation>Angelegte Follow-ups: %1</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the archive is damaged</source>
        <translation>das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in this archive is protected by a password. Unpack it with the password and import the file itself.</source>
        <translation>&quot;%1&quot; in diesem Archiv ist durch ein Passwort geschützt. Entpacken Sie es mit dem Passwort und importieren Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>The archive holds no file to import.</source>
        <translation>Das Archiv enthält keine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>The archive holds %1 files (%2). Unpack it and import them one by one, or add the folder as a feed.</source>
        <translation>Das Archiv enthält %1 Dateien (%2). Entpacken Sie es und importieren Sie sie einzeln, oder fügen Sie den Ordner als Feed hinzu.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in the archive: %2</source>
        <translation>&quot;%1&quot; im Archiv kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot unpack the archive: %1</source>
        <translation>Das Archiv kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>Unpacking %1</source>
        <translation>Entpacke %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack the archive.</source>
        <translation>Es kann kein temporärer Ordner zum Entpacken des Archivs angelegt werden.</translation>
    </message>
    <message>
        <source>The file in the archive is empty.</source>
        <translation>Die Datei im Archiv ist leer.</translation>
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
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · partial: %2</source>
        <translation>%1 · teilweise: %2</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs. %1</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>no earlier NPS to compare</source>
        <translation>kein früherer NPS zum Vergleich</translation>
    </message>
    <message>
        <source>≈ %1 vs %2 (too few answers to tell)</source>
        <translation>≈ %1 vs. %2 (zu wenige Antworten für eine Aussage)</translation>
    </message>
    <message>
        <source>≈ %1 vs %2 (within the margin)</source>
        <translation>≈ %1 vs. %2 (innerhalb der Fehlerspanne)</translation>
    </message>
    <message>
        <source>%1 %2 vs %3 (significant)</source>
        <translation>%1 %2 vs. %3 (signifikant)</translation>
    </message>
</context>
<context>
    <name>PresentPrompt</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>The PDF report was cancelled; no file was written.</source>
        <translation>Der PDF-Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Reading the room</source>
        <translation>Lesen des Raums</translation>
    </message>
    <message>
        <source>Reading artifacts</source>
        <translation>Lesen der Artefakte</translation>
    </message>
    <message>
        <source>Measuring fixes</source>
        <translation>Messen der Maßnahmen</translation>
    </message>
    <message>
        <source>Reading follow-ups</source>
        <translation>Lesen der Follow-ups</translation>
    </message>
    <message>
        <source>No metric to move was named.</source>
        <translation>Es wurde keine Zielkennzahl angegeben.</translation>
    </message>
    <message>
        <source>%1 (n %2)</source>
        <translation>%1 (n %2)</translation>
    </message>
    <message>
        <source>%1 (1 month)</source>
        <translation>%1 (1 Monat)</translation>
    </message>
    <message>
        <source>%1 (%2 months)</source>
        <translation>%1 (%2 Monate)</translation>
    </message>
    <message>
        <source>%1: no baseline captured.</source>
        <translation>%1: kein Ausgangswert erfasst.</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 vorher: %2</translation>
    </message>
    <message>
        <source>after: measured once the fix is done</source>
        <translation>nachher: wird gemessen, sobald die Maßnahme erledigt ist</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nachher: %1</translation>
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
        <source>better (a KPI carries no sample test)</source>
        <translation>besser (für KPIs gibt es keinen Stichprobentest)</translation>
    </message>
    <message>
        <source>not better</source>
        <translation>nicht besser</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>keine Abteilung zuständig</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verifiziert am %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>✕ overdue since %1</source>
        <translation>✕ überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>escalated %1%2</source>
        <translation>eskaliert am %1%2</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>angelegt am %1</translation>
    </message>
    <message>
        <source>%1 · waiting %2 days</source>
        <translation>%1 · wartet seit %2 Tagen</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Across the journey</source>
        <translation>Über die gesamte Journey</translation>
    </message>
    <message>
        <source>No fixes yet: assign one in the review, with an owner, a due date and the metric it must move.</source>
        <translation>Noch keine Maßnahmen: Legen Sie im Review eine mit Verantwortlichen, Termin und der Kennzahl fest, die sie bewegen soll.</translation>
    </message>
    <message>
        <source>As of %1: %2 fixes, %3 open (%4 overdue), %5 done and being measured, %6 verified.</source>
        <translation>Stand %1: %2 Maßnahmen, %3 offen (%4 überfällig), %5 erledigt und in Messung, %6 verifiziert.</translation>
    </message>
    <message>
        <source>Open, overdue first</source>
        <translation>Offen, überfällige zuerst</translation>
    </message>
    <message>
        <source>Done, being measured</source>
        <translation>Erledigt, in Messung</translation>
    </message>
    <message>
        <source>Verified: what worked</source>
        <translation>Verifiziert: was gewirkt hat</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Closing the loop</source>
        <translation>Den Kreis schließen</translation>
    </message>
    <message>
        <source>No open follow-ups: all %1 raised so far are resolved.</source>
        <translation>Keine offenen Follow-ups: Alle %1 bisher angelegten sind erledigt.</translation>
    </message>
    <message>
        <source>No follow-ups raised yet: a detractor with a comment, a complaint spike or a KPI turning red raises one.</source>
        <translation>Noch keine Follow-ups angelegt: Ein Detraktor mit Kommentar, eine Beschwerdespitze oder ein KPI, der rot wird, legt eines an.</translation>
    </message>
    <message>
        <source>As of %1: %2 open (%3 escalated, %4 acknowledged), the longest waiting first; %5 resolved so far.</source>
        <translation>Stand %1: %2 offen (%3 eskaliert, %4 bestätigt), die am längsten wartenden zuerst; bisher %5 erledigt.</translation>
    </message>
    <message>
        <source>Open follow-ups · %1</source>
        <translation>Offene Follow-ups · %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>NPS (± margin, n)</source>
        <translation>NPS (± Spanne, n)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Open fixes</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 ±%2 · n %3</source>
        <translation>%1 ±%2 · n %3</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>CUSTOMER ROOM REPORT</source>
        <translation>CUSTOMER-ROOM-BERICHT</translation>
    </message>
    <message>
        <source>Everything in the room; no earlier period to compare with.</source>
        <translation>Alles im Raum; kein früherer Zeitraum zum Vergleich.</translation>
    </message>
    <message>
        <source>The room has no evidence in this period yet.</source>
        <translation>Der Raum hat in diesem Zeitraum noch keine Belege.</translation>
    </message>
    <message>
        <source>A partial period, compared with the same days before (%1).</source>
        <translation>Ein Teilzeitraum, verglichen mit denselben Tagen davor (%1).</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 Phase</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Phasen</translation>
    </message>
    <message>
        <source>Prepared %1 · %2 · personal data in customers&apos; words is masked</source>
        <translation>Erstellt am %1 · %2 · personenbezogene Daten in Kundenaussagen sind maskiert</translation>
    </message>
    <message>
        <source>The journey at a glance</source>
        <translation>Die Journey auf einen Blick</translation>
    </message>
    <message>
        <source>This room has no stages yet.</source>
        <translation>Dieser Raum hat noch keine Phasen.</translation>
    </message>
    <message>
        <source>The journey at a glance (continued)</source>
        <translation>Die Journey auf einen Blick (Fortsetzung)</translation>
    </message>
    <message>
        <source>Not in any stage yet (the Unassigned tray): %1 complaints, %2 survey answers, %3 calls.</source>
        <translation>Noch keiner Phase zugeordnet (Ablage „Nicht zugeordnet“): %1 Beschwerden, %2 Umfrageantworten, %3 Anrufe.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>How the numbers are made</source>
        <translation>Wie die Zahlen entstehen</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Every number in this report is computed by the same functions as the wall and customer-room-cli report --json.</source>
        <translation>Jede Zahl in diesem Bericht wird mit denselben Funktionen berechnet wie die Wand und customer-room-cli report --json.</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>NPS = %promoters(9-10) − %detractors(0-6) over n answers, range −100..100.</source>
        <translation>NPS = %Promotoren(9-10) − %Detraktoren(0-6) über n Antworten, Bereich −100..100.</translation>
    </message>
    <message>
        <source>Margin of error (95 %): 1.96·100·√((p+ + p− − (p+ − p−)²)/n), where p+ and p− are the shares of promoters and detractors.</source>
        <translation>Fehlerspanne (95 %): 1.96·100·√((p+ + p− − (p+ − p−)²)/n), wobei p+ und p− die Anteile der Promotoren und Detraktoren sind.</translation>
    </message>
    <message>
        <source>A change between two periods is significant only when |Δ| &gt; 1.96·√(SE₁² + SE₂²) and both periods have n&#xa0;≥&#xa0;%1; otherwise it is shown grey with “≈”.</source>
        <translation>Eine Veränderung zwischen zwei Zeiträumen ist nur signifikant, wenn |Δ| &gt; 1.96·√(SE₁² + SE₂²) und beide Zeiträume n&#xa0;≥&#xa0;%1 haben; sonst wird sie grau mit „≈“ dargestellt.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>CSAT = % of answers 4-5 on a 1-5 scale (top-2-box).</source>
        <translation>CSAT = % der Antworten 4-5 auf einer Skala von 1-5 (Top-2-Box).</translation>
    </message>
    <message>
        <source>Its change uses the two-proportion test, |p₁ − p₂| &gt; 1.96·√(p(1 − p)(1/n₁ + 1/n₂)) with the pooled share p, and the same n&#xa0;≥&#xa0;%1 rule.</source>
        <translation>Für ihre Veränderung gelten der Zwei-Anteile-Test, |p₁ − p₂| &gt; 1.96·√(p(1 − p)(1/n₁ + 1/n₂)) mit dem gepoolten Anteil p, und dieselbe Regel n&#xa0;≥&#xa0;%1.</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>CES = mean on 1-7 (lower is easier).</source>
        <translation>CES = Mittelwert auf 1-7 (niedriger ist leichter).</translation>
    </message>
    <message>
        <source>Its change counts when |Δ| &gt; 1.96·√(s₁²/n₁ + s₂²/n₂) (Welch) and both periods have n&#xa0;≥&#xa0;%1.</source>
        <translation>Seine Veränderung zählt, wenn |Δ| &gt; 1.96·√(s₁²/n₁ + s₂²/n₂) (Welch) und beide Zeiträume n&#xa0;≥&#xa0;%1 haben.</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobengröße</translation>
    </message>
    <message>
        <source>Every score is printed with its n. Below n&#xa0;=&#xa0;%1 any score (NPS, CSAT, CES) is marked “low sample”. No data shows “—”, never 0.</source>
        <translation>Jeder Wert steht mit seinem n. Unter n&#xa0;=&#xa0;%1 wird jeder Wert (NPS, CSAT, CES) als „n zu klein“ markiert. Fehlende Daten erscheinen als „—“, nie als 0.</translation>
    </message>
    <message>
        <source>A KPI is green when it meets its target in its direction, amber inside its amber band, red otherwise.</source>
        <translation>Ein KPI ist grün, wenn er sein Ziel in seiner Richtung erreicht, gelb innerhalb seines Gelbbereichs, sonst rot.</translation>
    </message>
    <message>
        <source>For a period longer than a month the KPI value is the mean of its monthly values (a count KPI may declare the sum). Trend = the last %1 periods of the chosen length.</source>
        <translation>Für einen Zeitraum über einen Monat ist der KPI-Wert der Mittelwert seiner Monatswerte (ein Anzahl-KPI kann stattdessen die Summe festlegen). Verlauf = die letzten %1 Zeiträume der gewählten Länge.</translation>
    </message>
    <message>
        <source>A category&apos;s count moves (▲ or ▼) only when |c₂ − c₁| &gt; 1.96·√(c₁ + c₂) and at least %1 complaints lie between the two periods; otherwise “≈”.</source>
        <translation>Die Anzahl einer Kategorie bewegt sich (▲ oder ▼) nur, wenn |c₂ − c₁| &gt; 1.96·√(c₁ + c₂) und beide Zeiträume zusammen mindestens %1 Beschwerden haben; sonst „≈“.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Compare like with like: a period that is not over yet, or has data for only part of it, is compared with the same days of the previous period and labelled “partial”.</source>
        <translation>Gleiches mit Gleichem vergleichen: Ein Zeitraum, der noch nicht vorbei ist oder nur für einen Teil Daten hat, wird mit denselben Tagen des vorherigen Zeitraums verglichen und als „teilweise“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>A fix&apos;s baseline is its metric over the %1 days before it was created (KPIs: the %2 whole months before); its result is the metric after it was marked done, tested as above.</source>
        <translation>Der Ausgangswert einer Maßnahme ist ihre Kennzahl über die %1 Tage vor ihrer Anlage (KPIs: die %2 vollen Monate davor); ihr Ergebnis ist die Kennzahl, nachdem sie als erledigt markiert wurde, geprüft wie oben.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Customers&apos; words (complaint quotes, follow-ups, fix notes) are printed with e-mail addresses, phone, card and account numbers and street addresses masked: [e-mail], [phone], [card], [account], [address].</source>
        <translation>Aussagen von Kunden (Beschwerdezitate, Follow-ups, Notizen zu Maßnahmen) werden mit maskierten E-Mail-Adressen, Telefon-, Karten- und Kontonummern sowie Postanschriften gedruckt: [e-mail], [phone], [card], [account], [address].</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF report needs fonts: run it from customer-room or customer-room-cli.</source>
        <translation>Der PDF-Bericht braucht Schriften: Erstellen Sie ihn mit customer-room oder customer-room-cli.</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Setzen der Seiten</translation>
    </message>
    <message>
        <source>Cannot write the PDF report: %1.</source>
        <translation>Der PDF-Bericht kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Customer Room report: %1, %2</source>
        <translation>Customer-Room-Bericht: %1, %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Customer Room report · %1 · %2</source>
        <translation>Customer-Room-Bericht · %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3</source>
        <translation>Phase %1 von %2 · %3</translation>
    </message>
    <message>
        <source>No owner department</source>
        <translation>Keine Abteilung zuständig</translation>
    </message>
    <message>
        <source>Also shaped by: %1</source>
        <translation>Beteiligt: %1</translation>
    </message>
    <message>
        <source>No target experience yet: write one sentence in the customer&apos;s voice.</source>
        <translation>Noch kein Zielerlebnis: Formulieren Sie einen Satz aus Sicht des Kunden.</translation>
    </message>
    <message>
        <source> · low sample</source>
        <translation> · n zu klein</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>%1 % · n %2</source>
        <translation>%1 % · n %2</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>%1 of 7 · n %2</source>
        <translation>%1 von 7 · n %2</translation>
    </message>
    <message>
        <source> (%1 before)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 · %2 recorded</source>
        <translation>%1 · %2 aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>last %1 quarters</source>
        <translation>letzte %1 Quartale</translation>
    </message>
    <message>
        <source>last %1 periods</source>
        <translation>letzte %1 Zeiträume</translation>
    </message>
    <message>
        <source>last %1 months</source>
        <translation>letzte %1 Monate</translation>
    </message>
    <message>
        <source>%1 · significant</source>
        <translation>%1 · signifikant</translation>
    </message>
    <message>
        <source>%1 · not significant</source>
        <translation>%1 · nicht signifikant</translation>
    </message>
    <message>
        <source>%1 · samples too small to tell</source>
        <translation>%1 · Stichproben zu klein für eine Aussage</translation>
    </message>
    <message>
        <source>no earlier NPS to compare</source>
        <translation>kein früherer NPS zum Vergleich</translation>
    </message>
    <message>
        <source>n %1 · ±%2 (95 % margin of error)</source>
        <translation>n %1 · ±%2 (95-%-Fehlerspanne)</translation>
    </message>
    <message>
        <source>%1 promoters, %2 passives, %3 detractors</source>
        <translation>%1 Promotoren, %2 Passive, %3 Detraktoren</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>low sample</source>
        <translation>n zu klein</translation>
    </message>
    <message>
        <source>KPIs of the key moments</source>
        <translation>KPIs der Schlüsselmomente</translation>
    </message>
    <message>
        <source>No KPIs for this stage yet: add one for each key moment of truth.</source>
        <translation>Noch keine KPIs für diese Phase: Legen Sie für jeden wichtigen Moment of Truth einen an.</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>KPIs of the key moments (continued)</source>
        <translation>KPIs der Schlüsselmomente (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>monthly value</source>
        <translation>Monatswert</translation>
    </message>
    <message>
        <source>Top complaint categories</source>
        <translation>Häufigste Beschwerdekategorien</translation>
    </message>
    <message>
        <source>No complaints in %1.</source>
        <translation>Keine Beschwerden im %1.</translation>
    </message>
    <message>
        <source>Top complaint categories (continued)</source>
        <translation>Häufigste Beschwerdekategorien (Fortsetzung)</translation>
    </message>
    <message>
        <source>▲ up from %1</source>
        <translation>▲ gestiegen von %1</translation>
    </message>
    <message>
        <source>▼ down from %1</source>
        <translation>▼ gesunken von %1</translation>
    </message>
    <message>
        <source>≈ %1 before</source>
        <translation>≈ vorher %1</translation>
    </message>
    <message>
        <source>+%1 more categories</source>
        <translation>+%1 weitere Kategorien</translation>
    </message>
    <message>
        <source>Artifacts customers receive</source>
        <translation>Artefakte, die Kunden erhalten</translation>
    </message>
    <message>
        <source>No artifacts for this stage yet.</source>
        <translation>Noch keine Artefakte für diese Phase.</translation>
    </message>
    <message>
        <source>+%1 more artifacts in the room</source>
        <translation>+%1 weitere Artefakte im Raum</translation>
    </message>
    <message>
        <source>%1 open (%2 overdue) · %3 done · %4 verified. Every fix, with what it moved, is on the Fixes page.</source>
        <translation>%1 offen (%2 überfällig) · %3 erledigt · %4 verifiziert. Alle Maßnahmen mit ihrer Wirkung stehen auf der Seite „Maßnahmen“.</translation>
    </message>
    <message>
        <source>No open fixes for this stage.</source>
        <translation>Keine offenen Maßnahmen für diese Phase.</translation>
    </message>
    <message>
        <source>Open fixes (continued)</source>
        <translation>Offene Maßnahmen (Fortsetzung)</translation>
    </message>
    <message>
        <source>moves %1 (baseline %2)</source>
        <translation>Zielkennzahl %1 (Ausgangswert %2)</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>Zielkennzahl %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <source>✕ overdue · due %1</source>
        <translation>✕ überfällig · fällig %1</translation>
    </message>
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
        <source>Detractor with a comment</source>
        <translation>Detraktor mit Kommentar</translation>
    </message>
    <message>
        <source>Complaint spike</source>
        <translation>Beschwerdespitze</translation>
    </message>
    <message>
        <source>KPI turned red</source>
        <translation>KPI rot geworden</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report %1</source>
        <translation>PDF-Bericht %1 wird geschrieben</translation>
    </message>
    <message>
        <source>PDF report cancelled: nothing was written.</source>
        <translation>PDF-Bericht abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the PDF report %1 (%2 pages).</source>
        <translation>PDF-Bericht %1 geschrieben (%2 Seiten).</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Reading reviews</source>
        <translation>Lesen der Reviews</translation>
    </message>
    <message>
        <source>Reading review decisions</source>
        <translation>Lesen der Review-Entscheidungen</translation>
    </message>
    <message>
        <source>A review needs the date it was held.</source>
        <translation>Ein Review braucht das Datum, an dem es stattfand.</translation>
    </message>
    <message>
        <source>Saving the review&apos;s period</source>
        <translation>Speichern des Zeitraums des Reviews</translation>
    </message>
    <message>
        <source>Saving a decision</source>
        <translation>Speichern einer Entscheidung</translation>
    </message>
    <message>
        <source>Closing a decision</source>
        <translation>Abschließen einer Entscheidung</translation>
    </message>
</context>
<context>
    <name>RoomGenerator</name>
    <message>
        <source>Survey answers for %1</source>
        <translation>Umfrageantworten für %1</translation>
    </message>
    <message>
        <source>Complaints for %1</source>
        <translation>Beschwerden für %1</translation>
    </message>
    <message>
        <source>Calls for %1</source>
        <translation>Anrufe für %1</translation>
    </message>
    <message>
        <source>The demo media file is missing from this build: %1</source>
        <translation>Die Demo-Mediendatei fehlt in diesem Build: %1</translation>
    </message>
    <message>
        <source>Cancelled; the room was not created.</source>
        <translation>Abgebrochen; der Raum wurde nicht angelegt.</translation>
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
        <source>The demo media manifest lists no calls.</source>
        <translation>Das Demo-Medienmanifest enthält keine Anrufe.</translation>
    </message>
    <message>
        <source>The sizes of the room are out of range.</source>
        <translation>Die Größenangaben für den Raum liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>A room can only be generated into an empty room.</source>
        <translation>Ein Raum lässt sich nur in einem leeren Raum erzeugen.</translation>
    </message>
    <message>
        <source>Kestrel Fibre (generated, seed %1)</source>
        <translation>Kestrel Fibre (erzeugt, Startwert %1)</translation>
    </message>
    <message>
        <source>Stages, departments and KPIs</source>
        <translation>Phasen, Abteilungen und KPIs</translation>
    </message>
    <message>
        <source>Fixes and reviews</source>
        <translation>Maßnahmen und Reviews</translation>
    </message>
    <message>
        <source>Saving the room</source>
        <translation>Speichern des Raums</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
    <message>
        <source>Storing an imported record failed: %1</source>
        <translation>Speichern eines importierten Datensatzes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looking up an imported record failed: %1</source>
        <translation>Nachschlagen eines importierten Datensatzes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Updating an imported record failed: %1</source>
        <translation>Aktualisieren eines importierten Datensatzes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looking up a KPI value failed: %1</source>
        <translation>Nachschlagen eines KPI-Werts fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Looking up KPI &quot;%1&quot; failed: %2</source>
        <translation>Nachschlagen des KPI &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>There is already a feed named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Feed namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Adding feed &quot;%1&quot;</source>
        <translation>Hinzufügen des Feeds &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving feed &quot;%1&quot;</source>
        <translation>Speichern des Feeds &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading feeds</source>
        <translation>Lesen der Feeds</translation>
    </message>
    <message>
        <source>There is no feed named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Feed namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removing a feed</source>
        <translation>Entfernen eines Feeds</translation>
    </message>
    <message>
        <source>Saving the feed&apos;s sync state</source>
        <translation>Speichern des Synchronisierungsstands des Feeds</translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation>Protokollieren des Imports</translation>
    </message>
    <message>
        <source>Recording a rejected row</source>
        <translation>Protokollieren einer abgelehnten Zeile</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>Lesen des Importprotokolls</translation>
    </message>
    <message>
        <source>Reading rejected rows</source>
        <translation>Lesen der abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>This file is empty, not a room. Create a room with &quot;customer-room-cli init&quot;.</source>
        <translation>Diese Datei ist leer, kein Raum. Legen Sie einen Raum mit &quot;customer-room-cli init&quot; an.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to read this older room.</source>
        <translation>Zum Lesen dieses älteren Raums lässt sich kein temporärer Ordner anlegen.</translation>
    </message>
    <message>
        <source>Cannot copy this older room to read it.</source>
        <translation>Dieser ältere Raum lässt sich zum Lesen nicht kopieren.</translation>
    </message>
    <message>
        <source>Cannot replace the old room: %1</source>
        <translation>Der alte Raum lässt sich nicht ersetzen: %1</translation>
    </message>
    <message>
        <source>Checking the upgraded room</source>
        <translation>Prüfen des aktualisierten Raums</translation>
    </message>
    <message>
        <source>The room&apos;s links between records are broken (table %1); it was left as it was.</source>
        <translation>Die Verknüpfungen zwischen den Datensätzen des Raums sind beschädigt (Tabelle %1); der Raum blieb unverändert.</translation>
    </message>
    <message>
        <source>Reading mapping rules</source>
        <translation>Lesen der Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Adding a mapping rule</source>
        <translation>Hinzufügen einer Zuordnungsregel</translation>
    </message>
    <message>
        <source>Removing a mapping rule</source>
        <translation>Entfernen einer Zuordnungsregel</translation>
    </message>
    <message>
        <source>There is no mapping rule %1.</source>
        <translation>Es gibt keine Zuordnungsregel %1.</translation>
    </message>
    <message>
        <source>Counting unassigned records</source>
        <translation>Zählen der nicht zugeordneten Datensätze</translation>
    </message>
    <message>
        <source>Reading the Unassigned tray</source>
        <translation>Lesen der Ablage &quot;Nicht zugeordnet&quot;</translation>
    </message>
    <message>
        <source>KPIs are placed on a stage in the room&apos;s set-up.</source>
        <translation>KPIs werden in der Einrichtung des Raums einer Phase zugeordnet.</translation>
    </message>
    <message>
        <source>Assigning records to a stage</source>
        <translation>Zuordnen von Datensätzen zu einer Phase</translation>
    </message>
    <message>
        <source>Applying mapping rules</source>
        <translation>Anwenden der Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Preparing the new room</source>
        <translation>Vorbereiten des neuen Raums</translation>
    </message>
    <message>
        <source>Finishing the new room</source>
        <translation>Abschließen des neuen Raums</translation>
    </message>
    <message>
        <source>Starting to write the room</source>
        <translation>Beginnen des Schreibens in den Raum</translation>
    </message>
    <message>
        <source>Adding a call</source>
        <translation>Hinzufügen eines Anrufs</translation>
    </message>
    <message>
        <source>Adding an artifact</source>
        <translation>Hinzufügen eines Artefakts</translation>
    </message>
    <message>
        <source>Adding a clip</source>
        <translation>Hinzufügen eines Clips</translation>
    </message>
    <message>
        <source>Featuring a clip</source>
        <translation>Hervorheben eines Clips</translation>
    </message>
    <message>
        <source>Reading a complaint</source>
        <translation>Lesen einer Beschwerde</translation>
    </message>
    <message>
        <source>Reading the last day with data</source>
        <translation>Lesen des letzten Tags mit Daten</translation>
    </message>
    <message>
        <source>A stage&apos;s tour time is between 3 and 600 seconds.</source>
        <translation>Die Tour-Zeit einer Phase liegt zwischen 3 und 600 Sekunden.</translation>
    </message>
    <message>
        <source>Saving the stage&apos;s tour time</source>
        <translation>Speichern der Tour-Zeit der Phase</translation>
    </message>
    <message>
        <source>The stage is no longer in the room.</source>
        <translation>Die Phase ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>Preparing the search index</source>
        <translation>Suchindex vorbereiten</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Suchindex aktualisieren</translation>
    </message>
    <message>
        <source>The room is busy; the rule was not moved.</source>
        <translation>Der Raum ist beschäftigt; die Regel wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>Moving a mapping rule</source>
        <translation>Verschieben einer Zuordnungsregel</translation>
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
    <name>SetupStore</name>
    <message>
        <source>fixes it owns</source>
        <translation>Maßnahmen in ihrer Zuständigkeit</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Checking a name</source>
        <translation>Prüfen eines Namens</translation>
    </message>
    <message>
        <source>“%1” is already taken; choose another name.</source>
        <translation>„%1“ ist bereits vergeben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Lesen der Reihenfolge</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>Speichern der Reihenfolge</translation>
    </message>
    <message>
        <source>Saving the stage&apos;s departments</source>
        <translation>Speichern der Abteilungen der Phase</translation>
    </message>
    <message>
        <source>Saving stage “%1”</source>
        <translation>Speichern der Phase „%1“</translation>
    </message>
    <message>
        <source>That stage is no longer in the room.</source>
        <translation>Diese Phase ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>Saving the stage&apos;s maturity</source>
        <translation>Speichern des Reifegrads der Phase</translation>
    </message>
    <message>
        <source>Reading the stage&apos;s maturity</source>
        <translation>Lesen des Reifegrads der Phase</translation>
    </message>
    <message>
        <source>Saving moment “%1”</source>
        <translation>Speichern des Moments „%1“</translation>
    </message>
    <message>
        <source>That moment is no longer in the room.</source>
        <translation>Dieser Moment ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>Saving department “%1”</source>
        <translation>Speichern der Abteilung „%1“</translation>
    </message>
    <message>
        <source>The amber band is a distance past the target, 0 or more.</source>
        <translation>Der Gelbbereich ist ein Abstand jenseits des Ziels, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Saving KPI “%1”</source>
        <translation>Speichern des KPI „%1“</translation>
    </message>
    <message>
        <source>The room&apos;s links are deeper than expected.</source>
        <translation>Die Verknüpfungen im Raum sind tiefer verschachtelt als erwartet.</translation>
    </message>
    <message>
        <source>Reading what is removed</source>
        <translation>Lesen des zu Entfernenden</translation>
    </message>
    <message>
        <source>Reading the room&apos;s tables</source>
        <translation>Lesen der Tabellen des Raums</translation>
    </message>
    <message>
        <source>Reading what is linked</source>
        <translation>Lesen der Verknüpfungen</translation>
    </message>
    <message numerus="yes">
        <source>It is still needed by %n %1; change those first.</source>
        <translation>
            <numerusform>Noch in Verwendung (%1: %n); ändern Sie zuerst diesen Eintrag.</numerusform>
            <numerusform>Noch in Verwendung (%1: %n); ändern Sie zuerst diese Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Putting it back</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Putting its links back</source>
        <translation>Wiederherstellen der Verknüpfungen</translation>
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
    <name>Tray</name>
    <message>
        <source>any field</source>
        <translation>ein beliebiges Feld</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
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
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>WorkerRoom</name>
    <message>
        <source>The room cannot be read (%1). Close this window and open the room again.</source>
        <translation>Der Raum kann nicht gelesen werden (%1). Schließen Sie dieses Fenster und öffnen Sie den Raum erneut.</translation>
    </message>
</context>
<context>
    <name>cr</name>
    <message>
        <source>This PDF needs a password; its preview is shown instead.</source>
        <translation>Dieses PDF ist passwortgeschützt; stattdessen wird seine Vorschau angezeigt.</translation>
    </message>
    <message>
        <source>This PDF cannot be drawn; its preview is shown instead.</source>
        <translation>Dieses PDF lässt sich nicht darstellen; stattdessen wird seine Vorschau angezeigt.</translation>
    </message>
    <message>
        <source>This page cannot be drawn.</source>
        <translation>Diese Seite lässt sich nicht darstellen.</translation>
    </message>
    <message>
        <source>This file is not a picture this viewer can draw.</source>
        <translation>Diese Datei ist kein Bild, das sich hier darstellen lässt.</translation>
    </message>
    <message>
        <source>This artifact has no file to show.</source>
        <translation>Zu diesem Artefakt gibt es keine Datei zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>cr::ui::AgendaOpeningPage</name>
    <message>
        <source>Monthly review · %1</source>
        <translation>Monatliches Review · %1</translation>
    </message>
    <message>
        <source>Since the last review on %1 · %2</source>
        <translation>Seit dem letzten Review am %1 · %2</translation>
    </message>
    <message>
        <source>First review in this room · %1</source>
        <translation>Erstes Review in diesem Raum · %1</translation>
    </message>
    <message>
        <source>What improved</source>
        <translation>Was sich verbessert hat</translation>
    </message>
    <message>
        <source>What got worse</source>
        <translation>Was sich verschlechtert hat</translation>
    </message>
    <message>
        <source>Only changes larger than chance count (n ≥ 30 in both periods, 95 % test).</source>
        <translation>Es zählen nur Veränderungen, die über den Zufall hinausgehen (n ≥ 30 in beiden Zeiträumen, 95-%-Test).</translation>
    </message>
    <message>
        <source>decisions from earlier reviews to follow up: %1</source>
        <translation>nachzuverfolgende Entscheidungen aus früheren Reviews: %1</translation>
    </message>
    <message>
        <source>fixes overdue: %1</source>
        <translation>überfällige Maßnahmen: %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::ArtifactDialog</name>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
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
        <source>The original is not a picture or a PDF; this is its preview.</source>
        <translation>Das Original ist weder Bild noch PDF; dies ist seine Vorschau.</translation>
    </message>
    <message>
        <source>Previous artifact (←)</source>
        <translation>Vorheriges Artefakt (←)</translation>
    </message>
    <message>
        <source>Next artifact (→)</source>
        <translation>Nächstes Artefakt (→)</translation>
    </message>
    <message>
        <source>‹ Page</source>
        <translation>‹ Seite</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Page ›</source>
        <translation>Seite ›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page to the window (0)</source>
        <translation>Seite ins Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl and the mouse wheel)</source>
        <translation>Vergrößern (+ oder Strg und Mausrad)</translation>
    </message>
    <message>
        <source>%1 % of fit</source>
        <translation>%1 % der Fenstergröße</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>eingepasst</translation>
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
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
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
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Listen to</source>
        <translation>Hören</translation>
    </message>
    <message>
        <source>Position in the call (← → 5 s, Shift+← → 15 s, Home: start)</source>
        <translation>Position im Anruf (← → 5 s, Umschalt+← → 15 s, Pos1: Anfang)</translation>
    </message>
    <message>
        <source>Playback speed (+ faster, − slower)</source>
        <translation>Wiedergabetempo (+ schneller, − langsamer)</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Customer only (left channel)</source>
        <translation>Nur Kunde (linker Kanal)</translation>
    </message>
    <message>
        <source>Customer only (right channel)</source>
        <translation>Nur Kunde (rechter Kanal)</translation>
    </message>
    <message>
        <source>Two-channel recordings keep each side on its own channel. Amazon Connect and Twilio put the customer on the left; choose the right channel if this recording has them the other way round.</source>
        <translation>Zweikanalaufnahmen legen jede Gesprächsseite auf einen eigenen Kanal. Amazon Connect und Twilio legen den Kunden auf den linken; wählen Sie den rechten Kanal, wenn es bei dieser Aufnahme umgekehrt ist.</translation>
    </message>
    <message>
        <source>Customer call</source>
        <translation>Kundenanruf</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Aufnahme wird geladen…</translation>
    </message>
    <message>
        <source>This call has no recording to play.</source>
        <translation>Zu diesem Anruf gibt es keine Aufnahme zum Abspielen.</translation>
    </message>
    <message>
        <source>No sound output found on this computer: connect speakers or headphones, or choose an output in the system&apos;s sound settings. The call runs silently meanwhile, with its transcript.</source>
        <translation>Auf diesem Computer wurde keine Audioausgabe gefunden: Schließen Sie Lautsprecher oder Kopfhörer an oder wählen Sie in den Toneinstellungen des Systems eine Ausgabe. Bis dahin läuft der Anruf stumm, mit seinem Transkript.</translation>
    </message>
    <message>
        <source>That clip belongs to another call.</source>
        <translation>Dieser Clip gehört zu einem anderen Anruf.</translation>
    </message>
    <message>
        <source>Playing “%1” (%2 s); it stops at its end.</source>
        <translation>„%1“ wird abgespielt (%2 s) und stoppt an seinem Ende.</translation>
    </message>
    <message>
        <source>This call has no clips yet.</source>
        <translation>Dieser Anruf hat noch keine Clips.</translation>
    </message>
    <message numerus="yes">
        <source>There is no clip %1; this call has %n clip(s).</source>
        <translation>
            <numerusform>Es gibt keinen Clip %1; dieser Anruf hat %n Clip.</numerusform>
            <numerusform>Es gibt keinen Clip %1; dieser Anruf hat %n Clips.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” played to its end. Press C to hear it again.</source>
        <translation>„%1“ wurde bis zum Ende abgespielt. Drücken Sie C, um ihn erneut zu hören.</translation>
    </message>
    <message>
        <source>Start marked at %1: press O where the moment ends.</source>
        <translation>Start bei %1 markiert: Drücken Sie O, wo der Moment endet.</translation>
    </message>
    <message>
        <source>The end must come after the start (%1): play on, then press O.</source>
        <translation>Das Ende muss nach dem Start liegen (%1): Spielen Sie weiter und drücken Sie dann O.</translation>
    </message>
    <message>
        <source>End marked: give it a title and press Enter to save.</source>
        <translation>Ende markiert: Geben Sie einen Titel ein und drücken Sie zum Speichern die Eingabetaste.</translation>
    </message>
    <message>
        <source>End marked: now press I where the moment starts.</source>
        <translation>Ende markiert: Drücken Sie jetzt I, wo der Moment beginnt.</translation>
    </message>
    <message>
        <source>Press I where the clip starts first, then O where it ends.</source>
        <translation>Drücken Sie zuerst I, wo der Clip beginnt, dann O, wo er endet.</translation>
    </message>
    <message>
        <source>Press O where the clip ends (after its start).</source>
        <translation>Drücken Sie O, wo der Clip endet (nach seinem Start).</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved “%1”. Its number plays it.</source>
        <translation>„%1“ gespeichert. Seine Nummer spielt ihn ab.</translation>
    </message>
    <message>
        <source>Clip at %1</source>
        <translation>Clip bei %1</translation>
    </message>
    <message>
        <source>Keys: Space play/pause · ←/→ 5 s · Shift+←/→ 15 s · Home start · +/− speed · I/O mark in/out · Enter save clip · 1–9 play clip · C play selected clip · Esc clear marks</source>
        <translation>Tasten: Leertaste Abspielen/Pause · ←/→ 5 s · Umschalt+←/→ 15 s · Pos1 Anfang · +/− Tempo · I/O Start/Ende markieren · Eingabe Clip speichern · 1–9 Clip abspielen · C ausgewählten Clip abspielen · Esc Markierungen löschen</translation>
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
    <message>
        <source>Mask personal data</source>
        <translation>Personenbezogene Daten maskieren</translation>
    </message>
    <message>
        <source>Hides e-mail addresses, phone, account and card numbers in the transcript, for a shared screen</source>
        <translation>Blendet E-Mail-Adressen, Telefon-, Konto- und Kartennummern im Transkript aus, für einen geteilten Bildschirm</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>This call is on no stage yet: put it on a stage to feature its clips.</source>
        <translation>Dieser Anruf ist noch keiner Phase zugeordnet: Ordnen Sie ihn einer Phase zu, um seine Clips hervorzuheben.</translation>
    </message>
    <message>
        <source>“%1” is featured on the wall for %2: the tour and the agenda play it.</source>
        <translation>„%1“ ist für %2 an der Wand hervorgehoben: Tour und Agenda spielen ihn ab.</translation>
    </message>
    <message>
        <source>%1 features no clip now.</source>
        <translation>Für %1 ist jetzt kein Clip hervorgehoben.</translation>
    </message>
    <message>
        <source>“%1” features no clip yet: open one of its calls, mark a clip (I and O) and choose “Feature on the wall”.</source>
        <translation>Für „%1“ ist noch kein Clip hervorgehoben: Öffnen Sie einen der Anrufe dieser Phase, markieren Sie einen Clip (I und O) und wählen Sie „An der Wand hervorheben“.</translation>
    </message>
</context>
<context>
    <name>cr::ui::CallsCell</name>
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
    <message>
        <source>No calls in %1: drop audio files here or add a feed.</source>
        <translation>Keine Anrufe im %1: Legen Sie hier Audiodateien ab oder fügen Sie einen Feed hinzu.</translation>
    </message>
    <message>
        <source>List every call of this stage in %1</source>
        <translation>Alle Anrufe dieser Phase im %1 auflisten</translation>
    </message>
</context>
<context>
    <name>cr::ui::CallsDialog</name>
    <message>
        <source>Double-click a call or press Enter to play it to the room.</source>
        <translation>Doppelklicken Sie auf einen Anruf oder drücken Sie die Eingabetaste, um ihn der Runde vorzuspielen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1 — calls in %2</source>
        <translation>%1 — Anrufe im %2</translation>
    </message>
    <message>
        <source>New &amp;fix from this call…</source>
        <translation>Neue &amp;Maßnahme aus diesem Anruf…</translation>
    </message>
</context>
<context>
    <name>cr::ui::CelebrationPage</name>
    <message>
        <source>★ Verified since %1</source>
        <translation>★ Verifiziert seit %1</translation>
    </message>
    <message>
        <source>Fixes whose effect on customers was measured and confirmed.</source>
        <translation>Maßnahmen, deren Wirkung auf Kunden gemessen und bestätigt wurde.</translation>
    </message>
    <message>
        <source>No fix was verified since the last review.</source>
        <translation>Seit dem letzten Review wurde keine Maßnahme verifiziert.</translation>
    </message>
    <message>
        <source>Fixes done and waiting to be measured: %1. Verify them next month.</source>
        <translation>Erledigte Maßnahmen, die noch gemessen werden müssen: %1. Verifizieren Sie sie im nächsten Monat.</translation>
    </message>
    <message>
        <source>%1 · %2 · verified %3</source>
        <translation>%1 · %2 · verifiziert am %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: before and after not measured</source>
        <translation>%1: vorher und nachher nicht gemessen</translation>
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
    <name>cr::ui::ClipPanel</name>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Mark in (I)</source>
        <translation>Start markieren (I)</translation>
    </message>
    <message>
        <source>The clip starts here: press I while the call plays</source>
        <translation>Hier beginnt der Clip: Drücken Sie I, während der Anruf läuft</translation>
    </message>
    <message>
        <source>Mark out (O)</source>
        <translation>Ende markieren (O)</translation>
    </message>
    <message>
        <source>The clip ends here: press O while the call plays</source>
        <translation>Hier endet der Clip: Drücken Sie O, während der Anruf läuft</translation>
    </message>
    <message>
        <source>Title, e.g. Customer explains the third visit</source>
        <translation>Titel, z. B. Kunde erklärt den dritten Besuch</translation>
    </message>
    <message>
        <source>What the room will hear; left empty, the customer&apos;s first words in the clip</source>
        <translation>Was die Runde hören wird; leer gelassen: die ersten Worte des Kunden im Clip</translation>
    </message>
    <message>
        <source>Save clip (Enter)</source>
        <translation>Clip speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Press the clip&apos;s number to play it; C plays the selected clip</source>
        <translation>Drücken Sie die Nummer eines Clips, um ihn abzuspielen; C spielt den ausgewählten Clip ab</translation>
    </message>
    <message>
        <source>▶ Play clip (C)</source>
        <translation>▶ Clip abspielen (C)</translation>
    </message>
    <message>
        <source>Plays the selected clip and stops at its end</source>
        <translation>Spielt den ausgewählten Clip ab und stoppt an seinem Ende</translation>
    </message>
    <message>
        <source>Delete clip</source>
        <translation>Clip löschen</translation>
    </message>
    <message>
        <source>★ on the wall</source>
        <translation>★ an der Wand</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Press %1 to play this clip (%2 s)</source>
        <translation>Drücken Sie %1, um diesen Clip abzuspielen (%2 s)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No clips yet: press I where the moment starts, O where it ends, then Enter.</source>
        <translation>Noch keine Clips: Drücken Sie I, wo der Moment beginnt, O, wo er endet, dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Mark a moment while the call plays.</source>
        <translation>Markieren Sie einen Moment, während der Anruf läuft.</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>Start %1 · Ende %2</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message>
        <source>Select a clip to feature it for %1</source>
        <translation>Wählen Sie einen Clip, um ihn für %1 hervorzuheben</translation>
    </message>
    <message>
        <source>Stop featuring on the wall for %1</source>
        <translation>Für %1 nicht mehr an der Wand hervorheben</translation>
    </message>
    <message>
        <source>★ Feature on the wall for %1</source>
        <translation>★ Für %1 an der Wand hervorheben</translation>
    </message>
    <message>
        <source>The tour and the review agenda play the featured clip of “%1”</source>
        <translation>Tour und Review-Agenda spielen den hervorgehobenen Clip von „%1“ ab</translation>
    </message>
    <message>
        <source>New fix from this clip…</source>
        <translation>Neue Maßnahme aus diesem Clip…</translation>
    </message>
    <message>
        <source>A fix on the board with this clip as its evidence</source>
        <translation>Eine Maßnahme auf dem Maßnahmen-Board mit diesem Clip als Beleg</translation>
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
    <message>
        <source>complaint · %1 in %2</source>
        <translation>vs. %1 im %2</translation>
    </message>
    <message>
        <source>Click to read these complaints.</source>
        <translation>Klicken Sie, um diese Beschwerden zu lesen.</translation>
    </message>
    <message>
        <source>↑ or ↓ only when the change is larger than chance: |now − before| &gt; 1.96·√(now + before), with at least %1 complaints between them; otherwise ≈.</source>
        <translation>↑ oder ↓ nur, wenn die Veränderung über den Zufall hinausgeht: |jetzt − vorher| &gt; 1,96·√(jetzt + vorher), bei mindestens %1 Beschwerden zusammen; sonst ≈.</translation>
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
    <message>
        <source>Reading the complaints…</source>
        <translation>Beschwerden werden gelesen…</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>New &amp;fix from this complaint…</source>
        <translation>Neue &amp;Maßnahme aus dieser Beschwerde…</translation>
    </message>
</context>
<context>
    <name>cr::ui::DepartmentFixModel</name>
    <message>
        <source>Fix</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>zuständig</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>beteiligt</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Termin</translation>
    </message>
    <message>
        <source>⚠ %1, overdue</source>
        <translation>⚠ %1, überfällig</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::DepartmentKpiModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert für %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::DepartmentPage</name>
    <message>
        <source>Double-click a follow-up to work on it in the inbox</source>
        <translation>Doppelklicken Sie auf ein Follow-up, um es im Posteingang zu bearbeiten</translation>
    </message>
    <message>
        <source>No KPI names this department as its owner, and its stages have no KPIs without one.</source>
        <translation>Kein KPI nennt diese Abteilung als zuständig, und ihre Phasen haben keine KPIs ohne Zuständigkeit.</translation>
    </message>
    <message>
        <source>No open fixes: nothing assigned to this department, or all of it is done.</source>
        <translation>Keine offenen Maßnahmen: Dieser Abteilung ist nichts zugewiesen, oder alles ist erledigt.</translation>
    </message>
    <message>
        <source>No open follow-ups: this department&apos;s inbox is clear.</source>
        <translation>Keine offenen Follow-ups: Der Posteingang dieser Abteilung ist leer.</translation>
    </message>
    <message>
        <source>Choose a department on the left to see who leads it, the stages it owns and shapes, its KPIs, its open fixes and its follow-ups.</source>
        <translation>Wählen Sie links eine Abteilung, um ihre Leitung zu sehen, die Phasen, für die sie zuständig ist oder an denen sie mitwirkt, ihre KPIs, offenen Maßnahmen und Follow-ups.</translation>
    </message>
    <message>
        <source>This department cannot be shown</source>
        <translation>Diese Abteilung kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>noch nicht benannt</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>CX ambassador</source>
        <translation>CX-Botschafter*in</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Zuständig für</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>keine Phase</translation>
    </message>
    <message>
        <source>Contributes to</source>
        <translation>Wirkt mit an</translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation>keiner weiteren Phase</translation>
    </message>
    <message>
        <source>KPIs · %1</source>
        <translation>KPIs · %1</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>%1 off target</source>
        <translation>%1 verfehlt</translation>
    </message>
    <message>
        <source>none off target</source>
        <translation>keine verfehlt</translation>
    </message>
    <message>
        <source>Open fixes</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 überfällig</translation>
    </message>
    <message>
        <source>%1 %2 escalated</source>
        <translation>%1 %2 eskaliert</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Follow-ups</translation>
    </message>
    <message>
        <source>double-click one to work on it</source>
        <translation>zum Bearbeiten doppelklicken</translation>
    </message>
</context>
<context>
    <name>cr::ui::DepartmentsPage</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>CX ambassador</source>
        <translation>CX-Botschafter*in</translation>
    </message>
    <message>
        <source>Each stage names the departments that shape it; the leader hears of escalated follow-ups, the ambassador keeps the room current. Double-click to edit.</source>
        <translation>Jede Phase nennt die Abteilungen, die sie prägen; die Leitung erfährt von eskalierten Follow-ups, CX-Botschafter*innen halten den Raum aktuell. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Abteilung entfernen</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a department called “%1”.</source>
        <translation>Es gibt bereits eine Abteilung namens „%1“.</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <source>New department %1</source>
        <translation>Neue Abteilung %1</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>Abteilung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove department “%1”</source>
        <translation>Abteilung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename department “%1”</source>
        <translation>Abteilung „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Change the leader of “%1”</source>
        <translation>Leitung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the CX ambassador of “%1”</source>
        <translation>CX-Botschafter*in von „%1“ ändern</translation>
    </message>
    <message>
        <source>“%1” owns a fix; give it another owner on the fixes board first.</source>
        <translation>„%1“ ist für eine Maßnahme zuständig; weisen Sie sie zuerst auf dem Maßnahmen-Board einer anderen Abteilung zu.</translation>
    </message>
    <message>
        <source>“%1” owns %2 fixes; give them another owner on the fixes board first.</source>
        <translation>„%1“ ist für %2 Maßnahmen zuständig; weisen Sie diese zuerst auf dem Maßnahmen-Board einer anderen Abteilung zu.</translation>
    </message>
</context>
<context>
    <name>cr::ui::EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Escalate follow-up</source>
        <translation>Follow-up eskalieren</translation>
    </message>
    <message>
        <source>%1 (owns the stage)</source>
        <translation>%1 (zuständig für die Phase)</translation>
    </message>
    <message>
        <source>Why it needs their attention</source>
        <translation>Warum es die Aufmerksamkeit dieser Abteilung braucht</translation>
    </message>
    <message>
        <source>The follow-up also shows in that department&apos;s inbox, marked escalated, until it is resolved.</source>
        <translation>Das Follow-up erscheint dann auch im Posteingang dieser Abteilung, als eskaliert markiert, bis es erledigt ist.</translation>
    </message>
    <message>
        <source>Escalate &amp;to:</source>
        <translation>Eskalieren &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>cr::ui::FeedEditDialog</name>
    <message>
        <source>There is no folder or file at %1.</source>
        <translation>Unter %1 gibt es keinen Ordner und keine Datei.</translation>
    </message>
    <message>
        <source>This room has no stage named “%1” any more.</source>
        <translation>Dieser Raum hat keine Phase „%1“ mehr.</translation>
    </message>
    <message>
        <source>Credentials for the URL</source>
        <translation>Zugangsdaten für die URL</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Kein&amp;e</translation>
    </message>
    <message>
        <source>&amp;Token (sent as “Authorization: Bearer …”)</source>
        <translation>&amp;Token (gesendet als „Authorization: Bearer …“)</translation>
    </message>
    <message>
        <source>User and &amp;password</source>
        <translation>Benutzer und Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>Edit feed “%1”</source>
        <translation>Feed „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Zendesk tickets</source>
        <translation>z. B. Zendesk-Tickets</translation>
    </message>
    <message>
        <source>/exports/zendesk, /exports/nps.csv or https://…</source>
        <translation>/exports/zendesk, /exports/nps.csv oder https://…</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain (service “%1”), never in the room file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert (Dienst „%1“), nie in der Raumdatei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The folder your system exports into</source>
        <translation>Der Ordner, in den Ihr System exportiert</translation>
    </message>
    <message>
        <source>The export file</source>
        <translation>Die Exportdatei</translation>
    </message>
    <message>
        <source>Each sync asks the server only for what changed (ETag, Last-Modified).</source>
        <translation>Jede Synchronisierung fragt beim Server nur Änderungen ab (ETag, Last-Modified).</translation>
    </message>
    <message>
        <source>A folder: every export file in it, new or changed ones on each sync. A file: taken again whenever it changes.</source>
        <translation>Ein Ordner: jede Exportdatei darin, bei jeder Synchronisierung die neuen oder geänderten. Eine Datei: wird bei jeder Änderung erneut eingelesen.</translation>
    </message>
    <message>
        <source>Choose a folder or a file to see what the feed will bring.</source>
        <translation>Wählen Sie einen Ordner oder eine Datei, um zu sehen, was der Feed liefern wird.</translation>
    </message>
    <message>
        <source>A URL feed is previewed after it has been fetched: save it, sync it, and read the import log.</source>
        <translation>Die Vorschau eines URL-Feeds gibt es erst nach dem Abruf: Speichern und synchronisieren Sie ihn und lesen Sie dann das Importprotokoll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — %1, the first of %2 files in the folder</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — %1, die erste von %2 Dateien im Ordner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>There is no folder or file at this location yet.</source>
        <translation>An diesem Ort gibt es noch keinen Ordner und keine Datei.</translation>
    </message>
    <message>
        <source>The folder holds no files of this kind yet; the feed takes them in when they arrive.</source>
        <translation>Der Ordner enthält noch keine Dateien dieser Art; der Feed liest sie ein, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>Geben Sie dem Feed einen Namen.</translation>
    </message>
    <message>
        <source>A feed name cannot contain “#”.</source>
        <translation>Ein Feed-Name darf kein „#“ enthalten.</translation>
    </message>
    <message>
        <source>This room already has a feed named “%1”.</source>
        <translation>Dieser Raum hat bereits einen Feed namens „%1“.</translation>
    </message>
    <message>
        <source>Choose a folder or a file, or type an http(s) URL.</source>
        <translation>Wählen Sie einen Ordner oder eine Datei, oder geben Sie eine http(s)-URL ein.</translation>
    </message>
    <message>
        <source>The URL is not valid.</source>
        <translation>Die URL ist ungültig.</translation>
    </message>
    <message>
        <source>Type the token, or choose no credentials.</source>
        <translation>Geben Sie das Token ein oder verzichten Sie auf Zugangsdaten.</translation>
    </message>
    <message>
        <source>Type the user, or choose no credentials.</source>
        <translation>Geben Sie den Benutzer ein oder verzichten Sie auf Zugangsdaten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving feed “%1”</source>
        <translation>Feed „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Saving was cancelled; nothing changed.</source>
        <translation>Speichern abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>cr::ui::FeedListModel</name>
    <message>
        <source>✓ ok</source>
        <translation>✓ OK</translation>
    </message>
    <message>
        <source>! some rows rejected</source>
        <translation>! einige Zeilen abgelehnt</translation>
    </message>
    <message>
        <source>✕ refused</source>
        <translation>✕ zurückgewiesen</translation>
    </message>
    <message>
        <source>… did not finish</source>
        <translation>… nicht abgeschlossen</translation>
    </message>
    <message>
        <source>✕ refused: %1</source>
        <translation>✕ zurückgewiesen: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 rejected</source>
        <translation>%1 neu, %2 geändert, %3 abgelehnt</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>%1, format %2%3</source>
        <translation>%1, Format %2%3</translation>
    </message>
    <message>
        <source>, stage by the file or the rules</source>
        <translation>, Phase aus der Datei oder den Regeln</translation>
    </message>
    <message>
        <source>, stage %1</source>
        <translation>, Phase %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>nothing taken in yet</source>
        <translation>noch nichts eingelesen</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Folder, file or URL</source>
        <translation>Ordner, Datei oder URL</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
</context>
<context>
    <name>cr::ui::FeedSyncer</name>
    <message>
        <source>1 complaint</source>
        <translation>1 Beschwerde</translation>
    </message>
    <message>
        <source>%1 complaints</source>
        <translation>%1 Beschwerden</translation>
    </message>
    <message>
        <source>1 survey answer</source>
        <translation>1 Umfrageantwort</translation>
    </message>
    <message>
        <source>%1 survey answers</source>
        <translation>%1 Umfrageantworten</translation>
    </message>
    <message>
        <source>1 KPI value</source>
        <translation>1 KPI-Wert</translation>
    </message>
    <message>
        <source>%1 KPI values</source>
        <translation>%1 KPI-Werte</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Anruf</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Anrufe</translation>
    </message>
    <message>
        <source>1 artifact</source>
        <translation>1 Artefakt</translation>
    </message>
    <message>
        <source>%1 artifacts</source>
        <translation>%1 Artefakte</translation>
    </message>
    <message>
        <source>This room has no feeds yet: add one under Room › Feeds…</source>
        <translation>Dieser Raum hat noch keine Feeds: Fügen Sie unter Raum › Feeds… einen hinzu.</translation>
    </message>
    <message>
        <source>Syncing “%1”</source>
        <translation>„%1“ wird synchronisiert</translation>
    </message>
    <message>
        <source>Syncing %1 feeds</source>
        <translation>%1 Feeds werden synchronisiert</translation>
    </message>
    <message>
        <source>Feed “%1”</source>
        <translation>Feed „%1“</translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation>%1 (Raum %2)</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Arrived: %1.</source>
        <translation>Eingegangen: %1.</translation>
    </message>
    <message>
        <source>Feeds are up to date: nothing new.</source>
        <translation>Die Feeds sind aktuell: nichts Neues.</translation>
    </message>
    <message>
        <source>Rows rejected: %1 (Room › Feeds… shows the import log).</source>
        <translation>Abgelehnte Zeilen: %1 (Raum › Feeds… zeigt das Importprotokoll).</translation>
    </message>
    <message>
        <source>Could not sync %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; the file in progress was rolled back.</source>
        <translation>Synchronisierung abgebrochen; die gerade verarbeitete Datei wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>cr::ui::FeedsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;all</source>
        <translation>&amp;Alle synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>All &amp;imports (files and feeds)</source>
        <translation>Alle &amp;Importe (Dateien und Feeds)</translation>
    </message>
    <message>
        <source>Feeds — %1</source>
        <translation>Feeds — %1</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No feeds yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A feed is an export your systems already write — a folder the help desk drops CSVs into, a survey export file, or an http(s) URL. Add one and the room takes in what is new or changed on every sync, when the room opens and when the folder changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Feeds.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Feed ist ein Export, den Ihre Systeme ohnehin schreiben — ein Ordner, in den der Helpdesk CSV-Dateien legt, eine Exportdatei Ihrer Umfragen oder eine http(s)-URL. Fügen Sie einen hinzu, und der Raum liest bei jeder Synchronisierung ein, was neu oder geändert ist: beim Öffnen des Raums und sobald sich der Ordner ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take in what is new or changed in the selected feed</source>
        <translation>Neues oder Geändertes aus dem ausgewählten Feed einlesen</translation>
    </message>
    <message>
        <source>Sync every feed of the room (F9 on the wall)</source>
        <translation>Alle Feeds des Raums synchronisieren (F9 an der Wand)</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>Choose a run above to see its rejected rows (FILE:LINE: reason).</source>
        <translation>Wählen Sie oben einen Lauf, um seine abgelehnten Zeilen zu sehen (FILE:LINE: Grund).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>Feeds werden gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import log&lt;/b&gt; — every file taken in</source>
        <translation>&lt;b&gt;Importprotokoll&lt;/b&gt; — alle eingelesenen Dateien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import log&lt;/b&gt; — “%1”</source>
        <translation>&lt;b&gt;Importprotokoll&lt;/b&gt; — „%1“</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Noch nichts importiert.</translation>
    </message>
    <message>
        <source>%1: no rejected rows.</source>
        <translation>%1: keine abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… und %1 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>Waiting for the job before it…</source>
        <translation>Wartet auf den vorherigen Vorgang…</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <source>Remove the feed “%1”?</source>
        <translation>Feed „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Everything it brought stays in the room; only the feed and its sync state go. Its credentials are removed from the keychain.</source>
        <translation>Alles, was er geliefert hat, bleibt im Raum; nur der Feed und sein Synchronisierungsstand werden entfernt. Seine Zugangsdaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Removing feed “%1”</source>
        <translation>Feed „%1“ wird entfernt</translation>
    </message>
    <message>
        <source>Removing was cancelled; the feed stays.</source>
        <translation>Entfernen abgebrochen; der Feed bleibt.</translation>
    </message>
    <message>
        <source>Removed feed “%1”; the evidence it brought stays in the room.</source>
        <translation>Feed „%1“ entfernt; die Belege, die er geliefert hat, bleiben im Raum.</translation>
    </message>
</context>
<context>
    <name>cr::ui::FixCardDelegate</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Verifiziert am %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
</context>
<context>
    <name>cr::ui::FixEditor</name>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call clip</source>
        <translation>Anrufclip</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create fix</source>
        <translation>Maßnahme &amp;anlegen</translation>
    </message>
    <message>
        <source>Edit fix</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>New fix</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>What changes for the customer, e.g. “Call-back instead of queuing”</source>
        <translation>Was sich für Kunden ändert, z. B. „Rückruf statt Warteschleife“</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Find evidence: words from a complaint, a survey comment or a call</source>
        <translation>Belege finden: Wörter aus einer Beschwerde, einem Umfragekommentar oder einem Anruf</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Link checked</source>
        <translation>Markierte &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric to move</source>
        <translation>Zielkennzahl</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No stage (the whole journey)</source>
        <translation>Keine Phase (die gesamte Journey)</translation>
    </message>
    <message>
        <source>Baseline captured %1: %2 (n %3, %4 – %5). %6</source>
        <translation>Ausgangswert erfasst am %1: %2 (n %3, %4 – %5). %6</translation>
    </message>
    <message>
        <source>The metric&apos;s value over the days before today is captured as the baseline when the fix is created; its result is measured after it is done.</source>
        <translation>Der Wert der Kennzahl über die Tage vor heute wird beim Anlegen der Maßnahme als Ausgangswert erfasst; ihr Ergebnis wird gemessen, nachdem sie erledigt ist.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>NPS of the stage</source>
        <translation>NPS der Phase</translation>
    </message>
    <message>
        <source>CSAT of the stage</source>
        <translation>CSAT der Phase</translation>
    </message>
    <message>
        <source>CES of the stage</source>
        <translation>CES der Phase</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>Give the fix a title.</source>
        <translation>Geben Sie der Maßnahme einen Titel.</translation>
    </message>
    <message>
        <source>Choose the department that owns the fix.</source>
        <translation>Wählen Sie die für die Maßnahme zuständige Abteilung.</translation>
    </message>
    <message>
        <source>The goal is a number, e.g. 45 or 12.5.</source>
        <translation>Das Ziel ist eine Zahl, z. B. 45 oder 12,5.</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Zuständige Abteilung wählen…</translation>
    </message>
</context>
<context>
    <name>cr::ui::FixesBoard</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Fixes board</source>
        <translation>Maßnahmen-Board</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>&amp;New fix…</source>
        <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Drag a card to move it, or Ctrl+←/→ and Ctrl+↑/↓. Enter edits, Delete removes, Ctrl+N adds a fix, Ctrl+Z undoes.</source>
        <translation>Ziehen Sie eine Karte, um sie zu verschieben, oder nutzen Sie Strg+←/→ und Strg+↑/↓. Eingabe bearbeitet, Entf entfernt, Strg+N legt eine Maßnahme an, Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>1 fix shown</source>
        <translation>1 Maßnahme angezeigt</translation>
    </message>
    <message>
        <source>%1 fixes shown</source>
        <translation>%1 Maßnahmen angezeigt</translation>
    </message>
    <message>
        <source>%1, %2 overdue.</source>
        <translation>%1, davon %2 überfällig.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
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
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>1 follow-up open</source>
        <translation>1 Follow-up offen</translation>
    </message>
    <message>
        <source>%1 follow-ups open</source>
        <translation>%1 Follow-ups offen</translation>
    </message>
    <message>
        <source>Follow-ups raised on this stage (a detractor&apos;s comment, a complaint spike, a KPI turning red) that are not resolved yet. Click to work on them.</source>
        <translation>Noch nicht erledigte Follow-ups zu dieser Phase (Kommentar eines Detraktors, Beschwerdespitze, KPI, der rot wird). Klicken Sie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
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
    <name>cr::ui::FollowUpTableModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Eskaliert an</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Angelegt am %1</translation>
    </message>
    <message>
        <source>Overdue: open longer than the room&apos;s %1 days</source>
        <translation>Überfällig: länger offen als die im Raum eingestellten %1 Tage</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>Erledigt am %1: %2</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Bestätigt am %1</translation>
    </message>
    <message>
        <source>Nobody has acknowledged it yet</source>
        <translation>Noch von niemandem bestätigt</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Nicht eskaliert</translation>
    </message>
    <message>
        <source>Escalated %1: %2</source>
        <translation>Eskaliert am %1: %2</translation>
    </message>
</context>
<context>
    <name>cr::ui::FollowUpsDialog</name>
    <message>
        <source>Follow-ups and departments</source>
        <translation>Follow-ups und Abteilungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>A detractor&apos;s comment, a complaint spike or a KPI turning red raises a follow-up in the owning department&apos;s inbox; left unresolved, it escalates to the stage&apos;s owner.</source>
        <translation>Der Kommentar eines Detraktors, eine Beschwerdespitze oder ein KPI, der rot wird, legt ein Follow-up im Posteingang der zuständigen Abteilung an; bleibt es unerledigt, eskaliert es an die für die Phase zuständige Abteilung.</translation>
    </message>
    <message>
        <source>INBOXES</source>
        <translation>POSTEINGÄNGE</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>An open follow-up older than this is overdue and escalates to the owner of its stage. Changing it checks every open follow-up at once.</source>
        <translation>Ein offenes Follow-up, das älter ist, ist überfällig und eskaliert an die für seine Phase zuständige Abteilung. Eine Änderung prüft sofort alle offenen Follow-ups.</translation>
    </message>
    <message>
        <source>Escalate unresolved follow-ups to the stage owner after</source>
        <translation>Unerledigte Follow-ups an die für die Phase zuständige Abteilung eskalieren nach</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: after %1 days.</source>
        <translation>Gespeichert: nach %1 Tagen.</translation>
    </message>
    <message>
        <source>Saved: after %1 days. 1 follow-up waited longer and was escalated.</source>
        <translation>Gespeichert: nach %1 Tagen. 1 Follow-up wartete länger und wurde eskaliert.</translation>
    </message>
    <message>
        <source>Saved: after %1 days. %2 follow-ups waited longer and were escalated.</source>
        <translation>Gespeichert: nach %1 Tagen. %2 Follow-ups warteten länger und wurden eskaliert.</translation>
    </message>
</context>
<context>
    <name>cr::ui::HeadlineWall</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>n %1 · ±%2</source>
        <translation>n %1 · ±%2</translation>
    </message>
    <message>
        <source>low sample</source>
        <translation>n zu klein</translation>
    </message>
    <message>
        <source>%1 %2 vs %3</source>
        <translation>%1 %2 vs. %3</translation>
    </message>
    <message>
        <source>≈ %1 vs %2</source>
        <translation>≈ %1 vs. %2</translation>
    </message>
    <message>
        <source>NPS over the last %1 periods</source>
        <translation>NPS der letzten %1 Zeiträume</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>no KPIs</source>
        <translation>keine KPIs</translation>
    </message>
    <message>
        <source>KPIs off: %1 of %2</source>
        <translation>KPIs verfehlt: %1 von %2</translation>
    </message>
    <message>
        <source>KPIs near target: %1 of %2</source>
        <translation>KPIs knapp verfehlt: %1 von %2</translation>
    </message>
    <message>
        <source>KPIs on target</source>
        <translation>KPIs im Ziel</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Beschwerden: %1</translation>
    </message>
    <message>
        <source>Open fixes: %1</source>
        <translation>Offene Maßnahmen: %1</translation>
    </message>
    <message>
        <source>%1 · overdue %2</source>
        <translation>%1 · überfällig %2</translation>
    </message>
    <message>
        <source>▶ clip ready</source>
        <translation>▶ Clip bereit</translation>
    </message>
</context>
<context>
    <name>cr::ui::HurtModel</name>
    <message>
        <source>V %1 · R %2 · D %3 · K %4 · F %5</source>
        <translation>V %1 · R %2 · D %3 · K %4 · F %5</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>%1 (%2 before)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>n %1, too few</source>
        <translation>n %1, zu wenige</translation>
    </message>
    <message>
        <source>%1 red, %2 amber of %3</source>
        <translation>%1 rot, %2 gelb von %3</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 überfällig)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Complaint category</source>
        <translation>Beschwerdekategorie</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>KPIs off target</source>
        <translation>KPIs verfehlt</translation>
    </message>
    <message>
        <source>Open fixes</source>
        <translation>Offene Maßnahmen</translation>
    </message>
</context>
<context>
    <name>cr::ui::ImportDialog</name>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
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
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import ab&amp;brechen</translation>
    </message>
    <message>
        <source>Open the &amp;Unassigned tray</source>
        <translation>Ablage „&amp;Nicht zugeordnet“ öffnen</translation>
    </message>
    <message>
        <source>Import files — %1</source>
        <translation>Dateien importieren — %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Drop export files here, or choose them with “Add files…”.

Complaints, survey answers, KPI values, recorded calls and artifacts: the kind of each file is recognised, and you can change it.</source>
        <translation>Legen Sie Exportdateien hier ab oder wählen Sie sie mit „Dateien hinzufügen…“.

Beschwerden, Umfrageantworten, KPI-Werte, aufgezeichnete Anrufe und Artefakte: Die Art jeder Datei wird erkannt, und Sie können sie ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add files, then choose here how each one is read: its kind, format, stage and, for a CSV of your own layout, which column holds what.</source>
        <translation>Fügen Sie Dateien hinzu und legen Sie dann hier fest, wie jede gelesen wird: Art, Format, Phase und bei einer CSV mit eigenem Layout, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to read the selected file&lt;/b&gt;</source>
        <translation>&lt;b&gt;So wird die ausgewählte Datei gelesen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — nothing is written until you import</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — gespeichert wird erst beim Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>You can close this window: the import goes on, and the bar at the bottom of the wall shows it. Cancelling rolls back the file in progress.</source>
        <translation>Sie können dieses Fenster schließen: Der Import läuft weiter, die Leiste unten an der Wand zeigt ihn an. Ein Abbruch macht die gerade verarbeitete Datei rückgängig.</translation>
    </message>
    <message>
        <source>Import &amp;more files…</source>
        <translation>&amp;Weitere Dateien importieren…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Choose a file to see what it will become.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Recognising…</source>
        <translation>Wird erkannt…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>✕ Would be refused: choose how to read it</source>
        <translation>✕ Würde zurückgewiesen: Legen Sie fest, wie sie gelesen wird</translation>
    </message>
    <message>
        <source>! %1 of the first %2 rows rejected</source>
        <translation>! %1 der ersten %2 Zeilen abgelehnt</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Datensätze</translation>
    </message>
    <message>
        <source>✓ Reads well (first %1 rows checked)</source>
        <translation>✓ Gut lesbar (erste %1 Zeilen geprüft)</translation>
    </message>
    <message>
        <source>%1 ?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>Add files to see what they will become.</source>
        <translation>Fügen Sie Dateien hinzu, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Choose a file on the left.</source>
        <translation>Wählen Sie links eine Datei.</translation>
    </message>
    <message>
        <source>Recognising %1…</source>
        <translation>%1 wird erkannt…</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Not sure which kind of evidence this is: check the kind, then pick the columns below.</source>
        <translation>Unklar, welche Art von Belegen das ist: Prüfen Sie die Art und wählen Sie dann unten die Spalten.</translation>
    </message>
    <message>
        <source>&amp;Import %1 files</source>
        <translation>%1 Dateien &amp;importieren</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>%1 Dateien werden importiert…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Importing %1 files</source>
        <translation>%1 Dateien werden importiert</translation>
    </message>
    <message>
        <source>Open the &amp;Unassigned tray (%1)</source>
        <translation>Ablage „&amp;Nicht zugeordnet“ öffnen (%1)</translation>
    </message>
    <message>
        <source>Import finished — %1</source>
        <translation>Import abgeschlossen — %1</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.zip *.gz);;Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff);;Artifacts (*.png *.jpg *.jpeg *.svg *.pdf *.eml *.html *.htm);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.json *.jsonl *.zip *.gz);;Audio (*.wav *.flac *.ogg *.mp3 *.aif *.aiff);;Artefakte (*.png *.jpg *.jpeg *.svg *.pdf *.eml *.html *.htm);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cr::ui::ImportOptionsForm</name>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Survey answers (NPS, CSAT, CES)</source>
        <translation>Umfrageantworten (NPS, CSAT, CES)</translation>
    </message>
    <message>
        <source>KPI values</source>
        <translation>KPI-Werte</translation>
    </message>
    <message>
        <source>Recorded calls</source>
        <translation>Aufgezeichnete Anrufe</translation>
    </message>
    <message>
        <source>Artifacts (letters, e-mails, screens)</source>
        <translation>Artefakte (Briefe, E-Mails, Screens)</translation>
    </message>
    <message>
        <source>Refuse the whole file if any row is rejected</source>
        <translation>Ganze Datei zurückweisen, sobald eine Zeile abgelehnt wird</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Spalten in der Datei</translation>
    </message>
    <message>
        <source>Automatic recognises the layout from the file&apos;s header; name it when it guesses wrong</source>
        <translation>Automatisch erkennt das Layout an der Kopfzeile der Datei; wählen Sie es selbst, wenn die Erkennung danebenliegt</translation>
    </message>
    <message>
        <source>Put every record of the file on one stage, or let the file&apos;s own stage column and the room&apos;s mapping rules decide (unmatched records wait in the Unassigned tray)</source>
        <translation>Alle Datensätze der Datei einer Phase zuordnen oder die Phasenspalte der Datei und die Zuordnungsregeln des Raums entscheiden lassen (nicht zugeordnete Datensätze warten in der Ablage „Nicht zugeordnet“)</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or UTF-16 by its mark)</source>
        <translation>Automatisch (UTF-8 oder UTF-16 anhand der Markierung)</translation>
    </message>
    <message>
        <source>The text encoding of a file without a byte-order mark, e.g. windows-1252 for an Excel export made on Windows</source>
        <translation>Die Textkodierung einer Datei ohne Byte-Order-Mark, z. B. windows-1252 für einen Excel-Export unter Windows</translation>
    </message>
    <message>
        <source>As the file says (monthly rows stay as they are)</source>
        <translation>Wie in der Datei (Monatszeilen bleiben unverändert)</translation>
    </message>
    <message>
        <source>Sum of the month (counts)</source>
        <translation>Summe des Monats (Anzahlen)</translation>
    </message>
    <message>
        <source>Mean of the month (rates, times)</source>
        <translation>Mittelwert des Monats (Quoten, Zeiten)</translation>
    </message>
    <message>
        <source>Last value of the month (levels)</source>
        <translation>Letzter Wert des Monats (Bestände)</translation>
    </message>
    <message>
        <source>How daily or weekly rows become one monthly KPI value</source>
        <translation>Wie tägliche oder wöchentliche Zeilen zu einem monatlichen KPI-Wert werden</translation>
    </message>
    <message>
        <source>Automatic (the question that asks for 0–10)</source>
        <translation>Automatisch (die Frage mit der Skala 0–10)</translation>
    </message>
    <message>
        <source>The survey column or question id that holds the NPS answer, e.g. Q7 or QID7</source>
        <translation>Die Umfragespalte oder Frage-ID mit der NPS-Antwort, z. B. Q7 oder QID7</translation>
    </message>
    <message>
        <source>SurveyMonkey survey-details JSON (names the answer choices)</source>
        <translation>SurveyMonkey-JSON mit Umfragedetails (benennt die Antwortoptionen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Roll up to months:</source>
        <translation>Auf &amp;Monate verdichten:</translation>
    </message>
    <message>
        <source>NPS &amp;question:</source>
        <translation>NPS-Fra&amp;ge:</translation>
    </message>
    <message>
        <source>Survey &amp;details:</source>
        <translation>Umfrage&amp;details:</translation>
    </message>
    <message>
        <source>Which column holds each of our fields. Fields marked * are required; Automatic finds a column by its name.</source>
        <translation>Welche Spalte welches unserer Felder enthält. Mit * markierte Felder sind Pflicht; Automatisch findet eine Spalte anhand ihres Namens.</translation>
    </message>
    <message>
        <source>SurveyMonkey survey details</source>
        <translation>SurveyMonkey-Umfragedetails</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>By the file&apos;s stage column, else the mapping rules</source>
        <translation>Nach der Phasenspalte der Datei, sonst nach den Zuordnungsregeln</translation>
    </message>
    <message>
        <source>%1 (not in this room)</source>
        <translation>%1 (nicht in diesem Raum)</translation>
    </message>
    <message>
        <source>Automatic (recognise the layout)</source>
        <translation>Automatisch (Layout erkennen)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Our field &quot;%1&quot;%2</source>
        <translation>Unser Feld &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: “%1”</source>
        <translation>Automatisch: „%1“</translation>
    </message>
    <message>
        <source>Automatic: no column of that name</source>
        <translation>Automatisch: keine Spalte dieses Namens</translation>
    </message>
    <message>
        <source>%1 * — choose a column</source>
        <translation>%1 * — Spalte wählen</translation>
    </message>
</context>
<context>
    <name>cr::ui::ImportPreviewPane</name>
    <message>
        <source>Choose the column for “\1” under “Columns in the file”</source>
        <translation>Wählen Sie die Spalte für „\1“ unter „Spalten in der Datei“</translation>
    </message>
    <message>
        <source>the column for “\1” under “Columns in the file”</source>
        <translation>die Spalte für „\1“ unter „Spalten in der Datei“</translation>
    </message>
    <message>
        <source>the columns under “Columns in the file”</source>
        <translation>die Spalten unter „Spalten in der Datei“</translation>
    </message>
    <message>
        <source>a format</source>
        <translation>ein Format</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>eine Phase</translation>
    </message>
    <message>
        <source>an encoding</source>
        <translation>eine Kodierung</translation>
    </message>
    <message>
        <source>the NPS question</source>
        <translation>die NPS-Frage</translation>
    </message>
    <message>
        <source>a roll-up to months</source>
        <translation>eine Verdichtung auf Monate</translation>
    </message>
    <message>
        <source>the survey details file</source>
        <translation>die Datei mit den Umfragedetails</translation>
    </message>
    <message>
        <source>“refuse the whole file”</source>
        <translation>„Ganze Datei zurückweisen“</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Choose a file to see what it will become.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was daraus wird.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <source>Rows shown: %1, of which %2 would be rejected (in red).</source>
        <translation>Angezeigte Zeilen: %1, davon würden %2 abgelehnt (rot).</translation>
    </message>
    <message>
        <source>Rows shown: %1, none rejected.</source>
        <translation>Angezeigte Zeilen: %1, keine abgelehnt.</translation>
    </message>
    <message>
        <source>%1 left out on purpose (in grey).</source>
        <translation>%1 bewusst ausgelassen (grau).</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>Die Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Pick the missing columns under “Columns in the file”, or choose another kind or format.</source>
        <translation>Wählen Sie die fehlenden Spalten unter „Spalten in der Datei“ oder eine andere Art bzw. ein anderes Format.</translation>
    </message>
    <message>
        <source>Check the kind, format and encoding, or choose another file.</source>
        <translation>Prüfen Sie Art, Format und Kodierung oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file as it is: %1
%2</source>
        <translation>Aus dieser Datei lässt sich so nichts importieren: %1
%2</translation>
    </message>
    <message>
        <source>No records in this file.</source>
        <translation>Keine Datensätze in dieser Datei.</translation>
    </message>
</context>
<context>
    <name>cr::ui::ImportSummaryView</name>
    <message>
        <source>New records: %1</source>
        <translation>Neue Datensätze: %1</translation>
    </message>
    <message>
        <source> · changed: %1</source>
        <translation> · geändert: %1</translation>
    </message>
    <message>
        <source> · rejected rows: %1</source>
        <translation> · abgelehnte Zeilen: %1</translation>
    </message>
    <message>
        <source>Cancelled. The file in progress was rolled back: nothing of it is in the room. Files listed before it are imported.</source>
        <translation>Abgebrochen. Die gerade verarbeitete Datei wurde rückgängig gemacht: Nichts davon ist im Raum. Die davor aufgeführten Dateien sind importiert.</translation>
    </message>
    <message>
        <source>Records that matched no stage wait in the Unassigned tray: %1. Sort them there, or add mapping rules.</source>
        <translation>Datensätze ohne passende Phase warten in der Ablage „Nicht zugeordnet“: %1. Ordnen Sie sie dort zu oder fügen Sie Zuordnungsregeln hinzu.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <source>Cancelled, nothing imported:</source>
        <translation>Abgebrochen, nichts importiert:</translation>
    </message>
    <message>
        <source>Refused, nothing imported:</source>
        <translation>Zurückgewiesen, nichts importiert:</translation>
    </message>
    <message>
        <source>%1 imported · %2 updated · %3 unchanged · %4 rejected · %5 skipped</source>
        <translation>%1 importiert · %2 aktualisiert · %3 unverändert · %4 abgelehnt · %5 übersprungen</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… und %1 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>Rejected rows (FILE:LINE: reason):</source>
        <translation>Abgelehnte Zeilen (FILE:LINE: Grund):</translation>
    </message>
    <message>
        <source>New KPIs without a target (their status stays empty until a target is set): %1</source>
        <translation>Neue KPIs ohne Ziel (ihr Status bleibt leer, bis ein Ziel gesetzt ist): %1</translation>
    </message>
    <message>
        <source>Waiting in the Unassigned tray: %1.</source>
        <translation>In der Ablage „Nicht zugeordnet“: %1.</translation>
    </message>
</context>
<context>
    <name>cr::ui::InboxDelegate</name>
    <message>
        <source>%1 %2 escalated</source>
        <translation>%1 %2 eskaliert</translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 überfällig</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>keine überfällig</translation>
    </message>
</context>
<context>
    <name>cr::ui::InboxListModel</name>
    <message>
        <source>%1: %2 open</source>
        <translation>%1: %2 offen</translation>
    </message>
    <message>
        <source>%1 escalated</source>
        <translation>%1 eskaliert</translation>
    </message>
    <message>
        <source>%1 waiting longer than %2 days</source>
        <translation>%1 warten länger als %2 Tage</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Leitung: %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::InboxPage</name>
    <message>
        <source>acknowledge</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Es&amp;kalieren…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open and acknowledged follow-ups: what still needs doing</source>
        <translation>Offene und bestätigte Follow-ups: was noch zu tun ist</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Resolved ones too, the latest first after the open ones</source>
        <translation>Auch erledigte, nach den offenen die neuesten zuerst</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Complaint spike</source>
        <translation>Beschwerdespitze</translation>
    </message>
    <message>
        <source>Say the department has seen it and is on it</source>
        <translation>Bestätigen, dass die Abteilung es gesehen hat und sich darum kümmert</translation>
    </message>
    <message>
        <source>Close it with a note of what was done</source>
        <translation>Mit einer Notiz zum Erledigten abschließen</translation>
    </message>
    <message>
        <source>Hand it up, to the stage&apos;s owner or another department, with a reason</source>
        <translation>Mit Begründung weitergeben, an die für die Phase zuständige oder eine andere Abteilung</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Reading the follow-ups…</source>
        <translation>Follow-ups werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing open here for %1.</source>
        <translation>Hier ist für %1 nichts offen.</translation>
    </message>
    <message>
        <source>No follow-ups here for %1.</source>
        <translation>Hier gibt es keine Follow-ups für %1.</translation>
    </message>
    <message>
        <source>Nothing waiting in this inbox: every follow-up here is resolved. Choose All to see what was done.</source>
        <translation>In diesem Posteingang wartet nichts: Alle Follow-ups hier sind erledigt. Wählen Sie „Alle“, um zu sehen, was getan wurde.</translation>
    </message>
    <message>
        <source>No follow-ups here yet. The rules raise them after every import: a detractor who left a comment, a spike in a complaint category, a KPI turning red.</source>
        <translation>Hier gibt es noch keine Follow-ups. Die Regeln legen sie nach jedem Import an: bei einem Detraktor mit Kommentar, einer Spitze in einer Beschwerdekategorie, einem KPI, der rot wird.</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 offen</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 %2 escalated</source>
        <translation>%1 %2 eskaliert</translation>
    </message>
    <message>
        <source>%1 %2 overdue</source>
        <translation>%1 %2 überfällig</translation>
    </message>
    <message>
        <source>Choose a follow-up to see its evidence.</source>
        <translation>Wählen Sie ein Follow-up, um seine Belege zu sehen.</translation>
    </message>
    <message>
        <source>Already acknowledged</source>
        <translation>Bereits bestätigt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation>Noch nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Puts the follow-up back as it was (Ctrl+Z)</source>
        <translation>Setzt das Follow-up auf den vorherigen Stand zurück (Strg+Z)</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Escalated to %1: %2</source>
        <translation>Eskaliert an %1: %2</translation>
    </message>
    <message>
        <source>Put back as it was: %1</source>
        <translation>Zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>New &amp;fix from this…</source>
        <translation>Neue &amp;Maßnahme daraus…</translation>
    </message>
    <message>
        <source>A fix on the board with this follow-up&apos;s evidence, for causes one call-back cannot solve</source>
        <translation>Eine Maßnahme auf dem Maßnahmen-Board mit den Belegen dieses Follow-ups, für Ursachen, die ein einzelner Rückruf nicht beheben kann</translation>
    </message>
</context>
<context>
    <name>cr::ui::JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; what it started is rolled back</source>
        <translation>Diesen Vorgang abbrechen; was er begonnen hat, wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>+%1 waiting</source>
        <translation>+%1 wartend</translation>
    </message>
</context>
<context>
    <name>cr::ui::JobRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>cr::ui::JourneyPage</name>
    <message>
        <source>Stages in journey order</source>
        <translation>Phasen in der Reihenfolge der Journey</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>One sentence in the customer&apos;s voice: “I know what I will pay…”</source>
        <translation>Ein Satz aus Sicht des Kunden: „Ich weiß, was ich zahlen werde…“</translation>
    </message>
    <message>
        <source>What happens in this stage, for people new to the room</source>
        <translation>Was in dieser Phase geschieht, für alle, die neu im Raum sind</translation>
    </message>
    <message>
        <source>Stages, in the order customers meet them</source>
        <translation>Phasen in der Reihenfolge, in der Kunden sie erleben</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target experience</source>
        <translation>Zielerlebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Moments of truth (check the key ones; each key moment carries a KPI)</source>
        <translation>Momente der Wahrheit (haken Sie die Schlüsselmomente an; jeder Schlüsselmoment hat einen KPI)</translation>
    </message>
    <message>
        <source>Add moment</source>
        <translation>Moment hinzufügen</translation>
    </message>
    <message>
        <source>Remove moment</source>
        <translation>Moment entfernen</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch keine Abteilung zuständig</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>A key moment of truth</source>
        <translation>Ein Schlüsselmoment</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a stage called “%1”.</source>
        <translation>Es gibt bereits eine Phase namens „%1“.</translation>
    </message>
    <message>
        <source>Edit stage “%1”</source>
        <translation>Phase „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Set maturity of “%1”</source>
        <translation>Reifegrad von „%1“ festlegen</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Neuer Moment</translation>
    </message>
    <message>
        <source>Add moment “%1”</source>
        <translation>Moment „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove moment “%1”</source>
        <translation>Moment „%1“ entfernen</translation>
    </message>
    <message>
        <source>A moment needs a name.</source>
        <translation>Ein Moment braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit moment “%1”</source>
        <translation>Moment „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Move moment</source>
        <translation>Moment verschieben</translation>
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
</context>
<context>
    <name>cr::ui::KpisPage</name>
    <message>
        <source>none yet: the KPI shows no status</source>
        <translation>noch keins: Der KPI zeigt keinen Status</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>How far past the target (on the wrong side) is still amber, not red.</source>
        <translation>Wie weit jenseits des Ziels (auf der falschen Seite) ein Wert noch gelb statt rot ist.</translation>
    </message>
    <message>
        <source>Mean of the months</source>
        <translation>Mittelwert der Monate</translation>
    </message>
    <message>
        <source>Sum of the months (counts)</source>
        <translation>Summe der Monate (Anzahlen)</translation>
    </message>
    <message>
        <source>Last month&apos;s value</source>
        <translation>Wert des letzten Monats</translation>
    </message>
    <message>
        <source>%, s, days, count…</source>
        <translation>%, s, Tage, Anzahl…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Amber band</source>
        <translation>Gelbbereich</translation>
    </message>
    <message>
        <source>Over a quarter</source>
        <translation>Im Quartal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message>
        <source>Green when a month meets the target in the KPI&apos;s direction, amber within the band past it, red beyond. Removing a KPI removes its monthly values (undo brings them back).</source>
        <translation>Grün, wenn ein Monat das Ziel in der Richtung des KPI erreicht, Gelb innerhalb des Bereichs dahinter, Rot darüber hinaus. Wird ein KPI entfernt, werden auch seine Monatswerte entfernt (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch keine Abteilung zuständig</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>The target is a number, e.g. 85 or 2.5; leave it empty for none.</source>
        <translation>Das Ziel ist eine Zahl, z. B. 85 oder 2,5; für kein Ziel leer lassen.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Ein KPI braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a KPI called “%1”.</source>
        <translation>Es gibt bereits einen KPI namens „%1“.</translation>
    </message>
    <message>
        <source>Edit KPI “%1”</source>
        <translation>KPI „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>New KPI %1</source>
        <translation>Neuer KPI %1</translation>
    </message>
    <message>
        <source>Add KPI “%1”</source>
        <translation>KPI „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI “%1”</source>
        <translation>KPI „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>cr::ui::MediaPlayerEngine</name>
    <message>
        <source>The call cannot be played: %1</source>
        <translation>Der Anruf kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The call&apos;s audio is damaged or in a format this computer cannot play.</source>
        <translation>Die Aufnahme des Anrufs ist beschädigt oder in einem Format, das dieser Computer nicht abspielen kann.</translation>
    </message>
</context>
<context>
    <name>cr::ui::NewRoomDialog</name>
    <message>
        <source>An empty room</source>
        <translation>Ein leerer Raum</translation>
    </message>
    <message>
        <source>Stages, departments and moments</source>
        <translation>Phasen, Abteilungen und Momente</translation>
    </message>
    <message>
        <source>Cancelled; no room was created.</source>
        <translation>Abgebrochen; es wurde kein Raum angelegt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Speicherort wählen…</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>From the template “%1”</source>
        <translation>Aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>%1 stages: %2. Departments and moments of truth included; the evidence comes from your imports and feeds.</source>
        <translation>%1 Phasen: %2. Abteilungen und Momente der Wahrheit inklusive; die Belege kommen aus Ihren Importen und Feeds.</translation>
    </message>
    <message>
        <source>Blank room</source>
        <translation>Leerer Raum</translation>
    </message>
    <message>
        <source>No stages yet: what you import waits in the Unassigned tray until stages exist.</source>
        <translation>Noch keine Phasen: Was Sie importieren, wartet in der Ablage „Nicht zugeordnet“, bis es Phasen gibt.</translation>
    </message>
    <message>
        <source>A copy of the Kestrel Fibre demo</source>
        <translation>Eine Kopie der Kestrel-Fibre-Demo</translation>
    </message>
    <message>
        <source>A complete example to explore: seven stages, 13 months of surveys, complaints, KPIs, calls and fixes.</source>
        <translation>Ein vollständiges Beispiel zum Erkunden: sieben Phasen, 13 Monate mit Umfragen, Beschwerden, KPIs, Anrufen und Maßnahmen.</translation>
    </message>
    <message>
        <source>Room &amp;name:</source>
        <translation>Raum&amp;name:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;How should the new room start?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Womit soll der neue Raum beginnen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <source>Kestrel Fibre demo</source>
        <translation>Kestrel-Fibre-Demo</translation>
    </message>
    <message>
        <source>Save the new room as</source>
        <translation>Neuen Raum speichern unter</translation>
    </message>
    <message>
        <source>Customer rooms (*.croom)</source>
        <translation>Customer-Room-Dateien (*.croom)</translation>
    </message>
    <message>
        <source>That room is open now; choose another file name.</source>
        <translation>Dieser Raum ist gerade geöffnet; wählen Sie einen anderen Dateinamen.</translation>
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
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Review by month, by quarter or over any range of days</source>
        <translation>Nach Monat, Quartal oder über beliebige Tage auswerten</translation>
    </message>
    <message>
        <source>Full screen, high contrast, type for the big display (F5; Esc leaves)</source>
        <translation>Vollbild, hoher Kontrast, Schrift für die große Anzeige (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>One stage at a time, moving on by itself (T in presentation)</source>
        <translation>Eine Phase nach der anderen, automatisch weiter (T in der Präsentation)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The monthly review&apos;s agenda: what changed, stage by stage, and what was fixed (A)</source>
        <translation>Die Agenda des monatlichen Reviews: was sich geändert hat, Phase für Phase, und was behoben wurde (A)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Compared with the same number of days just before.</source>
        <translation>Verglichen mit derselben Anzahl Tage direkt davor.</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Vergleich %1</translation>
    </message>
    <message>
        <source>This is the latest period</source>
        <translation>Dies ist der neueste Zeitraum</translation>
    </message>
    <message>
        <source>to the same days: %1</source>
        <translation>mit denselben Tagen: %1</translation>
    </message>
</context>
<context>
    <name>cr::ui::PresentationView</name>
    <message>
        <source>T tour · A agenda · H keys</source>
        <translation>T Tour · A Agenda · H Tasten</translation>
    </message>
    <message>
        <source>Tour %1 of %2</source>
        <translation>Tour %1 von %2</translation>
    </message>
    <message>
        <source>▶ next in %1 s (any key pauses)</source>
        <translation>▶ weiter in %1 s (beliebige Taste pausiert)</translation>
    </message>
    <message>
        <source>‖ paused · Space resumes</source>
        <translation>‖ pausiert · Leertaste setzt fort</translation>
    </message>
    <message>
        <source>Agenda %1 of %2</source>
        <translation>Agenda %1 von %2</translation>
    </message>
    <message>
        <source>personal data masked (M)</source>
        <translation>personenbezogene Daten maskiert (M)</translation>
    </message>
    <message>
        <source>personal data SHOWN (M masks)</source>
        <translation>personenbezogene Daten SICHTBAR (M maskiert)</translation>
    </message>
    <message>
        <source>the whole journey</source>
        <translation>die gesamte Journey</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision for %1:</source>
        <translation>Entscheidung für %1:</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Besprechungsnotizen</translation>
    </message>
    <message>
        <source>Notes, saved with the review (Ctrl+Enter keeps them):</source>
        <translation>Notizen, gespeichert mit dem Review (Strg+Eingabe übernimmt sie):</translation>
    </message>
    <message>
        <source>Personal data is masked</source>
        <translation>Personenbezogene Daten sind maskiert</translation>
    </message>
    <message>
        <source>Personal data is shown</source>
        <translation>Personenbezogene Daten werden angezeigt</translation>
    </message>
    <message>
        <source>%1 s on this stage (+/−)</source>
        <translation>%1 s auf dieser Phase (+/−)</translation>
    </message>
    <message>
        <source>← → next / back · Space pause or resume · B black · P play clip · T tour · A agenda · C celebration · W wall · D decision · N notes · M masking · +/− tour time · H keys · Esc back</source>
        <translation>← → weiter / zurück · Leertaste Pause oder weiter · B schwarz · P Clip abspielen · T Tour · A Agenda · C Erfolge · W Wand · D Entscheidung · N Notizen · M Maskierung · +/− Tour-Zeit · H Tasten · Esc zurück</translation>
    </message>
</context>
<context>
    <name>cr::ui::PreviewModel</name>
    <message>
        <source>✕ %1</source>
        <translation>✕ %1</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Line %1 would be rejected: %2</source>
        <translation>Zeile %1 würde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Line %1 is left out on purpose: %2</source>
        <translation>Zeile %1 wird bewusst ausgelassen: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>cr::ui::PrioritiesDialog</name>
    <message>
        <source>New &amp;fix from this row…</source>
        <translation>Neue &amp;Maßnahme aus dieser Zeile…</translation>
    </message>
    <message>
        <source>Where customers hurt most</source>
        <translation>Wo es Kunden am meisten wehtut</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>Beschwerdekategorien</translation>
    </message>
    <message>
        <source>%1, against %2</source>
        <translation>%1 im Vergleich zu %2</translation>
    </message>
</context>
<context>
    <name>cr::ui::ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Resolve follow-up</source>
        <translation>Follow-up erledigen</translation>
    </message>
    <message>
        <source>Say how it was resolved: the note stays with the follow-up for the next review.</source>
        <translation>Beschreiben Sie, wie es erledigt wurde: Die Notiz bleibt für das nächste Review beim Follow-up.</translation>
    </message>
    <message>
        <source>e.g. Called the customer back, apologised and rebooked the engineer.</source>
        <translation>z. B. Kunden zurückgerufen, entschuldigt und den Techniker neu gebucht.</translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation>Schreiben Sie zuerst eine Notiz.</translation>
    </message>
</context>
<context>
    <name>cr::ui::ReviewRecordPage</name>
    <message>
        <source>Record the review</source>
        <translation>Review festhalten</translation>
    </message>
    <message>
        <source>Saved with the room; the next agenda starts from these decisions.</source>
        <translation>Wird mit dem Raum gespeichert; die nächste Agenda beginnt mit diesen Entscheidungen.</translation>
    </message>
    <message>
        <source>Attendees (comma separated)</source>
        <translation>Teilnehmende (durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Decided today: none yet (press D on a stage page)</source>
        <translation>Heute entschieden: noch nichts (D auf einer Phasenseite drücken)</translation>
    </message>
    <message>
        <source>Decided today:</source>
        <translation>Heute entschieden:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Earlier decisions: tick the ones that are done</source>
        <translation>Frühere Entscheidungen: Haken Sie die erledigten ab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Gespeichert ✓</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Review speichern</translation>
    </message>
    <message>
        <source>Click a decision, or press Space on it, to mark it done</source>
        <translation>Klicken Sie auf eine Entscheidung oder drücken Sie darauf die Leertaste, um sie als erledigt zu markieren</translation>
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
    <name>cr::ui::RoomMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>&amp;Neuer Raum…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Feeds…</translation>
    </message>
    <message>
        <source>&amp;Unassigned tray…</source>
        <translation>&amp;Ablage „Nicht zugeordnet“…</translation>
    </message>
    <message>
        <source>&amp;Mapping rules…</source>
        <translation>Zuordnungs&amp;regeln…</translation>
    </message>
    <message>
        <source>No rooms opened yet</source>
        <translation>Noch keine Räume geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Creating room %1</source>
        <translation>Raum %1 wird angelegt</translation>
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
        <source>Open or create a room first (Room menu), then import files into it.</source>
        <translation>Öffnen Sie zuerst einen Raum oder legen Sie einen an (Menü Raum), und importieren Sie dann Dateien hinein.</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>%1 wird in %2 importiert</translation>
    </message>
    <message>
        <source>Importing %1 files into %2</source>
        <translation>%1 Dateien werden in %2 importiert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search the room…</source>
        <translation>Raum &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Follow-ups and &amp;departments…</source>
        <translation>Follow-ups und Ab&amp;teilungen…</translation>
    </message>
    <message>
        <source>Fixes &amp;board…</source>
        <translation>&amp;Maßnahmen-Board…</translation>
    </message>
    <message>
        <source>Where customers &amp;hurt most…</source>
        <translation>&amp;Wo es Kunden am meisten wehtut…</translation>
    </message>
    <message>
        <source>Set &amp;up the room…</source>
        <translation>Raum &amp;einrichten…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Rooms, set-up, evidence in, fixes, follow-ups, search and the PDF report</source>
        <translation>Räume, Einrichtung, Belege importieren, Maßnahmen, Follow-ups, Suche und PDF-Bericht</translation>
    </message>
    <message>
        <source>S&amp;ync all feeds now</source>
        <translation>Alle Feeds jetzt &amp;synchronisieren</translation>
    </message>
</context>
<context>
    <name>cr::ui::RulesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A&amp;pply to Unassigned now</source>
        <translation>Auf Nicht zugeordnete an&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Keyword</source>
        <translation>&amp;Stichwort</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Mapping rules</source>
        <translation>Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Rules run top to bottom on every import: the first rule that matches a record puts it on its stage (and sets a complaint&apos;s category). Records that no rule claims wait in Unassigned.</source>
        <translation>Regeln laufen bei jedem Import von oben nach unten: Die erste passende Regel ordnet einen Datensatz ihrer Phase zu (und setzt bei Beschwerden die Kategorie). Datensätze, die keine Regel erfasst, warten in „Nicht zugeordnet“.</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>No rules yet.</source>
        <translation>Noch keine Regeln.</translation>
    </message>
    <message>
        <source>Add one below: pick the kind of record and a field, type a keyword (say “refund”), choose the stage it belongs to. The next import sorts such records by itself; “Apply to Unassigned now” sorts those already waiting.</source>
        <translation>Fügen Sie unten eine hinzu: Wählen Sie die Art der Datensätze und ein Feld, geben Sie ein Stichwort ein (etwa „Erstattung“) und wählen Sie die passende Phase. Der nächste Import ordnet solche Datensätze selbst zu; „Auf Nicht zugeordnete anwenden“ ordnet die bereits wartenden.</translation>
    </message>
    <message>
        <source>Removes the selected rule (Delete).</source>
        <translation>Entfernt die ausgewählte Regel (Entf).</translation>
    </message>
    <message>
        <source>Matches the word or phrase as a whole, in any case: “refund” finds “Refund please” but not “refunded”.</source>
        <translation>Sucht das Wort oder die Wortfolge als Ganzes, unabhängig von Groß-/Kleinschreibung: „Erstattung“ findet „Erstattung bitte“, aber nicht „Erstattungen“.</translation>
    </message>
    <message>
        <source>A regular expression, in any case: “refund(ed|s)?” or “^late”.</source>
        <translation>Ein regulärer Ausdruck, unabhängig von Groß-/Kleinschreibung: „erstattung(en)?“ oder „^verspätet“.</translation>
    </message>
    <message>
        <source>a word or phrase, e.g. refund</source>
        <translation>ein Wort oder eine Wortfolge, z. B. Erstattung</translation>
    </message>
    <message>
        <source>leave the category alone</source>
        <translation>Kategorie unverändert lassen</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>a regular expression, e.g. refund(ed|s)?</source>
        <translation>ein regulärer Ausdruck, z. B. erstattung(en)?</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Phasen werden geladen…</translation>
    </message>
    <message>
        <source>No stage (category only)</source>
        <translation>Keine Phase (nur Kategorie)</translation>
    </message>
    <message>
        <source>The category the complaints this rule matches get.</source>
        <translation>Die Kategorie, die von dieser Regel erfasste Beschwerden erhalten.</translation>
    </message>
    <message>
        <source>Only complaints carry a category.</source>
        <translation>Nur Beschwerden haben eine Kategorie.</translation>
    </message>
    <message>
        <source>Rule %1 already matches these records first, so this one would never run. Remove rule %1 to change where they go.</source>
        <translation>Regel %1 erfasst diese Datensätze bereits vorher, diese hier käme also nie zum Zug. Entfernen Sie Regel %1, um ihre Zuordnung zu ändern.</translation>
    </message>
    <message>
        <source>Type the regular expression that records must match.</source>
        <translation>Geben Sie den regulären Ausdruck ein, dem Datensätze entsprechen müssen.</translation>
    </message>
    <message>
        <source>Type the keyword or phrase that records must hold.</source>
        <translation>Geben Sie das Stichwort oder die Wortfolge ein, die Datensätze enthalten müssen.</translation>
    </message>
    <message>
        <source>Choose the stage these records go to, or a category to give them.</source>
        <translation>Wählen Sie die Phase für diese Datensätze oder eine Kategorie, die sie erhalten.</translation>
    </message>
    <message>
        <source>Choose the stage these records go to.</source>
        <translation>Wählen Sie die Phase für diese Datensätze.</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>einem beliebigen Feld</translation>
    </message>
    <message>
        <source>✓ Finds %1 whose %2 matches this expression, in any case.</source>
        <translation>✓ Findet %1 mit einem Treffer für diesen Ausdruck in %2, unabhängig von Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>✓ Finds %1 whose %2 holds “%3” as a whole word or phrase, in any case.</source>
        <translation>✓ Findet %1, die in %2 „%3“ als ganzes Wort oder ganze Wortfolge enthalten, unabhängig von Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Add a rule first.</source>
        <translation>Fügen Sie zuerst eine Regel hinzu.</translation>
    </message>
    <message>
        <source>Nothing waits in Unassigned.</source>
        <translation>In „Nicht zugeordnet“ wartet nichts.</translation>
    </message>
    <message>
        <source>Runs these rules over the %1 waiting in Unassigned.</source>
        <translation>Wendet diese Regeln auf alles in „Nicht zugeordnet“ an (%1).</translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation>Die Regel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added: rule %1 runs last. Records already waiting stay in Unassigned until you apply the rules to them.</source>
        <translation>Hinzugefügt: Regel %1 läuft als letzte. Bereits wartende Datensätze bleiben in „Nicht zugeordnet“, bis Sie die Regeln auf sie anwenden.</translation>
    </message>
    <message>
        <source>Added: rule %1 runs last, on the next import.</source>
        <translation>Hinzugefügt: Regel %1 läuft beim nächsten Import als letzte.</translation>
    </message>
    <message>
        <source>The rule was not removed: %1</source>
        <translation>Die Regel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed rule %1 (%2 “%3”).</source>
        <translation>Regel %1 entfernt (%2 „%3“).</translation>
    </message>
    <message>
        <source>Applying the rules to %1 waiting in Unassigned…</source>
        <translation>Regeln werden auf „Nicht zugeordnet“ angewendet (%1)…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>Die Regeln konnten nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Unassigned is empty now.</source>
        <translation>„Nicht zugeordnet“ ist jetzt leer.</translation>
    </message>
    <message>
        <source>%1 left in Unassigned.</source>
        <translation>In „Nicht zugeordnet“ verbleiben: %1.</translation>
    </message>
    <message>
        <source>No rule matched the records waiting in Unassigned. %1</source>
        <translation>Keine Regel passte auf die wartenden Datensätze in „Nicht zugeordnet“. %1</translation>
    </message>
    <message>
        <source>%1 found a stage. %2</source>
        <translation>%1 einer Phase zugeordnet. %2</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Runs the selected rule before the one above it (Alt+Up).</source>
        <translation>Lässt die gewählte Regel vor der darüber laufen (Alt+Hoch).</translation>
    </message>
    <message>
        <source>Runs the selected rule after the one below it (Alt+Down).</source>
        <translation>Lässt die gewählte Regel nach der darunter laufen (Alt+Runter).</translation>
    </message>
    <message>
        <source>The rule was not moved: %1</source>
        <translation>Die Regel wurde nicht verschoben: %1</translation>
    </message>
    <message>
        <source>“%1” is now rule %2.</source>
        <translation>„%1“ ist jetzt Regel %2.</translation>
    </message>
</context>
<context>
    <name>cr::ui::RulesModel</name>
    <message>
        <source>stage %1 (removed)</source>
        <translation>Phase %1 (entfernt)</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>puts it on %1 with category “%2”</source>
        <translation>ordnet die Regel ihn der Phase %1 zu, mit Kategorie „%2“</translation>
    </message>
    <message>
        <source>puts it on %1</source>
        <translation>ordnet die Regel ihn der Phase %1 zu</translation>
    </message>
    <message>
        <source>sets its category to “%1”</source>
        <translation>setzt die Regel seine Kategorie auf „%1“</translation>
    </message>
    <message>
        <source>When %1 of a record matches the expression %2, this rule %3.</source>
        <translation>Wenn %1 eines Datensatzes dem Ausdruck %2 entspricht, %3.</translation>
    </message>
    <message>
        <source>When %1 of a record holds the word or phrase “%2” (any case), this rule %3.</source>
        <translation>Wenn %1 eines Datensatzes das Wort oder die Wortfolge „%2“ enthält (Groß-/Kleinschreibung egal), %3.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Keyword or pattern</source>
        <translation>Stichwort oder Muster</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>cr::ui::RunLogModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
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
        <source>NPS by month, the last %1 months; click for the chart with its margin of error.</source>
        <translation>NPS je Monat, die letzten %1 Monate; klicken Sie für das Diagramm mit Fehlerspanne.</translation>
    </message>
    <message>
        <source>Both periods need at least %1 answers before a change can count.</source>
        <translation>Beide Zeiträume brauchen mindestens %1 Antworten, damit eine Veränderung zählt.</translation>
    </message>
    <message>
        <source>NPS by quarter, the last %1 quarters; click for the chart with its margin of error.</source>
        <translation>NPS je Quartal, die letzten %1 Quartale; klicken Sie für das Diagramm mit Fehlerspanne.</translation>
    </message>
    <message>
        <source> · low sample</source>
        <translation> · n zu klein</translation>
    </message>
    <message>
        <source>CSAT = % of answers 4–5 on a 1–5 scale (top-2-box); a change counts when the two-proportion test says so and both periods have n ≥ %1. CES = mean effort on 1–7 (lower is easier, ▲ = easier). Below n = %1 a score is marked “low sample”.</source>
        <translation>CSAT = % der Antworten 4–5 auf einer Skala von 1–5 (Top-2-Box); eine Veränderung zählt, wenn der Zwei-Anteile-Test sie bestätigt und beide Zeiträume n ≥ %1 haben. CES = mittlerer Aufwand auf 1–7 (niedriger ist leichter, ▲ = leichter). Unter n = %1 wird ein Wert als „n zu klein“ markiert.</translation>
    </message>
</context>
<context>
    <name>cr::ui::SearchDialog</name>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Survey comment</source>
        <translation>Umfragekommentar</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Search the room</source>
        <translation>Raum durchsuchen</translation>
    </message>
    <message>
        <source>Search complaints, survey comments, call transcripts and fixes</source>
        <translation>Beschwerden, Umfragekommentare, Anruftranskripte und Maßnahmen durchsuchen</translation>
    </message>
    <message>
        <source>Every word you type must appear; the start of a word is enough, accents do not matter.</source>
        <translation>Jedes eingegebene Wort muss vorkommen; der Wortanfang genügt, Akzente spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing in this room matches “%1”.</source>
        <translation>Nichts in diesem Raum passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 matches: %2 complaints, %3 survey comments, %4 calls, %5 fixes (%6 ms). The newest %7 of each kind are shown.</source>
        <translation>%1 Treffer: %2 Beschwerden, %3 Umfragekommentare, %4 Anrufe, %5 Maßnahmen (%6 ms). Angezeigt werden je Art die neuesten %7.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>▶ Play from %1</source>
        <translation>▶ Ab %1 abspielen</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>+ Fix</source>
        <translation>+ Maßnahme</translation>
    </message>
</context>
<context>
    <name>cr::ui::SetupDialog</name>
    <message>
        <source>Set up the room</source>
        <translation>Raum einrichten</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Abteilungen</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
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
    <name>cr::ui::StageSpotlight</name>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>±%1 · n %2%3</source>
        <translation>±%1 · n %2%3</translation>
    </message>
    <message>
        <source> · low sample</source>
        <translation> · n zu klein</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>Keine NPS-Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>CSAT %1 % · n %2%3</source>
        <translation>CSAT %1 % · n %2%3</translation>
    </message>
    <message>
        <source>CES %1 of 7 · n %2%3</source>
        <translation>CES %1 von 7 · n %2%3</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Nothing changed beyond chance.</source>
        <translation>Nichts hat sich über den Zufall hinaus geändert.</translation>
    </message>
    <message>
        <source>KPIs against target</source>
        <translation>KPIs im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>No KPIs for this stage yet.</source>
        <translation>Noch keine KPIs für diese Phase.</translation>
    </message>
    <message>
        <source>+%1 more KPIs, %2 of them off target</source>
        <translation>+%1 weitere KPIs, davon %2 verfehlt</translation>
    </message>
    <message>
        <source>+%1 more KPIs</source>
        <translation>+%1 weitere KPIs</translation>
    </message>
    <message>
        <source>Top complaints · %1</source>
        <translation>Häufigste Beschwerden · %1</translation>
    </message>
    <message>
        <source> (%1 in %2)</source>
        <translation> (%1 im %2)</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>Keine Beschwerden in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Complaints per period, the last %1 periods</source>
        <translation>Beschwerden je Zeitraum, die letzten %1 Zeiträume</translation>
    </message>
    <message>
        <source>Featured clip</source>
        <translation>Hervorgehobener Clip</translation>
    </message>
    <message>
        <source>A call from this period</source>
        <translation>Ein Anruf aus diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>Press P to play it to the room</source>
        <translation>Drücken Sie P, um ihn der Runde vorzuspielen</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>Keine Anrufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Fixes not yet verified: %1</source>
        <translation>Noch nicht verifizierte Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Fixes not yet verified: %1, overdue: %2</source>
        <translation>Noch nicht verifizierte Maßnahmen: %1, überfällig: %2</translation>
    </message>
    <message>
        <source>No open fixes: decide one in the review.</source>
        <translation>Keine offenen Maßnahmen: Beschließen Sie eine im Review.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>OVERDUE · %1</source>
        <translation>ÜBERFÄLLIG · %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions to follow up</source>
        <translation>Nachzuverfolgende Entscheidungen</translation>
    </message>
    <message>
        <source>None open. Press D to record one.</source>
        <translation>Keine offen. Drücken Sie D, um eine festzuhalten.</translation>
    </message>
    <message>
        <source>● today: %1</source>
        <translation>● heute: %1</translation>
    </message>
    <message>
        <source>+1 more KPI, off target</source>
        <translation>+1 weiterer KPI, verfehlt</translation>
    </message>
    <message>
        <source>+1 more KPI</source>
        <translation>+1 weiterer KPI</translation>
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
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) per quarter, with its 95 % margin of error as the band. Wide bands mean few answers.</source>
        <translation>NPS = % Promotoren (9–10) − % Detraktoren (0–6) pro Quartal, mit der 95-%-Fehlerspanne als Band. Breite Bänder bedeuten wenige Antworten.</translation>
    </message>
    <message>
        <source>New &amp;fix for this KPI…</source>
        <translation>Neue &amp;Maßnahme für diesen KPI…</translation>
    </message>
    <message>
        <source>Bring “%1” back on target</source>
        <translation>„%1“ wieder ins Ziel bringen</translation>
    </message>
</context>
<context>
    <name>cr::ui::UnassignedDialog</name>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Assign selected</source>
        <translation>Auswahl zuordnen</translation>
    </message>
    <message>
        <source>&amp;Run rules</source>
        <translation>&amp;Regeln anwenden</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>Re&amp;geln…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unassigned records</source>
        <translation>Nicht zugeordnete Datensätze</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Records whose stage no import could tell wait here. Select them, choose the stage they belong to and assign them; rules sort the next imports by themselves.</source>
        <translation>Hier warten Datensätze, deren Phase kein Import erkennen konnte. Wählen Sie sie aus, wählen Sie die passende Phase und ordnen Sie sie zu; Regeln sortieren künftige Importe von selbst.</translation>
    </message>
    <message>
        <source>Search text, category, channel or file…</source>
        <translation>Text, Kategorie, Kanal oder Datei suchen…</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>Selects every record in this list, loading the rest first (Ctrl+A selects the rows loaded so far).</source>
        <translation>Wählt alle Datensätze dieser Liste aus und lädt dazu zuerst den Rest (Strg+A wählt die bisher geladenen Zeilen).</translation>
    </message>
    <message>
        <source>Assign to &amp;stage:</source>
        <translation>Zuordnen zu &amp;Phase:</translation>
    </message>
    <message>
        <source>keep their category</source>
        <translation>Kategorie beibehalten</translation>
    </message>
    <message>
        <source>Sets this category on the selected complaints; empty keeps the one they have.</source>
        <translation>Setzt diese Kategorie für die ausgewählten Beschwerden; leer lässt ihre bisherige.</translation>
    </message>
    <message>
        <source>Runs the room&apos;s mapping rules over every record waiting here.</source>
        <translation>Wendet die Zuordnungsregeln des Raums auf alle hier wartenden Datensätze an.</translation>
    </message>
    <message>
        <source>Shows, adds and removes the rules that sort records onto stages.</source>
        <translation>Zeigt, ergänzt und entfernt die Regeln, die Datensätze Phasen zuordnen.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Die Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stages yet</source>
        <translation>Noch keine Phasen</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Phase wählen…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Loading the rest of the list to select it all…</source>
        <translation>Der Rest der Liste wird geladen, um alles auszuwählen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 für „%2“</translation>
    </message>
    <message>
        <source>%1 so far for “%2”; scroll down for more</source>
        <translation>Bisher %1 für „%2“; für mehr nach unten scrollen</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 %3, oldest first; scroll down for more</source>
        <translation>Die ersten %1 von %2 %3, älteste zuerst; für mehr nach unten scrollen</translation>
    </message>
    <message>
        <source>%1 %2, oldest first</source>
        <translation>%1 %2, älteste zuerst</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
    <message>
        <source>Assign %1 selected</source>
        <translation>%1 ausgewählte zuordnen</translation>
    </message>
    <message>
        <source>The room has no stages yet: add stages to the room first.</source>
        <translation>Der Raum hat noch keine Phasen: Legen Sie zuerst Phasen an.</translation>
    </message>
    <message>
        <source>Select records in the list first (Ctrl or Shift for many).</source>
        <translation>Wählen Sie zuerst Datensätze in der Liste aus (Strg oder Umschalt für mehrere).</translation>
    </message>
    <message>
        <source>Puts the selected records on the chosen stage (Enter).</source>
        <translation>Ordnet die ausgewählten Datensätze der gewählten Phase zu (Eingabetaste).</translation>
    </message>
    <message>
        <source>The room has no rules yet: add one under Rules…</source>
        <translation>Der Raum hat noch keine Regeln: Fügen Sie unter Regeln… eine hinzu.</translation>
    </message>
    <message>
        <source>Nothing waits here.</source>
        <translation>Hier wartet nichts.</translation>
    </message>
    <message>
        <source>Runs the room&apos;s mapping rules (%1) over every record waiting here.</source>
        <translation>Wendet die Zuordnungsregeln des Raums (%1) auf alle hier wartenden Datensätze an.</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.</source>
        <translation>Nichts hier passt zu „%1“.</translation>
    </message>
    <message>
        <source>Search looks in the text, category, channel and file name. Clear the search to see every record.</source>
        <translation>Die Suche berücksichtigt Text, Kategorie, Kanal und Dateiname. Leeren Sie die Suche, um alle Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>Nothing waits here: every record found its stage.</source>
        <translation>Hier wartet nichts: Jeder Datensatz hat seine Phase gefunden.</translation>
    </message>
    <message>
        <source>Records land here when an import cannot tell their stage. The room&apos;s rules (%1) sort new imports; add more under Rules… when new kinds of records turn up.</source>
        <translation>Datensätze landen hier, wenn ein Import ihre Phase nicht erkennt. Die Regeln des Raums (%1) sortieren neue Importe; fügen Sie unter Regeln… weitere hinzu, wenn neue Arten von Datensätzen auftauchen.</translation>
    </message>
    <message>
        <source>Records land here when an import cannot tell their stage. Add a rule under Rules… (a keyword such as “refund” → Billing) and the next import sorts them by itself.</source>
        <translation>Datensätze landen hier, wenn ein Import ihre Phase nicht erkennt. Fügen Sie unter Regeln… eine Regel hinzu (ein Stichwort wie „Erstattung“ → Abrechnung), dann sortiert der nächste Import sie von selbst.</translation>
    </message>
    <message>
        <source>No %1 wait here.</source>
        <translation>Hier warten keine %1.</translation>
    </message>
    <message>
        <source>Other records wait here (%1): see the All tab.</source>
        <translation>Hier warten andere Datensätze (%1): siehe Reiter „Alle“.</translation>
    </message>
    <message>
        <source>Select the records to assign first (Ctrl or Shift selects many, Ctrl+A all loaded).</source>
        <translation>Wählen Sie zuerst die zuzuordnenden Datensätze aus (Strg oder Umschalt für mehrere, Strg+A für alle geladenen).</translation>
    </message>
    <message>
        <source>Choose the stage these records belong to, then assign again.</source>
        <translation>Wählen Sie die Phase dieser Datensätze und ordnen Sie dann erneut zu.</translation>
    </message>
    <message>
        <source>Assigning %1 to %2…</source>
        <translation>Zuordnung von %1 zu %2…</translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation>Es wurde nichts zugeordnet: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>Zugeordnet: %1 zu %2.</translation>
    </message>
    <message>
        <source>Running the rules over %1…</source>
        <translation>Regeln werden angewendet auf %1…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>Die Regeln konnten nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>No rule matched the records waiting here. Add or change rules under Rules…</source>
        <translation>Keine Regel passte auf die hier wartenden Datensätze. Fügen Sie unter Regeln… Regeln hinzu oder ändern Sie sie.</translation>
    </message>
    <message>
        <source>Rules placed %1 on a stage; %2 left here.</source>
        <translation>Die Regeln haben %1 einer Phase zugeordnet; hier verbleiben: %2.</translation>
    </message>
</context>
<context>
    <name>cr::ui::UnassignedModel</name>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text or title</source>
        <translation>Text oder Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source (file:line)</source>
        <translation>Quelle (Datei:Zeile)</translation>
    </message>
</context>
<context>
    <name>cr::ui::WallView</name>
    <message>
        <source>&lt;h2&gt;This room has no stages yet&lt;/h2&gt;&lt;p&gt;A room is built around the customer journey. Build it stage by stage with &lt;b&gt;Room › Set up the room…&lt;/b&gt; (Ctrl+Shift+U), or start from a template of stages, departments and moments with &lt;b&gt;Room › New room…&lt;/b&gt; (or &lt;code&gt;customer-room-cli init ROOM --template FILE.json&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Files you import meanwhile wait in the Unassigned tray. To see a full wall, create the Kestrel Fibre demo from the same menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Raum hat noch keine Phasen&lt;/h2&gt;&lt;p&gt;Ein Raum ist um die Customer Journey gebaut. Bauen Sie ihn Phase für Phase über &lt;b&gt;Raum › Raum einrichten…&lt;/b&gt; (Strg+Umschalt+U) auf, oder beginnen Sie mit einer Vorlage aus Phasen, Abteilungen und Momenten über &lt;b&gt;Raum › Neuer Raum…&lt;/b&gt; (oder &lt;code&gt;customer-room-cli init ROOM --template FILE.json&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Dateien, die Sie bis dahin importieren, warten in der Ablage „Nicht zugeordnet“. Um eine volle Wand zu sehen, legen Sie über dasselbe Menü die Kestrel-Fibre-Demo an.&lt;/p&gt;</translation>
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
        <source>Preparing the demo room…</source>
        <translation>Demo-Raum wird vorbereitet …</translation>
    </message>
    <message>
        <source>Drop to import into “%1”</source>
        <translation>Loslassen, um in „%1“ zu importieren</translation>
    </message>
    <message>
        <source>Preparing the demo room</source>
        <translation>Demo-Raum wird vorbereitet</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>Raum wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Diese Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The room that was open stays open.</source>
        <translation>Der bisher geöffnete Raum bleibt geöffnet.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>to the same days: %1</source>
        <translation>mit denselben Tagen: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review für %1</translation>
    </message>
    <message>
        <source>This review is already saved.</source>
        <translation>Dieses Review ist bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>cr::ui::WaveformView</name>
    <message>
        <source>Click to jump there. Bands under the waveform are the call&apos;s clips.</source>
        <translation>Klicken Sie, um dorthin zu springen. Die Bänder unter der Wellenform sind die Clips des Anrufs.</translation>
    </message>
    <message>
        <source>I</source>
        <comment>in mark on the waveform</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>O</source>
        <comment>out mark on the waveform</comment>
        <translation>O</translation>
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
    <message>
        <source>No stage &quot;%1&quot; in this room.</source>
        <translation>In diesem Raum gibt es keine Phase &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The agenda has pages 1 to %1.</source>
        <translation>Die Agenda hat die Seiten 1 bis %1.</translation>
    </message>
    <message>
        <source>Open on one screen: wall, tour:STAGE (name or number), agenda:N (page), celebration or player:CALL_ID.</source>
        <translation>Direkt eine Ansicht öffnen: wall, tour:STAGE (Name oder Nummer), agenda:N (Seite), celebration oder player:CALL_ID.</translation>
    </message>
    <message>
        <source>The period to show: YYYY-MM or YYYY-Qn.</source>
        <translation>Der anzuzeigende Zeitraum: YYYY-MM oder YYYY-Qn.</translation>
    </message>
    <message>
        <source>--view wants wall, tour:STAGE, agenda:N, celebration or player:CALL_ID.</source>
        <translation>--view erwartet wall, tour:STAGE, agenda:N, celebration oder player:CALL_ID.</translation>
    </message>
    <message>
        <source>--period wants YYYY-MM or YYYY-Qn, e.g. 2026-10 or 2026-Q3.</source>
        <translation>--period erwartet YYYY-MM oder YYYY-Qn, z. B. 2026-10 oder 2026-Q3.</translation>
    </message>
</context>
</TS>
