// Methods of the builtin types str, list, tuple and dict, bound to their receiver.
// Unknown names of real Python methods give a clear "not supported" error; other
// names give CPython's AttributeError (the caller raises it when this returns false).
#include <algorithm>
#include <unordered_set>

#include "lang/args.hpp"
#include "lang/interpreter.hpp"
#include "lang/objects.hpp"
#include "lang/strings.hpp"

namespace seedlab::lang {
namespace {

Value bound(const std::string& name, NativeFn fn) { return make_native(name, std::move(fn)); }

std::string strip_chars(const std::string& s, const std::string& chars, bool left, bool right) {
    size_t a = 0, b = s.size();
    if (left) while (a < b && chars.find(s[a]) != std::string::npos) ++a;
    if (right) while (b > a && chars.find(s[b - 1]) != std::string::npos) --b;
    return s.substr(a, b - a);
}

bool str_method(Interpreter& in, const std::shared_ptr<StrObj>& self, const std::string& name, Value& out) {
    const std::string s = self->s;
    if (name == "join") {
        out = bound(name, [s](Interpreter& i, CallArgs& a) {
            std::string r;
            bool first = true;
            for (auto& v : i.to_list(a.pos.at(0))) {
                auto* p = v.as<StrObj>();
                if (!p) throw type_error("sequence item " + std::string("0") + ": expected str instance, " + i.type_name(v) + " found");
                if (!first) r += s;
                r += p->s;
                first = false;
            }
            return Value::str(r);
        });
    } else if (name == "split") {
        out = bound(name, [s](Interpreter& i, CallArgs& a) {
            static const Signature sig("split(sep=None, maxsplit=-1)");
            auto p = sig.bind(a);
            int64_t maxsplit = arg_int(i, p[1], "maxsplit");
            std::vector<Value> parts;
            if (p[0].is_none()) {
                size_t pos = 0;
                while (true) {
                    while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
                    if (pos >= s.size()) break;
                    if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) { parts.push_back(Value::str(strip_chars(s.substr(pos), " \t\n\r\f\v", false, true))); break; }
                    size_t end = pos;
                    while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
                    parts.push_back(Value::str(s.substr(pos, end - pos)));
                    pos = end;
                }
            } else {
                std::string sep = arg_str(i, p[0], "sep");
                if (sep.empty()) throw value_error("empty separator");
                size_t pos = 0;
                while (true) {
                    size_t f = s.find(sep, pos);
                    if (f == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
                        parts.push_back(Value::str(s.substr(pos)));
                        break;
                    }
                    parts.push_back(Value::str(s.substr(pos, f - pos)));
                    pos = f + sep.size();
                }
            }
            return make_list(std::move(parts));
        });
    } else if (name == "upper" || name == "lower") {
        bool up = name == "upper";
        out = bound(name, [s, up](Interpreter&, CallArgs&) {
            std::string r = s;
            for (auto& c : r) c = static_cast<char>(up ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
            return Value::str(r);
        });
    } else if (name == "strip" || name == "lstrip" || name == "rstrip") {
        bool l = name != "rstrip", r = name != "lstrip";
        out = bound(name, [s, l, r](Interpreter& i, CallArgs& a) {
            std::string chars = a.pos.empty() || a.pos[0].is_none() ? std::string(" \t\n\r\f\v") : arg_str(i, a.pos[0], "chars");
            return Value::str(strip_chars(s, chars, l, r));
        });
    } else if (name == "replace") {
        out = bound(name, [s](Interpreter& i, CallArgs& a) {
            std::string from = arg_str(i, a.pos.at(0), "old"), to = arg_str(i, a.pos.at(1), "new");
            if (from.empty()) throw unsupported("str.replace with an empty pattern is not supported in the playground");
            std::string r;
            size_t pos = 0;
            while (true) {
                size_t f = s.find(from, pos);
                if (f == std::string::npos) { r += s.substr(pos); break; }
                r += s.substr(pos, f - pos) + to;
                pos = f + from.size();
            }
            return Value::str(r);
        });
    } else if (name == "startswith" || name == "endswith") {
        bool start = name == "startswith";
        out = bound(name, [s, start](Interpreter& i, CallArgs& a) {
            std::vector<Value> opts = a.pos.at(0).as<TupleObj>() ? a.pos[0].as<TupleObj>()->items : std::vector<Value>{a.pos[0]};
            for (auto& o : opts) {
                std::string p = arg_str(i, o, "prefix");
                if (p.size() <= s.size() && (start ? s.compare(0, p.size(), p) == 0 : s.compare(s.size() - p.size(), p.size(), p) == 0))
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        });
    } else if (name == "format") {
        out = bound(name, [s](Interpreter& i, CallArgs& a) {
            std::string r;
            size_t auto_index = 0;
            for (size_t k = 0; k < s.size(); ++k) {
                char c = s[k];
                if (c == '{' && k + 1 < s.size() && s[k + 1] == '{') { r += '{'; ++k; continue; }
                if (c == '}' && k + 1 < s.size() && s[k + 1] == '}') { r += '}'; ++k; continue; }
                if (c != '{') { r += c; continue; }
                size_t end = s.find('}', k);
                if (end == std::string::npos) throw value_error("Single '{' encountered in format string");
                std::string field = s.substr(k + 1, end - k - 1);
                k = end;
                std::string spec, conv;
                size_t colon = field.find(':');
                if (colon != std::string::npos) { spec = field.substr(colon + 1); field = field.substr(0, colon); }
                size_t bang = field.find('!');
                if (bang != std::string::npos) { conv = field.substr(bang + 1); field = field.substr(0, bang); }
                Value v;
                if (field.empty()) v = a.pos.at(auto_index++);
                else if (std::isdigit(static_cast<unsigned char>(field[0]))) v = a.pos.at(std::stoul(field));
                else {
                    bool found = false;
                    for (auto& [kk, vv] : a.kw) if (kk == field) { v = vv; found = true; }
                    if (!found) throw runtime_error("KeyError", py_str_repr(field));
                }
                if (conv == "r") v = Value::str(i.repr(v));
                else if (conv == "s") v = Value::str(i.str(v));
                r += i.call(i.get_attr(Value::none(), "__builtin_format__"), std::vector<Value>{v, Value::str(spec)}).as<StrObj>()->s;
            }
            return Value::str(r);
        });
    } else if (name == "find" || name == "count" || name == "index") {
        std::string n = name;
        out = bound(name, [s, n](Interpreter& i, CallArgs& a) {
            std::string sub = arg_str(i, a.pos.at(0), "sub");
            if (n == "count") {
                if (sub.empty()) return Value::integer(static_cast<int64_t>(utf8_length(s) + 1));
                int64_t c = 0;
                for (size_t p = s.find(sub); p != std::string::npos; p = s.find(sub, p + sub.size())) ++c;
                return Value::integer(c);
            }
            size_t p = s.find(sub);
            if (p == std::string::npos) {
                if (n == "index") throw value_error("substring not found");
                return Value::integer(-1);
            }
            return Value::integer(static_cast<int64_t>(utf8_length(s.substr(0, p))));
        });
    } else if (name == "encode") {
        out = bound(name, [s](Interpreter&, CallArgs&) { return Value::object(std::make_shared<BytesObj>(s)); });
    } else if (name == "isdigit" || name == "isalpha" || name == "isspace") {
        std::string n = name;
        out = bound(name, [s, n](Interpreter&, CallArgs&) {
            if (s.empty()) return Value::boolean(false);
            for (unsigned char c : s) {
                bool ok = n == "isdigit" ? std::isdigit(c) != 0 : n == "isalpha" ? std::isalpha(c) != 0 : std::isspace(c) != 0;
                if (!ok) return Value::boolean(false);
            }
            return Value::boolean(true);
        });
    } else {
        (void)in;
        return false;
    }
    return true;
}

bool list_method(Interpreter&, const std::shared_ptr<ListObj>& self, const std::string& name, Value& out) {
    if (name == "append") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            if (a.pos.size() != 1) throw type_error("list.append() takes exactly one argument (" + std::to_string(a.pos.size()) + " given)");
            self->items.push_back(a.pos[0]);
            if ((self->items.size() & 0xFFFF) == 0) i.count_elements(static_cast<int64_t>(self->items.size()));
            return Value::none();
        });
    } else if (name == "extend") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            for (auto& v : i.to_list(a.pos.at(0))) self->items.push_back(v);
            i.count_elements(static_cast<int64_t>(self->items.size()));
            return Value::none();
        });
    } else if (name == "pop") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            if (self->items.empty()) throw runtime_error("IndexError", "pop from empty list");
            int64_t n = static_cast<int64_t>(self->items.size());
            int64_t k = a.pos.empty() ? n - 1 : arg_int(i, a.pos[0], "index");
            if (k < 0) k += n;
            if (k < 0 || k >= n) throw runtime_error("IndexError", "pop index out of range");
            Value v = self->items[static_cast<size_t>(k)];
            self->items.erase(self->items.begin() + k);
            return v;
        });
    } else if (name == "insert") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            int64_t n = static_cast<int64_t>(self->items.size());
            int64_t k = arg_int(i, a.pos.at(0), "index");
            if (k < 0) k = std::max<int64_t>(0, k + n);
            if (k > n) k = n;
            self->items.insert(self->items.begin() + k, a.pos.at(1));
            return Value::none();
        });
    } else if (name == "index" || name == "count" || name == "remove") {
        std::string n = name;
        out = bound(name, [self, n](Interpreter& i, CallArgs& a) {
            int64_t c = 0;
            for (size_t k = 0; k < self->items.size(); ++k) {
                if (!i.equals(self->items[k], a.pos.at(0))) continue;
                if (n == "index") return Value::integer(static_cast<int64_t>(k));
                if (n == "remove") { self->items.erase(self->items.begin() + static_cast<long>(k)); return Value::none(); }
                ++c;
            }
            if (n == "index") throw value_error(i.repr(a.pos[0]) + " is not in list");
            if (n == "remove") throw value_error("list.remove(x): x not in list");
            return Value::integer(c);
        });
    } else if (name == "sort") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            CallArgs b = a;
            b.pos.insert(b.pos.begin(), Value::object(self));
            Value sorted = i.call(i.get_attr(Value::none(), "__builtin_sorted__"), b);
            self->items = sorted.as<ListObj>()->items;
            return Value::none();
        });
    } else if (name == "reverse") {
        out = bound(name, [self](Interpreter&, CallArgs&) { std::reverse(self->items.begin(), self->items.end()); return Value::none(); });
    } else if (name == "copy") {
        out = bound(name, [self](Interpreter&, CallArgs&) { return make_list(self->items); });
    } else if (name == "clear") {
        out = bound(name, [self](Interpreter&, CallArgs&) { self->items.clear(); return Value::none(); });
    } else {
        return false;
    }
    return true;
}

