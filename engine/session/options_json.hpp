// Reads RunOptions from the JSON the page sends:
//   {"runs":2,"tfVersion":"2.16","entropy":["123","456"],"env":{"PYTHONHASHSEED":"0"},"cells":[1,2,2]}
// Entropies are decimal strings (64-bit values do not fit JavaScript numbers).
// What it is not: a general JSON library; unknown keys are rejected with a message.
#pragma once

#include <string>

#include "session/session.hpp"

namespace seedlab::session {

bool parse_options(const std::string& json, RunOptions& options, std::string& error);
std::string json_quote(const std::string& s);

}  // namespace seedlab::session
