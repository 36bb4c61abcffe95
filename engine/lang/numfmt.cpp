// Number formatting as CPython 3.11 does it. Shortest digits come from an exact
// big-integer "free-format" digit generator (Steele & White / dragon4, with dtoa's
// round-half-even rules), fixed-precision digits from snprintf, which is exact in both
// glibc and musl; so native and WebAssembly builds print identical text. (Emscripten
// 3.1.6's libc++ has no floating-point std::to_chars.)
#include "lang/numfmt.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <vector>

#include "lang/bigint.hpp"
#include "lang/errors.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

bool is_nan(double d) { return d != d; }
bool is_inf(double d) { return d == d && (d - d) != 0.0; }
bool sign_bit(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return (bits >> 63) != 0;
}

std::string exponent_text(int e) {
    std::string out = e < 0 ? "-" : "+";
    int a = e < 0 ? -e : e;
    if (a < 10) out += '0';
    out += std::to_string(a);
    return out;
}

// Adds thousands separators to the integer digits of [s] (which may have a fraction).
// _PyUnicode_InsertThousandsGrouping: groups [digits] from the right with [sep] every
// [group] digits, adding leading zeros (also grouped) until it is [min_width] long.
std::string group_digits(const std::string& digits, char sep, long group, long min_width) {
    std::vector<std::string> groups;
    long remaining = static_cast<long>(digits.size());
    while (true) {
        long l = std::min(group, std::max(std::max(remaining, min_width), 1L));
        long zeros = std::max(0L, l - remaining), chars = std::max(0L, std::min(remaining, l));
        groups.push_back(std::string(static_cast<size_t>(zeros), '0') + digits.substr(static_cast<size_t>(remaining - chars), static_cast<size_t>(chars)));
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    std::string out;
    for (size_t k = groups.size(); k-- > 0;) out += groups[k] + (k ? std::string(1, sep) : "");
    return out;
}

// Sign, prefix ("0x"), grouped integer digits and the rest ("." fraction, exponent,
// "%"), padded to the width as CPython's format_long_internal / format_float_internal.
std::string format_number(bool negative, const std::string& prefix, const std::string& body, const FormatSpec& spec, long group) {
    std::string sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    std::string fill = spec.zero_pad && !spec.fill_given ? "0" : spec.fill_text.empty() ? std::string(1, spec.fill) : spec.fill_text;
    size_t int_end = group == 4 ? std::string::npos : body.find_first_not_of("0123456789");  // hex digits are all "integer"
    if (int_end == std::string::npos) int_end = body.size();
    std::string digits = body.substr(0, int_end), rest = body.substr(int_end);
    if (spec.grouping && !digits.empty()) {
        long min_width = 0;
        if (fill == "0" && align == '=')
            min_width = spec.width - static_cast<long>(sign.size() + prefix.size() + utf8_length(rest));
        digits = group_digits(digits, spec.grouping, group, min_width);
    }
    std::string inner = prefix + digits + rest;
    long len = static_cast<long>(sign.size() + utf8_length(inner));
    if (spec.width <= len) return sign + inner;
    size_t pad = static_cast<size_t>(spec.width - len);
    auto fills = [&](size_t n) { std::string out; for (size_t k = 0; k < n; ++k) out += fill; return out; };
    switch (align) {
        case '<': return sign + inner + fills(pad);
        case '=': return sign + prefix + fills(pad) + digits + rest;
        case '^': return fills(pad / 2) + sign + inner + fills(pad - pad / 2);
        default: return fills(pad) + sign + inner;
    }
}

// Applies sign, width, fill and alignment to a formatted decimal magnitude.
std::string pad_number(bool negative, std::string body, const FormatSpec& spec) { return format_number(negative, "", body, spec, 3); }

std::string fixed(double a, int precision) {
    if (precision > 400) throw value_error("precision too big");
    std::vector<char> buf(static_cast<size_t>(precision) + 320);
    int n = std::snprintf(buf.data(), buf.size(), "%.*f", precision, a);
    return std::string(buf.data(), static_cast<size_t>(n));
}

std::string scientific(double a, int precision, bool upper) {
    if (precision > 400) throw value_error("precision too big");
    std::vector<char> buf(static_cast<size_t>(precision) + 32);
    int n = std::snprintf(buf.data(), buf.size(), "%.*e", precision, a);
    std::string s(buf.data(), static_cast<size_t>(n));
    size_t e = s.find('e');
    int exp = std::atoi(s.c_str() + e + 1);
    return s.substr(0, e) + (upper ? "E" : "e") + exponent_text(exp);
}

// %g / format 'g': precision p significant digits, exponent form when exp < -4 or >= p.
// [dot0_shift] 1: Py_DTSF_ADD_DOT_0, which switches to the exponent form one digit earlier.
std::string general(double a, int precision, bool upper, bool alternate, int dot0_shift = 0) {
    if (precision == 0) precision = 1;
    if (a == 0.0) {
        std::string z = "0";
        if (alternate) { z += "."; z += std::string(static_cast<size_t>(precision - 1), '0'); }
        return z;
    }
    std::string sci = scientific(a, precision - 1, upper);
    int exp = std::atoi(sci.c_str() + sci.find(upper ? 'E' : 'e') + 1);
    std::string out;
    if (exp < -4 || exp >= precision - dot0_shift) {
        out = sci;
        if (!alternate) {
            size_t e = out.find(upper ? 'E' : 'e');
            std::string mant = out.substr(0, e);
            if (mant.find('.') != std::string::npos) {
                while (mant.back() == '0') mant.pop_back();
                if (mant.back() == '.') mant.pop_back();
            }
            out = mant + out.substr(e);
        }
    } else {
        out = fixed(a, precision - 1 - exp);
        if (!alternate && out.find('.') != std::string::npos) {
            while (out.back() == '0') out.pop_back();
            if (out.back() == '.') out.pop_back();
        }
    }
    return out;
}

}  // namespace

