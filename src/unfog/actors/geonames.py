"""Country, capital and city names from the gazetteer (unfog.geo), read once per actor stage.

The actor stage does not open a gazetteer: it takes the geo stage's (the pipeline passes
``geo.gazetteer``) or, built alone, the one :func:`unfog.geo.open_gazetteer` opens for its settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from unfog.geo.gazetteer import Gazetteer
from unfog.geo.names import normalize


@dataclass(frozen=True)
class CountryNames:
    """The name tables the actor stage reasons with, read from a gazetteer once."""

    #: country name and capital name -> ISO alpha-2 code
    by_name: dict[str, str]
    #: ISO alpha-2 code -> the country's name
    by_code: dict[str, str]
    #: names of countries, capitals, US states and cities: NER takes some for persons or bodies
    places: frozenset[str]
    #: normalised adjective of a country -> ISO alpha-2 code ("sudanese" -> "SD")
    demonyms: dict[str, str]

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> CountryNames:
        return cls(gazetteer.country_names(), gazetteer.country_names_by_code(), gazetteer.main_names(),
                   gazetteer.country_demonyms())

    def demonym_country(self, text: str) -> str | None:
        """The country an adjective names ("Sudanese" -> "SD"), or None."""
        key = normalize(text)
        return self.demonyms.get(key)

    def country_name(self, iso: str) -> str | None:
        return self.by_code.get(iso)
