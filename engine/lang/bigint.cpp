// BigInt implementation: sign plus little-endian 32-bit limbs with 64-bit intermediates, so no
// __int128 and nothing that differs between g++ and em++. Division is Knuth's Algorithm D
// (TAOCP 4.3.1) in the form of Hacker's Delight `divmnu64`. The float conversions follow
// CPython 3.11's Objects/longobject.c (`_PyLong_Frexp` and `long_true_divide`), but build the
// IEEE-754 bits themselves instead of calling ldexp.
//
// Not here: Karatsuba or any sub-quadratic algorithm, and Python's int/str digit limit.
#include "lang/bigint.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace seedlab::lang {
namespace {

using Mag = std::vector<uint32_t>;

// IEEE-754 binary64 layout: 52 stored fraction bits, exponent bias 1023, and 2**1024 is the
// first power of two past DBL_MAX. CPython's DBL_MANT_DIG / DBL_MIN_EXP / DBL_MAX_EXP.
constexpr int kMantDig = 53;
constexpr int kMinExp = -1021;
constexpr int kMaxExp = 1024;
constexpr uint64_t kFractionMask = (uint64_t{1} << 52) - 1;

// ---- Magnitude helpers (unsigned, little-endian, trimmed) ----------------------------------

void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

int compare_mag(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

uint64_t bit_length_mag(const Mag& m) {
    if (m.empty()) return 0;
    return uint64_t{m.size() - 1} * 32 + uint64_t(32 - std::countl_zero(m.back()));
}

// The lowest 64 bits.
uint64_t low_u64(const Mag& m) {
    uint64_t v = m.empty() ? 0 : m[0];
    if (m.size() > 1) v |= uint64_t{m[1]} << 32;
    return v;
}

Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& longer = a.size() >= b.size() ? a : b;
    const Mag& shorter = a.size() >= b.size() ? b : a;
    Mag r(longer.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < longer.size(); ++i) {
        uint64_t s = uint64_t{longer[i]} + (i < shorter.size() ? shorter[i] : 0) + carry;
        r[i] = uint32_t(s);
        carry = s >> 32;
    }
    r[longer.size()] = uint32_t(carry);
    trim(r);
    return r;
}

// a - b for a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    uint64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t subtrahend = (i < b.size() ? b[i] : 0) + borrow;
        r[i] = uint32_t(uint64_t{a[i]} - subtrahend);
        borrow = uint64_t{a[i]} < subtrahend ? 1 : 0;
    }
    trim(r);
    return r;
}

// a - 1 for a >= 1, and a + 1.
Mag decrement_mag(Mag a) {
    for (uint32_t& limb : a) {
        if (limb-- != 0) break;
    }
    trim(a);
    return a;
}

Mag increment_mag(Mag a) {
    for (uint32_t& limb : a) {
        if (++limb != 0) return a;
    }
    a.push_back(1);
    return a;
}

// Schoolbook product; each step fits 64 bits since (2**32-1)**2 + 2 * (2**32-1) = 2**64 - 1.
Mag mul_mag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    Mag r(a.size() + b.size(), 0);
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t carry = 0;
        for (size_t j = 0; j < b.size(); ++j) {
            uint64_t t = uint64_t{a[i]} * b[j] + r[i + j] + carry;
            r[i + j] = uint32_t(t);
            carry = t >> 32;
        }
        r[i + b.size()] = uint32_t(carry);
    }
    trim(r);
    return r;
}

// m = m * factor + addend, in place.
void mul_add_small(Mag& m, uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (uint32_t& limb : m) {
        uint64_t t = uint64_t{limb} * factor + carry;
        limb = uint32_t(t);
        carry = t >> 32;
    }
    if (carry != 0) m.push_back(uint32_t(carry));
}

