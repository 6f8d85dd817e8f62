#include "views/verbatim_browser.h"
#include "theme.h"

#include "views/pii_style.h"
#include "views/view_exporter.h"

#include "jobs/worker_pool.h"
#include "models/verbatim_table_model.h"
#include "store/role_reader.h"
#include "store/rule_search.h"
#include "text/tokenizer.h"
#include "util/civil_time.h"
#include "vocabulary.h"

#include <algorithm>

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw::ui {

VerbatimBrowser::VerbatimBrowser(QWidget* parent)
    : QWidget(parent),
      model_(new VerbatimTableModel(this)),
      search_(new QLineEdit(this)),
      count_(new QLabel(this)),
      ruleError_(new QLabel(this)),
      chip_(new QLabel(this)),
      clearChip_(new QToolButton(this)),
      table_(new QTableView(this)),
      detail_(new QTextBrowser(this)),
      readFull_(new QPushButton(tr("Read in Full…"), this)),
      debounce_(new QTimer(this)),
      exporter_(new ViewExporter(this)),
      exportButton_(new QToolButton(this)),
      empty_(new QLabel(this)) {
    search_->setPlaceholderText(
        tr("Search with the rule language: refund*, \"on hold\", ~cancel, late NEAR/3 delivery, channel:call, "
           "category:Billing, -exclude"));
    search_->setToolTip(
        tr("Words, \"phrases\", wildcards (refund*), stems (~cancel), AND / OR / NOT, NEAR/n, "
           "BEFORE/n, SENT(...), CUSTOMER(...), AGENT(...), AFFIRMED(...) and field filters such as channel:call, "
           "lang:de, date:2026-01..2026-03, rating:<=2, sentiment:negative, category:Billing"));
    ruleError_->setObjectName(QStringLiteral("ruleError"));
    followTheme(ruleError_, [] { return QStringLiteral("QLabel { color: %1; }").arg(errorColour()); });
    ruleError_->setVisible(false);
    search_->setClearButtonEnabled(true);
    search_->setObjectName(QStringLiteral("searchBox"));
    table_->setModel(model_);
    table_->setObjectName(QStringLiteral("verbatimTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setColumnWidth(VerbatimTableModel::DateColumn, 130);
    table_->setColumnWidth(VerbatimTableModel::ChannelColumn, 80);
    table_->setColumnWidth(VerbatimTableModel::SentimentColumn, 110);
    table_->setColumnWidth(VerbatimTableModel::EmotionColumn, 100);
    table_->setAlternatingRowColors(true);
    detail_->setObjectName(QStringLiteral("verbatimDetail"));
    detail_->setPlaceholderText(tr("Select a verbatim to read it in full."));

    chip_->setObjectName(QStringLiteral("filterChip"));
    followTheme(chip_, chipStyleSheet);
    chip_->setVisible(false);
    clearChip_->setText(QStringLiteral("✕"));
    clearChip_->setToolTip(tr("Show all verbatims again"));
    clearChip_->setVisible(false);
    connect(clearChip_, &QToolButton::clicked, this, &VerbatimBrowser::clearFilter);
    auto* top = new QHBoxLayout;
    top->addWidget(search_, 1);
    top->addWidget(chip_);
    top->addWidget(clearChip_);
    top->addWidget(count_);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    exportButton_->setText(tr("Export…"));
    exportButton_->setToolTip(
        tr("Export the verbatims listed here (this search and filter) as CSV, Excel or JSON Lines, as your role "
           "reads them; the export is audited"));
    exportButton_->setEnabled(false);
    top->addWidget(exportButton_);
    connect(exportButton_, &QToolButton::clicked, this, &VerbatimBrowser::chooseExport);
    connect(exporter_, &ViewExporter::finished, this, [this](bool ok, const QString& message) {
        exportButton_->setEnabled(!model_->storePath().isEmpty());
        if (!ok) QMessageBox::warning(this, tr("Export Verbatims"), message);
        Q_EMIT exported(message);
    });
    readFull_->setToolTip(tr("Open the selected verbatim as written; you say why, and the opening is audited"));
    readFull_->setVisible(false);
    connect(readFull_, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Read in Full"), tr("Why do you open this verbatim in full? (audited)"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok) readInFull(reason);
    });
    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detail_, 1);
    detailLayout->addWidget(readFull_, 0, Qt::AlignRight);
    auto* split = new QSplitter(Qt::Vertical, this);
    // The table, or what to do when it has nothing to list.
    auto* tableOrEmpty = new QStackedWidget(this);
    tableOrEmpty->addWidget(table_);
    tableOrEmpty->addWidget(empty_);
    empty_->setObjectName(QStringLiteral("emptyState"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setTextFormat(Qt::RichText);
    empty_->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); padding: 24px; }"));
    split->addWidget(tableOrEmpty);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(ruleError_);
    layout->addWidget(split, 1);

    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(search_, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
    connect(debounce_, &QTimer::timeout, this, &VerbatimBrowser::applySearch);
    connect(search_, &QLineEdit::returnPressed, this, &VerbatimBrowser::applySearch);
    connect(model_, &VerbatimTableModel::indexReady, this, [this](qint64 total) {
        const qint64 countedOnly = model_->countedOnly();
        count_->setText(countedOnly == 0 ? tr("%1 verbatims").arg(QLocale().toString(total))
                                         : tr("%1 verbatims · %2 flagged, counted only")
                                               .arg(QLocale().toString(total), QLocale().toString(countedOnly)));
        count_->setToolTip(countedOnly == 0 ? QString()
                                            : tr("Verbatims with a restricted flag (legal, safety, regulatory, "
                                                 "criminal or HR) that your role may count but not read."));
        showEmptyState(total, countedOnly);
        Q_EMIT countChanged(total);
    });
    // A search's or a category's newest rows come before its count (seconds for a broad search).
    connect(model_, &VerbatimTableModel::previewReady, this, [this](int rows) {
        if (rows > 0) count_->setText(tr("newest %1 shown · counting…").arg(QLocale().toString(rows)));
    });
    connect(model_, &VerbatimTableModel::failed, this, [this](const QString& msg) { count_->setText(msg); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VerbatimBrowser::showDetail);
    // A search's first rows shown before its index are the index's first rows: the row the user
    // picked among them stays picked when the index comes.
    connect(model_, &VerbatimTableModel::modelAboutToBeReset, this, [this] {
        keepRow_ = model_->swappingPreview() && table_->currentIndex().isValid() ? table_->currentIndex().row() : -1;
    });
    connect(model_, &VerbatimTableModel::modelReset, this, [this] {
        connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VerbatimBrowser::showDetail,
                Qt::UniqueConnection);
        if (keepRow_ >= 0 && keepRow_ < model_->rowCount()) table_->selectRow(keepRow_);
        keepRow_ = -1;
    });
    connect(model_, &VerbatimTableModel::pageLoaded, this, [this] {
        if (table_->currentIndex().isValid() && detail_->toPlainText().isEmpty()) showDetail();
    });
}

void VerbatimBrowser::setStore(const QString& path) {
    detail_->clear();
    model_->setStore(path);
    exportButton_->setEnabled(!path.isEmpty() && !exporter_->busy());
}

void VerbatimBrowser::chooseReport() {
    if (model_->storePath().isEmpty() || exporter_->busy()) return;
    if (exporter_->chooseAndReport(this, model_->storePath(), model_->filter(), model_->access()))
        exportButton_->setEnabled(false);  // until this report is done
}

void VerbatimBrowser::chooseExport() {
    if (model_->storePath().isEmpty() || exporter_->busy()) return;
    if (exporter_->chooseAndExport(this, model_->storePath(), model_->filter(), model_->access()))
        exportButton_->setEnabled(false);  // until this export is done
}

void VerbatimBrowser::refresh() { model_->refresh(); }

void VerbatimBrowser::applyFilter(const core::BrowseFilter& filter, const QString& description) {
    core::BrowseFilter f = filter;
    f.search = search_->text().trimmed().toStdString();
    chip_->setText(description);
    chip_->setVisible(true);
    clearChip_->setVisible(true);
    detail_->clear();
    count_->setText(tr("filtering…"));
    model_->setFilter(f);
}

void VerbatimBrowser::showEmptyState(qint64 total, qint64 countedOnly) {
    auto* stack = qobject_cast<QStackedWidget*>(table_->parentWidget());
    if (total > 0) {
        stack->setCurrentWidget(table_);
        return;
    }
    const bool filtered = !(model_->filter() == core::BrowseFilter{});
    QString text;
    if (filtered)
        text =
            tr("<p><b>Nothing matches this search and filter.</b></p><p>Try fewer words, a wildcard "
               "(refund*), OR between alternatives, or clear the filter with ✕.</p>");
    else if (countedOnly > 0)
        text = tr("<p><b>Every verbatim here has a restricted flag.</b></p><p>Your role counts them (%1) but "
                  "does not read them; the escalation queue and legal reviewers do.</p>")
                   .arg(QLocale().toString(countedOnly));
    else
        text =
            tr("<p><b>This store has no verbatims yet.</b></p><p>Import a file with File &gt; Import… "
               "(Ctrl+I), or drop a CSV, JSON Lines, JSON or text file on this window. Analysis starts by "
               "itself after the import.</p>");
    empty_->setText(text);
    stack->setCurrentWidget(empty_);
}

void VerbatimBrowser::showView(const core::BrowseFilter& filter, const QString& description) {
    {
        const QSignalBlocker quiet(search_);  // no second run from the debounce
        search_->setText(QString::fromStdString(filter.search));
    }
    core::BrowseFilter rest = filter;
    rest.search.clear();
    if (rest == core::BrowseFilter{})
        clearFilter();
    else
        applyFilter(filter, description);
    applySearch();  // compiles the rule for the detail pane's highlights (the filter is already on)
}

QLabel* VerbatimBrowser::emptyState() const {
    auto* stack = qobject_cast<QStackedWidget*>(table_->parentWidget());
    return stack && stack->currentWidget() == empty_ ? empty_ : nullptr;
}

QString VerbatimBrowser::filterDescription() const { return chip_->isVisible() ? chip_->text() : QString(); }

void VerbatimBrowser::clearFilter() {
    chip_->setVisible(false);
    clearChip_->setVisible(false);
    core::BrowseFilter f;
    f.search = search_->text().trimmed().toStdString();
    detail_->clear();
    model_->setFilter(f);
}

void VerbatimBrowser::search(const QString& rule) {
    search_->setText(rule);
    applySearch();
}

void VerbatimBrowser::applySearch() {
    debounce_->stop();
    core::BrowseFilter f = model_->filter();
    f.search = search_->text().trimmed().toStdString();
    // The rule is checked here, as typed: a mistake is shown where it is and nothing is run.
    auto compiled = std::make_unique<core::RuleSet>();
    if (!f.search.empty()) {
        auto added = compiled->add(f.search);
        if (!added) {
            ruleError_->setText(tr("Rule error at %1: %2")
                                    .arg(QString::fromStdString(added.error().location),
                                         QString::fromStdString(added.error().message)));
            ruleError_->setVisible(true);
            return;
        }
    }
    ruleError_->setVisible(false);
    rule_ = f.search.empty() ? nullptr : std::move(compiled);
    if (f == model_->filter()) return;
    count_->setText(tr("searching…"));
    detail_->clear();
    model_->setFilter(f);
}

namespace {
struct Span {
    int start = 0, end = 0;  // code points
    double weight = 0;
    QString term, rules;
};

std::vector<Span> spansOf(const core::Verbatim& v) {
    std::vector<Span> spans;
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(v.explain));
    for (const auto& item : doc.array()) {
        QJsonObject o = item.toObject();
        QStringList rules;
        for (const auto& r : o.value(QStringLiteral("rules")).toArray()) rules << r.toString();
        spans.push_back({o.value(QStringLiteral("start")).toInt(), o.value(QStringLiteral("end")).toInt(),
                         o.value(QStringLiteral("weight")).toDouble(), o.value(QStringLiteral("term")).toString(),
                         rules.join(QStringLiteral(", "))});
    }
    return spans;
}
}  // namespace

// The verbatim with the search's matches underlined on yellow and the words that moved its score
// marked: green raised it, red lowered it.
QString VerbatimBrowser::highlightedText(const core::Verbatim& v) const {
    const std::vector<Span> spans = spansOf(v);
    const QString text = QString::fromStdString(v.text);
    const QList<uint> cps = text.toUcs4();
    const auto n = static_cast<std::size_t>(cps.size());
    std::vector<int> sentiment(n, -1);  // index into spans
    std::vector<char> hit(n, 0);
    std::vector<int> pii(n, -1);  // index into v.pii
    for (std::size_t k = 0; k < v.pii.size(); ++k) {
        for (std::size_t i = v.pii[k].startCp; i < v.pii[k].endCp && i < n; ++i) pii[i] = static_cast<int>(k);
    }
    for (std::size_t k = 0; k < spans.size(); ++k) {
        for (int i = std::max(0, spans[k].start); i < spans[k].end && i < static_cast<int>(n); ++i)
            sentiment[static_cast<std::size_t>(i)] = static_cast<int>(k);
    }
    if (rule_) {
        const core::TokenizedText tokens = core::tokenize(v.text);
        for (const core::MatchSpan& m : rule_->match(0, core::ruleInputFor(v, tokens)).spans) {
            for (std::size_t i = m.startCp; i < m.endCp && i < n; ++i) hit[i] = 1;
        }
    }
    QString html;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        QString run;
        while (j < n && sentiment[j] == sentiment[i] && hit[j] == hit[i] && pii[j] == pii[i]) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps[static_cast<qsizetype>(j)]), 1);
            run += ch == QStringLiteral("\n") ? QStringLiteral("<br>") : ch.toHtmlEscaped();
            ++j;
        }
        QString style;
        if (sentiment[i] >= 0) {
            const double w = spans[static_cast<std::size_t>(sentiment[i])].weight;
            style += QStringLiteral("background:%1;")
                         .arg(w < 0   ? QStringLiteral("#f6c9c9")
                              : w > 0 ? QStringLiteral("#c9ecd2")
                                      : QStringLiteral("#e6e6e6"));
        }
        if (hit[i]) style = QStringLiteral("background:#ffe27a;text-decoration:underline;font-weight:bold;");
        if (pii[i] >= 0) {
            style = QStringLiteral("background:%1;color:white;font-weight:bold;")
                        .arg(piiColour(v.pii[static_cast<std::size_t>(pii[i])].type));
        }
        html += style.isEmpty() ? run : QStringLiteral("<span style='%1'>%2</span>").arg(style, run);
        i = j;
    }
    return html;
}

