// Model.compile / fit / predict / evaluate / __call__ per version. See training.hpp.
#include "libs/keras/training.hpp"

#include <algorithm>
#include <cmath>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/keras/callbacks.hpp"
#include "libs/keras/batch_norm.hpp"
#include "libs/keras/dense_batch.hpp"
#include "libs/keras/dense_math.hpp"
#include "libs/keras/dropout_rng.hpp"
#include "libs/keras/progress.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/kernel_reduce.hpp"
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

tf::Version version(Interpreter& in) { return tf::state(in).version; }
Logistic logistic_of(Interpreter& in) { return version(in) == tf::Version::V2_4 ? Logistic::Eigen2020 : Logistic::Eigen2023; }

// Dense, Activation, Dropout, Flatten and BatchNormalization layers (on rows) with the
// activations dense_math models are trained or run.
void require_supported(Interpreter& in, const SequentialObj& m) {
    if (m.layers.empty()) refuse(in, "training or running a model without layers");
    for (const auto& lp : m.layers) {
        const LayerObj& l = *lp;
        if (l.cls != "Dense" && l.cls != "Activation" && l.cls != "Dropout" && l.cls != "Flatten" && l.cls != "BatchNormalization")
            refuse(in, "training or running a model with a " + l.cls + " layer (Dense, Activation, Dropout, Flatten and BatchNormalization are emulated so far)");
        if (!activation_supported(l.activation)) refuse(in, "the activation '" + l.activation + "' in a forward pass (linear, relu, sigmoid and softmax are)");
    }
}

// Whether every float32 operation order of a forward and backward pass with [rows] rows is
// the one TF uses: one row, layers narrow enough for the scalar GEMV loops (spec/keras-fit.md
// s1.6). Keras 2.15 and 3 are taken to keep TF 2.4's one-row GEMV order. The optimizer's
// own caveats are OptimizerObj::unpinned_reason's.
bool order_pinned(const SequentialObj& m, int64_t rows, bool backward) {
    if (rows != 1) return false;
    for (size_t i = 0; i < m.layers.size(); ++i) {
        if (m.layers[i]->cls == "BatchNormalization") return false;
        if (m.layers[i]->units > kMaxForwardUnits) return false;
        if (backward && i > 0 && m.layers[i]->units > kMaxBackwardUnits) return false;
    }
    return true;
}

// Rows of a 2-D float32 array from x (a NumPy array, an eager tensor or nested lists).
// With [flatten] (a model whose first layer is Flatten), higher-dimensional samples are
// flattened, and [sample_shape] receives their shape.
Mat rows_of(Interpreter& in, const Value& x, const char* what, bool flatten = false, tensor::Shape* sample_shape = nullptr) {
    tensor::Tensor t = tf::constant_value(in, x, std::nullopt).t.astype(tensor::DType::Float32).contiguous();
    if (t.ndim() == 1) t = t.reshape({t.shape()[0], 1});
    if (sample_shape) *sample_shape = tensor::Shape(t.shape().begin() + 1, t.shape().end());
    if (t.ndim() > 2 && flatten) t = t.reshape({t.shape()[0], t.size() / std::max<int64_t>(t.shape()[0], 1)});
    if (t.ndim() != 2)
        refuse(in, std::string(what) + " with " + std::to_string(t.ndim()) + " dimensions (2-D data, or any shape before a first Flatten layer, is emulated)");
    Mat out(t.shape()[0], t.shape()[1]);
    std::copy(t.data<float>(), t.data<float>() + t.size(), out.v.begin());
    return out;
}

// Rows [from, from + count) of [m].
Mat row_slice(const Mat& m, int64_t from, int64_t count) {
    Mat out(count, m.cols);
    std::copy(m.row(from), m.row(from) + count * m.cols, out.v.begin());
    return out;
}

Mat gather_rows(const Mat& m, const std::vector<int64_t>& idx, size_t from, size_t count) {
    Mat out(static_cast<int64_t>(count), m.cols);
    for (size_t i = 0; i < count; ++i) std::copy(m.row(idx[from + i]), m.row(idx[from + i]) + m.cols, out.row(static_cast<int64_t>(i)));
    return out;
}

void ensure_built(Interpreter& in, SequentialObj& m, const tensor::Shape& sample) {
    if (!m.built) {
        if (!m.input_shape) m.input_shape = sample;
        m.build_all(in);
    }
    if (*m.input_shape != sample && m.input_shape->size() == 1 && sample.size() == 1)
        throw lang::value_error("Input 0 of layer " + m.layers.front()->name + " is incompatible with the layer: expected axis -1 of input shape to have value " +
                                std::to_string((*m.input_shape).back()) + " but received input with shape (None, " + std::to_string(sample[0]) + ")");
    if (*m.input_shape != sample) {
        std::string got = "(None";
        for (int64_t d : sample) got += ", " + std::to_string(d);
        throw lang::value_error("Input 0 of layer " + m.layers.front()->name + " is incompatible with the layer: expected shape " +
                                tf::shape_str(*m.input_shape) + " for each sample but received input with shape " + got + ")");
    }
}

