import pluggy
import pytest

from lapwing import hookspecs
from lapwing.hookspecs import hookimpl
from lapwing.pipeline import Pipeline
from lapwing.plugins import installed_stages
from lapwing.records import Document, Mention
from lapwing.stages import stage


@stage("names", assigns=["mentions"], default_config={"word": "Iran"})
def _names(config):
    """Marks every occurrence of one word; raises on documents containing BOOM."""
    word = config["word"]

    def run(batch):
        for analysis in batch:
            text = analysis.document.text
            if "BOOM" in text:
                raise RuntimeError("cannot handle this document")
            start = text.find(word)
            while start >= 0:
                analysis.mentions.append(Mention(analysis.document.doc_id, start, start + len(word), word, "GPE"))
                start = text.find(word, start + 1)
    return run


class _Plugin:
    @hookimpl
    def register_stages(self):
        return [_names]


def _doc(i, text):
    return Document(doc_id=f"d{i}", input_id=str(i), text=text, origin=f"f.txt:{i}")


def test_a_plugin_stage_is_installed_through_the_hook():
    pm = pluggy.PluginManager("lapwing")
    pm.add_hookspecs(hookspecs)
    pm.register(_Plugin())
    assert installed_stages(pm)["names"] is _names
    pm.register(type("Again", (_Plugin,), {})())
    with pytest.raises(ValueError, match="two plugins"):
        installed_stages(pm)


def test_pipeline_runs_stages_and_isolates_a_failing_document():
    pipeline = Pipeline([_names], {"names": {"word": "Iran"}})
    analyses, problems = pipeline([_doc(1, "Iran and Iran"), _doc(2, "BOOM Iran"), _doc(3, "Iran")])
    assert [len(a.mentions) for a in analyses] == [2, 0, 1]
    assert len(problems) == 1 and problems[0].record == "d2" and "names" in problems[0].reason
    assert problems[0].origin == "f.txt:2"


def test_settings_for_stages_outside_the_pipeline_are_rejected():
    with pytest.raises(ValueError, match="not in the pipeline"):
        Pipeline([_names], {"places": {}})
