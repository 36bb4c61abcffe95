// The tree-walking interpreter of the Python subset, and the services it offers to
// the emulated libraries (calling values, repr/str, attribute access, per-process
// library state, the run's entropy, the print sink and the limits).
// What it is not: it knows no library; libraries register module factories in a
// ModuleRegistry (modules.hpp) and keep their state through state<T>().
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/ast.hpp"
#include "lang/errors.hpp"
#include "lang/scope.hpp"
#include "lang/value.hpp"

namespace seedlab::lang {

class ModuleRegistry;
struct Scope;
struct RecursionGuard;

// Hard limits of one process, each with a reason.
struct Limits {
    // Statements and calls executed: bounds `while True: pass` deterministically, so
    // native and wasm stop at the same statement (wall time would differ).
    int64_t max_steps = 20'000'000;
    // Elements in one list/array/tensor: 64M doubles is 512 MB, more than a tab should use.
    int64_t max_elements = 64'000'000;
    // Bytes printed by one process: keeps the page responsive.
    int64_t max_output_bytes = 2'000'000;
    // Python call depth: CPython's default recursion limit, counted as CPython 3.11
    // counts it (a Python call 1, a builtin call 1, a call from a builtin into Python 2).
    int max_call_depth = 1000;
    // Nested calls the host's machine stack holds: WebAssembly runs on the browser's
    // JavaScript stack (about 1 MB, a few hundred interpreter frames), so the wasm build
    // stops deep recursion with a limit error instead of letting the engine crash.
    // 0 (native builds, which run on a 512 MB stack) means no limit beyond max_call_depth.
#ifdef __EMSCRIPTEN__
    int max_stack_depth = 160;
#else
    int max_stack_depth = 0;
#endif
};

// What a process gives its interpreter.
struct Runtime {
    const ModuleRegistry* modules = nullptr;
    std::map<std::string, std::string> environ;  // the process environment at start
    uint64_t entropy = 0;                        // the run's entropy: the only unseeded randomness
    std::string tf_version = "2.16";             // the emulated TensorFlow: "1.15", "2.4", "2.15" or "2.16"
    Limits limits;
    // Receives each print() call: the line of the call and the text with number spans.
    std::function<void(int line, TextOut&& out)> on_print;
    // Receives a named series of numbers a library produced for the page's plots (a fit's
    // per-epoch "loss" / "val_loss", a model's "initial_weights"); may be empty.
    std::function<void(int line, const std::string& name, std::vector<double> values)> on_series;
    // Seconds on a monotonic clock, for the timings libraries print (Keras's progress
    // bars); they are left out of the comparison. Empty: timings read 0.
    std::function<double()> clock;
};

class Interpreter {
public:
    explicit Interpreter(Runtime runtime);
    ~Interpreter();

    // Executes [stmts] of [module] in the global scope (a whole script or one cell).
    void run(const Module& module, const std::vector<const Stmt*>& stmts);
    void run(const Module& module);

    // ---- services for libraries ---------------------------------------------
    Runtime& runtime() { return runtime_; }
    int current_line() const;
    // One 64-bit word of the run's entropy for [purpose]; successive calls differ.
    uint64_t entropy_word(std::string_view purpose);
    // Per-process state of a library, created on first use.
    template <class T> T& state() {
        auto& slot = states_[std::type_index(typeid(T))];
        if (!slot) slot = std::make_shared<T>();
        return *std::static_pointer_cast<T>(slot);
    }
    void count_elements(int64_t n);  // raises a limit error beyond max_elements
    // One step of library work that loops (a training sample, for example): counted in
    // the step budget like a statement, so long library loops stop at the same place.
    void library_step() { step(current_line()); }

