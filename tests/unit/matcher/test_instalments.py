"""A price that is one payment of a plan (context/instalments.py): a retailer's instalment ("24x sem juros", "pay in 4",
"meses sin intereses", "taksit", 分期免息) is judged by the plan's total, a plan whose total is not stated is not judged
as low ("price not judged: …"), and a copy that mentions a plan still alerts when the total is low; rentals in more
markets' words are rentals (context/subject.py)."""

from __future__ import annotations

import re

import pytest

from schemas import Rule
from services.matcher.core.context.instalments import parse_amount, read_terms
from services.matcher.core.context.quantity import read_quantity
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, description, kind, payments, payment", [
    ("Dyson Airwrap - 24x sem juros", "", "instalment", 24, None),
    ("Canon EOS R6 Mark II - 12x de R$ 1.099,90", "", "instalment", 12, 1099.9),
    ("Sony WH-1000XM5 (pay in 4 with Klarna)", "", "instalment", 4, None),
    ("Nike Dunk Low", "Or 4 interest-free payments of $32.50 with Afterpay.", "instalment", 4, 32.5),
    ("Omega Speedmaster - 6 meses sin intereses", "", "instalment", 6, None),
    ("Samsung Galaxy S24 12 MSI", "", "instalment", 12, None),
    ("Apple MacBook Air, 18 cuotas de $ 99.999", "", "instalment", 18, 99999.0),
    ("Callaway driver - Ratenzahlung 6 Monate", "", "instalment", 6, None),
    ("Rolex Datejust - 10 Raten à 1.049,00 €", "", "instalment", 10, 1049.0),
    ("Gucci sac neuf, paiement en 3 fois sans frais", "", "instalment", 3, None),
    ("Gucci borsa nuova, in 3 rate con Klarna", "", "instalment", 3, None),
    ("Apple iPhone 15 nowy, 20 rat 0%", "", "instalment", 20, None),
    ("Philips Sonicare - 24 taksit", "", "instalment", 24, None),
    ("Nintendo Switch OLED - 12 monthly payments", "", "instalment", 12, None),
    ("Samsung Galaxy S24 Ultra - monthly price, 24 months", "", "instalment", 24, None),
    ("Galaxy S24 Ultra 256GB, $41.66/month, 0% APR 24 mo", "", "instalment", 24, None),
    ("iPhone 15 新品 24回払い", "", "instalment", 24, None),
    ("苹果 iPhone 15 全新 分12期免息", "", "instalment", 12, None),
    ("갤럭시 S24 새상품 12개월 무이자 할부", "", "instalment", 12, None),
    ("Samsung Galaxy S24 baru - cicilan 0% 12 bulan", "", "instalment", 12, None),
    ("iPhone 15 mới - trả góp 0% 12 tháng", "", "instalment", 12, None),
    ("Sony A7 IV ใหม่ ผ่อน 0% 10 เดือน", "", "instalment", 10, None),
    ("Sony PS5 جديد - تقسيط على 12 شهر", "", "instalment", 12, None),
    ("Bose QC45 חדש - עד 12 תשלומים", "", "instalment", 12, None),
    ("Nike Air Max 90 - Afterpay available", "", "instalment", 4, None),
    ("Rolex Submariner - ab 249 €/Monat", "", "subscription", None, None),
    ("Canon EOS R5 - 0% finance available", "", "financing", None, None),
    ("iPhone 15 Pro 月々 3,980円", "", "instalment", None, None),
    ("Canon EOS R6 rental, per day", "", "rental", None, None),
])
def test_a_plan_is_read_in_the_markets_languages(title, description, kind, payments, payment):
    terms = read_terms(ListingText(title, description))
    assert terms is not None
    assert (terms.kind, terms.payments, terms.payment) == (kind, payments, payment)


@pytest.mark.parametrize("title, description", [
    ("Coca-Cola 24 x 330ml cans", ""),  # a pack
    ("Nike Air Max 2x pairs", ""),
    ("Rolex Submariner, worn for a month, 24 months warranty", ""),
    ("Sony WH-1000XM5 - pay in 30 days with Klarna", ""),  # deferred payment of the whole price
    ("Rolex Datejust 41 - 120 payments", ""),  # no consumer plan
    ("LEGO Technic 42130 sealed", ""),
    ("BMW 320d Touring 2017, 95.000 km", ""),
    ("Rolex Submariner, livraison sans frais", ""),  # free delivery
    ("갤럭시 S24 12월 3일 출시", ""),  # a date
    ("Sony WH-1000XM5 with Klarna", ""),  # a provider named: no payment stated
])
def test_no_plan_where_none_is_stated(title, description):
    assert read_terms(ListingText(title, description)) is None


