// FillPhiloxRandom as TensorFlow's CPU kernels run it (core/kernels/random_op_cpu.h,
// spec/tf-random.md s2.2-2.3): the outputs of one distribution from a PhiloxRandom at a
// given counter. Fixed-count distributions take the block at counter + g for output
// group g; truncated normal restarts group g at counter + 256*g (f32, group 4) or
// counter + 128*g (f64, group 2) and draws single words until the group is full.
// Sharding across threads never changes the result, so this is written single-threaded.
// Frozen stream: this reproduces TF 1.15-2.16 CPU output; never "fix" anything here.
// What it is not: no seeding and no reservation policy (kernel_seeds.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include "rng/philox4x32.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::tf {

using rng::TfPhiloxRandom;

// kReservedSamplesPerOutput: the window of 32-bit samples one truncated-normal output
// may use, and the multiplier of every stateful op's counter advance.
inline constexpr uint64_t kReservedSamplesPerOutput = 256;

// ---- uniform ------------------------------------------------------------------------
std::vector<float> fill_uniform_f32(TfPhiloxRandom gen, int64_t n);
std::vector<double> fill_uniform_f64(TfPhiloxRandom gen, int64_t n);
// Half and bfloat16 outputs as bit patterns (4 per block, the low 16 bits of each word).
std::vector<uint16_t> fill_uniform_f16(TfPhiloxRandom gen, int64_t n);
std::vector<uint16_t> fill_uniform_bf16(TfPhiloxRandom gen, int64_t n);

// UniformDistribution<int32/int64>: lo + word % (hi - lo), the range as unsigned and the
// sum wrapping (SignedAdd). Callers check lo < hi first (TF raises otherwise).
std::vector<int32_t> fill_uniform_int32(TfPhiloxRandom gen, int64_t n, int32_t lo, int32_t hi);
std::vector<int64_t> fill_uniform_int64(TfPhiloxRandom gen, int64_t n, int64_t lo, int64_t hi);

// UniformFullIntDistribution: the raw words (32-bit) or s0 | s1 << 32 pairs (64-bit).
std::vector<uint32_t> fill_full_int32(TfPhiloxRandom gen, int64_t n);
std::vector<uint64_t> fill_full_int64(TfPhiloxRandom gen, int64_t n);

// ---- normal -------------------------------------------------------------------------
std::vector<float> fill_normal_f32(TfPhiloxRandom gen, int64_t n);
std::vector<double> fill_normal_f64(TfPhiloxRandom gen, int64_t n);

// ---- truncated normal ---------------------------------------------------------------
// |x| < 2 accepted, f0 before f1, a leftover f1 dropped when the group fills.
std::vector<float> fill_truncated_normal_f32(TfPhiloxRandom gen, int64_t n);
std::vector<double> fill_truncated_normal_f64(TfPhiloxRandom gen, int64_t n);

// ---- tensors ------------------------------------------------------------------------
// A float32 or float64 tensor of [shape] holding [dist]'s outputs, written in place (the
// ops' path: no intermediate vector).
enum class FloatDist { Uniform, Normal, TruncatedNormal };
tensor::Tensor fill_float_tensor(TfPhiloxRandom gen, FloatDist dist, tensor::DType dtype, const tensor::Shape& shape);

}  // namespace seedlab::libs::tf
