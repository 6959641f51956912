"""The adversary's classes of a price that means another unit: genuine goods whose price field is one month of a plan
whose count is not stated, a pre-order's deposit or a price per kilo, which must stay quiet; a shop's coupon saving
beside a fair price, which must stay quiet; and the copy that puts a price near retail in the field (to pass price
filters) and its real copy price in the text, which must alert.

Written from first principles and general knowledge of how shops and sellers word these in the markets' languages and
currency formats (a month: "£84 a month", "$39/mo with Affirm", "No Cost EMI ₹4,999", "ab 33 €/Monat", "33 € mtl.",
"à partir de 25 €/mois", "rata mensile 14 €", "R$ 199/mês", "42 zł/mies.", "aylık 780 TL", "kr/mån", "Kč/měsíc",
"Rp450.000/bulan", "đ/tháng", "เดือนละ", "₽/мес", "грн/міс", 月供, 月々, 월, شهريا, לחודש; a pre-order's deposit:
"pre-order, $100 deposit", "Vorbestellung, Anzahlung", "précommande, acompte", "reserva, señal", "pré-venda, sinal",
"prenotazione, acconto", "przedsprzedaż, zaliczka", "предзаказ, предоплата", "ön sipariş kapora", "PO … DP", "đặt
trước, cọc", "พรีออเดอร์ มัดจำ", 预定 定金, 預購 訂金, 予約 内金, 사전예약 예약금; goods sold by weight: "price per kg",
"Kiloware", "cena za kg", "ціна за кг", "au kilo", "por kilo", "kilo başı", 按斤, キロ単価, กิโลละ; the copy trade's
decoy: "real price", 到手价, 券后价, "te lo dejo en", "faço", "реальная цена", "harga asli", "giá chốt", "echter Preis",
"prix réel", 本当の価格, 실제 가격, ราคาจริง, السعر الحقيقي); nothing of the matcher's tables and no held-out listing was
read. Prices are drawn in the market's currency with the generator's own rough rates (RATES), far from the matcher's
lines: a plan's total 100-160 % of the floor over 6-36 months, a deposit 5-30 %, a kilo of used clothes USD 3-25, a
decoy field 90-140 % and its real price 3-20 %.
"""

from __future__ import annotations

import math

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.plans import COPY_CUES, _floor, _goods

TRAPS = {
    "trap_monthly_rate": "a retailer's new genuine goods whose price field is one month of a plan, the month's word "
                         "beside the amount and the count of payments mostly unstated ('£84 a month', '$39/mo with "
                         "Affirm', 'No Cost EMI ₹4,999', 'ab 33 €/Monat', 'rata mensile', 'R$ 199/mês', 'zł/mies.', "
                         "'kr/mån', 'Rp/bulan', 'đ/tháng', 'เดือนละ', '₽/мес', 月供, 月々, 월, شهريا, לחודש), 22 languages",
    "trap_preorder_deposit": "a pre-order of new genuine goods whose price field is the deposit, the pre-order's and the "
                             "deposit's words apart or beside the amount ('pre-order, $100 deposit', 'Vorbestellung, "
                             "Anzahlung', 'reserva, señal', 'pré-venda, sinal', 'PO … DP', 预定 定金, 予約 内金), 20 "
                             "languages",
    "trap_price_per_kg": "second-hand clothes of the brand sold by weight, the price field one kilo's ('price per kg', "
                         "'Kiloware', 'cena za kg', 'ціна за кг', 'au kilo', 'por kilo', 'kilo başı', 按斤, キロ単価, "
                         "กิโลละ), 15 languages",
    "trap_coupon_saving": "a retailer's genuine goods at a fair price with a coupon's saving or a final price near it "
                          "in the text ('save $30 with coupon', 'final price with coupon 95', 券后再减20元, クーポンで500円"
                          "OFF, '쿠폰 5,000원 할인', 'Gutschein 10 € Rabatt')",
}
EVASIONS = {
    "fake_new_by_weight": "new goods of the brand sold by the kilo or the bale, tags on: the copy trade's stock ('New "
                          "Nike sneakers, price per kg', 'Neu mit Etikett, Kilopreis', 'nuevo por kilo', 'новые, цена за "
                          "кг', 全新 按斤), 3-20 % of the floor",
    "fake_real_price_in_text": "a copy whose price field is near retail (90-140 % of the floor, to pass price filters) "
                               "and whose text gives the real copy price (3-20 %): 'real price: 43 USD with coupon', "
                               "'到手价1700', '券后价', 'te lo dejo en', 'faço', 'реальная цена', 'harga asli 280rb', "
                               "'giá chốt 350k', 'echter Preis', 本当の価格, 실제 가격, ราคาจริง, with a copy cue or not",
}

