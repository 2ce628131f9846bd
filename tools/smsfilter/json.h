// Text the CLI prints: JSON strings for --json and message text for the terminal. Both
// are valid UTF-8 whatever the input (invalid sequences read as U+FFFD) and show control
// characters escaped, so a message can't break the JSON or drive the terminal.
#ifndef SMSFILTER_TOOLS_JSON_H_
#define SMSFILTER_TOOLS_JSON_H_

#include <string>
#include <string_view>

namespace smsfilter::cli {

// `s` as a JSON string, quotes included.
std::string json_string(std::string_view s);

// `s` for a terminal line: control characters (tab and newline included) as \xNN.
std::string terminal_text(std::string_view s);

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_JSON_H_
