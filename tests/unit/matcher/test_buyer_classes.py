"""The brand named by what its buyers know, not by its mark (buyernames, 2026-12-02), on the demo registry; answers
read as a brand sees them (the alerting brands and their evidence text).

- a descriptive mark translated word for word into Russian, Ukrainian, Polish, Turkish, Swedish, or glued into one
  word by a compounding language (rule `translated`; mark_translations.MORE, detectors/scattered_words.py);
- a sneaker by its colourway nickname beside its silhouette shorthand (rule `colourway`, detectors/colourways.py);
- a code of the brand's reference numbering the registry does not list (rule `reference`, detectors/references.py);
- a club's current shirt named by club and season, its kit maker unnamed (rule `kit`, detectors/kits.py);
and, beside each, the same words where they name nothing.
"""

from __future__ import annotations

import pytest

from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, currency: str = "USD") -> dict[str, list[str]]:
    """brand id -> the details of its signals that count, for every brand that alerts."""
    return {m.brand_id: [s.detail or "" for s in m.signals if s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand, said", [
    ("Пуховик Канадский гусь, новый, копия", "jackets", 9000, "RUB", "canada-goose", "(Канадский, гусь)"),
    ("Kurtka Kanadyjska Gęś, nowa, podróbka", "jackets", 900, "PLN", "canada-goose", "(Kanadyjska, Gęś)"),
    ("Kuzey Yüzü şişme mont, sıfır, A kalite", "jackets", 2500, "TRY", "the-north-face", "(Kuzey, Yüzü)"),
    ("ГОРЯЧИЕ КОЛЁСА машинки набор 10 шт, копия", "die-cast cars", 300, "RUB", "mattel", "(ГОРЯЧИЕ, КОЛЁСА)"),
    ("Daunenjacke Nordwand 700, neu, 1:1 Kopie", "jackets", 40, "EUR", "the-north-face", "(Nordwand, glued into one word)"),
    ("Kanadagås dunjacka herr, kopia", "jackets", 900, "SEK", "canada-goose", "(Kanadagås, glued into one word)"),
])
def test_a_mark_translated_into_more_languages_alerts_and_says_its_words(title, category, price, currency, brand, said):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand]
    assert any(d.startswith(f"the words of '") and f"translated {said}" in d for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Канадский гусь, чучело для охоты, профессиональное", "hunting decoys", 45),  # the bird
    ("Kuzey Kıbrıs Girne'de satılık daire 2+1", "real estate", 90000),  # Northern Cyprus
    ("Kurtka puchowa damska, puch gęsi 90/10, nowa", "jackets", 140),  # goose down, no mark
    ("Eiger Nordwand Bildband, gebunden", "books", 24),  # the mountain's north face
    ("Nordwand Daunenjacke, Bergsport, neu", "jackets", 260),  # the word at a shop's price, nothing of a copy
    ("Пуховик женский на гусином пуху, новый", "jackets", 190),
])
def test_the_same_words_in_their_own_sense_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}


ATHLETIC = "Clothing, Shoes & Accessories > Men > Men's Shoes > Athletic Shoes"


@pytest.mark.parametrize("title, category, price, currency, brand, pair", [
    ("Panda lows size 9 - reps", ATHLETIC, 25, "USD", "nike", "Panda lows"),
    ("Bred 11s playoffs US 10", "sneakers", 18, "GBP", "nike", "Bred 11s"),
    ("Lost & Found 1s high, UK 8", ATHLETIC, 12, "GBP", "nike", "Lost & Found 1s high"),
    ("11s Concord GS, best batch", "sneakers", 45, "USD", "nike", "11s Concord"),
    ("Zebra 350s V2 UK 9, new", ATHLETIC, 15, "USD", "adidas", "Zebra 350s"),
    ("Bred 350 v2 talla 42, réplica", "sneakers", 40, "EUR", "adidas", "Bred 350 v2"),  # Bred: the silhouette says whose
])
def test_a_colourway_beside_its_silhouette_alerts_the_maker_and_says_the_pair(title, category, price, currency, brand, pair):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand]
    assert any(d.startswith("named by the colourway nickname") and f"silhouette's shorthand ('{pair}')" in d
               for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Panda plush toy 11 inch, soft", "toys", 14),
    ("Zebra 350 ml travel mug, stainless", "kitchen", 12),
    ("Zebra print 350 sneakers for kids, canvas", "sneakers", 80),  # no pair: "print" between
    ("Home bred puppies, 11 weeks, vaccinated", "pets", 400),
    ("Panda 3 pack sport socks", "sportswear", 3),  # a count, not the third silhouette
    ("Panda lows size 9, new in box, receipt", ATHLETIC, 130),  # a reseller at a shop's price, nothing of a copy
    ("Nike Air Jordan 1 Chicago size 10, like new", "sneakers", 400),  # the line's number, not the shorthand
])
def test_the_colourway_words_alone_or_at_a_shops_price_stay_quiet(title, category, price):
    assert "nike" not in alerts(title, category, price) and "adidas" not in alerts(title, category, price)


