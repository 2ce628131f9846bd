"""Tests of the smsfilter Python module. usage: binding_test.py SOURCE_DIR"""
import gc
import os
import sys
import threading
import unittest

import smsfilter

SOURCE_DIR = sys.argv.pop(1)
MODEL_PATH = os.path.join(SOURCE_DIR, "models", "default.smsf")
CHAR_MAP_PATH = os.path.join(SOURCE_DIR, "models", "charmap.txt")
FIXTURE_PATH = os.path.join(SOURCE_DIR, "tests", "data", "messages.tsv")

CODE = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。"
FRAUD = "【建设银行】您的账户存在异常，请立即登录 http://ccb-vip.cc 验证身份，否则将冻结"
UNSURE = "\u3000 \u200b"  # no visible text: unsure whatever the model
MESSAGES = [CODE, FRAUD, UNSURE, "明天见", "【京东】您的订单已签收，感谢您的支持",
            "🎁🎁 恭喜您获得iPhone一台，回复1领取"]


def result_tuple(result):
    return (result.category, result.confidence, result.probabilities, result.unsure,
            result.top_features)


def classify_all(model):
    classifier = smsfilter.Classifier(model)
    return [result_tuple(classifier.classify(m)) for m in MESSAGES]


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


class ClassifyTest(unittest.TestCase):
    def setUp(self):
        self.classifier = smsfilter.Classifier(smsfilter.default_model())

    def test_results_are_distributions_with_explanations(self):
        result = self.classifier.classify(CODE, sender="95555")
        self.assertEqual(result.category, "security")
        self.assertFalse(result.unsure)
        self.assertEqual(list(result.probabilities), list(smsfilter.CATEGORIES))
        self.assertAlmostEqual(sum(result.probabilities.values()), 1.0, places=5)
        self.assertEqual(result.confidence, result.probabilities["security"])
        self.assertTrue(result.top_features)
        weights = [weight for _, weight in result.top_features]
        self.assertEqual(weights, sorted(weights, reverse=True))
        self.assertGreater(weights[-1], 0)
        self.assertTrue(all(":" in name for name, _ in result.top_features))
        first = result.top_features[0][0]
        self.assertTrue(result.explain().startswith("security "))
        self.assertIn(first, result.explain())
        self.assertNotIn(first, repr(result))

    def test_fraud_and_unsure(self):
        self.assertEqual(self.classifier.classify(FRAUD, "17012345678").category, "fraud")
        self.assertTrue(self.classifier.classify(UNSURE).unsure)

    def test_normalized_text(self):
        self.classifier.classify("加 微 信 ＡＢＣ")
        self.assertEqual(self.classifier.normalized_text(), "加微信abc")

    def test_file_bytes_and_built_in_models_agree(self):
        expected = classify_all(smsfilter.default_model())
        self.assertEqual(classify_all(smsfilter.Model.open(MODEL_PATH)), expected)
        self.assertEqual(classify_all(smsfilter.Model.from_bytes(read_bytes(MODEL_PATH))), expected)

    def test_models_keep_their_bytes_and_classifiers_their_models(self):
        data = read_bytes(MODEL_PATH)
        references = sys.getrefcount(data)
        model = smsfilter.Model.from_bytes(data)
        self.assertEqual(sys.getrefcount(data), references + 1)
        del model
        self.assertEqual(sys.getrefcount(data), references)

        classifier = smsfilter.Classifier(smsfilter.Model.from_bytes(read_bytes(MODEL_PATH)))
        gc.collect()
        self.assertEqual(classifier.classify(CODE).category, "security")

    def test_model_properties(self):
        model = smsfilter.Model.open(MODEL_PATH)
        self.assertEqual(model.version[0], 2)
        self.assertEqual(model.file_size, os.path.getsize(MODEL_PATH))
        self.assertTrue(0 < model.unsure_threshold < 1)
        self.assertIn("seed=", model.training_info)
        settings = model.featurizer_settings
        self.assertEqual(settings.bucket_count, 1 << settings.bucket_bits)

    def test_errors_carry_their_code(self):
        data = bytearray(read_bytes(MODEL_PATH))
        data[-1] ^= 1
        cases = [
            (lambda: smsfilter.Model.open("/nonexistent/model.smsf"), "IO_ERROR"),
            (lambda: smsfilter.Model.from_bytes(bytes(64)), "BAD_MAGIC"),
            (lambda: smsfilter.Model.from_bytes(bytes(data)), "CHECKSUM_MISMATCH"),
            (lambda: smsfilter.train("/nonexistent/train.tsv"), "IO_ERROR"),
            (lambda: smsfilter.train(FIXTURE_PATH, threads=0), "INVALID_ARGUMENT"),
        ]
        for action, code in cases:
            with self.assertRaises(smsfilter.Error) as raised:
                action()
            self.assertEqual(raised.exception.code, smsfilter.StatusCode.__members__[code])
            self.assertTrue(str(raised.exception))

    def test_threads_share_one_model(self):
        model = smsfilter.default_model()
        expected = classify_all(model)
        mismatches = []

        def run():
            classifier = smsfilter.Classifier(model)
            for _ in range(50):
                if [result_tuple(classifier.classify(m)) for m in MESSAGES] != expected:
                    mismatches.append(threading.get_ident())

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(mismatches, [])


