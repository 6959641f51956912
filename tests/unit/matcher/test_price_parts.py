"""A price field that holds a part of the goods' price or the price of something else (context/formats.py's price
parts, rule `sale_format`): a carrier contract's upfront payment, a booking deposit, a buying service's fee, the price
after a trade-in credit, one month of a software subscription, a price in a cryptocurrency. The price is not judged as
the goods' ("price not judged: the price is a contract's upfront payment …") and, with nothing that claims a copy, the
listing is lowered below the alert threshold; the same words as bait on a copy (a cue, a trade-in price no credit
explains, a month of software at a cracked key's price, a coin price low at every rate the coin fetched) still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.formats import read_format
from services.matcher.core.normalise import ListingText
from services.matcher.core.prices import CRYPTO_BANDS, CurrencyRates
from schemas import Money
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


def _format(title, description="", price=None, currency="USD"):
    listing = demo_listing(title, None, price, description, currency)
    return read_format(listing, ListingText(listing.title, listing.description))


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


@pytest.mark.parametrize("title, description, kind, said", [
    ("iPhone 15 Pro 256GB mit Vertrag - 1 € Zuzahlung", "", "contract", "mit Vertrag"),
    ("Samsung Galaxy S24 - $0 down with a 36-month unlimited plan", "", "contract", "$0 down"),
    ("Galaxy S24 Ultra à 1 € avec forfait 5G 24 mois", "", "contract", "avec forfait"),
    ("PS5 Slim por 0 € con tu contrato de fibra", "", "contract", "con tu contrato"),
    ("iPhone 15 za 1 zł w abonamencie 24 mies.", "", "contract", "w abonamencie"),
    ("iPhone 15 128GB 24 ay taahhütlü", "", "contract", "taahhütlü"),
    ("iPhone 15 Pro 合约机 0元购机", "", "contract", "合约机"),
    ("iPhone 15 実質1円 機種変更", "", "contract", "実質1円"),
    ("갤럭시 S24 공짜폰 번호이동", "", "contract", "공짜폰"),
    ("Toyota Corolla 2026 booking deposit ₦2,000,000", "", "deposit", "booking deposit"),
    ("Réservation Toyota Yaris Cross, acompte 5 000 MAD", "", "deposit", "acompte"),
    ("Honda SH 2026 đặt cọc 2.000.000đ", "", "deposit", "đặt cọc"),
    ("จองรถ Toyota Hilux มัดจำ 5,000 บาท", "", "deposit", "มัดจำ"),
    ("عربون حجز تويوتا لاند كروزر 2026", "", "deposit", "عربون"),
    ("丰田 卡罗拉 2026款 订金 5000元", "", "deposit", "订金"),
    ("Layby deposit Dyson Airwrap at our store", "", "deposit", "Layby deposit"),  # genuine, 2026-12-03
    ("Samsung Galaxy S24 Ultra pre-reserve amount at the store", "", "deposit", "pre-reserve amount"),
    ("Canon EOS R6 layaway, $100 down", "", "deposit", "layaway"),
    ("Personal shopper Japan: I buy Dyson for you - service fee $30", "", "service_fee", "Personal shopper"),
    ("韓国 購入代行 サムスン Galaxy 手数料 3,000円", "", "service_fee", "購入代行"),
    ("Выкуп с сайтов Европы: Lego - комиссия 10%", "", "service_fee", "Выкуп с"),
    ("Aptamil aus Deutschland - Servicegebühr 5 € pro Dose zzgl. Ladenpreis", "", "service_fee", "zzgl. Ladenpreis"),
    ("iPhone 15 Pro - from $399 with eligible trade-in", "", "trade_in", "trade-in"),
    ("Dyson V15 349 € mit Inzahlungnahme", "", "trade_in", "Inzahlungnahme"),
    ("Sonicare €99 na inruil van je oude tandenborstel", "", "trade_in", "inruil"),
    ("iPhone 15 以旧换新 3999元", "", "trade_in", "以旧换新"),
    ("Adobe Creative Cloud - US$11.99/month", "", "subscription", "month"),
    ("Microsoft 365 Famille - 10 € / mois", "", "subscription", "mois"),
    ("Adobe Creative Cloud フォトプラン 月額 1,180円", "", "subscription", "月額"),
])
def test_a_price_part_is_read_in_the_markets_words(title, description, kind, said):
    found = _format(title, description)
    assert found is not None and (found.kind, found.text) == (kind, said) and not found.blocked


@pytest.mark.parametrize("title, description", [
    ("iPhone 15 Pro 256GB unlocked, no contract", ""),  # SIM-free at full price
    ("iPhone 15 Pro ohne Vertrag, neu", ""),
    ("Personal shopper Dyson Airwrap", ""),  # a shopper who names no fee: the price may be the goods'
    ("Rolex Submariner, full payment upfront, ships in 3 days", ""),  # a payment term, no carrier's upfront price
    ("Adobe Photoshop 2025 lifetime activation, no monthly subscription - $9.99/month value", ""),  # a cracked key
    ("Canada Goose Expedition Parka", "Pre-order: deposit first, balance on arrival."),  # a pre-order's terms
    ("Nike Air Max 90 brand new", "Ships next day."),
])
def test_no_price_part_where_none_is_stated(title, description):
    assert _format(title, description) is None


QUIET = [  # (title, category, price, currency, description, brand, the reading the price evidence names)
    ("iPhone 15 Pro 256GB mit Vertrag - 1 € Zuzahlung, 49,99 €/Monat", "phones", 1.0, "EUR",
     "Nur mit neuem Vertrag.", "apple", "the price is a contract's upfront payment"),
    ("Samsung Galaxy S24 Ultra à 1 € avec forfait 5G 24 mois", "phones", 1.0, "EUR", "", "samsung",
     "the price is a contract's upfront payment"),
    ("Toyota Corolla 2026 brand new - booking deposit ₦2,000,000", "cars", 2_000_000.0, "NGN", "", "toyota",
     "the price is a deposit or booking fee"),
    ("Nintendo Switch 2 pre-order deposit £20 (balance on release)", "consoles", 20.0, "GBP", "", "nintendo",
     "the price is a deposit or booking fee"),
    ("Nike SNKRS drop buying service - £15 fee per pair, you pay retail", "sneakers", 15.0, "GBP", "", "nike",
     "the price is a buying service's fee"),
    ("미국 구매대행 - Apple AirPods Pro, 수수료 1만원", "earbuds", 10_000.0, "KRW", "", "apple",
     "the price is a buying service's fee"),
    ("Sony PS5 Slim $299 with your old console traded in", "consoles", 299.0, "USD", "", "sony",
     "the price is the price after a trade-in credit"),
    ("Galaxy S24 à 399 € après reprise de votre ancien smartphone", "phones", 399.0, "EUR", "", "samsung",
     "the price is the price after a trade-in credit"),
    ("Adobe Creative Cloud Photography plan - US$11.99/month", "software licenses", 11.99, "USD", "", "adobe",
     "the price is one period of a subscription"),
    ("Autodesk Fusion 360 monthly, $85", "software licenses", 85.0, "USD", "", "autodesk",
     "the price is one period of a subscription"),
    ("Bose QuietComfort 45 headphones - pay with BTC", "headphones", 0.0036, "BTC",
     "Sealed retail unit, invoice with VAT.", "bose", "the price is a price in a cryptocurrency"),
    ("Canon EOS R6 Mark II body - pay with LTC", "cameras", 25.0, "LTC", "Invoice and warranty.", "canon",
     "the price is a price in a cryptocurrency"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand, reading", QUIET)
def test_a_price_part_is_not_judged_and_the_genuine_listing_stays_quiet(title, category, price, currency, description,
                                                                        brand, reading):
    assert brand not in demo_alerts(title, category, price, description, currency)
    match = demo_evaluated(title, category, price, description, currency)[brand]
    price_signal = _signal(match, Rule.price)
    assert price_signal.weight == 0 and price_signal.detail.startswith(f"price not judged: {reading}")
    sale = _signal(match, Rule.sale_format)
    assert sale.weight < 0 and "nothing claims a copy: lowered" in sale.detail


COPIES = [  # (title, category, price, currency, description, brand, what the sale_format evidence says)
    ("Rolex Submariner deposit now 1:1 - booking deposit $200, balance on delivery", "watches", 200.0, "USD", "",
     "rolex", "the counterfeit cue"),
    ("iPhone 15 Pro mit Vertrag 1 € Zuzahlung, AAA quality", "phones", 1.0, "EUR", "", "apple", "the counterfeit cue"),
    ("Personal shopper: Louis Vuitton Neverfull super copy - service fee $30", "handbags", 30.0, "USD", "",
     "louis-vuitton", "the counterfeit cue"),
    ("Louis Vuitton Speedy 30 monogram - pay with BTC, 1:1 mirror quality", "handbags", 0.012, "BTC", "",
     "louis-vuitton", "the counterfeit cue"),
    # judged, not explained: no trade-in credit leaves 5 % of new goods; a year of software at 2 % of its floor; a coin
    # price low at the highest rate the coin fetched
    ("iPhone 15 Pro - $19 with eligible trade-in", "phones", 19.0, "USD", "", "apple", "the price judged"),
    ("Adobe Photoshop 1 month, $0.99", "software licenses", 0.99, "USD", "", "adobe", "the price judged"),
    ("Rolex Submariner Date 126610LN - pay with BTC", "watches", 0.01, "BTC", "Sealed.", "rolex", "the price judged"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand, said", COPIES)
def test_a_copy_behind_a_price_part_still_alerts(title, category, price, currency, description, brand, said):
    alerts = demo_alerts(title, category, price, description, currency)
    assert brand in alerts
    sale = _signal(alerts[brand], Rule.sale_format)
    assert sale.weight == 0 and said in sale.detail and "not lowered" in sale.detail


def test_a_trade_in_below_any_credit_is_judged_as_it_is():
    match = demo_alerts("iPhone 15 Pro - $19 with eligible trade-in", "phones", 19.0, "", "USD")["apple"]
    price_signal = _signal(match, Rule.price)
    assert price_signal.weight > 0 and "below what any trade-in credit leaves of a new unit" in price_signal.detail


def test_a_subscription_month_is_judged_by_its_year():
    match = demo_alerts("Adobe Photoshop 1 month, $0.99", "software licenses", 0.99, "", "USD")["adobe"]
    price_signal = _signal(match, Rule.price)
    assert price_signal.weight > 0 and "even a year of it is 12% of that floor: judged low" in price_signal.detail


def test_a_month_of_goods_is_no_subscription():
    """A monthly rate of goods is an instalment's (instalments.py), not a subscription's period."""
    match = demo_evaluated("Rolex Submariner ab 249 €/Monat", "watches", 249.0, "", "EUR")["rolex"]
    assert [s.term for s in match.signals if s.rule is Rule.sale_format] == ["instalment"]


def test_a_coin_is_never_read_as_dollars():
    """0.01 BTC is neither 0.01 USD (a copy's price) nor unknown (a bare mark alerting): at the band's highest rate it is
    judged, and a price not low at that rate is not judged."""
    rates = CurrencyRates({"USD": 1.08})
    assert rates.to_eur(Money(amount=0.01, currency="BTC")) is None
    low, high = rates.band(Money(amount=0.01, currency="BTC"))
    assert (low, high) == (0.01 * CRYPTO_BANDS["BTC"][0], 0.01 * CRYPTO_BANDS["BTC"][1])
    match = demo_alerts("Rolex Submariner Date 126610LN - pay with BTC", "watches", 0.01, "Sealed.", "BTC")["rolex"]
    assert "at most" in _signal(match, Rule.price).detail and "prices.CRYPTO_BANDS" in _signal(match, Rule.price).detail


def test_a_sale_format_word_heard_as_another_brand_is_that_word():
    """"canje" (Spanish: a trade-in's exchange) sounds like Sony; beside Xbox named plainly it is no second brand: Sony
    is set aside before scoring (rule: the stronger reading, stronger.py) and Microsoft's alert says what was heard."""
    title, description = "Xbox console, 2 controllers por 10.95 € entregando tu usado", "Nuevo, precio con plan canje."
    alerts = demo_alerts(title, "consoles", 10.95, description, "EUR")
    assert set(alerts) == {"microsoft"}
    assert "sony" not in demo_evaluated(title, "consoles", 10.95, description, "EUR")
    assert any("'canje' was also read as Sony's 'Sony'" in s.detail and "rule: the stronger reading" in s.detail
               for s in alerts["microsoft"].signals)


# a beauty sample named by its size (condition._SIZED_SAMPLE): judged against a sample's floor, SCALES "sample"
@pytest.mark.parametrize("title, category, price, currency, brand, said", [
    ("Lancôme La Vie est Belle 4ml mini", "fragrance", 14.0, "USD", "loreal", "4ml mini"),
    ("Anessa Perfect UV sunscreen 12ml mini", "sunscreen", 5.0, "USD", "shiseido", "12ml mini"),
    ("Lancôme Advanced Génifique sample 7ml", "skincare", 7.11, "GBP", "loreal", "sample 7ml"),
])
def test_a_small_size_is_judged_as_a_sample_and_stays_quiet(title, category, price, currency, brand, said):
    assert brand not in demo_alerts(title, category, price, "Genuine, unopened.", currency)
    condition = _signal(demo_evaluated(title, category, price, "Genuine, unopened.", currency)[brand], Rule.condition)
    assert condition.text == said and condition.weight < 0 and "sample / travel size" in condition.detail


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Shiseido Ultimune sample 7ml, 1:1", "skincare", 1.5, "USD", "shiseido"),  # a copy cue beside the size
    ("Lancôme La Vie est Belle sample 5ml AAA quality", "fragrance", 1.75, "EUR", "loreal"),  # 1/20 of the floor
])
def test_a_sample_with_a_copy_cue_still_alerts(title, category, price, currency, brand):
    alerts = demo_alerts(title, category, price, "", currency)
    assert brand in alerts
    assert "the counterfeit cue" in _signal(alerts[brand], Rule.condition).detail


def test_a_full_size_called_mini_is_no_sample():
    match = demo_evaluated("Lancôme La Vie est Belle 50ml mini price", "fragrance", 5.0, "", "USD")["loreal"]
    assert not any(s.rule is Rule.condition for s in match.signals)
