"""Load Lapwing's English pipeline (or a user-installed spaCy pipeline), offline, once per process.

The default model is the small CNN pipeline shipped inside the package
(``lapwing/models/en_lapwing``: tagger, morphologizer, trainable lemmatizer,
dependency parser, NER for PER/ORG/LOC), trained by ``make train-base``
from UD English-EWT + GUM, UNER and MEANTIME (see ``en_lapwing_CARD.md``).

A larger pipeline that the user installed themselves (``pip install`` of a
spaCy model package, or a directory) can be used instead by naming it in
``lapwing.toml``::

    [stages.parse]
    model = "en_core_web_trf"     # a package name or a path; default "en_lapwing"
    splitter = "lapwing"          # "lapwing" (news rules, default), "lapwing+model" or "model"
    batch_size = 64
    gazetteer = "add"             # let the actor KB and gazetteer add names (default "": off)

Nothing is ever downloaded: spaCy loads from disk, and the Hugging Face
libraries that transformer pipelines use are put in offline mode before
loading. A model that is not installed raises :class:`ModelNotFound` with
instructions rather than trying the network.

Sentence boundaries come from :mod:`lapwing.nlp.sentences` by default
(split first, then parse): the splitter's boundaries are fixed before the
parser runs, and the parser cannot add or remove any.
``splitter = "lapwing+model"`` lets the parser add boundaries inside the
splitter's sentences; ``splitter = "model"`` leaves segmentation to the model.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from lapwing.nlp.sentences import sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_DIR",
    "ModelNotFound",
    "ParseSettings",
    "load_pipeline",
    "parse",
    "parse_texts",
    "doc_to_record",
]

DEFAULT_MODEL = "en_lapwing"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / DEFAULT_MODEL
SPLITTER_COMPONENT = "lapwing_sentences"

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str, tuple[str, ...], str], "Language"] = {}


class ModelNotFound(RuntimeError):
    """The configured model is not installed (Lapwing never downloads one)."""


@dataclass(frozen=True)
class ParseSettings:
    """Settings of the parse step (``[stages.parse]`` in ``lapwing.toml``)."""

    model: str = DEFAULT_MODEL
    splitter: str = "lapwing"  # "lapwing" (fixed boundaries), "lapwing+model" (parser may add) or "model"
    batch_size: int = 64
    disable: tuple[str, ...] = field(default_factory=tuple)
    gazetteer: str = ""  # "", or a lapwing.nlp.gazetteer_ner policy: "add", "relabel", "override"

    @classmethod
    def from_config(cls, config: dict[str, Any] | None) -> "ParseSettings":
        config = dict(config or {})
        unknown = set(config) - {"model", "splitter", "batch_size", "disable", "gazetteer"}
        if unknown:
            raise ValueError(f"[stages.parse] has no setting(s) {sorted(unknown)}")
        if "disable" in config:
            config["disable"] = tuple(config["disable"])
        settings = cls(**config)
        if settings.gazetteer not in ("", "add", "relabel", "override"):
            raise ValueError(
                f"[stages.parse] gazetteer must be '', 'add', 'relabel' or 'override', not {settings.gazetteer!r}"
            )
        if settings.splitter not in ("lapwing", "lapwing+model", "model"):
            raise ValueError(
                f"[stages.parse] splitter must be 'lapwing', 'lapwing+model' or 'model', not {settings.splitter!r}"
            )
        return settings


def _offline_env() -> None:
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        os.environ.setdefault(var, "1")


class _NewsSentences:
    """spaCy component: the news splitter's boundaries, fixed before the parser runs."""

    def __init__(self, hard: bool = True) -> None:
        self.hard = hard

    def __call__(self, doc: "Doc") -> "Doc":
        if len(doc) == 0:
            return doc
        starts = {s for s, _ in sentence_spans(doc.text)}
        for token in doc:
            if token.i == 0 or token.idx in starts:
                token.is_sent_start = True
            elif self.hard:
                token.is_sent_start = False
        return doc


def _register_splitter() -> None:
    from spacy.language import Language

    if Language.has_factory(SPLITTER_COMPONENT):
        return

    @Language.factory(SPLITTER_COMPONENT, default_config={"hard": True})
    def make_news_sentences(nlp: "Language", name: str, hard: bool) -> _NewsSentences:
        return _NewsSentences(hard)


