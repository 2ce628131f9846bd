#include "smsfilter/policy.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "classifier/classifier_access.h"
#include "classifier/markers.h"
#include "common/utf.h"
#include "policy/contacts.h"
#include "policy/error_quote.h"
#include "policy/impersonation.h"
#include "analysis/labelled_numbers.h"
#include "analysis/links.h"
#include "analysis/literal_normalizer.h"
#include "policy/messaging_ids.h"
#include "policy/official_channels.h"
#include "policy/phishing.h"
#include "policy/policy_access.h"
#include "policy/policy_scratch.h"
#include "policy/policy_state_data.h"
#include "policy/rule_set.h"
#include "policy/scam_requests.h"
#include "policy/sender.h"
#include "policy/sub_kind.h"
#include "policy/trusted_hosts.h"
#include "policy/verification_code.h"
#include "registry/registry_index.h"
#include "smsfilter/hash.h"

namespace smsfilter {

struct Policy::Compiled {
  PolicyConfig config;
  std::vector<std::string> rule_ids;  // effective_id() of each rule, for the reasons to point to
  internal::RuleSet rules;
  std::shared_ptr<const Registry> registry;
};

namespace {

using internal::OverlayKeyKind;

constexpr std::size_t index_of(Category c) { return static_cast<std::size_t>(c); }

bool is_protected(Category c) { return c == Category::kSecurity || c == Category::kTransaction; }

Status invalid(std::string message) {
  return Status(StatusCode::kInvalidArgument, "policy: " + std::move(message));
}

Status classify(Classifier* classifier, const Message& message, Result* result) {
  if (classifier == nullptr) return Status(StatusCode::kInvalidArgument, "classifier is null");
  return classifier->classify(message.text, message.sender, result);
}

Status validate(const PolicyConfig& config) {
  for (Category c : {Category::kSecurity, Category::kTransaction}) {
    if (config.category_action(c) == Action::kBlock)
      return invalid(std::string(category_name(c)) + " can't be blocked by category; use a rule");
  }
  if (!(config.protect_threshold >= 0 && config.protect_threshold <= 1))
    return invalid("protect threshold must be from 0 to 1");
  if (!(config.block_confidence >= 0 && config.block_confidence <= 1))
    return invalid("block confidence must be from 0 to 1");
  for (const FloodLimit& limit : config.flood_limits) {
    if (limit.per_day > kMaxFloodLimit || limit.per_hour > kMaxFloodLimit)
      return invalid("flood limits can be at most " + std::to_string(kMaxFloodLimit));
  }
  if (config.rules.size() > kMaxRules) return invalid("more than " + std::to_string(kMaxRules) + " rules");
  if (config.trusted_domains.size() > kMaxTrustedDomains)
    return invalid("more than " + std::to_string(kMaxTrustedDomains) + " trusted domains");
  std::set<std::string_view> ids;
  for (const Rule& rule : config.rules) {
    if (!rule.id.empty() && !ids.insert(rule.id).second)
      return invalid("duplicate rule id " + internal::error_quote(rule.id));
  }
  return {};
}

// Domains as links are compared: lower case, without a leading "*." or ".".
Status normalize_domains(std::vector<std::string>* domains) {
  internal::LiteralNormalizer normalizer;
  std::u32string normalized;
  for (std::string& domain : *domains) {
    if (Status status = normalizer.normalize(domain, &normalized); !status.ok()) return status;
    std::u32string_view name = normalized;
    while (!name.empty() && (name.front() == '*' || name.front() == '.')) name.remove_prefix(1);
    if (name.empty()) return invalid("empty trusted domain");
    domain = internal::encode_utf8(name);
  }
  return {};
}

// One message as the policy sees it.
struct MessageView {
  internal::NormalizedSender sender;
  // The signature that stands for the sender in overlay and flood keys.
  internal::MessageAnalysis::SignatureText signature;
  std::string_view sender_kind;  // "mobile", "bank", "intl" ... (internal::sender_kind)
};

MessageView view_of(const Message& message, const internal::MessageAnalysis& analysis,
                    internal::PolicyScratch* scratch) {
  MessageView view{internal::normalize_sender(message.sender, &scratch->sender),
                   analysis.signature_text(analysis.signature()), {}};
  view.sender_kind = internal::sender_kind(scratch->sender);
  return view;
}

// The policy's buffers kept with `classifier`, made when it first decides.
internal::PolicyScratch& scratch_of(Classifier& classifier) {
  std::unique_ptr<internal::AttachedScratch>& scratch = Classifier::Access::policy_scratch(classifier);
  if (!scratch) scratch = std::make_unique<internal::PolicyScratch>();
  // Only this file sets the policy's scratch.
  return static_cast<internal::PolicyScratch&>(*scratch);
}

// What the code detector and the official-channel registry say about the message.
struct Evidence {
  bool code = false;
  bool official_sender = false;
  bool registered_sender = false;  // a '#' sender ID (sender.h)
  bool official_link = false;
  bool public_body_links = false;  // every link goes to a public body's host (gov.cn, edu.cn …)
  // It names an organisation, came from a business number and gives no contact nor asks for
  // one (contacts.h): it leaves the reader nowhere to go but the organisation's app.
  bool in_app_only = false;
  std::optional<internal::SuspiciousContact> suspicious;
  std::optional<internal::SuspiciousContact> suspicious_sender;
  std::string_view suspicious_link;  // the first link to a bare IP address or a cheap domain
  std::optional<std::uint16_t> organization;  // its official sender's, or else the first named
  // From an official sender, but the model is sure it is fraud and it gives a contact that
  // no institution gives (gives_no_institution): fake base stations send under banks' and
  // carriers' numbers.
  bool spoofed_sender = false;
  // A code in an institution's name from a mobile or a foreign number (suspicious_sender)
  // that the model is sure is fraud: institutions send their codes from service numbers.
  bool dressed_code = false;

