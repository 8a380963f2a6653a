"""Parties of clustering (regulators; events written here): a decision that one report gives
only to a state ("Kenya") and another to a government body of it on the next day agree only
as far as their country, in either order; on the same day the state and its body still join."""

from __future__ import annotations

import pytest

from lapwing.clustering import load_params

from test_clustering import ev, pair_value

KENYA = {"text": "Kenya", "actor_id": "KEN", "country": "KEN", "sector": None, "type": "state"}
MARKETS = {"text": "the Capital Markets Authority", "actor_id": "prov:capital_markets_authority", "country": "KEN",
           "sector": "GOV", "type": "government"}


def _pair(first_day: str, second_day: str) -> tuple[dict, dict]:
    state = ev("a:e1", type_="SANCTION", actors=(KENYA,), recipients=(), day=first_day)
    body = ev("b:e1", type_="SANCTION", actors=(MARKETS,), recipients=(), day=second_day)
    return state, body


@pytest.mark.parametrize("swap", [False, True])
def test_a_state_and_a_body_of_it_a_day_apart_stay_apart(swap: bool) -> None:
    state, body = _pair("2024-03-11", "2024-03-12")
    value = pair_value(body, state) if swap else pair_value(state, body)
    assert value is None or value < load_params().threshold


@pytest.mark.parametrize("swap", [False, True])
def test_a_state_and_a_body_of_it_on_one_day_join(swap: bool) -> None:
    state, body = _pair("2024-03-11", "2024-03-11")
    value = pair_value(body, state) if swap else pair_value(state, body)
    assert value is not None and value >= load_params().threshold