bool dict_method(Interpreter&, const std::shared_ptr<DictObj>& self, const std::string& name, Value& out) {
    if (name == "keys" || name == "values" || name == "items") {
        std::string n = name;
        out = bound(name, [self, n](Interpreter&, CallArgs&) {
            std::vector<Value> r;
            for (auto& [k, v] : self->entries) r.push_back(n == "keys" ? k : n == "values" ? v : make_tuple({k, v}));
            return make_list(std::move(r));  // a list stands in for the view (printing differs: see repr below)
        });
    } else if (name == "get") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            Value* v = self->find(i, a.pos.at(0));
            return v ? *v : (a.pos.size() > 1 ? a.pos[1] : Value::none());
        });
    } else if (name == "setdefault") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            Value* v = self->find(i, a.pos.at(0));
            if (v) return *v;
            Value d = a.pos.size() > 1 ? a.pos[1] : Value::none();
            self->put(i, a.pos[0], d);
            return d;
        });
    } else if (name == "pop") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            Value* v = self->find(i, a.pos.at(0));
            if (!v) {
                if (a.pos.size() > 1) return a.pos[1];
                throw runtime_error("KeyError", i.repr(a.pos[0]));
            }
            Value r = *v;
            self->erase(i, a.pos[0]);
            return r;
        });
    } else if (name == "update") {
        out = bound(name, [self](Interpreter& i, CallArgs& a) {
            if (!a.pos.empty()) {
                if (auto* d = a.pos[0].as<DictObj>()) for (auto& [k, v] : d->entries) self->put(i, k, v);
                else for (auto& pair : i.to_list(a.pos[0])) { auto kv = i.to_list(pair); self->put(i, kv.at(0), kv.at(1)); }
            }
            for (auto& [k, v] : a.kw) self->put(i, Value::str(k), v);
            return Value::none();
        });
    } else if (name == "copy") {
        out = bound(name, [self](Interpreter&, CallArgs&) { auto d = std::make_shared<DictObj>(*self); return Value::object(d); });
    } else if (name == "clear") {
        out = bound(name, [self](Interpreter&, CallArgs&) { self->entries.clear(); self->index.clear(); return Value::none(); });
    } else {
        return false;
    }
    return true;
}

}  // namespace