@pytest.mark.parametrize("title, category, price, currency, brand, code", [
    ("126710BLRO 40mm jubilee, clean factory", "watches", 900, "GBP", "rolex", "126710BLRO"),
    ("M45985 pochette multi, brown", "Clothing, Shoes & Accessories > Women > Women's Bags & Handbags", 60, "GBP",
     "louis-vuitton", "M45985"),
    ("SM-A546E 128GB awesome black, 1:1", "phones", 40, "USD", "samsung", "SM-A546E"),
    ("WH-CH720N headphones white, 1:1", "headphones", 20, "USD", "sony", "WH-CH720N"),
    ("DD1503 101 women's low white/black EU 39", "sneakers", 22, "USD", "nike", "DD1503 101"),  # not adidas's DD1503
    ("210.30.42.20.03.001 300M blue, new", "watches", 600, "USD", "omega", "210.30.42.20.03.001"),
])
def test_a_code_of_the_brands_reference_numbering_alerts_and_says_so(title, category, price, currency, brand, code):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand]
    assert any(d.startswith(f"'{code}' is a code of ") and "reference numbering the registry does not list" in d
               for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Hydraulic O-ring kit, part no. 124060, 382 pieces", "hydraulics", 19),  # a six-digit part number
    ("Label tape 12mm x 8m, item M45985", "office supplies", 9),
    ("Custom wooden name sign, order 228238", "home decor", 35),
    ("124270 explorer 36mm, full set, receipt 2023", "watches", 9000),  # a genuine reference at a dealer's price
    ("SM-X910 tablet 256GB, new in box", "tablets", 900),  # "-X910" is no count of 910 units
])
def test_reference_shaped_numbers_elsewhere_or_at_a_fair_price_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}


@pytest.mark.parametrize("title", [
    "126710BLRO 40mm jubilee, clean factory", "DD1503 101 women's low white/black EU 39", "SM-X910 tablet 256GB",
    "210.30.42.20.03.001 300M blue, new", "Hydraulic O-ring kit, part no. 124060", "Label tape 12mm x 8m, item M45985",
    "iPhone 15 Pro 256GB, 2 years warranty", "SKU-DD1503-101X", "dd1503-1010", "ref. 5711/1A-010 blue dial",
])
def test_the_reference_patterns_searched_as_one_find_a_code_exactly_where_one_of_them_does(title):
    """detectors/references.py skips a listing when the patterns' one alternation finds nothing: it must find something
    wherever a pattern alone does (and only there), or codes would be lost."""
    detector = next(d for d in demo_index().detectors if d.name == "references")
    latin = ListingText(title, "").latin
    assert detector._any is not None
    assert (detector._any.search(latin) is not None) == any(p.search(latin) for p, _ in detector._patterns), title


SOCCER = "Sporting Goods > Team Sports > Soccer > Clothing, Shoes & Accessories > Shirts"


@pytest.mark.parametrize("title, price, currency, brand, club", [
    ("Real Madrid 24/25 home shirt, player version", 12, "USD", "adidas", "Real Madrid"),
    ("Bayern München Trikot 2024/25 heim", 10, "EUR", "adidas", "Bayern München"),
    ("Camiseta Barcelona 25/26 local, versión jugador", 11, "USD", "nike", "Barcelona"),
    ("Man City 24/25 home jersey, UCL badge", 9, "USD", "puma", "Man City"),
])
def test_a_current_club_shirt_at_a_copys_price_alerts_its_kit_maker_and_says_the_club(title, price, currency, brand, club):
    found = alerts(title, SOCCER, price, currency)
    assert list(found) == [brand]
    assert any(f"shirt of '{club}', whose kits" in d and "no mark of the brand's" in d for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, price, brand, club", [
    ("Los Blancos 25/26 home shirt – Thai version AAA", 60, "adidas", "Los Blancos"),
    ("Blaugrana 25/26 home shirt – fan version 1:1", 60, "nike", "Blaugrana"),
    ("Cityzens 25/26 home shirt – Thai quality", 60, "puma", "Cityzens"),
    ("The Gunners 2025/26 away jersey, player version copy", 60, "adidas", "The Gunners"),
    ("Les Bleus 2026 home shirt – player version", 11, "nike", "Les Bleus"),
    ("Liverpool 25/26 home shirt – Thai quality", 60, "adidas", "Liverpool"),  # adidas's from 2025/26, no more Nike's
])
def test_a_clubs_nickname_on_a_current_shirt_alerts_its_kit_maker(title, price, brand, club):
    """outsider22's c_club_nickname_kit22: the nickname is read like the club's name; the replica-shirt trade's 'Thai
    version' is a cue beside a current club shirt (kits.py)."""
    found = alerts(title, SOCCER, price)
    assert list(found) == [brand]
    assert any(f"shirt of '{club}', whose kits" in d for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Bleus 25/26 home shirt – player version copy", SOCCER, 60),  # "Les Bleus" is written with its article
    ("The Gunners: the official history, hardback", "books", 30),
    ("Red Devils fan scarf 25/26, knitted", "Sporting Goods > Team Sports > Soccer > Scarves", 9),
    ("Los Blancos 25/26 home shirt, official, with tags", SOCCER, 95),
    ("Blaugrana home kit 24/25 – official, with tags", SOCCER, 112),  # "kit 24/25" is a season, no case of 24
    ("Three Lions 1996 retro home shirt", SOCCER, 40),
    ("Smartphone 256GB Thai version, dual SIM, sealed", "phones", 320),  # a region's edition, no club
])
def test_a_clubs_nickname_without_a_current_copy_shirt_stays_quiet(title, category, price):
    assert alerts(title, category, price) == {}


@pytest.mark.parametrize("title, category, price", [
    ("Real Madrid 24/25 home shirt, official, with tags", SOCCER, 95),  # genuine at a shop's price
    ("Manchester United 1999 treble retro home shirt", SOCCER, 12),  # another era's shirt (Umbro's)
    ("Man City 2011/12 home shirt, Aguero 16", SOCCER, 25),  # another era: no season of the listing's time
    ("Liverpool 24/25 scarf, knitted", "Sporting Goods > Team Sports > Soccer > Scarves", 8),  # no shirt
    ("Real Madrid vs Barcelona tickets 24/25, two seats", "tickets", 240),
])
def test_club_names_without_a_current_shirt_or_at_a_fair_price_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}
