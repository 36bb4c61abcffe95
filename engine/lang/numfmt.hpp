// Number formatting exactly as CPython 3.11 prints numbers: repr/str of float
// (shortest round-trip digits, switching to exponent form outside 1e-4 <= |x| < 1e16),
// and the format-spec mini-language used by f-strings, format() and %-formatting.
// What it is not: no NumPy array printing (tensor/ printers) and no parsing of numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace seedlab::lang {

class BigInt;

// repr(float) / str(float) in CPython 3.x: "0.8444218515250481", "1e-05", "inf", "nan".
std::string float_repr(double d);

// Shortest round-trip digits of |d| and its decimal point position: |d| = 0.DIGITS * 10**decpt.
// Requires d finite and non-zero.
void shortest_digits(double d, std::string& digits, int& decpt);

// A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type].
struct FormatSpec {
    char fill = ' ';
    std::string fill_text;   // the fill as written (it may be any character)
    bool fill_given = false;
    char align = 0;      // '<', '>', '^', '=' or 0 for the type's default
    char sign = '-';
    bool alternate = false;
    bool zero_pad = false;
    int width = -1;
    char grouping = 0;   // ',' or '_'
    int precision = -1;
    char type = 0;
};

// The widest field or precision a format may ask for: CPython would try to build the
// string; the playground refuses with a size-limit error instead of running out of memory.
constexpr long kMaxFormatField = 64'000'000;

// Reads the decimal digits of a width or precision at spec[i], advancing i. Refuses a
// number above kMaxFormatField ("Size limit: ...") so nothing overflows or exhausts memory.
int parse_format_field(std::string_view spec, size_t& i, const char* what);
// The same limit for a width or precision given as an argument ('%*d').
int check_format_field(int64_t n, const char* what);

// Parses [spec] for a value of type [type_name]; throws CPython's ValueErrors
// ("Invalid format specifier ...", "Cannot specify ',' with 'x'.").
FormatSpec parse_format_spec(std::string_view spec, const std::string& type_name = "float");

// format(x, spec) for a float / an int given as its decimal text / a str.
std::string format_float(double d, const FormatSpec& spec);
std::string format_int_text(const std::string& decimal, const FormatSpec& spec);
// An int as [digits] in some base with a [prefix] ("0x"), padded and grouped as CPython.
std::string format_int_digits(bool negative, const std::string& prefix, const std::string& digits, const FormatSpec& spec);
std::string format_str(const std::string& s, const FormatSpec& spec);

// str(n) for an int, refusing more than 4300 digits as CPython 3.11 does
// (sys.int_info.default_max_str_digits) with its ValueError.
std::string int_to_decimal(const BigInt& n);
// The ValueError of int(text) for a decimal text of more than 4300 digits.
void check_int_str_digits(std::string_view text, int base);

// printf-style float conversion with a precision as C and CPython's %-formatting do
// (type 'f', 'e', 'g' and upper-case variants), correctly rounded.
std::string format_float_c(double d, char type, int precision, bool alternate = false);

}  // namespace seedlab::lang
