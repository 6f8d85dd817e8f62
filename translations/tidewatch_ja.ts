<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>TrendClass</name>
    <message>
        <source>ripple</source>
        <translation>さざ波</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>波</translation>
    </message>
    <message>
        <source>tsunami</source>
        <translation>津波</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditView</name>
    <message>
        <source>Who (user name)</source>
        <translation>誰が（ユーザー名）</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>このユーザーの記録のみ</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>チェーンを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and its link to the one before</source>
        <translation>各記録のハッシュと直前の記録へのリンクを再計算します</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV (the export is itself audited)</source>
        <translation>表示中の記録をCSVで保存します（エクスポート自体も監査されます）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>#</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>監査証跡をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件の記録</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>監査証跡は記録 %1 で途切れています：%2</translation>
    </message>
    <message>
        <source>The chain of %1 entries is intact. Its head is %2: note it elsewhere to detect a trail replaced as a whole.</source>
        <translation>%1 件の記録のチェーンは完全です。先頭は %2 です。証跡全体の差し替えを検出できるよう、別の場所に控えてください。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n 件の記録を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>この操作の記録のみ</translation>
    </message>
</context>
<context>
    <name>tw::ui::CategoryChart</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 戻る</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>すべて開く</translation>
    </message>
    <message>
        <source>Up one level of the taxonomy</source>
        <translation>分類の一つ上の階層へ</translation>
    </message>
    <message>
        <source>Read every verbatim of the category shown</source>
        <translation>表示中のカテゴリーのすべての声を読む</translation>
    </message>
    <message>
        <source>All categories — click a bar to drill down</source>
        <translation>すべてのカテゴリー — バーをクリックすると掘り下げます</translation>
    </message>
    <message>
        <source>%1 — click a bar to drill down or read its verbatims</source>
        <translation>%1 — バーをクリックすると掘り下げるか、その声を読めます</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>件の声</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>カテゴリー別の件数</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>カテゴリー %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::ChartSaving</name>
    <message>
        <source>Save Chart As…</source>
        <translation>グラフに名前を付けて保存…</translation>
    </message>
    <message>
        <source>This chart as a PNG picture or an SVG drawing</source>
        <translation>このグラフをPNG画像またはSVG図形として保存</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG図形 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart As</source>
        <translation>グラフに名前を付けて保存</translation>
    </message>
</context>
<context>
    <name>tw::ui::DashboardPanel</name>
    <message>
        <source>Click a bar, a month or a category to read those verbatims.</source>
        <translation>バー、月、カテゴリーをクリックすると、その声を読めます。</translation>
    </message>
    <message>
        <source>%1 verbatims on %2</source>
        <translation>%2 についての声 %1 件</translation>
    </message>
    <message>
        <source>verbatims of %1</source>
        <translation>%1 の声</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationCard</name>
    <message>
        <source>Click a type to open its escalations in the queue</source>
        <translation>種類をクリックすると、そのエスカレーションをキューで開きます</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Open escalations by type</source>
        <translation>種類別の未完了エスカレーション</translation>
    </message>
    <message>
        <source>No escalations yet: flags open them when the store is analysed.</source>
        <translation>エスカレーションはまだありません。ストアを分析するとフラグから作成されます。</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · 対応までの中央値 %1 時間</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue · %L3 actioned, %L4 closed without action</source>
        <translation>未完了 %L1 件、期限超過 %L2 件 · 対応済み %L3 件、対応なしで完了 %L4 件</translation>
    </message>
