"""Fixtures shared by several test modules."""

import pytest

from lapwing.explain import Explainer


@pytest.fixture(scope="session")
def explainer() -> Explainer:
    """The actors, time and places stages and the event coder, built once for every test
    module that codes sentences (building them loads the KB and the gazetteer)."""
    return Explainer()
