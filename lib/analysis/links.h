// Links in normalised text: "http(s)://" and "www." names, bare names such as
// "icbc-jfdh.com" or "t.cn/RhpFIU2" with a top-level domain SMS links use, and bare IP
// addresses that no label calls a device's address.
#ifndef SMSFILTER_LIB_ANALYSIS_LINKS_H_
#define SMSFILTER_LIB_ANALYSIS_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "analysis/message_analysis.h"

namespace smsfilter::internal {

// Replaces `links` with those in `text` (lower case), in text order, and `hosts` with
// their hosts one after another (Link::host_ascii_ says where each starts).
void find_links(std::u32string_view text, std::vector<Link>* links, std::string* hosts);

// Whether a host (lower case) is where no bank, carrier or shop links to: a bare IP
// address, or a name under a top-level domain that costs little (.top, .xyz, .vip …).
bool is_ip_address(std::string_view host);
bool has_cheap_top_level_domain(std::string_view host);

// Whether `host` (lower case) is a link shortener's (t.cn, dwz.cn, bit.ly …): the link's
// real target is hidden.
bool is_link_shortener(std::string_view host);

// Whether `host` is `domain` or a subdomain of it.
bool is_under_domain(std::string_view host, std::string_view domain);

// Whether `host` is under a domain that only public bodies may register: gov.cn and edu.cn
// (CNNIC registers them to government bodies and schools alone), and Hong Kong's, Taiwan's,
// Macau's, Singapore's and Malaysia's gov and edu. Exam authorities, schools and government
// services link to them; a scam can't hold one.
bool is_public_body_host(std::string_view host);

}  // namespace smsfilter::internal

#endif  // SMSFILTER_LIB_ANALYSIS_LINKS_H_
