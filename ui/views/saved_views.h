#pragma once
// Saved views: a named browser filter (search rule, channel, sentiment, days, category) with the
// tab it was on and the table's column layout, reopened in one click from the Views menu. Kept in
// the user's settings per store (QSettings "savedViews/<store path>"), so each analyst keeps their
// own views of each store.

#include "store/verbatim_reader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tw::ui {

struct SavedView {
    QString name;
    core::BrowseFilter filter;
    QString description;  // what the browser's chip said, if a dashboard filter was on
    int tab = 0;
    QByteArray columns;  // the table header's state
};

QJsonObject filterToJson(const core::BrowseFilter& filter);
core::BrowseFilter filterFromJson(const QJsonObject& json);

class SavedViews final {
public:
    explicit SavedViews(const QString& storePath);
    [[nodiscard]] QList<SavedView> list() const;  // by name
    [[nodiscard]] std::optional<SavedView> find(const QString& name) const;
    // Adds `view`, replacing the one of the same name.
    void save(const SavedView& view);
    void remove(const QString& name);

private:
    // Writes the views back without the one named `replaced`, and with `added` when given.
    void store(const QString& replaced, const SavedView* added);
    QString key_;
};

}  // namespace tw::ui
