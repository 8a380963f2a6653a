"""Actor recognition causes of round 3 (sentences written here): a hyphenated pair of state
words names both states, epithets that name their bearer only in one side's copy, a
hyphenated affiliation that qualifies the noun after it, and "the Council of Ministers" of
the state whose agency filed the report."""

from __future__ import annotations

from pathlib import Path

from lapwing.actors import scan
from lapwing.knowledge import KnowledgeBase, validate_kb

from actor_helpers import hits


def _coded(kb: KnowledgeBase, text: str, date: str = "2026-03-02") -> list[tuple[str, str | None, str | None]]:
    """(mention text, country, sector) of every mention, in order: a compound gives several."""
    return [(h.text, h.resolution.actor.country, h.resolution.actor.sector) for h in scan(text, date, kb=kb)]


def test_a_hyphenated_pair_of_state_words_names_both_states(kb) -> None:
    assert _coded(kb, "The British-French raids destroyed a depot.") == [
        ("British-French", "GBR", None), ("British-French", "FRA", None)]


def test_each_state_of_a_pair_has_the_noun_after_it(kb) -> None:
    assert _coded(kb, "Egyptian-Jordanian officials discussed the crossing.") == [
        ("Egyptian-Jordanian officials", "EGY", "GOV"), ("Egyptian-Jordanian officials", "JOR", "GOV")]


def test_a_border_or_a_dual_national_is_one_thing_not_two_states(kb) -> None:
    found = _coded(kb, "US-Iraqi patrols fired at smugglers on the Iraqi-Syrian border.")
    assert [c for _, c, _ in found] == ["USA", "IRQ"]
    journalist = _coded(kb, "Police detained an Iranian-American journalist.")
    assert len({c for _, c, _ in journalist}) <= 1


def test_a_hostile_drone_is_israels_in_lebanese_agency_copy(kb) -> None:
    found = hits(kb, "TYRE, NNA - A hostile drone struck a car near Qana at noon.", "2026-03-02")
    assert found["hostile drone"] == ("idf", "ISR", "MIL")


def test_an_enemy_drone_is_israels_in_a_report_set_in_lebanon(kb) -> None:
    text = "An enemy drone fired a missile at a house in the town of Aitaroun at dawn."
    assert hits(kb, text, "2026-03-02")["enemy drone"][:2] == ("idf", "ISR")


def test_viewpoint_epithets_keep_to_the_copy_of_their_states(kb) -> None:
    lebanese = hits(kb, "SIDON, NNA - The enemy shelled the outskirts of Kfar Kila, the agency said.", "2026-03-02")
    assert lebanese["The enemy"][:2] == ("ISR", "ISR")
    ukrainian = hits(kb, "KHARKIV - The enemy shelled the city overnight, the governor said.", "2026-03-02")
    assert all(found[1] != "ISR" for found in ukrainian.values())
    israeli = hits(kb, "The army said a hostile aircraft crossed from Lebanon and fell in northern Israel.",
                   "2026-03-02")
    assert "hostile aircraft" not in israeli
    occupation = hits(kb, "SIDON, NNA - The minister condemned the occupation of the hills.", "2026-03-02")
    assert "the occupation" not in occupation


def test_a_viewpoint_epithets_states_are_checked(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "actors:\n  - {id: test_force, name: Test Force, type: military, country: ISR,\n"
        "     viewpoint_epithets: [{in: [XQZ], names: [the foe]}]}\n", encoding="utf-8")
    assert any("unknown country code 'XQZ'" in problem.reason for problem in validate_kb([tmp_path]))


def test_an_armys_affiliation_qualifies_the_cabinet_after_it(kb) -> None:
    found = hits(kb, "Sudan's army-aligned cabinet approved the budget on Monday.", "2026-03-02")
    assert found["Sudan's army-aligned cabinet"] == ("SDN", "SDN", "GOV")


def test_a_ministry_a_group_runs_is_of_the_groups_country(kb) -> None:
    found = hits(kb, "The Hamas-run health ministry said 12 people were killed.", "2026-03-02")
    assert found["Hamas-run health ministry"][1:] == ("PSE", "GOV")
    assert hits(kb, "Russian-controlled authorities closed the bridge.", "2026-03-02")[
        "Russian-controlled authorities"][1:] == ("RUS", "GOV")


def test_the_council_of_ministers_is_of_the_agencys_state(kb) -> None:
    found = hits(kb, "JEDDAH, May 5 (SPA) -- The Council of Ministers approved a housing plan.", "2026-05-05")
    assert found["Council of Ministers"][1:] == ("SAU", "GOV")
