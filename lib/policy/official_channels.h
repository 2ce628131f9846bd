// What the official-channel registry says about one message: the organisations it comes
// from (its sender) and names (signatures, names in the text), whether its links all go
// to their domains, and the first contact it gives that the registry doesn't list for
// them — the brand mismatch scams can't avoid: a bank's name with a mobile number, an
// insurer's with a rented 400 number, a carrier's with a look-alike domain.
#ifndef SMSFILTER_LIB_POLICY_OFFICIAL_CHANNELS_H_
#define SMSFILTER_LIB_POLICY_OFFICIAL_CHANNELS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "registry/registry_index.h"
#include "smsfilter/reason.h"

namespace smsfilter::internal {

// A contact the registry doesn't list for the organisations a message speaks for. Service
// numbers (95xxx, 96xxx, 100xx, 106…, 12xxx) are licensed to organisations and never
// suspect, so no ContactKind stands for them.
struct SuspiciousContact {
  ContactKind kind;
  std::string_view host;      // kLink: the host, as add_link() was given it
  std::uint16_t organization;  // the one it was judged for, as a reason names it
};

class ChannelCheck {
 public:
  // `sender` as normalize_sender() gives it; `text` normalised, with the inner names of
  // its `head` and `tail` signatures (empty when absent).
  ChannelCheck(const RegistryIndex& index, std::string_view sender, std::u32string_view text,
               std::u32string_view head, std::u32string_view tail);

  // Each contact the message gives, in text order. `digits` without separators or +86;
  // `host` must outlive the check; `path`: the link after its host; `customer_service`: the
  // text gives the number as one.
  void add_link(std::string_view host, std::u32string_view path);
  void add_phone(std::string_view digits, ContactKind kind, bool customer_service);
  void add_messaging_id();
  // The number the message came from, when it is a mobile or foreign one; `taiwanese`: a
  // foreign one of Taiwan's.
  void add_sender_number(ContactKind kind, bool taiwanese);

  // Organisations whose official number sent the message.
  const OrganizationSet& senders() const { return senders_; }
  // The organisation the message speaks for first: its sender's, else the first named.
  std::optional<std::uint16_t> spoken_for() const;
  // It has links, and every one goes to a domain of an organisation it names or that
  // sent it, none an invitation to a group on a messaging app (chat.whatsapp.com, line.me/ti/…).
  bool official_links() const { return links_ > 0 && official_links_ == links_; }
  // The first contact not listed for the organisations the message names or comes from;
  // none when it names none. Links and QQ/WeChat ids are judged for any organisation,
  // phone numbers only for institutions (banks, payment, carriers, insurers, brokers,
  // government, utilities, airlines, rail): shops, couriers, drivers and platforms give
  // their staff's mobiles and a changing set of hotlines in genuine notices. A mobile
  // given as customer service is judged for any organisation: no shop or platform
  // staffs its customer service with one (联系客服187…: the refund and "先用后付" scams).
  const std::optional<SuspiciousContact>& suspicious() const { return suspicious_; }
  // The number the message came from when its signature names an institution, which
  // never texts from a mobile or foreign number: the bank's clothes on a scammer. Taiwan's
  // institutions do text from 09… numbers (carriers' enterprise SMS), which a phone may
  // show as +886 9…: not foreign to a Taiwanese institution, and not judged, as the 09…
  // form isn't. Hong Kong's text from registered sender IDs (#HSBC), so +852 stays foreign.
  const std::optional<SuspiciousContact>& suspicious_sender() const { return suspicious_sender_; }

 private:
  // Whether one of `owners` is among the organisations the message speaks for.
  bool speaks_for(const OrganizationSet& owners) const;
  // The first institution the message speaks for (not a shop, courier, ride or travel
  // service or platform): its sender's, else the first named.
  std::optional<std::uint16_t> institution_spoken_for() const;
  std::optional<std::uint16_t> first_institution(const OrganizationSet& orgs) const;
  void suspect(ContactKind kind, std::string_view host, std::optional<std::uint16_t> organization);

  const RegistryIndex& index_;
  OrganizationSet senders_, named_;
  OrganizationSet signed_;  // named by the 【signature】 that opens or closes the message
  std::size_t links_ = 0, official_links_ = 0;
  std::optional<SuspiciousContact> suspicious_;
  std::optional<SuspiciousContact> suspicious_sender_;
};

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_POLICY_OFFICIAL_CHANNELS_H_
