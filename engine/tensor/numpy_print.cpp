// Port of numpy/core/arrayprint.py (NumPy 1.24): _formatArray's recursion and line
// wrapping, FloatingFormat.fillFormat's padding rules, IntegerFormat, BoolFormat and
// array_repr's dtype placement. Names follow the Python source so the two can be
// read side by side.
#include "tensor/numpy_print.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

#include "tensor/dragon4.hpp"

namespace seedlab::tensor {
namespace {

bool is_finite(double x) { return x == x && x - x == 0.0; }
bool sign_bit(double x) { return std::signbit(x); }

std::string int_text(const Scalar& s) {
    if (kind_of(s.dtype) == Kind::UnsignedInt) return std::to_string(s.u);
    return std::to_string(s.i);
}

// The element formatter chosen for the array's dtype (_get_format_function).
class Formatter {
public:
    Formatter(const std::vector<Scalar>& data, DType dtype, bool zero_d, const PrintOptions& opt)
        : dtype_(dtype), opt_(opt) {
        switch (kind_of(dtype)) {
            case Kind::Bool: truestr_ = zero_d ? "True" : " True"; break;
            case Kind::SignedInt:
            case Kind::UnsignedInt: init_int(data); break;
            case Kind::Float: init_float(data); break;
        }
    }

    std::string operator()(const Scalar& x) const {
        switch (kind_of(dtype_)) {
            case Kind::Bool: return x.i ? truestr_ : "False";
            case Kind::SignedInt:
            case Kind::UnsignedInt: {
                std::string s = int_text(x);
                if (static_cast<int>(s.size()) < int_width_) s.insert(0, static_cast<size_t>(int_width_) - s.size(), ' ');
                return s;
            }
            case Kind::Float: return format_float(x.f);
        }
        return "";
    }

private:
    void init_int(const std::vector<Scalar>& data) {
        if (data.empty()) return;
        if (kind_of(dtype_) == Kind::UnsignedInt) {
            uint64_t mx = 0, mn = UINT64_MAX;
            for (auto& s : data) { mx = std::max(mx, s.u); mn = std::min(mn, s.u); }
            int_width_ = static_cast<int>(std::max(std::to_string(mx).size(), std::to_string(mn).size()));
        } else {
            int64_t mx = INT64_MIN, mn = INT64_MAX;
            for (auto& s : data) { mx = std::max(mx, s.i); mn = std::min(mn, s.i); }
            int_width_ = static_cast<int>(std::max(std::to_string(mx).size(), std::to_string(mn).size()));
        }
    }

    bool f32() const { return dtype_ == DType::Float32; }

    std::string d4(double x, bool scientific, int precision, int min_digits, bool unique, TrimMode trim, int pad_left,
                   int pad_right, int exp_digits) const {
        Dragon4Options o;
        o.scientific = scientific;
        o.digit_mode = unique ? DigitMode::Unique : DigitMode::Exact;
        o.cutoff_mode = CutoffMode::FractionLength;
        o.precision = precision;
        o.min_digits = min_digits;
        o.sign = sign_ == '+';
        o.trim = trim;
        o.digits_left = pad_left;
        o.digits_right = pad_right;
        o.exp_digits = exp_digits;
        return dragon4(x, f32(), o);
    }

