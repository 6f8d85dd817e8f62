#include "export/export_cells.h"

#include "util/civil_time.h"

#include <cmath>

namespace tw::core {

namespace {

template <class T>
ExportCell orNull(const std::optional<T>& value) {
    if (!value) return std::monostate{};
    return *value;
}

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

}  // namespace

ExportCells exportCells(const Verbatim& v) {
    const bool analysed = v.sentiment.has_value();
    auto analysis = [&](double value) -> ExportCell {
        if (!analysed) return std::monostate{};
        return rounded(value);
    };
    ExportCells cells;
    cells[0] = v.id;
    cells[1] = orNull(v.externalId);
    cells[2] = v.channel;
    cells[3] = v.createdAt ? ExportCell(formatIsoUtc(*v.createdAt)) : ExportCell(std::monostate{});
    cells[4] = orNull(v.customer);
    cells[5] = orNull(v.language);
    cells[6] = orNull(v.rating);
    cells[7] = v.consent;
    cells[8] = v.text;
    cells[9] = RawJson{v.attributes.empty() ? std::string("{}") : v.attributes};
    cells[10] = analysed ? ExportCell(rounded(*v.sentiment)) : ExportCell(std::monostate{});
    cells[11] = analysed ? ExportCell(v.label) : ExportCell(std::monostate{});
    for (std::size_t e = 0; e < 4; ++e) cells[12 + e] = analysis(v.emotions[e]);
    cells[16] = analysis(v.intensity);
    cells[17] = analysed ? ExportCell(v.effort) : ExportCell(std::monostate{});
    cells[18] = v.categories;
    return cells;
}

}  // namespace tw::core