# rough units per US dollar (late 2026), the generator's own
RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "JPY": 150.0, "BRL": 5.4, "MXN": 18.5, "TRY": 40.0,
         "PLN": 3.9, "KRW": 1400.0, "IDR": 16000.0, "THB": 34.0, "ILS": 3.6, "AUD": 1.5, "INR": 84.0, "CHF": 0.85,
         "SEK": 10.5, "CZK": 23.0, "VND": 25000.0, "RUB": 95.0, "UAH": 41.0, "SAR": 3.75, "SGD": 1.35, "CAD": 1.38,
         "TWD": 32.0, "KES": 129.0, "PHP": 58.0}
WHOLE = {"JPY", "KRW", "IDR", "VND", "RUB", "UAH", "CZK", "INR", "TWD", "KES", "CLP", "PHP"}
DECIMAL_COMMA = {"EUR", "BRL", "TRY", "PLN", "SEK", "CZK"}


def _in(amount: float, cur: str, target: str) -> float:
    return amount / RATES.get(cur, 1.0) * RATES[target]


def _written(amount: float, cur: str, lang: str = "") -> str:
    """An amount as its market writes it: whole units with the market's thousands mark for yen, won, rupiah, dong ...;
    two decimals (a comma in the decimal-comma markets) otherwise."""
    if cur in WHOLE:
        whole = f"{math.ceil(amount):,}"
        return whole.replace(",", ".") if cur in ("IDR", "VND") else whole.replace(",", " ") if cur in ("RUB", "UAH", "CZK") else whole
    two = f"{amount:.2f}"
    return two.replace(".", ",") if cur in DECIMAL_COMMA else two


def _priced(b: BrandView, s: Scene, cat: str, m: str, share: tuple[float, float], cur: str) -> float:
    amount, floor_cur = _floor(b, s, cat, m)
    return _in(amount, floor_cur, cur) * s.rng.uniform(*share)


