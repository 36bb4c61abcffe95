// TF 2.4's Model.fit and friends for one-sample batches. See training.hpp.
#include "libs/keras/training.hpp"

#include <cmath>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/dense_math.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/kernel_seeds.hpp"
#include "libs/tensorflow/kernel_shuffle.hpp"
#include "libs/tensorflow/tf_objects.hpp"
#include "libs/tensorflow/tf_ops.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::keras {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;

namespace {

[[noreturn]] void refuse(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what, in.current_line());
}

void require_tf24(Interpreter& in, const std::string& what) {
    if (tf::state(in).version != tf::Version::V2_4)
        refuse(in, what + " is emulated for TF 2.4 only (Keras 2.15 and 3 train with other constants and data order); choose TF 2.4");
}

// The layers' shapes and activations fit the pinned float32 orders.
void require_pinned(Interpreter& in, const SequentialObj& m, bool backward) {
    for (size_t i = 0; i < m.layers.size(); ++i) {
        const LayerObj& l = *m.layers[i];
        if (l.cls != "Dense") refuse(in, "training or running a model with a " + l.cls + " layer (only Dense layers are emulated so far)");
        if (!activation_supported(l.activation)) refuse(in, "the activation '" + l.activation + "' in a forward pass (linear, relu and sigmoid are)");
        if (l.units > kMaxForwardUnits)
            refuse(in, "a Dense layer of " + std::to_string(l.units) + " units in a forward pass: TF's float32 order is pinned down for up to " +
                           std::to_string(kMaxForwardUnits) + " units");
        if (backward && i > 0 && l.units > kMaxBackwardUnits)
            refuse(in, "training a Dense layer of " + std::to_string(l.units) + " units after the first: the gradient's float32 order is pinned down for up to " +
                           std::to_string(kMaxBackwardUnits) + " units");
    }
}

// Rows of a 2-D float32 array from x (a NumPy array, an eager tensor or nested lists).
tensor::Tensor rows_of(Interpreter& in, const Value& x, const char* what) {
    tensor::Tensor t = tf::constant_value(in, x, std::nullopt).t.astype(tensor::DType::Float32).contiguous();
    if (t.ndim() == 1) t = t.reshape({t.shape()[0], 1});
    if (t.ndim() != 2) refuse(in, std::string(what) + " with " + std::to_string(t.ndim()) + " dimensions (2-D data is emulated)");
    return t;
}

std::vector<float> row(const tensor::Tensor& t, int64_t r) {
    const int64_t w = t.shape()[1];
    const float* d = t.data<float>() + r * w;
    return std::vector<float>(d, d + w);
}

void ensure_built(Interpreter& in, SequentialObj& m, int64_t features) {
    if (!m.built) {
        if (!m.input_shape) m.input_shape = tensor::Shape{features};
        m.build_all(in);
    }
    if ((*m.input_shape).size() != 1 || (*m.input_shape)[0] != features)
        throw lang::value_error("Input 0 of layer " + m.layers.front()->name + " is incompatible with the layer: expected axis -1 of input shape to have value " +
                                std::to_string((*m.input_shape).back()) + " but received input with shape (None, " + std::to_string(features) + ")");
}

// The forward pass of one sample: every layer's output (outs[0] is the input).
std::vector<std::vector<float>> forward(const SequentialObj& m, const std::vector<float>& x) {
    std::vector<std::vector<float>> outs{x};
    for (auto& l : m.layers) {
        const float* kernel = l->weights[0]->value.t.data<float>();
        const float* bias = l->use_bias ? l->weights[1]->value.t.data<float>() : nullptr;
        outs.push_back(dense_forward(outs.back(), kernel, bias, static_cast<int64_t>(outs.back().size()), l->units, l->activation));
    }
    return outs;
}

