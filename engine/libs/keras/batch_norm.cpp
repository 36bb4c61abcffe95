// BatchNormalization's float32 arithmetic. See batch_norm.hpp. Sources: Keras's
// normalization layers (tensorflow/python/keras/layers/normalization.py as of TF 2.4,
// keras/layers/normalization/batch_normalization.py v2.15.0 and v3.3.3), TF's
// ops/nn_impl.py (moments, batch_normalization) and ops/math_grad.py.
#include "libs/keras/batch_norm.hpp"

#include "math/libm.hpp"

namespace seedlab::libs::keras {

namespace {

// Per-column mean over the rows: the sum in row order, divided by float32(rows).
std::vector<float> column_mean(const Mat& x) {
    std::vector<float> sum(static_cast<size_t>(x.cols), 0.0f);
    for (int64_t r = 0; r < x.rows; ++r)
        for (int64_t c = 0; c < x.cols; ++c) sum[static_cast<size_t>(c)] = sum[static_cast<size_t>(c)] + x.row(r)[c];
    const float n = static_cast<float>(x.rows);
    for (float& v : sum) v = v / n;
    return sum;
}

// tf.nn.batch_normalization: inv = rsqrt(var + eps) * gamma; x * inv + (beta - mean * inv).
Mat normalize(const Mat& x, const float* mean, const std::vector<float>& inv_raw, const float* gamma, const float* beta) {
    Mat y(x.rows, x.cols);
    std::vector<float> inv(inv_raw.size()), shift(inv_raw.size());
    for (size_t c = 0; c < inv.size(); ++c) {
        inv[c] = inv_raw[c] * gamma[c];
        shift[c] = beta[c] - mean[c] * inv[c];
    }
    for (int64_t r = 0; r < x.rows; ++r)
        for (int64_t c = 0; c < x.cols; ++c) y.row(r)[c] = x.row(r)[c] * inv[static_cast<size_t>(c)] + shift[static_cast<size_t>(c)];
    return y;
}

std::vector<float> rsqrt_plus(const float* var, size_t n, double epsilon) {
    const float eps = static_cast<float>(epsilon);
    std::vector<float> out(n);
    for (size_t c = 0; c < n; ++c) out[c] = 1.0f / math::sqrtf(var[c] + eps);
    return out;
}

}  // namespace

Mat batch_norm_train(const Mat& x, BatchNormWeights w, double momentum, double epsilon, bool keras3, BatchNormCache& cache) {
    const size_t f = static_cast<size_t>(x.cols);
    cache.mean = column_mean(x);
    Mat sq(x.rows, x.cols);
    for (int64_t r = 0; r < x.rows; ++r)
        for (int64_t c = 0; c < x.cols; ++c) {
            const float d = x.row(r)[c] - cache.mean[static_cast<size_t>(c)];
            sq.row(r)[c] = d * d;
        }
    const std::vector<float> var = column_mean(sq);
    if (keras3) {
        const float keep = static_cast<float>(momentum), take = static_cast<float>(1.0 - momentum);
        for (size_t c = 0; c < f; ++c) {
            w.moving_mean[c] = w.moving_mean[c] * keep + cache.mean[c] * take;
            w.moving_variance[c] = w.moving_variance[c] * keep + var[c] * take;
        }
    } else {
        const float decay = static_cast<float>(1.0 - momentum);
        for (size_t c = 0; c < f; ++c) {
            w.moving_mean[c] = w.moving_mean[c] - (w.moving_mean[c] - cache.mean[c]) * decay;
            w.moving_variance[c] = w.moving_variance[c] - (w.moving_variance[c] - var[c]) * decay;
        }
    }
    cache.inv_raw = rsqrt_plus(var.data(), f, epsilon);
    return normalize(x, cache.mean.data(), cache.inv_raw, w.gamma, w.beta);
}

Mat batch_norm_infer(const Mat& x, const BatchNormWeights& w, double epsilon) {
    return normalize(x, w.moving_mean, rsqrt_plus(w.moving_variance, static_cast<size_t>(x.cols), epsilon), w.gamma, w.beta);
}

// Reverse mode through the graph above (math_grad.py): the Add and Mul of
// batch_normalization, Rsqrt's -0.5 * (g * y) * (y * y), the Means' division by the row
// count, SquaredDifference's (2 * g) * (x - mean) (the mean there is stop_gradient), and
// the three paths into x summed in order.
Mat batch_norm_backward(const Mat& x, const Mat& g, const float* gamma, const BatchNormCache& cache, float* dgamma, float* dbeta) {
    const size_t f = static_cast<size_t>(x.cols);
    const float n = static_cast<float>(x.rows);
    std::vector<float> xg(f, 0.0f), g_mean(f), g_sq(f), inv(f);
    for (size_t c = 0; c < f; ++c) {
        dbeta[c] = 0.0f;
        inv[c] = cache.inv_raw[c] * gamma[c];
    }
    for (int64_t r = 0; r < x.rows; ++r)
        for (size_t c = 0; c < f; ++c) {
            dbeta[c] = dbeta[c] + g.row(r)[c];
            xg[c] = xg[c] + x.row(r)[c] * g.row(r)[c];
        }
    for (size_t c = 0; c < f; ++c) {
        const float neg = -dbeta[c];                          // through beta - mean * inv
        const float g_inv = xg[c] + cache.mean[c] * neg;      // x * inv and mean * inv
        dgamma[c] = cache.inv_raw[c] * g_inv;
        const float g_rs = g_inv * gamma[c];
        const float y = cache.inv_raw[c];
        const float g_var = -0.5f * (g_rs * y) * (y * y);     // RsqrtGrad
        g_sq[c] = g_var / n;                                  // Mean's gradient
        g_mean[c] = (neg * inv[c]) / n;
    }
    Mat dx(x.rows, x.cols);
    for (int64_t r = 0; r < x.rows; ++r)
        for (size_t c = 0; c < f; ++c) {
            const float direct = g.row(r)[c] * inv[c];
            const float through_var = (2.0f * g_sq[c]) * (x.row(r)[c] - cache.mean[c]);
            dx.row(r)[c] = direct + through_var + g_mean[c];
        }
    return dx;
}

}  // namespace seedlab::libs::keras