# (currency, title with {m} mark, {p} product, {a} one month's amount; description): the count of payments unstated
MONTHLY = [
    ("GBP", "{m} {p} £{a} a month, 0% APR", "Official retailer. Representative example, subject to status."),
    ("USD", "{m} {p} - as low as ${a}/mo with Affirm", "New, sealed, full warranty."),
    ("USD", "{m} {p} only ${a} monthly", "Financing through our partner bank."),
    ("AUD", "{m} {p} from ${a} per month, interest free", "Authorised dealer."),
    ("INR", "{m} {p} No Cost EMI ₹{a}", "GST invoice, brand warranty."),
    ("INR", "{m} {p} EMI from ₹{a}/month", "Sold by an authorised seller."),
    ("EUR", "{m} {p} Ratenkauf ab {a} €/Monat", "Fachhändler, Rechnung mit MwSt."),
    ("EUR", "{m} {p} neu - nur {a} € mtl.", "Finanzierung über unseren Partner."),
    ("EUR", "{m} {p} à partir de {a} €/mois", "Revendeur agréé, facture."),
    ("EUR", "{m} {p} neuf, mensualité {a} €", "Sous réserve d'acceptation."),
    ("EUR", "{m} {p} a rate {a} €/mese", "Rivenditore autorizzato."),
    ("EUR", "{m} {p} nuovo, rata mensile {a} €", "Garanzia Italia."),
    ("MXN", "{m} {p} a plazos ${a} al mes", "Distribuidor autorizado, factura."),
    ("EUR", "{m} {p} financiación {a} €/mes", "Tienda oficial."),
    ("BRL", "{m} {p} novo R$ {a}/mês", "Nota fiscal, garantia do fabricante."),
    ("BRL", "{m} {p} parcelado, R$ {a} por mês", "Loja autorizada."),
    ("PLN", "{m} {p} raty 0% {a} zł/mies.", "Autoryzowany sprzedawca, faktura VAT."),
    ("PLN", "{m} {p} nowy, rata {a} zł miesięcznie", "Gwarancja producenta."),
    ("TRY", "{m} {p} aylık {a} TL taksitle", "Yetkili satıcı, faturalı."),
    ("EUR", "{m} {p} nieuw, vanaf €{a}/maand", "Officiële dealer."),
    ("SEK", "{m} {p} delbetalning {a} kr/mån", "Auktoriserad återförsäljare."),
    ("CZK", "{m} {p} na splátky {a} Kč/měsíc", "Autorizovaný prodejce."),
    ("IDR", "{m} {p} cicilan 0% Rp{a}/bulan", "Garansi resmi."),
    ("VND", "{m} {p} trả góp 0% {a}đ/tháng", "Hàng chính hãng, bảo hành."),
    ("THB", "{m} {p} ผ่อน 0% เดือนละ {a} บาท", "ของแท้ ประกันศูนย์"),
    ("RUB", "{m} {p} рассрочка {a} ₽/мес", "Официальная гарантия."),
    ("RUB", "{m} {p} оплата долями, {a} руб в месяц", "Магазин-партнёр."),
    ("UAH", "{m} {p} розстрочка {a} грн/міс", "Офіційна гарантія."),
    ("CNY", "{m} {p} 分期 月供{a}元", "官方授权，正品保证。"),
    ("CNY", "{m} {p} 每月{a}元 分期付款", "国行正品，可开发票。"),
    ("JPY", "{m} {p} 月々{a}円 分割OK", "正規販売店、メーカー保証付き。"),
    ("KRW", "{m} {p} 할부 월 {a}원", "정품, 공식 판매처."),
    ("SAR", "{m} {p} تقسيط {a} ريال شهريا", "ضمان الوكيل."),
    ("ILS", "{m} {p} {a} ₪ לחודש", "יבואן רשמי."),
    # the month said in the description, beside the amount
    ("USD", "{m} {p} - new, in stock", "Pay ${a}/mo with Affirm, subject to approval. Official warranty."),
    ("EUR", "{m} {p} neu", "Finanzierung: {a} € monatlich, effektiver Jahreszins 0 %."),
]
# a month's amount and the count stated in new words: judged by the plan's total
MONTHLY_COUNTED = [
    ("GBP", "{m} {p} £{a} a month for {n} months", "Official retailer."),
    ("USD", "{m} {p} ${a}/mo for {n} mos", "0% APR financing."),
    ("MXN", "{m} {p} {n} meses sin intereses de {a}", "Distribuidor autorizado."),
    ("TRY", "{m} {p} {n} taksit aylık {a} TL", "Faturalı, resmi garanti."),
    ("EUR", "{m} {p} {a} € al mese per {n} mesi", "Rivenditore ufficiale."),
]
COUNTS = [6, 10, 12, 18, 24, 36]