class FeaturizeTest(unittest.TestCase):
    def test_settings_and_char_map_reproduce_the_models_buckets(self):
        model = smsfilter.default_model()
        for message in [m for m in MESSAGES if m != UNSURE] + ["您的銀行卡已凍結"]:
            features = smsfilter.featurize(message, "95588", model)
            self.assertTrue(features)
            self.assertTrue(all(0 <= b < model.featurizer_settings.bucket_count for b, _ in features))
            self.assertEqual({sign for _, sign in features}, {1, -1})
            self.assertEqual(smsfilter.featurize(message, "95588", model.featurizer_settings,
                                                 char_map=CHAR_MAP_PATH), features)

    def test_the_char_map_changes_buckets(self):
        settings = smsfilter.FeaturizerSettings()
        self.assertNotEqual(smsfilter.featurize("您的銀行卡", "", settings),
                            smsfilter.featurize("您的銀行卡", "", settings, char_map=CHAR_MAP_PATH))
        self.assertEqual(smsfilter.featurize("您的銀行卡", "", settings, char_map=CHAR_MAP_PATH),
                         smsfilter.featurize("您的银行卡", "", settings, char_map=CHAR_MAP_PATH))

    def test_settings_choose_the_features(self):
        small = smsfilter.FeaturizerSettings(bucket_bits=8, word_tokens=False, markers=False,
                                             sender_kind=False)
        self.assertEqual(small.bucket_count, 256)
        features = smsfilter.featurize("验证码", "95588", small)
        # character 1-, 2- and 3-grams, then the head's and the tail's 1- and 2-grams only
        self.assertEqual(len(features), 3 + 2 + 1 + 2 * (3 + 2))
        self.assertTrue(all(b < 256 for b, _ in features))

    def test_named_features_name_the_same_buckets(self):
        small = smsfilter.FeaturizerSettings(bucket_bits=8, word_tokens=False, markers=False,
                                             sender_kind=False)
        named = smsfilter.named_features("验证码", "95588", small)
        self.assertEqual([(bucket, sign) for bucket, sign, _ in named],
                         smsfilter.featurize("验证码", "95588", small))
        self.assertEqual(sorted(name for _, _, name in named),
                         sorted(["c1:验", "c1:证", "c1:码", "c2:验证", "c2:证码", "c3:验证码",
                                 "h:验", "h:证", "h:码", "h:验证", "h:证码",
                                 "t:验", "t:证", "t:码", "t:验证", "t:证码"]))
        model = smsfilter.default_model()
        named = smsfilter.named_features("请点击 http://x.cn 退订", "", model)
        self.assertEqual([(bucket, sign) for bucket, sign, _ in named],
                         smsfilter.featurize("请点击 http://x.cn 退订", "", model))
        self.assertIn("m:url", [name for _, _, name in named])

    def test_settings_out_of_range_are_refused(self):
        for settings in (smsfilter.FeaturizerSettings(bucket_bits=64),
                         smsfilter.FeaturizerSettings(char_ngram_max=4),
                         smsfilter.FeaturizerSettings(max_chars=0)):
            with self.assertRaises(smsfilter.Error) as raised:
                smsfilter.featurize("验证码", "", settings)
            self.assertEqual(raised.exception.code, smsfilter.StatusCode.INVALID_ARGUMENT)


class TrainTest(unittest.TestCase):
    SETTINGS = smsfilter.FeaturizerSettings(bucket_bits=10)

    def test_train_then_evaluate(self):
        lines = []
        data = smsfilter.train(FIXTURE_PATH, settings=self.SETTINGS, progress=lines.append)
        self.assertTrue(any(line.startswith("epoch 10/10") for line in lines))
        self.assertEqual(smsfilter.train(FIXTURE_PATH, settings=self.SETTINGS), data)
        self.assertEqual(smsfilter.train(FIXTURE_PATH, settings=self.SETTINGS, threads=1), data)
        self.assertNotEqual(smsfilter.train(FIXTURE_PATH, settings=self.SETTINGS, seed=2), data)

        model = smsfilter.Model.from_bytes(data)
        self.assertEqual(model.featurizer_settings.bucket_bits, 10)
        self.assertEqual(smsfilter.Classifier(model).classify(CODE).category, "security")

        metrics = smsfilter.evaluate(model, FIXTURE_PATH)
        self.assertEqual(metrics["count"], 60)
        confusion = metrics["confusion"]
        self.assertEqual(sum(map(sum, confusion)), 60)
        self.assertEqual(metrics["accuracy"], sum(confusion[i][i] for i in range(5)) / 60)
        self.assertGreater(metrics["accuracy"], 0.9)
        self.assertEqual(list(metrics["categories"]), list(smsfilter.CATEGORIES))
        self.assertEqual(metrics["categories"]["fraud"]["support"], 12)
        self.assertTrue(0 <= metrics["unsure"] <= 60)

    def test_progress_errors_stop_training(self):
        def fail(line):
            raise KeyError(line)

        with self.assertRaises(KeyError):
            smsfilter.train(FIXTURE_PATH, settings=self.SETTINGS, progress=fail)

    def test_evaluate_reports_a_bad_file(self):
        with self.assertRaises(smsfilter.Error) as raised:
            smsfilter.evaluate(smsfilter.default_model(), "/nonexistent/test.tsv")
        self.assertEqual(raised.exception.code, smsfilter.StatusCode.IO_ERROR)


if __name__ == "__main__":
    unittest.main()
