// The bit generator objects of numpy.random (MT19937, PCG64, PCG64DXSM, Philox, SFC64
// of numpy 1.24's _mt19937.pyx, _pcg64.pyx, _philox.pyx, _sfc64.pyx): seeding through
// SeedSequence, the `state` dicts with their setters' errors, random_raw, jumped and
// advance, and the provenance every drawn value carries.
#include <cstdio>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/numpy/random/objects.hpp"
#include "libs/numpy/random/sampling.hpp"
#include "rng/mt19937_numpy.hpp"

namespace seedlab::libs::numpy::random {

namespace {

using lang::BigInt;
using tensor::Tensor;

Value str(const char* s) { return Value::str(s); }

Value big(rng::Uint128 v) {
    const uint32_t words[4] = {static_cast<uint32_t>(v.lo), static_cast<uint32_t>(v.lo >> 32), static_cast<uint32_t>(v.hi),
                               static_cast<uint32_t>(v.hi >> 32)};
    return Value::integer(BigInt::from_words32(words));
}

// An unsigned C integer of [bits] from a Python value (Cython's <uintN_t> conversion).
uint64_t unsigned_arg(Interpreter& in, const Value& v, int bits) {
    auto idx = py_index(v);
    if (!idx) {
        if (v.is_float()) throw lang::type_error("'float' object cannot be interpreted as an integer");
        throw lang::type_error("an integer is required");
    }
    if (idx->is_negative()) throw lang::runtime_error("OverflowError", "can't convert negative value to unsigned int");
    if (idx->bit_length() > static_cast<uint64_t>(bits))
        throw lang::runtime_error("OverflowError", "value too large to convert to uint" + std::to_string(bits) + "_t");
    const auto w = idx->abs_words32();
    uint64_t out = 0;
    for (size_t i = 0; i < w.size() && i < 2; ++i) out |= static_cast<uint64_t>(w[i]) << (32 * i);
    return out;
}

// A Python int reduced modulo 2^(64 * words), as little-endian 64-bit words (wrap_int).
std::vector<uint64_t> wrap_words(const Value& v, size_t words) {
    auto idx = py_index(v);
    if (!idx) throw lang::type_error("an integer is required");
    BigInt n = *idx;
    const BigInt modulus = BigInt(1) << static_cast<int64_t>(64 * words);
    n = mod(n, modulus);
    const auto w32 = n.abs_words32();
    std::vector<uint64_t> out(words, 0);
    for (size_t i = 0; i < w32.size() && i / 2 < words; ++i) out[i / 2] |= static_cast<uint64_t>(w32[i]) << (32 * (i % 2));
    return out;
}

Value item(Interpreter& in, const Value& container, const char* key) { return in.get_item(container, Value::str(key)); }

Value uint_array(Interpreter& in, const std::vector<uint64_t>& v) { return make_ndarray(in, Tensor::from_vector<uint64_t>(v)); }

const char* module_of(const std::string& kind) {
    if (kind == "MT19937") return "numpy.random._mt19937";
    if (kind == "Philox") return "numpy.random._philox";
    if (kind == "SFC64") return "numpy.random._sfc64";
    return "numpy.random._pcg64";
}

BitGen::Engine engine_from(const std::string& kind, const rng::SeedSequence& seq) {
    if (kind == "MT19937") return rng::numpy_mt19937_from_seed_sequence(seq);
    if (kind == "PCG64") return rng::Pcg64(seq);
    if (kind == "PCG64DXSM") return rng::Pcg64Dxsm(seq);
    if (kind == "Philox") return rng::Philox4x64(seq);
    return rng::Sfc64(seq);
}

std::shared_ptr<BitGeneratorObj> jumped(Interpreter& in, BitGeneratorObj& self, const Value& jumps_arg) {
    const int64_t jumps = lang::arg_int(in, jumps_arg, "jumps");
    // numpy: self.__class__() (fresh entropy), then state = self.state, then jump.
    auto out = make_bit_generator(in, self.gen.name(), Value::none(), "");
    std::visit([&](auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, rng::Mt19937>) {
            if (jumps < 0) throw lang::value_error("jumps must be positive");
            out->gen = BitGen(rng::numpy_mt19937_jumped(e, jumps));
        } else if constexpr (std::is_same_v<E, rng::Sfc64>) {
            throw lang::runtime_error("AttributeError", "'numpy.random._sfc64.SFC64' object has no attribute 'jumped'");
        } else {
            out->gen = BitGen(e.jumped(jumps));
        }
    }, self.gen.engine());
    out->origin = self.origin;
    out->origin.rule = self.origin.rule + ", then jumped(" + std::to_string(jumps) + ") on line " + std::to_string(in.current_line());
    return out;
}

Value advance(Interpreter& in, const std::shared_ptr<BitGeneratorObj>& self, const Value& delta) {
    if (auto* p = self->gen.get<rng::Pcg64>()) {
        auto w = wrap_words(delta, 2);
        p->advance(rng::Uint128{w[1], w[0]});
    } else if (auto* d = self->gen.get<rng::Pcg64Dxsm>()) {
        auto w = wrap_words(delta, 2);
        d->advance(rng::Uint128{w[1], w[0]});
    } else if (auto* ph = self->gen.get<rng::Philox4x64>()) {
        auto w = wrap_words(delta, 4);
        ph->advance({w[0], w[1], w[2], w[3]});
    } else {
        throw lang::runtime_error("AttributeError", "'" + std::string(module_of(self->gen.name())) + "." + self->gen.name() +
                                                        "' object has no attribute 'advance'");
    }
    self->origin.rule += ", then advance() on line " + std::to_string(in.current_line());
    return Value::object(self);
}

Value random_raw(Interpreter& in, BitGeneratorObj& self, const Value& size, const Value& output) {
    const auto shape = size_arg(in, size);
    const bool keep = in.truthy(output);
    DrawScope scope(self);
    if (!shape) {
        const uint64_t raw = self.gen.next_raw();
        if (!keep) return Value::none();
        return Value::integer(BigInt(raw)).with_provenance(scope.provenance());
    }
    Tensor t = new_tensor(in, tensor::DType::UInt64, *shape);
    uint64_t* out = t.data<uint64_t>();
    for (int64_t i = 0, n = t.size(); i < n; ++i) out[i] = self.gen.next_raw();
    if (!keep) return Value::none();
    return make_ndarray(in, std::move(t), scope.provenance());
}

}  // namespace