def test_amounts_in_either_decimal_convention():
    assert [parse_amount(a) for a in ("1.299,90", "1,299.90", "199", "12,50", "99.999")] == [1299.9, 1299.9, 199.0, 12.5, 99999.0]


GENUINE_PLANS = [  # (title, category, one payment, currency, description, brand): the plan's total at or near the floor
    ("Dyson Airwrap multi-styler - 24x sem juros", "hair care", 130.0, "BRL", "Nota fiscal.", "dyson"),
    ("Rolex Submariner Date - 24 meses sin intereses", "watches", 7410.0, "MXN", "Factura incluida.", "rolex"),
    ("Sony WH-1000XM5 new (pay in 4 with Klarna)", "headphones", 86.9, "USD", "", "sony"),
    ("Nintendo Switch OLED - 12 monthly payments", "consoles", 31.5, "USD", "Total price on checkout.", "nintendo"),
    ("Louis Vuitton Neverfull MM novo, 10x de R$ 1.080,00", "handbags", 1080.0, "BRL", "", "louis-vuitton"),
    ("Omega Speedmaster Moonwatch - 6 Raten à 1.290,00 €", "watches", 1290.0, "EUR", "", "omega"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand", GENUINE_PLANS)
def test_a_retailers_instalment_is_judged_by_the_plans_total_and_stays_quiet(title, category, price, currency,
                                                                            description, brand):
    assert brand not in demo_alerts(title, category, price, description, currency)
    match = demo_evaluated(title, category, price, description, currency)[brand]
    price_signal = _signal(match, Rule.price)
    assert "instalment (" in price_signal.detail and "payments, their total" in price_signal.detail
    assert price_signal.weight == 0
    fair = _signal(match, Rule.fair_price)
    assert fair.weight < 0 and "lowered" in fair.detail


def test_an_unstated_total_is_not_judged_as_low_and_says_so():
    """A plan whose count is not stated, said in the title, is the sale format "instalment" (index._sale_format): the
    price is not judged while 48 payments of it reach the floor, and the listing is lowered as any price part."""
    assert "rolex" not in demo_alerts("Rolex Submariner Date - ab 249 €/Monat", "watches", 249, "", "EUR")
    match = demo_evaluated("Rolex Submariner Date - ab 249 €/Monat", "watches", 249, "", "EUR")["rolex"]
    price_signal = _signal(match, Rule.price)
    assert price_signal.weight == 0
    assert price_signal.detail.startswith("price not judged: the price is one payment of a plan whose total the "
                                          "listing does not state ('/Monat')")
    sale = _signal(match, Rule.sale_format)
    assert (sale.term, sale.text) == ("instalment", "/Monat") and "not lowered" not in sale.detail


COPIES = [  # a copy that mentions a plan: the stated total, the plan's total or the cue gives it away
    ("Rolex Submariner Date", "watches", 180, "USD", "Or 4 interest-free payments of $45.00 with Afterpay.",
     "the plan's total (4 payments of 45 stated)"),
    ("Rolex Submariner Date - 24x sem juros", "watches", 25, "BRL", "", "their total"),
    ("Rolex Submariner Date - ab 9 €/Monat", "watches", 9, "EUR", "", "even 48 payments of it"),
    ("Dyson Airwrap 1:1 mirror quality - 12x sem juros", "hair care", 260, "BRL", "", None),
    ("Rolex Daytona nuovo, 12 rate a tasso zero high copy", "watches", 1167.15, "EUR", "", None),  # an interest rate's
    # zero denies no copy word (negation.py reads instalments.plan_spans), in each market's words:
    ("Rolex Submariner nuovo a interessi zero, replica", "watches", 11000, "EUR", "", None),
    ("Rolex Submariner novo 12x taxa zero réplica", "watches", 60000, "BRL", "", None),
    ("Rolex Submariner novo, juros zero réplica", "watches", 60000, "BRL", "", None),
    ("Rolex Submariner nuevo, tasa zero réplica", "watches", 12000, "USD", "", None),
]


@pytest.mark.parametrize("title, category, price, currency, description, said", COPIES)
def test_a_copy_that_mentions_a_plan_still_alerts(title, category, price, currency, description, said):
    brand = "dyson" if "Dyson" in title else "rolex"
    alerts = demo_alerts(title, category, price, description, currency)
    assert brand in alerts
    if said is not None:
        price_signal = _signal(alerts[brand], Rule.price)
        assert price_signal.weight > 0 and said in price_signal.detail


def test_a_refusal_beside_a_zero_rate_plan_still_refuses():
    """The "zero" outside the plan's phrase is a refusal: genuine goods at a shop's price stay quiet."""
    assert demo_alerts("Rolex Datejust originale, 10 rate a tasso zero - zero replica", "watches", 9500, "",
                       "EUR") == {}


def test_months_are_no_pieces():
    """개월 is "months": "6개월 무이자" sells one item, not six (quantity.py)."""
    assert read_quantity("갤럭시 S24 새상품 6개월 무이자 할부").count in (None, 1)
    assert read_quantity("초콜릿 6개 세트").count == 6


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Location sac Gucci Marmont, 3 jours", "Services", 45.5, "EUR", "gucci"),
    ("LEGO Millennium Falcon 75192 huren voor een week", "Rentals", 30.99, "EUR", "lego"),
    ("Sewa Canon EOS R6 per hari", "Services", 350000, "IDR", "canon"),
    ("Cho thuê Sony A7 IV theo ngày", "cameras", 25, "USD", "sony"),
    ("ให้เช่า Canon EOS R6 รายวัน", "cameras", 900, "THB", "canon"),
    ("Dyson Airwrap Wochenmiete", "hair care", 39, "EUR", "dyson"),
])
def test_rentals_in_more_markets_words_are_rentals(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, "Deposit required.", currency)
    match = demo_evaluated(title, category, price, "Deposit required.", currency)[brand]
    assert any(s.rule is Rule.subject and "rental" in (s.detail or "") for s in match.signals)


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Gucci keychain GG", "handbags", 240, "gucci"),
    ("Coach leather keyring", "handbags", 40, "coach"),
    ("Porte-clés Louis Vuitton neuf", "handbags", 380, "louis-vuitton"),
    ("Michael Kors 钥匙扣 全新", None, 34, "michael-kors"),
])
def test_a_fashion_houses_keyring_is_judged_by_a_keyrings_floor(title, category, price, brand):
    """items.SMALL_ITEMS: a keyring sells at a fraction of the cheapest bag; judged by the bag's floor it read as a copy."""
    assert brand not in demo_alerts(title, category, price, "Authentic.", "USD")
    match = demo_evaluated(title, category, price, "Authentic.", "USD")[brand]
    assert "a keyring (" in _signal(match, Rule.price).detail


