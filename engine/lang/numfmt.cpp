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
std::string group_digits(const std::string& s, char sep) {
    size_t end = s.find_first_of(".eE%");
    if (end == std::string::npos) end = s.size();
    std::string intpart = s.substr(0, end), out;
    int count = 0;
    for (size_t i = intpart.size(); i > 0; --i) {
        if (count > 0 && count % 3 == 0) out.insert(out.begin(), sep);
        out.insert(out.begin(), intpart[i - 1]);
        ++count;
    }
    return out + s.substr(end);
}

// Applies sign, width, fill and alignment to a formatted magnitude.
std::string pad_number(bool negative, std::string body, const FormatSpec& spec) {
    std::string sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    if (spec.grouping) body = group_digits(body, spec.grouping);
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    char fill = spec.align ? spec.fill : (spec.zero_pad ? '0' : spec.fill);
    int len = static_cast<int>(utf8_length(sign) + utf8_length(body));
    if (spec.width <= len) return sign + body;
    int pad = spec.width - len;
    std::string fills(static_cast<size_t>(pad), fill);
    switch (align) {
        case '<': return sign + body + fills;
        case '=': return sign + fills + body;
        case '^': return std::string(static_cast<size_t>(pad / 2), fill) + sign + body + std::string(static_cast<size_t>(pad - pad / 2), fill);
        default: return fills + sign + body;
    }
}

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
std::string general(double a, int precision, bool upper, bool alternate) {
    if (precision == 0) precision = 1;
    if (a == 0.0) {
        std::string z = "0";
        if (alternate) { z += "."; z += std::string(static_cast<size_t>(precision - 1), '0'); }
        return z;
    }
    std::string sci = scientific(a, precision - 1, upper);
    int exp = std::atoi(sci.c_str() + sci.find(upper ? 'E' : 'e') + 1);
    std::string out;
    if (exp < -4 || exp >= precision) {
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

FormatSpec parse_format_spec(std::string_view spec) {
    FormatSpec f;
    size_t i = 0;
    auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    if (spec.size() >= 2 && is_align(spec[1])) {
        f.fill = spec[0];
        f.align = spec[1];
        i = 2;
    } else if (!spec.empty() && is_align(spec[0])) {
        f.align = spec[0];
        i = 1;
    }
    if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.sign = spec[i++];
    if (i < spec.size() && spec[i] == '#') { f.alternate = true; ++i; }
    if (i < spec.size() && spec[i] == '0') { f.zero_pad = true; ++i; }
    if (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') {
        f.width = 0;
        while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') f.width = f.width * 10 + (spec[i++] - '0');
    }
    if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) f.grouping = spec[i++];
    if (i < spec.size() && spec[i] == '.') {
        ++i;
        if (i >= spec.size() || spec[i] < '0' || spec[i] > '9') throw value_error("Format specifier missing precision");
        f.precision = 0;
        while (i < spec.size() && spec[i] >= '0' && spec[i] <= '9') f.precision = f.precision * 10 + (spec[i++] - '0');
    }
    if (i < spec.size()) f.type = spec[i++];
    if (i != spec.size()) throw value_error("Invalid format specifier '" + std::string(spec) + "' for object of type 'float'");
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
        } else {
            // Like 'g' but always with at least one digit after the point when fixed.
            body = format_float_c(a, 'g', spec.precision, spec.alternate);
            if (!is_nan(a) && !is_inf(a) && body.find_first_of(".e") == std::string::npos) body += ".0";
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
    std::string body = negative ? decimal.substr(1) : decimal;
    if (spec.type != 0 && spec.type != 'd' && spec.type != 'n')
        throw value_error(std::string("Unknown format code '") + spec.type + "' for object of type 'int'");
    if (spec.precision >= 0) throw value_error("Precision not allowed in integer format specifier");
    return pad_number(negative, body, spec);
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
    int len = static_cast<int>(utf8_length(body));
    if (spec.width <= len) return body;
    int pad = spec.width - len;
    std::string fills(static_cast<size_t>(pad), spec.fill);
    switch (spec.align ? spec.align : '<') {
        case '>': return fills + body;
        case '^': return std::string(static_cast<size_t>(pad / 2), spec.fill) + body + std::string(static_cast<size_t>(pad - pad / 2), spec.fill);
        case '=': throw value_error("'=' alignment not allowed in string format specifier");
        default: return body + fills;
    }
}

}  // namespace seedlab::lang
