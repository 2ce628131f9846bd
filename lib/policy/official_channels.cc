#include "policy/official_channels.h"

#include <algorithm>

namespace smsfilter::internal {

ChannelCheck::ChannelCheck(const RegistryIndex& index, std::string_view sender, std::u32string_view text,
                           std::u32string_view head, std::u32string_view tail)
    : index_(index) {
  index.add_senders(sender, &senders_);
  index.add_named(text, head, tail, &named_);
  index.add_named(head, head, tail, &signed_);
  index.add_named(tail, {}, {}, &signed_);
}

void ChannelCheck::add_link(std::string_view host) {
  ++links_;
  OrganizationSet owners;
  index_.add_host_owners(host, &owners);
  if (speaks_for(owners)) ++official_links_;
  else suspect(ContactKind::kLink, host);
}

void ChannelCheck::add_phone(std::string_view digits, ContactKind kind) {
  OrganizationSet owners;
  index_.add_number_owners(digits, &owners);
  if (!speaks_for(owners) && speaks_for_institution()) suspect(kind);
}

void ChannelCheck::add_messaging_id() { suspect(ContactKind::kMessagingId); }

void ChannelCheck::add_sender_number(ContactKind kind) {
  if (any_institution(signed_)) suspicious_sender_ = kind;
}

bool ChannelCheck::speaks_for(const OrganizationSet& owners) const {
  return owners.intersects(named_) || owners.intersects(senders_);
}

bool ChannelCheck::speaks_for_institution() const { return any_institution(named_) || any_institution(senders_); }

bool ChannelCheck::any_institution(const OrganizationSet& orgs) const {
  return std::any_of(orgs.begin(), orgs.end(), [&](std::uint16_t org) {
    switch (index_.kind(org)) {
      case OrganizationKind::kEcommerce:
      case OrganizationKind::kDelivery:
      case OrganizationKind::kRideFood:
      case OrganizationKind::kTravel:
      case OrganizationKind::kPlatform: return false;
      default: return true;
    }
  });
}

void ChannelCheck::suspect(ContactKind kind, std::string_view host) {
  if (named_.empty() && senders_.empty()) return;
  if (!suspicious_) suspicious_ = SuspiciousContact{kind, host};
}

}  // namespace smsfilter::internal
