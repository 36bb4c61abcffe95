// Lexer implementation: a single pass over the source with an indentation stack.
// Why-notes only; see lexer.hpp for the contract.
#include "lang/lexer.hpp"

#include <cctype>
#include <cstdio>
#include <cstring>

#include "lang/errors.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

// Python's three-character and two-character operators, longest first.
constexpr std::string_view kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
constexpr std::string_view kOps2[] = {"**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=",
                                      "/=", "%=", "&=", "|=", "^=", "->", ":=", "@="};
constexpr std::string_view kOps1 = "+-*/%<>=()[]{}:,.;@&|^~";

[[noreturn]] void syntax(const std::string& msg, int line, int col) {
    throw PyError(ErrorKind::Syntax, "SyntaxError", msg, line, col);
}

bool is_name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

// Tokenizer.c's limit on open brackets.
constexpr int kMaxBracketDepth = 200;

// Non-printable code points (Py_UNICODE_ISPRINTABLE false) a pasted script may hold.
bool is_nonprintable(uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF;
}

// Whether a non-ASCII code point can be part of an identifier (XID_Continue). The
// ranges below are the symbols, punctuation and spaces a script may contain by
// accident (currency, arrows, math, dashes, quotes, emoji); letters of every script
// are accepted.
bool is_identifier_cp(uint32_t cp) {
    static const std::pair<uint32_t, uint32_t> kNot[] = {
        {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7},
        {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x206F}, {0x20A0, 0x20CF}, {0x2190, 0x2BFF},
        {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030}, {0xD800, 0xF8FF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE4C},
        {0xFE50, 0xFE6F}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40},
        {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF}};
    for (auto [lo, hi] : kNot)
        if (cp >= lo && cp <= hi) return false;
    return true;
}

class Lexer {
public:
    explicit Lexer(std::string_view src) : src_(src) {}

    std::vector<Token> run() {
        indents_.push_back(0);
        if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;  // a UTF-8 byte order mark
        bool at_line_start = true;
        while (pos_ < src_.size()) {
            if (at_line_start) {
                at_line_start = false;
                if (handle_indentation()) { at_line_start = true; continue; }
            }
            char c = src_[pos_];
            if (c == '\n') {
                if (depth_ == 0 && !tokens_.empty() && tokens_.back().type != Tok::Newline) push(Tok::Newline, "", col());
                advance_line();
                at_line_start = depth_ == 0;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') { ++pos_; continue; }
            if (c == '#') { skip_comment(); continue; }
            if (c == '\\') {
                if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') { pos_ += 1; advance_line(); continue; }
                if (pos_ + 2 < src_.size() && src_[pos_ + 1] == '\r' && src_[pos_ + 2] == '\n') { pos_ += 2; advance_line(); continue; }
                syntax("unexpected character after line continuation character", line_, col());
            }
            if (std::isdigit(static_cast<unsigned char>(c)) ||
                (c == '.' && pos_ + 1 < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_ + 1])))) {
                lex_number();
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80) check_identifier_char();
            if (is_name_start(static_cast<unsigned char>(c))) {
                if (string_prefix_length() >= 0) { lex_string(); continue; }
                size_t start = pos_;
                while (pos_ < src_.size() && is_name_char(static_cast<unsigned char>(src_[pos_]))) {
                    unsigned char lead = static_cast<unsigned char>(src_[pos_]);
                    if (lead < 0x80) { ++pos_; continue; }
                    if (!is_identifier_cp(code_point_at(pos_))) break;
                    pos_ += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                }
                push(Tok::Name, std::string(src_.substr(start, pos_ - start)), col_of(start));
                continue;
            }
            if (c == '"' || c == '\'') { lex_string(); continue; }
            lex_operator();
        }
        if (depth_ > 0) syntax("'" + std::string(1, open_stack_.back()) + "' was never closed", open_pos_.back().first, open_pos_.back().second);
        if (!tokens_.empty() && tokens_.back().type != Tok::Newline) push(Tok::Newline, "", col());
        while (indents_.size() > 1) { indents_.pop_back(); push(Tok::Dedent, "", 1); }
        push(Tok::End, "", col());
        return std::move(tokens_);
    }

