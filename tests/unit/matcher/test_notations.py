"""The brand written in a notation a reader reads through (issue 9; notations): escapes and encodings, other numeral
systems, markup and template leftovers. What a brand sees is the alert and the view named in the evidence, located at
the stored characters; innocent text in the same notations stays quiet.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.normalise import ListingText
from services.matcher.core.notations import escapes, markup, numerals, read
from tests.unit.matcher.demo import demo_alerts, demo_index, demo_listing


def matches(item: Listing) -> dict:
    return {m.brand_id: m for m in demo_index().match(item)}


def shown(text: str) -> str:
    out, last = [], 0
    for r in read(text):
        out += [text[last:r.start], r.text]
        last = r.end
    return "".join(out) + text[last:]


@pytest.mark.parametrize("written, reads", [
    ("\\u52b3\\u529b\\u58eb", "劳力士"),
    ("\\\\u52B3\\\\u529B", "劳力"),                                  # double-escaped, upper-case hex
    ("u53e4u9a70 bag", "古驰 bag"),                                  # the backslashes lost
    ("\\U0001F600\\ud83d\\ude00", "😀😀"),                           # Python's \U and a surrogate pair
    ("\\u{52b3}\\u{529b}", "劳力"), ("\\x{52b3}", "劳"),
    ("U+52B3 U+529B U+58EB watch", "劳力士 watch"),
    ("\\xe5\\x8a\\xb3\\xe5\\x8a\\x9b", "劳力"), ("\\345\\212\\263", "劳"),
    ("%E5%8A%B3%E5%8A%9B%E5%A3%AB", "劳力士"), ("=E5=8A=B3=E5=8A=9B", "劳力"),
    ("&#21171;&#x529b;&#X58EB;", "劳力士"), ("&amp;#21171;&amp;#21147", "劳力"), ("&amp;#x47;ucci", "Gucci"),
    ("&Gamma;&kappa;", "Γκ"),
    ("5Yqz5Yqb5aOr", "劳力士"), ("Um9sZXg=", "Rolex"),
    ("%u52B3%u529B", "劳力"), ("\\N{CJK UNIFIED IDEOGRAPH-52B3}", "劳"), ("\\u00e5\\u008a\\u00b3", "劳"),
    ("=?UTF-8?B?5Yqz5Yqb5aOr?=", "劳力士"), ("%C0%CD%C1%A6%CA%BF", "劳力士 / 櫛薯尪 / ﾀﾍﾁｦﾊｿ / 斥薦平"),
    ("xn--tfrzb83z", "劳力士"),
])
def test_escapes_read_as_the_text_they_write(written, reads):
    assert shown(written) == reads


@pytest.mark.parametrize("text", [
    "&#x47;ucci",                       # an ASCII letter's reference: text_views' markup view reads it
    "100%cotton, 50% off, 20%de descuento", "x=10 Size=M 2+2", "C:\\2024\\photos", "menu u2 tour",
    "wireless Headphones Original", "SM-G998B", "MTIzNDU2",  # base64 of digits
    "u0041 alone",                      # one stripped escape: no run
])
def test_text_that_only_looks_like_a_notation_is_left_alone(text):
    assert escapes(text) == [], text


@pytest.mark.parametrize("written, reads", [
    ("男士机械表 型号一二六六一〇LN 绿圈", "男士机械表 型号126610LN 绿圈"),
    ("DD一三九一-一〇〇 黑白 一比一", "DD1391-100 黑白 一比一"),
    ("积木 七五一九二 A货", "积木 75192 A货"),
    ("壹贰陆陆壹零LN", "126610LN"), ("貳壹參壹捌 积木", "21318 积木"),
    ("手表 型号 一二 新", "手表 型号 12 新"), ("WH-一〇〇〇XM五", "WH-1000XM5"), ("〡〢〦〦〡〇", "126610"),
])
def test_chinese_numerals_read_as_digits_in_numbers(written, reads):
    assert shown(written) == reads


@pytest.mark.parametrize("text", ["一比一 三星 一一对应", "售价一九九元", "七七八", "第一 二手 九成新", "三三两两", "买一送一 S二"])
def test_chinese_words_keep_their_numerals(text):
    assert numerals(text) == [], text


@pytest.mark.parametrize("written, reads", [
    ("||Sony|| XM5", " Sony  XM5"), (">!Gucci!< belt", " Gucci  belt"),
    ("[spoiler]Rolex[/spoiler] watch", " Rolex  watch"), ("R[b]o[/b]lex", "Rolex"),
    ("R**o**lex", "Rolex"), ("**R**olex", "Rolex"), ("Gu__cc__i", "Gucci"), ("Ro`le`x", "Rolex"), ("R||o||lex", "Rolex"),
    ("{Louis Vuitton|LV} bag", " Louis Vuitton / LV  bag"), ("R{o|0}lex", "Rolex"),
])
def test_markup_leftovers_read_as_shown(written, reads):
    assert shown(written) == reads


@pytest.mark.parametrize("text", ["**Rolex** watch", "20*30*40 cm", "G*cci", "Nin*en*o", "Nike_Air_Max_90", "size {M}",
                                  "p~a~n~d~o~r~r~a~~~m~o~m~e~n~t~s", "p**a**n**d**o**r**a",
                                  "[S][A][M][S][U][N][G] SSD"])
def test_markup_that_is_no_leftover_inside_a_word_is_left_alone(text):
    assert markup(text) == [], text


# fresh listings of kinds outsider17 did not use (each notation family, other brands and scripts)
@pytest.mark.parametrize("title, category, price, currency, brand, view", [
    ("\\u8010\\u514b 运动鞋 高仿", "sneakers", 159, "CNY", "nike", "escapes"),
    ("\\\\u30ed\\\\u30ec\\\\u30c3\\\\u30af\\\\u30b9 腕時計 スーパーコピー", "watches", 25000, "JPY", "rolex", "escapes"),
    ("%E6%96%BD%E5%8D%8E%E6%B4%9B%E4%B8%96%E5%A5%87 水晶项链 复刻", "jewelry", 120, "CNY", "swarovski", "escapes"),
    ("=E6=88=B4=E6=A3=AE 吹风机 仿品", "hair care", 260, "CNY", "dyson", "escapes"),
    ("&#32034;&#23612; 耳机 高仿", "headphones", 150, "CNY", "sony", "escapes"),
    ("&amp;#20048;&amp;#39640; 积木 A货", "building sets", 99, "CNY", "lego", "escapes"),
    ("\\u041e\\u043c\\u0435\\u0433\\u0430 часы реплика", "watches", 8000, "RUB", "omega", "escapes"),
    ("U+8010 U+514B 跑鞋 一比一", "sneakers", 120, "CNY", "nike", "escapes"),
    ("积木 拼装 柒伍壹玖贰 A货", "building sets", 500, "CNY", "lego", "numerals"),
    ("手表 型號 壹壹陸伍零零LN 複刻", "watches", 2000, "CNY", "rolex", "numerals"),
    ("\\u0052\\u006f\\u006c\\u0065\\u0078 Submariner 1:1", "watches", 300, "USD", "rolex", "escapes"),
])
def test_a_mark_in_a_notation_alerts_and_names_the_view(title, category, price, currency, brand, view):
    item = demo_listing(title, category, price, currency=currency)
    found = matches(item)
    assert brand in found, title
    assert set(found) == {brand}, (title, set(found))
    signals = [s for s in found[brand].signals if f"(view: {view})" in s.detail]
    assert signals, (title, [s.detail for s in found[brand].signals])
    for s in signals:  # located at the stored characters
        stored = item.title if s.field == "title" else item.description
        assert stored[s.start:s.end] == s.text, (title, s)


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Стайлер ||Dyson|| реплика", "hair care", 9000, "RUB", "dyson"),
    ("[spoiler]Canada Goose[/spoiler] parka rep", "parkas", 300, "USD", "canada-goose"),
    ("B**u**rberry scarf copy", "scarves", 40, "EUR", "burberry"),
    ("{Cheap|Discount} {Nike|N1ke} {Air Jordan 1|AJ1} {reps|replicas}", "sneakers", 30, "GBP", "nike"),
    ("{Louis Vuitton|LV} {Neverfull|NF} {MM|GM} {replica|rep} {bag|tote}", "handbags", 200, "AUD", "louis-vuitton"),
    ("Scarpe Tipo {Adidas|Adiddas} {Samba|Gazelle} {replica|copia}", "sneakers", 40, "EUR", "adidas"),
    ("consola Nin*en*o AAA", "consoles", 40, "USD", "nintendo"),             # a masked letter is no emphasis
    ("[S][A][M][S][U][N][G] NVMe SSD 2TB replica", "storage", 20, "USD", "samsung"),  # letters in brackets, no BBCode
])
def test_markup_leftovers_alert_their_brand_only(title, category, price, currency, brand):
    found = matches(demo_listing(title, category, price, currency=currency))
    assert set(found) == {brand}, (title, set(found))


@pytest.mark.parametrize("title, category", [
    ("\\u8fd0\\u52a8\\u978b \\u65b0\\u54c1", "sneakers"),
    ("Leather shoulder bag - see https://shop.example.com/search?q=%E6%89%8B%E6%8F%90%E5%8C%85", "handbags"),
    ("&#26032;&#21697; 机械手表", "watches"),
    ("手表 售价一九九九元 二〇二四年购入", "watches"),
    ("Wireless earbuds, call ٠٥٥١٢٣٤٥٦٧", "earbuds"),
    ("Mystery novel and tote (ending: ||the butler did it||)", "handbags"),
    ("{Fast|Quick} shipping {tote|bag} {new|unused}", "handbags"),
    ("[b]Sneakers[/b] **new** ==sale==", "sneakers"),
])
def test_innocent_text_in_a_notation_stays_quiet(title, category):
    assert matches(demo_listing(title, category, 400)) == {}, title


def test_a_description_hit_after_a_shortened_title_is_located_in_the_stored_description():
    item = demo_listing("\\u8fd0\\u52a8\\u978b \\u65b0\\u54c1 replica", "sneakers", 30, description="Nike Air Max 90")
    found = matches(item)
    assert "nike" in found
    for s in found["nike"].signals:
        if s.field == "description":
            assert item.description[s.start:s.end] == s.text, s


def test_view_offsets_map_back_to_the_stored_fields():
    text = ListingText("\\u52b3\\u529b\\u58eb 潜航者", "Rolex watch")
    assert text.title == "劳力士 潜航者"
    start = text.original.index("劳")
    assert text.locate(start, start + 3) == ("title", 0, 3, "劳力士")
    assert text.stored_span("title", 0, 3) == (0, 18)
    assert text.stored_text("title", 0, 3) == "\\u52b3\\u529b\\u58eb"
    start = text.original.index("Rolex")
    field, s, e, _ = text.locate(start, start + 5)
    assert (field, *text.stored_span(field, s, e)) == ("description", 0, 5)


# ------------------------------------------------------------------ an accessory's free item specifics (floor36)

@pytest.mark.parametrize("title, category, price, attributes, brand", [
    ("Oil filter", "auto parts", 3.31, {"Shipping": "Free", "Remark": "toyota-top replica"}, "toyota"),
    ("Key case leather", "accessories", 50.06, {"Memo": "bmw-replica"}, "bmw"),
    ("Motorcycle air filter", "motorcycle parts", 28.2, {"Info": "honda 原单"}, "honda"),
    ("Collector figure with stand", "action figures", 7.61, {"Remarque": "hasbro UA version"}, "hasbro"),
])
def test_an_accessorys_free_item_specific_naming_a_copy_of_the_brand_alerts(title, category, price, attributes, brand):
    """A part's or an accessory's free item specific says what it fits, but one that names the mark beside the copy
    trade's word says the part is the brand's copy: read as a search tag is (the category and the cue)."""
    assert set(demo_alerts(title, category, price, attributes=attributes)) == {brand}


@pytest.mark.parametrize("attributes", [
    {"Notes": "for Toyota Corolla 2015"},  # what it fits
    {"Notes": "Toyota OEM replacement"},  # OEM: the parts trade's word for the maker's spec, no copy claim
    {"Remark": "toyota"},  # the brand alone: what it fits
])
def test_an_accessorys_free_item_specific_without_a_copy_word_names_what_it_fits(attributes):
    assert "toyota" not in demo_alerts("Oil filter", "auto parts", 3.31, attributes=attributes)
