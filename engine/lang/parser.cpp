// Parser implementation. Bottom-up order: token cursor, expressions by precedence
// (lowest last), f-strings, targets, statements, entry point.
#include "lang/parser.hpp"

#include <cstdlib>
#include <optional>
#include <set>

#include "lang/errors.hpp"
#include "lang/lexer.hpp"
#include "lang/scope.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

// Nesting limit of expressions and blocks: deeper input is rejected with CPython's
// "too many nested parentheses" style error instead of overflowing the C++ stack.
constexpr int kMaxNesting = 200;

const std::set<std::string, std::less<>> kKeywords = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield"};

class Parser {
public:
    explicit Parser(std::vector<Token> toks) : toks_(std::move(toks)) {}

    Module parse_module() {
        Module m;
        while (!at(Tok::End)) {
            if (at(Tok::Newline)) { ++pos_; continue; }
            if (at(Tok::Indent)) fail_at(peek(), "unexpected indent", "IndentationError");
            parse_statement(m.body);
        }
        return m;
    }

    // CPython reports errors in stages: the parser's first, then the symbol table's
    // (scope.cpp), then the compiler's ('break' outside loop, ...). Constructs outside
    // the playground's subset are reported only for a script that compiles.
    void throw_pending() const {
        if (compile_error_) throw *compile_error_;
        if (unsupported_) throw *unsupported_;
    }

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
    bool at_expression_start() const {
        const Token& t = peek();
        switch (t.type) {
            case Tok::Name: return !kKeywords.count(t.text) || t.text == "None" || t.text == "True" || t.text == "False" ||
                                   t.text == "lambda" || t.text == "not" || t.text == "await";
            case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::String: return true;
            case Tok::Op: return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                                 t.text == "~" || t.text == "...";
            default: return false;
        }
    }
    // Inside brackets, two expressions side by side: CPython's invalid_expression rule.
    void check_missing_comma(const Expr& before) {
        if (at_expression_start() && !at_kw("not") && !(peek().type == Tok::Name && (peek().text == "if" || peek().text == "else")))
            throw PyError(ErrorKind::Syntax, "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", before.line, before.column);
    }
    [[noreturn]] void invalid() {
        if (at(Tok::Indent)) fail_at(peek(), "unexpected indent", "IndentationError");
        fail("invalid syntax");
    }

