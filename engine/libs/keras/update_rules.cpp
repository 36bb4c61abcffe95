// Keras's optimizer updates in float32. See update_rules.hpp. -ffp-contract=off keeps every
// multiply and add separately rounded, as TF's -mavx wheels (no FMA) do.
#include "libs/keras/update_rules.hpp"

#include "math/libm.hpp"

namespace seedlab::libs::keras {

float adam_alpha(float lr, float beta1_power, float beta2_power) {
    return (lr * math::sqrtf(1.0f - beta2_power)) / (1.0f - beta1_power);
}

void adam_apply(float* var, float* m, float* v, float* vhat, const float* grad, int64_t n, float alpha, float c1, float c2, float eps) {
    for (int64_t i = 0; i < n; ++i) {
        m[i] = m[i] + (grad[i] - m[i]) * c1;
        v[i] = v[i] + (grad[i] * grad[i] - v[i]) * c2;
        float denom = v[i];
        if (vhat) denom = vhat[i] = vhat[i] < v[i] ? v[i] : vhat[i];  // maximum(vhat, v)
        var[i] = var[i] - (m[i] * alpha) / (math::sqrtf(denom) + eps);
    }
}

void sgd_apply(UpdateFlavor f, float* var, float* accum, const float* grad, int64_t n, float lr, float momentum, bool nesterov) {
    for (int64_t i = 0; i < n; ++i) {
        const float g = grad[i];
        if (f == UpdateFlavor::Keras215) {
            accum[i] = (-g) * lr + accum[i] * momentum;
            var[i] = var[i] + (nesterov ? (-g) * lr + accum[i] * momentum : accum[i]);
        } else if (!accum) {
            var[i] = var[i] - g * lr;
        } else {
            accum[i] = accum[i] * momentum - g * lr;
            var[i] = var[i] + (nesterov ? accum[i] * momentum - g * lr : accum[i]);
        }
    }
}

void rmsprop_apply(UpdateFlavor f, float* var, float* ms, float* mom, const float* grad, int64_t n, float lr, float rho, float c,
                   float momentum, float eps) {
    for (int64_t i = 0; i < n; ++i) {
        const float g = grad[i];
        if (f == UpdateFlavor::TF24 && mom) {  // ResourceApplyRMSProp
            ms[i] = ms[i] + (g * g - ms[i]) * c;
            mom[i] = mom[i] * momentum + (g * lr) / math::sqrtf(ms[i] + eps);
            var[i] = var[i] - mom[i];
            continue;
        }
        ms[i] = rho * ms[i] + c * (g * g);
        float inc;
        if (f == UpdateFlavor::TF24) inc = (lr * g) / (math::sqrtf(ms[i]) + eps);
        else if (f == UpdateFlavor::Keras215) inc = (lr * g) * (1.0f / math::sqrtf(ms[i] + eps));  // tf.math.rsqrt
        else inc = (lr * g) / math::sqrtf(ms[i] + eps);
        if (mom) {
            mom[i] = momentum * mom[i] + inc;
            inc = mom[i];
        }
        var[i] = var[i] - inc;
    }
}

void adagrad_apply(UpdateFlavor f, float* var, float* accum, const float* grad, int64_t n, float lr, float eps) {
    for (int64_t i = 0; i < n; ++i) {
        const float g = grad[i];
        accum[i] = accum[i] + g * g;
        if (f == UpdateFlavor::TF24) var[i] = var[i] - (g * lr) / (math::sqrtf(accum[i]) + eps);
        else var[i] = var[i] - (lr * g) / math::sqrtf(accum[i] + eps);
    }
}

}  // namespace seedlab::libs::keras
