// BatchNormalization on rows (2-D inputs, axis -1) as Keras runs it in each version
// (tests/tf/NOTES.md): the non-fused path of TF 2.4 and Keras 2.15, and Keras 3.1+'s
// ops.moments, all ending in tf.nn.batch_normalization:
//   training:  mean = reduce_mean(x, 0), var = reduce_mean(squared_difference(x, mean), 0)
//              (no Bessel correction); the moving statistics are updated in the same
//              forward pass, before the optimizer step;
//   both:      inv = rsqrt(var + eps) * gamma;  y = x * inv + (beta - mean * inv),
//              with the moving statistics in place of the batch's at inference.
// Moving averages: Keras 2 var -= (var - value) * float32(1 - momentum) (the subtraction in
// Python doubles); Keras 3 var = var * float32(momentum) + value * float32(1 - momentum).
// TF's float32 order is not pinned here: its reductions over the batch are Eigen's, and
// rsqrt on 8-float packets is _mm256_rsqrt_ps plus a Newton step, not correctly rounded.
// This file sums rows in order and rounds 1 / sqrt correctly; callers mark results "not
// pinned", and tests/torch checks the math against PyTorch.
// What it is not: other axes, fused or virtual-batch modes, renorm, Keras 3.0.0-3.0.2's
// mean-of-squares variance.
#pragma once

#include <vector>

#include "libs/keras/dense_batch.hpp"

namespace seedlab::libs::keras {

// The weights of one BatchNormalization layer, each of [features] floats.
struct BatchNormWeights {
    const float* gamma;
    const float* beta;
    float* moving_mean;
    float* moving_variance;
};

// What the backward pass needs from a training forward pass.
struct BatchNormCache {
    std::vector<float> mean, inv_raw;  // per feature: batch mean, rsqrt(var + eps)
};

// Training mode: normalises [x] with its batch statistics, updates the moving statistics.
Mat batch_norm_train(const Mat& x, BatchNormWeights w, double momentum, double epsilon, bool keras3, BatchNormCache& cache);
// Inference mode: normalises [x] with the moving statistics.
Mat batch_norm_infer(const Mat& x, const BatchNormWeights& w, double epsilon);
// The gradients of a training-mode pass: d gamma and d beta into [dgamma], [dbeta]; returns dx.
Mat batch_norm_backward(const Mat& x, const Mat& g, const float* gamma, const BatchNormCache& cache, float* dgamma, float* dbeta);

}  // namespace seedlab::libs::keras
