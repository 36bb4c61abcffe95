// The language test runner: every tests/lang/<folder>/<case>.py runs through
// seedlab::session::run and must print exactly its inline expectations, which
// tests/lang/check_with_cpython.py verifies against real CPython 3.11.
//   # expect: TEXT                          one stdout line, in source order
//   # expect error line N: TYPE: MESSAGE    the run ends with this exception at line N
//   # expect syntax error line N: MESSAGE   the script does not compile
//   # expect unsupported line N: MESSAGE    the playground refuses a construct
//   # expect limit line N: MESSAGE          a hard limit (steps, size, output) stops the run
//   # env: K=V                              the process environment (PYTHONHASHSEED=0)
//   # needs: deep-stack                     recursion near CPython's limit of 1000 frames
// Only the last line of a traceback and its line number are compared, never carets.
// Runs natively and in the wasm build (linked with NODERAWFS, so <filesystem> works).
// Set SEEDLAB_LANG_FILTER=substring to run only matching cases.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch.hpp>

#include "session/session.hpp"

namespace {

namespace fs = std::filesystem;

#if defined(__EMSCRIPTEN__)
// V8 limits wasm's native stack to ~1 MB (node's --stack-size=984). Recursing to CPython's
// limit of 1000 Python frames needs about 850 KB with -fwasm-exceptions and about 3 MB with
// Emscripten's JavaScript exceptions (-fexceptions wraps calls in JS trampolines; those
// builds end near 500 frames with a RangeError). Cases marked "# needs: deep-stack" run
// natively only.
constexpr bool kShallowStack = true;
#else
constexpr bool kShallowStack = false;
#endif

struct EndExpectation {
    std::string kind;     // "runtime", "syntax", "unsupported", "limit"
    int line = 0;
    std::string message;  // "TYPE: MESSAGE" for runtime errors, the message otherwise
};

struct Case {
    std::string source;
    std::string expected_stdout;
    std::optional<EndExpectation> end;
    std::map<std::string, std::string> env;
    bool deep_stack = false;
};

// Parses "# expect (error|syntax error|unsupported|limit) line N: TEXT" at [pos].
std::optional<EndExpectation> parse_end(const std::string& text, const std::string& path) {
    static const std::pair<const char*, const char*> kKinds[] = {
        {"# expect error line ", "runtime"}, {"# expect syntax error line ", "syntax"},
        {"# expect unsupported line ", "unsupported"}, {"# expect limit line ", "limit"}};
    for (auto [marker, kind] : kKinds) {
        size_t at = text.find(marker);
        if (at == std::string::npos) continue;
        size_t num = at + std::string(marker).size();
        size_t colon = text.find(": ", num);
        if (colon == std::string::npos) FAIL(path << ": malformed expectation: " << text);
        EndExpectation e;
        e.kind = kind;
        e.line = std::stoi(text.substr(num, colon - num));
        e.message = text.substr(colon + 2);
        return e;
    }
    return std::nullopt;
}

Case read_case(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Case c;
    c.source = buffer.str();
    std::istringstream lines(c.source);
    std::string text;
    while (std::getline(lines, text)) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.rfind("# env: ", 0) == 0) {
            std::string kv = text.substr(7);
            size_t eq = kv.find('=');
            std::string value = kv.substr(eq + 1);
            value.erase(value.find_last_not_of(" \t") + 1);
            c.env[kv.substr(0, eq)] = value;
            continue;
        }
        if (text.rfind("# needs: deep-stack", 0) == 0) {
            c.deep_stack = true;
            continue;
        }
        if (auto end = parse_end(text, path.string())) {
            c.end = end;
            continue;
        }
        size_t at = text.find("# expect:");
        if (at == std::string::npos) continue;
        std::string out = text.substr(at + 9);
        if (!out.empty() && out[0] == ' ') out.erase(0, 1);
        c.expected_stdout += out + "\n";
    }
    return c;
}

