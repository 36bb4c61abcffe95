// TensorFlow's random number generation in four versions (1.15, 2.4, 2.15, 2.16; the
// version comes from lang::Runtime::tf_version), as spec/tf-random.md describes it:
// seeds (global/op seeds, the eager kernel cache, TF1 graphs and sessions, tf.function
// traces), the stateful, stateless and Generator random ops, tf.data shuffling, and the
// tensors they print, byte for byte as TensorFlow prints them.
// What it is not: Keras (libs/keras/), XLA/TPU paths, GPUs, and TF's numerics beyond the
// few ops listed in tf_module.cpp; everything else raises "not supported in the playground".
#pragma once

#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers "tensorflow" and its submodules (tensorflow.random, tensorflow.compat.v1, ...).
void register_tensorflow(lang::ModuleRegistry& registry);

}  // namespace seedlab::libs