// One train_step on one sample: gradients, then Adam over the variables in order.
float train_step(SequentialObj& m, const std::vector<float>& x, const std::vector<float>& y) {
    const auto outs = forward(m, x);
    const float loss = mse(outs.back(), y);
    std::vector<std::vector<float>> grads(m.weights().size());
    std::vector<float> g = mse_grad(outs.back(), y);
    size_t w = grads.size();
    for (size_t li = m.layers.size(); li-- > 0;) {
        const LayerObj& l = *m.layers[li];
        const std::vector<float> dz = activation_grad(g, outs[li + 1], l.activation);
        const std::vector<float>& a = outs[li];
        if (l.use_bias) grads[--w] = dz;  // BiasAddGrad over a batch of one
        std::vector<float> dk(a.size() * dz.size());
        for (size_t k = 0; k < a.size(); ++k)
            for (size_t n = 0; n < dz.size(); ++n) dk[k * dz.size() + n] = a[k] * dz[n];
        grads[--w] = dk;
        if (li > 0) g = input_grad(dz, l.weights[0]->value.t.data<float>(), static_cast<int64_t>(a.size()), l.units);
    }
    AdamObj& opt = *m.optimizer;
    const float t = static_cast<float>(opt.iterations + 1);
    const float alpha = adam_alpha(opt.learning_rate, math::powf(opt.beta_1, t), math::powf(opt.beta_2, t));
    const auto vars = m.weights();
    for (size_t i = 0; i < vars.size(); ++i) {
        tensor::Tensor& var = vars[i]->value.t;
        auto& slot = opt.slots[vars[i].get()];
        if (slot.first.empty()) slot = {std::vector<float>(static_cast<size_t>(var.size()), 0.0f), std::vector<float>(static_cast<size_t>(var.size()), 0.0f)};
        adam_apply(var.data<float>(), slot.first.data(), slot.second.data(), grads[i].data(), var.size(), alpha, opt.beta_1, opt.beta_2, opt.epsilon);
    }
    ++opt.iterations;
    return loss;
}

// Keras's Mean metric: float32 total and count.
struct Mean {
    float total = 0, count = 0;
    void add(float v) { total = total + v; count = count + 1.0f; }
    float result() const { return count == 0.0f ? 0.0f : total / count; }
};

struct HistoryObj : lang::Obj {
    Value history, epoch;
    std::string type_name() const override { return "History"; }
    bool get_attr(Interpreter&, const std::string& attr, Value& out) override {
        if (attr == "history") { out = history; return true; }
        if (attr == "epoch") { out = epoch; return true; }
        return false;
    }
};

int64_t batch_rows(Interpreter& in, const Value& batch_size, int64_t n, const char* call) {
    const int64_t b = batch_size.is_none() ? 32 : lang::arg_int(in, batch_size, "batch_size");
    if (b != 1 && n > 1)
        refuse(in, std::string(call) + " with batches of more than one sample (batch_size=" + std::to_string(b) +
                       "): TF's summation order for them is not pinned down; use batch_size=1");
    return b;
}

void require_quiet(Interpreter& in, const Value& verbose, const char* call) {
    if (!(verbose.is_int() || verbose.is_bool()) || verbose.small_int() != 0)
        refuse(in, std::string(call) + " with progress output: Keras prints timings that differ in every run; pass verbose=0 and print the returned values");
}

// The seeds of the shuffle in fit's tf.data map function: (global seed, 0) from the
// function graph's op-seed counter, or (0, 0), New64 at kernel creation, without one.
tf::SeedPair shuffle_seeds(Interpreter& in) {
    tf::TfState& s = tf::state(in);
    std::optional<int64_t> global;
    if (s.global_seed) global = tf::truncate_seed_big(*s.global_seed);
    auto pair = tf::resolve_seeds(global, std::nullopt, [] { return int64_t{0}; });
    return pair ? *pair : tf::SeedPair{};
}

// The output (1, units) of one input row, with the weights' provenance.
tf::TfValue predict_one(Interpreter& in, SequentialObj& m, const Value& input, const std::string& what) {
    const tensor::Tensor x = rows_of(in, input, (what + " input").c_str());
    ensure_built(in, m, x.shape()[1]);
    require_pinned(in, m, false);
    if (x.shape()[0] != 1)
        refuse(in, what + " on more than one sample: TF's batched matrix multiply order is not pinned down; use one row at a time");
    const std::vector<float> out = forward(m, row(x, 0)).back();
    tensor::Tensor t(tensor::DType::Float32, {1, static_cast<int64_t>(out.size())});
    std::copy(out.begin(), out.end(), t.data<float>());
    return tf::TfValue{std::move(t), m.weights().empty() ? nullptr : m.weights()[0]->value.prov};
}

}  // namespace