    // Calls [fn] on behalf of native code (a builtin or a library calling back into Python).
    Value call(const Value& fn, CallArgs& args);
    Value call(const Value& fn, std::vector<Value> pos);
    // The builtin named [name] (int, len, ValueError, ...).
    Value builtin(const std::string& name) const;
    Value get_attr(const Value& obj, const std::string& name);
    bool has_attr(const Value& obj, const std::string& name);
    void set_attr(const Value& obj, const std::string& name, const Value& v);
    std::string repr(const Value& v);
    std::string str(const Value& v);
    void write(const Value& v, TextOut& out, bool as_str);
    bool truthy(const Value& v);
    std::vector<Value> to_list(const Value& iterable);  // iterates fully
    ObjPtr iter(const Value& iterable);                // TypeError when not iterable
    Value binary(const std::string& op, const Value& a, const Value& b);
    bool equals(const Value& a, const Value& b);
    // PyObject_RichCompareBool(a, b, Py_EQ), used by containers: identical objects are
    // equal without comparing. Floats carry no identity here, so nan against nan is refused.
    bool same_or_equal(const Value& a, const Value& b);
    bool less(const Value& a, const Value& b);  // for sorted/min/max
    Value get_item(const Value& obj, const Value& key);
    void set_item(const Value& obj, const Value& key, const Value& v);
    int64_t length(const Value& v);
    std::string type_name(const Value& v) const;
    Value import_module(const std::string& dotted, int line);
    void emit_print(TextOut&& out);
    // A library's warning line on stderr (logging's "WARNING:absl:..." and the like).
    void emit_warning(const std::string& line);

    // Deletes obj[key] (list items and slices, dict keys).
    void del_item(const Value& obj, const Value& key);

private:
    friend struct FunctionObj;
    friend struct RecursionGuard;
    struct Frame;
    enum class Flow { Normal, Break, Continue, Return };

    Flow exec_block(const Block& b, Frame& f);
    Flow exec(const Stmt& s, Frame& f);
    Flow exec_loop(const Stmt& s, Frame& f);
    void exec_aug_assign(const Stmt& s, Frame& f);
    Flow exec_with(const Stmt& s, Frame& f);
    void exec_del(const Stmt& s, Frame& f);
    void exec_raise(const Stmt& s, Frame& f);
    Value eval(const Expr& e, Frame& f);
    Value eval_node(const Expr& e, Frame& f);
    void assign(const Expr& target, const Value& v, Frame& f);
    Value load_name(const std::string& name, Frame& f);
    void store_name(const std::string& name, const Value& v, Frame& f);
    void store_walrus(const std::string& name, const Value& v, Frame& f);
    void delete_name(const std::string& name, Frame& f);
    [[noreturn]] void name_error(const std::string& name, Frame& f);
    Value eval_call(const Expr& e, Frame& f);
    Value eval_comprehension(const Expr& e, Frame& f);
    Value make_generator(const Expr& e, Frame& f);
    Value build_display(const Expr& e, Frame& f);
    Value eval_fstring(const Expr& e, Frame& f);
    Value eval_subscript_key(const Expr& e, Frame& f);
    Value make_function(const std::vector<Param>& params, const Block* body, const Expr* lambda_body,
                        std::shared_ptr<const ScopeInfo> info, Frame& f, int line);
    // [units]: the recursion budget the call costs (1 from Python code, 2 from a builtin).
    Value call_function(struct FunctionObj& fn, CallArgs& args, int units);
    void bind_arguments(struct FunctionObj& fn, CallArgs& args, Scope& scope);
    void exec_import(const Stmt& s, Frame& f);
    void step(int line);
    void enter_recursion(int units, const char* where);
    void capture_traceback(PyError& e);

    Runtime runtime_;
    std::unordered_map<std::string, Value> globals_;
    std::vector<std::string> global_order_;  // insertion order of globals_ (for suggestions)
    std::unordered_map<std::string, Value> builtins_;
    std::unordered_map<std::string, Value> sys_modules_;
    std::unordered_map<std::type_index, std::shared_ptr<void>> states_;
    std::vector<Frame*> stack_;
    const Module* module_ = nullptr;
    int64_t steps_ = 0;
    int64_t output_bytes_ = 0;
    uint64_t entropy_counter_ = 0;
    int recursion_units_ = 0;
    std::vector<const Obj*> repr_stack_;  // containers being printed (CPython's Py_ReprEnter)
};

// Installs the builtin functions (print, len, range, ...) into [table].
void install_builtins(std::unordered_map<std::string, Value>& table);

}  // namespace seedlab::lang
