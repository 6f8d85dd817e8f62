#pragma once
// The workbench's language: the system's unless the user chose one (Views > Language, kept in the
// settings). Our translations (translations/*.ts, compiled and embedded) and Qt's own (the standard
// buttons and file dialogs) are installed at start, and dates and numbers follow the same locale.

#include <QString>
#include <QStringList>

#include <vector>

namespace tw::ui {

struct UiLanguage {
    QString code;  // "de"
    QString name;  // in its own language: "Deutsch"
};

// The languages the workbench speaks, English first.
const std::vector<UiLanguage>& uiLanguages();

QString savedLanguage();  // empty: follow the system
void saveLanguage(const QString& code);

// What the workbench shows for a choice: the chosen language if it is one of ours, else the first
// of the system's preferred languages that is (de-CH counts as de), else English.
QString resolveLanguage(const QString& choice, const QStringList& systemLanguages);

// Installs our translation and Qt's for `code` on the application and, when the user chose a
// language other than the system's, makes that language's locale the default for dates and
// numbers. Returns false when our translation could not be loaded (the English texts show then).
// Call once, before any window is made.
bool installLanguage(const QString& code, bool chosen);

// At start: the saved choice, or the system's languages.
bool installSavedLanguage();

}  // namespace tw::ui
