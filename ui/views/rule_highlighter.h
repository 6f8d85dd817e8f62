#pragma once
// Syntax colouring for rule text (docs/rule-language.md): operators, field filters, phrases,
// wildcards and stems, and a red wavy underline where the parser stopped.

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace tw::ui {

class RuleHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit RuleHighlighter(QTextDocument* document);
    // Marks the error at line:column (1-based, counted in characters); 0 clears it.
    void setError(int line, int column);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    std::vector<Rule> rules_;
    int errorLine_ = 0, errorColumn_ = 0;
};

// "1:12" -> {1, 12}; {0, 0} when the location is not a line:column.
std::pair<int, int> parseLineColumn(const QString& location);

}  // namespace tw::ui
