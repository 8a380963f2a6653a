"""Session 53 (sentences written for these tests), from probe C26: a passive past its adverb
("was allegedly tortured by plainclothes police") is a verb, no participle on a noun; millions
of people marching are a crowd; arms delivered in a batch named by their make are aid; a
resignation submitted after a relative aside resigns; an amnesty offered and a government's
own bill withdrawn are concessions."""

from __future__ import annotations

from lapwing.events_lexicon import verb_forms
from lapwing.explain import Explainer

from event_helpers import code, countries

DAY = "2019-06-17"


def test_a_passive_past_its_adverb_is_the_act(explainer: Explainer) -> None:
    text = ("A student activist detained in Dhaka at the weekend was allegedly tortured by plainclothes police "
            "before being produced in court on Monday.")
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, event.modality) == ("ASSAULT", "torture", "alleged")
    assert countries(event.actors) == ["BGD"]


def test_millions_of_people_marching_are_a_crowd(explainer: Explainer) -> None:
    [event] = code(explainer, "Nearly two million people marched through Hong Kong on Sunday.", DAY)
    assert [a.text for a in event.actors] == ["people"]


def test_arms_delivered_in_a_batch_are_aid(explainer: Explainer) -> None:
    text = "The United States has delivered its first batch of Javelin anti-tank missiles to Ukraine."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), countries(event.recipients)) == ("AID", ["USA"], ["UKR"])


def test_a_resignation_submitted_after_an_aside_resigns(explainer: Explainer) -> None:
    text = "Peru's president, who flew to Asia last week, submitted his resignation by fax from Tokyo on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode, countries(event.actors)) == ("RETREAT", "resign", ["PER"])


def test_an_amnesty_offered_and_a_bill_withdrawn_concede(explainer: Explainer) -> None:
    text = "Algeria's president offered an amnesty to Islamist guerrillas who lay down their arms by mid-January."
    assert [e.type for e in code(explainer, text, DAY)] == ["CONCEDE"]
    text = "Burkina Faso's government withdrew a draft constitutional amendment on Thursday."
    assert [e.type for e in code(explainer, text, DAY)] == ["CONCEDE"]
    # near miss: troops withdrawn retreat
    assert [e.type for e in code(explainer, "Israel withdrew its troops from Gaza on Monday.", DAY)] == ["RETREAT"]


def test_verbs_stressed_on_the_last_syllable_double_it() -> None:
    assert verb_forms("submit")[2:] == ["submitted", "submitting"]
    assert verb_forms("expel")[2] == "expelled" and verb_forms("control")[2] == "controlled"
    # near miss: verbs stressed on the first syllable do not
    assert verb_forms("visit")[2] == "visited" and verb_forms("limit")[2] == "limited"


def test_a_demand_or_refusal_takes_the_mode_of_what_it_is_about(explainer: Explainer) -> None:
    text = "Ethiopia demanded on Monday the immediate release of 12 soldiers held by Eritrea."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("REQUEST", "yield")
    text = "Zimbabwe's government has turned down an offer of emergency food aid from U.N. agencies."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.mode) == ("REJECT", "assist")
    # near miss: a demand about nothing the table knows keeps no mode
    [event] = code(explainer, "Ethiopia demanded an explanation from Eritrea on Monday.", DAY)
    assert (event.type, event.mode) == ("REQUEST", None)


def test_a_strike_that_failed_to_materialise_is_negated(explainer: Explainer) -> None:
    text = "A two-day general strike called by the opposition failed to materialise in Harare on Tuesday."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("PROTEST", "negated")
    # near miss: a strike that went ahead
    [event] = code(explainer, "A two-day general strike called by the opposition shut Harare on Tuesday.", DAY)
    assert event.modality != "negated"


def test_a_strike_being_planned_is_intended(explainer: Explainer) -> None:
    text = "France's rail unions are planning a second nationwide strike on Tuesday against the pension overhaul."
    [event] = code(explainer, text, DAY)
    assert (event.type, event.modality) == ("PROTEST", "intended")
