#include "util/json_text.h"

#include <charconv>
#include <cmath>

namespace tw::core {

void appendJsonString(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

void appendJsonNumber(std::string& out, double x) {
    if (!std::isfinite(x)) {  // JSON has no such numbers; nlohmann writes null
        out += "null";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    const std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
    out += text;
    if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
}

void appendJsonNumber(std::string& out, std::uint64_t n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

void appendFixed3(std::string& out, double x) {
    char buf[352];  // the longest double in fixed notation with three decimals, and a sign
    const auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, 3);
    out.append(buf, r.ptr);
}

}  // namespace tw::core
