// tf.data.Dataset in eager mode (TF 2.x): range, from_tensor_slices, from_tensors,
// shuffle (seeds from get_seed at construction, (0, 0) -> two New64 values, one seed
// generator per dataset so each new iterator takes the next seed pair when
// reshuffle_each_iteration is on; the buffer walk of kernel_shuffle.hpp), batch, take,
// skip, repeat (a new input iterator per epoch), map (the function runs eagerly; random
// ops inside it are refused because TF would trace them with their own op seeds) and
// as_numpy_iterator. Iterating yields eager tensors.
#include <deque>
#include <unordered_map>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/objects.hpp"
#include "libs/numpy/ndarray.hpp"
#include "libs/tensorflow/kernel_shuffle.hpp"
#include "libs/tensorflow/tf_api.hpp"
#include "libs/tensorflow/tf_ops.hpp"

namespace seedlab::libs::tf {

using lang::CallArgs;
using lang::Interpreter;
using lang::Value;
using tensor::DType;
using tensor::Tensor;

namespace {

[[noreturn]] void unsupported(Interpreter& in, const std::string& what) {
    throw lang::unsupported(what + " is not supported in the playground", in.current_line());
}

struct ElementIter {
    virtual ~ElementIter() = default;
    virtual bool next(Interpreter& in, Value& out) = 0;
};

struct Source : std::enable_shared_from_this<Source> {
    virtual ~Source() = default;
    virtual std::unique_ptr<ElementIter> iterate(Interpreter& in) = 0;
};
using SourcePtr = std::shared_ptr<Source>;

// ---- sources ------------------------------------------------------------------------------

struct RangeSource : Source {
    int64_t start, stop, step;
    DType dtype;
    struct It : ElementIter {
        int64_t cur, stop, step;
        DType dtype;
        bool next(Interpreter&, Value& out) override {
            if (step > 0 ? cur >= stop : cur <= stop) return false;
            out = make_eager({Tensor::scalar(tensor::Scalar::int64(cur)).astype(dtype), nullptr});
            cur += step;
            return true;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter&) override {
        auto it = std::make_unique<It>();
        it->cur = start;
        it->stop = stop;
        it->step = step;
        it->dtype = dtype;
        return it;
    }
};

// Elements are slices along dimension 0 of each component ([single]: not a tuple).
struct SlicesSource : Source {
    std::vector<TfValue> components;
    std::vector<Value> keys;  // dict keys, when the structure is a dict
    bool single = true;
    bool slices = true;       // false: from_tensors (one element, the whole value)
    Value element(Interpreter& in, int64_t i) const {
        std::vector<Value> parts;
        for (auto& c : components) {
            if (!slices) { parts.push_back(make_eager(c)); continue; }
            Value whole = make_eager(c);
            parts.push_back(in.get_item(whole, Value::integer(i)));
        }
        if (single) return parts[0];
        if (!keys.empty()) {
            auto d = std::make_shared<lang::DictObj>();
            for (size_t k = 0; k < keys.size(); ++k) d->put(in, keys[k], parts[k]);
            return Value::object(d);
        }
        return lang::make_tuple(parts);
    }
    struct It : ElementIter {
        std::shared_ptr<const SlicesSource> src;  // keeps the dataset alive while iterating
        int64_t i = 0, n;
        bool next(Interpreter& in, Value& out) override {
            if (i >= n) return false;
            out = src->element(in, i++);
            return true;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter&) override {
        auto it = std::make_unique<It>();
        it->src = std::static_pointer_cast<const SlicesSource>(shared_from_this());
        it->n = slices ? components[0].t.shape()[0] : 1;
        return it;
    }
};

struct TakeSource : Source {
    SourcePtr input;
    int64_t count;
    bool skip = false;
    struct It : ElementIter {
        std::unique_ptr<ElementIter> in_it;
        int64_t count, seen = 0;
        bool skip;
        bool next(Interpreter& in, Value& out) override {
            if (skip) {
                while (seen < count || count < 0) {
                    Value dummy;
                    if (!in_it->next(in, dummy)) return false;
                    ++seen;
                }
                return in_it->next(in, out);
            }
            if (count >= 0 && seen >= count) return false;
            ++seen;
            return in_it->next(in, out);
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter& in) override {
        auto it = std::make_unique<It>();
        it->in_it = input->iterate(in);
        it->count = count;
        it->skip = skip;
        return it;
    }
};

struct RepeatSource : Source {
    SourcePtr input;
    int64_t count;  // -1: for ever
    struct It : ElementIter {
        SourcePtr input;
        std::unique_ptr<ElementIter> cur;
        int64_t count, epoch = 0;
        bool produced = false;
        bool next(Interpreter& in, Value& out) override {
            while (count < 0 || epoch < count) {
                if (!cur) {
                    cur = input->iterate(in);
                    produced = false;
                }
                if (cur->next(in, out)) {
                    produced = true;
                    return true;
                }
                cur.reset();
                ++epoch;
                // An empty input repeated for ever ends instead of looping.
                if (!produced && count < 0) return false;
            }
            return false;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter&) override {
        auto it = std::make_unique<It>();
        it->input = input;
        it->count = count;
        return it;
    }
};

// Stacks [items] (tensors, or tuples/dicts of tensors of one structure) along a new axis 0.
Value stack_elements(Interpreter& in, const std::vector<Value>& items) {
    const Value& first = items[0];
    if (auto* e = as_eager(first)) {
        tensor::Shape shape = e->v.t.shape();
        tensor::Shape out_shape = {static_cast<int64_t>(items.size())};
        out_shape.insert(out_shape.end(), shape.begin(), shape.end());
        Tensor out(e->v.t.dtype(), out_shape);
        const int64_t row = tensor::shape_size(shape);
        for (size_t k = 0; k < items.size(); ++k) {
            auto* x = as_eager(items[k]);
            if (!x || x->v.t.shape() != shape) unsupported(in, "batching elements of different shapes");
            for (int64_t i = 0; i < row; ++i) out.set(static_cast<int64_t>(k) * row + i, x->v.t.get(i));
        }
        return make_eager({out, e->v.prov});
    }
    if (auto* t = first.as<lang::TupleObj>()) {
        std::vector<Value> parts;
        for (size_t c = 0; c < t->items.size(); ++c) {
            std::vector<Value> column;
            for (auto& item : items) column.push_back(item.as<lang::TupleObj>()->items[c]);
            parts.push_back(stack_elements(in, column));
        }
        return lang::make_tuple(parts);
    }
    unsupported(in, "batching this element structure");
}

struct BatchSource : Source {
    SourcePtr input;
    int64_t size;
    bool drop_remainder;
    struct It : ElementIter {
        std::unique_ptr<ElementIter> in_it;
        int64_t size;
        bool drop;
        bool next(Interpreter& in, Value& out) override {
            std::vector<Value> items;
            Value v;
            while (static_cast<int64_t>(items.size()) < size && in_it->next(in, v)) items.push_back(v);
            if (items.empty() || (drop && static_cast<int64_t>(items.size()) < size)) return false;
            out = stack_elements(in, items);
            return true;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter& in) override {
        auto it = std::make_unique<It>();
        it->in_it = input->iterate(in);
        it->size = size;
        it->drop = drop_remainder;
        return it;
    }
};

struct MapSource : Source {
    SourcePtr input;
    Value fn;
    struct It : ElementIter {
        std::unique_ptr<ElementIter> in_it;
        Value fn;
        bool next(Interpreter& in, Value& out) override {
            Value v;
            if (!in_it->next(in, v)) return false;
            std::vector<Value> args;
            if (auto* t = v.as<lang::TupleObj>()) args = t->items;
            else args.push_back(v);
            TfState& s = state(in);
            ++s.map_depth;
            struct Guard { TfState& s; ~Guard() { --s.map_depth; } } guard{s};
            Value r = in.call(fn, args);
            if (!is_tf_tensor(r) && !r.as<lang::TupleObj>()) r = make_eager(constant_value(in, r, std::nullopt));
            out = r;
            return true;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter& in) override {
        auto it = std::make_unique<It>();
        it->in_it = input->iterate(in);
        it->fn = fn;
        return it;
    }
};

struct ShuffleSource : Source {
    SourcePtr input;
    int64_t buffer_size;
    std::shared_ptr<DatasetSeedGenerator> seeds;
    std::string rule;
    bool from_entropy = false;
    struct It : ElementIter {
        SourcePtr input;
        std::shared_ptr<DatasetSeedGenerator> seeds;
        std::unique_ptr<ShuffleIterator> shuffle;
        std::unordered_map<int64_t, Value> store;
        int64_t next_handle = 0;
        Interpreter* interp = nullptr;
        std::string rule;
        bool from_entropy = false;
        bool next(Interpreter& in, Value& out) override {
            interp = &in;
            std::optional<int64_t> h = shuffle->next();
            if (!h) return false;
            auto found = store.find(*h);
            out = found->second;
            store.erase(found);
            if (auto* e = as_eager(out)) {
                auto p = std::make_shared<lang::Provenance>();
                p->library = "tensorflow";
                p->generator = "Philox4x32-10";
                p->seed = "(" + std::to_string(shuffle->seed()) + ", " + std::to_string(shuffle->seed2()) + ")";
                p->counter = "draw " + std::to_string(shuffle->random_samples()) + " of this epoch";
                p->rule = "tf.data shuffle: " + rule;
                p->from_entropy = from_entropy;
                out = make_eager({e->v.t, p});
            }
            return true;
        }
    };
    std::unique_ptr<ElementIter> iterate(Interpreter& in) override {
        auto it = std::make_unique<It>();
        It* raw = it.get();
        raw->input = input;
        raw->seeds = seeds;
        raw->rule = rule;
        raw->from_entropy = from_entropy;
        raw->interp = &in;
        auto make_input = [raw]() {
            auto src_it = std::shared_ptr<ElementIter>(raw->input->iterate(*raw->interp).release());
            return ShuffleIterator::Pull([raw, src_it]() -> std::optional<int64_t> {
                Value v;
                if (!src_it->next(*raw->interp, v)) return std::nullopt;
                const int64_t h = raw->next_handle++;
                raw->store.emplace(h, v);
                return h;
            });
        };
        raw->shuffle = std::make_unique<ShuffleIterator>(*seeds, buffer_size, 1, make_input);
        return it;
    }
};

// ---- Python objects ------------------------------------------------------------------------

struct DatasetObj;
Value make_dataset(SourcePtr src);

struct IteratorObj : lang::IterObj {
    std::unique_ptr<ElementIter> it;
    bool numpy = false;
    std::string type_name() const override { return numpy ? "_NumpyIterator" : "OwnedIterator"; }
    bool next(Interpreter& in, Value& out) override {
        Value v;
        if (!it->next(in, v)) return false;
        out = numpy ? to_numpy_structure(in, v) : v;
        return true;
    }
    static Value to_numpy_structure(Interpreter& in, const Value& v) {
        if (auto* e = as_eager(v)) return to_numpy(in, e->v);
        if (auto* t = v.as<lang::TupleObj>()) {
            std::vector<Value> parts;
            for (auto& x : t->items) parts.push_back(to_numpy_structure(in, x));
            return lang::make_tuple(parts);
        }
        return v;
    }
    bool get_attr(Interpreter&, const std::string& name, Value& out) override {
        if (name == "__next__" || name == "next") {
            auto self = std::static_pointer_cast<IteratorObj>(shared_from_this());
            out = lang::make_native("__next__", [self](Interpreter& i, CallArgs&) {
                Value v;
                if (!self->next(i, v)) throw lang::runtime_error("StopIteration", "");
                return v;
            });
            return true;
        }
        return false;
    }
};

void require_eager(Interpreter& in) {
    if (is_tf1(state(in).version)) unsupported(in, "tf.data in TensorFlow 1.15 (graph-mode iterators)");
    if (!executing_eagerly(in)) unsupported(in, "tf.data outside eager execution");
}

struct DatasetObj : lang::Obj {
    SourcePtr src;
    explicit DatasetObj(SourcePtr s) : src(std::move(s)) {}
    std::string type_name() const override { return "DatasetV2"; }
    std::string repr(Interpreter& in) const override {
        throw lang::unsupported("repr() of a tf.data.Dataset (its element_spec) is not supported in the playground",
                                in.current_line());
    }
    lang::ObjPtr iter(Interpreter& in) override {
        require_eager(in);
        auto it = std::make_shared<IteratorObj>();
        it->it = src->iterate(in);
        return it;
    }
    bool get_attr(Interpreter& in, const std::string& name, Value& out) override;
};

Value make_dataset(SourcePtr src) { return Value::object(std::make_shared<DatasetObj>(std::move(src))); }

using DsMethod = Value (*)(Interpreter&, const SourcePtr&, const Params&);

Value ds_shuffle(Interpreter& in, const SourcePtr& self, const Params& p) {
    require_eager(in);
    auto s = std::make_shared<ShuffleSource>();
    s->input = self;
    s->buffer_size = lang::arg_int(in, p[0], "buffer_size");
    if (s->buffer_size < 1) unsupported(in, "a shuffle buffer_size below 1");
    const bool reshuffle = p[2].is_none() ? true : in.truthy(p[2]);
    OpSeeds seeds = get_seed(in, p[1]);
    int64_t seed = seeds.pair.seed, seed2 = seeds.pair.seed2;
    if (seed == 0 && seed2 == 0) {  // RandomSeeds: (0, 0) -> two New64 values
        seed = static_cast<int64_t>(in.entropy_word("tf.data RandomSeeds"));
        seed2 = static_cast<int64_t>(in.entropy_word("tf.data RandomSeeds"));
        s->from_entropy = true;
    }
    s->seeds = std::make_shared<DatasetSeedGenerator>(seed, seed2, reshuffle);
    s->rule = seeds.rule + (reshuffle ? "; each new iterator (epoch) takes the next seed pair from the dataset's seed generator"
                                      : "; reshuffle_each_iteration=False, so every epoch uses the same seeds");
    return make_dataset(s);
}

Value ds_batch(Interpreter& in, const SourcePtr& self, const Params& p) {
    auto s = std::make_shared<BatchSource>();
    s->input = self;
    s->size = lang::arg_int(in, p[0], "batch_size");
    if (s->size < 1) unsupported(in, "a batch_size below 1");
    s->drop_remainder = in.truthy(p[1]);
    return make_dataset(s);
}

Value ds_take(Interpreter& in, const SourcePtr& self, const Params& p) {
    auto s = std::make_shared<TakeSource>();
    s->input = self;
    s->count = lang::arg_int(in, p[0], "count");
    return make_dataset(s);
}

Value ds_skip(Interpreter& in, const SourcePtr& self, const Params& p) {
    auto s = std::make_shared<TakeSource>();
    s->input = self;
    s->count = lang::arg_int(in, p[0], "count");
    s->skip = true;
    return make_dataset(s);
}

Value ds_repeat(Interpreter& in, const SourcePtr& self, const Params& p) {
    auto s = std::make_shared<RepeatSource>();
    s->input = self;
    s->count = p[0].is_none() ? -1 : lang::arg_int(in, p[0], "count");
    return make_dataset(s);
}

Value ds_map(Interpreter& in, const SourcePtr& self, const Params& p) {
    if (!p[1].is_none()) unsupported(in, "num_parallel_calls in Dataset.map");
    auto s = std::make_shared<MapSource>();
    s->input = self;
    s->fn = p[0];
    (void)in;
    return make_dataset(s);
}

Value ds_as_numpy_iterator(Interpreter& in, const SourcePtr& self, const Params&) {
    require_eager(in);
    auto it = std::make_shared<IteratorObj>();
    it->it = self->iterate(in);
    it->numpy = true;
    return Value::object(it);
}

struct DsMethodSpec {
    const char* name;
    const char* signature;
    DsMethod impl;
};

const std::vector<DsMethodSpec>& ds_methods() {
    static const std::vector<DsMethodSpec> table = {
        {"shuffle", "shuffle(buffer_size, seed=None, reshuffle_each_iteration=None, name=None)", ds_shuffle},
        {"batch", "batch(batch_size, drop_remainder=False, num_parallel_calls=None, deterministic=None, name=None)", ds_batch},
        {"take", "take(count, name=None)", ds_take},
        {"skip", "skip(count, name=None)", ds_skip},
        {"repeat", "repeat(count=None, name=None)", ds_repeat},
        {"map", "map(map_func, num_parallel_calls=None, deterministic=None, name=None)", ds_map},
        {"as_numpy_iterator", "as_numpy_iterator()", ds_as_numpy_iterator},
    };
    return table;
}

bool DatasetObj::get_attr(Interpreter& in, const std::string& name, Value& out) {
    for (auto& m : ds_methods()) {
        if (name != m.name) continue;
        SourcePtr self = src;
        const DsMethodSpec* spec = &m;
        auto sig = std::make_shared<lang::Signature>(m.signature);
        out = lang::make_native(m.name, [self, spec, sig](Interpreter& i, CallArgs& a) { return spec->impl(i, self, sig->bind(a)); });
        return true;
    }
    (void)in;
    return false;
}

Value ds_range(Interpreter& in, CallArgs& a) {
    require_eager(in);
    std::vector<Value> pos = a.pos;
    DType dtype = DType::Int64;
    for (auto& [k, v] : a.kw) {
        if (k == "output_type" || k == "dtype") dtype = to_tf_dtype(in, v, DType::Int64);
        else if (k != "name") throw lang::type_error("range() got an unexpected keyword argument '" + k + "'");
    }
    if (pos.empty() || pos.size() > 3) throw lang::type_error("range() takes 1 to 3 positional arguments");
    auto s = std::make_shared<RangeSource>();
    s->dtype = dtype;
    s->start = 0;
    s->step = 1;
    if (pos.size() == 1) s->stop = lang::arg_int(in, pos[0], "stop");
    else {
        s->start = lang::arg_int(in, pos[0], "start");
        s->stop = lang::arg_int(in, pos[1], "stop");
        if (pos.size() == 3) s->step = lang::arg_int(in, pos[2], "step");
    }
    if (s->step == 0) throw invalid_argument( "step must be a non-zero integer.");
    return make_dataset(s);
}

SourcePtr slices_source(Interpreter& in, const Value& v, bool slices) {
    auto s = std::make_shared<SlicesSource>();
    s->slices = slices;
    std::vector<Value> parts;
    if (auto* t = v.as<lang::TupleObj>()) {
        s->single = false;
        parts = t->items;
    } else if (auto* d = v.as<lang::DictObj>()) {
        s->single = false;
        for (auto& [k, x] : d->entries) {
            s->keys.push_back(k);
            parts.push_back(x);
        }
    } else {
        parts.push_back(v);
    }
    for (auto& part : parts) {
        TfValue c = constant_value(in, part, std::nullopt);
        if (slices && c.t.ndim() == 0) unsupported(in, "from_tensor_slices of a scalar");
        if (slices && !s->components.empty() && c.t.shape()[0] != s->components[0].t.shape()[0])
            throw lang::value_error("Dimensions " + std::to_string(s->components[0].t.shape()[0]) + " and " +
                                    std::to_string(c.t.shape()[0]) + " are not compatible");
        s->components.push_back(c);
    }
    return s;
}

Value ds_from_tensor_slices(Interpreter& in, CallArgs& a) {
    require_eager(in);
    static const lang::Signature sig("from_tensor_slices(tensors, name=None)");
    return make_dataset(slices_source(in, sig.bind(a)[0], true));
}

Value ds_from_tensors(Interpreter& in, CallArgs& a) {
    require_eager(in);
    static const lang::Signature sig("from_tensors(tensors, name=None)");
    return make_dataset(slices_source(in, sig.bind(a)[0], false));
}

struct DatasetClassObj : lang::Obj {
    std::string type_name() const override { return "ABCMeta"; }
    std::string repr(Interpreter&) const override { return "<class 'tensorflow.python.data.ops.dataset_ops.DatasetV2'>"; }
    bool get_attr(Interpreter&, const std::string& name, Value& out) override {
        if (name == "range") { out = lang::make_native("range", ds_range); return true; }
        if (name == "from_tensor_slices") { out = lang::make_native("from_tensor_slices", ds_from_tensor_slices); return true; }
        if (name == "from_tensors") { out = lang::make_native("from_tensors", ds_from_tensors); return true; }
        return false;
    }
};

}  // namespace

Value dataset_class(Interpreter&) { return Value::object(std::make_shared<DatasetClassObj>()); }

}  // namespace seedlab::libs::tf
