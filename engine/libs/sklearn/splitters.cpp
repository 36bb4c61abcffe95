// sklearn.model_selection's seeded cross-validators. See splitters.hpp.
#include "libs/sklearn/splitters.hpp"

#include <deque>
#include <functional>
#include <memory>

#include "lang/args.hpp"
#include "lang/errors.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "libs/sklearn/split_algorithms.hpp"

namespace seedlab::libs::sklearn {

namespace {

using lang::CallArgs;

enum class Kind { KFold, StratifiedKFold, ShuffleSplit, StratifiedShuffleSplit, RepeatedKFold, RepeatedStratifiedKFold };

constexpr const char* kNames[] = {"KFold", "StratifiedKFold", "ShuffleSplit", "StratifiedShuffleSplit",
                                  "RepeatedKFold", "RepeatedStratifiedKFold", nullptr};

bool stratified(Kind k) { return k == Kind::StratifiedKFold || k == Kind::StratifiedShuffleSplit || k == Kind::RepeatedStratifiedKFold; }
bool shuffle_split(Kind k) { return k == Kind::ShuffleSplit || k == Kind::StratifiedShuffleSplit; }
bool repeated(Kind k) { return k == Kind::RepeatedKFold || k == Kind::RepeatedStratifiedKFold; }

struct SplitterObj : lang::Obj {
    Kind kind = Kind::KFold;
    std::string name;
    Value n_splits;  // as stored: int(n_splits) for the k-folds, as given otherwise
    bool shuffle = false;
    Value random_state, test_size, train_size;
    int64_t n_repeats = 10;

