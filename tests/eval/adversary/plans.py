"""The adversary's price-plan classes: a genuine retailer's listing whose price is one payment of an instalment plan
(card instalments, buy-now-pay-later, financing) or one period of a rental, which must stay quiet; and the copies
that mention a plan, which must still alert.

Written from first principles and general knowledge of how checkouts word instalments in the marketplaces' languages
(Brazil's "10x sem juros" and "12x de R$ 199", Mexico's "meses sin intereses" and MSI, Argentina's "cuotas sin interés",
Klarna/Afterpay/Clearpay/PayPal "Pay in 4", Germany's Ratenzahlung and Monatsraten, France's "en 3 fois sans frais",
Italy's "in 3 rate", Poland's "raty 0%", Turkey's taksit, Japan's 回払い, China's 分期免息, Korea's 무이자 할부,
Indonesia's cicilan, Vietnam's trả góp, Thailand's ผ่อน, the Arab markets' تقسيط, Israel's תשלומים) and how rental
shops price by the day or week (huren, location, noleggio, aluguel, wynajem, レンタル, 대여, sewa, cho thuê, เช่า,
إيجار, השכרה); nothing of the matcher and no held-out listing was read. Prices are drawn in the market's currency with
a rough table of its own (RATES), far from any line the matcher draws: a genuine plan's total is 100-160 % of the
floor, a copy's 3-25 %.
"""

from __future__ import annotations

import math

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark, higher_floor, mark_floor

TRAPS = {
    "trap_instalment_price": "a retailer's new genuine goods whose price field is one payment of a stated instalment "
                             "plan (24x sem juros, 12x de R$ 199, pay in 4, meses sin intereses, Ratenzahlung, taksit, "
                             "回払い, 分期免息, 무이자 할부, cicilan, trả góp, ผ่อน, تقسيط, תשלומים), the count in the title or "
                             "the description, in 17 languages and their currencies",
    "trap_small_item": "a fashion house's keyring, key pouch or bag charm (keychain, porte-clés, llavero, "
                       "Schlüsselanhänger, brelok, 钥匙扣, キーホルダー, 키링) at its own genuine price, a fraction of the "
                       "cheapest bag's, filed among the brand's goods or accessories",
    "trap_rental_abroad": "the rental of the brand's genuine goods priced per day, weekend or week, in the words of 16 "
                          "languages (huren, location, noleggio, aluguel, wynajem, レンタル, 대여, sewa, cho thuê, เช่า)",
}
EVASIONS = {
    "fake_small_item": "a copy keyring or bag charm: at a few percent of the cheapest bag's price, or with a copy cue",
    "fake_instalment_lowball": "a copy that mentions an instalment plan: the full copy price with 'or 4 payments of X' "
                               "(the stated total is low), a plan whose total is a fraction of the floor, a copy cue "
                               "beside a plan, or a monthly rate that even 48 payments of leaves far below the floor",
}

# rough units per US dollar (late 2026), the generator's own; only prices far from the matcher's lines are drawn
RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "JPY": 150.0, "BRL": 5.4, "MXN": 18.5, "TRY": 40.0,
         "PLN": 3.9, "KRW": 1400.0, "IDR": 16000.0, "THB": 34.0, "ILS": 3.6, "AUD": 1.5, "INR": 84.0, "CHF": 0.85}