bool flattens_first(const SequentialObj& m) { return !m.layers.empty() && m.layers.front()->cls == "Flatten"; }

// The model's input rows from [x], flattened for a first Flatten layer; builds the model
// for their shape.
Mat model_inputs(Interpreter& in, SequentialObj& m, const Value& x, const std::string& what) {
    tensor::Shape sample;
    Mat rows = rows_of(in, x, what.c_str(), flattens_first(m), &sample);
    ensure_built(in, m, sample);
    return rows;
}

bool is_keras3(Interpreter& in) { return version(in) == tf::Version::V2_16; }

// The width of the model's output: the last Dense layer's units (the layers after it keep
// the width).
int64_t output_width(const SequentialObj& m) {
    for (size_t i = m.layers.size(); i-- > 0;)
        if (m.layers[i]->cls == "Dense") return m.layers[i]->units;
    return m.input_shape ? m.input_shape->back() : 0;
}
// TF >= 2.11's dropout computes where(keep, x * scale, 0); TF 2.4's (x * scale) * keep.
bool dropout_where_form(Interpreter& in) { return version(in) != tf::Version::V2_4; }

// How a forward pass runs: inference (predict, evaluate, validation: Dropout is the
// identity), a training step inside fit(), or an eager call with training=True.
enum class Mode { Inference, FitStep, EagerTraining };

// The forward pass of a batch: every layer's output (outs[0] is the input), the last
// layer's pre-activation (what binary cross-entropy takes from a sigmoid output), the
// Dropout layers' keep decisions, and where their masks came from.
struct Pass {
    std::vector<Mat> outs;
    Mat last_z;
    std::vector<std::vector<uint8_t>> keep;  // per layer; empty unless a training Dropout
    std::vector<BatchNormCache> bn;          // per layer; empty unless a training BatchNormalization
    std::vector<std::string> dropout_rules;
    bool dropout_from_entropy = false;
};

Pass forward(Interpreter& in, SequentialObj& m, const Mat& x, Mode mode = Mode::Inference) {
    const Logistic logistic = logistic_of(in);
    Pass pass{{x}, {}, std::vector<std::vector<uint8_t>>(m.layers.size()), std::vector<BatchNormCache>(m.layers.size()), {}, false};
    for (size_t li = 0; li < m.layers.size(); ++li) {
        LayerObj& l = *m.layers[li];
        const Mat& a = pass.outs.back();
        Mat z;
        if (l.cls == "Dense") {
            const float* kernel = l.weights[0]->value.t.data<float>();
            const float* bias = l.use_bias ? l.weights[1]->value.t.data<float>() : nullptr;
            z = dense_linear(a, kernel, bias, l.units);
        } else if (l.cls == "Dropout" && mode == Mode::FitStep && dropout_draws(in, l)) {
            DropoutDraw draw = train_step_draw(in, m.train_rng, m.layers, l, a.rows, a.cols);
            z = dropout_forward(a, draw.uniform, l.rate, dropout_where_form(in), pass.keep[li]);
            pass.dropout_rules.push_back(std::move(draw.rule));
            pass.dropout_from_entropy = pass.dropout_from_entropy || draw.from_entropy;
        } else if (l.cls == "BatchNormalization") {
            BatchNormWeights w{l.weights[0]->value.t.data<float>(), l.weights[1]->value.t.data<float>(), l.weights[2]->value.t.data<float>(),
                               l.weights[3]->value.t.data<float>()};
            if (mode == Mode::Inference) {
                z = batch_norm_infer(a, w, l.epsilon);
            } else {
                // The moving statistics change in place (fit() copied every weight first; an
                // eager call copies them here, as their buffers may be shared).
                if (mode == Mode::EagerTraining)
                    for (size_t i = 2; i < 4; ++i) l.weights[i]->value.t = l.weights[i]->value.t.copy();
                w.moving_mean = l.weights[2]->value.t.data<float>();
                w.moving_variance = l.weights[3]->value.t.data<float>();
                z = batch_norm_train(a, w, l.momentum, l.epsilon, is_keras3(in), pass.bn[li]);
            }
        } else if (l.cls == "Dropout" && mode == Mode::EagerTraining && dropout_draws(in, l)) {
            z = eager_dropout(in, l, a);
        } else {
            z = a;  // Activation (below), Flatten of rows, Dropout at inference (or drawing nothing)
        }
        if (li + 1 == m.layers.size()) pass.last_z = z;
        if (l.cls == "Dense" || l.cls == "Activation") apply_activation(z.v, z.cols, l.activation, logistic);
        pass.outs.push_back(std::move(z));
    }
    return pass;
}

