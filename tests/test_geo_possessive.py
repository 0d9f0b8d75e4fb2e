"""A name in the possessive that names a business or premises is no place (issue 12; sentences of our
own): an elliptical possessive ("at Macy's", "from Wendy's": the owner's shop or home) or one after
an indefinite article ("a Denny's diner": an outlet of a chain), where the NER model does not call
the name a place and it is no country, region or city (``unfog.geo.evidence.business_possessive``). A
place's possessive before its noun stays a place ("London's mayor"), a city's alone too ("Sydney's
race was cancelled, Melbourne's goes ahead")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("She bought the shoes at Macy's in Boston.", ("Boston",), ("Macy",)),
        ("Investigators traced the outbreak to a Macy's store near Albany.", ("Albany",), ("Macy",)),
        ("London's mayor said the trains would run on Sunday.", ("London",), ()),
        # a city's elliptical possessive is a comparison
        ("Sydney's carnival has been cancelled, but Melbourne's will go ahead.", ("Sydney", "Melbourne"), ()),
        ("Police in Leeds said the man had fled to Bradford's city centre.", ("Leeds", "Bradford"), ()),
    ],
)
def test_business_possessive(nlp: Language, stage: GeoStage, text: str, found: tuple[str, ...],
                             not_found: tuple[str, ...]) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text for p in places for m in p.mentions}
    assert set(found) <= got and not set(not_found) & got, got
