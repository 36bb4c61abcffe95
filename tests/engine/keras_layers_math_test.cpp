// The float32 arithmetic of Dropout and BatchNormalization in training (engine/libs/keras/
// dropout_rng.hpp, batch_norm.hpp), and Adam's amsgrad step (update_rules.hpp). Oracles: the formulas of TF's nn_ops.py dropout (v2.4.0
// and the TF >= 2.11 where_v2 form) and nn_impl.py moments / batch_normalization, evaluated
// here in double precision or written out operation by operation; tests/torch checks the
// same layers against PyTorch in whole training steps.
#include <catch.hpp>

#include <cmath>
#include <vector>

#include "libs/keras/batch_norm.hpp"
#include "libs/keras/dropout_rng.hpp"
#include "libs/keras/update_rules.hpp"

using namespace seedlab::libs::keras;

namespace {

Mat mat(int64_t rows, int64_t cols, std::vector<float> v) {
    Mat m(rows, cols);
    m.v = std::move(v);
    return m;
}

}  // namespace

TEST_CASE("Dropout's forward and gradient in the TF 2.4 and TF 2.11+ forms", "[keras][dropout]") {
    const Mat x = mat(1, 4, {1.5f, -2.0f, 3.0f, -0.25f});
    const std::vector<float> u = {0.5f, 0.1f, 0.2999f, 0.9f};
    const float scale = static_cast<float>(1.0 / (1.0 - 0.3));
    std::vector<uint8_t> keep24, keep211;
    const Mat y24 = dropout_forward(x, u, 0.3, false, keep24);
    const Mat y211 = dropout_forward(x, u, 0.3, true, keep211);
    CHECK(keep24 == std::vector<uint8_t>{1, 0, 0, 1});
    CHECK(keep211 == keep24);
    CHECK(y24.v[0] == 1.5f * scale);
    CHECK(y24.v[3] == -0.25f * scale);
    CHECK(y24.v[1] == 0.0f);
    CHECK(std::signbit(y24.v[1]));    // (-2 * scale) * 0 = -0
    CHECK(!std::signbit(y211.v[1]));  // where(keep, x * scale, 0) = +0
    CHECK(y211.v[0] == y24.v[0]);
    const Mat g = mat(1, 4, {0.25f, -1.0f, 2.0f, 3.0f});
    const Mat d24 = dropout_backward(g, keep24, 0.3, false);
    const Mat d211 = dropout_backward(g, keep211, 0.3, true);
    CHECK(d24.v == std::vector<float>{0.25f * scale, -0.0f, 0.0f, 3.0f * scale});
    CHECK(std::signbit(d24.v[1]));
    CHECK(!std::signbit(d211.v[1]));
    CHECK(d211.v[0] == 0.25f * scale);
}

TEST_CASE("BatchNormalization in training normalises with the biased batch variance and moves the statistics by each version's formula", "[keras][batchnorm]") {
    const Mat x = mat(4, 2, {1.0f, -2.0f, 2.0f, 0.5f, 4.0f, 1.0f, -1.0f, 3.0f});
    const std::vector<float> gamma = {1.5f, 0.5f}, beta = {0.25f, -0.75f};
    for (bool keras3 : {false, true}) {
        std::vector<float> mm = {0.1f, -0.2f}, mv = {1.2f, 0.8f};
        BatchNormCache cache;
        const Mat y = batch_norm_train(x, {gamma.data(), beta.data(), mm.data(), mv.data()}, 0.99, 1e-3, keras3, cache);
        for (int c = 0; c < 2; ++c) {
            double mean = 0, var = 0;
            for (int r = 0; r < 4; ++r) mean += x.v[r * 2 + c] / 4.0;
            for (int r = 0; r < 4; ++r) var += (x.v[r * 2 + c] - mean) * (x.v[r * 2 + c] - mean) / 4.0;
            CHECK(cache.mean[c] == static_cast<float>(mean));  // exact here: small dyadic sums
            for (int r = 0; r < 4; ++r) {
                const double want = (x.v[r * 2 + c] - mean) / std::sqrt(var + 1e-3) * gamma[c] + beta[c];
                CHECK(std::fabs(y.v[r * 2 + c] - want) < 1e-5);
            }
            const float m0 = c == 0 ? 0.1f : -0.2f, v0 = c == 0 ? 1.2f : 0.8f;
            if (keras3) {
                CHECK(mm[c] == m0 * 0.99f + cache.mean[c] * static_cast<float>(1.0 - 0.99));
            } else {
                CHECK(mm[c] == m0 - (m0 - cache.mean[c]) * static_cast<float>(1.0 - 0.99));
                CHECK(static_cast<float>(1.0 - 0.99) != 1.0f - 0.99f);  // the double subtraction matters
            }
            CHECK(std::fabs(mv[c] - (0.99 * v0 + 0.01 * var)) < 1e-6);
        }
    }
}

