"""Claims stage: a pronoun source speaks for the last earlier source it can refer to (by number
and by whether it names a person), when no actor resolves it (``claims.anaphora``; own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.model import Document
from unfog.pipeline import Pipeline
from unfog.settings import Settings

from .support import by_cue, run


@pytest.fixture(scope="module")
def stage() -> ClaimStage:
    return ClaimStage.from_settings(Settings())


# (text, cue, the source's name, its type, the source's words in the text)
CASES = [
    # 'it' refers to a body, not a person
    (
        "The regional government said on Monday that the dam had held. It added that the water was falling.",
        "added",
        "The regional government",
        "organisation",
        "It",
    ),
    # 'they': a plural source, or a body
    (
        "Rebel commanders said the town had been shelled overnight. They denied that a withdrawal was planned.",
        "denied",
        "Rebel commanders",
        "described",
        "They",
    ),
    (
        "The army said the bridge had been retaken. They added that two soldiers were wounded.",
        "added",
        "The army",
        "organisation",
        "They",
    ),
    # 'he' / 'she': a person or a described role, singular
    (
        "A ministry spokesman said the road was open again. He added that convoys would pass at night.",
        "added",
        "A ministry spokesman",
        "described",
        "He",
    ),
    # the nearest compatible source, skipping those the pronoun cannot name
    (
        "The army said the bridge was shelled. Residents said the shelling lasted hours. It added that repairs "
        "would start soon.",
        "added",
        "The army",
        "organisation",
        "It",
    ),
    (
        "An official said the clinic was full. Residents said more beds were coming. She added that medicine was "
        "short.",
        "added",
        "An official",
        "anonymous",
        "She",
    ),
    # a deliberative body speaks (actors/lexicon.yaml nominal: council, committee, commission, ...)
    (
        "The town council said the market would reopen. It added that stalls would be free for a month.",
        "added",
        "The town council",
        "organisation",
        "It",
    ),
    # nothing earlier it can name: the pronoun stays
    ("Anna Kovacs said the clinic was full. They added that medicine was short.", "added", "They", None, "They"),
    # no earlier speaker, but the subject of the sentence before agrees: the preferred centre (claims.centring)
    ("The council met on Monday. It said the dam had held.", "said", "The council", "organisation", "It"),
    # the first and second person are the speaker's own words, never resolved
    ("The mayor said the square would reopen. We said that the fence must go.", "said", "We", None, "We"),
]


@pytest.mark.parametrize(("text", "cue", "name", "kind", "words"), CASES)
def test_pronoun_source(
    nlp: Language, stage: ClaimStage, text: str, cue: str, name: str, kind: str | None, words: str
) -> None:
    claims = run(nlp, stage, text)
    hits = [c for c in claims if c.cue.text.lower() == cue.lower()]
    c = hits[-1] if hits else by_cue(claims, cue)
    assert c.source is not None and c.source.span is not None
    assert (c.source.name, c.source.type) == (name, kind)
    assert text[c.source.span[0] : c.source.span[1]] == words


# (text, cue, the source's name, its type, the source's words in the text): a definite description
# with the head noun of an earlier source ('the ministry' after 'the Defence Ministry') is that source
DESCRIPTIONS = [
    (
        "The Health Ministry of Norland said the clinics were full. The ministry added that doctors were on leave.",
        "added",
        "The Health Ministry of Norland",
        "organisation",
        "The ministry",
    ),
    (
        "An official at the port said the cranes had stopped. The official added that ships were waiting.",
        "added",
        "An official",
        "anonymous",
        "The official",
    ),
    (
        "Colonel Edda Brun said the drills would go on. The colonel told reporters that no one was hurt.",
        "told",
        "Colonel Edda Brun",
        "person",
        "The colonel",
    ),
    # the nearest earlier source with that head, not an older one
    (
        "The Water Agency said the river was rising. The Transport Agency said the roads were closed. "
        "The agency added that buses would not run.",
        "added",
        "The Transport Agency",
        "outlet",  # the type the stage gives 'agency' names (an outlet's word)
        "The agency",
    ),
    # no earlier source with that head noun: the description stays as it is
    (
        "The mayor said the square would reopen. The ministry added that the fence must go.",
        "added",
        "The ministry",
        "organisation",
        "The ministry",
    ),
    # a modifier the earlier source lacks makes another referent ('the appeals court' is not 'the
    # High Court'; 'the rail union' is not 'the Teachers Union')
    (
        "The High Court said the law was void. The appeals court added that the ban must stand.",
        "added",
        "The appeals court",
        "organisation",
        "The appeals court",
    ),
    # the head noun must head the earlier source, not modify it ('port workers' are no port)
    (
        "Port workers said the cranes had stopped. The port added that ships were waiting.",
        "added",
        "The port",
        "organisation",
        "The port",
    ),
    # the description's modifiers stand in the earlier source ('the regional council' after 'the
    # Regional Council of Vell')
    (
        "The Regional Council of Vell said the roads were shut. The regional council added that buses ran.",
        "added",
        "The Regional Council of Vell",
        "organisation",
        "The regional council",
    ),
    # 'the statement' after a claim made in a statement: the text named before, which speaks for
    # its maker
    (
        'The border guard said in a statement that the crossing was shut. "Nobody may pass," the statement added.',
        "added",
        "The border guard",
        "organisation",
        "the statement",
    ),
    # no earlier claim went out in a statement: the text stays the source
    (
        'The border guard said the crossing was shut. "Nobody may pass," the statement added.',
        "added",
        "the statement",
        "organisation",
        "the statement",
    ),
    # an indefinite description is someone new ('a spokesman' after 'a spokesman' is another one)
    (
        "A ministry spokesman said the road was open. A spokesman for the army said convoys would pass.",
        "said",
        "A spokesman for the army",
        "described",
        "A spokesman for the army",
    ),
]


@pytest.mark.parametrize(("text", "cue", "name", "kind", "words"), DESCRIPTIONS)
def test_description_source(
    nlp: Language, stage: ClaimStage, text: str, cue: str, name: str, kind: str | None, words: str
) -> None:
    claims = run(nlp, stage, text)
    c = [c for c in claims if c.cue.text.lower() == cue.lower()][-1]
    assert c.source is not None and c.source.span is not None
    assert (c.source.name, c.source.type) == (name, kind)
    assert text[c.source.span[0] : c.source.span[1]] == words


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a described person spoke after the named one: 'he' goes on as the doctor
        (
            "Its commander, Colonel Anton Brisk, told reporters that his pilots had flown no raids. A doctor "
            'at the clinic said the wounded had been moved. "We have no power left," he said.',
            "A doctor",
            "described",
        ),
        # 'he' is no outlet the words were passed through, whatever type the recogniser gave its name
        (
            '"There is no ceasefire," Tomas Brel, a deputy commander of the Hill Brigade, told the Lenn '
            "Herald by phone. He said his men had been shelled all morning.",
            "Tomas Brel",
            "person",
        ),
        # the named one spoke after the described one: 'he' stays the colonel
        (
            "A doctor at the clinic said the wounded had been moved. Its commander, Colonel Anton Brisk, told "
            'reporters that his pilots had flown no raids. "We have no power left," he said.',
            "Anton Brisk",
            "person",
        ),
    ],
)
def test_pronoun_after_described_speaker(pipeline: Pipeline, text: str, source: str, kind: str) -> None:
    """A pronoun the actors' coreference gives a named person goes on as a described speaker who
    spoke after that person's last mention (``anaphora.recent_speaker``), and one it gives an
    outlet that passed words on goes on as the last speaker."""
    claims = pipeline.analyze(Document(id="t", text=text)).claims
    last = claims[-1]
    assert last.source is not None and last.source.name.endswith(source)
    assert last.source.type == kind


@pytest.mark.parametrize(
    ("text", "said", "source"),
    [
        # 'It' goes on as the body that spoke last, after the name of another body the actors'
        # coreference linked it to, whatever pronoun in between that stage gave the other body
        (
            "The rebel Hollow Coast Front accused the navy on Friday of starting a fire at the harbour of "
            "Drest. The navy said in a statement that its ships had not fired a shot. It added that three "
            "sailors had been hurt.",
            "three sailors had been hurt",
            "navy",
        ),
        # 'the spokesman' is no body the actors' coreference joined it to ('police'), but the person
        # introduced as 'a spokesman for ..., X'
        (
            "Police closed the coast road near Drest on Tuesday. A spokesman for the fire service, Emil "
            "Varga, said three houses had burned down. The spokesman said crews would stay overnight.",
            "crews would stay overnight",
            "Emil Varga",
        ),
        # 'he' is not a person called 'she' before: the subject of the sentence before
        (
            'The mayor, Ilse Marek, said the bridge would reopen in May. "The work is on time," she said. '
            "Tomas Wirt, who owns the ferry, is not so sure. He said the river was still too high.",
            "the river was still too high",
            "Tomas Wirt",
        ),
        # 'they' with no earlier speaker: the people the sentence before is about
        (
            "For three winters the drivers of the mountain road have asked for a tunnel. Each year, they say, "
            "the old pass closes by December.",
            "the old pass closes",
            "drivers",
        ),
        # 'One of them': one of the group the pronoun stands for
        (
            "Dock workers told a local paper that the cranes had stood idle since May. One of them said the "
            "harbour master had known for weeks.",
            "the harbour master had known",
            "Dock workers",
        ),
    ],
)
def test_pronoun_by_gender_and_subject(pipeline: Pipeline, text: str, said: str, source: str) -> None:
    """A pronoun source keeps to its gender and, failing an earlier speaker, to the subject of the
    sentence before (``claims.centring``); a pronoun the actors' coreference gave another body goes
    on as the last body that spoke after that body's last naming (``anaphora.last_named``), and a
    definite description of a person is no body (``anaphora.person_for_body``); 'one of them' is one
    of the group 'them' stands for (``anaphora.partitive_of_pronoun``)."""
    record = pipeline.analyze(Document(id="t", text=text))
    c = [c for c in record.claims if said in c.content.text]
    assert c and c[-1].source is not None
    assert source.lower() in c[-1].source.name.lower()