// m = m / divisor in place; returns the remainder.
uint32_t divmod_small(Mag& m, uint32_t divisor) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
        uint64_t cur = (rem << 32) | m[i];
        m[i] = uint32_t(cur / divisor);
        rem = cur % divisor;
    }
    trim(m);
    return uint32_t(rem);
}

Mag shl_mag(const Mag& a, uint64_t bits) {
    if (a.empty()) return {};
    size_t limbs = size_t(bits / 32);
    unsigned shift = unsigned(bits % 32);
    Mag r(a.size() + limbs + 1, 0);
    for (size_t i = 0; i < a.size(); ++i) {
        r[i + limbs] |= a[i] << shift;
        if (shift != 0) r[i + limbs + 1] = a[i] >> (32 - shift);
    }
    trim(r);
    return r;
}

// floor(a / 2**bits); [bits] may exceed size_t on wasm32, hence the 64-bit comparison.
Mag shr_mag(const Mag& a, uint64_t bits) {
    if (bits / 32 >= a.size()) return {};
    size_t limbs = size_t(bits / 32);
    unsigned shift = unsigned(bits % 32);
    Mag r(a.size() - limbs);
    for (size_t i = 0; i < r.size(); ++i) {
        uint64_t v = a[i + limbs] >> shift;
        if (shift != 0 && i + limbs + 1 < a.size()) v |= uint64_t{a[i + limbs + 1]} << (32 - shift);
        r[i] = uint32_t(v);
    }
    trim(r);
    return r;
}

// Bits [bit, bit + 32) as a number.
uint64_t bits_at(const Mag& a, uint64_t bit) {
    size_t limb = size_t(bit / 32);
    uint64_t window = limb < a.size() ? a[limb] : 0;
    if (limb + 1 < a.size()) window |= uint64_t{a[limb + 1]} << 32;
    return window >> (bit % 32);
}

// Whether any of the lowest [bits] bits is set.
bool low_bits_nonzero(const Mag& a, uint64_t bits) {
    uint64_t whole = std::min<uint64_t>(bits / 32, a.size());
    for (size_t i = 0; i < whole; ++i) {
        if (a[i] != 0) return true;
    }
    unsigned partial = unsigned(bits % 32);
    return whole < a.size() && partial != 0 && (a[whole] & ((uint32_t{1} << partial) - 1)) != 0;
}

std::length_error too_many_bits() {
    return std::length_error("integer result exceeds " + std::to_string(BigInt::kMaxBits) + " bits");
}

// a * b, refused before the work when it certainly exceeds kMaxBits (bits(a*b) >= bits(a) + bits(b) - 1).
Mag checked_mul_mag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    if (bit_length_mag(a) + bit_length_mag(b) - 1 > BigInt::kMaxBits) throw too_many_bits();
    Mag product = mul_mag(a, b);
    if (bit_length_mag(product) > BigInt::kMaxBits) throw too_many_bits();
    return product;
}