# (currency, title; description) of a pre-order: {a} the deposit
PREORDERS = [
    ("USD", "{m} {p} pre-order - ${a} deposit, balance on delivery", "Authorised retailer."),
    ("SGD", "{m} {p} new model pre-order, deposit", "Authorised retailer. Deposit deducted at collection."),
    ("CAD", "{m} {p} pre-order, ${a} deposit", "Full price on release."),
    ("GBP", "Deposit £{a} - {m} {p} pre-order", "Balance due when stock lands."),
    ("EUR", "{m} {p} Vorbestellung, Anzahlung {a} €", "Vertragshändler."),
    ("EUR", "Précommande {m} {p}, acompte {a} €", "Revendeur officiel."),
    ("EUR", "Reserva {m} {p} edición limitada, señal {a} €", "Tienda oficial, resto a la entrega."),
    ("BRL", "Pré-venda {m} {p} - sinal R$ {a}", "Loja autorizada, restante na entrega."),
    ("EUR", "Prenotazione {m} {p}, acconto {a} €", "Saldo alla consegna."),
    ("PLN", "Przedsprzedaż {m} {p} - zaliczka {a} zł", "Reszta przy odbiorze."),
    ("RUB", "Предзаказ {m} {p}, предоплата {a} ₽", "Остаток при получении."),
    ("TRY", "{m} {p} ön sipariş kapora {a} TL", "Kalan ödeme teslimatta."),
    ("IDR", "PO {m} {p} DP Rp{a}", "Pelunasan saat barang datang."),
    ("VND", "Đặt trước {m} {p}, cọc {a}đ", "Thanh toán phần còn lại khi nhận hàng."),
    ("THB", "พรีออเดอร์ {m} {p} มัดจำ {a} บาท", "ส่วนที่เหลือจ่ายเมื่อของถึง"),
    ("CNY", "{m} {p} 预定 定金{a}元 到货补尾款", "官方授权店。"),
    ("TWD", "{m} {p} 預購 訂金 {a}", "到貨後付尾款。"),
    ("JPY", "{m} {p} 予約 内金{a}円", "正規店、残金は発売日に。"),
    ("KRW", "{m} {p} 사전예약 예약금 {a}원", "잔금은 출고 시."),
    ("ILS", "{m} {p} הזמנה מוקדמת, מקדמה {a} ₪", "היתרה במסירה."),
]
# (currency, title with {m} mark and {p} product, {a} a kilo's price; description): used clothes by weight
PER_KG = [
    ("GBP", "Vintage {m} {p} wholesale, price per kg", "Second-hand, sorted and graded."),
    ("EUR", "{m} {p} Kiloware, gebraucht, 1 kg", "Sortierte Secondhand-Ware."),
    ("PLN", "Odzież używana {m} mix, cena za kg", "Sortowana, gatunek I."),
    ("UAH", "Секонд хенд {m} мікс, ціна за кг", "Сортування, перший сорт."),
    ("EUR", "{m} {p} per kilo, tweedehands", "Gesorteerd."),
    ("EUR", "Fripes {m} au kilo, {a} € le kilo", "Friperie, vêtements d'occasion triés."),
    ("EUR", "Ropa usada {m} por kilo", "Clasificada, primera calidad."),
    ("EUR", "Abbigliamento usato {m} al kilo", "Selezionato."),
    ("USD", "{m} {p} used clothing ${a}/kg", "Graded A, bales of 45 kg."),
    ("KES", "{m} {p} mitumba, price per kg", "Grade A, sorted."),
    ("TRY", "İkinci el {m} {p} kilo başı {a} TL", "Seçilmiş."),
    ("RUB", "Секонд-хенд {m} {p}, цена за кг", "Сортированный, крем."),
    ("CNY", "{m} 二手衣服 按斤卖 每斤{a}元", "分拣好的旧衣。"),
    ("JPY", "{m} 古着 キロ単価 {a}円", "USED、仕分け済み。"),
    ("THB", "เสื้อผ้ามือสอง {m} กิโลละ {a} บาท", "คัดเกรดแล้ว"),
]
CLOTHES = {"jeans", "denim", "sportswear", "jackets", "parkas", "trench coats", "t-shirts", "apparel", "clothing",
           "outerwear", "hoodies", "sneakers", "scarves"}
