"""Claims: attribution cues, sources, content, relays, channels, stance and framing.

Contract (``unfog.stage.Stage``):

    stage = ClaimStage.from_settings(settings)   # reads claims/lexicon.yaml, open_frames.yaml, cue_model.json,
                                                 # source_model.json, content_model.json
    claims: list[Claim] = stage.run(ctx)

Input: the context's parsed document and ``ctx.actors`` (sources and relays are resolved against
their mentions through ``ctx.actor_index``). Output: new ``Claim`` records with ids ``c1..cn`` in text
order and ``events`` empty (the pipeline links claims to events after the events stage). The stage
changes nothing it was given: not the context, not the actors, not its knowledge.

The stage finds cues over the dependency parse (``cues``: reporting verbs, and with the learned
scorer a reporting verb's to-infinitive whose controller is its source, ``control``: 'refused to
say whether ...', 'urged the minister to explain ...'; ``frames``:
'according to X', and a carrier noun before a colon, 'issued a statement: ...'), moves what
'citing' names into the chain (``citing``: the cited body is the source, the reporter a relay; also
'X quoted Y as saying' and forwarded posts), resolves each source against the actors' mentions and types it
(``sources``: name from an apposition, kind, affiliation; ``referents``: the actor it names;
``anaphora``: a pronoun no actor resolves speaks for the last earlier source it can refer to, and
so does a definite description
that repeats an earlier source's head noun: 'the ministry'), narrows each content by rule (``bounds``)
and chooses among the content spans the parse offers (``contents``, learned), then adds relays and channels
(``chains``) and stance and framing (``stance``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from unfog.claims.anaphora import (
    Spoken,
    agreement,
    answer_label,
    description,
    description_keys,
    interviewee,
    last_named,
    named_actors,
    partitive_of_pronoun,
    person_for_body,
    pronoun_class,
    recent_speaker,
    relative_host,
    resolve,
    resolve_description,
    resolve_outlet,
    resolve_text,
    text_made_in,
)
from unfog.claims.bounds import bound, quoted_tokens
from unfog.claims.candidate import Candidate, char_span, text_of, trim
from unfog.claims.centring import as_person, other_gender, speaker_goes_on, subject_before, subject_source
from unfog.claims.chains import add_channel, add_relays, relay_name
from unfog.claims.choose import SourceModel, load_source_model
from unfog.claims.citing import absorb_citing, addressed_reports
from unfog.claims.contents import ContentChooser, load_content_model
from unfog.claims.cues import verb_candidates
from unfog.claims.frames import adverb_candidates, carrier_candidates, colon_candidates, frame_candidates
from unfog.claims.learned import CueModel, features, load_cue_model
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.claims.nouns import evidence_candidates, noun_candidates
from unfog.claims.open import (
    OpenFrames,
    adjective_candidates,
    load_open_frames,
    open_noun_candidates,
)
from unfog.claims.referents import actor_of, by_surname, named_words, premodified_person
from unfog.claims.sources import describe, source_words
from unfog.claims.stance import refine
from unfog.claims.suppress import suppress
from unfog.context import ActorMentions, DocContext
from unfog.lines import sentence_numbers, sentence_starts
from unfog.model import Channel, Claim, Relay, Source, SourceType, TextRef
from unfog.settings import Settings

__all__ = ["ClaimStage"]

#: the kind of source an actor's type makes (a pronoun's antecedent); other types are organisations
ACTOR_KINDS: dict[str, SourceType] = {"person": "person", "media": "outlet", "group": "collective"}


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One claim per cue, and one per content span (a verb cue beats a frame on the same content)."""
    out: list[Candidate] = []
    seen_cue: set[tuple[int, int]] = set()
    seen_content: set[tuple[int, int]] = set()
    # the lexicon's cues before open ones (the learned scorer's guesses), verbs before frames
    for c in sorted(cands, key=lambda c: (c.open, c.kind != "verb", c.cue)):
        if c.cue in seen_cue or c.content in seen_content:
            continue
        seen_cue.add(c.cue)
        seen_content.add(c.content)
        out.append(c)
    return sorted(out, key=lambda c: (c.cue[0], c.content[0]))


