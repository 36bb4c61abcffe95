// Eigen's vectorised inner-most sum (one leaf) with AVX packets.
#include "libs/tensorflow/kernel_reduce.hpp"

namespace seedlab::libs::tf {
namespace {

// predux of an 8-float AVX packet: fold the two 128-bit halves, then SSE's
// (b0 + b2) + (b1 + b3).
float predux8(const float* a) {
    float b[4];
    for (int i = 0; i < 4; ++i) b[i] = a[i] + a[i + 4];
    return (b[0] + b[2]) + (b[1] + b[3]);
}

// predux of a 4-double AVX packet: (a0 + a2) + (a1 + a3).
double predux4(const double* a) { return (a[0] + a[2]) + (a[1] + a[3]); }

template <class T, int P, class Predux>
T inner_most_sum(const T* x, int64_t n, Predux predux) {
    const int64_t unrolled = (n / (2 * P)) * 2 * P;
    const int64_t vectorized = (n / P) * P;
    T paccum[P], paccum2[P];
    for (int i = 0; i < P; ++i) paccum[i] = paccum2[i] = T(0);
    for (int64_t j = 0; j < unrolled; j += 2 * P) {
        for (int i = 0; i < P; ++i) {
            paccum[i] = paccum[i] + x[j + i];
            paccum2[i] = paccum2[i] + x[j + P + i];
        }
    }
    for (int64_t j = unrolled; j < vectorized; j += P)
        for (int i = 0; i < P; ++i) paccum[i] = paccum[i] + x[j + i];
    for (int i = 0; i < P; ++i) paccum[i] = paccum[i] + paccum2[i];
    T accum = T(0);
    for (int64_t j = vectorized; j < n; ++j) accum = accum + x[j];
    return accum + predux(paccum);
}

}  // namespace

float eigen_sum_f32(const float* data, int64_t n) { return inner_most_sum<float, 8>(data, n, predux8); }
double eigen_sum_f64(const double* data, int64_t n) { return inner_most_sum<double, 4>(data, n, predux4); }

}  // namespace seedlab::libs::tf
