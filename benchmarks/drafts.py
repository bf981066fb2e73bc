"""An invented 1,500-word news draft for the latency benchmarks (serve, lsp) and their tests.

Paragraphs about invented companies, each with figures, dates, a ranking and a quote, with one
planted contradiction (a currency restatement at the wrong rate); no sentence comes from a corpus.

>>> len(long_draft().split()) >= 1500
True
"""

from __future__ import annotations

_COMPANIES = ["Ostrava Grid", "Pellworth Foods", "Marlow Dane", "Karsten Mills", "Velland Rail", "Corvane Ports",
              "Brightmoor Labs", "Tessin Water", "Halvard Steel", "Ruskin Media", "Aldermoor Bank", "Quenby Air",
              "Fenwick Glass", "Orlan Textiles", "Sorrel Energy", "Dunmere Foods", "Kestrel Optics", "Harlan Salt",
              "Ivel Motors", "Nethercott Paper", "Wrenfield Dairy", "Caddon Tools", "Elsmere Chemicals", "Brisco Tiles"]
_PARAGRAPH = (
    "{name} reported revenue of ${revenue} million for the year to March, up from ${prior} million a year "
    "earlier, the company said on Tuesday. Its chief executive, {person}, said the group had hired {staff} "
    "people in {city} and expected to open two more sites before the end of next year. \"{quote},\" "
    "{person} told analysts on a call. The company, "
    "founded in {founded}, ranks {rank} among suppliers in the region and employs about {total} people. "
    "Shares rose {move}% in early trading, and {name}'s board proposed a dividend of {dividend} cents a share.\n\n")
_PEOPLE = ["Ines Halloran", "Odile Ferrand", "Tomas Reyes", "Priya Natesan", "Jonas Weller", "Mara Sandberg"]
_CITIES = ["Leeds", "Lyon", "Gdansk", "Porto", "Aarhus", "Turin", "Ghent", "Brno", "Tartu", "Cork", "Molde", "Split",
           "Graz", "Malmo", "Utrecht", "Bilbao", "Riga", "Derby", "Nantes", "Kosice", "Oulu", "Galway", "Pula", "Lille"]
_QUOTES = ["Demand held up better than we feared", "Our customers stayed with us through a hard winter",
           "Every new site paid for itself within two years", "We would rather grow slowly than borrow heavily",
           "The rail link changed what we can promise buyers", "Prices will settle once the harvest is in",
           "Nobody in the sector expected orders this strong", "We hired engineers before we hired salespeople",
           "Our best year came from our oldest product", "Energy costs are the one figure we watch daily",
           "Exports carried us while the home market slept", "We kept every plant open and every promise"]
_RANKS = ["third", "fifth", "second", "seventh", "fourth", "sixth"]
PLANTED = ("Ostrava Grid also raised $340 million, equivalent to 3.1 billion yuan, from investors led by a "
           "Singapore fund, in a round that closed on Friday.\n\n")


def long_draft(words: int = 1500) -> str:
    """At least ``words`` words of invented news with one planted conversion error (the first paragraph)."""
    parts = [PLANTED]
    index = 0
    while sum(len(p.split()) for p in parts) < words:
        name = _COMPANIES[index % len(_COMPANIES)]
        revenue = 120 + 17 * index
        parts.append(_PARAGRAPH.format(
            name=name, revenue=revenue, prior=revenue - 9, person=_PEOPLE[index % len(_PEOPLE)],
            staff=40 + index * 3, city=_CITIES[index % len(_CITIES)], quote=_QUOTES[index % len(_QUOTES)],
            founded=1990 + index % 25,
            rank=_RANKS[index % len(_RANKS)], total=900 + 50 * index, move=2 + index % 5, dividend=10 + index))
        index += 1
    return "".join(parts)
