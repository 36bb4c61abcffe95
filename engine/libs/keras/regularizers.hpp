// keras.regularizers L1, L2 and L1L2 (and l1 / l2 / l1_l2, and their names in Dense's
// kernel_regularizer / bias_regularizer): the penalty Keras adds to the training loss,
// l1 * sum(|w|) + l2 * sum(w^2) in float32 (TF 2.4 regularizers.py, Keras 3
// regularizers.py), and its gradient l1 * sign(w) + l2 * (w * 2).
// What it is not: activity regularizers, orthogonal regularizers, custom callables.
#pragma once

#include <vector>

#include "lang/interpreter.hpp"

namespace seedlab::libs::keras {

struct RegularizerObj : lang::Obj {
    std::string cls;  // "L1", "L2", "L1L2"
    float l1 = 0, l2 = 0;
    double l1_py = 0, l2_py = 0;
    std::string type_name() const override { return cls; }
    bool get_attr(lang::Interpreter& in, const std::string& attr, lang::Value& out) override;

    float penalty(const float* w, int64_t n) const;
    // grad[i] += the penalty's gradient at w[i] (added after the loss's gradient).
    void add_gradient(const float* w, float* grad, int64_t n) const;
};

const char* const* regularizer_names();  // L1, L2, L1L2, l1, l2, l1_l2
lang::Value regularizer_class(const std::string& name);
// Dense(kernel_regularizer=...): None, a regularizer object or its name.
std::shared_ptr<RegularizerObj> regularizer_from(lang::Interpreter& in, const lang::Value& spec);

}  // namespace seedlab::libs::keras
