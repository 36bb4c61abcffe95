// The parser's class, shared by parser_expr.cpp (expressions, f-strings) and
// parser_stmt.cpp (statements, targets, the entry point). Internal to engine/lang:
// only those two files include it; everything else calls parse() (parser.hpp).
// What it is not: no tokenizing (lexer.cpp) and no scope analysis (scope.cpp).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.hpp"
#include "lang/errors.hpp"
#include "lang/lexer.hpp"

namespace seedlab::lang::detail {

// Nesting limit of expressions and blocks: deeper input is rejected with CPython's
// "too many nested parentheses" style error instead of overflowing the C++ stack.
constexpr int kMaxNesting = 200;

// Python's keywords (soft keywords such as 'match' are handled where they occur).
extern const std::set<std::string, std::less<>> kKeywords;

// A recursive-descent parser over one token list, with CPython 3.11's messages.
class Parser {
public:
    explicit Parser(std::vector<Token> toks) : toks_(std::move(toks)) {}

    Module parse_module();

    // CPython reports errors in stages: the parser's first, then the symbol table's
    // (scope.cpp), then the compiler's ('break' outside loop, ...). Constructs outside
    // the playground's subset are reported only for a script that compiles.
    void throw_pending() const;

private:
    // ---- token cursor -------------------------------------------------------
    const Token& peek(int k = 0) const {
        size_t i = pos_ + static_cast<size_t>(k);
        return i < toks_.size() ? toks_[i] : toks_.back();
    }
    bool at(Tok t) const { return peek().type == t; }
    bool at_op(std::string_view op) const { return peek().type == Tok::Op && peek().text == op; }
    bool at_kw(std::string_view kw) const { return peek().type == Tok::Name && peek().text == kw; }
    const Token& next() { return toks_[pos_ < toks_.size() - 1 ? pos_++ : pos_]; }
    bool accept_op(std::string_view op) { if (at_op(op)) { ++pos_; return true; } return false; }
    bool accept_kw(std::string_view kw) { if (at_kw(kw)) { ++pos_; return true; } return false; }

    [[noreturn]] void fail_at(const Token& t, const std::string& msg, const std::string& type = "SyntaxError") {
        throw PyError(ErrorKind::Syntax, type, msg, t.line, t.column);
    }
    [[noreturn]] void fail(const std::string& msg) { fail_at(peek(), msg); }
    void compile_error(int line, int column, const std::string& msg) {
        if (!compile_error_) compile_error_ = PyError(ErrorKind::Syntax, "SyntaxError", msg, line, column);
    }
    void compile_error(const Token& t, const std::string& msg) { compile_error(t.line, t.column, msg); }
    void unsupported_at(int line, const std::string& feature) {
        if (!unsupported_) unsupported_ = unsupported(feature + " not supported in the playground", line);
    }
    // True when the current token can begin an expression (for CPython's
    // "Perhaps you forgot a comma?" and legacy print diagnostics).
    bool at_expression_start() const;
    // Inside brackets, two expressions side by side: CPython's invalid_expression rule.
    void check_missing_comma(const Expr& before);
    [[noreturn]] void invalid();

