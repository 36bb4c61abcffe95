// NumPy's SFC64: reproduces numpy.random.SFC64 of numpy 1.24 (numpy/random/_sfc64.pyx,
// src/sfc64/sfc64.h): Chris Doty-Humphrey's Small Fast Chaotic generator (PractRand),
// 64-bit variant with rotation 24, shifts 11 and 3, and numpy's seeding.
// What it is not: no distributions, no float conversion, no OS-entropy seeding.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "seed_sequence.hpp"

namespace seedlab::rng {

class Sfc64 {
public:
    static constexpr int kRotation = 24;
    static constexpr int kRightShift = 11;
    static constexpr int kLeftShift = 3;
    // sfc64_set_seed discards this many outputs ("conservatively stick with the original
    // formula" in numpy's comment).
    static constexpr int kSeedingRounds = 12;

    Sfc64() = default;

    // numpy: seed_seq.generate_state(3, uint64) -> a, b, c; counter = 1; 12 outputs dropped.
    explicit Sfc64(const SeedSequence& seq) {
        const std::vector<uint64_t> val = seq.generate_state_u64(3);
        seed(val[0], val[1], val[2]);
    }

    void seed(uint64_t a, uint64_t b, uint64_t c) {
        s_ = {a, b, c, 1};
        for (int i = 0; i < kSeedingRounds; ++i) (void)next_u64();
    }

    uint64_t next_u64() {
        const uint64_t tmp = s_[0] + s_[1] + s_[3]++;
        s_[0] = s_[1] ^ (s_[1] >> kRightShift);
        s_[1] = s_[2] + (s_[2] << kLeftShift);
        s_[2] = ((s_[2] << kRotation) | (s_[2] >> (64 - kRotation))) + tmp;
        return tmp;
    }
    uint64_t next_raw() { return next_u64(); }

    // sfc64_next32: one 64-bit draw serves two calls, low half first.
    uint32_t next_u32() {
        if (has_uint32_) {
            has_uint32_ = false;
            return uinteger_;
        }
        const uint64_t next = next_u64();
        has_uint32_ = true;
        uinteger_ = static_cast<uint32_t>(next >> 32);
        return static_cast<uint32_t>(next);
    }

    // The state dict of numpy: {'state': {'state': s[4]}, 'has_uint32', 'uinteger'}.
    const std::array<uint64_t, 4>& state() const { return s_; }
    bool has_uint32() const { return has_uint32_; }
    uint32_t uinteger() const { return uinteger_; }
    void set_state(const std::array<uint64_t, 4>& s, bool has_uint32 = false, uint32_t uinteger = 0) {
        s_ = s;
        has_uint32_ = has_uint32;
        uinteger_ = uinteger;
    }

private:
    std::array<uint64_t, 4> s_{};
    bool has_uint32_ = false;
    uint32_t uinteger_ = 0;
};

}  // namespace seedlab::rng
