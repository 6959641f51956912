"""Layout classes (evasion, 2026-12-01): a mark cut by a line break or between title and description (rule
line_break), the brand only in the URL's slug (field url), a copy framed as "compatible with" the brand while it
claims the brand's logo or identity, the trade's words for a copy in other scripts, and a mark's own word in
capitals (GG) beside a cue. Each with its innocent sibling, on the demo registry; answers read as a brand sees them.
"""

from __future__ import annotations

import pytest

from schemas import Listing, ListingImage
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item: Listing) -> dict[str, dict[str, list[str]]]:
    """brand id -> {rule: [fields]} of its signals, for every brand that alerts."""
    out: dict[str, dict[str, list[str]]] = {}
    for m in demo_index().match(item):
        for s in m.signals:
            out.setdefault(m.brand_id, {}).setdefault(s.rule.value, []).append(s.field)
    return out


def with_url(item: Listing, url: str) -> Listing:
    return item.model_copy(update={"url": url})


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Ro-\nlex men's automatic watch", "", "watches", 9000, "rolex"),  # hyphenated: the mark as written
    ("Leather belt Gu -\n cci", "", "belts", 400, "gucci"),
    ("Canada Goo-\nse expedition parka", "", "parkas", 1200, "canada-goose"),  # a mark of several words
    ("Sam\nsung wireless earbuds high copy", "", "earbuds", 12, "samsung"),  # a bare break: corroborated
    ("Men's automatic steel watch Ro", "lex 1:1 replica, mirror quality", "watches", 80, "rolex"),  # title | description
    ("Women's leather tote Louis", "Vuitton 1:1 mirror", "handbags", 60, "louis-vuitton"),
])
def test_a_mark_cut_by_a_line_break_alerts(title, description, category, price, brand):
    found = alerted(demo_listing(title, category, price, description))
    assert brand in found and "line_break" in found[brand]


@pytest.mark.parametrize("title, description, category, price", [
    ("Men's automatic steel watch Ro", "lex with box and papers", "watches", 9000),  # a bare break, nothing else
    ("Sam\nsung wireless earbuds", "", "earbuds", 200),
    ("Cleaning cloth micro-\nsoft fibre", "", "accessories", 5),  # two common words hyphenated: a cue needed
    ("Book: the history of Ro-\nlex, hardcover", "", "books", 25),  # about the brand, not of it
    ("Running shoes for the road", "Ships in two days.\nNew in box.", "sneakers", 120),
])
def test_lines_that_only_look_cut_stay_quiet(title, description, category, price):
    assert alerted(demo_listing(title, category, price, description)) == {}


@pytest.mark.parametrize("title, url, category, price, brand", [
    ("Men's automatic watch 1:1 replica", "https://shop.example/item/rolex-submariner-watch-123", "watches", 80, "rolex"),
    ("Leather belt mirror quality", "https://www.example.com/p/gucci-leather-belt_12345.html", "belts", 15, "gucci"),
    ("Heavyweight down parka men AAA", "https://m.example/listing/904575/langford-parka-heavyweight", "parkas", 90,
     "canada-goose"),  # a mark of several words, one of them in the title
    ("运动鞋 高仿", "https://www.example.com/item/%E8%80%90%E5%85%8B-123", "sneakers", 80, "nike"),  # percent-encoded
])
def test_the_brand_only_in_the_url_slug_alerts_with_a_cue_or_a_low_price(title, url, category, price, brand):
    found = alerted(with_url(demo_listing(title, category, price), url))
    assert brand in found and "url" in {f for fields in found[brand].values() for f in fields}


def test_the_brand_in_the_items_own_slug_alerts_in_its_category_without_a_cue():
    """The URL's last segment is the item's slug, written from the title the listing was created with: a generic title
    over a slug that names the brand's product, filed in the brand's category, is a title edited to hide the brand."""
    found = alerted(with_url(demo_listing("Wireless earbuds", "earbuds", 240), "https://m.example/listing/987654/airpods-pro-2"))
    assert "apple" in found and "url" in {f for fields in found["apple"].values() for f in fields}


