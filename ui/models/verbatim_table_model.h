#pragma once
// A windowed, asynchronous table model over a store's verbatims (newest first). It never loads
// all rows: a worker computes the row count and the key of every page's first row (the
// BrowseIndex); pages are fetched by keyset seek when the view asks for them, kept in an LRU
// cache, and shown as placeholders until they arrive. Every filter change bumps a generation
// number, and answers to older generations are dropped. A search (the search box, with or without
// other filters) or a category (a chart's drill-down) first shows its newest page from a quick
// query, while the index is computed.
// Lives on the UI thread; all store access happens on its worker pool.

#include "governance/access_context.h"
#include "store/verbatim_reader.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <list>
#include <optional>
#include <set>
#include <unordered_map>

namespace tw::ui {

class VerbatimTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, ChannelColumn, SentimentColumn, EmotionColumn, TextColumn, ColumnCount };
    enum Role { VerbatimIdRole = Qt::UserRole + 1, LoadedRole };
    static constexpr int kPageSize = 200;
    // How long a search's first page may take before it is shown with the rows it has.
    static constexpr int kPreviewBudgetMs = 250;
    static constexpr std::size_t kMaxCachedPages = 64;

    explicit VerbatimTableModel(QObject* parent = nullptr);
    ~VerbatimTableModel() override;

    void setStore(const QString& path);
    // Who reads: pages and totals follow that role's policy (store/role_reader.h). Nothing: a
    // store without users, read as before. Takes effect with the next setStore or refresh.
    void setAccess(std::optional<core::AccessContext> access) { access_ = std::move(access); }
    void setFilter(const core::BrowseFilter& filter);
    void refresh();  // re-reads the index (after an import)
    [[nodiscard]] const core::BrowseFilter& filter() const { return filter_; }
    [[nodiscard]] QString storePath() const { return path_; }
    [[nodiscard]] const std::optional<core::AccessContext>& access() const { return access_; }
    // Matching verbatims the signed-in role may only count (not rows of the model).
    [[nodiscard]] qint64 countedOnly() const { return index_.countedOnly; }
    // The verbatim at `row` when its page is loaded.
    [[nodiscard]] std::optional<core::Verbatim> verbatimAt(int row) const;
    [[nodiscard]] bool isLoading() const { return loadingIndex_; }
    // True during the reset that swaps a search's preview for its index: the first page keeps its
    // rows in the same order, so a view may keep its current row.
    [[nodiscard]] bool swappingPreview() const { return swappingPreview_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void indexReady(qint64 total);  // a new row count is in place
    void previewReady(int rows);    // a search's newest rows are shown before its index
    void failed(const QString& message);
    void pageLoaded(int page);

private:
    const core::Verbatim* cached(int row) const;
    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, std::vector<core::Verbatim> rows);

    QString path_;
    std::optional<core::AccessContext> access_;
    core::BrowseFilter filter_;
    quint64 generation_ = 0;
    bool loadingIndex_ = false;
    bool swappingPreview_ = false;
    core::BrowseIndex index_;
    std::vector<core::Verbatim> preview_;  // rows shown while the index is computed
    mutable std::unordered_map<int, std::vector<core::Verbatim>> pages_;
    mutable std::list<int> lru_;  // most recent first
    mutable std::set<int> pending_;
    mutable QThreadPool pool_;
};

}  // namespace tw::ui