    // FloatingFormat.__init__ + fillFormat.
    void init_float(const std::vector<Scalar>& data) {
        sign_ = opt_.sign;
        floatmode_ = opt_.floatmode;
        precision_ = floatmode_ == "unique" ? -1 : opt_.precision;
        std::vector<double> finite;
        for (auto& s : data)
            if (is_finite(s.f)) finite.push_back(s.f);
        bool have_nonzero = false;
        double max_val = 0, min_val = 0;
        for (double v : finite) {
            if (v == 0) continue;
            double a = std::fabs(v);
            if (!have_nonzero) { max_val = min_val = a; have_nonzero = true; }
            else { max_val = std::max(max_val, a); min_val = std::min(min_val, a); }
        }
        if (have_nonzero) {
            // max_val/min_val is computed in the array's precision (np.float32 / np.float32).
            double ratio = f32() ? static_cast<double>(static_cast<float>(max_val) / static_cast<float>(min_val)) : max_val / min_val;
            if (max_val >= 1.e8 || (!opt_.suppress && (min_val < 0.0001 || ratio > 1000.))) exp_format_ = true;
        }

        if (finite.empty()) {
            pad_left_ = 0;
            pad_right_ = 0;
            trim_ = TrimMode::Zeros;
            exp_size_ = -1;
            unique_ = true;
            min_digits_ = -1;
        } else if (exp_format_) {
            TrimMode trim = TrimMode::Zeros;
            bool unique = true;
            if (floatmode_ == "fixed") { trim = TrimMode::None; unique = false; }
            size_t max_int = 0, max_frac = 0, max_exp = 0;
            for (double v : finite) {
                std::string s = d4(v, true, precision_, -1, unique, trim, -1, -1, -1);
                size_t e = s.find('e');
                std::string mant = s.substr(0, e), ex = s.substr(e + 1);
                size_t dot = mant.find('.');
                max_int = std::max(max_int, dot);
                max_frac = std::max(max_frac, mant.size() - dot - 1);
                max_exp = std::max(max_exp, ex.size());
            }
            exp_size_ = static_cast<int>(max_exp) - 1;
            trim_ = TrimMode::None;
            precision_ = static_cast<int>(max_frac);
            min_digits_ = precision_;
            unique_ = unique;
            pad_left_ = static_cast<int>(max_int);
            pad_right_ = exp_size_ + 2 + precision_;
        } else {
            TrimMode trim = TrimMode::Zeros;
            bool unique = true;
            if (floatmode_ == "fixed") { trim = TrimMode::None; unique = false; }
            size_t max_int = 0, max_frac = 0;
            for (double v : finite) {
                std::string s = d4(v, false, precision_, -1, unique, trim, -1, -1, -1);
                size_t dot = s.find('.');
                max_int = std::max(max_int, dot);
                max_frac = std::max(max_frac, s.size() - dot - 1);
            }
            pad_left_ = static_cast<int>(max_int);
            pad_right_ = static_cast<int>(max_frac);
            exp_size_ = -1;
            unique_ = unique;
            if (floatmode_ == "fixed" || floatmode_ == "maxprec_equal") {
                precision_ = min_digits_ = pad_right_;
                trim_ = TrimMode::None;
            } else {
                trim_ = TrimMode::Zeros;
                min_digits_ = 0;
            }
        }
        if (sign_ == ' ' && std::none_of(finite.begin(), finite.end(), sign_bit)) pad_left_ += 1;
        if (data.size() != finite.size()) {
            bool neginf = sign_ != '-';
            for (auto& s : data)
                if (std::isinf(s.f) && s.f < 0) neginf = true;
            int nanlen = static_cast<int>(opt_.nanstr.size());
            int inflen = static_cast<int>(opt_.infstr.size()) + (neginf ? 1 : 0);
            int offset = pad_right_ + 1;
            pad_left_ = std::max({pad_left_, nanlen - offset, inflen - offset});
        }
    }

    std::string format_float(double x) const {
        if (!is_finite(x)) {
            std::string ret;
            if (x != x) ret = (sign_ == '+' ? "+" : "") + opt_.nanstr;
            else ret = (x < 0 ? "-" : sign_ == '+' ? "+" : "") + opt_.infstr;
            int pad = pad_left_ + pad_right_ + 1 - static_cast<int>(ret.size());
            return std::string(static_cast<size_t>(std::max(pad, 0)), ' ') + ret;
        }
        if (exp_format_) return d4(x, true, precision_, min_digits_, unique_, trim_, pad_left_, -1, exp_size_);
        return d4(x, false, precision_, min_digits_, unique_, trim_, pad_left_, pad_right_, -1);
    }

