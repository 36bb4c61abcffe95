// String helpers: escape decoding, UTF-8 and str repr as CPython 3.11 does them.
#include "lang/strings.hpp"

#include "lang/errors.hpp"

namespace seedlab::lang {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<uint32_t> utf8_decode(std::string_view s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0) { out.push_back(0xFFFD); ++i; continue; }
        uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 2) { ok = false; break; }
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        if (!ok) { out.push_back(0xFFFD); ++i; continue; }
        out.push_back(cp);
        i += extra + 1;
    }
    return out;
}

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string decode_escapes(std::string_view body, int line, int column, bool bytes) {
    std::string out;
    out.reserve(body.size());
    for (size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) { out += c; continue; }
        char e = body[++i];
        switch (e) {
            case '\n': break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case 'x': case 'u': case 'U': {
                if (bytes && e != 'x') { out += '\\'; out += e; break; }
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                uint32_t cp = 0;
                for (int k = 0; k < n; ++k) {
                    int h = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
                    if (h < 0) {
                        throw PyError(ErrorKind::Syntax, "SyntaxError",
                                      std::string("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\") + e + " escape",
                                      line, column);
                    }
                    cp = cp * 16 + static_cast<uint32_t>(h);
                    ++i;
                }
                if (bytes) out += static_cast<char>(cp);
                else utf8_append(out, cp);
                break;
            }
            default:
                if (e == 'N' && !bytes)
                    throw PyError(ErrorKind::Unsupported, "Unsupported", "\\N{...} escapes are not supported in the playground", line, column);
                if (e >= '0' && e <= '7') {
                    uint32_t cp = static_cast<uint32_t>(e - '0');
                    for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                        cp = cp * 8 + static_cast<uint32_t>(body[++i] - '0');
                    if (bytes) out += static_cast<char>(cp & 0xFF);
                    else utf8_append(out, cp);
                } else {
                    out += '\\';
                    out += e;
                }
        }
    }
    return out;
}

bool is_printable(uint32_t cp) {
    // Py_UNICODE_ISPRINTABLE is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and
    // Zs other than the space. The ranges below cover the assigned ones in common
    // use; rarer unassigned code points are treated as printable.
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return false;
    if (cp == 0xA0 || cp == 0xAD || cp == 0x34F || cp == 0x61C || cp == 0x180E) return false;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F)) return false;
    if (cp == 0x3000 || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) return false;
    if ((cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xF0000)) return false;  // surrogates, private use
    if (cp >= 0xE0000 && cp <= 0xE007F) return false;                        // tags
    return cp <= 0x10FFFF;
}

std::string ascii_escape(std::string_view s) {
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (uint32_t cp : utf8_decode(s)) {
        if (cp < 0x80) { out += static_cast<char>(cp); continue; }
        int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
        out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
        for (int k = digits - 1; k >= 0; --k) out += kHex[(cp >> (4 * k)) & 15];
    }
    return out;
}

std::string py_str_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    static const char* kHex = "0123456789abcdef";
    for (uint32_t cp : utf8_decode(s)) {
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') { out += '\\'; out += static_cast<char>(cp); }
        else if (cp == '\n') out += "\\n";
        else if (cp == '\r') out += "\\r";
        else if (cp == '\t') out += "\\t";
        else if (!is_printable(cp)) {
            int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
            out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
            for (int k = digits - 1; k >= 0; --k) out += kHex[(cp >> (4 * k)) & 15];
        } else {
            utf8_append(out, cp);
        }
    }
    out += quote;
    return out;
}

}  // namespace seedlab::lang
