#include "policy/official_channels.h"

#include <algorithm>
#include <array>

#include "policy/trusted_hosts.h"

namespace smsfilter::internal {
namespace {

// Invitations to a group or an account on a messaging app (chat.whatsapp.com/…, t.me/…,
// line.me/ti/g/…): whoever made the group speaks through them, not the app, and the
// investment groups recruit through them in the app's name. LINE's share their host with
// LINE's own pages; only the path tells them apart.
struct Invitation {
  std::string_view host;
  std::u32string_view path_prefix;  // lower case; empty: any path
};
constexpr std::array<Invitation, 6> kInvitations = {{{"chat.whatsapp.com", U""},
                                                     {"t.me", U""},
                                                     {"qm.qq.com", U""},
                                                     {"jq.qq.com", U""},
                                                     {"line.me", U"/ti/"},
                                                     {"line.me", U"/r/ti/"}}};

bool is_invitation(std::string_view host, std::u32string_view path) {
  return std::any_of(kInvitations.begin(), kInvitations.end(), [&](const Invitation& invitation) {
    return invitation.host == host && path.substr(0, invitation.path_prefix.size()) == invitation.path_prefix;
  });
}

}  // namespace

ChannelCheck::ChannelCheck(const RegistryIndex& index, std::string_view sender, std::u32string_view text,
                           std::u32string_view head, std::u32string_view tail)
    : index_(index) {
  index.add_senders(sender, &senders_);
  index.add_named(text, head, tail, &named_);
  index.add_named(head, head, tail, &signed_);
  index.add_named(tail, {}, {}, &signed_);
}

void ChannelCheck::add_link(std::string_view host, std::u32string_view path) {
  ++links_;
  OrganizationSet owners;
  index_.add_host_owners(host, &owners);
  if (speaks_for(owners)) {
    if (!is_invitation(host, path)) ++official_links_;
  } else if (!is_public_body_host(host)) {
    suspect(ContactKind::kLink, host, spoken_for());
  }
}

void ChannelCheck::add_phone(std::string_view digits, ContactKind kind, bool customer_service) {
  OrganizationSet owners;
  index_.add_number_owners(digits, &owners);
  if (speaks_for(owners)) return;
  const bool mobile_desk = customer_service && kind == ContactKind::kMobile;
  suspect(kind, {}, mobile_desk ? spoken_for() : institution_spoken_for());
}

void ChannelCheck::add_messaging_id() { suspect(ContactKind::kMessagingId, {}, spoken_for()); }

void ChannelCheck::add_sender_number(ContactKind kind, bool taiwanese) {
  const std::optional<std::uint16_t> org = first_institution(signed_);
  if (!org) return;
  if (kind == ContactKind::kForeign && taiwanese && index_.serves(*org, Region::kTaiwan)) return;
  suspicious_sender_ = SuspiciousContact{kind, {}, *org};
}

bool ChannelCheck::speaks_for(const OrganizationSet& owners) const {
  return owners.intersects(named_) || owners.intersects(senders_);
}

std::optional<std::uint16_t> ChannelCheck::spoken_for() const {
  if (!senders_.empty()) return *senders_.begin();
  if (!named_.empty()) return *named_.begin();
  return std::nullopt;
}

std::optional<std::uint16_t> ChannelCheck::institution_spoken_for() const {
  if (const std::optional<std::uint16_t> org = first_institution(senders_)) return org;
  return first_institution(named_);
}

std::optional<std::uint16_t> ChannelCheck::first_institution(const OrganizationSet& orgs) const {
  const auto institution = std::find_if(orgs.begin(), orgs.end(), [&](std::uint16_t org) {
    switch (index_.kind(org)) {
      case OrganizationKind::kEcommerce:
      case OrganizationKind::kDelivery:
      case OrganizationKind::kRideFood:
      case OrganizationKind::kTravel:
      case OrganizationKind::kPlatform: return false;
      default: return true;
    }
  });
  if (institution == orgs.end()) return std::nullopt;
  return *institution;
}

void ChannelCheck::suspect(ContactKind kind, std::string_view host, std::optional<std::uint16_t> organization) {
  if (organization && !suspicious_) suspicious_ = SuspiciousContact{kind, host, *organization};
}

}  // namespace smsfilter::internal
