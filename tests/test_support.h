#pragma once
// Small helpers shared by the test suites: a self-deleting temporary folder and file writers.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace tw::test {

class TempDir final {
public:
    TempDir() {
        std::random_device rd;
        path_ =
            std::filesystem::temp_directory_path() / ("tidewatch-test-" + std::to_string(rd()) + std::to_string(rd()));
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

// `count` random strings of 1 to 24 pieces of `alphabet` (fixed seed), each given to `differ`,
// which returns an empty string when all is well; the first five differences fail the test.
template <typename Differ>
void expectNoDifferenceOnRandomText(const std::vector<std::string>& alphabet, unsigned seed, int count, Differ&& differ,
                                    const auto& addFailure) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(1, 24);
    int failures = 0;
    for (int n = 0; n < count && failures < 5; ++n) {
        std::string text;
        for (std::size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
        if (std::string diff = differ(text); !diff.empty()) {
            ++failures;
            addFailure('"' + text + "\"\n" + diff);
        }
    }
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string testData(const std::string& rel) { return std::string(TW_TEST_DATA_DIR) + "/" + rel; }
inline std::string sharedData(const std::string& rel) { return std::string(TW_SHARED_DATA_DIR) + "/" + rel; }

}  // namespace tw::test
