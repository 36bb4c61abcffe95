// Pins the public ndarray API other libraries build on (engine/libs/numpy/ndarray.hpp):
// wrapping tensors, provenance on printed elements, argument conversions; and error
// messages whose exact text the golden files cannot hold (NumPy's broadcast error
// ends in a space). Expected texts come from CPython 3.11.2 with NumPy 1.24.2.
#include <catch.hpp>

#include <memory>
#include <string>

#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/registry.hpp"
#include "session/session.hpp"

namespace {

using seedlab::lang::Interpreter;
using seedlab::lang::Value;
using seedlab::tensor::DType;
using seedlab::tensor::Scalar;
using seedlab::tensor::Tensor;
namespace np = seedlab::libs::numpy;

struct Fixture {
    seedlab::lang::ModuleRegistry registry = seedlab::libs::make_registry();
    std::unique_ptr<Interpreter> in;
    Fixture() {
        seedlab::lang::Runtime rt;
        rt.modules = &registry;
        in = std::make_unique<Interpreter>(rt);
    }
};

seedlab::session::ProcessResult run(const std::string& source) {
    seedlab::session::RunOptions options;
    options.runs = 1;
    options.entropy = {1};
    return seedlab::session::run(source, options).runs.at(0);
}

}  // namespace

TEST_CASE("make_ndarray wraps a tensor without copying and as_tensor gives it back", "[numpy][api]") {
    Fixture f;
    Tensor t(DType::Float64, {3});
    Value v = np::make_ndarray(*f.in, t);
    Tensor* back = np::as_tensor(v);
    REQUIRE(back != nullptr);
    back->data<double>()[1] = 2.5;
    CHECK(t.data<double>()[1] == 2.5);
    CHECK(np::as_tensor(Value::integer(3)) == nullptr);
    CHECK(f.in->repr(v) == "array([0. , 2.5, 0. ])");
}

TEST_CASE("provenance set on an array marks every printed element and follows indexing", "[numpy][api][spans]") {
    Fixture f;
    auto prov = std::make_shared<seedlab::lang::Provenance>();
    prov->library = "numpy.random";
    Value v = np::make_ndarray(*f.in, Tensor::from_vector(std::vector<double>{0.5, 0.25}));
    np::set_provenance(v, prov);
    CHECK(np::provenance_of(v) == prov);
    seedlab::lang::TextOut out;
    f.in->write(v, out, true);
    CHECK(out.text == "[0.5  0.25]");
    REQUIRE(out.spans.size() == 2);
    CHECK(out.spans[0].provenance == prov);
    CHECK(out.spans[1].dtype == "float64");
    Value element = f.in->get_item(v, Value::integer(1));
    seedlab::lang::TextOut one;
    f.in->write(element, one, false);
    CHECK(one.text == "0.25");
    REQUIRE(one.spans.size() == 1);
    CHECK(one.spans[0].provenance == prov);
}

TEST_CASE("make_result returns a NumPy scalar for a 0-d tensor", "[numpy][api]") {
    Fixture f;
    Value s = np::make_result(*f.in, Tensor::scalar(Scalar::float32(0.1f)));
    CHECK(np::as_tensor(s) == nullptr);
    REQUIRE(np::as_numpy_scalar(s).has_value());
    CHECK(np::as_numpy_scalar(s)->dtype == DType::Float32);
    CHECK(f.in->repr(s) == "0.1");
    CHECK(f.in->type_name(s) == "numpy.float32");
}

TEST_CASE("to_tensor, to_dtype and to_shape convert arguments as numpy 1.24 does", "[numpy][api]") {
    Fixture f;
    Value nested = seedlab::lang::make_list({seedlab::lang::make_list({Value::integer(1), Value::floating(2.5)}),
                                             seedlab::lang::make_list({Value::boolean(true), Value::integer(4)})});
    Tensor t = np::to_tensor(*f.in, nested);
    CHECK(t.dtype() == DType::Float64);
    CHECK(t.shape() == seedlab::tensor::Shape{2, 2});
    CHECK(t.get(2).f == 1.0);
    CHECK(np::to_tensor(*f.in, Value::integer(7)).dtype() == DType::Int64);
    CHECK(np::to_tensor(*f.in, nested, DType::Int32).get(1).i == 2);
    CHECK(np::to_dtype(*f.in, Value::str("f4")) == DType::Float32);
    CHECK(!np::to_dtype(*f.in, Value::none()).has_value());
    CHECK(np::to_dtype(*f.in, f.in->builtin("float")) == DType::Float64);
    CHECK(np::to_shape(*f.in, Value::integer(3)) == seedlab::tensor::Shape{3});
    CHECK(np::to_shape(*f.in, seedlab::lang::make_tuple({Value::integer(2), Value::integer(0)})) == seedlab::tensor::Shape{2, 0});
    CHECK_THROWS_WITH(np::to_shape(*f.in, Value::integer(-1)), "negative dimensions are not allowed");
    CHECK_THROWS_WITH(np::to_dtype(*f.in, Value::str("floaty")), "data type 'floaty' not understood");
}

TEST_CASE("mismatched shapes raise numpy 1.24's broadcast error, trailing space included", "[numpy][errors]") {
    auto r = run("import numpy as np\nnp.ones((2, 3)) + np.ones((3, 2))\n");
    REQUIRE(r.error);
    CHECK(r.error->type == "ValueError");
    CHECK(r.error->message == "operands could not be broadcast together with shapes (2,3) (3,2) ");
}

TEST_CASE("unsupported numpy features name themselves instead of printing different digits", "[numpy][errors]") {
    auto empty = run("import numpy as np\nnp.empty(3)\n");
    REQUIRE(empty.error);
    CHECK(empty.error->kind == "unsupported");
    auto exp32 = run("import numpy as np\nnp.exp(np.array([0.5], dtype=np.float32))\n");
    REQUIRE(exp32.error);
    CHECK(exp32.error->kind == "unsupported");
    auto blas = run("import numpy as np\na = np.array([[0.1, 0.2], [0.3, 0.4]])\nprint(a @ a)\n");
    REQUIRE(blas.error);
    CHECK(blas.error->kind == "unsupported");
}
