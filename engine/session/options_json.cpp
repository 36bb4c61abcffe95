// A small strict JSON reader for RunOptions.
#include "session/options_json.hpp"

#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

namespace seedlab::session {
namespace {

struct Json {
    enum class T { Null, Bool, Num, Str, Arr, Obj } t = T::Null;
    bool b = false;
    double n = 0;
    std::string s;
    std::vector<Json> arr;
    std::map<std::string, Json> obj;
};

class Reader {
public:
    explicit Reader(const std::string& s) : s_(s) {}
    Json parse() {
        Json v = value(0);
        ws();
        if (p_ != s_.size()) throw std::runtime_error("trailing characters in options");
        return v;
    }

private:
    void ws() { while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\t' || s_[p_] == '\r')) ++p_; }
    char peek() { ws(); if (p_ >= s_.size()) throw std::runtime_error("unexpected end of options"); return s_[p_]; }
    void expect(char c) { if (peek() != c) throw std::runtime_error(std::string("expected '") + c + "' in options"); ++p_; }
    std::string str() {
        expect('"');
        std::string out;
        while (p_ < s_.size() && s_[p_] != '"') {
            char c = s_[p_++];
            if (c == '\\' && p_ < s_.size()) {
                char e = s_[p_++];
                if (e == 'n') out += '\n'; else if (e == 't') out += '\t'; else if (e == 'u') {
                    if (p_ + 4 > s_.size()) throw std::runtime_error("bad escape in options");
                    unsigned cp = static_cast<unsigned>(std::strtoul(s_.substr(p_, 4).c_str(), nullptr, 16));
                    p_ += 4;
                    if (cp < 0x80) out += static_cast<char>(cp);
                    else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
                    else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
                } else out += e;
            } else {
                out += c;
            }
        }
        if (p_ >= s_.size()) throw std::runtime_error("unterminated string in options");
        ++p_;
        return out;
    }
    Json value(int depth) {
        if (depth > 32) throw std::runtime_error("options nested too deeply");
        Json v;
        char c = peek();
        if (c == '{') {
            ++p_;
            v.t = Json::T::Obj;
            if (peek() == '}') { ++p_; return v; }
            while (true) {
                std::string k = str();
                expect(':');
                v.obj[k] = value(depth + 1);
                if (peek() == ',') { ++p_; continue; }
                expect('}');
                return v;
            }
        }
        if (c == '[') {
            ++p_;
            v.t = Json::T::Arr;
            if (peek() == ']') { ++p_; return v; }
            while (true) {
                v.arr.push_back(value(depth + 1));
                if (peek() == ',') { ++p_; continue; }
                expect(']');
                return v;
            }
        }
        if (c == '"') { v.t = Json::T::Str; v.s = str(); return v; }
        if (s_.compare(p_, 4, "true") == 0) { p_ += 4; v.t = Json::T::Bool; v.b = true; return v; }
        if (s_.compare(p_, 5, "false") == 0) { p_ += 5; v.t = Json::T::Bool; return v; }
        if (s_.compare(p_, 4, "null") == 0) { p_ += 4; return v; }
        char* end = nullptr;
        v.n = std::strtod(s_.c_str() + p_, &end);
        if (end == s_.c_str() + p_) throw std::runtime_error("bad value in options");
        p_ = static_cast<size_t>(end - s_.c_str());
        v.t = Json::T::Num;
        return v;
    }
    const std::string& s_;
    size_t p_ = 0;
};

}  // namespace

std::string json_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
        else out += c;
    }
    return out + "\"";
}

bool parse_options(const std::string& json, RunOptions& options, std::string& error) {
    try {
        Json root = Reader(json).parse();
        if (root.t != Json::T::Obj) throw std::runtime_error("options must be an object");
        for (auto& [k, v] : root.obj) {
            if (k == "runs") {
                if (v.t != Json::T::Num || v.n < 1 || v.n > 8) throw std::runtime_error("runs must be a number from 1 to 8");
                options.runs = static_cast<int>(v.n);
            } else if (k == "tfVersion") {
                if (v.s != "1.15" && v.s != "2.4" && v.s != "2.15" && v.s != "2.16") throw std::runtime_error("tfVersion must be 1.15, 2.4, 2.15 or 2.16");
                options.tf_version = v.s;
            } else if (k == "entropy") {
                for (auto& e : v.arr) {
                    if (e.t != Json::T::Str || e.s.empty() || e.s.find_first_not_of("0123456789") != std::string::npos || e.s.size() > 20)
                        throw std::runtime_error("entropy values must be decimal strings");
                    options.entropy.push_back(std::strtoull(e.s.c_str(), nullptr, 10));
                }
            } else if (k == "env") {
                for (auto& [ek, ev] : v.obj) options.env[ek] = ev.s;
            } else if (k == "cells") {
                for (auto& c : v.arr) options.cells.push_back(static_cast<int>(c.n));
            } else if (k == "filename") {
                options.filename = v.s;
            } else {
                throw std::runtime_error("unknown option '" + k + "'");
            }
        }
        while (static_cast<int>(options.entropy.size()) < options.runs) options.entropy.push_back(options.entropy.size() + 1);
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

}  // namespace seedlab::session
