// keras.callbacks.EarlyStopping as each version runs it at the end of every epoch of fit:
// TF 2.4 (keras/callbacks.py at 4fd825ddf9: best reset per fit, `'acc' in monitor` picks
// max in auto mode, stops when wait reaches patience, restores the best weights only when
// it stops), Keras 2.15 (v2.15.0: start_from_epoch, wait counted before the check, no stop
// in epoch 0) and Keras 3 (v3.0.0+: the direction from the metric, comparisons in float32,
// best kept across fits, best weights restored at the end of training whether it stopped
// or not). With verbose > 0 it prints Keras's lines ("Epoch 5: early stopping").
// What it is not: other callbacks (they raise the playground's "not supported" error).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/tensorflow/tf_state.hpp"
#include "tensor/tensor.hpp"

namespace seedlab::libs::keras {

struct EarlyStoppingObj : lang::Obj {
    tf::Version version = tf::Version::V2_16;
    std::string monitor = "val_loss", mode = "auto";
    double min_delta = 0;
    int64_t patience = 0, verbose = 0, start_from_epoch = 0;
    std::optional<double> baseline;
    bool restore_best_weights = false;
    // State.
    std::optional<bool> greater;  // monitor_op: np.greater / ops.greater when true
    double best = 0;
    int64_t wait = 0, stopped_epoch = 0, best_epoch = 0;
    std::optional<std::vector<tensor::Tensor>> best_weights;

    std::string type_name() const override { return "EarlyStopping"; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;

    // The model's hooks: [metric_up] tells Keras 3 whether a compiled metric of that name
    // grows when it improves (nullopt when no such metric).
    void on_train_begin(lang::Interpreter& in);
    // Returns true when training should stop. [weights] are the model's, read and written.
    // [logs] are History's keys and this epoch's values, in Keras's order.
    bool on_epoch_end(lang::Interpreter& in, int64_t epoch, const std::vector<std::pair<std::string, double>>& logs,
                      const std::optional<bool>& metric_up, const std::vector<tensor::Tensor*>& weights);
    void on_train_end(lang::Interpreter& in, const std::vector<tensor::Tensor*>& weights);
};

// The class objects of keras.callbacks (EarlyStopping).
lang::Value early_stopping_class();

}  // namespace seedlab::libs::keras
