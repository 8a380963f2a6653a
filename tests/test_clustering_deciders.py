"""Parties of clustering (deciders; events written here): one resolved actor named alike on
one side, whose country one report lacks, neither opposes nor conflicts; two government
bodies of one state deciding on consecutive days agree only as far as their country, while
a leader and his organisation keep the credit of their shared sector."""

from __future__ import annotations

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

ENVOY = {"text": "Lena Marsh", "actor_id": "prov:lena_marsh", "country": "NOR", "sector": "GOV", "type": "person"}
ENVOY_NO_COUNTRY = {**ENVOY, "country": None}
OMANI = {"text": "Omani", "actor_id": None, "country": "OMN", "sector": "GOV", "type": "state"}
PORTS = {"text": "the ports authority", "actor_id": "prov:ports_authority", "country": "KEN", "sector": "GOV",
         "type": "government"}
REVENUE = {"text": "the revenue board", "actor_id": "prov:revenue_board", "country": "KEN", "sector": "GOV",
           "type": "government"}
LEADER = {"text": "General Okoth", "actor_id": "prov:general_okoth", "country": "KEN", "sector": "MIL",
          "type": "person"}
ARMY = {"text": "the Kenyan army", "actor_id": "ken_army", "country": "KEN", "sector": "MIL", "type": "military"}


def test_one_provisional_actor_with_and_without_its_country_is_no_veto() -> None:
    with_country = ev("a:e1", type_="SUPPORT", actors=(ENVOY,), recipients=())
    without = ev("b:e1", type_="SUPPORT", actors=(ENVOY_NO_COUNTRY, OMANI), recipients=())
    threshold = load_params().threshold
    for first, second in ((with_country, without), (without, with_country)):
        value = pair_value(first, second)
        assert value is not None and value >= threshold


def test_two_government_bodies_on_consecutive_days_stay_apart() -> None:
    first = ev("a:e1", type_="SANCTION", actors=(REVENUE,), recipients=(), day="2024-05-02")
    second = ev("b:e1", type_="SANCTION", actors=(PORTS,), recipients=(), day="2024-05-03")
    value = pair_value(first, second)
    assert value is None or value < load_params().threshold


def test_one_government_body_on_consecutive_days_still_joins() -> None:
    first = ev("a:e1", type_="SANCTION", actors=(REVENUE,), recipients=(), day="2024-05-02")
    second = ev("b:e1", type_="SANCTION", actors=(REVENUE,), recipients=(), day="2024-05-03")
    value = pair_value(first, second)
    assert value is not None and value >= load_params().threshold


def test_a_leader_and_his_army_keep_their_shared_sector() -> None:
    first = ev("a:e1", type_="REJECT", actors=(LEADER,), recipients=())
    second = ev("b:e1", type_="REJECT", actors=(ARMY,), recipients=())
    value = pair_value(first, second)
    assert value is not None and value >= load_params().threshold
