// NumPy's SeedSequence: reproduces numpy.random.SeedSequence of numpy 1.24
// (numpy/random/bit_generator.pyx), the entropy pool behind default_rng(seed), PCG64(seed),
// Philox(seed), SFC64(seed) and MT19937(seed). Melissa O'Neill's seed_seq design.
// What it is not: no OS entropy (for SeedSequence(None) numpy draws a pool_size*32-bit
// int from the OS; the caller supplies that int from the run's entropy and coerces it like
// any other), no Python-object coercion (the caller turns ints and lists into 32-bit words
// with `append_int_words`; spawn-key elements are limited to 64 bits here), no range
// checks (numpy rejects negative ints and pool_size < 4 before this point), and no bit
// generator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace seedlab::rng {

class SeedSequence {
public:
    // numpy's DEFAULT_POOL_SIZE; pool_size below it is a ValueError in numpy.
    static constexpr std::size_t kDefaultPoolSize = 4;

    // Hash constants from bit_generator.pyx (O'Neill's seed_seq_fe).
    static constexpr uint32_t kInitA = 0x43b0d7e5U;
    static constexpr uint32_t kMultA = 0x931e8875U;
    static constexpr uint32_t kInitB = 0x8b51f9ddU;
    static constexpr uint32_t kMultB = 0x58f38dedU;
    static constexpr uint32_t kMixMultL = 0xca01f9ddU;
    static constexpr uint32_t kMixMultR = 0x4973f715U;
    static constexpr int kXShift = 16;

    // numpy's _int_to_uint32_array for one non-negative int: its 32-bit words, least
    // significant first, and a single 0 word for zero. A Python list seed is the
    // concatenation of this for each element. [magnitude] is the int's little-endian
    // 32-bit words (trailing zero words are dropped here).
    static void append_int_words(std::vector<uint32_t>& out, std::span<const uint32_t> magnitude) {
        std::size_t n = magnitude.size();
        while (n > 0 && magnitude[n - 1] == 0) --n;
        if (n == 0) {
            out.push_back(0);
            return;
        }
        out.insert(out.end(), magnitude.begin(), magnitude.begin() + static_cast<std::ptrdiff_t>(n));
    }
    static void append_int_words(std::vector<uint32_t>& out, uint64_t value) {
        const uint32_t words[2] = {static_cast<uint32_t>(value), static_cast<uint32_t>(value >> 32)};
        append_int_words(out, std::span<const uint32_t>(words, 2));
    }
    static std::vector<uint32_t> int_words(uint64_t value) {
        std::vector<uint32_t> out;
        append_int_words(out, value);
        return out;
    }

    // SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size). [entropy] is the
    // coerced run entropy (see append_int_words); [spawn_key] the key's int elements.
    explicit SeedSequence(std::vector<uint32_t> entropy, std::vector<uint64_t> spawn_key = {},
                          std::size_t pool_size = kDefaultPoolSize, uint64_t n_children_spawned = 0)
        : entropy_(std::move(entropy)),
          spawn_key_(std::move(spawn_key)),
          pool_(pool_size, 0U),
          n_children_spawned_(n_children_spawned) {
        mix_entropy(assembled_entropy());
    }

    // generate_state(n_words, np.uint32).
    std::vector<uint32_t> generate_state_u32(std::size_t n_words) const {
        std::vector<uint32_t> state(n_words);
        uint32_t hash_const = kInitB;
        for (std::size_t i = 0; i < n_words; ++i) {
            uint32_t value = pool_[i % pool_.size()];
            value ^= hash_const;
            hash_const *= kMultB;
            value *= hash_const;
            value ^= value >> kXShift;
            state[i] = value;
        }
        return state;
    }

    // generate_state(n_words, np.uint64): twice as many 32-bit words, paired little-endian.
    std::vector<uint64_t> generate_state_u64(std::size_t n_words) const {
        const std::vector<uint32_t> words = generate_state_u32(2 * n_words);
        std::vector<uint64_t> state(n_words);
        for (std::size_t i = 0; i < n_words; ++i) {
            state[i] = static_cast<uint64_t>(words[2 * i]) | (static_cast<uint64_t>(words[2 * i + 1]) << 32);
        }
        return state;
    }

    // spawn(n_children): children share the entropy and extend the spawn key with
    // their index, counting on from earlier spawns.
    std::vector<SeedSequence> spawn(std::size_t n_children) {
        std::vector<SeedSequence> children;
        children.reserve(n_children);
        for (uint64_t i = n_children_spawned_; i < n_children_spawned_ + n_children; ++i) {
            std::vector<uint64_t> key = spawn_key_;
            key.push_back(i);
            children.emplace_back(entropy_, std::move(key), pool_.size());
        }
        n_children_spawned_ += n_children;
        return children;
    }

    const std::vector<uint32_t>& entropy() const { return entropy_; }
    const std::vector<uint64_t>& spawn_key() const { return spawn_key_; }
    const std::vector<uint32_t>& pool() const { return pool_; }
    std::size_t pool_size() const { return pool_.size(); }
    uint64_t n_children_spawned() const { return n_children_spawned_; }

private:
    static uint32_t hashmix(uint32_t value, uint32_t& hash_const) {
        value ^= hash_const;
        hash_const *= kMultA;
        value *= hash_const;
        value ^= value >> kXShift;
        return value;
    }

    static uint32_t mix(uint32_t x, uint32_t y) {
        uint32_t result = kMixMultL * x - kMixMultR * y;
        result ^= result >> kXShift;
        return result;
    }

    // get_assembled_entropy: run entropy, zero-padded to the pool size only when there is
    // a spawn key (numpy 1.19 fix for gh-16539, kept stream-compatible), then the key.
    std::vector<uint32_t> assembled_entropy() const {
        std::vector<uint32_t> words = entropy_;
        if (!spawn_key_.empty() && words.size() < pool_.size()) words.resize(pool_.size(), 0U);
        for (uint64_t element : spawn_key_) append_int_words(words, element);
        return words;
    }

    void mix_entropy(const std::vector<uint32_t>& entropy) {
        uint32_t hash_const = kInitA;
        const std::size_t n = pool_.size();
        for (std::size_t i = 0; i < n; ++i) {
            pool_[i] = hashmix(i < entropy.size() ? entropy[i] : 0U, hash_const);
        }
        // Mix all bits together so late bits can affect earlier bits.
        for (std::size_t src = 0; src < n; ++src) {
            for (std::size_t dst = 0; dst < n; ++dst) {
                if (src != dst) pool_[dst] = mix(pool_[dst], hashmix(pool_[src], hash_const));
            }
        }
        // Entropy beyond the pool size is mixed into every pool word.
        for (std::size_t src = n; src < entropy.size(); ++src) {
            for (std::size_t dst = 0; dst < n; ++dst) {
                pool_[dst] = mix(pool_[dst], hashmix(entropy[src], hash_const));
            }
        }
    }

    std::vector<uint32_t> entropy_;
    std::vector<uint64_t> spawn_key_;
    std::vector<uint32_t> pool_;
    uint64_t n_children_spawned_;
};

}  // namespace seedlab::rng