def _frames_win(cands: list[Candidate]) -> list[Candidate]:
    """One proposal per cue: an open cue sharing a word with a frame's cue is no proposal of its own
    ('according to X' is the frame whose object is the source, never an open verb 'accord' whose
    content would be that source)."""
    frames = [c.cue for c in cands if c.kind == "frame"]
    return [c for c in cands if not (c.open and any(c.cue[0] < f[1] and f[0] < c.cue[1] for f in frames))]


def _cut_at_frames(cands: list[Candidate], sdoc: Doc) -> None:
    """A verb's content stops before a frame that closes it ('X announced Y, as per Reuters')."""
    frames = [c for c in cands if c.kind == "frame"]
    for c in cands:
        if c.kind != "verb":
            continue
        for f in frames:
            if c.content[0] < f.cue[0] < c.content[1] and f.source and f.source[1] >= c.content[1] - 1:
                s, e = trim(sdoc, c.content[0], f.cue[0])
                if e > s:
                    c.content = (s, e)


def _mark_nested(cands: list[Candidate]) -> None:
    """Note on each candidate the kind of a lexicon candidate whose content holds its cue (an
    attribution reported inside another: 'noted that experts say ...'), for the learned scorer."""
    # each outer's bounds read once (``suppress.inside``, tested inline: it is asked of every pair)
    outers = [(o, *o.content, *o.cue) for o in cands if not o.open]
    for c in cands:
        at, (c0, c1) = c.cue[0], c.content
        for o, o0, o1, q0, q1 in outers:
            # c's cue inside o's content (``inside(c, o)``), but not when each holds the other's cue
            # ('the levy, which the minister said ...')
            if o0 <= at < o1 and not q0 <= at < q1 and o is not c and not c0 <= q0 < c1:
                c.outer = o.kind + ("-left" if o1 <= q0 else "")
                break


def _markup(sdoc: Doc, i: int) -> bool:
    """A word inside an HTML-like tag ('<tweet author=...>') is no cue."""
    return i > 0 and sdoc[i - 1].text in ("<", "</")


