#include "rules/query_parser.h"

#include "text/normalize.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>

namespace tw::core {

namespace {

constexpr int kMaxDepth = 64;
constexpr std::array<std::string_view, 9> kFields{
    "channel", "lang", "date", "rating", "sentiment", "effort", "emotion.anger", "emotion.fear", "emotion.sadness"};
// Also accepted: emotion.joy, intensity, attr.NAME, category.

bool analysisField(std::string_view name) {
    return name == "sentiment" || name == "effort" || name == "intensity" || name == "lang" ||
           name.starts_with("emotion.");
}

bool knownField(std::string_view name) {
    for (auto f : kFields) {
        if (f == name) return true;
    }
    return name == "emotion.joy" || name == "intensity" || name == "category" ||
           (name.starts_with("attr.") && name.size() > 5);
}

struct Lexeme {
    enum class Type { Word, Phrase, LParen, RParen, And, Or, Not, Near, Before, Scope, End };
    Type type = Type::End;
    std::string text;  // Word/Phrase content; Scope: SENT, CUSTOMER, AGENT
    int distance = 0;  // Near/Before
    int line = 1, column = 1;
};

const char* describe(Lexeme::Type t) {
    switch (t) {
        case Lexeme::Type::Word:
            return "a word";
        case Lexeme::Type::Phrase:
            return "a phrase";
        case Lexeme::Type::LParen:
            return "'('";
        case Lexeme::Type::RParen:
            return "')'";
        case Lexeme::Type::And:
            return "AND";
        case Lexeme::Type::Or:
            return "OR";
        case Lexeme::Type::Not:
            return "NOT";
        case Lexeme::Type::Near:
            return "NEAR/n";
        case Lexeme::Type::Before:
            return "BEFORE/n";
        case Lexeme::Type::Scope:
            return "a scope such as SENT(";
        case Lexeme::Type::End:
            return "the end of the rule";
    }
    return "?";
}

Error errorAt(int line, int column, const std::string& message) {
    return makeError(message, std::to_string(line) + ":" + std::to_string(column));
}

class Lexer {
public:
    explicit Lexer(std::string_view s) : s_(s) {}

    Result<std::vector<Lexeme>> run() {
        std::vector<Lexeme> out;
        while (true) {
            skipSpace();
            Lexeme lx;
            lx.line = line_;
            lx.column = column_;
            if (pos_ >= s_.size()) {
                out.push_back(lx);
                return out;
            }
            const char c = s_[pos_];
            if (c == '(' || c == ')') {
                lx.type = c == '(' ? Lexeme::Type::LParen : Lexeme::Type::RParen;
                advance(1);
            } else if (c == '"') {
                advance(1);
                std::size_t end = s_.find('"', pos_);
                if (end == std::string_view::npos)
                    return errorAt(lx.line, lx.column, "this phrase has no closing '\"'");
                lx.type = Lexeme::Type::Phrase;
                lx.text = std::string(s_.substr(pos_, end - pos_));
                advance(end - pos_ + 1);
            } else {
                std::size_t end = pos_;
                while (end < s_.size() && !std::isspace(static_cast<unsigned char>(s_[end])) && s_[end] != '(' &&
                       s_[end] != ')') {
                    if (s_[end] == '"') {  // a quoted field value: attr.store:"Berlin Mitte"
                        std::size_t close = s_.find('"', end + 1);
                        if (close == std::string_view::npos) {
                            return errorAt(line_, column_ + static_cast<int>(end - pos_),
                                           "this quoted value has no closing '\"'");
                        }
                        end = close + 1;
                        continue;
                    }
                    ++end;
                }
                std::string_view word = s_.substr(pos_, end - pos_);
                if (auto st = classify(word, end, lx); !st) return st.error();
                advance(end - pos_);
            }
            out.push_back(std::move(lx));
        }
    }

private:
    Status classify(std::string_view word, std::size_t end, Lexeme& lx) const {
        if (word == "AND")
            lx.type = Lexeme::Type::And;
        else if (word == "OR")
            lx.type = Lexeme::Type::Or;
        else if (word == "NOT")
            lx.type = Lexeme::Type::Not;
        else if (word.starts_with("NEAR/") || word.starts_with("BEFORE/")) {
            lx.type = word[0] == 'N' ? Lexeme::Type::Near : Lexeme::Type::Before;
            std::string_view n = word.substr(word.find('/') + 1);
            int d = 0;
            for (char ch : n) {
                if (!std::isdigit(static_cast<unsigned char>(ch)) || d > 1000) {
                    return errorAt(lx.line, lx.column,
                                   "expected a number of words after '" +
                                       std::string(word.substr(0, word.find('/') + 1)) + "', such as NEAR/5");
                }
                d = d * 10 + (ch - '0');
            }
            if (n.empty() || d < 1)
                return errorAt(lx.line, lx.column, "expected a distance of at least 1 word, such as NEAR/5");
            lx.distance = d;
        } else if ((word == "SENT" || word == "CUSTOMER" || word == "AGENT" || word == "AFFIRMED") && end < s_.size() &&
                   s_[end] == '(') {
            lx.type = Lexeme::Type::Scope;
            lx.text = std::string(word);
        } else {
            lx.type = Lexeme::Type::Word;
            lx.text = std::string(word);
        }
        return Ok{};
    }
    void skipSpace() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) advance(1);
    }
    void advance(std::size_t n) {
        for (std::size_t k = 0; k < n && pos_ < s_.size(); ++k, ++pos_) {
            if (s_[pos_] == '\n') {
                ++line_;
                column_ = 1;
            } else if ((static_cast<unsigned char>(s_[pos_]) & 0xC0) != 0x80) {
                ++column_;  // columns count code points
            }
        }
    }
    std::string_view s_;
    std::size_t pos_ = 0;
    int line_ = 1, column_ = 1;
};