@pytest.mark.parametrize("title, url, category, price", [
    ("Wireless earbuds", "https://m.example/listing/987654/airpods-pro-2", "books", 24),  # far from the brand's goods
    # filed among the brand's goods at no low price: only the slug's own fitting words keep these quiet
    ("Clear case, shockproof", "https://m.example/item/case-for-iphone-15-pro-123", "phones", 1200),  # what it fits
    ("Clear case, shockproof", "https://m.example/item/iphone-15-pro-clear-case-123", "phones", 1200),  # noun after
    ("Fast charger 25W", "https://m.example/item/samsung-compatible-charger-25w", "phones", 1200),
    ("Running shoes", "https://www.example.com/brands/nike/running-shoes-123", "sneakers", 120),  # a brand page
    ("Clear phone case, shockproof", "https://www.example.com/c/samsung-accessories/clear-case", "phone cases", 9),
    # (the host, "rolex-replicas.example", is read since 2026-12-02: test_structured_fields, field url)
])
def test_a_url_slug_alone_stays_quiet(title, url, category, price):
    assert alerted(with_url(demo_listing(title, category, price), url)) == {}


def with_photos(item: Listing, *urls: str) -> Listing:
    return item.model_copy(update={"images": [ListingImage(url=u) for u in urls]})


def photo_signals(item: Listing) -> dict[str, list[tuple[str, int | None, str | None, str]]]:
    """brand id -> (rule, photo number, photo URL, detail) of its signals of field "image", for every brand that alerts."""
    return {m.brand_id: [(s.rule.value, s.start, s.url, s.detail) for s in m.signals if s.field == "image"]
            for m in demo_index().match(item)}


@pytest.mark.parametrize("title, category, price, urls, brand", [
    ("Men's automatic diver watch 41mm ceramic bezel", "watches", 466.99,
     ["https://cdn4.example/uploads/2026/11/rolex-submariner-date-41mm-126610ln-automatic-watch-1.jpg",
      "https://cdn4.example/uploads/2026/11/rolex-submariner-date-41mm-126610ln-automatic-watch-2.jpg"], "rolex"),
    ("Multi-styler hair dryer set 6 heads", "hair care", 58,
     ["https://img.example/a3f9c2e1b7d0.webp", "https://img.example/p/Dyson_Airwrap_Complete_01.JPG"], "dyson"),
    ("Down parka men fur hood", "parkas", 160, ["https://img.example/p/Canada%20Goose%20Expedition%20Parka.png"],
     "canada-goose"),  # a mark of several words, %20 between them
])
def test_the_brand_only_in_a_photos_file_name_alerts_in_its_category(title, category, price, urls, brand):
    """A product shot saved from the brand's site keeps its file name: under a generic title in the brand's category it
    is read like the item's own URL slug (the same reader), as evidence of field "image" that names the photo."""
    found = photo_signals(with_photos(demo_listing(title, category, price), *urls))
    assert brand in found and found[brand]
    rule, number, url, detail = found[brand][0]
    assert url == urls[number] and "photo's file name" in detail


@pytest.mark.parametrize("title, category, price, urls", [
    ("Clear case 6.1 inch", "phones", 9, ["https://cdn.example/u/iphone-15-case-clear.jpg"]),  # what it fits
    ("Replacement strap 20mm", "watches", 15, ["https://cdn.example/u/replacement-strap-for-rolex-submariner.jpg"]),
    ("Men's automatic watch", "watches", 120, ["https://cdn.example/u/rolex-submariner-homage-1.jpg"]),  # a likeness
    ("Hair styler 6 heads", "hair care", 45, ["https://cdn.example/u/hair-styler-vs-dyson-airwrap.jpg"]),
    ("Wireless earbuds", "earbuds", 25, ["https://cdn.example/3fa9c2e1b7d0.jpg", "https://cdn.example/IMG_20241103.JPG"]),
    ("Sourdough loaf", "bakery", 6, ["https://cdn.example/u/apple-pie-slice.jpg"]),  # far from the brand's goods
    ("Running shoes", "books", 24, ["https://cdn.example/u/nike-air-max-90.jpg"]),
])
def test_photo_names_that_fit_compare_or_say_nothing_stay_quiet(title, category, price, urls):
    assert alerted(with_photos(demo_listing(title, category, price), *urls)) == {}


@pytest.mark.parametrize("title, category, price, brand", [
    ("Earbuds compatible with AirPods Pro, same logo, identical to the original", "earbuds", 20, "apple"),
    ("Case compatible with iPhone, with original logo", "phones", 30, "apple"),
    ("For Dyson Supersonic hair dryer, same factory, can't tell the difference", "hair care", 60, "dyson"),
    ("Earbuds compatible with AirPods Pro, original logo", "earbuds", 20, "apple"),
    ("Compatible with Apple AirPods Pro 2, same chip as the original", "earbuds", 25, "apple"),
])
def test_a_copy_framed_as_compatible_that_claims_identity_alerts(title, category, price, brand):
    found = alerted(demo_listing(title, category, price))
    assert brand in found and "accessory" in found[brand]  # the framing shown, not lowered


