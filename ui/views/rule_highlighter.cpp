#include "views/rule_highlighter.h"

namespace tw::ui {

namespace {
QTextCharFormat coloured(const QColor& colour, bool bold = false) {
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold) f.setFontWeight(QFont::Bold);
    return f;
}
}  // namespace

RuleHighlighter::RuleHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    rules_.push_back(
        {QRegularExpression(QStringLiteral(R"(\b(AND|OR|NOT|SENT|CUSTOMER|AGENT|AFFIRMED)\b|\b(NEAR|BEFORE)/\d+)")),
         coloured(QColor(0x1f, 0x4e, 0xb4), true)});
    rules_.push_back(
        {QRegularExpression(QStringLiteral(R"([\w.]+:(?=\S))")), coloured(QColor(0x7a, 0x3d, 0xa8), true)});
    rules_.push_back({QRegularExpression(QStringLiteral(R"(~\w+|\w*[*?]\w*)")), coloured(QColor(0xb0, 0x60, 0x00))});
    rules_.push_back({QRegularExpression(QStringLiteral(R"([()])")), coloured(QColor(0x80, 0x80, 0x80), true)});
    rules_.push_back({QRegularExpression(QStringLiteral(R"("[^"]*"?)")), coloured(QColor(0x1a, 0x7f, 0x37))});
}

void RuleHighlighter::setError(int line, int column) {
    if (line == errorLine_ && column == errorColumn_) return;
    errorLine_ = line;
    errorColumn_ = column;
    rehighlight();
}

void RuleHighlighter::highlightBlock(const QString& text) {
    for (const Rule& r : rules_) {
        for (auto it = r.pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), r.format);
        }
    }
    if (errorLine_ > 0 && currentBlock().blockNumber() + 1 == errorLine_) {
        QTextCharFormat wavy;
        wavy.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wavy.setUnderlineColor(Qt::red);
        const int at = std::max(0, std::min(errorColumn_ - 1, static_cast<int>(text.size()) - 1));
        // From the error to the end of the word there (or one character at the end of the rule).
        int end = at + 1;
        while (end < text.size() && !text.at(end).isSpace()) ++end;
        for (int i = at; i < end && i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(Qt::red);
            setFormat(i, 1, f);
        }
        if (text.isEmpty()) setFormat(0, 0, wavy);
    }
}

std::pair<int, int> parseLineColumn(const QString& location) {
    static const QRegularExpression re(QStringLiteral(R"((\d+):(\d+))"));
    const auto m = re.match(location);
    if (!m.hasMatch()) return {0, 0};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

}  // namespace tw::ui
