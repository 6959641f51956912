"""The adversary's price-part classes: a genuine listing whose price field holds a part of the goods' price or the price
of something else — a carrier contract's upfront 0 or 1, a booking deposit, a buying service's fee, the net price after
a trade-in credit, one month of a software subscription, a price in a cryptocurrency at the goods' full value — which
must stay quiet; and the copies that borrow the same words as bait, which must still alert: "deposit now" beside a
replica, a "contract price" on a fake, a personal shopper who sells 1:1, a trade-in price at a copy's fraction, a
month of software at a cracked key's price, a coin price beside a copy cue or at a copy's value.

Written from first principles and general knowledge of how carriers, dealers, buying services, trade-in programmes,
software vendors and crypto-accepting shops word their listings in the markets' languages (Germany's "mit Vertrag, 1 €
Zuzahlung", France's "à 1 € avec forfait", Spain's "con contrato", Italy's "in abbonamento", Brazil's "no plano",
Poland's "w abonamencie", Turkey's "taahhütlü", Japan's 実質1円 and 機種変更, China's 合约机, Korea's 공짜폰; dealers'
"booking deposit", "acompte", "Anzahlung", "caparra", "zaliczka", "kapora", "задаток", 予約金, 订金, 예약금, "uang muka",
"đặt cọc", "มัดจำ", "عربون"; buying services' "personal shopper", "Einkaufsservice", "compras por encargo", 購入代行,
代购, 구매대행, "jastip", "выкуп"; trade-in's "with trade-in", "Inzahlungnahme", "après reprise", "na inruil",
下取り, 以旧换新, 보상판매, "tukar tambah", "thu cũ đổi mới", "трейд-ин"; software's "per month", "/Monat", "/mois",
月額, 每月; "pay with BTC"); nothing of the matcher and no held-out listing was read. Prices are drawn in the market's
currency with the generator's own rough table (plans.RATES) and coin rates (COIN_EUR), far from any line the matcher
draws: a trade-in's net price 35-90 % of the floor, a copy's 3-15 %; a month of software 6-20 % of the year's floor, a
cracked key's month 0.5-2.5 %; a coin price of genuine goods 100-150 % of the floor at a rate of its year, a copy's
5-20 %. Each class is kept to three listings a brand (MAX_PER_BRAND): the suite's time budget.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.plans import COPY_CUES, RATES, _floor, _goods, _in

TRAPS = {
    "trap_contract_upfront": "a carrier's genuine phone, earbuds or console for 0, 1 or a small upfront payment with a "
                             "24-36-month contract ('mit Vertrag', 'avec forfait', 'con contrato', 'in abbonamento', "
                             "'no plano', 'w abonamencie', 'taahhütlü', '実質1円', '合约机', '공짜폰', 'ติดสัญญา'), 14 "
                             "languages",
    "trap_booking_deposit": "a dealer's booking deposit or a pre-order deposit for genuine goods, the balance paid later "
                            "('booking deposit', 'acompte', 'Anzahlung', 'caparra', 'zaliczka', 'kapora', 'задаток', "
                            "'予約金', '订金', '예약금', 'uang muka', 'đặt cọc', 'มัดจำ', 'عربون'), 15 languages",
    "trap_buying_service_fee": "a personal shopper's or buying service's fee for genuine goods bought at the shop's "
                               "price ('personal shopper', 'Einkaufsservice', 'compras por encargo', '購入代行', '代购', "
                               "'구매대행', 'jastip', 'выкуп', 'mua hộ', 'خدمة شراء'), 13 languages",
    "trap_trade_in_net": "genuine new goods at the price left after a trade-in credit for the buyer's old device, "
                         "35-90 % of the floor ('with trade-in', 'mit Inzahlungnahme', 'après reprise', 'na inruil', "
                         "'下取り', '以旧换新', '보상판매', 'tukar tambah', 'thu cũ đổi mới', 'трейд-ин'), 14 languages",
    "trap_subscription_month": "one month of the software brand's genuine subscription at its monthly price ('per "
                               "month', '/Monat', '/mois', 'al mes', '/mese', '月額', '每月', '월 구독', 'per bulan'), 12 "
                               "languages",
    "trap_crypto_full_value": "genuine new goods priced in BTC, ETH, LTC or XMR at their full value (100-150 % of the "
                              "floor at a rate of the coin's year), 'pay with BTC', invoice and warranty",
}
EVASIONS = {
    "fake_contract_copy": "a copy sold with the carrier's words as bait: 'contract price', 'mit Vertrag', 'con "
                          "contrato' beside a copy cue ('1:1', 'AAA quality', '高仿')",
    "fake_deposit_copy": "a copy taking a deposit: 'deposit now, replica AAA', '50% Anzahlung, 1:1', '定金 高仿', a "
                         "deposit of 10-30 % of a copy's price",
    "fake_shopper_copy": "a 'personal shopper' or 'buying service' who sells copies: '代购 高仿', 'buying service, 1:1 "
                         "mirror quality', a fee beside it",
    "fake_trade_in_lowball": "a 'trade-in price' at 3-15 % of the floor: below anything a trade-in credit leaves of "
                             "new goods",
    "fake_subscription_lowball": "a month of the software brand's program at 0.5-2.5 % of the year's floor: a cracked "
                                 "key's price in a subscription's words; or a 'lifetime' licence at a month's price, "
                                 "'no monthly subscription'",
    "fake_crypto_copy": "a copy priced in a coin: with a copy cue at a shop's value, or at 5-20 % of the floor at the "
                        "coin's rate",
    "fake_preorder_deposit_terms": "a copy 'pre-ordered from abroad' at 5-20 % of the floor, its description asking a "
                                   "deposit first and the balance on arrival ('先付訂金', 'deposit first, balance on "
                                   "arrival', 'Anzahlung vorab'): the price field is the whole copy price",
}

MAX_PER_BRAND = 3
CUES = [c for c in COPY_CUES if c != "replica"]

# the generator's own euros per coin (mid-2025, rough)
COIN_EUR = {"BTC": 90_000.0, "ETH": 3_000.0, "LTC": 85.0, "XMR": 280.0}

# goods a carrier sells with a contract; goods a trade-in is offered on
CONTRACT_GOODS = ("phones", "earbuds", "consoles", "tablets")
TRADE_IN_GOODS = ("phones", "earbuds", "consoles", "tablets", "laptops", "headphones", "cameras", "vacuum cleaners",
                  "electric toothbrushes", "shavers", "hair care")
SOFTWARE = ("software", "software licenses")

# (currency, title with {m} mark, {p} product, {a} amount; description)
CONTRACTS = [
    ("EUR", "{m} {p} mit Vertrag - {a} € Zuzahlung, 24 Monate", "Nur mit neuem Vertrag, monatliche Grundgebühr."),
    ("EUR", "{m} {p} à {a} € avec forfait 5G 24 mois", "Offre valable avec souscription d'un forfait."),
    ("EUR", "{m} {p} por {a} € con contrato de fibra y móvil", "Permanencia 24 meses."),
    ("EUR", "{m} {p} a {a} € in abbonamento 30 mesi", "Offerta con SIM, vincolo 30 mesi."),
    ("BRL", "{m} {p} por R$ {a} no plano controle", "Fidelização de 12 meses."),
    ("PLN", "{m} {p} za {a} zł w abonamencie 24 mies.", "Oferta z abonamentem, umowa na 24 miesiące."),
    ("EUR", "{m} {p} voor €{a} bij een 2-jarig abonnement", "Alleen met een nieuw abonnement."),
    ("TRY", "{m} {p} {a} TL, 24 ay taahhütlü", "Faturalı hat ile, taahhüt süresi 24 ay."),
    ("USD", "{m} {p} - ${a} down with a 36-month unlimited plan", "New line required, monthly fee applies."),
    ("GBP", "{m} {p} - £{a} upfront, 24 month contract", "Pay monthly, credit check required."),
    ("JPY", "{m} {p} 実質{a}円 機種変更", "回線契約が必要です。"),
    ("CNY", "{m} {p} 合约机 {a}元购机", "需办理24个月套餐。"),
    ("KRW", "{m} {p} 공짜폰 번호이동 {a}원", "요금제 24개월 약정."),
    ("THB", "{m} {p} ติดสัญญา 12 เดือน {a} บาท", "ต้องสมัครแพ็กเกจรายเดือน"),
    ("IDR", "{m} {p} Rp {a} dengan kontrak 24 bulan", "Wajib paket pascabayar."),
]
CONTRACT_AMOUNTS = {"EUR": [0, 1, 9.99, 29], "BRL": [1, 9], "PLN": [1, 9], "TRY": [1, 99], "USD": [0, 1],
                    "GBP": [0, 9.99], "JPY": [1, 980], "CNY": [0, 1], "KRW": [0, 1000], "THB": [0, 990],
                    "IDR": [0, 99000]}
# (currency, title, description): {a} the deposit
DEPOSITS = [
    ("USD", "{m} {p} 2026 - booking deposit ${a}, balance on delivery", "Authorised dealer, refundable deposit."),
    ("GBP", "{m} {p} pre-order deposit £{a} (balance on release)", "Official stockist. Deposit secures your unit."),
    ("EUR", "Réservation {m} {p} 2026, acompte {a} €", "Concessionnaire agréé, solde à la livraison."),
    ("EUR", "{m} {p} 2026 vorbestellen - Anzahlung {a} €", "Vertragshändler, Restzahlung bei Lieferung."),
    ("EUR", "{m} {p} 2026, caparra {a} €", "Concessionario ufficiale, saldo alla consegna."),
    ("EUR", "{m} {p} 2026 reserva con anticipo de {a} €", "Concesionario oficial, resto a la entrega."),
    ("PLN", "{m} {p} 2026 - zaliczka {a} zł", "Autoryzowany dealer, reszta przy odbiorze."),
    ("TRY", "{m} {p} 2026 kapora {a} TL", "Yetkili bayi, kalan ödeme teslimatta."),
    ("EUR", "{m} {p} 2026 задаток {a} €", "Официальный дилер, остаток при получении."),
    ("JPY", "{m} {p} 2026年モデル 予約金 {a}円", "正規販売店です。残金は納車時。"),
    ("CNY", "{m} {p} 2026款 订金 {a}元", "官方授权店，尾款提车时付清。"),
    ("KRW", "{m} {p} 2026 예약금 {a}원", "공식 딜러, 잔금은 출고 시."),
    ("IDR", "{m} {p} 2026 uang muka Rp {a}", "Dealer resmi, pelunasan saat unit datang."),
    ("USD", "Đặt cọc {m} {p} 2026, {a} USD", "Đại lý chính hãng, thanh toán phần còn lại khi nhận xe."),
    ("THB", "จอง {m} {p} 2026 มัดจำ {a} บาท", "ตัวแทนจำหน่ายอย่างเป็นทางการ"),
    ("USD", "عربون حجز {m} {p} 2026، {a} دولار", "وكيل معتمد، الباقي عند الاستلام."),
    # a store's lay-by (AU/NZ), layaway (US) and India's pre-reserve / token amounts (genuine, 2026-12-03)
    ("AUD", "Lay-by deposit {m} {p} at our store, ${a}", "Pay the rest over 8 weeks, collect when paid."),
    ("USD", "{m} {p} layaway, ${a} down", "Balance in 3 payments, genuine with warranty."),
    ("INR", "{m} {p} pre-reserve amount ₹{a}", "Authorised store, balance at delivery."),
    ("INR", "{m} {p} token amount {a} INR, advance booking", "Authorised dealer, balance on arrival."),
]
# (currency, title, description): {a} the fee; a service names one brand or several
SHOPPERS = [
    ("USD", "Personal shopper USA: I buy {m} {p} for you - service fee ${a}", "You pay the store price plus my fee."),
    ("GBP", "{m} {p} buying service - £{a} fee per item, you pay retail", "Receipts from the official store."),
    ("EUR", "Einkaufsservice: {m} {p} aus Deutschland - Servicegebühr {a} € zzgl. Ladenpreis", "Mit Kassenbon."),
    ("EUR", "Service d'achat {m} {p} à Paris - frais de service {a} €", "Vous payez le prix en boutique en plus."),
    ("MXN", "Compras en USA por encargo: {m} {p}, comisión {a} pesos", "Pagas el precio de tienda más la comisión."),
    ("EUR", "Acquisti per conto tuo: {m} {p} - commissione {a} €", "Scontrino originale del negozio."),
    ("BRL", "Compro para você nos EUA: {m} {p} - taxa de serviço R$ {a}", "Você paga o preço da loja + taxa."),
    ("EUR", "Выкуп с сайтов Европы: {m} {p} - комиссия {a} €", "Оплата по чеку магазина плюс комиссия."),
    ("JPY", "日本 購入代行 {m} {p} 手数料 {a}円", "店頭価格＋手数料でお受けします。"),
    ("CNY", "日本代购 {m} {p} 代购费 {a}元", "按小票价结算，正品保证。"),
    ("KRW", "미국 구매대행 {m} {p} 수수료 {a}원", "매장 가격 + 수수료."),
    ("IDR", "Jastip Singapore {m} {p}, fee Rp {a}", "Harga sesuai struk toko + fee jastip."),
    ("USD", "Nhận mua hộ {m} {p} từ Mỹ, phí dịch vụ {a} USD", "Giá theo hóa đơn cửa hàng cộng phí."),
    ("USD", "خدمة شراء {m} {p} من دبي مول - رسوم الخدمة {a} دولار", "السعر حسب فاتورة المتجر."),
]
SHOPPER_FEE_USD = (10.0, 40.0)
# (currency, title, description): {a} the net price
TRADE_INS = [
    ("USD", "{m} {p} - ${a} with eligible trade-in (price after credit)", "New, sealed. Trade-in credit applied at checkout."),
    ("GBP", "{m} {p} £{a} when you trade in your old device", "Brand new. Price shown after trade-in credit."),
    ("EUR", "{m} {p} {a} € mit Inzahlungnahme Ihres Altgeräts", "Neuware, Preis nach Inzahlungnahme."),
    ("EUR", "{m} {p} à {a} € après reprise de votre ancien appareil", "Neuf, prix après bonus reprise."),
    ("EUR", "{m} {p} por {a} € entregando tu usado", "Nuevo, precio con plan canje."),
    ("EUR", "{m} {p} a {a} € con permuta del tuo usato", "Nuovo, prezzo con supervalutazione dell'usato."),
    ("EUR", "{m} {p} €{a} na inruil van je oude toestel", "Nieuw, prijs na inruilpremie."),
    ("BRL", "{m} {p} R$ {a} na troca do seu usado", "Novo, preço com trade-in."),
    ("EUR", "{m} {p} {a} € по трейд-ин", "Новый, цена при сдаче старого устройства."),
    ("JPY", "{m} {p} 下取り価格 {a}円", "新品、下取り適用後の価格です。"),
    ("CNY", "{m} {p} 以旧换新 {a}元", "全新，旧机抵扣后价格。"),
    ("KRW", "{m} {p} 보상판매 {a}원", "새 제품, 중고 반납 시 가격."),
    ("IDR", "{m} {p} tukar tambah Rp {a}", "Baru, harga setelah tukar tambah."),
    ("USD", "{m} {p} thu cũ đổi mới {a} USD", "Hàng mới, giá sau khi thu cũ."),
]
# (currency, title, description): {a} one month
MONTHS = [
    ("USD", "{m} {p} - US${a}/month, monthly billing", "Official subscription, cancel anytime."),
    ("GBP", "{m} {p} - £{a} per month subscription", "Authorised reseller."),
    ("EUR", "{m} {p} - {a} € pro Monat, Monatsabo", "Offizielles Abo."),
    ("EUR", "{m} {p} - {a} € / mois, abonnement mensuel", "Revendeur agréé."),
    ("EUR", "{m} {p} - {a} € al mes, suscripción", "Distribuidor autorizado."),
    ("EUR", "{m} {p} - {a} €/mese, abbonamento mensile", "Rivenditore autorizzato."),
    ("BRL", "{m} {p} - R$ {a} por mês, assinatura", "Revenda autorizada."),
    ("PLN", "{m} {p} - {a} zł miesięcznie, subskrypcja", "Autoryzowany sprzedawca."),
    ("JPY", "{m} {p} 月額 {a}円", "正規ライセンス、月々のお支払い。"),
    ("CNY", "{m} {p} 每月 {a}元 订阅", "正版授权。"),
    ("KRW", "{m} {p} 월 구독 {a}원", "정품 구독."),
    ("IDR", "{m} {p} Rp {a} per bulan, langganan resmi", "Reseller resmi."),
]
# (title, description) of a shop taking coins
COIN_SHOP = [
    ("{m} {p} - pay with {c}", "Sealed retail unit, invoice with VAT, manufacturer warranty. Price at today's rate."),
    ("{m} {p} new, {c} accepted", "Authorised retailer, full warranty, price in {c} at the day's rate."),
    ("{m} {p} neu - Zahlung in {c}", "Originalverpackt, Rechnung mit MwSt., Herstellergarantie."),
    ("{m} {p} neuf, paiement en {c}", "Neuf sous blister, facture et garantie constructeur."),
    ("{m} {p} 新品 {c}払い可", "正規品、保証書付き。"),
]
COIN_COPY = [
    ("{m} {p} {q} - pay in {c} only", "Escrow available, worldwide shipping."),
    ("{q} {m} {p}, {c} accepted", "Best batch, fast shipping."),
    ("{m} {p} {q}", "Payment: {c} or USDT. Tracking provided."),
]


# product words of the shared table that read as another brand's goods beside a low price ("handheld console OLED" is
# Nintendo's, "game console 1TB" Sony's): these classes are about the price field, so a console is called a console
PRODUCTS = {"consoles": ["console", "console bundle", "console, 2 controllers"]}


def _product(b: BrandView, s: Scene, cat: str) -> str:
    return s.rng.choice(PRODUCTS[cat]) if cat in PRODUCTS else s.product(cat)


def _made(s: Scene) -> bool:
    """Whether the scene's brand already has MAX_PER_BRAND listings of this class (the suite's time budget)."""
    n = getattr(s, "_parts_made", 0)
    if n >= MAX_PER_BRAND:
        return True
    s._parts_made = n + 1
    return False


def _amount(value: float, cur: str) -> str:
    if cur in ("JPY", "KRW", "IDR", "CNY", "THB", "TRY", "MXN", "BRL", "PLN") or value >= 100:
        return f"{round(value):,}"
    return f"{value:.2f}"


def _goods_in(b: BrandView, s: Scene, kinds: tuple[str, ...]) -> str | None:
    cats = [c for c in b.categories if c in b.floors and c in kinds]
    return s.rng.choice(cats) if cats else None


def _priced(b: BrandView, s: Scene, cat: str, m: str, share: tuple[float, float], cur: str) -> float:
    """A price in `cur` at `share` of the floor the goods sell at."""
    amount, floor_cur = _floor(b, s, cat, m)
    return _in(amount * s.rng.uniform(*share), floor_cur, cur)


def make_contract_upfront(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, CONTRACT_GOODS)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(CONTRACTS)
    a = s.rng.choice(CONTRACT_AMOUNTS[cur])
    return Draft(_cap(title.format(m=_plain_mark(b, s), p=_product(b, s, cat), a=f"{a:g}")), cat, (float(a), cur), desc)


def make_booking_deposit(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, 100.0)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(DEPOSITS)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.05, 0.3), cur)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur), desc)


def make_buying_service_fee(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(SHOPPERS)
    a = _in(s.rng.uniform(*SHOPPER_FEE_USD), "USD", cur)
    return Draft(_cap(title.format(m=_plain_mark(b, s), p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur),
                 desc)


def make_trade_in_net(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, TRADE_IN_GOODS)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(TRADE_INS)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.35, 0.9), cur)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur), desc)


def make_subscription_month(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, SOFTWARE)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(MONTHS)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.06, 0.2), cur)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur), desc)


def _coin_price(b: BrandView, s: Scene, cat: str, m: str, share: tuple[float, float]) -> tuple[float, str]:
    coin = s.rng.choice(list(COIN_EUR))
    eur = _priced(b, s, cat, m, share, "EUR")
    return float(f"{eur / COIN_EUR[coin]:.5g}"), coin


def make_crypto_full_value(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, 20.0)) is None or _made(s):
        return None
    m = _plain_mark(b, s)
    amount, coin = _coin_price(b, s, cat, m, (1.0, 1.5))
    title, desc = s.rng.choice(COIN_SHOP)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), c=coin)), cat, (amount, coin), desc.format(c=coin))


def make_fake_contract_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, CONTRACT_GOODS)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(CONTRACTS)
    a = s.rng.choice(CONTRACT_AMOUNTS[cur])
    text = title.format(m=_plain_mark(b, s), p=_product(b, s, cat), a=f"{a:g}")
    return Draft(_cap(f"{text} {s.rng.choice(CUES)}"), cat, (float(a), cur), desc)


def make_fake_deposit_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(DEPOSITS)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.1, 0.3), cur)
    cue = s.rng.choice(CUES)
    text = title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))
    return Draft(_cap(f"{cue} {text}" if s.rng.random() < 0.5 else f"{text}, {cue}"), cat, (round(a, 2), cur),
                 s.rng.choice([desc, "Deposit now, ships in 7 days. Top quality.", "定金下单，7天发货。"]))


def make_fake_shopper_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(SHOPPERS)
    a = _in(s.rng.uniform(*SHOPPER_FEE_USD), "USD", cur)
    text = title.format(m=_plain_mark(b, s), p=_product(b, s, cat), a=_amount(a, cur))
    return Draft(_cap(f"{text} ({s.rng.choice(CUES)})"), cat, (round(a, 2), cur), desc)


def make_fake_trade_in_lowball(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, TRADE_IN_GOODS)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(TRADE_INS)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.03, 0.15), cur)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur), desc)


def make_fake_subscription_lowball(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods_in(b, s, SOFTWARE)) is None or _made(s):
        return None
    cur, title, desc = s.rng.choice(MONTHS)
    m = _plain_mark(b, s)
    if s.rng.random() < 0.5:  # a lifetime licence at a month's price: the month's words are the bait
        a = _priced(b, s, cat, m, (0.06, 0.2), cur)
        return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))) + ", lifetime activation", cat,
                     (round(a, 2), cur), "No monthly subscription, activate once, works forever.")
    a = _priced(b, s, cat, m, (0.005, 0.025), cur)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), a=_amount(a, cur))), cat, (round(a, 2), cur), desc)


def make_fake_crypto_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, 20.0)) is None or _made(s):
        return None
    m = _plain_mark(b, s)
    if s.rng.random() < 0.5:  # a cue at a shop's value
        amount, coin = _coin_price(b, s, cat, m, (0.7, 1.2))
        title, desc = s.rng.choice(COIN_COPY)
        return Draft(_cap(title.format(m=m, p=_product(b, s, cat), c=coin, q=s.rng.choice(CUES))), cat, (amount, coin),
                     desc.format(c=coin))
    amount, coin = _coin_price(b, s, cat, m, (0.05, 0.2))  # a copy's value, no cue
    title, desc = s.rng.choice(COIN_SHOP)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat), c=coin)), cat, (amount, coin), desc.format(c=coin))


PREORDER_TERMS = [
    ("Pre-order {m} {p}, arrives in 2-3 weeks", "Deposit first, balance on arrival. Shipped from overseas."),
    ("預購 {m} {p}", "約三星期到貨，先付訂金，到貨後付餘款。"), ("预定 {m} {p} 海外直邮", "先付定金，到货付尾款。"),
    ("{m} {p} Vorbestellung, Lieferung in 3 Wochen", "Anzahlung vorab, Rest bei Ankunft."),
    ("{m} {p} en précommande, 3 semaines", "Acompte à la commande, solde à la réception."),
    ("Order {m} {p} về sau 2 tuần", "Đặt cọc trước, thanh toán phần còn lại khi hàng về."),
    ("พรีออเดอร์ {m} {p} รอ 15 วัน", "มัดจำก่อน ส่วนที่เหลือจ่ายเมื่อของถึง"),
]


def make_fake_preorder_deposit_terms(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s, 40.0)) is None or _made(s):
        return None
    title, desc = s.rng.choice(PREORDER_TERMS)
    m = _plain_mark(b, s)
    amount, cur = _floor(b, s, cat, m)
    return Draft(_cap(title.format(m=m, p=_product(b, s, cat))), cat, (round(amount * s.rng.uniform(0.05, 0.2), 2), cur), desc)


TRAP_MAKERS = {"trap_contract_upfront": make_contract_upfront, "trap_booking_deposit": make_booking_deposit,
               "trap_buying_service_fee": make_buying_service_fee, "trap_trade_in_net": make_trade_in_net,
               "trap_subscription_month": make_subscription_month, "trap_crypto_full_value": make_crypto_full_value}
EVASION_MAKERS = {"fake_contract_copy": make_fake_contract_copy, "fake_deposit_copy": make_fake_deposit_copy,
                  "fake_shopper_copy": make_fake_shopper_copy, "fake_trade_in_lowball": make_fake_trade_in_lowball,
                  "fake_subscription_lowball": make_fake_subscription_lowball, "fake_crypto_copy": make_fake_crypto_copy,
                  "fake_preorder_deposit_terms": make_fake_preorder_deposit_terms}