std::string fake_address(const void* p) {
    // CPython prints id(); it differs in every run, so any stable value will do.
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x7F%08X", static_cast<unsigned>(reinterpret_cast<uintptr_t>(p) & 0xFFFFFFF0U));
    return buf;
}

lang::ProvenancePtr BitGeneratorObj::provenance(uint64_t first_word) const {
    auto p = std::make_shared<lang::Provenance>();
    p->library = "numpy.random";
    p->generator = gen.name();
    p->seed = origin.seed;
    const uint64_t last = gen.words();
    const char* unit = gen.get<rng::Mt19937>() ? "32-bit word" : "64-bit word";
    if (last == first_word) p->counter = "no " + std::string(unit) + " drawn (after " + std::to_string(first_word) + ")";
    else if (last == first_word + 1) p->counter = std::string(unit) + " " + std::to_string(first_word);
    else p->counter = std::string(unit) + "s " + std::to_string(first_word) + "-" + std::to_string(last - 1);
    p->rule = origin.rule;
    p->from_entropy = origin.from_entropy;
    return p;
}

std::shared_ptr<BitGeneratorObj> make_bit_generator(Interpreter& in, const std::string& kind, const Value& seed,
                                                    const std::string& rule_call) {
    auto bg = std::make_shared<BitGeneratorObj>();
    if (auto* ss = seed.as<SeedSequenceObj>()) {
        bg->seed_seq = std::static_pointer_cast<SeedSequenceObj>(ss->shared_from_this());
    } else {
        bg->seed_seq = make_seed_sequence(in, seed);
    }
    bg->gen = BitGen(engine_from(kind, bg->seed_seq->seq));
    const std::string line = std::to_string(in.current_line());
    bg->origin.from_entropy = bg->seed_seq->from_entropy;
    if (seed.is_none()) {
        bg->origin.seed = "OS entropy";
        bg->origin.rule = rule_call + "() without a seed on line " + line + " takes fresh OS entropy, different in every run";
    } else {
        bg->origin.seed = seed.as<SeedSequenceObj>() ? "SeedSequence(entropy=" + describe_seed(in, bg->seed_seq->entropy) + ")"
                                                     : describe_seed(in, seed);
        bg->origin.rule = rule_call + "(" + bg->origin.seed + ") on line " + line;
        if (bg->origin.from_entropy) bg->origin.rule += ", a SeedSequence drawn from OS entropy: different in every run";
    }
    return bg;
}

