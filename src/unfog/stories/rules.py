"""The story rules from ``unfog/data/stories/stories.yaml``, read by whoever builds stories and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field

from unfog.knowledge import PACKAGED, Knowledge
from unfog.stories.alike import Idf, load_idf


@dataclass(frozen=True)
class Rules:
    family: dict[str, str]
    max_days: int
    undated_days: int
    town_km: float
    region_km: float
    territory_sub_events: frozenset[str]
    territory_triggers: frozenset[str]
    holding_triggers: frozenset[str]
    holding_sub_events: frozenset[str]
    untyped_main_place: str  # "all", "headline" or "none"
    alike_cosine: float = 0.25
    alike_days: int = 7
    alike_query_names: int = 12
    not_names: frozenset[str] = frozenset()
    idf: Idf = field(default_factory=lambda: Idf(0, {}, {}))


def load_rules(knowledge: Knowledge = PACKAGED) -> Rules:
    """The rules of ``stories/stories.yaml``, with the background frequencies of ``stories/idf.json``."""
    raw = knowledge.read("stories/stories.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw[key])

    untyped = str(raw["untyped_main_place"])
    if untyped not in ("all", "headline", "none"):
        raise ValueError(f"stories.yaml: untyped_main_place must be all, headline or none, not {untyped!r}")
    return Rules(
        family={str(k): str(v) for k, v in raw["family"].items()},
        max_days=int(raw["max_days"]),
        undated_days=int(raw["undated_days"]),
        town_km=float(raw["town_km"]),
        region_km=float(raw["region_km"]),
        # the ACLED taxonomy is the events' (ontology.yaml): the sub-event types of ground taken by force
        territory_sub_events=frozenset(str(w) for w in knowledge.read("events/ontology.yaml")["territory"]["taken"]),
        territory_triggers=words("territory_triggers"),
        holding_triggers=words("holding_triggers"),
        holding_sub_events=words("holding_sub_events"),
        untyped_main_place=untyped,
        alike_cosine=float(raw["alike_cosine"]),
        alike_days=int(raw["alike_days"]),
        alike_query_names=int(raw["alike_query_names"]),
        # the days and months (and their abbreviations) are the time stage's (time/lexicon.yaml)
        not_names=frozenset(str(w).lower() for w in raw["not_names"]) | {
            str(w) for table in ("weekdays", "months") for w in knowledge.read("time/lexicon.yaml")[table]},
        idf=load_idf(knowledge),
    )
