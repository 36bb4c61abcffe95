// Embind bindings: the only file that knows about JavaScript. The page's worker
// calls run(source, optionsJson) and gets the RunResult as JSON text.
// What it is not: no logic; options parsing stays minimal and strict.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include <string>

#include "session/options_json.hpp"
#include "session/session.hpp"

namespace {

std::string run_json(const std::string& source, const std::string& options_json) {
    seedlab::session::RunOptions options;
    std::string error;
    if (!seedlab::session::parse_options(options_json, options, error)) return "{\"optionsError\":" + seedlab::session::json_quote(error) + "}";
    options.clock = [] { return emscripten_get_now() / 1000.0; };  // performance.now(), for Keras's progress timings
    return seedlab::session::to_json(seedlab::session::run(source, options));
}

std::string version() { return "seedlab-engine 0.1"; }

}  // namespace

EMSCRIPTEN_BINDINGS(seedlab) {
    emscripten::function("run", &run_json);
    emscripten::function("version", &version);
}