// Truncating division of magnitudes, v nonzero: Knuth's Algorithm D.
void divmod_mag(const Mag& u, const Mag& v, Mag& q, Mag& r) {
    if (compare_mag(u, v) < 0) {
        q.clear();
        r = u;
        return;
    }
    if (v.size() == 1) {
        q = u;
        uint32_t rem = divmod_small(q, v[0]);
        r.clear();
        if (rem != 0) r.push_back(rem);
        return;
    }
    const size_t n = v.size();
    const size_t m = u.size() - n;
    // D1: normalise so the divisor's top bit is set; the shifted dividend gains one limb.
    const unsigned s = unsigned(std::countl_zero(v.back()));
    Mag vn = shl_mag(v, s);
    Mag un = shl_mag(u, s);
    un.resize(u.size() + 1, 0);
    q.assign(m + 1, 0);
    const uint64_t base = uint64_t{1} << 32;
    for (size_t j = m + 1; j-- > 0;) {
        // D3: estimate the quotient limb from the top two limbs, then correct it at most twice.
        uint64_t numerator = (uint64_t{un[j + n]} << 32) | un[j + n - 1];
        uint64_t qhat = numerator / vn[n - 1];
        uint64_t rhat = numerator % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            --qhat;
            rhat += vn[n - 1];
            if (rhat >= base) break;
        }
        // D4: subtract qhat * vn from the current window.
        uint64_t borrow = 0;
        for (size_t i = 0; i < n; ++i) {
            uint64_t product = qhat * vn[i] + borrow;
            uint32_t low = uint32_t(product);
            borrow = (product >> 32) + (un[i + j] < low ? 1 : 0);
            un[i + j] -= low;
        }
        bool went_negative = un[j + n] < borrow;
        un[j + n] = uint32_t(un[j + n] - borrow);
        // D6: qhat was one too large (rare); add the divisor back.
        if (went_negative) {
            --qhat;
            uint64_t carry = 0;
            for (size_t i = 0; i < n; ++i) {
                uint64_t t = uint64_t{un[i + j]} + vn[i] + carry;
                un[i + j] = uint32_t(t);
                carry = t >> 32;
            }
            un[j + n] = uint32_t(un[j + n] + carry);
        }
        q[j] = uint32_t(qhat);
    }
    trim(q);
    un.resize(n);
    trim(un);
    r = shr_mag(un, s);
}

// Infinite two's complement, cut to [limbs] limbs (enough for a sign limb).
Mag to_twos(const Mag& m, bool negative, size_t limbs) {
    Mag r(m);
    r.resize(limbs, 0);
    if (negative) {
        for (uint32_t& limb : r) limb = ~limb;
        r = increment_mag(std::move(r));
        r.resize(limbs);
    }
    return r;
}

Mag from_twos(Mag r, bool negative) {
    if (negative) {
        for (uint32_t& limb : r) limb = ~limb;
        r = increment_mag(std::move(r));
    }
    trim(r);
    return r;
}

// ---- Doubles --------------------------------------------------------------------------------

// memcpy rather than std::bit_cast: emscripten 3.1.6's libc++ does not have bit_cast yet.
double double_from_bits(uint64_t bits) {
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

uint64_t bits_from_double(double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// The double ±m * 2**e, or nullopt when it reaches 2**1024. Callers have already rounded, so the
// value is exactly representable (normal or subnormal) and only trailing zero bits are dropped.
std::optional<double> compose_double(bool negative, uint64_t m, int64_t e) {
    uint64_t bits = 0;
    if (m != 0) {
        int64_t length = 64 - std::countl_zero(m);
        if (length > kMantDig) {
            m >>= (length - kMantDig);
        } else {
            m <<= (kMantDig - length);
        }
        e += length - kMantDig;  // now m is in [2**52, 2**53)
        int64_t biased = e + (kMantDig - 1) + 1023;
        if (biased >= 2047) return std::nullopt;
        if (biased >= 1) {
            bits = (uint64_t(biased) << 52) | (m & kFractionMask);
        } else {
            int64_t down = 1 - biased;  // subnormal: bits = m * 2**(e + 1074)
            bits = down >= 64 ? 0 : m >> down;
        }
    }
    if (negative) bits |= uint64_t{1} << 63;
    return double_from_bits(bits);
}

// ---- Text -----------------------------------------------------------------------------------

// The ASCII characters CPython's int() strips (str.isspace minus \x1c-\x1f, which int() rejects).
bool is_int_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// Python's repr(s) cut to 200 characters, as CPython's "%.200R" does in the int() error.
// Bytes from 0x80 up pass through: Python prints printable non-ASCII characters as they are.
std::string python_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    for (char c : s) {
        auto byte = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (byte < 0x20 || byte == 0x7f) {
            const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += c;
        }
    }
    out += quote;
    size_t code_points = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        if ((static_cast<unsigned char>(out[i]) & 0xC0) == 0x80) continue;
        if (++code_points > 200) {
            out.resize(i);
            break;
        }
    }
    return out;
}

