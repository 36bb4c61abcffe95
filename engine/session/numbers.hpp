// Finds the numbers in a printed line: every numeric token of the text (so numbers
// inside f-strings count too), with dtype and provenance taken from the value that
// printed it when the interpreter recorded one.
// What it is not: no comparison (compare.cpp).
#pragma once

#include <vector>

#include "lang/value.hpp"
#include "session/session.hpp"

namespace seedlab::session {

std::vector<Number> find_numbers(const lang::TextOut& out);

}  // namespace seedlab::session
