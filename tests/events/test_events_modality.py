"""Modality of event triggers (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.events.modality import explain

from .support import context

CASES = [
    ("Rebels attacked the convoy.", "attacked", "asserted"),
    ("The ministry said rebels attacked the convoy.", "attacked", "asserted"),
    ("Rebels did not attack the convoy.", "attack", "negated"),
    ("The army denied shelling the village.", "shelling", "negated"),
    ("Rebels will attack the convoy.", "attack", "future"),
    ("The group plans to attack the capital.", "attack", "future"),
    ("The militia threatened to storm the prison.", "storm", "future"),
    ("Commanders are preparing a long-awaited offensive.", "offensive", "future"),
    ("Rebels may attack the convoy.", "attack", "hypothetical"),
    ("The colonel said his battalion would continue to battle the raiders.", "battle", "future"),
    ("If the talks fail, the army could bomb the bridges.", "bomb", "hypothetical"),
    ("Residents fear a possible attack on the market.", "attack", "hypothetical"),
    # negation on a subject or object, and negation under a modal
    ("No shells were fired at the village.", "fired", "negated"),
    ("Nobody was arrested after the riot.", "arrested", "negated"),
    ("The rebels could not capture the airport.", "capture", "negated"),
    ("The army will not attack the city.", "attack", "negated"),
    ("The militia may not withdraw from the town.", "withdraw", "hypothetical"),
    ("The battalion refused to withdraw from the town.", "withdraw", "negated"),
    ("Police prevented the bombing of the station.", "bombing", "negated"),
    ("The column crossed the river without firing a shot.", "firing", "negated"),
    # a noun trigger under a verb that is no light verb is presupposed
    ("The opposition wants to annul the ceasefire signed in May.", "ceasefire", "asserted"),
    ("The shelling may have damaged the hospital.", "shelling", "asserted"),
    ("Rebels could launch an offensive in the spring.", "offensive", "hypothetical"),
    ("An attack on the capital could happen within days.", "attack", "hypothetical"),
    # adjunct phrases and finished clauses do not take the main clause's modality
    ("The council decided during the shelling to evacuate the children.", "shelling", "asserted"),
    ("Troops will stay in the area even after militants attacked the base.", "attacked", "asserted"),
    ("The commander said his men would continue to fight.", "fight", "future"),
    ("A widely anticipated offensive has not begun.", "offensive", "future"),
    ("Kyiv is not yet prepared to launch the counteroffensive.", "counteroffensive", "hypothetical"),
    # a future head over a past clause reports a fact; over an infinitive or a subjunctive, a plan
    ("The ministry announced that troops had withdrawn from the town.", "withdrawn", "asserted"),
    ("The commander ordered that the prisoners be released.", "released", "future"),
    # acts embedded in offers, requests and directions did not happen (yet)
    ("The council rejected an offer to host the summit.", "host", "future"),
    ("Norway offered to mediate between the parties.", "mediate", "future"),
    ("The president told the rebels to release the hostages.", "release", "future"),
    ("The decision to release the prisoners was welcomed.", "release", "asserted"),
    # an accusation's content is alleged; a conviction establishes the act, blame presupposes it
    ("The watchdog accused the police of torturing detainees.", "torturing", "hypothetical"),
    ("Prosecutors charged the colonel with ordering the massacre.", "ordering", "hypothetical"),
    ("The government blamed the rebels for the bombing.", "bombing", "asserted"),
    ("The government blamed the rebels for shelling the market.", "shelling", "asserted"),
    ("The officer was convicted of torturing detainees.", "torturing", "asserted"),
    ("Police suspect two men of bombing the station.", "bombing", "asserted"),
    ("Aid groups voiced concern over the shelling of the port.", "shelling", "asserted"),
    ("Aid groups fear the shelling of the port.", "shelling", "hypothetical"),
    ("Soldiers allegedly looted the shops.", "looted", "hypothetical"),
    # an undone event noun, and an act not done so far
    ("The cancelled visit angered the ministry.", "visit", "negated"),
    ("Police said a foiled bombing targeted the station.", "bombing", "negated"),
    ("The ministry has yet to condemn the shelling.", "condemn", "negated"),
    ("The garrison is yet to surrender.", "surrender", "negated"),
    # "without" under an act that is itself not asserted leaves the missing act open
    ("Troops cannot enter the town without shelling it first.", "shelling", "hypothetical"),
    ("The convoy will pass without firing a shot.", "firing", "hypothetical"),
    # a negated predication presupposes its subject; a modal one does not
    ("The summit was not a success.", "summit", "asserted"),
    ("The raid was not authorised by parliament.", "raid", "asserted"),
    ("A ground invasion would be a catastrophe.", "invasion", "hypothetical"),
    ("There was no shelling overnight.", "shelling", "negated"),
    # a yes/no question asks whether the event happened; a wh-question presupposes it
    ("Did the rebels attack the convoy?", "attack", "hypothetical"),
    ("Who attacked the convoy?", "attacked", "asserted"),
    # a preposition such as "about" governs no modality ("about to" does)
    ("Residents complained about being shelled every night.", "shelled", "asserted"),
    ("The army is about to attack the town.", "attack", "future"),
    # a decision or vote taken in the past reports its act; a future or modal one does not
    ("The council decided to release the prisoners.", "release", "asserted"),
    ("Parliament voted to withdraw the troops.", "withdraw", "asserted"),
    ("The council will decide to release the prisoners.", "release", "future"),
    ("The council plans to release the prisoners.", "release", "future"),
    # a coordinated clause with its own subject, and a negative object, stay with their own verb
    ("The rebels did not attack the base, and the army shelled the town.", "shelled", "asserted"),
    ("The rebels did not attack the base or shell the town.", "shell", "negated"),
    ("Police found no weapons and arrested three men.", "arrested", "asserted"),
    ("Nobody attacked the convoy or looted the shops.", "looted", "negated"),
    # a means clause takes the modality of the act it serves
    ("The rebels sought a truce by releasing the hostages.", "releasing", "asserted"),
    ("The militia threatened to retaliate by shelling the capital.", "shelling", "future"),
    # an event one joins is negated with the joining; a planned joining presupposes the event
    ("The rebels said they would not return to the talks.", "talks", "negated"),
    ("The opposition refused to join the negotiations.", "negotiations", "negated"),
    ("The rebels returned to the talks on Monday.", "talks", "asserted"),
    ("The envoy will attend the talks in Geneva.", "talks", "asserted"),
    ("Residents will not return after the shelling.", "shelling", "asserted"),
    # a phrasal verb of cancelling denies its object
    ("The union called off the strike.", "strike", "negated"),
    # an act noun that causes what a modal verb says takes the verb's modality; one the verb's
    # perfect infers from, or a definite object (presupposed, going on), does not
    ("A capture of the port would end the war.", "capture", "hypothetical"),
    ("The bombing will set back the talks.", "bombing", "asserted"),
    ("An offensive on the city will cost thousands of lives.", "offensive", "future"),
    ("The bombing of the bridge cut the town off.", "bombing", "asserted"),
    ("The envoy said the deal would end the shelling of the port.", "shelling", "asserted"),
    ("The governor hopes to halt the bombardment of the port.", "bombardment", "asserted"),
    ("The army will prevent raids on the camps.", "raids", "negated"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality(nlp: Language, stage: EventStage, text: str, trigger: str, modality: str) -> None:
    evs = stage.run(context(nlp, text, published=None)).events
    got = [e for e in evs if e.trigger.text.split()[0] == trigger]
    assert got, [e.trigger.text for e in evs]
    assert got[0].modality == modality


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("The minister ruled out any withdrawal of the troops.", "withdrawal", "negated"),
        ("The minister ruled on the withdrawal of the troops.", "withdrawal", "asserted"),
        ("The army called off the offensive.", "offensive", "negated"),
        ("The army called in the offensive.", "offensive", "asserted"),
        ("The rebels will not participate in the talks.", "talks", "negated"),
        ("The rebels participated in the talks.", "talks", "asserted"),
    ],
)
def test_modality_of_word(nlp: Language, stage: EventStage, text: str, word: str, modality: str) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    cues = stage.knowledge.modality
    assert explain(tok, cues)[0] == modality, explain(tok, cues)


# Implicative verbs (Karttunen 1971; Nairn, Condoravdi & Karttunen 2006) and acts under a modal
# verb (own sentences). A verb of preventing with "from" says the act did not happen (+-), and
# says nothing against it once negated itself; a negative implicative's infinitive did not happen,
# and did once the implicative is negated (two-way, +-|-+). A definite act noun introduced as the
# subject of a conditional "would" in the writer's own voice is the unstated condition ("if the
# port were captured, ..."), as open as the verb, and so under the other remote (conditional) modals
# "could" and "might"; in reported speech "would" is the backshifted "will" and the act is
# presupposed, and under "may" or "will" a real act can have possible consequences.
IMPLICATIVE_CASES = [
    ("The ceasefire kept the militia from shelling the villages.", "shelling", "negated"),
    ("Police stopped the protesters from marching to the palace.", "marching", "negated"),
    ("A court barred the army from demolishing the houses in Hebron.", "demolishing", "negated"),
    ("Checkpoints blocked the convoy from delivering food to the camp.", "delivering", "negated"),
    ("The patrols did not stop the gangs from looting the shops.", "looting", "asserted"),
    ("The rebels forgot to release the hostages.", "release", "negated"),
    ("The army neglected to warn the villagers before the strike.", "warn", "negated"),
    ("The rebels did not fail to strike back.", "strike", "asserted"),
    ("The port's capture would give the rebels a supply line.", "capture", "hypothetical"),
    ("The airport's seizure would cut the city off.", "seizure", "hypothetical"),
    ("The airport's seizure might cut the city off.", "seizure", "hypothetical"),
    ("The town's fall would open the road to the capital.", "fall", "hypothetical"),
    ("The town's fall would hand the militias' rivals the whole valley.", "fall", "hypothetical"),
    ("\"The town's fall would open the road,\" the colonel said.", "fall", "asserted"),
    # contrasts that hold before and after
    ("The army stopped shelling the town on Friday.", "shelling", "asserted"),
    ("The troops kept firing at the crowd.", "firing", "asserted"),
    ("The bombing, the envoy said, would set back the talks.", "bombing", "asserted"),
    ("The militia's assault on the port may have triggered a famine.", "assault", "asserted"),
    ("Veterans never forgot the massacre at the bridge.", "massacre", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), IMPLICATIVE_CASES)
def test_implicatives_and_modal_subjects(nlp: Language, stage: EventStage, text: str, trigger: str,
                                         modality: str) -> None:
    evs = stage.run(context(nlp, text, published=None)).events
    got = [e for e in evs if e.trigger.text.split()[0] == trigger]
    assert got, [e.trigger.text for e in evs]
    assert got[0].modality == modality, [(e.trigger.text, e.modality) for e in evs]


@pytest.mark.parametrize(
    ("text", "occurrence", "word", "modality"),
    [
        # an act the text has already told of keeps being presupposed under the modal
        ("Rebels bombed the bridge on Monday. The bombing would cut the town off.", 0, "bombing", "asserted"),
        ("The bombing of the bridge would cut the town off.", 0, "bombing", "hypothetical"),
        ("The bombing of the bridge could cut the town off.", 0, "bombing", "hypothetical"),
        ("The bombing of the bridge may cut the town off.", 0, "bombing", "asserted"),
        ("The envoy said the bombing of the bridge would cut the town off.", 0, "bombing", "asserted"),
    ],
)
def test_modal_subject_told_before(nlp: Language, stage: EventStage, text: str, occurrence: int, word: str,
                                   modality: str) -> None:
    tok = [t for t in nlp(text) if t.text == word][occurrence]
    cues = stage.knowledge.modality
    assert explain(tok, cues)[0] == modality, explain(tok, cues)


# More implicatives and the content of a denied report (own sentences): "unable to" and the
# degree construction "too ... to" say the infinitive did not happen; "hesitate" negated says it
# did (-+), un-negated it entails nothing; the proximatives "nearly", "almost", "came close to" say
# the act fell short; an infinitive on a noun of attempting is open, and undone when the attempt
# failed; the content clause of a report, claim or allegation takes what its governor says of it
# ("denied reports that ...": denied; "confirmed reports that ...": asserted).
MORE_CASES = [
    ("The army was unable to capture the hill.", "capture", "negated"),
    ("The rebels were too weak to attack the base.", "attack", "negated"),
    ("The rebels did not hesitate to attack the convoy.", "attack", "asserted"),
    ("The minister hesitated to condemn the shelling.", "condemn", "hypothetical"),
    ("The rebels nearly captured the airport.", "captured", "negated"),
    ("The rebels came close to capturing the airport.", "capturing", "negated"),
    ("Attempts to storm the prison were repelled.", "storm", "hypothetical"),
    ("The army's attempt to capture the port failed.", "capture", "negated"),
    ("The ministry denied reports that troops shelled the village.", "shelled", "negated"),
    ("The ministry rejected claims that soldiers looted the shops.", "looted", "negated"),
    ("The army dismissed allegations that its jets bombed the market.", "bombed", "negated"),
    ("There were no reports that troops shelled the village.", "shelled", "negated"),
    # "would" with an adverb of later time: a narrative's future in the past, which happened
    ("The militia would later seize the port of Hodeidah.", "seize", "asserted"),
    ("The militia would eventually capture the town in 2019.", "capture", "asserted"),
    ("The bombing of the bridge would later prompt an inquiry.", "bombing", "asserted"),
    # contrasts that hold before and after
    ("Residents confirmed reports that troops shelled the village.", "shelled", "asserted"),
    ("The rebels denied involvement in the attack on the base.", "attack", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MORE_CASES)
def test_more_implicatives_and_denied_reports(nlp: Language, stage: EventStage, text: str, trigger: str,
                                              modality: str) -> None:
    evs = stage.run(context(nlp, text, published=None)).events
    got = [e for e in evs if e.trigger.text.split()[0] == trigger]
    assert got, [e.trigger.text for e in evs]
    assert got[0].modality == modality, [(e.trigger.text, e.modality) for e in evs]


# Acts an adjunct presents as replaced or provided for (own sentences): "instead of" says the act
# did not happen; "in case of", "in the event of" make it a condition. An infinitive of purpose
# ("troops were deployed to quell the unrest") stays asserted: made open, it lost on modality-uw
# and modality-meantime (both halves), whose annotators score a purpose as carried out.
ADJUNCT_CASES = [
    ("The army withdrew instead of attacking the town.", "attacking", "negated"),
    ("Instead of attacking the town, the army withdrew.", "attacking", "negated"),
    ("Residents stockpiled food in case of an attack on the town.", "attack", "hypothetical"),
    ("Residents stockpiled food in the event of an attack on the town.", "attack", "hypothetical"),
    # contrasts that hold before and after
    ("Residents fled during the attack on the town.", "attack", "asserted"),
]


# Standard factuality categories (own sentences): positive implicatives ("managed to": done, and not
# done once negated; Karttunen 1971), factives (the complement of "regret" holds under negation
# too), an indicative clause under a verb of saying or insisting, and a causative's bare infinitive.
# The mandative subjunctive ("insisted that the militia withdraw": wanted, not done) is not handled
# here: made future, it cost modality-uw half A one predicate and changed nothing on half B.
FACTUALITY_CASES = [
    ("The militia managed to capture the bridge.", "capture", "asserted"),
    ("The militia did not manage to capture the bridge.", "capture", "negated"),
    ("The governor did not regret that police had attacked the crowd.", "attacked", "asserted"),
    ("The envoy insisted that the militia withdrew from the port.", "withdrew", "asserted"),
    ("The monitors reported that the army withdrew from the villages.", "withdrew", "asserted"),
    ("The shelling made the militia withdraw from the hills.", "withdraw", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), ADJUNCT_CASES + FACTUALITY_CASES)
def test_modality_of_trigger(nlp: Language, stage: EventStage, text: str, trigger: str,
                                    modality: str) -> None:
    evs = stage.run(context(nlp, text, published=None)).events
    got = [e for e in evs if e.trigger.text.split()[0] == trigger]
    assert got, [e.trigger.text for e in evs]
    assert got[0].modality == modality, [(e.trigger.text, e.modality) for e in evs]


# Mood and reported futures (own sentences, written before the code): "would" in a clause reported by
# a verb of saying in the past is the backshifted "will" (future in the past), a conditional with a
# condition of its own, in the perfect or under a verb of saying in the present; subject-auxiliary
# inversion makes a condition without "if"; "not only" adds, it does not negate; a negated deontic
# modal ("must not", "should not") forbids, it does not say the act did not happen; a verb of saying
# or agreeing over an indicative clause states a proposition, over an infinitive or a subjunctive it
# plans.
MOOD_CASES = [
    ("The governor said the police would disperse the march.", "disperse", "future"),
    ("The brigade, the spokesman said, would withdraw by Friday.", "withdraw", "future"),
    ("The minister says the army would retaliate if attacked.", "retaliate", "hypothetical"),
    ("The envoy said the convoy would retreat if the bridge fell.", "retreat", "hypothetical"),
    ("The officer said the shelling would have killed dozens more.", "killed", "hypothetical"),
    ("The governor said the police would not disperse the march.", "disperse", "negated"),
    ('"We would ask the council to reopen the crossing," the mayor said.', "ask", "hypothetical"),
    ("Had the rebels attacked the depot, the convoy would have turned back.", "attacked", "hypothetical"),
    ("Were the militia to seize the port, prices would soar.", "seize", "hypothetical"),
    ("If the army were to advance, the town would fall.", "advance", "hypothetical"),
    ("The rebels had attacked the depot before the convoy arrived.", "attacked", "asserted"),
    ("The militia not only shelled the town but also looted the market.", "shelled", "asserted"),
    ("Farmers were angry not only about the raid but about the arrests.", "raid", "asserted"),
    ("The militia did not shell the town.", "shell", "negated"),
    ("The soldiers must not fire at the crowd.", "fire", "hypothetical"),
    ("Aid convoys should not be detained at the border.", "detained", "hypothetical"),
    ("The soldiers could not cross the river.", "cross", "negated"),
    ("The envoy agreed that the blockade has hurt the talks.", "hurt", "asserted"),
    ("The ministry announced it was closing the crossing at midnight.", "closing", "future"),
    # a present progressive with no time states a decision in force; with a time of its own, futurate
    ("The port authority announced it is suspending its ferries to Kaga.", "suspending", "asserted"),
    ("The port authority announced it is suspending its ferries to Kaga from Monday.", "suspending", "future"),
    ("The mayor announced that the militia controls the bridge.", "controls", "asserted"),
    ("The envoy agreed to lift the blockade.", "lift", "future"),
    ("The council has not yet decided how it is going to reopen the crossing.", "going", "future"),
    ("The union demanded that the guards release the prisoners.", "release", "future"),
    # committed futures stay future (UW scores them as happened: see events/modality.py); hedges and
    # evidentials are attribution, not modality (the claim carries them); a denial negates
    ("The ferry service is scheduled to restart on Monday.", "restart", "future"),
    ("The convoy is set to leave the city at dawn.", "leave", "future"),
    ("The talks are expected to resume on Monday.", "resume", "future"),
    ("The rebels said they will free the hostages.", "free", "future"),
    ("The commander is believed to have ordered the raid.", "ordered", "asserted"),
    ("The gunmen reportedly stormed the checkpoint.", "stormed", "asserted"),
    ("The army denied that its jets bombed the market.", "bombed", "negated"),
]


@pytest.mark.parametrize(("text", "word", "modality"), MOOD_CASES)
def test_mood_and_reported_futures(nlp: Language, stage: EventStage, text: str, word: str, modality: str) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    cues = stage.knowledge.modality
    assert explain(tok, cues)[0] == modality, explain(tok, cues)
