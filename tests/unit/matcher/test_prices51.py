"""Prices as markets write them (price51, issue 9): a price only in the text after a money emoji, with the Vietnamese
and Indonesian tail digit, with India's "/-", in Chinese numerals; a sale's struck or named was/now pair; a shorthand
amount is money, no model's code; a shop's pledge that it sells no copies refuses the copy words; and the copies beside
them that must still alert.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.config import default_currency_rates
from services.matcher.core.context.discounts import read_discount, read_was_now
from services.matcher.core.context.money import money_spans
from services.matcher.core.context.stated_price import read_stated_price, read_text_price, zh_number
from services.matcher.core.normalise import ListingText
from tests.eval.adversary.prices51 import zh_numerals
from tests.unit.matcher.demo import demo_alerts, demo_index

KNOWN = frozenset(default_currency_rates())


def _price(title: str, description: str = "", country: str | None = None):
    return read_text_price(ListingText(title, description), country, KNOWN)


@pytest.mark.parametrize("title, description, country, amount, currency", [
    ("Cartier Love bracelet (orig)", "Authentic, with receipt. 💰418k firm. Meet up.", "PH", 418_000, "PHP"),
    ("Pandora charm authentic 💰72.8k", "", "NG", 72_800, "NGN"),
    ("Michael Kors tote 💵 543", "", "MY", 543, "MYR"),
    ("Gucci Marmont chính hãng – 29tr5", "", "VN", 29_500_000, "VND"),
    ("LEGO 21325", "Bán LEGO 21325 chính hãng. Giá 2tr5, có thương lượng.", "VN", 2_500_000, "VND"),
    ("Yonex Astrox 88D", "Harga 1jt2 nego.", "ID", 1_200_000, "IDR"),
    ("adidas Samba OG used – ₹3,790/-", "", "IN", 3_790, "INR"),
    ("Rolex Submariner – ₹1,29,900/-", "", "IN", 129_900, "INR"),
    ("Swarovski bracelet 正品 一千一百九十元", "", "CN", 1_190, "CNY"),
    ("Rolex Daytona 正品 十万四千元", "", "CN", 104_000, "CNY"),
    ("索尼耳机", "自用，一口价一千二，可小刀", "CN", 1_200, "CNY"),
    ("ナイキ スニーカー 正規品", "三万八千円、送料込み。", "JP", 38_000, "JPY"),
    ("Jordan 1 Chicago – KSh 14,500", "", "KE", 14_500, "KES"),
    # a deposit and one payment of several are not the goods' price
    ("Canon EOS R6 preorder", "DP 500rb, pelunasan 21jt saat barang datang.", "ID", 21_000_000, "IDR"),
    ("Bose QC45", "12x de R$ 122,50 sem juros (total R$ 1.470,00).", "BR", 1_470, "BRL"),
    ("Apple iPhone 15", "EMI ₹4,583 or ₹54,999 full payment", "IN", 54_999, "INR"),
    ("Order LEGO 21325", "Giá 4tr8 (cọc 1tr), hàng về sau 10 ngày.", "VN", 4_800_000, "VND"),
])
def test_a_price_written_in_a_market_s_notation_is_read(title, description, country, amount, currency):
    found = _price(title, description, country)
    assert found is not None and (round(found.amount), found.currency) == (amount, currency)


@pytest.mark.parametrize("title, description, country", [
    ("Samsung 4k60 monitor", "4K TV, 8k resolution", "PH"),  # a resolution and its frame rate, no price
    ("三星 Galaxy S24 一比一", "买一送一", "CN"),  # numerals inside words, no currency after them
])
def test_numbers_that_are_no_price_are_not_read(title, description, country):
    assert _price(title, description, country) is None


@pytest.mark.parametrize("run, value", [("一千一百九十", 1190), ("十万四千", 104_000), ("一千二", 1200), ("一千零二", 1002),
                                        ("五十四", 54), ("三万五", 35_000), ("两百五", 250), ("一亿二千万", 120_000_000),
                                        ("一二", None)])
def test_chinese_numerals_count_with_their_units_and_the_colloquial_elision(run, value):
    assert zh_number(run) == value


@pytest.mark.parametrize("n", [15, 380, 1005, 1190, 35_000, 100_500, 104_000, 9_999_999])
def test_the_adversary_s_chinese_numerals_read_back(n):
    assert zh_number(zh_numerals(n)) == n


@pytest.mark.parametrize("said, was, now, currency", [
    ("~~€235~~ NOW €147 — end of season sale.", 235, 147, "EUR"),
    ("<s>$120.00</s> $89.00", 120, 89, "USD"),
    ("£\u03366\u03360\u0336 £45", 60, 45, "GBP"),
    ("Was £60, now £45", 60, 45, "GBP"),
    ("de R$ 399,00 por R$ 249,00", 399, 249, "BRL"),
    ("statt 99,00 € nur 79,00 €", 99, 79, "EUR"),
    ("原价1299元 现价899元", 1299, 899, "CNY"),
    ("giá gốc 1tr2 còn 850k", 1_200_000, 850_000, "EUR"),  # no sign: the listing's currency
    ("69 € au lieu de 89 €", 89, 69, "EUR"),
    ("£45 (was £60)", 60, 45, "GBP"),
])
def test_a_sale_s_was_and_now_prices_are_read(said, was, now, currency):
    pair = read_was_now(ListingText("x", said), "EUR")
    assert pair is not None and (round(pair.was), round(pair.now), pair.currency) == (was, now, currency)


@pytest.mark.parametrize("said", ["12x de R$ 122,50 sem juros (total R$ 1.470,00)", "Retail price $500 new, asking 350",
                                  "it was 2 years old, 100 dollars", "from $99"])
def test_no_pair_where_there_is_no_sale(said):
    assert read_was_now(ListingText("x", said), "USD") is None


def test_the_pair_is_a_discount_and_its_now_price_a_stated_price():
    text = ListingText("Levi's 501 ~~$98~~ NOW $69", "")
    assert round(read_discount(text).fraction, 2) == 0.3
    stated = read_stated_price(text, "USD")
    assert (stated.amount, stated.currency) == (69, "USD")


def test_a_shorthand_amount_is_money():
    text = "Harga 105rb nego, giá 3tr8, 8.5 lakh, 4.7万円, 380元; model R8"
    assert [text[a:b] for a, b in money_spans(text)] == ["105rb", "3tr8", "8.5 lakh", "4.7万円", "380元"]


def _no_price(title: str, description: str, country: str, marketplace: str) -> Listing:
    return Listing.model_validate({"marketplace": marketplace, "listing_id": "l-1", "title": title,
                                   "description": description, "seller": {"id": "s", "country": country},
                                   "observed_at": "2026-12-05T00:00:00Z"})


def alerted(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def test_genuine_goods_in_chinese_numerals_stay_quiet_and_a_copy_s_price_in_them_alerts():
    assert alerted(_no_price("Sony WH-1000XM5 正品 两千六百元", "自用，专柜购入，有发票。", "CN", "xianyu")) == set()
    assert "sony" in alerted(_no_price("Sony WH-1000XM5 全新 一百二十元", "全新。", "CN", "xianyu"))


def test_a_sale_at_a_shop_s_share_off_stays_quiet_and_a_decoy_was_price_alerts():
    assert demo_alerts("Sony WH-1000XM5 ~~$449~~ NOW $329", "headphones", 449,
                       "~~$449~~ NOW $329 — end of season sale at the authorised store.") == {}
    assert "sony" in demo_alerts("Sony WH-1000XM5 ~~$449~~ NOW $29", "headphones", 449,
                                 "~~$449~~ NOW $29!! Limited stock.")


@pytest.mark.parametrize("pledge", ["Cam kết không bán hàng fake, hàng rep.", "Kami tidak menjual barang KW.",
                                    "No vendemos réplicas.", "Replika ürün satmıyoruz."])
def test_a_shop_s_pledge_that_it_sells_no_copies_refuses_the_copy_words(pledge):
    assert demo_alerts("Sony WH-1000XM5", "headphones", 420, f"Sony WH-1000XM5. {pledge} Official warranty.") == {}


def test_the_copy_word_after_the_pledge_still_counts():
    assert "sony" in demo_alerts("Sony WH-1000XM5", "headphones", 300,
                                 "Sony WH-1000XM5. Cam kết không bán hàng giả. Đây là hàng rep 1:1 like auth.")
