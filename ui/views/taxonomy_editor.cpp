#include "views/taxonomy_editor.h"
#include "theme.h"

#include "store/rule_changes.h"

#include "store/role_reader.h"

#include "jobs/worker_pool.h"
#include "rules/kwic.h"
#include "rules/matcher.h"
#include "rules/taxonomy.h"
#include "store/category_repository.h"
#include "store/redacted_view.h"
#include "store/rule_search.h"
#include "views/rule_highlighter.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tw::ui {

namespace {
constexpr int kRuleRole = Qt::UserRole + 1;
constexpr int kSensitiveRole = Qt::UserRole + 2;

struct Preview {
    core::Status status = core::Ok{};
    core::RuleCount count;
    std::vector<std::string> samples;
};

void addItems(const QJsonArray& list, QTreeWidget* tree, QTreeWidgetItem* parent) {
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, o.value(QStringLiteral("name")).toString());
        item->setData(0, kRuleRole, o.value(QStringLiteral("rule")).toString());
        item->setData(0, kSensitiveRole, o.value(QStringLiteral("sensitive")).toBool());
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        addItems(o.value(QStringLiteral("children")).toArray(), tree, item);
    }
}

QJsonObject toJson(const QTreeWidgetItem* item) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), item->text(0));
    const QString rule = item->data(0, kRuleRole).toString();
    if (!rule.trimmed().isEmpty()) o.insert(QStringLiteral("rule"), rule);
    if (item->data(0, kSensitiveRole).toBool()) o.insert(QStringLiteral("sensitive"), true);
    if (item->childCount() > 0) {
        QJsonArray children;
        for (int i = 0; i < item->childCount(); ++i) children.append(toJson(item->child(i)));
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}
}  // namespace

