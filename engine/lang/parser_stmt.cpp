// Parser, statements: targets and their errors, blocks, compound and simple
// statements, the compile-stage checks ('break' outside loop, ...) and parse().
// What it is not: no expressions (parser_expr.cpp) and no scope analysis (scope.cpp).
#include "lang/parser.hpp"
#include "lang/parser_internal.hpp"
#include "lang/scope.hpp"

namespace seedlab::lang {
namespace detail {

Module Parser::parse_module() {
    Module m;
    while (!at(Tok::End)) {
        if (at(Tok::Newline)) { ++pos_; continue; }
        if (at(Tok::Indent)) fail_at(peek(), "unexpected indent", "IndentationError");
        parse_statement(m.body);
    }
    return m;
}

void Parser::throw_pending() const {
    if (compile_error_) throw *compile_error_;
    if (unsupported_) throw *unsupported_;
}

ExprPtr Parser::parse_target_list() {
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

std::string Parser::expr_name(const Expr& e) {
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

const Expr* Parser::invalid_target(const Expr& e, bool del) {
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

void Parser::check_store_target(const Expr& e, bool del) {
    if (const Expr* bad = invalid_target(e, del))
        throw PyError(ErrorKind::Syntax, "SyntaxError", std::string(del ? "cannot delete " : "cannot assign to ") + expr_name(*bad),
                      bad->line, bad->column);
    check_starred_target(e);
}

void Parser::check_starred_target(const Expr& e) {
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

bool Parser::is_bitwise_or_level(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
        case ExprKind::NamedExpr: case ExprKind::Starred: return false;
        case ExprKind::UnaryOp: return e.name != "not";
        default: return true;
    }
}

[[noreturn]] void Parser::misplaced_equals(const Expr& e) {
    if (e.kind == ExprKind::Name)
        throw PyError(ErrorKind::Syntax, "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.line, e.column);
    if (is_bitwise_or_level(e))
        throw PyError(ErrorKind::Syntax, "SyntaxError", "cannot assign to " + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
                      e.line, e.column);
    invalid();
}

void Parser::parse_block(Block& body, const Token& header, const std::string& what) {
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

void Parser::parse_loop_body(Block& body, const Token& header, const std::string& what) {
    ++loop_depth_;
    parse_block(body, header, what);
    --loop_depth_;
}

void Parser::parse_scope_body(Block& body, const Token& header, const std::string& what, bool function) {
    int saved_loop = loop_depth_, saved_function = function_depth_;
    loop_depth_ = 0;
    function_depth_ = function ? function_depth_ + 1 : 0;
    parse_block(body, header, what);
    loop_depth_ = saved_loop;
    function_depth_ = saved_function;
}

StmtPtr Parser::parse_def(const Token& t) {
    auto s = stmt(StmtKind::FunctionDef, t);
    s->name = expect_name();
    expect_op("(");
    s->params = parse_params(")");
    expect_op(")");
    if (accept_op("->")) parse_expression();
    parse_scope_body(s->body, t, "function definition", true);
    return s;
}

StmtPtr Parser::parse_class(const Token& t) {
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

StmtPtr Parser::parse_try(const Token& t) {
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

bool Parser::at_match_statement() const {
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

StmtPtr Parser::skip_match(const Token& t) {
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

void Parser::parse_statement(Block& out) {
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

StmtPtr Parser::parse_if() {
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

void Parser::parse_simple_statements(Block& out) {
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

std::string Parser::dotted_name() {
    std::string name = expect_name();
    while (accept_op(".")) name += "." + expect_name();
    return name;
}

StmtPtr Parser::parse_simple_statement() {
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

}  // namespace detail

namespace {

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
    detail::Parser p(tokenize(source));
    Module m = p.parse_module();
    analyse_scopes(m);
    p.throw_pending();
    m.lines = split_lines(source);
    return m;
}

}  // namespace seedlab::lang
