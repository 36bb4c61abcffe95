// Runs the scripts of tests/torch/cases (written by tests/torch/generate.py) through
// seedlab::session::run in every TensorFlow version on their "# versions:" line and
// compares what they print with what PyTorch computed for the same weights and batch
// (<case>.<version>.out when the version's update formula differs, else <case>.out):
// the text must be equal and every number must agree within float32 rounding (PyTorch
// and the playground add their dot products in different orders). This pins the Keras
// emulation's forward pass, mean squared error, gradients and Adam step for batches of
// several rows and wide layers, where TF's own order is not pinned down.
#include <catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "session/session.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kCaseDir = fs::path(SEEDLAB_TEST_DATA_DIR) / "torch" / "cases";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::regex& number_re() {
    static const std::regex re(R"(-?\d+\.\d+(?:e-?\d+)?|-?\d+e-?\d+)");
    return re;
}

std::vector<double> numbers_in(const std::string& text) {
    std::vector<double> out;
    for (std::sregex_iterator it(text.begin(), text.end(), number_re()), end; it != end; ++it) out.push_back(std::stod(it->str()));
    return out;
}

std::string skeleton(const std::string& text) { return std::regex_replace(text, number_re(), "#"); }

// A few float32 ulps apart, or both within cancellation noise of zero.
bool close(double a, double b) {
    const double diff = std::fabs(a - b);
    return diff <= 5e-7 || diff <= 2e-6 * std::max(std::fabs(a), std::fabs(b));
}

std::vector<std::string> versions_line(const std::string& source) {
    const std::string tag = "# versions:";
    std::vector<std::string> out;
    if (source.rfind(tag, 0) != 0) return out;
    std::istringstream words(source.substr(tag.size(), source.find('\n') - tag.size()));
    std::string v;
    while (words >> v) out.push_back(v);
    return out;
}

}  // namespace

TEST_CASE("Keras training steps agree with PyTorch within float32 rounding (tests/torch/cases)", "[keras][torch]") {
    std::vector<fs::path> cases;
    for (auto& e : fs::directory_iterator(kCaseDir))
        if (e.path().extension() == ".py") cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 4);
    for (auto& py : cases) {
        const std::string source = read_file(py);
        for (const auto& v : versions_line(source)) {
            INFO("case " << py.filename().string() << ", TensorFlow " << v);
            // <case>.<version>.out, when present, holds PyTorch's numbers in that version's formula.
            fs::path out = py, versioned = py;
            out.replace_extension(".out");
            versioned.replace_extension("." + v + ".out");
            const std::string expected = read_file(fs::exists(versioned) ? versioned : out);
            const auto expected_numbers = numbers_in(expected);
            REQUIRE(!expected_numbers.empty());
            seedlab::session::RunOptions opt;
            opt.runs = 1;
            opt.tf_version = v;
            const auto result = seedlab::session::run(source, opt);
            const auto& run = result.runs.at(0);
            if (run.error) FAIL(run.error->text);
            REQUIRE(skeleton(run.stdout_text) == skeleton(expected));
            const auto got = numbers_in(run.stdout_text);
            REQUIRE(got.size() == expected_numbers.size());
            int far = 0;
            for (size_t i = 0; i < got.size(); ++i)
                if (!close(got[i], expected_numbers[i])) {
                    if (far++ < 5) UNSCOPED_INFO("number " << i << ": playground " << got[i] << ", torch " << expected_numbers[i]);
                }
            CHECK(far == 0);
        }
    }
}

TEST_CASE("The torch cross-check notices a wrong gradient", "[keras][torch]") {
    // The same comparison must fail when the step differs: here the targets are changed,
    // so the gradients (and every weight after the step) change.
    const fs::path py = kCaseDir / "tutorial_net_batch4.py";
    std::string source = read_file(py);
    const std::string target = "y = np.array([[";
    const size_t at = source.find(target);
    REQUIRE(at != std::string::npos);
    source.insert(at + target.size(), "0.5 + ");
    seedlab::session::RunOptions opt;
    opt.runs = 1;
    opt.tf_version = "2.16";
    const auto run = seedlab::session::run(source, opt).runs.at(0);
    REQUIRE(!run.error);
    const auto got = numbers_in(run.stdout_text);
    fs::path out = py;
    const auto expected = numbers_in(read_file(out.replace_extension(".out")));
    REQUIRE(got.size() == expected.size());
    int far = 0;
    for (size_t i = 0; i < got.size(); ++i) far += close(got[i], expected[i]) ? 0 : 1;
    CHECK(far > 0);
}

TEST_CASE("Training whose float32 order TF does not pin says so in the provenance", "[keras][torch]") {
    const std::string source =
        "import numpy as np\n"
        "import tensorflow as tf\n"
        "tf.random.set_seed(1)\n"
        "model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(1)])\n"
        "model.compile(loss='mse', optimizer='adam')\n"
        "model.fit(np.ones((4, 2)), np.zeros(4), batch_size=BATCH, epochs=1, verbose=0)\n"
        "print(model.get_weights()[0].sum())\n";
    auto rule_of = [&](const std::string& batch) {
        std::string s = source;
        s.replace(s.find("BATCH"), 5, batch);
        seedlab::session::RunOptions opt;
        opt.runs = 1;
        opt.tf_version = "2.4";
        const auto run = seedlab::session::run(s, opt).runs.at(0);
        REQUIRE(!run.error);
        REQUIRE(!run.events.empty());
        REQUIRE(!run.events.back().numbers.empty());
        const auto& prov = run.events.back().numbers[0].provenance;
        REQUIRE(prov);
        return prov->rule;
    };
    CHECK(rule_of("2").find("not pinned down") != std::string::npos);
    CHECK(rule_of("1").find("not pinned down") == std::string::npos);
}
