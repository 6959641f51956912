"""False-alert classes 9-13 of issue 9 on the demo registry: listings that must stay quiet for a brand
they name, each example of the issue, generated siblings over the demo brands, and the paired
counterfeits in the same places that must still alert.

9  accessories named after the brand, in both orders, and "-compatible", "-style" references
10 negated mentions ("not Danone", "non-Bose", "not affiliated with Apple")
11 a bare mark far from anything the brand sells (a poster of the Eiger's north face)
12 words of other languages (Böse, Cañón, boxe, sono)
13 replicas of everyday things (a statue of the goddess Nike)
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

import pytest

from brandsentry.registry import parse_registry
from brandsentry.settings import Topics
from schemas import Rule
from services.matcher.core import MatcherIndex
from services.matcher.core.config import MatcherConfig
from services.alerts.core import new_alert
from services.matcher.core.context.sectors import Sectors
from services.portal.notice import notice_text, render_notice
from tests.unit.matcher.conftest import make_listing
from tests.eval.adversary.generate import registry_doc
from tests.unit.matcher.demo import demo_index

SEED = Path(__file__).resolve().parents[3] / "deploy" / "seed" / "registry.yaml"


@cache
def _document() -> dict:
    return registry_doc(SEED)


@pytest.fixture(scope="module")
def demo():
    return demo_index()


def scored(index, title, category=None, price=None, description=""):
    extra = {"category": category}
    if price is not None:
        extra["price"] = {"amount": price, "currency": "USD"}
    return {m.brand_id: m for m in index.evaluate(make_listing(title, description, **extra))}


def alerts(index, title, category=None, price=None, description=""):
    return {b for b, m in scored(index, title, category, price, description).items() if m.score >= m.threshold}


def rules(match) -> set[Rule]:
    return {s.rule for s in match.signals}


# ------------------------------------------------------------------ the demo brands, for siblings

def _marks(entry) -> list[str]:
    """The brand's marks registered as no everyday word, Latin script, that fold to themselves."""
    out = []
    for m in entry.get("marks", []):
        value, everyday = (m, False) if isinstance(m, str) else (m["value"], m.get("everyday_word", False))
        if not everyday and value.isascii() and any(c.isalpha() for c in value):
            out.append(value)
    return out


def _product_category(entry) -> str | None:
    """A category of the brand that names goods (not "accessories", "merchandise")."""
    return next((c for c in entry["categories"] if c not in ("accessories", "merchandise", "memory", "otc", "ink")), None)


BRANDS = [(e["id"], _marks(e)[0], _product_category(e)) for e in _document()["brands"] if _marks(e) and _product_category(e)]
_SECTORS = Sectors(MatcherConfig().sectors, MatcherConfig().generic_categories)


def _far(brand_id: str, category: str, title: str = "") -> bool:
    """Whether the category and title name goods of none of the brand's sectors (siblings where the brand
    sells that kind of goods, Swarovski's crystal figurines for a statue, are left out)."""
    entry = next(e for e in _document()["brands"] if e["id"] == brand_id)
    own = set().union(*(_SECTORS.of_words(c).sectors for c in entry["categories"]))
    listing = _SECTORS.of_words(category).sectors | _SECTORS.of_words(title, title=True).sectors
    return bool(own) and "merchandise" not in entry["categories"] and own.isdisjoint(listing)


# ------------------------------------------------------------------ 9. accessories

@pytest.mark.parametrize("title, category, price, brand", [
    ("iPhone 15 Pro Max case, clear silicone cover", "phone cases", 5.99, "apple"),
    ("Samsung-compatible 25W fast charger", "chargers", 6, "samsung"),
    ("Hasbro-style board game storage box", None, 20, "hasbro"),
])
def test_issue_examples_of_accessories_stay_quiet_with_the_accessory_rule(demo, title, category, price, brand):
    match = scored(demo, title, category, price)[brand]
    assert match.score < match.threshold
    assert Rule.accessory in rules(match)


