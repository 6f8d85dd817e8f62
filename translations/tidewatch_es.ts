<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>TrendClass</name>
    <message>
        <source>ripple</source>
        <translation>onda leve</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>ola</translation>
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
        <translation>Quién (nombre de usuario)</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>Solo las entradas de este usuario</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and its link to the one before</source>
        <translation>Recalcular el hash de cada entrada y su enlace con la anterior</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (the export is itself audited)</source>
        <translation>Guardar las entradas mostradas como CSV (la exportación también queda auditada)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Referente a</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>El registro de auditoría está roto en la entrada %1: %2</translation>
    </message>
    <message>
        <source>The chain of %1 entries is intact. Its head is %2: note it elsewhere to detect a trail replaced as a whole.</source>
        <translation>La cadena de %1 entradas está intacta. Su cabeza es %2: anótela en otro lugar para detectar un registro sustituido por completo.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrada exportada a %1</numerusform>
            <numerusform>%n entradas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Solo las entradas de esta acción</translation>
    </message>
</context>
<context>
    <name>tw::ui::CategoryChart</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>Abrir todo</translation>
    </message>
    <message>
        <source>Up one level of the taxonomy</source>
        <translation>Subir un nivel en la taxonomía</translation>
    </message>
    <message>
        <source>Read every verbatim of the category shown</source>
        <translation>Leer todos los comentarios de la categoría mostrada</translation>
    </message>
    <message>
        <source>All categories — click a bar to drill down</source>
        <translation>Todas las categorías: haga clic en una barra para profundizar</translation>
    </message>
    <message>
        <source>%1 — click a bar to drill down or read its verbatims</source>
        <translation>%1: haga clic en una barra para profundizar o leer sus comentarios</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volumen por categoría</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::ChartSaving</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Guardar el gráfico como…</translation>
    </message>
    <message>
        <source>This chart as a PNG picture or an SVG drawing</source>
        <translation>Este gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>Guardar el gráfico como</translation>
    </message>
