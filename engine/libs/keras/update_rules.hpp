// The float32 update arithmetic of Keras's optimizers on one dense variable, per version,
// as each one's source evaluates it (every expression in that order; tests/tf/NOTES.md
// lists the files): TF 2.4's optimizer_v2 (fused training kernels, or composite ops for
// RMSprop without momentum), Keras 2.15's new optimizers and Keras 3's (separate TF ops,
// Python-double hyperparameters rounded to float32 where they meet a tensor).
// What it is not: the objects and their arguments (optimizers.hpp), centered RMSprop,
// weight decay, clipping.
#pragma once

#include <cstdint>

namespace seedlab::libs::keras {

enum class UpdateFlavor { TF24, Keras215, Keras3 };

// Adam: m += (g - m) * c1; v += (g*g - v) * c2; var -= (m * alpha) / (sqrt(v) + eps), with
// alpha = (lr * sqrt(1 - b2^t)) / (1 - b1^t) computed once per step by adam_alpha. With
// amsgrad ([vhat] not null) vhat = max(vhat, v) takes v's place in the denominator (TF 2.4's
// ApplyAdamWithAmsgrad, Keras 2.15 and 3's velocity_hats).
float adam_alpha(float lr, float beta1_power, float beta2_power);
void adam_apply(float* var, float* m, float* v, float* vhat, const float* grad, int64_t n, float alpha, float c1, float c2, float eps);

// SGD with optional (Nesterov) momentum; [accum] may be null when momentum is 0 (TF 2.4,
// Keras 3). TF 2.4: var - g*lr, or KerasMomentum accum = accum*mom - g*lr, var += accum
// (Nesterov: var += accum*mom - g*lr). Keras 2.15: m = (-g)*lr + m*mom; var += m (Nesterov:
// var += (-g)*lr + m*mom). Keras 3: var - g*lr, or m = m*mom - g*lr; var += m (Nesterov:
// var += m*mom - g*lr).
void sgd_apply(UpdateFlavor f, float* var, float* accum, const float* grad, int64_t n, float lr, float momentum, bool nesterov);

// RMSprop (not centered). TF 2.4 without momentum (composite ops): ms = rho*ms + c*g^2;
// var -= (lr*g) / (sqrt(ms) + eps); with momentum (ApplyRMSProp): ms += (g*g - ms) * c;
// mom = mom*momentum + (g*lr) / sqrt(ms + eps); var -= mom. Keras 2.15: v = rho*v + c*g^2;
// inc = (lr*g) * (1 / sqrt(v + eps)); Keras 3: inc = (lr*g) / sqrt(v + eps); then var -= inc,
// or with momentum mom = momentum*mom + inc; var -= mom. [c] is the flavour's 1 - rho.
void rmsprop_apply(UpdateFlavor f, float* var, float* ms, float* mom, const float* grad, int64_t n, float lr, float rho, float c,
                   float momentum, float eps);

// Adagrad: accum += g*g; TF 2.4 (ApplyAdagradV2): var -= (g*lr) / (sqrt(accum) + eps);
// Keras 2.15 and 3: var -= (lr*g) / sqrt(accum + eps).
void adagrad_apply(UpdateFlavor f, float* var, float* accum, const float* grad, int64_t n, float lr, float eps);

}  // namespace seedlab::libs::keras
