// Scope analysis in two passes, like CPython 3.11's symtable.c: a visit in source
// order that records each name's flags per block (raising the declaration errors as it
// meets them), then an analysis top-down that checks every nonlocal has a binding.
#include "lang/scope.hpp"

#include <map>
#include <memory>

#include "lang/errors.hpp"

namespace seedlab::lang {
namespace {

// Flags of a name within one block (symtable.h's DEF_* and USE).
constexpr int kParam = 1, kLocal = 2, kUse = 4, kGlobal = 8, kNonlocal = 16;

struct SymBlock {
    std::shared_ptr<ScopeInfo> info;  // null for the module
    SymBlock* parent = nullptr;
    std::map<std::string, int> flags;
    std::vector<std::string> order;   // names in order of first flag
    struct Directive { std::string name; int line, column; };
    std::vector<Directive> nonlocal_directives;
    std::vector<std::unique_ptr<SymBlock>> children;
};

[[noreturn]] void syntax_error(const std::string& msg, int line, int column) {
    throw PyError(ErrorKind::Syntax, "SyntaxError", msg, line, column);
}

class Analyzer {
public:
    void run(Module& m) {
        SymBlock module;
        current_ = &module;
        visit_block(m.body);
        analyse(module);
    }

private:
    SymBlock* current_ = nullptr;

    void add(const std::string& name, int flag, SymBlock* b = nullptr) {
        SymBlock* blk = b ? b : current_;
        auto [it, inserted] = blk->flags.emplace(name, 0);
        if (inserted) blk->order.push_back(name);
        it->second |= flag;
    }

    // The block that a walrus inside comprehensions binds in (PEP 572).
    SymBlock* walrus_block() {
        SymBlock* b = current_;
        while (b->info && b->info->kind == ScopeInfo::Kind::Comprehension) b = b->parent;
        return b;
    }

    SymBlock* open(std::shared_ptr<ScopeInfo> info) {
        auto child = std::make_unique<SymBlock>();
        child->info = std::move(info);
        child->parent = current_;
        SymBlock* raw = child.get();
        current_->children.push_back(std::move(child));
        current_ = raw;
        return raw;
    }

    std::string qualname_for(const std::string& name) const {
        if (!current_->info) return name;
        return current_->info->qualname + (current_->info->kind == ScopeInfo::Kind::Comprehension ? "." : ".<locals>.") + name;
    }

    void add_params(const std::vector<Param>& params, int line, int column) {
        for (auto& p : params) {
            if (current_->flags.count(p.name) && (current_->flags[p.name] & kParam))
                syntax_error("duplicate argument '" + p.name + "' in function definition", line, column);
            add(p.name, kParam);
        }
    }

    void visit_params_defaults(std::vector<Param>& params) {
        for (auto& p : params)
            if (p.default_value) visit(*p.default_value);
    }

    void visit_block(const Block& body);

    void declare(const Stmt& s, bool global) {
        for (auto& a : s.names) {
            const std::string& n = a.name;
            auto it = current_->flags.find(n);
            int cur = it == current_->flags.end() ? 0 : it->second;
            const char* what = global ? "global" : "nonlocal";
            if (cur & kParam) syntax_error("name '" + n + "' is parameter and " + what, s.line, s.column);
            if (cur & kUse) syntax_error("name '" + n + "' is used prior to " + std::string(what) + " declaration", s.line, s.column);
            if (cur & kLocal) syntax_error("name '" + n + "' is assigned to before " + std::string(what) + " declaration", s.line, s.column);
            add(n, global ? kGlobal : kNonlocal);
            if (!global) current_->nonlocal_directives.push_back({n, s.line, s.column});
        }
    }

    void visit_target(Expr& e) {
        switch (e.kind) {
            case ExprKind::Name: add(e.name, kLocal); return;
            case ExprKind::Tuple: case ExprKind::List:
                for (auto& i : e.items) visit_target(*i);
                return;
            case ExprKind::Starred: visit_target(*e.a); return;
            default: visit(e); return;
        }
    }

