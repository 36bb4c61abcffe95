// The BitGenerator concept: every engine generator models it, and distributions written
// against it see each generator's own next_u32/next_u64/next_raw.
#include <catch.hpp>

#include "rng/bitgen.hpp"
#include "rng/mt19937.hpp"
#include "rng/pcg64.hpp"
#include "rng/philox4x64.hpp"
#include "rng/sfc64.hpp"

namespace {
struct OnlyU32 {
    uint32_t next_u32() { return 0; }
};
static_assert(!seedlab::rng::BitGenerator<OnlyU32>, "a generator must provide next_u64 and next_raw too");

template <seedlab::rng::BitGenerator G>
uint64_t first_raw(G g) {
    return g.next_raw();
}
}  // namespace

TEST_CASE("next_raw is the native word: 32-bit for MT19937, 64-bit for the numpy 64-bit generators",
          "[rng][bitgen]") {
    seedlab::rng::Mt19937 mt;
    mt.init_genrand(0);
    CHECK(first_raw(mt) == 0x8c7f0aacU);  // np.random.seed(0): first MT19937 word (mt19937.txt)
    const seedlab::rng::SeedSequence seq(seedlab::rng::SeedSequence::int_words(0));
    CHECK(first_raw(seedlab::rng::Pcg64(seq)) == 0xa30febcfd9c2825fULL);  // PCG64(0) (pcg64.txt)
    CHECK(first_raw(seedlab::rng::Sfc64(seq)) == seedlab::rng::Sfc64(seq).next_u64());
    CHECK(first_raw(seedlab::rng::Philox4x64(seq)) == 0x0399e5b222b82fa9ULL);  // Philox(0) (philox4x64.txt)
}
