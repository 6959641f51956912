"""Another maker named as the goods' maker: "Seiko 5 Sports GMT SSK019 'Pepsi' bezel", "Steinhart Ocean One GMT
'Batman'", "Seiko 'Tank'-shaped dress watch", "New Balance 550 'Panda' lows" (issue 9, honest24; outsider21's
in_shared_jargon21, read for its way of writing).

Collectors' jargon is shared across makers: a two-colour bezel is a 'Pepsi' or a 'Batman' on a Seiko, a Tudor or a
Steinhart as on a Rolex, "GMT" is a second time zone on any watch, a rectangular dress watch is 'Tank'-shaped, a black
and white sneaker is a 'Panda'. A registry may tie such a word to one brand (its lines, abbreviations, nicknames:
`Evidence.vocabulary`). When the title names the goods' maker by a name of its own, a maker the registry does not
hold, and nothing else names the brand (no mark, no model number, no disguise), the word describes that maker's goods:
`other_maker(title)` returns the maker's name as written, and index.py drops a brand named only by vocabulary words
beside it unless the listing has a counterfeit cue (a copy seller's "Seiko GMT Pepsi 1:1" still counts).

The names are written as makers write them (case-sensitive, whole words; the all-capitals form too), and makers whose
name is a common word a title may capitalise (On, Nothing, Honor, Ball, Baltic, Fossil, Brooks, Pixel) are left out.
Source: general knowledge of the makers sold beside the registry's watch, sneaker and audio brands on marketplaces (Wikipedia, "List of watch manufacturers", "List of athletic shoe brands";
the makers' own sites); a maker the registry holds as a brand or a mark is dropped from the list when the index is
built (`makers`). A sub-brand or sister house the registry declares (Tudor, Converse, Vans) stays: its own name names
nobody (detectors/relations.py), and its goods are its own.
"""

from __future__ import annotations

import re

# watches: Japanese, Swiss and German makers and the microbrands that sell homages with the shared bezel names
WATCHES = (
    "Seiko", "Grand Seiko", "Casio", "G-Shock", "Citizen", "Orient", "Tissot", "Hamilton", "Longines", "Oris",
    "Steinhart", "Invicta", "Timex", "Bulova", "Swatch", "Breitling", "TAG Heuer", "IWC", "Panerai", "Zenith",
    "Tudor", "Glycine", "Squale", "Doxa", "Christopher Ward", "Pagani Design", "San Martin", "Parnis",
    "Sinn", "Junghans", "Mido", "Certina", "Rado", "Frederique Constant", "Nomos", "Laco", "Stowa", "Vostok",
    "Lorier", "Heimdallr", "Addiesdive", "Berny", "Cadisen", "Benyar", "Nivada", "Alpina", "Maurice Lacroix",
    "Raymond Weil", "Edox", "Victorinox", "Luminox",
)
# sneakers and sportswear: the makers whose colourways carry the same nicknames ('Panda', 'Triple Black', 'Bred')
SNEAKERS = (
    "New Balance", "Asics", "ASICS", "Vans", "Reebok", "Saucony", "Converse", "Hoka", "HOKA", "Mizuno",
    "Salomon", "Onitsuka Tiger", "Diadora", "Le Coq Sportif", "Veja", "Fila", "FILA", "Skechers", "Karhu",
    "Under Armour", "Li-Ning", "Anta", "Xtep", "Autry", "Etonic", "K-Swiss", "Lacoste", "Ellesse",
)
# audio and devices: the makers whose goods share the everyday 'Pods', 'Buds', 'Max' words
DEVICES = (
    "Google Pixel", "Jabra", "Sennheiser", "Anker", "Soundcore", "OnePlus", "Xiaomi", "Redmi", "Huawei", "Oppo",
    "OPPO", "Realme", "Skullcandy", "Jaybird", "Audio-Technica", "Shure", "Bang & Olufsen", "Nokia", "Motorola",
)
MAKERS = tuple(dict.fromkeys(WATCHES + SNEAKERS + DEVICES))


def makers(registry_names: set[str]) -> tuple[str, ...]:
    """The list without the makers the registry holds (case-folded `registry_names`: brands' names and marks). Pure."""
    return tuple(m for m in MAKERS if m.casefold() not in registry_names)


def compile_makers(names: tuple[str, ...]) -> re.Pattern | None:
    """One case-sensitive expression for the names and their all-capitals forms, as whole words."""
    if not names:
        return None
    forms = sorted({f for n in names for f in (n, n.upper())}, key=len, reverse=True)
    return re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w&-])")


def other_maker(title: str, pattern: re.Pattern | None) -> str | None:
    """The first maker of `pattern` the title names, as written, else None. Pure."""
    if pattern is None:
        return None
    m = pattern.search(title)
    return m.group(0) if m else None
