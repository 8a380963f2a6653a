"""NER with gazetteer help: names Lapwing's actor KB and gazetteer know, added to a model's entities.

The shipped CNN learned its PER/ORG/LOC names from a few thousand examples, so it misses many
names a news reader knows. Lapwing's actors stage (the KB in ``lapwing/kb``) and places stage
(the GeoNames gazetteer) already recognise many of them; this spaCy component lets the same
knowledge label them in a Doc. Issue #2 asks for it to be measured apart from the bare model:
``training/train_base.py evaluate`` scores both, and the model card shows both rows.

Only names count: a KB entry matched by alias, title or metonymy ("Hezbollah", "President Joe
Biden", "the Pentagon") or a resolved place; common nouns ("gunmen"), demonyms ("Iranian") and
names unknown to the KB do not. A person mention loses its leading title words ("President Joe
Biden" -> "Joe Biden"), as NER annotation does.

Policies (``policy`` in the component config), chosen on the model-selection set, never on a
test set:

* ``add``: the model's entities stay; KB/gazetteer names are added where they overlap none;
* ``relabel``: as ``add``, and a known name with exactly a model entity's span gives it its
  label (the model found "Kiryat Shmona" but called it a person);
* ``override``: KB/gazetteer names win over the model's entities they overlap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from lapwing.records import Mention

COMPONENT = "lapwing_gazetteer_ner"
POLICIES = ("add", "relabel", "override")
#: mention labels of the actors and places stages -> the pipeline's NER labels
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
#: how an actor was resolved (the start of ``ActorRef.reason``) when the mention is a name
NAME_REASONS = ("alias", "title", "metonymy")


class GazetteerNER:
    """Adds PER/ORG/LOC names from the actor KB and the gazetteer to ``doc.ents``."""

    def __init__(self, policy: str = "add", kb_dirs: list[str] | None = None) -> None:
        if policy not in POLICIES:
            raise ValueError(f"{COMPONENT}: policy must be one of {POLICIES}, not {policy!r}")
        self.policy = policy
        self.kb_dirs = list(kb_dirs or [])
        self._stages: list[Callable[[list[Any]], None]] | None = None
        self._title_words: frozenset[str] = frozenset()

    def _build(self) -> list[Callable[[list[Any]], None]]:
        """The actors and places stages, built on first use (the gazetteer takes seconds)."""
        if self._stages is None:
            from lapwing.actors import make_actors
            from lapwing.knowledge import load_kb
            from lapwing.places import make_places

            config = {"kb_dirs": self.kb_dirs}
            self._stages = [make_actors.build(config), make_places.build(config)]
            self._title_words = frozenset(w for key in load_kb(self.kb_dirs).titles for w in key)
        return self._stages

    def names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of the names the KB and the gazetteer find in ``text``."""
        from lapwing.records import Document
        from lapwing.stages import Analysis

        stages = self._build()
        analysis = Analysis(Document(doc_id="ner", input_id="ner", text=text))
        for run in stages:
            run([analysis])
        found = []
        for m in analysis.mentions:
            if m.label in LABELS and _is_name(m):
                start = self._name_start(text, m) if m.label == "PERSON" else m.start
                if start < m.end:
                    found.append((start, m.end, LABELS[m.label]))
        return found

    def _name_start(self, text: str, mention: "Mention") -> int:
        """Where the name of a person mention starts, after its title words."""
        start = mention.start
        for word in text[mention.start:mention.end].split(" ")[:-1]:
            bare = word.lower().rstrip(".")
            if word[:1].isupper() and bare not in self._title_words:
                break
            start += len(word) + 1
        return start

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.util import filter_spans

        spans = []
        for start, end, label in self.names(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        doc.ents = merge_entities(list(doc.ents), filter_spans(spans), self.policy)
        return doc


def _is_name(mention: "Mention") -> bool:
    if not mention.text[:1].isupper():
        return False
    if mention.place is not None:
        return True
    reason = (mention.actor.reason or "") if mention.actor else ""
    return reason.split(":")[0].split("+")[0] in NAME_REASONS


def merge_entities(model: list["Span"], known: list["Span"], policy: str) -> list["Span"]:
    """The model's entities and the known names, overlaps settled by ``policy``."""
    def overlaps(a: "Span", others: list["Span"]) -> bool:
        return any(a.start < b.end and b.start < a.end for b in others)

    if policy == "override":
        kept = [e for e in model if not overlaps(e, known)]
        return sorted(kept + known, key=lambda s: s.start)
    added = [s for s in known if not overlaps(s, model)]
    if policy == "relabel":
        label_of = {(s.start, s.end): s for s in known}
        model = [label_of.get((e.start, e.end), e) for e in model]
    return sorted(model + added, key=lambda s: s.start)


def register() -> None:
    """Register the component factory with spaCy (idempotent)."""
    from spacy.language import Language

    if Language.has_factory(COMPONENT):
        return

    @Language.factory(COMPONENT, default_config={"policy": "add", "kb_dirs": []})
    def make_gazetteer_ner(nlp: "Language", name: str, policy: str, kb_dirs: list[str]) -> GazetteerNER:
        return GazetteerNER(policy, kb_dirs)
