"""``ActorMentions.find`` starts its scan at the first mention that reaches past the span: the
answer is the full scan's, also when an early long mention reaches past later short ones."""

from __future__ import annotations

import pytest

from unfog.context import ActorMentions
from unfog.model import Actor, Span


def actor(aid: str, *spans: Span) -> Actor:
    mentions = [{"text": "x" * (e - s), "span": [s, e], "kind": "name"} for s, e in spans]
    return Actor.model_validate({"id": aid, "name": aid, "mentions": mentions})


def full_scan(index: ActorMentions, span: Span, head: int) -> Actor | None:
    best: tuple[int, int, Actor] | None = None
    s, e = span
    for ms, me, a in index.mentions:
        if ms >= e:
            break
        ov = min(e, me) - max(s, ms)
        if ov > 0 and (best is None or (1 if ms <= head < me else 0, ov) > (best[0], best[1])):
            best = (1 if ms <= head < me else 0, ov, a)
    return best[2] if best else None


ACTORS = [
    actor("a1", (0, 60), (200, 210)),  # a long early mention over the later short ones
    actor("a2", (10, 14), (70, 80)),
    actor("a3", (30, 45), (75, 90), (205, 230)),
    actor("a4", (100, 101)),
]


@pytest.mark.parametrize(
    ("span", "head"),
    [((0, 5), 2), ((12, 13), 12), ((40, 50), 48), ((58, 72), 71), ((61, 69), 65), ((76, 79), 77),
     ((95, 105), 100), ((150, 199), 160), ((207, 209), 207), ((220, 240), 225), ((300, 310), 305)],
)
def test_find_gives_the_full_scans_answer(span: Span, head: int) -> None:
    index = ActorMentions(ACTORS)
    got = index.find(span, head)
    want = full_scan(index, span, head)
    assert (got.id if got else None) == (want.id if want else None)


def test_find_on_no_mentions() -> None:
    assert ActorMentions([]).find((0, 10), 3) is None
