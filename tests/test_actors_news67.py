"""Actor resolution causes read from cluster_test33 and a probe (sentences written here): a Gulf
name written out past the part the KB knows, two states' joint border body, customs services,
a sitting leader named by surname alone, transliterated surnames, a title with an honorific and
a given name, and "his foreign minister" after a head of state."""

from __future__ import annotations

import pytest

from actor_helpers import hit, hits

from lapwing.actors import resolve, scan


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani and King Abdullah II reviewed ties on Monday.",
     "Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani", "tamim_bin_hamad"),
    ("Oman's Foreign Minister Yusuf bin Alawi bin Abdullah Al-Hinai and Jordan's Ayman Safadi met on Monday.",
     "Oman's Foreign Minister Yusuf bin Alawi bin Abdullah Al-Hinai", "yusuf_bin_alawi"),
])
def test_a_long_gulf_name_runs_on_past_its_known_part(kb, text: str, mention: str, actor_id: str) -> None:
    assert hit(kb, text, mention, "2018-03-05").actor_id == actor_id


def test_a_known_outlet_after_a_name_is_no_family_name(kb) -> None:
    found = hits(kb, "In an interview with Ayman Safadi Al Jazeera asked about the border.", "2018-03-05")
    assert found.get("Ayman Safadi", (None,))[0] == "ayman_safadi"


@pytest.mark.parametrize("text, codes", [
    ("A joint Iraqi-Syrian border force began patrols near Qaim on Monday.", {"IRQ", "SYR"}),
    ("The Jordanian-Iraqi border committee met in Amman on Monday.", {"JOR", "IRQ"}),
])
def test_a_pair_of_demonyms_before_a_border_body_names_both_states(kb, text: str, codes: set[str]) -> None:
    assert {h.resolution.actor.country for h in scan(text, "2019-12-10", kb=kb)} >= codes


def test_a_pair_of_demonyms_before_a_border_area_names_no_party(kb) -> None:
    found = scan("Shells fell in the Iraqi-Syrian border area on Monday.", "2019-12-10", kb=kb)
    assert not {h.resolution.actor.country for h in found} & {"IRQ", "SYR"}


def test_customs_services_are_their_states_government(kb) -> None:
    actor = hit(kb, "The customs services of Jordan and Iraq signed a protocol on Monday.",
                "customs services of Jordan", "2019-11-26")
    assert (actor.country, actor.sector) == ("JOR", "GOV")


def test_the_minister_responsible_for_foreign_affairs_is_the_foreign_minister(kb) -> None:
    text = "Oman's Minister Responsible for Foreign Affairs flew to Tehran on Monday."
    actor = hit(kb, text, "Oman's Minister Responsible for Foreign Affairs", "2018-03-05")
    assert actor.actor_id == "yusuf_bin_alawi"


def _actor(text: str, word: str, date: str, kb):
    start = text.index(word)
    return resolve(word, text, start, start + len(word), date, kb).actor


def test_a_sitting_premier_is_named_by_surname_alone(kb) -> None:
    text = "Mulki and Hariri inked three deals at the palace on Thursday."
    assert _actor(text, "Mulki", "2017-05-19", kb).actor_id == "hani_mulki"
    assert _actor(text, "Hariri", "2017-05-19", kb).actor_id == "saad_hariri"


def test_a_surname_out_of_office_stays_no_one(kb) -> None:
    actor = _actor("Hariri inked three deals at the palace on Thursday.", "Hariri", "2014-05-19", kb)
    assert actor is None or actor.actor_id != "saad_hariri"


def test_a_transliterated_surname_is_the_kb_person(kb) -> None:
    actor = hit(kb, "Liberman told Gaza's rulers on Monday to expect a harsh answer.", "Liberman", "2017-06-26")
    assert (actor.actor_id, actor.sector) == ("avigdor_lieberman", "GOV")


def test_a_title_honorific_and_given_name_is_the_sitting_holder(kb) -> None:
    text = "Emir Sheikh Sabah received the Indian envoy at Bayan Palace on Monday."
    assert hit(kb, text, "Emir Sheikh Sabah", "2018-11-12").actor_id == "sabah_al_ahmad"


def test_his_foreign_minister_is_the_leaders_states(kb) -> None:
    text = "President Sisi flew to Rome on Monday. On Tuesday his foreign minister met the Italian envoy."
    assert hit(kb, text, "foreign minister", "2017-10-11").actor_id == "sameh_shoukry"


def test_his_minister_after_no_head_of_state_is_no_states(kb) -> None:
    text = "The activist Ali Farouk flew to Rome on Monday. On Tuesday his foreign minister met the envoy."
    assert "foreign minister" not in hits(kb, text, "2017-10-11")


def test_a_family_name_that_many_in_office_share_stays_no_one(kb) -> None:
    actor = _actor("Sabah warned the lenders on Monday.", "Sabah", "2018-10-09", kb)
    assert actor is None or actor.actor_id is None or not actor.actor_id.startswith("sabah")
