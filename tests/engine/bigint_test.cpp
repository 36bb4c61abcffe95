// Catch2 tests for BigInt (engine/lang/bigint.hpp), the interpreter's Python int.
//
// Oracle: tests/kat/bigint_cases.txt, every expected value computed by CPython 3.11 through
// tests/kat/gen_bigint_cases.py. The named cases at the end pin what the data file cannot:
// Seedlab's own size limit, the int64/word/byte adapters, and a 10,000-digit round trip.
// Not here: the interpreter's mapping of these exceptions to Python errors.
#include "lang/bigint.hpp"

#include <catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using seedlab::lang::BigInt;

// ---- Reading bigint_cases.txt ---------------------------------------------------------------

struct KatCase {
    int line = 0;
    std::string op;
    std::vector<std::string> operands;
    std::string expected;  // one or more result fields, or "!Exception: message"
};

// How many operand fields precede the expected result, per operation.
int operand_count(const std::string& op) {
    static const std::set<std::string> unary = {"invert", "float", "int_of_float", "str", "hex",
                                                "words",  "bytes", "bit_length",   "int64"};
    if (op == "powmod") return 3;
    return unary.count(op) != 0 ? 1 : 2;
}

std::vector<KatCase> load_cases() {
    const std::string path = std::string(SEEDLAB_TEST_DATA_DIR) + "/kat/bigint_cases.txt";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::vector<KatCase> cases;
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
        if (text.empty() || text[0] == '#') continue;
        KatCase c;
        c.line = line;
        std::istringstream fields(text);
        fields >> c.op;
        const int count = operand_count(c.op);
        for (int i = 0; i < count; ++i) {
            std::string field;
            fields >> field;
            c.operands.push_back(field);
        }
        std::string rest;
        std::getline(fields, rest);
        c.expected = rest.empty() ? rest : rest.substr(1);  // drop the separating space
        cases.push_back(std::move(c));
    }
    return cases;
}

const std::vector<KatCase>& all_cases() {
    static const std::vector<KatCase> cases = load_cases();
    return cases;
}

std::string percent_decode(const std::string& field) {
    if (field == "%") return "";
    std::string out;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '%' && i + 2 < field.size()) {
            out += char(std::stoi(field.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += field[i];
        }
    }
    return out;
}

std::string hex_bits(double value) {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%016llx", static_cast<unsigned long long>(bits));
    return buffer;
}