// What the loss compares with the targets: the output, or the sigmoid's logits.
bool loss_takes_logits(const SequentialObj& m) { return takes_logits(m.loss, m.layers.back()->activation); }
const Mat& loss_input(const SequentialObj& m, const Pass& pass) { return loss_takes_logits(m) ? pass.last_z : pass.outs.back(); }
bool logits_in(const SequentialObj& m) { return loss_takes_logits(m) || m.loss.from_logits; }
bool has_regularizers(const SequentialObj& m) {
    for (auto& l : m.layers)
        if (l->kernel_regularizer || (l->bias_regularizer && l->use_bias)) return true;
    return false;
}

// Mean squared and absolute error have pinned float32 orders; the cross-entropies' log/exp
// (Eigen's packet versions) and gradient sums do not, nor does the AddN that joins a
// regularizer's gradient to the loss's.
bool loss_order_pinned(const SequentialObj& m) {
    return (m.loss.kind == LossKind::MSE || m.loss.kind == LossKind::MAE) && !has_regularizers(m);
}

// The compiled loss plus the layers' regularization losses (model.losses, kernel then bias,
// layer by layer: add_n). Penalties are never negative, so starting the sum at 0 is exact.
float with_regularization(const SequentialObj& m, float loss) {
    if (!has_regularizers(m)) return loss;
    float total = 0.0f;
    for (auto& l : m.layers) {
        if (l->kernel_regularizer)
            total = total + l->kernel_regularizer->penalty(l->weights[0]->value.t.data<float>(), l->weights[0]->value.t.size());
        if (l->bias_regularizer && l->use_bias)
            total = total + l->bias_regularizer->penalty(l->weights[1]->value.t.data<float>(), l->weights[1]->value.t.size());
    }
    return loss + total;
}

// One train_step on a batch: gradients, then the optimizer over the variables in order.
// Returns the batch loss and the pass (the metrics see its pre-update outputs).
// [vars] are the trainable weights' tensors, in order (fit() collects them once).
float train_step(Interpreter& in, SequentialObj& m, const std::vector<tensor::Tensor*>& vars, const Mat& x, const Mat& y, Pass& pass) {
    pass = forward(in, m, x, Mode::FitStep);
    const Mat& p = loss_input(m, pass);
    // The compiled loss plus the regularization losses of the weights before the update.
    const float loss = with_regularization(m, batch_loss(m.loss, p, y, logits_in(m), is_keras3(in)));
    std::vector<std::vector<float>> grads(vars.size());
    Mat g = batch_loss_grad(m.loss, p, y, logits_in(m), is_keras3(in));
    size_t w = grads.size();
    for (size_t li = m.layers.size(); li-- > 0;) {
        const LayerObj& l = *m.layers[li];
        if (l.cls == "Dropout") {
            if (!pass.keep[li].empty()) g = dropout_backward(g, pass.keep[li], l.rate, dropout_where_form(in));
            continue;
        }
        if (l.cls == "Flatten") continue;
        if (l.cls == "BatchNormalization") {
            const size_t f = static_cast<size_t>(g.cols);
            grads[w - 1].resize(f);  // beta
            grads[w - 2].resize(f);  // gamma
            g = batch_norm_backward(pass.outs[li], g, l.weights[0]->value.t.data<float>(), pass.bn[li], grads[w - 2].data(), grads[w - 1].data());
            w -= 2;
            continue;
        }
        Mat dz(g.rows, g.cols);
        // A loss on the sigmoid's logits differentiates the pre-activation directly.
        if (li + 1 == m.layers.size() && loss_takes_logits(m)) dz.v = g.v;
        else dz.v = activation_grad(g.v, pass.outs[li + 1].v, g.cols, l.activation);
        if (l.cls == "Activation") {
            g = std::move(dz);
            continue;
        }
        const Mat& a = pass.outs[li];
        if (l.use_bias) {
            grads[--w].resize(static_cast<size_t>(dz.cols));
            bias_grad(dz, grads[w].data());
            if (l.bias_regularizer) l.bias_regularizer->add_gradient(l.weights[1]->value.t.data<float>(), grads[w].data(), dz.cols);
        }
        grads[--w].resize(static_cast<size_t>(a.cols * dz.cols));
        kernel_grad(a, dz, grads[w].data());
        if (l.kernel_regularizer) l.kernel_regularizer->add_gradient(l.weights[0]->value.t.data<float>(), grads[w].data(), a.cols * dz.cols);
        if (li > 0) g = input_grad_rows(dz, l.weights[0]->value.t.data<float>(), a.cols);
    }
    m.optimizer->apply(vars, grads);
    return loss;
}

