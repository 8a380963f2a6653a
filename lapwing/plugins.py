"""The plugin manager: built-in modules plus any package with a ``lapwing`` entry point."""

from __future__ import annotations

import importlib
from functools import lru_cache

import pluggy

from lapwing import hookspecs
from lapwing.stages import StageSpec

#: Lapwing's own modules that implement hooks; extraction stages add themselves here.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "lapwing.temporal",
    "lapwing.actors",
    "lapwing.places",
    "lapwing.events",
)


@lru_cache(maxsize=1)
def plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager (built once per process, i.e. once per worker)."""
    pm = pluggy.PluginManager("lapwing")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("lapwing")
    return pm


def installed_stages(pm: pluggy.PluginManager | None = None) -> dict[str, StageSpec]:
    """Every registered stage by name; two plugins registering one name is an error."""
    specs: dict[str, StageSpec] = {}
    for batch in (pm or plugin_manager()).hook.register_stages():
        for spec in batch or ():
            if spec.name in specs:
                raise ValueError(f"two plugins register a stage named {spec.name!r}")
            specs[spec.name] = spec
    return specs
