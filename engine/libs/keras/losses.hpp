// Keras's losses and metrics for training and evaluation: mean squared error, mean absolute
// error, binary cross-entropy (with Keras's use of a sigmoid output's logits: TF 2.4's
// `output.op.type == 'Sigmoid'` test, Keras 2.15/3's `_keras_logits`) and (sparse)
// categorical cross-entropy on a softmax output's logits or from_logits (TF's
// SoftmaxXentWithLogits kernels), as strings or as keras.losses objects; the metrics 'accuracy' (resolved from the shapes to binary,
// sparse categorical or categorical accuracy), 'mae' and 'mse'. Each loss gives its batch
// value (the mean over the last axis, then SUM_OVER_BATCH_SIZE) and its gradient; each
// metric its per-row values, which MeanMetricWrapper averages.
// What it is not: categorical cross-entropy on probabilities (no softmax, no from_logits),
// Huber and others, sample weights, label smoothing, metric objects: those raise the
// playground's "not supported" error.
#pragma once

#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/dense_batch.hpp"

namespace seedlab::libs::keras {

enum class LossKind { MSE, MAE, BCE, CCE, SCCE };  // ..., (sparse) categorical cross-entropy

struct Loss {
    LossKind kind = LossKind::MSE;
    bool from_logits = false;
};

struct LossObj : lang::Obj {
    std::string cls;
    Loss loss;
    std::string type_name() const override { return cls; }
};

// compile(loss=...): a name ("mse", "mean_absolute_error", "binary_crossentropy", ...) or
// a keras.losses object.
Loss loss_from(lang::Interpreter& in, const lang::Value& spec);
const char* const* loss_class_names();  // MeanSquaredError, MeanAbsoluteError, BinaryCrossentropy, (Sparse)CategoricalCrossentropy
lang::Value loss_class(const std::string& name);

// Whether the loss takes the last layer's pre-activation (sigmoid or softmax logits) instead of its output.
bool takes_logits(const Loss& loss, const std::string& last_activation);

// The batch loss of outputs [p] against [y], and its gradient w.r.t. [p]. For binary
// cross-entropy [logits] says whether [p] holds logits (from_logits=True, or a sigmoid's
// pre-activation) or probabilities, which Keras clips to [1e-7, 1 - 1e-7] (Keras 2 also adds
// 1e-7 inside the logs, Keras 3 does not).
float batch_loss(const Loss& loss, const Mat& p, const Mat& y, bool logits, bool keras3);
Mat batch_loss_grad(const Loss& loss, const Mat& p, const Mat& y, bool logits, bool keras3);

enum class MetricKind { BinaryAccuracy, SparseCategoricalAccuracy, CategoricalAccuracy, MAE, MSE };
struct Metric {
    std::string name;  // the History key, as given to compile()
    MetricKind kind;
};
// compile(metrics=[...]) names, resolved against the targets' and outputs' widths.
std::vector<Metric> metrics_from(lang::Interpreter& in, const lang::Value& spec);
void resolve_accuracy(std::vector<Metric>& metrics, int64_t target_width, int64_t output_width);
// Per-row metric values (what MeanMetricWrapper averages) of outputs [p] against [y].
std::vector<float> metric_values(const Metric& m, const Mat& p, const Mat& y);

}  // namespace seedlab::libs::keras
