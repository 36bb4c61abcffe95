// Seeding (tf.random.set_seed, tf.keras.utils.set_random_seed, op determinism) and the
// stateful random ops of ops/random_ops.py: uniform, normal, truncated_normal, shuffle,
// and nn.dropout. Each op is built as TF's Python wrapper builds it (the same constants
// and arithmetic ops, the same name scopes, get_seed at the same point), so graph-mode
// op counts and eager kernel-cache keys come out as in TF.
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/numpy_random.hpp"
#include "libs/numpy/ufunc.hpp"
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
    for (size_t i = 0; i < values.size(); ++i) t.data<T>()[i] = values[i];
    return t;
}

tensor::Shape shape_of(const TfValue& v) {
    tensor::Shape s;
    for (int64_t i = 0; i < v.t.size(); ++i) s.push_back(v.t.get(i).i);
    return s;
}

uint64_t new64(Interpreter& in) { return in.entropy_word("tensorflow random::New64"); }

// The kernel's generator for this run: created from the op's seeds on the first run,
// then ReserveRandomOutputs(n, 256).
rng::TfPhiloxRandom reserve(Interpreter& in, Kernel& k, const OpSeeds& seeds, uint64_t n, uint64_t multiplier = 256) {
    if (!k.philox) k.philox.emplace(seeds.pair.seed, seeds.pair.seed2, [&in] { return new64(in); });
    ++k.calls;
    return k.philox->reserve_random_outputs(n, multiplier);
}

std::string cache_key(const std::string& type, const OpSeeds& seeds, const std::string& attrs) {
    return type + "|seed=" + std::to_string(seeds.pair.seed) + "|seed2=" + std::to_string(seeds.pair.seed2) + "|" + attrs;
}

// One of RandomUniform / RandomStandardNormal / TruncatedNormal: a stateful kernel that
// fills [dtype] outputs of the shape given by its input.
Value random_float_op(Interpreter& in, const std::string& type, const std::string& api, DType dtype, const Value& shape_t,
                      const std::optional<tensor::Shape>& shape, const OpSeeds& seeds) {
    OpSpec spec;
    spec.type = type;
    spec.dtype = dtype;
    spec.shape = shape;
    spec.stateful = true;
    spec.cache_key = cache_key(type, seeds, "dtype=" + dtype_name(dtype) + "|T=" + dtype_name(tensor_dtype(shape_t)));
    spec.fn = [type, api, dtype, seeds](Interpreter& i, const std::vector<TfValue>& v, Kernel* k) {
        const tensor::Shape out_shape = shape_of(v[0]);
        const int64_t n = tensor::shape_size(out_shape);
        i.count_elements(n);
        const rng::TfPhiloxRandom gen = reserve(i, *k, seeds, static_cast<uint64_t>(n));
        const FloatDist dist = type == "RandomUniform" ? FloatDist::Uniform : type == "RandomStandardNormal" ? FloatDist::Normal : FloatDist::TruncatedNormal;
        Tensor t = fill_float_tensor(gen, dist, dtype, out_shape);
        return TfValue{t, random_provenance(api, gen, *k, seeds)};
    };
    return emit(in, spec, {shape_t});
}

DType float_dtype(Interpreter& in, const Value& v, const char* api) {
    DType d = to_tf_dtype(in, v, DType::Float32);
    if (d != DType::Float32 && d != DType::Float64) unsupported(in, std::string(api) + " with dtype " + dtype_name(d));
    return d;
}

// The `minval is 0` (TF 2.4) / `isinstance(minval, int) and minval == 0` (later) test
// of random_uniform: only Python ints qualify (bools too, in the isinstance form).
bool python_int_equal(Interpreter& in, const Value& v, int64_t what) {
    if (v.is_bool()) return state(in).version != Version::V2_4 && (v.as_bool() ? 1 : 0) == what;
    return v.is_int() && v.is_small_int() && v.small_int() == what;
}

// math_ops.add(x, y, name=scope) of a wrapper: the scope's own name in graph mode.
Value add_named(Interpreter& in, const Value& x, const Value& y, const std::string& scope_name) {
    if (executing_eagerly(in)) return binary_math(in, "+", x, y);
    return binary_math(in, "+", x, y, Value::str(scope_name + "/"));
}

}  // namespace

