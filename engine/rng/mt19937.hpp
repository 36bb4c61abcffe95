// MT19937: the 32-bit Mersenne Twister of Matsumoto & Nishimura (mt19937ar.c, 2002),
// with both reference seeding routines, init_genrand and init_by_array. CPython's
// `random` (Modules/_randommodule.c) and NumPy's legacy RandomState use exactly this
// generator and these seedings.
// What it is not: no distributions and no float conversions (those live in libs/),
// and no seeding policy (which words to feed it is the caller's business).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace seedlab::rng {

class Mt19937 {
public:
    static constexpr int kStateWords = 624;      // N in the reference code
    static constexpr int kShiftWords = 397;      // M in the reference code
    static constexpr uint32_t kMatrixA = 0x9908b0dfU;
    static constexpr uint32_t kUpperMask = 0x80000000U;
    static constexpr uint32_t kLowerMask = 0x7fffffffU;

    Mt19937() { init_genrand(5489U); }  // the reference default seed

    // Seeds from one 32-bit word (reference init_genrand).
    void init_genrand(uint32_t seed) {
        state_[0] = seed;
        for (int i = 1; i < kStateWords; ++i) {
            const uint32_t prev = state_[i - 1];
            state_[i] = 1812433253U * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
        }
        index_ = kStateWords;
    }

    // Seeds from an array of 32-bit words (reference init_by_array). An empty key is
    // treated as CPython does: a single zero word.
    void init_by_array(std::span<const uint32_t> key) {
        static constexpr uint32_t kZero[1] = {0};
        if (key.empty()) key = kZero;
        init_genrand(19650218U);
        int i = 1;
        size_t j = 0;
        const size_t key_len = key.size();
        for (size_t k = (kStateWords > key_len ? kStateWords : key_len); k > 0; --k) {
            const uint32_t prev = state_[i - 1];
            state_[i] = (state_[i] ^ ((prev ^ (prev >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
            ++i;
            ++j;
            if (i >= kStateWords) { state_[0] = state_[kStateWords - 1]; i = 1; }
            if (j >= key_len) j = 0;
        }
        for (int k = kStateWords - 1; k > 0; --k) {
            const uint32_t prev = state_[i - 1];
            state_[i] = (state_[i] ^ ((prev ^ (prev >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
            ++i;
            if (i >= kStateWords) { state_[0] = state_[kStateWords - 1]; i = 1; }
        }
        state_[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
        index_ = kStateWords;
    }

    uint32_t next_u32() {
        if (index_ >= kStateWords) regenerate();
        return temper(state_[index_++]);
    }

    // The next [n] outputs of next_u32 into [out]. The bulk form tempers whole runs of
    // the state in one loop, which the compilers vectorise (SSE/AVX natively, SIMD128
    // in WebAssembly): the hot path of np.random.rand(10**7).
    void fill_u32(uint32_t* out, size_t n) {
        while (n > 0) {
            if (index_ >= kStateWords) regenerate();
            const size_t m = n < static_cast<size_t>(kStateWords - index_) ? n : static_cast<size_t>(kStateWords - index_);
            const uint32_t* s = state_.data() + index_;
            for (size_t i = 0; i < m; ++i) out[i] = temper(s[i]);
            out += m;
            n -= m;
            index_ += static_cast<int>(m);
        }
    }

    // Two 32-bit draws, high word first (NumPy's mt19937_next64 order).
    uint64_t next_u64() {
        const uint64_t hi = next_u32();
        return (hi << 32) | next_u32();
    }

    // NumPy's mt19937_raw (random_raw): one 32-bit draw, widened.
    uint64_t next_raw() { return next_u32(); }

    // Raw state access for getstate/setstate emulation.
    const std::array<uint32_t, kStateWords>& state() const { return state_; }
    int index() const { return index_; }
    void set_state(const std::array<uint32_t, kStateWords>& words, int index) {
        state_ = words;
        index_ = index;
    }

private:
    // The reference generation step, split into three loops so no index needs a modulo
    // (the hot path of bulk draws such as np.random.rand(10**7)).
    static uint32_t twist(uint32_t upper, uint32_t lower, uint32_t shifted) {
        const uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
        return shifted ^ (y >> 1) ^ ((0U - (y & 1U)) & kMatrixA);  // branch-free: vectorises
    }
    static uint32_t temper(uint32_t y) {
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= (y >> 18);
        return y;
    }
    void regenerate() {
        int k = 0;
        for (; k < kStateWords - kShiftWords; ++k) state_[k] = twist(state_[k], state_[k + 1], state_[k + kShiftWords]);
        for (; k < kStateWords - 1; ++k) state_[k] = twist(state_[k], state_[k + 1], state_[k + kShiftWords - kStateWords]);
        state_[kStateWords - 1] = twist(state_[kStateWords - 1], state_[0], state_[kShiftWords - 1]);
        index_ = 0;
    }

    std::array<uint32_t, kStateWords> state_{};
    int index_ = kStateWords;
};

}  // namespace seedlab::rng
