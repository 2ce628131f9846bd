"""No message text or sender in any error the smsfilter module raises. usage: privacy_test.py

Every function that takes a message is called with each of its arguments wrong in turn, with
wrong argument counts and names, with unpaired surrogates and invalid UTF-8; every error
must be free of any 8-byte piece of the message and of its sender, in everything a host
could log: the message, the arguments, the attributes and the formatted traceback with its
chained exceptions.
"""
import traceback
import unittest

import smsfilter

TEXT = "【隐私测试】张晓明您好，尾号8846账户验证码735102，登录 canary-7f3a9c.cn 核对"
SENDER = "+86 139-0073-5102 canary-sender"


def pieces(text, size=8):
    data = text.encode("utf-8")
    return {data[i:i + size] for i in range(len(data) - size + 1)}


PIECES = pieces(TEXT) | pieces(SENDER)
# Wrong values for any parameter; the containers hold the text, so a repr would show it.
WRONG_VALUES = [5, 2.5, [TEXT], {TEXT: SENDER}, (SENDER,), object()]


def logged(error):
    """Everything about an exception a host could write to a log."""
    return "".join([*traceback.format_exception(type(error), error, error.__traceback__),
                    repr(error.args), repr(vars(error))])


class PrivacyTest(unittest.TestCase):
    def setUp(self):
        self.model = smsfilter.default_model()
        self.classifier = smsfilter.Classifier(self.model)
        self.policy = smsfilter.Policy("smsfilter-policy 1\nflood marketing 1/hour\n")
        self.state = smsfilter.PolicyState()
        settings = smsfilter.FeaturizerSettings()
        # (function, valid keyword arguments, parameters that take None)
        self.functions = [
            (self.classifier.classify, dict(text=TEXT, sender=SENDER), set()),
            (self.policy.decide, dict(classifier=self.classifier, text=TEXT, sender=SENDER,
                                      time=1700000000, state=self.state), {"time", "state"}),
            (self.policy.record_feedback,
             dict(classifier=self.classifier, text=TEXT, sender=SENDER,
                  feedback=smsfilter.Feedback.SPAM, state=self.state), set()),
            (smsfilter.extract_verification_code, dict(text=TEXT), set()),
            (smsfilter.redact_for_log, dict(text=TEXT), set()),
            (smsfilter.featurize, dict(text=TEXT, sender=SENDER, model=self.model), set()),
            (smsfilter.featurize, dict(text=TEXT, sender=SENDER, settings=settings, char_map=None),
             {"char_map"}),
        ]
        self.errors = 0

    def assert_private_error(self, call, *args, **kwargs):
        types = [type(value).__name__ for value in (*args, *kwargs.values())]
        with self.assertRaises((TypeError, ValueError, smsfilter.Error),
                               msg=f"{call.__name__}{types}") as raised:
            call(*args, **kwargs)
        text = logged(raised.exception).encode("utf-8", "surrogatepass")
        leaked = sorted(p.decode("utf-8", "replace") for p in PIECES if p in text)
        self.assertEqual(leaked, [], f"{call.__name__}: {type(raised.exception).__name__}")
        self.errors += 1
        return raised.exception

    def test_the_valid_calls_succeed(self):
        for call, arguments, _ in self.functions:
            call(**arguments)
            call(*arguments.values())

    def test_each_wrong_argument(self):
        for call, arguments, nullable in self.functions:
            for name in arguments:
                for wrong in WRONG_VALUES + ([] if name in nullable else [None]):
                    if type(wrong) is type(arguments[name]):
                        continue
                    changed = dict(arguments, **{name: wrong})
                    error = self.assert_private_error(call, **changed)
                    if name != "model":  # which tells featurize()'s overloads apart
                        self.assertIn(name, str(error))
                    self.assert_private_error(call, *changed.values())
        self.assertGreater(self.errors, 200)

    def test_out_of_range_times(self):
        for time in (2**63, -2**63 - 1, 2**100):
            error = self.assert_private_error(self.policy.decide, self.classifier, TEXT, SENDER,
                                              time)
            self.assertIsInstance(error, ValueError)

    def test_wrong_argument_counts_names_and_selves(self):
        for call, arguments, _ in self.functions:
            values = list(arguments.values())
            self.assert_private_error(call, *values, TEXT)
            self.assert_private_error(call, *values, text=TEXT)
            self.assert_private_error(call, **arguments, unknown=TEXT)
            self.assert_private_error(call, **arguments, **{TEXT: SENDER})
            self.assert_private_error(call)
        self.assert_private_error(smsfilter.Classifier.classify, self.policy, TEXT, SENDER)
        self.assert_private_error(smsfilter.Policy.decide, self.classifier, self.classifier,
                                  TEXT, SENDER)

    def test_unpaired_surrogates_read_as_replacement_characters(self):
        for call, arguments, _ in self.functions:
            for name in ("text", "sender"):
                if name not in arguments:
                    continue
                with_surrogates = dict(arguments, **{name: "\udc00" + arguments[name] + "\ud800"})
                replaced = dict(arguments, **{name: "\ufffd" + arguments[name] + "\ufffd"})
                self.assertEqual(str(call(**with_surrogates)), str(call(**replaced)))
        paired = self.classifier.classify("笑\ud83d\ude00").probabilities
        self.assertEqual(paired, self.classifier.classify("笑\U0001F600").probabilities)

    def test_invalid_utf8_gives_valid_results(self):
        broken = b"\xff" + TEXT.encode("utf-8")[:-1] + b"\xc0\xaf"
        result = self.classifier.classify(broken, SENDER.encode("utf-8") + b"\xed\xa0\x80")
        for name, _ in result.top_features:
            name.encode("utf-8")
        decision = self.policy.decide(self.classifier, broken, b"\x80", 1700000000, self.state)
        for part in (decision, *decision.reasons):  # every string converts from UTF-8
            for name in dir(part):
                getattr(part, name)
        str(decision)
        self.assertIn("\ufffd", smsfilter.redact_for_log(broken))
        smsfilter.extract_verification_code(broken)

    def test_library_errors(self):
        self.assert_private_error(smsfilter.Model.from_bytes, TEXT.encode("utf-8"))
        self.assert_private_error(self.state.restore, TEXT.encode("utf-8"))
        self.policy.record_feedback(self.classifier, TEXT, SENDER, smsfilter.Feedback.SPAM,
                                    self.state)
        damaged = bytearray(self.state.save())
        damaged[len(damaged) // 2] ^= 0x55
        self.assert_private_error(self.state.restore, bytes(damaged))


if __name__ == "__main__":
    unittest.main()
