"""Claims of a post (a document with a ``medium``, such as a Telegram post), after the claims stage.

A channel's post is published by the channel: what the post says without citing anybody is the
channel's own statement, and whatever it says was published on that medium.

- A post in which the claims stage finds no claim is one claim: its source is the outlet (the
  channel that posted it), or the channel or account it was forwarded from
  (``Document.forwarded_from``), which is then its source and not a relay; its content is the post's
  text (trimmed); its cue is empty (the act of posting is the cue: no words say it), at the start of
  the content; its channel is the medium. Its source has no span and no actor (the channel is not
  named in the text).
- A claim that cites somebody ("The mayor said ...") keeps that somebody as the source; its channel
  is the medium, unless the text names the medium the source used ("said in a video"). The
  channel is the medium of the statement as published; a forwarded post's origin stays its last relay.
- A document without a medium (an article) is left as it is.

Only a post with no claim at all is made the channel's statement: in a post that cites somebody and
also says something of its own, the uncited sentences make no claim.
"""

from __future__ import annotations

from unfog.model import Channel, Claim, Document, Source, TextRef


def posted(claims: list[Claim], doc: Document) -> list[Claim]:
    """The claims of a post: the medium as their channel, or the post as its channel's statement."""
    if not doc.medium:
        return claims
    channel = Channel(name=doc.medium)
    if claims:
        return [c if c.channel is not None else c.model_copy(update={"channel": channel}) for c in claims]
    source = own_source(doc)
    text = doc.text.strip()
    if source is None or not any(ch.isalpha() for ch in text):
        return claims
    start = doc.text.index(text)
    return [Claim(id="c1", source=source, cue=TextRef(text="", span=(start, start)),
                  content=TextRef(text=text, span=(start, start + len(text))), channel=channel)]


def own_source(doc: Document) -> Source | None:
    """Who a post that cites nobody is the statement of: the channel it was forwarded from (an
    account or channel: kind unknown), else its outlet, the channel that posted it."""
    if doc.forwarded_from:
        return Source(name=doc.forwarded_from)
    return Source(name=doc.outlet, type="outlet") if doc.outlet else None
