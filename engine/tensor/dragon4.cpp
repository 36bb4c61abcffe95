// Port of NumPy 1.24's dragon4.c (itself Ryan Juckett's Dragon4, zlib licence, with
// NumPy's modifications: unbiased rounding with isEven, cutoff_min/cutoff_max, the
// FormatPositional/FormatScientific layout and trimming). The big integers are
// exact, so the output depends on nothing platform-specific; the only floating-point
// step is the digit-exponent estimate, which the algorithm corrects.
#include "tensor/dragon4.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace seedlab::tensor {
namespace {

// Enough 32-bit blocks for any float64 (the largest intermediate is ~1080 bits).
constexpr int kMaxBlocks = 64;
// NumPy's scratch buffer size (Dragon4_Scratch.repr); bounds the digit count.
constexpr int kBufferSize = 16384;

struct Big {
    uint32_t length = 0;
    uint32_t blocks[kMaxBlocks] = {};

    void set_u64(uint64_t v) {
        if (v > 0xFFFFFFFFull) { blocks[0] = static_cast<uint32_t>(v); blocks[1] = static_cast<uint32_t>(v >> 32); length = 2; }
        else if (v != 0) { blocks[0] = static_cast<uint32_t>(v); length = 1; }
        else length = 0;
    }
    void set_u32(uint32_t v) {
        if (v != 0) { blocks[0] = v; length = 1; } else length = 0;
    }
    bool is_zero() const { return length == 0; }
    bool is_even() const { return length == 0 || (blocks[0] % 2) == 0; }
};

void check(uint32_t len) {
    if (len > kMaxBlocks) throw std::logic_error("dragon4: big integer overflow");
}

int compare(const Big& a, const Big& b) {
    if (a.length != b.length) return a.length > b.length ? 1 : -1;
    for (int i = static_cast<int>(a.length) - 1; i >= 0; --i) {
        if (a.blocks[i] == b.blocks[i]) continue;
        return a.blocks[i] > b.blocks[i] ? 1 : -1;
    }
    return 0;
}

void add(Big& result, const Big& lhs, const Big& rhs) {
    const Big& large = lhs.length < rhs.length ? rhs : lhs;
    const Big& small = lhs.length < rhs.length ? lhs : rhs;
    uint64_t carry = 0;
    uint32_t i = 0;
    for (; i < small.length; ++i) {
        uint64_t sum = carry + large.blocks[i] + static_cast<uint64_t>(small.blocks[i]);
        carry = sum >> 32;
        result.blocks[i] = static_cast<uint32_t>(sum);
    }
    for (; i < large.length; ++i) {
        uint64_t sum = carry + large.blocks[i];
        carry = sum >> 32;
        result.blocks[i] = static_cast<uint32_t>(sum);
    }
    result.length = large.length;
    if (carry != 0) {
        check(large.length + 1);
        result.blocks[large.length] = 1;
        result.length = large.length + 1;
    }
}

void multiply(Big& result, const Big& lhs, const Big& rhs) {
    const Big& large = lhs.length < rhs.length ? rhs : lhs;
    const Big& small = lhs.length < rhs.length ? lhs : rhs;
    uint32_t max_len = large.length + small.length;
    check(max_len);
    for (uint32_t i = 0; i < max_len; ++i) result.blocks[i] = 0;
    for (uint32_t s = 0; s < small.length; ++s) {
        uint32_t multiplier = small.blocks[s];
        if (multiplier == 0) continue;
        uint64_t carry = 0;
        uint32_t r = s;
        for (uint32_t l = 0; l < large.length; ++l, ++r) {
            uint64_t product = result.blocks[r] + large.blocks[l] * static_cast<uint64_t>(multiplier) + carry;
            carry = product >> 32;
            result.blocks[r] = static_cast<uint32_t>(product);
        }
        result.blocks[r] = static_cast<uint32_t>(carry);
    }
    result.length = (max_len > 0 && result.blocks[max_len - 1] == 0) ? max_len - 1 : max_len;
}

void multiply_u32(Big& result, const Big& lhs, uint32_t rhs) {
    uint64_t carry = 0;
    for (uint32_t i = 0; i < lhs.length; ++i) {
        uint64_t product = static_cast<uint64_t>(lhs.blocks[i]) * rhs + carry;
        result.blocks[i] = static_cast<uint32_t>(product);
        carry = product >> 32;
    }
    result.length = lhs.length;
    if (carry != 0) {
        check(lhs.length + 1);
        result.blocks[lhs.length] = static_cast<uint32_t>(carry);
        result.length = lhs.length + 1;
    }
}

void multiply2(Big& result, const Big& in) {
    uint32_t carry = 0;
    for (uint32_t i = 0; i < in.length; ++i) {
        uint32_t cur = in.blocks[i];
        result.blocks[i] = (cur << 1) | carry;
        carry = cur >> 31;
    }
    result.length = in.length;
    if (carry != 0) {
        check(in.length + 1);
        result.blocks[in.length] = carry;
        result.length = in.length + 1;
    }
}

void multiply2_inplace(Big& v) { multiply2(v, v); }
void multiply10(Big& v) { multiply_u32(v, v, 10); }

// result = 10^exponent (the same integer NumPy's table-driven BigInt_Pow10 builds).
void pow10(Big& result, uint32_t exponent) {
    result.set_u32(1);
    Big tmp;
    while (exponent >= 9) {
        multiply_u32(tmp, result, 1000000000u);
        result = tmp;
        exponent -= 9;
    }
    static constexpr uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (exponent > 0) {
        multiply_u32(tmp, result, small[exponent]);
        result = tmp;
    }
}

void pow2(Big& result, uint32_t exponent) {
    uint32_t block = exponent / 32;
    check(block + 1);
    for (uint32_t i = 0; i <= block; ++i) result.blocks[i] = 0;
    result.length = block + 1;
    result.blocks[block] |= 1u << (exponent % 32);
}

void shift_left(Big& v, uint32_t shift) {
    uint32_t shift_blocks = shift / 32, shift_bits = shift % 32;
    if (v.length == 0) return;
    check(v.length + shift_blocks + 1);
    if (shift_bits == 0) {
        for (int i = static_cast<int>(v.length) - 1; i >= 0; --i) v.blocks[i + shift_blocks] = v.blocks[i];
        for (uint32_t i = 0; i < shift_blocks; ++i) v.blocks[i] = 0;
        v.length += shift_blocks;
        return;
    }
    int in_idx = static_cast<int>(v.length) - 1;
    uint32_t out_idx = v.length + shift_blocks;
    const uint32_t low_shift = 32 - shift_bits;
    uint32_t high_bits = 0;
    uint32_t block = v.blocks[in_idx];
    uint32_t low_bits = block >> low_shift;
    v.length = out_idx + 1;
    while (in_idx > 0) {
        v.blocks[out_idx] = high_bits | low_bits;
        high_bits = block << shift_bits;
        --in_idx;
        --out_idx;
        block = v.blocks[in_idx];
        low_bits = block >> low_shift;
    }
    v.blocks[out_idx] = high_bits | low_bits;
    v.blocks[out_idx - 1] = block << shift_bits;
    for (uint32_t i = 0; i < shift_blocks; ++i) v.blocks[i] = 0;
    if (v.blocks[v.length - 1] == 0) --v.length;
}

// Quotient in [0, 9] of dividend / divisor (shifted as Dragon4 arranges); the
// dividend becomes the remainder.
uint32_t divide_max9(Big& dividend, const Big& divisor) {
    uint32_t length = divisor.length;
    if (dividend.length < divisor.length) return 0;
    uint32_t quotient = dividend.blocks[length - 1] / (divisor.blocks[length - 1] + 1);
    if (quotient != 0) {
        uint64_t borrow = 0, carry = 0;
        for (uint32_t i = 0; i < length; ++i) {
            uint64_t product = static_cast<uint64_t>(divisor.blocks[i]) * quotient + carry;
            carry = product >> 32;
            uint64_t difference = static_cast<uint64_t>(dividend.blocks[i]) - (product & 0xFFFFFFFFull) - borrow;
            borrow = (difference >> 32) & 1;
            dividend.blocks[i] = static_cast<uint32_t>(difference);
        }
        while (length > 0 && dividend.blocks[length - 1] == 0) --length;
        dividend.length = length;
    }
    if (compare(dividend, divisor) >= 0) {
        uint64_t borrow = 0;
        ++quotient;
        for (uint32_t i = 0; i < divisor.length; ++i) {
            uint64_t difference = static_cast<uint64_t>(dividend.blocks[i]) - divisor.blocks[i] - borrow;
            borrow = (difference >> 32) & 1;
            dividend.blocks[i] = static_cast<uint32_t>(difference);
        }
        length = divisor.length;
        while (length > 0 && dividend.blocks[length - 1] == 0) --length;
        dividend.length = length;
    }
    return quotient;
}

uint32_t log2_u32(uint32_t v) { return 31 - static_cast<uint32_t>(std::countl_zero(v)); }
uint32_t log2_u64(uint64_t v) { return 63 - static_cast<uint32_t>(std::countl_zero(v)); }

// The digit generator: writes digits to [out] and the exponent of the first digit
// to [out_exponent]; returns the number of digits.
int dragon4_digits(const Big& mantissa, int exponent, uint32_t mantissa_bit, bool unequal_margins, DigitMode digit_mode,
                   CutoffMode cutoff_mode, int cutoff_max, int cutoff_min, char* out, int buffer_size, int& out_exponent) {
    char* cur = out;
    Big scale, value, margin_low, margin_high_storage;
    Big* margin_high;
    const double log10_2 = 0.30102999566398119521373889472449;
    bool is_even = mantissa.is_even();

    if (mantissa.is_zero()) {
        *cur = '0';
        out_exponent = 0;
        return 1;
    }
    value = mantissa;
    if (unequal_margins) {
        if (exponent > 0) {
            shift_left(value, static_cast<uint32_t>(exponent + 2));
            scale.set_u32(4);
            pow2(margin_low, static_cast<uint32_t>(exponent));
            pow2(margin_high_storage, static_cast<uint32_t>(exponent + 1));
        } else {
            shift_left(value, 2);
            pow2(scale, static_cast<uint32_t>(-exponent + 2));
            margin_low.set_u32(1);
            margin_high_storage.set_u32(2);
        }
        margin_high = &margin_high_storage;
    } else {
        if (exponent > 0) {
            shift_left(value, static_cast<uint32_t>(exponent + 1));
            scale.set_u32(2);
            pow2(margin_low, static_cast<uint32_t>(exponent));
        } else {
            shift_left(value, 1);
            pow2(scale, static_cast<uint32_t>(-exponent + 1));
            margin_low.set_u32(1);
        }
        margin_high = &margin_low;
    }

    int digit_exponent = static_cast<int>(std::ceil(static_cast<double>(static_cast<int>(mantissa_bit) + exponent) * log10_2 - 0.69));
    if (cutoff_max >= 0 && cutoff_mode == CutoffMode::FractionLength && digit_exponent <= -cutoff_max)
        digit_exponent = -cutoff_max + 1;

    Big temp;
    if (digit_exponent > 0) {
        Big p;
        pow10(p, static_cast<uint32_t>(digit_exponent));
        multiply(temp, scale, p);
        scale = temp;
    } else if (digit_exponent < 0) {
        Big p;
        pow10(p, static_cast<uint32_t>(-digit_exponent));
        multiply(temp, value, p);
        value = temp;
        multiply(temp, margin_low, p);
        margin_low = temp;
        if (margin_high != &margin_low) multiply2(*margin_high, margin_low);
    }

    if (compare(value, scale) >= 0) {
        digit_exponent += 1;
    } else {
        multiply10(value);
        multiply10(margin_low);
        if (margin_high != &margin_low) multiply2(*margin_high, margin_low);
    }

    int cutoff_max_exponent = digit_exponent - buffer_size;
    if (cutoff_max >= 0) {
        int desired = cutoff_mode == CutoffMode::TotalLength ? digit_exponent - cutoff_max : -cutoff_max;
        if (desired > cutoff_max_exponent) cutoff_max_exponent = desired;
    }
    int cutoff_min_exponent = digit_exponent;
    if (cutoff_min >= 0) {
        int desired = cutoff_mode == CutoffMode::TotalLength ? digit_exponent - cutoff_min : -cutoff_min;
        if (desired < cutoff_min_exponent) cutoff_min_exponent = desired;
    }
    out_exponent = digit_exponent - 1;

    uint32_t hi_block = scale.blocks[scale.length - 1];
    if (hi_block < 8 || hi_block > 429496729) {
        uint32_t shift = (32 + 27 - log2_u32(hi_block)) % 32;
        shift_left(scale, shift);
        shift_left(value, shift);
        shift_left(margin_low, shift);
        if (margin_high != &margin_low) multiply2(*margin_high, margin_low);
    }

    bool low = false, high = false;
    uint32_t digit = 0;
    if (digit_mode == DigitMode::Unique) {
        for (;;) {
            digit_exponent -= 1;
            digit = divide_max9(value, scale);
            Big value_high;
            add(value_high, value, *margin_high);
            int cmp = compare(value, margin_low);
            low = is_even ? cmp <= 0 : cmp < 0;
            cmp = compare(value_high, scale);
            high = is_even ? cmp >= 0 : cmp > 0;
            if (((low || high) && digit_exponent <= cutoff_min_exponent) || digit_exponent == cutoff_max_exponent) break;
            *cur++ = static_cast<char>('0' + digit);
            multiply10(value);
            multiply10(margin_low);
            if (margin_high != &margin_low) multiply2(*margin_high, margin_low);
        }
    } else {
        for (;;) {
            digit_exponent -= 1;
            digit = divide_max9(value, scale);
            if (value.length == 0 || digit_exponent == cutoff_max_exponent) break;
            *cur++ = static_cast<char>('0' + digit);
            multiply10(value);
        }
    }

    bool round_down = low;
    if (low == high) {
        multiply2_inplace(value);
        int cmp = compare(value, scale);
        round_down = cmp < 0;
        if (cmp == 0) round_down = (digit & 1) == 0;
    }
    if (round_down) {
        *cur++ = static_cast<char>('0' + digit);
    } else if (digit == 9) {
        for (;;) {
            if (cur == out) {
                *cur++ = '1';
                out_exponent += 1;
                break;
            }
            --cur;
            if (*cur != '9') {
                *cur += 1;
                ++cur;
                break;
            }
        }
    } else {
        *cur++ = static_cast<char>('0' + digit + 1);
    }
    return static_cast<int>(cur - out);
}

struct Parts {
    Big mantissa;
    int exponent = 0;
    uint32_t mantissa_bit = 0;
    bool unequal_margins = false;
};

std::string format_positional(const Parts& p, char signbit, const Dragon4Options& o) {
    std::string buf(kBufferSize, '\0');
    int max_len = kBufferSize - 1, pos = 0, has_sign = 0;
    int num_whole = 0, num_fraction = 0;
    if (signbit == '+' || signbit == '-') {
        buf[pos++] = signbit;
        has_sign = 1;
    }
    int print_exponent = 0;
    int num_digits = dragon4_digits(p.mantissa, p.exponent, p.mantissa_bit, p.unequal_margins, o.digit_mode, o.cutoff_mode,
                                    o.precision, o.min_digits, buf.data() + has_sign, max_len - has_sign, print_exponent);
    if (print_exponent >= 0) {
        num_whole = print_exponent + 1;
        if (num_digits <= num_whole) {
            int count = num_whole - num_digits;
            pos += num_digits;
            if (count > max_len - pos) throw std::runtime_error("Float formatting result too large");
            for (; count > 0; --count) buf[pos++] = '0';
        } else {
            num_fraction = num_digits - num_whole;
            int max_fraction = max_len - num_whole - 1 - pos;
            if (num_fraction > max_fraction) num_fraction = max_fraction;
            std::memmove(buf.data() + pos + num_whole + 1, buf.data() + pos + num_whole, static_cast<size_t>(num_fraction));
            pos += num_whole;
            buf[pos] = '.';
            pos += 1 + num_fraction;
        }
    } else {
        int num_fraction_zeros = 0;
        if (pos + 2 < max_len) {
            int max_fraction_zeros = max_len - 2 - pos;
            num_fraction_zeros = -(print_exponent + 1);
            if (num_fraction_zeros > max_fraction_zeros) num_fraction_zeros = max_fraction_zeros;
            int start = 2 + num_fraction_zeros;
            num_fraction = num_digits;
            int max_fraction = max_len - start - pos;
            if (num_fraction > max_fraction) num_fraction = max_fraction;
            std::memmove(buf.data() + pos + start, buf.data() + pos, static_cast<size_t>(num_fraction));
            for (int i = 2; i < start; ++i) buf[pos + i] = '0';
            num_fraction += num_fraction_zeros;
        }
        if (pos + 1 < max_len) buf[pos + 1] = '.';
        if (pos < max_len) buf[pos] = '0';
        num_whole = 1;
        pos += 2 + num_fraction;
    }

    if (o.trim != TrimMode::DptZeros && num_fraction == 0 && pos < max_len) buf[pos++] = '.';

    int add_digits = o.digit_mode == DigitMode::Unique ? o.min_digits : o.precision;
    int desired_fraction = add_digits < 0 ? 0 : add_digits;
    if (o.cutoff_mode == CutoffMode::TotalLength) desired_fraction = add_digits - num_whole;

    if (o.trim == TrimMode::LeaveOneZero) {
        if (num_fraction == 0 && pos < max_len) {
            buf[pos++] = '0';
            ++num_fraction;
        }
    } else if (o.trim == TrimMode::None && desired_fraction > num_fraction && pos < max_len) {
        int count = desired_fraction - num_fraction;
        if (count > max_len - pos) throw std::runtime_error("Float formatting result too large");
        num_fraction += count;
        for (; count > 0; --count) buf[pos++] = '0';
    }

    if (o.trim != TrimMode::None && num_fraction > 0) {
        while (buf[pos - 1] == '0') {
            --pos;
            --num_fraction;
        }
        if (buf[pos - 1] == '.') {
            if (o.trim == TrimMode::LeaveOneZero) {
                buf[pos++] = '0';
                ++num_fraction;
            } else if (o.trim == TrimMode::DptZeros) {
                --pos;
            }
        }
    }

    if (o.digits_right >= num_fraction) {
        int count = o.digits_right - num_fraction;
        if (o.trim == TrimMode::DptZeros && num_fraction == 0 && pos < max_len) buf[pos++] = ' ';
        for (; count > 0; --count) buf[pos++] = ' ';
    }
    if (o.digits_left > num_whole + has_sign) {
        int shift = o.digits_left - (num_whole + has_sign);
        buf.resize(static_cast<size_t>(pos));
        return std::string(static_cast<size_t>(shift), ' ') + buf;
    }
    buf.resize(static_cast<size_t>(pos));
    return buf;
}

std::string format_scientific(const Parts& p, char signbit, const Dragon4Options& o) {
    std::string out;
    int leftchars = 1 + (signbit == '-' || signbit == '+');
    if (o.digits_left > leftchars) out.append(static_cast<size_t>(o.digits_left - leftchars), ' ');
    if (signbit == '+' || signbit == '-') out += signbit;

    std::string digits(kBufferSize, '\0');
    int print_exponent = 0;
    int num_digits = dragon4_digits(p.mantissa, p.exponent, p.mantissa_bit, p.unequal_margins, o.digit_mode,
                                    CutoffMode::TotalLength, o.precision < 0 ? -1 : o.precision + 1,
                                    o.min_digits < 0 ? -1 : o.min_digits + 1, digits.data(),
                                    kBufferSize - static_cast<int>(out.size()), print_exponent);
    out += digits[0];
    int num_fraction = num_digits - 1;
    if (num_fraction > 0) {
        out += '.';
        out.append(digits, 1, static_cast<size_t>(num_fraction));
    }
    if (o.trim != TrimMode::DptZeros && num_fraction == 0) out += '.';

    int add_digits = o.digit_mode == DigitMode::Unique ? o.min_digits : o.precision;
    if (add_digits < 0) add_digits = 0;
    if (o.trim == TrimMode::LeaveOneZero) {
        if (num_fraction == 0) {
            out += '0';
            ++num_fraction;
        }
    } else if (o.trim == TrimMode::None) {
        if (add_digits > num_fraction) {
            out.append(static_cast<size_t>(add_digits - num_fraction), '0');
            num_fraction = add_digits;
        }
    }
    if (o.trim != TrimMode::None && num_fraction > 0) {
        while (out.back() == '0') {
            out.pop_back();
            --num_fraction;
        }
        if (o.trim == TrimMode::LeaveOneZero && out.back() == '.') {
            out += '0';
            ++num_fraction;
        }
    }

    int exp_digits = o.exp_digits;
    if (exp_digits > 5) exp_digits = 5;
    if (exp_digits < 0) exp_digits = 2;
    out += 'e';
    if (print_exponent >= 0) out += '+';
    else {
        out += '-';
        print_exponent = -print_exponent;
    }
    int d[5];
    for (int i = 0; i < 5; ++i) {
        d[i] = print_exponent % 10;
        print_exponent /= 10;
    }
    int i = 5;
    while (i > exp_digits && d[i - 1] == 0) --i;
    for (; i > 0; --i) out += static_cast<char>('0' + d[i - 1]);
    return out;
}

std::string inf_nan(bool is_nan, char signbit) {
    if (is_nan) return "nan";
    std::string s;
    if (signbit == '+' || signbit == '-') s += signbit;
    return s + "inf";
}

std::string format_parts(const Parts& p, char signbit, const Dragon4Options& o) {
    return o.scientific ? format_scientific(p, signbit, o) : format_positional(p, signbit, o);
}

}  // namespace

