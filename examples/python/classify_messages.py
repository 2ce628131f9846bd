"""Classifies each line of a text file with the built-in model.

usage: PYTHONPATH=build/bindings/python python3 classify_messages.py MESSAGES.txt
"""
import sys

import smsfilter

# One model per process, shared by every thread; one classifier per thread.
classifier = smsfilter.Classifier(smsfilter.default_model())
with open(sys.argv[1], encoding="utf-8") as messages:
    for message in messages:
        message = message.rstrip("\n")
        result = classifier.classify(message)
        unsure = " (unsure)" if result.unsure else ""
        print(f"{result.category:<11} {result.confidence:.2f}{unsure}  {message}")
        features = ", ".join(f"{name} {weight:+.2f}" for name, weight in result.top_features)
        print(f"            because of {features}")
