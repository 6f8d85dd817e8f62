<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TrendClass</name>
    <message>
        <source>ripple</source>
        <translation>Kräuselung</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>tsunami</source>
        <translation>Tsunami</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditView</name>
    <message>
        <source>Who (user name)</source>
        <translation>Wer (Benutzername)</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>Nur Einträge dieses Benutzers</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and its link to the one before</source>
        <translation>Den Hash jedes Eintrags und seine Verknüpfung mit dem vorigen neu berechnen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (the export is itself audited)</source>
        <translation>Die angezeigten Einträge als CSV speichern (der Export wird selbst protokolliert)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>The chain of %1 entries is intact. Its head is %2: note it elsewhere to detect a trail replaced as a whole.</source>
        <translation>Die Kette aus %1 Einträgen ist intakt. Ihr Kopf ist %2: Notieren Sie ihn an anderer Stelle, um ein vollständig ersetztes Protokoll zu erkennen.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Nur Einträge dieser Aktion</translation>
    </message>
</context>
<context>
    <name>tw::ui::CategoryChart</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>Alle öffnen</translation>
    </message>
    <message>
        <source>Up one level of the taxonomy</source>
        <translation>Eine Ebene der Taxonomie nach oben</translation>
    </message>
    <message>
        <source>Read every verbatim of the category shown</source>
        <translation>Alle Verbatims der angezeigten Kategorie lesen</translation>
    </message>
    <message>
        <source>All categories — click a bar to drill down</source>
        <translation>Alle Kategorien – Balken anklicken, um tiefer zu gehen</translation>
    </message>
    <message>
        <source>%1 — click a bar to drill down or read its verbatims</source>
        <translation>%1 – Balken anklicken, um tiefer zu gehen oder die Verbatims zu lesen</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volumen nach Kategorie</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::ChartSaving</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Diagramm speichern unter…</translation>
    </message>
    <message>
        <source>This chart as a PNG picture or an SVG drawing</source>
        <translation>Dieses Diagramm als PNG-Bild oder SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