    void expect_op(std::string_view op) {
        if (!accept_op(op)) {
            if (op == ":" || op == "=" || op == "(" || op == ")" || op == "]" || op == "}" || op == ",")
                fail("expected '" + std::string(op) + "'");
            invalid();
        }
    }
    std::string expect_name() {
        if (!at(Tok::Name) || kKeywords.count(peek().text)) invalid();
        return next().text;
    }

    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser) {
            if (++p.depth_ > kMaxNesting) p.fail("too many nested parentheses");
        }
        ~DepthGuard() { --p.depth_; }
    };

    ExprPtr node(ExprKind k, const Token& t) { return std::make_unique<Expr>(k, t.line, t.column); }

    // ---- atoms --------------------------------------------------------------
    Value number_value(const Token& t) {
        if (t.type == Tok::Float) return Value::floating(std::strtod(t.text.c_str(), nullptr));
        if (t.type == Tok::Imag) {
            unsupported_at(t.line, "complex numbers are");
            return Value::integer(0);
        }
        std::string text = t.text;
        int base = 10;
        if (text.size() > 2 && text[0] == '0') {
            char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])));
            if (p == 'x') base = 16; else if (p == 'o') base = 8; else if (p == 'b') base = 2;
            if (base != 10) text = text.substr(2);
        }
        return Value::integer(BigInt::from_string(text, base));
    }

    ExprPtr parse_strings() {
        const Token& first = peek();
        std::vector<ExprPtr> parts;
        std::string literal;
        bool any_f = false, is_bytes = first.is_bytes;
        while (at(Tok::String)) {
            const Token& t = next();
            if (t.is_bytes != is_bytes) fail_at(t, "cannot mix bytes and nonbytes literals");
            if (t.is_fstring) {
                any_f = true;
                parse_fstring_body(t, literal, parts);
            } else {
                literal += t.value;
            }
        }
        if (!any_f) {
            auto e = node(ExprKind::Constant, first);
            e->constant = is_bytes ? Value::object(std::make_shared<BytesObj>(literal)) : Value::str(literal);
            return e;
        }
        flush_literal(first, literal, parts);
        auto e = node(ExprKind::FString, first);
        e->items = std::move(parts);
        return e;
    }

    void flush_literal(const Token& t, std::string& literal, std::vector<ExprPtr>& parts) {
        if (literal.empty()) return;
        auto c = node(ExprKind::Constant, t);
        c->constant = Value::str(literal);
        parts.push_back(std::move(c));
        literal.clear();
    }

    // Splits an f-string body into literal text and {expression!conv:spec} parts.
    void parse_fstring_body(const Token& t, std::string& literal, std::vector<ExprPtr>& parts) {
        const std::string& body = t.value;
        std::string pending;  // raw literal text awaiting escape decoding
        auto flush_pending = [&] {
            literal += t.is_raw ? pending : decode_escapes(pending, t.line, t.column);
            pending.clear();
        };
        for (size_t i = 0; i < body.size(); ++i) {
            char c = body[i];
            if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') { pending += '{'; ++i; continue; }
            if (c == '}' && i + 1 < body.size() && body[i + 1] == '}') { pending += '}'; ++i; continue; }
            if (c == '}') fail_at(t, "f-string: single '}' is not allowed");
            if (c != '{') { pending += c; continue; }
            flush_pending();
            size_t end = i + 1;
            parts_expression(t, body, end, literal, parts);
            i = end;
        }
        flush_pending();
    }

    // Parses "{...}" starting after the '{' at [i]; leaves [i] on the closing '}'.
    void parts_expression(const Token& t, const std::string& body, size_t& i, std::string& literal, std::vector<ExprPtr>& parts) {
        size_t start = i;
        int nest = 0;
        char in_quote = 0;
        size_t expr_end = std::string::npos;
        for (; i < body.size(); ++i) {
            char c = body[i];
            if (in_quote) { if (c == in_quote) in_quote = 0; continue; }
            if (c == '\'' || c == '"') { in_quote = c; continue; }
            if (c == '(' || c == '[' || c == '{') ++nest;
            else if ((c == ')' || c == ']' || c == '}') && nest > 0) --nest;
            else if (nest == 0 && (c == '}' || c == ':' || (c == '!' && i + 1 < body.size() && body[i + 1] != '='))) { expr_end = i; break; }
        }
        if (expr_end == std::string::npos) fail_at(t, "f-string: expecting '}'");
        std::string expr_text = body.substr(start, expr_end - start);
        bool self_doc = false;
        {
            size_t k = expr_text.find_last_not_of(" ");
            if (k != std::string::npos && expr_text[k] == '=' && (k == 0 || std::string("=!<>").find(expr_text[k - 1]) == std::string::npos)) {
                self_doc = true;
                literal += expr_text;  // "x=" text is printed before the value
                expr_text = expr_text.substr(0, k);
            }
        }
        if (expr_text.find_first_not_of(" \t") == std::string::npos) fail_at(t, "f-string: empty expression not allowed");
        flush_literal(t, literal, parts);
        auto fv = node(ExprKind::FormattedValue, t);
        fv->a = parse_sub_expression(expr_text, t);
        if (body[i] == '!') {
            if (i + 1 >= body.size() || std::string("rsa").find(body[i + 1]) == std::string::npos)
                fail_at(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            fv->name = std::string(1, body[i + 1]);
            i += 2;
            if (i >= body.size() || (body[i] != ':' && body[i] != '}')) fail_at(t, "f-string: expecting '}'");
        }
        if (body[i] == ':') {
            ++i;
            std::string spec_literal;
            std::vector<ExprPtr> spec_parts;
            size_t spec_start = i;
            int depth = 0;
            for (; i < body.size(); ++i) {
                if (body[i] == '{') {
                    if (spec_start < i) spec_literal += body.substr(spec_start, i - spec_start);
                    flush_literal(t, spec_literal, spec_parts);
                    ++i;
                    parts_expression(t, body, i, spec_literal, spec_parts);
                    spec_start = i + 1;
                    ++depth;
                    --depth;
                    continue;
                }
                if (body[i] == '}') break;
            }
            if (i >= body.size()) fail_at(t, "f-string: expecting '}'");
            if (spec_start < i) spec_literal += body.substr(spec_start, i - spec_start);
            flush_literal(t, spec_literal, spec_parts);
            auto spec = node(ExprKind::FString, t);
            spec->items = std::move(spec_parts);
            fv->b = std::move(spec);
        }
        if (i >= body.size() || body[i] != '}') fail_at(t, "f-string: expecting '}'");
        // '=' shows the repr unless a conversion or a format spec is given.
        if (self_doc && fv->name.empty() && !fv->b) fv->name = "r";
        parts.push_back(std::move(fv));
    }

    ExprPtr parse_sub_expression(const std::string& text, const Token& t) {
        std::vector<Token> sub = tokenize("(" + text + ")");
        for (auto& tok : sub) { tok.line = t.line; tok.column = t.column; }
        Parser p(std::move(sub));
        p.depth_ = depth_;
        ExprPtr e = p.parse_star_expressions();
        while (p.at(Tok::Newline)) ++p.pos_;
        if (!p.at(Tok::End)) fail_at(t, "f-string: invalid syntax");
        return e;
    }

    // One element of a tuple, list or set display.
    ExprPtr display_item() {
        ExprPtr e = at_op("*") ? parse_starred() : parse_named_expression();
        check_missing_comma(*e);
        return e;
    }

    // 'yield' and 'yield from': parsed so the script's syntax is checked, never run.
    ExprPtr parse_yield() {
        const Token& t = next();
        if (function_depth_ == 0) compile_error(t, "'yield' outside function");
        unsupported_at(t.line, "'yield' is");
        accept_kw("from");
        if (!at(Tok::Newline) && !at_op(")") && !at_op(";") && !at_op("=") && !at(Tok::End)) parse_star_expressions();
        auto e = node(ExprKind::Constant, t);
        return e;
    }

    ExprPtr parse_atom() {
        DepthGuard guard(*this);
        const Token& t = peek();
        switch (t.type) {
            case Tok::Int: case Tok::Float: case Tok::Imag: {
                auto e = node(ExprKind::Constant, t);
                e->constant = number_value(t);
                ++pos_;
                return e;
            }
            case Tok::String: return parse_strings();
            case Tok::Name: {
                if (t.text == "None" || t.text == "True" || t.text == "False") {
                    auto e = node(ExprKind::Constant, t);
                    e->constant = t.text == "None" ? Value::none() : Value::boolean(t.text == "True");
                    ++pos_;
                    return e;
                }
                if (t.text == "await") {
                    ++pos_;
                    unsupported_at(t.line, "'await' is");
                    return parse_primary();
                }
                if (kKeywords.count(t.text)) invalid();
                auto e = node(ExprKind::Name, t);
                e->name = t.text;
                ++pos_;
                return e;
            }
            case Tok::Op: break;
            default: invalid();
        }
        if (t.text == "(") {
            ++pos_;
            if (accept_op(")")) return node(ExprKind::Tuple, t);
            if (at_kw("yield")) {
                ExprPtr y = parse_yield();
                expect_op(")");
                return y;
            }
            ExprPtr first = display_item();
            if (at_kw("for")) {
                auto g = node(ExprKind::GeneratorExp, t);
                g->a = std::move(first);
                parse_comprehension_clauses(g->comps);
                expect_op(")");
                return g;
            }
            if (accept_op(")")) {
                if (first->kind == ExprKind::Starred) fail_at(t, "cannot use starred expression here");
                return first;
            }
            auto tup = node(ExprKind::Tuple, t);
            tup->items.push_back(std::move(first));
            while (accept_op(",")) {
                if (at_op(")")) break;
                tup->items.push_back(display_item());
            }
            expect_op(")");
            return tup;
        }
        if (t.text == "[") {
            ++pos_;
            auto list = node(ExprKind::List, t);
            if (accept_op("]")) return list;
            ExprPtr first = display_item();
            if (at_kw("for")) {
                auto c = node(ExprKind::ListComp, t);
                c->a = std::move(first);
                parse_comprehension_clauses(c->comps);
                expect_op("]");
                return c;
            }
            list->items.push_back(std::move(first));
            while (accept_op(",")) {
                if (at_op("]")) break;
                list->items.push_back(display_item());
            }
            expect_op("]");
            return list;
        }
        if (t.text == "{") {
            ++pos_;
            if (accept_op("}")) return node(ExprKind::Dict, t);
            if (accept_op("**")) {
                auto d = node(ExprKind::Dict, t);
                d->items.push_back(nullptr);
                d->values.push_back(parse_bitor());
                parse_dict_rest(*d);
                return d;
            }
            ExprPtr first = display_item();
            if (accept_op(":")) {
                ExprPtr val = parse_expression();
                if (at_kw("for")) {
                    auto c = node(ExprKind::DictComp, t);
                    c->a = std::move(first);
                    c->b = std::move(val);
                    parse_comprehension_clauses(c->comps);
                    expect_op("}");
                    return c;
                }
                auto d = node(ExprKind::Dict, t);
                d->items.push_back(std::move(first));
                d->values.push_back(std::move(val));
                parse_dict_rest(*d);
                return d;
            }
            if (at_kw("for")) {
                auto c = node(ExprKind::SetComp, t);
                c->a = std::move(first);
                parse_comprehension_clauses(c->comps);
                expect_op("}");
                return c;
            }
            auto s = node(ExprKind::Set, t);
            s->items.push_back(std::move(first));
            while (accept_op(",")) {
                if (at_op("}")) break;
                s->items.push_back(display_item());
            }
            expect_op("}");
            return s;
        }
        if (t.text == "...") {
            ++pos_;
            auto e = node(ExprKind::Constant, t);
            e->constant = Value::none();
            e->name = "Ellipsis";
            return e;
        }
        invalid();
    }

    void parse_dict_rest(Expr& d) {
        while (accept_op(",")) {
            if (at_op("}")) break;
            if (accept_op("**")) {
                d.items.push_back(nullptr);
                d.values.push_back(parse_bitor());
                continue;
            }
            d.items.push_back(parse_expression());
            expect_op(":");
            d.values.push_back(parse_expression());
            check_missing_comma(*d.values.back());
        }
        expect_op("}");
    }

    void parse_comprehension_clauses(std::vector<Comprehension>& comps) {
        while (accept_kw("for")) {
            Comprehension c;
            c.target = parse_target_list();
            if (!accept_kw("in")) fail("expected 'in'");
            c.iter = parse_disjunction();
            while (accept_kw("if")) c.conditions.push_back(parse_disjunction());
            comps.push_back(std::move(c));
        }
    }

    // ---- primaries and operators ---------------------------------------------
    ExprPtr parse_primary() {
        ExprPtr e = parse_atom();
        while (true) {
            const Token& t = peek();
            if (accept_op(".")) {
                auto a = node(ExprKind::Attribute, t);
                a->line = e->line;
                a->column = e->column;
                a->a = std::move(e);
                a->name = expect_name();
                e = std::move(a);
            } else if (accept_op("(")) {
                auto c = node(ExprKind::Call, t);
                c->line = e->line;
                c->a = std::move(e);
                parse_call_args(*c);
                e = std::move(c);
            } else if (accept_op("[")) {
                auto s = node(ExprKind::Subscript, t);
                s->line = e->line;
                s->column = e->column;
                s->a = std::move(e);
                s->b = parse_slices();
                expect_op("]");
                e = std::move(s);
            } else {
                return e;
            }
        }
    }

    void parse_call_args(Expr& call) {
        while (!accept_op(")")) {
            const Token& t = peek();
            if (accept_op("**")) {
                call.keywords.push_back({"", parse_expression()});
            } else if (accept_op("*")) {
                auto s = node(ExprKind::Starred, t);
                s->a = parse_expression();
                call.items.push_back(std::move(s));
            } else if (at(Tok::Name) && peek(1).type == Tok::Op && peek(1).text == "=") {
                const Token& kt = next();
                std::string name = kt.text;
                ++pos_;
                for (auto& k : call.keywords)
                    if (k.name == name) compile_error(kt, "keyword argument repeated: " + name);
                call.keywords.push_back({name, parse_expression()});
            } else {
                ExprPtr arg = parse_named_expression(false);
                if (at_kw("for")) {
                    auto g = node(ExprKind::GeneratorExp, t);
                    g->a = std::move(arg);
                    parse_comprehension_clauses(g->comps);
                    arg = std::move(g);
                }
                bool after_keyword = false;
                for (auto& k : call.keywords) after_keyword = after_keyword || !k.name.empty();
                if (after_keyword) fail_at(t, "positional argument follows keyword argument");
                if (!call.keywords.empty())
                    fail_at(t, "positional argument follows keyword argument unpacking");
                call.items.push_back(std::move(arg));
            }
            if (!accept_op(",")) {
                if (!at_op(")")) {
                    if (at(Tok::Newline) || at(Tok::End)) fail_at(peek(), "'(' was never closed");
                    fail("invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
    }

    ExprPtr parse_slice_item() {
        const Token& t = peek();
        ExprPtr lower;
        if (!at_op(":")) {
            lower = parse_named_expression();
            if (!at_op(":")) return lower;
        }
        auto s = node(ExprKind::Slice, t);
        s->a = std::move(lower);
        expect_op(":");
        if (!at_op(":") && !at_op("]") && !at_op(",")) s->b = parse_expression();
        if (accept_op(":"))
            if (!at_op("]") && !at_op(",")) s->c = parse_expression();
        return s;
    }

    ExprPtr parse_slices() {
        const Token& t = peek();
        ExprPtr first = parse_slice_item();
        if (!at_op(",")) return first;
        auto tup = node(ExprKind::Tuple, t);
        tup->items.push_back(std::move(first));
        while (accept_op(",")) {
            if (at_op("]")) break;
            tup->items.push_back(parse_slice_item());
        }
        return tup;
    }

    ExprPtr binary(ExprPtr left, const Token& op, ExprPtr right) {
        auto b = node(ExprKind::BinOp, op);
        b->line = left->line;
        b->column = left->column;
        b->name = op.text;
        b->a = std::move(left);
        b->b = std::move(right);
        return b;
    }

    ExprPtr parse_power() {
        ExprPtr base = parse_primary();
        if (at_op("**")) {
            const Token& op = next();
            return binary(std::move(base), op, parse_factor());
        }
        return base;
    }

    ExprPtr parse_factor() {
        DepthGuard guard(*this);
        if (at_op("-") || at_op("+") || at_op("~")) {
            const Token& op = next();
            auto u = node(ExprKind::UnaryOp, op);
            u->name = op.text;
            u->a = parse_factor();
            return u;
        }
        return parse_power();
    }

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

    ExprPtr parse_comparison() {
        ExprPtr left = parse_bitor();
        ExprPtr cmp;
        while (true) {
            std::string op;
            if (at(Tok::Op) && (peek().text == "<" || peek().text == ">" || peek().text == "==" || peek().text == ">=" ||
                                peek().text == "<=" || peek().text == "!=")) {
                op = next().text;
            } else if (at_kw("in")) {
                ++pos_; op = "in";
            } else if (at_kw("not") && peek(1).type == Tok::Name && peek(1).text == "in") {
                pos_ += 2; op = "not in";
            } else if (at_kw("is")) {
                ++pos_;
                op = accept_kw("not") ? "is not" : "is";
            } else {
                break;
            }
            if (!cmp) {
                cmp = std::make_unique<Expr>(ExprKind::Compare, left->line, left->column);
                cmp->a = std::move(left);
            }
            cmp->ops.push_back(op);
            cmp->items.push_back(parse_bitor());
        }
        return cmp ? std::move(cmp) : std::move(left);
    }

    ExprPtr parse_inversion() {
        DepthGuard guard(*this);
        if (at_kw("not")) {
            const Token& t = next();
            auto u = node(ExprKind::UnaryOp, t);
            u->name = "not";
            u->a = parse_inversion();
            return u;
        }
        return parse_comparison();
    }

    ExprPtr bool_chain(ExprPtr (Parser::*sub)(), std::string_view kw) {
        ExprPtr first = (this->*sub)();
        if (!at_kw(kw)) return first;
        auto b = std::make_unique<Expr>(ExprKind::BoolOp, first->line, first->column);
        b->name = std::string(kw);
        b->items.push_back(std::move(first));
        while (accept_kw(kw)) b->items.push_back((this->*sub)());
        return b;
    }
    ExprPtr parse_conjunction() { return bool_chain(&Parser::parse_inversion, "and"); }
    ExprPtr parse_disjunction() { return bool_chain(&Parser::parse_conjunction, "or"); }

    std::vector<Param> parse_params(std::string_view end) {
        std::vector<Param> params;
        bool kw_only = false, seen_default = false;
        while (!at_op(end)) {
            Param p;
            if (accept_op("**")) {
                p.kind = Param::Kind::VarKw;
                p.name = expect_name();
            } else if (accept_op("*")) {
                kw_only = true;
                if (at_op(",")) { next(); continue; }
                p.kind = Param::Kind::VarArgs;
                p.name = expect_name();
            } else if (accept_op("/")) {
                if (!accept_op(",") && !at_op(end)) invalid();
                for (auto& q : params) q.kind = Param::Kind::PosOnly;
                continue;
            } else {
                p.name = expect_name();
                p.kind = kw_only ? Param::Kind::KwOnly : Param::Kind::Normal;
                if (end == ")" && accept_op(":")) parse_expression();  // annotation, ignored
                if (accept_op("=")) {
                    p.default_value = parse_expression();
                    seen_default = true;
                } else if (seen_default && !kw_only) {
                    fail("non-default argument follows default argument");
                }
            }
            params.push_back(std::move(p));
            if (!accept_op(",")) break;
        }
        return params;
    }

    ExprPtr parse_lambda() {
        const Token& t = next();
        auto l = node(ExprKind::Lambda, t);
        l->params = parse_params(":");
        expect_op(":");
        l->a = parse_expression();
        return l;
    }

  public:
    ExprPtr parse_expression() {
        DepthGuard guard(*this);
        if (at_kw("lambda")) return parse_lambda();
        ExprPtr body = parse_disjunction();
        if (at_kw("if")) {
            const Token& t = next();
            auto e = node(ExprKind::IfExp, t);
            e->line = body->line;
            e->column = body->column;
            e->a = parse_disjunction();
            if (!accept_kw("else")) fail("expected 'else' after 'if' expression");
            e->b = std::move(body);
            e->c = parse_expression();
            return e;
        }
        return body;
    }

    // [check_equals]: a following '=' is CPython's "Maybe you meant '=='" error (false in
    // call arguments, where the caller has already taken keyword arguments).
    ExprPtr parse_named_expression(bool check_equals = true) {
        if (at(Tok::Name) && peek(1).type == Tok::Op && peek(1).text == ":=") {
            const Token& t = next();
            ++pos_;
            auto e = node(ExprKind::NamedExpr, t);
            e->name = t.text;
            e->a = parse_expression();
            return e;
        }
        ExprPtr e = parse_expression();
        if (check_equals && at_op("=")) misplaced_equals(*e);
        return e;
    }

    ExprPtr parse_starred() {
        const Token& t = next();
        auto s = node(ExprKind::Starred, t);
        s->a = parse_bitor();
        return s;
    }

    // expression (',' expression)* [','] -> a tuple when there is a comma.
    ExprPtr parse_star_expressions() {
        const Token& t = peek();
        ExprPtr first = at_op("*") ? parse_starred() : parse_expression();
        if (!at_op(",")) return first;
        auto tup = node(ExprKind::Tuple, t);
        tup->items.push_back(std::move(first));
        while (accept_op(",")) {
            if (at(Tok::Newline) || at_op("=") || at_op(")") || at_op(";") || at(Tok::End)) break;
            tup->items.push_back(at_op("*") ? parse_starred() : parse_expression());
        }
        return tup;
    }

  private:
    // for-loop / comprehension targets: stops before 'in'.
    ExprPtr parse_target_list() {
        const Token& t = peek();
        auto one = [&]() -> ExprPtr { return at_op("*") ? parse_starred() : parse_bitor(); };
        ExprPtr target = one();
        if (at_op(",")) {
            auto tup = node(ExprKind::Tuple, t);
            tup->items.push_back(std::move(target));
            while (accept_op(",")) {
                if (at_kw("in")) break;
                tup->items.push_back(one());
            }
            target = std::move(tup);
        }
        check_store_target(*target, false);
        return target;
    }

    // _PyPegen_get_expr_name: how CPython names an expression in target errors.
    static std::string expr_name(const Expr& e) {
        switch (e.kind) {
            case ExprKind::Attribute: return "attribute";
            case ExprKind::Subscript: return "subscript";
            case ExprKind::Starred: return "starred";
            case ExprKind::Name: return "name";
            case ExprKind::List: return "list";
            case ExprKind::Tuple: return "tuple";
            case ExprKind::Lambda: return "lambda";
            case ExprKind::Call: return "function call";
            case ExprKind::BinOp: case ExprKind::BoolOp: return "expression";
            case ExprKind::UnaryOp: return "expression";
            case ExprKind::GeneratorExp: return "generator expression";
            case ExprKind::ListComp: return "list comprehension";
            case ExprKind::SetComp: return "set comprehension";
            case ExprKind::DictComp: return "dict comprehension";
            case ExprKind::Dict: return "dict literal";
            case ExprKind::Set: return "set display";
            case ExprKind::FString: case ExprKind::FormattedValue: return "f-string expression";
            case ExprKind::Constant:
                if (e.name == "Ellipsis") return "ellipsis";
                if (e.constant.is_none()) return "None";
                if (e.constant.is_bool()) return e.constant.as_bool() ? "True" : "False";
                return "literal";
            case ExprKind::Compare: return "comparison";
            case ExprKind::IfExp: return "conditional expression";
            case ExprKind::NamedExpr: return "named expression";
            case ExprKind::Slice: return "slice";
        }
        return "expression";
    }

    // _PyPegen_get_invalid_target: the first part of [e] that cannot be assigned (or deleted).
    static const Expr* invalid_target(const Expr& e, bool del) {
        switch (e.kind) {
            case ExprKind::List: case ExprKind::Tuple:
                for (auto& i : e.items)
                    if (const Expr* bad = invalid_target(*i, del)) return bad;
                return nullptr;
            case ExprKind::Starred: return del ? &e : invalid_target(*e.a, del);
            case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute: return nullptr;
            default: return &e;
        }
    }

    void check_store_target(const Expr& e, bool del) {
        if (const Expr* bad = invalid_target(e, del))
            throw PyError(ErrorKind::Syntax, "SyntaxError", std::string(del ? "cannot delete " : "cannot assign to ") + expr_name(*bad),
                          bad->line, bad->column);
        check_starred_target(e);
    }

    // The compiler's checks of starred targets.
    void check_starred_target(const Expr& e) {
        if (e.kind == ExprKind::Starred) {
            compile_error(e.line, e.column, "starred assignment target must be in a list or tuple");
            return;
        }
        if (e.kind != ExprKind::Tuple && e.kind != ExprKind::List) return;
        int starred = 0;
        for (auto& i : e.items) {
            if (i->kind == ExprKind::Starred) {
                if (++starred == 2) compile_error(e.line, e.column, "multiple starred expressions in assignment");
                check_starred_target(*i->a);
            } else {
                check_starred_target(*i);
            }
        }
    }

    // An expression that the grammar's bitwise_or rule can produce (no comparison,
    // 'not', boolean operator, conditional, lambda or walrus at its top).
    static bool is_bitwise_or_level(const Expr& e) {
        switch (e.kind) {
            case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
            case ExprKind::NamedExpr: case ExprKind::Starred: return false;
            case ExprKind::UnaryOp: return e.name != "not";
            default: return true;
        }
    }

    // '=' after an expression that is not an assignment target (CPython's
    // invalid_named_expression rule).
    [[noreturn]] void misplaced_equals(const Expr& e) {
        if (e.kind == ExprKind::Name)
            throw PyError(ErrorKind::Syntax, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.line, e.column);
        if (is_bitwise_or_level(e))
            throw PyError(ErrorKind::Syntax, "SyntaxError", "cannot assign to " + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
                          e.line, e.column);
        invalid();
    }

    // ---- statements ---------------------------------------------------------
    StmtPtr stmt(StmtKind k, const Token& t) { return std::make_unique<Stmt>(k, t.line, t.column); }

    void parse_block(Block& body, const Token& header, const std::string& what) {
        expect_op(":");
        if (!at(Tok::Newline)) {  // simple statements on the same line
            parse_simple_statements(body);
            return;
        }
        ++pos_;
        if (!at(Tok::Indent))
            fail_at(peek(), "expected an indented block after " + what + " on line " + std::to_string(header.line), "IndentationError");
        ++pos_;
        DepthGuard guard(*this);
        while (!at(Tok::Dedent) && !at(Tok::End)) {
            if (at(Tok::Newline)) { ++pos_; continue; }
            if (at(Tok::Indent)) fail_at(peek(), "unexpected indent", "IndentationError");
            parse_statement(body);
        }
        if (at(Tok::Dedent)) ++pos_;
    }

    // A loop body: 'break' and 'continue' are allowed inside.
    void parse_loop_body(Block& body, const Token& header, const std::string& what) {
        ++loop_depth_;
        parse_block(body, header, what);
        --loop_depth_;
    }

    // A def (or class) body: a new function context without an enclosing loop.
    void parse_scope_body(Block& body, const Token& header, const std::string& what, bool function) {
        int saved_loop = loop_depth_, saved_function = function_depth_;
        loop_depth_ = 0;
        function_depth_ = function ? function_depth_ + 1 : 0;
        parse_block(body, header, what);
        loop_depth_ = saved_loop;
        function_depth_ = saved_function;
    }

    StmtPtr parse_def(const Token& t) {
        auto s = stmt(StmtKind::FunctionDef, t);
        s->name = expect_name();
        expect_op("(");
        s->params = parse_params(")");
        expect_op(")");
        if (accept_op("->")) parse_expression();
        parse_scope_body(s->body, t, "function definition", true);
        return s;
    }

    StmtPtr parse_class(const Token& t) {
        auto s = stmt(StmtKind::ClassDef, t);
        s->name = expect_name();
        if (accept_op("(")) {
            Expr bases(ExprKind::Call, t.line, t.column);
            parse_call_args(bases);
        }
        parse_scope_body(s->body, t, "class definition", false);
        unsupported_at(t.line, "'class' definitions are");
        return s;
    }

    StmtPtr parse_try(const Token& t) {
        auto s = stmt(StmtKind::Try, t);
        parse_block(s->body, t, "'try' statement");
        bool handlers = false, final = false;
        while (at_kw("except")) {
            const Token& e = next();
            handlers = true;
            accept_op("*");
            if (!at_op(":")) {
                s->targets.push_back(parse_expression());
                if (accept_op(",")) {
                    auto tup = node(ExprKind::Tuple, e);
                    tup->items.push_back(std::move(s->targets.back()));
                    do { tup->items.push_back(parse_expression()); } while (accept_op(","));
                    s->targets.back() = std::move(tup);
                }
                if (accept_kw("as")) expect_name();
            }
            parse_block(s->orelse, e, "'except' statement");
        }
        if (handlers && at_kw("else")) { const Token& e = next(); parse_block(s->orelse, e, "'else' statement"); }
        if (at_kw("finally")) { const Token& e = next(); final = true; parse_block(s->orelse, e, "'finally' statement"); }
        if (!handlers && !final) fail("expected 'except' or 'finally' block");
        unsupported_at(t.line, "'try' statements are");
        return s;
    }

    // A 'match' statement: 'match' is a soft keyword, so it counts only when the line
    // ends with ':' and an indented block of 'case' clauses follows.
    bool at_match_statement() const {
        if (!at_kw("match")) return false;
        const Token& after = peek(1);
        if (after.type == Tok::Newline || (after.type == Tok::Op && after.text != "(" && after.text != "[" && after.text != "{" &&
                                           after.text != "-" && after.text != "*"))
            return false;
        int k = 1;
        while (peek(k).type != Tok::Newline && peek(k).type != Tok::End) ++k;
        return peek(k - 1).type == Tok::Op && peek(k - 1).text == ":" && peek(k + 1).type == Tok::Indent &&
               peek(k + 2).type == Tok::Name && peek(k + 2).text == "case";
    }

    StmtPtr skip_match(const Token& t) {
        unsupported_at(t.line, "'match' statements are");
        while (!at(Tok::Newline)) ++pos_;
        ++pos_;
        int depth = 0;
        do {
            if (at(Tok::Indent)) ++depth;
            if (at(Tok::Dedent)) --depth;
            ++pos_;
        } while (depth > 0 && !at(Tok::End));
        return stmt(StmtKind::Pass, t);
    }

    void parse_statement(Block& out) {
        const Token& t = peek();
        if (t.type == Tok::Name) {
            if (t.text == "if") { out.push_back(parse_if()); return; }
            if (t.text == "while") {
                ++pos_;
                auto s = stmt(StmtKind::While, t);
                s->test = parse_named_expression();
                parse_loop_body(s->body, t, "'while' statement");
                if (at_kw("else")) { const Token& e = next(); parse_block(s->orelse, e, "'else' statement"); }
                out.push_back(std::move(s));
                return;
            }
            if (t.text == "for") {
                ++pos_;
                auto s = stmt(StmtKind::For, t);
                s->target = parse_target_list();
                if (!accept_kw("in")) fail("expected 'in'");
                s->iter = parse_star_expressions();
                parse_loop_body(s->body, t, "'for' statement");
                if (at_kw("else")) { const Token& e = next(); parse_block(s->orelse, e, "'else' statement"); }
                out.push_back(std::move(s));
                return;
            }
            if (t.text == "def") { ++pos_; out.push_back(parse_def(t)); return; }
            if (t.text == "with") {
                ++pos_;
                auto s = stmt(StmtKind::With, t);
                do {
                    WithItem w;
                    w.context = parse_expression();
                    if (accept_kw("as")) w.target = parse_target_list();
                    s->with_items.push_back(std::move(w));
                } while (accept_op(","));
                parse_block(s->body, t, "'with' statement");
                out.push_back(std::move(s));
                return;
            }
            if (t.text == "class") { ++pos_; out.push_back(parse_class(t)); return; }
            if (t.text == "try") { ++pos_; out.push_back(parse_try(t)); return; }
            if (t.text == "async") {
                ++pos_;
                if (at_kw("def")) {
                    unsupported_at(t.line, "'async' functions are");
                    const Token& d = next();
                    out.push_back(parse_def(d));
                    return;
                }
                if (!at_kw("for") && !at_kw("with")) invalid();
                if (function_depth_ == 0) compile_error(peek(), "'async " + peek().text + "' outside async function");
                unsupported_at(t.line, "'async " + peek().text + "' is");
                parse_statement(out);
                return;
            }
            if (at_match_statement()) { out.push_back(skip_match(t)); return; }
            if (t.text == "else" || t.text == "elif" || t.text == "except" || t.text == "finally") invalid();
        }
        if (t.type == Tok::Op && t.text == "@") {
            unsupported_at(t.line, "decorators are");
            ++pos_;
            parse_named_expression();
            if (!at(Tok::Newline)) invalid();
            ++pos_;
            if (!at_kw("def") && !at_kw("class") && !at_kw("async") && !at_op("@")) invalid();
            parse_statement(out);
            return;
        }
        parse_simple_statements(out);
    }

    StmtPtr parse_if() {
        const Token& t = next();
        auto s = stmt(StmtKind::If, t);
        s->test = parse_named_expression();
        parse_block(s->body, t, std::string("'") + t.text + "' statement");
        if (at_kw("elif")) {
            s->orelse.push_back(parse_if());
        } else if (at_kw("else")) {
            const Token& e = next();
            parse_block(s->orelse, e, "'else' statement");
        }
        return s;
    }

    void parse_simple_statements(Block& out) {
        while (true) {
            out.push_back(parse_simple_statement());
            if (accept_op(";")) {
                if (at(Tok::Newline) || at(Tok::End)) break;
                continue;
            }
            break;
        }
        if (at(Tok::End)) return;
        if (!at(Tok::Newline)) {
            const Stmt& last = *out.back();
            if (last.kind == StmtKind::Expr && last.value->kind == ExprKind::Name && (last.value->name == "print" || last.value->name == "exec") &&
                at_expression_start())
                throw PyError(ErrorKind::Syntax, "SyntaxError",
                              "Missing parentheses in call to '" + last.value->name + "'. Did you mean " + last.value->name + "(...)?",
                              last.value->line, last.value->column);
            invalid();
        }
        ++pos_;
    }

    std::string dotted_name() {
        std::string name = expect_name();
        while (accept_op(".")) name += "." + expect_name();
        return name;
    }

    StmtPtr parse_simple_statement() {
        const Token& t = peek();
        if (t.type == Tok::Name) {
            if (t.text == "pass") { ++pos_; return stmt(StmtKind::Pass, t); }
            if (t.text == "break") {
                ++pos_;
                if (loop_depth_ == 0) compile_error(t, "'break' outside loop");
                return stmt(StmtKind::Break, t);
            }
            if (t.text == "continue") {
                ++pos_;
                if (loop_depth_ == 0) compile_error(t, "'continue' not properly in loop");
                return stmt(StmtKind::Continue, t);
            }
            if (t.text == "return") {
                ++pos_;
                if (function_depth_ == 0) compile_error(t, "'return' outside function");
                auto s = stmt(StmtKind::Return, t);
                if (!at(Tok::Newline) && !at_op(";") && !at(Tok::End)) s->value = parse_star_expressions();
                return s;
            }
            if (t.text == "yield") {
                auto s = stmt(StmtKind::Expr, t);
                s->value = parse_yield();
                return s;
            }
            if (t.text == "import") {
                ++pos_;
                auto s = stmt(StmtKind::Import, t);
                do {
                    Alias a;
                    a.name = dotted_name();
                    if (accept_kw("as")) a.asname = expect_name();
                    s->names.push_back(a);
                } while (accept_op(","));
                return s;
            }
            if (t.text == "from") {
                ++pos_;
                auto s = stmt(StmtKind::ImportFrom, t);
                while (at_op(".") || at_op("...")) s->level += next().text.size();
                if (!at_kw("import")) s->name = dotted_name();
                if (!accept_kw("import")) fail("invalid syntax");
                bool paren = accept_op("(");
                if (accept_op("*")) {
                    s->names.push_back({"*", ""});
                } else {
                    do {
                        if (paren && at_op(")")) break;
                        Alias a;
                        a.name = expect_name();
                        if (accept_kw("as")) a.asname = expect_name();
                        s->names.push_back(a);
                    } while (accept_op(","));
                }
                if (paren) expect_op(")");
                return s;
            }
            if (t.text == "global" || t.text == "nonlocal") {
                ++pos_;
                auto s = stmt(t.text == "global" ? StmtKind::Global : StmtKind::Nonlocal, t);
                do { s->names.push_back({expect_name(), ""}); } while (accept_op(","));
                return s;
            }
            if (t.text == "del") {
                ++pos_;
                auto s = stmt(StmtKind::Del, t);
                do {
                    if (at(Tok::Newline) || at_op(";")) break;
                    s->targets.push_back(parse_bitor());
                    check_store_target(*s->targets.back(), true);
                } while (accept_op(","));
                if (s->targets.empty()) invalid();
                return s;
            }
            if (t.text == "assert") {
                ++pos_;
                auto s = stmt(StmtKind::Assert, t);
                s->test = parse_expression();
                if (accept_op(",")) s->value = parse_expression();
                return s;
            }
            if (t.text == "raise") {
                ++pos_;
                auto s = stmt(StmtKind::Raise, t);
                if (!at(Tok::Newline) && !at(Tok::End) && !at_op(";")) {
                    s->value = parse_expression();
                    if (accept_kw("from")) s->test = parse_expression();
                }
                return s;
            }
        }
        ExprPtr first = parse_star_expressions();
        if (at_op("=")) {
            auto s = stmt(StmtKind::Assign, t);
            s->targets.push_back(std::move(first));
            while (accept_op("=")) {
                if (at_kw("yield")) { s->targets.push_back(parse_yield()); continue; }
                s->targets.push_back(parse_star_expressions());
            }
            s->value = std::move(s->targets.back());
            s->targets.pop_back();
            const Expr& only = *s->targets.front();
            if (s->targets.size() == 1 && invalid_target(only, false) && only.kind != ExprKind::List && only.kind != ExprKind::Tuple &&
                !(only.kind == ExprKind::Constant && (only.constant.is_none() || only.constant.is_bool())))
                misplaced_equals(only);
            for (auto& target : s->targets) check_store_target(*target, false);
            if (s->value->kind == ExprKind::Starred) compile_error(s->value->line, s->value->column, "can't use starred expression here");
            return s;
        }
        if (at(Tok::Op) && peek().text.size() >= 2 && peek().text.back() == '=' && peek().text != "==" &&
            peek().text != "<=" && peek().text != ">=" && peek().text != "!=" && peek().text != ":=") {
            std::string op = next().text;
            op.pop_back();
            if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
                throw PyError(ErrorKind::Syntax, "SyntaxError", "'" + expr_name(*first) + "' is an illegal expression for augmented assignment",
                              first->line, first->column);
            auto s = stmt(StmtKind::AugAssign, t);
            s->target = std::move(first);
            s->op = op;
            s->value = at_kw("yield") ? parse_yield() : parse_star_expressions();
            return s;
        }
        if (at_op(":")) {
            ++pos_;
            auto s = stmt(StmtKind::AnnAssign, t);
            if (first->kind == ExprKind::Tuple)
                throw PyError(ErrorKind::Syntax, "SyntaxError", "only single target (not tuple) can be annotated", first->line, first->column);
            if (first->kind == ExprKind::List)
                throw PyError(ErrorKind::Syntax, "SyntaxError", "only single target (not list) can be annotated", first->line, first->column);
            check_store_target(*first, false);
            s->target = std::move(first);
            parse_expression();
            if (accept_op("=")) s->value = parse_star_expressions();
            return s;
        }
        if (first->kind == ExprKind::Starred) compile_error(first->line, first->column, "can't use starred expression here");
        auto s = stmt(StmtKind::Expr, t);
        s->value = std::move(first);
        return s;
    }

    std::vector<Token> toks_;
    size_t pos_ = 0;
    int depth_ = 0;
    int loop_depth_ = 0;      // enclosing loops within the current function
    int function_depth_ = 0;  // enclosing defs
    std::optional<PyError> compile_error_;
    std::optional<PyError> unsupported_;
};

std::vector<std::string> split_lines(std::string_view source) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= source.size(); ++i) {
        if (i == source.size() || source[i] == '\n') {
            std::string line(source.substr(start, i - start));
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(std::move(line));
            start = i + 1;
        }
    }
    return lines;
}

}  // namespace

Module parse(std::string_view source) {
    Parser p(tokenize(source));
    Module m = p.parse_module();
    analyse_scopes(m);
    p.throw_pending();
    m.lines = split_lines(source);
    return m;
}

}  // namespace seedlab::lang
