#include "category_commands.h"

#include "sign_in.h"
#include "store/role_reader.h"
#include "store/rule_changes.h"

#include "jobs/categorize_job.h"
#include "store/category_repository.h"
#include "store_commands.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace tw::cli {

namespace {

using ordered_json = nlohmann::ordered_json;

}  // namespace

int runTaxonomy(const std::string& path, const std::string& action, const std::string& file, bool json,
                const std::string& as) {
    if (action != "export" && action != "import") {
        printError(core::makeError("use export or import", "taxonomy " + action));
        return 2;
    }
    auto store = openStore(path, core::Store::Access::ReadWrite);
    if (!store) return 1;
    core::CategoryRepository repo(*store);
    if (action == "export") {
        auto taxonomy = repo.taxonomy();
        if (!taxonomy) {
            printError(taxonomy.error());
            return 1;
        }
        if (file.empty()) {
            std::cout << taxonomy->toJson() << '\n';
            return 0;
        }
        std::ofstream out(file, std::ios::binary);
        out << taxonomy->toJson() << '\n';
        if (!out.flush()) {
            printError(core::makeError("cannot write the file", file));
            return 1;
        }
        return 0;
    }
    if (file.empty()) {
        printError(core::makeError("name the taxonomy file to import", "taxonomy import"));
        return 2;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        printError(core::makeError("cannot read the file", file));
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto taxonomy = core::Taxonomy::fromJson(text.str(), file);
    if (!taxonomy) {
        printError(taxonomy.error());
        return 2;
    }
    auto who = whoActs(*store, as);
    if (!who) return 1;
    if (auto st = core::changeRules(*store, who->governed(), who->name, core::RuleKind::Taxonomy, "taxonomy",
                                    "imported '" + taxonomy->name() + "' (" +
                                        std::to_string(taxonomy->categories().size()) + " categories) from " + file,
                                    nowSeconds(), [&] { return repo.saveTaxonomy(*taxonomy); });
        !st) {
        printError(st.error());
        return 1;
    }
    auto states = repo.states();
    auto maxId = repo.maxVerbatimId();
    if (!states || !maxId) {
        printError(!states ? states.error() : maxId.error());
        return 1;
    }
    std::int64_t stale = 0;
    for (const auto& s : *states) stale += s.appliedThrough < *maxId ? 1 : 0;
    if (json) {
        std::cout << ordered_json{{"taxonomy", taxonomy->name()},
                                  {"categories", taxonomy->categories().size()},
                                  {"to_apply", stale}}
                         .dump()
                  << '\n';
    } else {
        std::cout << "The store's taxonomy is now '" << taxonomy->name() << "' (" << taxonomy->categories().size()
                  << " categories); " << stale << " of them still to apply: run 'tidewatch-cli categorize " << path
                  << "'\n";
    }
    return 0;
}

int runCategorize(const std::string& path, int threads, bool json, const std::string& as) {
    auto store = openStore(path, core::Store::Access::ReadWrite);
    if (!store) return 1;
    if (!whoActs(*store, as)) return 1;
    core::ProgressSink progress;
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    if (tty) {
        progress = [](const core::Progress& p) {
            std::fprintf(stderr, "\rcategorising: %llu of %llu", static_cast<unsigned long long>(p.records),
                         static_cast<unsigned long long>(p.totalBytes));
        };
    }
    auto r = core::categorizeStore(*store, threads, progress);
    if (tty) std::fprintf(stderr, "\r\033[K");
    if (!r) {
        printError(r.error());
        return 1;
    }
    const double seconds = std::round(r->seconds * 1000) / 1000;
    if (json) {
        std::cout << ordered_json{{"tested", r->tested},
                                  {"matches", r->matches},
                                  {"categories", r->categories},
                                  {"seconds", seconds}}
                         .dump()
                  << '\n';
    } else if (r->categories == 0) {
        std::cout << "Every category is up to date\n";
    } else {
        std::cout << "Applied " << r->categories << " categories to " << r->tested << " verbatims: " << r->matches
                  << " matches in " << seconds << " s\n";
    }
    return 0;
}

int runCategories(const std::string& path, const std::string& channel, bool json, const std::string& as,
                  const std::string& purpose) {
    auto store = openStore(path, core::Store::Access::ReadWrite);
    if (!store) return 1;
    auto who = signIn(*store, as);
    if (!who) return 1;
    who->purpose = purpose;
    auto reader = core::RoleReader::open(*store, *who);
    if (!reader) {
        printError(reader.error());
        return 1;
    }
    core::BrowseFilter filter;
    if (!channel.empty()) filter.channel = channel;
    auto counts = reader->categoryCounts(filter);
    if (!counts) {
        printError(counts.error());
        return 1;
    }
    if (json) {
        ordered_json arr = ordered_json::array();
        for (const auto& c : *counts) arr.push_back({{"path", c.path}, {"verbatims", c.verbatims}});
        std::cout << ordered_json{{"categories", arr}}.dump() << '\n';
        return 0;
    }
    for (const auto& c : *counts) {
        const std::string name = c.path.substr(c.path.rfind('/') == std::string::npos ? 0 : c.path.rfind('/') + 1);
        std::cout << std::string(static_cast<std::size_t>(c.depth) * 2, ' ') << name << "\t" << c.verbatims << "\n";
    }
    return 0;
}

}  // namespace tw::cli