// Magnitude from validated digit characters, most significant first.
Mag digits_to_mag(std::string_view digits, int base) {
    Mag m;
    if (std::has_single_bit(unsigned(base))) {
        const int width = std::countr_zero(unsigned(base));
        uint64_t bit = 0;
        for (size_t i = digits.size(); i-- > 0; bit += width) {
            uint64_t value = uint64_t(digit_value(digits[i])) << (bit % 32);
            size_t limb = size_t(bit / 32);
            if (m.size() < limb + 2) m.resize(limb + 2, 0);
            m[limb] |= uint32_t(value);
            m[limb + 1] |= uint32_t(value >> 32);
        }
        trim(m);
        return m;
    }
    // Other bases: fold in chunks of k digits, base**k < 2**32.
    uint32_t chunk_base = uint32_t(base);
    int chunk_digits = 1;
    while (uint64_t{chunk_base} * uint32_t(base) <= 0xFFFFFFFFu) {
        chunk_base *= uint32_t(base);
        ++chunk_digits;
    }
    size_t i = 0;
    while (i < digits.size()) {
        size_t take = std::min<size_t>(size_t(chunk_digits), digits.size() - i);
        uint32_t factor = 1;
        uint32_t chunk = 0;
        for (size_t k = 0; k < take; ++k) {
            factor *= uint32_t(base);
            chunk = chunk * uint32_t(base) + uint32_t(digit_value(digits[i + k]));
        }
        mul_add_small(m, factor, chunk);
        i += take;
    }
    trim(m);
    return m;
}

