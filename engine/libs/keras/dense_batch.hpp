// Float32 matrix kernels for Dense layers over a batch of rows, in one fixed order that
// does not depend on the SIMD width (so native and WebAssembly builds agree bit for bit):
// every dot product adds its terms one at a time in index order, and the loops are
// vectorised across independent outputs only. For one row and narrow layers this is
// exactly TF 2.4's pinned order (dense_math.hpp, spec/keras-fit.md s1.6); for batches and
// wide layers TF runs Eigen's or oneDNN's blocked GEMM, whose order is not pinned down, and
// callers say so in the provenance of what they compute.
// What it is not: a general GEMM, or TF's blocking and threading.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seedlab::libs::keras {

// A row-major float32 matrix.
struct Mat {
    int64_t rows = 0, cols = 0;
    std::vector<float> v;
    Mat() = default;
    Mat(int64_t r, int64_t c) : rows(r), cols(c), v(static_cast<size_t>(r * c), 0.0f) {}
    float* row(int64_t r) { return v.data() + r * cols; }
    const float* row(int64_t r) const { return v.data() + r * cols; }
};

// out[b][n] = (0 + 1 * sum_k x[b][k] * W[k][n]) + bias[n]; [bias] may be null.
Mat dense_linear(const Mat& x, const float* kernel, const float* bias, int64_t units);
// dK[k][n] = sum_b a[b][k] * dz[b][n], b in order (MatMul(a, dz, transpose_a)).
void kernel_grad(const Mat& a, const Mat& dz, float* out);
// db[n] = sum_b dz[b][n], b in order (BiasAddGrad over the batch).
void bias_grad(const Mat& dz, float* out);
// dx[b][k] = sum_n W[k][n] * dz[b][n], n in order (MatMul(dz, W, transpose_b)).
Mat input_grad_rows(const Mat& dz, const float* kernel, int64_t in_dim);

}  // namespace seedlab::libs::keras