Value compile_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    require_tf24(in, "Model.compile");
    static const lang::Signature sig("compile(optimizer='rmsprop', loss=None, metrics=None, loss_weights=None, weighted_metrics=None, run_eagerly=None, steps_per_execution=None)");
    const std::vector<Value> p = sig.bind(a);
    if (p[0].as<lang::StrObj>() && p[0].as<lang::StrObj>()->s == "rmsprop") refuse(in, "the RMSprop optimizer (Adam is emulated)");
    m.optimizer = optimizer_from(in, p[0]);
    const std::string loss = p[1].as<lang::StrObj>() ? p[1].as<lang::StrObj>()->s : "";
    if (loss != "mse" && loss != "mean_squared_error") refuse(in, "the loss " + in.repr(p[1]) + " (mse is emulated)");
    m.loss = "mse";
    for (size_t i = 2; i < p.size(); ++i)
        if (!p[i].is_none()) refuse(in, "compile() with metrics, loss weights or execution options");
    return Value::none();
}

Value fit_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    require_tf24(in, "Model.fit");
    static const lang::Signature sig(
        "fit(x=None, y=None, batch_size=None, epochs=1, verbose=1, callbacks=None, validation_split=0.0, validation_data=None, "
        "shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, "
        "validation_batch_size=None, validation_freq=1, max_queue_size=10, workers=1, use_multiprocessing=False)");
    const std::vector<Value> p = sig.bind(a);
    if (!m.optimizer) throw lang::runtime_error("RuntimeError", "You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.");
    require_quiet(in, p[4], "fit()");
    for (int i : {5, 7, 9, 10, 12, 13})
        if (!p[static_cast<size_t>(i)].is_none()) refuse(in, "fit() with callbacks, validation_data, weights or step counts");
    if (lang::arg_int(in, p[11], "initial_epoch") != 0 || lang::arg_int(in, p[15], "validation_freq") != 1)
        refuse(in, "fit() with initial_epoch or validation_freq");
    if (!p[6].is_float() && !p[6].is_int()) refuse(in, "a non-numeric validation_split");
    const tensor::Tensor x = rows_of(in, p[0], "fit() x");
    tensor::Tensor y = rows_of(in, p[1], "fit() y");
    const int64_t n = x.shape()[0];
    if (y.shape()[0] != n)
        throw lang::value_error("Data cardinality is ambiguous:\n  x sizes: " + std::to_string(n) + "\n  y sizes: " + std::to_string(y.shape()[0]) +
                                "\nMake sure all arrays contain the same number of samples.");
    ensure_built(in, m, x.shape()[1]);
    require_pinned(in, m, true);
    if (y.shape()[1] != m.layers.back()->units) refuse(in, "targets whose width differs from the last layer's units");
    // data_adapter.train_validation_split: the validation rows are the last ones, before shuffling.
    const double vs = p[6].is_float() ? p[6].as_float() : static_cast<double>(p[6].small_int());
    int64_t n_train = n;
    if (vs > 0) {
        n_train = static_cast<int64_t>(std::floor(static_cast<double>(n) * (1.0 - vs)));
        if (n_train == 0 || n_train == n)
            throw lang::value_error("Training data contains " + std::to_string(n) + " samples, which is not sufficient to split it into a validation and training set as specified by `validation_split=" + in.str(p[6]) + "`. Either provide more data, or a different value for the `validation_split` argument.");
    }
    const int64_t n_val = n - n_train;
    batch_rows(in, p[2], n_train, "fit()");
    batch_rows(in, p[14].is_none() ? p[2] : p[14], n_val, "fit()'s validation");
    const bool shuffle = in.truthy(p[8]);
    if (p[8].as<lang::StrObj>()) refuse(in, "fit(shuffle='batch')");
    const int64_t epochs = lang::arg_int(in, p[3], "epochs");
    for (auto& w : m.weights()) w->value.t = w->value.t.copy();

    // One iterator for the whole fit: its RandomShuffle kernel persists across epochs.
    const tf::SeedPair seeds = shuffle_seeds(in);
    std::optional<tf::GuardedPhilox> kernel;
    std::vector<double> losses, val_losses;  // History.history: float32 Means as Python floats
    for (int64_t e = 0; e < epochs; ++e) {
        std::vector<int64_t> order(static_cast<size_t>(n_train));
        for (int64_t i = 0; i < n_train; ++i) order[static_cast<size_t>(i)] = i;
        if (shuffle && n_train > 1) {
            if (!kernel) kernel.emplace(seeds.seed, seeds.seed2, [&in] { return in.entropy_word("tensorflow random::New64"); });
            const rng::TfPhiloxRandom gen = kernel->reserve_samples32(static_cast<uint64_t>(n_train - 1));
            order = tf::shuffle_permutation(gen, n_train);
        }
        Mean loss;
        for (int64_t idx : order) {
            in.library_step();
            loss.add(train_step(m, row(x, idx), row(y, idx)));
        }
        losses.push_back(static_cast<double>(loss.result()));
        if (n_val > 0) {
            Mean val;
            for (int64_t r = n_train; r < n; ++r) val.add(mse(forward(m, row(x, r)).back(), row(y, r)));
            val_losses.push_back(static_cast<double>(val.result()));
        }
    }
    // The weights now depend on the initial weights and, through the sample order, on the shuffle's seeds.
    if (shuffle && kernel) {
        const std::string order = kernel->from_entropy() ? "seeded from the run's entropy (no global seed: tf.random.set_seed was not called)"
                                                         : "seeded (" + std::to_string(kernel->seed()) + ", " + std::to_string(kernel->seed2()) + ") from the global seed";
        for (auto& w : m.weights()) {
            auto prov = std::make_shared<lang::Provenance>(w->value.prov ? *w->value.prov : lang::Provenance{});
            prov->library = "keras";
            prov->rule = "trained by fit(), whose per-epoch sample order comes from tf.random.shuffle " + order +
                         (w->value.prov && !w->value.prov->rule.empty() ? "; initial weights: " + w->value.prov->rule : "");
            prov->from_entropy = kernel->from_entropy() || (w->value.prov && w->value.prov->from_entropy);
            w->value.prov = prov;
        }
    }
    if (auto& emit = in.runtime().on_series) {
        emit(in.current_line(), "loss", losses);
        if (n_val > 0) emit(in.current_line(), "val_loss", val_losses);
    }
    auto floats = [](const std::vector<double>& vs) {
        std::vector<Value> out;
        for (double v : vs) out.push_back(Value::floating(v));
        return lang::make_list(std::move(out));
    };
    auto h = std::make_shared<HistoryObj>();
    auto dict = std::make_shared<lang::DictObj>();
    dict->put(in, Value::str("loss"), floats(losses));
    if (n_val > 0) dict->put(in, Value::str("val_loss"), floats(val_losses));
    h->history = Value::object(dict);
    std::vector<Value> epoch_numbers;
    for (int64_t e = 0; e < epochs; ++e) epoch_numbers.push_back(Value::integer(e));
    h->epoch = lang::make_list(std::move(epoch_numbers));
    return Value::object(h);
}