// Digits of a magnitude in [base], most significant first; "0" for zero.
std::string mag_to_digits(Mag m, int base) {
    const char* alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (m.empty()) return "0";
    std::string out;
    if (std::has_single_bit(unsigned(base))) {
        const unsigned width = unsigned(std::countr_zero(unsigned(base)));
        const uint64_t total = bit_length_mag(m);
        for (uint64_t bit = 0; bit < total; bit += width) {
            out += alphabet[bits_at(m, bit) & uint64_t(base - 1)];
        }
    } else {
        uint32_t chunk_base = uint32_t(base);
        int chunk_digits = 1;
        while (uint64_t{chunk_base} * uint32_t(base) <= 0xFFFFFFFFu) {
            chunk_base *= uint32_t(base);
            ++chunk_digits;
        }
        while (!m.empty()) {
            uint32_t chunk = divmod_small(m, chunk_base);
            for (int k = 0; k < chunk_digits && (chunk != 0 || !m.empty()); ++k) {
                out += alphabet[chunk % uint32_t(base)];
                chunk /= uint32_t(base);
            }
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

}  // namespace

// ---- Construction ---------------------------------------------------------------------------

BigInt::BigInt(bool negative, std::vector<uint32_t> magnitude) : mag_(std::move(magnitude)) {
    trim(mag_);
    negative_ = negative && !mag_.empty();
}

std::vector<uint32_t> BigInt::limbs_of(uint64_t magnitude) {
    Mag m{uint32_t(magnitude), uint32_t(magnitude >> 32)};
    trim(m);
    return m;
}

BigInt BigInt::from_words32(std::span<const uint32_t> words, bool negative) {
    return BigInt(negative, Mag(words.begin(), words.end()));
}

BigInt BigInt::from_bytes(std::span<const uint8_t> big_endian, bool negative) {
    Mag m((big_endian.size() + 3) / 4, 0);
    for (size_t i = 0; i < big_endian.size(); ++i) {
        size_t position = big_endian.size() - 1 - i;  // byte index from the least significant end
        m[position / 4] |= uint32_t{big_endian[i]} << (8 * (position % 4));
    }
    return BigInt(negative, std::move(m));
}

// Mirrors CPython 3.11's PyLong_FromString step by step, including its quirks: "0b1" in base 16
// is 0xb1, one underscore may follow a prefix, and base 0 rejects "010" but accepts "00".
BigInt BigInt::from_string(std::string_view text, int base) {
    if ((base != 0 && base < 2) || base > 36) {
        throw std::invalid_argument("int() base must be >= 2 and <= 36, or 0");
    }
    auto invalid = [&]() {
        return std::invalid_argument("invalid literal for int() with base " + std::to_string(base) +
                                     ": " + python_repr(text));
    };
    auto at = [&](size_t k) { return k < text.size() ? text[k] : '\0'; };
    size_t i = 0;
    while (i < text.size() && is_int_space(text[i])) ++i;
    bool negative = false;
    if (at(i) == '+' || at(i) == '-') {
        negative = at(i) == '-';
        ++i;
    }
    int digit_base = base;
    bool old_octal = false;  // base 0 and a leading 0 without prefix: only zero is allowed
    if (digit_base == 0) {
        char marker = lower(at(i + 1));
        if (at(i) != '0') {
            digit_base = 10;
        } else if (marker == 'x') {
            digit_base = 16;
        } else if (marker == 'o') {
            digit_base = 8;
        } else if (marker == 'b') {
            digit_base = 2;
        } else {
            digit_base = 10;
            old_octal = true;
        }
    }
    char marker = lower(at(i + 1));
    if (at(i) == '0' && ((digit_base == 16 && marker == 'x') || (digit_base == 8 && marker == 'o') ||
                         (digit_base == 2 && marker == 'b'))) {
        i += 2;
        if (at(i) == '_') ++i;
    }
    if (at(i) == '_') throw invalid();
    std::string digits;
    char previous = '\0';
    for (; i < text.size() && (digit_value(text[i]) < digit_base || text[i] == '_'); ++i) {
        if (text[i] == '_' && previous == '_') throw invalid();
        if (text[i] != '_') digits += text[i];
        previous = text[i];
    }
    if (previous == '_' || digits.empty()) throw invalid();
    while (i < text.size() && is_int_space(text[i])) ++i;
    if (i != text.size()) throw invalid();
    BigInt result(negative, digits_to_mag(digits, digit_base));
    if (old_octal && !result.is_zero()) throw invalid();
    return result;
}

BigInt BigInt::from_double(double value) {
    const uint64_t bits = bits_from_double(value);
    const bool negative = (bits >> 63) != 0;
    const int exponent_field = int((bits >> 52) & 0x7ff);
    if (exponent_field == 0x7ff) {
        if ((bits & kFractionMask) != 0) throw std::invalid_argument("cannot convert float NaN to integer");
        throw std::overflow_error("cannot convert float infinity to integer");
    }
    if (exponent_field < 1023) return BigInt();  // |value| < 1, including zeros and subnormals
    const uint64_t mantissa = (bits & kFractionMask) | (uint64_t{1} << 52);
    const int shift = exponent_field - 1075;  // value = mantissa * 2**shift
    Mag m{uint32_t(mantissa), uint32_t(mantissa >> 32)};
    m = shift >= 0 ? shl_mag(m, uint64_t(shift)) : shr_mag(m, uint64_t(-shift));
    return BigInt(negative, std::move(m));
}

// ---- Conversion -----------------------------------------------------------------------------

std::string BigInt::to_string() const { return to_string(10); }

std::string BigInt::to_string(int base) const {
    if (base < 2 || base > 36) throw std::invalid_argument("base must be >= 2 and <= 36");
    return (negative_ ? "-" : "") + mag_to_digits(mag_, base);
}

std::string BigInt::to_hex() const { return (negative_ ? "-0x" : "0x") + mag_to_digits(mag_, 16); }

bool BigInt::fits_int64() const {
    if (mag_.size() > 2) return false;
    const uint64_t magnitude = low_u64(mag_);
    const uint64_t limit = uint64_t{1} << 63;  // |INT64_MIN|
    return negative_ ? magnitude <= limit : magnitude < limit;
}

int64_t BigInt::to_int64() const {
    if (!fits_int64()) throw std::overflow_error("Python int too large to convert to C int64_t");
    const uint64_t magnitude = low_u64(mag_);
    return int64_t(negative_ ? 0 - magnitude : magnitude);  // modular conversion, defined in C++20
}

// Keeps 54 bits (53 plus a rounding bit) and a sticky bit for the rest, then rounds half to even,
// as CPython's _PyLong_Frexp does.
double BigInt::to_double() const {
    const uint64_t length = bit_length();
    if (length > uint64_t(kMaxExp)) throw std::overflow_error("int too large to convert to float");
    uint64_t m = low_u64(mag_);
    int64_t e = 0;
    if (length > uint64_t(kMantDig)) {
        const uint64_t drop = length - (kMantDig + 1);
        const uint64_t top = low_u64(shr_mag(mag_, drop));
        const bool sticky = low_bits_nonzero(mag_, drop);
        m = top >> 1;
        if ((top & 1) != 0 && (sticky || (m & 1) != 0)) ++m;  // may carry to 2**53, still exact
        e = int64_t(drop) + 1;
    }
    std::optional<double> result = compose_double(negative_, m, e);
    if (!result) throw std::overflow_error("int too large to convert to float");
    return *result;
}

std::vector<uint32_t> BigInt::abs_words32() const {
    if (mag_.empty()) return {0};
    return mag_;
}

std::vector<uint8_t> BigInt::to_bytes() const { return to_bytes(size_t((bit_length() + 7) / 8)); }

std::vector<uint8_t> BigInt::to_bytes(size_t length) const {
    if ((bit_length() + 7) / 8 > length) throw std::overflow_error("int too big to convert");
    std::vector<uint8_t> out(length, 0);
    for (size_t byte = 0; byte < mag_.size() * 4 && byte < length; ++byte) {
        out[length - 1 - byte] = uint8_t(mag_[byte / 4] >> (8 * (byte % 4)));
    }
    return out;
}

uint64_t BigInt::bit_length() const { return bit_length_mag(mag_); }

// ---- Arithmetic -----------------------------------------------------------------------------

BigInt BigInt::abs() const { return BigInt(false, mag_); }

BigInt BigInt::operator-() const { return BigInt(!negative_, mag_); }

BigInt BigInt::operator~() const {
    // ~n = -(n + 1): for n >= 0 that is -(|n| + 1), for n < 0 it is |n| - 1.
    return negative_ ? BigInt(false, decrement_mag(mag_)) : BigInt(true, increment_mag(mag_));
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    if (a.negative_ == b.negative_) return BigInt(a.negative_, add_mag(a.mag_, b.mag_));
    const int order = compare_mag(a.mag_, b.mag_);
    if (order == 0) return BigInt();
    if (order > 0) return BigInt(a.negative_, sub_mag(a.mag_, b.mag_));
    return BigInt(b.negative_, sub_mag(b.mag_, a.mag_));
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
    return BigInt(a.negative_ != b.negative_, checked_mul_mag(a.mag_, b.mag_));
}

// Truncating division, then the floor correction: when the signs differ and the remainder is
// nonzero, step the quotient down by one and move the remainder to the divisor's side.
std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw std::domain_error("integer division or modulo by zero");
    Mag q;
    Mag r;
    divmod_mag(a.mag_, b.mag_, q, r);
    BigInt quotient(a.negative_ != b.negative_, std::move(q));
    BigInt remainder(a.negative_, std::move(r));
    if (!remainder.is_zero() && a.negative_ != b.negative_) {
        quotient -= 1;
        remainder += b;
    }
    return {std::move(quotient), std::move(remainder)};
}

BigInt floordiv(const BigInt& a, const BigInt& b) { return divmod(a, b).first; }

BigInt mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw std::domain_error("integer modulo by zero");
    return divmod(a, b).second;
}

