// Keras initializers (keras.initializers.*): GlorotUniform/Normal, HeUniform/Normal,
// LecunUniform/Normal, VarianceScaling, RandomUniform/Normal, TruncatedNormal, Zeros,
// Ones, Constant and Orthogonal (the normal sample's QR: orthogonal.hpp), with each
// version's seeding (spec/tf-random.md s7.1, s7.2):
//   TF 2.4     seed None: the stateful tf.random op with seed=None (an eager op seed from
//              the global seed); seed s: the stateless op with seed [s, 0].
//   Keras 2.15 stateless [s, 0]; s None is drawn at the first call, from the generator
//              tf.keras.utils.set_random_seed made, else from Python's global random.
//   Keras 3    stateless [s, 0]; s None is drawn at construction from Python's random.
// Values come from calling the emulated tf.random functions, so they are the same bits.
// What it is not: Identity (unsupported), partitioned variables.
#pragma once

#include <optional>
#include <string>

#include "lang/interpreter.hpp"
#include "libs/tensorflow/tf_state.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::keras {

struct InitializerObj : lang::Obj {
    std::string cls;             // "GlorotUniform", ...
    std::string distribution;    // "uniform", "untruncated_normal", "truncated_normal", "constant", "orthogonal"
    // VarianceScaling
    bool variance_scaling = false;
    double scale = 1.0;
    std::string mode = "fan_in";
    // RandomUniform / RandomNormal / TruncatedNormal / Constant
    double minval = -0.05, maxval = 0.05, mean = 0.0, stddev = 0.05, value = 0.0;
    double gain = 1.0;  // Orthogonal
    lang::Value seed;                    // as given (None or an int)
    std::optional<int64_t> drawn_seed;   // Keras 2.15 (first call) / Keras 3 (construction)
    lang::ProvenancePtr drawn_from;      // the randint draw that chose it
    std::string drawn_source;            // "Python's global random", ...

    std::string type_name() const override;
    lang::Value call(lang::Interpreter& in, lang::CallArgs& args) override;
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;
};

// make_default_seed(): randint(1, int(1e9)) from Python's global random, or from
// [generator] (Keras 2.15's set_random_seed generator) when it is not None. The value
// keeps the draw's provenance.
lang::Value draw_default_seed(lang::Interpreter& in, const lang::Value& generator);

// The class object keras.initializers.<cls> (nullptr-free: unknown names raise).
lang::Value initializer_class(const std::string& cls);
// The names of the initializer classes, null-terminated.
const char* const* initializer_names();
// initializers.get(spec): a name ("glorot_uniform", "zeros", ...), an initializer
// object (used as it is), or None (None). Unknown names raise Keras's ValueError.
lang::Value get_initializer(lang::Interpreter& in, const lang::Value& spec);
// Calls [init] for a new weight of [shape] and [dtype].
tf::TfValue initialize(lang::Interpreter& in, const lang::Value& init, const tensor::Shape& shape, tensor::DType dtype);

}  // namespace seedlab::libs::keras
