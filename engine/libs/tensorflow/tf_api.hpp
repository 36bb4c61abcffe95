// The Python-visible functions of the TensorFlow emulation, one per entry of the API
// table in tf_module.cpp. Each takes its arguments already bound by that entry's
// Python signature, in order.
// What it is not: no binding and no module layout (tf_module.cpp).
#pragma once

#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::libs::tf {

using Params = std::vector<lang::Value>;
using ApiImpl = lang::Value (*)(lang::Interpreter&, const Params&);

// ---- tf_random.cpp: seeding and stateful random ops ----------------------------------
lang::Value api_set_seed(lang::Interpreter& in, const Params& p);          // (seed)
lang::Value api_get_seed(lang::Interpreter& in, const Params& p);          // (op_seed)
lang::Value api_uniform(lang::Interpreter& in, const Params& p);           // (shape, minval, maxval, dtype, seed, name)
lang::Value api_normal(lang::Interpreter& in, const Params& p);            // (shape, mean, stddev, dtype, seed, name)
lang::Value api_truncated_normal(lang::Interpreter& in, const Params& p);  // (shape, mean, stddev, dtype, seed, name)
lang::Value api_shuffle(lang::Interpreter& in, const Params& p);           // (value, seed, name)
lang::Value api_dropout(lang::Interpreter& in, const Params& p);           // (x, rate, noise_shape, seed, name)
lang::Value api_categorical(lang::Interpreter& in, const Params& p);       // (logits, num_samples, dtype, seed, name)
lang::Value api_multinomial_v1(lang::Interpreter& in, const Params& p);    // (logits, num_samples, seed, name, output_dtype)
lang::Value api_keras_set_random_seed(lang::Interpreter& in, const Params& p);  // (seed)
lang::Value api_enable_op_determinism(lang::Interpreter& in, const Params& p);  // ()

// ---- tf_stateless.cpp ------------------------------------------------------------------
lang::Value api_stateless_uniform(lang::Interpreter& in, const Params& p);  // (shape, seed, minval, maxval, dtype, name[, alg])
lang::Value api_stateless_normal(lang::Interpreter& in, const Params& p);   // (shape, seed, mean, stddev, dtype, name[, alg])
lang::Value api_stateless_truncated_normal(lang::Interpreter& in, const Params& p);
lang::Value api_stateless_split(lang::Interpreter& in, const Params& p);    // (seed, num[, alg])
lang::Value api_stateless_fold_in(lang::Interpreter& in, const Params& p);  // (seed, data[, alg])
lang::Value api_stateless_shuffle(lang::Interpreter& in, const Params& p);  // (value, seed, alg, name)
lang::Value api_stateless_categorical(lang::Interpreter& in, const Params& p);  // (logits, num_samples, seed, dtype, name)

// ---- tf_image.cpp -----------------------------------------------------------------------------
lang::Value api_stateless_random_brightness(lang::Interpreter& in, const Params& p);  // (image, max_delta, seed)
lang::Value api_stateless_flip_left_right(lang::Interpreter& in, const Params& p);    // (image, seed)
lang::Value api_stateless_flip_up_down(lang::Interpreter& in, const Params& p);       // (image, seed)
lang::Value api_random_flip_left_right(lang::Interpreter& in, const Params& p);       // (image, seed)
lang::Value api_random_flip_up_down(lang::Interpreter& in, const Params& p);          // (image, seed)

// ---- tf_generator.cpp ----------------------------------------------------------------------
// The tf.random.Generator class object.
lang::Value generator_class(lang::Interpreter& in);
lang::Value api_get_global_generator(lang::Interpreter& in, const Params& p);  // ()
lang::Value api_set_global_generator(lang::Interpreter& in, const Params& p);  // (generator)
lang::Value api_create_rng_state(lang::Interpreter& in, const Params& p);      // (seed, alg)

// ---- tf_math.cpp: tensors that are not random ------------------------------------------------
lang::Value api_constant(lang::Interpreter& in, const Params& p);         // (value, dtype, shape, name)
lang::Value api_convert_to_tensor(lang::Interpreter& in, const Params& p);  // (value, dtype, name)
lang::Value api_ones(lang::Interpreter& in, const Params& p);             // (shape, dtype, name)
lang::Value api_zeros(lang::Interpreter& in, const Params& p);            // (shape, dtype, name)
lang::Value api_ones_like(lang::Interpreter& in, const Params& p);        // (input, dtype, name)
lang::Value api_zeros_like(lang::Interpreter& in, const Params& p);       // (input, dtype, name)
lang::Value api_fill(lang::Interpreter& in, const Params& p);             // (dims, value, name)
lang::Value api_range(lang::Interpreter& in, const Params& p);            // (start, limit, delta, dtype, name)
lang::Value api_reshape(lang::Interpreter& in, const Params& p);          // (tensor, shape, name)
lang::Value api_cast(lang::Interpreter& in, const Params& p);             // (x, dtype, name)
lang::Value api_add(lang::Interpreter& in, const Params& p);              // (x, y, name)
lang::Value api_subtract(lang::Interpreter& in, const Params& p);
lang::Value api_multiply(lang::Interpreter& in, const Params& p);
lang::Value api_divide(lang::Interpreter& in, const Params& p);
lang::Value api_reduce_sum(lang::Interpreter& in, const Params& p);       // (input_tensor, axis, keepdims, name)
lang::Value api_reduce_mean(lang::Interpreter& in, const Params& p);
lang::Value api_stack(lang::Interpreter& in, const Params& p);            // (values, axis, name)
lang::Value api_identity(lang::Interpreter& in, const Params& p);         // (input, name)
lang::Value api_executing_eagerly(lang::Interpreter& in, const Params& p);  // ()

// ---- tf_session.cpp: TF1 graphs and sessions ---------------------------------------------------
lang::Value api_graph(lang::Interpreter& in, const Params& p);                    // tf.Graph()
lang::Value api_get_default_graph(lang::Interpreter& in, const Params& p);        // ()
lang::Value api_reset_default_graph(lang::Interpreter& in, const Params& p);      // ()
lang::Value api_session(lang::Interpreter& in, const Params& p);                  // (target, graph, config)
lang::Value api_disable_eager_execution(lang::Interpreter& in, const Params& p);  // ()
lang::Value api_enable_eager_execution(lang::Interpreter& in, const Params& p);   // (config, device_policy, execution_mode)
lang::Value api_global_variables_initializer(lang::Interpreter& in, const Params& p);  // ()
// Tensor.eval(session=None) of a graph tensor.
lang::Value eval_graph_tensor(lang::Interpreter& in, const lang::Value& t, const lang::Value& session);

// ---- tf_function.cpp ---------------------------------------------------------------------
lang::Value api_function(lang::Interpreter& in, const Params& p);  // (func, input_signature, autograph, jit_compile, ...)

// ---- tf_dataset.cpp ----------------------------------------------------------------------
// The tf.data.Dataset class object (range, from_tensor_slices, from_tensors).
lang::Value dataset_class(lang::Interpreter& in);

}  // namespace seedlab::libs::tf
