// JSON encoding of a RunResult: the one structured format shared by the CLI's --json
// and the page (the wasm binding returns this text; the worker parses it).
#include <cmath>
#include <cstdio>
#include <sstream>

#include "lang/numfmt.hpp"
#include "session/session.hpp"

namespace seedlab::session {
namespace {

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

void write_provenance(std::ostringstream& o, const lang::Provenance& p) {
    o << "{\"library\":" << quote(p.library) << ",\"generator\":" << quote(p.generator) << ",\"seed\":" << quote(p.seed)
      << ",\"counter\":" << quote(p.counter) << ",\"rule\":" << quote(p.rule) << ",\"fromEntropy\":" << (p.from_entropy ? "true" : "false")
      << "}";
}

}  // namespace

std::string to_json(const RunResult& result) {
    std::ostringstream o;
    o << "{\"runs\":[";
    for (size_t i = 0; i < result.runs.size(); ++i) {
        const auto& r = result.runs[i];
        if (i) o << ",";
        // Entropy as a decimal string: JavaScript numbers cannot hold 64 bits.
        o << "{\"entropy\":\"" << r.entropy << "\",\"stdout\":" << quote(r.stdout_text) << ",\"cellsRun\":[";
        for (size_t k = 0; k < r.cells_run.size(); ++k) o << (k ? "," : "") << r.cells_run[k];
        o << "],\"events\":[";
        for (size_t e = 0; e < r.events.size(); ++e) {
            const auto& ev = r.events[e];
            if (e) o << ",";
            o << "{\"line\":" << ev.line << ",\"cell\":" << ev.cell << ",\"occurrence\":" << ev.occurrence << ",\"text\":" << quote(ev.text)
              << (ev.to_stderr ? ",\"stderr\":true" : "") << ",\"numbers\":[";
            for (size_t n = 0; n < ev.numbers.size(); ++n) {
                const auto& num = ev.numbers[n];
                if (n) o << ",";
                o << "{\"start\":" << num.start << ",\"length\":" << num.length << ",\"text\":" << quote(num.text)
                  << ",\"dtype\":" << quote(num.dtype) << ",\"same\":" << (num.same ? "true" : "false");
                if (num.provenance) {
                    o << ",\"provenance\":";
                    write_provenance(o, *num.provenance);
                }
                o << "}";
            }
            o << "]}";
        }
        o << "],\"series\":[";
        for (size_t k = 0; k < r.series.size(); ++k) {
            const auto& sr = r.series[k];
            o << (k ? "," : "") << "{\"line\":" << sr.line << ",\"cell\":" << sr.cell << ",\"name\":" << quote(sr.name) << ",\"values\":[";
            for (size_t v = 0; v < sr.values.size(); ++v) {
                const double d = sr.values[v];
                o << (v ? "," : "") << (std::isfinite(d) ? lang::float_repr(d) : std::string("null"));
            }
            o << "]}";
        }
        o << "],\"error\":";
        if (r.error) {
            const auto& e = *r.error;
            o << "{\"kind\":" << quote(e.kind) << ",\"type\":" << quote(e.type) << ",\"message\":" << quote(e.message)
              << ",\"line\":" << e.line << ",\"column\":" << e.column << ",\"text\":" << quote(e.text) << "}";
        } else {
            o << "null";
        }
        o << "}";
    }
    const auto& c = result.comparison;
    o << "],\"comparison\":{\"runs\":" << c.runs << ",\"totalNumbers\":" << c.total_numbers << ",\"divergedNumbers\":" << c.diverged_numbers
      << ",\"outputsIdentical\":" << (c.outputs_identical ? "true" : "false") << ",\"firstLine\":" << c.first_line
      << ",\"firstText\":" << quote(c.first_text) << ",\"explanation\":" << quote(c.explanation) << ",\"summary\":" << quote(c.summary)
      << "}}";
    return o.str();
}

}  // namespace seedlab::session