double double_from_hex(const std::string& field) {
    uint64_t bits = std::stoull(field, nullptr, 16);
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

std::string hex_bytes(const std::vector<uint8_t>& bytes) {
    if (bytes.empty()) return "%";
    std::string out;
    char buffer[3];
    for (uint8_t byte : bytes) {
        std::snprintf(buffer, sizeof buffer, "%02x", byte);
        out += buffer;
    }
    return out;
}

// ---- Running one case -----------------------------------------------------------------------

std::string evaluate(const KatCase& c) {
    auto n = [&](size_t i) { return BigInt::from_string(c.operands[i]); };
    auto count = [&](size_t i) { return int64_t(std::stoll(c.operands[i])); };
    const std::string& op = c.op;
    if (op == "add") return (n(0) + n(1)).to_string();
    if (op == "sub") return (n(0) - n(1)).to_string();
    if (op == "mul") return (n(0) * n(1)).to_string();
    if (op == "cmp") {
        auto order = n(0) <=> n(1);
        return order < 0 ? "-1" : (order > 0 ? "1" : "0");
    }
    if (op == "floordiv") return floordiv(n(0), n(1)).to_string();
    if (op == "mod") return mod(n(0), n(1)).to_string();
    if (op == "divmod") {
        auto [q, r] = divmod(n(0), n(1));
        return q.to_string() + " " + r.to_string();
    }
    if (op == "pow") return pow(n(0), n(1)).to_string();
    if (op == "powmod") return pow(n(0), n(1), n(2)).to_string();
    if (op == "lshift") return (n(0) << count(1)).to_string();
    if (op == "rshift") return (n(0) >> count(1)).to_string();
    if (op == "and") return (n(0) & n(1)).to_string();
    if (op == "or") return (n(0) | n(1)).to_string();
    if (op == "xor") return (n(0) ^ n(1)).to_string();
    if (op == "invert") return (~n(0)).to_string();
    if (op == "float") return hex_bits(n(0).to_double());
    if (op == "int_of_float") return BigInt::from_double(double_from_hex(c.operands[0])).to_string();
    if (op == "truediv") return hex_bits(true_divide(n(0), n(1)));
    if (op == "str") return n(0).to_string();
    if (op == "hex") return n(0).to_hex();
    if (op == "str_base") return n(0).to_string(int(count(1)));
    if (op == "parse") return BigInt::from_string(percent_decode(c.operands[1]), int(count(0))).to_string();
    if (op == "bit_length") return std::to_string(n(0).bit_length());
    if (op == "bytes") return hex_bytes(n(0).to_bytes());
    if (op == "bytes_len") return hex_bytes(n(0).to_bytes(size_t(count(1))));
    if (op == "words") {
        std::string out;
        char buffer[9];
        for (uint32_t word : n(0).abs_words32()) {
            std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(word));
            out += (out.empty() ? "" : ",") + std::string(buffer);
        }
        return out;
    }
    if (op == "int64") {
        const BigInt value = n(0);
        if (!value.fits_int64()) return "0";
        return BigInt(value.to_int64()) == value ? "1" : "to_int64 does not round trip";
    }
    return "unknown operation " + op;
}

// The result text, or the error as CPython names it (the mapping bigint.hpp documents).
std::string run(const KatCase& c) {
    try {
        return evaluate(c);
    } catch (const std::domain_error& e) {
        return std::string("!ZeroDivisionError: ") + e.what();
    } catch (const std::invalid_argument& e) {
        return std::string("!ValueError: ") + e.what();
    } catch (const std::overflow_error& e) {
        return std::string("!OverflowError: ") + e.what();
    }
}

// The operations each known-answer test covers; together they must cover the whole file.
const std::set<std::string> kArithmetic = {"add", "sub", "mul", "cmp"};
const std::set<std::string> kDivision = {"floordiv", "mod", "divmod"};
const std::set<std::string> kPower = {"pow", "powmod"};
const std::set<std::string> kShifts = {"lshift", "rshift"};
const std::set<std::string> kBitwise = {"and", "or", "xor", "invert"};
const std::set<std::string> kText = {"str", "hex", "str_base"};
const std::set<std::string> kAdapters = {"words", "bytes", "bytes_len", "bit_length", "int64"};
const std::vector<std::set<std::string>> kAllGroups = {
    kArithmetic, kDivision, kPower, kShifts, kBitwise, kText, kAdapters,
    {"float"}, {"int_of_float"}, {"truediv"}, {"parse"}};

// Checks every case of the given operations; returns how many ran, so each test can insist on some.
size_t check_cases(const std::set<std::string>& ops) {
    size_t checked = 0;
    for (const KatCase& c : all_cases()) {
        if (ops.count(c.op) == 0) continue;
        INFO("bigint_cases.txt line " << c.line << ": " << c.op);
        CHECK(run(c) == c.expected);
        ++checked;
    }
    return checked;
}

}  // namespace

// ---- Known answers from CPython -------------------------------------------------------------

TEST_CASE("bigint addition, subtraction, multiplication and comparison match CPython 3.11", "[lang][bigint][kat]") {
    CHECK(check_cases(kArithmetic) > 500);
}

TEST_CASE("bigint floor division matches CPython 3.11 for mixed signs", "[lang][bigint][kat]") {
    CHECK(check_cases(kDivision) > 500);
}

TEST_CASE("bigint pow and three-argument pow match CPython 3.11", "[lang][bigint][kat]") {
    CHECK(check_cases(kPower) > 200);
}