std::unique_ptr<QueryNode> node(QueryNode::Kind kind, const Lexeme& at) {
    auto n = std::make_unique<QueryNode>();
    n->kind = kind;
    n->line = at.line;
    n->column = at.column;
    return n;
}

// Word pieces of free text as terms: "double-charge" is the phrase "double charge"; words with
// wildcards stay whole; emoji and emoticons are terms of their own.
void appendTerms(std::string_view text, const Lexeme& at, std::vector<std::unique_ptr<QueryNode>>& out) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view piece = text.substr(start, end - start);
        start = end + 1;
        if (piece.empty()) continue;
        bool stem = piece.front() == '~' && piece.size() > 1;
        if (stem) piece.remove_prefix(1);
        if (piece.find_first_of("*?") != std::string_view::npos) {
            auto t = node(QueryNode::Kind::Term, at);
            t->text = matchKey(piece);
            t->wildcard = true;
            out.push_back(std::move(t));
            continue;
        }
        TokenizedText tt = tokenize(piece);
        std::size_t before = out.size();
        for (const Token& tok : tt.tokens) {
            if (tok.kind == Token::Kind::Punct) continue;
            auto t = node(QueryNode::Kind::Term, at);
            t->text = matchKey(tok.norm);
            t->stem = stem && (tok.kind == Token::Kind::Word);
            out.push_back(std::move(t));
        }
        if (out.size() == before && !piece.empty()) {  // punctuation only: match it literally
            auto t = node(QueryNode::Kind::Term, at);
            t->text = std::string(piece);
            out.push_back(std::move(t));
        }
    }
}

class Parser {
public:
    explicit Parser(std::vector<Lexeme> lx) : lx_(std::move(lx)) {}

    Result<std::unique_ptr<QueryNode>> parse() {
        if (peek().type == Lexeme::Type::End)
            return errorAt(1, 1, "the rule is empty: expected a word, a phrase or a field filter");
        auto q = parseOr(0);
        if (!q) return q;
        if (peek().type != Lexeme::Type::End) {
            const Lexeme& l = peek();
            return errorAt(l.line, l.column,
                           std::string("unexpected ") + describe(l.type) +
                               (l.type == Lexeme::Type::RParen ? ": it closes no '('" : ""));
        }
        return q;
    }

private:
    using NodeResult = Result<std::unique_ptr<QueryNode>>;

