// A small command-line parser shared by the smsfilter subcommands:
// `--name value` options, `--flag` switches and positional arguments.
#ifndef SMSFILTER_TOOLS_COMMAND_LINE_H_
#define SMSFILTER_TOOLS_COMMAND_LINE_H_

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace smsfilter::cli {

class CommandLine {
 public:
  // `switches` and --help take no value; every other --option takes the next argument.
  CommandLine(int argc, char** argv, const std::set<std::string>& switches);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  bool has(const std::string& name) const;
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, const std::string& fallback) const;
  // Numeric options: on a malformed value, records an error and returns the fallback.
  long get_int(const std::string& name, long fallback);
  // A count, size or seed: a whole number from 0 to `max`.
  std::uint64_t get_whole(const std::string& name, std::uint64_t fallback,
                          std::uint64_t max = std::numeric_limits<std::uint32_t>::max());
  double get_double(const std::string& name, double fallback);
  const std::vector<std::string>& positional() const { return positional_; }
  // Records an error if any option was given that is not in `known`.
  void check_known(const std::set<std::string>& known);

 private:
  std::map<std::string, std::string> options_;
  std::vector<std::string> positional_;
  std::string error_;
};

}  // namespace smsfilter::cli

#endif  // SMSFILTER_TOOLS_COMMAND_LINE_H_
