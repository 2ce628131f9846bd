#include "command_line.h"

#include <cerrno>
#include <cstdlib>

namespace smsfilter::cli {

CommandLine::CommandLine(int argc, char** argv, const std::set<std::string>& switches) {
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      positional_.push_back(arg);
      continue;
    }
    const std::string name = arg.substr(2);
    if (switches.count(name) || name == "help") {
      options_[name] = "";
    } else if (i + 1 < argc) {
      options_[name] = argv[++i];
    } else {
      error_ = "option --" + name + " needs a value";
    }
  }
}

bool CommandLine::has(const std::string& name) const { return options_.count(name) > 0; }

std::optional<std::string> CommandLine::get(const std::string& name) const {
  const auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

std::string CommandLine::get_or(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

long CommandLine::get_int(const std::string& name, long fallback) {
  const auto value = get(name);
  if (!value) return fallback;
  char* end = nullptr;
  const long parsed = std::strtol(value->c_str(), &end, 10);
  if (value->empty() || *end != '\0') {
    error_ = "--" + name + " expects an integer";
    return fallback;
  }
  return parsed;
}

std::uint64_t CommandLine::get_whole(const std::string& name, std::uint64_t fallback, std::uint64_t max) {
  const auto value = get(name);
  if (!value) return fallback;
  char* end = nullptr;
  errno = 0;
  const unsigned long long parsed = std::strtoull(value->c_str(), &end, 10);
  // strtoull reads "-1" as its negation, the largest value: only digits are a whole number.
  const bool digits = !value->empty() && (*value)[0] >= '0' && (*value)[0] <= '9';
  if (!digits || *end != '\0' || errno == ERANGE || parsed > max) {
    error_ = "--" + name + " expects a whole number from 0 to " + std::to_string(max);
    return fallback;
  }
  return parsed;
}

double CommandLine::get_double(const std::string& name, double fallback) {
  const auto value = get(name);
  if (!value) return fallback;
  char* end = nullptr;
  const double parsed = std::strtod(value->c_str(), &end);
  if (value->empty() || *end != '\0') {
    error_ = "--" + name + " expects a number";
    return fallback;
  }
  return parsed;
}

void CommandLine::check_known(const std::set<std::string>& known) {
  for (const auto& [name, value] : options_) {
    if (!known.count(name)) error_ = "unknown option --" + name;
  }
}

}  // namespace smsfilter::cli
