"""Stories: events reported across documents grouped into one story, with corroboration by
independent sources and contested status where claims contradict each other.

Interface used by the pipeline (keep it stable):

    stories: list[Story] = build_stories(records, rules)   # rules = load_rules(settings.knowledge)

Events of a compatible type (one ACLED event-type family), at the same or a near place, on close
dates are one story (``cluster``); the sources of its members, with relayed reports folded into
the source they relay, decide corroboration; a change of control reported by one side against
continued fighting reported by the other, or a denial, makes it contested (``status``). The
thresholds and word lists are in ``unfog/data/stories/stories.yaml``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from unfog.model import AcledType, AnalysisRecord, Story
from unfog.stories.cluster import clusters
from unfog.stories.features import Item, items_of
from unfog.stories.rules import Rules, load_rules
from unfog.stories.status import contradictions, independent_sources, status_of

__all__ = ["Rules", "build_stories", "load_rules"]


def _commonest_acled(items: list[Item]) -> AcledType | None:
    types = Counter((it.event.acled.event_type, it.event.acled.sub_event_type) for it in items if it.event.acled)
    if not types:
        return None
    (event_type, sub), _ = types.most_common(1)[0]
    return AcledType(event_type=event_type, sub_event_type=sub)


def _story(n: int, items: list[Item], rules: Rules) -> Story:
    places = Counter(it.place.name for it in items if it.place is not None)
    place_name = places.most_common(1)[0][0] if places else None
    place = next((it.place for it in items if it.place is not None and it.place.name == place_name), None)
    dates = Counter(it.event.date for it in items if it.event.date)
    sources = independent_sources(items)
    found = contradictions(items, rules)
    return Story(
        id=f"story-{n}",
        status=status_of(items, sources, found),
        members=[it.member for it in items],
        acled=_commonest_acled(items),
        place=place_name,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        date=max(dates.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if dates else None,
        sources=[s.name for s in sources],
        contradictions=found,
    )


def build_stories(records: Sequence[AnalysisRecord], rules: Rules | None = None) -> list[Story]:
    """Stories, the largest first (then in input order); ``rules`` default to the packaged ones."""
    rules = rules if rules is not None else load_rules()
    groups = clusters(items_of(list(records), rules), rules)
    groups.sort(key=lambda g: (-len({it.member.document for it in g}), -len(g), g[0].index))
    return [_story(i, g, rules) for i, g in enumerate(groups, 1)]
