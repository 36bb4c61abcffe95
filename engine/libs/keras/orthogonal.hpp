// The QR step of Keras's Orthogonal initializer (TF 2.4 init_ops_v2.Orthogonal, Keras 2.15
// and Keras 3 OrthogonalInitializer): for a normal sample A of shape (m, n), m >= n, the
// thin Q of A = QR with each column multiplied by sign(R[j][j]), i.e. the Q of the QR
// whose R has a positive diagonal (unique for a full-rank A).
// TF computes it with Eigen's float32 Householder QR, whose rounding is not pinned down;
// this computes it in double precision (Householder) and rounds Q to float32, so values
// agree with TF's to float32 rounding, not bit for bit. Callers mark them "not pinned".
// What it is not: the sampling, the transpose for wide shapes or the gain (initializers.cpp).
#pragma once

#include <cstdint>
#include <vector>

namespace seedlab::libs::keras {

// Row-major A (m x n, m >= n) -> row-major sign-normalised Q (m x n), in float32.
std::vector<float> normalized_q(const std::vector<float>& a, int64_t m, int64_t n);

}  // namespace seedlab::libs::keras
