// Keras's progress lines (engine/libs/keras/progress.cpp) against Keras's own classes:
// tests/keras/progress.out was produced by tests/keras/progress_reference.py, which runs
// ProgbarLogger and Progbar from Keras's sources of TF 2.4, Keras 2.15 and Keras 3 on
// scripted logs and clock readings and records what a terminal finally shows. Each
// scenario lists its calls (begin / batch / end with the clock and the logs); this test
// makes the same calls on the engine's Progress and requires the same text.
#include <catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/progress.hpp"
#include "session/numbers.hpp"
#include "session/session.hpp"

namespace fs = std::filesystem;
using seedlab::libs::keras::Logs;
using seedlab::libs::keras::Progress;

namespace {

struct Scenario {
    std::string header;
    std::vector<std::string> records;
    std::string expected;
};

Logs parse_logs(std::istringstream& words) {
    Logs logs;
    for (std::string kv; words >> kv;) logs.emplace_back(kv.substr(0, kv.find('=')), std::stod(kv.substr(kv.find('=') + 1)));
    return logs;
}

std::string replay(const Scenario& s) {
    std::istringstream head(s.header);
    std::string eq, version, name, token;
    head >> eq >> version >> name;
    std::map<std::string, std::string> f;
    while (head >> token) f[token.substr(0, token.find('='))] = token.substr(token.find('=') + 1);
    const int verbose = std::stoi(f["verbose"]);
    const int64_t steps = std::stoll(f["steps"]), epochs = std::stoll(f["epochs"]);
    const bool built = f["built"] == "1";

    double now = 0;
    std::string printed;
    seedlab::lang::Runtime rt;
    rt.tf_version = version;
    rt.clock = [&now] { return now; };
    rt.on_print = [&](int, seedlab::lang::TextOut&& out) { printed += out.text; };
    seedlab::lang::Interpreter in(rt);
    std::unique_ptr<Progress> progress;
    for (const std::string& record : s.records) {
        std::istringstream words(record);
        std::string kind;
        words >> kind;
        if (kind == "begin") {
            int64_t epoch = 0;
            words >> epoch >> now;
            if (!progress) progress = std::make_unique<Progress>(in, verbose, steps, f["call"] == "fit" ? epochs : 1, built);
            if (f["call"] == "fit") progress->epoch_begin(epoch);
        } else if (kind == "batch") {
            int64_t step = 0;
            words >> step >> now;
            const Logs logs = parse_logs(words);
            progress->batch_end(step, progress->averages_batches() ? logs : Logs{});
        } else if (kind == "end") {
            words >> now;
            progress->finish(parse_logs(words), nullptr);
        }
    }
    return printed;
}

std::vector<Scenario> scenarios() {
    std::ifstream file(fs::path(SEEDLAB_TEST_DATA_DIR) / "keras" / "progress.out");
    REQUIRE(file);
    std::vector<Scenario> out;
    bool in_text = false;
    for (std::string line; std::getline(file, line);) {
        if (line.rfind("== ", 0) == 0) {
            out.push_back({line, {}, ""});
            in_text = false;
        } else if (line == "--") {
            in_text = true;
        } else if (!out.empty()) {
            if (in_text) out.back().expected += line + "\n";
            else out.back().records.push_back(line);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("fit, evaluate and predict print the progress lines Keras's own ProgbarLogger prints in TF 2.4, Keras 2.15 and Keras 3", "[keras]") {
    const std::vector<Scenario> all = scenarios();
    CHECK(all.size() == 42);
    for (const Scenario& s : all) {
        INFO(s.header);
        CHECK(replay(s) == s.expected);
    }
}

TEST_CASE("Progress timings are left out of the run comparison", "[keras]") {
    std::vector<seedlab::lang::TextOut> outs;
    double now = 5;
    seedlab::lang::Runtime rt;
    rt.tf_version = "2.15";
    rt.clock = [&now] { return now; };
    rt.on_print = [&](int, seedlab::lang::TextOut&& out) { outs.push_back(std::move(out)); };
    seedlab::lang::Interpreter in(rt);
    Progress p(in, 2, 2);
    now = 5.5;
    p.finish({{"loss", 0.25}}, nullptr);
    REQUIRE(outs.size() == 1);
    CHECK(outs[0].text == "2/2 - 0s - loss: 0.2500 - 500ms/epoch - 250ms/step\n");
    std::vector<std::string> compared;
    for (auto& n : seedlab::session::find_numbers(outs[0])) compared.push_back(n.text);
    CHECK(compared == std::vector<std::string>{"2", "2", "0.2500"});
}

namespace {

std::string run_script(const std::string& tf_version, const std::string& source) {
    seedlab::session::RunOptions options;
    options.tf_version = tf_version;
    options.entropy = {7};
    const auto result = seedlab::session::run(source, options);
    REQUIRE(result.runs.size() == 1);
    if (result.runs[0].error) FAIL(result.runs[0].error->text);
    return result.runs[0].stdout_text;
}

const char* kFitScript = R"(import numpy as np
import tensorflow as tf
tf.random.set_seed(3)
x = np.array([[0., 1.], [1., 0.], [1., 1.], [0., 0.], [0.5, 0.5]], dtype=np.float32)
y = np.array([[1.], [1.], [0.], [0.], [1.]], dtype=np.float32)
model = tf.keras.Sequential([tf.keras.layers.Dense(3, activation="relu", input_shape=(2,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss="binary_crossentropy")
h = model.fit(x, y, epochs=2, batch_size=2)
print("history", " ".join(f"{v:.4f}" for v in h.history["loss"]))
h = model.fit(x, y, epochs=1, batch_size=5)
print("history", " ".join(f"{v:.4f}" for v in h.history["loss"]))
print("evaluate", f"{model.evaluate(x, y, verbose=2):.4f}")
p = model.predict(x)
)";

}  // namespace

TEST_CASE("fit, evaluate and predict print Keras's progress lines from a script: History's losses in Keras 2.15, TF 2.4's first-fit averages", "[keras]") {
    const std::string k215 = run_script("2.15", kFitScript);
    INFO(k215);
    // Keras 2.15 shows the epoch's logs as they are: the same four digits History holds.
    auto loss_after = [](const std::string& text, const std::string& marker) {
        std::vector<std::string> out;
        for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1))
            out.push_back(text.substr(at + marker.size(), 6));
        return out;
    };
    const std::vector<std::string> shown = loss_after(k215, "step - loss: ");
    REQUIRE(shown.size() == 3);
    CHECK(k215.find("Epoch 1/2\n3/3 [==============================] - 0s 0s/step - loss: " + shown[0] + "\nEpoch 2/2\n") != std::string::npos);
    CHECK(k215.find("history " + shown[0] + " " + shown[1] + "\n1/1 [==============================] - 0s 0s/step - loss: " + shown[2] +
                    "\nhistory " + shown[2] + "\n") != std::string::npos);
    CHECK(k215.find("\n1/1 - 0s - loss: ") != std::string::npos);
    CHECK(k215.find(" - 0s/epoch - 0s/step\nevaluate ") != std::string::npos);
    CHECK(k215.substr(k215.rfind('\n', k215.size() - 2)) == "\n1/1 [==============================] - 0s 0s/step\n");

    // TF 2.4: the first fit after compile averages the running means (so its first epoch
    // differs from History's), a later fit shows the logs; predict is quiet by default.
    const std::string tf24 = run_script("2.4", kFitScript);
    INFO(tf24);
    const std::vector<std::string> shown24 = loss_after(tf24, "step - loss: ");
    REQUIRE(shown24.size() == 3);
    const size_t h = tf24.find("history ");
    CHECK(tf24.substr(h + 8, 6) != shown24[0]);
    CHECK(tf24.find("\nhistory " + shown24[2] + "\n") != std::string::npos);
    CHECK(tf24.find("evaluate") != std::string::npos);
    CHECK(tf24.substr(tf24.size() - 10) != "0s/step\n");

    const std::string k3 = run_script("2.16", kFitScript);
    INFO(k3);
    CHECK(k3.find("Epoch 1/2\n3/3 \u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501\u2501 0s 0s/step - loss: ") != std::string::npos);
    CHECK(k3.find("1/1 - 0s - 0s/step - loss: ") != std::string::npos);
}

TEST_CASE("verbose=3 prints only the epoch lines, as ProgbarLogger does; a verbose= string other than 'auto' is refused", "[keras]") {
    const std::string out = run_script("2.15", std::string(kFitScript) + "print('--')\nmodel.fit(x, y, epochs=2, verbose=3)\n");
    CHECK(out.substr(out.find("--\n")) == "--\nEpoch 1/2\nEpoch 2/2\n");
    seedlab::session::RunOptions options;
    options.tf_version = "2.15";
    const auto result = seedlab::session::run(std::string(kFitScript) + "model.fit(x, y, verbose='loud')\n", options);
    REQUIRE(result.runs[0].error);
    CHECK(result.runs[0].error->message.find("verbose='loud'") != std::string::npos);
}
