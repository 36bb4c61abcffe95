// Dropout's randomness and arithmetic during training. See dropout_rng.hpp. Sources:
// tensorflow/python/keras/layers/core.py and ops/nn_ops.py (v2.4.0), keras/layers/
// regularization/dropout.py and keras/backend.py RandomGenerator (v2.15.0),
// keras/layers/regularization/dropout.py and keras/backend/tensorflow/random.py (v3.0.0).
#include "libs/keras/dropout_rng.hpp"

#include <algorithm>

#include "lang/errors.hpp"
#include "lang/numfmt.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/kernel_fill.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_objects.hpp"

namespace seedlab::libs::keras {

using lang::Interpreter;
using lang::Value;

namespace {

bool keras3(Interpreter& in) { return tf::state(in).version == tf::Version::V2_16; }

// The op seed Dropout passes to tf.nn.dropout: TF 2.4 self.seed; Keras 2.15
// make_legacy_seed(), which returns the seed and then adds one to it.
Value legacy_op_seed(Interpreter& in, LayerObj& layer) {
    if (!layer.seed) return Value::none();
    const int64_t s = *layer.seed;
    if (tf::state(in).version == tf::Version::V2_15) layer.seed = s + 1;
    return Value::integer(s);
}

// Keras 3: the uniform floats of shape [rows, cols] for the layer's next SeedGenerator seed.
std::vector<float> stateless_uniform(Interpreter& in, LayerObj& layer, int64_t rows, int64_t cols, std::string& seed_text) {
    const Value seed = draw_seed(in, Value::object(layer.seed_generator));
    seed_text = in.repr(seed);
    const tf::TfValue u = stateless_uniforms(in, seed, {rows, cols});
    return std::vector<float>(u.t.data<float>(), u.t.data<float>() + u.t.size());
}

Mat mat_of(const tensor::Tensor& t0) {
    const tensor::Tensor t = t0.astype(tensor::DType::Float32).contiguous();
    Mat out(t.shape()[0], t.shape()[1]);
    std::copy(t.data<float>(), t.data<float>() + t.size(), out.v.begin());
    return out;
}

// tf.nn.dropout (and stateless_dropout) accept rates in [0, 1) only; Keras layers let 1
// through to it.
void check_rate(Interpreter& in, const LayerObj& layer) {
    if (layer.rate < 1) return;
    if (tf::state(in).version == tf::Version::V2_4)
        throw lang::unsupported("Dropout(rate=1) in training: TF 2.4's tf.nn.dropout raises a ValueError whose text is not emulated", in.current_line());
    throw lang::value_error("`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=" + lang::float_repr(layer.rate));
}

}  // namespace

tf::TfValue stateless_uniforms(Interpreter& in, const Value& seed_pair, const tensor::Shape& shape) {
    std::vector<Value> dims;
    for (int64_t d : shape) dims.push_back(Value::integer(d));
    const Value u = tf::api_stateless_uniform(in, {lang::make_list(std::move(dims)), seed_pair, Value::floating(0.0), Value::none(),
                                                   Value::str("float32"), Value::none()});
    const tf::TfValue& v = tf::as_eager(u)->v;
    return tf::TfValue{v.t.contiguous(), v.prov};
}

bool dropout_draws(Interpreter& in, const LayerObj& layer) { return layer.rate > 0 || tf::state(in).version == tf::Version::V2_4; }

DropoutDraw train_step_draw(Interpreter& in, std::shared_ptr<TrainFunctionRng>& fn, const std::vector<std::shared_ptr<LayerObj>>& layers,
                            LayerObj& layer, int64_t rows, int64_t cols) {
    check_rate(in, layer);
    DropoutDraw out;
    if (keras3(in)) {
        std::string seed;
        out.uniform = stateless_uniform(in, layer, rows, cols, seed);
        out.rule = "Dropout '" + layer.name + "' masks: tf.nn.experimental.stateless_dropout with seed " + seed +
                   ", the layer's SeedGenerator stepping [seed, 0], [seed, 1], ... once per training step";
        return out;
    }
    if (!fn) {
        // Tracing the train function: a function graph whose seed is the global seed now,
        // where each Dropout's tf.nn.dropout calls get_seed in layer order.
        tf::TfState& s = tf::state(in);
        fn = std::make_shared<TrainFunctionRng>();
        auto graph = std::make_shared<tf::Graph>();
        graph->function_graph = true;
        graph->seed = s.global_seed;
        graph->seed_call = s.seed_call;
        s.graph_stack.push_back(graph);
        struct Pop {
            tf::TfState& s;
            ~Pop() { s.graph_stack.pop_back(); }
        } pop{s};
        for (auto& l : layers) {
            if (l->cls != "Dropout" || !dropout_draws(in, *l)) continue;
            fn->layers.push_back(l);
            fn->seeds.push_back(tf::get_seed(in, legacy_op_seed(in, *l)));
            fn->kernels.emplace_back();
        }
        fn->cache_clears = s.cache_clears;
    }
    if (fn->cache_clears != tf::state(in).cache_clears) {  // set_seed released the function's kernels
        for (auto& kernel : fn->kernels) kernel = tf::Kernel{};
        fn->cache_clears = tf::state(in).cache_clears;
    }
    size_t k = 0;
    while (k < fn->layers.size() && fn->layers[k].get() != &layer) ++k;
    if (k == fn->layers.size()) throw lang::unsupported("a Dropout layer added after the model was first trained", in.current_line());
    tf::Kernel& kernel = fn->kernels[k];
    const tf::OpSeeds& seeds = fn->seeds[k];
    if (!kernel.philox) kernel.philox.emplace(seeds.pair.seed, seeds.pair.seed2, [&in] { return in.entropy_word("tensorflow random::New64"); });
    ++kernel.calls;
    const int64_t n = rows * cols;
    out.uniform = tf::fill_uniform_f32(kernel.philox->reserve_random_outputs(static_cast<uint64_t>(n), tf::kReservedSamplesPerOutput), n);
    out.from_entropy = kernel.philox->from_entropy();
    out.rule = "Dropout '" + layer.name + "' masks: a RandomUniform kernel of the traced train function, run once per step (" +
               std::to_string(kernel.calls) + " runs so far); " + seeds.rule;
    return out;
}

Mat dropout_forward(const Mat& x, const std::vector<float>& u, double rate, bool where_form, std::vector<uint8_t>& keep) {
    const float scale = static_cast<float>(1.0 / (1.0 - rate));
    const float threshold = static_cast<float>(rate);
    Mat out(x.rows, x.cols);
    keep.resize(x.v.size());
    for (size_t i = 0; i < x.v.size(); ++i) {
        keep[i] = u[i] >= threshold;
        const float scaled = x.v[i] * scale;
        out.v[i] = keep[i] ? scaled : where_form ? 0.0f : scaled * 0.0f;
    }
    return out;
}

Mat dropout_backward(const Mat& g, const std::vector<uint8_t>& keep, double rate, bool where_form) {
    const float scale = static_cast<float>(1.0 / (1.0 - rate));
    Mat out(g.rows, g.cols);
    for (size_t i = 0; i < g.v.size(); ++i) {
        const float masked = keep[i] ? g.v[i] : where_form ? 0.0f : g.v[i] * 0.0f;
        out.v[i] = masked * scale;
    }
    return out;
}

Mat eager_dropout(Interpreter& in, LayerObj& layer, const Mat& x) {
    check_rate(in, layer);
    if (keras3(in)) {
        std::string seed;
        std::vector<uint8_t> keep;
        return dropout_forward(x, stateless_uniform(in, layer, x.rows, x.cols, seed), layer.rate, true, keep);
    }
    tensor::Tensor t(tensor::DType::Float32, {x.rows, x.cols});
    std::copy(x.v.begin(), x.v.end(), t.data<float>());
    const Value out = tf::api_dropout(in, {tf::make_eager({std::move(t), nullptr}), Value::floating(layer.rate), Value::none(),
                                           legacy_op_seed(in, layer), Value::none()});
    return mat_of(tf::as_eager(out)->v.t);
}

}  // namespace seedlab::libs::keras
