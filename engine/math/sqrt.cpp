// sqrt.cpp — correctly rounded square roots, bit-identical to glibc 2.36 sqrt
// and sqrtf on x86-64 (which are the sqrtsd/sqrtss instructions behind an
// errno wrapper). IEEE 754 makes the value of a square root unique; the only
// thing to pin is the NaN: x86 returns the negative "real indefinite" NaN for
// a negative argument and the quieted input for a NaN, whereas WebAssembly
// leaves the NaN's sign and payload open, so those cases are done in bits.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {

double sqrt(double x) {
    if (bits::is_nan(x)) return bits::quiet(x);
    if (x < 0.0) return bits::default_nan();
    return __builtin_sqrt(x);
}

float sqrtf(float x) {
    if (bits::is_nan_f(x)) return bits::quiet_f(x);
    if (x < 0.0f) return bits::default_nan_f();
    return __builtin_sqrtf(x);
}

}  // namespace seedlab::math
