// NumPy's bitgen_t (numpy/random/bitgen.h): the four function pointers every NumPy
// distribution draws through, next_uint32, next_uint64, next_double and next_raw, as
// a concept, and BitGen, the one runtime bit generator behind np.random's Python
// objects (MT19937, PCG64, PCG64DXSM, Philox, SFC64). next_double is part of the
// interface because NumPy lets each bit generator choose it: MT19937 builds its double
// from two 32-bit words, the 64-bit generators from one 64-bit word.
// BitGen also counts the native words it has drawn, for provenance ("word 40").
// What it is not: no seeding policy (bit_generator_objects.cpp) and no distributions.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>

#include "libs/numpy/random/float_conversions.hpp"
#include "rng/bitgen.hpp"
#include "rng/mt19937.hpp"
#include "rng/pcg64.hpp"
#include "rng/philox4x64.hpp"
#include "rng/sfc64.hpp"

namespace seedlab::libs::numpy::random {

// What a NumPy distribution needs from its generator: rng::BitGenerator plus the
// generator's own next_double.
template <class G>
concept NumpyBitGen = rng::BitGenerator<G> && requires(G& g) {
    { g.next_double() } -> std::same_as<double>;
};

class BitGen {
public:
    using Engine = std::variant<rng::Mt19937, rng::Pcg64, rng::Pcg64Dxsm, rng::Philox4x64, rng::Sfc64>;

    BitGen() = default;
    explicit BitGen(Engine engine) : engine_(std::move(engine)) {}

    uint32_t next_u32() {
        return std::visit([this](auto& e) -> uint32_t {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, rng::Mt19937>) {
                ++words_;
            } else if (!e.has_uint32()) {
                ++words_;  // a fresh 64-bit word; its high half waits in the buffer
            }
            return e.next_u32();
        }, engine_);
    }

    uint64_t next_u64() {
        return std::visit([this](auto& e) -> uint64_t {
            words_ += std::is_same_v<std::decay_t<decltype(e)>, rng::Mt19937> ? 2 : 1;
            return e.next_u64();
        }, engine_);
    }

    uint64_t next_raw() {
        return std::visit([this](auto& e) -> uint64_t {
            ++words_;
            return e.next_raw();
        }, engine_);
    }

    // The generator's next_double: mt19937_next_double or pcg64/philox/sfc64_next_double.
    double next_double() {
        return std::visit([this](auto& e) -> double {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, rng::Mt19937>) {
                words_ += 2;
                const uint32_t first = e.next_u32();
                return numpy_mt19937_double(first, e.next_u32());
            } else {
                ++words_;
                return numpy_double_from_u64(e.next_u64());
            }
        }, engine_);
    }

    // [n] next_double draws into [out], in bulk: MT19937 tempers its words in blocks,
    // the others loop without dispatching per draw. Same values and word counts as n
    // calls of next_double.
    void fill_doubles(double* out, int64_t n) {
        std::visit([&](auto& e) {
            if constexpr (std::is_same_v<std::decay_t<decltype(e)>, rng::Mt19937>) {
                constexpr int64_t kBlock = 256;
                uint32_t words[2 * kBlock];
                while (n > 0) {
                    const int64_t m = n < kBlock ? n : kBlock;
                    e.fill_u32(words, static_cast<size_t>(2 * m));
                    for (int64_t i = 0; i < m; ++i) out[i] = numpy_mt19937_double(words[2 * i], words[2 * i + 1]);
                    words_ += static_cast<uint64_t>(2 * m);
                    out += m;
                    n -= m;
                }
            } else {
                for (int64_t i = 0; i < n; ++i) out[i] = numpy_double_from_u64(e.next_u64());
                words_ += static_cast<uint64_t>(n);
            }
        }, engine_);
    }

    // NumPy's class name of the generator ("MT19937", "PCG64", "Philox", ...).
    const char* name() const {
        static constexpr const char* kNames[] = {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"};
        return kNames[engine_.index()];
    }

    // Runs [fn] once with the concrete engine wrapped in a Counted view, so a bulk fill
    // dispatches on the generator kind once per call instead of once per draw.
    template <class Fn>
    decltype(auto) with_engine(Fn&& fn);

    Engine& engine() { return engine_; }
    const Engine& engine() const { return engine_; }
    template <class E> E* get() { return std::get_if<E>(&engine_); }
    template <class E> const E* get() const { return std::get_if<E>(&engine_); }

    // Native words (32-bit for MT19937, 64-bit otherwise) drawn since the last reset.
    uint64_t words() const { return words_; }
    void reset_words() { words_ = 0; }

private:
    Engine engine_;
    uint64_t words_ = 0;
};

static_assert(NumpyBitGen<BitGen>, "BitGen must offer what NumPy's distributions draw through");

// One concrete engine with BitGen's word accounting (see BitGen::next_u32 etc.).
template <class E>
class Counted {
public:
    Counted(E& e, uint64_t& words) : e_(e), words_(words) {}
    uint32_t next_u32() {
        if constexpr (std::is_same_v<E, rng::Mt19937>) ++words_;
        else if (!e_.has_uint32()) ++words_;
        return e_.next_u32();
    }
    uint64_t next_u64() {
        words_ += std::is_same_v<E, rng::Mt19937> ? 2 : 1;
        return e_.next_u64();
    }
    uint64_t next_raw() { ++words_; return e_.next_raw(); }
    double next_double() {
        if constexpr (std::is_same_v<E, rng::Mt19937>) {
            words_ += 2;
            const uint32_t first = e_.next_u32();
            return numpy_mt19937_double(first, e_.next_u32());
        } else {
            ++words_;
            return numpy_double_from_u64(e_.next_u64());
        }
    }

private:
    E& e_;
    uint64_t& words_;
};

template <class Fn>
decltype(auto) BitGen::with_engine(Fn&& fn) {
    return std::visit([&](auto& e) -> decltype(auto) {
        // A local copy of the counter, so the compiler need not assume that stores
        // into the output array may alias it.
        uint64_t words = words_;
        Counted<std::decay_t<decltype(e)>> counted(e, words);
        struct Store { uint64_t& from; uint64_t& to; ~Store() { to = from; } } store{words, words_};
        return fn(counted);
    }, engine_);
}

}  // namespace seedlab::libs::numpy::random