@pytest.mark.parametrize("brand, mark, category", BRANDS)
@pytest.mark.parametrize("template", [
    "{mark}-compatible replacement charger", "{mark} compatible storage box", "{mark}-style storage box",
    "{mark}-inspired travel organizer", "{mark}-type replacement strap", "{mark}-like display stand",
    "Replacement ear pads for {mark}", "Protective cover compatible with {mark}", "Wall mount fits {mark}",
    "Cleaning kit for use with {mark}",
])
def test_accessories_of_every_demo_brand_stay_quiet(demo, brand, mark, category, template):
    assert brand not in alerts(demo, template.format(mark=mark), None, 9.0)


@pytest.mark.parametrize("title, brand", [
    ("iPhone 15 Pro Max case, clear silicone cover", "apple"),
    ("iPad Pro 12.9 magnetic folio case", "apple"),
    ("AirPods Pro 2 silicone case cover", "apple"),
    ("Galaxy S24 Ultra tempered glass screen protector", "samsung"),
    ("Galaxy Buds ear tips 3 pairs", "samsung"),
    ("Samsung phone case leather wallet", "samsung"),
    ("QuietComfort 45 ear pads replacement", "bose"),
    ("SoundLink Flex wall mount bracket", "bose"),
    ("PlayStation 5 vertical stand", "sony"),
    ("Rolex rubber strap 20mm", "rolex"),
    ("Cartier watch winder single", "cartier"),
    ("Louis Vuitton Neverfull bag organizer insert", "louis-vuitton"),
    ("Canada Goose parka garment storage bag", "canada-goose"),
])
def test_the_brand_first_and_the_accessory_after_stays_quiet(demo, title, brand):
    match = scored(demo, title, None, 9.0)[brand]
    assert match.score < match.threshold
    assert any(s.rule is Rule.accessory and s.weight < 0 for s in match.signals)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Apple AirPods Pro case included, 1:1 replica", None, 20, "apple"),  # the case comes with the AirPods
    ("AirPods Pro 2 with charging case, high copy", "earbuds", 25, "apple"),
    ("Apple 20W USB-C charger 1:1 copy", "chargers", 3, "apple"),  # Apple sells chargers
    ("Philips stand blender 1.5L high copy", "kitchen appliances", 20, "philips"),  # the stand is the blender's
    ("Gucci phone case GG Marmont 1:1 replica", None, 15, "gucci"),  # Gucci's own case, not a case for Gucci
    ("Rolex-style Submariner watch 1:1 replica", "watches", 60, "rolex"),  # a likeness with a cue is a copy
    ("Toyota oil filter 90915-YZZD1 original quality", "auto parts", 3, "toyota"),  # Toyota sells parts
])
def test_products_named_like_accessories_still_alert(demo, title, category, price, brand):
    assert brand in alerts(demo, title, category, price)


# A likeness frame protects the name as the brand writes it: a misspelt or disguised mark in it, among the brand's
# goods, is a copy dodging the name (outsider9's c_misspell; tests/eval/adversary/likeness.py generates the class).
@pytest.mark.parametrize("title, category, price, brand, disguise", [
    ("Legoo style set", "building sets", 82.9, "lego", "Legoo"),  # a doubled letter
    ("Carteir style 18k bracelet", "jewelry", 1080, "cartier", "Carteir"),  # two letters swapped
    ("Adiddas style sneakers white/black", "sneakers", 16, "adidas", "Adiddas"),
    ("Aptamel style stage 3", "infant formula", 4, "danone", "Aptamel"),  # a letter changed
    ("Bolsa tipo Coaach", "handbags", 20, "coach", "Coaach"),  # the comparison before the mark
    ("Uhr im R0lex-Stil", "watches", 40, "rolex", "R0lex"),  # a look-alike digit
    ("Ceinture façon Gu-cci", "belts", 20, "gucci", "Gu-cci"),  # a symbol inside
    ("Rollex風 腕時計", "watches", 30, "rolex", "Rollex"),
])
def test_a_disguised_mark_in_a_likeness_frame_is_a_copy(demo, title, category, price, brand, disguise):
    match = scored(demo, title, category, price)[brand]
    assert match.score >= match.threshold
    frame = next(s for s in match.signals if s.rule is Rule.accessory)
    assert frame.weight == 0 and f"misspelt or disguised ('{disguise}')" in frame.detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex-style watch", "watches", 40, "rolex"),  # the name spelt right: an honest comparison
    ("Bolsa tipo Coach", "handbags", 20, "coach"),
    ("L'Oréal-style perfume 50ml spray", "fragrance", 4, "loreal"),  # the accents a language writes are the name
    ("Legoo style cake topper", "party supplies", 5, "lego"),  # far from the brand's goods
    ("Cannon style camera strap", "cameras", 5, "canon"),  # a word one edit from the mark
    ("Sneakers white typu Jodan", "sneakers", 10, "nike"),  # a word of another language (Spanish)
])
def test_a_likeness_of_the_name_as_written_or_a_word_stays_quiet(demo, title, category, price, brand):
    match = scored(demo, title, category, price).get(brand)
    assert match is None or match.score < match.threshold


