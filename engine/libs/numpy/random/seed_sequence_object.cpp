// numpy.random.SeedSequence as a Python object (numpy/random/bit_generator.pyx of
// numpy 1.24): entropy coercion with numpy's errors, repr, spawn, generate_state.
// The pool arithmetic itself is rng/seed_sequence.hpp.
#include <algorithm>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/objects.hpp"
#include "libs/numpy/random/sampling.hpp"

namespace seedlab::libs::numpy::random {

namespace {

using lang::BigInt;

// Longest seed spelled out in provenance; longer ones are described by size.
constexpr size_t kMaxSeedText = 80;

// _int_to_uint32_array: the words of a non-negative int, least significant first.
void append_int(std::vector<uint32_t>& out, const BigInt& n) {
    if (n.is_negative()) throw lang::value_error("expected non-negative integer");
    const std::vector<uint32_t> words = n.abs_words32();
    rng::SeedSequence::append_int_words(out, std::span<const uint32_t>(words));
}

// _coerce_to_uint32_array.
void coerce(Interpreter& in, const Value& x, std::vector<uint32_t>& out) {
    if (auto* t = as_tensor(x); t && t->dtype() == tensor::DType::UInt32) {
        for (int64_t i = 0; i < t->size(); ++i) out.push_back(static_cast<uint32_t>(t->get(i).u));
        return;
    }
    if (auto* s = x.as<lang::StrObj>()) {
        std::string text = s->s;
        if (text.rfind("0x", 0) == 0) {
            append_int(out, BigInt::from_string(text.substr(2), 16));
            return;
        }
        if (!text.empty() && text[0] >= '0' && text[0] <= '9') {  // DECIMAL_RE.match, then int(x)
            if (text.find_first_not_of("0123456789") != std::string::npos)
                throw lang::value_error("invalid literal for int() with base 10: " + s->repr(in));
            append_int(out, BigInt::from_string(text, 10));
            return;
        }
        throw lang::value_error("unrecognized seed string");
    }
    if (auto idx = py_index(x)) {
        append_int(out, *idx);
        return;
    }
    if (x.is_float()) throw lang::type_error("seed must be integer");
    if (auto sc = as_numpy_scalar(x); sc && tensor::is_float(sc->dtype)) throw lang::type_error("seed must be integer");
    for (const Value& item : in.to_list(x)) coerce(in, item, out);
}

bool entropy_type_ok(const Value& v) {
    return v.is_int() || v.is_bool() || py_index(v) || v.as<lang::ListObj>() || v.as<lang::TupleObj>() ||
           v.as<lang::RangeObj>() || as_tensor(v);
}

std::string spawn_key_repr(Interpreter& in, const std::vector<Value>& key) {
    return in.repr(lang::make_tuple(key));
}

}  // namespace

std::string describe_seed(Interpreter& in, const Value& seed) {
    std::string text = in.repr(seed);
    if (text.size() > kMaxSeedText) text = text.substr(0, kMaxSeedText - 3) + "...";
    return text;
}

std::shared_ptr<SeedSequenceObj> make_seed_sequence(Interpreter& in, const Value& entropy_arg,
                                                    const std::vector<Value>& spawn_key, int64_t pool_size,
                                                    int64_t n_children_spawned) {
    if (pool_size < static_cast<int64_t>(rng::SeedSequence::kDefaultPoolSize))
        throw lang::value_error("The size of the entropy pool should be at least 4");
    auto obj = std::make_shared<SeedSequenceObj>();
    Value entropy = entropy_arg;
    if (entropy.is_none()) {
        // randbits(pool_size * 32) from the OS; here from the run's entropy.
        std::vector<uint32_t> words;
        for (int64_t i = 0; i < pool_size; i += 2) {
            const uint64_t w = in.entropy_word("numpy.random.SeedSequence()");
            words.push_back(static_cast<uint32_t>(w));
            words.push_back(static_cast<uint32_t>(w >> 32));
        }
        words.resize(static_cast<size_t>(pool_size));
        entropy = Value::integer(BigInt::from_words32(words));
        obj->from_entropy = true;
    } else if (!entropy_type_ok(entropy)) {
        throw lang::type_error("SeedSequence expects int or sequence of ints for entropy not " + in.str(entropy));
    }
    std::vector<uint32_t> words;
    coerce(in, entropy, words);
    std::vector<uint64_t> key;
    for (const Value& k : spawn_key) {
        auto idx = py_index(k);
        if (!idx) throw lang::type_error("SeedSequence spawn_key elements must be integers");
        if (idx->is_negative()) throw lang::value_error("expected non-negative integer");
        if (idx->bit_length() > 64) throw lang::unsupported("spawn_key elements wider than 64 bits are not supported in the playground.");
        const auto w = idx->abs_words32();
        key.push_back(w.empty() ? 0 : (w[0] | (w.size() > 1 ? static_cast<uint64_t>(w[1]) << 32 : 0)));
    }
    obj->seq = rng::SeedSequence(words, key, static_cast<size_t>(pool_size), static_cast<uint64_t>(n_children_spawned));
    obj->entropy = entropy;
    obj->spawn_key = spawn_key;
    return obj;
}

std::string SeedSequenceObj::repr(Interpreter& in) const {
    std::string text = "SeedSequence(\n    entropy=" + in.repr(entropy) + ",\n";
    if (!spawn_key.empty()) text += "    spawn_key=" + spawn_key_repr(in, spawn_key) + ",\n";
    if (seq.pool_size() != rng::SeedSequence::kDefaultPoolSize) text += "    pool_size=" + std::to_string(seq.pool_size()) + ",\n";
    if (seq.n_children_spawned() != 0) text += "    n_children_spawned=" + std::to_string(seq.n_children_spawned()) + ",\n";
    return text + ")";
}

bool SeedSequenceObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<SeedSequenceObj>(shared_from_this());
    if (name == "entropy") { out = entropy; return true; }
    if (name == "spawn_key") { out = lang::make_tuple(spawn_key); return true; }
    if (name == "pool_size") { out = Value::integer(static_cast<int64_t>(seq.pool_size())); return true; }
    if (name == "n_children_spawned") { out = Value::integer(static_cast<int64_t>(seq.n_children_spawned())); return true; }
    if (name == "pool") {
        out = make_ndarray(in, tensor::Tensor::from_vector<uint32_t>(seq.pool()));
        return true;
    }
    if (name == "state") {
        auto d = std::make_shared<lang::DictObj>();
        d->put(in, Value::str("entropy"), entropy);
        d->put(in, Value::str("spawn_key"), lang::make_tuple(spawn_key));
        d->put(in, Value::str("pool_size"), Value::integer(static_cast<int64_t>(seq.pool_size())));
        d->put(in, Value::str("n_children_spawned"), Value::integer(static_cast<int64_t>(seq.n_children_spawned())));
        out = Value::object(d);
        return true;
    }
    if (name == "generate_state") {
        out = lang::make_native("generate_state", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("generate_state(n_words, dtype=None)");
            auto p = sig.bind(a);
            const int64_t n = lang::arg_int(i, p[0], "n_words");
            if (n < 0) throw lang::value_error("negative dimensions are not allowed");
            auto dtype = p[1].is_none() ? tensor::DType::UInt32 : to_dtype(i, p[1]).value_or(tensor::DType::Float64);
            if (dtype == tensor::DType::UInt32)
                return make_ndarray(i, tensor::Tensor::from_vector<uint32_t>(self->seq.generate_state_u32(static_cast<size_t>(n))));
            if (dtype == tensor::DType::UInt64)
                return make_ndarray(i, tensor::Tensor::from_vector<uint64_t>(self->seq.generate_state_u64(static_cast<size_t>(n))));
            throw lang::value_error("only support uint32 or uint64");
        });
        return true;
    }
    if (name == "spawn") {
        out = lang::make_native("spawn", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("spawn(n_children)");
            const int64_t n = lang::arg_int(i, sig.bind(a)[0], "n_children");
            std::vector<Value> children;
            const int64_t first = static_cast<int64_t>(self->seq.n_children_spawned());
            for (int64_t k = first; k < first + n; ++k) {
                std::vector<Value> key = self->spawn_key;
                key.push_back(Value::integer(k));
                auto child = make_seed_sequence(i, self->entropy, key, static_cast<int64_t>(self->seq.pool_size()));
                child->from_entropy = self->from_entropy;
                children.push_back(Value::object(child));
            }
            if (n > 0) self->seq.spawn(static_cast<size_t>(n));  // advances n_children_spawned
            return lang::make_list(std::move(children));
        });
        return true;
    }
    return false;
}

}  // namespace seedlab::libs::numpy::random
