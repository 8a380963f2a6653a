"""Triggers of news English, round 57 (issue #4): wordings wire copy uses for executions,
arrests, licences, joint work and market news. A state that "hanged" a convict executes him
(one who "hanged himself" took his own life); police who "netted" suspects arrest them (a firm
that "netted a profit" arrests no one); a regulator that "yanked" or "revoked" a licence or an
accreditation restricts its holder; a purge that "suspended" teachers coerces at home rather
than sanctioning a party; an army or police "fanning out" and fighters "converging on" the
front lines deploy; states that "swapped lists" of fugitives, "run a joint checkpoint" or
"coordinated an operation" together cooperate, as do forces that "carried out a joint
operation"; a party that "recognised opposition wins" concedes them. No event: "weaker demand
from China" (the market's demand, no party's), a state that "met its commitments" (no meeting),
one that "recognised the results" of a vote (no state recognised). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from lapwing.explain import Explainer

from event_helpers import code, countries, of_type, types

DAY = "1996-05-13"  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Ankara netted 25 suspected members of a banned leftist group on Monday.", "COERCE"),
    ("Egypt's media regulator yanked the licence of a private satellite channel on Monday.", "COERCE"),
    ("Israel revoked the accreditation of two Reuters photographers on Monday.", "COERCE"),
    ("The Turkish government suspended 3,000 teachers on Monday after the failed uprising.", "COERCE"),
    ("The Lebanese army fanned out across the port city of Tyre on Monday.", "MOBILIZE"),
    ("Iraqi police fanned out across the southern city of Basra on Monday.", "MOBILIZE"),
    ("Government fighters converged on the front lines north of Aden on Monday.", "MOBILIZE"),
])
def test_news_wordings_code_their_type(explainer: Explainer, text: str, expected: str) -> None:
    assert types(code(explainer, text, DAY)) == [expected]


def test_hanged_is_an_execution_unless_of_oneself(explainer: Explainer) -> None:
    text = "Iraq hanged three men convicted of spying for Iran on Monday, the official news agency said."
    (execution,) = of_type(explainer, text, "ASSAULT", DAY)
    assert countries(execution.actors) == ["IRQ"] and execution.mode == "targeted"
    suicide = "A jailed opposition activist hanged himself in his cell in Tehran on Monday, his lawyer said."
    assert types(code(explainer, suicide, DAY)) == []


def test_netted_arrests_only_wanted_people(explainer: Explainer) -> None:
    text = "Turkish police netted 40 suspected militants in dawn raids in Istanbul on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest"
    profit = "The Kuwaiti refiner netted a profit of $90 million in the first quarter, it said on Monday."
    assert types(code(explainer, profit, DAY)) == []


def test_a_withdrawn_accreditation_restricts_its_holder(explainer: Explainer) -> None:
    text = "Israel withdrew the accreditation of two Al Jazeera reporters on Monday."
    (coercion,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(coercion.actors) == ["ISR"] and coercion.mode == "restrict"
    assert types(code(explainer, text, DAY)) == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Jordan and Iraq swapped lists of wanted fugitives on Monday, the Jordanian interior ministry said.",
    "Hungary and Austria exchanged lists of their border installations on Monday under a new accord.",
    "Turkish and Syrian customs officers began running a joint checkpoint at Cilvegozu on Monday.",
    "Kenyan and Somali police set up a joint border post at Mandera on Monday.",
    "Thai and Malaysian police carried out a joint operation against smugglers on Monday.",
])
def test_joint_work_of_two_states_is_cooperation(explainer: Explainer, text: str) -> None:
    (cooperation,) = of_type(explainer, text, "COOPERATE", DAY)
    assert len(set(countries(cooperation.actors) + countries(cooperation.recipients))) == 2
    assert types(code(explainer, text, DAY)) == ["COOPERATE"]


def test_an_operation_coordinated_by_two_states_is_cooperation(explainer: Explainer) -> None:
    text = "Iraqi and Turkish intelligence agencies coordinated an operation near Kirkuk on Monday."
    (cooperation,) = of_type(explainer, text, "COOPERATE", DAY)
    assert set(countries(cooperation.actors)) == {"IRQ", "TUR"}
    # one state's forces coordinating their own operation cooperate with no one
    alone = "Iraqi troops coordinated an operation against smugglers near Basra on Monday."
    assert types(code(explainer, alone, DAY)) == []


def test_a_rivals_victory_recognised_is_conceded(explainer: Explainer) -> None:
    text = ("Kenya's ruling party recognised opposition wins in three constituencies on Monday after "
            "weeks of protests.")
    (concession,) = of_type(explainer, text, "CONCEDE", DAY)
    assert countries(concession.actors) == ["KEN"]
    assert "SUPPORT" not in types(code(explainer, text, DAY))


@pytest.mark.parametrize("text", [
    "Oil prices slipped on Monday on weaker demand from China and rising stocks in the United States.",
    "Copper rose on Monday on strong demand from Japanese smelters, traders said.",
    "The IMF said on Monday that Jordan had met its commitments under the loan programme.",
    "Britain recognised the results of the Gibraltar referendum on Monday, the Foreign Office said.",
])
def test_no_event_in_market_news_and_compliance(explainer: Explainer, text: str) -> None:
    assert types(code(explainer, text, DAY)) == []
