"""Session 48 (sentences written for these tests), from probe C21: a counted participle before
a demonym and its noun describes them; the sick flown abroad for treatment are aided;
protests a government bows to are the cause of its concession, and "bowing to" beside the
concession is no second act; an apposition ranking the news among its like adds no act; a
visit consented to is agreed; a report "where" or "when" it was said is that clause's own; a
plural noun after "as" and a modifier is no reporting verb; a clause after ", but" is not
reported by a cue before it."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import coded_types, countries, of_type

DAY = "2041-06-14"


def test_a_counted_participle_before_a_demonym_describes_the_noun(explainer: Explainer) -> None:
    text = "The Danish government flew 25 wounded Chechen children from Grozny to Copenhagen for medical treatment."
    assert "ASSAULT" not in coded_types(explainer, text, DAY)
    (aid,) = of_type(explainer, text, "AID", DAY)
    assert countries(aid.actors) == ["DNK"]


def test_protests_bowed_to_are_a_cause(explainer: Explainer) -> None:
    text = "Peru's prime minister stepped down on Friday, bowing to the largest street protests in decades."
    assert coded_types(explainer, text, DAY) == ["RETREAT"]
    text = "Peru's president said the curfew would be lifted soon, bowing to a wave of protests in Lima."
    assert coded_types(explainer, text, DAY) == ["CONCEDE"]


def test_an_apposition_ranking_the_news_adds_no_act(explainer: Explainer) -> None:
    text = "Eritrea consented on Monday to a visit next month by the UN envoy, the first it has allowed in years."
    (agreement,) = of_type(explainer, text, "AGREE", DAY)
    assert countries(agreement.actors) == ["ERI"]
    assert not of_type(explainer, text, "CONCEDE", DAY)


def test_reports_inside_where_clauses_and_plural_nouns_after_as(explainer: Explainer) -> None:
    text = ("The Arab League demanded on Monday that Sudan's generals let aid convoys reach Kadugli, "
            "where it said thousands faced famine.")
    (demand,) = of_type(explainer, text, "REQUEST", DAY)
    assert demand.modality == "asserted"
    text = "Serbia recognised the two regions as independent states on Tuesday."
    (recognition,) = of_type(explainer, text, "SUPPORT", DAY)
    assert recognition.modality == "asserted"


def test_a_clause_after_but_is_not_reported_by_an_earlier_cue(explainer: Explainer) -> None:
    text = ("Bamako signalled on Tuesday that it was ready to accept Algerian mediation, "
            "but Niger's government dismissed the offer as a ploy.")
    (refusal,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(refusal.actors) == ["NER"] and refusal.modality == "asserted"