// Keras's Mean metric as the loss tracker uses it: float32 total and count, each batch
// weighted by its number of rows (update_state(loss, sample_weight=batch_size)).
struct Mean {
    float total = 0, count = 0;
    void add(float v, int64_t rows) {
        const float w = static_cast<float>(rows);
        total = total + v * w;
        count = count + w;
    }
    // MeanMetricWrapper: total += reduce_sum(values), count += their number.
    void add_values(const std::vector<float>& values) {
        total = total + tf::eigen_sum_f32(values.data(), static_cast<int64_t>(values.size()));
        count = count + static_cast<float>(values.size());
    }
    float result() const { return count == 0.0f ? 0.0f : total / count; }  // divide_no_nan
};

// The loss tracker and one Mean per compiled metric, over the batches of an epoch.
struct Tracker {
    Mean loss;
    std::vector<Mean> metrics;
    explicit Tracker(size_t n) : metrics(n) {}
    void add(const SequentialObj& m, float batch_loss, const Mat& out, const Mat& y) {
        loss.add(batch_loss, out.rows);
        for (size_t i = 0; i < m.metrics.size(); ++i) metrics[i].add_values(metric_values(m.metrics[i], out, y));
    }
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

int64_t batch_size_of(Interpreter& in, const Value& batch_size) {
    const int64_t b = batch_size.is_none() ? 32 : lang::arg_int(in, batch_size, "batch_size");
    if (b < 1) throw lang::value_error("batch_size must be a positive integer, got " + std::to_string(b));
    return b;
}

// The logs Keras passes its callbacks: the loss and metric Means as Python floats.
Logs logs_of(const Tracker& t, const std::vector<Metric>& metrics, const std::string& prefix = "") {
    Logs logs{{prefix + "loss", static_cast<double>(t.loss.result())}};
    for (size_t k = 0; k < metrics.size(); ++k) logs.emplace_back(prefix + metrics[k].name, static_cast<double>(t.metrics[k].result()));
    return logs;
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

// What the provenance adds for a model with BatchNormalization layers (order_note's).
std::string batch_norm_note(const SequentialObj& m) {
    for (auto& l : m.layers)
        if (l->cls == "BatchNormalization")
            return "; BatchNormalization: the playground sums the batch statistics row by row and rounds 1/sqrt(var + eps) "
                   "correctly, where TF runs Eigen's reductions and an approximate packet rsqrt (checked against PyTorch)";
    return "";
}

// What the provenance says about the float32 order of what [m] computed.
std::string order_note(Interpreter& in, const SequentialObj& m, bool pinned, const std::string& optimizer_reason = "") {
    if (pinned && !optimizer_reason.empty())
        return "float32 order: " + optimizer_reason + ", so the last digits may differ from TensorFlow's";
    if (!pinned)
        return "float32 order: TF runs batches of several rows and wide layers through Eigen's or oneDNN's blocked GEMM, whose "
               "summation order is not pinned down (and TF 2.4's Adam takes an approximate square root on whole 8-float packets); "
               "the playground adds each dot product in index order and rounds each square root, so the last digits may differ "
               "from TensorFlow's (relative difference around 1e-6 per step, checked against PyTorch)" + batch_norm_note(m);
    if (version(in) == tf::Version::V2_4) return "";
    return "float32 order: TF 2.4's one-row GEMV order, inferred for this version; on CPUs where TensorFlow enables oneDNN "
           "(AVX512_VNNI, AVX512_BF16, AVX_VNNI or AMX) its MatMul may round differently";
}

lang::ProvenancePtr with_rule(const lang::ProvenancePtr& base, const std::string& rule, bool from_entropy) {
    auto prov = std::make_shared<lang::Provenance>(base ? *base : lang::Provenance{});
    prov->library = "keras";
    prov->rule = rule + (base && !base->rule.empty() ? "; " + base->rule : "");
    prov->from_entropy = from_entropy || (base && base->from_entropy);
    return prov;
}

// The outputs of every row of [x], [batch] rows at a time, with the weights' provenance.
tf::TfValue predict_rows(Interpreter& in, SequentialObj& m, const Value& input, int64_t batch, const std::string& what, int verbose = 0,
                         Mode mode = Mode::Inference) {
    const Mat x = model_inputs(in, m, input, what + " input");
    require_supported(in, m);
    const int64_t units = output_width(m);
    tensor::Tensor t(tensor::DType::Float32, {x.rows, units});
    bool pinned = true;
    Progress progress(in, verbose, x.rows == 0 ? 0 : (x.rows - 1) / batch + 1);
    for (int64_t r = 0; r < x.rows; r += batch) {
        in.library_step();
        const int64_t rows = std::min(batch, x.rows - r);
        const Mat xb = row_slice(x, r, rows);
        pinned = pinned && order_pinned(m, rows, false);
        const Mat out = forward(in, m, xb, mode).outs.back();
        std::copy(out.v.begin(), out.v.end(), t.data<float>() + r * units);
        progress.batch_end(r / batch, {});
    }
    progress.finish({}, nullptr);
    lang::ProvenancePtr prov = m.weights().empty() ? nullptr : m.weights()[0]->value.prov;
    const std::string note = order_note(in, m, pinned);
    if (!note.empty()) prov = with_rule(prov, "computed by the model; " + note, false);
    return tf::TfValue{std::move(t), prov};
}

// The loss and metrics over rows [from, to) of [x], [batch] rows at a time (evaluate, and
// fit's validation at the end of every epoch).
Tracker evaluate_rows(Interpreter& in, SequentialObj& m, const Mat& x, const Mat& y, int64_t from, int64_t to, int64_t batch,
                      Progress* progress = nullptr) {
    Tracker t(m.metrics.size());
    for (int64_t r = from; r < to; r += batch) {
        in.library_step();
        const int64_t rows = std::min(batch, to - r);
        const Mat xb = row_slice(x, r, rows), yb = row_slice(y, r, rows);
        const Pass pass = forward(in, m, xb);
        t.add(m, with_regularization(m, batch_loss(m.loss, loss_input(m, pass), yb, logits_in(m), is_keras3(in))), pass.outs.back(), yb);
        if (progress) progress->batch_end((r - from) / batch, progress->averages_batches() ? logs_of(t, m.metrics) : Logs{});
    }
    return t;
}

const lang::Signature& by_version(Interpreter& in, const lang::Signature& v24, const lang::Signature& v215, const lang::Signature& v3) {
    const tf::Version v = version(in);
    return v == tf::Version::V2_4 ? v24 : v == tf::Version::V2_15 ? v215 : v3;
}

void check_targets(Interpreter& in, const SequentialObj& m, const Mat& x, const Mat& y) {
    if (y.rows != x.rows)
        throw lang::value_error("Data cardinality is ambiguous:\n  x sizes: " + std::to_string(x.rows) + "\n  y sizes: " + std::to_string(y.rows) +
                                "\nMake sure all arrays contain the same number of samples.");
    const int64_t units = output_width(m);
    const bool categorical = m.loss.kind == LossKind::CCE || m.loss.kind == LossKind::SCCE;
    if (categorical && !logits_in(m))
        throw lang::unsupported("categorical cross-entropy on probabilities (use a softmax last layer or from_logits=True)", in.current_line());
    if (m.loss.kind == LossKind::SCCE) {
        if (y.cols != 1) throw lang::unsupported("sparse categorical targets with more than one column", in.current_line());
        for (float label : y.v) {
            const auto k = static_cast<int64_t>(label);  // cast(target, int64)
            if (k < 0 || k >= units)
                throw lang::value_error("Received a label value of " + std::to_string(k) + " which is outside the valid range of [0, " +
                                        std::to_string(units) + ").");
        }
        return;
    }
    if (y.cols != units)
        throw lang::unsupported("targets of width " + std::to_string(y.cols) + " for a last layer of " + std::to_string(units) +
                                    " units (Keras would broadcast them in the loss; the playground refuses)",
                                in.current_line());
}

}  // namespace

Value compile_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    static const lang::Signature sig24(
        "compile(optimizer='rmsprop', loss=None, metrics=None, loss_weights=None, weighted_metrics=None, run_eagerly=None, steps_per_execution=None)");
    static const lang::Signature sig215(
        "compile(optimizer='rmsprop', loss=None, metrics=None, loss_weights=None, weighted_metrics=None, run_eagerly=None, steps_per_execution=None, "
        "jit_compile=None, pss_evaluation_shards=0)");
    static const lang::Signature sig3(
        "compile(optimizer='rmsprop', loss=None, loss_weights=None, metrics=None, weighted_metrics=None, run_eagerly=False, steps_per_execution=1, "
        "jit_compile='auto', auto_scale_loss=True)");
    const std::vector<Value> p = by_version(in, sig24, sig215, sig3).bind(a);
    m.optimizer = optimizer_from(in, p[0]);
    m.loss = loss_from(in, p[1]);
    const bool k3 = version(in) == tf::Version::V2_16;
    m.metrics = metrics_from(in, p[k3 ? 3 : 2]);
    m.metrics_built = false;
    m.train_rng.reset();  // a new train function, traced on the next fit()
    // Execution options change no number (eager or traced, steps per call; Keras 3's "auto"
    // turns XLA off on CPU-only machines); jit_compile=True would run XLA's fused kernels.
    if (!p[k3 ? 2 : 3].is_none() || !p[4].is_none()) refuse(in, "compile() with loss weights or weighted metrics");
    if (p.size() > 7 && p[7].is_bool() && p[7].small_int() != 0) refuse(in, "compile(jit_compile=True): XLA's fused kernels round differently");
    return Value::none();
}

