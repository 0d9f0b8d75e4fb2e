"""Where the doer of an act stands when it is no subject of the act's word: the understood subject
of a nonfinite clause (control), the object of a verb of judging, the subject of "be" whose
complement holds the act, the possessor or by-phrase of an act noun. Each returns the token naming
the doer; ``events.agents.ActorResolver.actor_for`` makes it an actor."""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.agents import ActorTypes
from unfog.events.context import prep_object

__all__ = ["compound_possessor", "controller", "nominal_agent", "noun_controller", "object_controller",
           "performer", "predicative_subject", "reduced_passive", "relative_gap"]


def controller(head: Token) -> Token | None:
    """The understood subject of a nonfinite adjunct clause without a subject of its own: the
    subject of the clause it is attached to (Quirk et al. 1985, 15.59: the attachment rule), for a
    participle or a purpose infinitive ("troops stormed the building, arresting ten suspects",
    "police fired tear gas to scatter the marchers") and a gerund after a preposition ("after
    capturing the airport, the rebels advanced"). Only an active clause's subject."""
    if head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in head.children):
        return None
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    # a finite verb without a subject or a subordinator, hung on another verb: a coordination whose
    # conjunction the parse missed ("dragged two men into a van, abducted and killed them") shares the
    # first conjunct's subject (Quirk et al. 1985, 13.2: ellipsis of the subject in coordinated clauses)
    finite = head.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("mark", "aux", "auxpass") for c in head.children)
    if head.dep_ == "advcl" and (head.tag_ == "VBG" or infinitive or finite):
        gov = head.head
    elif head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
        gov = head.head.head
    else:
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj"), None)


def noun_controller(head: Token, light_verbs: frozenset[str]) -> Token | None:
    """The understood subject of a to-infinitive that complements a noun naming a decision or an
    utterance ("a plan by the council to close the bridge", "issued an order to pardon the
    prisoners"): the agent of the noun, who decides or orders the act (the infinitive's subject is
    the noun's own subject: Quirk et al. 1985, 17.31, "his decision to resign"): the noun's "by"
    phrase, else the subject of the support verb whose object the noun is (``light_verbs``: "issued
    an order", Mel'cuk's Oper1). A noun's possessor is its phrase's actor already."""
    if head.pos_ != "VERB" or head.dep_ != "acl" or head.tag_ != "VB" or head.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    noun = head.head
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None:
        return prep_object(by)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in light_verbs:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def object_controller(head: Token, types: ActorTypes) -> Token | None:
    """The direct object of a verb of judging whose complement the act is, after a preposition of
    object control (``object_control`` of agents.yaml): "accused the militia of attacking a school"
    (the militia attacked), "blamed the army for the massacre" (the army's massacre). The parser
    may hang the phrase on the object ("accused [the rebels of kidnapping]"): the object is then
    the phrase's host, and the verb's."""
    if head.dep_ not in ("pcomp", "pobj") or head.head.dep_ != "prep":
        return None
    prep = head.head
    host = prep.head
    on_object = host.dep_ == "dobj" and host.pos_ in ("NOUN", "PROPN")
    verb = host.head if on_object else host
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in types.control_verbs:
        return None
    gerund = (head.dep_ == "pcomp" and head.tag_ == "VBG" and prep.lower_ in types.control_gerund
              and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children))
    noun = head.dep_ == "pobj" and head.pos_ == "NOUN" and prep.lower_ in types.control_noun
    if not (gerund or noun):
        return None
    return host if on_object else next((c for c in verb.children if c.dep_ == "dobj"), None)


def predicative_subject(head: Token, types: ActorTypes, light_verbs: frozenset[str]) -> Token | None:
    """The subject of "be" whose subject complement holds the act (a predicative describes its
    subject: Quirk et al. 1985, 10.8): the object of a preposition of activity ("the dockers are on
    strike"), an adjective of subject control and its infinitive ("Peru is prepared to make a
    concession"; 16.75), through the noun object of a light verb ("make concessions"); or the noun
    such a phrase postmodifies ("prisoners on hunger strike": a reduced relative, ch. 17); the
    words are ``predicative`` of agents.yaml."""
    t = head
    for _ in range(4):
        h = t.head
        light = (t.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() in light_verbs
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children))
        control = t.dep_ == "xcomp" and h.pos_ == "ADJ" and h.lemma_.lower() in types.predicative_adjectives
        if light or control:  # on to the word the act's phrase complements
            t = h
            continue
        # a phrase headed by the preposition ("on strike") or the adjective: up to its governor
        headed = (t.dep_ == "prep" and t.lower_ in types.predicative_preps) or (
            t.dep_ == "acomp" and t.pos_ == "ADJ" and t.lemma_.lower() in types.predicative_adjectives)
        if t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in types.predicative_preps:
            t = h.head
            if t.pos_ in ("NOUN", "PROPN") and t.i < h.i and h.lower_ in types.predicative_noun_preps:
                return t  # "inmates on hunger strike": the noun the phrase describes
        elif headed:
            t = h
        else:
            return None
        if t.lemma_.lower() == "be" and t.pos_ in ("AUX", "VERB"):
            return next((c for c in t.children if c.dep_ == "nsubj"), None)
    return None


