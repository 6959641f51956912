"""A price that means another unit (issue 9): one month of a plan whose count is not stated, a pre-order's deposit, a
price per kilo are no price of one unit (rule `sale_format`, terms "instalment", "deposit", "per_weight"), and a copy's
real price stated in the text below a decoy field is judged in the field's place (rule `stated_price`, the price
evidence's term "stated price")."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.formats import read_format
from services.matcher.core.context.stated_price import read_stated_price
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


MONTHS = [  # (title, category, price, currency, brand, words of the plan the evidence names)
    ("Canon EOS R6 Mark II £84 a month, 0% APR", "cameras", 84, "GBP", "canon", "a month"),
    ("LEGO Millennium Falcon 75192 Ratenkauf ab 33 €/Monat", "building sets", 33, "EUR", "lego", "Ratenkauf"),
    ("Sony WH-1000XM5 as low as $19/mo with Affirm", "headphones", 19, "USD", "sony", "/mo"),
    ("Rolex Submariner Date No Cost EMI ₹49,999", "watches", 49999, "INR", "rolex", "No Cost EMI"),
    ("Dyson Airwrap raty 0% 42 zł/mies.", "hair care", 42, "PLN", "dyson", "raty"),
    ("Dyson Airwrap R$ 199/mês", "hair care", 199, "BRL", "dyson", "/mês"),
    ("Nintendo Switch OLED 分期 月供199元", "consoles", 199, "CNY", "nintendo", "分期"),
    ("Canon EOS R6 рассрочка 2990 ₽/мес", "cameras", 2990, "RUB", "canon", "рассрочка"),
]


@pytest.mark.parametrize("title, category, price, currency, brand, said", MONTHS)
def test_a_month_of_a_plan_is_no_price_of_the_goods(title, category, price, currency, brand, said):
    assert brand not in demo_alerts(title, category, price, "", currency)
    match = demo_evaluated(title, category, price, "", currency)[brand]
    sale = _signal(match, Rule.sale_format)
    assert sale.term == "instalment" and sale.text == said and "lowered" in sale.detail
    assert _signal(match, Rule.price).detail.startswith("price not judged: the price is one payment of a plan")


def test_a_month_said_only_in_the_description_needs_the_price_beside_it():
    """"Financing available" in a description is a checkout's offer beside a whole price: the field is judged."""
    beside = demo_evaluated("Sony WH-1000XM5 new", "headphones", 19, "Pay $19/mo with Affirm.", "USD")["sony"]
    assert _signal(beside, Rule.sale_format).term == "instalment"
    apart = demo_evaluated("Sony WH-1000XM5 new", "headphones", 19, "Financing available at checkout.", "USD")["sony"]
    assert not any(s.rule is Rule.sale_format for s in apart.signals)
    assert "sony" in demo_alerts("Sony WH-1000XM5 new", "headphones", 19, "Financing available at checkout.", "USD")


def test_a_plans_count_is_no_multipack():
    """"Series X 18 meses sin intereses": 18 is the plan's count, not 18 consoles (index._units)."""
    match = demo_evaluated("Xbox Series X 18 meses sin intereses de 510", "consoles", 510, "", "MXN")
    price = _signal(match["microsoft"], Rule.price)
    assert "per unit" not in price.detail and "one of 18 payments" in price.detail
    assert "microsoft" not in demo_alerts("Xbox Series X 18 meses sin intereses de 510", "consoles", 510, "", "MXN")


def test_a_copy_with_a_month_still_alerts():
    assert "rolex" in demo_alerts("Rolex Submariner Date ab 9 €/Monat", "watches", 9, "", "EUR")
    assert "rolex" in demo_alerts("Rolex Submariner Date 1:1 a rate 199 €/mese", "watches", 199, "", "EUR")


DEPOSITS = [
    ("Dyson Airwrap new model pre-order, deposit", "hair care", 50, "SGD", "dyson", "deposit"),
    ("Canon EOS R6 Mark III pre-order, $200 deposit", "cameras", 200, "CAD", "canon", "deposit"),
    ("Reserva adidas Samba edición limitada, señal 20 €", "sneakers", 20, "EUR", "adidas", "señal"),
    ("Pré-venda Nintendo Switch 2 - sinal R$ 300", "consoles", 300, "BRL", "nintendo", "sinal"),
    ("Deposit £50 - Sony PS5 Pro pre-order", "consoles", 50, "GBP", "sony", "Deposit"),
]


@pytest.mark.parametrize("title, category, price, currency, brand, said", DEPOSITS)
def test_a_pre_orders_deposit_is_no_price_of_the_goods(title, category, price, currency, brand, said):
    assert brand not in demo_alerts(title, category, price, "", currency)
    sale = _signal(demo_evaluated(title, category, price, "", currency)[brand], Rule.sale_format)
    assert (sale.term, sale.text) == ("deposit", said)


