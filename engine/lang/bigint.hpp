// BigInt: the arbitrary-precision signed integer behind the interpreter's Python `int`.
//
// Every operation follows CPython 3.11: floor division and modulo take the divisor's sign, shifts
// and bitwise operators act on an infinite two's-complement form, and float conversions
// (`float(n)`, `a / b`, `int(x)`) round exactly as CPython does. The bits are built by hand,
// so native and wasm builds give identical doubles.
//
// What it is not: a Python object. It has no hash, no small-int cache and no
// `sys.set_int_max_str_digits` limit (CPython 3.11 refuses decimal conversions over 4300 digits;
// the caller enforces that). Text is ASCII only: CPython also accepts Unicode digits and spaces.
// Multiplication is schoolbook and decimal conversion is quadratic, fine for tens of thousands of digits.
//
// Errors are C++ exceptions carrying CPython's message; the caller maps the type to Python's:
//   std::domain_error     -> ZeroDivisionError
//   std::invalid_argument -> ValueError
//   std::overflow_error   -> OverflowError
//   std::length_error     -> a Seedlab limit error (result above kMaxBits)
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace seedlab::lang {

class BigInt {
public:
    // Largest result, in bits, that *, ** and << will build (128 KiB, about 315,000 decimal digits).
    // CPython has no cap, but a runaway `3 ** 10 ** 9` must fail fast in a browser tab: with
    // schoolbook multiplication, squaring a kMaxBits/2-bit number already takes ~0.15 s natively.
    static constexpr uint64_t kMaxBits = uint64_t{1} << 20;

    // ---- Construction --------------------------------------------------------------------------

    // Zero.
    BigInt() = default;

    // The value of any built-in integer; implicit so that `n + 1` and `n == 0` read naturally.
    // Floats are not accepted: from_double is Python's int(x) and says so.
    template <std::integral T>
    BigInt(T value) {
        uint64_t magnitude = uint64_t(value);
        if constexpr (std::is_signed_v<T>) {
            negative_ = value < 0;
            if (negative_) magnitude = 0 - magnitude;  // modular negation, exact even for INT64_MIN
        }
        mag_ = limbs_of(magnitude);
    }

    // Python's int([text], [base]): ASCII whitespace around an optional sign, an optional 0x/0o/0b
    // prefix matching [base], digits with single underscores between them. [base] is 0 (infer
    // from the prefix, as for literals) or 2..36. Throws std::invalid_argument with CPython's
    // message, such as "invalid literal for int() with base 10: '1__0'".
    static BigInt from_string(std::string_view text, int base = 10);

    // Python's int([value]) for a float: truncates toward zero. Throws std::invalid_argument for
    // NaN and std::overflow_error for infinities, with CPython's messages.
    static BigInt from_double(double value);

    // The integer whose magnitude has the little-endian 32-bit [words], negated if [negative].
    static BigInt from_words32(std::span<const uint32_t> words, bool negative = false);

    // Python's int.from_bytes([big_endian], 'big'), negated if [negative].
    static BigInt from_bytes(std::span<const uint8_t> big_endian, bool negative = false);

    // ---- Conversion ----------------------------------------------------------------------------

    // Python's str(n).
    std::string to_string() const;

    // The digits of n in [base] (2..36, lower case), with a leading '-' for negatives and no prefix.
    std::string to_string(int base) const;

    // Python's hex(n), such as "-0x1f".
    std::string to_hex() const;

    // Whether n lies in the int64_t range, and n itself; to_int64 throws std::overflow_error outside it.
    bool fits_int64() const;
    int64_t to_int64() const;

    // Python's float(n): correctly rounded, ties to even. Throws std::overflow_error
    // "int too large to convert to float" when the rounded value reaches 2**1024.
    double to_double() const;

    // The little-endian 32-bit words of abs(n). Zero gives {0}, the one-word key that CPython's
    // random.seed(0) and NumPy's SeedSequence(0) both use.
    std::vector<uint32_t> abs_words32() const;

    // Python's abs(n).to_bytes(k, 'big') with k = (n.bit_length() + 7) // 8; empty for zero.
    std::vector<uint8_t> to_bytes() const;

    // Python's abs(n).to_bytes([length], 'big'). Throws std::overflow_error "int too big to convert"
    // when the magnitude does not fit in [length] bytes.
    std::vector<uint8_t> to_bytes(size_t length) const;

    // ---- Queries -------------------------------------------------------------------------------

    bool is_zero() const { return mag_.empty(); }
    bool is_negative() const { return negative_; }
    // -1, 0 or 1.
    int sign() const { return negative_ ? -1 : (mag_.empty() ? 0 : 1); }
    // Python's n.bit_length(): the bit count of abs(n), 0 for zero.
    uint64_t bit_length() const;

    // ---- Arithmetic ----------------------------------------------------------------------------
    // The named functions below are hidden friends: call them unqualified with at least one
    // BigInt argument (`floordiv(a, 3)`), so they never capture calls on plain numbers.

    BigInt abs() const;
    BigInt operator-() const;
    // Python's ~n, which is -n - 1.
    BigInt operator~() const;

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    // Throws std::length_error when the product has more than kMaxBits bits.
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
    BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
    BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

    // Python's a // b, a % b and divmod(a, b): the quotient rounds toward minus infinity and the
    // remainder takes the divisor's sign. Throw std::domain_error on a zero divisor, with CPython's
    // messages ("integer division or modulo by zero", "integer modulo by zero").
    friend BigInt floordiv(const BigInt& a, const BigInt& b);
    friend BigInt mod(const BigInt& a, const BigInt& b);
    friend std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);

    // Python's a / b on ints: the correctly rounded quotient, as CPython's long_true_divide.
    // Throws std::domain_error "division by zero", or std::overflow_error
    // "integer division result too large for a float".
    friend double true_divide(const BigInt& a, const BigInt& b);

    // Python's [base] ** [exponent] for a non-negative exponent; a negative one gives a float in
    // Python, which is the caller's job, so it throws std::invalid_argument here.
    // Throws std::length_error when the result would have more than kMaxBits bits; 0, 1 and -1
    // to any power stay cheap.
    friend BigInt pow(const BigInt& base, const BigInt& exponent);

    // Python's pow([base], [exponent], [modulus]): the result takes the modulus's sign, and a
    // negative exponent uses the modular inverse. Throws std::invalid_argument with CPython's
    // messages for a zero modulus or a base with no inverse. Products below modulus**2 are
    // exempt from kMaxBits; only a negative exponent with a modulus above kMaxBits bits can throw
    // std::length_error.
    friend BigInt pow(const BigInt& base, const BigInt& exponent, const BigInt& modulus);

    // Python's a << [count] and a >> [count]; right shifts round toward minus infinity.
    // Throw std::invalid_argument "negative shift count"; << throws std::length_error above kMaxBits.
    friend BigInt operator<<(const BigInt& a, int64_t count);
    friend BigInt operator>>(const BigInt& a, int64_t count);

    // Python's &, | and ^, treating negatives as infinite two's complement.
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);

    // ---- Comparison ----------------------------------------------------------------------------

    friend bool operator==(const BigInt& a, const BigInt& b) = default;
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

private:
    // Sign and magnitude. The magnitude is little-endian 32-bit limbs without leading zero limbs,
    // so zero is an empty vector, and zero is never negative: the defaulted == relies on this.
    bool negative_ = false;
    std::vector<uint32_t> mag_;

    BigInt(bool negative, std::vector<uint32_t> magnitude);
    // The trimmed limbs of a 64-bit magnitude.
    static std::vector<uint32_t> limbs_of(uint64_t magnitude);
};

}  // namespace seedlab::lang
