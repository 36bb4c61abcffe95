// keras.Sequential: layers added in order (a list, .add, a keras.Input or an
// input_shape= first), built as soon as the input shape is known or by build(), with
// get_weights/set_weights, weights, count_params, layers and get_layer.
// What it is not: compile/fit/predict/evaluate/summary and the functional Model (they
// raise the playground's "not supported" error).
#pragma once

#include "lang/value.hpp"

namespace seedlab::libs::keras {

// The class object keras.Sequential (also keras.models.Sequential).
lang::Value sequential_class();

}  // namespace seedlab::libs::keras
