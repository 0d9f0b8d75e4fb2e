"""Stories: events reported across documents grouped into one story, with corroboration by
independent sources and contested status where claims contradict each other.

Interface (keep it stable):

    stories: list[Story] = build_stories(records, rules)   # rules = load_rules(settings.knowledge)
    store_record(tx, rec, rules, provenance)                # one document into a store, stories updated

Events of a compatible type (one ACLED event-type family), at the same or a near place, on close
dates are one story (``cluster``), and so are the accounts of one incident by different sources in
one document (an event of the same family that ``refers_to`` another); a story is a connected group
of such events, built one document at a time against the store's index (``incremental``), so that
the result does not depend on the order of the documents. Reports of one incident that no type, date
or place joins (general news: a trial, an earthquake, a product launch) join through their names and
words (``alike``). The sources of its members, with relayed reports folded into the source they
relay and near-identical copies of one text counted once (``copies``), decide corroboration; a
change of control reported by one side against continued fighting reported by the other, a denial,
or independent sources giving different death tolls make it contested, each contradiction once per
pair of sources with both sources' words, and the story carries each source's toll and ACLED's
conservative figure (``status``). The thresholds and word lists are in
``unfog/data/stories/stories.yaml``, the background frequencies of names and words in
``stories/idf.json``.
"""

from __future__ import annotations

from collections.abc import Iterable

from unfog.model import AnalysisRecord, Story
from unfog.stories.incremental import store_record
from unfog.stories.rules import Rules, load_rules
from unfog.stories.status import STATUSES

__all__ = ["STATUSES", "Rules", "build_stories", "load_rules", "store_record"]


def build_stories(records: Iterable[AnalysisRecord], rules: Rules | None = None) -> list[Story]:
    """The stories of a batch of records, built as a store would build them (in a scratch database
    in memory), the largest first; ``rules`` default to the packaged ones."""
    from unfog.store import Store

    rules = rules if rules is not None else load_rules()
    with Store.open("sqlite://") as scratch:
        for rec in records:
            with scratch.begin() as tx:
                store_record(tx, rec, rules, same_text_once=False)
        stories = scratch.stories()
    stories.sort(key=lambda s: (-len({m.document for m in s.members}), -len(s.members), s.id))
    return stories
