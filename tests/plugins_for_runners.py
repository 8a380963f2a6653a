"""Stages for tests/test_runners.py, importable by name in worker processes.

Registered in workers with ``ProcessPoolRunner(..., plugins=["plugins_for_runners"])``
(``tests/`` is on ``sys.path`` under pytest, and worker processes inherit ``sys.path``).
"""

import os
import time

from lapwing.hookspecs import hookimpl
from lapwing.records import Mention
from lapwing.stages import stage


@stage("names", assigns=["mentions"], default_config={"word": "Iran"})
def names(config):
    """Marks every occurrence of one word."""
    word = config["word"]

    def run(batch):
        for analysis in batch:
            text = analysis.document.text
            start = text.find(word)
            while start >= 0:
                analysis.mentions.append(
                    Mention(analysis.document.doc_id, start, start + len(word), word, "GPE")
                )
                start = text.find(word, start + 1)

    return run


@stage("crash", requires=["names"], default_config={})
def crash(config):
    """Kills its worker process (as a segfault would) on a document containing CRASH;
    raises an ordinary exception on one containing BOOM; takes a while over SLOW."""

    def run(batch):
        for analysis in batch:
            if "SLOW" in analysis.document.text:
                time.sleep(0.3)
            if "CRASH" in analysis.document.text:
                os._exit(7)
            if "BOOM" in analysis.document.text:
                raise RuntimeError("cannot handle this document")

    return run


@hookimpl
def register_stages():
    return [names, crash]