# (language, currency, title with {m} mark, {p} product, {n} count, {a} one payment; description); {n} from COUNTS
PLANS = [
    ("pt", "BRL", "{m} {p} - {n}x sem juros", "Nota fiscal e garantia do fabricante."),
    ("pt", "BRL", "{m} {p} novo, em até {n}x sem juros", "Pronta entrega. Garantia oficial."),
    ("pt", "BRL", "{m} {p} - {n}x de R$ {a}", "Produto original, nota fiscal."),
    ("pt", "BRL", "{m} {p} original, parcelado em {n}x", "Envio imediato."),
    ("es", "MXN", "{m} {p} - {n} meses sin intereses", "Garantía oficial, factura incluida."),
    ("es", "MXN", "{m} {p} nuevo {n} MSI", "Envío gratis, factura."),
    ("es", "MXN", "{m} {p} nuevo, {n} cuotas sin interés", "Producto original con garantía."),
    ("en", "USD", "{m} {p} new (pay in 4 with Klarna)", "Price shown is per instalment (4 instalments)."),
    ("en", "USD", "{m} {p} - {n} monthly payments", "Total price on checkout. Official warranty."),
    ("en", "GBP", "{m} {p}, {n} interest-free payments", "Brand new, UK stock."),
    ("en", "AUD", "{m} {p} brand new - Afterpay available", "4 fortnightly payments shown. Ships from Sydney."),
    ("en", "USD", "{m} {p} - new, in stock", "Price shown is per instalment ({n} instalments). Total on checkout."),
    ("de", "EUR", "{m} {p} neu - Ratenzahlung {n} Monate", "Gesamtpreis an der Kasse. Rechnung mit MwSt."),
    ("de", "EUR", "{m} {p} neu OVP, in {n} Monatsraten", "Finanzierung über unseren Partner."),
    ("de", "EUR", "{m} {p} - {n} Raten à {a} €", "Herstellergarantie."),
    ("fr", "EUR", "{m} {p} neuf - paiement en {n} fois sans frais", "Facture avec TVA."),
    ("fr", "EUR", "{m} {p} neuf, {n}x sans frais", "Expédié sous 24 h."),
    ("it", "EUR", "{m} {p} nuovo - in {n} rate con Klarna", "Garanzia ufficiale Italia."),
    ("it", "EUR", "{m} {p} nuovo, {n} rate a tasso zero", "Spedizione in 24 ore."),
    ("pl", "PLN", "{m} {p} nowy - {n} rat 0%", "Faktura VAT, gwarancja producenta."),
    ("tr", "TRY", "{m} {p} - {n} taksit", "Faturalı, resmi distribütör garantili."),
    ("tr", "TRY", "{m} {p} peşin fiyatına {n} taksit", "Orijinal ürün."),
    ("nl", "EUR", "{m} {p} nieuw - betaal in {n} termijnen", "Op voorraad."),
    ("ja", "JPY", "{m} {p} 新品 {n}回払い", "メーカー保証付き。"),
    ("zh", "CNY", "{m} {p} 全新 分{n}期免息", "国行正品，可开发票。"),
    ("ko", "KRW", "{m} {p} 새상품 {n}개월 무이자 할부", "정품, 제조사 보증."),
    ("id", "IDR", "{m} {p} baru - cicilan 0% {n} bulan", "Garansi resmi."),
    ("vi", "USD", "{m} {p} mới - trả góp 0% {n} tháng", "Hàng chính hãng, bảo hành."),
    ("th", "THB", "{m} {p} ใหม่ ผ่อน 0% {n} เดือน", "ของแท้ ประกันศูนย์"),
    ("ar", "USD", "{m} {p} جديد - تقسيط على {n} شهر", "ضمان الوكيل."),
    ("he", "ILS", "{m} {p} חדש - עד {n} תשלומים", "אחריות יבואן רשמי."),
]
COUNTS = [3, 4, 6, 10, 12, 18, 24]
FOUR = ("pay in 4", "Afterpay", "(4 instalments)")  # plans of four payments by definition

# a copy's full price with the plan as a side offer: the stated total is the price ({a} one payment, {n} count)
SIDE_OFFER = [
    ("USD", "{m} {p}", "Or {n} interest-free payments of ${a} with Afterpay."),
    ("USD", "{m} {p} - pay in 4", "or 4 payments of ${a}"),
    ("EUR", "{m} {p} neu", "Oder in {n} Raten à {a} € mit Klarna."),
    ("BRL", "{m} {p} novo", "Ou {n}x de R$ {a} sem juros."),
    ("MXN", "{m} {p} nuevo", "O {n} cuotas de $ {a} sin interés."),
    ("EUR", "{m} {p} neuf", "Ou en {n} fois : {a} € par mois."),
]
MONTHLY = [("EUR", "{m} {p} - ab {a} €/Monat"), ("USD", "{m} {p} from ${a}/month"), ("JPY", "{m} {p} 月々{a}円"),
           ("GBP", "{m} {p} - just £{a} per month"), ("EUR", "{m} {p} à partir de {a} €/mois")]
COPY_CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "replica", "high copy", "原单", "高仿", "UA version"]

