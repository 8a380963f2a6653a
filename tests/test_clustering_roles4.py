"""A party on the other side (round 4 of the role checks; events written here): in a directed
event a party that one report has as the target and the other as the actor counts for
nothing when a side names a party of its own where the other has that one: a government
general threatening the Houthis is not the Houthis' threat of the day before. A report that
names nobody on that side, a deed's lone actor the cluster has as its target (a misread
role), a report with the party's country on both sides, and requests, relayed from party
to party, keep the credit."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

HOUTHIS = {"text": "the Houthis", "actor_id": "houthis", "country": "YEM", "sector": "REB"}
SPOKESMAN = {"text": "Yahya Saree", "actor_id": "yahya_saree", "country": "YEM", "sector": "REB"}
GENERAL = {"text": "Lt Gen Ahmed Nasser", "actor_id": "prov:ahmed_nasser", "sector": "MIL"}
SHIPS = {"text": "ships", "reason": "kind"}
BANK = {"text": "the central bank", "actor_id": "syr_central_bank", "country": "SYR", "sector": "GOV"}
SWISS = {"text": "the Federal Council", "actor_id": "che_federal_council", "country": "CHE", "sector": "GOV"}
ERDOGAN = {"text": "Erdogan", "actor_id": "recep_tayyip_erdogan", "country": "TUR", "sector": "GOV"}
TURKEY = {"text": "Turkey", "actor_id": "TUR", "country": "TUR"}
YPG = {"text": "the YPG", "actor_id": "ypg", "country": "SYR", "sector": "REB"}
LEBANON = {"text": "Lebanon", "actor_id": "LBN", "country": "LBN", "sector": "GOV"}
USA = {"text": "Washington", "actor_id": "USA", "country": "USA", "sector": "GOV"}
ISRAEL = {"text": "Israel", "actor_id": "ISR", "country": "ISR"}


def _below(first: dict, second: dict) -> bool:
    score = pair_value(first, second)
    return score is None or score < load_params().threshold


def test_a_threat_against_the_houthis_is_not_their_own_threat() -> None:
    """Either way round: the general's report names its own actor, and the spokesman's
    report faces a cluster whose actor is the general."""
    theirs = ev("a:e1", type_="THREATEN", actors=(SPOKESMAN,), recipients=(), day="2025-03-06")
    against = ev("b:e1", type_="THREATEN", actors=(GENERAL,), recipients=(HOUTHIS,), day="2025-03-06")
    assert _below(theirs, against)
    assert _below(against, theirs)


def test_the_same_threat_with_a_lost_actor_still_joins() -> None:
    """A report that names only the target has lost its actor: the Houthis threatening ships
    and a report of threats against ships by the same spokesman."""
    p = load_params()
    theirs = ev("a:e1", type_="THREATEN", actors=(SPOKESMAN,), recipients=(SHIPS,), day="2025-03-06")
    same = ev("b:e1", type_="THREATEN", actors=(HOUTHIS,), recipients=(), day="2025-03-06")
    score = pair_value(theirs, same)
    assert score is not None and score >= p.threshold


def test_a_deeds_lone_actor_read_from_its_target_keeps_the_credit() -> None:
    """"lifted the freeze on the central bank's assets and removed ..." read with the bank as
    the actor of the removal: the same decision, a misread role."""
    p = load_params()
    lifted = ev("a:e1", type_="RETREAT", actors=(SWISS,), recipients=(BANK,), day="2025-06-02")
    removed = ev("a:e2", type_="RETREAT", actors=(BANK,), recipients=(), day="2025-06-02")
    score = pair_value(lifted, removed)
    assert score is not None and score >= p.threshold


def test_a_party_whose_country_stands_on_both_sides_keeps_the_credit() -> None:
    p = load_params()
    threat = ev("a:e1", type_="THREATEN", actors=(TURKEY,), recipients=(YPG,), day="2025-12-01")
    misread = ev("b:e1", type_="THREATEN", actors=(ERDOGAN,), recipients=(TURKEY,), day="2025-12-01")
    score = pair_value(threat, misread)
    assert score is not None and score >= p.threshold


def test_a_relayed_request_keeps_the_credit() -> None:
    """"Lebanon asked Washington to press Israel" and "Washington was asked to push Israel"."""
    p = load_params()
    asked = ev("a:e1", type_="REQUEST", actors=(LEBANON,), recipients=(USA,), day="2025-02-10")
    relayed = ev("b:e1", type_="REQUEST", actors=(USA,), recipients=(ISRAEL,), day="2025-02-10")
    score = pair_value(asked, relayed)
    assert score is not None and score >= p.threshold
