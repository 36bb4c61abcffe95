// The QR step of Keras's Orthogonal initializer (TF 2.4 init_ops_v2.Orthogonal, Keras 2.15
// and Keras 3 OrthogonalInitializer): for a normal sample A of shape (m, n), m >= n, the
// thin Q of A = QR with each column multiplied by sign(R[j][j]), i.e. the Q of the QR
// whose R has a positive diagonal (unique for a full-rank A).
// TF computes it with Eigen's float32 Householder QR, whose rounding is not pinned down;
// this computes it in double precision (Householder); callers round Q to the variable's
// dtype, so float32 values agree with TF's to float32 rounding, not bit for bit, and are
// marked "not pinned".
// What it is not: the sampling, the transpose for wide shapes or the gain (initializers.cpp).
#pragma once

#include <cstdint>
#include <vector>

namespace seedlab::libs::keras {

// Row-major A (m x n, m >= n) -> row-major sign-normalised Q (m x n), unrounded.
std::vector<double> normalized_q(const std::vector<double>& a, int64_t m, int64_t n);

}  // namespace seedlab::libs::keras
