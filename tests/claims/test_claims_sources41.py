"""Claims stage (claims41, issue 13): sources and relays across the text, on own sentences. A
definite description taking up a speaker by a broader noun ('the official' after a spokesman), a
text named in an 'in' phrase and taken up later ('the report said', 'the study said'), a
transcript's answer label, a final reporting clause passing on a report with its own
speaker, a text given to an outlet ('in a reply to X'), and a pronoun continuing the speaker of the
sentence before rather than a person named in what that speaker said."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

#: (text, an anchor in the content, the source's name must hold, the relays' names must hold)
CASES = [
    # 'the official' takes up the spokesman (a hypernym of the role noun)
    (
        "A port spokesman, Tomas Irle, said the cranes were back in service. The official said two ships "
        "were waiting outside the harbour.",
        "two ships were waiting",
        "Tomas Irle",
        (),
    ),
    # 'the report' takes up the text the agency spoke in, which speaks for the agency
    (
        "The Ravel Relief Agency said in a report on Monday that food stocks would last a month. The report "
        "said prices had doubled since spring.",
        "prices had doubled",
        "Ravel Relief Agency",
        (),
    ),
    # the same with a study
    (
        "The Osk Institute said in a study that most wells in the district were dry. The study said the "
        "rains had come a month late.",
        "the rains had come",
        "Osk Institute",
        (),
    ),
    # an answer label is the interviewee's
    (
        "The Marn Courier spoke to the harbour master, Ilse Varga, about the strike.\n\n"
        "Q: Will the ferries run this week?\n\n"
        "A: Only two of them. The crews have not been paid since October.",
        "The crews have not been paid",
        "Ilse Varga",
        (),
    ),
    # a final reporting clause passes on a report that names its own speaker
    (
        "The miners' union said on its website that the pits would close on Friday, the Selm news agency "
        "reported.",
        "the pits would close",
        "union",
        ("Selm",),
    ),
    # a text given to an outlet: the outlet relays it, as in 'told X'
    (
        "The water board said in a written reply to the Kerrow Gazette that the pipes had been checked.",
        "the pipes had been checked",
        "water board",
        ("Kerrow Gazette",),
    ),
    # the speaker of the sentence before goes on, not the person named in what she said
    (
        "Prosecutor Hedda Marsk told the court that Ivo Pell had forged the invoices. She said the money had "
        "gone to an account abroad.",
        "the money had gone",
        "Hedda Marsk",
        (),
    ),
]


@pytest.mark.parametrize("text,anchor,source,relays", CASES)
def test_source_and_relays(pipeline: Pipeline, text: str, anchor: str, source: str, relays: tuple[str, ...]) -> None:
    record = pipeline.analyze(Document(id="s41", text=text))
    at = text.index(anchor)
    hits = [c for c in record.claims if c.content.span[0] <= at and at + len(anchor) <= c.content.span[1]]
    assert hits, f"no claim holds {anchor!r}"
    got = [(c.source.name if c.source else None, [r.name for r in c.relays]) for c in hits]
    assert any(
        c.source is not None
        and source.lower() in c.source.name.lower()
        and len(c.relays) == len(relays)
        and all(want.lower() in r.name.lower() for want, r in zip(relays, c.relays, strict=True))
        for c in hits
    ), got


#: (text, the name no claim's source may be): an actor named in passing is no antecedent of 'the
#: official'; a description whose modifiers are not the actor's words names another relay
NOT = [
    (
        "Health Minister Oskar Lind visited the ward on Monday. Nurses said the beds were full. The official "
        "said later that more staff would come.",
        "Oskar Lind",
    ),
]


@pytest.mark.parametrize("text,name", NOT)
def test_not_taken_up(pipeline: Pipeline, text: str, name: str) -> None:
    record = pipeline.analyze(Document(id="n41", text=text))
    assert all(c.source is None or name not in c.source.name for c in record.claims)
