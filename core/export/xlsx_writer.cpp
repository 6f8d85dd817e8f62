// Excel workbooks through libxlsxwriter, in its constant-memory mode (each row goes to a
// temporary file as it is written, so a million verbatims take no more memory than ten).
#include "export/export_cells.h"

#include <xlsxwriter.h>

#include <string>

namespace tw::core {

namespace {

constexpr std::size_t kCellChars = 32767;             // Excel's limit on a cell's text
constexpr lxw_row_t kRowsPerSheet = LXW_ROW_MAX - 1;  // below the header row
constexpr std::size_t kTextColumn = 8;                // "text" in kExportColumns

// Cuts `text` to Excel's limit on a code-point boundary, saying so in the cell.
std::string fitCell(const std::string& text) {
    if (text.size() <= kCellChars) return text;
    const std::string note = " [cut: Excel holds 32,767 characters a cell; CSV and JSON Lines keep all]";
    std::size_t end = kCellChars - note.size();
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + note;
}

class XlsxWriter final : public VerbatimWriter {
public:
    explicit XlsxWriter(ReplacingFile target) : target_(std::move(target)) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        book_ = workbook_new_opt(target_.temporaryPath().c_str(), &options);
        if (book_) {
            header_ = workbook_add_format(book_);
            format_set_bold(header_);
            wrap_ = workbook_add_format(book_);
            format_set_text_wrap(wrap_);
            format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
        }
    }
    ~XlsxWriter() override {
        if (book_) workbook_close(book_);  // the temporary file is then removed with target_
    }

    [[nodiscard]] bool opened() const { return book_ != nullptr; }

    Status write(const Verbatim& v) override {
        if (!sheet_ || row_ > kRowsPerSheet) {
            if (auto st = newSheet(); !st) return st;
        }
        const auto cells = exportCells(v);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            lxw_error err = LXW_NO_ERROR;
            std::visit(
                [&](const auto& value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<T, std::int64_t>)
                        err = worksheet_write_number(sheet_, row_, col, static_cast<double>(value), nullptr);
                    else if constexpr (std::is_same_v<T, double>)
                        err = worksheet_write_number(sheet_, row_, col, value, nullptr);
                    else if constexpr (std::is_same_v<T, bool>)
                        err = worksheet_write_boolean(sheet_, row_, col, value ? 1 : 0, nullptr);
                    else if constexpr (std::is_same_v<T, std::string>)
                        err = writeText(col, value);
                    else if constexpr (std::is_same_v<T, RawJson>)
                        err = value.text == "{}" ? LXW_NO_ERROR : writeText(col, value.text);
                    else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                        std::string joined;
                        for (const auto& item : value) joined += (joined.empty() ? "" : "\n") + item;
                        if (!joined.empty()) err = writeText(col, joined);
                    }
                },
                cells[c]);
            if (err != LXW_NO_ERROR) return failed(err);
        }
        ++row_;
        return Ok{};
    }

    Status finish() override {
        const lxw_error err = workbook_close(book_);
        book_ = nullptr;
        if (err != LXW_NO_ERROR) return failed(err);
        return target_.commit();
    }

    [[nodiscard]] ExportFormat format() const override { return ExportFormat::Xlsx; }

private:
    lxw_error writeText(lxw_col_t col, const std::string& text) {
        return worksheet_write_string(sheet_, row_, col, fitCell(text).c_str(), col == kTextColumn ? wrap_ : nullptr);
    }

    Status newSheet() {
        ++sheets_;
        const std::string name = sheets_ == 1 ? "Verbatims" : "Verbatims " + std::to_string(sheets_);
        sheet_ = workbook_add_worksheet(book_, name.c_str());
        if (!sheet_) return makeError("could not add a worksheet to the workbook", target_.destination());
        for (std::size_t c = 0; c < kExportColumns.size(); ++c)
            worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), kExportColumns[c], header_);
        worksheet_set_column(sheet_, static_cast<lxw_col_t>(kTextColumn), static_cast<lxw_col_t>(kTextColumn), 80,
                             nullptr);
        worksheet_freeze_panes(sheet_, 1, 0);
        row_ = 1;
        return Ok{};
    }

    Status failed(lxw_error err) const {
        return makeError(std::string("could not write the workbook: ") + lxw_strerror(err), target_.destination());
    }

    ReplacingFile target_;
    lxw_workbook* book_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
    lxw_format* header_ = nullptr;
    lxw_format* wrap_ = nullptr;
    lxw_row_t row_ = 0;
    int sheets_ = 0;
};

}  // namespace

Result<std::unique_ptr<VerbatimWriter>> makeXlsxWriter(ReplacingFile target) {
    const std::string destination = target.destination();
    auto writer = std::make_unique<XlsxWriter>(std::move(target));
    if (!writer->opened()) return makeError("cannot create a workbook here", destination);
    return std::unique_ptr<VerbatimWriter>(std::move(writer));
}

}  // namespace tw::core
