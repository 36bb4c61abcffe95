// Philox4x32: the counter-based generator of Salmon, Moraes, Dror & Shaw, "Parallel random
// numbers: as easy as 1, 2, 3" (SC11), as in Random123 1.14 philox.h, and TensorFlow's
// PhiloxRandom wrapper around its 10-round form (tsl/lib/random/philox_random.h, see
// spec/tf-random.md s1): constructors from (seed) and (seed, seed2), the block call that
// bumps the 128-bit counter, Skip(n) with TF's lost-carry corner case, SingleSampleAdapter,
// and the stateless key/counter scramble (GenerateKey).
// What it is not: no distributions, no float conversion (Uint32ToFloat etc. live in libs/),
// no GuardedPhiloxRandom reservation policy, and not NumPy's Philox (that is Philox4x64,
// see philox4x64.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace seedlab::rng {

using Philox4x32Counter = std::array<uint32_t, 4>;  // c[0] is the least significant word
using Philox4x32Key = std::array<uint32_t, 2>;

namespace philox4x32_detail {
// Round multipliers, from the paper (chosen for avalanche; Random123 PHILOX_M4x32_0/1).
inline constexpr uint32_t kM0 = 0xD2511F53U;
inline constexpr uint32_t kM1 = 0xCD9E8D57U;
// Weyl key bumps: the golden ratio and sqrt(3) - 1 as 32-bit fractions (PHILOX_W32_0/1).
inline constexpr uint32_t kW0 = 0x9E3779B9U;
inline constexpr uint32_t kW1 = 0xBB67AE85U;

constexpr Philox4x32Counter round(const Philox4x32Counter& c, const Philox4x32Key& k) {
    const uint64_t p0 = static_cast<uint64_t>(kM0) * c[0];
    const uint64_t p1 = static_cast<uint64_t>(kM1) * c[2];
    const auto hi0 = static_cast<uint32_t>(p0 >> 32), lo0 = static_cast<uint32_t>(p0);
    const auto hi1 = static_cast<uint32_t>(p1 >> 32), lo1 = static_cast<uint32_t>(p1);
    return {hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0};
}

// Ten rounds on [lanes] counters side by side (structure of arrays: word w of lane l in
// cw[l]), in place, from key (k0, k1). philox4x32_batch.cpp: vectorised, with x86-64
// clones for AVX2 and AVX-512 chosen at run time (integer lanes: every build agrees).
void rounds10_soa(uint32_t* c0, uint32_t* c1, uint32_t* c2, uint32_t* c3, size_t lanes, uint32_t k0, uint32_t k1);
inline constexpr size_t kSoaLanes = 64;  // counters per rounds10_soa call in fill_blocks
}  // namespace philox4x32_detail

// One Philox4x32-R block: R rounds, the key bumped between rounds (R - 1 times).
template <int Rounds = 10>
constexpr Philox4x32Counter philox4x32(Philox4x32Counter ctr, Philox4x32Key key) {
    static_assert(Rounds >= 1 && Rounds <= 16, "Random123 defines Philox4x32 for 1..16 rounds; 10 is the standard");
    for (int r = 0; r < Rounds; ++r) {
        if (r > 0) {
            key[0] += philox4x32_detail::kW0;
            key[1] += philox4x32_detail::kW1;
        }
        ctr = philox4x32_detail::round(ctr, key);
    }
    return ctr;
}

// TensorFlow's PhiloxRandom: Philox4x32-10 plus a 128-bit counter that each block call
// increments afterwards.
class TfPhiloxRandom {
public:
    static constexpr int kResultElementCount = 4;

    TfPhiloxRandom() = default;
    // PhiloxRandom(uint64 seed): key = {lo32(seed), hi32(seed)}, counter 0.
    explicit TfPhiloxRandom(uint64_t seed) : key_{lo32(seed), hi32(seed)} {}
    // PhiloxRandom(seed_lo, seed_hi): the (seed, seed2) mapping of every stateful op and
    // tf.data: key from seed, counter = {0, 0, lo32(seed2), hi32(seed2)}. Negative int64
    // attrs arrive here sign-extended.
    TfPhiloxRandom(uint64_t seed_lo, uint64_t seed_hi)
        : counter_{0, 0, lo32(seed_hi), hi32(seed_hi)}, key_{lo32(seed_lo), hi32(seed_lo)} {}
    TfPhiloxRandom(const Philox4x32Counter& counter, const Philox4x32Key& key) : counter_(counter), key_(key) {}

    // GetPhiloxRandomFromCounterKeyMem (random_ops_util.h): the uint64 memory layout of
    // tf.random.Generator state and of stateless V2 ops, [ctr0, ctr1] then [key].
    static TfPhiloxRandom from_counter_key_mem(uint64_t ctr0, uint64_t ctr1, uint64_t key) {
        return TfPhiloxRandom({lo32(ctr0), hi32(ctr0), lo32(ctr1), hi32(ctr1)}, {lo32(key), hi32(key)});
    }

    // operator(): the block at the current counter, then counter += 1 (with carries).
    Philox4x32Counter operator()() {
        const Philox4x32Counter out = philox4x32<10>(counter_, key_);
        skip_one();
        return out;
    }