// CPython's long_true_divide: take a quotient with DBL_MANT_DIG + 2 or + 3 bits (fewer in the
// subnormal range, which the shift accounts for), fold the rest into an inexact flag, and round
// half to even on the low bits. That is correctly rounded for every operand size.
double true_divide(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw std::domain_error("division by zero");
    const bool negate = a.negative_ != b.negative_;
    const double zero = negate ? -0.0 : 0.0;
    if (a.is_zero()) return zero;
    const int64_t diff = int64_t(a.bit_length()) - int64_t(b.bit_length());
    if (diff > kMaxExp) throw std::overflow_error("integer division result too large for a float");
    if (diff < kMinExp - kMantDig - 1) return zero;
    const int64_t shift = std::max<int64_t>(diff, kMinExp) - kMantDig - 2;
    bool inexact = false;
    Mag x;
    if (shift <= 0) {
        x = shl_mag(a.mag_, uint64_t(-shift));
    } else {
        x = shr_mag(a.mag_, uint64_t(shift));
        inexact = low_bits_nonzero(a.mag_, uint64_t(shift));
    }
    Mag q;
    Mag r;
    divmod_mag(x, b.mag_, q, r);
    inexact = inexact || !r.empty();
    const int64_t x_bits = int64_t(bit_length_mag(q));  // at most DBL_MANT_DIG + 3
    const int64_t extra_bits = std::max<int64_t>(x_bits, kMinExp - shift) - kMantDig;
    const uint64_t mask = uint64_t{1} << (extra_bits - 1);
    uint64_t low = low_u64(q) | (inexact ? 1 : 0);
    if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) low += mask;
    low &= ~(2 * mask - 1);
    std::optional<double> result = compose_double(negate, low, shift);
    if (!result) throw std::overflow_error("integer division result too large for a float");
    return *result;
}

