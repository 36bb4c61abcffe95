// The run/compare session: a script runs N times, each run a fresh process (new
// interpreter, fresh library states, its own entropy), optionally as a sequence of
// notebook cells; then the runs' printed numbers are compared.
// This is the engine's public API: the CLI and the wasm bindings call only this.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::session {

// Options of one Run press. [entropy] pins each run's entropy (index i for run i);
// missing entries are filled by the caller's default source.
struct RunOptions {
    int runs = 1;
    std::string tf_version = "2.16";
    std::vector<uint64_t> entropy;
    std::map<std::string, std::string> env;  // the process environment (e.g. PYTHONHASHSEED)
    std::vector<int> cells;                  // 1-based cell sequence; empty: the whole script once
    std::string filename = "<main>";
    lang::Limits limits;
    std::function<double()> clock;           // seconds, for printed timings (see lang::Runtime::clock)
};

// One number inside one printed line, and whether it matched the other runs.
struct Number {
    size_t start = 0;      // byte offset in the event's text
    size_t length = 0;
    std::string text;
    std::string dtype;     // "float", "int", "float32", ... or "" when unknown
    lang::ProvenancePtr provenance;
    bool same = true;      // equal in every run (set by compare)
};

// One print() call.
struct Event {
    int line = 0;
    int cell = 0;          // 1-based cell of the statement, 0 when there are no cells
    int occurrence = 0;    // how many earlier events came from the same line
    std::string text;
    std::vector<Number> numbers;
    bool to_stderr = false;  // a library warning, not a print
};

// A series of numbers for the page's plots (see lang::Runtime::on_series).
struct Series {
    int line = 0;
    int cell = 0;
    std::string name;
    std::vector<double> values;
};

struct ErrorInfo {
    std::string kind;      // "syntax", "unsupported", "runtime", "limit"
    std::string type;      // Python exception type for runtime/syntax errors
    std::string message;
    int line = 0;
    int column = 0;
    std::string text;      // formatted as CPython prints it (traceback), or "line N: ..." for unsupported
};

struct ProcessResult {
    uint64_t entropy = 0;
    std::string stdout_text;
    std::vector<Event> events;
    std::vector<Series> series;
    std::optional<ErrorInfo> error;
    std::vector<int> cells_run;  // the cell sequence that ran (for the page's timeline)
};

struct Comparison {
    int runs = 0;
    int total_numbers = 0;      // numbers in the aligned events of run 1
    int diverged_numbers = 0;
    bool outputs_identical = true;
    int first_line = 0;         // line of the first divergence (0 when none)
    std::string first_text;     // the first diverging number in run 1
    std::string explanation;    // why it diverged
    std::string summary;        // "all 14 numbers match across 3 runs" / "5 of 14 diverge; first at line 9"
};

struct RunResult {
    std::vector<ProcessResult> runs;
    Comparison comparison;
};

// Runs [source] as described by [options]. Never throws for bad scripts: errors
// are reported per run. [options].entropy must hold one value per run.
RunResult run(const std::string& source, const RunOptions& options);

// Compares the runs' events in place (sets Number::same) and summarises.
Comparison compare(std::vector<ProcessResult>& runs);

// The structured result as JSON (used by `seedlab run --json` and the page).
std::string to_json(const RunResult& result);

// Splits the script into cells at lines starting with "# %%"; returns the 1-based
// first line of each cell (a script without markers is one cell starting at line 1).
std::vector<int> cell_starts(const std::string& source);

}  // namespace seedlab::session