QString VerbatimBrowser::explanationList(const core::Verbatim& v) const {
    const std::vector<Span> spans = spansOf(v);
    if (spans.empty()) return {};
    QString html = QStringLiteral("<p style='color:gray'>") + tr("Why this score:") + QStringLiteral("<br>");
    for (const Span& s : spans) {
        html += QStringLiteral("&nbsp;&nbsp;“%1” %2%3<br>")
                    .arg(s.term.toHtmlEscaped())
                    .arg(s.weight >= 0 ? QStringLiteral("+") : QString())
                    .arg(QString::number(s.weight, 'f', 2) +
                         (s.rules.isEmpty() ? QString() : QStringLiteral(" — ") + s.rules.toHtmlEscaped()));
    }
    return html + QStringLiteral("</p>");
}

void VerbatimBrowser::readInFull(const QString& reason) {
    auto v = model_->verbatimAt(table_->currentIndex().row());
    const auto& access = model_->access();
    if (!v || !access) return;
    using Opened = core::Result<std::optional<core::Verbatim>>;
    runAsync<Opened>(
        pool_, this,
        [path = model_->storePath().toStdString(), id = v->id, access = *access,
         why = reason.toStdString()]() -> Opened {
            auto store = core::Store::open(path);
            if (!store) return store.error();
            auto reader = core::RoleReader::open(*store, access);
            if (!reader) return reader.error();
            return reader->open(id, why, QDateTime::currentSecsSinceEpoch());
        },
        [this, reason](Opened opened) {
            if (!opened || !*opened) {
                detail_->setHtml(QStringLiteral("<p style='color:#b00'>") +
                                 (opened ? tr("The verbatim is no longer stored.")
                                         : QString::fromStdString(opened.error().describe()).toHtmlEscaped()) +
                                 QStringLiteral("</p>"));
                return;
            }
            const core::Verbatim& full = **opened;
            detail_->setHtml(
                QStringLiteral("<p style='color:#8a5a00'>") +
                tr("Verbatim #%1 in full, opened for: %2 (audited)").arg(full.id).arg(reason.toHtmlEscaped()) +
                QStringLiteral("</p><p>") + highlightedText(full) + QStringLiteral("</p>"));
            Q_EMIT openedInFull(full.id);
        });
}

