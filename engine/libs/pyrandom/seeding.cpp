// Seeding, state and the integer core of random.Random, as CPython 3.11:
// Random.seed/getstate/setstate/randbytes of Lib/random.py over random_seed,
// getrandbits, getstate and setstate of Modules/_randommodule.c, and
// Random._randbelow_with_getrandbits.
#include <algorithm>
#include <array>
#include <limits>

#include "lang/args.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"
#include "libs/pyrandom/random_impl.hpp"
#include "libs/pyrandom/sha512.hpp"

namespace seedlab::libs::pyrandom {
namespace {

constexpr int kStateWords = rng::Mt19937::kStateWords;
constexpr int64_t kStateVersion = 3;  // Random.VERSION

// Longest int seed spelled out in provenance; longer ones are described by size
// (CPython refuses str() of ints over 4300 digits, and a page cannot show them anyway).
constexpr uint64_t kMaxSpelledSeedBits = 256;

std::string seed_call(const RandomObj& r) { return r.owner == "random" ? "random.seed" : "Random.seed"; }

std::string describe_seed(Interpreter& in, const Value& a) {
    if (a.is_int() && a.big_int().bit_length() > kMaxSpelledSeedBits)
        return "a " + std::to_string(a.big_int().bit_length()) + "-bit int";
    return in.repr(a);
}

// random_seed_urandom: 624 words of OS entropy; here the run's entropy.
void seed_from_entropy(Interpreter& in, RandomObj& r) {
    std::vector<uint32_t> key(kStateWords);
    for (size_t i = 0; i < key.size(); i += 2) {
        uint64_t w = in.entropy_word("random.seed(None)");
        key[i] = static_cast<uint32_t>(w);
        key[i + 1] = static_cast<uint32_t>(w >> 32);
    }
    r.mt.init_by_array(key);
}

// random_seed for a non-None argument: an int (bool included) by the 32-bit words of
// its absolute value, anything else by hash(a) taken as an unsigned 64-bit number.
void seed_from_value(Interpreter& in, RandomObj& r, const Value& a) {
    BigInt n = (a.is_int() || a.is_bool()) ? a.big_int().abs() : BigInt(static_cast<uint64_t>(lang::py_hash(in, a)));
    auto key = n.abs_words32();
    r.mt.init_by_array(key);
}

// Lib/random.py seed(version=1) for str and bytes: the old 64-bit string hash.
BigInt version1_int(const Value& a) {
    std::vector<uint32_t> cps;
    if (auto* s = a.as<lang::StrObj>()) cps = lang::utf8_decode(s->s);
    else for (unsigned char c : a.as<lang::BytesObj>()->bytes) cps.push_back(c);  // decode('latin-1')
    uint64_t x = cps.empty() ? 0 : uint64_t{cps[0]} << 7;
    for (uint32_t c : cps) x = (1000003 * x) ^ c;  // & 0xFFFFFFFFFFFFFFFF by wrap-around
    x ^= cps.size();
    return BigInt(x);
}

// Lib/random.py seed(version=2) for str, bytes and bytearray: int.from_bytes(a + sha512(a).digest()).
BigInt version2_int(const Value& a) {
    std::string bytes = a.as<lang::StrObj>() ? a.as<lang::StrObj>()->s : a.as<lang::BytesObj>()->bytes;
    auto digest = sha512(bytes);
    std::vector<uint8_t> all(bytes.begin(), bytes.end());
    all.insert(all.end(), digest.begin(), digest.end());
    return BigInt::from_bytes(all);
}

// PyLong_AsUnsignedLong, as _random.Random.setstate applies it to each state word.
uint32_t state_word(const Value& v) {
    if (!v.is_int() && !v.is_bool()) throw lang::type_error("an integer is required");
    BigInt n = v.big_int();
    if (n.is_negative()) throw lang::runtime_error("OverflowError", "can't convert negative value to unsigned int");
    if (n.bit_length() > 64) throw lang::runtime_error("OverflowError", "Python int too large to convert to C unsigned long");
    return n.abs_words32()[0];
}

// _random.Random.setstate(state): a tuple of 624 words and the index.
void c_setstate(Interpreter& in, RandomObj& r, const Value& state) {
    auto* t = state.as<lang::TupleObj>();
    if (!t) throw lang::type_error("state vector must be a tuple");
    if (t->items.size() != kStateWords + 1) throw lang::value_error("state vector is the wrong size");
    std::array<uint32_t, kStateWords> words{};
    for (int i = 0; i < kStateWords; ++i) words[i] = state_word(t->items[i]);
    int64_t index = lang::arg_int(in, t->items[kStateWords], "index");
    if (index < 0 || index > kStateWords) throw lang::value_error("invalid state");
    r.mt.set_state(words, static_cast<int>(index));
}

// `version, internalstate, self.gauss_next = state`.
std::vector<Value> unpack3(Interpreter& in, const Value& state) {
    auto items = in.to_list(state);
    if (items.size() < 3)
        throw lang::value_error("not enough values to unpack (expected 3, got " + std::to_string(items.size()) + ")");
    if (items.size() > 3) throw lang::value_error("too many values to unpack (expected 3)");
    return items;
}

// _PyLong_AsInt, as Argument Clinic converts getrandbits(k).
int64_t c_int(Interpreter& in, const Value& v) {
    if (v.is_int() && !v.is_small_int()) throw lang::runtime_error("OverflowError", "Python int too large to convert to C int");
    int64_t k = lang::arg_int(in, v, "k");
    if (k > std::numeric_limits<int32_t>::max() || k < std::numeric_limits<int32_t>::min())
        throw lang::runtime_error("OverflowError", "Python int too large to convert to C int");
    return k;
}

// getrandbits for k <= 64, as one number.
uint64_t getrandbits_u64(RandomObj& r, int k) {
    if (k == 0) return 0;
    if (k <= 32) return r.next_u32() >> (32 - k);
    uint64_t low = r.next_u32();
    uint64_t high = r.next_u32();
    if (k < 64) high >>= (64 - k);
    return (high << 32) | low;
}

int bit_length(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

}  // namespace

void seed(Interpreter& in, RandomObj& r, const Value& a_in, const Value& version) {
    Value a = a_in;
    auto* bytes = a.as<lang::BytesObj>();
    bool is_str = a.as<lang::StrObj>() != nullptr;
    if (in.equals(version, Value::integer(1)) && (is_str || (bytes && !bytes->mutable_))) {
        a = Value::integer(version1_int(a));
    } else if (in.equals(version, Value::integer(2)) && (is_str || bytes)) {
        a = Value::integer(version2_int(a));
    } else if (!(a.is_none() || a.is_int() || a.is_bool() || a.is_float() || is_str || bytes)) {
        throw lang::type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    int line = in.current_line();
    if (a.is_none()) {
        seed_from_entropy(in, r);
        r.seed_text = "the run's entropy";
        r.seed_rule = seed_call(r) + "() without a seed on line " + std::to_string(line) +
                      " takes fresh OS entropy, different in every run";
        r.from_entropy = true;
    } else {
        seed_from_value(in, r, a);
        r.seed_text = describe_seed(in, a_in);
        bool spelled = !(a_in.is_int() && a_in.big_int().bit_length() > kMaxSpelledSeedBits);
        r.seed_rule = seed_call(r) + (spelled ? "(" + r.seed_text + ")" : " with " + r.seed_text) + " on line " + std::to_string(line);
        r.from_entropy = false;
    }
    r.words = 0;
    r.gauss_next = Value::none();
}

BigInt getrandbits(RandomObj& r, uint64_t k) {
    if (k <= 64) return BigInt(getrandbits_u64(r, static_cast<int>(k)));
    // Words from least to most significant; the last one keeps its top bits.
    std::vector<uint32_t> words((k - 1) / 32 + 1);
    for (size_t i = 0; i < words.size(); ++i, k -= 32) {
        uint32_t w = r.next_u32();
        if (k < 32) w >>= (32 - k);
        words[i] = w;
    }
    return BigInt::from_words32(words);
}

uint64_t randbelow(RandomObj& r, uint64_t n) {
    int k = bit_length(n);  // not (n-1): n can be 1
    uint64_t x = getrandbits_u64(r, k);
    while (x >= n) x = getrandbits_u64(r, k);
    return x;
}

BigInt randbelow(RandomObj& r, const BigInt& n) {
    if (n.fits_int64()) return BigInt(randbelow(r, static_cast<uint64_t>(n.to_int64())));
    uint64_t k = n.bit_length();
    BigInt x = getrandbits(r, k);
    while (x >= n) x = getrandbits(r, k);
    return x;
}

Value method_seed(Interpreter& in, RandomObj& r, const Params& p) {
    seed(in, r, p[1], p[2]);
    return Value::none();
}

Value method_getstate(Interpreter&, RandomObj& r, const Params&) {
    std::vector<Value> words;
    words.reserve(kStateWords + 1);
    for (uint32_t w : r.mt.state()) words.push_back(Value::integer(int64_t{w}));
    words.push_back(Value::integer(int64_t{r.mt.index()}));
    return lang::make_tuple({Value::integer(kStateVersion), lang::make_tuple(std::move(words)), r.gauss_next});
}

Value method_setstate(Interpreter& in, RandomObj& r, const Params& p) {
    const Value& state = p[1];
    Value version = in.get_item(state, Value::integer(0));
    if (in.equals(version, Value::integer(3))) {
        auto items = unpack3(in, state);
        r.gauss_next = items[2];
        c_setstate(in, r, items[1]);
    } else if (in.equals(version, Value::integer(2))) {
        auto items = unpack3(in, state);
        r.gauss_next = items[2];
        std::vector<Value> words;
        for (auto& x : in.to_list(items[1])) words.push_back(in.binary("%", x, Value::integer(int64_t{1} << 32)));
        c_setstate(in, r, lang::make_tuple(std::move(words)));
    } else {
        throw lang::value_error("state with version " + in.str(version) + " passed to Random.setstate() of version 3");
    }
    r.seed_text = "a state restored by setstate()";
    r.seed_rule = (r.owner == "random" ? "random" : "Random") + std::string(".setstate() on line ") +
                  std::to_string(in.current_line()) + " restored a saved state";
    r.from_entropy = false;
    r.words = 0;
    return Value::none();
}

Value method_getrandbits(Interpreter& in, RandomObj& r, const Params& p) {
    int64_t k = c_int(in, p[1]);
    if (k < 0) throw lang::value_error("number of bits must be non-negative");
    if (static_cast<uint64_t>(k) > BigInt::kMaxBits)
        throw lang::limit_error("Size limit: getrandbits(" + std::to_string(k) + ") asks for more than " +
                                std::to_string(BigInt::kMaxBits) + " bits, too many for the playground.");
    return Value::integer(getrandbits(r, static_cast<uint64_t>(k))).with_provenance(r.provenance());
}

Value method_randbytes(Interpreter& in, RandomObj& r, const Params& p) {
    // self.getrandbits(n * 8).to_bytes(n, 'little')
    Value bits = method_getrandbits(in, r, {p[0], in.binary("*", p[1], Value::integer(8))});
    int64_t n = lang::arg_int(in, p[1], "length");
    auto big_endian = bits.big_int().to_bytes(static_cast<size_t>(n));
    std::string little(big_endian.rbegin(), big_endian.rend());
    return Value::object(std::make_shared<lang::BytesObj>(std::move(little)));
}

}  // namespace seedlab::libs::pyrandom
