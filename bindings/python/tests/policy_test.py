"""Tests of the smsfilter Python module's policy. usage: policy_test.py"""
import threading
import unittest

import smsfilter

CODE = "【招商银行】您的验证码为８２９１０４，5分钟内有效，请勿泄露。"
BANK_PHISH = "【工商银行】您的网银U盾已过期，请登录 www.icbc-u.cc 更新银行卡信息，以免影响使用。"
AD = "双11大促，全场5折，回T退订"
POLICY = """smsfilter-policy 1
category marketing allow
flood marketing 1/hour
allow sender 95588 id=icbc
block keyword 裸聊 priority=10 id=adult
"""


class PolicyTest(unittest.TestCase):
    def setUp(self):
        self.classifier = smsfilter.Classifier(smsfilter.default_model())
        self.policy = smsfilter.Policy(POLICY)

    def decide(self, text, sender="", **kwargs):
        return self.policy.decide(self.classifier, text, sender, **kwargs)

    def test_codes_are_allowed_and_carried(self):
        d = self.decide(CODE, "95555")
        self.assertEqual(d.action, smsfilter.Action.ALLOW)
        self.assertEqual(d.category, "security")
        self.assertEqual((d.code.code, d.code.issuer), ("829104", "招商银行"))
        self.assertNotIn("829104", str(d))
        self.assertEqual((d.organization, d.organization_kind), ("cmb", smsfilter.OrganizationKind.BANK))
        self.assertEqual([r.kind for r in d.reasons][1:],
                         [smsfilter.ReasonKind.CODE, smsfilter.ReasonKind.OFFICIAL_SENDER])
        official = d.reasons[2]
        self.assertEqual((official.organization, official.organization_name, official.contact, official.host),
                         ("cmb", "招商银行", None, ""))
        self.assertEqual(official.text(smsfilter.Language.ZH_CN), "来自招商银行的官方号码")
        self.assertEqual(official.text(), "Sent from an official number of 招商银行")
        self.assertEqual((d.reasons[0].category, round(d.reasons[0].value, 2)), ("security", 1.0))
        self.assertEqual(d.sub_kind, smsfilter.SubKind.TRANSACTIONAL_FINANCE)
        self.assertEqual(str(d), "allow (security 1.00, transactional_finance): model, code, official_sender")
        self.assertEqual(repr(d.reasons[1]), "<Reason code>")

    def test_reasons_outlive_their_policy(self):
        d = smsfilter.Policy(POLICY).decide(self.classifier, CODE, "95555")
        reasons = d.reasons
        del d
        import gc
        gc.collect()
        self.assertEqual(reasons[2].organization_name, "招商银行")

    def test_rules_and_the_phishing_override(self):
        adult = self.decide("加我看裸聊")
        self.assertEqual(adult.action, smsfilter.Action.BLOCK)
        self.assertEqual((adult.reasons[0].kind, adult.reasons[0].rule_id),
                         (smsfilter.ReasonKind.RULE, "adult"))
        phish = self.decide(BANK_PHISH, "17012345678")
        self.assertEqual(phish.action, smsfilter.Action.BLOCK)
        self.assertEqual(phish.reasons[0].host, "www.icbc-u.cc")
        self.assertNotIn("icbc", str(phish) + repr(phish))
        # The look-alike link, and a mobile sender no bank texts from.
        self.assertEqual([(r.kind, r.contact, r.organization) for r in phish.reasons[-2:]],
                         [(smsfilter.ReasonKind.SUSPICIOUS_CONTACT, smsfilter.ContactKind.LINK, "icbc"),
                          (smsfilter.ReasonKind.SUSPICIOUS_SENDER, smsfilter.ContactKind.MOBILE, "icbc")])
        self.assertEqual(phish.sub_kind, smsfilter.SubKind.NONE)
        # From the bank's own number, allow-listed: muted. The model reads fraud beside a
        # look-alike link, so the number is taken for a spoofed one.
        allow_listed = self.decide(BANK_PHISH, "95588")
        self.assertEqual(allow_listed.action, smsfilter.Action.MUTE)
        self.assertEqual([r.kind for r in allow_listed.reasons],
                         [smsfilter.ReasonKind.RULE, smsfilter.ReasonKind.PHISHING,
                          smsfilter.ReasonKind.SPOOFED_SENDER,
                          smsfilter.ReasonKind.SUSPICIOUS_CONTACT])

    def test_flood_and_feedback_live_in_the_state(self):
        state = smsfilter.PolicyState()
        t0 = 1700000000
        self.assertEqual(self.decide(AD, "10690001", time=t0, state=state).action,
                         smsfilter.Action.ALLOW)
        restored = smsfilter.PolicyState()
        restored.restore(state.save())
        self.assertEqual(restored.tracked_sender_count, 1)
        second = self.decide(AD, "10690001", time=t0 + 60, state=restored)
        self.assertEqual(second.action, smsfilter.Action.MUTE)
        flood = second.reasons[-1]
        self.assertEqual(flood.kind, smsfilter.ReasonKind.FLOOD)
        self.assertEqual((flood.category, flood.value, flood.threshold, flood.window_seconds),
                         ("marketing", 2, 1, 3600))

        chat = "周末有空一起吃饭吗"
        self.assertEqual(self.decide(chat, "13912345678", state=state).category, "personal")
        self.policy.record_feedback(self.classifier, chat, "13912345678",
                                    smsfilter.Feedback.SPAM, state)
        reported = self.decide(chat, "13912345678", state=state)
        self.assertEqual(reported.category, "marketing")
        self.assertEqual(reported.reasons[0].kind, smsfilter.ReasonKind.FEEDBACK)
        self.assertAlmostEqual(sum(reported.probabilities.values()), 1.0, places=5)

        saved = bytearray(state.save())
        saved[-1] ^= 1
        entries = state.feedback_entry_count
        with self.assertRaises(smsfilter.Error) as raised:
            state.restore(bytes(saved))
        self.assertEqual(raised.exception.code, smsfilter.StatusCode.INVALID_ARGUMENT)
        self.assertEqual(state.feedback_entry_count, entries)

    def test_bad_policies_are_refused_with_their_line(self):
        with self.assertRaises(smsfilter.Error) as raised:
            smsfilter.Policy("smsfilter-policy 1\nblok keyword x\n")
        self.assertEqual(raised.exception.code, smsfilter.StatusCode.INVALID_ARGUMENT)
        self.assertIn("line 2", str(raised.exception))

    def test_the_config_text_round_trips(self):
        text = self.policy.config_text
        self.assertIn("block keyword 裸聊 priority=10 id=adult", text)
        self.assertEqual(smsfilter.Policy(text).config_text, text)

    def test_codes_and_redaction_without_a_policy(self):
        code = smsfilter.extract_verification_code("【美团】验证码：381 029，5分钟内有效。")
        self.assertEqual((code.code, code.issuer), ("381029", "美团"))
        self.assertIsNone(smsfilter.extract_verification_code("【建设银行】本次交易金额 123456元"))
        self.assertEqual(smsfilter.redact_for_log("卡号 6222 0210 0112 3456"), "卡号 **** **** **** ****")

    def test_threads_share_one_policy(self):
        messages = [CODE, BANK_PHISH, AD, "加我看裸聊", "明天见"]
        expected = [str(self.decide(m)) for m in messages]
        mismatches = []

        def run():
            classifier = smsfilter.Classifier(smsfilter.default_model())
            for _ in range(20):
                got = [str(self.policy.decide(classifier, m)) for m in messages]
                if got != expected:
                    mismatches.append(threading.get_ident())

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(mismatches, [])


if __name__ == "__main__":
    unittest.main()
