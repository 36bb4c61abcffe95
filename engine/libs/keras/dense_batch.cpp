// Fixed-order float32 Dense kernels over batches. See dense_batch.hpp. Accumulators are
// rows of independent outputs, so a compiler may vectorise each inner loop without
// changing any rounding (-ffp-contract=off keeps multiplies and adds apart).
#include "libs/keras/dense_batch.hpp"

namespace seedlab::libs::keras {

Mat dense_linear(const Mat& x, const float* kernel, const float* bias, int64_t units) {
    Mat out(x.rows, units);
    std::vector<float> c(static_cast<size_t>(units));
    for (int64_t b = 0; b < x.rows; ++b) {
        const float* xr = x.row(b);
        for (int64_t n = 0; n < units; ++n) c[static_cast<size_t>(n)] = 0.0f;
        for (int64_t k = 0; k < x.cols; ++k) {
            const float xk = xr[k];
            const float* w = kernel + k * units;
            float* acc = c.data();
            for (int64_t n = 0; n < units; ++n) acc[n] = acc[n] + w[n] * xk;
        }
        float* o = out.row(b);
        for (int64_t n = 0; n < units; ++n) {
            float z = 0.0f + 1.0f * c[static_cast<size_t>(n)];  // evalGemv: res = 0, then res += alpha * c
            if (bias) z = z + bias[n];
            o[n] = z;
        }
    }
    return out;
}

void kernel_grad(const Mat& a, const Mat& dz, float* out) {
    const int64_t K = a.cols, N = dz.cols;
    for (int64_t i = 0; i < K * N; ++i) out[i] = 0.0f;
    for (int64_t b = 0; b < a.rows; ++b) {
        const float* ar = a.row(b);
        const float* g = dz.row(b);
        for (int64_t k = 0; k < K; ++k) {
            const float ak = ar[k];
            float* o = out + k * N;
            for (int64_t n = 0; n < N; ++n) o[n] = o[n] + ak * g[n];
        }
    }
}

void bias_grad(const Mat& dz, float* out) {
    for (int64_t n = 0; n < dz.cols; ++n) out[n] = dz.rows > 0 ? dz.row(0)[n] : 0.0f;
    for (int64_t b = 1; b < dz.rows; ++b) {
        const float* g = dz.row(b);
        for (int64_t n = 0; n < dz.cols; ++n) out[n] = out[n] + g[n];
    }
}

Mat input_grad_rows(const Mat& dz, const float* kernel, int64_t in_dim) {
    const int64_t N = dz.cols;
    std::vector<float> wt(static_cast<size_t>(in_dim * N));  // W transposed: rows are units
    for (int64_t k = 0; k < in_dim; ++k)
        for (int64_t n = 0; n < N; ++n) wt[static_cast<size_t>(n * in_dim + k)] = kernel[k * N + n];
    Mat dx(dz.rows, in_dim);
    for (int64_t b = 0; b < dz.rows; ++b) {
        const float* g = dz.row(b);
        float* o = dx.row(b);
        for (int64_t n = 0; n < N; ++n) {
            const float gn = g[n];
            const float* w = wt.data() + n * in_dim;
            for (int64_t k = 0; k < in_dim; ++k) o[k] = o[k] + w[k] * gn;
        }
    }
    return dx;
}

}  // namespace seedlab::libs::keras
