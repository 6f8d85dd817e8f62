#pragma once
// How redacted personal data looks wherever a verbatim is shown: one colour per kind of data for
// the [TYPE] tags, a legend of the kinds present, and verbatim text as HTML with tags coloured
// and given spans (evidence, matches) highlighted.

#include "rules/matcher.h"
#include "store/verbatim.h"

#include <QString>

#include <string>
#include <vector>

namespace tw::ui {

QString piiColour(const std::string& type);
// "Personal data redacted: [PERSON] [EMAIL]×2", or empty when nothing was redacted.
QString piiLegend(const core::Verbatim& v);
// `v.text` (redacted) as HTML: its tags coloured, `highlights` (code points of v.text) on yellow.
QString markedHtml(const core::Verbatim& v, const std::vector<core::MatchSpan>& highlights);

}  // namespace tw::ui
