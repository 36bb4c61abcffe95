// NumPy's MT19937 bit generator on top of Mt19937 (mt19937.hpp): reproduces
// numpy.random.MT19937 of numpy 1.24 (numpy/random/_mt19937.pyx, src/mt19937/):
// SeedSequence seeding (used by Generator(MT19937(seed))) and jumped(). The legacy
// RandomState seeding needs nothing extra: np.random.seed(int) is Mt19937::init_genrand
// (numpy's mt19937_seed; ints outside 0..2^32-1 are a ValueError there) and
// np.random.seed(list) is Mt19937::init_by_array (an empty list is a ValueError in numpy).
// next_u32/next_u64/next_raw are Mt19937's own (numpy's next64 is high word first).
// What it is not: no distributions, no float conversion.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "mt19937.hpp"
#include "mt19937_jump_poly.hpp"
#include "seed_sequence.hpp"

namespace seedlab::rng {

// MT19937(seed) through SeedSequence: key[1..623] = generate_state(624)[1..623], key[0] =
// 0x80000000, and pos = 623 (the loop variable left over in _mt19937.pyx), so the first
// draw tempers key[623] before the first regeneration.
inline Mt19937 numpy_mt19937_from_seed_sequence(const SeedSequence& seq) {
    const std::vector<uint32_t> val = seq.generate_state_u32(Mt19937::kStateWords);
    std::array<uint32_t, Mt19937::kStateWords> key{};
    key[0] = 0x80000000U;
    for (std::size_t i = 1; i < key.size(); ++i) key[i] = val[i];
    Mt19937 mt;
    mt.set_state(key, Mt19937::kStateWords - 1);
    return mt;
}

namespace mt19937_jump_detail {
constexpr std::size_t kN = Mt19937::kStateWords;
constexpr std::size_t kM = Mt19937::kShiftWords;

// The jump code's view of the state (mt19937-jump.c): a ring of the last 624 words, with
// pos the next word to regenerate.
struct Ring {
    std::array<uint32_t, kN> key{};
    std::size_t pos = 0;
};

// gen_next: regenerate one word in place.
inline void gen_next(Ring& s) {
    const std::size_t p = s.pos;
    const uint32_t y = (s.key[p] & Mt19937::kUpperMask) | (s.key[(p + 1) % kN] & Mt19937::kLowerMask);
    s.key[p] = s.key[(p + kM) % kN] ^ (y >> 1) ^ ((y & 1U) ? Mt19937::kMatrixA : 0U);
    s.pos = (p + 1) % kN;
}

// add_state: s1 += s2 over GF(2), each read from its own ring position.
inline void add_state(Ring& s1, const Ring& s2) {
    for (std::size_t i = 0; i < kN; ++i) s1.key[(i + s1.pos) % kN] ^= s2.key[(i + s2.pos) % kN];
}

inline bool coef(int degree) { return (kMt19937JumpPoly[static_cast<std::size_t>(degree >> 5)] >> (degree & 31)) & 1U; }

// mt19937_jump_state: pos 624 becomes 0, then Horner's rule over the jump polynomial.
inline void jump_once(Ring& state) {
    if (state.pos >= kN) state.pos = 0;
    int i = kMt19937JumpPolyDegreeBound - 1;
    while (i >= 0 && !coef(i)) --i;
    Ring temp;  // numpy's calloc'ed temporary
    if (i > 0) {
        temp = state;
        gen_next(temp);
        for (--i; i > 0; --i) {
            if (coef(i)) add_state(temp, state);
            gen_next(temp);
        }
        if (coef(0)) add_state(temp, state);
    } else if (i == 0) {
        temp = state;
    }
    state = temp;
}
}  // namespace mt19937_jump_detail

// MT19937.jumped(jumps): a copy advanced as if 2^128 words had been drawn, [jumps] times.
inline Mt19937 numpy_mt19937_jumped(const Mt19937& mt, int64_t jumps = 1) {
    mt19937_jump_detail::Ring ring{mt.state(), static_cast<std::size_t>(mt.index())};
    for (int64_t j = 0; j < jumps; ++j) mt19937_jump_detail::jump_once(ring);
    Mt19937 out;
    out.set_state(ring.key, static_cast<int>(ring.pos));
    return out;
}

}  // namespace seedlab::rng
