#include "views/saved_views.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace tw::ui {

namespace {

void putString(QJsonObject& json, const char* key, const std::optional<std::string>& value) {
    if (value) json.insert(QLatin1String(key), QString::fromStdString(*value));
}

void putTime(QJsonObject& json, const char* key, const std::optional<std::int64_t>& value) {
    if (value) json.insert(QLatin1String(key), static_cast<double>(*value));
}

std::optional<std::string> getString(const QJsonObject& json, const char* key) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isString()) return std::nullopt;
    return v.toString().toStdString();
}

std::optional<std::int64_t> getTime(const QJsonObject& json, const char* key) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isDouble()) return std::nullopt;
    return static_cast<std::int64_t>(v.toDouble());
}

QJsonObject viewToJson(const SavedView& v) {
    QJsonObject json;
    json.insert(QStringLiteral("name"), v.name);
    json.insert(QStringLiteral("filter"), filterToJson(v.filter));
    json.insert(QStringLiteral("description"), v.description);
    json.insert(QStringLiteral("tab"), v.tab);
    json.insert(QStringLiteral("columns"), QString::fromLatin1(v.columns.toBase64()));
    return json;
}

SavedView viewFromJson(const QJsonObject& json) {
    SavedView v;
    v.name = json.value(QStringLiteral("name")).toString();
    v.filter = filterFromJson(json.value(QStringLiteral("filter")).toObject());
    v.description = json.value(QStringLiteral("description")).toString();
    v.tab = json.value(QStringLiteral("tab")).toInt();
    v.columns = QByteArray::fromBase64(json.value(QStringLiteral("columns")).toString().toLatin1());
    return v;
}

}  // namespace

QJsonObject filterToJson(const core::BrowseFilter& f) {
    QJsonObject json;
    if (!f.search.empty()) json.insert(QStringLiteral("search"), QString::fromStdString(f.search));
    putString(json, "channel", f.channel);
    putString(json, "label", f.label);
    putString(json, "category", f.category);
    putTime(json, "from", f.from);
    putTime(json, "until", f.until);
    return json;
}

core::BrowseFilter filterFromJson(const QJsonObject& json) {
    core::BrowseFilter f;
    f.search = json.value(QStringLiteral("search")).toString().toStdString();
    f.channel = getString(json, "channel");
    f.label = getString(json, "label");
    f.category = getString(json, "category");
    f.from = getTime(json, "from");
    f.until = getTime(json, "until");
    return f;
}

SavedViews::SavedViews(const QString& storePath)
    : key_(QStringLiteral("savedViews/") +
           QString::fromLatin1(
               QFileInfo(storePath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding))) {}

QList<SavedView> SavedViews::list() const {
    QList<SavedView> views;
    const QJsonArray all = QJsonDocument::fromJson(QSettings().value(key_).toByteArray()).array();
    for (const QJsonValue& v : all) views << viewFromJson(v.toObject());
    std::sort(views.begin(), views.end(),
              [](const SavedView& a, const SavedView& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return views;
}

std::optional<SavedView> SavedViews::find(const QString& name) const {
    for (const SavedView& v : list()) {
        if (v.name == name) return v;
    }
    return std::nullopt;
}

void SavedViews::save(const SavedView& view) { store(view.name, &view); }

void SavedViews::remove(const QString& name) { store(name, nullptr); }

void SavedViews::store(const QString& replaced, const SavedView* added) {
    QJsonArray all;
    for (const SavedView& v : list()) {
        if (v.name != replaced) all.append(viewToJson(v));
    }
    if (added) all.append(viewToJson(*added));
    QSettings().setValue(key_, QJsonDocument(all).toJson(QJsonDocument::Compact));
}

}  // namespace tw::ui
