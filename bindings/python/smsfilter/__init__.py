"""On-device Chinese SMS spam filtering: classify, decide, featurize, train and evaluate."""
from ._smsfilter import *  # noqa: F401,F403 - the library's API
from ._smsfilter import __doc__  # noqa: F401
from ._smsfilter import evaluate as _evaluate
from . import _plots


def evaluate(model, data, *, confusion_png=None, reliability_png=None):
    """Classifies a labeled TSV file and returns its metrics: count, accuracy, macro_f1,
    unsure, per-category precision/recall/f1/support, the confusion matrix (rows: truth,
    columns: predicted, in category order), the expected calibration error and the
    reliability bins (count, mean confidence, accuracy of the predictions in each tenth of
    confidence). With confusion_png or reliability_png (paths), also draws the confusion
    matrix or the reliability diagram there as PNG (needs matplotlib). Releases the GIL
    while classifying."""
    metrics = _evaluate(model, data)
    if confusion_png is not None:
        _plots.confusion_matrix(metrics, confusion_png)
    if reliability_png is not None:
        _plots.reliability_diagram(metrics, reliability_png)
    return metrics
