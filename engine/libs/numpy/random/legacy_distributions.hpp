// FROZEN: this reproduces numpy 1.24's legacy RandomState streams
// (numpy/random/src/legacy/legacy-distributions.c, and the parts of distributions.c,
// mtrand.pyx and _bounded_integers.pyx.in that RandomState calls). Never fix bugs
// here: RandomState's values are a compatibility promise, quirks included (for
// example legacy_standard_exponential is -log(1 - U), not the ziggurat, and
// binomial(0, p) still consumes a draw). Generator's algorithms live in
// generator_distributions.hpp, so a change there cannot move these streams.
// Every function is a free function over the NumpyBitGen concept (bitgen.hpp), named
// after the NumPy routine it reproduces.
// What it is not: no argument checking, broadcasting or Python objects
// (random_state.cpp); callers pass values NumPy has already validated.
#pragma once

#include <cstdint>
#include <cmath>
#include <cstdlib>
#include <span>

#include "libs/numpy/random/bitgen.hpp"
#include "libs/numpy/random/loggam.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::numpy::random {

// The extra state of aug_bitgen_t: legacy_gauss's cached second normal.
struct LegacyGaussState {
    bool has_gauss = false;
    double gauss = 0.0;
};

namespace legacy_detail {

// (RAND_INT_TYPE)floor(x) as x86-64 executes it (cvttsd2si): out of range gives INT64_MIN.
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

// The 8/16-bit and bool draws share one 32-bit word per fill call (buffered_uint16,
// buffered_uint8, buffered_bounded_bool); the buffer starts empty on every call.
struct WordBuffer {
    uint32_t buf = 0;
    int bcnt = 0;
};

}  // namespace legacy_detail

// ---- floats -------------------------------------------------------------------------

// RandomState.random_sample: the generator's next_double.
template <NumpyBitGen G> double legacy_random_sample(G& g) { return g.next_double(); }