Value fit_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    static const lang::Signature sig24(
        "fit(x=None, y=None, batch_size=None, epochs=1, verbose=1, callbacks=None, validation_split=0.0, validation_data=None, "
        "shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, "
        "validation_batch_size=None, validation_freq=1, max_queue_size=10, workers=1, use_multiprocessing=False)");
    static const lang::Signature sig215(
        "fit(x=None, y=None, batch_size=None, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, "
        "shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, "
        "validation_batch_size=None, validation_freq=1, max_queue_size=10, workers=1, use_multiprocessing=False)");
    static const lang::Signature sig3(
        "fit(x=None, y=None, batch_size=None, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, "
        "shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, "
        "validation_batch_size=None, validation_freq=1)");
    const std::vector<Value> p = by_version(in, sig24, sig215, sig3).bind(a);
    if (!m.optimizer) throw lang::runtime_error("RuntimeError", "You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.");
    const int verbose = verbosity(in, p[4]);
    for (int i : {9, 10, 12, 13})
        if (!p[static_cast<size_t>(i)].is_none()) refuse(in, "fit() with class or sample weights, or step counts");
    std::vector<std::shared_ptr<EarlyStoppingObj>> callbacks;
    if (!p[5].is_none())
        for (const Value& c : in.to_list(p[5])) {
            auto* es = c.as<EarlyStoppingObj>();
            if (!es) refuse(in, "the callback " + in.type_name(c) + " (EarlyStopping is emulated)");
            callbacks.push_back(std::static_pointer_cast<EarlyStoppingObj>(es->shared_from_this()));
        }
    if (lang::arg_int(in, p[11], "initial_epoch") != 0 || lang::arg_int(in, p[15], "validation_freq") != 1)
        refuse(in, "fit() with initial_epoch or validation_freq");
    if (!p[6].is_float() && !p[6].is_int()) refuse(in, "a non-numeric validation_split");
    tensor::Shape sample;
    const Mat x = rows_of(in, p[0], "fit() x", flattens_first(m), &sample);
    const Mat y = rows_of(in, p[1], "fit() y");
    const int64_t n = x.rows;
    if (y.rows != n) check_targets(in, m, x, y);
    ensure_built(in, m, sample);
    require_supported(in, m);
    check_targets(in, m, x, y);
    resolve_accuracy(m.metrics, y.cols, output_width(m));
    // data_adapter.train_validation_split: the validation rows are the last ones, before
    // shuffling; validation_data, when given, replaces the split.
    const double vs = p[6].is_float() ? p[6].as_float() : static_cast<double>(p[6].small_int());
    int64_t n_train = n;
    Mat xv, yv;
    if (!p[7].is_none()) {
        const std::vector<Value> vd = in.to_list(p[7]);
        if (vd.size() != 2) refuse(in, "validation_data other than (x_val, y_val)");
        xv = rows_of(in, vd[0], "validation_data x", flattens_first(m));
        yv = rows_of(in, vd[1], "validation_data y");
        if (xv.cols != x.cols) refuse(in, "validation_data whose rows differ in width from x's");
        check_targets(in, m, xv, yv);
    } else if (vs > 0) {
        n_train = static_cast<int64_t>(std::floor(static_cast<double>(n) * (1.0 - vs)));
        if (n_train == 0 || n_train == n)
            throw lang::value_error("Training data contains " + std::to_string(n) + " samples, which is not sufficient to split it into a validation and training set as specified by `validation_split=" + in.str(p[6]) + "`. Either provide more data, or a different value for the `validation_split` argument.");
        xv = row_slice(x, n_train, n - n_train);
        yv = row_slice(y, n_train, n - n_train);
    }
    const bool has_val = xv.rows > 0;
    const int64_t batch = batch_size_of(in, p[2]);
    const int64_t val_batch = batch_size_of(in, p[14].is_none() ? p[2] : p[14]);
    if (p[8].as<lang::StrObj>()) refuse(in, "fit(shuffle='batch')");
    const bool shuffle = in.truthy(p[8]);
    const int64_t epochs = lang::arg_int(in, p[3], "epochs");
    for (auto& w : m.weights()) w->value.t = w->value.t.copy();
    // Binary cross-entropy's gradient adds four terms in an order TF does not pin down.
    const bool pinned = order_pinned(m, std::min(batch, n_train), true) && (!has_val || order_pinned(m, std::min(val_batch, xv.rows), false)) &&
                        loss_order_pinned(m);

    // TF 2.4 and Keras 2.15: one iterator for the whole fit, whose RandomShuffle kernel
    // persists across epochs (s1.4). Keras 3 iterates the dataset anew every epoch, so
    // every epoch starts a new kernel from the same seeds (s5, inferred from the source).
    const bool kernel_per_epoch = version(in) == tf::Version::V2_16;
    const tf::SeedPair seeds = shuffle_seeds(in);
    std::optional<tf::GuardedPhilox> kernel;
    bool from_entropy = false;
    // History.history: float32 Means as Python floats, per key in Keras's order.
    std::vector<std::string> keys{"loss"};
    for (auto& mt : m.metrics) keys.push_back(mt.name);
    const size_t n_keys = keys.size();
    if (has_val)
        for (size_t k = 0; k < n_keys; ++k) keys.push_back("val_" + keys[k]);
    std::vector<std::vector<double>> history(keys.size());
    std::vector<tensor::Tensor*> weight_tensors, trainable_tensors;
    for (auto& w : m.weights()) {
        weight_tensors.push_back(&w->value.t);
        if (w->trainable) trainable_tensors.push_back(&w->value.t);
    }
    for (auto& c : callbacks) c->on_train_begin(in);
    Progress progress(in, verbose, (n_train + batch - 1) / batch, epochs, m.metrics_built);
    const lang::ProvenancePtr initial_prov = m.weights().empty() ? nullptr : m.weights()[0]->value.prov;
    int64_t epochs_run = 0;
    std::vector<std::string> dropout_rules;  // the last step's, per Dropout layer
    bool dropout_from_entropy = false;
    for (int64_t e = 0; e < epochs; ++e) {
        progress.epoch_begin(e);
        std::vector<int64_t> order(static_cast<size_t>(n_train));
        for (int64_t i = 0; i < n_train; ++i) order[static_cast<size_t>(i)] = i;
        if (shuffle && n_train > 1) {
            if (kernel_per_epoch) kernel.reset();
            if (!kernel) kernel.emplace(seeds.seed, seeds.seed2, [&in] { return in.entropy_word("tensorflow random::New64"); });
            from_entropy = kernel->from_entropy();
            const rng::TfPhiloxRandom gen = kernel->reserve_samples32(static_cast<uint64_t>(n_train - 1));
            order = tf::shuffle_permutation(gen, n_train);
        }
        Tracker train(m.metrics.size());
        for (size_t from = 0; from < order.size(); from += static_cast<size_t>(batch)) {
            in.library_step();
            const size_t rows = std::min(static_cast<size_t>(batch), order.size() - from);
            const Mat yb = gather_rows(y, order, from, rows);
            Pass pass;
            const float loss = train_step(in, m, trainable_tensors, gather_rows(x, order, from, rows), yb, pass);
            if (!pass.dropout_rules.empty()) dropout_rules = pass.dropout_rules;
            dropout_from_entropy = dropout_from_entropy || pass.dropout_from_entropy;
            train.add(m, loss, pass.outs.back(), yb);
            m.metrics_built = true;
            progress.batch_end(static_cast<int64_t>(from) / batch, progress.averages_batches() ? logs_of(train, m.metrics) : Logs{});
        }
        Logs logs = logs_of(train, m.metrics);
        if (has_val) {
            const Logs val = logs_of(evaluate_rows(in, m, xv, yv, 0, xv.rows, val_batch), m.metrics, "val_");
            logs.insert(logs.end(), val.begin(), val.end());
        }
        for (size_t k = 0; k < keys.size(); ++k) history[k].push_back(logs[k].second);
        ++epochs_run;
        // TF 2.4's CallbackList puts the ProgbarLogger first; Keras 2.15 and 3 append it
        // after the script's callbacks.
        auto print_progress = [&] {
            progress.finish(logs, with_rule(initial_prov, "the loss and metrics fit() printed after epoch " + std::to_string(e + 1) +
                                                              ": they follow from the initial weights and the sample order",
                                            from_entropy));
        };
        const bool progbar_first = version(in) == tf::Version::V2_4;
        if (progbar_first) print_progress();
        bool stop = false;
        for (auto& c : callbacks) {
            std::optional<bool> up;
            const std::string name = c->monitor.rfind("val_", 0) == 0 ? c->monitor.substr(4) : c->monitor;
            for (auto& mt : m.metrics)
                if (mt.name == name) up = mt.kind != MetricKind::MAE && mt.kind != MetricKind::MSE;
            stop = c->on_epoch_end(in, e, logs, up, weight_tensors) || stop;
        }
        if (!progbar_first) print_progress();
        if (stop) break;
    }
    for (auto& c : callbacks) c->on_train_end(in, weight_tensors);
    // The weights now depend on the initial weights and, through the sample order, on the shuffle's seeds.
    std::string rule = "trained by fit()";
    if (shuffle && kernel) {
        const std::string by = kernel_per_epoch ? "a tf.random.shuffle kernel made anew every epoch (Keras 3), " : "one tf.random.shuffle kernel, ";
        rule += ", whose per-epoch sample order comes from " + by +
                (from_entropy ? "seeded from the run's entropy (no global seed: tf.random.set_seed was not called)"
                              : "seeded (" + std::to_string(kernel->seed()) + ", " + std::to_string(kernel->seed2()) + ") from the global seed");
    }
    for (const std::string& r : dropout_rules) rule += "; " + r;
    from_entropy = from_entropy || dropout_from_entropy;
    std::vector<int64_t> sizes;
    for (auto& w : m.weights()) sizes.push_back(w->value.t.size());
    const std::string note = order_note(in, m, pinned, m.optimizer->unpinned_reason(sizes));
    if (!note.empty()) rule += "; " + note;
    for (auto& w : m.weights()) w->value.prov = with_rule(w->value.prov, rule + (w->value.prov && !w->value.prov->rule.empty() ? "; initial weights" : ""), from_entropy);
    if (auto& emit = in.runtime().on_series) {
        emit(in.current_line(), "loss", history[0]);
        if (has_val) emit(in.current_line(), "val_loss", history[n_keys]);
    }
    auto floats = [&](const std::vector<double>& vs) {
        std::vector<Value> out;
        auto prov = m.weights().empty() ? nullptr : m.weights()[0]->value.prov;
        for (double v : vs) out.push_back(Value::floating(v, prov));
        return lang::make_list(std::move(out));
    };
    auto h = std::make_shared<HistoryObj>();
    auto dict = std::make_shared<lang::DictObj>();
    for (size_t k = 0; k < keys.size(); ++k) dict->put(in, Value::str(keys[k]), floats(history[k]));
    h->history = Value::object(dict);
    std::vector<Value> epoch_numbers;
    for (int64_t e = 0; e < epochs_run; ++e) epoch_numbers.push_back(Value::integer(e));
    h->epoch = lang::make_list(std::move(epoch_numbers));
    return Value::object(h);
}

