// random_loggam, transcribed from distributions.c; see loggam.hpp.
#include "libs/numpy/random/loggam.hpp"

#include <cstdint>

#include "math/libm.hpp"

namespace seedlab::libs::numpy::random {

double numpy_random_loggam(double x) {
    static constexpr double a[10] = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                                     -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                                     6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                                     -1.39243221690590e+00};
    if (x == 1.0 || x == 2.0) return 0.0;
    const int64_t n = x < 7.0 ? static_cast<int64_t>(7 - x) : 0;
    double x0 = x + n;
    const double x2 = (1.0 / x0) * (1.0 / x0);
    const double lg2pi = 1.8378770664093453e+00;  // log(2 * pi), a constant (allowed)
    double gl0 = a[9];
    for (int k = 8; k >= 0; k--) {
        gl0 *= x2;
        gl0 += a[k];
    }
    double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * math::log(x0) - x0;  // engine libm (allowed)
    if (x < 7.0) {
        for (int64_t k = 1; k <= n; k++) {
            gl -= math::log(x0 - 1.0);  // engine libm (allowed)
            x0 -= 1.0;
        }
    }
    return gl;
}

}  // namespace seedlab::libs::numpy::random