void shortest_digits(double d, std::string& digits, int& decpt) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    int biased = static_cast<int>((bits >> 52) & 0x7FF);
    uint64_t frac = bits & ((uint64_t{1} << 52) - 1);
    uint64_t f = biased == 0 ? frac : frac | (uint64_t{1} << 52);
    int e = (biased == 0 ? 1 : biased) - 1075;
    bool boundary = frac == 0 && biased > 1;  // the gap below is half the gap above
    bool even = (f & 1) == 0;                 // round-half-even makes the interval inclusive
    BigInt r, s, mplus, mminus;
    if (e >= 0) {
        BigInt be = BigInt(1) << e;
        if (!boundary) { r = BigInt(f) * be * BigInt(2); s = BigInt(2); mplus = be; mminus = be; }
        else { r = BigInt(f) * be * BigInt(4); s = BigInt(4); mplus = be * BigInt(2); mminus = be; }
    } else {
        if (!boundary) { r = BigInt(f) * BigInt(2); s = BigInt(1) << (1 - e); mplus = BigInt(1); mminus = BigInt(1); }
        else { r = BigInt(f) * BigInt(4); s = BigInt(1) << (2 - e); mplus = BigInt(2); mminus = BigInt(1); }
    }
    // Estimate k = ceil(log10(d)) from the binary exponent, then fix it up exactly.
    int bitlen = 64 - __builtin_clzll(f) + e;  // d is in [2^(bitlen-1), 2^bitlen)
    int k = static_cast<int>((bitlen - 1) * 0.30102999566398114) ;
    BigInt ten(10);
    if (k >= 0) s = s * pow(ten, BigInt(k));
    else { BigInt scale = pow(ten, BigInt(-k)); r = r * scale; mplus = mplus * scale; mminus = mminus * scale; }
    auto high_reached = [&](const BigInt& rr, const BigInt& mp) {
        auto c = (rr + mp) <=> s;
        return even ? c >= 0 : c > 0;
    };
    while (high_reached(r, mplus)) { s = s * ten; ++k; }
    while (!high_reached(r * ten, mplus * ten)) { r = r * ten; mplus = mplus * ten; mminus = mminus * ten; --k; }
    decpt = k;
    digits.clear();
    while (true) {
        r = r * ten;
        mplus = mplus * ten;
        mminus = mminus * ten;
        auto [q, rem] = divmod(r, s);
        r = rem;
        int digit = static_cast<int>(q.to_int64());
        auto cl = r <=> mminus;
        bool low = even ? cl <= 0 : cl < 0;
        bool high = high_reached(r, mplus);
        if (!low && !high) { digits += static_cast<char>('0' + digit); continue; }
        if (low && high) {
            auto c = (r * BigInt(2)) <=> s;
            if (c > 0 || (c == 0 && (digit & 1))) ++digit;
        } else if (high) {
            ++digit;
        }
        digits += static_cast<char>('0' + digit);
        break;
    }
    // A rounded-up final 9 carries into earlier digits.
    for (size_t i = digits.size(); i-- > 0;) {
        if (digits[i] <= '9') break;
        digits[i] = '0';
        if (i == 0) { digits.insert(digits.begin(), '1'); ++decpt; } else { ++digits[i - 1]; }
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

std::string float_repr(double d) {
    if (is_nan(d)) return "nan";
    if (is_inf(d)) return d > 0 ? "inf" : "-inf";
    if (d == 0.0) return sign_bit(d) ? "-0.0" : "0.0";
    std::string digits;
    int decpt = 0;
    shortest_digits(d, digits, decpt);
    std::string out = d < 0 ? "-" : "";
    int n = static_cast<int>(digits.size());
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
        } else if (decpt >= n) {
            out += digits + std::string(static_cast<size_t>(decpt - n), '0') + ".0";
        } else {
            out += digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (n > 1) out += "." + digits.substr(1);
    out += "e" + exponent_text(decpt - 1);
    return out;
}

int check_format_field(int64_t n, const char* what) {
    if (n > kMaxFormatField)
        throw limit_error(std::string("Size limit: the format's ") + what + " is larger than the playground allows (at most " +
                          std::to_string(kMaxFormatField) + ").");
    return static_cast<int>(n);
}

int parse_format_field(std::string_view spec, size_t& i, const char* what) {
    int64_t n = 0;
    for (; i < spec.size() && spec[i] >= '0' && spec[i] <= '9'; ++i) check_format_field(n = n * 10 + (spec[i] - '0'), what);
    return static_cast<int>(n);
}

FormatSpec parse_format_spec(std::string_view spec, const std::string& type_name) {
    FormatSpec f;
    size_t i = 0;
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    // The fill may be any character, so its UTF-8 length decides where the align is.
    size_t fill_len = 1;
    if (!spec.empty() && (static_cast<unsigned char>(spec[0]) & 0xC0) == 0xC0)
        while (fill_len < spec.size() && (static_cast<unsigned char>(spec[fill_len]) & 0xC0) == 0x80) ++fill_len;
    if (spec.size() > fill_len && is_align(spec[fill_len])) {
        f.fill_text = std::string(spec.substr(0, fill_len));
        f.fill = spec[0];
        f.fill_given = true;
        f.align = spec[fill_len];
        i = fill_len + 1;
    } else if (!spec.empty() && is_align(spec[0])) {
        f.align = spec[0];
        i = 1;
    }
    if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.sign = spec[i++];
    if (i < spec.size() && spec[i] == '#') { f.alternate = true; ++i; }
    if (i < spec.size() && spec[i] == '0') { f.zero_pad = true; ++i; }
    if (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') {
        f.width = parse_format_field(spec, i, "width");
    }
    if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) f.grouping = spec[i++];
    if (i < spec.size() && spec[i] == '.') {
        ++i;
        if (i >= spec.size() || spec[i] < '0' || spec[i] > '9') throw value_error("Format specifier missing precision");
        f.precision = parse_format_field(spec, i, "precision");
    }
    if (i < spec.size()) f.type = spec[i++];
    if (i != spec.size()) throw value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" + type_name + "'");
    if (f.grouping && f.type) {
        bool decimal = std::string_view("deEfFgG%").find(f.type) != std::string_view::npos;
        bool binary = std::string_view("bxXo").find(f.type) != std::string_view::npos;
        if (!decimal && !(binary && f.grouping == '_'))
            throw value_error(std::string("Cannot specify '") + f.grouping + "' with '" + f.type + "'.");
    }
    return f;
}

