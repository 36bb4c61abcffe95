// The float32 arithmetic of a Dense network's training step in TensorFlow 2.4 on CPU, one
// sample at a time, in the operation order of spec/keras-fit.md s1.6 (TF 2.4 Linux wheel,
// Eigen built without FMA): MatMul as Eigen's scalar GEMV loop, BiasAdd, Relu/Sigmoid
// (Eigen's 2020 logistic) and their gradients, MatMul's gradient w.r.t. its input, mean
// squared error and its gradient, and the Adam kernel (s1.7).
// What it is not: batches of more than one row (their reduction orders and oneDNN's
// GEMM are not pinned down), other activations, other losses.
#pragma once

#include <string>
#include <vector>

namespace seedlab::libs::keras {

// The widest layer the pinned orders cover: the forward GEMV is a scalar loop for fewer
// outputs than an AVX packet (8 floats), the input gradient for fewer than 4.
constexpr int kMaxForwardUnits = 7;
constexpr int kMaxBackwardUnits = 3;

bool activation_supported(const std::string& name);  // "linear", "relu", "sigmoid"

// z[n] = (0 + 1 * sum_k W[k][n] * x[k]) + b[n], the sum in k order; then the activation.
// [kernel] is row-major (in_dim x units); [bias] may be empty (use_bias=False).
std::vector<float> dense_forward(const std::vector<float>& x, const float* kernel, const float* bias, int64_t in_dim,
                                 int64_t units, const std::string& activation);

// The gradient reaching the pre-activation from [grad] at the output [out] of the
// activation: ReluGrad g * (out > 0); SigmoidGrad (g * y) * (1 - y) on the scalar path,
// g * (y * (1 - y)) for elements in full 8-float packets.
std::vector<float> activation_grad(const std::vector<float>& grad, const std::vector<float>& out, const std::string& activation);

// MatMul(g, W, transpose_b): dx[k] = sum_n W[k][n] * g[n] in n order.
std::vector<float> input_grad(const std::vector<float>& g, const float* kernel, int64_t in_dim, int64_t units);

// Eigen's scalar_logistic_op<float> as TF 2.4 ships it.
float logistic(float x);

// mean_squared_error of one sample: mean over the last axis of (p - y)^2, and the
// gradient of the batch loss (batch of one) w.r.t. p: (2 * (1 / k)) * (p - y).
float mse(const std::vector<float>& p, const std::vector<float>& y);
std::vector<float> mse_grad(const std::vector<float>& p, const std::vector<float>& y);

// One ResourceApplyAdam step on [var] (ApplyAdamNonCuda): alpha is computed by the caller
// once per step, as the kernel does from the beta powers.
float adam_alpha(float lr, float beta1_power, float beta2_power);
void adam_apply(float* var, float* m, float* v, const float* grad, int64_t n, float alpha, float beta1, float beta2, float epsilon);

}  // namespace seedlab::libs::keras
