// Keras as each emulated TensorFlow ships it: tf.keras 2.4 (TF 2.4), Keras 2.15 (tf.keras
// and `import keras` under TF 2.15) and Keras 3 (TF 2.16's tf.keras and `import keras`).
// Models and their initial weights in every version (the part of the seed tutorials that
// builds a model in a function and compares weight sums between runs): Sequential,
// Input/InputLayer, Dense, Activation, Dropout, Flatten and BatchNormalization layers, every seeded
// initializer with its version's seeding (spec/tf-random.md s7), get/set_weights,
// variables, count_params, clear_session, summary() (Keras 2). Training (compile/fit/
// predict/evaluate with Adam, SGD, RMSprop or Adagrad; mse, mae, binary or (sparse)
// categorical cross-entropy;
// accuracy/mae/mse metrics) in every version, bit for bit where spec/keras-fit.md pins the
// order, and marked "not pinned" in the provenance where it does not.
// Also l1/l2 regularizers, EarlyStopping, the progress lines of verbose=1/2 (progress.hpp),
// linear functional models and Keras 3's keras.random.
// Dropout's masks in fit() and in training-mode calls come from each version's random ops
// (dropout_rng.hpp); BatchNormalization trains with batch statistics (batch_norm.hpp).
// What it is not (yet): other layers, other callbacks, branching functional graphs;
// those raise the playground's "not supported" error naming them.
#pragma once

#include <string>

#include "lang/interpreter.hpp"
#include "lang/modules.hpp"

namespace seedlab::libs {

// Registers "keras" and its submodules (keras.layers, keras.initializers, ...).
void register_keras(lang::ModuleRegistry& registry);

namespace keras {

// The per-process Keras module at [path] below keras ("" is keras itself, "layers",
// "initializers", "backend", "utils", "models", "activations"). TensorFlow's tf.keras
// is the same object. Raises unsupported under TF 1.15.
lang::Value module(lang::Interpreter& in, const std::string& path);
// The submodule paths, for registering "tensorflow.keras.<path>" too.
const char* const* submodule_paths();
// A module function [name] whose arguments bind to the Python [signature] before [fn] runs.
lang::Value native_function(const char* name, const char* signature,
                            std::function<lang::Value(lang::Interpreter&, const std::vector<lang::Value>&)> fn);

}  // namespace keras
}  // namespace seedlab::libs