std::string format_float_c(double d, char type, int precision, bool alternate) {
    bool upper = type >= 'A' && type <= 'Z';
    double a = d < 0 ? -d : d;
    std::string body;
    if (is_nan(d)) body = upper ? "NAN" : "nan";
    else if (is_inf(d)) body = upper ? "INF" : "inf";
    else if (type == 'f' || type == 'F') body = fixed(a, precision);
    else if (type == 'e' || type == 'E') body = scientific(a, precision, upper);
    else body = general(a, precision, upper, alternate);
    if (alternate && (type == 'f' || type == 'F') && precision == 0) body += ".";
    return (sign_bit(d) && !is_nan(d) ? "-" : "") + body;
}

std::string format_float(double d, const FormatSpec& spec) {
    bool negative = sign_bit(d) && !is_nan(d);
    double a = negative ? -d : d;
    std::string body;
    char t = spec.type;
    if (t == 0) {
        if (spec.precision < 0) {
            body = float_repr(a);
        } else if (is_nan(a) || is_inf(a)) {
            body = format_float_c(a, 'g', spec.precision, spec.alternate);
        } else {
            // 'g' with Py_DTSF_ADD_DOT_0: exponent form from decpt > precision - 1,
            // and ".0" when the result has neither a point nor an exponent.
            body = general(a, spec.precision, false, spec.alternate, 1);
            if (body.find_first_of(".e") == std::string::npos) body += ".0";
        }
    } else if (t == '%') {
        body = format_float_c(a * 100.0, 'f', spec.precision < 0 ? 6 : spec.precision, spec.alternate) + "%";
    } else if (t == 'f' || t == 'F' || t == 'e' || t == 'E' || t == 'g' || t == 'G' || t == 'n') {
        body = format_float_c(a, t == 'n' ? 'g' : t, spec.precision < 0 ? 6 : spec.precision, spec.alternate);
    } else {
        throw value_error(std::string("Unknown format code '") + t + "' for object of type 'float'");
    }
    return pad_number(negative, body, spec);
}

