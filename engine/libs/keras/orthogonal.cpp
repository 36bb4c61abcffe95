// Householder QR in double precision for the Orthogonal initializer. See orthogonal.hpp.
#include "libs/keras/orthogonal.hpp"

#include <cstddef>

#include "math/libm.hpp"

namespace seedlab::libs::keras {

std::vector<double> normalized_q(const std::vector<double>& a, int64_t m, int64_t n) {
    const size_t M = static_cast<size_t>(m), N = static_cast<size_t>(n);
    std::vector<double> r = a;  // becomes R (upper part)
    std::vector<std::vector<double>> vs;        // the Householder vectors v_k (length m - k)
    for (size_t k = 0; k < N; ++k) {
        double norm = 0;
        for (size_t i = k; i < M; ++i) norm += r[i * N + k] * r[i * N + k];
        norm = math::sqrt(norm);
        std::vector<double> v(M - k);
        for (size_t i = k; i < M; ++i) v[i - k] = r[i * N + k];
        const double alpha = v[0] >= 0 ? -norm : norm;
        v[0] -= alpha;
        double vnorm2 = 0;
        for (double x : v) vnorm2 += x * x;
        if (vnorm2 > 0)
            for (size_t j = k; j < N; ++j) {  // R <- (I - 2 v v^T / v^T v) R
                double dot = 0;
                for (size_t i = k; i < M; ++i) dot += v[i - k] * r[i * N + j];
                const double f = 2 * dot / vnorm2;
                for (size_t i = k; i < M; ++i) r[i * N + j] -= f * v[i - k];
            }
        vs.push_back(vnorm2 > 0 ? v : std::vector<double>());
    }
    // Q = H_0 H_1 ... H_{n-1} applied to the first n columns of the identity.
    std::vector<double> q(M * N, 0.0);
    for (size_t j = 0; j < N; ++j) q[j * N + j] = 1.0;
    for (size_t k = N; k-- > 0;) {
        const std::vector<double>& v = vs[k];
        if (v.empty()) continue;
        double vnorm2 = 0;
        for (double x : v) vnorm2 += x * x;
        for (size_t j = 0; j < N; ++j) {
            double dot = 0;
            for (size_t i = k; i < M; ++i) dot += v[i - k] * q[i * N + j];
            const double f = 2 * dot / vnorm2;
            for (size_t i = k; i < M; ++i) q[i * N + j] -= f * v[i - k];
        }
    }
    std::vector<double> out(M * N);
    for (size_t j = 0; j < N; ++j) {
        const double d = r[j * N + j];
        const double sign = d > 0 ? 1.0 : d < 0 ? -1.0 : 0.0;  // math_ops.sign
        for (size_t i = 0; i < M; ++i) out[i * N + j] = q[i * N + j] * sign;
    }
    return out;
}

}  // namespace seedlab::libs::keras