bool builtin_method(Interpreter& in, const Value& self, const std::string& name, Value& out) {
    if (self.is_none() && (name == "__builtin_format__" || name == "__builtin_sorted__")) {
        // Internal hooks used by str.format and list.sort to reach the builtins.
        static const std::unordered_map<std::string, std::string> kTarget = {{"__builtin_format__", "format"}, {"__builtin_sorted__", "sorted"}};
        std::unordered_map<std::string, Value> table;
        install_builtins(table);
        out = table.at(kTarget.at(name));
        return true;
    }
    if (!self.is_object()) {
        if ((self.is_int() || self.is_bool()) && name == "bit_length") {
            BigInt v = self.big_int();
            out = bound(name, [v](Interpreter&, CallArgs&) { return Value::integer(static_cast<int64_t>(v.bit_length())); });
            return true;
        }
        if (self.is_float() && name == "is_integer") {
            double d = self.as_float();
            out = bound(name, [d](Interpreter&, CallArgs&) { return Value::boolean(d == d && d - d == 0.0 && static_cast<double>(static_cast<int64_t>(d)) == d); });
            return true;
        }
        return false;
    }
    const ObjPtr& o = self.obj();
    if (auto s = std::dynamic_pointer_cast<StrObj>(o)) return str_method(in, s, name, out);
    if (auto l = std::dynamic_pointer_cast<ListObj>(o)) return list_method(in, l, name, out);
    if (auto d = std::dynamic_pointer_cast<DictObj>(o)) return dict_method(in, d, name, out);
    if (auto t = std::dynamic_pointer_cast<TupleObj>(o)) {
        if (name == "index" || name == "count") {
            auto list = std::make_shared<ListObj>(t->items);
            return list_method(in, list, name, out);
        }
    }
    return false;
}

}  // namespace seedlab::lang
