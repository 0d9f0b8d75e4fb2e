"""Acts named by a reaction's frame (own sentences, whole pipeline): an act noun that is what an
inquiry, a reprisal, a response or a blame is about ("opened an inquiry into the attack",
"in retaliation for the shelling", "blamed the militia for the ambush") refers to an incident; told
before (or after) in the article, it is one of that incident's mentions, not a new typed event;
told only by reference, it is that incident and stays an event of its own with its ACLED type."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

FRAMES = [
    # (text, the act the frame names, the trigger of the incident it is a mention of, or None when
    # the article tells no incident: then it stays an event of its own, with its ACLED type)
    ("Gunmen attacked a bus near Garissa on Tuesday, killing five passengers. Police opened an "
     "inquiry into the attack.", "attack", "attacked"),
    ("Militants bombed a bridge outside Tikrit on Friday. Officials are investigating the bombing.",
     "bombing", "bombed"),
    ("Rebels shelled the port of Odesa on Sunday, wounding three sailors. The navy struck a rebel depot "
     "in retaliation for the shelling.", "shelling", "shelled"),
    ("Gunmen ambushed a patrol near Tillaberi on Monday, killing four soldiers. The army blamed a "
     "local militia for the ambush.", "ambush", "ambushed"),
    ("Unknown assailants abducted a priest in Enugu on Saturday. The bishop accused the herders of "
     "the kidnapping.", "kidnapping", "abducted"),
    ("Soldiers shot dead two protesters in Lome on Thursday. Students marched in the capital in "
     "response to the killings.", "killings", "shot dead"),
    ("Militants shelled a clinic in Kaga on Monday, wounding six nurses. The governor vowed to respond "
     "to the shelling.", "shelling", "shelled"),
    # a protest, an outcry or a condemnation names what it is against or over
    ("Police shot dead a student in Bamako on Monday. Hundreds protested against the killing in the "
     "city on Tuesday.", "killing", "shot dead"),
    ("Soldiers detained an opposition leader in Conakry on Friday. The arrest drew outrage over the "
     "detention across the country.", "detention", "detained"),
    # a predicate complement names the act its object refers to, and introduces none
    ("Soldiers fired on a crowd of mourners in Velden on Friday, killing seven. Rights groups described "
     "it as a massacre.", "massacre", "fired on"),
    ("Militiamen burned a village near Port Kaga on Sunday. The governor called the raid a massacre.",
     "massacre", "burned"),
    ("Gunmen stormed a checkpoint outside Orvath on Monday, killing two guards. The assault was "
     "condemned as a terrorist attack by the council.", "attack", "stormed"),
    # the subject complement of a copula whose subject is the act or a pronoun classifies it
    ("Jets bombed a fuel depot outside Kesslin on Monday. The bombing was a deliberate attack on "
     "civilians.", "attack", "bombed"),
    ("Gunmen raided a bus station in Port Velden on Friday, killing four guards. It was the worst "
     "attack on the town in a decade, the mayor said.", "attack", "raided"),
    ("The prosecutor opened an inquiry into the massacre of villagers.", "massacre", None),
    ("Thousands marched in Dakar over the abduction of a journalist.", "abduction", None),
]


@pytest.mark.parametrize(("text", "act", "incident"), FRAMES)
def test_acts_a_frame_names_are_mentions(pipeline: Pipeline, text: str, act: str, incident: str | None) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    own = [e for e in rec.events if e.trigger.text == act]
    if incident is None:
        assert len(own) == 1 and own[0].acled is not None, [(e.trigger.text, e.acled) for e in rec.events]
        return
    host = next(e for e in rec.events if e.trigger.text == incident)
    assert not own and act in [m.text for m in host.mentions], [(e.trigger.text, e.mentions) for e in rec.events]


KEPT = [
    # (text, trigger): an act told in its own clause, or the frame's other argument, stays an event
    # the investigators themselves attacked: the attack is no object of the inquiry
    ("Gunmen attacked the investigators in Goma on Monday.", "attacked"),
    # the reprisal itself is an act of its own ("struck a depot in retaliation")
    ("Rebels shelled the port of Odesa on Sunday. The navy struck a rebel depot in retaliation for the "
     "shelling.", "struck"),
    # a response that is an act: the act named by the frame is the response's cause, the act in the
    # main clause took place
    ("Riot police fired tear gas at marchers in Nairobi on Friday in response to the protest.", "fired"),
    # a protest against what is no act stays a protest
    ("Hundreds protested against the new tax in Bamako on Tuesday.", "protested"),
    # an indefinite or bare act noun in the frame introduces its act (only a definite description
    # refers back to an incident told): the allegation tells other acts than the incident told before
    ("Gunmen abducted two traders near Bouar on Monday. The mayor accused the militia of abductions of "
     "farmers on the road to the market.", "abductions"),
    ("Soldiers looted shops in Kalehe on Sunday. Residents blamed the soldiers for looting of houses in "
     "the hills.", "looting"),
    # an existential sentence has no subject to classify: it introduces its act
    ("Rebels shelled the market in Dorra on Monday. There was an explosion near the port of Kesslin "
     "on Friday.", "explosion"),
]


@pytest.mark.parametrize(("text", "act"), KEPT)
def test_acts_told_in_their_own_clause_stay(pipeline: Pipeline, text: str, act: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    own = [e for e in rec.events if e.trigger.text == act]
    assert len(own) == 1 and own[0].acled is not None, [(e.trigger.text, e.acled) for e in rec.events]