# (language, title with {m} mark and {p} product, description), priced per day (PER_DAY) or per week / weekend
RENT_DAY = [
    ("nl", "{m} {p} huren per dag", "Borg en ID verplicht."), ("fr", "Location {m} {p}, par jour", "Caution demandée."),
    ("fr", "{m} {p} à louer - 3 jours", "Location avec caution."), ("it", "Noleggio {m} {p}, al giorno", "Con cauzione."),
    ("pt", "Aluguel {m} {p} - diária", "Com caução."), ("pl", "Wynajem {m} {p}, za dobę", "Kaucja zwrotna."),
    ("ja", "{m} {p} レンタル 1日", "保証金あり、返却時に返金。"), ("ko", "{m} {p} 대여 1일", "보증금 필요."),
    ("id", "Sewa {m} {p} per hari", "Deposit KTP."), ("vi", "Cho thuê {m} {p} theo ngày", "Đặt cọc khi thuê."),
    ("th", "ให้เช่า {m} {p} รายวัน", "มีมัดจำ"), ("ar", "{m} {p} للإيجار يوميا", "مع تأمين."),
    ("he", "השכרת {m} {p} ליום", "בפיקדון."), ("tr", "Kiralık {m} {p}, günlük", "Depozito gerekli."),
    ("es", "Renta de {m} {p} por día", "Se requiere depósito."), ("de", "{m} {p} mieten, Tagesmiete", "Kaution erforderlich."),
    ("en", "Hire the {m} {p} for your event, daily rate", "Fully insured."),
]
RENT_WEEK = [
    ("nl", "{m} {p} huren voor een week", "Borg verplicht."), ("fr", "Location {m} {p}, 1 semaine", "Caution demandée."),
    ("en", "{m} {p} to rent for the weekend", "ID and deposit required."), ("de", "{m} {p} Wochenmiete", "Kaution."),
    ("ja", "{m} {p} レンタル 1週間", "往復送料込み。"), ("ko", "{m} {p} 대여 1주일", "보증금 필요."),
    ("es", "Alquiler semanal {m} {p}", "Con fianza."), ("it", "{m} {p} a noleggio per una settimana", "Con cauzione."),
]


def _floor(b: BrandView, s: Scene, cat: str, mark: str) -> tuple[float, str] | None:
    """The floor the listing's goods sell at: the mark's line's own when dearer, else the category's."""
    return higher_floor(mark_floor(b, mark), b.floors.get(cat))


def _in(amount: float, cur: str, target: str) -> float:
    return amount / RATES.get(cur, 1.0) * RATES[target]


# instalment plans are offered on goods worth spreading (checkouts set a minimum order around USD 35-50)
PLAN_MINIMUM_USD = 40.0


def _goods(b: BrandView, s: Scene, minimum: float = 0.0) -> str | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and c not in ("software", "software licenses")
            and _in(*b.floors[c], "USD") >= minimum]
    return s.rng.choice(cats) if cats else None


def _money(amount: float, cur: str) -> str:
    """One payment as a shop writes it in its market: whole units for yen, won, rupiah; two decimals otherwise."""
    if cur in ("JPY", "KRW", "IDR"):
        return f"{math.ceil(amount):,}"
    return f"{amount:.2f}".replace(".", ",") if cur in ("BRL", "EUR", "TRY", "PLN") else f"{amount:.2f}"


def _plan_goods(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str] | None] | None:
    """(category, plain mark, its floor) of goods worth a plan (PLAN_MINIMUM_USD), or None when the brand has none."""
    cat = _goods(b, s, PLAN_MINIMUM_USD)
    if cat is None:
        return None
    m = _plain_mark(b, s)
    return cat, m, _floor(b, s, cat, m)