def _add_title_exceptions(nlp: "Language") -> None:
    """Keep news titles and abbreviations ("Maj.", "Lt.", "Col.") one token, as the splitter does."""
    from spacy.attrs import ORTH

    from lapwing.nlp.sentences import MONTHS, TITLES

    for abbr in sorted(TITLES | MONTHS):
        if not abbr.endswith(".") or abbr.count(".") > 1 or len(abbr) < 3:
            continue
        # capitalised forms only: a lower-case "no." or "art." usually ends a sentence
        for form in {abbr.capitalize()} | ({abbr} if abbr in ("vs.", "approx.") else set()):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _resolve(model: str) -> str | Path:
    if model in (DEFAULT_MODEL, "", None):
        if not (MODEL_DIR / "meta.json").exists():
            raise ModelNotFound(
                f"the shipped model is missing at {MODEL_DIR}; rebuild it with "
                "`make train-base DATA=../shared/data` or set [stages.parse] model to an installed spaCy pipeline"
            )
        return MODEL_DIR
    path = Path(model).expanduser()
    if path.exists():
        return path
    import spacy.util

    if spacy.util.is_package(model):
        return model
    raise ModelNotFound(
        f"spaCy pipeline {model!r} is not installed. Lapwing does not download models: install it "
        f"yourself (e.g. `pip install {model}` from a wheel you trust) or give a path to a pipeline directory"
    )


def load_pipeline(model: str = DEFAULT_MODEL, splitter: str = "lapwing", disable: Iterable[str] = (),
                  gazetteer: str = "") -> "Language":
    """The spaCy ``Language`` for ``model``, loaded once per process (thread-safe).

    ``gazetteer`` names a :mod:`lapwing.nlp.gazetteer_ner` policy (``add`` or ``override``)
    to let the actor KB and the gazetteer add names to the model's entities; empty: none."""
    key = (model or DEFAULT_MODEL, splitter, tuple(sorted(disable)), gazetteer)
    nlp = _CACHE.get(key)
    if nlp is not None:
        return nlp
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is not None:
            return nlp
        _offline_env()
        import spacy

        target = _resolve(key[0])
        nlp = spacy.load(target, exclude=list(key[2]))
        _add_title_exceptions(nlp)
        if splitter == "lapwing":
            _register_splitter()
            first = next(
                (n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names),
                None,
            )
            if first == "sentencizer":
                nlp.remove_pipe("sentencizer")
                first = None
            if "senter" in nlp.pipe_names:
                nlp.disable_pipe("senter")
            if first == "parser":
                nlp.add_pipe(SPLITTER_COMPONENT, before="parser")
            else:
                nlp.add_pipe(SPLITTER_COMPONENT, first=True)
        elif splitter == "lapwing+model":
            _register_splitter()
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(SPLITTER_COMPONENT, before="parser", config={"hard": False})
        if gazetteer:
            from lapwing.nlp import gazetteer_ner

            gazetteer_ner.register()
            nlp.add_pipe(gazetteer_ner.COMPONENT, config={"policy": gazetteer})
        _CACHE[key] = nlp
        return nlp


def clear_cache() -> None:
    """Forget loaded pipelines (tests)."""
    with _LOCK:
        _CACHE.clear()


def parse(text: str, settings: ParseSettings | None = None) -> "Doc":
    """Parse one text with the configured pipeline."""
    s = settings or ParseSettings()
    return load_pipeline(s.model, s.splitter, s.disable, s.gazetteer)(text)


def parse_texts(texts: Iterable[str], settings: ParseSettings | None = None) -> Iterator["Doc"]:
    """Parse many texts in batches (``nlp.pipe``)."""
    s = settings or ParseSettings()
    nlp = load_pipeline(s.model, s.splitter, s.disable, s.gazetteer)
    yield from nlp.pipe(texts, batch_size=s.batch_size)


def doc_to_record(doc: "Doc", offset: int = 0) -> dict[str, Any]:
    """A plain, picklable record of a parsed Doc (offsets shifted by ``offset``).

    ``{"sentences": [[start, end], ...], "tokens": [{i, start, end, text, lemma,
    pos, tag, morph, dep, head}], "entities": [{start, end, label, text}]}`` --
    what a ``parse`` stage would put in ``Analysis.annotations`` (spaCy Docs
    do not travel between processes reliably).
    """
    tokens = [
        {
            "i": t.i,
            "start": offset + t.idx,
            "end": offset + t.idx + len(t.text),
            "text": t.text,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "tag": t.tag_,
            "morph": str(t.morph),
            "dep": t.dep_,
            "head": t.head.i,
        }
        for t in doc
    ]
    sentences = [[offset + s.start_char, offset + s.end_char] for s in doc.sents] if doc.has_annotation("SENT_START") else []
    entities = [
        {"start": offset + e.start_char, "end": offset + e.end_char, "label": e.label_, "text": e.text} for e in doc.ents
    ]
    return {"sentences": sentences, "tokens": tokens, "entities": entities}


def model_info(model: str = DEFAULT_MODEL) -> dict[str, Any]:
    """The model's ``meta.json`` (name, version, components, performance, sources)."""
    import json

    target = _resolve(model)
    if isinstance(target, Path):
        return json.loads((target / "meta.json").read_text(encoding="utf-8"))
    import spacy.util

    return spacy.util.load_meta(spacy.util.get_package_path(str(target)) / "meta.json")
