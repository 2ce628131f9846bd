"""evaluate()'s figures, drawn with matplotlib's object API (no pyplot state, no display)."""


def _figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.2, 4.4), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def confusion_matrix(metrics, path):
    """Rows: truth, columns: predicted; each cell its count, shaded by its share of the row."""
    from ._smsfilter import CATEGORIES

    counts = metrics["confusion"]
    shares = [[n / max(1, sum(row)) for n in row] for row in counts]
    figure = _figure()
    axes = figure.add_subplot()
    image = axes.imshow(shares, cmap="Blues", vmin=0, vmax=1)
    for t, row in enumerate(counts):
        for p, n in enumerate(row):
            axes.text(p, t, str(n), ha="center", va="center",
                      color="white" if shares[t][p] > 0.5 else "black", fontsize=9)
    axes.set_xticks(range(len(CATEGORIES)), CATEGORIES, rotation=30)
    axes.set_yticks(range(len(CATEGORIES)), CATEGORIES)
    axes.set_xlabel("predicted")
    axes.set_ylabel("truth")
    axes.set_title(f"{metrics['count']} messages, macro-F1 {metrics['macro_f1']:.4f}")
    figure.colorbar(image, ax=axes, label="share of the true category")
    figure.savefig(path, format="png")


def reliability_diagram(metrics, path):
    """Accuracy against mean confidence per bin of confidence, with the bins' sizes."""
    bins = metrics["reliability"]
    width = 1 / len(bins)
    lefts = [i * width for i in range(len(bins))]
    figure = _figure()
    axes = figure.add_subplot()
    axes.bar(lefts, [b["accuracy"] for b in bins], width=width, align="edge",
             edgecolor="black", color="tab:blue", label="accuracy")
    axes.plot([0, 1], [0, 1], linestyle="--", color="gray", label="perfect calibration")
    filled = [b for b in bins if b["count"]]
    axes.plot([b["confidence"] for b in filled], [b["accuracy"] for b in filled], "o",
              color="tab:orange", label="mean confidence")
    for left, b in zip(lefts, bins):
        if b["count"]:
            axes.text(left + width / 2, 0.02, str(b["count"]), ha="center", rotation=90,
                      fontsize=7, color="white" if b["accuracy"] > 0.1 else "black")
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_xlabel("confidence (top probability)")
    axes.set_ylabel("share predicted right")
    axes.set_title(f"expected calibration error {metrics['expected_calibration_error']:.4f}")
    axes.legend(loc="upper left", fontsize=8)
    figure.savefig(path, format="png")
