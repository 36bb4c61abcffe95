// tf.random.Generator (ops/stateful_random_ops.py) with the Philox algorithm: the
// state variable [counter_lo, counter_hi, key], from_seed/from_state/
// from_non_deterministic_state, draws that read the state and advance its counter by
// 256 per output (rng_read_and_skip), split/make_seeds from UniformFullInt64 keys, and
// the global generator. Eager mode only.
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/kernel_fill.hpp"
#include "libs/tensorflow/kernel_generator.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::BigInt;
using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

constexpr int kPhiloxStateSize = 3;

// Algorithm argument: None/"philox"/1/"auto_select"/3 are Philox on CPU; ThreeFry is XLA only.
int algorithm_of(Interpreter& in, const Value& alg, bool allow_threefry = false) {
    if (alg.is_none()) return 1;
    std::string name;
    if (auto* s = alg.as<lang::StrObj>()) name = s->s;
    else if (alg.is_int()) name = alg.small_int() == 1 ? "philox" : alg.small_int() == 2 ? "threefry" : alg.small_int() == 3 ? "auto_select" : "?";
    else if (alg.is_object()) name = in.str(in.get_attr(alg, "name"));
    for (auto& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (name == "philox" || name == "auto_select") return 1;
    if (name == "threefry") {
        if (allow_threefry) return 2;
        unsupported(in, "the ThreeFry algorithm (XLA only)");
    }
    throw lang::value_error("Unsupported algorithm id: " + in.repr(alg));
}

int64_t uint_to_int(const BigInt& v) {
    if (v >= BigInt(uint64_t{1} << 63)) return (v - (BigInt(uint64_t{1} << 63) * BigInt(2))).to_int64();
    return v.to_int64();
}

// create_rng_state / _make_1d_state: a Python int in 64-bit chunks, least significant
// first; a list truncated or left-padded with zeros.
std::vector<int64_t> make_1d_state(Interpreter& in, const Value& seed, int size) {
    std::vector<int64_t> out;
    if (seed.is_int() || seed.is_bool()) {
        BigInt s = seed.big_int();
        const BigInt mask = (BigInt(1) << 64) - BigInt(1);
        for (int i = 0; i < size; ++i) {
            out.push_back(uint_to_int(s & mask));
            s = s >> 64;
        }
        return out;
    }
    std::vector<Value> items;
    if (auto* e = as_eager(seed)) {
        for (int64_t i = 0; i < e->v.t.size(); ++i) items.push_back(Value::integer(e->v.t.get(i).i));
    } else if (auto* t = numpy::as_tensor(seed)) {
        for (int64_t i = 0; i < t->size(); ++i) items.push_back(Value::integer(t->get(i).i));
    } else {
        items = in.to_list(seed);
    }
    for (auto& v : items) out.push_back(uint_to_int(seed_int(in, v, "a seed element")));
    if (static_cast<int>(out.size()) > size) out.resize(static_cast<size_t>(size));
    while (static_cast<int>(out.size()) < size) out.insert(out.begin(), 0);
    return out;
}

std::string state_text(const GeneratorState& s) {
    return "[" + std::to_string(static_cast<int64_t>(s[0])) + ", " + std::to_string(static_cast<int64_t>(s[1])) + ", " +
           std::to_string(static_cast<int64_t>(s[2])) + "]";
}

struct GeneratorObj : lang::Obj {
    GeneratorState state{};
    std::string origin;   // "tf.random.Generator.from_seed(1234) on line 2"
    bool from_entropy = false;
    std::string type_name() const override { return "Generator"; }
    std::string repr(Interpreter& in) const override {
        throw lang::unsupported("repr() of a tf.random.Generator shows a memory address, which cannot be reproduced",
                                in.current_line());
    }
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

// g.state: a tf.Variable view of the generator's state.
struct StateVariableObj : lang::Obj {
    std::shared_ptr<GeneratorObj> gen;
    explicit StateVariableObj(std::shared_ptr<GeneratorObj> g) : gen(std::move(g)) {}
    std::string type_name() const override { return "ResourceVariable"; }
    Tensor value() const {
        Tensor t(DType::Int64, {3});
        for (int i = 0; i < 3; ++i) t.data<int64_t>()[i] = static_cast<int64_t>(gen->state[static_cast<size_t>(i)]);
        return t;
    }
    void write(Interpreter& in, lang::TextOut& out, bool) const override {
        out.append("<tf.Variable 'Variable:0' shape=(3,) dtype=int64, numpy=");
        Value arr = numpy::make_ndarray(in, value());
        in.write(arr, out, false);
        out.append(">");
    }
    std::string repr(Interpreter& in) const override {
        lang::TextOut out;
        write(in, out, false);
        return out.text;
    }
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override {
        auto self = std::static_pointer_cast<StateVariableObj>(shared_from_this());
        if (name == "numpy") {
            out = lang::make_native("numpy", [self](Interpreter& i, CallArgs&) { return numpy::make_ndarray(i, self->value()); });
            return true;
        }
        if (name == "shape") { out = make_shape(in, tensor::Shape{3}); return true; }
        if (name == "dtype") { out = make_dtype(DType::Int64); return true; }
        if (name == "name") { out = Value::str("Variable:0"); return true; }
        return false;
    }
};

Value make_generator(GeneratorState s, std::string origin, bool from_entropy) {
    auto g = std::make_shared<GeneratorObj>();
    g->state = s;
    g->origin = std::move(origin);
    g->from_entropy = from_entropy;
    return Value::object(g);
}

GeneratorState state_from(const std::vector<int64_t>& v) {
    return {static_cast<uint64_t>(v[0]), static_cast<uint64_t>(v[1]), static_cast<uint64_t>(v[2])};
}

void require_eager(Interpreter& in, const char* what) {
    if (!executing_eagerly(in)) unsupported(in, std::string(what) + " inside a graph or tf.function");
    if (state(in).map_depth > 0) unsupported(in, std::string(what) + " inside Dataset.map");
}

// _prepare_key_counter: the Philox of the state before, then counter += 256 * n.
rng::TfPhiloxRandom draw(GeneratorObj& g, int64_t n) {
    const GeneratorState before = read_and_skip(g.state, static_cast<uint64_t>(n));
    return philox_of_state(before);
}

lang::ProvenancePtr generator_provenance(const GeneratorObj& g, const std::string& api, const rng::TfPhiloxRandom& gen) {
    const GeneratorState before = state_of_philox(gen);
    return keyed_provenance(api, gen, g.origin,
                            "a tf.random.Generator made by " + g.origin + "; this draw read its state " + state_text(before) +
                                " and moved the counter on by 256 per output element",
                            g.from_entropy);
}

template <class T>
Tensor tensor_of(const std::vector<T>& values, const tensor::Shape& shape, DType dtype) {
    Tensor t(dtype, shape);
    for (size_t i = 0; i < values.size(); ++i) t.set(static_cast<int64_t>(i), tensor::Scalar::of(values[i]));
    return t;
}

tensor::Shape static_shape(Interpreter& in, const Value& v) {
    std::optional<tensor::Shape> shape;
    shape_tensor(in, v, shape);
    return *shape;
}

// kind: "normal", "truncated", "uniform", "full", "int"
Value generator_draw(Interpreter& in, GeneratorObj& g, const std::string& kind, const std::string& api, const Value& shape_v,
                     DType dtype, int64_t lo = 0, int64_t hi = 0) {
    const tensor::Shape shape = static_shape(in, shape_v);
    const int64_t n = tensor::shape_size(shape);
    in.count_elements(n);
    if (kind == "int" && n > 0 && !(lo < hi))
        throw invalid_argument(
                                  "Need minval < maxval: " + std::to_string(lo) + " >= " + std::to_string(hi));
    const rng::TfPhiloxRandom gen = draw(g, n);
    Tensor t;
    if (kind == "normal" || kind == "truncated" || kind == "uniform")
        t = fill_float_tensor(gen, kind == "uniform" ? FloatDist::Uniform : kind == "normal" ? FloatDist::Normal : FloatDist::TruncatedNormal, dtype, shape);
    else if (kind == "full")
        t = tensor::itemsize(dtype) == 4 ? tensor_of(fill_full_int32(gen, n), shape, dtype) : tensor_of(fill_full_int64(gen, n), shape, dtype);
    else
        t = dtype == DType::Int32 ? tensor_of(fill_uniform_int32(gen, n, static_cast<int32_t>(lo), static_cast<int32_t>(hi)), shape, dtype)
                                  : tensor_of(fill_uniform_int64(gen, n, lo, hi), shape, dtype);
    return make_eager({t, generator_provenance(g, api, gen)});
}

DType float_dtype(Interpreter& in, const Value& v, const char* api) {
    DType d = to_tf_dtype(in, v, DType::Float32);
    if (d != DType::Float32 && d != DType::Float64) unsupported(in, std::string(api) + " with dtype " + dtype_name(d));
    return d;
}

using Method = Value (*)(Interpreter&, const std::shared_ptr<GeneratorObj>&, const std::vector<Value>&);

Value m_normal(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.normal");
    const DType dt = float_dtype(in, p[3], "Generator.normal");
    Value mean = convert_to_tensor(in, p[1], dt), stddev = convert_to_tensor(in, p[2], dt);
    Value rnd = generator_draw(in, *g, "normal", "Generator.normal", p[0], dt);
    return binary_math(in, "+", binary_math(in, "*", rnd, stddev), mean);
}

Value m_truncated_normal(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.truncated_normal");
    const DType dt = float_dtype(in, p[3], "Generator.truncated_normal");
    Value mean = convert_to_tensor(in, p[1], dt), stddev = convert_to_tensor(in, p[2], dt);
    Value rnd = generator_draw(in, *g, "truncated", "Generator.truncated_normal", p[0], dt);
    return binary_math(in, "+", binary_math(in, "*", rnd, stddev), mean);
}

Value m_uniform_full_int(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.uniform_full_int");
    const DType dt = to_tf_dtype(in, p[1], DType::UInt64);
    if (!tensor::is_integer(dt) || tensor::itemsize(dt) < 4) unsupported(in, "uniform_full_int with dtype " + dtype_name(dt));
    return generator_draw(in, *g, "full", "Generator.uniform_full_int", p[0], dt);
}

Value m_uniform(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.uniform");
    const DType dt = to_tf_dtype(in, p[3], DType::Float32);
    if (tensor::is_unsigned(dt)) unsupported(in, "Generator.uniform with an unsigned dtype (TensorFlow raises ValueError)");
    Value minval = p[1], maxval = p[2];
    if (maxval.is_none()) {
        if (tensor::is_integer(dt)) {
            if (minval.is_none()) return m_uniform_full_int(in, g, {p[0], p[3], p[4]});
            throw lang::value_error("Must specify maxval for integer dtype tf." + dtype_name(dt));
        }
        maxval = Value::integer(1);
    }
    if (tensor::is_integer(dt) && minval.is_none()) return m_uniform_full_int(in, g, {p[0], p[3], p[4]});
    if (dt != DType::Float32 && dt != DType::Float64 && dt != DType::Int32 && dt != DType::Int64)
        unsupported(in, "Generator.uniform with dtype " + dtype_name(dt));
    Value min_t = convert_to_tensor(in, minval, dt, "min"), max_t = convert_to_tensor(in, maxval, dt, "max");
    if (tensor::is_integer(dt)) {
        const int64_t lo = as_eager(min_t)->v.t.get(0).i, hi = as_eager(max_t)->v.t.get(0).i;
        return generator_draw(in, *g, "int", "Generator.uniform", p[0], dt, lo, hi);
    }
    Value rnd = generator_draw(in, *g, "uniform", "Generator.uniform", p[0], dt);
    return binary_math(in, "+", binary_math(in, "*", rnd, binary_math(in, "-", max_t, min_t)), min_t);
}

Value int64_keys(Interpreter& in, GeneratorObj& g, int64_t count, std::vector<uint64_t>& keys) {
    const GeneratorState before = g.state;
    keys = split_keys(g.state, count);
    Tensor t(DType::Int64, {count});
    for (int64_t i = 0; i < count; ++i) t.data<int64_t>()[i] = static_cast<int64_t>(keys[static_cast<size_t>(i)]);
    (void)in;
    return make_eager({t, generator_provenance(g, "Generator.split/make_seeds", philox_of_state(before))});
}

Value m_make_seeds(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.make_seeds");
    const int64_t count = lang::arg_int(in, p[0], "count");
    std::vector<uint64_t> keys;
    Value k = int64_keys(in, *g, count, keys);
    Tensor t(DType::Int64, {2, count});  // stack([keys, zeros])
    for (int64_t i = 0; i < count; ++i) t.data<int64_t>()[i] = static_cast<int64_t>(keys[static_cast<size_t>(i)]);
    return make_eager({t, as_eager(k)->v.prov});
}

Value m_split(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.split");
    const int64_t count = lang::arg_int(in, p[0], "count");
    std::vector<uint64_t> keys;
    int64_keys(in, *g, count, keys);
    std::vector<Value> out;
    for (int64_t i = 0; i < count; ++i)
        out.push_back(make_generator({0, 0, keys[static_cast<size_t>(i)]},
                                     "split(" + std::to_string(count) + ")[" + std::to_string(i) + "] of " + g->origin + " " +
                                         on_line(in),
                                     g->from_entropy));
    return lang::make_list(out);
}

Value m_skip(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    require_eager(in, "Generator.skip");
    read_and_skip(g->state, static_cast<uint64_t>(lang::arg_int(in, p[0], "delta")));
    return Value::none();
}

Value m_reset_from_seed(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    g->state = state_from(make_1d_state(in, p[0], kPhiloxStateSize));
    g->origin = "reset_from_seed(" + in.repr(p[0]) + ") " + on_line(in);
    g->from_entropy = false;
    return Value::none();
}

Value m_reset(Interpreter& in, const std::shared_ptr<GeneratorObj>& g, const std::vector<Value>& p) {
    g->state = state_from(make_1d_state(in, p[0], kPhiloxStateSize));
    g->origin = "reset(" + in.repr(p[0]) + ") " + on_line(in);
    g->from_entropy = false;
    return Value::none();
}

struct MethodSpec {
    const char* name;
    const char* signature;
    Method impl;
};

const std::vector<MethodSpec>& methods() {
    static const std::vector<MethodSpec> table = {
        {"normal", "normal(shape, mean=0.0, stddev=1.0, dtype=None, name=None)", m_normal},
        {"truncated_normal", "truncated_normal(shape, mean=0.0, stddev=1.0, dtype=None, name=None)", m_truncated_normal},
        {"uniform", "uniform(shape, minval=0, maxval=None, dtype=None, name=None)", m_uniform},
        {"uniform_full_int", "uniform_full_int(shape, dtype=None, name=None)", m_uniform_full_int},
        {"make_seeds", "make_seeds(count=1)", m_make_seeds},
        {"split", "split(count=1)", m_split},
        {"skip", "skip(delta)", m_skip},
        {"reset_from_seed", "reset_from_seed(seed)", m_reset_from_seed},
        {"reset", "reset(state)", m_reset},
    };
    return table;
}

bool GeneratorObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<GeneratorObj>(shared_from_this());
    if (name == "state") { out = Value::object(std::make_shared<StateVariableObj>(self)); return true; }
    if (name == "algorithm") { out = Value::integer(1); return true; }
    if (name == "key") { out = make_eager({Tensor::scalar(tensor::Scalar::uint64(state[2])).astype(DType::UInt64), nullptr}); return true; }
    for (auto& m : methods()) {
        if (name != m.name) continue;
        const MethodSpec* spec = &m;
        auto sig = std::make_shared<lang::Signature>(m.signature);
        out = lang::make_native(m.name, [self, spec, sig](Interpreter& i, CallArgs& a) { return spec->impl(i, self, sig->bind(a)); });
        return true;
    }
    (void)in;
    return false;
}

Value from_seed(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("from_seed(seed, alg=None)");
    auto p = sig.bind(a);
    algorithm_of(in, p[1]);
    return make_generator(state_from(make_1d_state(in, p[0], kPhiloxStateSize)),
                          "tf.random.Generator.from_seed(" + in.repr(p[0]) + ") " + on_line(in), false);
}

Value from_state(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("from_state(state, alg)");
    auto p = sig.bind(a);
    algorithm_of(in, p[1]);
    return make_generator(state_from(make_1d_state(in, p[0], kPhiloxStateSize)),
                          "tf.random.Generator.from_state(" + in.repr(p[0]) + ") " + on_line(in), false);
}

Value from_non_deterministic_state(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("from_non_deterministic_state(alg=None)");
    auto p = sig.bind(a);
    if (state(in).determinism)
        throw lang::runtime_error("RuntimeError", "\"from_non_deterministic_state\" cannot be called when determinism is enabled.");
    algorithm_of(in, p[0]);
    GeneratorState s{};
    for (auto& w : s) w = in.entropy_word("tf.random.Generator non-deterministic state");
    return make_generator(s, "tf.random.Generator.from_non_deterministic_state() " + on_line(in) +
                                 " (OS entropy: different in every run)", true);
}

Value construct(Interpreter& in, CallArgs& a) {
    static const lang::Signature sig("Generator(copy_from=None, state=None, alg=None)");
    auto p = sig.bind(a);
    if (auto* src = p[0].as<GeneratorObj>()) return make_generator(src->state, src->origin, src->from_entropy);
    if (p[1].is_none()) unsupported(in, "tf.random.Generator() without copy_from or state (TensorFlow raises ValueError)");
    algorithm_of(in, p[2]);
    return make_generator(state_from(make_1d_state(in, p[1], kPhiloxStateSize)),
                          "tf.random.Generator(state=" + in.repr(p[1]) + ") " + on_line(in), false);
}

struct GeneratorClassObj : lang::NativeFunctionObj {
    GeneratorClassObj() : lang::NativeFunctionObj("Generator", construct) {}
    std::string type_name() const override { return "type"; }
    std::string repr(Interpreter&) const override { return "<class 'tensorflow.python.ops.stateful_random_ops.Generator'>"; }
    bool get_attr(Interpreter&, const std::string& name, Value& out) override {
        if (name == "from_seed") { out = lang::make_native("from_seed", from_seed); return true; }
        if (name == "from_state") { out = lang::make_native("from_state", from_state); return true; }
        if (name == "from_non_deterministic_state") {
            out = lang::make_native("from_non_deterministic_state", from_non_deterministic_state);
            return true;
        }
        return false;
    }
};

}  // namespace

