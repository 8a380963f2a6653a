import pytest

from lapwing.settings import Settings, load_settings


def test_defaults_and_file_overrides(tmp_path):
    path = tmp_path / "lapwing.toml"
    path.write_text('[ingest]\nbatch_size = 7\n[dedup]\nthreshold = 0.9\n[pipeline]\nstages = ["time"]\n[stages.time]\nprefer_past = false\n')
    settings = load_settings(path)
    assert settings.ingest.batch_size == 7 and settings.dedup.threshold == 0.9
    assert settings.pipeline.stages == ["time"]
    assert settings.pipeline.stage_config == {"time": {"prefer_past": False}}
    assert load_settings(None) == Settings()


@pytest.mark.parametrize("content, message", [
    ("[nonsense]\nx = 1\n", "unknown section"),
    ("[ingest]\nbatchsize = 1\n", "batchsize"),
    ("[ingest\n", "cannot read"),
])
def test_bad_settings_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ValueError, match=message) as info:
        load_settings(path)
    assert str(path) in str(info.value)