BigInt pow(const BigInt& base, const BigInt& exponent) {
    if (exponent.negative_) throw std::invalid_argument("negative exponent");
    if (exponent.is_zero()) return BigInt(1);
    if (base.is_zero()) return BigInt();
    const bool negative = base.negative_ && (exponent.mag_[0] & 1) != 0;
    if (base.mag_ == Mag{1}) return BigInt(negative ? -1 : 1);
    // Now |base| >= 2, so the result has at least (bits(base) - 1) * e + 1 bits: refuse early.
    if (exponent.mag_.size() > 2) throw too_many_bits();
    const uint64_t e = low_u64(exponent.mag_);
    const uint64_t base_bits = base.bit_length();
    if (base_bits - 1 > (BigInt::kMaxBits - 1) / e) throw too_many_bits();
    if (std::has_single_bit(low_u64(base.mag_)) && base.mag_.size() <= 2) {
        return BigInt(negative, shl_mag(Mag{1}, (base_bits - 1) * e));  // (2**k)**e is a shift
    }
    // Each partial power is at most the result, so a refused product means the result is too large.
    Mag result = base.mag_;
    for (int bit = 62 - std::countl_zero(e); bit >= 0; --bit) {
        result = checked_mul_mag(result, result);
        if (((e >> bit) & 1) != 0) result = checked_mul_mag(result, base.mag_);
    }
    return BigInt(negative, std::move(result));
}

namespace {

// The inverse of [a] modulo [m] > 1 by the extended Euclidean algorithm, as CPython's long_invmod.
BigInt mod_inverse(const BigInt& a, const BigInt& m) {
    BigInt old_r = mod(a, m);
    BigInt r = m;
    BigInt old_s = 1;
    BigInt s = 0;
    while (!r.is_zero()) {
        auto [quotient, remainder] = divmod(old_r, r);
        old_r = std::exchange(r, std::move(remainder));
        old_s = std::exchange(s, old_s - quotient * s);
    }
    if (old_r != BigInt(1)) throw std::invalid_argument("base is not invertible for the given modulus");
    return mod(old_s, m);
}

}  // namespace

