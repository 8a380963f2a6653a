"""Fixtures shared by several test modules."""

import pytest

from lapwing.explain import Explainer
from lapwing.knowledge import KnowledgeBase, load_kb
from lapwing.places import PlaceFinder


@pytest.fixture(scope="session")
def explainer() -> Explainer:
    """The actors, time and places stages and the event coder, built once for every test
    module that codes sentences (building them loads the KB and the gazetteer)."""
    return Explainer()


@pytest.fixture(scope="session")
def finder() -> PlaceFinder:
    """The place finder (gazetteer and ranker), built once for the place test modules."""
    return PlaceFinder.build()



@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The actor knowledge base, loaded once for the actor test modules."""
    return load_kb()
