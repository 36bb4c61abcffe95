// `npm run bench` helper: times the engine's TensorFlow fill kernel (Philox blocks and the
// float conversion, libs/tensorflow/kernel_fill.cpp) on its own, so one source can be
// built three ways and compared in the same run: native, WebAssembly with SIMD128 and
// WebAssembly without it. Prints the best of [reps] in milliseconds and a checksum word.
// usage: tf_fill_kernel uniform|normal N [reps]
// What it is not: a test (bench/run.mjs only reports ratios) and not the op path (the
// bench's script rows time whole tf.random calls).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "libs/tensorflow/kernel_fill.hpp"

int main(int argc, char** argv) {
    using namespace seedlab;
    if (argc < 3) {
        std::fprintf(stderr, "usage: tf_fill_kernel uniform|normal N [reps]\n");
        return 64;
    }
    const std::string kind = argv[1];
    const int64_t n = std::stoll(argv[2]);
    const int reps = argc > 3 ? std::stoi(argv[3]) : 5;
    const auto dist = kind == "normal" ? libs::tf::FloatDist::Normal : libs::tf::FloatDist::Uniform;
    double best = 1e300;
    uint32_t check = 0;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const tensor::Tensor t = libs::tf::fill_float_tensor(libs::tf::TfPhiloxRandom(1, 0), dist, tensor::DType::Float32, {n});
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
        uint32_t word;
        std::memcpy(&word, t.data<float>() + (n - 1), 4);
        check ^= word;
    }
    std::printf("%.3f %08x\n", best, check);
    return 0;
}
