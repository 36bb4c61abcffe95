// libm.hpp — the engine's portable libm: the elementary functions that NumPy
// and TensorFlow reach through glibc, reproduced bit for bit.
//
// What it reproduces: glibc 2.36 (Debian 12, 2.36-9+deb12u14) on x86-64 as
// its ifunc dispatch resolves on a CPU with FMA and AVX2, i.e. the __*_fma
// variants where glibc has them (expf, logf, powf, sinf, cosf, sincosf, exp,
// log, pow, sin, cos, asin, acos, atan, atan2, expm1, log1p) and the
// baseline SSE2 code elsewhere, behind the same exported wrappers NumPy links
// to. Each function returns the bits glibc returns, NaN payloads included
// (one-argument float functions checked on all 2^32 inputs, the others on
// 10^9 samples, see tests/libm_exhaustive), and the same bits when compiled
// to WebAssembly (fused multiply-adds are done in software, see fp_bits.hpp).
// Each .cpp file names the glibc routine it follows.
//
// What it is not: a general libm. Only round-to-nearest is supported, errno
// and floating-point exception flags are not set, and functions not listed
// here do not exist. Engine code calls these instead of <cmath>.
#pragma once

namespace seedlab::math {

// ---- logf.cpp, expf.cpp ----------------------------------------------------

// Natural logarithm of [x] (glibc __logf_fma).
float logf(float x);
// e raised to [x] (glibc __expf_fma).
float expf(float x);

// ---- log.cpp, exp.cpp ------------------------------------------------------

// Natural logarithm of [x] (glibc __ieee754_log_fma).
double log(double x);
// Base-10 logarithm of [x] (glibc __log10 wrapper over __ieee754_log10;
// log10.cpp); x < 0 gives the positive NaN.
double log10(double x);
// e raised to [x] (glibc __ieee754_exp_fma).
double exp(double x);

// ---- sincosf.cpp -----------------------------------------------------------

// Sine of [x] radians (glibc __sinf_fma).
float sinf(float x);
// Cosine of [x] radians (glibc __cosf_fma).
float cosf(float x);
// Sine and cosine of [x] at once, stored to [s] and [c] (glibc __sincosf_fma);
// the same bits as sinf and cosf.
void sincosf(float x, float* s, float* c);

// ---- expm1f.cpp, tanhf.cpp, log1pf.cpp -------------------------------------

// e^[x] - 1, accurate near 0 (glibc __expm1f, fdlibm-derived).
float expm1f(float x);
// Hyperbolic tangent of [x] (glibc __tanhf, fdlibm-derived, uses expm1f).
float tanhf(float x);
// log(1 + [x]), accurate near 0 (glibc __log1pf, fdlibm-derived).
float log1pf(float x);

// ---- log1p.cpp, expm1.cpp, tanh.cpp ----------------------------------------

// log(1 + [x]) (glibc __log1p_fma, fdlibm-derived).
double log1p(double x);
// e^[x] - 1 (glibc __expm1_fma, fdlibm-derived).
double expm1(double x);
// Hyperbolic tangent of [x] (glibc __tanh, fdlibm-derived, uses expm1).
double tanh(double x);

// ---- erf.cpp, erff.cpp -----------------------------------------------------

// Error function of [x] and its complement 1 - erf(x) (glibc __erf, __erfc,
// __erff, __erfcf, fdlibm-derived, built on exp and expf).
double erf(double x);
double erfc(double x);
float erff(float x);
float erfcf(float x);

// ---- sqrt.cpp --------------------------------------------------------------

// Correctly rounded square roots (IEEE 754; glibc uses sqrtsd/sqrtss).
double sqrt(double x);
float sqrtf(float x);

// ---- powf.cpp, pow.cpp -----------------------------------------------------

// [x] raised to [y] in float (glibc __powf_fma).
float powf(float x, float y);

// [x] raised to [y] (glibc __ieee754_pow_fma).
double pow(double x, double y);

// ---- atan.cpp, atan2.cpp ---------------------------------------------------

// Arctangent of [x] (glibc __atan_fma).
double atan(double x);

// Angle of the point ([x], [y]) in radians, in [-pi, pi] (glibc
// __ieee754_atan2_fma).
double atan2(double y, double x);

// ---- asin.cpp --------------------------------------------------------------

// Arcsine and arccosine of [x] (glibc __asin/__acos wrappers over
// __ieee754_asin_fma/__ieee754_acos_fma); |x| > 1 gives the positive NaN.
double asin(double x);
double acos(double x);

// ---- sin.cpp ---------------------------------------------------------------

// Sine and cosine of [x] radians (glibc __sin_fma, __cos_fma).
double sin(double x);
double cos(double x);

}  // namespace seedlab::math