    const Lexeme& peek() const { return lx_[pos_]; }
    const Lexeme& take() { return lx_[pos_ < lx_.size() - 1 ? pos_++ : pos_]; }
    static bool startsOperand(Lexeme::Type t) {
        return t == Lexeme::Type::Word || t == Lexeme::Type::Phrase || t == Lexeme::Type::LParen ||
               t == Lexeme::Type::Not || t == Lexeme::Type::Scope;
    }

    NodeResult binary(QueryNode::Kind kind, const Lexeme& at, std::unique_ptr<QueryNode> left,
                      std::unique_ptr<QueryNode> right) {
        if (left->kind == kind && (kind == QueryNode::Kind::And || kind == QueryNode::Kind::Or)) {
            left->children.push_back(std::move(right));
            return left;
        }
        auto n = node(kind, at);
        n->children.push_back(std::move(left));
        n->children.push_back(std::move(right));
        return n;
    }

    NodeResult parseOr(int depth) {
        auto left = parseAnd(depth);
        if (!left) return left;
        while (peek().type == Lexeme::Type::Or) {
            const Lexeme at = take();
            auto right = expectOperand(at, depth, &Parser::parseAnd);
            if (!right) return right;
            left = binary(QueryNode::Kind::Or, at, std::move(left.value()), std::move(right.value()));
        }
        return left;
    }

    NodeResult parseAnd(int depth) {
        auto left = parseProximity(depth);
        if (!left) return left;
        while (peek().type == Lexeme::Type::And || startsOperand(peek().type)) {
            const Lexeme at = peek();
            if (at.type == Lexeme::Type::And) take();
            auto right = expectOperand(at, depth, &Parser::parseProximity);
            if (!right) return right;
            left = binary(QueryNode::Kind::And, at, std::move(left.value()), std::move(right.value()));
        }
        return left;
    }

    NodeResult parseProximity(int depth) {
        auto left = parseUnary(depth);
        if (!left) return left;
        while (peek().type == Lexeme::Type::Near || peek().type == Lexeme::Type::Before) {
            const Lexeme at = take();
            auto right = expectOperand(at, depth, &Parser::parseUnary);
            if (!right) return right;
            auto kind = at.type == Lexeme::Type::Near ? QueryNode::Kind::Near : QueryNode::Kind::Before;
            auto n = binary(kind, at, std::move(left.value()), std::move(right.value()));
            n.value()->distance = at.distance;
            left = std::move(n);
        }
        return left;
    }

    NodeResult expectOperand(const Lexeme& after, int depth, NodeResult (Parser::*next)(int)) {
        if (!startsOperand(peek().type)) {
            const Lexeme& l = peek();
            return errorAt(l.line, l.column,
                           std::string("expected a word, a phrase, a field filter or '(' after ") +
                               describe(after.type) + ", found " + describe(l.type));
        }
        return (this->*next)(depth);
    }

    NodeResult parseUnary(int depth) {
        if (depth > kMaxDepth)
            return errorAt(peek().line, peek().column, "the rule nests too deeply (more than 64 levels)");
        const Lexeme at = peek();
        if (at.type == Lexeme::Type::Not) {
            take();
            auto inner = expectOperand(at, depth + 1, &Parser::parseUnary);
            if (!inner) return inner;
            auto n = node(QueryNode::Kind::Not, at);
            n->children.push_back(std::move(inner.value()));
            return n;
        }
        return parsePrimary(depth);
    }

    NodeResult parsePrimary(int depth) {
        const Lexeme at = take();
        switch (at.type) {
            case Lexeme::Type::LParen:
            case Lexeme::Type::Scope: {
                if (at.type == Lexeme::Type::Scope) take();  // its '('
                if (peek().type == Lexeme::Type::RParen) {
                    return errorAt(peek().line, peek().column,
                                   "expected a word, a phrase or a field filter inside the parentheses");
                }
                auto inner = parseOr(depth + 1);
                if (!inner) return inner;
                if (peek().type != Lexeme::Type::RParen) {
                    return errorAt(peek().line, peek().column,
                                   std::string("expected ')' to close the '(' at ") + std::to_string(at.line) + ":" +
                                       std::to_string(at.column) + ", found " + describe(peek().type));
                }
                take();
                if (at.type == Lexeme::Type::LParen) return inner;
                auto kind = at.text == "SENT"       ? QueryNode::Kind::Sentence
                            : at.text == "AGENT"    ? QueryNode::Kind::Agent
                            : at.text == "AFFIRMED" ? QueryNode::Kind::Affirmed
                                                    : QueryNode::Kind::Customer;
                auto n = node(kind, at);
                n->children.push_back(std::move(inner.value()));
                return n;
            }
            case Lexeme::Type::Phrase:
                return phrase(at);
            case Lexeme::Type::Word:
                return word(at);
            default:
                return errorAt(
                    at.line, at.column,
                    std::string("expected a word, a phrase, a field filter or '(', found ") + describe(at.type));
        }
    }

