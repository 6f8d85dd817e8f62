#include "models/verbatim_table_model.h"

#include "store/role_reader.h"
#include "vocabulary.h"

#include "jobs/worker_pool.h"
#include "util/civil_time.h"

#include <QColor>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace tw::ui {

namespace {
using IndexResult = core::Result<core::BrowseIndex>;
using PageResult = core::Result<std::vector<core::Verbatim>>;
using PreviewResult = core::Result<std::vector<core::Verbatim>>;
// Runs `read` on this worker's connection with the reader the access gives: the signed-in role's,
// or a plain one for a store without users.
template <class R, class Read>
R withReader(const std::string& path, const std::optional<core::AccessContext>& access, Read&& read) {
    return withThreadStore(path, [&](core::Store& s) -> R {
        if (!access) {
            core::VerbatimReader plain(s);
            return read(plain);
        }
        auto reader = core::RoleReader::open(s, *access);
        if (!reader) return reader.error();
        return read(*reader);
    });
}
QString oneLine(const std::string& s) {
    QString q = QString::fromStdString(s);
    q.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return q;
}
}  // namespace

VerbatimTableModel::VerbatimTableModel(QObject* parent) : QAbstractTableModel(parent) {
    pool_.setMaxThreadCount(1);  // one reader connection, requests served in order
    pool_.setExpiryTimeout(-1);  // keep the thread (and its connection) alive
}

VerbatimTableModel::~VerbatimTableModel() {
    pool_.clear();
    pool_.waitForDone();
}

void VerbatimTableModel::setStore(const QString& path) {
    path_ = path;
    refresh();
}

void VerbatimTableModel::setFilter(const core::BrowseFilter& filter) {
    filter_ = filter;
    refresh();
}

void VerbatimTableModel::refresh() {
    const quint64 gen = ++generation_;
    pool_.clear();  // drop queued page requests of the old generation
    beginResetModel();
    index_ = {};
    preview_.clear();
    pages_.clear();
    lru_.clear();
    pending_.clear();
    endResetModel();
    if (path_.isEmpty()) return;
    loadingIndex_ = true;
    std::string path = path_.toStdString();
    core::BrowseFilter filter = filter_;
    // A search, or a category (a chart's drill-down): its newest page first, served before the
    // index on the same worker (tens of milliseconds where the whole index takes longer). A
    // search's walk passes over the matches the other filters leave out; it gives up after a while
    // with the rows it has (a filter that keeps few of the newest matches), and the index follows.
    const bool searching = filter.search.find_first_not_of(" \t\r\n") != std::string::npos;
    if (searching || filter.category) {
        runAsync<PreviewResult>(
            pool_, this,
            [path, filter, searching, access = access_]() {
                return withReader<PreviewResult>(path, access, [&](auto& r) -> PreviewResult {
                    if (!searching) return r.firstPage(filter, kPageSize);
                    auto hits = r.search(filter, kPageSize, kPreviewBudgetMs);
                    if (!hits) return hits.error();
                    std::vector<core::Verbatim> rows;
                    for (auto& h : *hits) rows.push_back(std::move(h.verbatim));
                    return rows;
                });
            },
            [this, gen](PreviewResult rows) {
                if (gen != generation_ || !loadingIndex_ || !rows) return;  // the index says why it failed
                beginResetModel();
                preview_ = std::move(rows.value());
                endResetModel();
                Q_EMIT previewReady(static_cast<int>(preview_.size()));
            });
    }
    runAsync<IndexResult>(
        pool_, this,
        [path, filter, access = access_]() {
            return withReader<IndexResult>(path, access, [&](auto& r) { return r.index(filter, kPageSize); });
        },
        [this, gen](IndexResult index) {
            if (gen != generation_) return;  // a newer filter was set meanwhile
            swappingPreview_ = !preview_.empty() && index.ok();
            beginResetModel();  // the preview's rows give way to the index's
            loadingIndex_ = false;
            preview_.clear();
            if (index) index_ = std::move(index.value());
            endResetModel();
            swappingPreview_ = false;
            if (!index) {
                Q_EMIT failed(QString::fromStdString(index.error().describe()));
                return;
            }
            Q_EMIT indexReady(index_.total);
        });
}

int VerbatimTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return loadingIndex_ ? static_cast<int>(preview_.size()) : static_cast<int>(index_.total);
}

int VerbatimTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const core::Verbatim* VerbatimTableModel::cached(int row) const {
    if (loadingIndex_)
        return row >= 0 && static_cast<std::size_t>(row) < preview_.size() ? &preview_[static_cast<std::size_t>(row)]
                                                                           : nullptr;
    int page = row / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        requestPage(page);
        return nullptr;
    }
    // Mark as recently used.
    if (lru_.front() != page) {
        lru_.remove(page);
        lru_.push_front(page);
    }
    auto offset = static_cast<std::size_t>(row % kPageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

void VerbatimTableModel::requestPage(int page) const {
    if (pending_.count(page) || page < 0 || static_cast<std::size_t>(page) >= index_.anchors.size()) return;
    pending_.insert(page);
    const quint64 gen = generation_;
    std::string path = path_.toStdString();
    core::BrowseFilter filter = filter_;
    core::RowKey from = index_.anchors[static_cast<std::size_t>(page)];
    auto* self = const_cast<VerbatimTableModel*>(this);
    runAsync<PageResult>(
        pool_, self,
        [path, filter, from, access = access_]() {
            return withReader<PageResult>(path, access, [&](auto& r) { return r.page(filter, from, kPageSize); });
        },
        [self, gen, page](PageResult rows) {
            if (!rows) {
                if (gen == self->generation_) {
                    self->pending_.erase(page);
                    Q_EMIT self->failed(QString::fromStdString(rows.error().describe()));
                }
                return;
            }
            self->pageArrived(gen, page, std::move(rows.value()));
        });
}

void VerbatimTableModel::pageArrived(quint64 generation, int page, std::vector<core::Verbatim> rows) {
    if (generation != generation_) return;
    pending_.erase(page);
    pages_[page] = std::move(rows);
    lru_.push_front(page);
    while (lru_.size() > kMaxCachedPages) {
        pages_.erase(lru_.back());
        lru_.pop_back();
    }
    int first = page * kPageSize;
    int last = std::min(first + kPageSize, static_cast<int>(index_.total)) - 1;
    if (last >= first) Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

std::optional<core::Verbatim> VerbatimTableModel::verbatimAt(int row) const {
    if (row < 0 || row >= rowCount()) return std::nullopt;
    if (const auto* v = cached(row)) return *v;
    return std::nullopt;
}

QVariant VerbatimTableModel::data(const QModelIndex& idx, int role) const {
    if (!idx.isValid() || idx.row() >= rowCount()) return {};
    const core::Verbatim* v = cached(idx.row());
    if (role == LoadedRole) return v != nullptr;
    if (!v) {
        if (role == Qt::DisplayRole) return idx.column() == TextColumn ? tr("Loading…") : QString();
        if (role == Qt::ForegroundRole) return QColor(Qt::gray);
        return {};
    }
    switch (role) {
        case Qt::DisplayRole:
            switch (idx.column()) {
                case DateColumn:
                    // In the user's locale's short form (the header says UTC).
                    return v->createdAt
                               ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*v->createdAt, QTimeZone::utc()),
                                                    QLocale::ShortFormat)
                               : tr("undated");
                case ChannelColumn:
                    return QString::fromStdString(v->channel);
                case EmotionColumn: {
                    // The strongest emotion when it is clearly there.
                    static const char* names[] = {QT_TR_NOOP("anger"), QT_TR_NOOP("fear"), QT_TR_NOOP("sadness"),
                                                  QT_TR_NOOP("joy")};
                    auto it = std::max_element(v->emotions.begin(), v->emotions.end());
                    if (!v->sentiment || *it < 0.3) return QString();
                    return QStringLiteral("%1 %2").arg(tr(names[it - v->emotions.begin()])).arg(*it, 0, 'f', 2);
                }
                case SentimentColumn:
                    return v->sentiment
                               ? QStringLiteral("%1 %2").arg(sentimentWord(v->label)).arg(*v->sentiment, 0, 'f', 2)
                               : QString();
                case TextColumn:
                    if (v->locked) return tr("Sealed: your keys do not open it yet");
                    return oneLine(v->text);
            }
            break;
        case Qt::ForegroundRole:
            if (idx.column() == EmotionColumn && v->sentiment) {
                auto it = std::max_element(v->emotions.begin(), v->emotions.end());
                static const QColor colours[] = {QColor(0xb0, 0x20, 0x20), QColor(0x7a, 0x3d, 0xa8),
                                                 QColor(0x2f, 0x5f, 0xa8), QColor(0x1a, 0x7f, 0x37)};
                return colours[it - v->emotions.begin()];
            }
            if (idx.column() == SentimentColumn && v->sentiment) {
                if (v->label == "negative") return QColor(0xb0, 0x20, 0x20);
                if (v->label == "positive") return QColor(0x1a, 0x7f, 0x37);
                if (v->label == "mixed") return QColor(0x9a, 0x5b, 0x00);
            }
            break;
        case Qt::ToolTipRole:
            if (idx.column() == TextColumn && v->locked)
                return tr(
                    "The text is encrypted at rest. An admin grants your role's key; it reaches you after "
                    "an admin's next sign-in.");
            if (idx.column() == TextColumn) return QString::fromStdString(v->text.substr(0, 1000));
            break;
        case VerbatimIdRole:
            return QVariant::fromValue<qlonglong>(v->id);
        default:
            break;
    }
    return {};
}

QVariant VerbatimTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case DateColumn:
            return tr("Date (UTC)");
        case ChannelColumn:
            return tr("Channel");
        case SentimentColumn:
            return tr("Sentiment");
        case EmotionColumn:
            return tr("Emotion");
        case TextColumn:
            return tr("Verbatim");
    }
    return {};
}

}  // namespace tw::ui
