"""Whose account an event mention is: one event per source's account of an incident.

unfog's promise is "who claims what happened": when two sources tell one incident ("The ministry
said 40 fighters were killed in the assault. Medics said the assault killed 300 civilians."), each
source's account is an event of its own, with its own figures, so that the dispute between them
stays in the records and the stories stage can show it (and take the conservative figure). So
within-document coreference (``coref.merge_coreferent``, ``mentions.fold_definite``) joins the
mentions of one incident only within one source's account; a mention of the incident in another
source's account stays an event and is linked to the first account told (``Event.refers_to``).

A mention's account is the source of the innermost claim whose content holds its trigger (nested
reports, "the ministry said medics had counted ...", are the inner source's): the claim's source
actor, or, with none, its source's name; the article's own voice (no claim holds the trigger) is
one more source. A claim whose source is not known (a pronoun with no antecedent, no source at
all) is nobody's account in particular: it may join any. A source the claims stage named by a
noun phrase but could not type ("Medics said ...") is known all the same: a noun phrase refers by
its own content, a pronoun only through an antecedent (so only the pronoun needs one resolved).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.events.draft import Draft
from unfog.model import Claim

__all__ = ["NARRATOR", "mark_accounts", "same_account"]

#: the account of the article's own voice
NARRATOR = ""


def _pronoun(doc: Doc | None, span: tuple[int, int] | None) -> bool:
    """Whether the source's words are pronouns only (or cannot be read: no document or span)."""
    words = doc.char_span(*span, alignment_mode="expand") if doc is not None and span is not None else None
    return words is None or all(t.pos_ == "PRON" for t in words)


def _key(claim: Claim, doc: Doc | None = None) -> str | None:
    src = claim.source
    if src is None or (src.actor is None and src.type is None and _pronoun(doc, src.span)):
        return None  # no source, or a pronoun with no antecedent: not known
    return "actor:" + src.actor if src.actor is not None else "name:" + " ".join(src.name.lower().split())


def account(span: tuple[int, int], claims: Sequence[Claim], doc: Doc | None = None) -> str | None:
    """The account a trigger at ``span`` belongs to (see the module doc); ``doc``: the parsed
    document the spans are in (without it, an untyped source counts as not known)."""
    s, e = span
    holding = [c for c in claims if c.content.span[0] <= s and e <= c.content.span[1]]
    if not holding:
        return NARRATOR
    inner = min(holding, key=lambda c: c.content.span[1] - c.content.span[0])
    return _key(inner, doc)


def mark_accounts(drafts: Sequence[Draft], claims: Sequence[Claim]) -> None:
    """Set each draft's ``account`` from the claims of the document. In place."""
    for d in drafts:
        d.account = account(d.trigger.span, claims, d.tokens.doc)


def same_account(a: Draft, b: Draft) -> bool:
    """Whether two mentions may be one source's account (an unknown source fits any)."""
    return a.account is None or b.account is None or a.account == b.account
