// Runs the Python scripts of tests/tf/cases through seedlab::session::run for every
// TensorFlow version named on each script's "# versions:" line and requires the exact
// stdout in <case>.out or <case>.<version>.out (and, when <case>.err exists, a script error whose last line is
// that file's text). TensorFlow cannot run here, so the expected values are the spec's
// V values (spec/tf-random.md; each print line cites its G number or section), laid out
// the way NumPy/TensorFlow print them.
// Set SEEDLAB_TF_CASE=<substring> to run only matching cases.
#include <catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "session/session.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kCaseDir = fs::path(SEEDLAB_TEST_DATA_DIR) / "tf" / "cases";

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> versions_of(const std::string& source) {
    std::istringstream in(source);
    std::string line;
    std::getline(in, line);
    const std::string tag = "# versions:";
    std::vector<std::string> out;
    if (line.rfind(tag, 0) != 0) return out;
    std::istringstream words(line.substr(tag.size()));
    std::string v;
    while (words >> v) out.push_back(v);
    return out;
}

std::string last_line(const std::string& text) {
    std::string t = text;
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
    const size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace

TEST_CASE("TensorFlow scripts print the spec's V values byte for byte in every version (tests/tf/cases)", "[tf][spec]") {
    const char* filter = std::getenv("SEEDLAB_TF_CASE");
    std::vector<fs::path> cases;
    for (auto& e : fs::directory_iterator(kCaseDir))
        if (e.path().extension() == ".py") cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(!cases.empty());
    int runs = 0;
    for (auto& py : cases) {
        if (filter && py.filename().string().find(filter) == std::string::npos) continue;
        const std::string source = read_text(py);
        const auto versions = versions_of(source);
        INFO("case " << py.filename().string());
        REQUIRE(!versions.empty());
        fs::path out_path = py, err_path = py;
        out_path.replace_extension(".out");
        err_path.replace_extension(".err");
        for (auto& v : versions) {
            INFO("TensorFlow " << v);
            // <case>.<version>.out, when present, holds what that version prints.
            fs::path versioned = py;
            versioned.replace_extension("." + v + ".out");
            const std::string expected = read_text(fs::exists(versioned) ? versioned : out_path);
            seedlab::session::RunOptions opt;
            opt.runs = 1;
            opt.tf_version = v;
            opt.entropy = {12345};
            const auto result = seedlab::session::run(source, opt);
            const auto& run = result.runs.at(0);
            CHECK(run.stdout_text == expected);
            if (fs::exists(err_path)) {
                REQUIRE(run.error.has_value());
                CHECK(last_line(run.error->text) == last_line(read_text(err_path)));
            } else {
                CHECK(!run.error.has_value());
                if (run.error) INFO(run.error->text);
                if (run.error) CHECK(run.error->text == "");
            }
            ++runs;
        }
    }
    CHECK(runs > 0);
}

TEST_CASE("Unseeded TensorFlow ops differ between runs and follow the run's entropy", "[tf][spec]") {
    const std::string source =
        "import tensorflow as tf\n"
        "print(tf.random.uniform([2]))\n"
        "print(tf.random.Generator.from_non_deterministic_state().normal([1]))\n";
    seedlab::session::RunOptions opt;
    opt.runs = 3;
    opt.entropy = {1, 2, 1};
    const auto result = seedlab::session::run(source, opt);
    REQUIRE(!result.runs[0].error);
    CHECK(result.runs[0].stdout_text != result.runs[1].stdout_text);
    CHECK(result.runs[0].stdout_text == result.runs[2].stdout_text);
    REQUIRE(!result.runs[0].events.empty());
    REQUIRE(!result.runs[0].events[0].numbers.empty());
    const auto& prov = result.runs[0].events[0].numbers[0].provenance;
    REQUIRE(prov);
    CHECK(prov->from_entropy);
}

TEST_CASE("A seeded op's numbers carry provenance naming the seed rule", "[tf][spec]") {
    const std::string source =
        "import tensorflow as tf\n"
        "tf.random.set_seed(1234)\n"
        "print(tf.random.uniform([2]))\n";
    seedlab::session::RunOptions opt;
    const auto result = seedlab::session::run(source, opt);
    REQUIRE(!result.runs[0].error);
    const auto& numbers = result.runs[0].events.at(0).numbers;
    REQUIRE(numbers.size() >= 2);
    REQUIRE(numbers[0].provenance);
    CHECK(numbers[0].provenance->seed == "(1234, 1892932127)");
    CHECK(numbers[0].provenance->rule.find("tf.random.set_seed(1234) on line 2") != std::string::npos);
    CHECK(!numbers[0].provenance->from_entropy);
}

TEST_CASE("TF 1.15 graph op seeds are Graph._last_id: 4 and 10 after one earlier op (spec s3.1, tensorflow#9171)", "[tf][spec]") {
    // Each truncated_normal creates three constants (shape, mean, stddev) before get_seed.
    const std::string source =
        "import tensorflow as tf\n"
        "tf.compat.v1.set_random_seed(1)\n"
        "x = tf.constant(0.0)\n"
        "a = tf.random.truncated_normal([1])\n"
        "b = tf.random.truncated_normal([1])\n"
        "with tf.compat.v1.Session() as sess:\n"
        "    print(sess.run(a))\n"
        "    print(sess.run(b))\n";
    seedlab::session::RunOptions opt;
    opt.tf_version = "1.15";
    const auto result = seedlab::session::run(source, opt);
    REQUIRE(!result.runs[0].error);
    const auto& events = result.runs[0].events;
    REQUIRE(events.size() == 2);
    REQUIRE(events[0].numbers.at(0).provenance);
    CHECK(events[0].numbers[0].provenance->seed == "(1, 4)");
    CHECK(events[1].numbers.at(0).provenance->seed == "(1, 10)");
    // TF 2 graphs count seeded ops instead (0, 1, ...).
    opt.tf_version = "2.15";
    const std::string v2 = "import tensorflow as tf\ntf.compat.v1.disable_eager_execution()\n" + source.substr(source.find('\n') + 1);
    const auto r2 = seedlab::session::run(v2, opt);
    INFO((r2.runs[0].error ? r2.runs[0].error->text : std::string()));
    REQUIRE(!r2.runs[0].error);
    CHECK(r2.runs[0].events.at(0).numbers.at(0).provenance->seed == "(1, 0)");
    CHECK(r2.runs[0].events.at(1).numbers.at(0).provenance->seed == "(1, 1)");
}
