// ThreeFry2x32: the Threefish-derived counter-based generator of Salmon et al. (SC11), as
// in Random123 1.14 threefry.h (2 words of 32 bits, 20 rounds by default). TensorFlow
// reaches it only through XLA (tf.random.Generator(alg="threefry") and the stateless ops
// with alg="threefry" on XLA devices); XLA's ThreeFry2x32 (xla/client/lib/prng.cc) uses
// the same rotation table, key schedule and 20 rounds, so the block function is shared.
// What it is not: no distributions and no float conversion; XLA's state advance and its
// bit-to-float conversion are not reproduced (spec/tf-random.md s4 and s9 item 3).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace seedlab::rng {

using ThreeFry2x32Counter = std::array<uint32_t, 2>;
using ThreeFry2x32Key = std::array<uint32_t, 2>;

namespace threefry2x32_detail {
// Skein's key-schedule parity constant (SKEIN_KS_PARITY32), from the Threefish spec.
inline constexpr uint32_t kKeyScheduleParity = 0x1BD11BDAU;
// Rotation distances R_32x2_{0..7}_0 from Random123 (chosen by the paper's search).
inline constexpr std::array<int, 8> kRotations = {13, 15, 26, 6, 17, 29, 16, 24};

constexpr uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
}  // namespace threefry2x32_detail

// One ThreeFry2x32-R block. The key is injected before round 0 and after every 4th
// round (injection s adds ks[s % 3], ks[(s + 1) % 3] + s).
template <int Rounds = 20>
constexpr ThreeFry2x32Counter threefry2x32(const ThreeFry2x32Counter& ctr, const ThreeFry2x32Key& key) {
    static_assert(Rounds >= 1 && Rounds <= 32, "Random123 defines ThreeFry2x32 for 1..32 rounds; 20 is the standard");
    using namespace threefry2x32_detail;
    const std::array<uint32_t, 3> ks = {key[0], key[1], kKeyScheduleParity ^ key[0] ^ key[1]};
    uint32_t x0 = ctr[0] + ks[0];
    uint32_t x1 = ctr[1] + ks[1];
    for (int r = 0; r < Rounds; ++r) {
        x0 += x1;
        x1 = rotl32(x1, kRotations[static_cast<std::size_t>(r % 8)]);
        x1 ^= x0;
        if ((r + 1) % 4 == 0) {
            const int s = (r + 1) / 4;
            x0 += ks[static_cast<std::size_t>(s % 3)];
            x1 += ks[static_cast<std::size_t>((s + 1) % 3)] + static_cast<uint32_t>(s);
        }
    }
    return {x0, x1};
}

// The 64-bit view XLA takes (inferred from xla/client/lib/prng.cc, not verified against
// TF output): a uint64 key and a uint64 counter are each split into {lo32, hi32}
// (Uint64ToUint32s), and the two output words are joined back the same way.
inline uint64_t xla_threefry2x32_u64(uint64_t counter, uint64_t key) {
    const ThreeFry2x32Counter out = threefry2x32<20>(
        {static_cast<uint32_t>(counter), static_cast<uint32_t>(counter >> 32)},
        {static_cast<uint32_t>(key), static_cast<uint32_t>(key >> 32)});
    return static_cast<uint64_t>(out[0]) | (static_cast<uint64_t>(out[1]) << 32);
}

}  // namespace seedlab::rng