    DType dtype_;
    const PrintOptions& opt_;
    std::string truestr_;
    int int_width_ = 0;
    char sign_ = '-';
    std::string floatmode_;
    int precision_ = -1, min_digits_ = -1, pad_left_ = 0, pad_right_ = 0, exp_size_ = -1;
    bool exp_format_ = false, unique_ = true;
    TrimMode trim_ = TrimMode::Zeros;
};

// Storage offsets of the elements _leading_trailing keeps (all when not summarising).
void leading_trailing(const Tensor& a, int64_t edge, bool summarise, size_t axis, int64_t off, std::vector<int64_t>& out) {
    if (axis == a.shape().size()) {
        out.push_back(off);
        return;
    }
    int64_t n = a.shape()[axis], st = a.strides()[axis];
    for (int64_t i = 0; i < n; ++i) {
        // NumPy keeps a[:edge] and a[-edge:]; with edgeitems=0, a[-0:] is the whole axis.
        if (summarise && edge > 0 && n > 2 * edge && i == edge) i = n - edge;
        leading_trailing(a, edge, summarise, axis + 1, off + i * st, out);
    }
}

std::string rstrip(const std::string& s) {
    size_t e = s.find_last_not_of(' ');
    return e == std::string::npos ? "" : s.substr(0, e + 1);
}

void extend_line(std::string& s, std::string& line, const std::string& word, size_t line_width, const std::string& next_line_prefix) {
    bool needs_wrap = line.size() + word.size() > line_width;
    if (line.size() <= next_line_prefix.size()) needs_wrap = false;
    if (needs_wrap) {
        s += rstrip(line) + "\n";
        line = next_line_prefix;
    }
    line += word;
}

// The element at storage offset [off] of [a].
Scalar element_at(const Tensor& a, int64_t off) {
    return dispatch(a.dtype(), [&](auto zero) {
        using T = decltype(zero);
        return Scalar::of<T>(a.data<T>()[off - a.offset()]);
    });
}

struct ArrayFormatter {
    const Tensor& a;
    const Formatter& fmt;
    const std::string& separator;
    int64_t edge_items;
    bool summarise;

    Scalar element(int64_t off) const { return element_at(a, off); }

