// NumPy's Dragon4 float formatter (numpy/core/src/multiarray/dragon4.c, Ryan
// Juckett's Dragon4 with NumPy's cutoff, min_digits, trim and padding rules, as in
// NumPy 1.24): shortest round-trip ("unique") or exact digits of a float64 or float32
// value in positional or scientific notation. The float32 path gives the shortest
// digits of the float32 value itself (np.float32(0.1) prints "0.1").
// What it is not: no array layout (numpy_print.hpp) and no Python-level argument checks.
#pragma once

#include <string>

namespace seedlab::tensor {

enum class DigitMode { Unique, Exact };
enum class CutoffMode { TotalLength, FractionLength };
// NumPy's trim characters: 'k' None, '.' Zeros, '0' LeaveOneZero, '-' DptZeros.
enum class TrimMode { None, LeaveOneZero, Zeros, DptZeros };

struct Dragon4Options {
    bool scientific = false;
    DigitMode digit_mode = DigitMode::Unique;
    CutoffMode cutoff_mode = CutoffMode::TotalLength;
    int precision = -1;   // negative: no cutoff
    int min_digits = -1;  // negative: none
    bool sign = false;    // '+' on positive values
    TrimMode trim = TrimMode::None;
    int digits_left = -1;
    int digits_right = -1;
    int exp_digits = -1;
};

// Formats [value] (a float64) with [opt]; inf and nan print as NumPy's dragon4 does.
std::string dragon4_float64(double value, const Dragon4Options& opt);
// Formats the float32 [value] with [opt] (digits of the float32, not of its double).
std::string dragon4_float32(float value, const Dragon4Options& opt);

// np.format_float_positional / np.format_float_scientific with NumPy's defaults
// expressed as Dragon4Options; [is_float32] picks the float32 digit generator.
std::string dragon4(double value, bool is_float32, const Dragon4Options& opt);

// repr()/str() of a NumPy float scalar in 1.24: positional with one trailing zero
// kept when 1e-4 <= |x| < 1e16 (or x == 0), else scientific with the point trimmed,
// shortest digits: np.float64 prints as Python's float repr, np.float32 its own digits.
std::string float_scalar_repr(double value, bool is_float32);

}  // namespace seedlab::tensor
