"""The stage contract (unfog.stage): knowledge comes through the settings, stages return new records
and change none they were given, and two pipelines with different settings live in one process."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from unfog.knowledge import PACKAGED, Knowledge, data_text
from unfog.model import Document
from unfog.pipeline import Pipeline
from unfog.settings import Settings

SRC = Path(__file__).resolve().parent.parent / "src" / "unfog"
STAGES = ("geo", "actors", "claims", "time", "events", "stories")

TEXT = (
    "The Free Velorian Legion said on Monday that its fighters had taken the village of Tsybulivka. "
    "A group of Moroccan farmers condemned the attack."
)


def _lines(stage: str, hit: Callable[[str], bool]) -> list[str]:
    """``file:line`` of the stage package's source lines for which ``hit`` holds."""
    return [
        f"{p.relative_to(SRC)}:{n}"
        for p in sorted((SRC / stage).rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if hit(line.strip())
    ]


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_builds_its_own_settings(stage: str) -> None:
    """A stage reads the settings the pipeline was built with, never a fresh Settings()."""
    assert _lines(stage, lambda line: "Settings()" in line) == []


@pytest.mark.parametrize("stage", STAGES)
def test_no_module_level_knowledge_cache(stage: str) -> None:
    """Knowledge is loaded in from_settings and held by the stage, not in a process-wide cache."""
    cache = re.compile(r"@(functools\.)?(cache|lru_cache)\b")
    assert _lines(stage, lambda line: cache.match(line) is not None) == []


def _overlay(tmp_path: Path) -> Path:
    """A knowledge directory whose actor dictionary adds one armed group to the packaged entries."""
    d = tmp_path / "knowledge" / "actors"
    d.mkdir(parents=True)
    text = data_text("actors/actors.yaml").rstrip("\n") + (
        "\n  - id: test.velorian_legion\n    name: Free Velorian Legion\n    aliases: [Velorian Legion]\n"
        "    type: armed_group\n    side: null\n    country: null\n"
    )
    (d / "actors.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "knowledge"


def test_knowledge_overlay_replaces_one_file(tmp_path: Path) -> None:
    kb = Knowledge(_overlay(tmp_path))
    assert "Free Velorian Legion" in kb.text("actors/actors.yaml")
    assert "Free Velorian Legion" not in PACKAGED.text("actors/actors.yaml")
    assert kb.text("claims/lexicon.yaml") == PACKAGED.text("claims/lexicon.yaml")
    assert kb.source("actors/actors.yaml").endswith("actors.yaml") and kb.source("time/lexicon.yaml") == "package"
    assert kb.fingerprint(["actors/actors.yaml"]) != PACKAGED.fingerprint(["actors/actors.yaml"])


def test_two_pipelines_with_different_settings_in_one_process(nlp: Language, tmp_path: Path) -> None:
    plain = Pipeline.from_settings(Settings(), nlp=nlp)
    custom = Pipeline.from_settings(dataclasses.replace(Settings(), knowledge_dir=_overlay(tmp_path)), nlp=nlp)
    doc = Document(id="t", text=TEXT, published="2024-05-13")

    def legion(p: Pipeline) -> list[str | None]:
        return [a.dictionary_id for a in p.analyze(doc).actors if "Velorian" in a.name]

    before = plain.analyze(doc).model_dump()
    assert legion(custom) == ["test.velorian_legion"]
    assert legion(plain) != ["test.velorian_legion"]  # the other pipeline's knowledge did not leak
    assert plain.analyze(doc).model_dump() == before
    # the claim's source resolves to the dictionary actor only where the dictionary knows it
    rec = custom.analyze(doc)
    ids = {a.id: a.dictionary_id for a in rec.actors}
    assert any(c.source and ids.get(c.source.actor or "") == "test.velorian_legion" for c in rec.claims)


def test_stages_change_nothing_they_were_given(pipeline: Pipeline) -> None:
    """Each stage's input records are the same after it ran (the events stage finds a description
    actor here and returns it rather than adding it to the actors it was given)."""
    from unfog.context import DocContext

    doc = Document(id="t", text=TEXT, published="2024-05-13")
    ctx = DocContext(doc, pipeline.nlp(doc.text))
    places = pipeline.geo.run(ctx)
    ctx = ctx.with_records(places=places)
    snap = copy.deepcopy([p.model_dump() for p in places])
    actors = pipeline.actors.run(ctx)
    assert [p.model_dump() for p in places] == snap
    ctx = ctx.with_records(actors=actors)
    snap_actors = copy.deepcopy([a.model_dump() for a in actors])
    claims = pipeline.claims.run(ctx)
    times = pipeline.time.run(ctx)
    ctx = ctx.with_records(claims=claims, times=times)
    snap_claims = copy.deepcopy([c.model_dump() for c in claims])
    found = pipeline.events.run(ctx)
    assert [a.model_dump() for a in actors] == snap_actors
    assert [c.model_dump() for c in claims] == snap_claims
    assert [p.model_dump() for p in places] == snap
    assert found.actors, "the description actor comes back to the pipeline"
    known = {a.id for a in actors}
    assert all(a.id not in known for a in found.actors)
    rec = pipeline.analyze(doc)
    assert [a.id for a in rec.actors] == [*(a.id for a in actors), *(a.id for a in found.actors)]
    assert [e.id for e in rec.events] == [f"e{i}" for i in range(1, len(rec.events) + 1)]
