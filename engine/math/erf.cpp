// erf.cpp — error function and its complement for doubles, bit-identical to
// glibc 2.36 erf and erfc on x86-64: the fdlibm-derived
// sysdeps/ieee754/dbl-64/s_erf.c (baseline SSE2 build, no FMA variant, so
// no fused operations), whose two calls to __ieee754_exp go through glibc's
// ifunc to __ieee754_exp_fma, i.e. our exp. The double operations are the
// same and in the same order as there.
// Not a general libm: round-to-nearest only, no errno or exception flags.
#include "math/fp_bits.hpp"
#include "math/libm.hpp"

namespace seedlab::math {
namespace {

// Constants of s_erf.c (fdlibm names).
constexpr double erx = 8.45062911510467529297e-01;  // (float)0.84506291151
constexpr double efx = 1.28379167095512586316e-01;
// erf on [0, 0.84375]: x + x*R(x^2)/S(x^2)
constexpr double pp[] = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                         -5.77027029648944159157e-03, -2.37630166566501626084e-05};
constexpr double qq[] = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
                         5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
// erf on [0.84375, 1.25]: erx + P(s)/Q(s), s = |x| - 1
constexpr double pa[] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                         3.18346619901161753674e-01,  -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                         -2.16637559486879084300e-03};
constexpr double qa[] = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                         1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
// erfc on [1.25, 1/0.35]: exp(-x^2 - 0.5625 + R(1/x^2)/S(1/x^2)) / x
constexpr double ra[] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
                         -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                         -8.12874355063065934246e+01, -9.81432934416914548592e+00};
constexpr double sa[] = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
                         6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
                         6.57024977031928170135e+00, -6.04244152148580987438e-02};
// erfc on [1/0.35, 28]
constexpr double rb[] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
                         -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                         -4.83519191608651397019e+02};
constexpr double sb[] = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
                         3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
                         -2.24409524465858183362e+01};

// R(z)/S(z) for |x| < 0.84375, z = x*x.
double small_ratio(double z) {
    double r1 = pp[0] + z * pp[1], z2 = z * z;
    double r2 = pp[2] + z * pp[3], z4 = z2 * z2;
    double s1 = 1.0 + z * qq[1];
    double s2 = qq[2] + z * qq[3];
    double s3 = qq[4] + z * qq[5];
    double r = r1 + z2 * r2 + z4 * pp[4];
    double s = s1 + z2 * s2 + z4 * s3;
    return r / s;
}

// P(s) and Q(s) for 0.84375 <= |x| < 1.25, s = |x| - 1.
void middle_pq(double s, double& P, double& Q) {
    double P1 = pa[0] + s * pa[1], s2 = s * s;
    double Q1 = 1.0 + s * qa[1], s4 = s2 * s2;
    double P2 = pa[2] + s * pa[3], s6 = s4 * s2;
    double Q2 = qa[2] + s * qa[3];
    double P3 = pa[4] + s * pa[5];
    double Q3 = qa[4] + s * qa[5];
    P = P1 + s2 * P2 + s4 * P3 + s6 * pa[6];
    Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * qa[6];
}

// exp(-x^2 - 0.5625 + R/S) for |x| >= 1.25, with x^2 split to keep it exact;
// `near` selects the [1.25, 1/0.35) coefficients.
double tail_exp(double x, bool near) {
    double s = 1.0 / (x * x);
    double R, S;
    if (near) {
        double R1 = ra[0] + s * ra[1], s2 = s * s;
        double S1 = 1.0 + s * sa[1], s4 = s2 * s2;
        double R2 = ra[2] + s * ra[3], s6 = s4 * s2;
        double S2 = sa[2] + s * sa[3], s8 = s4 * s4;
        double R3 = ra[4] + s * ra[5];
        double S3 = sa[4] + s * sa[5];
        double R4 = ra[6] + s * ra[7];
        double S4 = sa[6] + s * sa[7];
        R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
        S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * sa[8];
    } else {
        double R1 = rb[0] + s * rb[1], s2 = s * s;
        double S1 = 1.0 + s * sb[1], s4 = s2 * s2;
        double R2 = rb[2] + s * rb[3], s6 = s4 * s2;
        double S2 = sb[2] + s * sb[3];
        double R3 = rb[4] + s * rb[5];
        double S3 = sb[4] + s * sb[5];
        double S4 = sb[6] + s * sb[7];
        R = R1 + s2 * R2 + s4 * R3 + s6 * rb[6];
        S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
    }
    double z = bits::as_f64(bits::as_u64(x) & 0xffffffff00000000ull);  // low word cleared
    return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

}  // namespace

double erf(double x) {
    std::uint64_t ux = bits::as_u64(x);
    std::int32_t hx = static_cast<std::int32_t>(ux >> 32);
    std::int32_t ix = hx & 0x7fffffff;
    if (ix >= 0x7ff00000) {  // erf(nan) = nan, erf(+-inf) = +-1
        if (bits::is_nan(x)) return bits::quiet(x);
        return hx < 0 ? -1.0 : 1.0;
    }
    if (ix < 0x3feb0000) {      // |x| < 0.84375
        if (ix < 0x3e300000) {  // |x| < 2^-28
            if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * efx) * x);  // no spurious underflow
            return x + efx * x;
        }
        return x + x * small_ratio(x * x);
    }
    if (ix < 0x3ff40000) {  // 0.84375 <= |x| < 1.25
        double P, Q;
        middle_pq(bits::as_f64(ux & ~(1ull << 63)) - 1.0, P, Q);
        return hx >= 0 ? erx + P / Q : -erx - P / Q;
    }
    if (ix >= 0x40180000) return hx >= 0 ? 1.0 : -1.0;  // |x| >= 6: 1 - tiny rounds to 1
    double ax = bits::as_f64(ux & ~(1ull << 63));
    double r = tail_exp(ax, ix < 0x4006DB6E);
    return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

double erfc(double x) {
    std::uint64_t ux = bits::as_u64(x);
    std::int32_t hx = static_cast<std::int32_t>(ux >> 32);
    std::int32_t ix = hx & 0x7fffffff;
    if (ix >= 0x7ff00000) {  // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        if (bits::is_nan(x)) return bits::quiet(x);
        return hx < 0 ? 2.0 : 0.0;
    }
    if (ix < 0x3feb0000) {                    // |x| < 0.84375
        if (ix < 0x3c700000) return 1.0 - x;  // |x| < 2^-56
        double y = small_ratio(x * x);
        if (hx < 0x3fd00000) return 1.0 - (x + x * y);  // x < 1/4
        double r = x * y;
        r += (x - 0.5);
        return 0.5 - r;
    }
    if (ix < 0x3ff40000) {  // 0.84375 <= |x| < 1.25
        double P, Q;
        middle_pq(bits::as_f64(ux & ~(1ull << 63)) - 1.0, P, Q);
        if (hx >= 0) return (1.0 - erx) - P / Q;
        return 1.0 + (erx + P / Q);
    }
    if (ix < 0x403c0000) {  // |x| < 28
        if (hx < 0 && ix >= 0x40180000) return 2.0;  // x <= -6: 2 - tiny rounds to 2
        double ax = bits::as_f64(ux & ~(1ull << 63));
        double r = tail_exp(ax, ix < 0x4006DB6D);
        return hx > 0 ? r / ax : 2.0 - r / ax;
    }
    return hx > 0 ? 0.0 : 2.0;  // tiny*tiny underflows to 0; 2 - tiny rounds to 2
}

}  // namespace seedlab::math
