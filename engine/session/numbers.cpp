// Numeric token scanner for printed text.
#include "session/numbers.hpp"

#include <cctype>

namespace seedlab::session {
namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::vector<Number> find_numbers(const lang::TextOut& out) {
    const std::string& t = out.text;
    std::vector<Number> numbers;
    size_t i = 0;
    while (i < t.size()) {
        size_t start = i;
        bool neg = t[i] == '-' && i + 1 < t.size() && (std::isdigit(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == '.');
        size_t j = neg ? i + 1 : i;
        bool digit_start = j < t.size() && (std::isdigit(static_cast<unsigned char>(t[j])) ||
                                            (t[j] == '.' && j + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[j + 1]))));
        // A number must not continue a word ("float32", "x1").
        if (!digit_start || (start > 0 && (is_word_char(t[start - 1]) || t[start - 1] == '.'))) {
            // words such as nan / inf
            if (std::isalpha(static_cast<unsigned char>(t[i])) && (i == 0 || !is_word_char(t[i - 1]))) {
                size_t k = i;
                while (k < t.size() && is_word_char(t[k])) ++k;
                std::string w = t.substr(i, k - i);
                if (w == "nan" || w == "inf") numbers.push_back({i, k - i, w, "", nullptr, true});
                i = k;
                continue;
            }
            ++i;
            continue;
        }
        while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
        if (j < t.size() && t[j] == '.') {
            ++j;
            while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
        }
        if (j + 1 < t.size() && (t[j] == 'e' || t[j] == 'E') &&
            (std::isdigit(static_cast<unsigned char>(t[j + 1])) ||
             ((t[j + 1] == '+' || t[j + 1] == '-') && j + 2 < t.size() && std::isdigit(static_cast<unsigned char>(t[j + 2]))))) {
            j += 2;
            while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
        }
        bool is_timing = false;
        for (auto& span : out.spans)
            if (span.dtype == "timing" && span.start <= start && start < span.start + span.length) is_timing = true;
        if (is_timing) {  // a wall-clock time: differs in every run, never compared
            i = j;
            continue;
        }
        Number n;
        n.start = start;
        n.length = j - start;
        n.text = t.substr(start, j - start);
        for (auto& span : out.spans) {
            if (span.start <= start && start < span.start + span.length) {
                n.dtype = span.dtype;
                n.provenance = span.provenance;
                break;
            }
        }
        numbers.push_back(std::move(n));
        i = j;
    }
    return numbers;
}

}  // namespace seedlab::session
