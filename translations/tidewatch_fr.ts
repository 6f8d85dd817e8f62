<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>TrendClass</name>
    <message>
        <source>ripple</source>
        <translation>ride</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>vague</translation>
    </message>
    <message>
        <source>tsunami</source>
        <translation>tsunami</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditView</name>
    <message>
        <source>Who (user name)</source>
        <translation>Qui (nom d’utilisateur)</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>Uniquement les entrées de cet utilisateur</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and its link to the one before</source>
        <translation>Recalculer l’empreinte de chaque entrée et son lien avec la précédente</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (the export is itself audited)</source>
        <translation>Enregistrer les entrées affichées en CSV (l’export est lui-même audité)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Le journal d’audit est rompu à l’entrée %1 : %2</translation>
    </message>
    <message>
        <source>The chain of %1 entries is intact. Its head is %2: note it elsewhere to detect a trail replaced as a whole.</source>
        <translation>La chaîne de %1 entrées est intacte. Sa tête est %2 : notez-la ailleurs pour détecter un journal remplacé en entier.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Uniquement les entrées de cette action</translation>
    </message>
</context>
<context>
    <name>tw::ui::CategoryChart</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>Tout ouvrir</translation>
    </message>
    <message>
        <source>Up one level of the taxonomy</source>
        <translation>Remonter d’un niveau dans la taxonomie</translation>
    </message>
    <message>
        <source>Read every verbatim of the category shown</source>
        <translation>Lire tous les verbatims de la catégorie affichée</translation>
    </message>
    <message>
        <source>All categories — click a bar to drill down</source>
        <translation>Toutes les catégories — cliquez sur une barre pour descendre</translation>
    </message>
    <message>
        <source>%1 — click a bar to drill down or read its verbatims</source>
        <translation>%1 — cliquez sur une barre pour descendre ou lire ses verbatims</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>verbatims</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volume par catégorie</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::ChartSaving</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>This chart as a PNG picture or an SVG drawing</source>
        <translation>Ce graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Enregistrer le graphique sous</translation>
    </message>
