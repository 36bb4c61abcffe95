// SEEDLAB_X86_CLONES: GCC's target_clones for x86-64 (AVX-512, AVX2 and the baseline,
// chosen once at load time), for loops written for the vectoriser. Empty elsewhere (clang,
// WebAssembly, sanitizer builds). Only for integer code or exact float operations that
// every instruction set rounds the same way: a clone must never change a result.
// What it is not: no intrinsics and no run-time dispatch of its own.
#pragma once

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define SEEDLAB_X86_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define SEEDLAB_X86_CLONES
#endif
