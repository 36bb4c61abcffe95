// The stateless random ops (ops/stateless_random_ops.py): the shape-[2] seed is
// scrambled into a Philox key/counter (GenerateKey) and the fill starts there; no state
// is read or advanced, so the same seed and shape always give the same numbers. Also
// stateless_split, stateless_fold_in and stateless_shuffle.
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/kernel_fill.hpp"
#include "libs/tensorflow/kernel_multinomial.hpp"
#include "libs/tensorflow/kernel_shuffle.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

template <class T>
Tensor tensor_of(const std::vector<T>& values, const tensor::Shape& shape, DType dtype) {
    Tensor t(dtype, shape);
    for (size_t i = 0; i < values.size(); ++i) t.set(static_cast<int64_t>(i), tensor::Scalar::of(values[i]));
    return t;
}

tensor::Shape shape_of(const TfValue& v) {
    tensor::Shape s;
    for (int64_t i = 0; i < v.t.size(); ++i) s.push_back(v.t.get(i).i);
    return s;
}

// The seed input of a stateless op: two int32/int64 values, sign-extended to uint64.
struct StatelessSeed {
    uint64_t s0, s1;
    std::string text;
};

StatelessSeed read_seed(Interpreter& in, const TfValue& seed) {
    if (seed.t.ndim() != 1 || seed.t.size() != 2 ||
        (seed.t.dtype() != DType::Int32 && seed.t.dtype() != DType::Int64))
        throw invalid_argument(
                                  "seed must have shape [2], not [" + std::to_string(seed.t.size()) + "]");
    (void)in;
    const int64_t a = seed.t.get(0).i, b = seed.t.get(1).i;
    return {static_cast<uint64_t>(a), static_cast<uint64_t>(b), "[" + std::to_string(a) + ", " + std::to_string(b) + "]"};
}

rng::TfPhiloxRandom keyed(const StatelessSeed& s) {
    const auto kc = rng::tf_stateless_key_counter(s.s0, s.s1);
    return rng::TfPhiloxRandom(kc.counter, kc.key);
}

std::string stateless_rule(const StatelessSeed& s) {
    return "a stateless op: its numbers depend only on the seed " + s.text +
           " (scrambled into a Philox key and counter) and the shape, never on global state";
}

void check_alg(Interpreter& in, const Value& alg) {
    if (alg.is_none()) return;
    if (auto* s = alg.as<lang::StrObj>()) {
        if (s->s == "auto_select" || s->s == "philox") return;
        if (s->s == "threefry") unsupported(in, "alg='threefry' (an XLA-only algorithm)");
    }
    if (alg.is_int() && (alg.small_int() == 1 || alg.small_int() == 3)) return;
    unsupported(in, "this alg= value");
}

// kind: "uniform", "normal", "truncated", "full" (UniformFullInt), "int" (UniformInt).
Value stateless_op(Interpreter& in, const std::string& kind, const std::string& api, DType dtype, const Value& shape_t,
                   const std::optional<tensor::Shape>& shape, const Value& seed_t, const std::vector<Value>& bounds) {
    OpSpec spec;
    spec.type = kind == "uniform" ? "StatelessRandomUniform" : kind == "normal" ? "StatelessRandomNormal"
                : kind == "truncated" ? "StatelessTruncatedNormal" : kind == "full" ? "StatelessRandomUniformFullInt"
                : "StatelessRandomUniformInt";
    spec.dtype = dtype;
    spec.shape = shape;
    spec.fn = [kind, api, dtype](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        const tensor::Shape out_shape = shape_of(v[0]);
        const int64_t n = tensor::shape_size(out_shape);
        i.count_elements(n);
        const StatelessSeed seed = read_seed(i, v[1]);
        const rng::TfPhiloxRandom gen = keyed(seed);
        Tensor t;
        if (kind == "uniform" || kind == "normal" || kind == "truncated") {
            t = fill_float_tensor(gen, kind == "uniform" ? FloatDist::Uniform : kind == "normal" ? FloatDist::Normal : FloatDist::TruncatedNormal, dtype,
                                  out_shape);
        } else if (kind == "full") {
            if (tensor::itemsize(dtype) == 4) {
                auto w = fill_full_int32(gen, n);
                t = dtype == DType::Int32 ? tensor_of(std::vector<int32_t>(w.begin(), w.end()), out_shape, dtype)
                                          : tensor_of(w, out_shape, dtype);
            } else {
                auto w = fill_full_int64(gen, n);
                t = dtype == DType::Int64 ? tensor_of(std::vector<int64_t>(w.begin(), w.end()), out_shape, dtype)
                                          : tensor_of(w, out_shape, dtype);
            }
        } else {
            const int64_t lo = v[2].t.get(0).i, hi = v[3].t.get(0).i;
            if (n > 0 && !(lo < hi))
                throw invalid_argument(
                                          "Need minval < maxval: " + std::to_string(lo) + " >= " + std::to_string(hi));
            t = dtype == DType::Int32
                    ? tensor_of(fill_uniform_int32(gen, n, static_cast<int32_t>(lo), static_cast<int32_t>(hi)), out_shape, dtype)
                    : tensor_of(fill_uniform_int64(gen, n, lo, hi), out_shape, dtype);
        }
        return TfValue{t, keyed_provenance(api, gen, seed.text, stateless_rule(seed))};
    };
    std::vector<Value> inputs = {shape_t, seed_t};
    inputs.insert(inputs.end(), bounds.begin(), bounds.end());
    return emit(in, spec, inputs);
}