TaxonomyEditor::TaxonomyEditor(QWidget* parent)
    : QWidget(parent),
      tree_(new QTreeWidget(this)),
      name_(new QLineEdit(this)),
      rule_(new QPlainTextEdit(this)),
      highlighter_(new RuleHighlighter(rule_->document())),
      error_(new QLabel(this)),
      preview_(new QLabel(this)),
      samples_(new QListWidget(this)),
      status_(new QLabel(this)),
      save_(new QPushButton(tr("Save and apply"), this)),
      debounce_(new QTimer(this)) {
    pool_.setMaxThreadCount(1);
    tree_->setHeaderLabel(tr("Categories"));
    tree_->setObjectName(QStringLiteral("taxonomyTree"));
    rule_->setObjectName(QStringLiteral("ruleEditor"));
    rule_->setPlaceholderText(tr("A rule: \"charged twice\" OR (charge* NEAR/3 twice) — empty for a group"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    rule_->setFont(mono);
    error_->setObjectName(QStringLiteral("ruleError"));
    followTheme(error_, [] { return QStringLiteral("QLabel { color: %1; }").arg(errorColour()); });
    error_->setWordWrap(true);
    preview_->setObjectName(QStringLiteral("rulePreview"));
    samples_->setWordWrap(true);
    save_->setToolTip(tr("Check the whole taxonomy, store it, and re-apply the categories whose rules changed"));
    auto* add = new QPushButton(tr("Add category"), this);
    auto* addChild = new QPushButton(tr("Add subcategory"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* revert = new QPushButton(tr("Revert"), this);
    add->setToolTip(tr("A new category beside the one selected"));
    addChild->setToolTip(tr("A new category inside the one selected"));
    remove->setToolTip(tr("Remove the selected category and its subcategories (saved with Save and apply)"));
    revert->setToolTip(tr("Forget the changes not yet saved and show the taxonomy as stored"));
    name_->setToolTip(tr("The category's name as charts and filters show it; the path joins it to its parents with /"));
    connect(add, &QPushButton::clicked, this, [this] { addCategory(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { addCategory(true); });
    connect(remove, &QPushButton::clicked, this, &TaxonomyEditor::removeCategory);
    connect(revert, &QPushButton::clicked, this, &TaxonomyEditor::reload);
    connect(save_, &QPushButton::clicked, this, &TaxonomyEditor::save);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tree_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addChild);
    buttons->addWidget(remove);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(new QLabel(tr("Rule (docs/rule-language.md)"), this));
    rightLayout->addWidget(rule_, 1);
    rightLayout->addWidget(error_);
    rightLayout->addWidget(preview_);
    rightLayout->addWidget(samples_, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(status_, 1);
    actions->addWidget(revert);
    actions->addWidget(save_);
    rightLayout->addLayout(actions);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, &TaxonomyEditor::runPreview);
    connect(tree_, &QTreeWidget::currentItemChanged, this, &TaxonomyEditor::showSelected);
    connect(rule_, &QPlainTextEdit::textChanged, this, &TaxonomyEditor::ruleEdited);
    connect(name_, &QLineEdit::textEdited, this, &TaxonomyEditor::nameEdited);
}

TaxonomyEditor::~TaxonomyEditor() {
    pool_.clear();
    pool_.waitForDone();
}

void TaxonomyEditor::setStore(const QString& path) {
    path_ = path;
    reload();
}

void TaxonomyEditor::reload() {
    if (path_.isEmpty()) return;
    using Loaded = core::Result<std::string>;
    runAsync<Loaded>(
        pool_, this,
        [path = path_.toStdString()]() {
            return withThreadStore(path, [](core::Store& s) -> Loaded {
                auto t = core::CategoryRepository(s).taxonomy();
                if (!t) return t.error();
                return t->toJson();
            });
        },
        [this](Loaded json) {
            if (!json) {
                status_->setText(QString::fromStdString(json.error().describe()));
                return;
            }
            const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
            loading_ = true;
            taxonomyName_ = doc.value(QStringLiteral("name")).toString();
            tree_->clear();
            addItems(doc.value(QStringLiteral("categories")).toArray(), tree_, nullptr);
            tree_->expandToDepth(0);
            loading_ = false;
            status_->setText(tr("Taxonomy “%1”").arg(taxonomyName_));
            if (tree_->topLevelItemCount() > 0) tree_->setCurrentItem(tree_->topLevelItem(0));
            Q_EMIT loaded();
        });
}

QString TaxonomyEditor::pathOf(const QTreeWidgetItem* item) const {
    QStringList parts;
    for (; item; item = item->parent()) parts.prepend(item->text(0));
    return parts.join(QLatin1Char('/'));
}

bool TaxonomyEditor::select(const QString& path) {
    const QStringList parts = path.split(QLatin1Char('/'));
    QTreeWidgetItem* found = nullptr;
    for (int i = 0; i < tree_->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (item->text(0) != parts[0]) continue;
        for (int depth = 1; item && depth < parts.size(); ++depth) {
            QTreeWidgetItem* next = nullptr;
            for (int c = 0; c < item->childCount() && !next; ++c) {
                if (item->child(c)->text(0) == parts[depth]) next = item->child(c);
            }
            item = next;
        }
        found = item;
    }
    if (found) tree_->setCurrentItem(found);
    return found != nullptr;
}

void TaxonomyEditor::showSelected() {
    QTreeWidgetItem* item = tree_->currentItem();
    loading_ = true;
    name_->setText(item ? item->text(0) : QString());
    rule_->setPlainText(item ? item->data(0, kRuleRole).toString() : QString());
    loading_ = false;
    name_->setEnabled(item != nullptr);
    rule_->setEnabled(item != nullptr);
    ruleEdited();
}

void TaxonomyEditor::nameEdited() {
    if (QTreeWidgetItem* item = tree_->currentItem()) item->setText(0, name_->text());
}

void TaxonomyEditor::ruleEdited() {
    // Re-colouring the rule changes the document's formats, which Qt reports as an edit.
    if (inRuleEdited_) return;
    inRuleEdited_ = true;
    struct Reset {
        bool& flag;
        ~Reset() { flag = false; }
    } reset{inRuleEdited_};
    QTreeWidgetItem* item = tree_->currentItem();
    const QString text = rule_->toPlainText();
    if (item && !loading_) item->setData(0, kRuleRole, text);
    // Checked as typed, on this thread: parsing is pure and takes microseconds.
    core::RuleSet check;
    if (!text.trimmed().isEmpty()) {
        if (auto added = check.add(text.toStdString()); !added) {
            const QString where = QString::fromStdString(added.error().location);
            const auto [line, column] = parseLineColumn(where);
            highlighter_->setError(line, column);
            error_->setText(tr("%1: %2").arg(where, QString::fromStdString(added.error().message)));
            error_->setVisible(true);
            preview_->clear();
            samples_->clear();
            return;
        }
    }
    highlighter_->setError(0, 0);
    error_->clear();
    error_->setVisible(false);
    if (text.trimmed().isEmpty()) {
        preview_->setText(item && item->childCount() > 0 ? tr("A group: its verbatims are those of its subcategories")
                                                         : tr("No rule: nothing is assigned to this category"));
        samples_->clear();
        return;
    }
    preview_->setText(tr("Counting…"));
    debounce_->start();
}

void TaxonomyEditor::runPreview() {
    const std::string rule = rule_->toPlainText().trimmed().toStdString();
    if (rule.empty() || path_.isEmpty()) return;
    const quint64 gen = ++generation_;
    latest_->store(gen);
    // First within the live budget (an estimate past it), then, if that was an estimate, the exact
    // count; a newer edit stops either.
    runPreviewPass(rule, gen, kPreviewBudgetMs);
}

void TaxonomyEditor::runPreviewPass(const std::string& rule, quint64 gen, std::int64_t budgetMs) {
    runAsync<Preview>(
        pool_, this,
        [path = path_.toStdString(), rule, access = access_, gen, latest = latest_, budgetMs]() {
            Preview p;
            auto store = threadStore(path);
            if (!store) {
                p.status = store.error();
                return p;
            }
            std::unordered_set<std::int64_t> hidden;
            if (access) {
                auto reader = core::RoleReader::open(**store, *access);
                auto ids =
                    reader ? reader->hiddenIds() : core::Result<std::unordered_set<std::int64_t>>(reader.error());
                if (!ids) {
                    p.status = ids.error();
                    return p;
                }
                hidden = std::move(*ids);
            }
            auto counted = core::countRuleMatches(
                **store, rule, budgetMs,
                [&](const core::RuleHit& h) {
                    if (static_cast<int>(p.samples.size()) < kSamples && !hidden.count(h.verbatim.id)) {
                        const core::RedactedSpans shown = core::redactWithSpans(h.verbatim.text, h.match.spans);
                        p.samples.push_back(core::markedSnippet(shown.text, shown.spans));
                    }
                },
                [&] { return latest->load() != gen; });
            if (!counted) {
                p.status = counted.error();
                return p;
            }
            p.count = *counted;
            return p;
        },
        [this, gen, rule](Preview p) {
            if (gen != generation_) return;
            if (!p.status) {
                preview_->setText(QString::fromStdString(p.status.error().describe()));
                return;
            }
            const qint64 matches = p.count.estimate();
            if (p.count.exact()) {
                preview_->setText(tr("%L1 verbatims match").arg(QLocale().toString(matches)));
            } else {
                preview_->setText(tr("about %1 verbatims match (from %2 of %3 candidates; counting all…)")
                                      .arg(QLocale().toString(matches), QLocale().toString(p.count.verified),
                                           QLocale().toString(p.count.candidates)));
            }
            if (samples_->count() == 0 || p.count.exact() || !p.samples.empty()) {
                samples_->clear();
                for (const auto& s : p.samples) samples_->addItem(QString::fromStdString(s));
            }
            if (p.count.exact()) {
                Q_EMIT previewReady(matches);
            } else {
                Q_EMIT previewEstimated(matches);
                runPreviewPass(rule, gen, 0);  // the exact count, unless a newer edit comes
            }
        });
}

void TaxonomyEditor::addCategory(bool asChild) {
    QTreeWidgetItem* current = tree_->currentItem();
    QTreeWidgetItem* parent = asChild ? current : (current ? current->parent() : nullptr);
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
    item->setText(0, tr("New category"));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (parent) parent->setExpanded(true);
    tree_->setCurrentItem(item);
    name_->setFocus();
    name_->selectAll();
}

void TaxonomyEditor::removeCategory() { delete tree_->currentItem(); }

QByteArray TaxonomyEditor::taxonomyJson() const {
    QJsonArray top;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) top.append(toJson(tree_->topLevelItem(i)));
    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("tidewatch-taxonomy")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("name"), taxonomyName_.isEmpty() ? QStringLiteral("taxonomy") : taxonomyName_},
                    {QStringLiteral("categories"), top}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

void TaxonomyEditor::save() {
    if (path_.isEmpty()) return;
    // The core checks the whole taxonomy; its message names the category and the rule's line:column.
    auto checked = core::Taxonomy::fromJson(taxonomyJson().toStdString(), tr("the taxonomy").toStdString());
    if (!checked) {
        status_->setText(QString::fromStdString(checked.error().describe()));
        status_->setStyleSheet(QStringLiteral("color: %1;").arg(errorColour()));
        return;
    }
    status_->setStyleSheet(QString());
    status_->setText(tr("Saving…"));
    save_->setEnabled(false);
    runAsync<core::Status>(
        pool_, this,
        [path = path_.toStdString(), json = taxonomyJson().toStdString(), access = access_]() -> core::Status {
            auto taxonomy = core::Taxonomy::fromJson(json, "the taxonomy");
            if (!taxonomy) return taxonomy.error();
            auto store = core::Store::open(path);  // a writable connection of its own
            if (!store) return store.error();
            // The core decides whether this role may change it, and audits the change.
            const char* user = std::getenv("USER");
            return core::changeRules(
                *store, access ? &*access : nullptr, user ? user : "tidewatch", core::RuleKind::Taxonomy, "taxonomy",
                "saved from the taxonomy editor (" + std::to_string(taxonomy->categories().size()) + " categories)",
                QDateTime::currentSecsSinceEpoch(),
                [&] { return core::CategoryRepository(*store).saveTaxonomy(*taxonomy); });
        },
        [this](core::Status st) {
            save_->setEnabled(true);
            if (!st) {
                status_->setText(QString::fromStdString(st.error().describe()));
                return;
            }
            status_->setText(tr("Saved; the changed categories are being applied in the background"));
            Q_EMIT saved();
        });
}

}  // namespace tw::ui
