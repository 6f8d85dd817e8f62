#pragma once
// Calendar arithmetic on unix seconds, UTC, proleptic Gregorian (Howard Hinnant's algorithms).

#include <cstdint>
#include <string>

namespace tw::core {

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d);
void civilFromDays(std::int64_t days, std::int64_t& y, unsigned& m, unsigned& d);
std::string formatIsoUtc(std::int64_t unixSeconds);   // 2026-01-15T10:00:00Z
std::string formatIsoDate(std::int64_t unixSeconds);  // 2026-01-15
int weekdayOfDays(std::int64_t days);                 // 0 = Sunday

}  // namespace tw::core
