// Lexer for the playground's Python subset: turns source text into tokens with
// Python's indentation rules (INDENT/DEDENT), implicit line joining inside brackets,
// backslash continuation, and string literals with r/b/f prefixes.
// What it is not: no parsing (parser.hpp), no f-string expression parsing (the parser
// splits f-string bodies), no evaluation of number literals beyond classifying them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace seedlab::lang {

enum class Tok { Name, Int, Float, Imag, String, Op, Newline, Indent, Dedent, End };

struct Token {
    Tok type = Tok::End;
    std::string text;    // name, operator, or number text (underscores removed)
    std::string value;   // decoded string contents for String tokens
    bool is_bytes = false;
    bool is_fstring = false;
    bool is_raw = false;
    int line = 0;
    int column = 0;      // 1-based
};

// Tokenises [source]; throws PyError(Syntax) naming line and column on bad input.
std::vector<Token> tokenize(std::string_view source);

}  // namespace seedlab::lang