  // The model and the scam override alone may not block the message. A suspicious
  // contact beside it (the call-back scam in a code's or a bank's clothes) keeps it from
  // being allowed, not from being protected: a scam muted costs little, a lost code a lot.
  // Only a spoofed official sender's number and a dressed sender's code protect nothing.
  bool protects() const {
    return (code && !dressed_code) || (official_sender && !spoofed_sender) || registered_sender || official_link ||
           public_body_links;
  }
  // A brand's name beside a contact it doesn't use: never allowed, even by a user's rule,
  // since a sender can be spoofed.
  bool brand_mismatch() const { return suspicious || suspicious_sender; }
  // Never allowed by the model alone.
  bool flagged() const { return brand_mismatch() || !suspicious_link.empty(); }
};

// How the registry judges a number of this kind; none for the service numbers licensed
// to organisations.
std::optional<ContactKind> contact_kind(internal::PhoneKind kind) {
  switch (kind) {
    case internal::PhoneKind::kMobile: return ContactKind::kMobile;
    case internal::PhoneKind::kHotline: return ContactKind::kPaidHotline;
    case internal::PhoneKind::kLandline: return ContactKind::kLandline;
    case internal::PhoneKind::kForeign: return ContactKind::kForeign;
    case internal::PhoneKind::kService:
    case internal::PhoneKind::kCarrier:
    case internal::PhoneKind::kGovernment: return std::nullopt;
  }
  return std::nullopt;
}

// The kind of a sending number that no institution texts from: a person's mobile, or one
// abroad (SMS spoofed through foreign gateways).
std::optional<ContactKind> personal_sender(std::string_view sender_kind) {
  if (sender_kind == "mobile") return ContactKind::kMobile;
  if (sender_kind == "intl") return ContactKind::kForeign;
  return std::nullopt;
}

// The first link, neither the user's nor the registry's, to a host no institution links to.
std::string_view find_suspicious_link(const internal::RegistryIndex& registry,
                                      const std::vector<std::string>& trusted_domains,
                                      const internal::MessageAnalysis& analysis) {
  for (const internal::Link& link : analysis.links()) {
    const std::string_view host = analysis.host(link);
    if ((internal::is_ip_address(host) || internal::has_cheap_top_level_domain(host)) &&
        !internal::is_vouched_host(host, trusted_domains, registry))
      return host;
  }
  return {};
}

// Whether a contact that the registry doesn't list for an organisation is one that no
// institution gives: a link to a host other than a shortener's, whose target may be the
// organisation's own (10086-smrz.com), a mobile or a foreign number, or a QQ or WeChat id.
// Organisations do rent 400 numbers and landlines that the registry doesn't list.
bool gives_no_institution(const internal::SuspiciousContact& contact) {
  switch (contact.kind) {
    case ContactKind::kLink: return !internal::is_link_shortener(contact.host);
    case ContactKind::kMobile:
    case ContactKind::kForeign:
    case ContactKind::kMessagingId: return true;
    case ContactKind::kPaidHotline:
    case ContactKind::kLandline: return false;
  }
  return false;
}

// `trusted_domains`: the user's, whose links are neither official nor suspect;
// `sure_category`: the model's category, unless it is unsure.
Evidence gather_evidence(const internal::RegistryIndex& registry, const std::vector<std::string>& trusted_domains,
                         const MessageView& view, const internal::MessageAnalysis& analysis,
                         std::optional<Category> sure_category) {
  internal::ChannelCheck check(registry, view.sender.view(), analysis.text(), analysis.view(analysis.head_signature()),
                               analysis.view(analysis.tail_signature()));
  // Contacts are judged only for the organisations the message names or comes from.
  if (check.spoken_for()) {
    for (const internal::Link& link : analysis.links()) {
      const std::string_view host = analysis.host(link);
      if (internal::is_trusted_host(host, trusted_domains) || internal::names_merchant(analysis, link, registry))
        continue;
      check.add_link(host, analysis.view({link.host.end, link.span.end}));
    }
    for (const internal::PhoneNumber& phone : analysis.phone_numbers()) {
      const std::optional<ContactKind> kind = contact_kind(phone.kind);
      if (!kind || internal::is_readers_number(analysis.text(), phone.span) ||
          internal::is_field_workers_number(analysis.text(), phone.span))
        continue;
      check.add_phone(phone.digits(), *kind, internal::is_customer_service_number(analysis.text(), phone.span));
    }
    if (internal::gives_messaging_id(analysis.text())) check.add_messaging_id();
    if (const std::optional<ContactKind> kind = personal_sender(view.sender_kind))
      check.add_sender_number(*kind, internal::is_taiwanese_number(view.sender.view()));
  }
  Evidence e;
  e.code = analysis.code().has_value();
  e.official_sender = !check.senders().empty();
  e.registered_sender = internal::is_registered_sender_id(view.sender.view());
  e.official_link = check.official_links();
  e.public_body_links = !analysis.links().empty() &&
                        std::all_of(analysis.links().begin(), analysis.links().end(), [&](const internal::Link& link) {
                          return internal::is_public_body_host(analysis.host(link));
                        });
  e.suspicious = check.suspicious();
  e.suspicious_sender = check.suspicious_sender();
  const bool sure_fraud = sure_category == Category::kFraud;
  e.spoofed_sender = e.official_sender && sure_fraud && e.suspicious && gives_no_institution(*e.suspicious);
  e.dressed_code = e.code && sure_fraud && e.suspicious_sender;
  e.suspicious_link = find_suspicious_link(registry, trusted_domains, analysis);
  // A look-alike of the brand's domain is named once, as the brand's suspicious contact.
  if (e.suspicious && e.suspicious->host == e.suspicious_link) e.suspicious_link = {};
  e.organization = check.spoken_for();
  e.in_app_only = e.organization && view.sender_kind == "service" && !internal::gives_contact(analysis) &&
                  !internal::asks_for_contact(analysis);
  return e;
}

// A reason about the model's probability for the decision's category.
Reason& add_probability_reason(ReasonKind kind, std::string_view rule_id, Decision* d) {
  Reason& r = d->reasons.add(kind);
  r.rule_id = rule_id;
  r.category = d->category;
  r.value = d->confidence;
  return r;
}

float protected_probability(const Decision& d) {
  return d.probabilities[index_of(Category::kSecurity)] + d.probabilities[index_of(Category::kTransaction)];
}

// Markers ("m:url", "m:len:<15") and sender kinds ("s:mobile") are shared by too many
// messages to carry one user's verdict.
bool is_content_feature(std::string_view name) {
  return name.substr(0, 2) != "m:" && name.substr(0, 2) != "s:";
}

// What feedback on a message adjusts: its sender, its signature and the model's top
// word and character features.
template <typename Visit>
void for_each_overlay_key(const MessageView& view, const Result& result, Visit visit) {
  if (!view.sender.empty()) visit(OverlayKeyKind::kSender, view.sender.view());
  if (!view.signature.empty()) visit(OverlayKeyKind::kSignature, view.signature.view());
  for (std::size_t i = 0; i < result.top_feature_count; ++i) {
    const std::string_view feature = result.top_features[i].feature;
    if (is_content_feature(feature)) visit(OverlayKeyKind::kFeature, feature);
  }
}

// The model's likeliest category that is not spam.
std::size_t likeliest_not_spam(const std::array<float, kCategoryCount>& p) {
  std::size_t best = index_of(Category::kPersonal);
  for (Category c : {Category::kTransaction, Category::kSecurity})
    if (p[index_of(c)] > p[best]) best = index_of(c);
  return best;
}

// Moves the odds of spam (marketing + fraud) by the overlay's shift for the message's
// keys, against the model's odds held within 1:99 and 99:1 so that the user's word can
// outweigh an overconfident model. The mass moved goes to one category: marketing for
// "spam" (unwanted, muted by default; whether it is a scam stays the model's call), the
// model's likeliest other category for "not spam".
void apply_feedback(const internal::FeedbackOverlay& overlay, const MessageView& view,
                    const Result& result, Decision* d) {
  float shift = 0;
  for_each_overlay_key(view, result, [&](OverlayKeyKind kind, std::string_view key) {
    shift += overlay.weight(kind, key);
  });
  if (shift == 0) return;
  d->reasons.add(ReasonKind::kFeedback).value = shift;

  constexpr float kMaxOdds = 99;
  const std::array<float, kCategoryCount>& p = result.probabilities;
  const float spam = p[index_of(Category::kMarketing)] + p[index_of(Category::kFraud)];
  const float odds = std::clamp(spam / (1 - spam), 1 / kMaxOdds, kMaxOdds) * std::exp(shift);
  const bool towards_spam = shift > 0;
  // Holding the model's odds must not move them against the feedback.
  const float moved_spam = odds / (1 + odds);
  const float new_spam = towards_spam ? std::max(spam, moved_spam) : std::min(spam, moved_spam);
  const float moved = std::fabs(new_spam - spam);
  if (moved == 0) return;
  const float losing_side = towards_spam ? 1 - spam : spam;  // > 0, or nothing would move
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const bool loses = is_spam(static_cast<Category>(c)) != towards_spam;
    d->probabilities[c] = loses ? p[c] * (losing_side - moved) / losing_side : p[c];
  }
  d->probabilities[towards_spam ? index_of(Category::kMarketing) : likeliest_not_spam(p)] += moved;

