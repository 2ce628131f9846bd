#include "policy/asked_for.h"

namespace smsfilter::internal {
namespace {

constexpr PhraseSet<13> kScamDescriptions({U"冒充", U"假冒", U"声称", U"自称", U"骗子", U"骗徒", U"骗局",
                                           U"被骗", U"反诈", U"防骗", U"别信", U"不要信", U"都不是我"});

}  // namespace

bool describes_scam(std::u32string_view text) { return kScamDescriptions.found_in(text); }

}  // namespace smsfilter::internal