std::string format_int_text(const std::string& decimal, const FormatSpec& spec) {
    bool negative = !decimal.empty() && decimal[0] == '-';
    return format_int_digits(negative, "", negative ? decimal.substr(1) : decimal, spec);
}

std::string format_int_digits(bool negative, const std::string& prefix, const std::string& digits, const FormatSpec& spec) {
    if (spec.type != 0 && std::string_view("dnbxXoc").find(spec.type) == std::string_view::npos)
        throw value_error(std::string("Unknown format code '") + spec.type + "' for object of type 'int'");
    if (spec.precision >= 0) throw value_error("Precision not allowed in integer format specifier");
    bool binary = spec.type == 'b' || spec.type == 'x' || spec.type == 'X' || spec.type == 'o';
    return format_number(negative, prefix, digits, spec, binary ? 4 : 3);
}

std::string format_str(const std::string& s, const FormatSpec& spec) {
    if (spec.type != 0 && spec.type != 's')
        throw value_error(std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
    if (spec.sign != '-') throw value_error("Sign not allowed in string format specifier");
    std::string body = s;
    if (spec.precision >= 0) {
        auto cps = utf8_decode(body);
        if (cps.size() > static_cast<size_t>(spec.precision)) {
            body.clear();
            for (int i = 0; i < spec.precision; ++i) utf8_append(body, cps[static_cast<size_t>(i)]);
        }
    }
    if (spec.align == '=') throw value_error("'=' alignment not allowed in string format specifier");
    if (spec.grouping) throw value_error(std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    int len = static_cast<int>(utf8_length(body));
    if (spec.width <= len) return body;
    size_t pad = static_cast<size_t>(spec.width - len);
    std::string fill = spec.fill_text.empty() ? std::string(1, spec.zero_pad ? '0' : spec.fill) : spec.fill_text;
    auto fills = [&](size_t n) { std::string out; for (size_t k = 0; k < n; ++k) out += fill; return out; };
    switch (spec.align ? spec.align : '<') {
        case '>': return fills(pad) + body;
        case '^': return fills(pad / 2) + body + fills(pad - pad / 2);
        default: return body + fills(pad);
    }
}

// CPython 3.11: sys.int_info.default_max_str_digits.
constexpr size_t kMaxStrDigits = 4300;

std::string int_to_decimal(const BigInt& n) {
    // 2**14287 > 10**4300: anything longer has more than 4300 digits.
    std::string text = n.bit_length() > 14287 ? std::string(kMaxStrDigits + 1, '9') : n.to_string();
    size_t digits = text.size() - (text[0] == '-' ? 1 : 0);
    if (digits > kMaxStrDigits)
        throw value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    return text;
}

void check_int_str_digits(std::string_view text, int base) {
    if (base != 0 && base != 10) return;  // powers of two are exempt; other bases count too, rarely used
    size_t digits = 0;
    for (char c : text) digits += (c >= '0' && c <= '9') ? 1 : 0;
    if (digits > kMaxStrDigits)
        throw value_error("Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(digits) +
                          " digits; use sys.set_int_max_str_digits() to increase the limit");
}

}  // namespace seedlab::lang