Value seed_tensor(Interpreter& in, const Value& seed) { return convert_to_tensor(in, seed, std::nullopt, "seed"); }

Value add_named(Interpreter& in, const Value& x, const Value& y, const NameScope& scope) {
    if (executing_eagerly(in)) return binary_math(in, "+", x, y);
    return binary_math(in, "+", x, y, Value::str(scope.op_name() + "/"));
}

// Arguments after [p] index [first]: (dtype, name[, alg]).
void check_tail_alg(Interpreter& in, const Params& p, size_t alg_index) {
    if (p.size() > alg_index) check_alg(in, p[alg_index]);
}

Value uniform_impl(Interpreter& in, const Value& shape_v, const Value& seed, Value minval, Value maxval, DType dtype,
                   const Value& name) {
    const bool integer = tensor::is_integer(dtype);
    const bool full_int_allowed = !is_tf1(state(in).version);
    if (integer) {
        // TF raises ValueError here, worded differently across versions.
        if (minval.is_none() != maxval.is_none() || (minval.is_none() && !full_int_allowed))
            unsupported(in, "an integer stateless_uniform without both minval and maxval (TensorFlow raises ValueError)");
    } else if (dtype != DType::Float32 && dtype != DType::Float64) {
        unsupported(in, "tf.random.stateless_uniform with dtype " + dtype_name(dtype));
    } else if (maxval.is_none()) {
        maxval = Value::integer(1);
    }
    NameScope scope(in, name, "stateless_random_uniform");
    std::optional<tensor::Shape> shape;
    Value shape_t = shape_tensor(in, shape_v, shape);
    Value seed_t = seed_tensor(in, seed);
    if (integer && minval.is_none()) return stateless_op(in, "full", "tf.random.stateless_uniform", dtype, shape_t, shape, seed_t, {});
    if (tensor::is_unsigned(dtype)) unsupported(in, "bounded stateless uniform integers of unsigned dtype");
    Value min_t = convert_to_tensor(in, minval, dtype, "min");
    Value max_t = convert_to_tensor(in, maxval, dtype, "max");
    if (integer)
        return stateless_op(in, "int", "tf.random.stateless_uniform", dtype, shape_t, shape, seed_t, {min_t, max_t});
    Value rnd = stateless_op(in, "uniform", "tf.random.stateless_uniform", dtype, shape_t, shape, seed_t, {});
    return add_named(in, binary_math(in, "*", rnd, binary_math(in, "-", max_t, min_t)), min_t, scope);
}

Value normal_impl(Interpreter& in, const Params& p, const char* scope_name, const char* kind, const char* api) {
    const DType dtype = to_tf_dtype(in, p[4], DType::Float32);
    if (dtype != DType::Float32 && dtype != DType::Float64) unsupported(in, std::string(api) + " with dtype " + dtype_name(dtype));
    check_tail_alg(in, p, 6);
    NameScope scope(in, p[5], scope_name);
    std::optional<tensor::Shape> shape;
    Value shape_t = shape_tensor(in, p[0], shape);
    Value seed_t = seed_tensor(in, p[1]);
    Value mean_t = convert_to_tensor(in, p[2], dtype, "mean");
    Value stddev_t = convert_to_tensor(in, p[3], dtype, "stddev");
    Value rnd = stateless_op(in, kind, api, dtype, shape_t, shape, seed_t, {});
    return add_named(in, binary_math(in, "*", rnd, stddev_t), mean_t, scope);
}

}  // namespace

// (shape, seed, minval, maxval, dtype, name[, alg])
Value api_stateless_uniform(Interpreter& in, const Params& p) {
    check_tail_alg(in, p, 6);
    return uniform_impl(in, p[0], p[1], p[2], p[3], to_tf_dtype(in, p[4], DType::Float32), p[5]);
}

// (shape, seed, mean, stddev, dtype, name[, alg])
Value api_stateless_normal(Interpreter& in, const Params& p) {
    return normal_impl(in, p, "stateless_random_normal", "normal", "tf.random.stateless_normal");
}

Value api_stateless_truncated_normal(Interpreter& in, const Params& p) {
    return normal_impl(in, p, "stateless_truncated_normal", "truncated", "tf.random.stateless_truncated_normal");
}

// (seed, num[, alg]): stateless_random_uniform([num, 2], seed, dtype=seed.dtype, minval=None, maxval=None)
Value api_stateless_split(Interpreter& in, const Params& p) {
    check_tail_alg(in, p, 2);
    Value seed = convert_to_tensor(in, p[0], std::nullopt, "seed");
    const int64_t num = lang::arg_int(in, p[1], "num");
    return uniform_impl(in, lang::make_list({Value::integer(num), Value::integer(2)}), seed, Value::none(), Value::none(),
                        tensor_dtype(seed), Value::none());
}