// ---- seeding ----------------------------------------------------------------------------

Value api_set_seed(Interpreter& in, const Params& p) {
    TfState& s = state(in);
    const Value& seed = p[0];
    std::optional<lang::BigInt> value;
    if (!seed.is_none()) {
        if (auto sc = numpy::as_numpy_scalar(seed); sc && tensor::is_integer(sc->dtype)) value = lang::BigInt(sc->i);
        else value = seed_int(in, seed, "the seed of tf.random.set_seed");
    }
    const std::string call = std::string(is_tf1(s.version) ? "set_random_seed(" : "tf.random.set_seed(") +
                             (value ? value->to_string() : "None") + ") " + on_line(in);
    if (executing_eagerly(in)) {
        // context._set_global_seed: _seed, _rng = random.Random(seed), clear the kernel cache.
        s.global_seed = value;
        s.seed_call = call;
        if (value) {
            const auto words = value->abs_words32();
            s.op_seeds.seed(words);
        } else {
            const uint64_t e = in.entropy_word("random.Random(None) of the eager context");
            const uint32_t words[2] = {static_cast<uint32_t>(e), static_cast<uint32_t>(e >> 32)};
            s.op_seeds.seed(words);
        }
        s.kernel_cache.clear();
        ++s.cache_clears;
    } else {
        Graph& g = current_graph(in);
        g.seed = value;
        g.seed_call = call;
    }
    return Value::none();
}

Value api_get_seed(Interpreter& in, const Params& p) {
    OpSeeds seeds = get_seed(in, p[0]);
    if (seeds.pair.seed == 0 && seeds.pair.seed2 == 0) return lang::make_tuple({Value::none(), Value::none()});
    return lang::make_tuple({Value::integer(seeds.pair.seed), Value::integer(seeds.pair.seed2)});
}

Value api_enable_op_determinism(Interpreter& in, const Params&) {
    state(in).determinism = true;
    return Value::none();
}

// tf.keras.utils.set_random_seed: Python's random, NumPy's legacy global RandomState
// and TensorFlow's global seed (Keras 2 also keeps a random.Random(seed) for initializers).
Value api_keras_set_random_seed(Interpreter& in, const Params& p) {
    const Value& seed = p[0];
    if (!seed.is_int())
        throw lang::value_error("Expected `seed` argument to be an integer. Received: seed=" + in.repr(seed) + " (of type " +
                                "<class '" + in.type_name(seed) + "'>)");
    Value random_module = in.import_module("random", in.current_line());
    in.call(in.get_attr(random_module, "seed"), std::vector<Value>{seed});
    Value np_random = numpy_random_module(in);
    in.call(in.get_attr(np_random, "seed"), std::vector<Value>{seed});
    api_set_seed(in, {seed});
    if (state(in).version == Version::V2_15)
        state(in).keras_seed_generator = in.call(in.get_attr(random_module, "Random"), std::vector<Value>{seed});
    return Value::none();
}

// ---- stateful random ops ---------------------------------------------------------------------