@pytest.mark.parametrize("brand, mark, category", BRANDS)
def test_the_counterfeit_of_every_demo_brand_in_its_category_still_alerts(demo, brand, mark, category):
    assert brand in alerts(demo, f"{mark} {category} 1:1 replica", category, 5.0)


def test_filed_among_accessories_or_with_a_disclaimer_lowers_the_brand(demo):
    match = scored(demo, "Rolex rubber strap 20mm", "watch accessories", 16)["rolex"]
    assert match.score < match.threshold and Rule.accessory in rules(match)
    match = scored(demo, "Apple fast charger 25W", "chargers", 8,
                   "Brand names are used to describe compatibility only.")["apple"]
    assert match.score < match.threshold and Rule.accessory in rules(match)
    # ... unless the listing also says it is a copy
    assert "apple" in alerts(demo, "Apple fast charger 25W 1:1 replica", "chargers", 8,
                             "Brand names are used to describe compatibility only.")
    # BMW sells accessories itself: filed among car accessories, its product is still its own
    assert "bmw" in alerts(demo, "BMW M Performance steering wheel replica", "car accessories", 60)


# ------------------------------------------------------------------ 10. negation

def test_issue_example_of_negation_scores_zero_with_the_negation_rule(demo):
    match = scored(demo, "organic yogurt starter culture (not Danone)")["danone"]
    assert match.score == 0
    negation = next(s for s in match.signals if s.rule is Rule.negation)
    assert (negation.text, negation.weight) == ("not", 0)


@pytest.mark.parametrize("brand, mark, category", BRANDS)
@pytest.mark.parametrize("template", [
    "Generic {category} (not {mark})", "Generic {category}, not {mark}, no logo", "Non-{mark} {category}",
    "{category} – unlike {mark}, no brand", "{category}, not affiliated with or endorsed by {mark}",
    "{category}, not made by {mark}", "{category}: an alternative to {mark}", "{category} NOT {mark}",
])
def test_negated_mentions_of_every_demo_brand_stay_quiet(demo, brand, mark, category, template):
    title = template.format(mark=mark, category=category)
    assert brand not in alerts(demo, title, category, 5.0, "Unbranded generic product.")


@pytest.mark.parametrize("title, brand", [
    ("Nike Air Max 90 replica, not original", "nike"),  # "not original" admits a copy; it denies nothing
    ("Not Nike? Same as Nike Air Max 90 1:1 quality", "nike"),  # the second mention stands
    ("Rolex Submariner 1:1, not genuine", "rolex"),
    ("Bose QuietComfort headphones no box 1:1", "bose"),  # "no" before "box", not before the brand
])
def test_a_negation_that_does_not_deny_the_brand_still_alerts(demo, title, brand):
    assert brand in alerts(demo, title)


def test_a_disclaimer_after_the_brand_denies_that_mention(demo):
    match = scored(demo, "Compatible earbuds tips", "", None, "Bose is not affiliated with this shop.")
    assert "bose" not in match or match["bose"].score == 0


# ------------------------------------------------------------------ 11. far from what the brand sells

