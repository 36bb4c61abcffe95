#!/usr/bin/python3
"""Writes tests/kat/bigint_cases.txt: CPython's own answers for every BigInt operation.

Run with /usr/bin/python3 (CPython 3.11) from any directory:  /usr/bin/python3 tests/kat/gen_bigint_cases.py
The operands come from a fixed-seed random.Random, so the output is the same on every run.
Every expected value is computed by CPython itself (str, //, %, divmod, pow, <<, &, float, /,
int(text, base) ...); only the digit strings for bases other than 2, 8, 10, 16 use a loop here,
and those are checked by int(text, base) before they are written.
This script is not a test: tests/engine/bigint_test.cpp reads its output.
"""
import os
import random
import struct
import sys

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bigint_cases.txt")
SEED = 20240611
sys.set_int_max_str_digits(0)  # generation only; the BigInt class has no digit limit

rng = random.Random(SEED)
lines = []


# ---- Encoding -------------------------------------------------------------------------------

def double_bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def double_from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def percent(text):
    """Text field: bytes outside '!'..'~' and '%' itself become %XX, so fields never hold spaces."""
    out = []
    for byte in text.encode("utf-8"):
        if byte <= 0x20 or byte >= 0x7F or byte == 0x25:
            out.append("%%%02X" % byte)
        else:
            out.append(chr(byte))
    return "".join(out) if out else "%"  # a lone '%' marks the empty string


def error_text(exc):
    return "!%s: %s" % (type(exc).__name__, exc)


def emit(op, *fields, compute):
    """One line: op, operand fields, then the result of compute() or the error it raised."""
    try:
        result = compute()
    except (ZeroDivisionError, ValueError, OverflowError) as exc:
        result = error_text(exc)
    lines.append(" ".join([op, *map(str, fields), str(result)]))


# ---- Operands -------------------------------------------------------------------------------

SPECIAL_LIMBS = [0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE]


def random_int(max_bits=400):
    """Sizes cluster at limb boundaries, where carries and normalisation go wrong."""
    kind = rng.random()
    if kind < 0.15:
        bits = rng.randint(0, 4)
    elif kind < 0.45:
        bits = rng.choice([31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129])
    else:
        bits = rng.randint(1, max_bits)
    value = rng.getrandbits(bits) if bits else 0
    if bits and rng.random() < 0.5:
        value |= 1 << (bits - 1)  # full length most of the time
    return -value if rng.random() < 0.5 else value


def structured_int(max_limbs=8):
    """Limbs of 0, 1, 0x7fffffff, 0x80000000, 0xffffffff: the corners of Algorithm D."""
    value = 0
    for _ in range(rng.randint(1, max_limbs)):
        limb = rng.choice(SPECIAL_LIMBS + [rng.getrandbits(32)])
        value = (value << 32) | limb
    return -value if rng.random() < 0.5 else value


def edge_ints():
    values = [0, 1, 2, 3, 7, 10, 255, 256]
    for k in [31, 32, 33, 52, 53, 54, 63, 64, 65, 96, 128]:
        values += [2**k - 1, 2**k, 2**k + 1]
    return values + [-v for v in values if v]


EDGES = edge_ints()


def operand():
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(EDGES)
    if roll < 0.35:
        return structured_int()
    return random_int()


# ---- Cases ----------------------------------------------------------------------------------

def arithmetic_cases():
    for _ in range(150):
        a, b = operand(), operand()
        emit("add", a, b, compute=lambda: a + b)
        emit("sub", a, b, compute=lambda: a - b)
        emit("mul", a, b, compute=lambda: a * b)
        emit("cmp", a, b, compute=lambda: (a > b) - (a < b))
    for a in EDGES:
        emit("cmp", a, a, compute=lambda: 0)
        emit("add", a, -a, compute=lambda: 0)


