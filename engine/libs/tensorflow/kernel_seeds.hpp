// TensorFlow's seed plumbing below the Python API (spec/tf-random.md s1, s3):
//  * GuardedPhiloxRandom (core/util/guarded_philox_random.{h,cc}): Init(seed, seed2) with
//    (0, 0) meaning two New64() values, and ReserveSamples128/32, ReserveRandomOutputs;
//  * the eager context's op-seed stream: random.Random(global_seed).randint(0, 2**31-1),
//    i.e. CPython's MT19937 seeded by init_by_array, drawing words until one is < 2^31;
//  * framework/random_seed.py get_seed's arithmetic: _truncate_seed, DEFAULT_GRAPH_SEED,
//    and the (0, 0) -> (0, 2**31-1) rule.
// What it is not: no Python objects and no version switches beyond what the caller passes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "rng/mt19937.hpp"
#include "rng/philox4x32.hpp"

namespace seedlab::libs::tf {

inline constexpr int64_t kDefaultGraphSeed = 87654321;
inline constexpr int64_t kMaxInt32 = 2147483647;  // _MAXINT32 = 2**31 - 1

// _truncate_seed(s) = s % _MAXINT32 with Python's (never negative) modulo.
constexpr int64_t truncate_seed(int64_t s) {
    const int64_t r = s % kMaxInt32;
    return r < 0 ? r + kMaxInt32 : r;
}

// The (seed, seed2) attrs of a random op: both 0 means "non-deterministic".
struct SeedPair {
    int64_t seed = 0;
    int64_t seed2 = 0;
    bool operator==(const SeedPair&) const = default;
};

// get_seed's final step from already truncated seeds: [global] is the truncated global
// (graph) seed or nullopt; [op] the truncated op seed or nullopt. Returns nullopt for
// (None, None). When the global seed is set and [op] is not, [draw_op_seed] supplies the
// op seed (eager: the context stream; graph: _last_id or the per-graph counter), which
// is truncated here.
std::optional<SeedPair> resolve_seeds(std::optional<int64_t> global, std::optional<int64_t> op,
                                      const std::function<int64_t()>& draw_op_seed);

// The eager context's _rng = random.Random(seed): [abs_words] are |seed|'s 32-bit words,
// least significant first (empty for 0).
class OpSeedStream {
public:
    void seed(std::span<const uint32_t> abs_words) { mt_.init_by_array(abs_words); draws_ = 0; }
    // _internal_operation_seed(): randint(0, 2**31 - 1).
    int64_t next() {
        ++draws_;
        while (true) {
            const uint32_t r = mt_.next_u32();
            if (r < 0x80000000u) return r;
        }
    }
    uint64_t draws() const { return draws_; }

private:
    rng::Mt19937 mt_;
    uint64_t draws_ = 0;
};

// GuardedPhiloxRandom after Init: the generator of one stateful kernel.
class GuardedPhilox {
public:
    // Init(seed, seed2); [new64] supplies random::New64() when both are 0.
    GuardedPhilox(int64_t seed, int64_t seed2, const std::function<uint64_t()>& new64);
    // ReserveSamples128(n): the generator as it is now, then Skip(n).
    rng::TfPhiloxRandom reserve_samples128(uint64_t n) {
        rng::TfPhiloxRandom out = gen_;
        gen_.skip(n);
        return out;
    }
    rng::TfPhiloxRandom reserve_samples32(uint64_t n) { return reserve_samples128((n + 3) / 4); }
    rng::TfPhiloxRandom reserve_random_outputs(uint64_t count, uint64_t multiplier) {
        return reserve_samples128(count * multiplier);
    }
    const rng::TfPhiloxRandom& generator() const { return gen_; }
    uint64_t seed() const { return seed_; }
    uint64_t seed2() const { return seed2_; }
    bool from_entropy() const { return from_entropy_; }

private:
    uint64_t seed_, seed2_;
    bool from_entropy_ = false;
    rng::TfPhiloxRandom gen_;
};

// The 128-bit counter of [gen] as "c3:c2:c1:c0" hex words, for provenance.
std::string counter_text(const rng::TfPhiloxRandom& gen);

}  // namespace seedlab::libs::tf
