// Number formatting exactly as CPython 3.11 prints numbers: repr/str of float
// (shortest round-trip digits, switching to exponent form outside 1e-4 <= |x| < 1e16),
// and the format-spec mini-language used by f-strings, format() and %-formatting.
// What it is not: no NumPy array printing (tensor/ printers) and no parsing of numbers.
#pragma once

#include <string>
#include <string_view>

namespace seedlab::lang {

// repr(float) / str(float) in CPython 3.x: "0.8444218515250481", "1e-05", "inf", "nan".
std::string float_repr(double d);

// Shortest round-trip digits of |d| and its decimal point position: |d| = 0.DIGITS * 10**decpt.
// Requires d finite and non-zero.
void shortest_digits(double d, std::string& digits, int& decpt);

// A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type].
struct FormatSpec {
    char fill = ' ';
    char align = 0;      // '<', '>', '^', '=' or 0 for the type's default
    char sign = '-';
    bool alternate = false;
    bool zero_pad = false;
    int width = -1;
    char grouping = 0;   // ',' or '_'
    int precision = -1;
    char type = 0;
};

// Parses [spec]; throws ValueError("Invalid format specifier ...") as CPython does.
FormatSpec parse_format_spec(std::string_view spec);

// format(x, spec) for a float / an int given as its decimal text / a str.
std::string format_float(double d, const FormatSpec& spec);
std::string format_int_text(const std::string& decimal, const FormatSpec& spec);
std::string format_str(const std::string& s, const FormatSpec& spec);

// printf-style float conversion with a precision as C and CPython's %-formatting do
// (type 'f', 'e', 'g' and upper-case variants), correctly rounded.
std::string format_float_c(double d, char type, int precision, bool alternate = false);

}  // namespace seedlab::lang
