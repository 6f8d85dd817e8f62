#include "store/filter_description.h"

#include "util/civil_time.h"

namespace tw::core {

std::string describeFilter(const BrowseFilter& f) {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (!f.search.empty()) add("search '" + f.search + "'");
    if (f.channel) add("channel " + *f.channel);
    if (f.from || f.until) {
        // `until` is exclusive: the last day shown is the one before it.
        const std::string from = f.from ? formatIsoDate(*f.from) : std::string("the first day");
        const std::string until = f.until ? formatIsoDate(*f.until - 1) : std::string("the last day");
        add(from + " to " + until);
    }
    if (f.category) add("category " + *f.category);
    if (f.label) add("sentiment " + *f.label);
    return out.empty() ? "all verbatims" : out;
}

}  // namespace tw::core
