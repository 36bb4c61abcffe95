// Reader for the known-answer files under tests/kat/ (format described in
// tests/kat/rng/gen_rng_kat.py): one record per line,
//     <name> key=value key=value ... : out out ...
// with '#' comment lines. The same files serve the native and the wasm test runs; paths
// are relative to SEEDLAB_TEST_DATA_DIR (the repository's tests/ directory).
// What it is not: no interpretation of the values; each test decides what a field means.
#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifndef SEEDLAB_TEST_DATA_DIR
#error "SEEDLAB_TEST_DATA_DIR must be defined by the build (absolute path of tests/)"
#endif

namespace seedlab::test {

struct KatRecord {
    std::string name;
    std::map<std::string, std::string> fields;
    std::vector<std::string> outputs;
    int line = 0;

    const std::string& field(const std::string& key) const {
        const auto it = fields.find(key);
        if (it == fields.end()) throw std::runtime_error("KAT line " + std::to_string(line) + " lacks field " + key);
        return it->second;
    }
};

inline std::vector<KatRecord> read_kat(const std::string& relative_path) {
    const std::string path = std::string(SEEDLAB_TEST_DATA_DIR) + "/" + relative_path;
    std::ifstream in(path);
    if (!in) throw std::runtime_error("Cannot open KAT file " + path);
    std::vector<KatRecord> records;
    std::string text;
    for (int line_no = 1; std::getline(in, text); ++line_no) {
        if (text.empty() || text[0] == '#') continue;
        std::istringstream tokens(text);
        KatRecord rec;
        rec.line = line_no;
        tokens >> rec.name;
        std::string tok;
        bool after_colon = false;
        while (tokens >> tok) {
            if (after_colon) {
                rec.outputs.push_back(tok);
            } else if (tok == ":") {
                after_colon = true;
            } else {
                const auto eq = tok.find('=');
                if (eq == std::string::npos) throw std::runtime_error("Bad KAT token '" + tok + "' in " + path);
                rec.fields[tok.substr(0, eq)] = tok.substr(eq + 1);
            }
        }
        records.push_back(std::move(rec));
    }
    return records;
}

inline uint64_t parse_hex_u64(std::string_view hex) {
    if (hex.empty() || hex.size() > 16) throw std::runtime_error("Bad 64-bit hex value '" + std::string(hex) + "'");
    uint64_t v = 0;
    for (char c : hex) {
        int d = 0;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else throw std::runtime_error("Bad hex digit in '" + std::string(hex) + "'");
        v = (v << 4) | static_cast<uint64_t>(d);
    }
    return v;
}

inline uint32_t parse_hex_u32(std::string_view hex) {
    const uint64_t v = parse_hex_u64(hex);
    if (v > 0xffffffffULL) throw std::runtime_error("Value '" + std::string(hex) + "' exceeds 32 bits");
    return static_cast<uint32_t>(v);
}

// A wide hex number (e.g. 32 digits for 128 bits) as little-endian words of type Word.
template <class Word>
std::vector<Word> parse_hex_wide(std::string_view hex) {
    constexpr std::size_t kDigits = sizeof(Word) * 2;
    std::vector<Word> words;
    for (std::size_t end = hex.size(); end > 0; end = end > kDigits ? end - kDigits : 0) {
        const std::size_t begin = end > kDigits ? end - kDigits : 0;
        words.push_back(static_cast<Word>(parse_hex_u64(hex.substr(begin, end - begin))));
    }
    return words;
}

inline std::vector<std::string> split_csv(std::string_view csv) {
    std::vector<std::string> parts;
    if (csv == "-" || csv.empty()) return parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = csv.find(',', start);
        parts.emplace_back(csv.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return parts;
}

inline std::vector<uint32_t> parse_hex_list_u32(std::string_view csv) {
    std::vector<uint32_t> out;
    for (const auto& p : split_csv(csv)) out.push_back(parse_hex_u32(p));
    return out;
}

inline std::vector<uint64_t> parse_hex_list_u64(std::string_view csv) {
    std::vector<uint64_t> out;
    for (const auto& p : split_csv(csv)) out.push_back(parse_hex_u64(p));
    return out;
}

inline std::vector<uint64_t> parse_dec_list_u64(std::string_view csv) {
    std::vector<uint64_t> out;
    for (const auto& p : split_csv(csv)) out.push_back(std::stoull(p));
    return out;
}

inline std::vector<uint8_t> parse_hex_bytes(std::string_view hex) {
    std::vector<uint8_t> out;
    if (hex == "-") return out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<uint8_t>(parse_hex_u64(hex.substr(i, 2))));
    return out;
}

inline std::string to_hex(uint64_t v, int digits) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kDigits[v & 0xfU];
    return out;
}

// Replays a 'mixed ops=u32,u64,...' record on [g] (anything with next_u32/next_u64) and
// returns the draws in the file's spelling, for comparison with the record's outputs.
template <class G>
std::vector<std::string> run_mixed_ops(G& g, std::string_view ops_csv) {
    std::vector<std::string> out;
    for (const auto& op : split_csv(ops_csv)) {
        if (op == "u32") out.push_back(to_hex(g.next_u32(), 8));
        else if (op == "u64") out.push_back(to_hex(g.next_u64(), 16));
        else throw std::runtime_error("Unknown op '" + op + "'");
    }
    return out;
}

// Draws [n] raw words from [g] in the file's spelling (hex of the given width).
template <class G>
std::vector<std::string> draw_raw(G& g, std::size_t n, int digits) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(to_hex(g.next_raw(), digits));
    return out;
}

}  // namespace seedlab::test
