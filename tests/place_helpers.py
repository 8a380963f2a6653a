"""Helpers for the tests that find places with :class:`lapwing.places.PlaceFinder`."""

from lapwing.gazetteer import Candidate
from lapwing.places import PlaceFinder


def places(finder: PlaceFinder, text: str) -> dict[str, Candidate | None]:
    """Each place name found in ``text``, with the candidate it resolved to (or None)."""
    return {r.found.text: r.candidate for r in finder.find(text)}
