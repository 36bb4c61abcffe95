// The registry of importable modules: each emulated library registers a factory per
// module name ("random", "numpy", "numpy.random", "tensorflow.compat.v1", ...). A
// factory builds a fresh module object for one process.
// What it is not: no module code; libs/ provide the factories.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "lang/value.hpp"

namespace seedlab::lang {

class Interpreter;
using ModuleFactory = std::function<Value(Interpreter&)>;

class ModuleRegistry {
public:
    void add(const std::string& name, ModuleFactory factory) { factories_[name] = std::move(factory); }
    const ModuleFactory* find(const std::string& name) const {
        auto it = factories_.find(name);
        return it == factories_.end() ? nullptr : &it->second;
    }
    const std::map<std::string, ModuleFactory>& all() const { return factories_; }

private:
    std::map<std::string, ModuleFactory> factories_;
};

}  // namespace seedlab::lang
