#include "rules/affix_index.h"

#include <algorithm>

namespace tw::core {

void AffixIndex::add(const std::string& affix, int term) {
    if (affix.empty()) return;  // a bare '*' is not an affix term
    affixes_[affix].push_back(term);
    if (affix.size() >= 2) pairs_[pairAt(affix)] = true;
    if (affix.size() >= 64) {
        if (std::find(longLengths_.begin(), longLengths_.end(), affix.size()) == longLengths_.end())
            longLengths_.push_back(affix.size());
        return;
    }
    const std::size_t a = std::min(affix.size(), kAnchor);
    anchorLengths_ |= 1u << a;
    lengthsByAnchor_[piece(affix, a)] |= std::uint64_t{1} << affix.size();
}

}  // namespace tw::core
