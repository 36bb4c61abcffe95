// The native `seedlab` command:
//   seedlab run [--runs N] [--cells SEQ] [--entropy a,b,...] [--env K=V] [--tf VERSION] [--json] FILE.py
// With one run it prints exactly what CPython prints (stdout, traceback on stderr,
// exit 1 on a script error, 2 on an unsupported feature). With several runs it prints
// each run and the comparison. The only file in engine/ that touches the terminal.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "session/session.hpp"

namespace {

constexpr const char* kUsage =
    "usage: seedlab run [--runs N] [--cells SEQ] [--entropy a,b,...] [--env K=V] [--tf 1.15|2.4|2.15|2.16] [--json] FILE.py\n"
    "  FILE.py may be '-' to read the script from standard input.\n";

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep)) out.push_back(cur);
    return out;
}

int usage_error(const std::string& msg) {
    std::cerr << "seedlab: " << msg << "\n" << kUsage;
    return 64;
}

int exit_code(const seedlab::session::ProcessResult& r) {
    if (!r.error) return 0;
    return r.error->kind == "unsupported" ? 2 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsage;
        return args.empty() ? 64 : 0;
    }
    if (args[0] != "run") return usage_error("unknown command '" + args[0] + "'");
    seedlab::session::RunOptions options;
    bool json = false;
    std::string file;
    try {
        for (size_t i = 1; i < args.size(); ++i) {
            const std::string& a = args[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
                return args[++i];
            };
            if (a == "--runs") {
                options.runs = std::stoi(value());
                if (options.runs < 1 || options.runs > 64) throw std::invalid_argument("--runs must be between 1 and 64");
            } else if (a == "--cells") {
                for (auto& c : split(value(), ',')) options.cells.push_back(std::stoi(c));
            } else if (a == "--entropy") {
                for (auto& e : split(value(), ',')) options.entropy.push_back(std::stoull(e));
            } else if (a == "--env") {
                std::string kv = value();
                size_t eq = kv.find('=');
                if (eq == std::string::npos) throw std::invalid_argument("--env expects K=V");
                options.env[kv.substr(0, eq)] = kv.substr(eq + 1);
            } else if (a == "--tf") {
                options.tf_version = value();
                if (options.tf_version != "1.15" && options.tf_version != "2.4" && options.tf_version != "2.15" && options.tf_version != "2.16")
                    throw std::invalid_argument("--tf must be one of 1.15, 2.4, 2.15, 2.16");
            } else if (a == "--json") {
                json = true;
            } else if (!a.empty() && a[0] == '-' && a != "-") {
                throw std::invalid_argument("unknown option " + a);
            } else {
                file = a;
            }
        }
    } catch (const std::exception& e) {
        return usage_error(e.what());
    }
    if (file.empty()) return usage_error("missing FILE.py");
    std::stringstream buffer;
    if (file == "-") {
        buffer << std::cin.rdbuf();
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << "seedlab: can't open file '" << file << "': No such file or directory\n";
            return 2;
        }
        buffer << in.rdbuf();
    }
    options.filename = file == "-" ? "<stdin>" : file;
    // Runs without a pinned entropy get a fresh one, as a new OS process would.
    uint64_t clock = static_cast<uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    while (static_cast<int>(options.entropy.size()) < options.runs) {
        clock = clock * 6364136223846793005ULL + 1442695040888963407ULL;
        options.entropy.push_back(clock >> 1);
    }
    const auto started = std::chrono::steady_clock::now();
    options.clock = [started] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    seedlab::session::RunResult result = seedlab::session::run(buffer.str(), options);
    if (json) {
        std::cout << seedlab::session::to_json(result) << "\n";
        return exit_code(result.runs[0]);
    }
    if (options.runs == 1) {
        const auto& r = result.runs[0];
        for (const auto& ev : r.events) (ev.to_stderr ? std::cerr : std::cout) << ev.text << std::flush;
        if (r.error) std::cerr << r.error->text;
        return exit_code(r);
    }
    int code = 0;
    for (size_t i = 0; i < result.runs.size(); ++i) {
        const auto& r = result.runs[i];
        std::cout << "=== run " << (i + 1) << " (entropy " << r.entropy << ") ===\n";
        for (const auto& ev : r.events) std::cout << ev.text;  // warnings in place, as a terminal shows them
        if (r.error) std::cout << r.error->text;
        code = std::max(code, exit_code(r));
    }
    const auto& c = result.comparison;
    std::cout << "=== comparison ===\n" << c.summary << "\n";
    if (!c.explanation.empty()) std::cout << "first divergence: " << c.first_text << " at line " << c.first_line << ": " << c.explanation << "\n";
    return code;
}