    void expect_op(std::string_view op);
    std::string expect_name();

    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser) {
            if (++p.depth_ > kMaxNesting) p.fail("too many nested parentheses");
        }
        ~DepthGuard() { --p.depth_; }
    };

    ExprPtr node(ExprKind k, const Token& t) { return std::make_unique<Expr>(k, t.line, t.column); }

    // ---- atoms --------------------------------------------------------------
    Value number_value(const Token& t);

    ExprPtr parse_strings();

    void flush_literal(const Token& t, std::string& literal, std::vector<ExprPtr>& parts);

    // Splits an f-string body into literal text and {expression!conv:spec} parts.
    void parse_fstring_body(const Token& t, std::string& literal, std::vector<ExprPtr>& parts);

    // Parses "{...}" starting after the '{' at [i]; leaves [i] on the closing '}'.
    void parts_expression(const Token& t, const std::string& body, size_t& i, std::string& literal, std::vector<ExprPtr>& parts);

    ExprPtr parse_sub_expression(const std::string& text, const Token& t);

    // One element of a tuple, list or set display.
    ExprPtr display_item();

    // 'yield' and 'yield from': parsed so the script's syntax is checked, never run.
    ExprPtr parse_yield();

    ExprPtr parse_atom();

    void parse_dict_rest(Expr& d);

    void parse_comprehension_clauses(std::vector<Comprehension>& comps);

    // ---- primaries and operators ---------------------------------------------
    ExprPtr parse_primary();

    void parse_call_args(Expr& call);

    ExprPtr parse_slice_item();

    ExprPtr parse_slices();

    ExprPtr binary(ExprPtr left, const Token& op, ExprPtr right);

    ExprPtr parse_power();

    ExprPtr parse_factor();

    template <class Sub>
    ExprPtr left_assoc(Sub sub, std::initializer_list<std::string_view> ops) {
        ExprPtr left = (this->*sub)();
        while (true) {
            bool matched = false;
            for (auto op : ops) {
                if (at_op(op)) {
                    const Token& t = next();
                    left = binary(std::move(left), t, (this->*sub)());
                    matched = true;
                    break;
                }
            }
            if (!matched) return left;
        }
    }

    ExprPtr parse_term() { return left_assoc(&Parser::parse_factor, {"*", "/", "//", "%", "@"}); }
    ExprPtr parse_sum() { return left_assoc(&Parser::parse_term, {"+", "-"}); }
    ExprPtr parse_shift() { return left_assoc(&Parser::parse_sum, {"<<", ">>"}); }
    ExprPtr parse_bitand() { return left_assoc(&Parser::parse_shift, {"&"}); }
    ExprPtr parse_bitxor() { return left_assoc(&Parser::parse_bitand, {"^"}); }
    ExprPtr parse_bitor() { return left_assoc(&Parser::parse_bitxor, {"|"}); }

    ExprPtr parse_comparison();

    ExprPtr parse_inversion();

    ExprPtr bool_chain(ExprPtr (Parser::*sub)(), std::string_view kw);
    ExprPtr parse_conjunction() { return bool_chain(&Parser::parse_inversion, "and"); }
    ExprPtr parse_disjunction() { return bool_chain(&Parser::parse_conjunction, "or"); }

    std::vector<Param> parse_params(std::string_view end);

    ExprPtr parse_lambda();

  public:
    ExprPtr parse_expression();

    // [check_equals]: a following '=' is CPython's "Maybe you meant '=='" error (false in
    // call arguments, where the caller has already taken keyword arguments).
    ExprPtr parse_named_expression(bool check_equals = true);

    ExprPtr parse_starred();

    // expression (',' expression)* [','] -> a tuple when there is a comma.
    ExprPtr parse_star_expressions();

  private:
    // for-loop / comprehension targets: stops before 'in'.
    ExprPtr parse_target_list();

    // _PyPegen_get_expr_name: how CPython names an expression in target errors.
    static std::string expr_name(const Expr& e);

    // _PyPegen_get_invalid_target: the first part of [e] that cannot be assigned (or deleted).
    static const Expr* invalid_target(const Expr& e, bool del);

    void check_store_target(const Expr& e, bool del);

    // The compiler's checks of starred targets.
    void check_starred_target(const Expr& e);

    // An expression that the grammar's bitwise_or rule can produce (no comparison,
    // 'not', boolean operator, conditional, lambda or walrus at its top).
    static bool is_bitwise_or_level(const Expr& e);

    // '=' after an expression that is not an assignment target (CPython's
    // invalid_named_expression rule).
    [[noreturn]] void misplaced_equals(const Expr& e);

    // ---- statements ---------------------------------------------------------
    StmtPtr stmt(StmtKind k, const Token& t) { return std::make_unique<Stmt>(k, t.line, t.column); }

    void parse_block(Block& body, const Token& header, const std::string& what);

    // A loop body: 'break' and 'continue' are allowed inside.
    void parse_loop_body(Block& body, const Token& header, const std::string& what);

    // A def (or class) body: a new function context without an enclosing loop.
    void parse_scope_body(Block& body, const Token& header, const std::string& what, bool function);

    StmtPtr parse_def(const Token& t);

    StmtPtr parse_class(const Token& t);

    StmtPtr parse_try(const Token& t);

    // A 'match' statement: 'match' is a soft keyword, so it counts only when the line
    // ends with ':' and an indented block of 'case' clauses follows.
    bool at_match_statement() const;

    StmtPtr skip_match(const Token& t);

    void parse_statement(Block& out);

    StmtPtr parse_if();

    void parse_simple_statements(Block& out);

    std::string dotted_name();

    StmtPtr parse_simple_statement();

    std::vector<Token> toks_;
    size_t pos_ = 0;
    int depth_ = 0;
    int loop_depth_ = 0;      // enclosing loops within the current function
    int function_depth_ = 0;  // enclosing defs
    std::optional<PyError> compile_error_;
    std::optional<PyError> unsupported_;
};

}  // namespace seedlab::lang::detail
