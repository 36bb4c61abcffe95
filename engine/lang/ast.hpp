// Abstract syntax tree of the Python subset. Nodes are "fat": one struct per
// category (Expr, Stmt) whose fields are used according to the node kind, documented
// next to each kind. Literal constants are stored as ready Values.
// What it is not: no evaluation (interpreter.cpp, eval.cpp), no parsing (parser_*.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lang/value.hpp"

namespace seedlab::lang {

struct Expr;
struct Stmt;
struct ScopeInfo;  // scope.hpp: the names a def, lambda or comprehension binds
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

enum class ExprKind {
    Constant,     // constant
    Name,         // name
    Attribute,    // a.name
    Subscript,    // a[b]
    Slice,        // a:b:c inside a subscript; a/b/c may be null
    Call,         // a(items..., keywords...)
    BinOp,        // a op b          (op: "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^")
    UnaryOp,      // op a            (op: "-", "+", "~", "not")
    BoolOp,       // items joined by op ("and" / "or")
    Compare,      // a ops[0] items[0] ops[1] items[1] ...
    IfExp,        // b if a else c
    Lambda,       // lambda params: a
    List, Tuple, Set,  // items
    Dict,         // keys in items, values in values (a null key means **expansion)
    ListComp, SetComp, GeneratorExp,  // a for ... (comprehension clauses in comps)
    DictComp,     // a: b for ...
    FString,      // items: Constant str parts and FormattedValue parts
    FormattedValue,  // a with conversion (op: "", "r", "s", "a") and format spec b (an FString) or null
    Starred,      // *a
    NamedExpr,    // name := a
};

// One "for target in iter if cond..." clause of a comprehension.
struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    std::vector<ExprPtr> conditions;
};

// Parameter list of a def or lambda.
struct Param {
    std::string name;
    ExprPtr default_value;  // null when required
    enum class Kind { PosOnly, Normal, VarArgs, KwOnly, VarKw } kind = Kind::Normal;
    bool positional() const { return kind == Kind::PosOnly || kind == Kind::Normal; }
};

struct Keyword {
    std::string name;  // empty for **expansion
    ExprPtr value;
};

struct Expr {
    ExprKind kind;
    int line = 0;
    int column = 0;
    Value constant;
    std::string name;  // Name id, Attribute attr, operator text
    ExprPtr a, b, c;
    std::vector<ExprPtr> items;
    std::vector<ExprPtr> values;
    std::vector<std::string> ops;  // Compare operators
    std::vector<Keyword> keywords;
    std::vector<Comprehension> comps;
    std::vector<Param> params;     // Lambda
    std::shared_ptr<const ScopeInfo> scope;  // Lambda and comprehensions (filled by scope analysis)
    Expr(ExprKind k, int ln, int col) : kind(k), line(ln), column(col) {}
};

enum class StmtKind {
    Expr,        // value
    Assign,      // targets = value  (several targets for a = b = 1)
    AugAssign,   // target op= value
    AnnAssign,   // target: annotation = value
    If,          // test, body, orelse
    While,       // test, body, orelse
    For,         // target in iter: body, orelse
    Break, Continue, Pass,
    Return,      // value (may be null)
    FunctionDef, // name, params, body
    Import,      // names: (module, alias)
    ImportFrom,  // module, names: (name, alias)
    With,        // items: (context expr, optional target), body
    Global, Nonlocal,  // names
    Del,         // targets
    Assert,      // test, value(msg)
    Raise,       // value
    Try,         // unsupported: parsed (body, handlers in orelse) so the script's syntax is checked
    ClassDef,    // unsupported: parsed (body) so the script's syntax is checked
};

struct Alias {
    std::string name;   // dotted module or imported name
    std::string asname; // empty when none
};

struct WithItem {
    ExprPtr context;
    ExprPtr target;
};

struct Stmt {
    StmtKind kind;
    int line = 0;
    int column = 0;
    std::vector<ExprPtr> targets;
    ExprPtr value;
    ExprPtr test;
    ExprPtr target;
    ExprPtr iter;
    std::string op;      // AugAssign operator without "="
    std::string name;    // FunctionDef name, ImportFrom module
    int level = 0;       // ImportFrom relative level
    std::vector<Param> params;
    std::vector<Alias> names;
    std::vector<WithItem> with_items;
    Block body;
    Block orelse;
    std::shared_ptr<const ScopeInfo> scope;  // FunctionDef (filled by scope analysis)
    Stmt(StmtKind k, int ln, int col) : kind(k), line(ln), column(col) {}
};

struct Module {
    Block body;
    std::vector<std::string> lines;  // source lines, for tracebacks
};

}  // namespace seedlab::lang
