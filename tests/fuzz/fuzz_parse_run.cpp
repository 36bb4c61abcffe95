// libFuzzer target: any bytes as a script go through parse + run (two runs and the
// comparison, plus a cell sequence) under small limits. The engine must never crash,
// hang or trip a sanitizer, whatever it is given; errors are ordinary results.
#include <cstddef>
#include <cstdint>
#include <string>

#include "session/session.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4096) return 0;  // long inputs only slow the search down
    std::string source(reinterpret_cast<const char*>(data), size);
    seedlab::session::RunOptions options;
    options.runs = 2;
    options.entropy = {1, 2};
    // Small limits keep each execution fast; they are the same limits users hit.
    options.limits.max_steps = 20'000;
    options.limits.max_elements = 100'000;
    options.limits.max_output_bytes = 20'000;
    options.limits.max_call_depth = 50;
    if (size % 3 == 0) options.cells = {1, 2, 1};
    seedlab::session::RunResult result = seedlab::session::run(source, options);
    (void)seedlab::session::to_json(result);
    return 0;
}
