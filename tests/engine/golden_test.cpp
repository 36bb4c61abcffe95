// Runs every golden case under tests/golden through the engine and requires the
// exact stdout CPython printed (tests/golden/generate.py wrote it), and, for a
// script that failed in CPython, the same exception line. Cases under a folder
// listed in tests/golden/PENDING are skipped with a warning.
// Set SEEDLAB_GOLDEN=<substring> to run only the cases whose path contains it.
#include <catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "session/session.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kGoldenDir = fs::path(SEEDLAB_TEST_DATA_DIR) / "golden";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// Folders (relative to tests/golden) whose cases the engine does not support yet.
std::vector<std::string> pending_folders() {
    std::vector<std::string> folders;
    for (auto& line : split_lines(read_file(kGoldenDir / "PENDING"))) {
        std::string f = trim(line);
        if (f.empty() || f[0] == '#') continue;
        while (!f.empty() && f.back() == '/') f.pop_back();
        folders.push_back(f + "/");
    }
    return folders;
}

// The K=V lines of a case's .env file (the process environment of both CPython and the engine).
std::map<std::string, std::string> read_env(const fs::path& path) {
    std::map<std::string, std::string> env;
    if (!fs::exists(path)) return env;
    for (auto& line : split_lines(read_file(path))) {
        std::string l = trim(line);
        if (l.empty() || l[0] == '#') continue;
        size_t eq = l.find('=');
        if (eq != std::string::npos) env[trim(l.substr(0, eq))] = trim(l.substr(eq + 1));
    }
    return env;
}

// Says where two outputs first differ, line by line, for the failure report.
std::string first_difference(const std::string& expected, const std::string& actual) {
    auto e = split_lines(expected), a = split_lines(actual);
    for (size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
        std::string el = i < e.size() ? e[i] : "<end of output>", al = i < a.size() ? a[i] : "<end of output>";
        if (el != al)
            return "first difference at stdout line " + std::to_string(i + 1) + ":\n  CPython: " + el + "\n  engine:  " + al;
    }
    return "outputs differ only in the final newline";
}

// The last line of the engine's error as CPython's traceback would end: "Type: message".
std::string engine_error_line(const seedlab::session::ProcessResult& run) {
    if (!run.error) return "";
    const auto& e = *run.error;
    std::string full = e.kind == "runtime" || e.kind == "syntax" ? e.type + (e.message.empty() ? "" : ": " + e.message)
                                                                : e.kind + " error: " + e.message;
    auto lines = split_lines(full);
    return lines.empty() ? "" : lines.back();
}

struct GoldenCase {
    fs::path script;
    std::string rel;  // path relative to tests/golden, with '/'
};

std::vector<GoldenCase> find_cases() {
    std::vector<GoldenCase> cases;
    for (auto& entry : fs::recursive_directory_iterator(kGoldenDir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
        if (entry.path().parent_path() == kGoldenDir) continue;  // tools such as generate.py
        cases.push_back({entry.path(), entry.path().lexically_relative(kGoldenDir).generic_string()});
    }
    std::sort(cases.begin(), cases.end(), [](const GoldenCase& a, const GoldenCase& b) { return a.rel < b.rel; });
    return cases;
}

}  // namespace

TEST_CASE("every golden case prints exactly what CPython 3.11 printed", "[golden]") {
    const auto cases = find_cases();
    REQUIRE(!cases.empty());
    const auto pending = pending_folders();
    const char* filter = std::getenv("SEEDLAB_GOLDEN");
    int ran = 0;
    for (const auto& c : cases) {
        if (filter && c.rel.find(filter) == std::string::npos) continue;
        bool is_pending = std::any_of(pending.begin(), pending.end(), [&](const std::string& f) { return c.rel.rfind(f, 0) == 0; });
        if (is_pending) {
            WARN("pending (listed in tests/golden/PENDING): " << c.rel);
            continue;
        }
        fs::path out_path = c.script, err_path = c.script, env_path = c.script;
        out_path.replace_extension(".out");
        err_path.replace_extension(".err");
        env_path.replace_extension(".env");
        INFO("golden case: tests/golden/" << c.rel);
        if (!fs::exists(out_path)) {
            FAIL_CHECK("no .out file: run tests/golden/generate.py");
            continue;
        }

        seedlab::session::RunOptions options;
        options.runs = 1;
        options.entropy = {1};
        options.env = read_env(env_path);
        options.filename = "<golden>";
        auto result = seedlab::session::run(read_file(c.script), options);
        REQUIRE(result.runs.size() == 1);
        const auto& run = result.runs[0];

        const std::string expected = read_file(out_path);
        const std::string expected_error = fs::exists(err_path) ? trim(read_file(err_path)) : "";
        const std::string error = engine_error_line(run);
        INFO((run.stdout_text == expected ? std::string("stdout matches") : first_difference(expected, run.stdout_text)));
        INFO("CPython error: " << (expected_error.empty() ? "none" : expected_error));
        INFO("engine error:  " << (run.error ? run.error->text : std::string("none")));
        CHECK(run.stdout_text == expected);
        CHECK(error == expected_error);
        ++ran;
    }
    INFO("ran " << ran << " golden cases");
    SUCCEED();
}
