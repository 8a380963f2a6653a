import pytest

from lapwing.stages import StageSpec, default_order, order_stages, stage


def _noop(config):
    return lambda batch: None


def _specs(**requires):
    return {name: StageSpec(name, _noop, requires=tuple(reqs)) for name, reqs in requires.items()}


def test_decorator_declares_contract_defaults_and_scorer():
    @stage("time", reads=["document.text"], assigns=["timexes"], default_config={"x": 1}, scorer="timex")
    def make(config):
        """Find time expressions."""
        return lambda batch: None

    assert make.name == "time" and make.assigns == ("timexes",) and make.scorer == "timex"
    assert make.description == "Find time expressions."
    make.build({"x": 2})
    with pytest.raises(ValueError, match="no setting"):
        make.build({"y": 2})


def test_default_order_puts_requirements_first():
    specs = _specs(events=["sentences", "actors"], actors=["sentences"], sentences=[])
    order = default_order(specs)
    assert order.index("sentences") < order.index("actors") < order.index("events")


def test_order_and_cycles_are_checked():
    specs = _specs(a=["b"], b=[])
    with pytest.raises(ValueError, match="needs"):
        order_stages(specs, ["a", "b"])
    with pytest.raises(ValueError, match="unknown stage"):
        order_stages(specs, ["zzz"])
    with pytest.raises(ValueError, match="cycle"):
        default_order(_specs(a=["b"], b=["a"]))
    with pytest.raises(ValueError, match="not installed"):
        default_order(_specs(a=["missing"]))
