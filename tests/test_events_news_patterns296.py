"""Session 52 (sentences written for these tests), from probe C25: a union named by its trade
and rank ("Zambia's biggest mining union") is labour and acts, its "-ing" word no verb; "X's
Y state" is a state of a country, no verb of saying; a sentence's opening preposition names no
party; an absolute clause's own subject does its perfect participle; a bare word between a
demonym and a compound head is a noun ("Cypriot fire crews"); a plural owner ("the champions'
history") is a noun, no verb."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import code, countries, types

DAY = "2017-09-14"


def test_a_union_named_by_its_trade_and_rank_acts(explainer: Explainer) -> None:
    text = "Zambia's biggest mining union threatened on Monday to call a strike at the Konkola mine."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), event.actors[0].sector) == ("THREATEN", ["ZMB"], "LAB")


def test_a_countrys_named_state_is_no_verb_of_saying(explainer: Explainer) -> None:
    text = "Nigeria's Borno state mobilised 2,000 vigilantes along the border with Cameroon on Monday."
    [event] = code(explainer, text, DAY)
    assert (event.type, countries(event.actors), event.modality) == ("MOBILIZE", ["NGA"], "asserted")


def test_an_opening_preposition_names_no_party(explainer: Explainer) -> None:
    text = ("In the second such raid this week, gunmen opened fire on a minibus in Kenya's Lamu county "
            "on Monday, killing six passengers.")
    assert all(r.text != "In" for e in code(explainer, text, DAY) for r in e.actors)


def test_an_absolute_clause_has_its_own_subject(explainer: Explainer) -> None:
    text = ("Sri Lankan job-seekers, 12 of them, ended up in a Jaffna jail on Sunday, a coastguard cutter "
            "having boarded their wooden boat.")
    assert not any(e.type == "PROTEST" for e in code(explainer, text, DAY))
    # near miss: the comma right before "having" sets off an aside of the clause's own subject
    text = "Kenyan protesters, having marched for hours, occupied the square in Nairobi on Friday."
    assert "PROTEST" in types(code(explainer, text, DAY))


def test_a_word_between_a_demonym_and_a_compound_head_is_a_noun(explainer: Explainer) -> None:
    text = "Cypriot fire crews and Greek water bombers put out a blaze near Paphos on Friday."
    assert not any(e.type == "ASSAULT" for e in code(explainer, text, DAY))
    # near miss: a plural subject fires
    [event] = code(explainer, "Syrian gun crews fired on Turkish positions on Friday.", DAY)
    assert event.type == "ASSAULT"


def test_a_plural_owner_is_no_verb(explainer: Explainer) -> None:
    text = "Brazil beat Chile 3-0 in Rio on Friday, the worst defeat in the two-time champions' history."
    assert not any(e.type == "SUPPORT" for e in code(explainer, text, DAY))
    # near miss: a present verb after its subject
    [event] = code(explainer, "France champions the rights of Syrian refugees.", DAY)
    assert event.type == "SUPPORT"