    // The next kSoaLanes blocks, as kSoaLanes calls of operator() return them, side by
    // side: word w of block l in cw[l] (rounds10_soa's layout, for consumers that
    // convert words without regrouping them into blocks first).
    void next_blocks_soa(uint32_t* c0, uint32_t* c1, uint32_t* c2, uint32_t* c3) {
        constexpr size_t kLanes = philox4x32_detail::kSoaLanes;
        if (counter_[0] <= std::numeric_limits<uint32_t>::max() - kLanes) {  // no carry out of the low word
            for (size_t l = 0; l < kLanes; ++l) {
                c0[l] = counter_[0] + static_cast<uint32_t>(l);
                c1[l] = counter_[1];
                c2[l] = counter_[2];
                c3[l] = counter_[3];
            }
            counter_[0] += static_cast<uint32_t>(kLanes);
        } else {
            for (size_t l = 0; l < kLanes; ++l) {
                c0[l] = counter_[0];
                c1[l] = counter_[1];
                c2[l] = counter_[2];
                c3[l] = counter_[3];
                skip_one();
            }
        }
        philox4x32_detail::rounds10_soa(c0, c1, c2, c3, kLanes, key_[0], key_[1]);
    }

    // [n] blocks, as n calls of operator() return them, into [out]: the counters of 64
    // blocks at a time go through the ten rounds side by side (rounds10_soa).
    void fill_blocks(Philox4x32Counter* out, size_t n) {
        constexpr size_t kLanes = philox4x32_detail::kSoaLanes;
        size_t done = 0;
        uint32_t c0[kLanes], c1[kLanes], c2[kLanes], c3[kLanes];
        for (; done + kLanes <= n; done += kLanes) {
            next_blocks_soa(c0, c1, c2, c3);
            for (size_t l = 0; l < kLanes; ++l) out[done + l] = {c0[l], c1[l], c2[l], c3[l]};
        }
        for (; done < n; ++done) out[done] = (*this)();
    }

    // Skip(count): counter += count blocks, as TF writes it. When hi32(count) is
    // 0xFFFFFFFF and the low word carries, the carry is lost (TF's behaviour, kept).
    void skip(uint64_t count) {
        const uint32_t count_lo = lo32(count);
        uint32_t count_hi = hi32(count);
        counter_[0] += count_lo;
        if (counter_[0] < count_lo) ++count_hi;
        counter_[1] += count_hi;
        if (counter_[1] < count_hi) {
            if (++counter_[2] == 0) ++counter_[3];
        }
    }

    const Philox4x32Counter& counter() const { return counter_; }
    const Philox4x32Key& key() const { return key_; }

private:
    static constexpr uint32_t lo32(uint64_t v) { return static_cast<uint32_t>(v); }
    static constexpr uint32_t hi32(uint64_t v) { return static_cast<uint32_t>(v >> 32); }

    void skip_one() {
        if (++counter_[0] == 0 && ++counter_[1] == 0 && ++counter_[2] == 0) ++counter_[3];
    }

    Philox4x32Counter counter_{};
    Philox4x32Key key_{};
};

// SingleSampleAdapter<PhiloxRandom> (random_distributions.h): hands out the 4 words of a
// block one at a time (s0, s1, s2, s3), then pulls the next block. It owns its generator
// here (TF holds a pointer); copy the generator in when TF copies it.
class TfPhiloxSingleSample {
public:
    explicit TfPhiloxSingleSample(const TfPhiloxRandom& generator) : generator_(generator) {}

    uint32_t next_u32() {
        if (used_ == TfPhiloxRandom::kResultElementCount) {
            block_ = generator_();
            used_ = 0;
        }
        return block_[static_cast<std::size_t>(used_++)];
    }

    // Skip(num_skips) over single samples: the rest of the current block first, then
    // whole blocks through TfPhiloxRandom::skip, then a partial block.
    void skip(uint64_t num_skips) {
        if (num_skips == 0) return;
        const auto unused = static_cast<uint64_t>(TfPhiloxRandom::kResultElementCount - used_);
        if (num_skips <= unused) {
            used_ += static_cast<int>(num_skips);
            return;
        }
        num_skips -= unused;
        used_ = TfPhiloxRandom::kResultElementCount;
        generator_.skip(num_skips / TfPhiloxRandom::kResultElementCount);
        num_skips %= TfPhiloxRandom::kResultElementCount;
        if (num_skips != 0) {
            block_ = generator_();
            used_ = static_cast<int>(num_skips);
        }
    }

    const TfPhiloxRandom& generator() const { return generator_; }

private:
    TfPhiloxRandom generator_;
    Philox4x32Counter block_{};
    int used_ = TfPhiloxRandom::kResultElementCount;
};

// GenerateKey (stateless_random_ops.cc; spec/tf-random.md s5): the scramble that turns a
// stateless seed pair (s0, s1) into a key and counter: one Philox block from counter
// {s0, s1} under a fixed key, split into key = {m0, m1}, counter = {0, 0, m2, m3}.
struct TfKeyCounter {
    Philox4x32Key key;
    Philox4x32Counter counter;
};
inline constexpr uint64_t kTfStatelessScrambleKey = 0x02461e293ec8f720ULL;  // from TF's source

inline TfKeyCounter tf_stateless_key_counter(uint64_t s0, uint64_t s1) {
    TfPhiloxRandom scramble = TfPhiloxRandom::from_counter_key_mem(s0, s1, kTfStatelessScrambleKey);
    const Philox4x32Counter m = scramble();
    return {{m[0], m[1]}, {0, 0, m[2], m[3]}};
}

}  // namespace seedlab::rng
