// Parser, expressions: atoms, strings and f-strings, operators by precedence (lowest
// last), calls, subscripts, lambdas, comprehensions and parameter lists.
// What it is not: no statements (parser_stmt.cpp).
#include <cstdlib>

#include "lang/parser_internal.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang::detail {

const std::set<std::string, std::less<>> kKeywords = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield"};

bool Parser::at_expression_start() const {
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

void Parser::check_missing_comma(const Expr& before) {
    if (at_expression_start() && !at_kw("not") && !(peek().type == Tok::Name && (peek().text == "if" || peek().text == "else")))
        throw PyError(ErrorKind::Syntax, "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", before.line, before.column);
}

[[noreturn]] void Parser::invalid() {
    if (at(Tok::Indent)) fail_at(peek(), "unexpected indent", "IndentationError");
    fail("invalid syntax");
}

void Parser::expect_op(std::string_view op) {
    if (!accept_op(op)) {
        if (op == ":" || op == "=" || op == "(" || op == ")" || op == "]" || op == "}" || op == ",")
            fail("expected '" + std::string(op) + "'");
        invalid();
    }
}

std::string Parser::expect_name() {
    if (!at(Tok::Name) || kKeywords.count(peek().text)) invalid();
    return next().text;
}

Value Parser::number_value(const Token& t) {
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

ExprPtr Parser::parse_strings() {
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

void Parser::flush_literal(const Token& t, std::string& literal, std::vector<ExprPtr>& parts) {
    if (literal.empty()) return;
    auto c = node(ExprKind::Constant, t);
    c->constant = Value::str(literal);
    parts.push_back(std::move(c));
    literal.clear();
}

void Parser::parse_fstring_body(const Token& t, std::string& literal, std::vector<ExprPtr>& parts) {
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

void Parser::parts_expression(const Token& t, const std::string& body, size_t& i, std::string& literal, std::vector<ExprPtr>& parts) {
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

ExprPtr Parser::parse_sub_expression(const std::string& text, const Token& t) {
    std::vector<Token> sub = tokenize("(" + text + ")");
    for (auto& tok : sub) { tok.line = t.line; tok.column = t.column; }
    Parser p(std::move(sub));
    p.depth_ = depth_;
    ExprPtr e = p.parse_star_expressions();
    while (p.at(Tok::Newline)) ++p.pos_;
    if (!p.at(Tok::End)) fail_at(t, "f-string: invalid syntax");
    return e;
}

ExprPtr Parser::display_item() {
    ExprPtr e = at_op("*") ? parse_starred() : parse_named_expression();
    check_missing_comma(*e);
    return e;
}

ExprPtr Parser::parse_yield() {
    const Token& t = next();
    if (function_depth_ == 0) compile_error(t, "'yield' outside function");
    unsupported_at(t.line, "'yield' is");
    accept_kw("from");
    if (!at(Tok::Newline) && !at_op(")") && !at_op(";") && !at_op("=") && !at(Tok::End)) parse_star_expressions();
    auto e = node(ExprKind::Constant, t);
    return e;
}

ExprPtr Parser::parse_atom() {
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

void Parser::parse_dict_rest(Expr& d) {
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

void Parser::parse_comprehension_clauses(std::vector<Comprehension>& comps) {
    while (accept_kw("for")) {
        Comprehension c;
        c.target = parse_target_list();
        if (!accept_kw("in")) fail("expected 'in'");
        c.iter = parse_disjunction();
        while (accept_kw("if")) c.conditions.push_back(parse_disjunction());
        comps.push_back(std::move(c));
    }
}

ExprPtr Parser::parse_primary() {
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

void Parser::parse_call_args(Expr& call) {
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

ExprPtr Parser::parse_slice_item() {
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

ExprPtr Parser::parse_slices() {
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

ExprPtr Parser::binary(ExprPtr left, const Token& op, ExprPtr right) {
    auto b = node(ExprKind::BinOp, op);
    b->line = left->line;
    b->column = left->column;
    b->name = op.text;
    b->a = std::move(left);
    b->b = std::move(right);
    return b;
}

ExprPtr Parser::parse_power() {
    ExprPtr base = parse_primary();
    if (at_op("**")) {
        const Token& op = next();
        return binary(std::move(base), op, parse_factor());
    }
    return base;
}

ExprPtr Parser::parse_factor() {
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

ExprPtr Parser::parse_comparison() {
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

ExprPtr Parser::parse_inversion() {
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

ExprPtr Parser::bool_chain(ExprPtr (Parser::*sub)(), std::string_view kw) {
    ExprPtr first = (this->*sub)();
    if (!at_kw(kw)) return first;
    auto b = std::make_unique<Expr>(ExprKind::BoolOp, first->line, first->column);
    b->name = std::string(kw);
    b->items.push_back(std::move(first));
    while (accept_kw(kw)) b->items.push_back((this->*sub)());
    return b;
}

std::vector<Param> Parser::parse_params(std::string_view end) {
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

ExprPtr Parser::parse_lambda() {
    const Token& t = next();
    auto l = node(ExprKind::Lambda, t);
    l->params = parse_params(":");
    expect_op(":");
    l->a = parse_expression();
    return l;
}

ExprPtr Parser::parse_expression() {
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

ExprPtr Parser::parse_named_expression(bool check_equals) {
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

ExprPtr Parser::parse_starred() {
    const Token& t = next();
    auto s = node(ExprKind::Starred, t);
    s->a = parse_bitor();
    return s;
}

ExprPtr Parser::parse_star_expressions() {
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

}  // namespace seedlab::lang::detail