@pytest.mark.parametrize("title, price", [("Gucci keychain GG", 9), ("Gucci keychain GG 1:1", 60)])
def test_a_copy_keyring_among_the_brands_goods_still_alerts(title, price):
    assert "gucci" in demo_alerts(title, "handbags", price, "", "USD")


def test_every_counted_phrase_with_a_count_needs_a_number():
    """read_terms tries the phrases with a count (group n) only when the text holds a number _N reads: exact only if
    every such phrase's group n is outside any option, repeat or alternative (a top-level group), so that each of its
    matches holds a match of _N."""
    import re._parser as sre

    from services.matcher.core.context import instalments

    numbered = [(kind, regex) for kind, regex, needs in instalments._COUNTED_RE if needs]
    assert len(numbered) >= len(instalments._COUNTED_RE) - 1  # all but the BNPL names
    for _, regex in numbered:
        n = regex.groupindex["n"]
        top = [av[0] for op, av in sre.parse(regex.pattern) if op is sre.SUBPATTERN]
        assert n in top, regex.pattern
        assert regex.pattern.count(instalments._N) == 1


@pytest.mark.parametrize("title", [
    "Rolex 24x sem juros", "Rolex 24 x sem juros", "Rolex 2024x sem juros", "pay in 4 today", "pay in 44 days",
    "in 3 rate", "in 3.5 rate", "en 10 fois", "Afterpay available", "199.99 per month, 24 months", "1,5 raten",
    "١٢ قسط", "12 قسط", "分12期", "分１２期", "no number at all rate", "",
])
def test_the_number_gate_reads_as_trying_every_phrase(monkeypatch, title):
    """The same terms with the number gate as with every counted phrase tried (a number in any script: \\d)."""
    from services.matcher.core.context import instalments

    gated = read_terms(ListingText(title, "monthly"))
    monkeypatch.setattr(instalments, "_NUMBER", re.compile(""))  # matches every text: every phrase tried
    assert read_terms(ListingText(title, "monthly")) == gated