def test_issue_example_of_a_bare_mark_far_from_the_brand_stays_quiet(demo):
    match = scored(demo, "Eiger North Face 1938 vintage mountaineering poster", "posters", 19)["the-north-face"]
    assert match.score < match.threshold
    distance = next(s for s in match.signals if s.rule is Rule.category_distance)
    assert distance.weight == 0 and "poster" in distance.detail


FAR_PLACES = [("{mark} vintage travel poster 24x36", "posters", 19.0), ("{mark}: a novel, paperback", "books", 12.0),
              ("{mark} garden gnome statue", "garden", 25.0)]


@pytest.mark.parametrize("brand, mark, template, place, price", [
    (brand, mark, *far) for brand, mark, _ in BRANDS for far in FAR_PLACES if _far(brand, far[1], far[0])])
def test_a_bare_mark_of_every_demo_brand_far_from_its_goods_stays_quiet(demo, brand, mark, template, place, price):
    assert brand not in alerts(demo, template.format(mark=mark), place, price)


@pytest.mark.parametrize("title, category, price", [
    ("Nike Air Max 90", None, 40),  # no category, no product noun: nothing says it is far
    ("Nike Air Max 90 1:1 replica", "home decor", 20),  # two of the brand's marks name its product
    ("Nike Air Max 90 sneakers 1:1 replica", "home decor", 20),  # misfiled: the title says sneakers
    ("N1ke goddess replica statue", "home decor", 45),  # a disguise is a sign of intent anywhere
    ("Nike DD1391-100 replica", "home decor", 20),  # a model number names the product itself
])
def test_a_counterfeit_misfiled_or_without_category_still_alerts(demo, title, category, price):
    assert "nike" in alerts(demo, title, category, price)


@pytest.fixture(scope="module")
def rolex_floor():
    """The demo registry with a brand-wide price floor for Rolex (the demo has none)."""
    document = copy.deepcopy(_document())
    rolex = next(b for b in document["brands"] if b["id"] == "rolex")
    rolex["price_floors"].append({"floor": {"amount": 500, "currency": "USD"}})
    return MatcherIndex.build(parse_registry(document))


def test_far_from_the_brand_a_cue_and_a_price_below_a_brand_wide_floor_alert_together(rolex_floor):
    assert "rolex" in alerts(rolex_floor, "Rolex 1:1 replica", "home decor", 20)
    assert "rolex" not in alerts(rolex_floor, "Rolex vintage poster", "home decor", 20)  # price alone
    assert "rolex" not in alerts(rolex_floor, "Rolex museum replica statue", "home decor", 900)  # cue alone


def test_the_takedown_notice_says_which_context_was_checked(rolex_floor):
    match = rolex_floor.match(make_listing("Rolex 1:1 replica", category="home decor", price={"amount": 20, "currency": "USD"}))[0]
    alert = new_alert(match, Topics(topic_prefix="p."), now=match.matched_at, seller_prior_alerts=0)
    text = notice_text(render_notice(alert, requested_by="alice", now=match.matched_at))
    assert "Context checked: category_distance" in text
    assert "Rolex sells apparel & accessories / electronics" in text  # the distance, explained


# ------------------------------------------------------------------ 12. words of other languages

@pytest.mark.parametrize("title, category, brand, language", [
    ("Boxe boxing gloves 12oz", "sports", "bose", None),
    ("Sono qui t-shirt in cotone", "t-shirts", "sony", "Italian"),
    ("Böse Mädchen: Roman, Taschenbuch", "books", "bose", "German"),
    ("Guía del Cañón del Colca", "books", "canon", "Spanish"),
])
def test_issue_examples_of_foreign_words_stay_quiet_with_the_foreign_word_rule(demo, title, category, brand, language):
    match = scored(demo, title, category, 20)[brand]
    assert match.score < match.threshold
    note = next(s for s in match.signals if s.rule is Rule.foreign_word)
    assert note.weight == 0 and (language is None or f" {language} word" in note.detail)


