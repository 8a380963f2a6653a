"""Actor names of round 5 (sentences written here): Germany's foreign ministry by its
English name and by its own German one, as wire copy from Berlin names it."""

from __future__ import annotations

import pytest

from lapwing.knowledge import KnowledgeBase

from actor_helpers import hits


@pytest.mark.parametrize("text, mention", [
    ("The German Foreign Office summoned Russia's ambassador on Wednesday.", "German Foreign Office"),
    ("A spokesman for the Auswaertiges Amt said the embassy would stay closed.", "Auswaertiges Amt"),
    ("Officials at the Auswärtiges Amt said talks would resume.", "Auswärtiges Amt"),
])
def test_germany_s_foreign_ministry_is_coded(kb: KnowledgeBase, text: str, mention: str) -> None:
    assert hits(kb, text, "2025-06-01")[mention] == ("deu_mfa", "DEU", "GOV")
