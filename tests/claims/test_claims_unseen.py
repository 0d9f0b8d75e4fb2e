"""Claims stage: the patterns of whole unseen articles (issue 13), one table of own sentences each:
whom 'citing' names, anonymous and described sources, titles and appositions, relays with
descriptions, channels of a platform, quotes that continue."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage

from .support import by_cue, run

# (text, cue, source, relays, channel): the source's name, the relays' names nearest the source first,
# the channel's normalised name (None: no channel)
CHAINS = [
    # the outlet that quoted the source ('a source quoted by X') is a relay
    (
        "A military source quoted by the TASS news agency said the column had withdrawn.",
        "said",
        "A military source",
        ["the TASS news agency"],
        None,
    ),
    # the platform named with its compound ('on its Telegram channel'), a medium on a participle of the source
    (
        "The army said in a statement on its Telegram channel that two drones were downed.",
        "said",
        "The army",
        [],
        "telegram",
    ),
    (
        "Two residents, speaking by phone from the town, said the shelling had stopped.",
        "said",
        "Two residents",
        [],
        "phone",
    ),
    # whom the source told is a relay also when the quote stands before the cue
    ('"We have taken the ridge," a commander told Reuters.', "told", "a commander", ["Reuters"], None),
    ('"The wells are dry," the village head told the BBC on Monday.', "told", "the village head", ["the BBC"], None),
    # 'X reported, citing Y, that ...': Y says it, X passes it on
    (
        "Interfax reported, citing the regional emergency services, that four people were hurt in the blast.",
        "reported",
        "the regional emergency services",
        ["Interfax"],
        None,
    ),
    ("The governor said, citing police, that the bridge had been closed.", "said", "police", ["The governor"], None),
    (
        "The newspaper, citing sources close to the defence ministry, said the order was signed on Monday.",
        "said",
        "sources close to the defence ministry",
        ["The newspaper"],
        None,
    ),
    (
        "Citing two officials familiar with the matter, Reuters reported that the talks had stalled.",
        "reported",
        "two officials familiar with the matter",
        ["Reuters"],
        None,
    ),
    (
        "Tass reported that the ceasefire collapsed overnight, citing a military source.",
        "reported",
        "a military source",
        ["Tass"],
        None,
    ),
    # a body named by its office, headquarters or command speaks (claims/lexicon.yaml speaker_nouns)
    (
        "The Kestrel news agency reported, citing the regional governor's office, that two schools were shut.",
        "reported",
        "the regional governor's office",
        ["The Kestrel news agency"],
        None,
    ),
    (
        "The radio station said, citing the southern command, that the pass had been reopened.",
        "said",
        "the southern command",
        ["The radio station"],
        None,
    ),
    (
        "Local media reported, citing the police headquarters, that the curfew was lifted.",
        "reported",
        "the police headquarters",
        ["Local media"],
        None,
    ),
    # a body named by a collective noun of an organisation speaks too (company, union, embassy ...)
    (
        "Port Velden radio said, citing the shipping company, that the crossing would resume on Friday.",
        "said",
        "the shipping company",
        ["Port Velden radio"],
        None,
    ),
    (
        "The Kaga daily reported, citing the dockworkers' union, that the strike had ended.",
        "reported",
        "the dockworkers' union",
        ["The Kaga daily"],
        None,
    ),
    # an outlet's description with its name in close apposition: the name is the relay's
    (
        "The ministry said in a statement carried by the state news agency Kestrel that the talks had failed.",
        "said",
        "The ministry",
        ["Kestrel"],
        "statement",
    ),
    (
        "The minister told the state broadcaster Radio Vell that the dam was safe.",
        "told",
        "The minister",
        ["Radio Vell"],
        None,
    ),
    (
        "The ministry said, in remarks carried by the official news agency Kestrel, that the talks had failed.",
        "said",
        "The ministry",
        ["Kestrel"],
        None,
    ),
    # 'quoting Y' is 'citing Y'
    (
        "The agency reported, quoting the regional prosecutor, that two civilians were wounded.",
        "reported",
        "the regional prosecutor",
        ["The agency"],
        None,
    ),
    # 'X quoted Y as saying Z': Y says it, X passes it on
    (
        "IRNA quoted the provincial governor as saying that three soldiers were killed.",
        "saying",
        "the provincial governor",
        ["IRNA"],
        None,
    ),
    (
        "Al Jazeera quoted a hospital director as saying the clinic had run out of fuel.",
        "saying",
        "a hospital director",
        ["Al Jazeera"],
        None,
    ),
    # 'according to X, citing Y, ...': Y says it, X passes it on
    (
        "According to Interfax, citing the local health ministry, nine people died in the flood.",
        "according to",
        "the local health ministry",
        ["Interfax"],
        None,
    ),
    # a forwarded post speaks for its author; who forwards it passes it on
    (
        "The press office forwarded a post by a local commander saying the bridge had been blown up.",
        "saying",
        "a local commander",
        ["The press office"],
        None,
    ),
    (
        "The regional channel reposted a message from the mayor saying the water had been cut off.",
        "saying",
        "the mayor",
        ["The regional channel"],
        "message",
    ),
    # an interview given to an outlet: the outlet passes it on
    (
        "The commander said in an interview with Reuters that his troops would hold the line.",
        "said",
        "The commander",
        ["Reuters"],
        "interview",
    ),
    # a message to a person addresses them: no relay
    (
        "The coach wrote in a message to the network's morning anchor that he would not resign.",
        "wrote",
        "The coach",
        [],
        "message",
    ),
    # a carrier of speech before a colon introduces what it says
    (
        "The army issued a statement: the offensive had ended and the troops were returning to base.",
        "statement",
        "The army",
        [],
        "statement",
    ),
    (
        'The governor posted a short video on Telegram: "The bridge is closed until further notice."',
        "posted",
        "The governor",
        [],
        "telegram",
    ),
    # words carried, broadcast or published by an outlet: the outlet passes them on
    (
        "The minister said in remarks carried by state media that the reserves would be called up.",
        "said",
        "The minister",
        ["state media"],
        None,
    ),
    (
        "In comments broadcast by state television, the president said the border was sealed.",
        "said",
        "the president",
        ["state television"],
        None,
    ),
    (
        "The statement, carried by the official news agency, said the talks would continue.",
        "said",
        "The statement",
        ["the official news agency"],
        "statement",
    ),
    # ... but not by a person
    (
        "In remarks published by her lawyer, the singer said she would appeal.",
        "said",
        "the singer",
        [],
        None,
    ),
    # citing a reason, not a source: the speaker stays the source
    (
        "The club cancelled the match, citing security concerns, and said fans would be refunded.",
        "said",
        "The club",
        [],
        None,
    ),
    # a relay's description is no part of its name
    (
        "According to the state-run Tasnim news agency, the general said the convoy had reached the border.",
        "said",
        "the general",
        ["Tasnim news agency"],
        None,
    ),
    (
        "According to the semi-official Fars news agency, the minister said two tankers were seized.",
        "said",
        "the minister",
        ["Fars news agency"],
        None,
    ),
    # the platform is the channel
    (
        "The regional governor wrote on Telegram that two houses were damaged.",
        "wrote",
        "The regional governor",
        [],
        "telegram",
    ),
    (
        "The mayor said in a statement on Telegram that the water supply had been restored.",
        "said",
        "The mayor",
        [],
        "telegram",
    ),
    (
        "In a video posted on Telegram, the commander said his unit had taken the village.",
        "said",
        "the commander",
        [],
        "telegram",
    ),
    ("The minister wrote on X that the sanctions would be extended.", "wrote", "The minister", [], "social media"),
    # a statement with no platform is a statement
    ("The army said in a statement that the offensive was over.", "said", "The army", [], "statement"),
    # a relative clause of citing on the reporter, and a participle the parse hangs on it
    (
        "Reuters, which cited two officials, reported that the talks had stalled.",
        "reported",
        "two officials",
        ["Reuters"],
        None,
    ),
    (
        "According to the Ostra Daily, which cited police, the road was closed.",
        "according to",
        "police",
        ["the Ostra Daily"],
        None,
    ),
    (
        "The Velden Post, quoting a port official, later reported that the ship had sunk.",
        "reported",
        "a port official",
        ["The Velden Post"],
        None,
    ),
    # a name ending in a newspaper's title word is an outlet
    ("Two nurses told the Marrow Gazette that the ward was full.", "told", "Two nurses", ["the Marrow Gazette"], None),
    # the text a report is drawn from is its channel, not a relay
    (
        "The union said the depot had reopened, according to a post on its Telegram channel.",
        "said",
        "The union",
        [],
        "telegram",
    ),
    # whom one tells is a relay only when it is an outlet
    ("The mayor told reporters that the curfew would be lifted.", "told", "The mayor", [], None),
    ("The commander told the BBC that his unit had withdrawn.", "told", "The commander", ["the BBC"], None),
]


@pytest.mark.parametrize(("text", "cue", "source", "relays", "channel"), CHAINS)
def test_chains(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, relays: list[str], channel: str | None
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert [r.name for r in c.relays] == relays
    assert (c.channel.name if c.channel else None) == channel
    assert all(r.name.strip() for r in c.relays)


@pytest.mark.parametrize(
    "text",
    [
        "Interfax reported, citing the regional emergency services, that four people were hurt in the blast.",
        "Citing two officials familiar with the matter, Reuters reported that the talks had stalled.",
    ],
)
def test_citing_a_source_is_no_claim_of_its_own(nlp: Language, stage: ClaimStage, text: str) -> None:
    """The cited body joins the chain; 'citing Y' is not a claim whose content is Y."""
    assert not any(c.cue.text.lower() == "citing" for c in run(nlp, stage, text))


# (text, cue, source name, type, affiliation)
SOURCES = [
    ("Military sources said the convoy had been hit twice.", "said", "Military sources", "anonymous", None),
    (
        "An official who spoke on condition of anonymity said the talks would resume next week.",
        "said",
        "An official",
        "anonymous",
        None,
    ),
    ("Officials said the road would reopen on Friday.", "said", "Officials", "anonymous", None),
    (
        "A ministry spokesman said the strike had hit an empty warehouse.",
        "said",
        "A ministry spokesman",
        "described",
        None,
    ),
    ("The regional governor said the schools would stay shut.", "said", "The regional governor", "described", None),
    (
        "The ministry's spokesman, Colonel Ivan Petrov, said the drills would end on Sunday.",
        "said",
        "Colonel Ivan Petrov",
        "person",
        "The ministry",
    ),
    (
        "Colonel Ivan Petrov, a spokesman for the defence ministry, said the drills would end on Sunday.",
        "said",
        "Colonel Ivan Petrov",
        "person",
        "the defence ministry",
    ),
    ("Maria Lopez said the harvest had failed.", "said", "Maria Lopez", "person", None),
    # a text speaks for its maker: the maker is the source
    (
        "A statement from the harbour office said the ferries were cancelled.",
        "said",
        "the harbour office",
        "organisation",
        None,
    ),
    ("The union's letter said the strike would go on.", "said", "The union", "organisation", None),
    ("A video posted by the mayor said the square would reopen.", "said", "the mayor", "described", None),
    # a name with a description in apposition: the body of the description is the affiliation
    (
        '"We are under fire," said Anna Kovacs, a nurse at the field hospital.',
        "said",
        "Anna Kovacs",
        "person",
        "the field hospital",
    ),
    # a title right before the name (close apposition): the person, the body the title belongs to
    (
        "Port authority spokesman Anton Berg said the ferries would sail again.",
        "said",
        "Anton Berg",
        "person",
        "Port authority",
    ),
    (
        "The region's water board head Lena Ivers wrote that the reservoir was full.",
        "wrote",
        "Lena Ivers",
        "person",
        "The region's water board",
    ),
    ("Regional governor Anna Kovacs said two people were hurt.", "said", "Anna Kovacs", "person", None),
    ("Rescuers said the fire was under control.", "said", "Rescuers", "collective", None),
    ("The United Nations said aid convoys had been blocked.", "said", "The United Nations", "organisation", None),
    ("Reuters reported that the port had reopened.", "reported", "Reuters", "outlet", None),
    # a name of no known kind takes the kind of the description in apposition to it
    (
        "The Observatory, a monitoring group based in Oslo, said 40 people had died.",
        "said",
        "The Observatory",
        "organisation",
        None,
    ),
    # (a description of no known kind says nothing: "a longtime neighbour")
    ("Tomas Brandt, a longtime neighbour, said the house was empty.", "said", "Tomas Brandt", "person", None),
    # ('an agency' may be a government's: the name keeps its own kind)
    (
        "The Harbour Safety Board, a federal agency, said the pier was unsafe.",
        "said",
        "The Harbour Safety Board",
        "organisation",
        None,
    ),
    ("Brightwater, a local newspaper, reported that the mill had closed.", "reported", "Brightwater", "outlet", None),
    # a body's description with its name in apposition: the name speaks
    (
        "The rebels' armed wing, the Southern Front, said the road was open.",
        "said",
        "the Southern Front",
        "organisation",
        "The rebels",
    ),
    ("The mill's owner, Brask Timber, said the fire was out.", "said", "Brask Timber", "organisation", "The mill"),
    # a name the parse hangs on the role's 'for' object stands for the role's holder
    (
        "A spokeswoman for the Relief Committee of Kell, Clara Moss, said the trucks were waiting.",
        "said",
        "Clara Moss",
        "person",
        "the Relief Committee of Kell",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "kind", "affiliation"), SOURCES)
def test_source_types(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, kind: str, affiliation: str | None
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None
    assert (c.source.name, c.source.type, c.source.affiliation) == (source, kind, affiliation)


def test_quote_continues_past_the_cue(nlp: Language, stage: ClaimStage) -> None:
    """A quote resumed after 'X said.' is the same speaker's."""
    text = '"We will not retreat," the commander said. "The town is ours."'
    c = by_cue(run(nlp, stage, text), "said")
    assert c.content.text.endswith('"The town is ours."')


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army issued a statement: the offensive had ended and the troops were returning to base.",
            "the offensive had ended and the troops were returning to base",
        ),
        (
            'The mayor sent a message: "Stay indoors. The shelling has not stopped."\nResidents left anyway.',
            '"Stay indoors. The shelling has not stopped."',
        ),
    ],
)
def test_carrier_before_a_colon(nlp: Language, stage: ClaimStage, text: str, content: str) -> None:
    """What follows 'issued a statement:' is what the statement says (a quote to its close)."""
    c = by_cue(run(nlp, stage, text), text.split(":")[0].split()[-1])
    assert c.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # a cue ending its line with a colon introduces the next paragraph
        (
            "The army said in a statement on Sunday:\n\nThe offensive is over and the troops are returning.",
            "said",
            "The army",
            "The offensive is over and the troops are returning",
        ),
        (
            'The governor said:\n\n"We will rebuild every house."',
            "said",
            "The governor",
            '"We will rebuild every house."',
        ),
        (
            "The agency wrote:\n\nThe dam held through the night and the water is falling.\n\nOther news followed.",
            "wrote",
            "The agency",
            "The dam held through the night and the water is falling",
        ),
    ],
)
def test_statement_after_colon_and_break(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, content: str
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert c.content.text == content