@pytest.mark.parametrize("title, category, price", [
    ("Earbuds compatible with AirPods Pro, great sound", "earbuds", 20),
    ("Filter for Dyson V15, same as original, washable", "vacuum cleaners", 9),
    ("Ink cartridge compatible with Canon PIXMA, OEM quality", "ink", 8),
    ("Clear case for iPhone 15 with logo cutout", "phones", 10),
])
def test_compatible_without_a_claim_of_identity_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == {}


@pytest.mark.parametrize("title, category, price, brand", [
    ("รองเท้า ไนกี้ งานมิลเลอร์", "sneakers", 30, "nike"),  # Thai "mirror work"
    ("حذاء نايك طبق الأصل", "sneakers", 30, "nike"),  # Arabic "identical to the original"
    ("나이키 운동화 레플리카", "sneakers", 30, "nike"),  # Korean "replica"
    ("часы Ролекс копия", "watches", 9000, "rolex"),
    ("ساعة رولكس ماستر كوالتي", "watches", 9000, "rolex"),  # Arabic "master quality"
])
def test_a_transliterated_mark_with_the_script_s_word_for_a_copy_alerts(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price))


@pytest.mark.parametrize("title, category, price", [
    ("รองเท้า ไนกี้ ของแท้ 100%", "sneakers", 130),  # genuine
    ("حذاء نايك أصلي", "sneakers", 130),
    ("나이키 운동화 정품", "sneakers", 130),
])
def test_a_short_transliterated_mark_without_a_copy_word_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == {}


def test_a_mark_s_own_word_in_capitals_counts_as_its_initials():
    assert "initialism" in alerted(demo_listing("GG belt top quality replica", "belts", 20)).get("gucci", {})
    assert alerted(demo_listing("GG wp 2024 belt", "belts", 400)) == {}  # no cue
    assert "initialism" in alerted(demo_listing("MK handbag best version", "handbags", 60)).get("michael-kors", {})


@pytest.mark.parametrize("title, category, price, brand", [
    ("รองเท้าไนกี้งานมิลเลอร์", "sneakers", 30, "nike"),  # Thai without spaces: the cue's edge is a word boundary
    ("นาฬิกาโรเล็กซ์งานมิลเลอร์", "watches", 80, "rolex"),
    ("MCHL KRS tote 1:1 replica", "handbags", 60, "michael-kors"),  # the words of a mark without their vowels
    ("CND GS parka mirror quality", "parkas", 90, "canada-goose"),
    ("DSN hair dryer 1:1 replica", "hair care", 30, "dyson"),  # y dropped like a vowel
])
def test_glued_thai_and_vowel_dropped_words_with_a_cue_alert(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price))


@pytest.mark.parametrize("title, category, price", [
    ("รองเท้าไนกี้ของแท้", "sneakers", 130),  # genuine, glued: no cue, no cut
    ("MCHL KRS tote", "handbags", 260),  # no cue
    ("DSN connector cable", "hair care", 30),
])
def test_glued_thai_and_vowel_dropped_words_without_a_cue_stay_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == {}


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Gift box for Rolex Submariner, watch inside, 1:1", "", "watches", 90, "rolex"),
    ("Charging case for AirPods Pro", "earbuds in the case, super copy", "earbuds", 25, "apple"),
    ("Watch strap for Omega Seamaster, comes with watch head, 1:1", "", "watches", 80, "omega"),
    # the product said to ship inside, far below its floor, without a copy claim (framing, outsider5
    # cf_accessory_disguise): the product, not an empty box
    ("Gift box for Rolex Submariner, watch inside", "", "watches", 40, "rolex"),
    ("Estuche para Rolex Submariner, reloj incluido", "", "watches", 40, "rolex"),
])
def test_an_accessory_that_ships_with_the_product_and_claims_a_copy_alerts(title, description, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price, description))


@pytest.mark.parametrize("title, category, price", [
    ("Charging case for AirPods Pro, earbuds not included, 1:1 fit", "earbuds", 25),
    ("Watch box for Rolex, no watch included", "watches", 40),
    ("Gift box for Rolex Submariner, holds one watch, watch not included", "watches", 40),  # an empty box
    ("Gift box for Rolex Submariner, cleaning cloth included", "watches", 40),  # an add-on, not the watch
    ("Estuche para Rolex Submariner, reloj no incluido", "watches", 40),
])
def test_an_accessory_without_the_product_or_without_a_copy_claim_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == {}
