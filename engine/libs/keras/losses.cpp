// Keras's losses and metrics in float32. See losses.hpp. Sources: TF 2.4's keras/losses.py,
// keras/backend.py binary_crossentropy, python/ops/nn_impl.py
// sigmoid_cross_entropy_with_logits, math_grad.py; Keras 2.15 and Keras 3 (keras/src/losses,
// backend/tensorflow/nn.py binary_crossentropy, compile_utils.get_metric).
#include "libs/keras/losses.hpp"

#include <algorithm>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/kernel_reduce.hpp"
#include "math/libm.hpp"

namespace seedlab::libs::keras {

using lang::Interpreter;
using lang::Value;

namespace {

constexpr const char* kLossClasses[] = {"MeanSquaredError", "MeanAbsoluteError", "BinaryCrossentropy", "CategoricalCrossentropy",
                                        "SparseCategoricalCrossentropy", nullptr};
constexpr float kEpsilon = 1e-7f;  // backend.epsilon()

Loss named_loss(Interpreter& in, const std::string& s) {
    if (s == "mse" || s == "mean_squared_error" || s == "MSE") return {LossKind::MSE, false};
    if (s == "mae" || s == "mean_absolute_error" || s == "MAE") return {LossKind::MAE, false};
    if (s == "binary_crossentropy") return {LossKind::BCE, false};
    if (s == "categorical_crossentropy") return {LossKind::CCE, false};
    if (s == "sparse_categorical_crossentropy") return {LossKind::SCCE, false};
    throw lang::unsupported("the loss '" + s + "' (mse, mae and the cross-entropies are emulated)", in.current_line());
}

// Per-element loss terms of one row, then their mean (the Eigen sum over the last axis / width).
template <class F>
float row_mean(const Mat& p, int64_t b, F term) {
    std::vector<float> t(static_cast<size_t>(p.cols));
    for (int64_t j = 0; j < p.cols; ++j) t[static_cast<size_t>(j)] = term(j);
    return tf::eigen_sum_f32(t.data(), p.cols) / static_cast<float>(p.cols);
}

// mean_squared_error and mean_absolute_error of row b: the loss and the metric alike.
float row_mse(const Mat& p, const Mat& y, int64_t b) {
    return row_mean(p, b, [&](int64_t j) { const float d = p.row(b)[j] - y.row(b)[j]; return d * d; });
}
float row_mae(const Mat& p, const Mat& y, int64_t b) {
    return row_mean(p, b, [&](int64_t j) { const float d = p.row(b)[j] - y.row(b)[j]; return d < 0 ? -d : d; });
}

// sigmoid_cross_entropy_with_logits: (relu(z) - z*y) + log1p(exp(-|z|)).
float bce_logits(float z, float y) {
    const bool pos = z >= 0.0f;
    const float relu = pos ? z : 0.0f;
    const float neg_abs = pos ? -z : z;
    return (relu - z * y) + math::log1pf(math::expf(neg_abs));
}

// Binary cross-entropy of a probability: -(y*log(pc + e) + (1 - y)*log((1 - pc) + e)),
// pc = clip(p, 1e-7, 1 - 1e-7); e = 1e-7 in Keras 2, absent in Keras 3.
float bce_probability(float p, float y, bool keras3) {
    const float pc = p < kEpsilon ? kEpsilon : (p > 1.0f - kEpsilon ? 1.0f - kEpsilon : p);
    const float e = keras3 ? 0.0f : kEpsilon;
    float bce = y * math::logf(keras3 ? pc : pc + e);
    bce = bce + (1.0f - y) * math::logf(keras3 ? 1.0f - pc : (1.0f - pc) + e);
    return -bce;
}

float bce_probability_grad(float p, float y, float g, bool keras3) {
    if (p < kEpsilon || p > 1.0f - kEpsilon) return 0.0f;  // clip_by_value passes no gradient outside
    const float e = keras3 ? 0.0f : kEpsilon;
    const float t1 = ((-g) * y) * (1.0f / (keras3 ? p : p + e));
    const float t2 = ((-g) * (1.0f - y)) * (1.0f / (keras3 ? 1.0f - p : (1.0f - p) + e));
    return t1 + -t2;
}

// SoftmaxXentWithLogits on one row: the row's max, and the sum of exp(z - max).
struct Xent {
    float max = 0, sum = 0;
};

Xent xent_row(const float* z, int64_t n) {
    Xent x{z[0], 0.0f};
    for (int64_t j = 1; j < n; ++j) x.max = z[j] > x.max ? z[j] : x.max;
    for (int64_t j = 0; j < n; ++j) x.sum = x.sum + math::expf(z[j] - x.max);
    return x;
}

// The row's labels as a probability vector: one-hot for a sparse label.
float label_at(const Loss& loss, const float* y, int64_t j) { return loss.kind == LossKind::SCCE ? (static_cast<int64_t>(y[0]) == j ? 1.0f : 0.0f) : y[j]; }

}  // namespace

Loss loss_from(Interpreter& in, const Value& spec) {
    if (auto* s = spec.as<lang::StrObj>()) return named_loss(in, s->s);
    if (auto* o = spec.as<LossObj>()) return o->loss;
    if (spec.is_none()) throw lang::unsupported("compile() without a loss", in.current_line());
    throw lang::unsupported("the loss " + in.repr(spec) + " (give its name or a keras.losses object)", in.current_line());
}

const char* const* loss_class_names() { return kLossClasses; }

Value loss_class(const std::string& name) {
    return Value::object(std::make_shared<lang::TypeObj>(name, [name](Interpreter& in, lang::CallArgs& a) {
        auto o = std::make_shared<LossObj>();
        o->cls = name;
        if (name == "CategoricalCrossentropy" || name == "SparseCategoricalCrossentropy") {
            lang::CallArgs rest;
            bool from_logits = false;
            for (auto& [k, v] : a.kw) {
                if (k == "from_logits") from_logits = in.truthy(v);
                else if (k == "label_smoothing" && lang::arg_float(in, v, "label_smoothing") != 0.0)
                    throw lang::unsupported(name + "(label_smoothing=...)", in.current_line());
                else if (k == "ignore_class" && !v.is_none()) throw lang::unsupported(name + "(ignore_class=...)", in.current_line());
                else if (k == "axis" && !(v.is_int() && v.small_int() == -1)) throw lang::unsupported(name + "(axis=...)", in.current_line());
            }
            if (!a.pos.empty()) from_logits = in.truthy(a.pos[0]);
            o->loss = {name == "CategoricalCrossentropy" ? LossKind::CCE : LossKind::SCCE, from_logits};
        } else if (name == "BinaryCrossentropy") {
            static const lang::Signature sig("BinaryCrossentropy(from_logits=False, label_smoothing=0.0, axis=-1, reduction='auto', name='binary_crossentropy')");
            const std::vector<Value> p = sig.bind(a);
            if (lang::arg_float(in, p[1], "label_smoothing") != 0.0) throw lang::unsupported("BinaryCrossentropy(label_smoothing=...)", in.current_line());
            if (!(p[2].is_int() && p[2].small_int() == -1)) throw lang::unsupported("BinaryCrossentropy(axis=...)", in.current_line());
            o->loss = {LossKind::BCE, in.truthy(p[0])};
        } else {
            static const lang::Signature sig("Loss(reduction='auto', name=None)");
            sig.bind(a);
            o->loss = {name == "MeanSquaredError" ? LossKind::MSE : LossKind::MAE, false};
        }
        return Value::object(o);
    }));
}

bool takes_logits(const Loss& loss, const std::string& last_activation) {
    if (loss.from_logits) return false;
    if (loss.kind == LossKind::BCE) return last_activation == "sigmoid";
    if (loss.kind == LossKind::CCE || loss.kind == LossKind::SCCE) return last_activation == "softmax";
    return false;
}

float batch_loss(const Loss& loss, const Mat& p, const Mat& y, bool logits, bool keras3) {
    std::vector<float> per_row(static_cast<size_t>(p.rows));
    for (int64_t b = 0; b < p.rows; ++b) {
        const float* pr = p.row(b);
        const float* yr = y.row(b);
        float v = 0;
        switch (loss.kind) {
            case LossKind::MSE: v = row_mse(p, y, b); break;
            case LossKind::MAE: v = row_mae(p, y, b); break;
            case LossKind::BCE:
                v = row_mean(p, b, [&](int64_t j) { return logits ? bce_logits(pr[j], yr[j]) : bce_probability(pr[j], yr[j], keras3); });
                break;
            case LossKind::CCE:
            case LossKind::SCCE: {  // sum(labels * (log(sum) - (z - max))) over the row
                const Xent x = xent_row(pr, p.cols);
                const float lse = math::logf(x.sum);
                std::vector<float> t(static_cast<size_t>(p.cols));
                for (int64_t j = 0; j < p.cols; ++j) t[static_cast<size_t>(j)] = label_at(loss, yr, j) * (lse - (pr[j] - x.max));
                v = tf::eigen_sum_f32(t.data(), p.cols);
                break;
            }
        }
        per_row[static_cast<size_t>(b)] = v;
    }
    return tf::eigen_sum_f32(per_row.data(), p.rows) / static_cast<float>(p.rows);
}

Mat batch_loss_grad(const Loss& loss, const Mat& p, const Mat& y, bool logits, bool keras3) {
    Mat out(p.rows, p.cols);
    if (loss.kind == LossKind::CCE || loss.kind == LossKind::SCCE) {
        // div_no_nan(1, rows) times the kernel's backprop exp(z - max) / sum - labels.
        const float g = 1.0f / static_cast<float>(p.rows);
        for (int64_t b = 0; b < p.rows; ++b) {
            const float* pr = p.row(b);
            const Xent x = xent_row(pr, p.cols);
            for (int64_t j = 0; j < p.cols; ++j)
                out.row(b)[j] = g * (math::expf(pr[j] - x.max) / x.sum - label_at(loss, y.row(b), j));
        }
        return out;
    }
    // div_no_nan(1, rows) reaches every row's mean, whose gradient divides by the width.
    const float g = (1.0f / static_cast<float>(p.rows)) / static_cast<float>(p.cols);
    for (size_t i = 0; i < p.v.size(); ++i) {
        const float pv = p.v[i], yv = y.v[i];
        switch (loss.kind) {
            case LossKind::MSE: out.v[i] = (2.0f * g) * (pv - yv); break;  // SquaredDifference's gradient
            case LossKind::MAE: {
                const float d = pv - yv;
                out.v[i] = g * (d > 0 ? 1.0f : (d < 0 ? -1.0f : 0.0f));  // Abs: grad * sign(x)
                break;
            }
            case LossKind::CCE:
            case LossKind::SCCE: break;  // handled above
            case LossKind::BCE: {
                if (!logits) {
                    out.v[i] = bce_probability_grad(pv, yv, g, keras3);
                    break;
                }
                // The gradients of where(z >= 0, z, 0), -z*y and log1p(exp(where(z >= 0, -z, z))).
                const bool pos = pv >= 0.0f;
                const float e = math::expf(pos ? -pv : pv);
                const float g2 = (g * (1.0f / (1.0f + e))) * e;
                out.v[i] = ((pos ? g : 0.0f) + (-g) * yv) + (pos ? -g2 : g2);
                break;
            }
        }
    }
    return out;
}

std::vector<Metric> metrics_from(Interpreter& in, const Value& spec) {
    std::vector<Metric> out;
    if (spec.is_none()) return out;
    for (const Value& v : in.to_list(spec)) {
        auto* s = v.as<lang::StrObj>();
        if (!s) throw lang::unsupported("a metric given as " + in.type_name(v) + " (give metric names)", in.current_line());
        const std::string& n = s->s;
        if (n == "accuracy" || n == "acc") out.push_back({n, MetricKind::BinaryAccuracy});
        else if (n == "binary_accuracy") out.push_back({n, MetricKind::BinaryAccuracy});
        else if (n == "mae" || n == "mean_absolute_error") out.push_back({n, MetricKind::MAE});
        else if (n == "mse" || n == "mean_squared_error") out.push_back({n, MetricKind::MSE});
        else throw lang::unsupported("the metric '" + n + "' (accuracy, mae and mse are emulated)", in.current_line());
    }
    return out;
}

void resolve_accuracy(std::vector<Metric>& metrics, int64_t target_width, int64_t output_width) {
    for (auto& m : metrics) {
        if (m.name != "accuracy" && m.name != "acc") continue;
        // compile_utils: binary when the output has one unit; sparse categorical when the
        // targets have one column and the output several; categorical otherwise.
        if (output_width == 1) m.kind = MetricKind::BinaryAccuracy;
        else if (target_width == 1) m.kind = MetricKind::SparseCategoricalAccuracy;
        else m.kind = MetricKind::CategoricalAccuracy;
    }
}

std::vector<float> metric_values(const Metric& m, const Mat& p, const Mat& y) {
    std::vector<float> out(static_cast<size_t>(p.rows));
    auto argmax = [](const float* r, int64_t n) {
        int64_t best = 0;
        for (int64_t j = 1; j < n; ++j)
            if (r[j] > r[best]) best = j;
        return best;
    };
    for (int64_t b = 0; b < p.rows; ++b) {
        const float* pr = p.row(b);
        const float* yr = y.row(b);
        switch (m.kind) {
            case MetricKind::BinaryAccuracy:
                out[static_cast<size_t>(b)] = row_mean(p, b, [&](int64_t j) { return yr[j] == (pr[j] > 0.5f ? 1.0f : 0.0f) ? 1.0f : 0.0f; });
                break;
            case MetricKind::SparseCategoricalAccuracy:
                out[static_cast<size_t>(b)] = static_cast<float>(argmax(pr, p.cols)) == yr[0] ? 1.0f : 0.0f;
                break;
            case MetricKind::CategoricalAccuracy:
                out[static_cast<size_t>(b)] = argmax(pr, p.cols) == argmax(yr, y.cols) ? 1.0f : 0.0f;
                break;
            case MetricKind::MAE: out[static_cast<size_t>(b)] = row_mae(p, y, b); break;
            case MetricKind::MSE: out[static_cast<size_t>(b)] = row_mse(p, y, b); break;
        }
    }
    return out;
}

}  // namespace seedlab::libs::keras