</context>
<context>
    <name>tw::ui::DashboardPanel</name>
    <message>
        <source>Click a bar, a month or a category to read those verbatims.</source>
        <translation>Haga clic en una barra, un mes o una categoría para leer esos comentarios.</translation>
    </message>
    <message>
        <source>%1 verbatims on %2</source>
        <translation>%1 comentarios sobre %2</translation>
    </message>
    <message>
        <source>verbatims of %1</source>
        <translation>comentarios de %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationCard</name>
    <message>
        <source>Click a type to open its escalations in the queue</source>
        <translation>Haga clic en un tipo para abrir sus escalados en la cola</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abiertos</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidos</translation>
    </message>
    <message>
        <source>Open escalations by type</source>
        <translation>Escalados abiertos por tipo</translation>
    </message>
    <message>
        <source>No escalations yet: flags open them when the store is analysed.</source>
        <translation>Aún no hay escalados: las alertas los abren cuando se analiza el almacén.</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · mediana hasta la acción %1 h</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue · %L3 actioned, %L4 closed without action</source>
        <translation>%L1 abiertos, %L2 vencidos · %L3 resueltos, %L4 cerrados sin acción</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationQueue</name>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Clasificar</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>Iniciar &amp;revisión</translation>
    </message>
    <message>
        <source>&amp;Actioned…</source>
        <translation>&amp;Resuelto…</translation>
    </message>
    <message>
        <source>&amp;Close without action…</source>
        <translation>&amp;Cerrar sin acción…</translation>
    </message>
    <message>
        <source>Triage all selected</source>
        <translation>Clasificar todos los seleccionados</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Click a column to sort; overdue escalations are shown in red</source>
        <translation>Haga clic en una columna para ordenar; los escalados vencidos se muestran en rojo</translation>
    </message>
    <message>
        <source>Open a store to see its escalations.</source>
        <translation>Abra un almacén para ver sus escalados.</translation>
    </message>
    <message>
        <source>Confirm the flag is worth acting on (new → triaged)</source>
        <translation>Confirmar que la alerta merece una acción (nuevo → clasificado)</translation>
    </message>
    <message>
        <source>Give it to someone (triaged → assigned), or hand it to someone else</source>
        <translation>Asignarlo a alguien (clasificado → asignado) o pasarlo a otra persona</translation>
    </message>
    <message>
        <source>The assignee is working on it (assigned → in review)</source>
        <translation>El responsable está trabajando en ello (asignado → en revisión)</translation>
    </message>
    <message>
        <source>Reported, customer contacted or fixed, with a note (in review → actioned)</source>
        <translation>Notificado, cliente contactado o corregido, con una nota (en revisión → resuelto)</translation>
    </message>
    <message>
        <source>Nothing to do, with a note saying why</source>
        <translation>Nada que hacer, con una nota que explique por qué</translation>
    </message>
    <message>
        <source>Triage every selected escalation that is new</source>
        <translation>Clasificar cada escalado seleccionado que sea nuevo</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Actuando como %1</translation>
    </message>
    <message>
        <source>workbench user</source>
        <translation>usuario del banco de trabajo</translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation>No se pueden leer los escalados: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencido</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · mediana hasta la acción %1 h</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 escalations selected.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 escalados seleccionados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an escalation to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleccione un escalado para leerlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escalado %1: %2</translation>
    </message>
    <message>
        <source>Severity &lt;b&gt;%1&lt;/b&gt; · state &lt;b&gt;%2&lt;/b&gt; · opened %3 · due %4</source>
        <translation>Gravedad &lt;b&gt;%1&lt;/b&gt; · estado &lt;b&gt;%2&lt;/b&gt; · abierto el %3 · vence el %4</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation> · asignado a %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source> (%1 flags merged)</source>
        <translation> (%1 alertas fusionadas)</translation>
    </message>
    <message>
        <source>An emerging issue found by the trend radar; the verbatim below is the first of its burst, and the Radar tab shows its days.</source>
        <translation>Un problema emergente detectado por el radar de tendencias; el comentario de abajo es el primero de su pico, y la pestaña Radar muestra sus días.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may be contacted: %2.</source>
        <translation>Consentimiento: %1. Se puede contactar al cliente: %2.</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may not be contacted: %2.</source>
        <translation>Consentimiento: %1. No se puede contactar al cliente: %2.</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>El comentario ya no está almacenado.</translation>
    </message>
    <message>
        <source>Verbatim #%1 · %2 · %3</source>
        <translation>Comentario n.º %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Asignar a:</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>How was it actioned?</source>
        <translation>¿Cómo se resolvió?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What was done, or why nothing needs doing:</source>
        <translation>Qué se hizo, o por qué no hace falta hacer nada:</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 movidos</translation>
    </message>
    <message>
        <source>%1 moved; not moved: %2</source>
        <translation>%1 movidos; no movidos: %2</translation>
    </message>
    <message>
        <source>%L1 listed · in the store: %L2 open, %L3 overdue, %L4 actioned, %L5 closed without action</source>
        <translation>%L1 en la lista · en el almacén: %L2 abiertos, %L3 vencidos, %L4 resueltos, %L5 cerrados sin acción</translation>
    </message>
    <message>
        <source>Only escalations of this type</source>
        <translation>Solo los escalados de este tipo</translation>
    </message>
    <message>
        <source>Only escalations in this state; Open is every state before actioned or closed</source>
        <translation>Solo los escalados en este estado; Abiertos es cualquier estado antes de resuelto o cerrado</translation>
    </message>
    <message>
        <source>Only escalations assigned to this person</source>
        <translation>Solo los escalados asignados a esta persona</translation>
    </message>
    <message>
        <source>Only open escalations past their due date</source>
        <translation>Solo los escalados abiertos que han pasado su vencimiento</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportDialog</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Importar comentarios</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, JSON Lines, JSON or text file, or drop it here</source>
        <translation>Elija un archivo CSV, TSV, JSON Lines, JSON o de texto, o suéltelo aquí</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>del archivo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Channel for every record:</source>
        <translation>Canal para cada registro:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Why it was quarantined</source>
        <translation>Por qué se puso en cuarentena</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;All files (*)</source>
        <translation>Archivos de comentarios (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>Leyendo el comienzo del archivo…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>, delimitador %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>, one verbatim per %1</source>
        <translation>, un comentario por %1</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · %3</source>
        <translation>Formato: %1 · codificación: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>first %n record(s) shown</source>
        <translation>
            <numerusform>se muestra el primer registro</numerusform>
            <numerusform>se muestran los primeros %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00&apos;&gt;choose the column that holds the text&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00&apos;&gt;elija la columna que contiene el texto&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Among the first records, %n will be quarantined:&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Entre los primeros registros, %n irá a cuarentena:&lt;/span&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Entre los primeros registros, %n irán a cuarentena:&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported is kept; import the same file again to continue.&lt;br&gt;</source>
        <translation>Cancelado. Lo importado se conserva; importe de nuevo el mismo archivo para continuar.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Resumed an earlier, unfinished import of this file.&lt;br&gt;</source>
        <translation>Se reanudó una importación anterior sin terminar de este archivo.&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Quarantined records are listed below; hover a reason to see the record.</source>
        <translation>&lt;br&gt;Los registros en cuarentena se listan abajo; pase el puntero sobre un motivo para ver el registro.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar según el archivo</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV (tab-separated)</source>
        <translation>TSV (separado por tabuladores)</translation>
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
        <translation>Texto sin formato, un comentario por línea</translation>
    </message>
    <message>
        <source>%L1 records read…</source>
        <translation>%L1 registros leídos…</translation>
    </message>
    <message>
        <source>Read %L1 · stored %L2 · duplicates %L3 · quarantined %L4</source>
        <translation>Leídos %L1 · almacenados %L2 · duplicados %L3 · en cuarentena %L4</translation>
    </message>
    <message>
        <source>A channel for every record (survey, chat, call…) when the file has no channel column</source>
        <translation>Un canal para cada registro (encuesta, chat, llamada…) cuando el archivo no tiene columna de canal</translation>
    </message>
    <message>
        <source>The file to import; its first records are previewed below</source>
        <translation>El archivo que se va a importar; sus primeros registros se previsualizan abajo</translation>
    </message>
    <message>
        <source>How the file is read; detected from its name and first bytes unless chosen</source>
        <translation>Cómo se lee el archivo; se detecta por su nombre y primeros bytes salvo que se elija</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que se va a importar</translation>
    </message>
    <message>
        <source>The file&apos;s column read as %1; detected from its header, or choose another</source>
        <translation>La columna del archivo que se lee como %1; detectada por su cabecera, o elija otra</translation>
    </message>
</context>
<context>
    <name>tw::ui::KwicView</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>A word or a rule: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</source>
        <translation>Una palabra o una regla: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Context on each side of the match</source>
        <translation>Contexto a cada lado de la coincidencia</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>By match</source>
        <translation>Por coincidencia</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>Por contexto izquierdo</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>Por contexto derecho</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Type a word or a rule and press Enter to see every match in its context.</source>
        <translation>Escriba una palabra o una regla y pulse Intro para ver cada coincidencia en su contexto.</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Error en la regla en %1: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export concordance</source>
        <translation>Exportar la concordancia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first %L1 matches (refine the rule to see others)</source>
        <translation>Las primeras %L1 coincidencias (afine la regla para ver otras)</translation>
    </message>
    <message>
        <source>Exported %L1 lines to %2</source>
        <translation>%L1 líneas exportadas a %2</translation>
    </message>
    <message>
        <source>The same rule language as the browser&apos;s search; Enter shows the matches</source>
        <translation>El mismo lenguaje de reglas que la búsqueda de la lista; Intro muestra las coincidencias</translation>
    </message>
    <message>
        <source>The order of the lines: sorting by the words before or after the match groups its uses</source>
        <translation>El orden de las líneas: ordenar por las palabras antes o después de la coincidencia agrupa sus usos</translation>
    </message>
    <message>
        <source>Every match of the rule with the words around it</source>
        <translation>Cada coincidencia de la regla con las palabras que la rodean</translation>
    </message>
    <message>
        <source>Save the lines shown as CSV, with the verbatim each comes from</source>
        <translation>Guardar las líneas mostradas como CSV, con el comentario del que procede cada una</translation>
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
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Radar</source>
        <translation>&amp;Radar</translation>
    </message>
    <message>
        <source>Emerging issues across channels: ripples, waves and tsunamis</source>
        <translation>Problemas emergentes en todos los canales: ondas leves, olas y tsunamis</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>Ca&amp;tegorías</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>C&amp;oncordancia</translation>
    </message>
    <message>
        <source>&amp;Emerging phrases</source>
        <translation>&amp;Frases emergentes</translation>
    </message>
    <message>
        <source>Esc&amp;alations</source>
        <translation>Esc&amp;alados</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Cancelar el análisis</translation>
    </message>
    <message>
        <source>Cancelling the analysis after the current batch…</source>
        <translation>Cancelando el análisis tras el lote actual…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Nuevo almacén…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>Recent Stores</source>
        <translation>Almacenes recientes</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Store</source>
        <translation>Abrir el almacén de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export Verbatims…</source>
        <translation>&amp;Exportar comentarios…</translation>
    </message>
    <message>
        <source>The verbatims the browser lists, as CSV, Excel or JSON Lines</source>
        <translation>Los comentarios que muestra la lista, como CSV, Excel o JSON Lines</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <source>Key figures, charts, top categories, emerging issues, escalations and sample verbatims of what the browser lists, as a PDF</source>
        <translation>Cifras clave, gráficos, categorías principales, problemas emergentes, escalados y comentarios de muestra de lo que muestra la lista, en PDF</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Vistas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Analyse Store</source>
        <translation>&amp;Analizar el almacén</translation>
    </message>
    <message>
        <source>State a &amp;Purpose for Sensitive Segments…</source>
        <translation>Indicar un &amp;propósito para segmentos sensibles…</translation>
    </message>
    <message>
        <source>Sensitive categories (health, finances, religion...) filter and segment only for roles allowed them, with a purpose that is audited</source>
        <translation>Las categorías sensibles (salud, finanzas, religión…) solo filtran y segmentan para los roles autorizados, con un propósito que se audita</translation>
    </message>
    <message>
        <source>&amp;Erase a Customer…</source>
        <translation>&amp;Borrar un cliente…</translation>
    </message>
    <message>
        <source>Erase a Customer</source>
        <translation>Borrar un cliente</translation>
    </message>
    <message>
        <source>Customer pseudonym whose verbatims and everything derived from them leave the store (held ones are blanked):</source>
        <translation>Seudónimo del cliente cuyos comentarios y todo lo derivado de ellos salen del almacén (los retenidos se vacían):</translation>
    </message>
    <message>
        <source>Erase everything about %1? This cannot be undone.</source>
        <translation>¿Borrar todo lo relativo a %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Retention Rules…</source>
        <translation>Reglas de &amp;conservación…</translation>
    </message>
    <message>
        <source>Retention Rules</source>
        <translation>Reglas de conservación</translation>
    </message>
    <message>
        <source>One rule per line, CHANNEL=DAYS (verbatims older than that are purged now and on every apply; those under escalation are kept):</source>
        <translation>Una regla por línea, CANAL=DÍAS (los comentarios más antiguos se eliminan ahora y en cada aplicación; los que están en escalado se conservan):</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Tidewatch</source>
        <translation>&amp;Acerca de Tidewatch</translation>
    </message>
    <message>
        <source>About Tidewatch</source>
        <translation>Acerca de Tidewatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;A workbench for the people who listen to customers: import feedback from every channel, explore it, and act on what it obliges you to do.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para quienes escuchan a los clientes: importe comentarios de todos los canales, explórelos y actúe sobre lo que le obligan a hacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Guardar la vista actual…</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Guardar la vista actual</translation>
    </message>
    <message>
        <source>Name for this search, filter, tab and column layout:</source>
        <translation>Nombre para esta búsqueda, filtro, pestaña y disposición de columnas:</translation>
    </message>
    <message>
        <source>No saved views of this store yet</source>
        <translation>Aún no hay vistas guardadas de este almacén</translation>
    </message>
    <message>
        <source>&amp;Delete a View</source>
        <translation>&amp;Eliminar una vista</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Vista «%1» guardada</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>No se puede iniciar sesión</translation>
    </message>
    <message>
        <source>%1 (%2, password %3)</source>
        <translation>%1 (%2, contraseña %3)</translation>
    </message>
    <message>
        <source>Demo users: %1.</source>
        <translation>Usuarios de demostración: %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>No users in this store</source>
        <translation>No hay usuarios en este almacén</translation>
    </message>
    <message>
        <source>Anyone who opens this file reads it as a manager would. Add its admin with tidewatch-cli user add to require sign-in.</source>
        <translation>Quien abra este archivo lo lee como lo haría un responsable. Añada su administrador con tidewatch-cli user add para exigir inicio de sesión.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>%1 — Tidewatch</source>
        <translation>%1 — Tidewatch</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Why do you segment by sensitive categories? (kept in the audit trail with each use)</source>
        <translation>¿Por qué segmenta por categorías sensibles? (se guarda en el registro de auditoría con cada uso)</translation>
    </message>
    <message>
        <source> · purpose: %1</source>
        <translation> · propósito: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CHANNEL=DAYS; nothing was changed.</source>
        <translation>«%1» no tiene la forma CANAL=DÍAS; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>No se eliminó nada</translation>
    </message>
    <message>
        <source>This store has no users: there is no one to switch to.</source>
        <translation>Este almacén no tiene usuarios: no hay a quién cambiar.</translation>
    </message>
    <message>
        <source>Preparing the demo corpus (first run)…</source>
        <translation>Preparando el corpus de demostración (primer inicio)…</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>No se puede crear el almacén de demostración</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>El análisis falló</translation>
    </message>
    <message>
        <source>Categorisation failed</source>
        <translation>La categorización falló</translation>
    </message>
    <message>
        <source>Scanning for personal data failed</source>
        <translation>La búsqueda de datos personales falló</translation>
    </message>
    <message>
        <source>Analysis cancelled; Tools → Analyse Store continues it</source>
        <translation>Análisis cancelado; Herramientas → Analizar el almacén lo continúa</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw)</source>
        <translation>Almacenes de Tidewatch (*.tidewatch *.tw)</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>No se puede crear el almacén</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw);;All files (*)</source>
        <translation>Almacenes de Tidewatch (*.tidewatch *.tw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>No hay ningún almacén abierto</translation>
    </message>
    <message>
        <source>Open or create a store first (File → New Store…), then import into it.</source>
        <translation>Abra o cree primero un almacén (Archivo → Nuevo almacén…) y luego importe en él.</translation>
    </message>
    <message>
        <source>%1 shown · %2 on disk</source>
        <translation>%1 mostrados · %2 en disco</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>Seguir el s&amp;istema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Tidewatch speaks %1 from its next start</source>
        <translation>Tidewatch hablará %1 desde su próximo inicio</translation>
    </message>
    <message>
        <source>Erased %L1 verbatims; %L2 under escalation blanked</source>
        <translation>%L1 comentarios borrados; %L2 en escalado vaciados</translation>
    </message>
    <message>
        <source>Purged %L1 verbatims; %L2 kept under escalation</source>
        <translation>%L1 comentarios eliminados; %L2 conservados en escalado</translation>
    </message>
    <message>
        <source>Analysing… %L1 of %L2</source>
        <translation>Analizando… %L1 de %L2</translation>
    </message>
    <message>
        <source>Categorising… %L1 of %L2</source>
        <translation>Categorizando… %L1 de %L2</translation>
    </message>
    <message>
        <source>Looking for personal data and flags… %L1 of %L2</source>
        <translation>Buscando datos personales y alertas… %L1 de %L2</translation>
    </message>
    <message>
        <source>Analysed %L1 verbatims, categorised %L2, %L3 escalations opened</source>
        <translation>%L1 comentarios analizados, %L2 categorizados, %L3 escalados abiertos</translation>
    </message>
    <message>
        <source>Stop after the current batch; what is analysed is kept, and Tools &gt; Analyse Store continues</source>
        <translation>Parar tras el lote actual; lo analizado se conserva, y Herramientas &gt; Analizar el almacén continúa</translation>
    </message>
</context>
<context>
    <name>tw::ui::PdfReport</name>
    <message>
        <source>Customer feedback report: %1</source>
        <translation>Informe de comentarios de clientes: %1</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Categorías principales</translation>
    </message>
    <message>
        <source>Customer feedback report</source>
        <translation>Informe de comentarios de clientes</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 comentarios</translation>
    </message>
    <message>
        <source>%1 negative</source>
        <translation>%1 negativos</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>Filters used:</source>
        <translation>Filtros usados:</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Preparado para:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generado:</translation>
    </message>
    <message>
        <source>This report holds what this role may see, as its lists show it: personal data as type tags such as [EMAIL] wherever the role reads redacted text, and verbatims with a restricted flag counted, never quoted, where the role may only count them.</source>
        <translation>Este informe contiene lo que este rol puede ver, tal como lo muestran sus listas: los datos personales como etiquetas de tipo como [EMAIL] donde el rol lee texto censurado, y los comentarios con una alerta restringida contados, nunca citados, donde el rol solo puede contarlos.</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizados</translation>
    </message>
    <message>
        <source>Mean sentiment (−1 to 1)</source>
        <translation>Sentimiento medio (−1 a 1)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivos</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixtos</translation>
    </message>
    <message>
        <source>Customers who had to make an effort</source>
        <translation>Clientes que tuvieron que esforzarse</translation>
    </message>
    <message>
        <source>Mean intensity (0 to 1)</source>
        <translation>Intensidad media (0 a 1)</translation>
    </message>
    <message>
        <source>Restricted verbatims, counted only</source>
        <translation>Comentarios restringidos, solo contados</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No categorised verbatims.</source>
        <translation>No hay comentarios categorizados.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Emerging issues</source>
        <translation>Problemas emergentes</translation>
    </message>
    <message>
        <source>No category rose beyond its baseline in these days.</source>
        <translation>Ninguna categoría superó su línea base en estos días.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>This role has no escalation queue.</source>
        <translation>Este rol no tiene cola de escalados.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Cerrado sin acción</translation>
    </message>
    <message>
        <source>Median hours to action</source>
        <translation>Mediana de horas hasta la acción</translation>
    </message>
    <message>
        <source>Sample verbatims</source>
        <translation>Comentarios de muestra</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>Los más negativos</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>Los más positivos</translation>
    </message>
    <message>
        <source>No analysed verbatims to quote.</source>
        <translation>No hay comentarios analizados que citar.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
</context>
<context>
    <name>tw::ui::PhrasesView</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>First day of the recent window</source>
        <translation>Primer día de la ventana reciente</translation>
    </message>
    <message>
        <source>Last day of the recent window; the baseline is the four windows before it</source>
        <translation>Último día de la ventana reciente; la línea base son las cuatro ventanas anteriores</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>todos los canales</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <source> verbatims</source>
        <translation> comentarios</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Reciente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-verosimilitud</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Recent window</source>
        <translation>Ventana reciente</translation>
    </message>
    <message>
        <source>Pick the recent window and press Find: phrases that rise against the weeks before it. Double-click one to read its verbatims.</source>
        <translation>Elija la ventana reciente y pulse Buscar: frases que suben frente a las semanas anteriores. Haga doble clic en una para leer sus comentarios.</translation>
    </message>
    <message>
        <source>Counting phrases…</source>
        <translation>Contando frases…</translation>
    </message>
    <message>
        <source>%L1 recent verbatims against %L2 before (from %3): %L4 phrases rise</source>
        <translation>%L1 comentarios recientes frente a %L2 anteriores (desde %3): suben %L4 frases</translation>
    </message>
    <message>
        <source>Only this channel&apos;s verbatims (call, chat, email…); empty for all</source>
        <translation>Solo los comentarios de este canal (llamada, chat, correo…); vacío para todos</translation>
    </message>
    <message>
        <source>How many recent verbatims a phrase needs before it is listed</source>
        <translation>Cuántos comentarios recientes necesita una frase para aparecer en la lista</translation>
    </message>
    <message>
        <source>Phrases whose share of the recent window rose significantly against the baseline</source>
        <translation>Frases cuya proporción en la ventana reciente subió de forma significativa frente a la línea base</translation>
    </message>
</context>
<context>
    <name>tw::ui::PiiStyle</name>
    <message>
        <source>Personal data redacted:</source>
        <translation>Datos personales censurados:</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarChart</name>
    <message>
        <source>Emerging issues: growth against corroboration</source>
        <translation>Problemas emergentes: crecimiento frente a corroboración</translation>
    </message>
    <message>
        <source>Growth: mentions ÷ expected (times, log scale)</source>
        <translation>Crecimiento: menciones ÷ esperadas (veces, escala log.)</translation>
    </message>
    <message>
        <source>Channels corroborating</source>
        <translation>Canales que corroboran</translation>
    </message>
    <message>
        <source>%1 · anger %2%3</source>
        <translation>%1 · enfado %2%3</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarView</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Read Its Verbatims</source>
        <translation>Leer sus comentarios</translation>
    </message>
    <message>
        <source>First day looked at</source>
        <translation>Primer día examinado</translation>
    </message>
    <message>
        <source>Last day looked at; phrases are those emerging in its final weeks</source>
        <translation>Último día examinado; las frases son las que surgen en sus últimas semanas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Emerging phrases</source>
        <translation>Frases emergentes</translation>
    </message>
    <message>
        <source>Categories and phrases</source>
        <translation>Categorías y frases</translation>
    </message>
    <message>
        <source>What a topic is: a leaf category, a phrase emerging in the window&apos;s final weeks, or both</source>
        <translation>Qué es un tema: una categoría hoja, una frase que surge en las últimas semanas de la ventana, o ambas</translation>
    </message>
    <message>
        <source>Open the selected finding&apos;s verbatims (its topic, days and channels) in the browser</source>
        <translation>Abrir en la lista los comentarios del hallazgo seleccionado (su tema, días y canales)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Mentions / expected</source>
        <translation>Menciones / esperadas</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Open a store: the radar looks at all of it.</source>
        <translation>Abra un almacén: el radar lo examina entero.</translation>
    </message>
    <message>
        <source>Looking for emerging issues…</source>
        <translation>Buscando problemas emergentes…</translation>
    </message>
    <message>
        <source>No topic rises above its baseline in these %1 days.</source>
        <translation>Ningún tema supera su línea base en estos %1 días.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings in %1 days of %2 topics</source>
        <translation>
            <numerusform>%n hallazgo en %1 días de %2 temas</numerusform>
            <numerusform>%n hallazgos en %1 días de %2 temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new escalations opened</source>
        <translation>
            <numerusform>; %n escalado nuevo abierto</numerusform>
            <numerusform>; %n escalados nuevos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>; no escalation could be opened: %1</source>
        <translation>; no se pudo abrir ningún escalado: %1</translation>
    </message>
    <message>
        <source>. Select one for its days; double-click to read its verbatims.</source>
        <translation>. Seleccione uno para ver sus días; doble clic para leer sus comentarios.</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source> (+%n d)</source>
        <comment>days after the first channel</comment>
        <translation>
            <numerusform> (+%n d)</numerusform>
            <numerusform> (+%n d)</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes with: %1</source>
        <translation>Viene con: %1</translation>
    </message>
    <message>
        <source>Mean anger of its verbatims, and its change a week; %1% of them negative</source>
        <translation>Enfado medio de sus comentarios y su cambio por semana; el %1 % de ellos negativos</translation>
    </message>
    <message>
        <source>#%1 opened</source>
        <translation>n.º %1 abierto</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Look for topics rising above their baseline in these days, across channels</source>
        <translation>Buscar temas que superan su línea base en estos días, en todos los canales</translation>
    </message>
</context>
<context>
    <name>tw::ui::SentimentCharts</name>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>Sentiment by channel</source>
        <translation>Sentimiento por canal</translation>
    </message>
    <message>
        <source>mean sentiment</source>
        <translation>sentimiento medio</translation>
    </message>
    <message>
        <source>negative share</source>
        <translation>proporción negativa</translation>
    </message>
    <message>
        <source>month (click)</source>
        <translation>mes (haga clic)</translation>
    </message>
    <message>
        <source>Sentiment over time (per month)</source>
        <translation>Sentimiento a lo largo del tiempo (por mes)</translation>
    </message>
</context>
<context>
    <name>tw::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Iniciar sesión — %1</translation>
    </message>
    <message>
        <source>This store has users. Sign in to see what your role may see; every sign-in is recorded in the store&apos;s audit trail.</source>
        <translation>Este almacén tiene usuarios. Inicie sesión para ver lo que su rol puede ver; cada inicio de sesión queda registrado en el registro de auditoría del almacén.</translation>
    </message>
    <message>
        <source>Your user name in this store</source>
        <translation>Su nombre de usuario en este almacén</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Your password in this store; it also opens your role&apos;s keys to sealed text</source>
        <translation>Su contraseña en este almacén; también abre las claves de su rol para el texto sellado</translation>
    </message>
</context>
<context>
    <name>tw::ui::TaxonomyEditor</name>
    <message>
        <source>Save and apply</source>
        <translation>Guardar y aplicar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>A rule: &quot;charged twice&quot; OR (charge* NEAR/3 twice) — empty for a group</source>
        <translation>Una regla: &quot;charged twice&quot; OR (charge* NEAR/3 twice); vacía para un grupo</translation>
    </message>
    <message>
        <source>Check the whole taxonomy, store it, and re-apply the categories whose rules changed</source>
        <translation>Comprobar toda la taxonomía, guardarla y volver a aplicar las categorías cuyas reglas cambiaron</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation>Añadir subcategoría</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rule (docs/rule-language.md)</source>
        <translation>Regla (docs/rule-language.md)</translation>
    </message>
    <message>
        <source>Taxonomy “%1”</source>
        <translation>Taxonomía «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A group: its verbatims are those of its subcategories</source>
        <translation>Un grupo: sus comentarios son los de sus subcategorías</translation>
    </message>
    <message>
        <source>No rule: nothing is assigned to this category</source>
        <translation>Sin regla: no se asigna nada a esta categoría</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>the taxonomy</source>
        <translation>la taxonomía</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved; the changed categories are being applied in the background</source>
        <translation>Guardado; las categorías cambiadas se aplican en segundo plano</translation>
    </message>
    <message>
        <source>%L1 verbatims match</source>
        <translation>%L1 comentarios coinciden</translation>
    </message>
    <message>
        <source>A new category beside the one selected</source>
        <translation>Una categoría nueva junto a la seleccionada</translation>
    </message>
    <message>
        <source>A new category inside the one selected</source>
        <translation>Una categoría nueva dentro de la seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories (saved with Save and apply)</source>
        <translation>Quitar la categoría seleccionada y sus subcategorías (se guarda con Guardar y aplicar)</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved and show the taxonomy as stored</source>
        <translation>Descartar los cambios no guardados y mostrar la taxonomía tal como está guardada</translation>
    </message>
    <message>
        <source>The category&apos;s name as charts and filters show it; the path joins it to its parents with /</source>
        <translation>El nombre de la categoría tal como lo muestran los gráficos y filtros; la ruta lo une a sus padres con /</translation>
    </message>
    <message>
        <source>about %1 verbatims match (from %2 of %3 candidates; counting all…)</source>
        <translation>unos %1 comentarios coinciden (según %2 de %3 candidatos; contando todos…)</translation>
    </message>
</context>
<context>
    <name>tw::ui::TimelineChart</name>
    <message>
        <source>Pick a finding to see its days</source>
        <translation>Elija un hallazgo para ver sus días</translation>
    </message>
    <message>
        <source>%1: mentions a day by channel; shaded, the baseline band; ringed, the bursts found</source>
        <translation>%1: menciones al día por canal; sombreada, la banda de la línea base; con círculo, los picos hallados</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Menciones al día</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>%1 línea base</translation>
    </message>
    <message>
        <source>%1 burst</source>
        <translation>%1 pico</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimBrowser</name>
    <message>
        <source>Read in Full…</source>
        <translation>Leer completo…</translation>
    </message>
    <message>
        <source>Search with the rule language: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -exclude</source>
        <translation>Buscar con el lenguaje de reglas: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -excluir</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, wildcards (refund*), stems (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) and field filters such as channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</source>
        <translation>Palabras, &quot;frases&quot;, comodines (refund*), raíces (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) y filtros de campo como channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</translation>
    </message>
    <message>
        <source>Select a verbatim to read it in full.</source>
        <translation>Seleccione un comentario para leerlo completo.</translation>
    </message>
    <message>
        <source>Show all verbatims again</source>
        <translation>Mostrar de nuevo todos los comentarios</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the verbatims listed here (this search and filter) as CSV, Excel or JSON Lines, as your role reads them; the export is audited</source>
        <translation>Exportar los comentarios de esta lista (esta búsqueda y este filtro) como CSV, Excel o JSON Lines, tal como los lee su rol; la exportación se audita</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Exportar comentarios</translation>
    </message>
    <message>
        <source>Open the selected verbatim as written; you say why, and the opening is audited</source>
        <translation>Abrir el comentario seleccionado tal como se escribió; usted indica por qué, y la apertura se audita</translation>
    </message>
    <message>
        <source>Read in Full</source>
        <translation>Leer completo</translation>
    </message>
    <message>
        <source>Why do you open this verbatim in full? (audited)</source>
        <translation>¿Por qué abre este comentario completo? (se audita)</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>%1 comentarios</translation>
    </message>
    <message>
        <source>%1 verbatims · %2 flagged, counted only</source>
        <translation>%1 comentarios · %2 con alerta, solo contados</translation>
    </message>
    <message>
        <source>Verbatims with a restricted flag (legal, safety, regulatory, criminal or HR) that your role may count but not read.</source>
        <translation>Comentarios con una alerta restringida (legal, seguridad, regulatoria, penal o de RR. HH.) que su rol puede contar pero no leer.</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrando…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing matches this search and filter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Try fewer words, a wildcard (refund*), OR between alternatives, or clear the filter with ✕.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nada coincide con esta búsqueda y este filtro.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pruebe con menos palabras, un comodín (refund*), OR entre alternativas, o quite el filtro con ✕.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every verbatim here has a restricted flag.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your role counts them (%1) but does not read them; the escalation queue and legal reviewers do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todos los comentarios aquí tienen una alerta restringida.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Su rol los cuenta (%1) pero no los lee; lo hacen la cola de escalados y los revisores legales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This store has no verbatims yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a file with File &amp;gt; Import… (Ctrl+I), or drop a CSV, JSON Lines, JSON or text file on this window. Analysis starts by itself after the import.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Este almacén aún no tiene comentarios.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importe un archivo con Archivo &amp;gt; Importar… (Ctrl+I), o suelte un archivo CSV, JSON Lines, JSON o de texto en esta ventana. El análisis empieza solo tras la importación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>Error en la regla en %1: %2</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>Why this score:</source>
        <translation>Por qué esta puntuación:</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>El comentario ya no está almacenado.</translation>
    </message>
    <message>
        <source>Verbatim #%1 in full, opened for: %2 (audited)</source>
        <translation>Comentario n.º %1 completo, abierto para: %2 (auditado)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>n.º %1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source> · source id %1</source>
        <translation> · id de origen %1</translation>
    </message>
    <message>
        <source> · rating %1</source>
        <translation> · valoración %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · sentiment %1 (%2)</source>
        <translation> · sentimiento %1 (%2)</translation>
    </message>
    <message>
        <source> · anger %1, fear %2, sadness %3, joy %4 · intensity %5</source>
        <translation> · enfado %1, miedo %2, tristeza %3, alegría %4 · intensidad %5</translation>
    </message>
    <message>
        <source>The text is encrypted at rest and your keys do not open it yet: an admin grants your role&apos;s key, and it reaches you after an admin&apos;s next sign-in.</source>
        <translation>El texto está cifrado en reposo y sus claves aún no lo abren: un administrador concede la clave de su rol, y le llega tras el próximo inicio de sesión de un administrador.</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categorías: %1</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Atributos: %1</translation>
    </message>
    <message>
        <source>Import notes: %1</source>
        <translation>Notas de importación: %1</translation>
    </message>
    <message>
        <source>newest %1 shown · counting…</source>
        <translation>los %1 más recientes · contando…</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>anger</source>
        <translation>enfado</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>miedo</translation>
    </message>
    <message>
        <source>sadness</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>joy</source>
        <translation>alegría</translation>
    </message>
    <message>
        <source>Sealed: your keys do not open it yet</source>
        <translation>Sellado: sus claves aún no lo abren</translation>
    </message>
    <message>
        <source>The text is encrypted at rest. An admin grants your role&apos;s key; it reaches you after an admin&apos;s next sign-in.</source>
        <translation>El texto está cifrado en reposo. Un administrador concede la clave de su rol; le llega tras el próximo inicio de sesión de un administrador.</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Comentario</translation>
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
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>Exportar comentarios</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>No se escribió ningún informe: %1</translation>
    </message>
    <message>
        <source>No report was kept: it could not be audited (%1)</source>
        <translation>No se conservó ningún informe: no se pudo auditar (%1)</translation>
    </message>
    <message>
        <source>Exported %L1 verbatims to %2</source>
        <translation>%L1 comentarios exportados a %2</translation>
    </message>
    <message>
        <source> (%L1 restricted ones your role may only count were left out)</source>
        <translation> (se omitieron %L1 restringidos que su rol solo puede contar)</translation>
    </message>
    <message>
        <source>Wrote the report of %L1 verbatims to %2</source>
        <translation>Informe de %L1 comentarios escrito en %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::Vocabulary</name>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Threat to sue</source>
        <translation>Amenaza de demanda</translation>
    </message>
    <message>
        <source>Complaint to a regulator</source>
        <translation>Queja ante un regulador</translation>
    </message>
    <message>
        <source>Criminal or HR matter</source>
        <translation>Asunto penal o de RR. HH.</translation>
    </message>
    <message>
        <source>Violence or self-harm</source>
        <translation>Violencia o autolesión</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Privacy complaint</source>
        <translation>Queja de privacidad</translation>
    </message>
    <message>
        <source>Threat to leave</source>
        <translation>Amenaza de baja</translation>
    </message>
    <message>
        <source>Emerging issue</source>
        <translation>Problema emergente</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Granted a role</source>
        <translation>Rol concedido</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>Changed a role&apos;s policy</source>
        <translation>Política de un rol cambiada</translation>
    </message>
    <message>
        <source>Opened a restricted verbatim</source>
        <translation>Comentario restringido abierto</translation>
    </message>
    <message>
        <source>Refused a restricted verbatim</source>
        <translation>Comentario restringido denegado</translation>
    </message>
    <message>
        <source>Moved an escalation</source>
        <translation>Escalado movido</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutro</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>Cerrado sin acción</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>notificado</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>cliente contactado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analista</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>legal reviewer</source>
        <translation>revisor legal</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>anonymous survey</source>
        <translation>encuesta anónima</translation>
    </message>
    <message>
        <source>identified, with consent to contact</source>
        <translation>identificado, con consentimiento para contactar</translation>
    </message>
    <message>
        <source>identified, without consent to contact</source>
        <translation>identificado, sin consentimiento para contactar</translation>
    </message>
    <message>
        <source>public post</source>
        <translation>publicación pública</translation>
    </message>
    <message>
        <source>recorded call under its notice</source>
        <translation>llamada grabada con su aviso</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
</TS>
