#include <catch2/catch.hpp>

#include "policy/messaging_ids.h"
#include "policy_test_support.h"

namespace smsfilter {
namespace {

bool gives_id(std::string_view text) {
  return internal::gives_messaging_id(testing::analysed(text).text());
}

TEST_CASE("QQ numbers and WeChat ids a message asks to add are found", "[policy][messaging_ids]") {
  for (std::string_view text : {"请加QQ 12345678 领取", "客服QQ：987654321", "加微信abc_123领红包",
                                "微信号：Shop-8888", "联系vx: happy2024", "加我微信 13812345678",
                                "ＱＱ群：55667788", "添加客服 wechat id: kefu01", "请添加专属客服微信gsrs95519办理",
                                "请添加理赔专员微信 sfkf0571 办理"}) {
    INFO(text);
    CHECK(gives_id(text));
  }
}

TEST_CASE("mentions of QQ and WeChat that give no id to add are not", "[policy][messaging_ids]") {
  for (std::string_view text : {"你正在修改QQ86405311的密保手机", "请使用微信支付", "关注微信公众号：招商银行",
                                "加微信群", "QQ:1234", "微信号：ab1", "邮件发到 12345678@qq.com",
                                "访问 wxyz.com/abc12345", "加我微信吧"}) {
    INFO(text);
    CHECK_FALSE(gives_id(text));
  }
}

}  // namespace
}  // namespace smsfilter