Value api_uniform(Interpreter& in, const Params& p) {
    TfState& s = state(in);
    const DType dtype = to_tf_dtype(in, p[3], DType::Float32);
    const bool integer = tensor::is_integer(dtype);
    if (dtype != DType::Float32 && dtype != DType::Float64 && dtype != DType::Int32 && dtype != DType::Int64)
        unsupported(in, "tf.random.uniform with dtype " + dtype_name(dtype));
    Value minval = p[1], maxval = p[2];
    if (maxval.is_none()) {
        if (integer) throw lang::value_error("Must specify maxval for integer dtype tf." + dtype_name(dtype));
        maxval = Value::integer(1);
    }
    NameScope scope(in, p[5], "random_uniform");
    std::optional<tensor::Shape> shape;
    Value shape_t = shape_tensor(in, p[0], shape);
    // TF >= 2.3 skips the arithmetic for the default [0, 1) (and multiplies for [0, maxval)).
    const bool optimised = !is_tf1(s.version);
    const bool minval_is_zero = optimised && python_int_equal(in, minval, 0);
    const bool maxval_is_one = optimised && python_int_equal(in, maxval, 1);
    Value min_t, max_t;
    if (!minval_is_zero || !maxval_is_one || integer) {
        min_t = convert_to_tensor(in, minval, dtype, "min");
        max_t = convert_to_tensor(in, maxval, dtype, "max");
    }
    const OpSeeds seeds = get_seed(in, p[4]);
    if (integer) {
        OpSpec spec;
        spec.type = "RandomUniformInt";
        if (!executing_eagerly(in)) { spec.name = scope.op_name(); spec.exact_name = true; }
        spec.dtype = dtype;
        spec.shape = shape;
        spec.stateful = true;
        spec.cache_key = cache_key("RandomUniformInt", seeds, "Tout=" + dtype_name(dtype) + "|T=" + dtype_name(tensor_dtype(shape_t)));
        spec.fn = [dtype, seeds](Interpreter& i, const std::vector<TfValue>& v, Kernel* k) {
            const tensor::Shape out_shape = shape_of(v[0]);
            const int64_t n = tensor::shape_size(out_shape);
            if (v[1].t.ndim() != 0 || v[2].t.ndim() != 0)
                unsupported(i, "non-scalar minval/maxval for integer tf.random.uniform");
            const int64_t lo = v[1].t.get(0).i, hi = v[2].t.get(0).i;
            if (n > 0 && !(lo < hi))
                throw invalid_argument(
                                          "Need minval < maxval: " + std::to_string(lo) + " >= " + std::to_string(hi) +
                                              " [Op:RandomUniformInt]");
            i.count_elements(n);
            const rng::TfPhiloxRandom gen = reserve(i, *k, seeds, static_cast<uint64_t>(n));
            Tensor t = dtype == DType::Int32
                           ? tensor_of(fill_uniform_int32(gen, n, static_cast<int32_t>(lo), static_cast<int32_t>(hi)), out_shape, dtype)
                           : tensor_of(fill_uniform_int64(gen, n, lo, hi), out_shape, dtype);
            return TfValue{t, random_provenance("tf.random.uniform", gen, *k, seeds)};
        };
        return emit(in, spec, {shape_t, min_t, max_t});
    }
    Value rnd = random_float_op(in, "RandomUniform", "tf.random.uniform", dtype, shape_t, shape, seeds);
    if (minval_is_zero) {
        if (maxval_is_one) return rnd;
        return binary_math(in, "*", rnd, maxval, Value::str("Mul"));
    }
    Value range = binary_math(in, "-", max_t, min_t);
    return add_named(in, binary_math(in, "*", rnd, range), min_t, scope.op_name());
}

namespace {

Value normal_like(Interpreter& in, const Params& p, const char* scope_name, const char* type, const char* api) {
    const DType dtype = float_dtype(in, p[3], api);
    NameScope scope(in, p[5], scope_name);
    std::optional<tensor::Shape> shape;
    Value shape_t = shape_tensor(in, p[0], shape);
    Value mean_t = convert_to_tensor(in, p[1], dtype, "mean");
    Value stddev_t = convert_to_tensor(in, p[2], dtype, "stddev");
    const OpSeeds seeds = get_seed(in, p[4]);
    Value rnd = random_float_op(in, type, api, dtype, shape_t, shape, seeds);
    return add_named(in, binary_math(in, "*", rnd, stddev_t), mean_t, scope.op_name());
}

}  // namespace

Value api_normal(Interpreter& in, const Params& p) {
    return normal_like(in, p, "random_normal", "RandomStandardNormal", "tf.random.normal");
}

Value api_truncated_normal(Interpreter& in, const Params& p) {
    return normal_like(in, p, "truncated_normal", "TruncatedNormal", "tf.random.truncated_normal");
}

