#include "export/verbatim_writer.h"

#include "export/export_cells.h"
#include "util/json_text.h"
#include "util/replacing_file.h"

#include <charconv>
#include <fstream>

namespace tw::core {

namespace {

std::string number(double d) {
    char buf[32];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return ec == std::errc() ? std::string(buf, p) : std::string();
}

void csvField(std::string& out, std::string_view v) {
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::string joinLines(const std::vector<std::string>& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += '\n';
        joined += item;
    }
    return joined;
}

// Numbers and booleans, written alike in CSV and JSON; false for the other kinds of cell.
bool appendPlain(std::string& out, const ExportCell& cell) {
    if (const auto* i = std::get_if<std::int64_t>(&cell))
        out += std::to_string(*i);
    else if (const auto* d = std::get_if<double>(&cell))
        out += number(*d);
    else if (const auto* b = std::get_if<bool>(&cell))
        out += *b ? "true" : "false";
    else
        return false;
    return true;
}

// CSV and JSON Lines: one line per verbatim onto a stream.
class LineWriter final : public VerbatimWriter {
public:
    LineWriter(ExportFormat format, std::ostream& out) : format_(format), out_(&out) {
        if (format_ == ExportFormat::Csv) {
            std::string header;
            for (std::size_t c = 0; c < kExportColumns.size(); ++c) {
                if (c) header += ',';
                header += kExportColumns[c];
            }
            *out_ << header << "\r\n";
        }
    }
    LineWriter(ExportFormat format, std::unique_ptr<std::ofstream> file, ReplacingFile target)
        : LineWriter(format, *file) {
        file_ = std::move(file);
        target_.emplace(std::move(target));
    }

    Status write(const Verbatim& v) override {
        line_.clear();
        const auto cells = exportCells(v);
        if (format_ == ExportFormat::Csv)
            csvLine(cells);
        else
            jsonLine(cells);
        *out_ << line_;
        if (!*out_) return makeError("could not write the export (disk full or output closed)", where());
        return Ok{};
    }

    Status finish() override {
        out_->flush();
        if (!*out_) return makeError("could not write the export (disk full or output closed)", where());
        if (!file_) return Ok{};
        file_->close();
        if (!*file_) return makeError("could not write the export (disk full?)", where());
        return target_->commit();
    }

    [[nodiscard]] ExportFormat format() const override { return format_; }

private:
    std::string where() const { return target_ ? target_->destination() : std::string(); }

    void csvLine(const ExportCells& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) line_ += ',';
            if (appendPlain(line_, cells[c])) continue;
            std::visit(
                [&](const auto& value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<T, std::string>)
                        csvField(line_, csvSafeText(value));
                    else if constexpr (std::is_same_v<T, RawJson>)
                        csvField(line_, value.text);
                    else if constexpr (std::is_same_v<T, std::vector<std::string>>)
                        csvField(line_, csvSafeText(joinLines(value)));
                },
                cells[c]);
        }
        line_ += "\r\n";
    }

    void jsonLine(const ExportCells& cells) {
        line_ += '{';
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) line_ += ',';
            line_ += '"';
            line_ += kExportColumns[c];
            line_ += "\":";
            if (appendPlain(line_, cells[c])) continue;
            std::visit(
                [&](const auto& value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<T, std::monostate>)
                        line_ += "null";
                    else if constexpr (std::is_same_v<T, std::string>)
                        appendJsonString(line_, value);
                    else if constexpr (std::is_same_v<T, RawJson>)
                        line_ += value.text;
                    else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                        line_ += '[';
                        for (std::size_t k = 0; k < value.size(); ++k) {
                            if (k) line_ += ',';
                            appendJsonString(line_, value[k]);
                        }
                        line_ += ']';
                    }
                },
                cells[c]);
        }
        line_ += "}\n";
    }

    ExportFormat format_;
    std::ostream* out_;
    std::unique_ptr<std::ofstream> file_;
    std::optional<ReplacingFile> target_;
    std::string line_;
};

}  // namespace

const char* exportFormatName(ExportFormat f) {
    switch (f) {
        case ExportFormat::JsonLines:
            return "jsonl";
        case ExportFormat::Csv:
            return "csv";
        case ExportFormat::Xlsx:
            return "xlsx";
    }
    return "?";
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
    for (ExportFormat f : {ExportFormat::JsonLines, ExportFormat::Csv, ExportFormat::Xlsx}) {
        if (name == exportFormatName(f)) return f;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
    std::string ext(path.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return exportFormatFromName(ext);
}

std::string csvSafeText(std::string_view field) {
    if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos)
        return "'" + std::string(field);
    return std::string(field);
}

Result<std::unique_ptr<VerbatimWriter>> VerbatimWriter::toStream(ExportFormat format, std::ostream& out) {
    if (format == ExportFormat::Xlsx) return makeError("an XLSX workbook is written to a file: give --out FILE.xlsx");
    return std::unique_ptr<VerbatimWriter>(new LineWriter(format, out));
}

Result<std::unique_ptr<VerbatimWriter>> VerbatimWriter::toFile(ExportFormat format, const std::string& path) {
    auto target = ReplacingFile::create(path);
    if (!target) return target.error();
    if (format == ExportFormat::Xlsx) return makeXlsxWriter(std::move(*target));
    auto file = std::make_unique<std::ofstream>(target->temporaryPath(), std::ios::binary | std::ios::trunc);
    if (!*file) return makeError("cannot write this file", path);
    return std::unique_ptr<VerbatimWriter>(new LineWriter(format, std::move(file), std::move(*target)));
}

}  // namespace tw::core
