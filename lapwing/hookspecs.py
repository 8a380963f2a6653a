"""Every extension point of Lapwing, in one place (the Datasette way).

Plugins are ordinary Python packages that declare an entry point in the ``lapwing`` group
and implement any of these hooks with ``@hookimpl``. Lapwing's own built-in stages and
commands are registered through the same hooks, so a plugin can do anything they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from lapwing.stages import StageSpec

hookspec = pluggy.HookspecMarker("lapwing")
hookimpl = pluggy.HookimplMarker("lapwing")


@hookspec
def register_stages() -> list[StageSpec]:
    """Return stages (built with :func:`lapwing.stages.stage`) to add to the pipeline."""


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to the ``lapwing`` command-line interface."""
