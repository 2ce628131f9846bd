// PolicyConfig's text form: one setting or rule per line, see docs/integration.md.
#include "smsfilter/policy_config.h"

#include <charconv>

#include "policy/decimal.h"
#include "policy/error_quote.h"

namespace smsfilter {
namespace {

constexpr std::string_view kHeader = "smsfilter-policy";
constexpr std::string_view kVersion = "1";
constexpr float kProbabilityScale = 10000;  // probabilities have four decimals

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Whitespace-separated tokens; "..." quotes, with "" for a quote inside.
bool tokenize(std::string_view line, std::vector<std::string>* tokens) {
  tokens->clear();
  std::string token;
  bool started = false, quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c != '"') token.push_back(c);
      else if (i + 1 < line.size() && line[i + 1] == '"') token.push_back(line[++i]);
      else quoted = false;
    } else if (is_space(c)) {
      if (started) tokens->push_back(std::move(token));
      token.clear();
      started = false;
    } else {
      started = true;
      if (c == '"') quoted = true;
      else token.push_back(c);
    }
  }
  if (started) tokens->push_back(std::move(token));
  return !quoted;
}

// Quoted when plain text would not read back: empty, spaces, quotes, or a carriage
// return that the reader would take for the end of a CRLF line.
std::string quote(std::string_view token) {
  const bool plain = !token.empty() && token.find_first_of(" \t\"\r") == std::string_view::npos;
  if (plain) return std::string(token);
  std::string out = "\"";
  for (char c : token) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

template <typename Int>
bool parse_int(std::string_view s, Int* value) {
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return error == std::errc() && end == s.data() + s.size();
}

// "0", "1", "0.35": up to four decimals, in [0, 1]. (No strtof: it follows the locale.)
bool parse_probability(std::string_view s, float* value) {
  const std::size_t dot = s.find('.');
  std::uint32_t whole = 0, fraction = 0;
  const std::string_view decimals = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  if (!parse_int(s.substr(0, dot), &whole) || whole > 1 || decimals.size() > 4 ||
      (dot != std::string_view::npos && !parse_int(decimals, &fraction))) {
    return false;
  }
  for (std::size_t i = decimals.size(); i < 4; ++i) fraction *= 10;
  const float v = static_cast<float>(whole * 10000 + fraction) / kProbabilityScale;
  if (v > 1) return false;
  *value = v;
  return true;
}

std::string format_probability(float p) {
  std::string out = internal::format_decimal(p, 4);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

// "5/day" or "2/hour" into the limit.
bool parse_flood_count(std::string_view token, FloodLimit* limit) {
  const std::size_t slash = token.find('/');
  std::uint32_t count = 0;
  if (slash == std::string_view::npos || !parse_int(token.substr(0, slash), &count)) return false;
  const std::string_view unit = token.substr(slash + 1);
  if (unit == "day") limit->per_day = count;
  else if (unit == "hour") limit->per_hour = count;
  else return false;
  return true;
}

class LineParser {
 public:
  explicit LineParser(PolicyConfig* config) : config_(config) {}

  // An empty string on success, else what is wrong.
  std::string parse(const std::vector<std::string>& t) {
    const std::string& keyword = t[0];
    if (keyword == "category") return parse_category(t);
    if (keyword == "protect") {
      if (t.size() != 2 || !parse_probability(t[1], &config_->protect_threshold))
        return "expected 'protect P' with P from 0 to 1";
      return {};
    }
    if (keyword == "block_confidence") {
      if (t.size() != 2 || !parse_probability(t[1], &config_->block_confidence))
        return "expected 'block_confidence P' with P from 0 to 1";
      return {};
    }
    if (keyword == "phishing") {
      if (t.size() != 2 || (t[1] != "on" && t[1] != "off")) return "expected 'phishing on' or 'phishing off'";
      config_->phishing_override = t[1] == "on";
      return {};
    }
    if (keyword == "new_number") {
      if (t.size() != 2 || (t[1] != "block" && t[1] != "mute"))
        return "expected 'new_number block' or 'new_number mute'";
      config_->mute_new_numbers = t[1] == "mute";
      return {};
    }
    if (keyword == "trust") {
      if (t.size() != 2) return "expected 'trust DOMAIN'";
      if (config_->trusted_domains.size() == kMaxTrustedDomains)
        return "more than " + std::to_string(kMaxTrustedDomains) + " trusted domains";
      config_->trusted_domains.push_back(t[1]);
      return {};
    }
    if (keyword == "flood") return parse_flood(t);
    if (keyword == "apple") {
      const std::optional<AppleAllowed> allowed =
          t.size() == 3 && t[1] == "allowed" ? enum_from_name<AppleAllowed>(kAppleAllowedNames, t[2]) : std::nullopt;
      if (!allowed) return "expected 'apple allowed inbox' or 'apple allowed folders'";
      config_->apple_allowed = *allowed;
      return {};
    }
    if (action_from_name(keyword)) return parse_rule(t);
    return "unknown setting '" + internal::error_quote(keyword) + "'";
  }

 private:
  std::string parse_category(const std::vector<std::string>& t) {
    const std::optional<Category> category = t.size() == 3 ? category_from_name(t[1]) : std::nullopt;
    const std::optional<Action> action = t.size() == 3 ? action_from_name(t[2]) : std::nullopt;
    if (!category || !action) return "expected 'category CATEGORY ACTION'";
    config_->category_actions[static_cast<std::size_t>(*category)] = *action;
    return {};
  }

  std::string parse_flood(const std::vector<std::string>& t) {
    const std::optional<Category> category = t.size() >= 3 ? category_from_name(t[1]) : std::nullopt;
    if (!category) return "expected 'flood CATEGORY off' or 'flood CATEGORY N/day M/hour'";
    FloodLimit limit;
    if (t.size() != 3 || t[2] != "off") {
      for (std::size_t i = 2; i < t.size(); ++i)
        if (!parse_flood_count(t[i], &limit)) return "bad flood limit '" + internal::error_quote(t[i]) + "'";
    }
    config_->flood_limits[static_cast<std::size_t>(*category)] = limit;
    return {};
  }

  std::string parse_rule(const std::vector<std::string>& t) {
    Rule rule;
    rule.action = *action_from_name(t[0]);
    const std::optional<RuleKind> kind = t.size() >= 3 ? rule_kind_from_name(t[1]) : std::nullopt;
    if (!kind) return "expected 'ACTION KIND VALUE [priority=N] [id=ID] [category=CATEGORY]'";
    rule.kind = *kind;
    rule.value = t[2];
    for (std::size_t i = 3; i < t.size(); ++i) {
      const std::string_view option = t[i];
      if (option.substr(0, 3) == "id=") {
        rule.id = option.substr(3);
        continue;
      }
      if (option.substr(0, 9) == "priority=" && parse_int(option.substr(9), &rule.priority)) continue;
      if (option.substr(0, 9) == "category=" && (rule.category = category_from_name(option.substr(9)))) continue;
      return "bad rule option '" + internal::error_quote(t[i]) + "'";
    }
    config_->rules.push_back(std::move(rule));
    return {};
  }

  PolicyConfig* config_;
};

}  // namespace

std::string Rule::effective_id() const {
  return id.empty() ? std::string(rule_kind_name(kind)) + ":" + value : id;
}

bool Rule::operator==(const Rule& o) const {
  return kind == o.kind && value == o.value && action == o.action && priority == o.priority && id == o.id &&
         category == o.category;
}

bool FloodLimit::operator==(const FloodLimit& o) const {
  return per_day == o.per_day && per_hour == o.per_hour;
}

bool PolicyConfig::operator==(const PolicyConfig& o) const {
  return category_actions == o.category_actions && protect_threshold == o.protect_threshold &&
         block_confidence == o.block_confidence &&
         phishing_override == o.phishing_override && mute_new_numbers == o.mute_new_numbers &&
         trusted_domains == o.trusted_domains &&
         flood_limits == o.flood_limits && rules == o.rules && apple_allowed == o.apple_allowed;
}

Status parse_policy_config(std::string_view text, PolicyConfig* config) {
  // A leading byte order mark, as some editors write UTF-8.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  PolicyConfig parsed;
  LineParser parser(&parsed);
  bool header = false;
  std::vector<std::string> tokens;
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto error = [&](const std::string& what) {
      return Status(StatusCode::kInvalidArgument,
                    "policy line " + std::to_string(line_number) + ": " + what);
    };
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    if (!tokenize(line, &tokens)) return error("unterminated quote");
    if (!header) {
      if (tokens.size() != 2 || tokens[0] != kHeader || tokens[1] != kVersion)
        return error("expected '" + std::string(kHeader) + " " + std::string(kVersion) + "'");
      header = true;
      continue;
    }
    if (const std::string problem = parser.parse(tokens); !problem.empty()) return error(problem);
  }
  if (!header) return Status(StatusCode::kInvalidArgument, "policy: empty, no header line");
  *config = std::move(parsed);
  return {};
}

