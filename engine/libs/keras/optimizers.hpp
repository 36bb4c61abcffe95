// Keras's optimizers as objects, per emulated version: Adam, SGD, RMSprop and Adagrad with
// each version's arguments and defaults (spec/keras-fit.md s1.2, s4, s5; tests/tf/NOTES.md):
// TF 2.4's OptimizerV2 (the lr= alias accepted silently, float32 hyperparameters,
// `epsilon or 1e-7`), Keras 2.15's new optimizers (lr= logged and dropped, legacy names
// raise) and Keras 3's (lr= raises). The slots and iteration count live in the object and
// carry over between fit calls that use it; 'adam', 'sgd', 'rmsprop' and 'adagrad' in
// compile() make a fresh default one. The arithmetic is update_rules.hpp's.
// What it is not: centered RMSprop, weight decay, clipping, EMA, loss scaling,
// schedules: those raise the playground's "not supported" error.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/interpreter.hpp"
#include "libs/keras/update_rules.hpp"
#include "libs/tensorflow/tf_state.hpp"

namespace seedlab::libs::keras {

enum class OptimizerKind { Adam, SGD, RMSprop, Adagrad };

struct OptimizerObj : lang::Obj {
    OptimizerKind kind = OptimizerKind::Adam;
    UpdateFlavor flavor = UpdateFlavor::TF24;
    std::string cls;                 // "Adam", "SGD", ...
    float learning_rate = 0.001f;
    float beta_1 = 0.9f, beta_2 = 0.999f, c1 = 0, c2 = 0;  // Adam: the betas and the factors 1 - beta
    float momentum = 0, rho = 0.9f, one_minus_rho = 0;     // SGD, RMSprop
    bool nesterov = false;
    bool amsgrad = false;                                  // Adam
    float initial_accumulator = 0.1f;                      // Adagrad
    float epsilon = 1e-7f;
    double epsilon_py = 1e-7;                              // as given, for the attribute
    int64_t iterations = 0;
    std::map<const void*, std::vector<std::vector<float>>> slots;  // per variable

    std::string type_name() const override { return cls; }
    bool get_attr(lang::Interpreter& in, const std::string& name, lang::Value& out) override;

    // One step over [vars] with their gradients, in order; then iterations += 1.
    void apply(const std::vector<tensor::Tensor*>& vars, const std::vector<std::vector<float>>& grads);
    // Empty when TF's float32 result for variables of these sizes is pinned down, else why not.
    std::string unpinned_reason(const std::vector<int64_t>& sizes) const;
};

// The class objects keras.optimizers.<name> of the process's version; names() lists them.
const char* const* optimizer_names();
lang::Value optimizer_class(const std::string& name);
// compile(optimizer=...): an optimizer object, or its name ("adam", "sgd", ...).
std::shared_ptr<OptimizerObj> optimizer_from(lang::Interpreter& in, const lang::Value& spec);

}  // namespace seedlab::libs::keras
