// Philox4x64: the 64-bit-word Philox of Salmon et al. (SC11), as in Random123 1.14
// philox.h, and NumPy's Philox bit generator built on its 10-round form: reproduces
// numpy.random.Philox of numpy 1.24 (numpy/random/_philox.pyx, src/philox/philox.h):
// key from SeedSequence, counter incremented *before* each block, the 4-word output
// buffer, the next32 half-word buffer, advance(delta) and jumped(jumps).
// What it is not: no distributions, no float conversion, and not TensorFlow's Philox
// (that is Philox4x32, see philox4x32.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "seed_sequence.hpp"
#include "uint128.hpp"

namespace seedlab::rng {

using Philox4x64Counter = std::array<uint64_t, 4>;  // v[0] is the least significant word
using Philox4x64Key = std::array<uint64_t, 2>;

namespace philox4x64_detail {
// Round multipliers, from the paper (Random123 PHILOX_M4x64_0/1).
inline constexpr uint64_t kM0 = 0xD2E7470EE14C6C93ULL;
inline constexpr uint64_t kM1 = 0xCA5A826395121157ULL;
// Weyl key bumps: the golden ratio and sqrt(3) - 1 as 64-bit fractions (PHILOX_W64_0/1).
inline constexpr uint64_t kW0 = 0x9E3779B97F4A7C15ULL;
inline constexpr uint64_t kW1 = 0xBB67AE8584CAA73BULL;

constexpr Philox4x64Counter round(const Philox4x64Counter& c, const Philox4x64Key& k) {
    const Uint128 p0 = mul_64x64(kM0, c[0]);
    const Uint128 p1 = mul_64x64(kM1, c[2]);
    return {p1.hi ^ c[1] ^ k[0], p1.lo, p0.hi ^ c[3] ^ k[1], p0.lo};
}
}  // namespace philox4x64_detail

// One Philox4x64-R block: R rounds, the key bumped between rounds (R - 1 times).
template <int Rounds = 10>
constexpr Philox4x64Counter philox4x64(Philox4x64Counter ctr, Philox4x64Key key) {
    static_assert(Rounds >= 1 && Rounds <= 16, "Random123 defines Philox4x64 for 1..16 rounds; 10 is the standard");
    for (int r = 0; r < Rounds; ++r) {
        if (r > 0) {
            key[0] += philox4x64_detail::kW0;
            key[1] += philox4x64_detail::kW1;
        }
        ctr = philox4x64_detail::round(ctr, key);
    }
    return ctr;
}

// numpy.random.Philox.
class Philox4x64 {
public:
    static constexpr int kBufferSize = 4;  // PHILOX_BUFFER_SIZE

    Philox4x64() = default;
    // Philox(seed): key = seed_seq.generate_state(2, uint64), counter 0.
    explicit Philox4x64(const SeedSequence& seq) {
        const std::vector<uint64_t> key = seq.generate_state_u64(2);
        key_ = {key[0], key[1]};
    }
    // Philox(counter=..., key=...): both as little-endian 64-bit words.
    Philox4x64(const Philox4x64Counter& counter, const Philox4x64Key& key) : counter_(counter), key_(key) {}

    // philox_next: serve the buffer; when empty, counter += 1, then one block.
    uint64_t next_u64() {
        if (buffer_pos_ < kBufferSize) return buffer_[static_cast<std::size_t>(buffer_pos_++)];
        increment_counter();
        buffer_ = philox4x64<10>(counter_, key_);
        buffer_pos_ = 1;
        return buffer_[0];
    }
    uint64_t next_raw() { return next_u64(); }

    // philox_next32: one 64-bit draw serves two calls, low half first.
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

    // advance(delta): counter += delta (mod 2^256, [delta] little-endian words, already
    // wrapped), then the buffers are cleared as in _reset_state_variables.
    void advance(const Philox4x64Counter& delta) {
        uint64_t carry = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const uint64_t sum = counter_[i] + delta[i];
            const uint64_t carry_out = (sum < counter_[i]) ? 1U : 0U;
            counter_[i] = sum + carry;
            carry = carry_out | ((counter_[i] < sum) ? 1U : 0U);
        }
        reset_buffers();
    }

    // jumped(jumps): a copy advanced by jumps * 2^128 (jumps wrapped mod 2^128 as numpy's
    // advance wraps the product mod 2^256).
    Philox4x64 jumped(int64_t jumps = 1) const {
        Philox4x64 copy = *this;
        copy.advance({0, 0, static_cast<uint64_t>(jumps), jumps < 0 ? ~0ULL : 0ULL});
        return copy;
    }

    // The state dict of numpy: counter, key, buffer, buffer_pos, has_uint32, uinteger.
    const Philox4x64Counter& counter() const { return counter_; }
    const Philox4x64Key& key() const { return key_; }
    const std::array<uint64_t, kBufferSize>& buffer() const { return buffer_; }
    int buffer_pos() const { return buffer_pos_; }
    bool has_uint32() const { return has_uint32_; }
    uint32_t uinteger() const { return uinteger_; }
    void set_state(const Philox4x64Counter& counter, const Philox4x64Key& key,
                   const std::array<uint64_t, kBufferSize>& buffer, int buffer_pos, bool has_uint32,
                   uint32_t uinteger) {
        counter_ = counter;
        key_ = key;
        buffer_ = buffer;
        buffer_pos_ = buffer_pos;
        has_uint32_ = has_uint32;
        uinteger_ = uinteger;
    }

private:
    void increment_counter() {
        if (++counter_[0] == 0 && ++counter_[1] == 0 && ++counter_[2] == 0) ++counter_[3];
    }
    void reset_buffers() {
        has_uint32_ = false;
        uinteger_ = 0;
        buffer_pos_ = kBufferSize;
        buffer_ = {};
    }

    Philox4x64Counter counter_{};
    Philox4x64Key key_{};
    std::array<uint64_t, kBufferSize> buffer_{};
    int buffer_pos_ = kBufferSize;
    bool has_uint32_ = false;
    uint32_t uinteger_ = 0;
};

}  // namespace seedlab::rng