# a coupon beside a fair price: {s} the saving, {f} a final price near the field's (95-110 % of the floor)
COUPONS = [
    ("USD", "Save ${s} with coupon at checkout. Authorised retailer."),
    ("USD", "Use code SAVE{s} for ${s} off. Final price with coupon: ${f}."),
    ("EUR", "Gutschein: {s} € Rabatt im Warenkorb. Fachhändler."),
    ("EUR", "Code promo -{s} €, prix final {f} € avec le code. Revendeur officiel."),
    ("CNY", "官方授权，券后再减{s}元。"),
    ("CNY", "正品保证，到手价{f}元，可开发票。"),
    ("JPY", "クーポンで{s}円OFF。正規販売店。"),
    ("KRW", "쿠폰 적용 시 {s}원 할인. 정품."),
    ("BRL", "Cupom de R$ {s} de desconto. Loja oficial."),
    ("MXN", "Cupón de ${s} de descuento, precio final ${f}. Tienda oficial."),
]
# the decoy's text: {a} the real price, {c} the currency as written after it; (currency, text, multiplier written)
DECOYS = [
    ("USD", "Listed price is not final. Message for the real price: {a} USD with coupon.", 1),
    ("USD", "Price here is for filters only, real price ${a}, DM me.", 1),
    ("PHP", "Price posted is for filter only, real price {a} PHP via chat.", 1),
    ("CNY", "标价非实际价格，到手价{a}元，拍前联系客服改价。", 1),
    ("CNY", "拍前咨询，券后价 {a}", 1),
    ("MXN", "El precio publicado no es el real. Pregunta, te lo dejo en {a} pesos.", 1),
    ("BRL", "Preço do anúncio não é o real, chama que faço {a} reais.", 1),
    ("RUB", "Цена в объявлении не актуальна, реальная цена {a} ₽, пишите.", 1),
    ("IDR", "Harga di etalase bukan harga asli, harga asli {a}rb, chat aja.", 1000),
    ("VND", "Giá niêm yết không phải giá thật, giá chốt {a}k, ib shop.", 1000),
    ("EUR", "Echter Preis {a} €, bitte anschreiben.", 1),
    ("EUR", "Prix réel {a} € en MP.", 1),
    ("EUR", "Prezzo reale {a} €, scrivimi in privato.", 1),
    ("JPY", "表示価格はダミーです。本当の価格は{a}円です。", 1),
    ("KRW", "표시 가격은 실제가 아닙니다. 실제 가격 {a}원, 채팅 주세요.", 1),
    ("THB", "ราคาที่ตั้งไม่ใช่ราคาจริง ราคาจริง {a} บาท ทักแชท", 1),
    ("SAR", "السعر المعروض ليس حقيقيا، السعر الحقيقي {a} ريال.", 1),
]
TITLE_WORDS = ["", " new", " top", " premium", " onhand", " 专柜同款", " calidad", " hàng đẹp", " люкс", " 2026", " in stock",
               " fast shipping", " original box", " hot", " bestseller"]


def _month_goods(b: BrandView, s: Scene):
    cat = _goods(b, s, 40.0)
    if cat is None:
        return None
    m = _plain_mark(b, s)
    return cat, m


def make_monthly_rate(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _month_goods(b, s)) is None:
        return None
    cat, m = goods
    n = s.rng.choice(COUNTS)
    counted = s.rng.random() < 0.2
    cur, title, desc = s.rng.choice(MONTHLY_COUNTED if counted else MONTHLY)
    one = _priced(b, s, cat, m, (1.0, 1.6), cur) / n
    if cur in WHOLE:
        one = float(math.ceil(one))
    one = max(one, 1.0)
    a = _written(one, cur)
    return Draft(_cap(title.format(m=m, p=s.product(cat), a=a, n=n)), cat, (round(one, 2), cur), desc.format(a=a))


def make_preorder_deposit(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _month_goods(b, s)) is None:
        return None
    cat, m = goods
    cur, title, desc = s.rng.choice(PREORDERS)
    a = _priced(b, s, cat, m, (0.05, 0.3), cur)
    a = float(math.ceil(a)) if cur in WHOLE else round(a)
    return Draft(_cap(title.format(m=m, p=s.product(cat), a=_written(a, cur) if cur in WHOLE else f"{a:g}")), cat,
                 (a, cur), desc)


def make_price_per_kg(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in CLOTHES]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    cur, title, desc = s.rng.choice(PER_KG)
    a = _in(s.rng.uniform(3.0, 25.0), "USD", cur)
    a = float(math.ceil(a)) if cur in WHOLE else round(a, 2)
    text = title.format(m=_plain_mark(b, s), p=s.product(cat), a=_written(a, cur) if cur in WHOLE else f"{a:g}")
    return Draft(_cap(text), s.rng.choice([cat, "Clothing", "Used clothing", None]), (a, cur), desc)


