// The elementwise float32 kernels of the Keras training emulation (engine/libs/keras/
// dense_math.hpp, dense_batch.hpp). Oracles: the exact sigmoid in double precision (the
// logistics are approximations of it with a known error), the definition of each formula,
// and the one-row order of spec/keras-fit.md s1.6.
#include <catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "libs/keras/dense_batch.hpp"
#include "libs/keras/dense_math.hpp"
#include "math/libm.hpp"

using namespace seedlab::libs::keras;

namespace {

int64_t ulps_apart(float a, float b) {
    int32_t ia, ib;
    std::memcpy(&ia, &a, 4);
    std::memcpy(&ib, &b, 4);
    return std::llabs(static_cast<int64_t>(ia) - static_cast<int64_t>(ib));
}

}  // namespace

TEST_CASE("Eigen 2023's packet logistic (pexp_float, no FMA) stays within 3 ulp of the exact sigmoid", "[keras][math]") {
    int64_t worst = 0;
    for (float x = -80.0f; x < 20.0f; x += 0.0137f) {
        const float exact = static_cast<float>(1.0 / (1.0 + std::exp(-static_cast<double>(x))));
        worst = std::max(worst, ulps_apart(logistic_2023_packet(x), exact));
    }
    CHECK(worst <= 3);
    CHECK(logistic_2023_packet(100.0f) == 1.0f);  // e overflows to inf: 1
    CHECK(logistic_2023_packet(-105.0f) == 0.0f);  // below -104: e = 0
    CHECK(logistic_2023_packet(0.0f) == 0.5f);
}

TEST_CASE("Eigen 2023's scalar logistic is expf(x) / (1 + expf(x)) with TF's flush-to-zero", "[keras][math]") {
    for (float x : {-3.5f, -0.25f, 0.0f, 0.7f, 12.0f}) {
        const float e = seedlab::math::expf(x);
        CHECK(logistic_2023_scalar(x) == e / (1.0f + e));
    }
    CHECK(logistic_2023_scalar(89.0f) == 1.0f);   // expf overflows
    CHECK(logistic_2023_scalar(-95.0f) == 0.0f);  // subnormal e flushed
}

TEST_CASE("Eigen 2020's rational logistic (TF 2.4) is within 2e-7 of the exact sigmoid (an absolute-error fit)", "[keras][math]") {
    double worst = 0;
    for (float x = -30.0f; x < 20.0f; x += 0.0173f) {
        const double exact = 1.0 / (1.0 + std::exp(-static_cast<double>(x)));
        worst = std::max(worst, std::fabs(static_cast<double>(logistic_2020(x)) - exact));
    }
    CHECK(worst <= 2e-7);
    CHECK(logistic_2020(-20.0f) == seedlab::math::expf(-20.0f));  // below -9 it is expf(x)
}

TEST_CASE("Batched Dense kernels add each dot product in index order, as the one-row GEMV does", "[keras][math]") {
    // x (2 x 3) times W (3 x 2): row 0 must equal ((0 + w00*x0) + w10*x1) + w20*x2 in float32.
    Mat x(2, 3);
    x.v = {1e8f, 1.0f, -1e8f, 0.5f, 0.25f, 0.125f};
    const std::vector<float> w = {1.0f, 2.0f, 1.0f, 3.0f, 1.0f, 4.0f};
    const Mat out = dense_linear(x, w.data(), nullptr, 2);
    float c = 0.0f;
    c = c + w[0] * x.v[0];
    c = c + w[2] * x.v[1];
    c = c + w[4] * x.v[2];
    CHECK(out.v[0] == c);  // 1e8 + 1 rounds away, so the sum is 0 (another order gives 1)
    CHECK(out.v[0] == 0.0f);
    Mat dz(2, 2);
    dz.v = {1.0f, 2.0f, 3.0f, 4.0f};
    std::vector<float> dk(6), db(2);
    kernel_grad(x, dz, dk.data());
    bias_grad(dz, db.data());
    CHECK(dk[0] == 1e8f * 1.0f + 0.5f * 3.0f);
    CHECK(db[1] == 6.0f);
    const Mat dx = input_grad_rows(dz, w.data(), 3);
    CHECK(dx.v[3] == (0.0f + w[0] * 3.0f) + w[1] * 4.0f);
}
