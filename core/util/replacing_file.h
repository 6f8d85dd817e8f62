#pragma once
// A file written under a temporary name beside its destination and renamed onto it only when
// complete: readers never see half of it, and a failed write leaves the old file as it was.

#include "util/result.h"

#include <string>

namespace tw::core {

class ReplacingFile final {
public:
    // Creates the temporary file (DEST.XXXXXX in DEST's directory); an error says why not.
    static Result<ReplacingFile> create(const std::string& destination);
    ReplacingFile(ReplacingFile&& other) noexcept;
    ReplacingFile& operator=(ReplacingFile&&) = delete;
    ReplacingFile(const ReplacingFile&) = delete;
    ~ReplacingFile();  // removes the temporary file unless committed

    [[nodiscard]] const std::string& temporaryPath() const { return temporary_; }
    [[nodiscard]] const std::string& destination() const { return destination_; }
    // Renames the temporary file onto the destination.
    Status commit();

private:
    ReplacingFile(std::string destination, std::string temporary)
        : destination_(std::move(destination)), temporary_(std::move(temporary)) {}
    std::string destination_, temporary_;
    bool done_ = false;
};

}  // namespace tw::core
