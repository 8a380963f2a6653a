"""Reading gold files: JSON Lines, one document per line (see the gold-format spec).

Shared by every ``lapwing eval`` scorer; each scorer passes its own line parser, so that
errors name the file, the line and the field, since gold files are often hand-edited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

Doc = TypeVar("Doc")


class Tally(Protocol):
    """What a scorer's counts must offer: add one document's predictions."""

    def add(self, doc: Any, predicted: Any, keep_errors: bool) -> None: ...


T = TypeVar("T", bound=Tally)


def read_gold_lines(
    path: Path, parse: Callable[[Any, str], Doc], keep: Callable[[Doc], bool] | None = None
) -> list[Doc]:
    """Every line of ``path`` parsed by ``parse(data, "file:line")``, filtered by ``keep``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"cannot read gold file {path}: {exc}") from None
    docs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg}); one document per line") from None
        doc = parse(data, where)
        if keep is None or keep(doc):
            docs.append(doc)
    return docs


def check_document(data: Any, where: str) -> None:
    """Every gold line is an object with ``id`` and ``text``; say so with the line if not."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or "id" not in data:
        raise ValueError(f"{where}: each line needs \"id\" and \"text\" (see gold-formats.md)")


def tally(docs: Any, predict: Callable[[str, str | None], Any], counts: T, keep_errors: bool = False) -> T:
    """Run ``predict(text, date)`` on every gold document and add it to ``counts``."""
    for doc in docs:
        counts.add(doc, predict(doc.text, doc.date), keep_errors)
    return counts


def one_to_one(options: list[tuple[Any, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold to predicted items.

    ``options`` are ``(key, gold index, predicted index)``; the smallest key wins first
    (ties: earliest gold, then earliest prediction), and each item is used once.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(options):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def prf(found: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision, recall = ratio(found, predicted), ratio(found, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
