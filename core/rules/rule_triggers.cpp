#include "rules/rule_triggers.h"

namespace tw::core::triggers {

namespace {

// Past these sizes a node's triggers stay weaker (still necessary, only less selective).
constexpr std::size_t kMaxTriggers = 64, kMaxConjunction = 4;

Triggers allOf(const Triggers& a, const Triggers& b) {
    Triggers out;
    for (const Conjunction& x : a) {
        for (const Conjunction& y : b) {
            Conjunction c = x;
            for (Key t : y) {
                if (c.size() < kMaxConjunction && std::find(c.begin(), c.end(), t) == c.end()) c.push_back(t);
            }
            out.push_back(std::move(c));
        }
    }
    return out;
}

}  // namespace

std::optional<Triggers> triggersOf(const QueryNode& n) {
    switch (n.kind) {
        case QueryNode::Kind::Term:
            return Triggers{{n.termId}};
        case QueryNode::Kind::Phrase: {  // each word and the next, side by side
            Conjunction all;
            for (const auto& c : n.children) {
                if (c->kind != QueryNode::Kind::Term) return std::nullopt;
            }
            if (n.children.size() == 1) return Triggers{{n.children[0]->termId}};
            for (std::size_t i = 0; i + 1 < n.children.size(); ++i) {
                const Key k = pairKey(n.children[i]->termId, n.children[i + 1]->termId);
                if (all.size() < kMaxConjunction && std::find(all.begin(), all.end(), k) == all.end()) all.push_back(k);
            }
            if (all.empty()) return std::nullopt;
            return Triggers{all};
        }
        case QueryNode::Kind::Not:
        case QueryNode::Kind::Field:
            return std::nullopt;
        case QueryNode::Kind::Or: {
            Triggers all;
            for (const auto& c : n.children) {
                auto part = triggersOf(*c);
                if (!part) return std::nullopt;
                all.insert(all.end(), part->begin(), part->end());
            }
            return all;
        }
        default: {  // And, Near, Before and the scopes need all their parts
            std::optional<Triggers> out;
            for (const auto& c : n.children) {
                auto part = triggersOf(*c);
                if (!part) continue;
                if (!out) {
                    out = std::move(part);
                } else if (out->size() * part->size() <= kMaxTriggers) {
                    out = allOf(*out, *part);
                } else if (part->size() < out->size()) {
                    out = std::move(part);  // either part's alternatives are necessary: the fewer
                }
            }
            return out;
        }
    }
}

}  // namespace tw::core::triggers