  const auto winner = static_cast<std::size_t>(
      std::max_element(d->probabilities.begin(), d->probabilities.end()) - d->probabilities.begin());
  // Feedback that changes the category settles the model's doubt.
  if (static_cast<Category>(winner) != d->category) d->unsure = false;
  d->category = static_cast<Category>(winner);
  d->confidence = d->probabilities[winner];
}

// Evidence of a scam that overrides the model: a link asking for credentials, or a request
// that only scams make.
struct ScamEvidence {
  ReasonKind kind;           // kPhishing or kScamRequest
  std::string_view host;     // the untrusted host of kPhishing and of the photo bait
  std::string_view request;  // kScamRequest's id

  std::string_view check() const { return kind == ReasonKind::kPhishing ? "phishing" : request; }
};

std::optional<ScamEvidence> find_scam(const PolicyConfig& config, const internal::MessageAnalysis& analysis,
                                      const internal::RegistryIndex& registry) {
  if (!config.phishing_override) return std::nullopt;
  // Most messages link to no untrusted host: it is looked for once, before the text is read.
  const std::optional<std::string_view> untrusted =
      internal::first_untrusted_host(analysis, config.trusted_domains, registry);
  if (untrusted && internal::asks_for_credentials(analysis))
    return ScamEvidence{ReasonKind::kPhishing, *untrusted, {}};
  if (const auto request = internal::find_scam_request(analysis))
    return ScamEvidence{ReasonKind::kScamRequest, {}, *request};
  if (untrusted && internal::offers_photo_bait(analysis))
    return ScamEvidence{ReasonKind::kScamRequest, *untrusted, internal::kPhotoBait};
  return std::nullopt;
}

void add_scam_reason(const ScamEvidence& scam, Decision* d) {
  Reason& r = d->reasons.add(scam.kind);
  r.set_host(scam.host);
  r.rule_id = scam.request;
}

// Blocks, unless the message is protected (apply_channels then mutes it) or the model reads a
// person telling of a scam they met, which is muted.
Action apply_scam(const ScamEvidence& scam, const Evidence& evidence, const internal::MessageAnalysis& analysis,
                  Decision* d) {
  add_scam_reason(scam, d);
  if (d->category == Category::kPersonal && !d->unsure && internal::tells_of_scam(analysis)) {
    add_probability_reason(ReasonKind::kModel, {}, d);
    return Action::kMute;
  }
  if (is_protected(d->category) && !d->unsure && !evidence.protects())
    add_probability_reason(ReasonKind::kOverridesModel, scam.check(), d);
  return Action::kBlock;
}

// The action of the user rule that matched, and what it overrides. Scam evidence makes a
// rule's allow a mute and its mute what the scam alone would be: a rule names what the user
// wants of the messages it matches, not that the scams among them may pass. An allow-listed
// sender's message and a protected one stay muted.
// `rule_ids`: the rules' effective ids.
Action apply_rule(const PolicyConfig& config, const std::vector<std::string>& rule_ids,
                  const internal::RuleSet::Match& match, const std::optional<ScamEvidence>& scam,
                  const Evidence& evidence, const internal::MessageAnalysis& analysis, Decision* d) {
  const Rule& rule = config.rules[*match.winner];
  const std::string_view rule_id = rule_ids[*match.winner];
  Action action = rule.action;
  d->reasons.add(ReasonKind::kRule).rule_id = rule_id;
  if (action == Action::kBlock && match.allow_listed) {
    action = Action::kMute;
    d->reasons.add(ReasonKind::kAllowListed).rule_id = rule_ids[*match.allow_listed];
  }
  if (action == Action::kAllow && scam) {
    action = Action::kMute;
    add_scam_reason(*scam, d);
  } else if (action == Action::kMute && scam && !match.allow_listed) {
    const Action alone = apply_scam(*scam, evidence, analysis, d);
    return alone == Action::kBlock && !evidence.protects() ? Action::kBlock : Action::kMute;
  }
  if (action == Action::kBlock && is_protected(d->category) && !d->unsure)
    add_probability_reason(ReasonKind::kOverridesModel, rule_id, d);
  return action;
}

Reason& add_organization_reason(ReasonKind kind, const Organization& org, Decision* d) {
  Reason& r = d->reasons.add(kind);
  r.organization = org.id;
  r.organization_name = org.names.front();
  return r;
}

// The model's verdict. It never blocks alone what may be a code or a notice (`protected`),
// what it is not sure enough of that gives nothing to act on (`doubtful`), nor an
// organisation's notice that points only to its app (`in_app_only`), and names a new
// number announced by a person with nothing asked (`new_number`), which the config may mute
// rather than block.
Action apply_model(const PolicyConfig& config, const Registry& registry, const internal::MessageAnalysis& analysis,
                   const Evidence& evidence, Decision* d) {
  if (d->unsure) {
    add_probability_reason(ReasonKind::kUnsure, {}, d);
    return Action::kNone;
  }
  add_probability_reason(ReasonKind::kModel, {}, d);
  const Action action = config.category_action(d->category);
  const float protected_p = protected_probability(*d);
  if (action == Action::kBlock && protected_p >= config.protect_threshold) {
    Reason& r = d->reasons.add(ReasonKind::kProtected);
    r.value = protected_p;
    r.threshold = config.protect_threshold;
    return Action::kMute;
  }
  if (action == Action::kBlock && d->confidence < config.block_confidence && !internal::gives_contact(analysis)) {
    add_probability_reason(ReasonKind::kDoubtful, {}, d).threshold = config.block_confidence;
    return Action::kMute;
  }
  if (action == Action::kBlock && evidence.in_app_only) {
    add_organization_reason(ReasonKind::kInAppOnly, registry.organizations()[*evidence.organization], d);
    d->reasons.add(ReasonKind::kProtected).value = protected_p;
    return Action::kMute;
  }
  if (action == Action::kBlock && !evidence.organization && internal::only_announces_new_number(analysis)) {
    d->reasons.add(ReasonKind::kNewNumber);
    if (config.mute_new_numbers) return Action::kMute;
  }
  return action;
}

// The evidence as reasons. A suspicious contact or sender is muted rather than allowed,
// even by a user's rule (a sender can be spoofed); where the model or the scam
// override decided (`model_decided`), it and a suspicious link are also muted rather than
// allowed or left to the host, and a protected message is muted rather than blocked.
Action apply_channels(const Registry& registry, const Evidence& e, bool model_decided, Action action,
                      Decision* d) {
  if (e.code) d->reasons.add(ReasonKind::kCode);
  if (e.registered_sender) d->reasons.add(ReasonKind::kRegisteredSender);
  if (e.organization) {
    const Organization& org = registry.organizations()[*e.organization];
    if (e.official_sender)
      add_organization_reason(e.spoofed_sender ? ReasonKind::kSpoofedSender : ReasonKind::kOfficialSender, org, d);
    if (e.official_link) add_organization_reason(ReasonKind::kOfficialLink, org, d);
  }
  const auto add_suspicious = [&](ReasonKind kind, const internal::SuspiciousContact& contact) {
    Reason& r = add_organization_reason(kind, registry.organizations()[contact.organization], d);
    r.contact = contact.kind;
    r.set_host(contact.host);
  };
  if (e.suspicious) add_suspicious(ReasonKind::kSuspiciousContact, *e.suspicious);
  if (e.suspicious_sender) add_suspicious(ReasonKind::kSuspiciousSender, *e.suspicious_sender);
  if (!e.suspicious_link.empty()) d->reasons.add(ReasonKind::kSuspiciousLink).set_host(e.suspicious_link);
  if (e.brand_mismatch() && action == Action::kAllow) return Action::kMute;
  if (!model_decided) return action;
  if (action == Action::kBlock && e.protects()) {
    d->reasons.add(ReasonKind::kProtected).value = protected_probability(*d);
    return Action::kMute;
  }
  if (e.flagged() && (action == Action::kAllow || action == Action::kNone)) return Action::kMute;
  return action;
}

std::uint64_t flood_key(std::string_view who, Category category) {
  return mix64(fnv1a(fnv1a_byte(kFnvOffsetBasis, static_cast<std::uint8_t>(category)), who));
}

// Counts the message towards its sender's limits. Beyond them, mutes what the model
// alone allowed (`model_decided`): the user's rules and the scam override stand.
Action apply_flood(const PolicyConfig& config, const MessageView& view, std::int64_t time,
                   bool model_decided, Action action, internal::FloodTracker* flood, Decision* d) {
  const FloodLimit& limit = config.flood_limit(d->category);
  const std::string_view who = view.sender.empty() ? view.signature.view() : view.sender.view();
  if (!limit.enabled() || who.empty()) return action;
  const internal::FloodTracker::Counts counts = flood->record(flood_key(who, d->category), time);
  if (!model_decided || action != Action::kAllow) return action;
  struct Window {
    std::uint32_t count, limit, seconds;
  };
  for (const Window& w : {Window{counts.last_hour, limit.per_hour, 3600},
                          Window{counts.last_day, limit.per_day, 86400}}) {
    if (w.limit == 0 || w.count <= w.limit) continue;
    Reason& r = d->reasons.add(ReasonKind::kFlood);
    r.category = d->category;
    r.value = static_cast<float>(w.count);
    r.threshold = static_cast<float>(w.limit);
    r.window_seconds = w.seconds;
    return Action::kMute;
  }
  return action;
}

}  // namespace

