"""The brand written as its characters' codes in a number base, base32, short or URL-safe base64, or its letters some
escaped (issue 9; notations, session 20: outsider18's c_base_encodings18), and the brand named only in the listing URL's
query string or fragment (c_query_param18). Both are weak readings: the brand's category with a cue or a copy's price.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.context.fields import url_path
from services.matcher.core.notations import bases, read
from tests.unit.matcher.demo import demo_index, demo_listing


def shown(text: str) -> str:
    out, last = [], 0
    for r in read(text):
        out += [text[last:r.start], r.text]
        last = r.end
    return "".join(out) + text[last:]


@pytest.mark.parametrize("written, reads", [
    ("[47 75 63 63 69]", "[Gucci]"), ("4f:6d:65:67:61", "Omega"), ("0x52 0x6F 0x6C 0x65 0x78", "Rolex"),
    ("0x526F6C6578", "Rolex"), ("4775636369 bag", "Gucci bag"), ("53, 6F, 6E, 79", "Sony"),
    ("E5 8A B3 E5 8A 9B E5 A3 AB", "劳力士"),                      # UTF-8 bytes of a Chinese name
    ("C0 CD C1 A6 CA BF", "劳力士 / 櫛薯尪 / ﾀﾍﾁｦﾊｿ / 斥薦平"),               # GBK bytes, every page that reads words
    ("[68 121 115 111 110]", "[Dyson]"), ("66,117,114,98,101,114,114,121", "Burberry"),
    ("21171 21147 22763", "劳力士"), ("1056 1086 1083 1077 1082 1089", "Ролекс"),  # code points
    ("107 165 143 143 151", "Gucci"),                              # octal
    ("01001110 01101001 01101011 01100101", "Nike"), ("1001110 1101001 1101011 1100101", "Nike"),
    ("010011100110100101101011", "Nik"),
    ("KJXWYZLY watch", "Rolex watch"), ("KJXWYZLY=====", "Rolex"),  # base32
    ("Qk1X", "BMW"), ("Um9sZXg", "Rolex"), ("TG91aXMgVnVpdHRvbg", "Louis Vuitton"),  # short, unpadded base64
    ("=52o=6Ce=78", "Rolex"), ("=43a=72t=69e=72", "Cartier"), ("R%6F%6Cex", "Rolex"), ("Ro=6Cex", "Rolex"),
    ("=52=6F=6C=65=78", "Rolex"),
    # (floor37) an accented Latin letter beside ASCII ones, octal ASCII, a name's dot among code points, a code before
    # its sentence's full stop, Latin capitals beside Chinese, URL-safe base64 ending in its "-"
    ("4C 27 4F 72 C3 A9 61 6C", "L'Oréal"), ("4c:41:4e:43:c3:94:4d:45", "LANCÔME"),
    ("123 127 101 122 117 126 123 113 111", "SWAROVSKI"), ("[36808 20811 46 31185 23572 26031]", "[迈克.科尔斯]"),
    ("code 0x526F6C6578. Decode", "code Rolex. Decode"),
    ("01000010 01001111 01010011 01000101 11100101 10001101 10011010 11100101 10100011 10101011", "BOSE博士"),
    ("2024 0KXQsNGB0LHRgNC- blaster", "2024 Хасбро blaster"),
])
def test_a_name_in_codes_reads_as_the_name(written, reads):
    assert shown(written) == reads


@pytest.mark.parametrize("text", [
    "colour #4C6F67", "#424D57", "MAC 00:1A:2B:3C:4D:5E", "sha 3fa9c2e1b7d04c6f676520a1", "IBAN DE89 3704 0044 0532 0130 00",
    "sizes 36 37 38 39 40 41", "kids 98 104 110 116 122", "Price 12.99 15.99 19.99", "Tel +44 20 7946 0958",
    "01.12.2026", "size=42 50%OFF q=adidas", "lot 10110 01101 11100", "EAN 4006381333931", "30 x 20 x 10 cm",
    "ORIGINAL AUTHENTIC BESTSELLER", "iPhone AirPods MacBook", "T-shirt anti-aging e-mail", "2024 2025 2026",
    "sizes 104 110 116", "QuietC.omfort", "Order 100 110 120 130 140.", "lot A1B2C3-", "ref 0123456789abcdef.",
])
def test_numbers_and_words_that_write_no_name_are_left_alone(text):
    assert bases(text) == [] and all(r.how.startswith(("base64", "percent")) is False for r in read(text)), text


def alerts(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Bag - top copy - brand: 47 75 63 63 69", "handbags", 80, "GBP", "gucci"),
    ("Premium hair styler 1:1 [68 121 115 111 110]", "hair care", 79, "EUR", "dyson"),
    ("Sneakers replica 01001110 01101001 01101011 01100101", "sneakers", 45, "CAD", "nike"),
    ("Premium watch 1:1 [=52o=6Ce=78]", "watches", 1170, "EUR", "rolex"),
    ("腕表 高仿 E5 8A B3 E5 8A 9B E5 A3 AB", "watches", 900, "CNY", "rolex"),
    ("Кроссовки реплика 1053 1072 1081 1082", "sneakers", 2500, "RUB", "nike"),
])
def test_a_name_in_codes_alerts_with_its_category_and_a_cue(title, category, price, currency, brand):
    found = {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, currency=currency))}
    assert set(found) == {brand}, (title, set(found))
    assert any("(view: escapes)" in s.detail for s in found[brand].signals)


@pytest.mark.parametrize("title, category, price", [
    ("Leather bag 47 75 63 63 69", "handbags", 2000),           # no cue, a shop's price: a weak reading alone
    ("Watch strap colour #4C6F67, 20mm", "watches", 40),
    ("Sneakers sizes 36 37 38 39 40 41", "sneakers", 120),
])
def test_a_code_alone_at_a_shops_price_stays_quiet(title, category, price):
    assert alerts(demo_listing(title, category, price)) == set(), title


def test_the_url_query_and_fragment_are_read():
    assert url_path("https://ebay.example/item/bf24?utm_source=ig&utm_campaign=rolex-submariner-replica&ref=bio") == (
        "/item/bf24", "ig rolex-submariner-replica bio")
    assert url_path("https://x.example/p/1#gucci%20belt") == ("/p/1", "gucci belt")
    assert url_path("https://x.example?q=case-for-iphone&s=rolex-style") == ("", "")  # what it fits or imitates
    assert url_path("https://x.example") == ("", "")


def with_url(title: str, category: str, price: float, url: str, currency: str = "USD") -> Listing:
    item = demo_listing(title, category, price, description="New. Fast shipping.", currency=currency)
    return item.model_copy(update={"url": url})


@pytest.mark.parametrize("title, category, price, url, brand", [
    ("Diver watch 41mm", "watches", 1360, "https://ebay.example/item/bf2?utm_source=ig&utm_campaign=rolex-submariner-replica&ref=bio", "rolex"),
    ("Low sneakers", "sneakers", 27, "https://ebay.example/item/2cb?utm_campaign=nike-dunk-rep", "nike"),
    ("Leather belt", "belts", 59, "https://shop.example/p/88?kw=gucci_belt_aaa#top", "gucci"),
    ("Hair styler set", "hair care", 78, "https://m.example/i/8d4?q=dyson+airwrap+dupe+1to1", "dyson"),
    ("Down parka", "parkas", 107, "https://gumtree.example/item/3ec?utm_source=ig#canada-goose-clone", "canada-goose"),
])
def test_a_brand_and_a_copy_word_only_in_the_url_alert(title, category, price, url, brand):
    assert alerts(with_url(title, category, price, url)) == {brand}, url


@pytest.mark.parametrize("title, category, price, url", [
    ("Diver watch 41mm", "watches", 12000, "https://ebay.example/item/bf2?ref=rolex-authorized-dealer"),
    ("Leather belt", "belts", 450, "https://shop.example/p/88?utm_campaign=black-friday&utm_term=gucci+belt"),
    ("Low sneakers", "sneakers", 130, "https://ebay.example/item/2cb?utm_source=copy_link&utm_campaign=nike-week"),
    ("Phone case clear", "phone accessories", 9, "https://ebay.example/item/2cb?q=case-for-iphone-15"),
])
def test_an_honest_url_naming_the_brand_stays_quiet(title, category, price, url):
    assert alerts(with_url(title, category, price, url)) == set(), url


def test_numbers_beyond_unicode_are_no_code_points():
    """A run of large numbers (prices, serials, 7 digits) is no code points when a number lies beyond U+10FFFF: unread,
    never a ValueError from chr() (the CI of d736541 crashed the matcher's scoring on such a listing)."""
    from services.matcher.core.notations import read
    assert read("lot 2000000 1500000 1200000 9999999 units") == []
    assert read("1114112 1114113 1114114 1114115") == []
