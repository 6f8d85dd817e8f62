#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tw::ui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

const std::vector<UiLanguage>& uiLanguages() {
    static const std::vector<UiLanguage> languages{{QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")},
                                                   {QStringLiteral("es"), QStringLiteral("Español")},
                                                   {QStringLiteral("ja"), QStringLiteral("日本語")}};
    return languages;
}

QString savedLanguage() { return QSettings().value(kSettingsKey).toString(); }

void saveLanguage(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QString resolveLanguage(const QString& choice, const QStringList& systemLanguages) {
    auto ours = [](const QString& tag) {
        const QString base = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const auto& language : uiLanguages())
            if (language.code == base) return base;
        return QString();
    };
    if (QString chosen = ours(choice); !chosen.isEmpty()) return chosen;
    for (const auto& tag : systemLanguages)
        if (QString found = ours(tag); !found.isEmpty()) return found;
    return QStringLiteral("en");
}

bool installLanguage(const QString& code, bool chosen) {
    auto* app = QCoreApplication::instance();
    if (chosen && QLocale::system().language() != QLocale(code).language()) QLocale::setDefault(QLocale(code));
    if (code == QStringLiteral("en")) return true;  // the source texts
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;  // Qt's own dialogs stay in English; ours are still translated
    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/tidewatch_") + code)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

bool installSavedLanguage() {
    const QString choice = savedLanguage();
    return installLanguage(resolveLanguage(choice, QLocale::system().uiLanguages()), !choice.isEmpty());
}

}  // namespace tw::ui
