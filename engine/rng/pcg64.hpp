// NumPy's PCG64 (XSL-RR 128/64) and PCG64DXSM bit generators: reproduces
// numpy.random.PCG64 / PCG64DXSM of numpy 1.24 (numpy/random/_pcg64.pyx and
// src/pcg64/pcg64.{h,c}, after Melissa O'Neill's pcg-c), on the __uint128_t path that
// Linux x86-64 builds take: seeding from SeedSequence, the 32-bit half-word buffer,
// advance(delta) and jumped(jumps).
// What it is not: no distributions, no float conversion, no OS-entropy seeding.
#pragma once

#include <cstdint>
#include <vector>

#include "seed_sequence.hpp"
#include "uint128.hpp"

namespace seedlab::rng {

namespace pcg_detail {

// PCG_DEFAULT_MULTIPLIER_128 (pcg-c): the LCG multiplier of PCG64.
inline constexpr Uint128 kDefaultMultiplier{2549297995355413924ULL, 4865540595714422341ULL};
// PCG_CHEAP_MULTIPLIER_128: the 64-bit multiplier of the DXSM variant ("cheap multiplier").
inline constexpr uint64_t kCheapMultiplier = 0xda942042e4dd58b5ULL;
// The jump step of PCG64.jumped / PCG64DXSM.jumped, as written in _pcg64.pyx:
// floor(2^128 / golden ratio) + 1 (made odd).
inline constexpr Uint128 kJumpStep{0x9e3779b97f4a7c15ULL, 0xf39cc0605cedc835ULL};

// pcg_advance_lcg_128: jumps an LCG `state = state * mult + plus` ahead by [delta]
// steps in O(log delta) (Brown, "Random number generation with arbitrary strides").
constexpr Uint128 advance_lcg(Uint128 state, Uint128 delta, Uint128 cur_mult, Uint128 cur_plus) {
    Uint128 acc_mult{0, 1};
    Uint128 acc_plus{0, 0};
    while (delta.hi != 0 || delta.lo != 0) {
        if (delta.lo & 1U) {
            acc_mult = acc_mult * cur_mult;
            acc_plus = acc_plus * cur_mult + cur_plus;
        }
        cur_plus = (cur_mult + Uint128{0, 1}) * cur_plus;
        cur_mult = cur_mult * cur_mult;
        delta = {delta.hi >> 1, (delta.lo >> 1) | (delta.hi << 63)};
    }
    return acc_mult * state + acc_plus;
}

constexpr uint64_t rotr64(uint64_t value, unsigned rot) { return (value >> rot) | (value << ((-rot) & 63U)); }

// `jumps` as numpy sees it: a Python int, here a signed 64-bit count, wrapped mod 2^128.
constexpr Uint128 jump_delta(int64_t jumps) {
    const uint64_t lo = static_cast<uint64_t>(jumps);
    return kJumpStep * Uint128{jumps < 0 ? ~0ULL : 0ULL, lo};
}

}  // namespace pcg_detail

// Shared state, seeding and the numpy next32 buffer. [Derived] supplies
// step_and_output() and advance_state().
template <class Derived>
class PcgBase {
public:
    uint64_t next_u64() { return static_cast<Derived*>(this)->step_and_output(); }
    uint64_t next_raw() { return next_u64(); }

    // pcg64_next32: one 64-bit draw serves two calls, low half first.
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

    // The state dict of numpy: {'state': {'state', 'inc'}, 'has_uint32', 'uinteger'}.
    Uint128 state() const { return state_; }
    Uint128 inc() const { return inc_; }
    bool has_uint32() const { return has_uint32_; }
    uint32_t uinteger() const { return uinteger_; }
    void set_state(Uint128 state, Uint128 inc, bool has_uint32 = false, uint32_t uinteger = 0) {
        state_ = state;
        inc_ = inc;
        has_uint32_ = has_uint32;
        uinteger_ = uinteger;
    }

