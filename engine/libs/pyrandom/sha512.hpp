// SHA-512 (FIPS 180-4), the digest CPython's random.seed uses to widen a str/bytes
// seed (Lib/random.py: int.from_bytes(a + sha512(a).digest())).
// What it is not: no streaming interface, no other SHA-2 variants, no HMAC; it is
// not constant-time (nothing secret passes through it).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace seedlab::libs {

// The 64-byte SHA-512 digest of [message], as hashlib.sha512(message).digest().
std::array<uint8_t, 64> sha512(std::string_view message);

}  // namespace seedlab::libs
