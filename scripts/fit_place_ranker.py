"""Fit ``lapwing/models/place_ranker.json`` on the dev half of GeoVirus, reproducibly.

    python scripts/fit_place_ranker.py /work/shared/data/geovirus

Each gold toponym of the dev half (:func:`lapwing.eval.geovirus.half_of`; the held-out half
is never read here) is described exactly as the pipeline describes a span, its shortlisted
candidates get their features, and the right answer is the candidate nearest the gold
coordinates if it lies within 161 km (toponyms with no such candidate teach nothing and are
skipped, though they still give context to the others). Two conditional-logit models are
fitted by L-BFGS with an L2 penalty: the prior one (no document context) and the full one,
whose context features are computed from the prior model's readings, as at run time.
The result is deterministic: same data, same weights.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from lapwing.eval.geo import ACCURACY_KM, GoldDoc, parse_gold_record
from lapwing.eval.geovirus import convert_corpus, half_of
from lapwing.gazetteer import Gazetteer
from lapwing.places_candidates import CandidateSource
from lapwing.places_recognise import Found, Recogniser, load_lexicon
from lapwing.places_resolve import (
    CONTEXT_FEATURES, FEATURES, MODEL_PATH, PRIOR_FEATURES, context_features, distance_km,
    prior_features, shortlist, softmax,
)

L2 = 0.05


def _label(candidates: list, lat: float, lon: float) -> int | None:
    """Index of the candidate nearest the gold point, if within 161 km."""
    if not candidates:
        return None
    km = [distance_km(lat, lon, c.lat, c.lon) for c in candidates]
    best = int(np.argmin(km))
    return best if km[best] <= ACCURACY_KM else None


def _fit(groups: list[tuple[np.ndarray, int]], width: int) -> np.ndarray:
    """Weights minimising the conditional-logit loss plus ``L2 * |w|^2``."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = L2 * w @ w, 2 * L2 * w
        for x, y in groups:
            p = softmax(x @ w)
            total -= np.log(p[y] + 1e-12)
            grad -= x[y] - p @ x
        return total, grad

    return minimize(loss, np.zeros(width), jac=True, method="L-BFGS-B").x


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("geovirus", type=Path, help="folder holding GeoVirus.xml")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()

    lexicon = load_lexicon()
    recogniser = Recogniser(CandidateSource(Gazetteer.load(), lexicon.admin_aliases), lexicon)
    docs: list[GoldDoc] = [parse_gold_record(r, r["id"]) for r in convert_corpus(args.geovirus)
                           if half_of(r["id"]) == "dev"]
    prepared = []  # per document: found, shortlists, prior features, labels
    for doc in docs:
        found: list[Found] = [recogniser.describe(doc.text, t.start, t.end) for t in doc.toponyms]
        lists = [shortlist(f) for f in found]
        labels = [_label(cs, t.lat, t.lon) for cs, t in zip(lists, doc.toponyms)]
        prepared.append((doc, found, lists, [prior_features(f, cs) for f, cs in zip(found, lists)], labels))

    prior_groups = [(x, y) for _, _, _, xs, ys in prepared for x, y in zip(xs, ys) if y is not None]
    prior = _fit(prior_groups, len(PRIOR_FEATURES))

    full_groups = []
    for doc, found, lists, xs, ys in prepared:
        readings = [cs[int(np.argmax(x @ prior))] if cs else None for cs, x in zip(lists, xs)]
        for i, (cs, x, y) in enumerate(zip(lists, xs, ys)):
            if y is not None:
                context = context_features(i, found, cs, readings, doc.text)
                full_groups.append((np.hstack([x, context]), y))
    full = _fit(full_groups, len(FEATURES))
    assert len(full) == len(PRIOR_FEATURES) + len(CONTEXT_FEATURES)

    model = {
        "about": "Conditional-logit place ranker (lapwing.places_resolve), fitted by "
                 "scripts/fit_place_ranker.py on the dev half of GeoVirus (Wikinews, CC BY 2.5); "
                 "see NOTICE.md.",
        "training": {"documents": len(docs), "toponyms": sum(len(d.toponyms) for d in docs),
                     "with_answer": len(full_groups), "l2": L2},
        "prior": {name: round(float(w), 4) for name, w in zip(PRIOR_FEATURES, prior)},
        "full": {name: round(float(w), 4) for name, w in zip(FEATURES, full)},
    }
    args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(model, indent=2))


if __name__ == "__main__":
    main()