    NodeResult phrase(const Lexeme& at) {
        auto n = node(QueryNode::Kind::Phrase, at);
        appendTerms(at.text, at, n->children);
        if (n->children.empty()) return errorAt(at.line, at.column, "this phrase has no words");
        if (n->children.size() == 1) return std::move(n->children.front());
        return n;
    }

    NodeResult word(const Lexeme& at) {
        std::string_view w = at.text;
        if (w.size() > 1 && w.front() == '-') {  // -word: NOT word
            Lexeme inner = at;
            inner.text = std::string(w.substr(1));
            auto operand = word(inner);
            if (!operand) return operand;
            auto n = node(QueryNode::Kind::Not, at);
            n->children.push_back(std::move(operand.value()));
            return n;
        }
        std::size_t colon = w.find(':');
        if (colon != std::string_view::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(w.front()))) {
            return field(at, w.substr(0, colon), w.substr(colon + 1));
        }
        auto n = node(QueryNode::Kind::Phrase, at);
        appendTerms(w, at, n->children);
        if (n->children.empty()) return errorAt(at.line, at.column, "expected a word");
        if (n->children.size() == 1) return std::move(n->children.front());
        return n;
    }

    NodeResult field(const Lexeme& at, std::string_view name, std::string_view value) {
        std::string lower = foldCase(name);
        if (!knownField(lower)) {
            return errorAt(at.line, at.column,
                           "unknown field '" + std::string(name) +
                               "': expected channel, lang, date, rating, sentiment, effort, intensity, "
                               "emotion.anger|fear|sadness|joy, category or attr.NAME");
        }
        auto n = node(QueryNode::Kind::Field, at);
        n->field = lower;
        n->op = "=";
        for (std::string_view op : {"<=", ">=", "<", ">"}) {
            if (value.starts_with(op)) {
                n->op = std::string(op);
                value.remove_prefix(op.size());
                break;
            }
        }
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        if (std::size_t dots = value.find(".."); dots != std::string_view::npos && n->op == "=") {
            n->op = "..";
            n->valueTo = std::string(value.substr(dots + 2));
            value = value.substr(0, dots);
        }
        if (value.empty() && n->op != "..") {
            return errorAt(at.line, at.column + static_cast<int>(codePointCount(name)) + 1,
                           "expected a value after '" + std::string(name) + ":'");
        }
        n->value = std::string(value);
        return n;
    }

    std::vector<Lexeme> lx_;
    std::size_t pos_ = 0;
};

}  // namespace

std::string matchKey(std::string_view word) {
    std::string folded = foldCase(word);
    if (isAscii(folded)) return folded;
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err)) return folded;
    icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(folded), err);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c >= 0x0300 && c <= 0x036F) continue;  // combining diacritical marks
        stripped.append(c);
    }
    std::string out;
    nfc->normalize(stripped, err).toUTF8String(out);
    return U_FAILURE(err) ? folded : out;
}

Result<std::unique_ptr<QueryNode>> parseQuery(std::string_view text) {
    auto lexemes = Lexer(text).run();
    if (!lexemes) return lexemes.error();
    return Parser(std::move(lexemes.value())).parse();
}

bool readsAnalysis(const QueryNode& rule) {
    if (rule.kind == QueryNode::Kind::Field && analysisField(rule.field)) return true;
    for (const auto& child : rule.children)
        if (readsAnalysis(*child)) return true;
    return false;
}

}  // namespace tw::core
