// TF's elementwise float32 training arithmetic. See dense_math.hpp. Every expression is
// written in the kernel's order; -ffp-contract=off keeps each rounding.
#include "libs/keras/dense_math.hpp"

#include <cmath>
#include <cstring>
#include <limits>

#include "math/libm.hpp"

namespace seedlab::libs::keras {

bool activation_supported(const std::string& name) { return name == "linear" || name == "relu" || name == "sigmoid" || name == "softmax"; }

// Eigen 3.3.90 at 011e0db (the commit TF 2.4 pins), UnaryFunctors.h scalar_logistic_op<float>:
// operator() runs packetOp on a one-float "packet"; built without FMA (-mavx), so the upper
// cut-off is the non-FMA one and each pmadd is a multiply then an add.
float logistic_2020(float x_in) {
    if (x_in < -9.f) return math::expf(x_in);
    const float x = x_in < 15.6437711715698242f ? x_in : 15.6437711715698242f;  // numext::mini(x, cutoff)
    const float x2 = x * x;
    float p = x2 * 4.37031012579801e-11f + 1.15627324459942e-07f;
    p = x2 * p + 6.08574864600143e-05f;
    p = x2 * p + 8.51377133304701e-03f;
    p = x2 * p + 2.48287947061529e-01f;
    p = x * p;
    float q = x2 * 6.10247389755681e-13f + 5.76102136993427e-09f;
    q = x2 * q + 6.29106785017040e-06f;
    q = x2 * q + 1.70198817374094e-03f;
    q = x2 * q + 1.16817656904453e-01f;
    q = x2 * q + 9.93151921023180e-01f;
    return p / q + 0.5f;
}

namespace {

// TF runs its kernels with FTZ and DAZ set (port::ScopedFlushDenormal).
float ftz(float x) { return std::fabs(x) < std::numeric_limits<float>::min() ? 0.0f * x : x; }

float from_bits(uint32_t u) {
    float f;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

// Eigen's pexp_float (GenericPacketMathFunctions.h at the 2023 pins) on one lane, without
// FMA: Cephes range reduction, a degree-6 polynomial, then pldexp_generic's 2^m in steps.
float pexp_float(float x_in) {
    if (std::isnan(x_in)) return x_in;
    const float x_in_daz = ftz(x_in);
    const bool zero = x_in_daz < -104.0f;
    const float x = 88.723f < x_in_daz ? 88.723f : x_in_daz;  // pmin(x, 88.723f); NaN passes
    const float m = std::floor(ftz(x * 1.44269504088896341f) + 0.5f);
    float r = ftz(ftz(m * -0.693359375f) + x);
    r = ftz(ftz(m * 2.12194440e-4f) + r);
    const float r2 = ftz(r * r);
    float pe = ftz(ftz(r2 * 1.37449637986719608306884765625e-3f) + 4.166965186595916748046875e-2f);
    const float po = ftz(ftz(r2 * 8.36894474923610687255859375e-3f) + 0.16666518151760101318359375f);
    pe = ftz(ftz(r2 * pe) + 0.49999988079071044921875f);
    const float pl = ftz(r + 1.0f);
    float y = ftz(ftz(r * po) + pe);
    y = ftz(ftz(r2 * y) + pl);
    // pldexp_generic: e = clamp(m, -278, 278); b = e >> 2; y * 2^b * 2^b * 2^b * 2^(e - 3b).
    const float mc = m < -278.0f ? -278.0f : (m > 278.0f ? 278.0f : m);
    const int32_t e = static_cast<int32_t>(mc);
    const int32_t b = e >> 2;
    const float c = from_bits(static_cast<uint32_t>(b + 127) << 23);
    float out = ftz(ftz(ftz(y * c) * c) * c);
    out = ftz(out * from_bits(static_cast<uint32_t>(e - 3 * b + 127) << 23));
    const float mx = out < x_in_daz ? x_in_daz : out;  // pmax(out, x)
    return zero ? 0.0f : mx;
}

float generic_logistic(float e) {
    if (e == std::numeric_limits<float>::infinity()) return 1.0f;
    return ftz(e / ftz(1.0f + e));
}

}  // namespace

float logistic_2023_scalar(float x) { return generic_logistic(ftz(math::expf(ftz(x)))); }
float logistic_2023_packet(float x) { return generic_logistic(pexp_float(x)); }

void apply_activation(std::vector<float>& z, int64_t cols, const std::string& activation, Logistic logistic) {
    if (activation == "softmax") {
        for (size_t r = 0; r + static_cast<size_t>(cols) <= z.size(); r += static_cast<size_t>(cols)) {
            float* row = z.data() + r;
            float max = row[0];
            for (int64_t j = 1; j < cols; ++j) max = row[j] > max ? row[j] : max;
            float sum = 0.0f;
            for (int64_t j = 0; j < cols; ++j) {
                row[j] = math::expf(row[j] - max);
                sum = sum + row[j];
            }
            const float inv = 1.0f / sum;
            for (int64_t j = 0; j < cols; ++j) row[j] = row[j] * inv;
        }
    } else if (activation == "relu") {
        for (float& v : z) v = v < 0.0f ? 0.0f : v;  // cwiseMax(0): numext::maxi
    } else if (activation == "sigmoid") {
        const size_t packets_end = z.size() / 8 * 8;
        for (size_t i = 0; i < z.size(); ++i) {
            if (logistic == Logistic::Eigen2020) z[i] = logistic_2020(z[i]);
            else z[i] = i < packets_end ? logistic_2023_packet(z[i]) : logistic_2023_scalar(z[i]);
        }
    }
}

std::vector<float> activation_grad(const std::vector<float>& grad, const std::vector<float>& out, int64_t cols, const std::string& activation) {
    std::vector<float> g(grad.size());
    if (activation == "softmax") {
        for (size_t r = 0; r + static_cast<size_t>(cols) <= grad.size(); r += static_cast<size_t>(cols)) {
            float dot = 0.0f;
            for (int64_t j = 0; j < cols; ++j) dot = dot + grad[r + static_cast<size_t>(j)] * out[r + static_cast<size_t>(j)];
            for (int64_t j = 0; j < cols; ++j) g[r + static_cast<size_t>(j)] = (grad[r + static_cast<size_t>(j)] - dot) * out[r + static_cast<size_t>(j)];
        }
        return g;
    }
    const size_t packets_end = grad.size() / 8 * 8;
    for (size_t i = 0; i < grad.size(); ++i) {
        const float y = out[i];
        if (activation == "relu") g[i] = grad[i] * (y > 0.0f ? 1.0f : 0.0f);
        else if (activation == "sigmoid") g[i] = i < packets_end ? grad[i] * (y * (1.0f - y)) : (grad[i] * y) * (1.0f - y);
        else g[i] = grad[i];
    }
    return g;
}

}  // namespace seedlab::libs::keras
