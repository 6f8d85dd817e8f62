#include "views/pii_style.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace tw::ui {

QString piiColour(const std::string& type) {
    static const std::vector<std::pair<std::string, const char*>> colours{
        {"EMAIL", "#6a4c93"},         {"PHONE", "#1982c4"},         {"PAYMENT_CARD", "#c0392b"}, {"IBAN", "#a0522d"},
        {"NATIONAL_ID", "#8e44ad"},   {"IP_ADDRESS", "#2c3e50"},    {"PERSON", "#16a085"},       {"ADDRESS", "#d35400"},
        {"DATE_OF_BIRTH", "#7f8c8d"}, {"ACCOUNT_NUMBER", "#27632a"}};
    for (const auto& [name, colour] : colours) {
        if (name == type) return QString::fromLatin1(colour);
    }
    return QStringLiteral("#555555");
}

QString piiLegend(const core::Verbatim& v) {
    if (v.pii.empty()) return {};
    std::vector<std::pair<std::string, int>> kinds;
    for (const core::PiiMark& m : v.pii) {
        auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == m.type; });
        if (it == kinds.end()) {
            kinds.emplace_back(m.type, 1);
        } else {
            ++it->second;
        }
    }
    QString html = QStringLiteral("<p style='color:gray'>") +
                   QCoreApplication::translate("tw::ui::PiiStyle", "Personal data redacted:");
    for (const auto& [type, count] : kinds) {
        html += QStringLiteral(" <span style='background:%1;color:white;font-weight:bold'>&nbsp;%2&nbsp;</span>")
                    .arg(piiColour(type), QString::fromStdString(type));
        if (count > 1) html += QStringLiteral("×%1").arg(count);
    }
    return html + QStringLiteral("</p>");
}

QString markedHtml(const core::Verbatim& v, const std::vector<core::MatchSpan>& highlights) {
    const QList<uint> cps = QString::fromStdString(v.text).toUcs4();
    const auto n = static_cast<std::size_t>(cps.size());
    std::vector<int> kind(n, 0);  // 0 plain, 1 highlighted, 2 + k: inside v.pii[k]
    for (const core::MatchSpan& h : highlights) {
        for (std::size_t i = h.startCp; i < h.endCp && i < n; ++i) kind[i] = 1;
    }
    for (std::size_t k = 0; k < v.pii.size(); ++k) {
        for (std::size_t i = v.pii[k].startCp; i < v.pii[k].endCp && i < n; ++i) kind[i] = 2 + static_cast<int>(k);
    }
    QString html;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        QString run;
        for (; j < n && kind[j] == kind[i]; ++j) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps[static_cast<qsizetype>(j)]), 1);
            run += ch == QStringLiteral("\n") ? QStringLiteral("<br>") : ch.toHtmlEscaped();
        }
        if (kind[i] == 0) {
            html += run;
        } else if (kind[i] == 1) {
            html += QStringLiteral("<span style='background:#ffe27a;font-weight:bold'>%1</span>").arg(run);
        } else {
            html += QStringLiteral("<span style='background:%1;color:white;font-weight:bold'>%2</span>")
                        .arg(piiColour(v.pii[static_cast<std::size_t>(kind[i] - 2)].type), run);
        }
        i = j;
    }
    return html;
}

}  // namespace tw::ui