// Multinomial as random_ops.py multinomial_categorical_impl calls it: get_seed(seed), then
// the kernel (kernel_multinomial.hpp) with its persistent generator.
Value categorical_impl(Interpreter& in, const Value& logits_in, const Value& num_samples_in, const Value& dtype_in, const Value& seed,
                       const Value& name) {
    const OpSeeds seeds = get_seed(in, seed);
    NameScope scope(in, name, "categorical");
    Value logits = convert_to_tensor(in, logits_in, std::nullopt, "logits");
    const int64_t num_samples = lang::arg_int(in, num_samples_in, "num_samples");
    if (num_samples < 0) throw lang::value_error("num_samples should be non-negative, got " + std::to_string(num_samples));
    const DType out_dtype = to_tf_dtype(in, dtype_in, DType::Int64);
    if (out_dtype != DType::Int32 && out_dtype != DType::Int64) unsupported(in, "tf.random.categorical with dtype " + dtype_name(out_dtype));
    auto shape = tensor_shape(logits);
    if (shape && shape->size() != 2) throw lang::value_error("logits should be a matrix, got shape " + shape_str(*shape));
    OpSpec spec;
    spec.type = "Multinomial";
    if (!executing_eagerly(in)) { spec.name = scope.op_name(); spec.exact_name = true; }
    spec.dtype = out_dtype;
    if (shape) spec.shape = tensor::Shape{(*shape)[0], num_samples};
    spec.stateful = true;
    spec.cache_key = cache_key("Multinomial", seeds, "T=" + dtype_name(tensor_dtype(logits)) + ",output_dtype=" + dtype_name(out_dtype));
    spec.fn = [seeds, num_samples, out_dtype](Interpreter& i, const std::vector<TfValue>& v, Kernel* k) {
        const Tensor x = v[0].t.astype(DType::Float64).contiguous();
        const int64_t batch = x.shape()[0], classes = x.shape()[1];
        if (classes == 0) throw lang::value_error("num_classes should be positive, got 0");
        Tensor out(out_dtype, {batch, num_samples});
        if (out.size() == 0) return TfValue{out, nullptr};  // an empty output reserves nothing
        if (!k->philox) k->philox.emplace(seeds.pair.seed, seeds.pair.seed2, [&i] { return new64(i); });
        ++k->calls;
        const rng::TfPhiloxRandom gen = k->philox->reserve_samples128(multinomial_reserve_blocks(batch, num_samples));
        std::vector<double> logits(x.data<double>(), x.data<double>() + x.size());
        const std::vector<int64_t> samples = multinomial_samples(gen, logits, batch, classes, num_samples);
        for (size_t s = 0; s < samples.size(); ++s) out.set(static_cast<int64_t>(s), tensor::Scalar::int64(samples[s]).cast(out_dtype));
        auto prov = random_provenance("tf.random.categorical", gen, *k, seeds);
        return TfValue{out, multinomial_single_shard(batch, classes, num_samples) ? prov : with_note(prov, kShardedMultinomialNote)};
    };
    return emit(in, spec, {logits});
}

// (logits, num_samples, dtype, seed, name)
Value api_categorical(Interpreter& in, const Params& p) { return categorical_impl(in, p[0], p[1], p[2], p[3], p[4]); }

// (logits, num_samples, seed, name, output_dtype): tf.compat.v1.multinomial
Value api_multinomial_v1(Interpreter& in, const Params& p) { return categorical_impl(in, p[0], p[1], p[4], p[2], p[3]); }

Value api_shuffle(Interpreter& in, const Params& p) {
    const OpSeeds seeds = get_seed(in, p[1]);
    NameScope scope(in, p[2], "RandomShuffle");
    Value value = convert_to_tensor(in, p[0], std::nullopt, "value");
    auto shape = tensor_shape(value);
    if (shape && shape->empty()) unsupported(in, "tf.random.shuffle of a scalar");
    OpSpec spec;
    spec.type = "RandomShuffle";
    if (!executing_eagerly(in)) { spec.name = scope.op_name(); spec.exact_name = true; }
    spec.dtype = tensor_dtype(value);
    spec.shape = shape;
    spec.stateful = true;
    spec.cache_key = cache_key("RandomShuffle", seeds, "T=" + dtype_name(spec.dtype));
    spec.fn = [seeds](Interpreter& i, const std::vector<TfValue>& v, Kernel* k) {
        const Tensor& x = v[0].t;
        const int64_t n = x.shape()[0];
        if (x.size() <= 1 || n <= 1) return TfValue{x, v[0].prov};  // no reservation at all
        if (!k->philox) k->philox.emplace(seeds.pair.seed, seeds.pair.seed2, [&i] { return new64(i); });
        ++k->calls;
        const rng::TfPhiloxRandom gen = k->philox->reserve_samples32(static_cast<uint64_t>(n - 1));
        const std::vector<int64_t> perm = shuffle_permutation(gen, n);
        Tensor out(x.dtype(), x.shape());
        const int64_t row = x.size() / n;
        Tensor src = x.contiguous();
        for (int64_t r = 0; r < n; ++r)
            for (int64_t c = 0; c < row; ++c) out.set(r * row + c, src.get(perm[static_cast<size_t>(r)] * row + c));
        return TfValue{out, random_provenance("tf.random.shuffle", gen, *k, seeds)};
    };
    return emit(in, spec, {value});
}

