#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "classifier/featurizer.h"
#include "classifier/markers.h"

namespace smsfilter::internal {
namespace {

// Names of the features of one message, of the given kinds.
std::set<std::string> feature_names(std::string_view text, std::string_view sender,
                                    std::set<FeatureKind> kinds, const RegistryIndex* brands = nullptr) {
  Featurizer featurizer(FeaturizerSettings{}, CharMap(), brands);
  std::vector<Feature> features;
  REQUIRE(featurizer.featurize(text, sender, &features).ok());
  std::set<std::string> names;
  for (const Feature& f : features) {
    if (!kinds.count(f.kind)) continue;
    std::string name;
    featurizer.append_name(f, &name);
    names.insert(name);
  }
  return names;
}

TEST_CASE("ICU dictionary words of two or more characters", "[featurizer]") {
  CHECK(feature_names("我们今天去北京大学参观", "", {FeatureKind::kWord}) ==
        std::set<std::string>{"w:我们", "w:今天", "w:北京", "w:大学", "w:参观"});
  CHECK(feature_names("您的快递已到驿站", "", {FeatureKind::kWord}) ==
        std::set<std::string>{"w:快递", "w:已到", "w:驿站"});
}

TEST_CASE("character n-grams see digit runs as length shapes", "[featurizer]") {
  const auto names = feature_names("码482913，", "", {FeatureKind::kChar1, FeatureKind::kChar2, FeatureKind::kChar3});
  CHECK(names == std::set<std::string>{"c1:码", "c1:<d6>", "c1:,", "c2:码<d6>", "c2:<d6>,", "c3:码<d6>,"});
}

TEST_CASE("n-grams of the first and the last five units again, as head and tail", "[featurizer]") {
  CHECK(feature_names("【京东】您好，回T退订", "", {FeatureKind::kHead}) ==
        std::set<std::string>{"h:【", "h:京", "h:东", "h:】", "h:您", "h:【京", "h:京东", "h:东】", "h:】您"});
  CHECK(feature_names("【京东】您好，回T退订", "", {FeatureKind::kTail}) ==
        std::set<std::string>{"t:,", "t:回", "t:t", "t:退", "t:订", "t:,回", "t:回t", "t:t退", "t:退订"});
  // A message of fewer units has them all at both ends.
  CHECK(feature_names("好的", "", {FeatureKind::kHead}) == std::set<std::string>{"h:好", "h:的", "h:好的"});
  CHECK(feature_names("好的", "", {FeatureKind::kTail}) == std::set<std::string>{"t:好", "t:的", "t:好的"});
}

TEST_CASE("n-grams a negation reaches are hashed apart, to the end of its clause", "[featurizer]") {
  CHECK(feature_names("不要转账，快", "", {FeatureKind::kNegated}) ==
        std::set<std::string>{"n:转", "n:账", "n:转账", "n:转账,", "n:账,", "n:账,快"});
  CHECK(feature_names("不要转账，快", "", {FeatureKind::kChar2}) == std::set<std::string>{"c2:不要", "c2:要转", "c2:,快"});
  // 没有 alone is no negation.
  CHECK(feature_names("还没有转账", "", {FeatureKind::kNegated}).empty());
}

TEST_CASE("n-grams a condemnation reaches back to are hashed apart, a 的 clause before it too", "[featurizer]") {
  CHECK(feature_names("要求转账的，均为诈骗", "", {FeatureKind::kChar1, FeatureKind::kChar2, FeatureKind::kChar3}) ==
        std::set<std::string>{"c1:为", "c1:诈", "c1:骗", "c2:为诈", "c2:诈骗", "c3:为诈骗"});
  // Not across a sentence end.
  CHECK(feature_names("要求转账的。均为诈骗", "", {FeatureKind::kNegated}) ==
        std::set<std::string>{"n:均", "n:均为", "n:均为诈"});
}

TEST_CASE("markers and sender kind", "[featurizer]") {
  CHECK(feature_names("【招商银行】详见 http://t.cn/x 或致电95555", "1069012345",
                      {FeatureKind::kMarker, FeatureKind::kSender}) ==
        std::set<std::string>{"m:len:<40", "m:url", "m:signature:head", "m:hotline", "m:link:shortener",
                              "s:service"});
  CHECK(feature_names("转账500元到13812345678", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:amount", "m:mobile", "m:intent:transfer"});
  CHECK(feature_names("好的", "", {FeatureKind::kMarker, FeatureKind::kSender}) ==
        std::set<std::string>{"m:len:<15"});
}

TEST_CASE("an analysis marker counts three times, an intent and a sender kind once", "[featurizer]") {
  Featurizer featurizer(FeaturizerSettings{}, CharMap(), nullptr);
  std::vector<Feature> features;
  REQUIRE(featurizer.featurize("立即转账 http://t.cn/x", "1069012345", &features).ok());
  const auto count = [&](std::string_view wanted) {
    return std::count_if(features.begin(), features.end(), [&](const Feature& f) {
      std::string name;
      featurizer.append_name(f, &name);
      return name == wanted;
    });
  };
  CHECK(count("m:url") == 3);
  CHECK(count("m:link:shortener") == 3);
  CHECK(count("m:intent:transfer") == 1);
  CHECK(count("m:intent:urgency") == 1);
  CHECK(count("s:service") == 1);
  CHECK(count("c1:即") == 1);
}

TEST_CASE("semantic markers: codes, card tails, numbers to call, link classes", "[featurizer]") {
  CHECK(feature_names("【招商银行】验证码482913，请勿泄露", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:signature:head", "m:code", "m:intent:do_not_share"});
  CHECK(feature_names("您尾号1234的卡消费100元，客服021-61234567", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:amount", "m:card_tail", "m:phone:landline"});
  CHECK(feature_names("违章请见 http://12.34.56.78/a 或 ab-pay.top 咨询12123", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<80", "m:url", "m:link:ip", "m:link:cheap_tld", "m:phone:government"});
  // Bare names under the cheap domains phishing registers most are links too.
  for (std::string_view text : {"请访问 icloud-cn.help 解锁账户", "请点击 icbc-yz.fun 领取补贴"}) {
    CHECK(feature_names(text, "", {FeatureKind::kMarker}) ==
          std::set<std::string>{"m:len:<40", "m:url", "m:link:cheap_tld"});
  }
  // A name followed by a path is a link whatever its top-level domain, as shorteners' are;
  // without a path, an unknown one after a full stop is a sentence running on.
  CHECK(feature_names("积分今日到期，请登录 suo.im/9333hJ 兑换", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:url", "m:link:shortener"});
  CHECK(feature_names("補貼已發放 momo.dm/uVbyf3", "", {FeatureKind::kMarker}).count("m:url") == 1);
  CHECK(feature_names("see you at 5pm.so we meet there", "", {FeatureKind::kMarker}).count("m:url") == 0);
  CHECK(feature_names("ok.so/ then we meet", "", {FeatureKind::kMarker}).count("m:url") == 0);
  // A bare IP address is a link unless labelled as a device's address or a version, or
  // after a product's name, or the numbers are instalments.
  const auto has_ip_link = [](std::string_view text) {
    return feature_names(text, "", {FeatureKind::kMarker}).count("m:link:ip") == 1;
  };
  CHECK(has_ip_link("成人影院免费看 ➜ 103.214.96.17"));
  CHECK(has_ip_link("浏览器打开 45.8.22.190:8080 领取"));
  CHECK_FALSE(has_ip_link("您的账号于12月1日在新设备登录，登录IP：183.12.4.5，如非本人操作请修改密码"));
  CHECK_FALSE(has_ip_link("New sign-in from 203.0.113.5 on Chrome"));
  CHECK_FALSE(has_ip_link("系统已升级至版本10.2.1.5"));
  CHECK_FALSE(has_ip_link("您的手机已可升级至 HarmonyOS 5.1.0.120"));
  CHECK_FALSE(has_ip_link("固件将更新至4.0.2.18"));
  CHECK_FALSE(has_ip_link("信用卡分期可选3.6.9.12期"));
  CHECK_FALSE(has_ip_link("请拨打 12.177.074.018"));
}

TEST_CASE("brand markers: whether the organisation named gives its own contacts", "[featurizer]") {
  Organization icbc;
  icbc.names = {"工商银行"};
  icbc.hotlines = {"95588"};
  icbc.domains = {"icbc.com.cn"};
  Organization ccb;
  ccb.names = {"建设银行"};
  ccb.hotlines = {"95533"};
  RegistryIndex brands;
  REQUIRE(brands.build("test", {icbc, ccb}).ok());
  const auto brand_markers = [&](std::string_view text) {
    std::set<std::string> names;
    for (const std::string& name : feature_names(text, "", {FeatureKind::kMarker}, &brands))
      if (name.rfind("m:brand:", 0) == 0) names.insert(name);
    return names;
  };
  CHECK(brand_markers("【工商银行】您的账户有异常登录，如非本人操作请致电95588") ==
        std::set<std::string>{"m:brand:named", "m:brand:own_contact"});
  CHECK(brand_markers("【工商银行】详见 https://m.icbc.com.cn/a") ==
        std::set<std::string>{"m:brand:named", "m:brand:own_contact"});
  // A look-alike domain, a mobile, another bank's hotline: contacts not its own.
  for (std::string_view text : {"【工商银行】账户已冻结，请登录 icbc-yz.top 解冻",
                                "工商银行通知：账户异常，请联系专员13812345678",
                                "【工商银行】账户异常请致电95533"}) {
    CHECK(brand_markers(text) == std::set<std::string>{"m:brand:named", "m:brand:other_contact"});
  }
  CHECK(brand_markers("【工商银行】您尾号1234的卡消费100元") == std::set<std::string>{"m:brand:named"});
  // The reader's own number, which a notice quotes, is no contact.
  CHECK(brand_markers("尊敬的13812345678客户，工商银行提醒您") == std::set<std::string>{"m:brand:named"});
  CHECK(brand_markers("账户异常请致电95588").empty());
  // Without the model's brands section there are none.
  CHECK(feature_names("【工商银行】账户异常请致电95588", "", {FeatureKind::kMarker}).count("m:brand:named") == 0);
}

TEST_CASE("a link marker says when every link goes where no scam can", "[featurizer]") {
  Organization icbc;
  icbc.names = {"工商银行"};
  icbc.domains = {"icbc.com.cn"};
  RegistryIndex brands;
  REQUIRE(brands.build("test", {icbc}).ok());
  const auto vouched = [&](std::string_view text) {
    return feature_names(text, "", {FeatureKind::kMarker}, &brands).count("m:link:vouched") == 1;
  };
  // A registry organisation's domain or a public body's, whether or not the text names it.
  CHECK(vouched("准考证打印已开通，请登录 cet-bm.neea.edu.cn 打印。"));
  CHECK(vouched("详见 https://m.icbc.com.cn/a 及 www.gov.cn"));
  // A look-alike, or one link of two elsewhere, or no link.
  CHECK_FALSE(vouched("请登录 icbc-yz.top 解冻"));
  CHECK_FALSE(vouched("详见 m.icbc.com.cn 或 icbc-yz.top"));
  CHECK_FALSE(vouched("准考证打印已开通。"));
  // Without the model's brands section there is none.
  CHECK(feature_names("请登录 www.gov.cn 查询", "", {FeatureKind::kMarker}).count("m:link:vouched") == 0);
}

TEST_CASE("intents read many wordings, each intent once", "[featurizer]") {
  CHECK(feature_names("先交手续费和保证金，再立即转账到安全账户", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:fee_first", "m:intent:urgency", "m:intent:transfer"});
  CHECK(feature_names("加ＬＩＮＥ私聊，好的", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:private_chat"});
  CHECK(feature_names("明天一起吃饭吧", "", {FeatureKind::kMarker}) == std::set<std::string>{"m:len:<15"});
  // Taiwanese 帳 is simplified to 帐, not 账; LINE is 賴 (赖), WeChat hides as vx.
  CHECK(feature_names("请转帐到监管帐户", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:transfer"});
  CHECK(feature_names("详情加赖", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:private_chat"});
  CHECK(feature_names("加ＶＸ了解", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:private_chat"});
  // A freeze the reader may ask for is no penalty; one threatened is.
  CHECK(feature_names("如非本人操作，请立即致电客服冻结卡片", "", {FeatureKind::kMarker}).count("m:intent:penalty") == 0);
  CHECK(feature_names("您可自行申请冻结账户", "", {FeatureKind::kMarker}).count("m:intent:penalty") == 0);
  CHECK(feature_names("您的账户将被冻结，请致电客服", "", {FeatureKind::kMarker}).count("m:intent:penalty") == 1);
  // A romance scam's customs fee, a "friend" trading currencies, a stranger's WeChat.
  CHECK(feature_names("海关说要交清关费", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:fee_first"});
  CHECK(feature_names("我在深圳做外汇", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:investment"});
  CHECK(feature_names("方便加个微信吗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:private_chat"});
  CHECK(feature_names("联系Telegram面试", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:private_chat"});
}

TEST_CASE("a request negated or condemned in its clause is a warning", "[featurizer]") {
  CHECK(feature_names("工作人员不会以任何理由要求您转账", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:warning"});
  CHECK(feature_names("请不要把验证码告诉任何人", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("要求先交保证金的都是诈骗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("根本不存在转账解冻的业务", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("真警察不会给你看逮捕令，更没有安全账户", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:warning"});
  CHECK(feature_names("银行从未要求客户转账", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("学校不接受现金和任何私人转账", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("你还没有转账吗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:transfer"});
  // A clause ending in 的 is condemned by the next one; by a sentence's end, it is not.
  CHECK(feature_names("要求您下载软件或转账证明清白的，均为诈骗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:warning"});
  // Cantonese 嘅 for 的, as the character map leaves it (轉賬 and 騙局 it simplifies).
  CHECK(feature_names("要你转账证明清白嘅，一定系骗局", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:warning"});
  // A clause that is nothing but a condemnation judges the one before it, and after a
  // sentence's end when it points back with 这; a condemnation denied is none.
  CHECK(feature_names("要您先交保证金，统统是诈骗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("随后让您转账。这就是诈骗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:warning"});
  CHECK(feature_names("请将存款转入安全账户，这不是诈骗", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:transfer"});
  CHECK(feature_names("未按时转账的。是诈骗犯的下场", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:transfer"});
  CHECK(feature_names("没收到转账的，请联系客服", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:transfer"});
  // A list opened by 凡 is condemned at the end of its sentence, past its clauses.
  CHECK(feature_names("凡让您下载会议软件、开启屏幕共享的；凡要求您先交保证金的，都是诈骗。", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:warning"});
  CHECK(feature_names("凡要求您先交保证金的；请尽快办理。", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:fee_first", "m:intent:urgency"});
  // A negation in another clause, or further back, leaves the request a request.
  CHECK(feature_names("请勿告诉家人，将存款转入安全账户", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:transfer"});
  CHECK(feature_names("不要紧张这只是一次例行的资金核查请您配合将存款转入安全账户", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:intent:transfer"});
  // Only requests can be warned against: a penalty stays one.
  CHECK(feature_names("您涉嫌诈骗，账户即将冻结", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:intent:penalty"});
}

TEST_CASE("numbers in the text after +86 or 0086 are domestic", "[featurizer]") {
  for (std::string_view text : {"请致电 008613812345678", "请致电+86 138 1234 5678", "请致电 8613812345678"}) {
    CHECK(feature_names(text, "", {FeatureKind::kMarker}) == std::set<std::string>{"m:len:<40", "m:mobile"});
  }
  CHECK(feature_names("请致电 008695588", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<15", "m:hotline"});
  CHECK(feature_names("请致电 0085261234567", "", {FeatureKind::kMarker}) ==
        std::set<std::string>{"m:len:<40", "m:phone:foreign"});
}

TEST_CASE("sender kinds", "[featurizer]") {
  CHECK(sender_kind(U"") == "");
  CHECK(sender_kind(U"1069012345678") == "service");
  CHECK(sender_kind(U"95588") == "bank");
  CHECK(sender_kind(U"10086") == "carrier");
  CHECK(sender_kind(U"13812345678") == "mobile");
  CHECK(sender_kind(U"+86 138 1234 5678") == "mobile");
  CHECK(sender_kind(U"+85261234567") == "intl");
  CHECK(sender_kind(U"02161234567") == "landline");
  CHECK(sender_kind(U"12306") == "government");
  CHECK(sender_kind(U"+8695588") == "bank");
  CHECK(sender_kind(U"008695588") == "bank");
  CHECK(sender_kind(U"008613812345678") == "mobile");
  CHECK(sender_kind(U"+86 10086") == "carrier");
  CHECK(sender_kind(U"+861069012345678") == "service");
  CHECK(sender_kind(U"0085261234567") == "intl");
  CHECK(sender_kind(U"8613812345678") == "mobile");
  CHECK(sender_kind(U"1234") == "short");
  CHECK(sender_kind(U"123456789012") == "long");
  CHECK(sender_kind(U"4008123456") == "hotline");
  CHECK(sender_kind(U"955880") == "bank");
  CHECK(sender_kind(U"+1234") == "intl");
  CHECK(sender_kind(U"00861234") == "short");
  CHECK(sender_kind(U"招商银行") == "named");
}

TEST_CASE("named features hash like the same text hashed whole", "[featurizer]") {
  Featurizer featurizer(FeaturizerSettings{}, CharMap(), nullptr);
  std::vector<Feature> features;
  REQUIRE(featurizer.featurize("我们参观", "", &features).ok());
  const auto word = std::find_if(features.begin(), features.end(),
                                 [](const Feature& f) { return f.kind == FeatureKind::kWord; });
  REQUIRE(word != features.end());
  std::string name;
  featurizer.append_name(*word, &name);
  CHECK(static_cast<const HashedFeature&>(*word) == hash_named_feature(FeatureKind::kWord, name.substr(2), 16));
}

TEST_CASE("featurization is deterministic across instances and calls", "[featurizer]") {
  const std::string text = "【京东】验证码 5521，用于手机号登录，10分钟内有效。";
  Featurizer a(FeaturizerSettings{}, CharMap(), nullptr), b(FeaturizerSettings{}, CharMap(), nullptr);
  std::vector<Feature> first, second, third;
  REQUIRE(a.featurize(text, "1069000004", &first).ok());
  REQUIRE(a.featurize("别的消息", "", &second).ok());
  REQUIRE(b.featurize(text, "1069000004", &second).ok());
  REQUIRE(a.featurize(text, "1069000004", &third).ok());
  const auto hashed = [](const std::vector<Feature>& fs) { return std::vector<HashedFeature>(fs.begin(), fs.end()); };
  CHECK(hashed(first) == hashed(second));
  CHECK(hashed(first) == hashed(third));
}

TEST_CASE("a longer message is read at both ends, max_chars visible characters", "[featurizer]") {
  FeaturizerSettings settings;
  settings.max_chars = 50;
  Featurizer featurizer(settings, CharMap(), nullptr);
  std::string longer = "\u200B";
  for (int i = 0; i < 50; ++i) longer += "哈 ";
  for (int i = 0; i < 5000; ++i) longer += "嘿\u200B";
  std::vector<Feature> features;
  REQUIRE(featurizer.featurize(longer, "", &features).ok());
  // Spaces between Chinese characters are padding: 25 of each, joined.
  const std::vector<char32_t>& normalized = featurizer.analysis().chars();
  CHECK(std::u32string(normalized.begin(), normalized.end()) ==
        std::u32string(25, U'哈') + std::u32string(25, U'嘿'));
}

TEST_CASE("a window's units are those that start inside it", "[featurizer]") {
  using Units = std::pair<std::uint32_t, std::uint32_t>;
  constexpr Featurizer::WindowShape shape = {40, 10};
  Featurizer featurizer(FeaturizerSettings{}, CharMap(), nullptr);
  // 𠀀 is two UTF-16 units, one visible character; a digit run is one unit.
  std::string text = "𠀀";
  for (int i = 0; i < 30; ++i) text += "哈";
  text += "6222021234567890";  // visible 31 to 46
  for (int i = 0; i < 40; ++i) text += "嘿";  // visible 47 to 86: units 32 to 71
  std::vector<Feature> features, windowed;
  REQUIRE(featurizer.featurize(text, "", &features).ok());
  bool featurized = true;
  REQUIRE(featurizer.featurize_windowed(shape, &windowed, &featurized).ok());
  CHECK_FALSE(featurized);  // read whole: the windows are cut from what features hold
  CHECK(featurizer.window_units(1) == Units{0, 32});
  CHECK(featurizer.window_units(2) == Units{10, 35});
  CHECK(featurizer.window_units(5) == Units{32, 65});  // the digit run starts before it

  FeaturizerSettings settings;
  settings.max_chars = 50;
  Featurizer partial(settings, CharMap(), nullptr);
  REQUIRE(partial.featurize(text, "", &features).ok());
  REQUIRE(partial.featurize_windowed(shape, &windowed, &featurized).ok());
  CHECK(featurized);  // the longer read, all 87 characters
  CHECK(std::count_if(windowed.begin(), windowed.end(), [](const Feature& f) { return f.kind == FeatureKind::kChar1; }) == 72);
  CHECK(partial.window_units(2) == Units{10, 35});

  // Windows count the characters the normaliser keeps: 90 visible, 60 read.
  std::string decorated;
  for (int i = 0; i < 30; ++i) decorated += "哈★";
  for (int i = 0; i < 30; ++i) decorated += "嘿";
  REQUIRE(featurizer.featurize(decorated, "", &features).ok());
  REQUIRE(featurizer.featurize_windowed(shape, &windowed, &featurized).ok());
  CHECK(featurizer.window_count() == 4);
  CHECK(featurizer.window_units(3) == Units{20, 60});
  REQUIRE(featurizer.featurize_window(3, &features).ok());
  CHECK(std::count_if(features.begin(), features.end(), [](const Feature& f) { return f.kind == FeatureKind::kChar1; }) == 40);
}

}  // namespace
}  // namespace smsfilter::internal