    // advance(delta): [delta] is the Python int already wrapped mod 2^128. Clears the
    // buffered half-word, as _reset_state_variables does.
    void advance(Uint128 delta) {
        static_cast<Derived*>(this)->advance_state(delta);
        has_uint32_ = false;
        uinteger_ = 0;
    }

    // jumped(jumps): a copy advanced by jumps * 0x9e3779b97f4a7c15f39cc0605cedc835.
    Derived jumped(int64_t jumps = 1) const {
        Derived copy = *static_cast<const Derived*>(this);
        copy.advance(pcg_detail::jump_delta(jumps));
        return copy;
    }

protected:
    // pcg64_set_seed -> pcg_setseq_128_srandom_r: inc = (initseq << 1) | 1, step, add
    // initstate, step. Both PCG64 and PCG64DXSM seed through it, so the seeding steps use
    // the default multiplier even for DXSM (numpy 1.24 PCG64DXSM(0) confirms).
    void srandom(Uint128 initstate, Uint128 initseq) {
        state_ = {0, 0};
        inc_ = {(initseq.hi << 1) | (initseq.lo >> 63), (initseq.lo << 1) | 1U};
        state_ = state_ * pcg_detail::kDefaultMultiplier + inc_;
        state_ = state_ + initstate;
        state_ = state_ * pcg_detail::kDefaultMultiplier + inc_;
    }

    // numpy: val = seed_seq.generate_state(4, uint64); seed = (val[0] high, val[1] low),
    // inc = (val[2] high, val[3] low).
    void seed_from(const SeedSequence& seq) {
        const std::vector<uint64_t> val = seq.generate_state_u64(4);
        srandom(Uint128{val[0], val[1]}, Uint128{val[2], val[3]});
    }

    Uint128 state_{};
    Uint128 inc_{};
    bool has_uint32_ = false;
    uint32_t uinteger_ = 0;
};

// PCG64: state = state * kDefaultMultiplier + inc, then output XSL-RR of the new state.
class Pcg64 : public PcgBase<Pcg64> {
public:
    Pcg64() = default;
    explicit Pcg64(const SeedSequence& seq) { seed_from(seq); }
    // pcg64_set_seed with the two 128-bit seeding values (as numpy passes them).
    Pcg64(Uint128 initstate, Uint128 initseq) { srandom(initstate, initseq); }

private:
    friend class PcgBase<Pcg64>;
    uint64_t step_and_output() {
        state_ = state_ * pcg_detail::kDefaultMultiplier + inc_;
        return pcg_detail::rotr64(state_.hi ^ state_.lo, static_cast<unsigned>(state_.hi >> 58));
    }
    void advance_state(Uint128 delta) {
        state_ = pcg_detail::advance_lcg(state_, delta, pcg_detail::kDefaultMultiplier, inc_);
    }
};

// PCG64DXSM: the "cheap multiplier" LCG; the DXSM output is taken from the state
// *before* the step (pcg_cm_random_r).
class Pcg64Dxsm : public PcgBase<Pcg64Dxsm> {
public:
    Pcg64Dxsm() = default;
    explicit Pcg64Dxsm(const SeedSequence& seq) { seed_from(seq); }
    Pcg64Dxsm(Uint128 initstate, Uint128 initseq) { srandom(initstate, initseq); }

private:
    friend class PcgBase<Pcg64Dxsm>;
    uint64_t step_and_output() {
        uint64_t hi = state_.hi;
        const uint64_t lo = state_.lo | 1U;
        hi ^= hi >> 32;
        hi *= pcg_detail::kCheapMultiplier;
        hi ^= hi >> 48;
        hi *= lo;
        state_ = state_ * Uint128{0, pcg_detail::kCheapMultiplier} + inc_;
        return hi;
    }
    void advance_state(Uint128 delta) {
        state_ = pcg_detail::advance_lcg(state_, delta, Uint128{0, pcg_detail::kCheapMultiplier}, inc_);
    }
};

}  // namespace seedlab::rng
