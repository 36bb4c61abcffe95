// The elementwise float32 arithmetic of a Dense network's training step in TensorFlow on
// CPU (Linux wheels built with -mavx, no FMA; spec/keras-fit.md s1.6-s1.7): the
// activations with Eigen's logistic of each version, their gradients with the scalar and
// packet formulas. The matrix products are dense_batch.hpp's, the optimizer updates
// update_rules.hpp's.
// What it is not: other activations, or oneDNN's kernels (which TF >= 2.9 uses instead
// on CPUs with AVX512_VNNI, AVX512_BF16, AVX_VNNI or AMX).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace seedlab::libs::keras {

// The widest layers whose one-row order spec/keras-fit.md s1.6 pins: the forward GEMV is a
// scalar loop for fewer outputs than an AVX packet (8 floats), the input gradient for
// fewer than 4.
constexpr int kMaxForwardUnits = 7;
constexpr int kMaxBackwardUnits = 3;

bool activation_supported(const std::string& name);  // "linear", "relu", "sigmoid", "softmax"

// Which scalar_logistic_op<float> the TF build compiled: Eigen 011e0db (TF 2.4) has the
// 2020 rational approximation; the 2023 pins of TF 2.15 (66e8f38) and 2.16 (aa6964b)
// compile the float specialisation out, so the generic e / (1 + e) runs, with glibc's
// expf on the scalar path and Eigen's pexp_float on 8-float packets.
enum class Logistic { Eigen2020, Eigen2023 };

// The activation in place over a tensor's elements in memory order: full 8-float packets
// first, then the scalar tail (Eigen's TensorExecutor with AVX). Softmax works on rows of
// [cols]: exp(z - max) with glibc's expf, times the inverse of the row sum (SoftmaxEigenImpl;
// Eigen's packet exp and reductions may round differently, so callers mark it not pinned).
void apply_activation(std::vector<float>& z, int64_t cols, const std::string& activation, Logistic logistic);

// The gradient reaching the pre-activation from [grad] at the output [out] of the
// activation: ReluGrad g * (out > 0); SigmoidGrad (g * y) * (1 - y) on the scalar path,
// g * (y * (1 - y)) for elements in full 8-float packets.
// SoftmaxGrad: (g - sum(g * y)) * y per row of [cols].
std::vector<float> activation_grad(const std::vector<float>& grad, const std::vector<float>& out, int64_t cols, const std::string& activation);

// The two logistics, for tests: the 2020 approximation, and the 2023 generic form on the
// scalar and on the packet path.
float logistic_2020(float x);
float logistic_2023_scalar(float x);
float logistic_2023_packet(float x);

}  // namespace seedlab::libs::keras
