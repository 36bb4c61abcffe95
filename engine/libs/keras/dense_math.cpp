// TF 2.4's float32 training arithmetic for one sample. See dense_math.hpp. Every
// expression is written in the kernel's order; -ffp-contract=off keeps each rounding.
#include "libs/keras/dense_math.hpp"

#include "math/libm.hpp"

namespace seedlab::libs::keras {

bool activation_supported(const std::string& name) { return name == "linear" || name == "relu" || name == "sigmoid"; }

// Eigen 3.3.90 at 011e0db (the commit TF 2.4 pins), UnaryFunctors.h scalar_logistic_op<float>:
// operator() runs packetOp on a one-float "packet"; built without FMA (-mavx), so the upper
// cut-off is the non-FMA one and each pmadd is a multiply then an add.
float logistic(float x_in) {
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

std::vector<float> dense_forward(const std::vector<float>& x, const float* kernel, const float* bias, int64_t in_dim,
                                 int64_t units, const std::string& activation) {
    std::vector<float> out(static_cast<size_t>(units));
    for (int64_t n = 0; n < units; ++n) {
        float c = 0.0f;
        for (int64_t k = 0; k < in_dim; ++k) c += kernel[k * units + n] * x[static_cast<size_t>(k)];
        float z = 0.0f + 1.0f * c;  // evalGemv: res = 0, then res += alpha * c
        if (bias) z = z + bias[n];
        if (activation == "relu") z = z < 0.0f ? 0.0f : z;  // cwiseMax(0): numext::maxi
        else if (activation == "sigmoid") z = logistic(z);
        out[static_cast<size_t>(n)] = z;
    }
    return out;
}

std::vector<float> activation_grad(const std::vector<float>& grad, const std::vector<float>& out, const std::string& activation) {
    std::vector<float> g(grad.size());
    const size_t packets_end = grad.size() / 8 * 8;
    for (size_t i = 0; i < grad.size(); ++i) {
        const float y = out[i];
        if (activation == "relu") g[i] = grad[i] * (y > 0.0f ? 1.0f : 0.0f);
        else if (activation == "sigmoid") g[i] = i < packets_end ? grad[i] * (y * (1.0f - y)) : (grad[i] * y) * (1.0f - y);
        else g[i] = grad[i];
    }
    return g;
}

std::vector<float> input_grad(const std::vector<float>& g, const float* kernel, int64_t in_dim, int64_t units) {
    std::vector<float> dx(static_cast<size_t>(in_dim));
    for (int64_t k = 0; k < in_dim; ++k) {
        float c = 0.0f;
        for (int64_t n = 0; n < units; ++n) c += kernel[k * units + n] * g[static_cast<size_t>(n)];
        dx[static_cast<size_t>(k)] = c;
    }
    return dx;
}

float mse(const std::vector<float>& p, const std::vector<float>& y) {
    float sum = 0.0f;
    for (size_t j = 0; j < p.size(); ++j) {
        const float d = p[j] - y[j];
        sum += d * d;
    }
    return sum / static_cast<float>(p.size());
}

std::vector<float> mse_grad(const std::vector<float>& p, const std::vector<float>& y) {
    // d loss / d l = div_no_nan(1, 1) = 1; the mean's gradient divides by k; then
    // SquaredDifference's gradient (2 * grad) * (x - y).
    const float g = 1.0f / static_cast<float>(p.size());
    std::vector<float> out(p.size());
    for (size_t j = 0; j < p.size(); ++j) out[j] = (2.0f * g) * (p[j] - y[j]);
    return out;
}

float adam_alpha(float lr, float beta1_power, float beta2_power) {
    return (lr * math::sqrtf(1.0f - beta2_power)) / (1.0f - beta1_power);
}

void adam_apply(float* var, float* m, float* v, const float* grad, int64_t n, float alpha, float beta1, float beta2, float epsilon) {
    const float one_minus_b1 = 1.0f - beta1, one_minus_b2 = 1.0f - beta2;
    for (int64_t i = 0; i < n; ++i) {
        m[i] = m[i] + (grad[i] - m[i]) * one_minus_b1;
        v[i] = v[i] + (grad[i] * grad[i] - v[i]) * one_minus_b2;
        var[i] = var[i] - (m[i] * alpha) / (math::sqrtf(v[i]) + epsilon);
    }
}

}  // namespace seedlab::libs::keras