</context>
<context>
    <name>tw::ui::EscalationQueue</name>
    <message>
        <source>Overdue only</source>
        <translation>期限超過のみ</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>トリアージ(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>担当を割り当て(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>レビュー開始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Actioned…</source>
        <translation>対応済み(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close without action…</source>
        <translation>対応なしで完了(&amp;C)…</translation>
    </message>
    <message>
        <source>Triage all selected</source>
        <translation>選択したものをすべてトリアージ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Click a column to sort; overdue escalations are shown in red</source>
        <translation>列をクリックすると並べ替えます。期限超過のエスカレーションは赤で表示されます</translation>
    </message>
    <message>
        <source>Open a store to see its escalations.</source>
        <translation>ストアを開くとエスカレーションが表示されます。</translation>
    </message>
    <message>
        <source>Confirm the flag is worth acting on (new → triaged)</source>
        <translation>フラグに対応が必要か確認します（新規 → トリアージ済み）</translation>
    </message>
    <message>
        <source>Give it to someone (triaged → assigned), or hand it to someone else</source>
        <translation>誰かに割り当てます（トリアージ済み → 割り当て済み）。別の人に渡すこともできます</translation>
    </message>
    <message>
        <source>The assignee is working on it (assigned → in review)</source>
        <translation>担当者が対応中です（割り当て済み → レビュー中）</translation>
    </message>
    <message>
        <source>Reported, customer contacted or fixed, with a note (in review → actioned)</source>
        <translation>報告済み・顧客に連絡済み・修正済みのいずれかをメモ付きで記録します（レビュー中 → 対応済み）</translation>
    </message>
    <message>
        <source>Nothing to do, with a note saying why</source>
        <translation>対応不要として、理由をメモに残します</translation>
    </message>
    <message>
        <source>Triage every selected escalation that is new</source>
        <translation>選択したエスカレーションのうち新規のものをすべてトリアージします</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>%1 として操作中</translation>
    </message>
    <message>
        <source>workbench user</source>
        <translation>ワークベンチのユーザー</translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation>エスカレーションを読み込めません：%1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 期限超過</translation>
    </message>
    <message>
        <source> · median time to action %1 h</source>
        <translation> · 対応までの中央値 %1 時間</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 escalations selected.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 件のエスカレーションを選択中です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an escalation to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;エスカレーションを選択すると内容を読めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>エスカレーション %1：%2</translation>
    </message>
    <message>
        <source>Severity &lt;b&gt;%1&lt;/b&gt; · state &lt;b&gt;%2&lt;/b&gt; · opened %3 · due %4</source>
        <translation>重大度 &lt;b&gt;%1&lt;/b&gt; · 状態 &lt;b&gt;%2&lt;/b&gt; · 作成 %3 · 期限 %4</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source> · assigned to %1</source>
        <translation> · 担当 %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source> (%1 flags merged)</source>
        <translation> （%1 件のフラグを統合）</translation>
    </message>
    <message>
        <source>An emerging issue found by the trend radar; the verbatim below is the first of its burst, and the Radar tab shows its days.</source>
        <translation>トレンドレーダーが見つけた新たな問題です。下の声はその急増の最初のもので、「レーダー」タブでその日々を確認できます。</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may be contacted: %2.</source>
        <translation>同意：%1。顧客に連絡できます：%2。</translation>
    </message>
    <message>
        <source>Consent: %1. The customer may not be contacted: %2.</source>
        <translation>同意：%1。顧客に連絡できません：%2。</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>この声はもう保存されていません。</translation>
    </message>
    <message>
        <source>Verbatim #%1 · %2 · %3</source>
        <translation>声 #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>割り当て先：</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>How was it actioned?</source>
        <translation>どのように対応しましたか？</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What was done, or why nothing needs doing:</source>
        <translation>実施した内容、または対応不要の理由：</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 件を移動しました</translation>
    </message>
    <message>
        <source>%1 moved; not moved: %2</source>
        <translation>%1 件を移動しました。移動できなかったもの：%2</translation>
    </message>
    <message>
        <source>%L1 listed · in the store: %L2 open, %L3 overdue, %L4 actioned, %L5 closed without action</source>
        <translation>一覧 %L1 件 · ストア全体：未完了 %L2 件、期限超過 %L3 件、対応済み %L4 件、対応なしで完了 %L5 件</translation>
    </message>
    <message>
        <source>Only escalations of this type</source>
        <translation>この種類のエスカレーションのみ</translation>
    </message>
    <message>
        <source>Only escalations in this state; Open is every state before actioned or closed</source>
        <translation>この状態のエスカレーションのみ。「未完了」は対応済み・完了より前のすべての状態です</translation>
    </message>
    <message>
        <source>Only escalations assigned to this person</source>
        <translation>この人に割り当てられたエスカレーションのみ</translation>
    </message>
    <message>
        <source>Only open escalations past their due date</source>
        <translation>期限を過ぎた未完了のエスカレーションのみ</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportDialog</name>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートを中止</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>フィードバックをインポート</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, JSON Lines, JSON or text file, or drop it here</source>
        <translation>CSV・TSV・JSON Lines・JSON・テキストのファイルを選ぶか、ここにドロップしてください</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Channel for every record:</source>
        <translation>すべてのレコードのチャネル：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Why it was quarantined</source>
        <translation>隔離された理由</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;All files (*)</source>
        <translation>フィードバックファイル (*.csv *.tsv *.tab *.jsonl *.ndjson *.json *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the start of the file…</source>
        <translation>ファイルの先頭を読み込み中…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>、区切り文字 %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>, one verbatim per %1</source>
        <translation>、%1 ごとに声 1 件</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2 · %3</source>
        <translation>形式：%1 · 文字コード：%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>first %n record(s) shown</source>
        <translation>
            <numerusform>最初の %n 件のレコードを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00&apos;&gt;choose the column that holds the text&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00&apos;&gt;本文を含む列を選んでください&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;Among the first records, %n will be quarantined:&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;span style=&apos;color:#a60&apos;&gt;最初のレコードのうち %n 件は隔離されます：&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported is kept; import the same file again to continue.&lt;br&gt;</source>
        <translation>中止しました。インポート済みの分は残ります。続けるには同じファイルをもう一度インポートしてください。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Resumed an earlier, unfinished import of this file.&lt;br&gt;</source>
        <translation>このファイルの以前の未完了のインポートを再開しました。&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Quarantined records are listed below; hover a reason to see the record.</source>
        <translation>&lt;br&gt;隔離されたレコードは下に一覧表示されます。理由にポインターを合わせるとレコードが表示されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>ファイルから判別</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV (tab-separated)</source>
        <translation>TSV（タブ区切り）</translation>
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
        <translation>プレーンテキスト（1 行に声 1 件）</translation>
    </message>
    <message>
        <source>%L1 records read…</source>
        <translation>%L1 件のレコードを読み込みました…</translation>
    </message>
    <message>
        <source>Read %L1 · stored %L2 · duplicates %L3 · quarantined %L4</source>
        <translation>読み込み %L1 · 保存 %L2 · 重複 %L3 · 隔離 %L4</translation>
    </message>
    <message>
        <source>A channel for every record (survey, chat, call…) when the file has no channel column</source>
        <translation>ファイルにチャネル列がないときに全レコードに付けるチャネル（アンケート、チャット、通話など）</translation>
    </message>
    <message>
        <source>The file to import; its first records are previewed below</source>
        <translation>インポートするファイル。最初のレコードを下にプレビューします</translation>
    </message>
    <message>
        <source>How the file is read; detected from its name and first bytes unless chosen</source>
        <translation>ファイルの読み方。選ばなければ名前と先頭のバイトから判別します</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>インポートするファイルを選びます</translation>
    </message>
    <message>
        <source>The file&apos;s column read as %1; detected from its header, or choose another</source>
        <translation>%1 として読む列。見出しから判別します。別の列も選べます</translation>
    </message>
</context>
<context>
    <name>tw::ui::KwicView</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>A word or a rule: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery…</source>
        <translation>単語またはルール：refund*、&quot;on hold&quot;、~cancel、late NEAR/3 delivery…</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>Context on each side of the match</source>
        <translation>一致箇所の前後の文脈</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>By match</source>
        <translation>一致箇所順</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>左の文脈順</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>右の文脈順</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Type a word or a rule and press Enter to see every match in its context.</source>
        <translation>単語またはルールを入力して Enter を押すと、すべての一致箇所を文脈付きで表示します。</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>ルールの %1 に誤りがあります：%2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>一致 %1 件</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Export concordance</source>
        <translation>コンコーダンスをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The first %L1 matches (refine the rule to see others)</source>
        <translation>最初の %L1 件の一致（他を見るにはルールを絞り込んでください）</translation>
    </message>
    <message>
        <source>Exported %L1 lines to %2</source>
        <translation>%L1 行を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>The same rule language as the browser&apos;s search; Enter shows the matches</source>
        <translation>一覧の検索と同じルール言語です。Enter で一致箇所を表示します</translation>
    </message>
    <message>
        <source>The order of the lines: sorting by the words before or after the match groups its uses</source>
        <translation>行の並び順。一致箇所の前後の語で並べると使われ方ごとにまとまります</translation>
    </message>
    <message>
        <source>Every match of the rule with the words around it</source>
        <translation>ルールに一致したすべての箇所を前後の語とともに表示します</translation>
    </message>
    <message>
        <source>Save the lines shown as CSV, with the verbatim each comes from</source>
        <translation>表示中の行を、それぞれの元の声とともに CSV で保存します</translation>
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
        <translation>声(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Radar</source>
        <translation>レーダー(&amp;R)</translation>
    </message>
    <message>
        <source>Emerging issues across channels: ripples, waves and tsunamis</source>
        <translation>チャネルを横断する新たな問題：さざ波、波、津波</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>カテゴリー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;oncordance</source>
        <translation>コンコーダンス(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Emerging phrases</source>
        <translation>新出フレーズ(&amp;E)</translation>
    </message>
    <message>
        <source>Esc&amp;alations</source>
        <translation>エスカレーション(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>監査(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>分析を中止</translation>
    </message>
    <message>
        <source>Cancelling the analysis after the current batch…</source>
        <translation>現在のバッチの後で分析を中止します…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>新しいストア(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>ストアを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent Stores</source>
        <translation>最近使ったストア</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Store</source>
        <translation>デモストアを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Verbatims…</source>
        <translation>声をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>The verbatims the browser lists, as CSV, Excel or JSON Lines</source>
        <translation>一覧に表示中の声を CSV・Excel・JSON Lines で</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>レポートをエクスポート(&amp;R)（PDF）…</translation>
    </message>
    <message>
        <source>Key figures, charts, top categories, emerging issues, escalations and sample verbatims of what the browser lists, as a PDF</source>
        <translation>一覧に表示中の内容の主要指標、グラフ、上位カテゴリー、新たな問題、エスカレーション、声の例を PDF で</translation>
    </message>
    <message>
        <source>&amp;Switch User…</source>
        <translation>ユーザーを切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Analyse Store</source>
        <translation>ストアを分析(&amp;A)</translation>
    </message>
    <message>
        <source>State a &amp;Purpose for Sensitive Segments…</source>
        <translation>機微なセグメントの目的を記入(&amp;P)…</translation>
    </message>
    <message>
        <source>Sensitive categories (health, finances, religion...) filter and segment only for roles allowed them, with a purpose that is audited</source>
        <translation>機微なカテゴリー（健康、財務、宗教など）での絞り込みとセグメント化は、許可されたロールだけが、監査される目的を記入して行えます</translation>
    </message>
    <message>
        <source>&amp;Erase a Customer…</source>
        <translation>顧客を消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Erase a Customer</source>
        <translation>顧客を消去</translation>
    </message>
    <message>
        <source>Customer pseudonym whose verbatims and everything derived from them leave the store (held ones are blanked):</source>
        <translation>声とそこから導かれたすべてをストアから削除する顧客の仮名（保留中のものは空にされます）：</translation>
    </message>
    <message>
        <source>Erase everything about %1? This cannot be undone.</source>
        <translation>%1 に関するすべてを消去しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Retention Rules…</source>
        <translation>保存期間ルール(&amp;R)…</translation>
    </message>
    <message>
        <source>Retention Rules</source>
        <translation>保存期間ルール</translation>
    </message>
    <message>
        <source>One rule per line, CHANNEL=DAYS (verbatims older than that are purged now and on every apply; those under escalation are kept):</source>
        <translation>1 行に 1 ルール、チャネル=日数（それより古い声は今と適用のたびに削除されます。エスカレーション中のものは残ります）：</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tidewatch</source>
        <translation>Tidewatch について(&amp;A)</translation>
    </message>
    <message>
        <source>About Tidewatch</source>
        <translation>Tidewatch について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;A workbench for the people who listen to customers: import feedback from every channel, explore it, and act on what it obliges you to do.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;顧客の声に耳を傾ける人のためのワークベンチ。あらゆるチャネルのフィードバックを取り込み、探り、対応が義務づけられることに行動します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>現在のビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>現在のビューを保存</translation>
    </message>
    <message>
        <source>Name for this search, filter, tab and column layout:</source>
        <translation>この検索・絞り込み・タブ・列配置の名前：</translation>
    </message>
    <message>
        <source>No saved views of this store yet</source>
        <translation>このストアの保存済みビューはまだありません</translation>
    </message>
    <message>
        <source>&amp;Delete a View</source>
        <translation>ビューを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>ビュー「%1」を保存しました</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>ビュー：%1</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>ストアを開けません</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>サインインできません</translation>
    </message>
    <message>
        <source>%1 (%2, password %3)</source>
        <translation>%1（%2、パスワード %3）</translation>
    </message>
    <message>
        <source>Demo users: %1.</source>
        <translation>デモユーザー：%1。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1（%2）としてサインイン中</translation>
    </message>
    <message>
        <source>No users in this store</source>
        <translation>このストアにはユーザーがいません</translation>
    </message>
    <message>
        <source>Anyone who opens this file reads it as a manager would. Add its admin with tidewatch-cli user add to require sign-in.</source>
        <translation>このファイルを開く人は誰でもマネージャーとして読めます。サインインを必須にするには tidewatch-cli user add で管理者を追加してください。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア：%1</translation>
    </message>
    <message>
        <source>%1 — Tidewatch</source>
        <translation>%1 — Tidewatch</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Why do you segment by sensitive categories? (kept in the audit trail with each use)</source>
        <translation>機微なカテゴリーでセグメント化する理由は？（使用のたびに監査証跡に記録されます）</translation>
    </message>
    <message>
        <source> · purpose: %1</source>
        <translation> · 目的：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not CHANNEL=DAYS; nothing was changed.</source>
        <translation>「%1」は チャネル=日数 の形ではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>何も削除していません：%1</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>何も削除していません</translation>
    </message>
    <message>
        <source>This store has no users: there is no one to switch to.</source>
        <translation>このストアにはユーザーがいないため、切り替え先がありません。</translation>
    </message>
    <message>
        <source>Preparing the demo corpus (first run)…</source>
        <translation>デモ用コーパスを準備中（初回起動）…</translation>
    </message>
    <message>
        <source>Cannot create the demo store</source>
        <translation>デモストアを作成できません</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>分析中…</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>分析に失敗しました</translation>
    </message>
    <message>
        <source>Categorisation failed</source>
        <translation>カテゴリー付けに失敗しました</translation>
    </message>
    <message>
        <source>Scanning for personal data failed</source>
        <translation>個人データの検出に失敗しました</translation>
    </message>
    <message>
        <source>Analysis cancelled; Tools → Analyse Store continues it</source>
        <translation>分析を中止しました。ツール → ストアを分析 で続きから再開できます</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新しいストア</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw)</source>
        <translation>Tidewatch ストア (*.tidewatch *.tw)</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>ストアを作成できません</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>ストアを開く</translation>
    </message>
    <message>
        <source>Tidewatch stores (*.tidewatch *.tw);;All files (*)</source>
        <translation>Tidewatch ストア (*.tidewatch *.tw);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>ストアが開かれていません</translation>
    </message>
    <message>
        <source>Open or create a store first (File → New Store…), then import into it.</source>
        <translation>まずストアを開くか作成し（ファイル → 新しいストア…）、そこにインポートしてください。</translation>
    </message>
    <message>
        <source>%1 shown · %2 on disk</source>
        <translation>表示 %1 件 · ディスク上 %2</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>Follow the S&amp;ystem</source>
        <translation>システムに従う(&amp;Y)</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Tidewatch speaks %1 from its next start</source>
        <translation>次回の起動から Tidewatch は %1 で表示されます</translation>
    </message>
    <message>
        <source>Erased %L1 verbatims; %L2 under escalation blanked</source>
        <translation>%L1 件の声を消去し、エスカレーション中の %L2 件を空にしました</translation>
    </message>
    <message>
        <source>Purged %L1 verbatims; %L2 kept under escalation</source>
        <translation>%L1 件の声を削除し、エスカレーション中の %L2 件を残しました</translation>
    </message>
    <message>
        <source>Analysing… %L1 of %L2</source>
        <translation>分析中… %L2 件中 %L1 件</translation>
    </message>
    <message>
        <source>Categorising… %L1 of %L2</source>
        <translation>カテゴリー付け中… %L2 件中 %L1 件</translation>
    </message>
    <message>
        <source>Looking for personal data and flags… %L1 of %L2</source>
        <translation>個人データとフラグを検出中… %L2 件中 %L1 件</translation>
    </message>
    <message>
        <source>Analysed %L1 verbatims, categorised %L2, %L3 escalations opened</source>
        <translation>%L1 件の声を分析し、%L2 件にカテゴリーを付け、%L3 件のエスカレーションを作成しました</translation>
    </message>
    <message>
        <source>Stop after the current batch; what is analysed is kept, and Tools &gt; Analyse Store continues</source>
        <translation>現在のバッチの後で停止します。分析済みの分は残り、ツール &gt; ストアを分析 で続きから再開できます</translation>
    </message>
</context>
<context>
    <name>tw::ui::PdfReport</name>
    <message>
        <source>Customer feedback report: %1</source>
        <translation>顧客フィードバックレポート：%1</translation>
    </message>
    <message>
        <source>verbatims</source>
        <translation>件の声</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>上位カテゴリー</translation>
    </message>
    <message>
        <source>Customer feedback report</source>
        <translation>顧客フィードバックレポート</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>声 %1 件</translation>
    </message>
    <message>
        <source>%1 negative</source>
        <translation>否定的 %1</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>ストア：</translation>
    </message>
    <message>
        <source>Filters used:</source>
        <translation>使用した絞り込み：</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>作成対象：</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>作成日時：</translation>
    </message>
    <message>
        <source>This report holds what this role may see, as its lists show it: personal data as type tags such as [EMAIL] wherever the role reads redacted text, and verbatims with a restricted flag counted, never quoted, where the role may only count them.</source>
        <translation>このレポートには、このロールが閲覧できる内容が一覧と同じ形で含まれます。ロールが墨消しされた本文を読む箇所では個人データは [EMAIL] のような種類タグになり、件数のみ数えられる制限付きフラグの声は数えるだけで引用しません。</translation>
    </message>
    <message>
        <source>Verbatims</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>分析済み</translation>
    </message>
    <message>
        <source>Mean sentiment (−1 to 1)</source>
        <translation>平均センチメント（−1〜1）</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>否定的</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>肯定的</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>Customers who had to make an effort</source>
        <translation>手間をかけさせられた顧客</translation>
    </message>
    <message>
        <source>Mean intensity (0 to 1)</source>
        <translation>平均強度（0〜1）</translation>
    </message>
    <message>
        <source>Restricted verbatims, counted only</source>
        <translation>制限付きの声（件数のみ）</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>No categorised verbatims.</source>
        <translation>カテゴリー付けされた声はありません。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Emerging issues</source>
        <translation>新たな問題</translation>
    </message>
    <message>
        <source>No category rose beyond its baseline in these days.</source>
        <translation>この期間にベースラインを超えて増えたカテゴリーはありません。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>言及数</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>増加率</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>This role has no escalation queue.</source>
        <translation>このロールにはエスカレーションキューがありません。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>対応なしで完了</translation>
    </message>
    <message>
        <source>Median hours to action</source>
        <translation>対応までの時間（中央値）</translation>
    </message>
    <message>
        <source>Sample verbatims</source>
        <translation>声の例</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>最も否定的</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>最も肯定的</translation>
    </message>
    <message>
        <source>No analysed verbatims to quote.</source>
        <translation>引用できる分析済みの声はありません。</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>センチメント</translation>
    </message>
</context>
<context>
    <name>tw::ui::PhrasesView</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>First day of the recent window</source>
        <translation>直近の期間の初日</translation>
    </message>
    <message>
        <source>Last day of the recent window; the baseline is the four windows before it</source>
        <translation>直近の期間の最終日。ベースラインはその前の 4 期間です</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>最低 </translation>
    </message>
    <message>
        <source> verbatims</source>
        <translation> 件の声</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>フレーズ</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>直近</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>以前</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>上昇率</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>対数尤度</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Recent window</source>
        <translation>直近の期間</translation>
    </message>
    <message>
        <source>Pick the recent window and press Find: phrases that rise against the weeks before it. Double-click one to read its verbatims.</source>
        <translation>直近の期間を選んで「検索」を押すと、その前の週と比べて増えたフレーズを表示します。ダブルクリックするとその声を読めます。</translation>
    </message>
    <message>
        <source>Counting phrases…</source>
        <translation>フレーズを集計中…</translation>
    </message>
    <message>
        <source>%L1 recent verbatims against %L2 before (from %3): %L4 phrases rise</source>
        <translation>直近の声 %L1 件と以前の %L2 件（%3 から）を比較：増えたフレーズ %L4 件</translation>
    </message>
    <message>
        <source>Only this channel&apos;s verbatims (call, chat, email…); empty for all</source>
        <translation>このチャネルの声のみ（通話、チャット、メールなど）。空欄ならすべて</translation>
    </message>
    <message>
        <source>How many recent verbatims a phrase needs before it is listed</source>
        <translation>フレーズを一覧に載せるのに必要な直近の声の件数</translation>
    </message>
    <message>
        <source>Phrases whose share of the recent window rose significantly against the baseline</source>
        <translation>直近の期間での割合がベースラインに比べて有意に増えたフレーズ</translation>
    </message>
</context>
<context>
    <name>tw::ui::PiiStyle</name>
    <message>
        <source>Personal data redacted:</source>
        <translation>墨消しされた個人データ：</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarChart</name>
    <message>
        <source>Emerging issues: growth against corroboration</source>
        <translation>新たな問題：増加率と裏付け</translation>
    </message>
    <message>
        <source>Growth: mentions ÷ expected (times, log scale)</source>
        <translation>増加率：言及数 ÷ 期待値（倍、対数目盛）</translation>
    </message>
    <message>
        <source>Channels corroborating</source>
        <translation>裏付けるチャネル数</translation>
    </message>
    <message>
        <source>%1 · anger %2%3</source>
        <translation>%1 · 怒り %2%3</translation>
    </message>
</context>
<context>
    <name>tw::ui::RadarView</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Read Its Verbatims</source>
        <translation>その声を読む</translation>
    </message>
    <message>
        <source>First day looked at</source>
        <translation>対象の初日</translation>
    </message>
    <message>
        <source>Last day looked at; phrases are those emerging in its final weeks</source>
        <translation>対象の最終日。フレーズはその最後の数週間に現れたものです</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>Emerging phrases</source>
        <translation>新出フレーズ</translation>
    </message>
    <message>
        <source>Categories and phrases</source>
        <translation>カテゴリーとフレーズ</translation>
    </message>
    <message>
        <source>What a topic is: a leaf category, a phrase emerging in the window&apos;s final weeks, or both</source>
        <translation>トピックとは：末端のカテゴリー、期間の最後の数週間に現れたフレーズ、またはその両方</translation>
    </message>
    <message>
        <source>Open the selected finding&apos;s verbatims (its topic, days and channels) in the browser</source>
        <translation>選択した検出結果の声（トピック、日付、チャネル）を一覧で開きます</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Mentions / expected</source>
        <translation>言及数 / 期待値</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>増加率</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>怒り</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Open a store: the radar looks at all of it.</source>
        <translation>ストアを開いてください。レーダーはその全体を調べます。</translation>
    </message>
    <message>
        <source>Looking for emerging issues…</source>
        <translation>新たな問題を探しています…</translation>
    </message>
    <message>
        <source>No topic rises above its baseline in these %1 days.</source>
        <translation>この %1 日間にベースラインを超えたトピックはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n findings in %1 days of %2 topics</source>
        <translation>
            <numerusform>%2 トピックの %1 日間で %n 件を検出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new escalations opened</source>
        <translation>
            <numerusform>。新しいエスカレーションを %n 件作成</numerusform>
        </translation>
    </message>
    <message>
        <source>; no escalation could be opened: %1</source>
        <translation>。エスカレーションを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>. Select one for its days; double-click to read its verbatims.</source>
        <translation>。選択すると日ごとの推移を、ダブルクリックすると声を表示します。</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source> (+%n d)</source>
        <comment>days after the first channel</comment>
        <translation>
            <numerusform> （+%n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes with: %1</source>
        <translation>同時に現れるもの：%1</translation>
    </message>
    <message>
        <source>Mean anger of its verbatims, and its change a week; %1% of them negative</source>
        <translation>その声の平均の怒りと週ごとの変化。否定的なものは %1%</translation>
    </message>
    <message>
        <source>#%1 opened</source>
        <translation>#%1 を作成</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Look for topics rising above their baseline in these days, across channels</source>
        <translation>この期間にベースラインを超えて増えているトピックを、チャネルを横断して探します</translation>
    </message>
</context>
<context>
    <name>tw::ui::SentimentCharts</name>
    <message>
        <source>positive</source>
        <translation>肯定的</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>否定的</translation>
    </message>
    <message>
        <source>Sentiment by channel</source>
        <translation>チャネル別センチメント</translation>
    </message>
    <message>
        <source>mean sentiment</source>
        <translation>平均センチメント</translation>
    </message>
    <message>
        <source>negative share</source>
        <translation>否定的な割合</translation>
    </message>
    <message>
        <source>month (click)</source>
        <translation>月（クリック）</translation>
    </message>
    <message>
        <source>Sentiment over time (per month)</source>
        <translation>センチメントの推移（月別）</translation>
    </message>
</context>
<context>
    <name>tw::ui::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>サインイン — %1</translation>
    </message>
    <message>
        <source>This store has users. Sign in to see what your role may see; every sign-in is recorded in the store&apos;s audit trail.</source>
        <translation>このストアにはユーザーがいます。ロールに許された内容を見るにはサインインしてください。サインインはすべてストアの監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Your user name in this store</source>
        <translation>このストアでのユーザー名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Your password in this store; it also opens your role&apos;s keys to sealed text</source>
        <translation>このストアでのパスワード。封印された本文を開くロールの鍵もこれで開きます</translation>
    </message>
</context>
<context>
    <name>tw::ui::TaxonomyEditor</name>
    <message>
        <source>Save and apply</source>
        <translation>保存して適用</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>A rule: &quot;charged twice&quot; OR (charge* NEAR/3 twice) — empty for a group</source>
        <translation>ルール：&quot;charged twice&quot; OR (charge* NEAR/3 twice) — グループなら空欄</translation>
    </message>
    <message>
        <source>Check the whole taxonomy, store it, and re-apply the categories whose rules changed</source>
        <translation>分類全体を検査して保存し、ルールが変わったカテゴリーを再適用します</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>カテゴリーを追加</translation>
    </message>
    <message>
        <source>Add subcategory</source>
        <translation>サブカテゴリーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Rule (docs/rule-language.md)</source>
        <translation>ルール（docs/rule-language.md）</translation>
    </message>
    <message>
        <source>Taxonomy “%1”</source>
        <translation>分類「%1」</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A group: its verbatims are those of its subcategories</source>
        <translation>グループ：その声はサブカテゴリーの声です</translation>
    </message>
    <message>
        <source>No rule: nothing is assigned to this category</source>
        <translation>ルールなし：このカテゴリーには何も割り当てられません</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新しいカテゴリー</translation>
    </message>
    <message>
        <source>the taxonomy</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved; the changed categories are being applied in the background</source>
        <translation>保存しました。変更したカテゴリーをバックグラウンドで適用しています</translation>
    </message>
    <message>
        <source>%L1 verbatims match</source>
        <translation>一致する声 %L1 件</translation>
    </message>
    <message>
        <source>A new category beside the one selected</source>
        <translation>選択中のカテゴリーと同じ階層に新しいカテゴリーを作ります</translation>
    </message>
    <message>
        <source>A new category inside the one selected</source>
        <translation>選択中のカテゴリーの中に新しいカテゴリーを作ります</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories (saved with Save and apply)</source>
        <translation>選択中のカテゴリーとそのサブカテゴリーを削除します（「保存して適用」で保存）</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved and show the taxonomy as stored</source>
        <translation>保存していない変更を破棄し、保存済みの分類を表示します</translation>
    </message>
    <message>
        <source>The category&apos;s name as charts and filters show it; the path joins it to its parents with /</source>
        <translation>グラフや絞り込みに表示されるカテゴリー名。パスは親カテゴリーと / でつなぎます</translation>
    </message>
    <message>
        <source>about %1 verbatims match (from %2 of %3 candidates; counting all…)</source>
        <translation>約 %1 件の声が一致（候補 %3 件中 %2 件から推定。全件を集計中…）</translation>
    </message>
</context>
<context>
    <name>tw::ui::TimelineChart</name>
    <message>
        <source>Pick a finding to see its days</source>
        <translation>検出結果を選ぶと日ごとの推移を表示します</translation>
    </message>
    <message>
        <source>%1: mentions a day by channel; shaded, the baseline band; ringed, the bursts found</source>
        <translation>%1：チャネル別の 1 日の言及数。網掛けはベースラインの帯、丸印は見つかった急増</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>1 日の言及数</translation>
    </message>
    <message>
        <source>%1 baseline</source>
        <translation>%1 ベースライン</translation>
    </message>
    <message>
        <source>%1 burst</source>
        <translation>%1 急増</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimBrowser</name>
    <message>
        <source>Read in Full…</source>
        <translation>全文を読む…</translation>
    </message>
    <message>
        <source>Search with the rule language: refund*, &quot;on hold&quot;, ~cancel, late NEAR/3 delivery, channel:call, category:Billing, -exclude</source>
        <translation>ルール言語で検索：refund*、&quot;on hold&quot;、~cancel、late NEAR/3 delivery、channel:call、category:Billing、-除外</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, wildcards (refund*), stems (~cancel), AND / OR / NOT, NEAR/n, BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) and field filters such as channel:call, lang:de, date:2026-01..2026-03, rating:&lt;=2, sentiment:negative, category:Billing</source>
        <translation>単語、&quot;フレーズ&quot;、ワイルドカード（refund*）、語幹（~cancel）、AND / OR / NOT、NEAR/n、BEFORE/n、SENT(...)、CUSTOMER(...)、AGENT(...)、AFFIRMED(...)、および channel:call、lang:de、date:2026-01..2026-03、rating:&lt;=2、sentiment:negative、category:Billing などのフィールド絞り込み</translation>
    </message>
    <message>
        <source>Select a verbatim to read it in full.</source>
        <translation>声を選ぶと全文を読めます。</translation>
    </message>
    <message>
        <source>Show all verbatims again</source>
        <translation>すべての声を再表示</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the verbatims listed here (this search and filter) as CSV, Excel or JSON Lines, as your role reads them; the export is audited</source>
        <translation>ここに表示中の声（この検索と絞り込み）を、ロールが読める形のまま CSV・Excel・JSON Lines でエクスポートします。エクスポートは監査されます</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>声をエクスポート</translation>
    </message>
    <message>
        <source>Open the selected verbatim as written; you say why, and the opening is audited</source>
        <translation>選択した声を原文のまま開きます。理由を記入し、開いたことは監査されます</translation>
    </message>
    <message>
        <source>Read in Full</source>
        <translation>全文を読む</translation>
    </message>
    <message>
        <source>Why do you open this verbatim in full? (audited)</source>
        <translation>この声の全文を開く理由は？（監査されます）</translation>
    </message>
    <message>
        <source>%1 verbatims</source>
        <translation>声 %1 件</translation>
    </message>
    <message>
        <source>%1 verbatims · %2 flagged, counted only</source>
        <translation>声 %1 件 · フラグ付き %2 件（件数のみ）</translation>
    </message>
    <message>
        <source>Verbatims with a restricted flag (legal, safety, regulatory, criminal or HR) that your role may count but not read.</source>
        <translation>制限付きフラグ（法務、安全、規制、犯罪、人事）のある声で、あなたのロールは件数を数えられますが読めません。</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>絞り込み中…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing matches this search and filter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Try fewer words, a wildcard (refund*), OR between alternatives, or clear the filter with ✕.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;この検索と絞り込みに一致するものはありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;単語を減らす、ワイルドカード（refund*）を使う、候補の間に OR を入れる、または ✕ で絞り込みを解除してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Every verbatim here has a restricted flag.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your role counts them (%1) but does not read them; the escalation queue and legal reviewers do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ここにある声にはすべて制限付きフラグがあります。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;あなたのロールは件数（%1）を数えられますが読めません。読むのはエスカレーションキューと法務レビュー担当です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This store has no verbatims yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import a file with File &amp;gt; Import… (Ctrl+I), or drop a CSV, JSON Lines, JSON or text file on this window. Analysis starts by itself after the import.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;このストアにはまだ声がありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ファイル &amp;gt; インポート…（Ctrl+I）でファイルを取り込むか、CSV・JSON Lines・JSON・テキストのファイルをこのウィンドウにドロップしてください。インポート後に分析が自動で始まります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule error at %1: %2</source>
        <translation>ルールの %1 に誤りがあります：%2</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Why this score:</source>
        <translation>このスコアの理由：</translation>
    </message>
    <message>
        <source>The verbatim is no longer stored.</source>
        <translation>この声はもう保存されていません。</translation>
    </message>
    <message>
        <source>Verbatim #%1 in full, opened for: %2 (audited)</source>
        <translation>声 #%1 の全文。開いた目的：%2（監査済み）</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source> · source id %1</source>
        <translation> · 元の ID %1</translation>
    </message>
    <message>
        <source> · rating %1</source>
        <translation> · 評価 %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source> · sentiment %1 (%2)</source>
        <translation> · センチメント %1（%2）</translation>
    </message>
    <message>
        <source> · anger %1, fear %2, sadness %3, joy %4 · intensity %5</source>
        <translation> · 怒り %1、不安 %2、悲しみ %3、喜び %4 · 強度 %5</translation>
    </message>
    <message>
        <source>The text is encrypted at rest and your keys do not open it yet: an admin grants your role&apos;s key, and it reaches you after an admin&apos;s next sign-in.</source>
        <translation>本文は保存時に暗号化されており、あなたの鍵ではまだ開けません。管理者がロールの鍵を付与すると、管理者の次回サインイン後に届きます。</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>カテゴリー：%1</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <source>Import notes: %1</source>
        <translation>インポート時の注記：%1</translation>
    </message>
    <message>
        <source>newest %1 shown · counting…</source>
        <translation>最新の %1 件を表示 · 件数を集計中…</translation>
    </message>
</context>
<context>
    <name>tw::ui::VerbatimTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>anger</source>
        <translation>怒り</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>不安</translation>
    </message>
    <message>
        <source>sadness</source>
        <translation>悲しみ</translation>
    </message>
    <message>
        <source>joy</source>
        <translation>喜び</translation>
    </message>
    <message>
        <source>Sealed: your keys do not open it yet</source>
        <translation>封印中：あなたの鍵ではまだ開けません</translation>
    </message>
    <message>
        <source>The text is encrypted at rest. An admin grants your role&apos;s key; it reaches you after an admin&apos;s next sign-in.</source>
        <translation>本文は保存時に暗号化されています。管理者がロールの鍵を付与すると、管理者の次回サインイン後に届きます。</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>日付（UTC）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>センチメント</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>声</translation>
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
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Verbatims</source>
        <translation>声をエクスポート</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>何もエクスポートしていません：%1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>レポートを書き出していません：%1</translation>
    </message>
    <message>
        <source>No report was kept: it could not be audited (%1)</source>
        <translation>レポートを残していません：監査に記録できませんでした（%1）</translation>
    </message>
    <message>
        <source>Exported %L1 verbatims to %2</source>
        <translation>%L1 件の声を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source> (%L1 restricted ones your role may only count were left out)</source>
        <translation>（あなたのロールが件数のみ数えられる制限付きの %L1 件は除外しました）</translation>
    </message>
    <message>
        <source>Wrote the report of %L1 verbatims to %2</source>
        <translation>%L1 件の声のレポートを %2 に書き出しました</translation>
    </message>
</context>
<context>
    <name>tw::ui::Vocabulary</name>
    <message>
        <source>Adverse event</source>
        <translation>有害事象</translation>
    </message>
    <message>
        <source>Threat to sue</source>
        <translation>訴訟の示唆</translation>
    </message>
    <message>
        <source>Complaint to a regulator</source>
        <translation>規制当局への申し立て</translation>
    </message>
    <message>
        <source>Criminal or HR matter</source>
        <translation>犯罪・人事の問題</translation>
    </message>
    <message>
        <source>Violence or self-harm</source>
        <translation>暴力・自傷</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>差別</translation>
    </message>
    <message>
        <source>Privacy complaint</source>
        <translation>プライバシーの苦情</translation>
    </message>
    <message>
        <source>Threat to leave</source>
        <translation>解約の示唆</translation>
    </message>
    <message>
        <source>Emerging issue</source>
        <translation>新たな問題</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>サインイン拒否</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>Granted a role</source>
        <translation>ロールを付与</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>ユーザーを無効化</translation>
    </message>
    <message>
        <source>Changed a role&apos;s policy</source>
        <translation>ロールのポリシーを変更</translation>
    </message>
    <message>
        <source>Opened a restricted verbatim</source>
        <translation>制限付きの声を開いた</translation>
    </message>
    <message>
        <source>Refused a restricted verbatim</source>
        <translation>制限付きの声を拒否</translation>
    </message>
    <message>
        <source>Moved an escalation</source>
        <translation>エスカレーションを移動</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>監査証跡をエクスポート</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>肯定的</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>否定的</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>トリアージ済み</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>Closed, no action</source>
        <translation>対応なしで完了</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>報告済み</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>顧客に連絡済み</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>アナリスト</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>legal reviewer</source>
        <translation>法務レビュー担当</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>anonymous survey</source>
        <translation>匿名アンケート</translation>
    </message>
    <message>
        <source>identified, with consent to contact</source>
        <translation>本人特定あり、連絡への同意あり</translation>
    </message>
    <message>
        <source>identified, without consent to contact</source>
        <translation>本人特定あり、連絡への同意なし</translation>
    </message>
    <message>
        <source>public post</source>
        <translation>公開投稿</translation>
    </message>
    <message>
        <source>recorded call under its notice</source>
        <translation>告知のうえ録音された通話</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
</TS>