@pytest.mark.parametrize("title, category, brand", [
    ("Börse und Finanzen: Handbuch für Anleger", "books", "bose"),
    ("Hose für Herren aus Baumwolle, Größe 50", "clothing", "bose"),
    ("Mantel für Damen aus Wolle, schwarz", "clothing", "mattel"),
    ("Luego te llamo: novela", "books", "lego"),
    ("Febrero en la playa, novela", "books", "ferrero"),
    ("Boxe anglaise : gants de boxe 12oz", "sports", "bose"),
    ("Pose de carrelage : guide pratique", "books", "bose"),
    ("Giocattoli in legno per bambini, trenino", "toys", "lego"),
    ("Lega Serie A – album figurine 2024", "collectibles", "lego"),
    ("Boxe tailandesa: luvas de treino 12oz", "sports", "bose"),
    ("Cuffie bluetooth over-ear, sono nuove, mai usate", "headphones", "sony"),  # a common word of the title's language
    ("Danone greek yogurt 1kg copia 1:1 spedizione gratuita dove vuoi", "dairy", "mars"),  # "dove": Italian "where"
    ("She'll love it: gift box for mum", "gifts", "shell"),  # an English contraction, no intrusion
    ("Clunk click every trip: 1970s road safety poster", "posters", "nike"),  # "cl" read as "d": an English word
])
def test_words_of_other_languages_near_a_mark_stay_quiet(demo, title, category, brand):
    assert brand not in alerts(demo, title, category, 20)


@pytest.mark.parametrize("title, category, brand", [
    ("Bösé QuietComfort headphones", None, "bose"),  # an accent no language writes there: a disguise
    ("Nikè Air sneakers", None, "nike"),
    ("Bosse wireless earbuds sport", None, "bose"),  # a French word in an English listing of earbuds
    ("Sony headphones 1:1", "headphones", "sony"),
    ("Legno bricks building set 1:1 copy", "building sets", "lego"),  # the brand's category and a cue
    ("Kinder Schokolade 1:1 Fälschung", "chocolate", "ferrero"),  # a German word, but the category and a cue
    ("COACH borsa in pelle donna qualità specchio nuovo", "handbags", "coach"),  # an Italian copy cue
])
def test_disguises_and_misspellings_in_the_brands_goods_still_alert(demo, title, category, brand):
    assert brand in alerts(demo, title, category, 20)


# ------------------------------------------------------------------ 13. replicas of everyday things

@pytest.mark.parametrize("title, category, price, brand", [
    ("Nike goddess of victory bronze museum replica statue", "home decor", 45, "nike"),
    ("Roman legionary helmet replica, Mars god of war engraving", "costumes", 60, "mars"),
])
def test_issue_examples_of_replicas_of_everyday_things_stay_quiet(demo, title, category, price, brand):
    match = scored(demo, title, category, price)[brand]
    assert match.score < match.threshold
    cue = next(s for s in match.signals if s.rule is Rule.cue)
    assert cue.weight == 0 and "does not sell" in cue.detail
    assert Rule.category_distance in rules(match)


@pytest.mark.parametrize("brand, mark, category", [b for b in BRANDS if _far(b[0], "home decor", "museum replica bronze statue")])
def test_replica_statues_named_after_every_demo_brand_stay_quiet(demo, brand, mark, category):
    assert brand not in alerts(demo, f"{mark} museum replica bronze statue", "home decor", 45)
    assert brand in alerts(demo, f"{mark} {category} museum quality replica", category, 5)


def test_every_category_of_the_demo_registry_names_a_sector():
    generic = {"accessories", "merchandise"}
    missing = {c for e in _document()["brands"] for c in e["categories"]
               if c not in generic and not _SECTORS.of_words(c).sectors}
    assert missing == set()


def test_a_store_brand_and_a_unisex_label_are_no_signs_of_the_brand(demo):
    match = scored(demo, "Aspirin 81mg low dose, 120 tablets, store brand", "otc", 3.5)["bayer"]
    assert match.score < match.threshold and Rule.accessory in rules(match)
    match = scored(demo, "耐克 男女同款 运动鞋", "sneakers", 80)["nike"]  # 男女同款: unisex
    assert Rule.cue not in rules(match)
    assert Rule.cue in rules(scored(demo, "耐克 同款 运动鞋", "sneakers", 80)["nike"])  # 同款: "the same as"
