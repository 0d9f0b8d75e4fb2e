"""Time expressions ('on Monday', 'over the weekend', 'in April') resolved against the
publication date, with a precision; what cannot be resolved stays null.

Contract (``unfog.stage.Stage``):

    stage = TimeStage.from_settings(settings)   # reads time/lexicon.yaml
    times: list[TimeExpr] = stage.run(ctx)

Input: the context's document text, publication date and parse (its DATE/TIME entities). Output:
new ``TimeExpr`` records in text order. It reads no other stage's records and changes nothing.

Expressions come from the patterns of ``data/time/lexicon.yaml`` (see ``resolve`` for the
conventions; ``tense`` for the tense that places a month with no year before or after
publication) and from spaCy's DATE/TIME entities that no pattern covers (kept with value None).
A dated dateline ("PORT VELDEN, Kaga, May 20 —") gives the report's own day, against which the
others are resolved instead of the publication date; its own date is no time of the text's
acts and is not returned (``dateline``).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from unfog.context import DocContext
from unfog.lines import entity_table, int_column, span_text, token_texts
from unfog.model import Document, TimeExpr
from unfog.settings import Settings
from unfog.time.dateline import dateline_day
from unfog.time.lexicon import TimeLexicon, load_lexicon
from unfog.time.resolve import resolve
from unfog.time.tense import direction

__all__ = ["TimeStage", "parse_published"]


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class TimeStage:
    def __init__(self, lexicon: TimeLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    @classmethod
    def from_settings(cls, settings: Settings) -> TimeStage:
        return cls(load_lexicon(settings.knowledge))

    @staticmethod
    def _yearless(m: re.Match[str]) -> bool:
        """A month, or a day and month, without a year of its own: its year may depend on tense."""
        # (the groups read from the match itself: ``groupdict`` would build a dict of all forty)
        return bool(m["mon"] or (m["dmy"] and not m["y3"]) or (m["mdy"] and not m["y4"]))

    def report_day(self, doc: Document, sdoc: Doc) -> str | None:
        """The day of the report's dated dateline ("PORT VELDEN, Kaga, May 20 —"), the reference of
        its relative expressions and the day its undated news happened on, or None (``dateline``)."""
        dated = dateline_day(self.lex, sdoc, parse_published(doc.published))
        return dated[1].isoformat() if dated is not None else None

    def run(self, ctx: DocContext) -> list[TimeExpr]:
        doc, sdoc = ctx.doc, ctx.sdoc
        pub = parse_published(doc.published)
        text = doc.text
        out: list[TimeExpr] = []
        dated = dateline_day(self.lex, sdoc, pub)
        if dated is not None:  # the report's own day is the reference (time/dateline.py)
            pub = dated[1]
        for m in self.lex.pattern.finditer(text):
            if dated is not None and m.span() == dated[0]:
                continue
            way = direction(sdoc, m.start(), m.end(), self.lex.future_aux) if self._yearless(m) else None
            got = resolve(self.lex, m, pub, way)
            if got is None:
                continue
            value, precision, end = got
            s, e = m.span()
            out.append(TimeExpr(text=text[s:e], span=(s, e), value=value,
                                precision=precision, end=end))
        taken = [t.span for t in out] + ([dated[0]] if dated is not None else [])
        idx, texts = int_column(sdoc, "idx"), token_texts(sdoc)
        for first, stop, label in entity_table(sdoc):
            if label not in ("DATE", "TIME"):
                continue
            s, e = idx[first], idx[stop - 1] + len(texts[stop - 1])  # the entity's start_char, end_char
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(TimeExpr(text=span_text(sdoc, first, stop), span=(s, e)))
        out.sort(key=lambda t: t.span)
        return out
