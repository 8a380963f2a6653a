"""Helpers for the tests that code sentences with :class:`lapwing.explain.Explainer`."""

from lapwing.explain import Explainer

DATE = "2024-04-04"  # a Thursday


def code(explainer: Explainer, text: str, date: str = DATE):
    """The events coded from ``text`` published on ``date``."""
    return explainer.analyse(text, date).events


def of_type(explainer: Explainer, text: str, type_: str, date: str = DATE) -> list:
    """The events of one PLOVER type coded from ``text`` published on ``date``."""
    return [e for e in code(explainer, text, date) if e.type == type_]


def countries(refs) -> list[str | None]:
    return [r.country for r in refs]


def known_countries(refs) -> list[str]:
    """The known countries of ``refs``, sorted: for assertions that ignore unresolved parties."""
    return sorted(r.country for r in refs if r.country)


def types(events) -> list[str]:
    """The PLOVER types of ``events``, in the order they were coded."""
    return [e.type for e in events]


def coded_types(explainer: Explainer, text: str, date: str = DATE) -> list[str]:
    """The PLOVER types of the events coded from ``text``, in order."""
    return types(code(explainer, text, date))


def parties(explainer: Explainer, text: str, type_: str, date: str = DATE) -> set[str]:
    """The countries of every party (actor, recipient or place) of the ``type_`` events."""
    out: set[str] = set()
    for e in code(explainer, text, date):
        if e.type == type_:
            out |= {r.country for r in (*e.actors, *e.recipients) if r.country}
            if e.location is not None and e.location.country:
                out.add(e.location.country)
    return out


def report(explainer: Explainer, text: str, type_: str, date: str = DATE):
    """The clustering report of the one event of ``type_`` coded from ``text``."""
    from lapwing.clustering import load_params, make_report

    (event,) = of_type(explainer, text, type_, date)
    return make_report(event, params=load_params())


def place_of(explainer: Explainer, text: str, type_: str, date: str = DATE):
    """The location of the one event of ``type_`` coded from ``text`` (None when unplaced)."""
    (event,) = of_type(explainer, text, type_, date)
    return event.location


def place_name_of(explainer: Explainer, text: str, type_: str, date: str = DATE) -> str | None:
    """The name of that event's location, for tests that only compare the scene's name."""
    location = place_of(explainer, text, type_, date)
    return None if location is None else location.name


def dates_by_trigger(explainer: Explainer, text: str, date: str = DATE) -> dict[str, tuple[str | None, str]]:
    """The date value and basis of each event coded from ``text``, by trigger text."""
    return {e.trigger.text: (e.date.value, e.date.basis) for e in code(explainer, text, date)}