// (seed, data[, alg]): stack([stateless_random_uniform([], seed, dtype=data.dtype), data])
Value api_stateless_fold_in(Interpreter& in, const Params& p) {
    check_tail_alg(in, p, 2);
    if (!executing_eagerly(in)) unsupported(in, "stateless_fold_in in graph mode");
    Value data = convert_to_tensor(in, p[1], std::nullopt, "data");
    Value first = uniform_impl(in, lang::make_list({}), p[0], Value::none(), Value::none(), tensor_dtype(data), Value::none());
    const TfValue a = as_eager(first)->v, b = as_eager(data)->v;
    if (b.t.ndim() != 0) unsupported(in, "stateless_fold_in with non-scalar data");
    Tensor out(a.t.dtype(), {2});
    out.set(0, a.t.get(0));
    out.set(1, b.t.get(0));
    return make_eager({out, a.prov});
}

// (value, seed, alg, name)
Value api_stateless_shuffle(Interpreter& in, const Params& p) {
    check_alg(in, p[2]);
    NameScope scope(in, p[3], "stateless_shuffle");
    Value value = convert_to_tensor(in, p[0], std::nullopt, "value");
    Value seed_t = seed_tensor(in, p[1]);
    auto shape = tensor_shape(value);
    if (shape && shape->empty()) unsupported(in, "stateless_shuffle of a scalar");
    OpSpec spec;
    spec.type = "StatelessShuffle";
    spec.dtype = tensor_dtype(value);
    spec.shape = shape;
    spec.fn = [](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        const Tensor& x = v[0].t;
        const int64_t n = x.shape()[0];
        if (x.size() <= 1 || n <= 1) return TfValue{x, v[0].prov};
        const StatelessSeed seed = read_seed(i, v[1]);
        const rng::TfPhiloxRandom gen = keyed(seed);
        const std::vector<int64_t> perm = shuffle_permutation(gen, n);
        Tensor out(x.dtype(), x.shape());
        const int64_t row = x.size() / n;
        Tensor src = x.contiguous();
        for (int64_t r = 0; r < n; ++r)
            for (int64_t c = 0; c < row; ++c) out.set(r * row + c, src.get(perm[static_cast<size_t>(r)] * row + c));
        return TfValue{out, keyed_provenance("tf.random.experimental.stateless_shuffle", gen, seed.text, stateless_rule(seed))};
    };
    return emit(in, spec, {value, seed_t});
}

}  // namespace seedlab::libs::tf

namespace seedlab::libs::tf {

// (logits, num_samples, seed, dtype, name): StatelessMultinomial with the seed's key and
// counter (stateless_random_ops.py stateless_multinomial).
Value api_stateless_categorical(Interpreter& in, const Params& p) {
    NameScope scope(in, p[4], "stateless_categorical");
    Value logits = convert_to_tensor(in, p[0], std::nullopt, "logits");
    Value seed_t = seed_tensor(in, p[2]);
    const int64_t num_samples = lang::arg_int(in, p[1], "num_samples");
    const DType out_dtype = to_tf_dtype(in, p[3], DType::Int64);
    if (out_dtype != DType::Int32 && out_dtype != DType::Int64) unsupported(in, "stateless_categorical with dtype " + dtype_name(out_dtype));
    auto shape = tensor_shape(logits);
    if (shape && shape->size() != 2) throw lang::value_error("Shape must be rank 2 but is rank " + std::to_string(shape->size()));
    OpSpec spec;
    spec.type = "StatelessMultinomial";
    spec.dtype = out_dtype;
    if (shape) spec.shape = tensor::Shape{(*shape)[0], num_samples};
    spec.fn = [num_samples, out_dtype](Interpreter& i, const std::vector<TfValue>& v, Kernel*) {
        const Tensor x = v[0].t.astype(DType::Float64).contiguous();
        const int64_t batch = x.shape()[0], classes = x.shape()[1];
        if (classes == 0) throw lang::value_error("num_classes should be positive, got 0");
        const StatelessSeed seed = read_seed(i, v[1]);
        const rng::TfPhiloxRandom gen = keyed(seed);
        std::vector<double> logits(x.data<double>(), x.data<double>() + x.size());
        const std::vector<int64_t> samples = multinomial_samples(gen, logits, batch, classes, num_samples);
        Tensor out(out_dtype, {batch, num_samples});
        for (size_t k = 0; k < samples.size(); ++k) out.set(static_cast<int64_t>(k), tensor::Scalar::int64(samples[k]).cast(out_dtype));
        auto prov = keyed_provenance("tf.random.stateless_categorical", gen, seed.text, stateless_rule(seed));
        return TfValue{out, multinomial_single_shard(batch, classes, num_samples) ? prov : with_note(prov, kShardedMultinomialNote)};
    };
    return emit(in, spec, {logits, seed_t});
}

}  // namespace seedlab::libs::tf
