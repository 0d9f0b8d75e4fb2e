"""Stories: events reported across documents grouped into one story, with corroboration by
independent sources and contested status where claims contradict each other.

Interface used by the pipeline (keep it stable):

    stories: list[Story] = build_stories(records)
"""

from __future__ import annotations

from collections.abc import Sequence

from unfog.model import AnalysisRecord, Story, StoryMember


def build_stories(records: Sequence[AnalysisRecord]) -> list[Story]:
    stories: list[Story] = []
    for rec in records:
        for ev in rec.events:
            stories.append(
                Story(
                    id=f"story-{len(stories) + 1}",
                    status="single source",
                    members=[StoryMember(document=rec.document.id, event=ev.id)],
                    acled=ev.acled,
                    date=ev.date,
                )
            )
    return stories
