#include "rules/taxonomy.h"

#include "util/embedded_resources.h"
#include "util/hash.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tw::core {

namespace {

using nlohmann::json;

std::string hex(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

Status addCategories(const json& list, int parent, const std::string& prefix, const std::string& source,
                     std::vector<Category>& out) {
    if (!list.is_array())
        return makeError("'categories' and 'children' must be arrays",
                         source + ": " + (prefix.empty() ? "top level" : prefix));
    for (const json& c : list) {
        if (!c.is_object() || !c.contains("name") || !c["name"].is_string() || c["name"].get<std::string>().empty()) {
            return makeError("every category needs a non-empty \"name\"",
                             source + ": " + (prefix.empty() ? "top level" : prefix));
        }
        Category cat;
        cat.name = c["name"].get<std::string>();
        if (cat.name.find('/') != std::string::npos) {
            return makeError("a category name may not contain '/'", source + ": " + prefix + cat.name);
        }
        cat.path = prefix + cat.name;
        cat.parent = parent;
        if (c.contains("rule")) {
            if (!c["rule"].is_string()) return makeError("\"rule\" must be a string", source + ": " + cat.path);
            cat.rule = c["rule"].get<std::string>();
        }
        cat.sensitive = c.value("sensitive", false);
        for (const auto& other : out) {
            if (other.path == cat.path) return makeError("two categories have this path", source + ": " + cat.path);
        }
        const int index = static_cast<int>(out.size());
        out.push_back(cat);
        if (c.contains("children")) {
            if (auto st = addCategories(c["children"], index, cat.path + "/", source, out); !st) return st;
        }
    }
    return Ok{};
}

}  // namespace

Result<Taxonomy> Taxonomy::fromJson(std::string_view text, const std::string& source) {
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return makeError("this is not valid JSON", source);
    if (!doc.is_object() || doc.value("format", "") != "tidewatch-taxonomy") {
        return makeError("expected a Tidewatch taxonomy: an object with \"format\": \"tidewatch-taxonomy\"", source);
    }
    if (doc.value("version", 0) != 1)
        return makeError("unsupported taxonomy version (this Tidewatch reads version 1)", source);
    Taxonomy t;
    t.name_ = doc.value("name", "taxonomy");
    if (!doc.contains("categories")) return makeError("the taxonomy has no \"categories\"", source);
    if (auto st = addCategories(doc["categories"], -1, "", source, t.categories_); !st) return st.error();
    Hasher h;
    h.add(t.name_);
    for (auto& c : t.categories_) {
        h.add(c.path).add(c.rule).add(static_cast<std::uint64_t>(c.sensitive));
        if (c.rule.empty()) continue;
        auto id = t.rules_.add(c.rule);
        if (!id) {
            return makeError(id.error().message, source + ": category '" + c.path + "', rule " + id.error().location);
        }
        c.ruleIndex = id.value();
        t.categoryOfRule_.resize(c.ruleIndex + 1, -1);
        t.categoryOfRule_[c.ruleIndex] = static_cast<int>(&c - t.categories_.data());
    }
    t.fingerprint_ = "taxonomy-1:" + hex(h.digest());
    return t;
}

const Taxonomy& Taxonomy::builtin() {
    static const Taxonomy t = [] {
        auto r = fromJson(embeddedResource("default.json"), "default.json");
        // The compiled-in taxonomy is ours and tested; a failure here is a programmer error.
        assert(r.ok());
        return std::move(r.value());
    }();
    return t;
}

std::string Taxonomy::toJson() const {
    // Rebuild the tree from the flat list (children follow their parent).
    std::vector<json> nodes(categories_.size());
    for (std::size_t i = 0; i < categories_.size(); ++i) {
        const Category& c = categories_[i];
        nodes[i] = json{{"name", c.name}};
        if (!c.rule.empty()) nodes[i]["rule"] = c.rule;
        if (c.sensitive) nodes[i]["sensitive"] = true;
    }
    json roots = json::array();
    for (std::size_t i = categories_.size(); i-- > 0;) {
        const Category& c = categories_[i];
        json& target = c.parent < 0 ? roots : nodes[static_cast<std::size_t>(c.parent)]["children"];
        if (!target.is_array()) target = json::array();
        target.insert(target.begin(), nodes[i]);
    }
    json doc{{"format", "tidewatch-taxonomy"}, {"version", 1}, {"name", name_}, {"categories", roots}};
    return doc.dump(1);
}

int Taxonomy::find(std::string_view path) const {
    for (std::size_t i = 0; i < categories_.size(); ++i) {
        if (categories_[i].path == path) return static_cast<int>(i);
    }
    return -1;
}

std::string Taxonomy::ruleFingerprint(int category) const {
    const Category& c = categories_[static_cast<std::size_t>(category)];
    return hex(Hasher().add(c.path).add(c.rule).digest());
}

bool Taxonomy::usesField(std::string_view field) const {
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        if (anyNode(rules_.rule(i),
                    [&](const QueryNode& n) { return n.kind == QueryNode::Kind::Field && n.field == field; }))
            return true;
    }
    return false;
}

std::vector<std::size_t> sentencesOf(const std::vector<MatchSpan>& spans, const TokenizedText& tokens) {
    std::vector<std::size_t> out;
    for (const MatchSpan& s : spans) {
        for (std::size_t k = 0; k < tokens.sentences.size(); ++k) {
            const Sentence& sen = tokens.sentences[k];
            if (s.startCp >= sen.startCp && s.startCp < sen.endCp && (out.empty() || out.back() != k)) out.push_back(k);
        }
    }
    return out;
}

std::vector<CategoryAssignment> Taxonomy::categorize(const RuleInput& input) const {
    std::vector<CategoryAssignment> out;
    if (rules_.size() == 0) return out;
    auto ev = rules_.evaluate(input);
    // Rules are compiled in category order: ascending rules give categories in order.
    for (const std::uint32_t rule : rules_.candidates(*ev)) {
        const auto i = static_cast<std::size_t>(categoryOfRule_[rule]);
        const Category& c = categories_[i];
        RuleMatch m = rules_.match(c.ruleIndex, *ev);
        if (!m.matched) continue;
        CategoryAssignment a;
        a.category = static_cast<int>(i);
        a.sentences = sentencesOf(m.spans, *input.tokens);
        a.spans = std::move(m.spans);
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace tw::core
