"""Which places tell an unnamed body's country, a foreign contractor as a deal's party, and a
national regulator named without its country. Sentences written for these tests."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2019-03-12"


def test_a_place_the_body_acts_in_gives_its_country(explainer: Explainer) -> None:
    text = ("Interior Ministry detectives on Monday shut down a counterfeit cigarette plant hidden in a warehouse in "
            "Sohar.")
    (closure,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(closure.actors) == ["OMN"]


def test_a_place_of_an_earlier_clause_gives_no_country(explainer: Explainer) -> None:
    text = ("Relatives rallied on Monday for the hostages still held in the Palestinian territory while the "
            "security cabinet weighed a plan to seize Khan Younis.")
    (storming,) = of_type(explainer, text, "COERCE", DAY)
    assert "PSE" not in countries(storming.actors)


def test_a_foreign_contractor_is_a_party_of_the_deal(explainer: Explainer) -> None:
    text = "The Sudanese Railways Corporation and a Turkish contractor on Monday signed a contract to rebuild 2 bridges."
    (deal,) = of_type(explainer, text, "SUPPORT", DAY)
    assert "TUR" in countries(deal.actors)


def test_the_media_commission_in_a_jordanian_report_is_jordans(explainer: Explainer) -> None:
    text = "The Media Commission on Monday blocked access to 4 unlicensed news sites, cutting them off across Jordan."
    (block,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(block.actors) == ["JOR"]
