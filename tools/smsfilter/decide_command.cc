// smsfilter decide: runs messages through a policy file, optionally keeping the per-user
// state (flood histories, feedback) in a file between runs.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include <fmt/core.h>

#include "command_line.h"
#include "commands.h"
#include "json.h"
#include "open_model.h"
#include "smsfilter/platform.h"
#include "smsfilter/policy.h"

namespace smsfilter::cli {
namespace {

constexpr const char* kUsage =
    "usage: smsfilter decide --policy FILE [--model M] [--sender S] [--time UNIX_SECONDS]\n"
    "                        [--state FILE] [--feedback spam|not_spam] [--lang en|zh_cn]\n"
    "                        [--json] [TEXT...]\n";

// A policy is a few KB; a FIFO or device is refused rather than waited on or read forever.
constexpr std::size_t kMaxPolicyFileBytes = 1 << 20;

std::optional<std::string> read_file(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string text(kMaxPolicyFileBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad() || static_cast<std::size_t>(in.gcount()) > kMaxPolicyFileBytes) return std::nullopt;
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// The saved state at `path`: empty when there is no file yet, an error when there is one
// that can't be read (never taken for an empty state and overwritten).
Status read_state(const std::string& path, PolicyState* state) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (::access(path.c_str(), F_OK) != 0 && errno == ENOENT) return {};
    return Status(StatusCode::kIoError, "can't read the state file");
  }
  const std::string saved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status(StatusCode::kIoError, "can't read the state file");
  return state->restore(saved);
}

// An exclusive lock on PATH.lock for the whole read, decide and write: two runs on one
// state file keep each other's entries. A separate file, because the state file itself
// is replaced by rename and a lock on it would be left behind on the old one.
class StateLock {
 public:
  explicit StateLock(const std::string& state_path)
      : fd_(::open((state_path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666)) {
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~StateLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  StateLock(const StateLock&) = delete;
  StateLock& operator=(const StateLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_;
};

// A reason's kind, the parameters its kind sets, and its texts in every language.
std::string json_reason(const Reason& r) {
  std::string out = fmt::format("{{\"kind\":\"{}\"", reason_kind_name(r.kind));
  if (!r.rule_id.empty()) out += ",\"rule_id\":" + json_string(r.rule_id);
  switch (r.kind) {
    case ReasonKind::kModel:
    case ReasonKind::kUnsure:
    case ReasonKind::kOverridesModel:
      out += fmt::format(",\"category\":\"{}\",\"value\":{:.4f}", category_name(r.category), r.value);
      break;
    case ReasonKind::kProtected:
      out += fmt::format(",\"value\":{:.4f},\"threshold\":{:.4f}", r.value, r.threshold);
      break;
    case ReasonKind::kFlood:
      out += fmt::format(",\"category\":\"{}\",\"value\":{:.0f},\"threshold\":{:.0f},\"window_seconds\":{}",
                         category_name(r.category), r.value, r.threshold, r.window_seconds);
      break;
    case ReasonKind::kFeedback: out += fmt::format(",\"value\":{:.4f}", r.value); break;
    default: break;
  }
  if (r.contact) out += fmt::format(",\"contact\":\"{}\"", contact_kind_name(*r.contact));
  if (!r.host().empty()) out += ",\"host\":" + json_string(r.host());
  if (!r.organization.empty()) {
    out += ",\"organization\":" + json_string(r.organization) +
           ",\"organization_name\":" + json_string(r.organization_name);
  }
  out += ",\"text\":{";
  for (std::size_t l = 0; l < kLanguageCount; ++l) {
    out += fmt::format("{}\"{}\":{}", l ? "," : "", kLanguageNames[l],
                       json_string(reason_text(r, static_cast<Language>(l))));
  }
  return out + "}}";
}

std::string json_decision(const Decision& d, AppleAllowed apple_allowed) {
  const AppleFilterVerdict apple = to_apple_filter(d, apple_allowed);
  std::string out = fmt::format(
      "{{\"action\":\"{}\",\"category\":\"{}\",\"confidence\":{:.4f},\"unsure\":{},"
      "\"sub_kind\":\"{}\",\"apple\":{{\"action\":{},\"sub_action\":{}}},\"reasons\":[",
      action_name(d.action), category_name(d.category), d.confidence, d.unsure, sub_kind_name(d.sub_kind),
      static_cast<int>(apple.action), static_cast<int>(apple.sub_action));
  for (std::size_t i = 0; i < d.reasons.size(); ++i) out += (i ? "," : "") + json_reason(d.reasons[i]);
  out += "]";
  if (d.organization_kind) {
    out += fmt::format(",\"organization\":{{\"id\":{},\"kind\":\"{}\"}}", json_string(d.organization),
                       organization_kind_name(*d.organization_kind));
  }
  if (d.code) {
    out += fmt::format(",\"code\":{{\"code\":{},\"issuer\":{}}}", json_string(d.code->code()),
                       json_string(d.code->issuer()));
  }
  return out + "}";
}

// describe(), the code, then the reasons for people: "allow (…): model, code — Looks like …; …".
std::string human_decision(const Decision& d, Language language) {
  std::string out = describe(d);
  if (d.code) out += fmt::format("  [code {} {}]", d.code->code(), d.code->issuer());
  for (std::size_t i = 0; i < d.reasons.size(); ++i)
    out += (i == 0 ? " — " : "; ") + reason_text(d.reasons[i], language);
  return out;
}

}  // namespace

int run_decide(int argc, char** argv) {
  CommandLine args(argc, argv, {"json"});
  args.check_known({"policy", "model", "sender", "time", "state", "feedback", "lang", "json"});
  const long time = args.get_int("time", -1);
  const std::optional<std::string> policy_path = args.get("policy");
  const std::optional<std::string> state_path = args.get("state");
  const std::optional<std::string> feedback_name = args.get("feedback");
  const std::optional<Feedback> feedback = feedback_name ? feedback_from_name(*feedback_name) : std::nullopt;
  const std::optional<Language> language = language_from_name(args.get_or("lang", "en"));
  if (!args.ok() || !policy_path || (feedback_name && (!feedback || !state_path)) || !language) {
    fmt::print(stderr, "{}{}", args.ok() ? "" : "smsfilter decide: " + args.error() + "\n", kUsage);
    return 2;
  }

  const std::optional<std::string> policy_text = read_file(*policy_path);
  if (!policy_text) {
    fmt::print(stderr, "smsfilter decide: can't read {}\n", *policy_path);
    return 1;
  }
  Status status;
  const auto policy = Policy::parse(*policy_text, &status);
  if (!policy) {
    fmt::print(stderr, "smsfilter decide: {}: {}\n", *policy_path, status.to_string());
    return 1;
  }
  PolicyState state;
  std::optional<StateLock> lock;
  if (state_path) {
    lock.emplace(*state_path);
    if (!lock->held()) {
      fmt::print(stderr, "smsfilter decide: can't lock {}.lock\n", *state_path);
      return 1;
    }
    status = read_state(*state_path, &state);
    if (!status.ok()) {
      fmt::print(stderr, "smsfilter decide: {}: {}\n", *state_path, status.to_string());
      return 1;
    }
  }
  const auto model = open_model(args.get("model"));
  if (!model) return 1;
  Classifier classifier(model);

  const std::string sender = args.get_or("sender", "");
  Decision decision;
  const auto handle = [&](const std::string& text) {
    Message message{text, sender, {}};
    if (time >= 0) message.time = time;
    if (feedback) return policy->record_feedback(&classifier, message, *feedback, &state);
    const Status s = policy->decide(&classifier, message, &state, &decision);
    if (!s.ok()) return s;
    if (args.has("json")) {
      fmt::print("{{\"text\":{},{}\n", json_string(text), json_decision(decision, policy->config().apple_allowed).substr(1));
    } else {
      fmt::print("{}\t{}\n", human_decision(decision, *language), terminal_text(text));
    }
    return s;
  };
  bool ok = true;
  const auto run = [&](const std::string& text) {
    const Status s = handle(text);
    if (!s.ok()) fmt::print(stderr, "smsfilter decide: {}\n", s.to_string());
    ok &= s.ok();
  };
  if (!args.positional().empty()) {
    for (const std::string& text : args.positional()) run(text);
  } else {
    for (std::string line; std::getline(std::cin, line);) run(line);
  }
  if (state_path) {
    if (const Status saved = state.save_file(*state_path); !saved.ok()) {
      fmt::print(stderr, "smsfilter decide: {}\n", saved.to_string());
      return 1;
    }
  }
  return ok ? 0 : 1;
}

}  // namespace smsfilter::cli
