// SipHash-1-3 (Aumasson & Bernstein's SipHash with 1 compression and 3 finalisation
// rounds) exactly as CPython 3.11 uses it for hash(str) and hash(bytes): Python/pyhash.c
// (Py_HASH_ALGORITHM = SIPHASH13, Py_HASH_CUTOFF = 0, 64-bit Py_hash_t), its "modified"
// finalisation (v0^v1^v2^v3), and the PYTHONHASHSEED=N secret of Python/bootstrap_hash.c.
// What it is not: no hashing of int/float/tuple (those do not use the secret), no random
// secret for an unset PYTHONHASHSEED (the session supplies one from its entropy), and no
// string object model: strings come in as code points or UTF-8.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seedlab::rng {

namespace siphash_detail {
// SipHash initialisation constants: "somepseudorandomlygeneratedbytes" in ASCII.
inline constexpr uint64_t kV0 = 0x736f6d6570736575ULL;
inline constexpr uint64_t kV1 = 0x646f72616e646f6dULL;
inline constexpr uint64_t kV2 = 0x6c7967656e657261ULL;
inline constexpr uint64_t kV3 = 0x7465646279746573ULL;

constexpr uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// pyhash.c SINGLE_ROUND: two HALF_ROUNDs.
constexpr void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
    v0 += v1; v2 += v3; v1 = rotl64(v1, 13) ^ v0; v3 = rotl64(v3, 16) ^ v2; v0 = rotl64(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl64(v1, 17) ^ v2; v3 = rotl64(v3, 21) ^ v0; v2 = rotl64(v2, 32);
}

constexpr uint64_t load_le64(const uint8_t* p, std::size_t n) {
    uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(p[i]) << (8 * i);
    return v;
}
}  // namespace siphash_detail

// pyhash.c siphash13(k0, k1, src, src_sz): little-endian message words, length in the
// top byte of the last word.
constexpr uint64_t siphash13(uint64_t k0, uint64_t k1, std::span<const uint8_t> data) {
    using namespace siphash_detail;
    uint64_t v0 = k0 ^ kV0, v1 = k1 ^ kV1, v2 = k0 ^ kV2, v3 = k1 ^ kV3;
    const std::size_t full = data.size() / 8 * 8;
    for (std::size_t i = 0; i < full; i += 8) {
        const uint64_t m = load_le64(data.data() + i, 8);
        v3 ^= m;
        sip_round(v0, v1, v2, v3);
        v0 ^= m;
    }
    const uint64_t b = (static_cast<uint64_t>(data.size()) << 56) | load_le64(data.data() + full, data.size() - full);
    v3 ^= b;
    sip_round(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    sip_round(v0, v1, v2, v3);
    sip_round(v0, v1, v2, v3);
    sip_round(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

// _Py_HashSecret: 24 bytes; SipHash uses k0 = bytes 0..7 and k1 = bytes 8..15 as
// little-endian words (pysiphash applies _le64toh on x86-64, a no-op).
struct CpythonHashSecret {
    std::array<uint8_t, 24> bytes{};

    constexpr uint64_t k0() const { return siphash_detail::load_le64(bytes.data(), 8); }
    constexpr uint64_t k1() const { return siphash_detail::load_le64(bytes.data() + 8, 8); }
};

// _Py_HashRandomization_Init with PYTHONHASHSEED=[seed] (0..4294967295): 0 gives an
// all-zero secret (the randomisation is "disabled", SipHash still runs); any other value
// fills the bytes with lcg_urandom: x = x * 214013 + 2531011 (mod 2^32), byte = x >> 16.
constexpr CpythonHashSecret cpython_hash_secret(uint32_t seed) {
    CpythonHashSecret secret;
    if (seed == 0) return secret;
    uint32_t x = seed;
    for (uint8_t& byte : secret.bytes) {
        x = x * 214013U + 2531011U;
        byte = static_cast<uint8_t>((x >> 16) & 0xffU);
    }
    return secret;
}

// _Py_HashBytes: 0 for empty input, and -1 (the C API's error value) becomes -2.
constexpr int64_t cpython_hash_bytes(std::span<const uint8_t> data, const CpythonHashSecret& secret) {
    if (data.empty()) return 0;
    const auto x = static_cast<int64_t>(siphash13(secret.k0(), secret.k1(), data));
    return x == -1 ? -2 : x;
}

// hash(str): CPython hashes the compact representation (PEP 393): 1 byte per code point
// when all are below 256 (latin-1), else 2 bytes (UCS-2) when all are below 65536, else
// 4 bytes (UCS-4), little-endian on x86-64.
inline int64_t cpython_hash_str(std::u32string_view code_points, const CpythonHashSecret& secret) {
    char32_t max_cp = 0;
    for (char32_t c : code_points) max_cp = c > max_cp ? c : max_cp;
    const std::size_t kind = max_cp < 0x100 ? 1 : (max_cp < 0x10000 ? 2 : 4);
    std::vector<uint8_t> bytes;
    bytes.reserve(code_points.size() * kind);
    for (char32_t c : code_points) {
        for (std::size_t i = 0; i < kind; ++i) bytes.push_back(static_cast<uint8_t>(static_cast<uint32_t>(c) >> (8 * i)));
    }
    return cpython_hash_bytes(bytes, secret);
}

// Decodes well-formed UTF-8 (the engine's string representation) to code points.
inline std::u32string utf8_to_code_points(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<uint8_t>(utf8[i]);
        const std::size_t len = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4));
        char32_t cp = len == 1 ? lead : (lead & (0xFFU >> (len + 1)));
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k) {
            cp = (cp << 6) | (static_cast<uint8_t>(utf8[i + k]) & 0x3FU);
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

inline int64_t cpython_hash_str_utf8(std::string_view utf8, const CpythonHashSecret& secret) {
    return cpython_hash_str(utf8_to_code_points(utf8), secret);
}

}  // namespace seedlab::rng
