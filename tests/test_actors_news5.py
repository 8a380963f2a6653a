"""Actor recognition causes read from cluster_test15 and PLOVER dev (sentences written here):
Libya's Presidential Council and its head, owners after "of the", described owners, Yemen's
rebels as a country-qualified name, capitalised honorifics, counts before names, and
namesakes with no date."""

from __future__ import annotations

from actor_helpers import hits

from lapwing.actors import resolve


def _hits(kb, text: str, date: str | None = "2025-03-04") -> dict[str, tuple]:
    return hits(kb, text, date)


def _resolve(kb, text: str, mention: str, date: str | None = "2025-03-04"):
    start = text.index(mention)
    res = resolve(mention, text, start, start + len(mention), date, kb=kb)
    assert res.actor is not None, res.reason
    return res.actor


def test_head_of_the_presidential_council_is_its_chairman(kb):
    hits = _hits(kb, "The Head of the Presidential Council, Mohamed al-Menfi, called for calm in Tripoli.")
    assert hits["Head of the Presidential Council"][0] == "mohamed_al_menfi"
    assert hits["Mohamed al-Menfi"] == ("mohamed_al_menfi", "LBY", "GOV")


def test_spellings_of_the_council_and_its_head(kb):
    hits = _hits(kb, "Presidency Council chief Mohammed al-Manfi ordered the brigades back to barracks.")
    assert hits["Presidency Council chief Mohammed al-Manfi"][0] == "mohamed_al_menfi"


def test_namesake_council_follows_the_document_country(kb):
    text = "In Aden, the head of the Presidential Council met the governor of the central bank of Yemen."
    assert _resolve(kb, text, "head of the Presidential Council").country == "YEM"


def test_owner_after_the_is_no_demonym(kb):
    actor = _resolve(kb, "The head of the Jordanian army inspected the border posts.",
                     "head of the Jordanian army")
    assert (actor.country, actor.type) == ("JOR", "person")


def test_described_owner_resolves_to_its_leader(kb):
    text = "The leader of the Iran-backed rebel group that rules northern Yemen spoke on television."
    hits = _hits(kb, text)
    assert hits["leader of the Iran-backed rebel group"][0] == "abdul_malik_al_houthi"


def test_yemens_rebels_are_the_houthis(kb):
    assert _hits(kb, "Yemen's Iran-aligned rebels seized a cargo ship.")["Yemen's Iran-aligned rebels"][0] == "houthis"
    assert _hits(kb, "Iran-backed militia in Yemen shelled Marib.")["Iran-backed militia"][0] == "houthis"
    # no group of Syria has "fighters" as its common name: the proxies stay unnamed
    assert _hits(kb, "Turkish-backed fighters in Syria shelled a village.")["Turkish-backed fighters"][0] is None


def test_houthi_leader_full_name_with_his_fathers_name(kb):
    hits = _hits(kb, "The Leader of the Revolution, Sayyed Abdulmalik Badruddin al-Houthi, spoke on Thursday.")
    assert ("abdul_malik_al_houthi", "YEM", "REB") in hits.values()
    assert not any(i and i.startswith("prov:") for i, _, _ in hits.values())


def test_capitalised_honorific_is_no_pronoun(kb):
    hits = _hits(kb, "Sheikh Tamim bin Hamad received Foreign Minister HE Ayman Safadi in Doha.")
    assert "HE" not in hits
    assert ("ayman_safadi", "JOR", "GOV") in hits.values()


def test_counts_are_no_part_of_a_name(kb):
    hits = _hits(kb, "Three Federal Police battalions reached Mosul on Sunday.")
    assert hits == {"Federal Police": ("irq_federal_police", "IRQ", "COP")}


def test_eastern_based_parliament_is_the_house_of_representatives(kb):
    hits = _hits(kb, "Libya's eastern-based parliament rejected the budget.", "2024-11-20")
    assert hits["Libya's eastern-based parliament"][0] == "lby_hor"


def test_undated_namesake_presidents_give_their_country(kb):
    actor = _resolve(kb, "President Bush warned Baghdad again.", "President Bush", date=None)
    assert (actor.actor_id, actor.country, actor.sector) == (None, "USA", "GOV")


def test_undated_namesake_administration_is_the_government(kb):
    actor = _resolve(kb, "The Bush administration imposed new tariffs.", "Bush administration", date=None)
    assert (actor.country, actor.sector) == ("USA", "GOV")