void VerbatimBrowser::showDetail() {
    const auto& access = model_->access();
    readFull_->setVisible(access && access->policy.flagged == core::TextAccess::Full &&
                          access->policy.flaggedOpeningsNeedReason);
    auto v = model_->verbatimAt(table_->currentIndex().row());
    if (!v) {
        detail_->clear();
        return;
    }
    QString html = QStringLiteral("<p style='color:gray'>");
    html += tr("#%1 · %2 · %3")
                .arg(v->id)
                .arg(QString::fromStdString(v->channel).toHtmlEscaped(),
                     v->createdAt ? localTime(*v->createdAt) : tr("undated"));
    if (v->externalId) html += tr(" · source id %1").arg(QString::fromStdString(*v->externalId).toHtmlEscaped());
    if (v->rating) html += tr(" · rating %1").arg(*v->rating);
    if (v->language) html += tr(" · %1").arg(QString::fromStdString(*v->language).toHtmlEscaped());
    if (v->sentiment) {
        html += tr(" · sentiment %1 (%2)").arg(sentimentWord(v->label)).arg(*v->sentiment, 0, 'f', 2);
        html += tr(" · anger %1, fear %2, sadness %3, joy %4 · intensity %5")
                    .arg(v->emotions[0], 0, 'f', 2)
                    .arg(v->emotions[1], 0, 'f', 2)
                    .arg(v->emotions[2], 0, 'f', 2)
                    .arg(v->emotions[3], 0, 'f', 2)
                    .arg(v->intensity, 0, 'f', 2);
    }
    if (v->locked) {
        html += QStringLiteral("</p><p style='color:#8a5a00'>") +
                tr("The text is encrypted at rest and your keys do not open it yet: an admin grants your role's "
                   "key, and it reaches you after an admin's next sign-in.") +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("</p><p>") + highlightedText(*v) + QStringLiteral("</p>") + piiLegend(*v);
    }
    if (!v->categories.empty()) {
        QStringList names;
        for (const auto& c : v->categories)
            names << QString::fromStdString(c).replace(QLatin1Char('/'), QStringLiteral(" › "));
        html += QStringLiteral("<p style='color:#2f5fa8'>") +
                tr("Categories: %1").arg(names.join(QStringLiteral(" · ")).toHtmlEscaped()) + QStringLiteral("</p>");
    }
    html += explanationList(*v);
    if (v->attributes != "{}") {
        html += QStringLiteral("<p style='color:gray'>") +
                tr("Attributes: %1").arg(QString::fromStdString(v->attributes).toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    if (v->problems != "[]") {
        html += QStringLiteral("<p style='color:#a60'>") +
                tr("Import notes: %1").arg(QString::fromStdString(v->problems).toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    detail_->setHtml(html);
}

}  // namespace tw::ui