    void visit_comprehension(Expr& e) {
        // The first iterable is evaluated in the enclosing scope.
        visit(*e.comps[0].iter);
        static const char* kNames[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
        auto info = std::make_shared<ScopeInfo>();
        info->kind = ScopeInfo::Kind::Comprehension;
        info->name = kNames[e.kind == ExprKind::ListComp ? 0 : e.kind == ExprKind::SetComp ? 1 : e.kind == ExprKind::DictComp ? 2 : 3];
        info->qualname = qualname_for(info->name);
        SymBlock* blk = open(info);
        for (size_t i = 0; i < e.comps.size(); ++i) {
            if (i > 0) visit(*e.comps[i].iter);
            visit_target(*e.comps[i].target);
            for (auto& c : e.comps[i].conditions) visit(*c);
        }
        visit(*e.a);
        if (e.b) visit(*e.b);
        current_ = blk->parent;
        e.scope = info;
    }

    void visit(Expr& e) {
        switch (e.kind) {
            case ExprKind::Name: add(e.name, kUse); return;
            case ExprKind::NamedExpr:
                visit(*e.a);
                add(e.name, kLocal, walrus_block());
                return;
            case ExprKind::Lambda: {
                visit_params_defaults(e.params);
                auto info = std::make_shared<ScopeInfo>();
                info->kind = ScopeInfo::Kind::Lambda;
                info->name = "<lambda>";
                info->qualname = qualname_for("<lambda>");
                SymBlock* blk = open(info);
                add_params(e.params, e.line, e.column);
                visit(*e.a);
                current_ = blk->parent;
                e.scope = info;
                return;
            }
            case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
                visit_comprehension(e);
                return;
            default: break;
        }
        if (e.a) visit(*e.a);
        if (e.b) visit(*e.b);
        if (e.c) visit(*e.c);
        for (auto& i : e.items) if (i) visit(*i);
        for (auto& v : e.values) if (v) visit(*v);
        for (auto& k : e.keywords) visit(*k.value);
    }

    void visit_function(Stmt& s) {
        add(s.name, kLocal);
        visit_params_defaults(s.params);
        auto info = std::make_shared<ScopeInfo>();
        info->kind = ScopeInfo::Kind::Function;
        info->name = s.name;
        info->qualname = qualname_for(s.name);
        if (!s.body.empty() && s.body[0]->kind == StmtKind::Expr && s.body[0]->value->kind == ExprKind::Constant) {
            if (auto* str = s.body[0]->value->constant.as<StrObj>()) {
                info->has_docstring = true;
                info->docstring = str->s;
            }
        }
        SymBlock* blk = open(info);
        add_params(s.params, s.line, s.column);
        visit_block(s.body);
        current_ = blk->parent;
        s.scope = info;
    }

    void visit(Stmt& s) {
        switch (s.kind) {
            case StmtKind::FunctionDef: visit_function(s); return;
            case StmtKind::Global: declare(s, true); return;
            case StmtKind::Nonlocal: declare(s, false); return;
            case StmtKind::Assign:
                for (auto& t : s.targets) visit_target(*t);
                visit(*s.value);
                return;
            case StmtKind::AugAssign: case StmtKind::AnnAssign:
                visit_target(*s.target);
                if (s.value) visit(*s.value);
                return;
            case StmtKind::For:
                visit_target(*s.target);
                visit(*s.iter);
                break;
            case StmtKind::With:
                for (auto& w : s.with_items) {
                    visit(*w.context);
                    if (w.target) visit_target(*w.target);
                }
                break;
            case StmtKind::Import:
                for (auto& a : s.names) add(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, kLocal);
                return;
            case StmtKind::ImportFrom:
                for (auto& a : s.names)
                    if (a.name != "*") add(a.asname.empty() ? a.name : a.asname, kLocal);
                return;
            case StmtKind::Del:
                for (auto& t : s.targets) visit_target(*t);
                return;
            case StmtKind::ClassDef: add(s.name, kLocal); return;  // unsupported; its body is never run
            default:
                for (auto& t : s.targets) visit(*t);
                if (s.value) visit(*s.value);
                if (s.test) visit(*s.test);
                break;
        }
        visit_block(s.body);
        visit_block(s.orelse);
    }

    // Top-down: locals of each block, then the nonlocal bindings.
    void analyse(SymBlock& b) {
        if (b.info) {
            ScopeInfo& info = *b.info;
            for (auto& name : b.order) {
                int f = b.flags[name];
                if (f & kGlobal) info.globals.insert(name);
                else if (f & kNonlocal) info.nonlocals.insert(name);
                else if (f & (kParam | kLocal)) {
                    info.locals.insert(name);
                    info.varnames.push_back(name);
                }
            }
        }
        for (auto& d : b.nonlocal_directives) {
            if (!b.info) syntax_error("nonlocal declaration not allowed at module level", d.line, d.column);
            bool bound = false;
            for (SymBlock* up = b.parent; up && up->info && !bound; up = up->parent) {
                auto it = up->flags.find(d.name);
                if (it == up->flags.end()) continue;
                if (it->second & kGlobal) break;
                bound = (it->second & (kParam | kLocal | kNonlocal)) != 0;
            }
            if (!bound) syntax_error("no binding for nonlocal '" + d.name + "' found", d.line, d.column);
        }
        for (auto& c : b.children) analyse(*c);
    }
};

void Analyzer::visit_block(const Block& body) {
    for (auto& s : body) visit(*s);
}

}  // namespace

void analyse_scopes(Module& module) { Analyzer().run(module); }

}  // namespace seedlab::lang
