// The bit-generator interface, after NumPy's bitgen_t (numpy/random/bitgen.h): a generator
// hands out 32-bit words, 64-bit words and its native "raw" word, and nothing else.
// Distributions and float conversions are free functions over this concept (in libs/);
// they never name a concrete generator.
// What it is not: no next_double here. Each library's float conversion (NumPy's
// next_double, CPython's 53-bit pair, TF's mantissa fill) is a named distribution.
#pragma once

#include <concepts>
#include <cstdint>

namespace seedlab::rng {

// [next_u32] and [next_u64] follow the generator's own NumPy semantics (for the 64-bit
// generators next_u32 hands out the low then the high half of one 64-bit draw).
// [next_raw] is the generator's native output widened to 64 bits, like numpy's
// `random_raw` (32-bit for MT19937, 64-bit for PCG64, SFC64 and Philox4x64).
template <class G>
concept BitGenerator = requires(G& g) {
    { g.next_u32() } -> std::same_as<uint32_t>;
    { g.next_u64() } -> std::same_as<uint64_t>;
    { g.next_raw() } -> std::same_as<uint64_t>;
};

}  // namespace seedlab::rng