std::string format_policy_config(const PolicyConfig& config) {
  std::string out = std::string(kHeader) + " " + std::string(kVersion) + "\n";
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    out += "category " + std::string(kCategoryNames[c]) + " " +
           std::string(action_name(config.category_actions[c])) + "\n";
  out += "protect " + format_probability(config.protect_threshold) + "\n";
  out += "block_confidence " + format_probability(config.block_confidence) + "\n";
  out += std::string("phishing ") + (config.phishing_override ? "on" : "off") + "\n";
  out += std::string("new_number ") + (config.mute_new_numbers ? "mute" : "block") + "\n";
  for (const std::string& domain : config.trusted_domains) out += "trust " + quote(domain) + "\n";
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const FloodLimit& limit = config.flood_limits[c];
    out += "flood " + std::string(kCategoryNames[c]);
    if (!limit.enabled()) out += " off";
    if (limit.per_day > 0) out += " " + std::to_string(limit.per_day) + "/day";
    if (limit.per_hour > 0) out += " " + std::to_string(limit.per_hour) + "/hour";
    out += "\n";
  }
  out += "apple allowed " + std::string(kAppleAllowedNames[static_cast<std::size_t>(config.apple_allowed)]) + "\n";
  for (const Rule& rule : config.rules) {
    out += std::string(action_name(rule.action)) + " " + std::string(rule_kind_name(rule.kind)) +
           " " + quote(rule.value);
    if (rule.priority != 0) out += " priority=" + std::to_string(rule.priority);
    if (!rule.id.empty()) out += " id=" + quote(rule.id);
    if (rule.category) out += " category=" + std::string(category_name(*rule.category));
    out += "\n";
  }
  return out;
}

}  // namespace smsfilter