    std::string recurse(size_t axis, int64_t off, const std::string& hanging_indent, int64_t curr_width) const {
        size_t axes_left = a.shape().size() - axis;
        if (axes_left == 0) return fmt(element(off));
        std::string next_hanging_indent = hanging_indent + ' ';
        int64_t next_width = curr_width - 1;
        int64_t a_len = a.shape()[axis], stride = a.strides()[axis];
        bool show_summary = summarise && 2 * edge_items < a_len;
        int64_t leading = show_summary ? edge_items : 0;
        int64_t trailing = show_summary ? edge_items : a_len;
        auto at = [&](int64_t i) { return off + (i < 0 ? a_len + i : i) * stride; };
        std::string s;
        if (axes_left == 1) {
            std::string sep_r = rstrip(separator);
            size_t elem_width = static_cast<size_t>(curr_width - static_cast<int64_t>(std::max<size_t>(sep_r.size(), 1)));
            std::string line = hanging_indent;
            for (int64_t i = 0; i < leading; ++i) {
                extend_line(s, line, recurse(axis + 1, at(i), next_hanging_indent, next_width), elem_width, hanging_indent);
                line += separator;
            }
            if (show_summary) {
                extend_line(s, line, "...", elem_width, hanging_indent);
                line += separator;
            }
            for (int64_t i = trailing; i > 1; --i) {
                extend_line(s, line, recurse(axis + 1, at(-i), next_hanging_indent, next_width), elem_width, hanging_indent);
                line += separator;
            }
            extend_line(s, line, recurse(axis + 1, at(-1), next_hanging_indent, next_width), elem_width, hanging_indent);
            s += line;
        } else {
            std::string line_sep = rstrip(separator) + std::string(axes_left - 1, '\n');
            for (int64_t i = 0; i < leading; ++i)
                s += hanging_indent + recurse(axis + 1, at(i), next_hanging_indent, next_width) + line_sep;
            if (show_summary) s += hanging_indent + "..." + line_sep;
            for (int64_t i = trailing; i > 1; --i)
                s += hanging_indent + recurse(axis + 1, at(-i), next_hanging_indent, next_width) + line_sep;
            s += hanging_indent + recurse(axis + 1, at(-1), next_hanging_indent, next_width);
        }
        return "[" + s.substr(hanging_indent.size()) + "]";
    }
};

// Finds each element's text in order in [text] (only brackets, separators, blanks and
// "..." lie between elements, none of which an element's text can match).
std::vector<std::pair<size_t, size_t>> locate(const std::string& text, const std::vector<std::string>& words, size_t from) {
    std::vector<std::pair<size_t, size_t>> spans;
    size_t cursor = from;
    for (const auto& w : words) {
        size_t p = text.find(w, cursor);
        if (p == std::string::npos) break;
        spans.emplace_back(p, w.size());
        cursor = p + w.size();
    }
    return spans;
}

std::string trim_blanks(const std::string& s) {
    size_t b = s.find_first_not_of(' ');
    size_t e = s.find_last_not_of(' ');
    return b == std::string::npos ? s : s.substr(b, e - b + 1);
}

}  // namespace

bool dtype_is_implied(DType d) { return d == DType::Float64 || d == DType::Int64 || d == DType::Bool; }

Printed array2string(const Tensor& a, const PrintOptions& opt_in, const std::string& separator, const std::string& prefix,
                     size_t suffix_len) {
    PrintOptions opt = opt_in;
    opt.linewidth -= static_cast<int>(suffix_len);
    Printed out;
    if (a.size() == 0) {
        out.text = "[]";
        return out;
    }
    bool summarise = a.size() > opt.threshold;
    std::vector<int64_t> offsets;
    leading_trailing(a, opt.edgeitems, summarise, 0, a.offset(), offsets);
    std::vector<Scalar> data;
    data.reserve(offsets.size());
    for (int64_t off : offsets) data.push_back(element_at(a, off));
    Formatter fmt(data, a.dtype(), a.ndim() == 0, opt);
    std::string next_line_prefix = " " + std::string(prefix.size(), ' ');
    ArrayFormatter af{a, fmt, separator, opt.edgeitems, summarise};
    out.text = af.recurse(0, a.offset(), next_line_prefix, opt.linewidth);
    std::vector<std::string> words;
    words.reserve(data.size());
    for (auto& s : data) words.push_back(trim_blanks(fmt(s)));
    out.numbers = locate(out.text, words, 0);
    return out;
}

Printed array_repr(const Tensor& a, const PrintOptions& opt, const std::string& class_name) {
    bool skipdtype = dtype_is_implied(a.dtype()) && a.size() > 0;
    std::string prefix = class_name + "(";
    std::string suffix = skipdtype ? ")" : ",";
    Printed body;
    if (a.size() > 0 || (a.ndim() == 1 && a.shape()[0] == 0)) {
        body = array2string(a, opt, ", ", prefix, suffix.size());
    } else {
        std::string shape = "(";
        for (size_t k = 0; k < a.shape().size(); ++k) {
            if (k) shape += ", ";
            shape += std::to_string(a.shape()[k]);
        }
        if (a.shape().size() == 1) shape += ",";
        shape += ")";
        body.text = "[], shape=" + shape;
    }
    Printed out;
    out.text = prefix + body.text + suffix;
    for (auto& [s, n] : body.numbers) out.numbers.emplace_back(s + prefix.size(), n);
    if (skipdtype) return out;
    std::string dtype_str = "dtype=" + std::string(dtype_name(a.dtype())) + ")";
    size_t nl = out.text.rfind('\n');
    size_t last_line_len = out.text.size() - (nl == std::string::npos ? 0 : nl + 1);
    std::string spacer = " ";
    if (last_line_len + dtype_str.size() + 1 > static_cast<size_t>(opt.linewidth))
        spacer = "\n" + std::string(prefix.size(), ' ');
    out.text += spacer + dtype_str;
    return out;
}

Printed array_str(const Tensor& a, const PrintOptions& opt) {
    if (a.ndim() == 0) {
        Printed out;
        out.text = scalar_repr(a.get(0));
        out.numbers.emplace_back(0, out.text.size());
        return out;
    }
    return array2string(a, opt, " ", "");
}

std::string scalar_repr(const Scalar& s) {
    switch (kind_of(s.dtype)) {
        case Kind::Bool: return s.i ? "True" : "False";
        case Kind::SignedInt:
        case Kind::UnsignedInt: return int_text(s);
        case Kind::Float: return float_scalar_repr(s.f, s.dtype == DType::Float32);
    }
    return "";
}

}  // namespace seedlab::tensor