// tf.nn.dropout(x, rate, noise_shape, seed, name): TF <= 2.10 multiplies by the cast
// mask (1.15: x * scale * mask; 2.4: mul(x, scale) then mul by mask); later versions
// select with where_v2(mask, x * scale, 0), which differs for negative inputs (-0. vs 0.).
Value api_dropout(Interpreter& in, const Params& p) {
    TfState& s = state(in);
    if (!executing_eagerly(in)) unsupported(in, "tf.nn.dropout in graph mode");
    const Value& rate_v = p[1];
    if (!rate_v.is_number() || rate_v.is_bool()) unsupported(in, "tf.nn.dropout with a tensor rate");
    const double rate = rate_v.is_float() ? rate_v.as_float() : static_cast<double>(rate_v.small_int());
    if ((rate < 0 || rate >= 1) && s.version == Version::V2_4) unsupported(in, "tf.nn.dropout with a rate outside [0, 1) (ValueError)");
    if (rate < 0 || rate >= 1)
        throw lang::value_error("`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=" + in.repr(rate_v));
    Value x = convert_to_tensor(in, p[0], std::nullopt, "x");
    const DType dt = tensor_dtype(x);
    if (!tensor::is_float(dt) && s.version == Version::V2_4) unsupported(in, "tf.nn.dropout of a non-float tensor (ValueError)");
    if (!tensor::is_float(dt))
        throw lang::value_error("`x.dtype` must be a floating point tensor as `x` will be scaled. Received: x_dtype=<dtype: '" +
                                dtype_name(dt) + "'>");
    const bool modern = s.version == Version::V2_15 || s.version == Version::V2_16;
    Value noise_shape = p[2];
    if (noise_shape.is_none()) {
        std::vector<Value> dims;
        const tensor::Shape x_shape = *tensor_shape(x);
        for (int64_t d : x_shape) dims.push_back(Value::integer(d));
        noise_shape = lang::make_list(dims);
    }
    Params uniform_args = {noise_shape, Value::integer(0), Value::none(), make_dtype(dt), p[3], Value::none()};
    if (modern && rate == 0) {
        get_seed(in, p[3]);  // dummy_rng_step: the op seed is still drawn
        return x;
    }
    const double scale = 1.0 / (1.0 - rate);
    Value ret, random_tensor;
    if (is_tf1(s.version)) {
        random_tensor = api_uniform(in, uniform_args);
        ret = binary_math(in, "*", x, Value::floating(scale));
    } else {
        ret = binary_math(in, "*", x, Value::floating(scale));
        random_tensor = api_uniform(in, uniform_args);
    }
    Value keep = binary_math(in, ">=", random_tensor, Value::floating(rate));
    if (!modern) return binary_math(in, "*", ret, cast(in, keep, dt, Value::none()));
    // where_v2(keep, ret, 0)
    auto* r = as_eager(ret);
    auto* k = as_eager(keep);
    tensor::Shape out_shape = numpy::broadcast_shapes(r->v.t.shape(), k->v.t.shape());
    Tensor rb = numpy::broadcast_to(r->v.t, out_shape), kb = numpy::broadcast_to(k->v.t, out_shape);
    Tensor out(dt, out_shape);
    for (int64_t i = 0; i < out.size(); ++i) out.set(i, kb.get(i).truthy() ? rb.get(i) : tensor::Scalar::float64(0.0));
    return make_eager({out, k->v.prov ? k->v.prov : r->v.prov});
}

}  // namespace seedlab::libs::tf
