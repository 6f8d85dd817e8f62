#include "views/kwic_view.h"
#include "theme.h"

#include "store/role_reader.h"

#include "jobs/worker_pool.h"
#include "rules/matcher.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {

namespace {
using Rows = core::Result<std::vector<core::KwicRow>>;
const core::KwicSort kSorts[] = {core::KwicSort::Source, core::KwicSort::Match, core::KwicSort::Left,
                                 core::KwicSort::Right};
}  // namespace

KwicView::KwicView(QWidget* parent)
    : QWidget(parent),
      rule_(new QLineEdit(this)),
      width_(new QSpinBox(this)),
      sort_(new QComboBox(this)),
      run_(new QPushButton(tr("Show"), this)),
      export_(new QPushButton(tr("Export CSV…"), this)),
      status_(new QLabel(this)),
      table_(new QTableWidget(this)) {
    pool_.setMaxThreadCount(1);
    rule_->setPlaceholderText(tr("A word or a rule: refund*, \"on hold\", ~cancel, late NEAR/3 delivery…"));
    rule_->setObjectName(QStringLiteral("kwicRule"));
    rule_->setToolTip(tr("The same rule language as the browser's search; Enter shows the matches"));
    width_->setRange(10, 200);
    width_->setValue(50);
    width_->setSuffix(tr(" characters"));
    width_->setToolTip(tr("Context on each side of the match"));
    sort_->addItems({tr("Newest first"), tr("By match"), tr("By left context"), tr("By right context")});
    sort_->setToolTip(tr("The order of the lines: sorting by the words before or after the match groups its uses"));
    run_->setToolTip(tr("Every match of the rule with the words around it"));
    export_->setToolTip(tr("Save the lines shown as CSV, with the verbatim each comes from"));
    export_->setEnabled(false);
    table_->setColumnCount(5);
    table_->setHorizontalHeaderLabels({tr("Date"), tr("Channel"), tr("Left"), tr("Match"), tr("Right")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideLeft);
    auto* bar = new QHBoxLayout;
    bar->addWidget(rule_, 1);
    bar->addWidget(width_);
    bar->addWidget(sort_);
    bar->addWidget(run_);
    bar->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    status_->setText(tr("Type a word or a rule and press Enter to see every match in its context."));
    connect(rule_, &QLineEdit::returnPressed, this, &KwicView::run);
    connect(run_, &QPushButton::clicked, this, &KwicView::run);
    connect(sort_, &QComboBox::currentIndexChanged, this, &KwicView::run);
    connect(export_, &QPushButton::clicked, this, &KwicView::chooseExport);
    connect(table_, &QTableWidget::cellDoubleClicked, this,
            [this] { Q_EMIT searchRequested(rule_->text().trimmed()); });
}

KwicView::~KwicView() {
    pool_.clear();
    pool_.waitForDone();
}

void KwicView::setStore(const QString& path) {
    path_ = path;
    rows_.clear();
    table_->setRowCount(0);
    export_->setEnabled(false);
}

void KwicView::run() {
    const std::string rule = rule_->text().trimmed().toStdString();
    if (rule.empty() || path_.isEmpty()) return;
    core::RuleSet check;
    if (auto added = check.add(rule); !added) {
        status_->setText(
            tr("Rule error at %1: %2")
                .arg(QString::fromStdString(added.error().location), QString::fromStdString(added.error().message)));
        status_->setStyleSheet(QStringLiteral("color: %1;").arg(errorColour()));
        return;
    }
    status_->setStyleSheet(QString());
    status_->setText(tr("Searching…"));
    const quint64 gen = ++generation_;
    const auto width = static_cast<std::size_t>(width_->value());
    const core::KwicSort sort = kSorts[std::max(0, sort_->currentIndex())];
    runAsync<Rows>(
        pool_, this,
        [path = path_.toStdString(), rule, width, sort, access = access_]() {
            return withThreadStore(path, [&](core::Store& s) -> Rows {
                if (!access) return core::kwicQuery(s, rule, width, kMaxLines, sort);
                auto reader = core::RoleReader::open(s, *access);
                if (!reader) return reader.error();
                return reader->kwic(rule, width, kMaxLines, sort);
            });
        },
        [this, gen](Rows rows) {
            if (gen != generation_) return;
            if (!rows) {
                status_->setText(QString::fromStdString(rows.error().describe()));
                return;
            }
            show(std::move(rows.value()));
        });
}

void KwicView::show(std::vector<core::KwicRow> rows) {
    rows_ = std::move(rows);
    table_->setRowCount(static_cast<int>(rows_.size()));
    QFont bold = table_->font();
    bold.setBold(true);
    for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
        const core::KwicRow& r = rows_[static_cast<std::size_t>(i)];
        auto* left = new QTableWidgetItem(QString::fromStdString(r.line.left));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* match = new QTableWidgetItem(QString::fromStdString(r.line.match));
        match->setFont(bold);
        match->setForeground(QColor(0x1f, 0x4e, 0xb4));
        match->setTextAlignment(Qt::AlignCenter);
        table_->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(r.date)));
        table_->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(r.channel)));
        table_->setItem(i, 2, left);
        table_->setItem(i, 3, match);
        table_->setItem(i, 4, new QTableWidgetItem(QString::fromStdString(r.line.right)));
    }
    table_->resizeColumnToContents(3);
    export_->setEnabled(!rows_.empty());
    status_->setText(rows_.size() >= kMaxLines
                         ? tr("The first %L1 matches (refine the rule to see others)")
                               .arg(QLocale().toString(static_cast<qulonglong>(rows_.size())))
                         : tr("%1 matches").arg(QLocale().toString(static_cast<qulonglong>(rows_.size()))));
    Q_EMIT finished(static_cast<int>(rows_.size()));
}

bool KwicView::exportCsv(const QString& file) {
    QFile out(file);
    const std::string csv = core::kwicCsv(rows_);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size())) {
        status_->setText(tr("Could not write %1: %2").arg(file, out.errorString()));
        return false;
    }
    status_->setText(tr("Exported %L1 lines to %2").arg(rows_.size()).arg(file));
    return true;
}

void KwicView::chooseExport() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Export concordance"), QStringLiteral("kwic.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty()) exportCsv(file);
}

}  // namespace tw::ui
