// The random image ops whose randomness is one uniform draw (ops/image_ops_impl.py):
// stateless_random_brightness (adjust_brightness: image + delta in float32),
// stateless_random_flip_left_right/up_down and their stateful forms random_flip_*
// (rank 3: flip when u < 0.5; rank 4: flips = round(u) per image, then
// flips * flipped + (1 - flips) * image). Eager mode only; other image ops are refused.
#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

TfValue eager_value(Interpreter& in, const Value& v) {
    if (!executing_eagerly(in)) unsupported(in, "tf.image random ops in graph mode");
    return as_eager(convert_to_tensor(in, v, std::nullopt, "image"))->v;
}

// array_ops.reverse(image, [axis]) as a copy.
Tensor reverse_axis(const Tensor& t, int64_t axis) {
    Tensor src = t.contiguous();
    Tensor out(t.dtype(), t.shape());
    const tensor::Shape& s = t.shape();
    int64_t inner = 1;
    for (size_t i = static_cast<size_t>(axis) + 1; i < s.size(); ++i) inner *= s[i];
    const int64_t n = s[static_cast<size_t>(axis)];
    const int64_t outer = t.size() / (inner * n);
    for (int64_t o = 0; o < outer; ++o)
        for (int64_t k = 0; k < n; ++k)
            for (int64_t i = 0; i < inner; ++i)
                out.set((o * n + k) * inner + i, src.get((o * n + (n - 1 - k)) * inner + i));
    return out;
}

// _random_flip: [uniform] draws u for shape [] (rank 3) or [batch] (rank 4).
Value random_flip(Interpreter& in, const Value& image_v, int64_t flip_index,
                  const std::function<Value(const std::vector<Value>&)>& uniform) {
    TfValue image = eager_value(in, image_v);
    const int64_t rank = image.t.ndim();
    if (rank < 3) throw lang::value_error("'image' (shape " + shape_str(image.t.shape()) + ") must be at least three-dimensional.");
    if (rank == 3) {
        Value u = uniform({});
        const TfValue uv = as_eager(u)->v;
        const bool mirror = uv.t.get(0).f < 0.5;
        return make_eager({mirror ? reverse_axis(image.t, flip_index) : image.t.copy(), uv.prov});
    }
    if (rank != 4) unsupported(in, "flipping images of rank above 4");
    const int64_t batch = image.t.shape()[0];
    Value u = uniform({Value::integer(batch)});
    const TfValue uv = as_eager(u)->v;
    // flips * flipped + (1 - flips) * image, elementwise in the image dtype.
    Value rounded = make_eager({Tensor(DType::Float32, {batch, 1, 1, 1}), uv.prov});
    for (int64_t b = 0; b < batch; ++b) {
        const float x = static_cast<float>(uv.t.get(b).f);
        // math_ops.round: round half to even
        float r = static_cast<float>(static_cast<int64_t>(x));
        const float frac = x - r;
        if (frac > 0.5f || (frac == 0.5f && (static_cast<int64_t>(r) % 2 != 0))) r += 1.0f;
        as_eager(rounded)->v.t.set(b, tensor::Scalar::float32(r));
    }
    Value f = cast(in, rounded, image.t.dtype(), Value::none());
    Value flipped = make_eager({reverse_axis(image.t, flip_index + 1), image.prov});
    Value img = make_eager(image);
    Value one_minus = binary_math(in, "-", Value::integer(1), f);
    return binary_math(in, "+", binary_math(in, "*", f, flipped), binary_math(in, "*", one_minus, img));
}

}  // namespace

// (image, max_delta, seed)
Value api_stateless_random_brightness(Interpreter& in, const Params& p) {
    const double max_delta = p[1].is_float() ? p[1].as_float() : static_cast<double>(lang::arg_int(in, p[1], "max_delta"));
    if (max_delta < 0) throw lang::value_error("max_delta must be non-negative.");
    TfValue image = eager_value(in, p[0]);
    if (image.t.dtype() != DType::Float32) unsupported(in, "stateless_random_brightness of non-float32 images");
    Value delta = api_stateless_uniform(in, {lang::make_list({}), p[2], Value::floating(-max_delta),
                                             Value::floating(max_delta), Value::none(), Value::none()});
    return binary_math(in, "+", make_eager(image), delta);
}

// (image, seed)
Value api_stateless_flip_left_right(Interpreter& in, const Params& p) {
    return random_flip(in, p[0], 1, [&](const std::vector<Value>& shape) {
        return api_stateless_uniform(in, {lang::make_list(shape), p[1], Value::integer(0), Value::floating(1.0), Value::none(), Value::none()});
    });
}

Value api_stateless_flip_up_down(Interpreter& in, const Params& p) {
    return random_flip(in, p[0], 0, [&](const std::vector<Value>& shape) {
        return api_stateless_uniform(in, {lang::make_list(shape), p[1], Value::integer(0), Value::floating(1.0), Value::none(), Value::none()});
    });
}

// (image, seed): random_ops.random_uniform(shape, minval=0, maxval=1.0, seed=seed)
Value api_random_flip_left_right(Interpreter& in, const Params& p) {
    return random_flip(in, p[0], 1, [&](const std::vector<Value>& shape) {
        return api_uniform(in, {lang::make_list(shape), Value::integer(0), Value::floating(1.0), Value::none(), p[1], Value::none()});
    });
}

Value api_random_flip_up_down(Interpreter& in, const Params& p) {
    return random_flip(in, p[0], 0, [&](const std::vector<Value>& shape) {
        return api_uniform(in, {lang::make_list(shape), Value::integer(0), Value::floating(1.0), Value::none(), p[1], Value::none()});
    });
}

}  // namespace seedlab::libs::tf
