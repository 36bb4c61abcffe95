// np.tanh as NumPy 1.24 computes it on x86-64 CPUs with FMA3: its own table-driven
// SIMD kernel (loops_hyperbolic.dispatch.c.src), not glibc's tanh.
// What it is not: a general tanh (math/libm.hpp has glibc's, used by the kernel's callout).
#pragma once

namespace seedlab::libs::numpy {

double numpy_tanh_f64(double x);
float numpy_tanh_f32(float x);

}  // namespace seedlab::libs::numpy