</context>
<context>
    <name>tw::ui::DashboardPanel</name>
    <message>
        <source>Click a bar, a month or a category to read those verbatims.</source>
        <translation>Cliquez sur une barre, un mois ou une catégorie pour lire ces verbatims.</translation>
    </message>
    <message>
        <source>%1 verbatims on %2</source>
        <translation>%1 verbatims sur %2</translation>
    </message>
    <message>
        <source>verbatims of %1</source>
        <translation>verbatims de %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationCard</name>
    <message>
        <source>Click a type to open its escalations in the queue</source>
        <translation>Cliquez sur un type pour ouvrir ses escalades dans la file</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Open escalations by type</source>
        <translation>Escalades ouvertes par type</translation>
    </message>
    <message>
        <source>No escalations yet: flags open them when the store is analysed.</source>
        <translation>Aucune escalade pour l’instant : les signalements en ouvrent lorsque la base est analysée.</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · délai médian de traitement %1 h</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue · %L3 actioned, %L4 closed without action</source>
        <translation>%L1 ouvertes, %L2 en retard · %L3 traitées, %L4 closes sans suite</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationQueue</name>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>A&amp;ssigner…</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Commencer l’e&amp;xamen</translation>
    </message>
    <message>
        <source>&amp;Actioned…</source>
        <translation>&amp;Traitée…</translation>
    </message>
    <message>
        <source>&amp;Close without action…</source>
        <translation>&amp;Clore sans suite…</translation>
    </message>
    <message>
        <source>Triage all selected</source>
        <translation>Trier toutes les sélectionnées</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Click a column to sort; overdue escalations are shown in red</source>
        <translation>Cliquez sur une colonne pour trier ; les escalades en retard sont en rouge</translation>
    </message>
    <message>
        <source>Open a store to see its escalations.</source>
        <translation>Ouvrez une base pour voir ses escalades.</translation>
    </message>
    <message>
        <source>Confirm the flag is worth acting on (new → triaged)</source>
        <translation>Confirmer que le signalement mérite d’être traité (nouvelle → triée)</translation>
    </message>
    <message>
        <source>Give it to someone (triaged → assigned), or hand it to someone else</source>
        <translation>La confier à quelqu’un (triée → assignée), ou la passer à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The assignee is working on it (assigned → in review)</source>
        <translation>Le responsable s’en occupe (assignée → en examen)</translation>
    </message>
    <message>
        <source>Reported, customer contacted or fixed, with a note (in review → actioned)</source>
        <translation>Déclarée, client contacté ou corrigée, avec une note (en examen → traitée)</translation>
    </message>
    <message>
        <source>Nothing to do, with a note saying why</source>
        <translation>Rien à faire, avec une note qui dit pourquoi</translation>
    </message>
    <message>
        <source>Triage every selected escalation that is new</source>
        <translation>Trier chaque escalade sélectionnée encore nouvelle</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Agit en tant que %1</translation>
    </message>
    <message>
        <source>workbench user</source>
        <translation>utilisateur de l’atelier</translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation>Impossible de lire les escalades : %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · délai médian de traitement %1 h</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 escalations selected.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 escalades sélectionnées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an escalation to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Sélectionnez une escalade pour la lire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escalade %1 : %2</translation>
    </message>
    <message>
        <source>Severity &lt;b&gt;%1&lt;/b&gt; · state &lt;b&gt;%2&lt;/b&gt; · opened %3 · due %4</source>
        <translation>Gravité &lt;b&gt;%1&lt;/b&gt; · état &lt;b&gt;%2&lt;/b&gt; · ouverte le %3 · échéance %4</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation> · assignée à %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source> (%1 flags merged)</source>
        <translation> (%1 signalements fusionnés)</translation>
    </message>
    <message>
        <source>An emerging issue found by the trend radar; the verbatim below is the first of its burst, and the Radar tab shows its days.</source>
        <translation>Un problème émergent trouvé par le radar de tendances ; le verbatim ci-dessous est le premier de sa poussée, et l’onglet Radar montre ses jours.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may be contacted: %2.</source>
        <translation>Consentement : %1. Le client peut être contacté : %2.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may not be contacted: %2.</source>
        <translation>Consentement : %1. Le client ne peut pas être contacté : %2.</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>Le verbatim n’est plus conservé.</translation>
    </message>
    <message>
        <source>Verbatim #%1 · %2 · %3</source>
        <translation>Verbatim n° %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assigner</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Assigner à :</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>How was it actioned?</source>
        <translation>Comment a-t-elle été traitée ?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was done, or why nothing needs doing:</source>
        <translation>Ce qui a été fait, ou pourquoi rien n’est à faire :</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 déplacées</translation>
    </message>
    <message>
        <source>%1 moved; not moved: %2</source>
        <translation>%1 déplacées ; non déplacées : %2</translation>
    </message>
    <message>
        <source>%L1 listed · in the store: %L2 open, %L3 overdue, %L4 actioned, %L5 closed without action</source>
        <translation>%L1 listées · dans la base : %L2 ouvertes, %L3 en retard, %L4 traitées, %L5 closes sans suite</translation>
    </message>
    <message>
        <source>Only escalations of this type</source>
        <translation>Uniquement les escalades de ce type</translation>
    </message>
    <message>
        <source>Only escalations in this state; Open is every state before actioned or closed</source>
        <translation>Uniquement les escalades dans cet état ; Ouvertes désigne tout état avant traitée ou close</translation>
    </message>
    <message>
        <source>Only escalations assigned to this person</source>
        <translation>Uniquement les escalades assignées à cette personne</translation>
    </message>
    <message>
        <source>Only open escalations past their due date</source>
        <translation>Uniquement les escalades ouvertes dont l’échéance est passée</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportDialog</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Importer des retours</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, JSON Lines, JSON or text file, or drop it here</source>
        <translation>Choisissez un fichier CSV, TSV, JSON Lines, JSON ou texte, ou déposez-le ici</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>selon le fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Channel for every record:</source>
        <translation>Canal de chaque enregistrement :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Why it was quarantined</source>
        <translation>Pourquoi il a été mis en quarantaine</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;All files (*)</source>
        <translation>Fichiers de retours (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>Lecture du début du fichier…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>, séparateur %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>, one verbatim per %1</source>
        <translation>, un verbatim par %1</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · %3</source>
        <translation>Format : %1 · encodage : %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>first %n record(s) shown</source>
        <translation>
            <numerusform>premier enregistrement affiché</numerusform>
            <numerusform>%n premiers enregistrements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00&apos;&gt;choose the column that holds the text&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00&apos;&gt;choisissez la colonne qui contient le texte&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Among the first records, %n will be quarantined:&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Parmi les premiers enregistrements, %n sera mis en quarantaine :&lt;/span&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Parmi les premiers enregistrements, %n seront mis en quarantaine :&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported is kept; import the same file again to continue.&lt;br&gt;</source>
        <translation>Annulé. Ce qui a été importé est conservé ; importez à nouveau le même fichier pour continuer.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Resumed an earlier, unfinished import of this file.&lt;br&gt;</source>
        <translation>Reprise d’un import antérieur inachevé de ce fichier.&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Quarantined records are listed below; hover a reason to see the record.</source>
        <translation>&lt;br&gt;Les enregistrements en quarantaine sont listés ci-dessous ; survolez une raison pour voir l’enregistrement.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV (tab-separated)</source>
        <translation>TSV (séparé par des tabulations)</translation>
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
        <translation>Texte brut, un verbatim par ligne</translation>
    </message>
    <message>
        <source>%L1 records read…</source>
        <translation>%L1 enregistrements lus…</translation>
    </message>
    <message>
        <source>Read %L1 · stored %L2 · duplicates %L3 · quarantined %L4</source>
        <translation>Lus %L1 · enregistrés %L2 · doublons %L3 · en quarantaine %L4</translation>
    </message>
    <message>
        <source>A channel for every record (survey, chat, call…) when the file has no channel column</source>
        <translation>Un canal pour chaque enregistrement (enquête, chat, appel…) quand le fichier n’a pas de colonne de canal</translation>
    </message>
    <message>
        <source>The file to import; its first records are previewed below</source>
        <translation>Le fichier à importer ; ses premiers enregistrements sont prévisualisés ci-dessous</translation>
    </message>
    <message>
        <source>How the file is read; detected from its name and first bytes unless chosen</source>
        <translation>Comment le fichier est lu ; détecté d’après son nom et ses premiers octets sauf choix contraire</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>The file&apos;s column read as %1; detected from its header, or choose another</source>
        <translation>La colonne du fichier lue comme %1 ; détectée d’après l’en-tête, ou choisissez-en une autre</translation>
    </message>
</context>
<context>
    <name>tw::ui::KwicView</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>A word or a rule: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</source>
        <translation>Un mot ou une règle : refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Context on each side of the match</source>
        <translation>Contexte de chaque côté de la correspondance</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>By match</source>
        <translation>Par correspondance</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>Par contexte gauche</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>Par contexte droit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Type a word or a rule and press Enter to see every match in its context.</source>
        <translation>Saisissez un mot ou une règle et appuyez sur Entrée pour voir chaque correspondance dans son contexte.</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Erreur de règle en %1 : %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 correspondances</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export concordance</source>
        <translation>Exporter la concordance</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first %L1 matches (refine the rule to see others)</source>
        <translation>Les %L1 premières correspondances (affinez la règle pour voir les autres)</translation>
    </message>
    <message>
        <source>Exported %L1 lines to %2</source>
        <translation>%L1 lignes exportées vers %2</translation>
    </message>
    <message>
        <source>The same rule language as the browser&apos;s search; Enter shows the matches</source>
        <translation>Le même langage de règles que la recherche du navigateur ; Entrée affiche les correspondances</translation>
    </message>
    <message>
        <source>The order of the lines: sorting by the words before or after the match groups its uses</source>
        <translation>L’ordre des lignes : trier selon les mots avant ou après la correspondance en regroupe les usages</translation>
    </message>
    <message>
        <source>Every match of the rule with the words around it</source>
        <translation>Chaque correspondance de la règle avec les mots qui l’entourent</translation>
    </message>
    <message>
        <source>Save the lines shown as CSV, with the verbatim each comes from</source>
        <translation>Enregistrer les lignes affichées en CSV, avec le verbatim d’où vient chacune</translation>
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
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Radar</source>
        <translation>&amp;Radar</translation>
    </message>
    <message>
        <source>Emerging issues across channels: ripples, waves and tsunamis</source>
        <translation>Problèmes émergents sur tous les canaux : rides, vagues et tsunamis</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>C&amp;oncordance</translation>
    </message>
    <message>
        <source>&amp;Emerging phrases</source>
        <translation>&amp;Expressions émergentes</translation>
    </message>
    <message>
        <source>Esc&amp;alations</source>
        <translation>Esc&amp;alades</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <source>Cancelling the analysis after the current batch…</source>
        <translation>Annulation de l’analyse après le lot en cours…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Recent Stores</source>
        <translation>Bases récentes</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Store</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Verbatims…</source>
        <translation>&amp;Exporter les verbatims…</translation>
    </message>
    <message>
        <source>The verbatims the browser lists, as CSV, Excel or JSON Lines</source>
        <translation>Les verbatims listés par le navigateur, en CSV, Excel ou JSON Lines</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Exporter un &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Key figures, charts, top categories, emerging issues, escalations and sample verbatims of what the browser lists, as a PDF</source>
        <translation>Chiffres clés, graphiques, principales catégories, problèmes émergents, escalades et exemples de verbatims de ce que liste le navigateur, en PDF</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Changer d’utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Analyse Store</source>
        <translation>&amp;Analyser la base</translation>
    </message>
    <message>
        <source>State a &amp;Purpose for Sensitive Segments…</source>
        <translation>Indiquer une &amp;finalité pour les segments sensibles…</translation>
    </message>
    <message>
        <source>Sensitive categories (health, finances, religion...) filter and segment only for roles allowed them, with a purpose that is audited</source>
        <translation>Les catégories sensibles (santé, finances, religion…) ne filtrent et ne segmentent que pour les rôles autorisés, avec une finalité auditée</translation>
    </message>
    <message>
        <source>&amp;Erase a Customer…</source>
        <translation>&amp;Effacer un client…</translation>
    </message>
    <message>
        <source>Erase a Customer</source>
        <translation>Effacer un client</translation>
    </message>
    <message>
        <source>Customer pseudonym whose verbatims and everything derived from them leave the store (held ones are blanked):</source>
        <translation>Pseudonyme du client dont les verbatims et tout ce qui en dérive quittent la base (ceux qui sont retenus sont vidés) :</translation>
    </message>
    <message>
        <source>Erase everything about %1? This cannot be undone.</source>
        <translation>Effacer tout ce qui concerne %1 ? C’est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Retention Rules…</source>
        <translation>Règles de &amp;conservation…</translation>
    </message>
    <message>
        <source>Retention Rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>One rule per line, CHANNEL=DAYS (verbatims older than that are purged now and on every apply; those under escalation are kept):</source>
        <translation>Une règle par ligne, CANAL=JOURS (les verbatims plus anciens sont purgés maintenant et à chaque application ; ceux sous escalade sont conservés) :</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tidewatch</source>
        <translation>À &amp;propos de Tidewatch</translation>
    </message>
    <message>
        <source>About Tidewatch</source>
        <translation>À propos de Tidewatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;A workbench for the people who listen to customers: import feedback from every channel, explore it, and act on what it obliges you to do.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Un atelier pour celles et ceux qui écoutent les clients : importez les retours de chaque canal, explorez-les, et agissez sur ce qu’ils vous obligent à faire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Name for this search, filter, tab and column layout:</source>
        <translation>Nom de cette recherche, de ce filtre, de cet onglet et de cette disposition des colonnes :</translation>
    </message>
    <message>
        <source>No saved views of this store yet</source>
        <translation>Aucune vue enregistrée pour cette base</translation>
    </message>
    <message>
        <source>&amp;Delete a View</source>
        <translation>&amp;Supprimer une vue</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Vue « %1 » enregistrée</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vue : %1</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>%1 (%2, password %3)</source>
        <translation>%1 (%2, mot de passe %3)</translation>
    </message>
    <message>
        <source>Demo users: %1.</source>
        <translation>Utilisateurs de démonstration : %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>No users in this store</source>
        <translation>Aucun utilisateur dans cette base</translation>
    </message>
    <message>
        <source>Anyone who opens this file reads it as a manager would. Add its admin with tidewatch-cli user add to require sign-in.</source>
        <translation>Quiconque ouvre ce fichier le lit comme un responsable. Ajoutez son administrateur avec tidewatch-cli user add pour exiger une connexion.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>%1 — Tidewatch</source>
        <translation>%1 — Tidewatch</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Why do you segment by sensitive categories? (kept in the audit trail with each use)</source>
        <translation>Pourquoi segmentez-vous selon des catégories sensibles ? (conservé dans le journal d’audit à chaque usage)</translation>
    </message>
    <message>
        <source> · purpose: %1</source>
        <translation> · finalité : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CHANNEL=DAYS; nothing was changed.</source>
        <translation>« %1 » n’est pas de la forme CANAL=JOURS ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Rien n’a été supprimé : %1</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Rien n’a été supprimé</translation>
    </message>
    <message>
        <source>This store has no users: there is no one to switch to.</source>
        <translation>Cette base n’a pas d’utilisateurs : personne vers qui basculer.</translation>
    </message>
    <message>
        <source>Preparing the demo corpus (first run)…</source>
        <translation>Préparation du corpus de démonstration (premier lancement)…</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>Impossible de créer la base de démonstration</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Échec de l’analyse</translation>
    </message>
    <message>
        <source>Categorisation failed</source>
        <translation>Échec de la catégorisation</translation>
    </message>
    <message>
        <source>Scanning for personal data failed</source>
        <translation>Échec de la recherche de données personnelles</translation>
    </message>
    <message>
        <source>Analysis cancelled; Tools → Analyse Store continues it</source>
        <translation>Analyse annulée ; Outils → Analyser la base la reprend</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw)</source>
        <translation>Bases Tidewatch (*.tidewatch *.tw)</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>Impossible de créer la base</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw);;All files (*)</source>
        <translation>Bases Tidewatch (*.tidewatch *.tw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Aucune base n’est ouverte</translation>
    </message>
    <message>
        <source>Open or create a store first (File → New Store…), then import into it.</source>
        <translation>Ouvrez ou créez d’abord une base (Fichier → Nouvelle base…), puis importez-y.</translation>
    </message>
    <message>
        <source>%1 shown · %2 on disk</source>
        <translation>%1 affichés · %2 sur le disque</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Tidewatch speaks %1 from its next start</source>
        <translation>Tidewatch parlera %1 dès son prochain démarrage</translation>
    </message>
    <message>
        <source>Erased %L1 verbatims; %L2 under escalation blanked</source>
        <translation>%L1 verbatims effacés ; %L2 sous escalade vidés</translation>
    </message>
    <message>
        <source>Purged %L1 verbatims; %L2 kept under escalation</source>
        <translation>%L1 verbatims purgés ; %L2 conservés sous escalade</translation>
    </message>
    <message>
        <source>Analysing… %L1 of %L2</source>
        <translation>Analyse en cours… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Categorising… %L1 of %L2</source>
        <translation>Catégorisation en cours… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Looking for personal data and flags… %L1 of %L2</source>
        <translation>Recherche de données personnelles et de signalements… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Analysed %L1 verbatims, categorised %L2, %L3 escalations opened</source>
        <translation>%L1 verbatims analysés, %L2 catégorisés, %L3 escalades ouvertes</translation>
    </message>
    <message>
        <source>Stop after the current batch; what is analysed is kept, and Tools &gt; Analyse Store continues</source>
        <translation>Arrêter après le lot en cours ; ce qui est analysé est conservé, et Outils &gt; Analyser la base reprend</translation>
    </message>
</context>
<context>
    <name>tw::ui::PdfReport</name>
    <message>
        <source>Customer feedback report: %1</source>
        <translation>Rapport sur les retours clients : %1</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>verbatims</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Principales catégories</translation>
    </message>
    <message>
        <source>Customer feedback report</source>
        <translation>Rapport sur les retours clients</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 verbatims</translation>
    </message>
    <message>
        <source>%1 negative</source>
        <translation>%1 négatifs</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <source>Filters used:</source>
        <translation>Filtres utilisés :</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Préparé pour :</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Généré le :</translation>
    </message>
    <message>
        <source>This report holds what this role may see, as its lists show it: personal data as type tags such as [EMAIL] wherever the role reads redacted text, and verbatims with a restricted flag counted, never quoted, where the role may only count them.</source>
        <translation>Ce rapport contient ce que ce rôle peut voir, tel que ses listes le montrent : les données personnelles sous forme d’étiquettes de type comme [EMAIL] là où le rôle lit un texte masqué, et les verbatims portant un signalement restreint comptés, jamais cités, là où le rôle peut seulement les compter.</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>Verbatims</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysés</translation>
    </message>
    <message>
        <source>Mean sentiment (−1 to 1)</source>
        <translation>Sentiment moyen (−1 à 1)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatifs</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigés</translation>
    </message>
    <message>
        <source>Customers who had to make an effort</source>
        <translation>Clients qui ont dû faire un effort</translation>
    </message>
    <message>
        <source>Mean intensity (0 to 1)</source>
        <translation>Intensité moyenne (0 à 1)</translation>
    </message>
    <message>
        <source>Restricted verbatims, counted only</source>
        <translation>Verbatims restreints, seulement comptés</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No categorised verbatims.</source>
        <translation>Aucun verbatim catégorisé.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Emerging issues</source>
        <translation>Problèmes émergents</translation>
    </message>
    <message>
        <source>No category rose beyond its baseline in these days.</source>
        <translation>Aucune catégorie n’a dépassé sa ligne de base ces jours-ci.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>This role has no escalation queue.</source>
        <translation>Ce rôle n’a pas de file d’escalades.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Close sans suite</translation>
    </message>
    <message>
        <source>Median hours to action</source>
        <translation>Heures médianes avant traitement</translation>
    </message>
    <message>
        <source>Sample verbatims</source>
        <translation>Exemples de verbatims</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>Les plus négatifs</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>Les plus positifs</translation>
    </message>
    <message>
        <source>No analysed verbatims to quote.</source>
        <translation>Aucun verbatim analysé à citer.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
</context>
<context>
    <name>tw::ui::PhrasesView</name>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>First day of the recent window</source>
        <translation>Premier jour de la fenêtre récente</translation>
    </message>
    <message>
        <source>Last day of the recent window; the baseline is the four windows before it</source>
        <translation>Dernier jour de la fenêtre récente ; la ligne de base est formée des quatre fenêtres précédentes</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>au moins </translation>
    </message>
    <message>
        <source> verbatims</source>
        <translation> verbatims</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récent</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-vraisemblance</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Recent window</source>
        <translation>Fenêtre récente</translation>
    </message>
    <message>
        <source>Pick the recent window and press Find: phrases that rise against the weeks before it. Double-click one to read its verbatims.</source>
        <translation>Choisissez la fenêtre récente et appuyez sur Chercher : les expressions qui montent par rapport aux semaines précédentes. Double-cliquez sur l’une pour lire ses verbatims.</translation>
    </message>
    <message>
        <source>Counting phrases…</source>
        <translation>Comptage des expressions…</translation>
    </message>
    <message>
        <source>%L1 recent verbatims against %L2 before (from %3): %L4 phrases rise</source>
        <translation>%L1 verbatims récents contre %L2 avant (depuis le %3) : %L4 expressions montent</translation>
    </message>
    <message>
        <source>Only this channel&apos;s verbatims (call, chat, email…); empty for all</source>
        <translation>Uniquement les verbatims de ce canal (appel, chat, e-mail…) ; vide pour tous</translation>
    </message>
    <message>
        <source>How many recent verbatims a phrase needs before it is listed</source>
        <translation>Combien de verbatims récents une expression doit compter pour être listée</translation>
    </message>
    <message>
        <source>Phrases whose share of the recent window rose significantly against the baseline</source>
        <translation>Expressions dont la part dans la fenêtre récente a nettement augmenté par rapport à la ligne de base</translation>
    </message>
</context>
<context>
    <name>tw::ui::PiiStyle</name>
    <message>
        <source>Personal data redacted:</source>
        <translation>Données personnelles masquées :</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarChart</name>
    <message>
        <source>Emerging issues: growth against corroboration</source>
        <translation>Problèmes émergents : croissance contre corroboration</translation>
    </message>
    <message>
        <source>Growth: mentions ÷ expected (times, log scale)</source>
        <translation>Croissance : mentions ÷ attendues (fois, échelle log)</translation>
    </message>
    <message>
        <source>Channels corroborating</source>
        <translation>Canaux qui corroborent</translation>
    </message>
    <message>
        <source>%1 · anger %2%3</source>
        <translation>%1 · colère %2%3</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarView</name>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Read Its Verbatims</source>
        <translation>Lire ses verbatims</translation>
    </message>
    <message>
        <source>First day looked at</source>
        <translation>Premier jour examiné</translation>
    </message>
    <message>
        <source>Last day looked at; phrases are those emerging in its final weeks</source>
        <translation>Dernier jour examiné ; les expressions sont celles qui émergent dans ses dernières semaines</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Emerging phrases</source>
        <translation>Expressions émergentes</translation>
    </message>
    <message>
        <source>Categories and phrases</source>
        <translation>Catégories et expressions</translation>
    </message>
    <message>
        <source>What a topic is: a leaf category, a phrase emerging in the window&apos;s final weeks, or both</source>
        <translation>Ce qu’est un sujet : une catégorie feuille, une expression émergeant dans les dernières semaines de la fenêtre, ou les deux</translation>
    </message>
    <message>
        <source>Open the selected finding&apos;s verbatims (its topic, days and channels) in the browser</source>
        <translation>Ouvrir dans le navigateur les verbatims de la détection sélectionnée (son sujet, ses jours et ses canaux)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mentions / expected</source>
        <translation>Mentions / attendues</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Colère</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Open a store: the radar looks at all of it.</source>
        <translation>Ouvrez une base : le radar l’examine en entier.</translation>
    </message>
    <message>
        <source>Looking for emerging issues…</source>
        <translation>Recherche de problèmes émergents…</translation>
    </message>
    <message>
        <source>No topic rises above its baseline in these %1 days.</source>
        <translation>Aucun sujet ne dépasse sa ligne de base sur ces %1 jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings in %1 days of %2 topics</source>
        <translation>
            <numerusform>%n détection sur %1 jours de %2 sujets</numerusform>
            <numerusform>%n détections sur %1 jours de %2 sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new escalations opened</source>
        <translation>
            <numerusform>; %n nouvelle escalade ouverte</numerusform>
            <numerusform>; %n nouvelles escalades ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>; no escalation could be opened: %1</source>
        <translation>; aucune escalade n’a pu être ouverte : %1</translation>
    </message>
    <message>
        <source>. Select one for its days; double-click to read its verbatims.</source>
        <translation>. Sélectionnez-en une pour voir ses jours ; double-cliquez pour lire ses verbatims.</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source> (+%n d)</source>
        <comment>days after the first channel</comment>
        <translation>
            <numerusform> (+%n j)</numerusform>
            <numerusform> (+%n j)</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes with: %1</source>
        <translation>Va de pair avec : %1</translation>
    </message>
    <message>
        <source>Mean anger of its verbatims, and its change a week; %1% of them negative</source>
        <translation>Colère moyenne de ses verbatims, et son évolution par semaine ; %1 % d’entre eux négatifs</translation>
    </message>
    <message>
        <source>#%1 opened</source>
        <translation>n° %1 ouverte</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Look for topics rising above their baseline in these days, across channels</source>
        <translation>Chercher les sujets qui dépassent leur ligne de base ces jours-ci, sur tous les canaux</translation>
    </message>
</context>
<context>
    <name>tw::ui::SentimentCharts</name>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mitigé</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>Sentiment by channel</source>
        <translation>Sentiment par canal</translation>
    </message>
    <message>
        <source>mean sentiment</source>
        <translation>sentiment moyen</translation>
    </message>
    <message>
        <source>negative share</source>
        <translation>part négative</translation>
    </message>
    <message>
        <source>month (click)</source>
        <translation>mois (cliquer)</translation>
    </message>
    <message>
        <source>Sentiment over time (per month)</source>
        <translation>Sentiment dans le temps (par mois)</translation>
    </message>
</context>
<context>
    <name>tw::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
    <message>
        <source>This store has users. Sign in to see what your role may see; every sign-in is recorded in the store&apos;s audit trail.</source>
        <translation>Cette base a des utilisateurs. Connectez-vous pour voir ce que votre rôle peut voir ; chaque connexion est consignée dans le journal d’audit de la base.</translation>
    </message>
    <message>
        <source>Your user name in this store</source>
        <translation>Votre nom d’utilisateur dans cette base</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your password in this store; it also opens your role&apos;s keys to sealed text</source>
        <translation>Votre mot de passe dans cette base ; il ouvre aussi les clés de votre rôle pour le texte scellé</translation>
    </message>
</context>
<context>
    <name>tw::ui::TaxonomyEditor</name>
    <message>
        <source>Save and apply</source>
        <translation>Enregistrer et appliquer</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>A rule: &quot;charged twice&quot; OR (charge* NEAR/3 twice) — empty for a group</source>
        <translation>Une règle : &quot;charged twice&quot; OR (charge* NEAR/3 twice) — vide pour un groupe</translation>
    </message>
    <message>
        <source>Check the whole taxonomy, store it, and re-apply the categories whose rules changed</source>
        <translation>Vérifier toute la taxonomie, l’enregistrer et réappliquer les catégories dont les règles ont changé</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation>Ajouter une sous-catégorie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rule (docs/rule-language.md)</source>
        <translation>Règle (docs/rule-language.md)</translation>
    </message>
    <message>
        <source>Taxonomy “%1”</source>
        <translation>Taxonomie « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A group: its verbatims are those of its subcategories</source>
        <translation>Un groupe : ses verbatims sont ceux de ses sous-catégories</translation>
    </message>
    <message>
        <source>No rule: nothing is assigned to this category</source>
        <translation>Pas de règle : rien n’est attribué à cette catégorie</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>the taxonomy</source>
        <translation>la taxonomie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved; the changed categories are being applied in the background</source>
        <translation>Enregistré ; les catégories modifiées sont appliquées en arrière-plan</translation>
    </message>
    <message>
        <source>%L1 verbatims match</source>
        <translation>%L1 verbatims correspondent</translation>
    </message>
    <message>
        <source>A new category beside the one selected</source>
        <translation>Une nouvelle catégorie à côté de celle sélectionnée</translation>
    </message>
    <message>
        <source>A new category inside the one selected</source>
        <translation>Une nouvelle catégorie dans celle sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories (saved with Save and apply)</source>
        <translation>Supprimer la catégorie sélectionnée et ses sous-catégories (enregistré avec Enregistrer et appliquer)</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved and show the taxonomy as stored</source>
        <translation>Oublier les modifications non enregistrées et afficher la taxonomie telle qu’elle est stockée</translation>
    </message>
    <message>
        <source>The category&apos;s name as charts and filters show it; the path joins it to its parents with /</source>
        <translation>Le nom de la catégorie tel que les graphiques et les filtres l’affichent ; le chemin le relie à ses parents par /</translation>
    </message>
    <message>
        <source>about %1 verbatims match (from %2 of %3 candidates; counting all…)</source>
        <translation>environ %1 verbatims correspondent (d’après %2 candidats sur %3 ; comptage complet en cours…)</translation>
    </message>
</context>
<context>
    <name>tw::ui::TimelineChart</name>
    <message>
        <source>Pick a finding to see its days</source>
        <translation>Choisissez une détection pour voir ses jours</translation>
    </message>
    <message>
        <source>%1: mentions a day by channel; shaded, the baseline band; ringed, the bursts found</source>
        <translation>%1 : mentions par jour et par canal ; en ombré, la bande de base ; cerclées, les poussées trouvées</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Mentions par jour</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>%1 ligne de base</translation>
    </message>
    <message>
        <source>%1 burst</source>
        <translation>%1 poussée</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimBrowser</name>
    <message>
        <source>Read in Full…</source>
        <translation>Lire en entier…</translation>
    </message>
    <message>
        <source>Search with the rule language: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -exclude</source>
        <translation>Rechercher avec le langage de règles : refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -exclure</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, wildcards (refund*), stems (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) and field filters such as channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</source>
        <translation>Mots, &quot;expressions&quot;, jokers (refund*), radicaux (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) et filtres de champ comme channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</translation>
    </message>
    <message>
        <source>Select a verbatim to read it in full.</source>
        <translation>Sélectionnez un verbatim pour le lire en entier.</translation>
    </message>
    <message>
        <source>Show all verbatims again</source>
        <translation>Afficher à nouveau tous les verbatims</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the verbatims listed here (this search and filter) as CSV, Excel or JSON Lines, as your role reads them; the export is audited</source>
        <translation>Exporter les verbatims listés ici (cette recherche et ce filtre) en CSV, Excel ou JSON Lines, tels que votre rôle les lit ; l’export est audité</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Exporter les verbatims</translation>
    </message>
    <message>
        <source>Open the selected verbatim as written; you say why, and the opening is audited</source>
        <translation>Ouvrir le verbatim sélectionné tel qu’il a été écrit ; vous indiquez pourquoi, et l’ouverture est auditée</translation>
    </message>
    <message>
        <source>Read in Full</source>
        <translation>Lire en entier</translation>
    </message>
    <message>
        <source>Why do you open this verbatim in full? (audited)</source>
        <translation>Pourquoi ouvrez-vous ce verbatim en entier ? (audité)</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 verbatims</translation>
    </message>
    <message>
        <source>%1 verbatims · %2 flagged, counted only</source>
        <translation>%1 verbatims · %2 signalés, seulement comptés</translation>
    </message>
    <message>
        <source>Verbatims with a restricted flag (legal, safety, regulatory, criminal or HR) that your role may count but not read.</source>
        <translation>Verbatims portant un signalement restreint (juridique, sécurité, réglementaire, pénal ou RH) que votre rôle peut compter mais pas lire.</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrage…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing matches this search and filter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Try fewer words, a wildcard (refund*), OR between alternatives, or clear the filter with ✕.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien ne correspond à cette recherche et à ce filtre.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Essayez moins de mots, un joker (refund*), OR entre des variantes, ou effacez le filtre avec ✕.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every verbatim here has a restricted flag.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your role counts them (%1) but does not read them; the escalation queue and legal reviewers do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Chaque verbatim ici porte un signalement restreint.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Votre rôle les compte (%1) mais ne les lit pas ; la file d’escalades et les juristes le font.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This store has no verbatims yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a file with File &amp;gt; Import… (Ctrl+I), or drop a CSV, JSON Lines, JSON or text file on this window. Analysis starts by itself after the import.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cette base ne contient pas encore de verbatims.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importez un fichier avec Fichier &amp;gt; Importer… (Ctrl+I), ou déposez un fichier CSV, JSON Lines, JSON ou texte sur cette fenêtre. L’analyse démarre d’elle-même après l’import.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Erreur de règle en %1 : %2</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>Why this score:</source>
        <translation>Pourquoi ce score :</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>Le verbatim n’est plus conservé.</translation>
    </message>
    <message>
        <source>Verbatim #%1 in full, opened for: %2 (audited)</source>
        <translation>Verbatim n° %1 en entier, ouvert pour : %2 (audité)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>n° %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source> · source id %1</source>
        <translation> · identifiant source %1</translation>
    </message>
    <message>
        <source> · rating %1</source>
        <translation> · note %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · sentiment %1 (%2)</source>
        <translation> · sentiment %1 (%2)</translation>
    </message>
    <message>
        <source> · anger %1, fear %2, sadness %3, joy %4 · intensity %5</source>
        <translation> · colère %1, peur %2, tristesse %3, joie %4 · intensité %5</translation>
    </message>
    <message>
        <source>The text is encrypted at rest and your keys do not open it yet: an admin grants your role&apos;s key, and it reaches you after an admin&apos;s next sign-in.</source>
        <translation>Le texte est chiffré au repos et vos clés ne l’ouvrent pas encore : un administrateur accorde la clé de votre rôle, et elle vous parvient après la prochaine connexion d’un administrateur.</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Catégories : %1</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attributs : %1</translation>
    </message>
    <message>
        <source>Import notes: %1</source>
        <translation>Notes d’import : %1</translation>
    </message>
    <message>
        <source>newest %1 shown · counting…</source>
        <translation>les %1 plus récents · décompte en cours…</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>anger</source>
        <translation>colère</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>peur</translation>
    </message>
    <message>
        <source>sadness</source>
        <translation>tristesse</translation>
    </message>
    <message>
        <source>joy</source>
        <translation>joie</translation>
    </message>
    <message>
        <source>Sealed: your keys do not open it yet</source>
        <translation>Scellé : vos clés ne l’ouvrent pas encore</translation>
    </message>
    <message>
        <source>The text is encrypted at rest. An admin grants your role&apos;s key; it reaches you after an admin&apos;s next sign-in.</source>
        <translation>Le texte est chiffré au repos. Un administrateur accorde la clé de votre rôle ; elle vous parvient après la prochaine connexion d’un administrateur.</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
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
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Exporter les verbatims</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté : %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Aucun rapport n’a été écrit : %1</translation>
    </message>
    <message>
        <source>No report was kept: it could not be audited (%1)</source>
        <translation>Aucun rapport n’a été conservé : il n’a pas pu être audité (%1)</translation>
    </message>
    <message>
        <source>Exported %L1 verbatims to %2</source>
        <translation>%L1 verbatims exportés vers %2</translation>
    </message>
    <message>
        <source> (%L1 restricted ones your role may only count were left out)</source>
        <translation> (%L1 verbatims restreints que votre rôle peut seulement compter ont été omis)</translation>
    </message>
    <message>
        <source>Wrote the report of %L1 verbatims to %2</source>
        <translation>Rapport sur %L1 verbatims écrit dans %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::Vocabulary</name>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>Threat to sue</source>
        <translation>Menace de poursuites</translation>
    </message>
    <message>
        <source>Complaint to a regulator</source>
        <translation>Plainte auprès d’un régulateur</translation>
    </message>
    <message>
        <source>Criminal or HR matter</source>
        <translation>Affaire pénale ou RH</translation>
    </message>
    <message>
        <source>Violence or self-harm</source>
        <translation>Violence ou automutilation</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Privacy complaint</source>
        <translation>Plainte relative à la vie privée</translation>
    </message>
    <message>
        <source>Threat to leave</source>
        <translation>Menace de départ</translation>
    </message>
    <message>
        <source>Emerging issue</source>
        <translation>Problème émergent</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Granted a role</source>
        <translation>Rôle accordé</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>Changed a role&apos;s policy</source>
        <translation>Politique d’un rôle modifiée</translation>
    </message>
    <message>
        <source>Opened a restricted verbatim</source>
        <translation>Verbatim restreint ouvert</translation>
    </message>
    <message>
        <source>Refused a restricted verbatim</source>
        <translation>Verbatim restreint refusé</translation>
    </message>
    <message>
        <source>Moved an escalation</source>
        <translation>Escalade déplacée</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mitigé</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Triée</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assignée</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Close sans suite</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>déclarée</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>client contacté</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>legal reviewer</source>
        <translation>juriste</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>anonymous survey</source>
        <translation>enquête anonyme</translation>
    </message>
    <message>
        <source>identified, with consent to contact</source>
        <translation>identifié, avec consentement à être contacté</translation>
    </message>
    <message>
        <source>identified, without consent to contact</source>
        <translation>identifié, sans consentement à être contacté</translation>
    </message>
    <message>
        <source>public post</source>
        <translation>publication publique</translation>
    </message>
    <message>
        <source>recorded call under its notice</source>
        <translation>appel enregistré avec son avertissement</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
</TS>
