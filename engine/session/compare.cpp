// Compares runs: events are aligned by (line, occurrence); numbers inside aligned
// events by position. A number is "same" when its text is equal in every run.
// The first divergence is explained from the provenance of the diverging numbers.
#include <map>
#include <set>

#include "session/session.hpp"

namespace seedlab::session {
namespace {

using Key = std::pair<int, int>;  // (line, occurrence)

std::string explain(const std::vector<ProcessResult>& runs, const Key& key, size_t index) {
    std::vector<const Number*> nums;
    for (auto& r : runs)
        for (auto& e : r.events)
            if (e.line == key.first && e.occurrence == key.second && index < e.numbers.size()) nums.push_back(&e.numbers[index]);
    if (nums.size() < runs.size()) return "The runs printed different amounts of output at this line.";
    const Number& a = *nums[0];
    const Number& b = *nums[1];
    if (a.provenance && b.provenance) {
        const auto& pa = *a.provenance;
        const auto& pb = *b.provenance;
        std::string who = pa.library + " (" + pa.generator + ")";
        if (pa.from_entropy || pb.from_entropy)
            return "Run 1 and run 2 drew from " + who + " seeded from each run's own entropy: " + pa.rule + ".";
        if (pa.seed != pb.seed)
            return "Run 1 and run 2 used different seeds for " + who + ": " + pa.seed + " vs " + pb.seed + ".";
        if (pa.counter != pb.counter)
            return "Same seed, but the generator " + who + " was at a different position: " + pa.counter + " vs " + pb.counter + ".";
        return "Same generator and seed (" + pa.seed + "), yet the value differs: it depends on something else that differs between runs.";
    }
    if (a.provenance || b.provenance) {
        const auto& p = a.provenance ? *a.provenance : *b.provenance;
        return "This value comes from " + p.library + " (" + p.generator + "): " + p.rule + ".";
    }
    return "This value is computed from other values that differ between runs (for example an unseeded generator, or a hash-ordered set).";
}

}  // namespace

Comparison compare(std::vector<ProcessResult>& runs) {
    Comparison c;
    c.runs = static_cast<int>(runs.size());
    if (runs.empty()) return c;
    for (auto& r : runs)
        if (r.stdout_text != runs[0].stdout_text) c.outputs_identical = false;
    // Index each run's events.
    std::vector<std::map<Key, Event*>> index(runs.size());
    std::set<Key> keys;
    for (size_t i = 0; i < runs.size(); ++i)
        for (auto& e : runs[i].events) {
            index[i][{e.line, e.occurrence}] = &e;
            keys.insert({e.line, e.occurrence});
        }
    bool first_found = false;
    // Walk run 1's events in print order so "first" means first printed.
    std::vector<Key> order;
    for (auto& e : runs[0].events) order.push_back({e.line, e.occurrence});
    for (auto& k : keys)
        if (!index[0].count(k)) order.push_back(k);
    for (auto& key : order) {
        size_t max_numbers = 0;
        for (auto& idx : index) {
            auto it = idx.find(key);
            if (it != idx.end()) max_numbers = std::max(max_numbers, it->second->numbers.size());
        }
        for (size_t n = 0; n < max_numbers; ++n) {
            bool same = true;
            const std::string* text = nullptr;
            for (auto& idx : index) {
                auto it = idx.find(key);
                if (it == idx.end() || n >= it->second->numbers.size()) { same = false; continue; }
                const std::string& t = it->second->numbers[n].text;
                if (!text) text = &t;
                else if (*text != t) same = false;
            }
            for (auto& idx : index) {
                auto it = idx.find(key);
                if (it != idx.end() && n < it->second->numbers.size()) it->second->numbers[n].same = same;
            }
            if (index[0].count(key) && n < index[0][key]->numbers.size()) ++c.total_numbers;
            if (!same) {
                ++c.diverged_numbers;
                if (!first_found && runs.size() > 1) {
                    first_found = true;
                    c.first_line = key.first;
                    c.first_text = text ? *text : "";
                    c.explanation = explain(runs, key, n);
                }
            }
        }
    }
    std::string r = std::to_string(c.runs) + (c.runs == 1 ? " run" : " runs");
    if (c.runs < 2) {
        c.summary = std::to_string(c.total_numbers) + (c.total_numbers == 1 ? " number" : " numbers") + " printed in 1 run";
    } else if (c.total_numbers == 0 && c.diverged_numbers == 0) {
        c.summary = "no numbers printed in " + r;
    } else if (c.diverged_numbers == 0) {
        c.summary = c.total_numbers == 1 ? "the 1 number matches across " + r
                                         : "all " + std::to_string(c.total_numbers) + " numbers match across " + r;
    } else {
        c.summary = std::to_string(c.diverged_numbers) + " of " + std::to_string(std::max(c.total_numbers, c.diverged_numbers)) +
                    (c.diverged_numbers == 1 ? " diverges" : " diverge") + "; first at line " + std::to_string(c.first_line);
    }
    return c;
}

}  // namespace seedlab::session
