#pragma once
// Dates as they appear in feedback exports, read to unix seconds UTC:
//   ISO 8601 (2026-01-15, 2026-01-15T10:00:00Z, +02:00, fractions), "2015-02-24 11:35:52 -0800",
//   numeric day/month orders (15/01/2026, 01/15/26, 15.01.2026) — unambiguous values decide for
//   themselves, ambiguous ones follow the DateOrder (from the ICU locale or an option),
//   RFC 2822 ("Tue, 31 Oct 2017 22:10:47 +0000"), Twitter ("Tue Oct 31 22:10:47 +0000 2017"),
//   month names ("Oct 31, 2017", "31 October 2017"), epoch seconds and milliseconds.
// A date without a zone is taken as UTC.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tw::core {

enum class DateOrder { DMY, MDY, YMD };

// The order of day, month and year in the locale's short date format (ICU), e.g. en_US -> MDY,
// de_DE -> DMY, ja_JP -> YMD. An empty name means ICU's default locale.
DateOrder dateOrderForLocale(const std::string& icuLocale = {});
std::optional<DateOrder> parseDateOrder(std::string_view name);  // "dmy", "mdy", "ymd"

std::optional<std::int64_t> parseDate(std::string_view text, DateOrder order);


}  // namespace tw::core
