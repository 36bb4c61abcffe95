// One run: a fresh interpreter with fresh library states and its own entropy,
// executing the script (or a cell sequence), collecting print events and the error.
#include <sstream>

#include "lang/modules.hpp"
#include "lang/parser.hpp"
#include "libs/registry.hpp"
#include "session/big_stack.hpp"
#include "session/numbers.hpp"
#include "session/session.hpp"

namespace seedlab::session {
namespace {

std::string kind_name(lang::ErrorKind k) {
    switch (k) {
        case lang::ErrorKind::Syntax: return "syntax";
        case lang::ErrorKind::Unsupported: return "unsupported";
        case lang::ErrorKind::Runtime: return "runtime";
        case lang::ErrorKind::Limit: return "limit";
    }
    return "runtime";
}

std::string source_line(const std::vector<std::string>& lines, int line) {
    if (line < 1 || line > static_cast<int>(lines.size())) return "";
    return lines[static_cast<size_t>(line - 1)];
}

std::string strip(const std::string& s) {
    size_t a = s.find_first_not_of(" \t");
    return a == std::string::npos ? "" : s.substr(a);
}

// Formats an error as CPython prints it on stderr.
ErrorInfo describe(const lang::PyError& e, const std::vector<std::string>& lines, const std::string& filename) {
    ErrorInfo info;
    info.kind = kind_name(e.kind);
    info.type = e.type;
    info.message = e.message;
    info.line = e.line;
    info.column = e.column;
    std::ostringstream out;
    switch (e.kind) {
        case lang::ErrorKind::Syntax: {
            std::string src = source_line(lines, e.line);
            size_t indent = src.find_first_not_of(" \t");
            if (indent == std::string::npos) indent = src.size();
            out << "  File \"" << filename << "\", line " << e.line << "\n";
            if (!strip(src).empty()) {
                out << "    " << strip(src) << "\n";
                int caret = e.column - static_cast<int>(indent);
                out << "    " << std::string(static_cast<size_t>(caret > 1 ? caret - 1 : 0), ' ') << "^\n";
            }
            out << e.type << ": " << e.message << "\n";
            break;
        }
        case lang::ErrorKind::Runtime: {
            out << "Traceback (most recent call last):\n";
            auto frames = e.frames;
            if (frames.empty()) frames.push_back({"<module>", e.line});
            // traceback.c: after three identical entries in a row, one summary line.
            constexpr int kRecursiveCutoff = 3;
            auto repeated = [&](int count) {
                if (count <= kRecursiveCutoff) return;
                int more = count - kRecursiveCutoff;
                out << "  [Previous line repeated " << more << " more time" << (more > 1 ? "s" : "") << "]\n";
            };
            int count = 0;
            for (size_t i = 0; i < frames.size(); ++i) {
                const auto& f = frames[i];
                if (i > 0 && (f.line != frames[i - 1].line || f.function != frames[i - 1].function)) {
                    repeated(count);
                    count = 0;
                }
                if (++count > kRecursiveCutoff) continue;
                out << "  File \"" << filename << "\", line " << f.line << ", in " << f.function << "\n";
                std::string src = strip(source_line(lines, f.line));
                if (!src.empty()) out << "    " << src << "\n";
            }
            repeated(count);
            out << e.type;
            if (!e.message.empty()) out << ": " << e.message;
            out << "\n";
            break;
        }
        case lang::ErrorKind::Unsupported:
        case lang::ErrorKind::Limit:
            out << "line " << e.line << ": " << e.message << "\n";
            break;
    }
    info.text = out.str();
    return info;
}

int cell_of_line(const std::vector<int>& starts, int line) {
    int cell = 0;
    for (size_t i = 0; i < starts.size(); ++i)
        if (line >= starts[i]) cell = static_cast<int>(i) + 1;
    return cell;
}

}  // namespace

std::vector<int> cell_starts(const std::string& source) {
    std::vector<int> starts{1};
    std::istringstream in(source);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.rfind("# %%", 0) == 0 || line.rfind("#%%", 0) == 0) {
            if (n == 1) continue;
            starts.push_back(n);
        }
    }
    return starts;
}