Value bit_generator_state(Interpreter& in, const BitGeneratorObj& bg) {
    auto d = std::make_shared<lang::DictObj>();
    auto inner = std::make_shared<lang::DictObj>();
    d->put(in, str("bit_generator"), str(bg.gen.name()));
    std::visit([&](const auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, rng::Mt19937>) {
            std::vector<uint32_t> key(e.state().begin(), e.state().end());
            inner->put(in, str("key"), make_ndarray(in, Tensor::from_vector<uint32_t>(key)));
            inner->put(in, str("pos"), Value::integer(e.index()));
            d->put(in, str("state"), Value::object(inner));
        } else if constexpr (std::is_same_v<E, rng::Philox4x64>) {
            inner->put(in, str("counter"), uint_array(in, {e.counter().begin(), e.counter().end()}));
            inner->put(in, str("key"), uint_array(in, {e.key().begin(), e.key().end()}));
            d->put(in, str("state"), Value::object(inner));
            d->put(in, str("buffer"), uint_array(in, {e.buffer().begin(), e.buffer().end()}));
            d->put(in, str("buffer_pos"), Value::integer(e.buffer_pos()));
            d->put(in, str("has_uint32"), Value::integer(e.has_uint32() ? 1 : 0));
            d->put(in, str("uinteger"), Value::integer(e.uinteger()));
        } else if constexpr (std::is_same_v<E, rng::Sfc64>) {
            inner->put(in, str("state"), uint_array(in, {e.state().begin(), e.state().end()}));
            d->put(in, str("state"), Value::object(inner));
            d->put(in, str("has_uint32"), Value::integer(e.has_uint32() ? 1 : 0));
            d->put(in, str("uinteger"), Value::integer(e.uinteger()));
        } else {
            inner->put(in, str("state"), big(e.state()));
            inner->put(in, str("inc"), big(e.inc()));
            d->put(in, str("state"), Value::object(inner));
            d->put(in, str("has_uint32"), Value::integer(e.has_uint32() ? 1 : 0));
            d->put(in, str("uinteger"), Value::integer(e.uinteger()));
        }
    }, bg.gen.engine());
    return Value::object(d);
}

