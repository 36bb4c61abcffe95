// The float summation order of TensorFlow's CPU Sum/Mean kernels, which run Eigen's
// tensor reductions (unsupported/Eigen/CXX11/src/Tensor/TensorReduction.h) in a wheel
// built with -mavx (spec/keras-fit.md s1.6): InnerMostDimReducer with 8-float (4-double)
// packets, two packet accumulators unrolled, the tail added to a scalar accumulator,
// finalizeBoth = scalar + predux(packet). Reductions over an outer dimension add
// sequentially per output. Mean divides the sum by the count.
// Only one leaf (1024 packets) is modelled: callers refuse longer reductions, where
// Eigen's tree split (and, further on, its thread split) would change the order.
// What it is not: no integer quirks (integer sums are exact) and no other reducers.
#pragma once

#include <cstdint>

namespace seedlab::libs::tf {

inline constexpr int64_t kMaxModelledReductionF32 = 8 * 1024;
inline constexpr int64_t kMaxModelledReductionF64 = 4 * 1024;

// InnerMostDimReducer<SumReducer>::reduce over [n] consecutive values.
float eigen_sum_f32(const float* data, int64_t n);
double eigen_sum_f64(const double* data, int64_t n);

}  // namespace seedlab::libs::tf