Policy::Policy(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
Policy::~Policy() = default;

const PolicyConfig& Policy::config() const { return compiled_->config; }

std::shared_ptr<const Policy> Policy::create(const PolicyConfig& config, Status* status) {
  Status ignored;
  Status& s = status ? *status : ignored;
  std::shared_ptr<const Registry> registry = Registry::bundled(&s);
  if (!registry) return nullptr;
  return create(config, std::move(registry), status);
}

std::shared_ptr<const Policy> Policy::create(const PolicyConfig& config,
                                             std::shared_ptr<const Registry> registry, Status* status) {
  Status ignored;
  Status& s = status ? *status : ignored;
  if (!registry) {
    s = invalid("registry is null");
    return nullptr;
  }
  auto compiled = std::make_unique<Compiled>();
  compiled->config = config;
  for (const Rule& rule : config.rules) compiled->rule_ids.push_back(rule.effective_id());
  compiled->registry = std::move(registry);
  s = validate(config);
  if (s.ok()) s = normalize_domains(&compiled->config.trusted_domains);
  if (s.ok()) s = internal::RuleSet::compile(config.rules, &compiled->rules);
  if (!s.ok()) return nullptr;
  return std::shared_ptr<const Policy>(new Policy(std::move(compiled)));
}

std::shared_ptr<const Policy> Policy::parse(std::string_view text, Status* status) {
  PolicyConfig config;
  if (Status s = parse_policy_config(text, &config); !s.ok()) {
    if (status) *status = std::move(s);
    return nullptr;
  }
  return create(config, status);
}

Status Policy::decide(Classifier* classifier, const Message& message, PolicyState* state,
                      Decision* decision) const {
  Result result;
  const Status status = classify(classifier, message, &result);
  if (!status.ok()) return status;
  return Access::decide(*this, Classifier::Access::analysis(*classifier), message, result,
                        &scratch_of(*classifier), state, decision);
}

Status Policy::Access::decide(const Policy& policy, const internal::MessageAnalysis& analysis,
                              const Message& message, const Result& result,
                              internal::PolicyScratch* scratch, PolicyState* state, Decision* decision) {
  if (decision == nullptr) return Status(StatusCode::kInvalidArgument, "decision is null");
  const Compiled& compiled = *policy.compiled_;
  const PolicyConfig& config = compiled.config;
  const MessageView view = view_of(message, analysis, scratch);
  // Written in place: a Decision the caller reuses keeps its memory.
  Decision& d = *decision;
  d.action = Action::kNone;
  d.category = result.category;
  d.confidence = result.confidence;
  d.unsure = result.unsure;
  d.probabilities = result.probabilities;
  d.reasons.clear();
  d.organization = {};
  d.organization_kind.reset();
  if (state != nullptr) apply_feedback(state->data_->overlay, view, result, &d);

  const Registry& registry = *compiled.registry;
  const internal::RegistryIndex& index = Registry::Access::index(registry);
  const std::optional<Category> sure_category = d.unsure ? std::nullopt : std::optional<Category>(d.category);
  const Evidence evidence = gather_evidence(index, config.trusted_domains, view, analysis, sure_category);
  if (evidence.organization) {
    d.organization = registry.organizations()[*evidence.organization].id;
    d.organization_kind = registry.organizations()[*evidence.organization].kind;
  }

  const internal::RuleSet::Match match =
      compiled.rules.match(view.sender.view(), analysis, sure_category, &scratch->rules);
  const std::optional<ScamEvidence> scam = find_scam(config, analysis, index);

  Action action;
  if (match.winner) action = apply_rule(config, compiled.rule_ids, match, scam, evidence, analysis, &d);
  else if (scam) action = apply_scam(*scam, evidence, analysis, &d);
  else action = apply_model(config, registry, analysis, evidence, &d);
  action = apply_channels(registry, evidence, !match.winner, action, &d);
  if (!scam) {
    if (const auto impersonation = internal::find_impersonation(analysis))
      d.reasons.add(ReasonKind::kImpersonation).rule_id = *impersonation;
  }

  if (state != nullptr && message.time && !d.unsure) {
    const bool model_decided = !match.winner && !scam;
    action = apply_flood(config, view, *message.time, model_decided, action, &state->data_->flood, &d);
  }
  // A flagged message is never filed as a transaction, whatever the model says.
  const bool flagged = scam || evidence.flagged();
  d.sub_kind = d.unsure ? SubKind::kNone : internal::sub_kind_of(d.category, d.organization_kind, analysis);
  if (flagged && is_transactional(d.sub_kind)) d.sub_kind = SubKind::kNone;
  // A code in a text that makes a scam's request (told to a caller, sent back by reply …)
  // or phishes is the scam's bait: no host should offer it for autofill or copying.
  if (action != Action::kBlock && !scam) d.code = internal::verification_code_of(analysis, &scratch->issuer);
  else d.code.reset();
  d.action = action;
  return {};
}

Status Policy::record_feedback(Classifier* classifier, const Message& message, Feedback feedback,
                               PolicyState* state) const {
  Result result;
  const Status status = classify(classifier, message, &result);
  if (!status.ok()) return status;
  return Access::record_feedback(*this, Classifier::Access::analysis(*classifier), message, result,
                                 feedback, &scratch_of(*classifier), state);
}

Status Policy::Access::record_feedback(const Policy&, const internal::MessageAnalysis& analysis,
                                       const Message& message, const Result& result, Feedback feedback,
                                       internal::PolicyScratch* scratch, PolicyState* state) {
  if (state == nullptr) return Status(StatusCode::kInvalidArgument, "state is null");
  const MessageView view = view_of(message, analysis, scratch);
  internal::FeedbackOverlay& overlay = state->data_->overlay;
  for_each_overlay_key(view, result, [&](OverlayKeyKind kind, std::string_view key) {
    overlay.adjust(kind, key, feedback == Feedback::kSpam);
  });
  return {};
}

}  // namespace smsfilter