TEST_CASE("bigint shifts of negatives round toward minus infinity like CPython 3.11", "[lang][bigint][kat]") {
    CHECK(check_cases(kShifts) > 200);
}

TEST_CASE("bigint bitwise operators match CPython 3.11's infinite two's complement", "[lang][bigint][kat]") {
    CHECK(check_cases(kBitwise) > 400);
}

TEST_CASE("bigint to_double rounds half to even exactly like CPython 3.11 float(int)", "[lang][bigint][kat]") {
    CHECK(check_cases({"float"}) > 200);
}

TEST_CASE("bigint from_double truncates like CPython 3.11 int(float)", "[lang][bigint][kat]") {
    CHECK(check_cases({"int_of_float"}) > 100);
}

TEST_CASE("bigint true division is correctly rounded like CPython 3.11 long_true_divide", "[lang][bigint][kat]") {
    CHECK(check_cases({"truediv"}) > 200);
}

TEST_CASE("bigint str, hex and base-n digits match CPython 3.11", "[lang][bigint][kat]") {
    CHECK(check_cases(kText) > 200);
}

TEST_CASE("bigint parsing matches CPython 3.11 int(text, base) including underscores and errors",
          "[lang][bigint][kat]") {
    CHECK(check_cases({"parse"}) > 200);
}

TEST_CASE("bigint words, bytes, bit_length and int64 range match CPython 3.11", "[lang][bigint][kat]") {
    CHECK(check_cases(kAdapters) > 400);
}

TEST_CASE("every line of bigint_cases.txt names an operation these tests run", "[lang][bigint][kat]") {
    std::set<std::string> covered;
    for (const auto& group : kAllGroups) covered.insert(group.begin(), group.end());
    for (const KatCase& c : all_cases()) {
        INFO("bigint_cases.txt line " << c.line);
        CHECK(covered.count(c.op) == 1);
    }
    CHECK(all_cases().size() > 4000);
}

// ---- Named edge cases -----------------------------------------------------------------------

TEST_CASE("bigint holds every built-in integer type's extremes exactly (2**64 - 1 by arithmetic)", "[lang][bigint]") {
    const int64_t lowest = std::numeric_limits<int64_t>::min();
    const int64_t highest = std::numeric_limits<int64_t>::max();
    CHECK(BigInt(lowest).to_string() == "-9223372036854775808");
    CHECK(BigInt(highest).to_string() == "9223372036854775807");
    CHECK(BigInt(lowest).to_int64() == lowest);
    CHECK(BigInt(highest).to_int64() == highest);
    CHECK_FALSE((BigInt(highest) + 1).fits_int64());
    CHECK_FALSE((BigInt(lowest) - 1).fits_int64());
    CHECK_THROWS_AS((BigInt(highest) + 1).to_int64(), std::overflow_error);
    CHECK(BigInt(UINT64_MAX) == pow(BigInt(2), BigInt(64)) - 1);
    CHECK(BigInt(uint32_t{0xffffffff}).to_hex() == "0xffffffff");
    CHECK(BigInt(int8_t{-128}).to_string() == "-128");
    CHECK(BigInt() == BigInt(0));
    CHECK((-BigInt(0)).sign() == 0);
}

TEST_CASE("bigint words round trip, and zero gives the single zero word CPython's random.seed(0) uses",
          "[lang][bigint]") {
    CHECK(BigInt(0).abs_words32() == std::vector<uint32_t>{0});
    CHECK(BigInt(-1).abs_words32() == std::vector<uint32_t>{1});
    const std::vector<uint32_t> words = {0xdeadbeef, 0, 0x80000000};
    const BigInt value = BigInt::from_words32(words, true);
    CHECK(value.to_hex() == "-0x8000000000000000deadbeef");
    CHECK(value.abs_words32() == words);
    CHECK(BigInt::from_words32(std::vector<uint32_t>{5, 0, 0}) == BigInt(5));  // leading zero words trimmed
    CHECK(BigInt::from_words32({}, true).is_zero());
}