void set_bit_generator_state(Interpreter& in, BitGeneratorObj& bg, Value value) {
    const std::string name = bg.gen.name();
    const bool mt = bg.gen.get<rng::Mt19937>() != nullptr;
    if (mt && value.as<lang::TupleObj>()) {
        auto& items = value.as<lang::TupleObj>()->items;
        if (items.empty() || in.str(items[0]) != "MT19937" || (items.size() != 3 && items.size() != 5))
            throw lang::value_error("state is not a legacy MT19937 state");
        auto inner = std::make_shared<lang::DictObj>();
        inner->put(in, str("key"), items[1]);
        inner->put(in, str("pos"), items[2]);
        auto d = std::make_shared<lang::DictObj>();
        d->put(in, str("bit_generator"), str("MT19937"));
        d->put(in, str("state"), Value::object(inner));
        value = Value::object(d);
    }
    auto* dict = value.as<lang::DictObj>();
    if (!dict) throw lang::type_error("state must be a dict");
    Value* tag = dict->find(in, str("bit_generator"));
    if (!tag || !tag->as<lang::StrObj>() || tag->as<lang::StrObj>()->s != name) {
        const char* noun = (mt || bg.gen.get<rng::Philox4x64>()) ? " PRNG" : " RNG";
        throw lang::value_error("state must be for a " + name + noun);
    }
    const Value st = item(in, value, "state");
    std::visit([&](auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, rng::Mt19937>) {
            const Value key = item(in, st, "key");
            std::array<uint32_t, rng::Mt19937::kStateWords> words{};
            for (int i = 0; i < rng::Mt19937::kStateWords; ++i)
                words[static_cast<size_t>(i)] = static_cast<uint32_t>(unsigned_arg(in, in.get_item(key, Value::integer(i)), 32));
            const int64_t pos = lang::arg_int(in, item(in, st, "pos"), "pos");
            e.set_state(words, static_cast<int>(pos));
        } else if constexpr (std::is_same_v<E, rng::Philox4x64>) {
            rng::Philox4x64Counter ctr{};
            rng::Philox4x64Key key{};
            std::array<uint64_t, 4> buffer{};
            const Value c = item(in, st, "counter"), k = item(in, st, "key"), b = item(in, value, "buffer");
            for (int i = 0; i < 4; ++i) {
                ctr[static_cast<size_t>(i)] = unsigned_arg(in, in.get_item(c, Value::integer(i)), 64);
                if (i < 2) key[static_cast<size_t>(i)] = unsigned_arg(in, in.get_item(k, Value::integer(i)), 64);
            }
            for (int i = 0; i < 4; ++i) buffer[static_cast<size_t>(i)] = unsigned_arg(in, in.get_item(b, Value::integer(i)), 64);
            const bool has = in.truthy(item(in, value, "has_uint32"));
            const uint32_t uinteger = static_cast<uint32_t>(unsigned_arg(in, item(in, value, "uinteger"), 32));
            const int64_t pos = lang::arg_int(in, item(in, value, "buffer_pos"), "buffer_pos");
            e.set_state(ctr, key, buffer, static_cast<int>(pos), has, uinteger);
        } else if constexpr (std::is_same_v<E, rng::Sfc64>) {
            const Value s = item(in, st, "state");
            std::array<uint64_t, 4> words{};
            for (int i = 0; i < 4; ++i) words[static_cast<size_t>(i)] = unsigned_arg(in, in.get_item(s, Value::integer(i)), 64);
            const bool has = in.truthy(item(in, value, "has_uint32"));
            e.set_state(words, has, static_cast<uint32_t>(unsigned_arg(in, item(in, value, "uinteger"), 32)));
        } else {
            const auto s = wrap_words(item(in, st, "state"), 2);
            const auto inc = wrap_words(item(in, st, "inc"), 2);
            const bool has = in.truthy(item(in, value, "has_uint32"));
            const uint32_t uinteger = static_cast<uint32_t>(unsigned_arg(in, item(in, value, "uinteger"), 32));
            e.set_state(rng::Uint128{s[1], s[0]}, rng::Uint128{inc[1], inc[0]}, has, uinteger);
        }
    }, bg.gen.engine());
    bg.gen.reset_words();
    bg.origin.seed = "a state set by hand";
    bg.origin.rule = "the state was set on line " + std::to_string(in.current_line());
    bg.origin.from_entropy = false;
}

std::string BitGeneratorObj::type_name() const { return std::string(module_of(gen.name())) + "." + gen.name(); }

Value make_class(const std::string& qualified, lang::NativeFn construct) {
    return Value::object(std::make_shared<lang::TypeObj>(qualified, std::move(construct)));
}

std::string BitGeneratorObj::repr(Interpreter&) const {
    return "<" + std::string(module_of(gen.name())) + "." + gen.name() + " object at " + fake_address(this) + ">";
}

bool BitGeneratorObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    auto self = std::static_pointer_cast<BitGeneratorObj>(shared_from_this());
    if (name == "state") {
        out = bit_generator_state(in, *this);
        return true;
    }
    if (name == "_seed_seq") {
        out = seed_seq ? Value::object(seed_seq) : Value::none();
        return true;
    }
    if (name == "random_raw") {
        out = lang::make_native("random_raw", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("random_raw(size=None, output=True)");
            auto p = sig.bind(a);
            return random_raw(i, *self, p[0], p[1]);
        });
        return true;
    }
    if (name == "jumped" && !gen.get<rng::Sfc64>()) {
        out = lang::make_native("jumped", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("jumped(jumps=1)");
            return Value::object(jumped(i, *self, sig.bind(a)[0]));
        });
        return true;
    }
    if (name == "advance" && !gen.get<rng::Mt19937>() && !gen.get<rng::Sfc64>()) {
        out = lang::make_native("advance", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("advance(delta)");
            return advance(i, self, sig.bind(a)[0]);
        });
        return true;
    }
    if (name == "ctypes" || name == "cffi" || name == "capsule" || name == "lock") {
        throw lang::unsupported("Unsupported: " + std::string(gen.name()) + "." + name + " is not available in the playground.",
                                in.current_line());
    }
    return false;
}

void BitGeneratorObj::set_attr(Interpreter& in, const std::string& name, const Value& v) {
    if (name == "state") {
        set_bit_generator_state(in, *this, v);
        return;
    }
    throw lang::runtime_error("AttributeError", "'" + std::string(module_of(gen.name())) + "." + gen.name() +
                                                    "' object attribute '" + name + "' is read-only");
}

}  // namespace seedlab::libs::numpy::random