def make_instalment_price(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (goods := _plan_goods(b, s)) is None:
        return None
    cat, m, floor = goods
    _lang, cur, title, desc = r.choice(PLANS)
    four = any(f in title or f in desc for f in FOUR)
    n = 4 if four else r.choice(COUNTS)
    total = _in(floor[0], floor[1], cur) * r.uniform(1.0, 1.6)
    one = math.ceil(total / n * 100) / 100  # a plan's payment rounded up to the cent
    if cur in ("JPY", "KRW", "IDR"):
        one = float(math.ceil(total / n))
    text = title.format(m=m, p=s.product(cat), n=n, a=_money(one, cur))
    return Draft(_cap(text), cat, (one, cur), desc.format(n=n))


def make_rental_abroad(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (goods := _plan_goods(b, s)) is None:  # durable goods: nobody rents a chocolate box
        return None
    cat, m, floor = goods
    week = r.random() < 0.35
    _lang, title, desc = r.choice(RENT_WEEK if week else RENT_DAY)
    share = r.uniform(0.04, 0.12) if week else r.uniform(0.01, 0.05)  # of the goods' price, per period
    price = round(max(floor[0] * share, 1.0), 2)
    return Draft(_cap(title.format(m=m, p=s.product(cat))), r.choice([cat, "Services", "Rentals", None]),
                 (price, floor[1]), desc)


def make_fake_instalment_lowball(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (goods := _plan_goods(b, s)) is None:
        return None
    cat, m, floor = goods
    p = s.product(cat)
    way = r.randrange(4)
    if way == 3 and _in(floor[0], floor[1], "USD") < 300:
        way = 1  # a monthly rate of a cheap good would be cents
    if way == 0:  # the copy's full price, the plan a side offer: the stated total is the price
        cur, title, desc = r.choice(SIDE_OFFER)
        n = 4 if "pay in 4" in title or "4 payments" in desc else r.choice(COUNTS)
        price = round(_in(floor[0], floor[1], cur) * r.uniform(0.04, 0.25), 2)
        return Draft(_cap(title.format(m=m, p=p)), cat, (price, cur), desc.format(n=n, a=_money(price / n, cur)))
    if way in (1, 2):  # one payment of a plan: the plan's total a fraction of the floor, or a copy cue beside a plan
        _lang, cur, title, desc = r.choice(PLANS)
        four = any(f in title or f in desc for f in FOUR)
        n = 4 if four else r.choice(COUNTS)
        total = _in(floor[0], floor[1], cur) * (r.uniform(0.03, 0.2) if way == 1 else r.uniform(0.6, 1.4))
        one = round(max(total / n, 0.5), 2)
        text = title.format(m=m, p=p, n=n, a=_money(one, cur))
        if way == 2:
            cue = r.choice(COPY_CUES)
            text = f"{text} {cue}" if r.random() < 0.5 else f"{cue} {text}"
        return Draft(_cap(text), cat, (one, cur), desc.format(n=n))
    cur, title = r.choice(MONTHLY)  # a monthly rate that even 48 payments of leave far below the floor
    one = _in(floor[0], floor[1], cur) * r.uniform(0.001, 0.006)
    one = float(math.ceil(one)) if cur == "JPY" else round(max(one, 1.0), 2)
    return Draft(_cap(title.format(m=m, p=p, a=_money(one, cur))), cat, (one, cur),
                 r.choice(["Ships fast.", "Financing through our partner.", ""]))


# a fashion house's keyrings and bag charms: (title with {m} mark; language)
# (not "key holder": accessory.py reads "holder" as an accessory for the brand's goods, a gap of its own)
KEYRINGS = ["{m} keychain", "{m} leather keychain", "{m} bag charm", "{m} key pouch, new", "{m} keyring with logo",
            "Porte-clés {m} neuf", "{m} Schlüsselanhänger neu", "Llavero {m} original", "Portachiavi {m} nuovo",
            "Chaveiro {m} original", "Brelok {m} nowy", "{m} anahtarlık", "{m} 钥匙扣 全新", "{m} キーホルダー 新品",
            "{m} 키링 새상품", "{m} sleutelhanger nieuw"]
KEYRING_CATEGORIES = {"handbags", "wallets", "belts", "sneakers", "sportswear", "jackets", "parkas", "trench coats",
                      "scarves", "jeans", "backpacks"}


def _keyring(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]] | None:
    cats = [c for c in b.categories if c in KEYRING_CATEGORIES and c in b.floors]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    return cat, s.rng.choice(KEYRINGS).format(m=_plain_mark(b, s)), b.floors[cat]


def make_small_item(b: BrandView, s: Scene) -> Draft | None:
    if (found := _keyring(b, s)) is None:
        return None
    cat, title, (amount, cur) = found
    price = round(amount * s.rng.uniform(0.15, 0.4), 2)  # the makers' keyrings: 15-40 % of their cheapest bag or shoe
    return Draft(_cap(title), s.rng.choice([cat, "accessories", "Keychains", None]), (price, cur),
                 s.rng.choice(["Authentic, from the boutique.", "New with box and dust bag.", "Gift receipt included.", ""]))


def make_fake_small_item(b: BrandView, s: Scene) -> Draft | None:
    if (found := _keyring(b, s)) is None:
        return None
    cat, title, (amount, cur) = found
    if s.rng.random() < 0.3:
        cue = s.rng.choice(COPY_CUES)
        return Draft(_cap(f"{title} {cue}"), cat,
                     (round(amount * s.rng.uniform(0.05, 0.4), 2), cur), "")
    # filed among the brand's goods: elsewhere ("Keychains", no category) a copy keyring is far from the brand's
    # sectors (sectors.py), where a low price counts only with a cue, a gap of its own
    return Draft(_cap(title), cat, (round(max(amount * s.rng.uniform(0.005, 0.035), 0.5), 2), cur),
                 s.rng.choice(["Free shipping.", "Wholesale available.", ""]))


TRAP_MAKERS = {"trap_instalment_price": make_instalment_price, "trap_rental_abroad": make_rental_abroad,
               "trap_small_item": make_small_item}
EVASION_MAKERS = {"fake_instalment_lowball": make_fake_instalment_lowball, "fake_small_item": make_fake_small_item}
