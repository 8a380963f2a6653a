"""Session 47 (sentences written for these tests), from the opened cluster_test53: leaders
closeted or parleying hold talks; crews labouring alongside each other cooperate; drivers
locked in a prison or couriers ensnared are held; an appeal thrown out is rejected; a road
closure talked of is a threat; captives walk to freedom; bandits and rustlers are armed men;
and an attack named only to compare the news with is no news of the report."""

from __future__ import annotations

from lapwing.explain import Explainer

from event_helpers import countries, of_type

DAY = "2041-06-14"


def test_leaders_closeted_or_parleying_hold_talks(explainer: Explainer) -> None:
    text = "Malawi's president and Zambia's president spent the morning closeted in Lilongwe on the border dispute."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["MWI", "ZMB"]
    text = "A summit in Maputo saw Mozambique's president and Malawi's president parley on the Shire waterway."
    (talks,) = of_type(explainer, text, "CONSULT", DAY)
    assert sorted(countries(talks.actors)) == ["MOZ", "MWI"]


def test_crews_labouring_alongside_each_other_cooperate(explainer: Explainer) -> None:
    text = "Bolivian and Peruvian engineers laboured alongside each other on the Desaguadero bridge today."
    (work,) = of_type(explainer, text, "COOPERATE", DAY)
    assert sorted(countries(work.actors)) == ["BOL", "PER"]


def test_people_locked_in_a_prison_or_ensnared_are_held(explainer: Explainer) -> None:
    text = "Zambian police halted 6 stolen lorries at Kasumbalesa today, locking their drivers in Chingola's prison."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert arrest.mode == "arrest" and countries(arrest.actors) == ["ZMB"]
    text = "A Zambian police checkpoint near Chirundu ensnared 3 ivory couriers on Monday."
    (arrest,) = of_type(explainer, text, "COERCE", DAY)
    assert countries(arrest.actors) == ["ZMB"]


def test_an_appeal_thrown_out_is_rejected(explainer: Explainer) -> None:
    text = "Zambia's cabinet threw out this afternoon the miners' union's call for a lower income tax."
    (rejection,) = of_type(explainer, text, "REJECT", DAY)
    assert countries(rejection.actors) == ["ZMB"]


def test_a_road_closure_talked_of_is_a_threat(explainer: Explainer) -> None:
    text = "Villagers near Solwezi spoke yesterday of blockading the road to the Kansanshi copper mine in Zambia."
    assert len(of_type(explainer, text, "THREATEN", DAY)) == 1
    text = "The minister spoke yesterday of the road to the Kansanshi copper mine in Zambia."
    assert not of_type(explainer, text, "THREATEN", DAY)


def test_captives_walk_to_freedom(explainer: Explainer) -> None:
    text = "Two engineers held by gunmen near Gao walked to freedom on Monday."
    (release,) = of_type(explainer, text, "RETREAT", DAY)
    assert release.mode == "release"


def test_bandits_and_rustlers_are_armed_men(explainer: Explainer) -> None:
    text = "Bandits killed 9 villagers in Zamfara state on Sunday."
    (attack,) = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.text for a in attack.actors] == ["Bandits"] and countries(attack.actors) == ["NGA"]


def test_an_attack_named_to_compare_the_news_with_is_no_news(explainer: Explainer) -> None:
    text = ("Gunmen shot dead 2 traders near Moroto this afternoon, a killing alien to Thursday's rebel "
            "assault at Kasese, police in Moroto told journalists.")
    attacks = of_type(explainer, text, "ASSAULT", DAY)
    assert [a.trigger.text for a in attacks] == ["shot"]


def test_one_leader_closeted_in_his_office_holds_no_talks(explainer: Explainer) -> None:
    text = "Malawi's president spent the day closeted in his office in Lilongwe."
    assert not of_type(explainer, text, "CONSULT", DAY)


def test_highways_blocked_to_demand_a_wage_veto_nothing(explainer: Explainer) -> None:
    text = "Thousands of tea pickers walked off the job in Kericho on Sunday, blocking highways to demand higher pay."
    assert not of_type(explainer, text, "REJECT", DAY)
