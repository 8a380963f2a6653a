"""Text clean-up applied once, at reading time, and the content hash that names documents.

Everything downstream takes offsets into the *cleaned* text, so cleaning happens before any
zone or span is computed and never again afterwards.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_ANY_SPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """The form of a text that Lapwing stores: NFC, ``\\n`` line ends, no control characters.

    Form feeds become blank lines (they separate articles in some dumps), other control
    characters are dropped, trailing spaces on lines removed, and the whole text stripped.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return _TRAILING_SPACE.sub("\n", text).strip()


def normalise_for_hash(text: str) -> str:
    """Case- and spacing-insensitive form used for identity: re-wrapped copies hash alike."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _ANY_SPACE.sub(" ", folded).strip()


def doc_id_for(text: str) -> str:
    """Stable document id: the first 16 hex digits of SHA-256 of the normalised text."""
    digest = hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()
    return f"d{digest[:16]}"