</context>
<context>
    <name>tw::ui::DashboardPanel</name>
    <message>
        <source>Click a bar, a month or a category to read those verbatims.</source>
        <translation>Klicken Sie auf einen Balken, einen Monat oder eine Kategorie, um diese Verbatims zu lesen.</translation>
    </message>
    <message>
        <source>%1 verbatims on %2</source>
        <translation>%1 Verbatims über %2</translation>
    </message>
    <message>
        <source>verbatims of %1</source>
        <translation>Verbatims von %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationCard</name>
    <message>
        <source>Click a type to open its escalations in the queue</source>
        <translation>Klicken Sie auf einen Typ, um seine Eskalationen in der Warteschlange zu öffnen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Open escalations by type</source>
        <translation>Offene Eskalationen nach Typ</translation>
    </message>
    <message>
        <source>No escalations yet: flags open them when the store is analysed.</source>
        <translation>Noch keine Eskalationen: Markierungen eröffnen sie, wenn der Speicher analysiert wird.</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · Median bis zur Maßnahme %1 h</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue · %L3 actioned, %L4 closed without action</source>
        <translation>%L1 offen, %L2 überfällig · %L3 erledigt, %L4 ohne Maßnahme geschlossen</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationQueue</name>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Sichten</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>&amp;Prüfung beginnen</translation>
    </message>
    <message>
        <source>&amp;Actioned…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>&amp;Close without action…</source>
        <translation>&amp;Ohne Maßnahme schließen…</translation>
    </message>
    <message>
        <source>Triage all selected</source>
        <translation>Alle ausgewählten sichten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Click a column to sort; overdue escalations are shown in red</source>
        <translation>Klicken Sie auf eine Spalte, um zu sortieren; überfällige Eskalationen sind rot</translation>
    </message>
    <message>
        <source>Open a store to see its escalations.</source>
        <translation>Öffnen Sie einen Speicher, um seine Eskalationen zu sehen.</translation>
    </message>
    <message>
        <source>Confirm the flag is worth acting on (new → triaged)</source>
        <translation>Bestätigen, dass die Markierung eine Maßnahme verdient (neu → gesichtet)</translation>
    </message>
    <message>
        <source>Give it to someone (triaged → assigned), or hand it to someone else</source>
        <translation>Jemandem zuweisen (gesichtet → zugewiesen) oder an jemand anderen übergeben</translation>
    </message>
    <message>
        <source>The assignee is working on it (assigned → in review)</source>
        <translation>Die zuständige Person bearbeitet sie (zugewiesen → in Prüfung)</translation>
    </message>
    <message>
        <source>Reported, customer contacted or fixed, with a note (in review → actioned)</source>
        <translation>Gemeldet, Kunde kontaktiert oder behoben, mit einer Notiz (in Prüfung → erledigt)</translation>
    </message>
    <message>
        <source>Nothing to do, with a note saying why</source>
        <translation>Nichts zu tun, mit einer Notiz, warum</translation>
    </message>
    <message>
        <source>Triage every selected escalation that is new</source>
        <translation>Jede ausgewählte neue Eskalation sichten</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Handelnd als %1</translation>
    </message>
    <message>
        <source>workbench user</source>
        <translation>Benutzer der Werkbank</translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation>Die Eskalationen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · Median bis zur Maßnahme %1 h</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 escalations selected.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 Eskalationen ausgewählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an escalation to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie eine Eskalation aus, um sie zu lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Eskalation %1: %2</translation>
    </message>
    <message>
        <source>Severity &lt;b&gt;%1&lt;/b&gt; · state &lt;b&gt;%2&lt;/b&gt; · opened %3 · due %4</source>
        <translation>Schweregrad &lt;b&gt;%1&lt;/b&gt; · Status &lt;b&gt;%2&lt;/b&gt; · eröffnet %3 · fällig %4</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation> · zugewiesen an %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source> (%1 flags merged)</source>
        <translation> (%1 Markierungen zusammengeführt)</translation>
    </message>
    <message>
        <source>An emerging issue found by the trend radar; the verbatim below is the first of its burst, and the Radar tab shows its days.</source>
        <translation>Ein aufkommendes Problem, vom Trendradar gefunden; das Verbatim unten ist das erste seines Ausbruchs, und der Reiter „Radar“ zeigt seine Tage.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may be contacted: %2.</source>
        <translation>Einwilligung: %1. Der Kunde darf kontaktiert werden: %2.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may not be contacted: %2.</source>
        <translation>Einwilligung: %1. Der Kunde darf nicht kontaktiert werden: %2.</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>Das Verbatim ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Verbatim #%1 · %2 · %3</source>
        <translation>Verbatim Nr. %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>How was it actioned?</source>
        <translation>Wie wurde sie erledigt?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was done, or why nothing needs doing:</source>
        <translation>Was getan wurde oder warum nichts zu tun ist:</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>%1 moved; not moved: %2</source>
        <translation>%1 verschoben; nicht verschoben: %2</translation>
    </message>
    <message>
        <source>%L1 listed · in the store: %L2 open, %L3 overdue, %L4 actioned, %L5 closed without action</source>
        <translation>%L1 aufgelistet · im Speicher: %L2 offen, %L3 überfällig, %L4 erledigt, %L5 ohne Maßnahme geschlossen</translation>
    </message>
    <message>
        <source>Only escalations of this type</source>
        <translation>Nur Eskalationen dieses Typs</translation>
    </message>
    <message>
        <source>Only escalations in this state; Open is every state before actioned or closed</source>
        <translation>Nur Eskalationen in diesem Status; „Offen“ ist jeder Status vor erledigt oder geschlossen</translation>
    </message>
    <message>
        <source>Only escalations assigned to this person</source>
        <translation>Nur Eskalationen, die dieser Person zugewiesen sind</translation>
    </message>
    <message>
        <source>Only open escalations past their due date</source>
        <translation>Nur offene Eskalationen nach ihrem Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportDialog</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Feedback importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, JSON Lines, JSON or text file, or drop it here</source>
        <translation>Wählen Sie eine CSV-, TSV-, JSON-Lines-, JSON- oder Textdatei oder legen Sie sie hier ab</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Channel for every record:</source>
        <translation>Kanal für jeden Datensatz:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Why it was quarantined</source>
        <translation>Warum er zurückgestellt wurde</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;All files (*)</source>
        <translation>Feedback-Dateien (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>Der Anfang der Datei wird gelesen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>, Trennzeichen %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>, one verbatim per %1</source>
        <translation>, ein Verbatim je %1</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · %3</source>
        <translation>Format: %1 · Kodierung: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>first %n record(s) shown</source>
        <translation>
            <numerusform>erster Datensatz angezeigt</numerusform>
            <numerusform>erste %n Datensätze angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00&apos;&gt;choose the column that holds the text&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00&apos;&gt;wählen Sie die Spalte, die den Text enthält&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Among the first records, %n will be quarantined:&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Unter den ersten Datensätzen wird %n zurückgestellt:&lt;/span&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Unter den ersten Datensätzen werden %n zurückgestellt:&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported is kept; import the same file again to continue.&lt;br&gt;</source>
        <translation>Abgebrochen. Bereits Importiertes bleibt erhalten; importieren Sie dieselbe Datei erneut, um fortzufahren.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Resumed an earlier, unfinished import of this file.&lt;br&gt;</source>
        <translation>Ein früherer, unvollständiger Import dieser Datei wurde fortgesetzt.&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Quarantined records are listed below; hover a reason to see the record.</source>
        <translation>&lt;br&gt;Zurückgestellte Datensätze stehen unten; zeigen Sie auf einen Grund, um den Datensatz zu sehen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV (tab-separated)</source>
        <translation>TSV (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Plain text, one verbatim per line</source>
        <translation>Reiner Text, ein Verbatim pro Zeile</translation>
    </message>
    <message>
        <source>%L1 records read…</source>
        <translation>%L1 Datensätze gelesen…</translation>
    </message>
    <message>
        <source>Read %L1 · stored %L2 · duplicates %L3 · quarantined %L4</source>
        <translation>Gelesen %L1 · gespeichert %L2 · Duplikate %L3 · zurückgestellt %L4</translation>
    </message>
    <message>
        <source>A channel for every record (survey, chat, call…) when the file has no channel column</source>
        <translation>Ein Kanal für jeden Datensatz (Umfrage, Chat, Anruf…), wenn die Datei keine Kanalspalte hat</translation>
    </message>
    <message>
        <source>The file to import; its first records are previewed below</source>
        <translation>Die zu importierende Datei; ihre ersten Datensätze erscheinen unten als Vorschau</translation>
    </message>
    <message>
        <source>How the file is read; detected from its name and first bytes unless chosen</source>
        <translation>Wie die Datei gelesen wird; aus ihrem Namen und ersten Bytes erkannt, sofern nicht gewählt</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>The file&apos;s column read as %1; detected from its header, or choose another</source>
        <translation>Die Spalte der Datei, die als %1 gelesen wird; aus der Kopfzeile erkannt, oder wählen Sie eine andere</translation>
    </message>
</context>
<context>
    <name>tw::ui::KwicView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>A word or a rule: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</source>
        <translation>Ein Wort oder eine Regel: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Context on each side of the match</source>
        <translation>Kontext auf jeder Seite des Treffers</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By match</source>
        <translation>Nach Treffer</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>Nach linkem Kontext</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>Nach rechtem Kontext</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Type a word or a rule and press Enter to see every match in its context.</source>
        <translation>Geben Sie ein Wort oder eine Regel ein und drücken Sie die Eingabetaste, um jeden Treffer im Kontext zu sehen.</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Regelfehler bei %1: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export concordance</source>
        <translation>Konkordanz exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The first %L1 matches (refine the rule to see others)</source>
        <translation>Die ersten %L1 Treffer (verfeinern Sie die Regel, um weitere zu sehen)</translation>
    </message>
    <message>
        <source>Exported %L1 lines to %2</source>
        <translation>%L1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>The same rule language as the browser&apos;s search; Enter shows the matches</source>
        <translation>Dieselbe Regelsprache wie die Suche der Liste; die Eingabetaste zeigt die Treffer</translation>
    </message>
    <message>
        <source>The order of the lines: sorting by the words before or after the match groups its uses</source>
        <translation>Die Reihenfolge der Zeilen: Die Sortierung nach den Wörtern vor oder nach dem Treffer gruppiert seine Verwendungen</translation>
    </message>
    <message>
        <source>Every match of the rule with the words around it</source>
        <translation>Jeder Treffer der Regel mit den Wörtern darum herum</translation>
    </message>
    <message>
        <source>Save the lines shown as CSV, with the verbatim each comes from</source>
        <translation>Die angezeigten Zeilen als CSV speichern, mit dem Verbatim, aus dem jede stammt</translation>
    </message>
</context>
<context>
    <name>tw::ui::MainWindow</name>
    <message>
        <source>Tidewatch</source>
        <translation>Tidewatch</translation>
    </message>
    <message>
        <source>&amp;Verbatims</source>
        <translation>&amp;Verbatims</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Radar</source>
        <translation>&amp;Radar</translation>
    </message>
    <message>
        <source>Emerging issues across channels: ripples, waves and tsunamis</source>
        <translation>Aufkommende Probleme über Kanäle hinweg: Kräuselungen, Wellen und Tsunamis</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>K&amp;onkordanz</translation>
    </message>
    <message>
        <source>&amp;Emerging phrases</source>
        <translation>&amp;Aufkommende Phrasen</translation>
    </message>
    <message>
        <source>Esc&amp;alations</source>
        <translation>Es&amp;kalationen</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <source>Cancelling the analysis after the current batch…</source>
        <translation>Die Analyse wird nach dem aktuellen Stapel abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neuer Speicher…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent Stores</source>
        <translation>Zuletzt geöffnete Speicher</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Store</source>
        <translation>&amp;Demo-Speicher öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Verbatims…</source>
        <translation>Verbatims &amp;exportieren…</translation>
    </message>
    <message>
        <source>The verbatims the browser lists, as CSV, Excel or JSON Lines</source>
        <translation>Die Verbatims der Liste als CSV, Excel oder JSON Lines</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Key figures, charts, top categories, emerging issues, escalations and sample verbatims of what the browser lists, as a PDF</source>
        <translation>Kennzahlen, Diagramme, wichtigste Kategorien, aufkommende Probleme, Eskalationen und Beispiel-Verbatims zur aktuellen Liste als PDF</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Analyse Store</source>
        <translation>Speicher &amp;analysieren</translation>
    </message>
    <message>
        <source>State a &amp;Purpose for Sensitive Segments…</source>
        <translation>&amp;Zweck für sensible Segmente angeben…</translation>
    </message>
    <message>
        <source>Sensitive categories (health, finances, religion...) filter and segment only for roles allowed them, with a purpose that is audited</source>
        <translation>Sensible Kategorien (Gesundheit, Finanzen, Religion…) filtern und segmentieren nur für Rollen, denen es erlaubt ist, mit einem protokollierten Zweck</translation>
    </message>
    <message>
        <source>&amp;Erase a Customer…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase a Customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Customer pseudonym whose verbatims and everything derived from them leave the store (held ones are blanked):</source>
        <translation>Pseudonym des Kunden, dessen Verbatims und alles daraus Abgeleitete den Speicher verlassen (zurückgehaltene werden geleert):</translation>
    </message>
    <message>
        <source>Erase everything about %1? This cannot be undone.</source>
        <translation>Alles über %1 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Retention Rules…</source>
        <translation>Auf&amp;bewahrungsregeln…</translation>
    </message>
    <message>
        <source>Retention Rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>One rule per line, CHANNEL=DAYS (verbatims older than that are purged now and on every apply; those under escalation are kept):</source>
        <translation>Eine Regel pro Zeile, KANAL=TAGE (ältere Verbatims werden jetzt und bei jeder Anwendung entfernt; solche unter Eskalation bleiben erhalten):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tidewatch</source>
        <translation>&amp;Über Tidewatch</translation>
    </message>
    <message>
        <source>About Tidewatch</source>
        <translation>Über Tidewatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;A workbench for the people who listen to customers: import feedback from every channel, explore it, and act on what it obliges you to do.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für alle, die Kunden zuhören: Feedback aus jedem Kanal importieren, erkunden und handeln, wo es Sie verpflichtet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for this search, filter, tab and column layout:</source>
        <translation>Name für diese Suche, diesen Filter, Reiter und diese Spaltenanordnung:</translation>
    </message>
    <message>
        <source>No saved views of this store yet</source>
        <translation>Noch keine gespeicherten Ansichten dieses Speichers</translation>
    </message>
    <message>
        <source>&amp;Delete a View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Der Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>%1 (%2, password %3)</source>
        <translation>%1 (%2, Passwort %3)</translation>
    </message>
    <message>
        <source>Demo users: %1.</source>
        <translation>Demo-Benutzer: %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>No users in this store</source>
        <translation>Keine Benutzer in diesem Speicher</translation>
    </message>
    <message>
        <source>Anyone who opens this file reads it as a manager would. Add its admin with tidewatch-cli user add to require sign-in.</source>
        <translation>Wer diese Datei öffnet, liest sie wie eine Führungskraft. Fügen Sie mit tidewatch-cli user add einen Admin hinzu, um eine Anmeldung zu verlangen.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>%1 — Tidewatch</source>
        <translation>%1 – Tidewatch</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Why do you segment by sensitive categories? (kept in the audit trail with each use)</source>
        <translation>Warum segmentieren Sie nach sensiblen Kategorien? (wird bei jeder Verwendung im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source> · purpose: %1</source>
        <translation> · Zweck: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CHANNEL=DAYS; nothing was changed.</source>
        <translation>„%1“ hat nicht die Form KANAL=TAGE; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Nichts wurde entfernt: %1</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nichts wurde entfernt</translation>
    </message>
    <message>
        <source>This store has no users: there is no one to switch to.</source>
        <translation>Dieser Speicher hat keine Benutzer: Es gibt niemanden, zu dem gewechselt werden kann.</translation>
    </message>
    <message>
        <source>Preparing the demo corpus (first run)…</source>
        <translation>Demo-Korpus wird vorbereitet (erster Start)…</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>Der Demo-Speicher kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>Categorisation failed</source>
        <translation>Kategorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scanning for personal data failed</source>
        <translation>Die Suche nach personenbezogenen Daten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Analysis cancelled; Tools → Analyse Store continues it</source>
        <translation>Analyse abgebrochen; Werkzeuge → Speicher analysieren setzt sie fort</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw)</source>
        <translation>Tidewatch-Speicher (*.tidewatch *.tw)</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>Der Speicher kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw);;All files (*)</source>
        <translation>Tidewatch-Speicher (*.tidewatch *.tw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Open or create a store first (File → New Store…), then import into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Speicher (Datei → Neuer Speicher…) und importieren Sie dann hinein.</translation>
    </message>
    <message>
        <source>%1 shown · %2 on disk</source>
        <translation>%1 angezeigt · %2 auf dem Datenträger</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>Dem S&amp;ystem folgen</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Tidewatch speaks %1 from its next start</source>
        <translation>Tidewatch spricht ab dem nächsten Start %1</translation>
    </message>
    <message>
        <source>Erased %L1 verbatims; %L2 under escalation blanked</source>
        <translation>%L1 Verbatims gelöscht; %L2 unter Eskalation geleert</translation>
    </message>
    <message>
        <source>Purged %L1 verbatims; %L2 kept under escalation</source>
        <translation>%L1 Verbatims entfernt; %L2 unter Eskalation behalten</translation>
    </message>
    <message>
        <source>Analysing… %L1 of %L2</source>
        <translation>Analyse läuft… %L1 von %L2</translation>
    </message>
    <message>
        <source>Categorising… %L1 of %L2</source>
        <translation>Kategorisierung läuft… %L1 von %L2</translation>
    </message>
    <message>
        <source>Looking for personal data and flags… %L1 of %L2</source>
        <translation>Suche nach personenbezogenen Daten und Markierungen… %L1 von %L2</translation>
    </message>
    <message>
        <source>Analysed %L1 verbatims, categorised %L2, %L3 escalations opened</source>
        <translation>%L1 Verbatims analysiert, %L2 kategorisiert, %L3 Eskalationen eröffnet</translation>
    </message>
    <message>
        <source>Stop after the current batch; what is analysed is kept, and Tools &gt; Analyse Store continues</source>
        <translation>Nach dem aktuellen Stapel anhalten; Analysiertes bleibt erhalten, und Werkzeuge &gt; Speicher analysieren setzt fort</translation>
    </message>
</context>
<context>
    <name>tw::ui::PdfReport</name>
    <message>
        <source>Customer feedback report: %1</source>
        <translation>Bericht über Kundenfeedback: %1</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Wichtigste Kategorien</translation>
    </message>
    <message>
        <source>Customer feedback report</source>
        <translation>Bericht über Kundenfeedback</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 Verbatims</translation>
    </message>
    <message>
        <source>%1 negative</source>
        <translation>%1 negativ</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Filters used:</source>
        <translation>Verwendete Filter:</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Erstellt für:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erzeugt:</translation>
    </message>
    <message>
        <source>This report holds what this role may see, as its lists show it: personal data as type tags such as [EMAIL] wherever the role reads redacted text, and verbatims with a restricted flag counted, never quoted, where the role may only count them.</source>
        <translation>Dieser Bericht enthält, was diese Rolle sehen darf, so wie ihre Listen es zeigen: personenbezogene Daten als Typ-Markierungen wie [EMAIL], wo die Rolle geschwärzten Text liest, und Verbatims mit einer eingeschränkten Markierung gezählt, nie zitiert, wo die Rolle sie nur zählen darf.</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Mean sentiment (−1 to 1)</source>
        <translation>Mittlere Stimmung (−1 bis 1)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Customers who had to make an effort</source>
        <translation>Kunden, die Aufwand hatten</translation>
    </message>
    <message>
        <source>Mean intensity (0 to 1)</source>
        <translation>Mittlere Intensität (0 bis 1)</translation>
    </message>
    <message>
        <source>Restricted verbatims, counted only</source>
        <translation>Eingeschränkte Verbatims, nur gezählt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No categorised verbatims.</source>
        <translation>Keine kategorisierten Verbatims.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Emerging issues</source>
        <translation>Aufkommende Probleme</translation>
    </message>
    <message>
        <source>No category rose beyond its baseline in these days.</source>
        <translation>Keine Kategorie stieg in diesen Tagen über ihre Grundlinie.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>This role has no escalation queue.</source>
        <translation>Diese Rolle hat keine Eskalations-Warteschlange.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Ohne Maßnahme geschlossen</translation>
    </message>
    <message>
        <source>Median hours to action</source>
        <translation>Median der Stunden bis zur Maßnahme</translation>
    </message>
    <message>
        <source>Sample verbatims</source>
        <translation>Beispiel-Verbatims</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>Am negativsten</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>Am positivsten</translation>
    </message>
    <message>
        <source>No analysed verbatims to quote.</source>
        <translation>Keine analysierten Verbatims zum Zitieren.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>tw::ui::PhrasesView</name>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>First day of the recent window</source>
        <translation>Erster Tag des aktuellen Zeitfensters</translation>
    </message>
    <message>
        <source>Last day of the recent window; the baseline is the four windows before it</source>
        <translation>Letzter Tag des aktuellen Zeitfensters; die Grundlinie sind die vier Fenster davor</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source> verbatims</source>
        <translation> Verbatims</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-Likelihood</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Recent window</source>
        <translation>Aktuelles Zeitfenster</translation>
    </message>
    <message>
        <source>Pick the recent window and press Find: phrases that rise against the weeks before it. Double-click one to read its verbatims.</source>
        <translation>Wählen Sie das aktuelle Zeitfenster und drücken Sie „Finden“: Phrasen, die gegenüber den Wochen davor zunehmen. Doppelklicken Sie auf eine, um ihre Verbatims zu lesen.</translation>
    </message>
    <message>
        <source>Counting phrases…</source>
        <translation>Phrasen werden gezählt…</translation>
    </message>
    <message>
        <source>%L1 recent verbatims against %L2 before (from %3): %L4 phrases rise</source>
        <translation>%L1 aktuelle Verbatims gegenüber %L2 davor (ab %3): %L4 Phrasen nehmen zu</translation>
    </message>
    <message>
        <source>Only this channel&apos;s verbatims (call, chat, email…); empty for all</source>
        <translation>Nur die Verbatims dieses Kanals (Anruf, Chat, E-Mail…); leer für alle</translation>
    </message>
    <message>
        <source>How many recent verbatims a phrase needs before it is listed</source>
        <translation>Wie viele aktuelle Verbatims eine Phrase braucht, bevor sie aufgeführt wird</translation>
    </message>
    <message>
        <source>Phrases whose share of the recent window rose significantly against the baseline</source>
        <translation>Phrasen, deren Anteil im aktuellen Zeitfenster gegenüber der Grundlinie deutlich gestiegen ist</translation>
    </message>
</context>
<context>
    <name>tw::ui::PiiStyle</name>
    <message>
        <source>Personal data redacted:</source>
        <translation>Geschwärzte personenbezogene Daten:</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarChart</name>
    <message>
        <source>Emerging issues: growth against corroboration</source>
        <translation>Aufkommende Probleme: Wachstum gegenüber Bestätigung</translation>
    </message>
    <message>
        <source>Growth: mentions ÷ expected (times, log scale)</source>
        <translation>Wachstum: Erwähnungen ÷ erwartet (Faktor, log. Skala)</translation>
    </message>
    <message>
        <source>Channels corroborating</source>
        <translation>Bestätigende Kanäle</translation>
    </message>
    <message>
        <source>%1 · anger %2%3</source>
        <translation>%1 · Ärger %2%3</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarView</name>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Read Its Verbatims</source>
        <translation>Seine Verbatims lesen</translation>
    </message>
    <message>
        <source>First day looked at</source>
        <translation>Erster betrachteter Tag</translation>
    </message>
    <message>
        <source>Last day looked at; phrases are those emerging in its final weeks</source>
        <translation>Letzter betrachteter Tag; Phrasen sind die in seinen letzten Wochen aufkommenden</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Emerging phrases</source>
        <translation>Aufkommende Phrasen</translation>
    </message>
    <message>
        <source>Categories and phrases</source>
        <translation>Kategorien und Phrasen</translation>
    </message>
    <message>
        <source>What a topic is: a leaf category, a phrase emerging in the window&apos;s final weeks, or both</source>
        <translation>Was ein Thema ist: eine Blattkategorie, eine in den letzten Wochen des Fensters aufkommende Phrase oder beides</translation>
    </message>
    <message>
        <source>Open the selected finding&apos;s verbatims (its topic, days and channels) in the browser</source>
        <translation>Die Verbatims des ausgewählten Befunds (Thema, Tage und Kanäle) in der Liste öffnen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Mentions / expected</source>
        <translation>Erwähnungen / erwartet</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Ärger</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Open a store: the radar looks at all of it.</source>
        <translation>Öffnen Sie einen Speicher: Das Radar betrachtet ihn ganz.</translation>
    </message>
    <message>
        <source>Looking for emerging issues…</source>
        <translation>Suche nach aufkommenden Problemen…</translation>
    </message>
    <message>
        <source>No topic rises above its baseline in these %1 days.</source>
        <translation>Kein Thema steigt in diesen %1 Tagen über seine Grundlinie.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings in %1 days of %2 topics</source>
        <translation>
            <numerusform>%n Befund in %1 Tagen von %2 Themen</numerusform>
            <numerusform>%n Befunde in %1 Tagen von %2 Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new escalations opened</source>
        <translation>
            <numerusform>; %n neue Eskalation eröffnet</numerusform>
            <numerusform>; %n neue Eskalationen eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>; no escalation could be opened: %1</source>
        <translation>; keine Eskalation konnte eröffnet werden: %1</translation>
    </message>
    <message>
        <source>. Select one for its days; double-click to read its verbatims.</source>
        <translation>. Wählen Sie einen für seine Tage; Doppelklick liest seine Verbatims.</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source> (+%n d)</source>
        <comment>days after the first channel</comment>
        <translation>
            <numerusform> (+%n T)</numerusform>
            <numerusform> (+%n T)</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes with: %1</source>
        <translation>Geht einher mit: %1</translation>
    </message>
    <message>
        <source>Mean anger of its verbatims, and its change a week; %1% of them negative</source>
        <translation>Mittlerer Ärger seiner Verbatims und seine Veränderung pro Woche; %1 % davon negativ</translation>
    </message>
    <message>
        <source>#%1 opened</source>
        <translation>Nr. %1 eröffnet</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Look for topics rising above their baseline in these days, across channels</source>
        <translation>Nach Themen suchen, die in diesen Tagen über ihre Grundlinie steigen, über Kanäle hinweg</translation>
    </message>
</context>
<context>
    <name>tw::ui::SentimentCharts</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Sentiment by channel</source>
        <translation>Stimmung nach Kanal</translation>
    </message>
    <message>
        <source>mean sentiment</source>
        <translation>mittlere Stimmung</translation>
    </message>
    <message>
        <source>negative share</source>
        <translation>negativer Anteil</translation>
    </message>
    <message>
        <source>month (click)</source>
        <translation>Monat (anklicken)</translation>
    </message>
    <message>
        <source>Sentiment over time (per month)</source>
        <translation>Stimmung im Zeitverlauf (pro Monat)</translation>
    </message>
</context>
<context>
    <name>tw::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Anmelden – %1</translation>
    </message>
    <message>
        <source>This store has users. Sign in to see what your role may see; every sign-in is recorded in the store&apos;s audit trail.</source>
        <translation>Dieser Speicher hat Benutzer. Melden Sie sich an, um zu sehen, was Ihre Rolle sehen darf; jede Anmeldung wird im Prüfprotokoll des Speichers festgehalten.</translation>
    </message>
    <message>
        <source>Your user name in this store</source>
        <translation>Ihr Benutzername in diesem Speicher</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your password in this store; it also opens your role&apos;s keys to sealed text</source>
        <translation>Ihr Passwort in diesem Speicher; es öffnet auch die Schlüssel Ihrer Rolle zu versiegeltem Text</translation>
    </message>
</context>
<context>
    <name>tw::ui::TaxonomyEditor</name>
    <message>
        <source>Save and apply</source>
        <translation>Speichern und anwenden</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>A rule: &quot;charged twice&quot; OR (charge* NEAR/3 twice) — empty for a group</source>
        <translation>Eine Regel: &quot;charged twice&quot; OR (charge* NEAR/3 twice) – leer für eine Gruppe</translation>
    </message>
    <message>
        <source>Check the whole taxonomy, store it, and re-apply the categories whose rules changed</source>
        <translation>Die ganze Taxonomie prüfen, speichern und die Kategorien mit geänderten Regeln neu anwenden</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation>Unterkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule (docs/rule-language.md)</source>
        <translation>Regel (docs/rule-language.md)</translation>
    </message>
    <message>
        <source>Taxonomy “%1”</source>
        <translation>Taxonomie „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A group: its verbatims are those of its subcategories</source>
        <translation>Eine Gruppe: Ihre Verbatims sind die ihrer Unterkategorien</translation>
    </message>
    <message>
        <source>No rule: nothing is assigned to this category</source>
        <translation>Keine Regel: Dieser Kategorie wird nichts zugeordnet</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>the taxonomy</source>
        <translation>die Taxonomie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Saved; the changed categories are being applied in the background</source>
        <translation>Gespeichert; die geänderten Kategorien werden im Hintergrund angewendet</translation>
    </message>
    <message>
        <source>%L1 verbatims match</source>
        <translation>%L1 Verbatims passen</translation>
    </message>
    <message>
        <source>A new category beside the one selected</source>
        <translation>Eine neue Kategorie neben der ausgewählten</translation>
    </message>
    <message>
        <source>A new category inside the one selected</source>
        <translation>Eine neue Kategorie innerhalb der ausgewählten</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories (saved with Save and apply)</source>
        <translation>Die ausgewählte Kategorie und ihre Unterkategorien entfernen (gespeichert mit „Speichern und anwenden“)</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved and show the taxonomy as stored</source>
        <translation>Nicht gespeicherte Änderungen verwerfen und die Taxonomie wie gespeichert zeigen</translation>
    </message>
    <message>
        <source>The category&apos;s name as charts and filters show it; the path joins it to its parents with /</source>
        <translation>Der Name der Kategorie, wie Diagramme und Filter ihn zeigen; der Pfad verbindet ihn mit seinen Eltern durch /</translation>
    </message>
    <message>
        <source>about %1 verbatims match (from %2 of %3 candidates; counting all…)</source>
        <translation>etwa %1 Verbatims passen (aus %2 von %3 Kandidaten; alle werden gezählt…)</translation>
    </message>
</context>
<context>
    <name>tw::ui::TimelineChart</name>
    <message>
        <source>Pick a finding to see its days</source>
        <translation>Wählen Sie einen Befund, um seine Tage zu sehen</translation>
    </message>
    <message>
        <source>%1: mentions a day by channel; shaded, the baseline band; ringed, the bursts found</source>
        <translation>%1: Erwähnungen pro Tag nach Kanal; schattiert das Grundlinienband; umkreist die gefundenen Ausbrüche</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Erwähnungen pro Tag</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>%1 Grundlinie</translation>
    </message>
    <message>
        <source>%1 burst</source>
        <translation>%1 Ausbruch</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimBrowser</name>
    <message>
        <source>Read in Full…</source>
        <translation>Vollständig lesen…</translation>
    </message>
    <message>
        <source>Search with the rule language: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -exclude</source>
        <translation>Suche mit der Regelsprache: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -ausschließen</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, wildcards (refund*), stems (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) and field filters such as channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</source>
        <translation>Wörter, &quot;Phrasen&quot;, Platzhalter (refund*), Wortstämme (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) und Feldfilter wie channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</translation>
    </message>
    <message>
        <source>Select a verbatim to read it in full.</source>
        <translation>Wählen Sie ein Verbatim aus, um es vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Show all verbatims again</source>
        <translation>Wieder alle Verbatims zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the verbatims listed here (this search and filter) as CSV, Excel or JSON Lines, as your role reads them; the export is audited</source>
        <translation>Die hier aufgelisteten Verbatims (diese Suche und dieser Filter) als CSV, Excel oder JSON Lines exportieren, so wie Ihre Rolle sie liest; der Export wird protokolliert</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Verbatims exportieren</translation>
    </message>
    <message>
        <source>Open the selected verbatim as written; you say why, and the opening is audited</source>
        <translation>Das ausgewählte Verbatim im Wortlaut öffnen; Sie geben den Grund an, und das Öffnen wird protokolliert</translation>
    </message>
    <message>
        <source>Read in Full</source>
        <translation>Vollständig lesen</translation>
    </message>
    <message>
        <source>Why do you open this verbatim in full? (audited)</source>
        <translation>Warum öffnen Sie dieses Verbatim vollständig? (wird protokolliert)</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 Verbatims</translation>
    </message>
    <message>
        <source>%1 verbatims · %2 flagged, counted only</source>
        <translation>%1 Verbatims · %2 markiert, nur gezählt</translation>
    </message>
    <message>
        <source>Verbatims with a restricted flag (legal, safety, regulatory, criminal or HR) that your role may count but not read.</source>
        <translation>Verbatims mit einer eingeschränkten Markierung (Recht, Sicherheit, Aufsicht, Straftat oder Personal), die Ihre Rolle zählen, aber nicht lesen darf.</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>wird gefiltert…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing matches this search and filter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Try fewer words, a wildcard (refund*), OR between alternatives, or clear the filter with ✕.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nichts passt zu dieser Suche und diesem Filter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Versuchen Sie weniger Wörter, einen Platzhalter (refund*), OR zwischen Alternativen oder entfernen Sie den Filter mit ✕.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every verbatim here has a restricted flag.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your role counts them (%1) but does not read them; the escalation queue and legal reviewers do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jedes Verbatim hier hat eine eingeschränkte Markierung.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ihre Rolle zählt sie (%1), liest sie aber nicht; das tun die Eskalations-Warteschlange und die Rechtsprüfung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This store has no verbatims yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a file with File &amp;gt; Import… (Ctrl+I), or drop a CSV, JSON Lines, JSON or text file on this window. Analysis starts by itself after the import.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Speicher enthält noch keine Verbatims.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importieren Sie eine Datei mit Datei &amp;gt; Importieren… (Strg+I) oder legen Sie eine CSV-, JSON-Lines-, JSON- oder Textdatei auf diesem Fenster ab. Die Analyse beginnt nach dem Import von selbst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Regelfehler bei %1: %2</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Why this score:</source>
        <translation>Warum diese Bewertung:</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>Das Verbatim ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Verbatim #%1 in full, opened for: %2 (audited)</source>
        <translation>Verbatim Nr. %1 vollständig, geöffnet für: %2 (protokolliert)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>Nr. %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source> · source id %1</source>
        <translation> · Quell-ID %1</translation>
    </message>
    <message>
        <source> · rating %1</source>
        <translation> · Bewertung %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · sentiment %1 (%2)</source>
        <translation> · Stimmung %1 (%2)</translation>
    </message>
    <message>
        <source> · anger %1, fear %2, sadness %3, joy %4 · intensity %5</source>
        <translation> · Ärger %1, Angst %2, Traurigkeit %3, Freude %4 · Intensität %5</translation>
    </message>
    <message>
        <source>The text is encrypted at rest and your keys do not open it yet: an admin grants your role&apos;s key, and it reaches you after an admin&apos;s next sign-in.</source>
        <translation>Der Text ist verschlüsselt gespeichert, und Ihre Schlüssel öffnen ihn noch nicht: Ein Admin gewährt den Schlüssel Ihrer Rolle, und er erreicht Sie nach der nächsten Anmeldung eines Admins.</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>Import notes: %1</source>
        <translation>Importhinweise: %1</translation>
    </message>
    <message>
        <source>newest %1 shown · counting…</source>
        <translation>die neuesten %1 · wird gezählt…</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>anger</source>
        <translation>Ärger</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>joy</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Sealed: your keys do not open it yet</source>
        <translation>Versiegelt: Ihre Schlüssel öffnen es noch nicht</translation>
    </message>
    <message>
        <source>The text is encrypted at rest. An admin grants your role&apos;s key; it reaches you after an admin&apos;s next sign-in.</source>
        <translation>Der Text ist verschlüsselt gespeichert. Ein Admin gewährt den Schlüssel Ihrer Rolle; er erreicht Sie nach der nächsten Anmeldung eines Admins.</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
</context>
<context>
    <name>tw::ui::ViewExporter</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Verbatims exportieren</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Es wurde kein Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>No report was kept: it could not be audited (%1)</source>
        <translation>Es wurde kein Bericht behalten: Er konnte nicht protokolliert werden (%1)</translation>
    </message>
    <message>
        <source>Exported %L1 verbatims to %2</source>
        <translation>%L1 Verbatims nach %2 exportiert</translation>
    </message>
    <message>
        <source> (%L1 restricted ones your role may only count were left out)</source>
        <translation> (%L1 eingeschränkte, die Ihre Rolle nur zählen darf, wurden ausgelassen)</translation>
    </message>
    <message>
        <source>Wrote the report of %L1 verbatims to %2</source>
        <translation>Bericht über %L1 Verbatims nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>tw::ui::Vocabulary</name>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Threat to sue</source>
        <translation>Klageandrohung</translation>
    </message>
    <message>
        <source>Complaint to a regulator</source>
        <translation>Beschwerde bei einer Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Criminal or HR matter</source>
        <translation>Straf- oder Personalsache</translation>
    </message>
    <message>
        <source>Violence or self-harm</source>
        <translation>Gewalt oder Selbstverletzung</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Diskriminierung</translation>
    </message>
    <message>
        <source>Privacy complaint</source>
        <translation>Datenschutzbeschwerde</translation>
    </message>
    <message>
        <source>Threat to leave</source>
        <translation>Kündigungsabsicht</translation>
    </message>
    <message>
        <source>Emerging issue</source>
        <translation>Aufkommendes Problem</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Granted a role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Changed a role&apos;s policy</source>
        <translation>Richtlinie einer Rolle geändert</translation>
    </message>
    <message>
        <source>Opened a restricted verbatim</source>
        <translation>Eingeschränktes Verbatim geöffnet</translation>
    </message>
    <message>
        <source>Refused a restricted verbatim</source>
        <translation>Eingeschränktes Verbatim verweigert</translation>
    </message>
    <message>
        <source>Moved an escalation</source>
        <translation>Eskalation verschoben</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Ohne Maßnahme geschlossen</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>Kunde kontaktiert</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>legal reviewer</source>
        <translation>Rechtsprüfung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>anonymous survey</source>
        <translation>anonyme Umfrage</translation>
    </message>
    <message>
        <source>identified, with consent to contact</source>
        <translation>identifiziert, mit Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>identified, without consent to contact</source>
        <translation>identifiziert, ohne Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>public post</source>
        <translation>öffentlicher Beitrag</translation>
    </message>
    <message>
        <source>recorded call under its notice</source>
        <translation>aufgezeichneter Anruf mit Hinweis</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
</TS>
