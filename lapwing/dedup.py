"""Near-duplicate detection: syndicated copies with small edits are marked, not counted twice.

Each document's coded text (body zones: headlines, bylines, captions and trailers are what
syndicators change) is shingled into word n-grams and summarised by a MinHash signature.
Locality-sensitive hashing splits the signature into ``bands`` of ``rows`` values; documents
sharing any band bucket are candidates, and a candidate is a duplicate only if the estimated
Jaccard similarity reaches the threshold. Bands and signatures are persisted by the store,
so detection is incremental across runs: a copy ingested a month later is still caught.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from lapwing.records import Document
from lapwing.settings import DedupSettings

_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 1  # fixed: signatures stored by one run must compare with the next run's

BandKey = tuple[int, int]
#: Stored documents sharing a bucket: doc_id -> (signature bytes, the doc it copies or None).
Lookup = Callable[[list[BandKey]], dict[str, tuple[bytes, str | None]]]


@dataclass
class Fingerprint:
    """A document's MinHash signature and the LSH buckets it falls in."""

    signature: np.ndarray
    bands: list[BandKey]

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u8").tobytes()


class NearDuplicateIndex:
    """Finds, for each new document, an earlier document it nearly copies.

    ``lookup`` returns stored documents sharing any of the given band buckets (the store's
    ``band_candidates``). It is asked once per batch (:meth:`prefetch`), not once per
    document, and what it returns joins the in-memory index of this run's documents.
    """

    def __init__(self, settings: DedupSettings, lookup: Lookup | None = None):
        self.settings = settings
        self.num_perm = settings.bands * settings.rows
        self._permutations = MinHash(num_perm=self.num_perm, seed=_SEED).permutations
        self._lookup = lookup
        self._buckets: dict[BandKey, list[str]] = {}
        self._signatures: dict[str, np.ndarray] = {}
        self._roots: dict[str, str] = {}

    def fingerprint(self, document: Document) -> Fingerprint | None:
        """MinHash of the document's coded text, or ``None`` if it is too short to compare."""
        text = " ".join(document.text[s:e] for s, e in document.coded_spans())
        matches = itertools.islice(_WORD.finditer(text), self.settings.max_words)
        words = [m.group().casefold() for m in matches]
        n = self.settings.shingle_words
        shingles = {" ".join(words[i : i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
        if len(shingles) < 2 * n:
            return None
        minhash = MinHash(num_perm=self.num_perm, seed=_SEED, permutations=self._permutations)
        minhash.update_batch(list(shingles))
        return Fingerprint(minhash.hashvalues, self._bands_of(minhash.hashvalues))

    def _bands_of(self, signature: np.ndarray) -> list[BandKey]:
        rows = self.settings.rows
        return [(b, _bucket(signature[b * rows : (b + 1) * rows])) for b in range(self.settings.bands)]

    def prefetch(self, fingerprints: list[Fingerprint | None]) -> None:
        """Load the stored documents that share a bucket with any of a batch's documents."""
        if self._lookup is None:
            return
        keys = sorted({key for fp in fingerprints if fp is not None for key in fp.bands})
        if not keys:
            return
        for doc_id, (blob, root) in self._lookup(keys).items():
            if doc_id in self._signatures:
                continue
            signature = np.frombuffer(blob, dtype="<u8")
            self._signatures[doc_id] = signature
            for key in self._bands_of(signature):
                self._buckets.setdefault(key, []).append(doc_id)
            if root:
                self._roots.setdefault(doc_id, root)

    def check_and_add(self, doc_id: str, fingerprint: Fingerprint | None) -> str | None:
        """The doc_id this document nearly duplicates (the earliest copy), or ``None``.

        The document is added to the index either way, so a third copy that resembles
        only the second is still traced back to the first.
        """
        if fingerprint is None:
            return None
        best = self._best_match(fingerprint)
        root = self._roots.get(best, best) if best else None
        for key in fingerprint.bands:
            self._buckets.setdefault(key, []).append(doc_id)
        self._signatures[doc_id] = fingerprint.signature
        if root:
            self._roots[doc_id] = root
        return root

    def _best_match(self, fingerprint: Fingerprint) -> str | None:
        candidates: dict[str, np.ndarray] = {}
        for key in fingerprint.bands:
            for doc_id in self._buckets.get(key, ()):
                candidates[doc_id] = self._signatures[doc_id]
        best, best_score = None, self.settings.threshold
        for doc_id in sorted(candidates):
            score = float(np.mean(candidates[doc_id] == fingerprint.signature))
            if score >= best_score and (best is None or score > best_score):
                best, best_score = doc_id, score
        return best


def _bucket(values: np.ndarray) -> int:
    """A 63-bit bucket id for one band (fits DuckDB's BIGINT and UBIGINT alike)."""
    digest = hashlib.blake2b(values.astype("<u8").tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1
