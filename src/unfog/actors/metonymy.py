"""Places standing for their government ("Kyiv warned", "France condemned") become actors.

Whether a name stands for its government is decided once, by the geo stage (``unfog.geo.metonymy``):
every place mention it marked ``literal=False`` becomes a mention (kind "metonym") of the government
the dictionary lists for that name ("Kyiv" -> Government of Ukraine), else of the government of the
place's country. A name geo took literally, or did not take as a place, is no metonym here.
"""

from __future__ import annotations

from unfog.actors.dictionary import ActorEntry
from unfog.actors.geonames import CountryNames
from unfog.actors.registry import Registry, WorkActor
from unfog.context import DocContext


class Metonymy:
    def __init__(self, entries: tuple[ActorEntry, ...], names: CountryNames) -> None:
        self.names = names
        self.by_metonym = {m: e for e in entries for m in e.metonyms}
        self.gov_by_country = {e.country: e for e in entries if e.type == "government" and e.metonyms and e.country}

    def government(self, text: str, registry: Registry, country: str | None = None) -> WorkActor | None:
        entry = self.by_metonym.get(text)
        if entry is None:
            iso = country or self.names.by_name.get(text)
            entry = self.gov_by_country.get(iso) if iso else None
            if entry is None:
                name = self.names.country_name(iso) if iso else None
                if name is None:
                    return None
                actor = registry.for_name(f"Government of {name}", "government", iso)
                actor.add_alias(name)
                return actor
        return registry.for_entry(entry)

    def run(self, ctx: DocContext, registry: Registry) -> None:
        """Add the place mentions geo marked as metonymic, in the order of the places."""
        for place in ctx.places:
            for pm in place.mentions:
                if pm.literal:
                    continue
                span = ctx.tokens(pm.span)
                if span is None or registry.taken(span.start, span.end):
                    continue
                actor = self.government(pm.text, registry, place.country_code)
                if actor is not None:
                    registry.add(span, "metonym", actor)