class ClaimStage:
    """With a ``model`` (the packaged one by ``from_settings``) the stage also proposes open cues
    (``open``) and keeps the candidates the learned scorer accepts; without one it keeps the
    lexicon's candidates."""

    def __init__(
        self,
        lexicon: Lexicon,
        model: CueModel | None = None,
        frames: OpenFrames | None = None,
        source_model: SourceModel | None = None,
        content_model: ContentChooser | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.model = model
        self.frames = frames if frames is not None else load_open_frames()
        self.source_model = source_model
        self.content_model = content_model

    @classmethod
    def from_settings(cls, settings: Settings) -> ClaimStage:
        kb = settings.knowledge
        return cls(
            load_lexicon(knowledge=kb),
            load_cue_model(knowledge=kb),
            load_open_frames(kb),
            load_source_model(kb),
            load_content_model(kb),
        )

    def proposals(self, sdoc: Doc) -> list[Candidate]:
        """Every candidate attribution before the learned decision."""
        lex = self.lexicon
        wide = self.model is not None
        found = verb_candidates(sdoc, lex, open_verbs=wide) + frame_candidates(sdoc, lex) + colon_candidates(sdoc, lex)
        found += noun_candidates(sdoc, lex) + evidence_candidates(sdoc, lex) + adverb_candidates(sdoc, lex)
        if wide:
            found += adjective_candidates(sdoc, lex, self.frames) + open_noun_candidates(sdoc, lex, self.frames)
        found = _frames_win(found)
        quoted = quoted_tokens(sdoc)
        for c in found:
            # a transcript's speaker label ('"WALLACE: ...') opens the quote rather than standing in it
            c.quoted = c.cue[0] in quoted and not (c.kind == "frame" and sdoc[c.cue[0]].text == ":")
        _mark_nested(found)
        # a cue inside a quotation is the quoted speaker's own wording, not the article's report
        # (without a model; the learned scorer weighs it)
        return [c for c in found if (wide or not c.quoted) and not _markup(sdoc, c.cue[0])]

    def accepted(self, cands: list[Candidate], sdoc: Doc) -> list[Candidate]:
        """The candidates the learned scorer accepts (all of them without a model); each keeps its
        probability in ``score`` for the one-claim-per-content rule of ``finish``."""
        model = self.model
        if model is None:
            return cands
        lex = self.lexicon
        out: list[Candidate] = []
        for c in cands:
            c.score = model.probability(features(c, sdoc, lex))
            if c.score >= model.threshold:
                out.append(c)
        return out

    def candidates(self, sdoc: Doc) -> list[Candidate]:
        # 'X issued a statement: ...' says what it says by its construction: no learned gate
        proposed = self.proposals(sdoc)
        found = self.accepted(proposed, sdoc)
        taken = {id(c) for c in found}
        # a report made to the source of one kept ('X said Y had told him that Z') joins it
        found += [c for c in addressed_reports(proposed, found, self.lexicon) if id(c) not in taken]
        found += carrier_candidates(sdoc, self.lexicon)
        return self.finish(found, sdoc)

    def finish(self, found: list[Candidate], sdoc: Doc) -> list[Candidate]:
        """One claim per cue and content; content bounds, relays, channels, stance and framing; of
        claims with (nearly) the same content the one with the highest ``score`` (``suppress``)."""
        lex = self.lexicon
        cands = absorb_citing(_dedupe(found), sdoc, lex)
        _cut_at_frames(cands, sdoc)
        if self.source_model is not None:
            self.choose_sources(cands, sdoc)
        add_relays(cands, sdoc, lex)
        for c in cands:
            raw = c.content
            bound(c, sdoc, lex)
            if self.content_model is not None:  # the learned choice among the spans the parse offers
                c.content = self.content_model.choose(c, raw, sdoc, lex)
            add_channel(c, sdoc, lex)
            refine(c, sdoc, lex)
        return suppress(cands, sdoc, lex)

    def choose_sources(self, cands: list[Candidate], sdoc: Doc) -> None:
        """The learned source choice (``choose``) for claims whose source 'citing' did not settle."""
        assert self.source_model is not None
        for c in cands:
            if c.cited_by is None:
                best = self.source_model.choose(c, sdoc, self.lexicon)
                if best.span != c.source:
                    c.source, c.name_span = best.span, best.name
                elif c.name_span is None:
                    c.name_span = best.name

    def _relative_host(self, sdoc: Doc, words: tuple[int, int], index: ActorMentions) -> Source | None:
        """The person a pronoun in a relative clause on a noun phrase stands for (``relative_host``)."""
        host = relative_host(sdoc, words)
        if host is None:
            return None
        view = describe(sdoc, host, self.lexicon)
        actor = actor_of(sdoc, index, view.name)
        name = actor.name if actor else text_of(sdoc, view.name)
        said = Source(name=name, actor=actor.id if actor else None, type=view.kind)
        return said if "person" in agreement(sdoc, host, said, self.lexicon) else None

    def run(self, ctx: DocContext) -> list[Claim]:
        sdoc = ctx.sdoc
        index = ctx.actor_index
        claims: list[Claim] = []
        earlier: list[Spoken] = []
        # the actors' names as antecedents of a definite description: read once, and only when one needs them
        named = cache(lambda: named_actors(sdoc, ctx.actors, ACTOR_KINDS))
        sentence = sentence_numbers(sdoc)
        starts = sentence_starts(sdoc)  # every token's sentence start (``t.sent.start``)
        #: the sources resolved so far by their mentions: a pronoun relay that is an earlier claim's
        #: source ('He said Y had told him ...': he) is who that claim's source turned out to be
        heard: dict[tuple[int, int], Source] = {}
        passed: list[Spoken] = []  # the relays named so far
        media: list[Spoken] = []  # the texts claims went out in so far ('in a statement')
        outlets: set[str] = set()  # the actors that passed words on so far (relays)
        answers: Source | None = None  # the interviewee of a transcript's answers ('A: ...')
        for n, c in enumerate(self.candidates(sdoc), 1):
            source = None
            if c.source is not None:
                mention = c.name_span or c.source
                view = describe(sdoc, mention, self.lexicon)
                name_tokens = view.name
                words = source_words(sdoc, c.source, c.name_span, self.lexicon, view)  # view: of the same mention
                span = char_span(sdoc, words)
                actor = actor_of(sdoc, index, name_tokens)
                if actor is None and c.name_span is not None:
                    actor = actor_of(sdoc, index, words)
                surname = by_surname(sdoc, name_tokens, ctx.actors) if actor is None else None
                actor = actor or surname
                affiliation = text_of(sdoc, view.affiliation) if view.affiliation else None
                if actor is not None and premodified_person(sdoc, name_tokens, self.lexicon):
                    affiliation, actor = affiliation or actor.name, None  # 'a United Nations official'
                name = actor.name if actor else text_of(sdoc, name_tokens)
                kind: SourceType | None = view.kind
                if actor is not None and actor.type is not None and (kind is None or view.affiliation is None):
                    kind = ACTOR_KINDS.get(actor.type, "organisation") if kind is None else kind
                if surname is not None:
                    kind = "person"  # whatever type the recogniser gave the lone surname
                source = Source(
                    name=name, span=span, actor=actor.id if actor else None, type=kind, affiliation=affiliation
                )
                cls = pronoun_class(sdoc, words, self.lexicon)
                nth = sentence[starts[words[0]]]
                if c.kind == "frame" and answer_label(sdoc, c.cue, words, self.lexicon):
                    # 'A: ...': the interviewee, the same for every answer of the transcript
                    source = answers = interviewee(source, earlier + named(), answers)
                    actor = next((a for a in ctx.actors if a.id == source.actor), None)
                if cls == "person" and actor is not None and actor.id in outlets:
                    # 'he' / 'she' for an outlet the words were passed through ('told the Lenn
                    # Herald ... He said'): an outlet is no person (a pronoun agrees with its
                    # antecedent in gender, Quirk et al. 1985, 6.10), so the last speaker goes on
                    actor = None
                    source = source.model_copy(update={"name": text_of(sdoc, name_tokens), "actor": None, "type": None})
                skip = other_gender(sdoc, words, ctx.actors, self.lexicon) if cls == "person" else frozenset()
                if actor is None and skip:  # the last speaker of the pronoun's class, whatever its gender
                    actor = next((a for a in ctx.actors if a.id == resolve(source, "person", nth, earlier).actor), None)
                centred = False  # the antecedent is the subject of the sentence before (``subject_before``)
                if actor is not None and actor.id in skip:  # 'he' for a person called 'she' before
                    actor = subject_before(sdoc, words, index, ctx.actors, self.lexicon)
                    centred = actor is not None
                    source = as_person(source, actor, text_of(sdoc, name_tokens))
                elif cls == "person" and actor is not None and claims:
                    # 'X told the court that Y had lied. She said ...': X goes on speaking
                    went_on = speaker_goes_on(sdoc, words, actor, claims[-1], index, ctx.actors, self.lexicon)
                    if went_on is not None:
                        actor, centred = went_on, True
                        source = as_person(source, actor, text_of(sdoc, name_tokens))
                host = self._relative_host(sdoc, words, index) if cls == "person" and actor is None else None
                if host is not None:  # 'A farmer, who said he feared ...': the farmer
                    source = source.model_copy(update={"name": host.name, "actor": host.actor, "type": host.type})
                elif cls is not None and actor is None:
                    source = resolve(source, cls, nth, earlier, skip)
                    if source.name == text_of(sdoc, name_tokens):  # no earlier speaker: the subject before
                        source = subject_source(sdoc, words, cls, index, self.lexicon) or source
                elif cls is not None and actor is not None and not centred:  # a described speaker after its last naming
                    source = recent_speaker(source, cls, nth, earlier, last_named(actor, span[0]))
                if actor is not None and person_for_body(sdoc, words, actor, self.lexicon):
                    actor = None  # 'the spokesman' that the actors' coreference joined to 'police'
                    source = source.model_copy(update={"name": text_of(sdoc, name_tokens), "actor": None})
                if cls is None and actor is None and partitive_of_pronoun(sdoc, words, self.lexicon):
                    source = resolve(source, "plural", nth, earlier)  # 'One of them said': one of that group
                if cls is None or actor is not None:
                    found = description(sdoc, words) if actor is None else None
                    if found is not None and found[0] in self.lexicon.text_nouns:  # the statement
                        source = resolve_text(source, found[0], nth, media)
                    elif found is not None:  # 'the ministry' after 'the Defence Ministry'
                        narrower = self.lexicon.hypernyms.get(found[0], frozenset())
                        source = resolve_description(source, found, nth, earlier + named(), narrower)
                    agrees = agreement(sdoc, words, source, self.lexicon)
                    earlier.append(Spoken(span[0], nth, source, agrees, *description_keys(sdoc, words)))
            if source is not None and c.source is not None:
                heard.update({c.source: source} | ({c.name_span: source} if c.name_span else {}))
            relays = []
            for r in c.relays:
                rs = char_span(sdoc, r)
                if r in heard and pronoun_class(sdoc, r, self.lexicon) is not None:
                    relays.append(Relay(name=heard[r].name, span=rs, actor=heard[r].actor))
                    continue
                ra = actor_of(sdoc, index, r)
                # the outlet as the article names it, without its description; its identity is the
                # actor id; a description with a name in apposition ('Another channel, X') is that
                # name; a definite description ('the agency') takes its referent's name
                called = describe(sdoc, r, self.lexicon).name if sdoc[r[0] : r[1]].root.pos_ == "NOUN" else r
                rname = text_of(sdoc, relay_name(sdoc, called))
                found = description(sdoc, r) if called == r else None
                if found is not None and ra is not None and found[1] <= named_words(ra):
                    # the actor the description stands for, when its modifiers are among the actor's
                    # words (a description's modifiers agree with its antecedent, as in
                    # ``resolve_description``: not 'the Nordpress agency' for a party)
                    rname = ra.name
                elif found is not None and ra is None:
                    nth = sentence[starts[r[0]]]
                    said = Source(name=rname, span=rs)
                    back = resolve_description(said, found, nth, earlier + named())
                    if back == said:  # 'the newspaper' after 'the Kaga Times'
                        back = resolve_outlet(said, found[0], nth, earlier + named(), passed, self.lexicon)
                    rname = back.name
                elif found is None:
                    # a relay by name: an antecedent for a later 'the paper'
                    passed.append(Spoken(rs[0], sentence[starts[r[0]]], Source(name=rname, span=rs), frozenset()))
                relays.append(Relay(name=rname, span=rs, actor=ra.id if ra else None))
                if ra is not None:
                    outlets.add(ra.id)
            channel = None
            if c.channel is not None:
                cname, cspan = c.channel
                channel = Channel(name=cname, text=text_of(sdoc, cspan), span=char_span(sdoc, cspan))
                if source is not None:  # the text it went out in, for a later 'the statement'
                    ch = sdoc[cspan[0] : cspan[1]].root
                    heads = frozenset({ch.lower_, self.lexicon.lemma(ch)})
                    media.append(Spoken(ch.idx, sentence[starts[cspan[0]]], source, frozenset(), heads))
            elif source is not None and c.kind == "verb":
                made_in = text_made_in(c.head, self.lexicon)  # 'said in a report': a later 'the report'
                if made_in is not None:
                    heads = frozenset({made_in.lower_, self.lexicon.lemma(made_in)})
                    media.append(Spoken(made_in.idx, sentence[starts[made_in.i]], source, frozenset(), heads))
            claims.append(
                Claim(
                    id=f"c{n}",
                    source=source,
                    cue=TextRef(text=text_of(sdoc, c.cue), span=char_span(sdoc, c.cue)),
                    content=TextRef(text=text_of(sdoc, c.content), span=char_span(sdoc, c.content)),
                    relays=relays,
                    channel=channel,
                    stance=c.stance,
                    framing=c.framing,
                )
            )
        return claims
