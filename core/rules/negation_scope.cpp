#include "rules/negation_scope.h"

#include "analysis/lexicon.h"

#include <string>

namespace tw::core {

namespace {

bool endsClause(const Token& t) {
    return t.kind == Token::Kind::Punct && t.text.size() == 1 &&
           std::string_view(",;:.!?").find(t.text[0]) != std::string_view::npos;
}

}  // namespace

void markNegated(const TokenizedText& text, std::string_view language, std::vector<std::uint8_t>& out) {
    const std::string lang(language);
    const Lexicon& lexicon = builtinLexicon(hasBuiltinLexicon(lang) ? lang : "en");
    const auto& tokens = text.tokens;
    out.assign(tokens.size(), 0);
    bool open = false;  // a negator's scope is open
    int since = 0;      // words after the negator
    std::size_t sentence = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.sentence != sentence || endsClause(t)) {
            open = false;
            sentence = t.sentence;
        }
        if (t.kind != Token::Kind::Word && t.kind != Token::Kind::Number) continue;
        out[i] = open && since < kModifierReachWords ? 1 : 0;
        const Lexicon::Found* found = lexicon.lookup(t.norm, t.hash);  // with the tokenizer's hash
        const LexiconEntry* e = found && found->value.isEntry ? &found->value.entry : nullptr;
        if (e && e->kind == TermKind::Negator) {
            open = true;
            since = 0;
        } else if (e && e->kind == TermKind::Contrast) {
            open = false;
        } else {
            ++since;
        }
    }
}

}  // namespace tw::core