TEST_CASE("BatchNormalization's gradients match central differences of its loss", "[keras][batchnorm]") {
    // Loss = sum(w .* y) over a training-mode pass; the analytic gradients must agree with
    // double-precision finite differences of the same formula.
    const Mat x = mat(3, 2, {0.5f, -1.0f, 1.5f, 2.0f, -0.75f, 0.25f});
    const std::vector<float> gamma = {1.25f, 0.75f}, beta = {0.1f, -0.3f};
    const Mat wts = mat(3, 2, {0.3f, -0.6f, 1.1f, 0.2f, -0.4f, 0.9f});
    auto loss = [&](const std::vector<double>& xs, const std::vector<double>& gm, const std::vector<double>& bt) {
        double total = 0;
        for (int c = 0; c < 2; ++c) {
            double mean = 0, var = 0;
            for (int r = 0; r < 3; ++r) mean += xs[r * 2 + c] / 3;
            for (int r = 0; r < 3; ++r) var += (xs[r * 2 + c] - mean) * (xs[r * 2 + c] - mean) / 3;
            for (int r = 0; r < 3; ++r) total += wts.v[r * 2 + c] * ((xs[r * 2 + c] - mean) / std::sqrt(var + 1e-3) * gm[c] + bt[c]);
        }
        return total;
    };
    std::vector<float> mm = {0, 0}, mv = {1, 1}, dgamma(2), dbeta(2);
    BatchNormCache cache;
    batch_norm_train(x, {gamma.data(), beta.data(), mm.data(), mv.data()}, 0.99, 1e-3, false, cache);
    const Mat dx = batch_norm_backward(x, wts, gamma.data(), cache, dgamma.data(), dbeta.data());
    std::vector<double> xs(x.v.begin(), x.v.end()), gm(gamma.begin(), gamma.end()), bt(beta.begin(), beta.end());
    const double h = 1e-6;
    for (size_t i = 0; i < xs.size(); ++i) {
        auto up = xs, down = xs;
        up[i] += h;
        down[i] -= h;
        CHECK(std::fabs(dx.v[i] - (loss(up, gm, bt) - loss(down, gm, bt)) / (2 * h)) < 2e-4);
    }
    for (size_t c = 0; c < 2; ++c) {
        auto up = gm, down = gm;
        up[c] += h;
        down[c] -= h;
        CHECK(std::fabs(dgamma[c] - (loss(xs, up, bt) - loss(xs, down, bt)) / (2 * h)) < 2e-4);
        CHECK(std::fabs(dbeta[c] - (wts.v[c] + wts.v[2 + c] + wts.v[4 + c])) < 1e-6);
    }
}

TEST_CASE("Adam with amsgrad divides by the running maximum of v (ApplyAdamWithAmsgrad, Keras velocity_hats)", "[keras][optimizer]") {
    // Two steps on one weight: a large gradient, then a small one, so v falls on the second
    // step while vhat keeps the first step's v. Oracle: the update formula written out.
    const float c1 = 1.0f - 0.9f, c2 = 1.0f - 0.999f, eps = 1e-7f;
    float var = 1.0f, m = 0, v = 0, vhat = 0;
    float var_plain = 1.0f, m_plain = 0, v_plain = 0;
    const float grads[2] = {4.0f, 0.001f};
    for (int t = 0; t < 2; ++t) {
        const float alpha = adam_alpha(0.1f, t == 0 ? 0.9f : 0.81f, t == 0 ? 0.999f : 0.998001f);
        adam_apply(&var, &m, &v, &vhat, &grads[t], 1, alpha, c1, c2, eps);
        adam_apply(&var_plain, &m_plain, &v_plain, nullptr, &grads[t], 1, alpha, c1, c2, eps);
        if (t == 0) CHECK(var == var_plain);  // vhat = max(0, v) = v on the first step
    }
    CHECK(v < vhat);
    const float v1 = (0.0f + (16.0f - 0.0f) * c2);
    CHECK(vhat == v1);
    CHECK(var != var_plain);
    CHECK(var > var_plain);  // a larger denominator takes a smaller second step
}
