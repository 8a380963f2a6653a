"""Session 52 (sentences written for these tests), from probe C25: forces sent or deployed to a
disaster are relief (AID); a reporting verb resumed after an aside has the party before the
aside as its speaker, and a speaker named by a phrase of no party keeps the party coordinated
with it; a relative clause told in history ("where the junta once jailed") describes its
place; columns of troops are the troops; a party's "that" clause runs on into its verb."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, known_countries

DAY = "2017-09-14"


def test_forces_sent_to_a_disaster_are_relief(explainer: Explainer) -> None:
    text = "Peru's government deployed 3,000 soldiers to the flood-hit northern regions on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors)) == ("AID", ["PER"])
    # near miss: forces sent to fight are a mobilisation
    [event] = code(explainer, "Peru deployed 3,000 soldiers to the Vraem valley on Monday to fight rebels.", DAY)
    assert event.type == "MOBILIZE"


def test_a_verb_resumed_after_an_aside_has_the_party_before_it_as_speaker(explainer: Explainer) -> None:
    text = ("Sudan's government and the rebel delegates, who have met for months in Juba, announced on "
            "Friday that they would sign a peace deal next week.")
    [event] = code(explainer, text, DAY)
    assert event.type == "AGREE" and "SDN" in known_countries(event.actors)
    assert all(r.text != "on Friday" for r in event.actors)


def test_a_relative_clause_told_in_history_describes_its_place(explainer: Explainer) -> None:
    text = ("The old prison in Montevideo, where the junta once jailed thousands of dissidents, opened "
            "as a museum on Friday.")
    assert code(explainer, text, DAY) == []
    text = "A former barracks where Argentine troops tortured prisoners in the late 1970s became a school."
    assert code(explainer, text, DAY) == []


def test_columns_of_troops_are_the_troops(explainer: Explainer) -> None:
    text = "The last columns of Ethiopian troops pulled out of Somalia on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("RETREAT", ["ETH"], ["SOM"])


def test_a_partys_that_clause_runs_on_into_its_verb(explainer: Explainer) -> None:
    text = "A Somali militia that seized 8 Kenyan fishermen in June has freed three of them."
    release = [e for e in code(explainer, text, DAY) if e.type == "RETREAT"]
    assert release and "KEN" not in known_countries(release[0].actors)
