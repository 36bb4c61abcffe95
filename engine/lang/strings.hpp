// String helpers shared by the lexer, parser and interpreter: escape decoding of
// literals, UTF-8 code point handling and Python's repr() of str.
// What it is not: no formatting of numbers (numfmt.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seedlab::lang {

// Decodes Python backslash escapes in a non-raw literal body; throws a syntax error
// at [line]/[column] for malformed \x or \u escapes. In a bytes literal ([bytes])
// \xhh and octal escapes give one raw byte and \u, \U are not escapes.
std::string decode_escapes(std::string_view body, int line, int column, bool bytes = false);

// UTF-8 <-> code points. Invalid bytes decode as U+FFFD.
std::vector<uint32_t> utf8_decode(std::string_view s);
void utf8_append(std::string& out, uint32_t cp);
size_t utf8_length(std::string_view s);

// Python's repr() of a str: picks ' or " as CPython does and escapes the rest.
std::string py_str_repr(std::string_view s);

// Py_UNICODE_ISPRINTABLE for the code points a script is likely to contain.
bool is_printable(uint32_t cp);

// ascii(): escapes every non-ASCII code point of [s] as \xhh, \uhhhh or \Uhhhhhhhh.
std::string ascii_escape(std::string_view s);

}  // namespace seedlab::lang
