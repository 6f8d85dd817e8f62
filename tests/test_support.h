#pragma once
// Small helpers shared by the test suites: a self-deleting temporary folder and file writers.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace tw::test {

class TempDir final {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("tidewatch-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

    std::string write(const std::string& name, const std::string& bytes) const {
        std::ofstream out(file(name), std::ios::binary | std::ios::trunc);
        out << bytes;
        return file(name);
    }

private:
    std::filesystem::path path_;
};

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string testData(const std::string& rel) { return std::string(TW_TEST_DATA_DIR) + "/" + rel; }
inline std::string sharedData(const std::string& rel) { return std::string(TW_SHARED_DATA_DIR) + "/" + rel; }

}  // namespace tw::test