@pytest.mark.parametrize("title", ["Canon EOS R6 Mark II, deposit required", "Nike Air Max, no deposit needed",
                                   "Canon EOS R6 Mark II - reserved"])
def test_a_deposit_word_alone_is_no_part(title):
    """Neither beside an amount nor beside a pre-order's word: no deposit is the price field."""
    assert read_format(demo_listing(title, "cameras", 60), ListingText(title, "")) is None


def test_used_clothes_by_the_kilo_are_no_price_of_one_unit_and_new_ones_are_a_copy_lot():
    quiet = demo_evaluated("Vintage Levi's 501 wholesale, price per kg", "jeans", 9, "Second-hand, graded.", "GBP")
    sale = _signal(quiet["levis"], Rule.sale_format)
    assert (sale.term, sale.text) == ("per_weight", "per kg") and "lowered" in sale.detail
    assert "levis" not in demo_alerts("Vintage Levi's 501 wholesale, price per kg", "jeans", 9, "Second-hand, graded.",
                                      "GBP")
    assert "levis" in demo_alerts("New Levi's 501 jeans, per kg, mixed sizes", "jeans", 9, "Tags on.", "GBP")


DECOYS = [  # (title, category, field price, currency, description, brand, the stated price as the evidence shows it)
    ("Nintendo Switch OLED new", "consoles", 320, "USD", "Listed price is not final. Real price: 43 USD with coupon.",
     "nintendo", "43 USD"),
    ("Honda EU2200i 专柜同款", "generators", 8900, "CNY", "标价非实际价格，到手价1700 CNY，拍前联系客服改价。", "honda", "1700 CNY"),
    ("LEGO Millennium Falcon 75192 top", "building sets", 5100, "BRL", "Preço do anúncio não é o real, chama que faço "
     "320 BRL.", "lego", "320 BRL"),
    ("Levi's 511 Slim premium", "jeans", 1200000, "IDR", "Harga etalase bukan harga asli, harga asli 28rb.", "levis",
     "28000 IDR"),
    ("Rolex Submariner Date", "watches", 9500, "USD", "Price in chat: 30000 ₽", "rolex", "30000 RUB"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand, said", DECOYS)
def test_a_real_price_stated_below_a_decoy_field_is_judged(title, category, price, currency, description, brand, said):
    alerts = demo_alerts(title, category, price, description, currency)
    assert brand in alerts
    signal = _signal(alerts[brand], Rule.price)
    assert signal.weight > 0 and signal.term == "stated price" and signal.text == said
    assert signal.detail.startswith("stated_price: ")


def test_a_coupons_saving_and_a_fair_final_price_stay_quiet():
    for description in ("Save $30 with coupon at checkout.", "Final price with coupon: $2,450. Authorised dealer.",
                        "券后再减30元", "Use code SAVE200 for $200 off."):
        assert "canon" not in demo_alerts("Canon EOS R6 Mark II body", "cameras", 2650, description, "USD")


@pytest.mark.parametrize("said, currency, expected", [
    ("real price: 43 USD", "EUR", (43.0, "USD")), ("到手价199元", "USD", (199.0, "CNY")),
    ("giá chốt 350k", "VND", (350000.0, "VND")), ("harga asli 280rb", "IDR", (280000.0, "IDR")),
    ("реальная цена 3 300 ₽", "RUB", (3300.0, "RUB")), ("실제 가격 50,000원", "KRW", (50000.0, "KRW")),
    ("te lo dejo en 790", "MXN", (790.0, "MXN")), ("Echter Preis 45 €", "EUR", (45.0, "EUR")),
    # a sign several currencies write: the listing's own when it is one of them, else the commonest
    ("real price: $43", "CAD", (43.0, "CAD")), ("real price: $43", "CNY", (43.0, "USD")),
    ("real price: ¥4,300", "JPY", (4300.0, "JPY")), ("real price: 430 kr", "NOK", (430.0, "NOK")),
    ("real price: 430 kr", "EUR", (430.0, "SEK")), ("real price: 1.299,90 €", "USD", (1299.9, "EUR")),
])
def test_the_stated_price_is_read_with_its_currency(said, currency, expected):
    found = read_stated_price(ListingText("x", said), currency)
    assert found is not None and (found.amount, found.currency) == expected


@pytest.mark.parametrize("said", ["Save $30 with coupon", "final price: $25/mo", "Real price is negotiable",
                                  "faço entrega em 2 dias", "real price 20% off"])
def test_no_stated_price_where_none_is_the_price(said):
    assert read_stated_price(ListingText("x", said), "USD") is None