Value predict_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    require_tf24(in, "Model.predict");
    static const lang::Signature sig("predict(x, batch_size=None, verbose=0, steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False)");
    const std::vector<Value> p = sig.bind(a);
    require_quiet(in, p[2], "predict()");
    tf::TfValue out = predict_one(in, m, p[0], "predict()");
    return numpy::make_ndarray(in, std::move(out.t), out.prov);
}

Value call_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    require_tf24(in, "Calling a model");
    static const lang::Signature sig("__call__(inputs, training=None, mask=None)");
    const std::vector<Value> p = sig.bind(a);
    return tf::make_eager(predict_one(in, m, p[0], "calling a model"));
}

Value evaluate_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    require_tf24(in, "Model.evaluate");
    static const lang::Signature sig("evaluate(x=None, y=None, batch_size=None, verbose=1, sample_weight=None, steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False, return_dict=False)");
    const std::vector<Value> p = sig.bind(a);
    if (!m.optimizer) throw lang::runtime_error("RuntimeError", "You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.");
    require_quiet(in, p[3], "evaluate()");
    const tensor::Tensor x = rows_of(in, p[0], "evaluate() x");
    const tensor::Tensor y = rows_of(in, p[1], "evaluate() y");
    ensure_built(in, m, x.shape()[1]);
    require_pinned(in, m, false);
    batch_rows(in, p[2], x.shape()[0], "evaluate()");
    Mean loss;
    for (int64_t r = 0; r < x.shape()[0]; ++r) loss.add(mse(forward(m, row(x, r)).back(), row(y, r)));
    return Value::floating(static_cast<double>(loss.result()));
}

}  // namespace seedlab::libs::keras