std::string dragon4_float64(double value, const Dragon4Options& opt) {
    uint64_t bits = std::bit_cast<uint64_t>(value);
    uint64_t frac = bits & ((1ull << 52) - 1);
    uint32_t exp = static_cast<uint32_t>((bits >> 52) & 0x7FF);
    char signbit = (bits >> 63) ? '-' : (opt.sign ? '+' : '\0');
    if (exp == 0x7FF) return inf_nan(frac != 0, signbit);
    Parts p;
    if (exp != 0) {
        p.mantissa.set_u64((1ull << 52) | frac);
        p.exponent = static_cast<int>(exp) - 1023 - 52;
        p.mantissa_bit = 52;
        p.unequal_margins = exp != 1 && frac == 0;
    } else {
        p.mantissa.set_u64(frac);
        p.exponent = 1 - 1023 - 52;
        p.mantissa_bit = frac ? log2_u64(frac) : 0;
        p.unequal_margins = false;
    }
    return format_parts(p, signbit, opt);
}

std::string dragon4_float32(float value, const Dragon4Options& opt) {
    uint32_t bits = std::bit_cast<uint32_t>(value);
    uint32_t frac = bits & ((1u << 23) - 1);
    uint32_t exp = (bits >> 23) & 0xFF;
    char signbit = (bits >> 31) ? '-' : (opt.sign ? '+' : '\0');
    if (exp == 0xFF) return inf_nan(frac != 0, signbit);
    Parts p;
    if (exp != 0) {
        p.mantissa.set_u32((1u << 23) | frac);
        p.exponent = static_cast<int>(exp) - 127 - 23;
        p.mantissa_bit = 23;
        p.unequal_margins = exp != 1 && frac == 0;
    } else {
        p.mantissa.set_u32(frac);
        p.exponent = 1 - 127 - 23;
        p.mantissa_bit = frac ? log2_u32(frac) : 0;
        p.unequal_margins = false;
    }
    return format_parts(p, signbit, opt);
}

std::string dragon4(double value, bool is_float32, const Dragon4Options& opt) {
    return is_float32 ? dragon4_float32(static_cast<float>(value), opt) : dragon4_float64(value, opt);
}

std::string float_scalar_repr(double value, bool is_float32) {
    double a = value < 0 ? -value : value;
    Dragon4Options o;
    if (value != value) return "nan";
    if (a == 0 || (a >= 1e-4 && a < 1e16)) {
        o.scientific = false;
        o.trim = TrimMode::LeaveOneZero;
    } else {
        o.scientific = true;
        o.trim = TrimMode::DptZeros;
    }
    return dragon4(value, is_float32, o);
}

}  // namespace seedlab::tensor
