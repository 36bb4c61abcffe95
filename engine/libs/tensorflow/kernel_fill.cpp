// FillPhiloxRandomTask's two layouts (random_op_cpu.h): fixed-count groups, one
// block per group, and the variable-count truncated normal with its 256-sample window.
#include "libs/tensorflow/kernel_fill.hpp"

#include <type_traits>

#include "compat/target_clones.hpp"
#include "libs/tensorflow/box_muller_fast.hpp"
#include "libs/tensorflow/box_muller_simd.hpp"
#include "libs/tensorflow/kernel_conversions.hpp"

namespace seedlab::libs::tf {
namespace {

using Block = rng::Philox4x32Counter;

// Group g of [n] outputs comes from block counter + g; a partial last group keeps the
// first outputs of its block.
// The blocks are generated in batches (TfPhiloxRandom::fill_blocks), the same blocks in
// the same order as one gen() per group. [make_two_groups], where given, does two
// whole groups from adjacent blocks at once (the SIMD normal transform).
struct NoPairFn {};

template <class T, int Group, class BlockFn, class PairFn = NoPairFn>
void fill_fixed(TfPhiloxRandom gen, T* out, int64_t n, BlockFn make_group, PairFn make_two_groups = {}) {
    constexpr int64_t kBatch = 256;
    Block blocks[kBatch];
    T group[Group];
    const int64_t groups = n > 0 ? (n + Group - 1) / Group : 0;
    for (int64_t g0 = 0; g0 < groups; g0 += kBatch) {
        const int64_t m = groups - g0 < kBatch ? groups - g0 : kBatch;
        gen.fill_blocks(blocks, static_cast<size_t>(m));
        for (int64_t j = 0; j < m; ++j) {
            const int64_t offset = (g0 + j) * Group;
            if constexpr (!std::is_same_v<PairFn, NoPairFn>) {
                if (j + 1 < m && offset + 2 * Group <= n) {
                    make_two_groups(blocks[j], blocks[j + 1], out + offset);
                    ++j;
                    continue;
                }
            }
            if (offset + Group <= n) {
                make_group(blocks[j], out + offset);
            } else {
                make_group(blocks[j], group);
                for (int i = 0; offset + i < n; ++i) out[offset + i] = group[i];
            }
        }
    }
}

template <class T, int Group, class BlockFn, class PairFn = NoPairFn>
std::vector<T> fill_fixed(TfPhiloxRandom gen, int64_t n, BlockFn make_group, PairFn make_two_groups = {}) {
    std::vector<T> out(static_cast<size_t>(n > 0 ? n : 0));
    fill_fixed<T, Group>(gen, out.data(), n, make_group, make_two_groups);
    return out;
}

// Group g restarts at base.Skip(g * Group * 256 / 4); [draw_group] pulls single words.
template <class T, int Group, class GroupFn>
void fill_variable(const TfPhiloxRandom& base, T* out, int64_t n, GroupFn draw_group) {
    constexpr uint64_t kSkipPerGroup = Group * kReservedSamplesPerOutput / TfPhiloxRandom::kResultElementCount;
    T group[Group];
    for (int64_t g = 0; g * Group < n; ++g) {
        TfPhiloxRandom gen = base;
        gen.skip(static_cast<uint64_t>(g) * kSkipPerGroup);
        rng::TfPhiloxSingleSample single(gen);
        draw_group(single, group);
        for (int i = 0; i < Group && g * Group + i < n; ++i) out[g * Group + i] = group[i];
    }
}

template <class T, int Group, class GroupFn>
std::vector<T> fill_variable(const TfPhiloxRandom& base, int64_t n, GroupFn draw_group) {
    std::vector<T> out(static_cast<size_t>(n > 0 ? n : 0));
    fill_variable<T, Group>(base, out.data(), n, draw_group);
    return out;
}

}  // namespace

// One block's outputs of each fixed-count distribution (function objects, so that the
// fill loops inline them).
constexpr auto uniform_f32_group = [](const Block& b, float* o) {
    for (int i = 0; i < 4; ++i) o[i] = uint32_to_float(b[static_cast<size_t>(i)]);
};
constexpr auto uniform_f64_group = [](const Block& b, double* o) {
    o[0] = uint64_to_double(b[0], b[1]);
    o[1] = uint64_to_double(b[2], b[3]);
};
constexpr auto normal_f32_group = [](const Block& b, float* o) {
    fast::box_muller_float(b[0], b[1], o[0], o[1]);
    fast::box_muller_float(b[2], b[3], o[2], o[3]);
};
#if defined(__wasm_simd128__)
// Two blocks' eight words to eight normals, four pairs at once (the same floats).
constexpr auto normal_f32_two_groups = [](const Block& a, const Block& b, float* o) {
    simd::box_muller_float_blocks2(a.data(), b.data(), o);
};
#else
constexpr NoPairFn normal_f32_two_groups{};
#endif
constexpr auto normal_f64_group = [](const Block& b, double* o) { box_muller_double(b[0], b[1], b[2], b[3], o[0], o[1]); };

namespace {

// uniform_f32_group on kSoaLanes blocks given side by side (word w of block l in cw[l]),
// into 4 * kSoaLanes floats in block order: the words go from the rounds to the floats
// without being regrouped into blocks first.
constexpr size_t kSoaLanes = rng::philox4x32_detail::kSoaLanes;
SEEDLAB_X86_CLONES
void uniform_f32_soa(const uint32_t* __restrict c0, const uint32_t* __restrict c1, const uint32_t* __restrict c2,
                     const uint32_t* __restrict c3, float* __restrict out) {
    for (size_t l = 0; l < kSoaLanes; ++l) {
        out[4 * l] = uint32_to_float(c0[l]);
        out[4 * l + 1] = uint32_to_float(c1[l]);
        out[4 * l + 2] = uint32_to_float(c2[l]);
        out[4 * l + 3] = uint32_to_float(c3[l]);
    }
}

// fill_fixed<float, 4>(gen, out, n, uniform_f32_group), whole batches of kSoaLanes
// blocks through uniform_f32_soa.
void fill_uniform_f32_into(TfPhiloxRandom gen, float* out, int64_t n) {
    constexpr int64_t kChunk = 4 * static_cast<int64_t>(kSoaLanes);
    alignas(64) uint32_t c0[kSoaLanes], c1[kSoaLanes], c2[kSoaLanes], c3[kSoaLanes];
    int64_t done = 0;
    for (; done + kChunk <= n; done += kChunk) {
        gen.next_blocks_soa(c0, c1, c2, c3);
        uniform_f32_soa(c0, c1, c2, c3, out + done);
    }
    fill_fixed<float, 4>(gen, out + done, n - done, uniform_f32_group);
}

}  // namespace

std::vector<float> fill_uniform_f32(TfPhiloxRandom gen, int64_t n) {
    std::vector<float> out(static_cast<size_t>(n > 0 ? n : 0));
    fill_uniform_f32_into(gen, out.data(), n);
    return out;
}
std::vector<double> fill_uniform_f64(TfPhiloxRandom gen, int64_t n) { return fill_fixed<double, 2>(gen, n, uniform_f64_group); }

std::vector<uint16_t> fill_uniform_f16(TfPhiloxRandom gen, int64_t n) {
    return fill_fixed<uint16_t, 4>(gen, n, [](const Block& b, uint16_t* o) {
        for (int i = 0; i < 4; ++i) o[i] = uint16_to_half_bits(static_cast<uint16_t>(b[static_cast<size_t>(i)]));
    });
}

std::vector<uint16_t> fill_uniform_bf16(TfPhiloxRandom gen, int64_t n) {
    return fill_fixed<uint16_t, 4>(gen, n, [](const Block& b, uint16_t* o) {
        for (int i = 0; i < 4; ++i) o[i] = uint16_to_bfloat16_bits(static_cast<uint16_t>(b[static_cast<size_t>(i)]));
    });
}

std::vector<int32_t> fill_uniform_int32(TfPhiloxRandom gen, int64_t n, int32_t lo, int32_t hi) {
    const uint32_t range = static_cast<uint32_t>(hi) - static_cast<uint32_t>(lo);
    return fill_fixed<int32_t, 4>(gen, n, [lo, range](const Block& b, int32_t* o) {
        for (int i = 0; i < 4; ++i)
            o[i] = static_cast<int32_t>(static_cast<uint32_t>(lo) + b[static_cast<size_t>(i)] % range);
    });
}

std::vector<int64_t> fill_uniform_int64(TfPhiloxRandom gen, int64_t n, int64_t lo, int64_t hi) {
    const uint64_t range = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
    return fill_fixed<int64_t, 2>(gen, n, [lo, range](const Block& b, int64_t* o) {
        for (int i = 0; i < 2; ++i) {
            const uint64_t bits = b[static_cast<size_t>(2 * i)] | (static_cast<uint64_t>(b[static_cast<size_t>(2 * i + 1)]) << 32);
            o[i] = static_cast<int64_t>(static_cast<uint64_t>(lo) + bits % range);
        }
    });
}

std::vector<uint32_t> fill_full_int32(TfPhiloxRandom gen, int64_t n) {
    return fill_fixed<uint32_t, 4>(gen, n, [](const Block& b, uint32_t* o) {
        for (int i = 0; i < 4; ++i) o[i] = b[static_cast<size_t>(i)];
    });
}

std::vector<uint64_t> fill_full_int64(TfPhiloxRandom gen, int64_t n) {
    return fill_fixed<uint64_t, 2>(gen, n, [](const Block& b, uint64_t* o) {
        o[0] = b[0] | (static_cast<uint64_t>(b[1]) << 32);
        o[1] = b[2] | (static_cast<uint64_t>(b[3]) << 32);
    });
}

std::vector<float> fill_normal_f32(TfPhiloxRandom gen, int64_t n) { return fill_fixed<float, 4>(gen, n, normal_f32_group, normal_f32_two_groups); }
std::vector<double> fill_normal_f64(TfPhiloxRandom gen, int64_t n) { return fill_fixed<double, 2>(gen, n, normal_f64_group); }

constexpr auto truncated_f32_group = [](rng::TfPhiloxSingleSample& single, float* o) {
    int index = 0;
    while (true) {
        const uint32_t x0 = single.next_u32();
        const uint32_t x1 = single.next_u32();
        float f[2];
        fast::box_muller_float(x0, x1, f[0], f[1]);
        for (float v : f) {
            if ((v < 0 ? -v : v) < 2.0f) {
                o[index++] = v;
                if (index >= 4) return;
            }
        }
    }
};

constexpr auto truncated_f64_group = [](rng::TfPhiloxSingleSample& single, double* o) {
    int index = 0;
    while (true) {
        const uint32_t x0 = single.next_u32();
        const uint32_t x1 = single.next_u32();
        const uint32_t x2 = single.next_u32();
        const uint32_t x3 = single.next_u32();
        double d[2];
        box_muller_double(x0, x1, x2, x3, d[0], d[1]);
        for (double v : d) {
            if ((v < 0 ? -v : v) < 2.0) {
                o[index++] = v;
                if (index >= 2) return;
            }
        }
    }
};

std::vector<float> fill_truncated_normal_f32(TfPhiloxRandom gen, int64_t n) { return fill_variable<float, 4>(gen, n, truncated_f32_group); }
std::vector<double> fill_truncated_normal_f64(TfPhiloxRandom gen, int64_t n) { return fill_variable<double, 2>(gen, n, truncated_f64_group); }

tensor::Tensor fill_float_tensor(TfPhiloxRandom gen, FloatDist dist, tensor::DType dtype, const tensor::Shape& shape) {
    tensor::Tensor t = tensor::Tensor::uninitialized(dtype, shape);
    const int64_t n = t.size();
    const bool f64 = dtype == tensor::DType::Float64;
    float* f = f64 ? nullptr : t.data<float>();
    double* d = f64 ? t.data<double>() : nullptr;
    switch (dist) {
        case FloatDist::Uniform: f64 ? fill_fixed<double, 2>(gen, d, n, uniform_f64_group) : fill_uniform_f32_into(gen, f, n); break;
        case FloatDist::Normal: f64 ? fill_fixed<double, 2>(gen, d, n, normal_f64_group) : fill_fixed<float, 4>(gen, f, n, normal_f32_group, normal_f32_two_groups); break;
        case FloatDist::TruncatedNormal:
            f64 ? fill_variable<double, 2>(gen, d, n, truncated_f64_group) : fill_variable<float, 4>(gen, f, n, truncated_f32_group);
            break;
    }
    return t;
}

}  // namespace seedlab::libs::tf