// The engine's ending in the expectation's terms, or "" when the run succeeded.
std::string describe_end(const seedlab::session::ProcessResult& r) {
    if (!r.error) return "";
    const auto& e = *r.error;
    std::string message = e.message;
    if (e.kind == "runtime") message = e.type + (e.message.empty() ? "" : ": " + e.message);
    return e.kind + " line " + std::to_string(e.line) + ": " + message;
}

std::string first_difference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string wa, gb;
    for (int line = 1;; ++line) {
        bool ha = static_cast<bool>(std::getline(a, wa)), hb = static_cast<bool>(std::getline(b, gb));
        if (!ha && !hb) return "outputs differ only in a final newline";
        if (!ha) wa = "<missing>";
        if (!hb) gb = "<missing>";
        if (wa != gb) return "stdout line " + std::to_string(line) + ": expected '" + wa + "', engine printed '" + gb + "'";
    }
}

std::vector<fs::path> lang_cases() {
    std::vector<fs::path> files;
    fs::path root = fs::path(SEEDLAB_TEST_DATA_DIR) / "lang";
    const char* filter = std::getenv("SEEDLAB_LANG_FILTER");
    for (auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".py") continue;
        if (entry.path().parent_path() == root) continue;  // the checker script itself
        if (filter && entry.path().string().find(filter) == std::string::npos) continue;
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("tests/lang scripts print what CPython 3.11 prints, as check_with_cpython.py verifies", "[lang]") {
    auto files = lang_cases();
    if (!std::getenv("SEEDLAB_LANG_FILTER")) REQUIRE(files.size() >= 150);
    int failures = 0;
    for (const auto& path : files) {
        std::string rel = fs::relative(path, fs::path(SEEDLAB_TEST_DATA_DIR) / "lang").generic_string();
        Case c = read_case(path);
        if (c.deep_stack && kShallowStack) {
            WARN(rel << ": skipped, it needs a deeper native stack than this wasm build has (see kShallowStack)");
            continue;
        }
        seedlab::session::RunOptions options;
        options.runs = 1;
        options.entropy = {1};
        options.env = c.env;
        options.filename = rel;
        seedlab::session::RunResult result;
        try {
            result = seedlab::session::run(c.source, options);
        } catch (const std::exception& e) {
            ++failures;
            FAIL_CHECK(rel << ": the engine threw " << e.what());
            continue;
        }
        const auto& run = result.runs.at(0);
        std::string want_end = c.end ? c.end->kind + " line " + std::to_string(c.end->line) + ": " + c.end->message : "";
        std::string got_end = describe_end(run);
        if (run.stdout_text != c.expected_stdout) {
            ++failures;
            FAIL_CHECK(rel << ": " << first_difference(c.expected_stdout, run.stdout_text)
                           << (got_end.empty() ? "" : "\n  (the run ended with " + got_end + ")"));
        } else if (got_end != want_end) {
            ++failures;
            FAIL_CHECK(rel << ": expected " << (want_end.empty() ? "no error" : want_end) << "\n  engine: "
                           << (got_end.empty() ? "no error" : got_end));
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("Recursion deeper than the wasm stack holds ends with a limit error in wasm and runs natively", "[lang][limits]") {
    const std::string source =
        "def depth(n):\n"
        "    return 0 if n == 0 else 1 + depth(n - 1)\n"
        "print(depth(150))\n"
        "print(depth(600))\n";
    seedlab::session::RunOptions options;
    options.runs = 1;
    options.entropy = {1};
    const auto result = seedlab::session::run(source, options);
    const auto& run = result.runs.at(0);
    if (kShallowStack) {
        CHECK(run.stdout_text == "150\n");
        REQUIRE(run.error.has_value());
        CHECK(run.error->kind == "limit");
        CHECK(run.error->message ==
              "Recursion limit: in the browser the playground allows 160 nested calls (WebAssembly's stack is smaller than what CPython's limit of 1000 needs).");
    } else {
        CHECK(run.stdout_text == "150\n600\n");
        CHECK(!run.error.has_value());
    }
}
