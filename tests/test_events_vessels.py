"""Ships found in sentences written for these tests (:mod:`lapwing.events_vessels`)."""

from __future__ import annotations

from lapwing.events_text import Sentence, tokenize
from lapwing.events_vessels import Vessels
from lapwing.records import ActorRef

NOUNS = frozenset({"tanker", "carrier", "bulker"})


def flags(start: int, end: int) -> ActorRef | None:
    """A stand-in resolver: the only country word these tests use is "Malta"."""
    return ActorRef(text="Malta", country="MLT") if end - start == len("Malta") else None


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, tokenize(text, 0, len(text)))


def index(s: Sentence, word: str) -> int:
    return next(k for k, t in enumerate(s.tokens) if t.text == word)


def test_a_ship_is_named_after_its_noun_and_its_flag_is_no_country() -> None:
    s = sentence("Drones hit the Malta-flagged tanker Blue Wren on Monday.")
    ship = Vessels(NOUNS, flags).at(s, index(s, "tanker"))
    assert ship is not None and (ship.actor_id, ship.country) == ("prov:vessel_blue_wren", None)
    assert "flag MLT" in (ship.reason or "")


def test_a_name_in_an_apposition_or_right_after_the_flag() -> None:
    s = sentence("A bulk carrier, the Red Kite, was hit.")
    assert Vessels(NOUNS, flags).before(s, index(s, "was")).actor_id == "prov:vessel_red_kite"
    s = sentence("The Malta-flagged Grey Gull was hit.")
    assert Vessels(NOUNS, flags).before(s, index(s, "was")).actor_id == "prov:vessel_grey_gull"


def test_an_unnamed_ship_is_its_noun_and_other_words_are_no_ship() -> None:
    s = sentence("A tanker was hit near the port.")
    ship = Vessels(NOUNS, flags).at(s, index(s, "tanker"))
    assert ship is not None and ship.actor_id is None and ship.text == "tanker"
    assert Vessels(NOUNS, flags).at(s, index(s, "port")) is None
