// NumPy's conversions of raw bit-generator words to floats, each a distribution of its
// own (numpy 1.24): the 53-bit double of the 64-bit generators (pcg64_next_double and
// its Philox/SFC64 twins), the 53-bit double MT19937 builds from two 32-bit words
// (mt19937_next_double, also RandomState.random_sample), and the 24-bit float32 of
// distributions.c's next_float (Generator.random(dtype=np.float32)).
// What it is not: no generator; callers draw the words.
#pragma once

#include <cstdint>

namespace seedlab::libs::numpy::random {

// The top 53 bits of one 64-bit word, scaled by 2^-53: [0, 1) on a 2^-53 grid.
constexpr double numpy_double_from_u64(uint64_t word) {
    return static_cast<double>(word >> 11) * (1.0 / 9007199254740992.0);
}

// MT19937's double: 27 bits of [first] and 26 bits of [second], (a * 2^26 + b) / 2^53
// (the formula of randomkit, CPython's random.random() too).
constexpr double numpy_mt19937_double(uint32_t first, uint32_t second) {
    const int32_t a = static_cast<int32_t>(first >> 5);
    const int32_t b = static_cast<int32_t>(second >> 6);
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

// next_float: the top 24 bits of a 32-bit word, scaled by 2^-24, in float32 arithmetic.
constexpr float numpy_float_from_u32(uint32_t word) {
    return static_cast<float>(word >> 8) * (1.0f / 16777216.0f);
}

}  // namespace seedlab::libs::numpy::random