def division_cases():
    pairs = [(a, b) for a in [7, -7, 0, 6, -6] for b in [2, -2, 3, -3, 0, 1, -1, 7, -7]]
    # Hacker's Delight divmnu64 vectors, including the two that need the add-back step.
    pairs += [(0x7FFF800000000000, 0x800000000001), (0x800000000000000000000003, 0x200000000000000000000001),
              (0x0000800000000000000000000000, 0x800000000000000000000001),
              (0x7FFF800000000000000000000000, 0x800000000000000000000000000001)]
    for _ in range(150):
        pairs.append((operand(), operand()))
    for _ in range(200):
        # Divisor of 2-5 special limbs and a dividend built around it: qhat corrections galore.
        b = structured_int(5) or 1
        a = b * structured_int(5) + rng.choice([0, 1, -1, b // 2, structured_int(3)])
        pairs.append((a, b))
    for _ in range(60):
        pairs.append((operand(), rng.choice([0, 1, -1])))
    for index, (a, b) in enumerate(pairs):
        emit("floordiv", a, b, compute=lambda: a // b)
        emit("mod", a, b, compute=lambda: a % b)
        if index % 4 == 0:  # divmod shares the code path; a sample pins the pairing
            emit("divmod", a, b, compute=lambda: "%d %d" % divmod(a, b))


def pow_cases():
    for base in [0, 1, -1, 2, -2, 3, -3, 10]:
        for exponent in [0, 1, 2, 3, 31, 32, 33, 64, 100, 301]:
            emit("pow", base, exponent, compute=lambda: base**exponent)
    for base in [4, -8, 2**31, -(2**32), 2**40, 2**63, -(2**64)]:
        for exponent in [0, 1, 5, 17, 40]:
            emit("pow", base, exponent, compute=lambda: base**exponent)
    for _ in range(60):
        base = random_int(rng.choice([8, 40, 100]))
        exponent = rng.randint(0, 40)
        emit("pow", base, exponent, compute=lambda: base**exponent)
    moduli = [1, -1, 2, -2, 7, -7, 2**32, 2**61 - 1, 0]
    for _ in range(150):
        base, exponent = operand(), random_int(rng.choice([4, 16, 90]))
        modulus = rng.choice(moduli) if rng.random() < 0.3 else random_int(rng.choice([10, 64, 200]))
        emit("powmod", base, exponent, modulus, compute=lambda: pow(base, exponent, modulus))
    for base, exponent, modulus in [(0, 0, 5), (0, 0, -5), (2, -1, 1), (2, -1, 4), (3, -1, 7),
                                    (-3, -2, -7), (0, -1, 5), (5, 0, 1), (5, 3, 0), (2**200, -1, 2**61 - 1)]:
        emit("powmod", base, exponent, modulus, compute=lambda: pow(base, exponent, modulus))


def shift_cases():
    counts = [0, 1, 31, 32, 33, 63, 64, 65, 100, 200, 1000]
    for _ in range(120):
        a = operand()
        n = rng.choice(counts) if rng.random() < 0.5 else rng.randint(0, 300)
        emit("lshift", a, n, compute=lambda: a << n)
        emit("rshift", a, n, compute=lambda: a >> n)
    for a in [-1, -2, -3, -(2**64), -(2**64) + 1, -(2**64) - 1, 1, 0, 5]:
        for n in [0, 1, 63, 64, 65, 2**40, -1]:
            if n < 2**20:
                emit("lshift", a, n, compute=lambda: a << n)
            emit("rshift", a, n, compute=lambda: a >> n)


def bitwise_cases():
    for _ in range(150):
        a, b = operand(), operand()
        emit("and", a, b, compute=lambda: a & b)
        emit("or", a, b, compute=lambda: a | b)
        emit("xor", a, b, compute=lambda: a ^ b)
        emit("invert", a, compute=lambda: ~a)
    for a in [0, -1, 1, -(2**32), 2**32 - 1, -(2**32) + 1]:
        for b in [0, -1, 2**32, -(2**32), 0xFFFFFFFF]:
            emit("and", a, b, compute=lambda: a & b)
            emit("or", a, b, compute=lambda: a | b)
            emit("xor", a, b, compute=lambda: a ^ b)


def float_cases():
    values = []
    for k in [53, 54, 55, 64, 100, 1023]:
        for d in range(-4, 5):
            values.append(2**k + d)
    for k in [0, 1, 30, 900]:
        # Halfway cases: exactly between two doubles (ties to even), and just either side of it.
        for m in [2**53 + 1, 2**53 + 3, 2**54 - 1]:
            values += [m << k, (m << k) + 1, (m << k) - 1]
    top = 2**1024 - 2**970  # halfway between DBL_MAX and 2**1024
    values += [top - 1, top, top + 1, 2**1024 - 1, 2**1024, 2**1023, 2**2000]
    values += [operand() for _ in range(150)]
    values += [random_int(1100) for _ in range(40)]
    for a in values + [-v for v in values[:40]]:
        emit("float", a, compute=lambda: double_bits(float(a)))
    doubles = [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.0, -1.0, 1.5, -2.5, 2.0**52 + 0.5,
               2.0**53, -(2.0**63), 2.0**64, 1e308, -1e308, 5e-324, 1.7976931348623157e308,
               float("inf"), float("-inf"), float("nan"), -float("nan")]
    doubles += [rng.uniform(-1e20, 1e20) for _ in range(40)]
    doubles += [double_from_bits(rng.getrandbits(64)) for _ in range(60)]
    for x in doubles:
        emit("int_of_float", double_bits(x), compute=lambda: int(x))


def true_division_cases():
    pairs = [(0, 5), (0, -5), (5, 0), (0, 0), (1, 3), (-1, 3), (2, 3), (10**30, 3), (2**53 + 1, 2),
             (2**54 + 2, 4), (2**53 + 3, 2), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1076),
             (2**1024, 1), (2**1025 - 1, 2), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
             (2**2000, 2**977), (2**2000, 2**976), (-(2**2000), 3**700), (10**400, 10**100 + 1)]
    for _ in range(150):
        pairs.append((operand(), operand()))
    for _ in range(50):
        # Quotients near the subnormal range and near overflow.
        a = random_int(rng.choice([10, 200, 1200]))
        b = random_int(rng.choice([1000, 1100, 1150])) or 1
        pairs += [(a, b), (b, a)]
    for a, b in pairs:
        emit("truediv", a, b, compute=lambda: double_bits(a / b))


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def digits_in_base(value, base):
    if value == 0:
        return "0"
    sign, value, out = ("-" if value < 0 else ""), abs(value), []
    while value:
        value, digit = divmod(value, base)
        out.append(DIGITS[digit])
    return sign + "".join(reversed(out))


def text_cases():
    values = [operand() for _ in range(120)] + [10**k - 1 for k in [9, 10, 18, 19, 100]]
    values += [-(10**k) for k in [9, 19, 300]] + [3**2000, -(7**1500)] + EDGES
    for a in values:
        emit("str", a, compute=lambda: str(a))
        emit("hex", a, compute=lambda: hex(a))
    for _ in range(60):
        a, base = operand(), rng.choice([2, 3, 7, 8, 16, 36])
        text = digits_in_base(a, base)
        assert int(text, base) == a
        emit("str_base", a, base, compute=lambda: text)
    inputs = ["0", "-0", "+7", " 42 ", "\t-42\n", "\x0b1\x0c", "\x1c5", "1_000", "1__0", "_1", "1_",
              "+_1", "0x_ff", "0_x1", "0x", "0b", "0b1", "0o17", "0O1_7", "0XfF", " -0b_101 ", "010",
              "00", "0_0", "1 2", "", "   ", "-", "+-1", "1'2", "1'\"2", "a\\b", "9" * 30 + "z",
              "1" * 300 + "x", "zz", "ZZ", "1.5", "12e3", "\u00e9", "1\r2", "1\x7f"]
    for text in inputs:
        for base in [0, 2, 8, 10, 16, 36]:
            emit("parse", base, percent(text), compute=lambda: int(text, base))
    for base in [1, 37, -1]:
        emit("parse", base, "1", compute=lambda: int("1", base))
    for _ in range(120):
        a, base = operand(), rng.choice([0, 2, 7, 8, 10, 16, 36])
        digits = digits_in_base(abs(a), base or 10)
        if base == 0:
            digits = digits.lstrip("0") or "0"
        text = "".join(c + ("_" if rng.random() < 0.2 else "") for c in digits[:-1]) + digits[-1]
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(base, "") if rng.random() < 0.5 else ""
        text = rng.choice(["", " ", "\t"]) + ("-" if a < 0 else rng.choice(["", "+"])) + prefix + text
        emit("parse", base, percent(text), compute=lambda: int(text, base))


def word_cases():
    values = EDGES + [operand() for _ in range(60)]
    for a in values:
        def words():
            magnitude, out = abs(a), []
            while True:
                out.append("%08x" % (magnitude & 0xFFFFFFFF))
                magnitude >>= 32
                if not magnitude:
                    return ",".join(out)
        emit("words", a, compute=words)
        emit("bytes", a, compute=lambda: abs(a).to_bytes((abs(a).bit_length() + 7) // 8, "big").hex() or "%")
        emit("bit_length", a, compute=lambda: a.bit_length())
        emit("int64", a, compute=lambda: int(-(2**63) <= a < 2**63))
    for a, length in [(0, 0), (0, 3), (255, 1), (256, 1), (-256, 2), (2**64 - 1, 8), (2**64, 8), (2**64, 12)]:
        emit("bytes_len", a, length, compute=lambda: abs(a).to_bytes(length, "big").hex() or "%")


def main():
    for cases in [arithmetic_cases, division_cases, pow_cases, shift_cases, bitwise_cases,
                  float_cases, true_division_cases, text_cases, word_cases]:
        cases()
    header = [
        "# BigInt known answers from CPython %s. Generated by gen_bigint_cases.py (seed %d); do not edit."
        % (sys.version.split()[0], SEED),
        "# Each line: <op> <operands...> <expected>, space separated. Integers are decimal (Python str()).",
        "# Doubles are IEEE-754 bit patterns 0x...; text is UTF-8 with bytes outside '!'..'~' and '%'",
        "# written %XX, and a lone % is the empty string. '!Exception: message' is an expected error and",
        "# runs to the end of the line.",
    ]
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header + lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), OUTPUT))


if __name__ == "__main__":
    main()