    std::string type_name() const override { return "sklearn.model_selection._split." + name; }
    std::string repr(Interpreter& in) const override;
    bool get_attr(Interpreter& in, const std::string& attr, Value& out) override;
};

// _build_repr / _pprint: parameters sorted by name, wrapped before column 75.
std::string SplitterObj::repr(Interpreter& in) const {
    std::vector<std::pair<std::string, Value>> params;
    if (repeated(kind)) params = {{"n_repeats", Value::integer(n_repeats)}, {"n_splits", n_splits}, {"random_state", random_state}};
    else if (shuffle_split(kind)) params = {{"n_splits", n_splits}, {"random_state", random_state}, {"test_size", test_size}, {"train_size", train_size}};
    else params = {{"n_splits", n_splits}, {"random_state", random_state}, {"shuffle", Value::boolean(shuffle)}};
    const size_t offset = name.size();
    const std::string line_sep = ",\n" + std::string(1 + offset / 2, ' ');
    std::string text;
    size_t line_length = offset;
    for (size_t i = 0; i < params.size(); ++i) {
        const Value& v = params[i].second;
        std::string item = params[i].first + "=" + (v.is_float() ? in.str(v) : in.repr(v));
        if (item.size() > 500) item = item.substr(0, 300) + "..." + item.substr(item.size() - 100);
        if (i > 0) {
            if (line_length + item.size() >= 75 || item.find('\n') != std::string::npos) {
                text += line_sep;
                line_length = line_sep.size();
            } else {
                text += ", ";
                line_length += 2;
            }
        }
        text += item;
        line_length += item.size();
    }
    return name + "(" + text + ")";
}

int64_t folds_of(Interpreter& in, const SplitterObj& s) { return lang::arg_int(in, s.n_splits, "n_splits"); }

// _BaseKFold.__init__'s checks.
void check_kfold_args(Interpreter& in, const Value& n_splits, const Value& shuffle, const Value& random_state) {
    if (!is_integral(n_splits))
        throw lang::value_error("The number of folds must be of Integral type. " + in.str(n_splits) + " of type <class '" +
                                in.type_name(n_splits) + "'> was passed.");
    const int64_t k = lang::arg_int(in, n_splits, "n_splits");
    if (k <= 1)
        throw lang::value_error("k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=" +
                                std::to_string(k) + ".");
    if (!shuffle.is_bool()) throw lang::type_error("shuffle must be True or False; got " + in.str(shuffle));
    if (!shuffle.as_bool() && !random_state.is_none())
        throw lang::value_error("Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.");
}

// The folds one (Stratified)KFold split() call yields, all decided at its first step.
std::vector<Split> kfold_split(Interpreter& in, Kind kind, int64_t n_splits, const Value& rng, const Value& X, const Value& y) {
    const int64_t n_samples = num_samples(in, X);
    if (n_splits > n_samples)
        throw lang::value_error("Cannot have number of splits n_splits=" + std::to_string(n_splits) +
                                " greater than the number of samples: n_samples=" + std::to_string(n_samples) + ".");
    if (kind == Kind::StratifiedKFold) return stratified_kfold_folds(in, y, n_splits, rng);
    return kfold_folds(in, n_samples, n_splits, rng);
}

// split(): a generator whose [refill] appends the next batch of splits, false at the end.
Value lazy_splits(const std::string& qualname, std::function<bool(Interpreter&, std::deque<Split>&)> refill) {
    auto pending = std::make_shared<std::deque<Split>>();
    auto done = std::make_shared<bool>(false);
    return Value::object(std::make_shared<lang::FnIter>("generator", [pending, done, refill, qualname](Interpreter& in, Value& out) {
        (void)qualname;
        while (pending->empty() && !*done)
            if (!refill(in, *pending)) *done = true;
        if (pending->empty()) return false;
        out = lang::make_tuple({pending->front().first, pending->front().second});
        pending->pop_front();
        return true;
    }));
}

Value split(Interpreter& in, std::shared_ptr<SplitterObj> self, const Value& X, const Value& y, const Value& groups) {
    auto started = std::make_shared<bool>(false);
    const Kind kind = self->kind;
    if (kind == Kind::KFold || kind == Kind::StratifiedKFold) {
        return lazy_splits("_BaseKFold.split", [=](Interpreter& i, std::deque<Split>& out) {
            if (*started) return false;
            *started = true;
            check_consistent_length(i, {X, y, groups});
            const Value rng = self->shuffle ? check_random_state(i, self->random_state) : Value::none();
            for (Split& s : kfold_split(i, kind, folds_of(i, *self), rng, X, y)) out.push_back(std::move(s));
            return true;
        });
    }
    if (shuffle_split(kind)) {
        struct Walk {
            int64_t done = 0, total = 0, n_samples = 0;
            SplitSizes sizes;
            std::optional<StratifiedPlan> plan;
            Value rng;
        };
        auto walk = std::make_shared<Walk>();
        return lazy_splits("BaseShuffleSplit.split", [=](Interpreter& i, std::deque<Split>& out) {
            if (!*started) {
                *started = true;
                check_consistent_length(i, {X, y, groups});
                walk->n_samples = num_samples(i, X);
                walk->sizes = validate_shuffle_split(i, walk->n_samples, self->test_size, self->train_size, 0.1);
                if (kind == Kind::StratifiedShuffleSplit) walk->plan = stratified_plan(i, y, walk->sizes);
                walk->rng = check_random_state(i, self->random_state);
                walk->total = lang::arg_int(i, self->n_splits, "n_splits");
            }
            if (walk->done >= walk->total) return false;
            ++walk->done;
            out.push_back(walk->plan ? stratified_split_once(i, *walk->plan, walk->rng)
                                     : shuffle_split_once(i, walk->n_samples, walk->sizes, walk->rng));
            return true;
        });
    }
    // Repeated*: a fresh (Stratified)KFold(shuffle=True) on one shared RandomState per repeat.
    auto repeat = std::make_shared<int64_t>(0);
    auto rng = std::make_shared<Value>();
    const Kind inner = kind == Kind::RepeatedKFold ? Kind::KFold : Kind::StratifiedKFold;
    return lazy_splits("_RepeatedSplits.split", [=](Interpreter& i, std::deque<Split>& out) {
        if (!*started) {
            *started = true;
            *rng = check_random_state(i, self->random_state);
        }
        if (*repeat >= self->n_repeats) return false;
        ++*repeat;
        check_kfold_args(i, self->n_splits, Value::boolean(true), *rng);
        check_consistent_length(i, {X, y, groups});
        for (Split& s : kfold_split(i, inner, folds_of(i, *self), *rng, X, y)) out.push_back(std::move(s));
        return true;
    });
}

bool SplitterObj::get_attr(Interpreter& in, const std::string& attr, Value& out) {
    (void)in;
    auto self = std::static_pointer_cast<SplitterObj>(shared_from_this());
    if (attr == "split") {
        const bool needs_y = stratified(kind);
        out = lang::make_native("split", [self, needs_y](Interpreter& i, CallArgs& a) {
            static const lang::Signature with_y("split(X, y, groups=None)");
            static const lang::Signature optional_y("split(X, y=None, groups=None)");
            const std::vector<Value> p = (needs_y ? with_y : optional_y).bind(a);
            return split(i, self, p[0], p[1], p[2]);
        });
        return true;
    }
    if (attr == "get_n_splits") {
        out = lang::make_native("get_n_splits", [self](Interpreter& i, CallArgs& a) {
            static const lang::Signature sig("get_n_splits(X=None, y=None, groups=None)");
            sig.bind(a);
            if (repeated(self->kind)) {
                check_random_state(i, self->random_state);
                return Value::integer(folds_of(i, *self) * self->n_repeats);
            }
            return self->n_splits;
        });
        return true;
    }
    if (attr == "n_splits") { out = n_splits; return true; }
    if (attr == "random_state") { out = random_state; return true; }
    if (attr == "n_repeats" && repeated(kind)) { out = Value::integer(n_repeats); return true; }
    if (attr == "shuffle" && !shuffle_split(kind) && !repeated(kind)) { out = Value::boolean(shuffle); return true; }
    if ((attr == "test_size" || attr == "train_size") && shuffle_split(kind)) { out = attr == "test_size" ? test_size : train_size; return true; }
    return false;
}

Value construct(Interpreter& in, Kind kind, const std::string& name, CallArgs& a) {
    auto s = std::make_shared<SplitterObj>();
    s->kind = kind;
    s->name = name;
    if (kind == Kind::KFold || kind == Kind::StratifiedKFold) {
        static const lang::Signature sig("__init__(n_splits=5, *, shuffle=False, random_state=None)");
        const std::vector<Value> p = sig.bind(a);
        check_kfold_args(in, p[0], p[1], p[2]);
        s->n_splits = Value::integer(lang::arg_int(in, p[0], "n_splits"));
        s->shuffle = p[1].as_bool();
        s->random_state = p[2];
    } else if (shuffle_split(kind)) {
        static const lang::Signature sig("__init__(n_splits=10, *, test_size=None, train_size=None, random_state=None)");
        const std::vector<Value> p = sig.bind(a);
        s->n_splits = p[0];
        s->test_size = p[1];
        s->train_size = p[2];
        s->random_state = p[3];
    } else {
        static const lang::Signature sig("__init__(*, n_splits=5, n_repeats=10, random_state=None)");
        const std::vector<Value> p = sig.bind(a);
        if (!is_integral(p[1])) throw lang::value_error("Number of repetitions must be of Integral type.");
        s->n_repeats = lang::arg_int(in, p[1], "n_repeats");
        if (s->n_repeats <= 0) throw lang::value_error("Number of repetitions must be greater than 0.");
        s->n_splits = p[0];
        s->random_state = p[2];
    }
    return Value::object(s);
}

}  // namespace

const char* const* splitter_names() { return kNames; }

Value splitter_class(const std::string& name) {
    Kind kind = Kind::KFold;
    for (int i = 0; kNames[i]; ++i)
        if (name == kNames[i]) kind = static_cast<Kind>(i);
    return Value::object(std::make_shared<lang::TypeObj>("sklearn.model_selection._split." + name,
                                                         [kind, name](Interpreter& in, CallArgs& a) { return construct(in, kind, name, a); }));
}

}  // namespace seedlab::libs::sklearn
