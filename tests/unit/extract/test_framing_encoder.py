"""Framing's optional word encoder (``--framing-encoder minilm``): off by default, named in the
step's provenance when on, refused clearly when unknown or not installed. Invented texts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.extract.framing import FramingStep, framing_spans
from eventwire.extract.framing_minilm import available
from eventwire.pipeline import Pipeline, PipelineConfig

TEXT = ("The corrupt elites in the capital keep betraying ordinary families.\n"
        "Critics called the minister a reckless liar after the vote.\n")


def test_the_default_step_uses_no_encoder_and_keeps_its_name():
    step = FramingStep()
    assert step.encoder is None
    assert step.name == "eventwire.framing.v10"


def test_the_pipeline_config_passes_the_encoder_to_the_framing_step():
    steps = Pipeline.default(PipelineConfig(framing_encoder="minilm")).steps
    framing = [s for s in steps if "framing" in s.assigns]
    assert [s.name for s in framing] == ["eventwire.framing.v10+minilm"]


def test_an_unknown_encoder_is_refused_before_any_text_is_read():
    with pytest.raises(ValueError, match="unknown framing encoder"):
        FramingStep(encoder="bert")


def test_the_cli_refuses_an_unknown_encoder_with_a_usage_error(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page), "--framing-encoder", "bert"])
    assert result.exit_code == 2
    assert "unknown framing encoder" in result.output


@pytest.mark.skipif(available() is not None, reason="the neural extra is not installed")
def test_the_minilm_encoder_keeps_spans_inside_the_text_and_changes_no_other_technique():
    plain = framing_spans(TEXT)
    encoded = framing_spans(TEXT, encoder="minilm")
    for span in encoded:
        assert TEXT[span.start:span.end] == span.text
    other = {"Loaded_Language", "Name_Calling,Labeling"}
    assert [s for s in encoded if s.technique not in other] == [s for s in plain if s.technique not in other]