// legacy_gauss: Marsaglia's polar Box-Muller; the second value is cached in [s].
template <NumpyBitGen G>
double legacy_gauss(G& g, LegacyGaussState& s) {
    if (s.has_gauss) {
        const double temp = s.gauss;
        s.has_gauss = false;
        s.gauss = 0.0;
        return temp;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * g.next_double() - 1.0;
        x2 = 2.0 * g.next_double() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = math::sqrt(-2.0 * math::log(r2) / r2);
    s.gauss = f * x1;
    s.has_gauss = true;
    return f * x2;
}

template <NumpyBitGen G>
double legacy_normal(G& g, LegacyGaussState& s, double loc, double scale) {
    return loc + scale * legacy_gauss(g, s);
}

// random_uniform as RandomState.uniform calls it: low + range * U.
template <NumpyBitGen G>
double legacy_uniform(G& g, double low, double range) {
    return low + range * g.next_double();
}

// legacy_standard_exponential: -log(1 - U) (inversion, not Generator's ziggurat).
template <NumpyBitGen G>
double legacy_standard_exponential(G& g) {
    return -math::log(1.0 - g.next_double());
}

template <NumpyBitGen G>
double legacy_exponential(G& g, double scale) {
    return scale * legacy_standard_exponential(g);
}

// legacy_standard_gamma: Marsaglia & Tsang (shape >= 1, on legacy_gauss) or
// Johnk-style rejection (shape < 1).
template <NumpyBitGen G>
double legacy_standard_gamma(G& g, LegacyGaussState& s, double shape) {
    if (shape == 1.0) return legacy_standard_exponential(g);
    if (shape == 0.0) return 0.0;
    if (shape < 1.0) {
        for (;;) {
            const double U = g.next_double();
            const double V = legacy_standard_exponential(g);
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
            X = legacy_gauss(g, s);
            V = 1.0 + c * X;
        } while (V <= 0.0);
        V = V * V * V;
        const double U = g.next_double();
        if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
        if (math::log(U) < 0.5 * X * X + b * (1. - V + math::log(V))) return b * V;
    }
}

template <NumpyBitGen G>
double legacy_gamma(G& g, LegacyGaussState& s, double shape, double scale) {
    return scale * legacy_standard_gamma(g, s, shape);
}

// legacy_beta: Johnk's algorithm when both parameters are <= 1, else two gammas.
template <NumpyBitGen G>
double legacy_beta(G& g, LegacyGaussState& s, double a, double b) {
    if (a <= 1.0 && b <= 1.0) {
        for (;;) {
            const double U = g.next_double();
            const double V = g.next_double();
            const double X = math::pow(U, 1.0 / a);
            const double Y = math::pow(V, 1.0 / b);
            if ((X + Y) <= 1.0) {
                if (X + Y > 0) return X / (X + Y);
                double logX = math::log(U) / a;
                double logY = math::log(V) / b;
                const double logM = logX > logY ? logX : logY;
                logX -= logM;
                logY -= logM;
                return math::exp(logX - math::log(math::exp(logX) + math::exp(logY)));
            }
        }
    }
    const double Ga = legacy_standard_gamma(g, s, a);
    const double Gb = legacy_standard_gamma(g, s, b);
    return Ga / (Ga + Gb);
}

// The one-liners of legacy-distributions.c, on legacy_gauss / legacy_standard_gamma /
// legacy_standard_exponential.
template <NumpyBitGen G>
double legacy_lognormal(G& g, LegacyGaussState& s, double mean, double sigma) {
    return math::exp(legacy_normal(g, s, mean, sigma));
}

template <NumpyBitGen G>
double legacy_chisquare(G& g, LegacyGaussState& s, double df) {
    return 2.0 * legacy_standard_gamma(g, s, df / 2.0);
}

template <NumpyBitGen G>
double legacy_f(G& g, LegacyGaussState& s, double dfnum, double dfden) {
    const double num = legacy_chisquare(g, s, dfnum) * dfden;
    return num / (legacy_chisquare(g, s, dfden) * dfnum);
}

template <NumpyBitGen G>
double legacy_standard_cauchy(G& g, LegacyGaussState& s) {
    const double num = legacy_gauss(g, s);
    return num / legacy_gauss(g, s);
}

template <NumpyBitGen G>
double legacy_standard_t(G& g, LegacyGaussState& s, double df) {
    const double num = legacy_gauss(g, s);
    const double denom = legacy_standard_gamma(g, s, df / 2);
    return math::sqrt(df / 2) * num / math::sqrt(denom);
}

// legacy_pareto: exp(E / a) - 1 (Generator uses expm1).
template <NumpyBitGen G>
double legacy_pareto(G& g, double a) {
    return math::exp(legacy_standard_exponential(g) / a) - 1;
}

template <NumpyBitGen G>
double legacy_weibull(G& g, double a) {
    if (a == 0.0) return 0.0;
    return math::pow(legacy_standard_exponential(g), 1. / a);
}

template <NumpyBitGen G>
double legacy_power(G& g, double a) {
    return math::pow(1 - math::exp(-legacy_standard_exponential(g)), 1. / a);
}

// legacy_rayleigh: mode * sqrt(-2 log1p(-U)).
template <NumpyBitGen G>
double legacy_rayleigh(G& g, double mode) {
    return mode * math::sqrt(-2.0 * math::log1p(-g.next_double()));
}

// random_laplace / random_gumbel / random_logistic / random_triangular of
// distributions.c as RandomState calls them (copied so Generator changes cannot move
// them); NumPy's tail recursion on a rejected U is a loop here.
template <NumpyBitGen G>
double legacy_laplace(G& g, double loc, double scale) {
    for (;;) {
        const double U = g.next_double();
        if (U >= 0.5) return loc - scale * math::log(2.0 - U - U);
        if (U > 0.0) return loc + scale * math::log(U + U);
    }
}

template <NumpyBitGen G>
double legacy_gumbel(G& g, double loc, double scale) {
    for (;;) {
        const double U = 1.0 - g.next_double();
        if (U < 1.0) return loc - scale * math::log(-math::log(U));
    }
}

template <NumpyBitGen G>
double legacy_logistic(G& g, double loc, double scale) {
    for (;;) {
        const double U = g.next_double();
        if (U > 0.0) return loc + scale * math::log(U / (1.0 - U));
    }
}

template <NumpyBitGen G>
double legacy_triangular(G& g, double left, double mode, double right) {
    const double base = right - left;
    const double leftbase = mode - left;
    const double ratio = leftbase / base;
    const double leftprod = leftbase * base;
    const double rightprod = (right - mode) * base;
    const double U = g.next_double();
    if (U <= ratio) return left + math::sqrt(U * leftprod);
    return right - math::sqrt((1.0 - U) * rightprod);
}

// ---- discrete -----------------------------------------------------------------------

// random_binomial_inversion (numpy caches its setup in binomial_t; recomputing it gives
// the same bits, so there is no cache here).
template <NumpyBitGen G>
int64_t legacy_binomial_inversion(G& g, int64_t n, double p) {
    const double q = 1.0 - p;
    const double qn = math::exp(n * math::log(q));
    const double np = n * p;
    const double bound_d = np + 10.0 * math::sqrt(np * q + 1);
    const int64_t bound = legacy_detail::to_int64(static_cast<double>(n) < bound_d ? static_cast<double>(n) : bound_d);
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

// random_binomial_btpe: Kachitvichyanukul & Schmeiser's BTPE, step labels as in NumPy.
template <NumpyBitGen G>
int64_t legacy_binomial_btpe(G& g, int64_t n, double p) {
    using legacy_detail::to_int64;
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
            if (y < 0 || v == 0.0) continue;  // v == 0 rejected: the cast above was undefined
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

// legacy_random_binomial: inversion below n*min(p, 1-p) = 30, BTPE above; unlike
// Generator's, no shortcut for n == 0 or p == 0 (they still draw).
template <NumpyBitGen G>
int64_t legacy_binomial(G& g, double p, int64_t n) {
    if (p <= 0.5) {
        if (p * n <= 30.0) return legacy_binomial_inversion(g, n, p);
        return legacy_binomial_btpe(g, n, p);
    }
    const double q = 1.0 - p;
    if (q * n <= 30.0) return n - legacy_binomial_inversion(g, n, q);
    return n - legacy_binomial_btpe(g, n, q);
}

// random_poisson_mult: multiply uniforms until the product drops below exp(-lam).
template <NumpyBitGen G>
int64_t legacy_poisson_mult(G& g, double lam) {
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

// random_poisson_ptrs: Hoermann's transformed rejection (PTRS), for lam >= 10.
template <NumpyBitGen G>
int64_t legacy_poisson_ptrs(G& g, double lam) {
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
        const int64_t k = legacy_detail::to_int64(std::floor((2 * a / us + b) * U + lam + 0.43));
        if ((us >= 0.07) && (V <= vr)) return k;
        if ((k < 0) || ((us < 0.013) && (V > us))) continue;
        if ((math::log(V) + math::log(invalpha) - math::log(a / (us * us) + b)) <=
            (-lam + k * loglam - numpy_random_loggam(k + 1))) {
            return k;
        }
    }
}

// legacy_random_poisson (random_poisson): PTRS from lam >= 10, else multiplication.
template <NumpyBitGen G>
int64_t legacy_poisson(G& g, double lam) {
    if (lam >= 10) return legacy_poisson_ptrs(g, lam);
    if (lam == 0) return 0;
    return legacy_poisson_mult(g, lam);
}

// ---- integers -----------------------------------------------------------------------

// random_interval: a value in [0, max] by masked rejection, 32-bit draws while max
// fits in 32 bits (RandomState.shuffle/permutation, and Generator.shuffle too).
template <NumpyBitGen G>
uint64_t legacy_random_interval(G& g, uint64_t max) {
    if (max == 0) return 0;
    const uint64_t mask = legacy_detail::gen_mask(max);
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

// random_bounded_*_fill with use_masked = true (RandomState.randint for each dtype):
// [out] receives off + a value in [0, rng] by masked rejection. [U] is the unsigned
// type of the dtype (bool as bool). The 8/16-bit and bool draws slice 32-bit words
// through a buffer that starts empty on each call, as NumPy's fill functions do.
template <class U, NumpyBitGen G>
void legacy_bounded_masked_fill(G& g, U off, U rng, std::span<U> out) {
    legacy_detail::WordBuffer wb;
    auto buffered16 = [&]() -> uint16_t {
        if (!wb.bcnt) { wb.buf = g.next_u32(); wb.bcnt = 1; } else { wb.buf >>= 16; wb.bcnt -= 1; }
        return static_cast<uint16_t>(wb.buf);
    };
    auto buffered8 = [&]() -> uint8_t {
        if (!wb.bcnt) { wb.buf = g.next_u32(); wb.bcnt = 3; } else { wb.buf >>= 8; wb.bcnt -= 1; }
        return static_cast<uint8_t>(wb.buf);
    };
    if constexpr (std::is_same_v<U, bool>) {
        // buffered_bounded_bool: rng == 0 gives off without drawing; else one bit per value.
        for (auto& o : out) {
            if (!rng) { o = off; continue; }
            if (!wb.bcnt) { wb.buf = g.next_u32(); wb.bcnt = 31; } else { wb.buf >>= 1; wb.bcnt -= 1; }
            o = (wb.buf & 0x00000001UL) != 0;
        }
    } else if constexpr (sizeof(U) == 8) {
        if (rng == 0) {
            for (auto& o : out) o = off;
        } else if (rng <= 0xFFFFFFFFULL) {
            if (rng == 0xFFFFFFFFULL) {
                for (auto& o : out) o = off + static_cast<uint64_t>(g.next_u32());
            } else {
                const uint32_t mask = static_cast<uint32_t>(legacy_detail::gen_mask(rng));
                const uint32_t rng32 = static_cast<uint32_t>(rng);
                for (auto& o : out) {
                    uint32_t val;
                    while ((val = (g.next_u32() & mask)) > rng32) {
                    }
                    o = off + val;
                }
            }
        } else if (rng == 0xFFFFFFFFFFFFFFFFULL) {
            for (auto& o : out) o = off + g.next_u64();
        } else {
            const uint64_t mask = legacy_detail::gen_mask(rng);
            for (auto& o : out) {
                uint64_t val;
                while ((val = (g.next_u64() & mask)) > rng) {
                }
                o = off + val;
            }
        }
    } else {
        constexpr U kMax = static_cast<U>(~U{0});
        const U mask = static_cast<U>(legacy_detail::gen_mask(rng));
        auto draw = [&]() -> U {
            if constexpr (sizeof(U) == 4) return g.next_u32();
            else if constexpr (sizeof(U) == 2) return buffered16();
            else return buffered8();
        };
        for (auto& o : out) {
            if (rng == 0) {
                o = off;
            } else if (rng == kMax) {
                o = static_cast<U>(off + draw());
            } else {
                U val;
                while ((val = static_cast<U>(draw() & mask)) > rng) {
                }
                o = static_cast<U>(off + val);
            }
        }
    }
}

// ---- explicit instantiations for the runtime generator (legacy_distributions.cpp) -----

extern template double legacy_gauss<BitGen>(BitGen&, LegacyGaussState&);
extern template double legacy_standard_gamma<BitGen>(BitGen&, LegacyGaussState&, double);
extern template double legacy_beta<BitGen>(BitGen&, LegacyGaussState&, double, double);
extern template int64_t legacy_binomial<BitGen>(BitGen&, double, int64_t);
extern template int64_t legacy_poisson<BitGen>(BitGen&, double);

}  // namespace seedlab::libs::numpy::random