def compound_possessor(head: Token) -> Token | None:
    """The possessor of the noun an event noun modifies ("its aid package", "Peru's arms deal"): the
    possessive determiner takes the whole compound, whose modifier names the act (NomBank's Arg0 of a
    possessed nominal, Meyers et al. 2004)."""
    if head.pos_ != "NOUN" or head.dep_ != "compound" or head.head.pos_ != "NOUN":
        return None
    return next((c for c in head.head.children if c.dep_ == "poss"), None)


def nominal_agent(head: Token) -> Token | None:
    """The agent of an event noun in a "by" phrase that the parser hangs on the noun's of-object
    ("the rejection of [the plan by Uruguay]"): an event nominal takes its theme in "of" and its agent
    in "by" (NomBank's Arg1 and Arg0, Meyers et al. 2004; Grimshaw 1990: the by-phrase of a complex
    event nominal), so the "by" phrase after the of-phrase is the event's. (The noun's own "by" phrase
    is its subject already: ``events.context.subject_of``.)"""
    if head.pos_ != "NOUN":
        return None
    for of in head.children:
        if of.dep_ != "prep" or of.lower_ != "of" or (theme := prep_object(of)) is None:
            continue
        by = next((c for c in theme.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        return prep_object(by) if by is not None else None
    return None


def performer(noun: Token, light_verbs: frozenset[str], reporting: frozenset[str]) -> Token | None:
    """The agent of a passive participle that postmodifies an act noun, when the participle is a
    verb whose object is the act (``light_verbs`` of triggers.yaml): "a raid carried out by
    Kenyan troops", "protests organised by the alliance". The participle is a reduced relative
    clause ("a raid [which was] carried out by ...", Quirk et al. 1985, 17.16-17.19) whose
    by-phrase is its logical subject, and the subject of a support verb is the doer of its noun
    (as "troops carried out a raid"). A noun that classifies another ("the aid package announced
    by ...") takes the participle of the noun it modifies. A reporting verb's agent is a source,
    no doer ("the clashes reported by local media"): left out. The caller passes as
    ``light_verbs`` also the verbs of deploying a weapon (``deploying`` of agents.yaml) for a means
    that is the act's subject: "a bomb planted by insurgents struck a bus" (an instrument subject
    leaves its agent unsaid, Fillmore 1968; who deployed the means did the act)."""
    if noun.pos_ != "NOUN":
        return None
    host = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    for c in host.children:
        lem = c.lemma_.lower()
        if c.dep_ != "acl" or c.tag_ != "VBN" or lem not in light_verbs or lem in reporting:
            continue
        by = next((x for x in c.children if x.dep_ == "agent" and x.lower_ == "by"), None)
        if by is not None:
            return prep_object(by)
    return None


def relative_gap(head: Token) -> Token | None:
    """The noun a relative clause describes, when the act's verb is the clause its verb embeds and
    the act's subject is the relative's gap or pronoun ("three gunmen [police said] had attacked the
    post", "the men who officials believe planted the bomb"): an unbounded dependency, the relative
    gap lying in a complement clause of the relative's own verb (Huddleston & Pullum 2002, ch. 12).
    The act's verb has no subject of its own but the relative pronoun."""
    if head.pos_ != "VERB" or head.dep_ != "ccomp":
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ not in ("WP", "WDT"):
        return None
    rel = head.head
    if rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "nsubj" for c in rel.children):
        return None
    return rel.head


def reduced_passive(head: Token) -> Token | None:
    """The noun a passive participle postmodifies with no "by" phrase ("officials accused of graft",
    "two men arrested on Monday"): a reduced relative clause whose participle is passive ("officials
    [who were] accused ...", Quirk et al. 1985, 17.16-17.19); the noun is its undergoer (its object),
    no agent."""
    if head.dep_ != "acl" or head.tag_ != "VBN" or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        return None
    return head.head
