#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <array>
#include <utility>

namespace tw::ui {

namespace {

// The translation context of this file's labels (lupdate reads it from here).
struct Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::Vocabulary)
};

using Entry = std::pair<const char*, const char*>;  // identifier, English label

template <std::size_t N>
QString lookUp(const std::array<Entry, N>& table, std::string_view id) {
    for (const auto& [key, label] : table)
        if (id == key) return Vocabulary::tr(label);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

constexpr std::array<Entry, 9> kTypes{{
    {"adverse_event", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Adverse event")},
    {"litigation_threat", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Threat to sue")},
    {"regulator_complaint", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Complaint to a regulator")},
    {"criminal_or_hr", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Criminal or HR matter")},
    {"violence_or_self_harm", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Violence or self-harm")},
    {"discrimination", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Discrimination")},
    {"privacy_complaint", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Privacy complaint")},
    {"churn_threat", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Threat to leave")},
    {"emerging_issue", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Emerging issue")},
}};

constexpr std::array<Entry, 12> kAuditActions{{
    {"sign_in", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Signed in")},
    {"sign_in_failed", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Sign-in refused")},
    {"user_add", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Added a user")},
    {"password_change", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Changed a password")},
    {"role_grant", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Granted a role")},
    {"user_disable", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Disabled a user")},
    {"policy_change", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Changed a role's policy")},
    {"open_restricted", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Opened a restricted verbatim")},
    {"open_restricted_refused", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Refused a restricted verbatim")},
    {"escalation_move", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Moved an escalation")},
    {"export", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Exported")},
    {"audit_export", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Exported the audit trail")},
}};

constexpr std::array<Entry, 4> kSentiments{{
    {"positive", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "positive")},
    {"neutral", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "neutral")},
    {"mixed", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "mixed")},
    {"negative", QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "negative")},
}};

constexpr std::array<const char*, 6> kStates{
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "New"),      QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Triaged"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Assigned"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "In review"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Actioned"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "Closed, no action")};
constexpr std::array<const char*, 3> kResolutions{QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "reported"),
                                                  QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "customer contacted"),
                                                  QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "fixed")};
constexpr std::array<const char*, 4> kSeverities{
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "low"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "medium"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "high"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "critical")};
constexpr std::array<const char*, 4> kRoles{
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "analyst"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "manager"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "legal reviewer"), QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "admin")};
constexpr std::array<const char*, 6> kConsents{
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "not recorded"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "anonymous survey"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "identified, with consent to contact"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "identified, without consent to contact"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "public post"),
    QT_TRANSLATE_NOOP("tw::ui::Vocabulary", "recorded call under its notice")};

template <std::size_t N, class Enum>
QString byIndex(const std::array<const char*, N>& table, Enum value) {
    return Vocabulary::tr(table.at(static_cast<std::size_t>(value)));
}

}  // namespace

QString escalationTypeLabel(std::string_view type) { return lookUp(kTypes, type); }
QString auditActionLabel(std::string_view action) { return lookUp(kAuditActions, action); }
QString sentimentWord(std::string_view label) { return lookUp(kSentiments, label); }
QString escalationStateLabel(core::EscalationState state) { return byIndex(kStates, state); }
QString resolutionLabel(core::Resolution resolution) { return byIndex(kResolutions, resolution); }
QString severityLabel(core::Severity severity) { return byIndex(kSeverities, severity); }
QString roleLabel(core::Role role) { return byIndex(kRoles, role); }
QString consentLabel(core::ConsentBasis basis) { return byIndex(kConsents, basis); }

QString localDay(std::int64_t unixSeconds) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).date(),
                              QLocale::ShortFormat);
}

QString localTime(std::int64_t unixSeconds) {
    return Vocabulary::tr("%1 UTC").arg(
        QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()), QLocale::ShortFormat));
}

}  // namespace tw::ui
