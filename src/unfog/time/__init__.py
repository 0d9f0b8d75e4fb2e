"""Time expressions ('on Monday', 'over the weekend', 'in April') resolved against the
publication date, with a precision; what cannot be resolved stays null.

Interface used by the pipeline (keep it stable):

    stage = TimeStage()
    times: list[TimeExpr] = stage.run(doc, sdoc)

Expressions come from the patterns of ``data/time/lexicon.yaml`` (see ``resolve`` for the
conventions) and from spaCy's DATE/TIME entities that no pattern covers (kept with value None).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from unfog.model import Document, TimeExpr
from unfog.time.lexicon import TimeLexicon, load_lexicon
from unfog.time.resolve import resolve

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

    def run(self, doc: Document, sdoc: Doc) -> list[TimeExpr]:
        pub = parse_published(doc.published)
        text = doc.text
        out: list[TimeExpr] = []
        for m in self.lex.pattern.finditer(text):
            got = resolve(self.lex, m, pub)
            if got is None:
                continue
            value, precision, end = got
            s, e = m.span()
            out.append(TimeExpr(text=text[s:e], span=(s, e), value=value,
                                precision=precision, end=end))
        taken = [t.span for t in out]
        for ent in sdoc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(a < e and s < b for a, b in taken):
                continue
            out.append(TimeExpr(text=ent.text, span=(s, e)))
        out.sort(key=lambda t: t.span)
        return out