TEST_CASE("bigint from_bytes reads a big-endian magnitude like int.from_bytes(b, 'big')", "[lang][bigint]") {
    const std::vector<uint8_t> bytes = {0x01, 0x02, 0x03, 0x04, 0x05};
    CHECK(BigInt::from_bytes(bytes).to_hex() == "0x102030405");
    CHECK(BigInt::from_bytes(bytes, true).to_hex() == "-0x102030405");
    CHECK(BigInt::from_bytes(bytes).to_bytes() == bytes);
    CHECK(BigInt::from_bytes(std::vector<uint8_t>{0, 0, 7}).to_bytes() == std::vector<uint8_t>{7});
    CHECK(BigInt::from_bytes({}).is_zero());
}

TEST_CASE("bigint refuses *, ** and << results above Seedlab's kMaxBits limit with std::length_error",
          "[lang][bigint][limit]") {
    const auto limit = int64_t(BigInt::kMaxBits);
    CHECK((BigInt(1) << (limit - 1)).bit_length() == BigInt::kMaxBits);
    CHECK_THROWS_AS(BigInt(1) << limit, std::length_error);
    CHECK(pow(BigInt(2), BigInt(limit - 1)).bit_length() == BigInt::kMaxBits);
    CHECK_THROWS_AS(pow(BigInt(2), BigInt(limit)), std::length_error);
    CHECK_THROWS_AS(pow(BigInt(3), BigInt(10) * BigInt(limit)), std::length_error);
    // CPython: (3**600000).bit_length() == 950978 and (3**700000).bit_length() == 1109474.
    CHECK(pow(BigInt(3), BigInt(600000)).bit_length() == 950978);
    CHECK_THROWS_AS(pow(BigInt(3), BigInt(700000)), std::length_error);
    const BigInt top = BigInt(1) << (limit - 1);
    CHECK((top * 1).bit_length() == BigInt::kMaxBits);
    CHECK_THROWS_AS(top * 2, std::length_error);
    CHECK_THROWS_AS(top * top, std::length_error);
    CHECK_THROWS_AS(pow(BigInt(3), pow(BigInt(10), BigInt(30))), std::length_error);
    // Zero and one to any power stay cheap, as in CPython.
    CHECK(pow(BigInt(-1), pow(BigInt(10), BigInt(30)) + 1) == BigInt(-1));
    CHECK(pow(BigInt(0), pow(BigInt(10), BigInt(30))).is_zero());
    CHECK((BigInt(0) << limit * 4).is_zero());
}

TEST_CASE("bigint two-argument pow leaves negative exponents to the caller, since Python returns a float",
          "[lang][bigint]") {
    CHECK_THROWS_AS(pow(BigInt(2), BigInt(-1)), std::invalid_argument);
}

TEST_CASE("bigint right shifts by huge counts give 0 or -1 like CPython", "[lang][bigint]") {
    const int64_t huge = std::numeric_limits<int64_t>::max();
    CHECK((BigInt(12345) >> huge).is_zero());
    CHECK((BigInt(-12345) >> huge) == BigInt(-1));
}

TEST_CASE("a 10,000-digit decimal round trips through to_string and from_string", "[lang][bigint]") {
    const BigInt value = pow(BigInt(10), BigInt(9999)) * 7 + 123456789;  // "7" then 9,990 zeros
    const std::string text = value.to_string();
    REQUIRE(text.size() == 10000);
    CHECK(text.substr(0, 2) == "70");
    CHECK(text.substr(text.size() - 9) == "123456789");
    CHECK(BigInt::from_string(text) == value);
    CHECK(BigInt::from_string("-" + text) == -value);
}

TEST_CASE("bigint to_string rejects bases outside 2..36", "[lang][bigint]") {
    CHECK_THROWS_AS(BigInt(5).to_string(1), std::invalid_argument);
    CHECK_THROWS_AS(BigInt(5).to_string(37), std::invalid_argument);
}
