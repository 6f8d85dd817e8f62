#include "util/replacing_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace tw::core {

Result<ReplacingFile> ReplacingFile::create(const std::string& destination) {
    std::string pattern = destination + ".XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return makeError(
            std::string("cannot write here: ") + std::strerror(errno) + " (choose a folder you may write to)",
            destination);
    ::close(fd);
    return ReplacingFile(destination, std::string(name.data()));
}

ReplacingFile::ReplacingFile(ReplacingFile&& other) noexcept
    : destination_(std::move(other.destination_)), temporary_(std::move(other.temporary_)), done_(other.done_) {
    other.done_ = true;
}

ReplacingFile::~ReplacingFile() {
    if (!done_) std::remove(temporary_.c_str());
}

Status ReplacingFile::commit() {
    if (std::rename(temporary_.c_str(), destination_.c_str()) != 0)
        return makeError(std::string("cannot replace the file: ") + std::strerror(errno), destination_);
    done_ = true;
    return Ok{};
}

}  // namespace tw::core
