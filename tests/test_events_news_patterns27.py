"""Structure of news English, round 27: a protest whose object is a wrong ("against the
levies imposed by X", "in protest at the treatment of prisoners by X") is against whoever
did the wrong; a disapproval of an accusation made against the disapprover's side
("expressed surprise at statements by X claiming ...") rejects that accusation rather than
making a new one; and a name after "taken off the" or "aboard the" is a ship's, which a
later "the boat" stands for.
Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2025-06-14"  # a Saturday


def test_a_protest_against_a_measure_is_against_who_imposed_it(explainer: Explainer) -> None:
    text = ("Hundreds of farmers protested in Tunis on Saturday against the new levies imposed by the "
            "Tunisian government.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.recipients) == ["TUN"]


def test_a_protest_against_abuses_by_a_force_is_against_that_force(explainer: Explainer) -> None:
    text = ("Students demonstrated in Rabat on Saturday against the alleged beatings of detainees "
            "by Moroccan police.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.recipients) == ["MAR"]


def test_a_hunger_strike_in_protest_at_a_wrong_is_against_its_doer(explainer: Explainer) -> None:
    text = ("Egyptian journalists began a hunger strike on Saturday in protest at the harsh treatment "
            "of prisoners by the Egyptian police, their lawyer said.")
    (protest,) = of_type(explainer, text, "PROTEST", DAY)
    assert countries(protest.recipients) == ["EGY"]


def test_surprise_at_an_accusation_against_oneself_rejects_it(explainer: Explainer) -> None:
    text = ("Oman's foreign ministry expressed surprise on Saturday at remarks by the Iranian side "
            "accusing Muscat of sheltering smugglers.")
    (reply,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(reply.actors) == ["OMN"]
    assert countries(reply.recipients) == ["IRN"]
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.actors) == ["IRN"]


def test_an_answered_charge_that_names_no_one_is_against_the_side_answering(explainer: Explainer) -> None:
    text = ("Qatar's foreign ministry expressed surprise on Saturday at statements by the Saudi side "
            "claiming an encroachment near the Salwa crossing.")
    (charge,) = of_type(explainer, text, "ACCUSE", DAY)
    assert countries(charge.actors) == ["SAU"]
    assert countries(charge.recipients) == ["QAT"]


def test_the_boat_is_the_ship_people_were_taken_off(explainer: Explainer) -> None:
    text = ("The nine activists taken off the Sea Lark were flown to Cyprus on Saturday, a day after "
            "the boat was seized by Israeli forces.")
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_sea_lark"]


def test_the_boat_is_the_ship_people_were_aboard(explainer: Explainer) -> None:
    text = ("Israeli naval forces seized the boat before dawn on Saturday. The activists aboard the "
            "Sea Lark had set sail from Cyprus.")
    (seizure,) = of_type(explainer, text, "COERCE", DAY)
    assert [r.actor_id for r in seizure.recipients] == ["prov:vessel_sea_lark"]