private:
    int col() const { return col_of(pos_); }
    int col_of(size_t p) const { return static_cast<int>(p - line_start_) + 1; }

    void advance_line() {
        ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    void push(Tok type, std::string text, int column) {
        Token t;
        t.type = type;
        t.text = std::move(text);
        t.line = line_;
        t.column = column;
        tokens_.push_back(std::move(t));
    }

    uint32_t code_point_at(size_t p) const {
        auto cps = utf8_decode(src_.substr(p, 4));
        return cps.empty() ? 0xFFFD : cps[0];
    }

    // A non-ASCII character outside identifiers: CPython's tokenizer errors.
    void check_identifier_char() {
        uint32_t cp = code_point_at(pos_);
        if (is_identifier_cp(cp)) return;
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", cp);
        if (is_nonprintable(cp)) syntax(std::string("invalid non-printable character ") + hex, line_, col());
        std::string ch;
        utf8_append(ch, cp);
        syntax("invalid character '" + ch + "' (" + hex + ")", line_, col());
    }

    // The line a string was still open on at the end of the file.
    int eof_line() const { return !src_.empty() && src_.back() == '\n' ? line_ - 1 : line_; }

    void skip_comment() {
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
    }

    // Measures the indentation of a new logical line. Returns true when the line is
    // blank or a comment (consumed entirely).
    bool handle_indentation() {
        size_t p = pos_;
        int width = 0;
        while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
            width = src_[p] == '\t' ? (width / 8 + 1) * 8 : width + (src_[p] == ' ' ? 1 : 0);
            ++p;
        }
        if (p >= src_.size()) { pos_ = p; return true; }
        if (src_[p] == '\n' || src_[p] == '#' || src_[p] == '\r') {
            pos_ = p;
            if (src_[p] == '#') skip_comment();
            if (pos_ < src_.size() && src_[pos_] == '\r') ++pos_;
            if (pos_ < src_.size() && src_[pos_] == '\n') advance_line();
            return true;  // caller sets at_line_start again via loop below
        }
        pos_ = p;
        if (width > indents_.back()) {
            indents_.push_back(width);
            push(Tok::Indent, "", col());
        } else {
            while (width < indents_.back()) {
                indents_.pop_back();
                push(Tok::Dedent, "", col());
            }
            if (width != indents_.back()) syntax("unindent does not match any outer indentation level", line_, col());
        }
        return false;
    }

    void lex_number() {
        size_t start = pos_;
        int column = col();
        bool is_float = false;
        auto digits = [&](auto pred) {
            while (pos_ < src_.size() && (pred(static_cast<unsigned char>(src_[pos_])) || src_[pos_] == '_')) ++pos_;
        };
        if (src_[pos_] == '0' && pos_ + 1 < src_.size() && std::strchr("xXoObB", src_[pos_ + 1]) && src_[pos_ + 1] != 0) {
            const char kind = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[pos_ + 1])));
            pos_ += 2;
            const size_t first_digit = pos_;
            digits([](unsigned char ch) { return std::isxdigit(ch) != 0; });
            // "0x" with no digits (or a digit outside the base) is CPython's literal error.
            const char* base_name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            bool bad = pos_ == first_digit || src_[pos_ - 1] == '_';
            for (size_t i = first_digit; i < pos_ && !bad; ++i) {
                const char ch = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[i])));
                if (ch == '_') continue;
                if ((kind == 'o' && (ch < '0' || ch > '7')) || (kind == 'b' && ch != '0' && ch != '1'))
                    syntax(std::string("invalid digit '") + src_[i] + "' in " + base_name + " literal", line_, col_of(i) + 1);
            }
            if (bad) syntax(std::string("invalid ") + base_name + " literal", line_, col_of(pos_ - 1) + 1);
        } else {
            digits([](unsigned char ch) { return std::isdigit(ch) != 0; });
            if (pos_ < src_.size() && src_[pos_] == '.') {
                is_float = true;
                ++pos_;
                digits([](unsigned char ch) { return std::isdigit(ch) != 0; });
            }
            if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
                size_t save = pos_;
                ++pos_;
                if (pos_ < src_.size() && (src_[pos_] == '+' || src_[pos_] == '-')) ++pos_;
                if (pos_ < src_.size() && std::isdigit(static_cast<unsigned char>(src_[pos_]))) {
                    is_float = true;
                    digits([](unsigned char ch) { return std::isdigit(ch) != 0; });
                } else {
                    pos_ = save;
                }
            }
        }
        std::string text;
        for (size_t i = start; i < pos_; ++i)
            if (src_[i] != '_') text += src_[i];
        Tok type = is_float ? Tok::Float : Tok::Int;
        if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) { ++pos_; type = Tok::Imag; }
        if (pos_ < src_.size() && is_name_char(static_cast<unsigned char>(src_[pos_])))
            syntax("invalid decimal literal", line_, column);
        if (type == Tok::Int && text.size() > 1 && text[0] == '0' && std::isdigit(static_cast<unsigned char>(text[1]))) {
            for (char ch : text)
                if (ch != '0')
                    syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line_, column);
        }
        push(type, text, column);
    }

    // Length of a string prefix (r, b, f, rb, br, fr, rf, u) at pos_ followed by a quote, or -1.
    int string_prefix_length() const {
        size_t p = pos_;
        while (p < src_.size() && p - pos_ < 3 && std::strchr("rRbBfFuU", src_[p]) && src_[p] != 0) ++p;
        if (p == pos_ || p >= src_.size() || (src_[p] != '"' && src_[p] != '\'')) return -1;
        return static_cast<int>(p - pos_);
    }

    void lex_string() {
        int column = col();
        int start_line = line_;
        bool raw = false, bytes = false, fstr = false;
        while (src_[pos_] != '"' && src_[pos_] != '\'') {
            char p = static_cast<char>(std::tolower(static_cast<unsigned char>(src_[pos_])));
            if (p == 'r') raw = true;
            if (p == 'b') bytes = true;
            if (p == 'f') fstr = true;
            ++pos_;
        }
        char quote = src_[pos_];
        bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote;
        pos_ += triple ? 3 : 1;
        std::string body;
        while (true) {
            if (pos_ >= src_.size()) {
                if (triple) syntax("unterminated triple-quoted string literal (detected at line " + std::to_string(eof_line()) + ")", start_line, column);
                syntax("unterminated string literal (detected at line " + std::to_string(eof_line()) + ")", start_line, column);
            }
            char c = src_[pos_];
            if (c == '\\' && pos_ + 1 < src_.size()) {
                body += c;
                body += src_[pos_ + 1];
                if (src_[pos_ + 1] == '\n') { ++pos_; advance_line(); } else { pos_ += 2; }
                continue;
            }
            if (c == '\n') {
                if (!triple) syntax("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line, column);
                body += c;
                advance_line();
                continue;
            }
            if (c == quote) {
                if (!triple) { ++pos_; break; }
                if (pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote) { pos_ += 3; break; }
            }
            body += c;
            ++pos_;
        }
        Token t;
        t.type = Tok::String;
        t.line = start_line;
        t.column = column;
        t.is_bytes = bytes;
        t.is_fstring = fstr;
        t.is_raw = raw;
        // f-string bodies stay raw: the parser splits literal parts from {expressions}.
        t.value = (raw || fstr) ? body : decode_escapes(body, start_line, column, bytes);
        tokens_.push_back(std::move(t));
    }

    void lex_operator() {
        int column = col();
        std::string_view rest = src_.substr(pos_);
        for (auto op : kOps3)
            if (rest.substr(0, 3) == op) { pos_ += 3; push(Tok::Op, std::string(op), column); return; }
        for (auto op : kOps2)
            if (rest.substr(0, 2) == op) { pos_ += 2; push(Tok::Op, std::string(op), column); return; }
        char c = src_[pos_];
        if (kOps1.find(c) == std::string_view::npos) {
            if (c == '\0') syntax("source code cannot contain null bytes", line_, column);
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
                syntax(std::string("invalid non-printable character ") + hex, line_, column);
            }
            syntax("invalid syntax", line_, column);  // '$', '?', '!' and '`' are not tokens
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth_ >= kMaxBracketDepth) syntax("too many nested parentheses", line_, column);
            ++depth_;
            open_stack_.push_back(c);
            open_pos_.emplace_back(line_, column);
        }
        if (c == ')' || c == ']' || c == '}') {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (depth_ == 0) syntax(std::string("unmatched '") + c + "'", line_, column);
            if (open_stack_.back() != want)
                syntax(std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open_stack_.back() + "'", line_, column);
            --depth_;
            open_stack_.pop_back();
            open_pos_.pop_back();
        }
        ++pos_;
        push(Tok::Op, std::string(1, c), column);
    }

    std::string_view src_;
    size_t pos_ = 0;
    size_t line_start_ = 0;
    int line_ = 1;
    int depth_ = 0;
    std::string open_stack_;
    std::vector<std::pair<int, int>> open_pos_;  // line/column of each open bracket
    std::vector<int> indents_;
    std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) { return Lexer(source).run(); }

}  // namespace seedlab::lang