// Follows CPython 3.11's long_pow order: zero modulus, then modulus 1 (so pow(2, -1, 1) == 0),
// then the inverse for a negative exponent, then left-to-right square and multiply.
BigInt pow(const BigInt& base, const BigInt& exponent, const BigInt& modulus) {
    if (modulus.is_zero()) throw std::invalid_argument("pow() 3rd argument cannot be 0");
    const BigInt m = modulus.abs();
    if (m.mag_ == Mag{1}) return BigInt();
    BigInt b = exponent.negative_ ? mod_inverse(base, m) : mod(base, m);
    const BigInt e = exponent.abs();
    BigInt result = 1;
    // Raw products: operands stay below the modulus, so kMaxBits does not apply.
    for (uint64_t bit = e.bit_length(); bit-- > 0;) {
        result = mod(BigInt(false, mul_mag(result.mag_, result.mag_)), m);
        if (((e.mag_[bit / 32] >> (bit % 32)) & 1) != 0) result = mod(BigInt(false, mul_mag(result.mag_, b.mag_)), m);
    }
    if (modulus.negative_ && !result.is_zero()) result -= m;
    return result;
}

BigInt operator<<(const BigInt& a, int64_t count) {
    if (count < 0) throw std::invalid_argument("negative shift count");
    if (count == 0 || a.is_zero()) return a;
    if (uint64_t(count) > BigInt::kMaxBits || a.bit_length() + uint64_t(count) > BigInt::kMaxBits) {
        throw too_many_bits();
    }
    return BigInt(a.negative_, shl_mag(a.mag_, uint64_t(count)));
}

// For negative a, floor(a / 2**count) = -(((|a| - 1) >> count) + 1).
BigInt operator>>(const BigInt& a, int64_t count) {
    if (count < 0) throw std::invalid_argument("negative shift count");
    if (!a.negative_) return BigInt(false, shr_mag(a.mag_, uint64_t(count)));
    return BigInt(true, increment_mag(shr_mag(decrement_mag(a.mag_), uint64_t(count))));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
    const size_t limbs = std::max(a.mag_.size(), b.mag_.size()) + 1;
    Mag x = to_twos(a.mag_, a.negative_, limbs);
    const Mag y = to_twos(b.mag_, b.negative_, limbs);
    for (size_t i = 0; i < limbs; ++i) x[i] &= y[i];
    const bool negative = a.negative_ && b.negative_;
    return BigInt(negative, from_twos(std::move(x), negative));
}

BigInt operator|(const BigInt& a, const BigInt& b) {
    const size_t limbs = std::max(a.mag_.size(), b.mag_.size()) + 1;
    Mag x = to_twos(a.mag_, a.negative_, limbs);
    const Mag y = to_twos(b.mag_, b.negative_, limbs);
    for (size_t i = 0; i < limbs; ++i) x[i] |= y[i];
    const bool negative = a.negative_ || b.negative_;
    return BigInt(negative, from_twos(std::move(x), negative));
}

BigInt operator^(const BigInt& a, const BigInt& b) {
    const size_t limbs = std::max(a.mag_.size(), b.mag_.size()) + 1;
    Mag x = to_twos(a.mag_, a.negative_, limbs);
    const Mag y = to_twos(b.mag_, b.negative_, limbs);
    for (size_t i = 0; i < limbs; ++i) x[i] ^= y[i];
    const bool negative = a.negative_ != b.negative_;
    return BigInt(negative, from_twos(std::move(x), negative));
}

// ---- Comparison -----------------------------------------------------------------------------

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    if (a.negative_ != b.negative_) {
        return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    const int order = a.negative_ ? compare_mag(b.mag_, a.mag_) : compare_mag(a.mag_, b.mag_);
    return order < 0 ? std::strong_ordering::less
                     : (order > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

}  // namespace seedlab::lang
