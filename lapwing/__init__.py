"""Lapwing: sourced event data from news text.

The flow a newcomer can follow: :mod:`lapwing.cli` parses a command and calls
:mod:`lapwing.ingest`, which reads inputs (:mod:`lapwing.readers`), builds
:class:`~lapwing.records.Document` records (:mod:`lapwing.documents`), marks duplicates
(:mod:`lapwing.dedup`), runs the stages (:mod:`lapwing.pipeline`) and commits each batch to
the DuckDB store (:mod:`lapwing.store`); :mod:`lapwing.export` reads it back out.
"""

__version__ = "0.1.0"
