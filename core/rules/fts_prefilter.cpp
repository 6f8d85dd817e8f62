#include "rules/fts_prefilter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace tw::core {

namespace {

// FTS5 string literal: double quotes doubled.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + "\"";
}

bool hasLetterOrDigit(const std::string& s) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto len = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < len;) {
        UChar32 c;
        U8_NEXT(p, i, len, c);
        if (c >= 0 && u_isalnum(c)) return true;
    }
    return false;
}

// The expression for a node, or nullopt when it cannot narrow the candidates.
std::optional<std::string> build(const QueryNode& n) {
    switch (n.kind) {
        case QueryNode::Kind::Term: {
            // Stems, and emoji or punctuation (which FTS5 does not index), cannot narrow.
            if (n.stem || !hasLetterOrDigit(n.text)) return std::nullopt;
            if (!n.wildcard) return quoted(n.text);
            // Only a leading literal part before the first wildcard narrows: "refund*" -> "refund"*.
            std::size_t cut = n.text.find_first_of("*?");
            if (cut < 2) return std::nullopt;
            return quoted(n.text.substr(0, cut)) + "*";
        }
        case QueryNode::Kind::Phrase: {
            // Plain words: FTS5's own phrase (consecutive tokens, punctuation ignored) is a superset
            // of ours (consecutive words within one sentence).
            const bool plain = std::all_of(n.children.begin(), n.children.end(), [](const auto& c) {
                return c->kind == QueryNode::Kind::Term && !c->stem && !c->wildcard && hasLetterOrDigit(c->text);
            });
            if (plain && !n.children.empty()) {
                std::string words;
                for (const auto& c : n.children) words += (words.empty() ? "" : " ") + c->text;
                return quoted(words);
            }
            // Otherwise the words of a phrase must all occur: their AND is a superset of the phrase.
            std::string out;
            for (const auto& c : n.children) {
                auto e = build(*c);
                if (!e) continue;
                out += (out.empty() ? "" : " AND ") + *e;
            }
            if (out.empty()) return std::nullopt;
            return "(" + out + ")";
        }
        case QueryNode::Kind::And:
        case QueryNode::Kind::Near:
        case QueryNode::Kind::Before: {
            std::string out;
            for (const auto& c : n.children) {
                auto e = build(*c);
                if (!e) continue;  // dropping a conjunct only widens the set
                out += (out.empty() ? "" : " AND ") + *e;
            }
            if (out.empty()) return std::nullopt;
            return "(" + out + ")";
        }
        case QueryNode::Kind::Or: {
            std::string out;
            for (const auto& c : n.children) {
                auto e = build(*c);
                if (!e) return std::nullopt;  // one unbounded alternative: no narrowing
                out += (out.empty() ? "" : " OR ") + *e;
            }
            return "(" + out + ")";
        }
        case QueryNode::Kind::Sentence:
        case QueryNode::Kind::Customer:
        case QueryNode::Kind::Agent:
        case QueryNode::Kind::Affirmed:
            return build(*n.children.front());
        case QueryNode::Kind::Not:
        case QueryNode::Kind::Field:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string ftsPrefilter(const QueryNode& rule) { return build(rule).value_or(""); }

}  // namespace tw::core
