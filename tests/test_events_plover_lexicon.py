"""General PLOVER event language added to lapwing/lexicons/events.yaml from the manual's
type definitions (praise, concessions, retreats, requests, rebukes, refusals, obstruction,
reduced relations, shows of force, repression, violence) and people and organisations of
the 1980s-2000s added to lapwing/kb/world_1980s_2000s.yaml, tested on sentences written
for these tests."""

from __future__ import annotations

import pytest
from lapwing.explain import Explainer

from event_helpers import countries, of_type

DATE = "2000-01-01"

# (sentence, type, actor country or None, recipient country or None)
CASES = [
    ("The Egyptian president congratulated Tunisia on its peaceful election.", "SUPPORT", "EGY", "TUN"),
    ("Kenya voiced support for Uganda's peace plan on Monday.", "SUPPORT", "KEN", "UGA"),
    ("The Colombian government granted an amnesty to FARC rebels.", "CONCEDE", "COL", None),
    ("The Peruvian government lifted the state of emergency in Lima on Tuesday.", "CONCEDE", "PER", None),
    ("Ethiopian troops handed back the border town to Eritrea.", "RETREAT", "ETH", "ERI"),
    ("Iraq admitted UN weapons inspectors to the presidential sites.", "RETREAT", "IRQ", None),
    ("Belgium lent Rwanda 20 million dollars in emergency funds.", "AID", "BEL", "RWA"),
    ("Chile implored Argentina to reopen the border crossing.", "REQUEST", "CHL", "ARG"),
    ("A Turkish court found two Greek fishermen guilty of spying.", "SANCTION", "TUR", "GRC"),
    ("Nigeria rebuked Ghana over the expulsion of its traders.", "ACCUSE", "NGA", "GHA"),
    ("China expressed concern over the Japanese defence budget.", "ACCUSE", "CHN", "JPN"),
    ("The UN opened an inquiry into the Angolan army's conduct.", "ACCUSE", "UNO", "AGO"),
    ("Venezuela snubbed Colombia by skipping the regional summit.", "REJECT", "VEN", "COL"),
    ("Serbia ruled out talks with the Kosovo Albanians.", "REJECT", "SRB", None),
    ("Sudanese troops violated the ceasefire with South Sudan on Friday.", "ASSAULT", "SDN", None),
    ("Bolivian farmers blocked traffic on the main highway to La Paz.", "PROTEST", "BOL", None),
    ("Cuba downgraded ties with Mexico after the row.", "SANCTION", "CUB", "MEX"),
    ("Moscow broke off talks with Georgia on Tuesday.", "SANCTION", "RUS", "GEO"),
    ("Thailand stationed troops along its border with Cambodia.", "MOBILIZE", "THA", None),
    ("North Korea test-fired a missile over the Sea of Japan.", "MOBILIZE", "PRK", None),
    ("Morocco sealed its border with Algeria on Sunday.", "COERCE", "MAR", "DZA"),
    ("Gunmen murdered two Italian aid workers in Somalia.", "ASSAULT", None, "ITA"),
    ("Chechen rebels took 40 Russian soldiers hostage in Dagestan.", "ASSAULT", None, "RUS"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_general_event_language_codes_its_type_and_roles(
        explainer: Explainer, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    events = of_type(explainer, text, type_, DATE)
    assert events, f"no {type_} in {text!r}"
    event = events[0]
    if actor is not None:
        assert actor in countries(event.actors)
    if recipient is not None:
        assert recipient in countries(event.recipients)


def test_participles_that_are_mostly_adjectives_make_no_event(explainer: Explainer) -> None:
    text = "The settlers returned to the occupied territories after the alleged abuses were reported."
    assert not of_type(explainer, text, "COERCE", DATE)
    assert not of_type(explainer, text, "ACCUSE", DATE)


def test_a_publication_or_resolution_is_not_censure_by_its_author(explainer: Explainer) -> None:
    text = "Britain vetoed a draft resolution censuring its naval operation."
    assert not of_type(explainer, text, "ACCUSE", DATE)


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("President Hosni Mubarak criticised Yasser Arafat on Sunday.", "ACCUSE", "EGY", "PSE"),
    ("Slobodan Milosevic rejected the plan put forward by Kofi Annan.", "REJECT", "SRB", None),
    ("The Tamil Tigers attacked a Sri Lankan navy base on Monday.", "ASSAULT", "LKA", "LKA"),
    ("Yoweri Museveni accused the Lord's Resistance Army of abducting children.", "ACCUSE", "UGA", "UGA"),
])
def test_leaders_and_groups_of_the_1990s_have_their_countries(
        explainer: Explainer, text: str, type_: str, actor: str, recipient: str | None) -> None:
    (event, *_) = of_type(explainer, text, type_, DATE)
    assert actor in countries(event.actors)
    if recipient is not None:
        assert recipient in countries(event.recipients)
