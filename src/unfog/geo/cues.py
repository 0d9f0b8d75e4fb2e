"""The context word lists the geo stage reasons with (``data/geo/cues.yaml``), read once by the stage."""

from __future__ import annotations

from typing import Any


class Cues:
    """The context word lists of ``data/geo/cues.yaml``, as sets."""

    def __init__(self, data: dict[str, Any], speech_verbs: frozenset[str] = frozenset()) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        self.admin_words = words("admin_words")
        self.lowercase_admin_words = words("lowercase_admin_words")
        self.town_words = words("town_words")
        self.name_markers = words("name_markers")
        self.preps = words("locative_preps")
        self.goal_for = words("goal_for")
        self.of_preps = {str(k).lower(): str(v) for k, v in data["of_preps"].items()}
        self.extent_preps = tuple(tuple(str(p).lower().split()) for p in data["extent_preps"])
        self.partitives = words("partitives")
        self.stopwords = words("stopwords")
        self.name_heads = words("name_heads")
        self.metonymy_verbs = words("metonymy_verbs")
        self.metonymy_nouns = words("metonymy_nouns")
        self.literal_heads = words("literal_heads")
        self.office_titles = words("office_titles")
        self.compound_suffixes = words("compound_suffixes")
        self.literal_compounds = words("literal_compounds")
        self.person_nouns = words("person_nouns")
        self.facility_heads = words("facility_heads")
        self.facility_preps = words("facility_preps")
        self.facility_nouns = words("facility_nouns")
        self.institution_heads = words("institution_heads")
        self.facility_suffixes = words("facility_suffixes")
        self.eponym_titles = words("eponym_titles")
        self.locative_verbs = words("locative_verbs")
        self.ground_verbs = words("ground_verbs")
        self.on_heads = {str(k).lower(): str(v) for k, v in data["on_heads"].items()}
        self.head_classes = {str(k).lower(): frozenset(map(str, v)) for k, v in data["head_classes"].items()}
        self.head_plurals = {str(k).lower(): str(v) for k, v in data["head_plurals"].items()}
        self.district_nouns = words("district_nouns")
        self.district_heads = words("district_heads")
        self.resident_nouns = words("resident_nouns")
        self.disease_heads = words("disease_heads")
        self.relative_preps = words("relative_preps")
        self.name_abbreviations = {str(k).lower(): str(v) for k, v in data["name_abbreviations"].items()}
        self.compass_words = words("compass_words")
        self.area_qualifiers = words("area_qualifiers") | self.compass_words
        self.area_nouns = words("area_nouns")
        self.area_heads = words("area_heads")
        self.water_heads = words("water_heads")
        #: the generic heads of longer names, land and water ("X Valley", "Gulf of X"), joined once
        self.feature_heads = self.area_heads | self.water_heads
        self.region_suffixes = words("region_suffixes")
        self.region_plurals = {str(k).lower(): str(v) for k, v in data["region_plurals"].items()}
        self.person_titles = words("person_titles")
        self.company_suffixes = words("company_suffixes")
        self.name_nouns = words("name_nouns")
        self.speech_verbs = speech_verbs  # the shared verbs of saying (language/reporting.yaml)