NEW_BY_KG = [
    ("USD", "New {m} {p}, price per kg, mixed sizes", "Grade A new stock, tags on."),
    ("EUR", "{m} {p} neu mit Etikett, Kilopreis {a} €", "Neuware, Restposten."),
    ("EUR", "{m} {p} nuevo con etiqueta, por kilo", "Stock nuevo."),
    ("RUB", "{m} {p} новые, цена за кг {a} ₽", "Новый сток с бирками."),
    ("CNY", "{m} {p} 全新 按斤卖 每斤{a}元", "全新尾货。"),
    ("KES", "{m} {p} brand new with tags, per kg", "New stock bales."),
    ("PLN", "{m} {p} nowe z metkami, cena za kg", "Nowy towar."),
]


def make_fake_new_by_weight(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in CLOTHES]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    cur, title, desc = s.rng.choice(NEW_BY_KG)
    m = _plain_mark(b, s)
    a = _priced(b, s, cat, m, (0.03, 0.2), cur) if cat in b.floors else _in(s.rng.uniform(2.0, 6.0), "USD", cur)
    a = float(math.ceil(a)) if cur in WHOLE else round(a, 2)
    text = title.format(m=m, p=s.product(cat), a=_written(a, cur) if cur in WHOLE else f"{a:g}")
    return Draft(_cap(text), cat, (a, cur), desc)


def make_coupon_saving(b: BrandView, s: Scene) -> Draft | None:
    cat = _goods(b, s, 20.0)
    if cat is None:
        return None
    m = _plain_mark(b, s)
    cur, desc = s.rng.choice(COUPONS)
    price = _priced(b, s, cat, m, (1.15, 1.5), cur)
    final = _priced(b, s, cat, m, (0.95, 1.1), cur)
    saving = max(price - final, 1.0)
    if cur in WHOLE:
        price, final, saving = float(math.ceil(price)), float(math.ceil(final)), float(math.ceil(saving))
    else:
        price, final, saving = round(price, 2), round(final), round(saving)
    text = desc.format(s=_written(saving, cur) if cur in WHOLE else f"{saving:g}",
                       f=_written(final, cur) if cur in WHOLE else f"{final:g}")
    return Draft(_cap(f"{m} {s.product(cat)}{s.rng.choice(TITLE_WORDS[9:] + ['', ' new', ' official store'])}"), cat,
                 (price, cur), text)


def make_fake_real_price_in_text(b: BrandView, s: Scene) -> Draft | None:
    cat = _goods(b, s, 20.0)
    if cat is None:
        return None
    m = _plain_mark(b, s)
    cur, desc, mult = s.rng.choice(DECOYS)
    field = _priced(b, s, cat, m, (0.9, 1.4), cur)
    real = _priced(b, s, cat, m, (0.03, 0.2), cur)
    field = float(math.ceil(field)) if cur in WHOLE else round(field, 2)
    shown = max(real / mult, 1.0)
    shown = float(math.ceil(shown)) if cur in WHOLE or mult > 1 else round(shown)
    title = f"{m} {s.product(cat)}{s.rng.choice(TITLE_WORDS)}"
    if s.rng.random() < 0.3:
        title = f"{title} {s.rng.choice(COPY_CUES)}"
    return Draft(_cap(title), cat, (field, cur), desc.format(a=f"{shown:g}" if mult > 1 or cur not in WHOLE else
                                                             _written(shown, cur).replace(" ", "")))


TRAP_MAKERS = {"trap_monthly_rate": make_monthly_rate, "trap_preorder_deposit": make_preorder_deposit,
               "trap_price_per_kg": make_price_per_kg, "trap_coupon_saving": make_coupon_saving}
EVASION_MAKERS = {"fake_real_price_in_text": make_fake_real_price_in_text, "fake_new_by_weight": make_fake_new_by_weight}