Value predict_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    static const lang::Signature sig24("predict(x, batch_size=None, verbose=0, steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False)");
    static const lang::Signature sig215("predict(x, batch_size=None, verbose='auto', steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False)");
    static const lang::Signature sig3("predict(x, batch_size=None, verbose='auto', steps=None, callbacks=None)");
    const std::vector<Value> p = by_version(in, sig24, sig215, sig3).bind(a);
    tf::TfValue out = predict_rows(in, m, p[0], batch_size_of(in, p[1]), "predict()", verbosity(in, p[2]));
    return numpy::make_ndarray(in, std::move(out.t), out.prov);
}

Value call_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    static const lang::Signature sig("__call__(inputs, training=None, mask=None)");
    const std::vector<Value> p = sig.bind(a);
    const Mode mode = !p[1].is_none() && in.truthy(p[1]) ? Mode::EagerTraining : Mode::Inference;
    return tf::make_eager(predict_rows(in, m, p[0], std::numeric_limits<int64_t>::max(), "calling a model", 0, mode));
}

Value evaluate_model(Interpreter& in, SequentialObj& m, CallArgs& a) {
    static const lang::Signature sig24("evaluate(x=None, y=None, batch_size=None, verbose=1, sample_weight=None, steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False, return_dict=False)");
    static const lang::Signature sig215("evaluate(x=None, y=None, batch_size=None, verbose='auto', sample_weight=None, steps=None, callbacks=None, max_queue_size=10, workers=1, use_multiprocessing=False, return_dict=False)");
    static const lang::Signature sig3("evaluate(x=None, y=None, batch_size=None, verbose='auto', sample_weight=None, steps=None, callbacks=None, return_dict=False)");
    const std::vector<Value> p = by_version(in, sig24, sig215, sig3).bind(a);
    if (!m.optimizer) throw lang::runtime_error("RuntimeError", "You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.");
    const int verbose = verbosity(in, p[3]);
    const Mat x = model_inputs(in, m, p[0], "evaluate() x");
    const Mat y = rows_of(in, p[1], "evaluate() y");
    require_supported(in, m);
    check_targets(in, m, x, y);
    resolve_accuracy(m.metrics, y.cols, output_width(m));
    if (!p[4].is_none() || !p[5].is_none() || !p[6].is_none()) refuse(in, "evaluate() with sample weights, steps or callbacks");
    const int64_t batch = batch_size_of(in, p[2]);
    Progress progress(in, verbose, x.rows == 0 ? 0 : (x.rows - 1) / batch + 1, 1, m.metrics_built);
    const Tracker t = evaluate_rows(in, m, x, y, 0, x.rows, batch, &progress);
    m.metrics_built = m.metrics_built || x.rows > 0;
    lang::ProvenancePtr prov = m.weights().empty() ? nullptr : m.weights()[0]->value.prov;
    const std::string note = order_note(in, m, order_pinned(m, std::min(batch, x.rows), false) && loss_order_pinned(m));
    if (!note.empty()) prov = with_rule(prov, "the mean loss; " + note, false);
    progress.finish(logs_of(t, m.metrics), prov);
    if (m.metrics.empty()) return Value::floating(static_cast<double>(t.loss.result()), prov);
    std::vector<Value> out{Value::floating(static_cast<double>(t.loss.result()), prov)};
    for (auto& mt : t.metrics) out.push_back(Value::floating(static_cast<double>(mt.result()), prov));
    return lang::make_list(std::move(out));
}

}  // namespace seedlab::libs::keras
