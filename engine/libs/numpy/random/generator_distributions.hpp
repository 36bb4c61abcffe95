// The samplers of numpy 1.24's Generator (numpy/random/src/distributions/distributions.c
// and the bounded-integer code of _bounded_integers.pyx.in), as free functions over
// the NumpyBitGen concept (bitgen.hpp), each named after the NumPy routine it
// reproduces: the ziggurat normal and exponential (float64 and float32, on NumPy's
// tables), Marsaglia-Tsang gamma, BTPE/inversion binomial, PTRS/multiplication
// Poisson, Lemire's bounded integers with NumPy's 32-bit word buffering for the small
// dtypes, and random_interval for shuffles.
// What it is not: RandomState's streams (legacy_distributions.hpp, frozen), argument
// checking or broadcasting (generator.cpp).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <type_traits>

#include "libs/numpy/random/bitgen.hpp"
#include "libs/numpy/random/float_conversions.hpp"
#include "libs/numpy/random/loggam.hpp"
#include "libs/numpy/random/ziggurat_tables.hpp"
#include "math/libm.hpp"
#include "rng/uint128.hpp"

namespace seedlab::libs::numpy::random {

namespace generator_detail {

// (RAND_INT_TYPE)x as x86-64 executes it (cvttsd2si): out of range gives INT64_MIN.
inline int64_t to_int64(double x) {
    if (!(x > -9223372036854775809.0 && x < 9223372036854775808.0)) return INT64_MIN;
    return static_cast<int64_t>(x);
}

inline uint64_t gen_mask(uint64_t max) {
    uint64_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    return mask;
}

}  // namespace generator_detail

// ---- uniform floats -----------------------------------------------------------------

// random_standard_uniform: the generator's next_double.
template <NumpyBitGen G> double random_standard_uniform(G& g) { return g.next_double(); }

// random_standard_uniform_f: next_float, 24 bits of one 32-bit word.
template <NumpyBitGen G> float random_standard_uniform_f(G& g) { return numpy_float_from_u32(g.next_u32()); }

// random_uniform: lower + range * U.
template <NumpyBitGen G> double random_uniform(G& g, double lower, double range) {
    return lower + range * g.next_double();
}

// ---- ziggurat normal and exponential ------------------------------------------------

// random_standard_normal: one 64-bit word gives the strip (8 bits), the sign (1 bit)
// and a 52-bit abscissa; the tail (strip 0) and wedges fall back to more draws.
template <NumpyBitGen G>
double random_standard_normal(G& g) {
    using namespace ziggurat;
    for (;;) {
        uint64_t r = g.next_u64();
        const int idx = static_cast<int>(r & 0xff);
        r >>= 8;
        const int sign = static_cast<int>(r & 0x1);
        const uint64_t rabs = (r >> 1) & 0x000fffffffffffffULL;
        double x = static_cast<double>(rabs) * wi_double[idx];
        if (sign & 0x1) x = -x;
        if (rabs < ki_double[idx]) return x;  // 99.3% of the time
        if (idx == 0) {
            for (;;) {
                // 1.0 - U avoids log(0.0), see GH 13361.
                const double xx = -ziggurat_nor_inv_r * math::log1p(-g.next_double());
                const double yy = -math::log1p(-g.next_double());
                if (yy + yy > xx * xx) return ((rabs >> 8) & 0x1) ? -(ziggurat_nor_r + xx) : ziggurat_nor_r + xx;
            }
        }
        if (((fi_double[idx - 1] - fi_double[idx]) * g.next_double() + fi_double[idx]) < math::exp(-0.5 * x * x)) {
            return x;
        }
    }
}

// random_standard_normal_f: the same on one 32-bit word (8-bit strip, sign, 23 bits),
// in float32 arithmetic except the wedge test, which NumPy does with double exp.
template <NumpyBitGen G>
float random_standard_normal_f(G& g) {
    using namespace ziggurat;
    for (;;) {
        const uint32_t r = g.next_u32();
        const int idx = static_cast<int>(r & 0xff);
        const int sign = static_cast<int>((r >> 8) & 0x1);
        const uint32_t rabs = (r >> 9) & 0x0007fffffU;
        float x = static_cast<float>(rabs) * wi_float[idx];
        if (sign & 0x1) x = -x;
        if (rabs < ki_float[idx]) return x;
        if (idx == 0) {
            for (;;) {
                const float xx = -ziggurat_nor_inv_r_f * math::log1pf(-random_standard_uniform_f(g));
                const float yy = -math::log1pf(-random_standard_uniform_f(g));
                if (yy + yy > xx * xx) return ((rabs >> 8) & 0x1) ? -(ziggurat_nor_r_f + xx) : ziggurat_nor_r_f + xx;
            }
        }
        if (((fi_float[idx - 1] - fi_float[idx]) * random_standard_uniform_f(g) + fi_float[idx]) <
            math::exp(-0.5 * x * x)) {
            return x;
        }
    }
}

// random_standard_exponential: 53-bit abscissa and 8-bit strip from one 64-bit word.
template <NumpyBitGen G>
double random_standard_exponential(G& g) {
    using namespace ziggurat;
    for (;;) {
        uint64_t ri = g.next_u64();
        ri >>= 3;
        const uint8_t idx = static_cast<uint8_t>(ri & 0xFF);
        ri >>= 8;
        const double x = static_cast<double>(ri) * we_double[idx];
        if (ri < ke_double[idx]) return x;  // 98.9% of the time
        // standard_exponential_unlikely
        if (idx == 0) return ziggurat_exp_r - math::log1p(-g.next_double());
        if ((fe_double[idx - 1] - fe_double[idx]) * g.next_double() + fe_double[idx] < math::exp(-x)) return x;
    }
}

template <NumpyBitGen G>
float random_standard_exponential_f(G& g) {
    using namespace ziggurat;
    for (;;) {
        uint32_t ri = g.next_u32();
        ri >>= 1;
        const uint8_t idx = static_cast<uint8_t>(ri & 0xFF);
        ri >>= 8;
        const float x = static_cast<float>(ri) * we_float[idx];
        if (ri < ke_float[idx]) return x;
        if (idx == 0) return ziggurat_exp_r_f - math::log1pf(-random_standard_uniform_f(g));
        if ((fe_float[idx - 1] - fe_float[idx]) * random_standard_uniform_f(g) + fe_float[idx] < math::expf(-x)) return x;
    }
}

// random_standard_exponential_inv_fill's element (method='inv'): -log1p(-U).
template <NumpyBitGen G> double random_standard_exponential_inv(G& g) { return -math::log1p(-g.next_double()); }

template <NumpyBitGen G> double random_normal(G& g, double loc, double scale) {
    return loc + scale * random_standard_normal(g);
}

template <NumpyBitGen G> double random_exponential(G& g, double scale) {
    return scale * random_standard_exponential(g);
}

// ---- gamma and beta -----------------------------------------------------------------

// random_standard_gamma: Marsaglia & Tsang on the ziggurat normal (shape > 1), or
// rejection from the exponential (shape < 1).
template <NumpyBitGen G>
double random_standard_gamma(G& g, double shape) {
    if (shape == 1.0) return random_standard_exponential(g);
    if (shape == 0.0) return 0.0;
    if (shape < 1.0) {
        for (;;) {
            const double U = g.next_double();
            const double V = random_standard_exponential(g);
            if (U <= 1.0 - shape) {
                const double X = math::pow(U, 1. / shape);
                if (X <= V) return X;
            } else {
                const double Y = -math::log((1 - U) / shape);
                const double X = math::pow(1.0 - shape + shape * Y, 1. / shape);
                if (X <= (V + Y)) return X;
            }
        }
    }
    const double b = shape - 1. / 3.;
    const double c = 1. / math::sqrt(9 * b);
    for (;;) {
        double X, V;
        do {
            X = random_standard_normal(g);
            V = 1.0 + c * X;
        } while (V <= 0.0);
        V = V * V * V;
        const double U = g.next_double();
        if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
        if (math::log(U) < 0.5 * X * X + b * (1. - V + math::log(V))) return b * V;  // log(0.0) ok here
    }
}

template <NumpyBitGen G> double random_gamma(G& g, double shape, double scale) {
    return scale * random_standard_gamma(g, shape);
}

// random_beta: Johnk's algorithm for a, b <= 1 (rejecting X + Y == 0), else two gammas.
template <NumpyBitGen G>
double random_beta(G& g, double a, double b) {
    if (a <= 1.0 && b <= 1.0) {
        for (;;) {
            const double U = g.next_double();
            const double V = g.next_double();
            const double X = math::pow(U, 1.0 / a);
            const double Y = math::pow(V, 1.0 / b);
            const double XpY = X + Y;
            if ((XpY <= 1.0) && (XpY > 0.0)) {
                if (X + Y > 0) return X / XpY;
                double logX = math::log(U) / a;
                double logY = math::log(V) / b;
                const double logM = logX > logY ? logX : logY;
                logX -= logM;
                logY -= logM;
                return math::exp(logX - math::log(math::exp(logX) + math::exp(logY)));
            }
        }
    }
    const double Ga = random_standard_gamma(g, a);
    const double Gb = random_standard_gamma(g, b);
    return Ga / (Ga + Gb);
}

// ---- the one-liners of distributions.c ----------------------------------------------

template <NumpyBitGen G> double random_lognormal(G& g, double mean, double sigma) {
    return math::exp(random_normal(g, mean, sigma));
}

template <NumpyBitGen G> double random_chisquare(G& g, double df) { return 2.0 * random_standard_gamma(g, df / 2.0); }

template <NumpyBitGen G> double random_f(G& g, double dfnum, double dfden) {
    const double num = random_chisquare(g, dfnum) * dfden;
    return num / (random_chisquare(g, dfden) * dfnum);
}

template <NumpyBitGen G> double random_standard_cauchy(G& g) {
    const double num = random_standard_normal(g);
    return num / random_standard_normal(g);
}

template <NumpyBitGen G> double random_standard_t(G& g, double df) {
    const double num = random_standard_normal(g);
    const double denom = random_standard_gamma(g, df / 2);
    return math::sqrt(df / 2) * num / math::sqrt(denom);
}

// random_pareto: expm1(E / a).
template <NumpyBitGen G> double random_pareto(G& g, double a) { return math::expm1(random_standard_exponential(g) / a); }

template <NumpyBitGen G> double random_weibull(G& g, double a) {
    if (a == 0.0) return 0.0;
    return math::pow(random_standard_exponential(g), 1. / a);
}

// random_power: (-expm1(-E))^(1/a).
template <NumpyBitGen G> double random_power(G& g, double a) {
    return math::pow(-math::expm1(-random_standard_exponential(g)), 1. / a);
}

// random_rayleigh: mode * sqrt(2 E) on the ziggurat exponential.
template <NumpyBitGen G> double random_rayleigh(G& g, double mode) {
    return mode * math::sqrt(2.0 * random_standard_exponential(g));
}

// random_laplace / random_gumbel / random_logistic reject U == 0 (resp. 1) by drawing again.
template <NumpyBitGen G> double random_laplace(G& g, double loc, double scale) {
    for (;;) {
        const double U = g.next_double();
        if (U >= 0.5) return loc - scale * math::log(2.0 - U - U);
        if (U > 0.0) return loc + scale * math::log(U + U);
    }
}

template <NumpyBitGen G> double random_gumbel(G& g, double loc, double scale) {
    for (;;) {
        const double U = 1.0 - g.next_double();
        if (U < 1.0) return loc - scale * math::log(-math::log(U));
    }
}

template <NumpyBitGen G> double random_logistic(G& g, double loc, double scale) {
    for (;;) {
        const double U = g.next_double();
        if (U > 0.0) return loc + scale * math::log(U / (1.0 - U));
    }
}

template <NumpyBitGen G> double random_triangular(G& g, double left, double mode, double right) {
    const double base = right - left;
    const double leftbase = mode - left;
    const double ratio = leftbase / base;
    const double leftprod = leftbase * base;
    const double rightprod = (right - mode) * base;
    const double U = g.next_double();
    if (U <= ratio) return left + math::sqrt(U * leftprod);
    return right - math::sqrt((1.0 - U) * rightprod);
}

// ---- binomial and Poisson -----------------------------------------------------------

// random_binomial_inversion (NumPy caches the setup in binomial_t; recomputing it
// gives the same bits).
template <NumpyBitGen G>
int64_t random_binomial_inversion(G& g, int64_t n, double p) {
    const double q = 1.0 - p;
    const double qn = math::exp(n * math::log(q));
    const double np = n * p;
    const double bound_d = np + 10.0 * math::sqrt(np * q + 1);
    const int64_t bound = generator_detail::to_int64(static_cast<double>(n) < bound_d ? static_cast<double>(n) : bound_d);
    int64_t X = 0;
    double px = qn;
    double U = g.next_double();
    while (U > px) {
        X++;
        if (X > bound) {
            X = 0;
            px = qn;
            U = g.next_double();
        } else {
            U -= px;
            px = ((n - X + 1) * p * px) / (X * q);
        }
    }
    return X;
}

// random_binomial_btpe: Kachitvichyanukul & Schmeiser's BTPE, NumPy's step labels.
template <NumpyBitGen G>
int64_t random_binomial_btpe(G& g, int64_t n, double p) {
    using generator_detail::to_int64;
    const double r = p < 1.0 - p ? p : 1.0 - p;
    const double q = 1.0 - r;
    const double fm = n * r + r;
    const int64_t m = to_int64(std::floor(fm));
    const double p1 = std::floor(2.195 * math::sqrt(n * r * q) - 4.6 * q) + 0.5;
    const double xm = m + 0.5;
    const double xl = xm - p1;
    const double xr = xm + p1;
    const double c = 0.134 + 20.5 / (15.3 + m);
    const double al = (fm - xl) / (fm - xl * r);
    const double laml = al * (1.0 + al / 2.0);
    const double ar = (xr - fm) / (xr * q);
    const double lamr = ar * (1.0 + ar / 2.0);
    const double p2 = p1 * (1.0 + 2.0 * c);
    const double p3 = p2 + c / laml;
    const double p4 = p3 + c / lamr;

    auto step60 = [&](int64_t y) { return p > 0.5 ? n - y : y; };
    for (;;) {  // Step10
        const double nrq = n * r * q;
        const double u = g.next_double() * p4;
        double v = g.next_double();
        int64_t y;
        if (u <= p1) return step60(to_int64(std::floor(xm - p1 * v + u)));
        if (u <= p2) {  // Step20
            const double x = xl + (u - p1) / c;
            v = v * c + 1.0 - std::fabs(m - x + 0.5) / p1;
            if (v > 1.0) continue;
            y = to_int64(std::floor(x));
        } else if (u <= p3) {  // Step30
            y = to_int64(std::floor(xl + math::log(v) / laml));
            if (y < 0 || v == 0.0) continue;
            v = v * (u - p2) * laml;
        } else {  // Step40
            y = to_int64(std::floor(xr - math::log(v) / lamr));
            if (y > n || v == 0.0) continue;
            v = v * (u - p3) * lamr;
        }
        // Step50
        const int64_t k = std::llabs(y - m);
        if (!((k > 20) && (k < ((nrq) / 2.0 - 1)))) {
            const double s = r / q;
            const double as = s * (n + 1);
            double F = 1.0;
            if (m < y) {
                for (int64_t i = m + 1; i <= y; i++) F *= (as / i - s);
            } else if (m > y) {
                for (int64_t i = y + 1; i <= m; i++) F /= (as / i - s);
            }
            if (v > F) continue;
            return step60(y);
        }
        // Step52
        const double rho = (k / (nrq)) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        const double t = -k * k / (2 * nrq);
        const double A = math::log(v);
        if (A < (t - rho)) return step60(y);
        if (A > (t + rho)) continue;
        const double x1 = y + 1;
        const double f1 = m + 1;
        const double z = n + 1 - m;
        const double w = n - y + 1;
        const double x2 = x1 * x1;
        const double f2 = f1 * f1;
        const double z2 = z * z;
        const double w2 = w * w;
        if (A > (xm * math::log(f1 / x1) + (n - m + 0.5) * math::log(z / w) + (y - m) * math::log(w * r / (x1 * q)) +
                 (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320. +
                 (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320. +
                 (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320. +
                 (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.)) {
            continue;
        }
        return step60(y);
    }
}

// random_binomial: 0 without drawing for n == 0 or p == 0, else inversion or BTPE.
template <NumpyBitGen G>
int64_t random_binomial(G& g, double p, int64_t n) {
    if (n == 0 || p == 0.0f) return 0;
    if (p <= 0.5) {
        if (p * n <= 30.0) return random_binomial_inversion(g, n, p);
        return random_binomial_btpe(g, n, p);
    }
    const double q = 1.0 - p;
    if (q * n <= 30.0) return n - random_binomial_inversion(g, n, q);
    return n - random_binomial_btpe(g, n, q);
}

template <NumpyBitGen G>
int64_t random_poisson_mult(G& g, double lam) {
    const double enlam = math::exp(-lam);
    int64_t X = 0;
    double prod = 1.0;
    for (;;) {
        prod *= g.next_double();
        if (prod > enlam) {
            X += 1;
        } else {
            return X;
        }
    }
}

// random_poisson_ptrs: Hoermann's transformed rejection, for lam >= 10.
template <NumpyBitGen G>
int64_t random_poisson_ptrs(G& g, double lam) {
    const double slam = math::sqrt(lam);
    const double loglam = math::log(lam);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
        const double U = g.next_double() - 0.5;
        const double V = g.next_double();
        const double us = 0.5 - std::fabs(U);
        const int64_t k = generator_detail::to_int64(std::floor((2 * a / us + b) * U + lam + 0.43));
        if ((us >= 0.07) && (V <= vr)) return k;
        if ((k < 0) || ((us < 0.013) && (V > us))) continue;
        if ((math::log(V) + math::log(invalpha) - math::log(a / (us * us) + b)) <=
            (-lam + k * loglam - numpy_random_loggam(k + 1))) {
            return k;
        }
    }
}

template <NumpyBitGen G>
int64_t random_poisson(G& g, double lam) {
    if (lam >= 10) return random_poisson_ptrs(g, lam);
    if (lam == 0) return 0;
    return random_poisson_mult(g, lam);
}

// ---- integers -----------------------------------------------------------------------

// random_interval: [0, max] by masked rejection (Generator.shuffle and permuted).
template <NumpyBitGen G>
uint64_t random_interval(G& g, uint64_t max) {
    if (max == 0) return 0;
    const uint64_t mask = generator_detail::gen_mask(max);
    uint64_t value;
    if (max <= 0xffffffffULL) {
        while ((value = (g.next_u32() & mask)) > max) {
        }
    } else {
        while ((value = (g.next_u64() & mask)) > max) {
        }
    }
    return value;
}

// bounded_lemire_uint64: Lemire's nearly divisionless method on 64-bit words.
template <NumpyBitGen G>
uint64_t bounded_lemire_uint64(G& g, uint64_t rng) {
    const uint64_t rng_excl = rng + 1;
    rng::Uint128 m = rng::mul_64x64(g.next_u64(), rng_excl);
    if (m.lo < rng_excl) {
        const uint64_t threshold = (UINT64_MAX - rng) % rng_excl;
        while (m.lo < threshold) m = rng::mul_64x64(g.next_u64(), rng_excl);
    }
    return m.hi;
}

// buffered_bounded_lemire_uint32 / _uint16 / _uint8: the same on 32-bit words, or on
// 16/8-bit slices of one 32-bit word held in [buf] across the values of one call.
template <class U, NumpyBitGen G>
U bounded_lemire_small(G& g, U rng, uint32_t& buf, int& bcnt) {
    static_assert(sizeof(U) <= 4 && std::is_unsigned_v<U>, "32-bit and narrower only");
    using Wide = std::conditional_t<sizeof(U) == 4, uint64_t, uint32_t>;
    constexpr int kBits = 8 * sizeof(U);
    auto draw = [&]() -> U {
        if constexpr (sizeof(U) == 4) {
            return g.next_u32();
        } else {
            constexpr int kRefill = sizeof(U) == 2 ? 1 : 3;  // slices left after the first
            if (!bcnt) {
                buf = g.next_u32();
                bcnt = kRefill;
            } else {
                buf >>= kBits;
                bcnt -= 1;
            }
            return static_cast<U>(buf);
        }
    };
    const U rng_excl = static_cast<U>(rng + 1);
    Wide m = static_cast<Wide>(static_cast<Wide>(draw()) * rng_excl);
    U leftover = static_cast<U>(m);
    if (leftover < rng_excl) {
        const U threshold = static_cast<U>(static_cast<U>(static_cast<U>(~U{0}) - rng) % rng_excl);
        while (leftover < threshold) {
            m = static_cast<Wide>(static_cast<Wide>(draw()) * rng_excl);
            leftover = static_cast<U>(m);
        }
    }
    return static_cast<U>(m >> kBits);
}

// random_bounded_uint64(off, rng, use_masked = false): one value in [off, off + rng]
// (Generator.choice's Floyd sampling and tail shuffle); 32-bit draws while rng fits.
template <NumpyBitGen G>
uint64_t random_bounded_uint64(G& g, uint64_t off, uint64_t rng) {
    if (rng == 0) return off;
    if (rng <= 0xFFFFFFFFULL) {
        if (rng == 0xFFFFFFFFULL) return off + static_cast<uint64_t>(g.next_u32());
        uint32_t buf = 0;
        int bcnt = 0;
        return off + bounded_lemire_small<uint32_t>(g, static_cast<uint32_t>(rng), buf, bcnt);
    }
    if (rng == 0xFFFFFFFFFFFFFFFFULL) return off + g.next_u64();
    return off + bounded_lemire_uint64(g, rng);
}

// random_bounded_*_fill with use_masked = false (Generator.integers for each dtype):
// [out] receives off + a value in [0, rng]. [U] is the dtype's unsigned type (bool as
// bool); 8/16-bit and bool values slice 32-bit words through a buffer that starts
// empty on each call.
template <class U, NumpyBitGen G>
void random_bounded_lemire_fill(G& g, U off, U rng, std::span<U> out) {
    uint32_t buf = 0;
    int bcnt = 0;
    if constexpr (std::is_same_v<U, bool>) {
        for (auto& o : out) {  // buffered_bounded_bool, the same for both methods
            if (!rng) { o = off; continue; }
            if (!bcnt) { buf = g.next_u32(); bcnt = 31; } else { buf >>= 1; bcnt -= 1; }
            o = (buf & 0x00000001UL) != 0;
        }
    } else if constexpr (sizeof(U) == 8) {
        if (rng == 0) {
            for (auto& o : out) o = off;
        } else if (rng <= 0xFFFFFFFFULL) {
            if (rng == 0xFFFFFFFFULL) {
                for (auto& o : out) o = off + static_cast<uint64_t>(g.next_u32());
            } else {
                for (auto& o : out) o = off + bounded_lemire_small<uint32_t>(g, static_cast<uint32_t>(rng), buf, bcnt);
            }
        } else if (rng == 0xFFFFFFFFFFFFFFFFULL) {
            for (auto& o : out) o = off + g.next_u64();
        } else {
            for (auto& o : out) o = off + bounded_lemire_uint64(g, rng);
        }
    } else {
        constexpr U kMax = static_cast<U>(~U{0});
        for (auto& o : out) {
            if (rng == 0) {
                o = off;
            } else if (rng == kMax) {
                // The full range: the raw 32-bit word, or a raw buffered slice.
                if constexpr (sizeof(U) == 4) {
                    o = static_cast<U>(off + g.next_u32());
                } else {
                    constexpr int kRefill = sizeof(U) == 2 ? 1 : 3;
                    if (!bcnt) { buf = g.next_u32(); bcnt = kRefill; } else { buf >>= 8 * sizeof(U); bcnt -= 1; }
                    o = static_cast<U>(off + static_cast<U>(buf));
                }
            } else {
                o = static_cast<U>(off + bounded_lemire_small<U>(g, rng, buf, bcnt));
            }
        }
    }
}

// ---- explicit instantiations for the runtime generator (generator_distributions.cpp) --

extern template double random_standard_normal<BitGen>(BitGen&);
extern template float random_standard_normal_f<BitGen>(BitGen&);
extern template double random_standard_exponential<BitGen>(BitGen&);
extern template float random_standard_exponential_f<BitGen>(BitGen&);
extern template double random_standard_gamma<BitGen>(BitGen&, double);
extern template double random_beta<BitGen>(BitGen&, double, double);
extern template int64_t random_binomial<BitGen>(BitGen&, double, int64_t);
extern template int64_t random_poisson<BitGen>(BitGen&, double);

}  // namespace seedlab::libs::numpy::random