ProcessResult run_process(const std::string& source, const lang::Module* module, const lang::PyError* syntax_error,
                          const RunOptions& options, uint64_t entropy) {
    ProcessResult result;
    result.entropy = entropy;
    std::vector<std::string> lines = module ? module->lines : std::vector<std::string>{};
    if (syntax_error) {
        std::istringstream in(source);
        std::string l;
        while (std::getline(in, l)) lines.push_back(l);
        result.error = describe(*syntax_error, lines, options.filename);
        return result;
    }
    static const lang::ModuleRegistry registry = libs::make_registry();
    std::vector<int> starts = cell_starts(source);
    std::map<int, int> occurrences;
    int current_cell = 0;
    lang::Runtime rt;
    rt.modules = &registry;
    rt.environ = options.env;
    rt.entropy = entropy;
    rt.tf_version = options.tf_version;
    rt.limits = options.limits;
    rt.clock = options.clock;
    rt.on_print = [&](int line, lang::TextOut&& out) {
        Event ev;
        ev.line = line;
        ev.cell = current_cell;
        ev.occurrence = occurrences[line]++;
        ev.numbers = find_numbers(out);
        ev.to_stderr = out.to_stderr;
        ev.text = std::move(out.text);
        if (!ev.to_stderr) result.stdout_text += ev.text;
        result.events.push_back(std::move(ev));
    };
    rt.on_series = [&](int line, const std::string& name, std::vector<double> values) {
        constexpr size_t kMaxSeries = 64, kMaxValues = 100000;  // plots, not data transfer
        if (result.series.size() >= kMaxSeries) return;
        if (values.size() > kMaxValues) values.resize(kMaxValues);
        result.series.push_back(Series{line, current_cell, name, std::move(values)});
    };
    lang::Interpreter interp(rt);
    try {
        if (options.cells.empty()) {
            interp.run(*module);
        } else {
            for (int cell : options.cells) {
                if (cell < 1 || cell > static_cast<int>(starts.size()))
                    throw lang::unsupported("cell " + std::to_string(cell) + " does not exist (the script has " +
                                            std::to_string(starts.size()) + " cells)", 0);
                current_cell = cell;
                result.cells_run.push_back(cell);
                std::vector<const lang::Stmt*> stmts;
                for (auto& s : module->body)
                    if (cell_of_line(starts, s->line) == cell) stmts.push_back(s.get());
                interp.run(*module, stmts);
            }
        }
    } catch (const lang::PyError& e) {
        result.error = describe(e, lines, options.filename);
    } catch (const std::exception& e) {
        // An engine bug must never pass for a Python result: report it as unsupported.
        result.error = describe(lang::unsupported(std::string("internal error in the playground (") + e.what() + ")",
                                                  interp.current_line()),
                                lines, options.filename);
    }
    return result;
}

RunResult run(const std::string& source, const RunOptions& options) {
    RunResult result;
    lang::Module module;
    std::optional<lang::PyError> syntax;
    try {
        module = lang::parse(source);
    } catch (const lang::PyError& e) {
        syntax = e;
    } catch (const std::exception& e) {
        // An internal error while parsing must still be a clear message, never a crash.
        syntax = lang::PyError(lang::ErrorKind::Syntax, "SyntaxError", std::string("could not parse the script: ") + e.what(), 1, 1);
    }
    for (int i = 0; i < options.runs; ++i) {
        uint64_t entropy = i < static_cast<int>(options.entropy.size()) ? options.entropy[static_cast<size_t>(i)] : static_cast<uint64_t>(i + 1);
        run_with_big_stack([&] {
            result.runs.push_back(run_process(source, syntax ? nullptr : &module, syntax ? &*syntax : nullptr, options, entropy));
        });
    }
    result.comparison = compare(result.runs);
    return result;
}

}  // namespace seedlab::session