Value generator_class(Interpreter&) { return Value::object(std::make_shared<GeneratorClassObj>()); }

Value api_get_global_generator(Interpreter& in, const Params&) {
    TfState& s = state(in);
    if (s.global_generator.is_none()) {
        if (s.determinism)
            throw lang::runtime_error("RuntimeError",
                                      "\"get_global_generator\" cannot be called if determinism is enabled, unless "
                                      "\"set_global_generator\" has already been called. Please call \"set_global_generator\" first.");
        CallArgs none;
        s.global_generator = from_non_deterministic_state(in, none);
        s.global_generator.as<GeneratorObj>()->origin =
            "the global generator (created from OS entropy " + on_line(in) + ": different in every run)";
    }
    return s.global_generator;
}

Value api_set_global_generator(Interpreter& in, const Params& p) {
    if (!p[0].as<GeneratorObj>()) throw lang::type_error("set_global_generator expects a tf.random.Generator");
    state(in).global_generator = p[0];
    return Value::none();
}

// (seed, alg): an int64 NumPy array of the state size.
Value api_create_rng_state(Interpreter& in, const Params& p) {
    const int alg = algorithm_of(in, p[1], true);
    const int size = alg == 2 ? 2 : kPhiloxStateSize;
    const std::vector<int64_t> v = make_1d_state(in, p[0], size);
    Tensor t(DType::Int64, {size});
    for (int i = 0; i < size; ++i) t.data<int64_t>()[i] = v[static_cast<size_t>(i)];
    return numpy::make_ndarray(in, t);
}

}  // namespace seedlab::libs::tf
