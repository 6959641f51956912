"""The listing's sale format: whether its price field is the price of one new unit at all.

A floor (registry `price_floors`, a model's `price_floor`) is judged against the price of one unit on sale. Marketplaces
carry listings whose price field is something else, and read as a price it looks like a copy's (a price far below the
floor, or none at all):

- an **auction**: the price is the opening or current bid ("NO RESERVE", "1p start", "Auktion ab 1 €", "enchères à
  partir de 1 €", "asta da 1 €", "1円スタート", "起拍", an item specific `Format: Auction`, `出品形式: オークション`);
- a **giveaway**: the goods are given away at 0 ("free to a good home", "zu verschenken", "gratis af te halen", "à
  donner", "regalo", "oddam za darmo", "skänkes", "отдам", "無料", "무료나눔", "مجانا");
- a **swap**: goods offered for other goods, with no price ("Tausche PS5 gegen Xbox", "WTT", "échange contre",
  "troco por", "ruilen", "zamienię", "takas", "обмен", "交換希望", "교환해요");
- a **wanted** ad: a buyer's, no goods on offer ("WTB", "suche", "cherche", "busco", "szukam", "куплю", "求购",
  "구합니다", "مطلوب").

and the **price parts** (PRICE_PARTS), where the price field holds a part of the goods' price or the price of something
else, read as any format:

- a **contract**: a carrier's upfront payment, the goods paid by the contract's monthly fees ("mit Vertrag, 1 €
  Zuzahlung", "$0 down with a 36-month plan", "à 1 € avec forfait", "con contrato", "w abonamencie", "taahhütlü",
  実質1円, 合约机, 공짜폰, "ติดสัญญา");
- a **deposit**, named in the title beside the price ("booking deposit", "acompte", "Anzahlung", "caparra", "zaliczka",
  "kapora", "задаток", 予約金, 订金, 예약금, "uang muka", "đặt cọc", "มัดจำ", "عربون"), or a deposit word beside a
  pre-order's word or an amount ("pre-order, deposit", "$200 deposit", "reserva …, señal 20 €", "pré-venda – sinal");
- a **price per weight** of goods sold by the kilo ("price per kg", "Kiloware", "cena za kg", "au kilo", 按斤): used
  clothes' bales; not read beside new goods ("New Nike sneakers, per kg", "tags on": the copy trade's stock);
- (index.py) one payment of a plan whose count is not stated (**instalment**, instalments.py: "ab 33 €/Monat",
  "cicilan 0%", "EMI ₹4,999"), said in the title or beside the price's own amount;
- a **buying service's fee**, with a fee word in the text (_FEE: "personal shopper … service fee $30", "Einkaufsservice
  … zzgl. Ladenpreis", "compras por encargo … comisión", 購入代行 手数料, 代购费, 구매대행 수수료, "jastip … fee");
- a **trade-in**'s net price ("with eligible trade-in", "mit Inzahlungnahme", "après reprise", "na inruil", 下取り,
  以旧换新, 보상판매, "tukar tambah", "thu cũ đổi mới", "трейд-ин");
- one period of a **subscription** ("/month", "pro Monat", "/mois", "al mes", 月額, 每月, 월 구독; index.py reads it for
  software only);
- (index.py) a price in a **cryptocurrency** (prices.CRYPTO_BANDS), the format "crypto" when no other is stated.

index.py bounds three of them by the floor (a trade-in's net price, a subscription's year, a coin price at the coin's
highest rate) and judges the price below those bounds.

`read_format(listing, text)` returns the first format the item specifics, the title or the description state
(`SaleFormat`), and `SaleFormat.explains(price)` says whether it explains the listing's price field: an auction's any
price (an opening bid says nothing about the goods), a giveaway's, a swap's and a wanted ad's only a price of nothing
(None, 0 or a nominal 1): a swap "or 300 €" is priced, and judged as any price. What index.py and scoring.py then do:
the price is not judged as low ("price not judged: an auction's opening bid ('NO RESERVE')"), and with nothing that
claims a copy the score is lowered by `weights.sale_format_factor` (rule `sale_format`), as a stated condition lowers
genuine resale: a bare brand in its category scores 0.745, which alerts without a price at all.

Never a copy's shield: a counterfeit cue, a disguised mark or the copy trade's talk still blocks the lowering (scoring
`_claims_copy`), and the reading is void (`blocked`) when the listing says its real price is elsewhere ("DM for price",
"price in chat", 私聊: retail.PRICE_BAIT) or asks a shipping fee for "free" goods ("free, just pay shipping", "nur
Versandkosten", "solo pagas el envío", 只需付运费, 送料のみ: the known bait of new goods "given away"), or (a giveaway)
claims the goods are new and sealed: nobody gives those away.

Words in the description count only as whole phrases (a sale's "no trades", "exchange and returns", "交換用", "đổi trả"
are no format; a denied word "no swaps", "kein Tausch", "pas d'échange" neither). Free words next to a shipping word
("free shipping", "envío gratis", "送料無料", "무료배송") are no giveaway.

Source of the words: written for BrandSentry from general knowledge of the marketplaces' own sale formats and their
labels (eBay's "Auction"/"Buy It Now" and "No reserve", Kleinanzeigen's "Zu verschenken" and "Tausch", Marktplaats's
"Gratis"/"Ruilen"/"Bieden", Leboncoin's "Don", Vinted's swap, Allegro's "Licytacja", Avito's "Отдам даром"/"Обмен",
Yahoo!オークション's 出品形式 and "1円スタート", Xianyu's 拍卖/起拍, Danggeun's 무료나눔, Facebook Marketplace and
Craigslist "free stuff", "curb alert", "WTT/WTB/ISO" of collectors' forums, Freecycle's "offer/wanted"); of the price
parts, the carriers' subsidised-handset offers (Telekom/Vodafone "mit Vertrag", Orange/SFR "avec forfait", Movistar "con
contrato", TIM "in abbonamento", Vivo/Claro "no plano", Play/Orange "w abonamencie", Turkcell "taahhütlü", Japan's
実質1円 and 機種変更, China's 合约机, Korea's 공짜폰), dealers' booking deposits, the buying services of the grey trade
(personal shoppers, 購入代行, 代购, 구매대행, jastip, выкуп), manufacturers' and carriers' trade-in programmes and
software vendors' monthly plans (Adobe, Microsoft 365, Autodesk), all from general knowledge; nothing is taken from a
held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import Listing, Money
from services.matcher.core.context.instalments import fold
from services.matcher.core.normalise import is_wide, latin_text
from services.matcher.core.word_frequencies import zipf_frequency

# a price of nothing: what a giveaway, a swap or a wanted ad puts in a required price field (0, 1, 0.99)
NOMINAL_PRICE = 1.0

# an alphabetic term's edges (any script): no letter or digit right before or after it, and no digit joined to it by a
# dash or slash (the term is then a piece of a code: Wilson's basketball "WTB-0516" is no wanted ad)
_B, _E = r"(?<![^\W_])(?<!\d[-/])", r"(?![^\W_]|[-/]\d)"
# the start of the title: up to three symbols, emoji or brackets before the term
_START = r"^[\W_]{0,4}"

# a clause ends right after the term: punctuation, a bracket, a dash or the end of the title
_CLAUSE_END = r"(?=\s*(?:[!.,;:/|)\]\-–—]|$))"
# the bonus of a bundle before a free word: "Keychain + FREE …", "buy 1 … get … free", "bonus", "kaufe 1"
_BUNDLE_BEFORE = re.compile(r"(?<!\w)\+|(?<!\w)(?:buy|get|gets|plus|bonus|with every|kaufe|kauf|achetez|achète|compra|compre"
                            r"|koop|kup|купи|買|买|購入)(?!\w)")

# a pre-order's or reservation's words and a deposit's (Latin, Cyrillic, Vietnamese, Thai, Arabic, Hebrew; the wide
# scripts' deposit words name a deposit alone: 定金, 内金, 예약금); formats' DEPOSIT phrases read them together
_PREORDER = (r"(?:pre-?orders?|preorder|pre-?sale|pre-?booking|pre-?reserve|vorbestellung|vorbestellen|vorbestellt"
             r"|vorverkauf|précommande|precommande|pré-commande|réservation|reserva|reservar|reservo|pre-?venta"
             r"|preventa|pré-?venda|prevenda|prenotazione|prenota|preordine|przedsprzedaż|przedsprzedaz|rezerwacja"
             r"|предзаказ|бронь|ön sipariş|ön siparis|pre-?pesan|pemesanan|đặt trước|đặt hàng trước|พรีออเดอร์|จอง"
             r"|طلب مسبق|حجز|הזמנה מוקדמת)")
_DEPOSIT_WORD = (r"(?:deposit|down payment|downpayment|anzahlung|acompte|arrhes|señal|seña|sinal|anticipo|caparra"
                 r"|acconto|zaliczka|zadatek|przedpłata|предоплата|задаток|kapora|depozito|uang muka|dp|tiền cọc|cọc"
                 r"|มัดจำ|عربون|מקדמה)")
# (kind, where, expression) over the casefolded stored text; where "title": the title only, "start": the title's start,
# "any": the title or the description. Wide-script terms carry no edges.
_PHRASES: list[tuple[str, str, str]] = [
    # ---- price parts: the price field holds a part of the goods' price, or no price of them (read before the swap's
    # and the wanted ad's words: "Trade-in …" is no swap). Every kind explains any price (SaleFormat.explains);
    # index.py bounds a trade-in's and a subscription's (TRADE_IN_LEAST, SUBSCRIPTION_PERIODS)
    # contract: a carrier's upfront payment, the goods paid by the contract's monthly fees
    ("contract", "any", _B + r"(?:with contract|with a contract|with a new contract|with new contract|with your contract|on contract"
                             r"|on a contract|on a new contract|\d{1,2}[- ]month contract|\d{1,2}[- ]month unlimited plan"
                             r"|\d{1,2}[- ]month carrier plan|\d{1,2}[- ]month 5g plan|[$£€]?\d{1,3}(?:[.,]\d\d)? upfront|nothing upfront"
                             r"|[$£€]0 down"
                             r"|0 down|zero down|bill[- ]pay|pay monthly plan|carrier deal"
                             r"|with (?:an? )?unlimited plan|with (?:a )?5g plan|with (?:a )?data plan|(?:verizon|t-mobile|telstra|optus|vodafone"
                             r"|telekom|movistar|turkcell|docomo|softbank) (?:plan|contract|deal|vertrag|tarif)"
                             r"|mit (?:neuem |einem )?(?:handy)?vertrag|zum (?:handy)?vertrag|handyvertrag|zuzahlung"
                             r"|vertragsverlängerung|mit tarif|avec forfait|avec un forfait|avec le forfait|avec abonnement|avec engagement"
                             r"|sous engagement|con contrato|con tu contrato|con el contrato|con un contrato|con (?:la )?tarifa|con permanencia"
                             r"|con offerta|in abbonamento|con abbonamento|con vincolo|no plano|com plano"
                             r"|com fidelização|com contrato|bij (?:een )?(?:\d-jarig )?abonnement"
                             r"|met (?:een )?abonnement|\d-jarig abonnement|w abonamencie|z abonamentem|na abonament"
                             r"|taahhütlü|taahhüt ile|faturalı hat ile|по контракту|с контрактом|с тарифом"
                             r"|dengan kontrak|kontrak \d{1,2} bulan|kèm gói cước|hợp đồng \d{1,2} tháng|مع عقد|بعقد"
                             r"|مع باقة|مع الباقة)" + _E),
    ("contract", "any", r"実質[0-9０-９]+円|一括[0-9０-９]+円|機種変更|のりかえ|乗り換え|合约机|合約機|0元购机|存费送机|약정"
                        r"|공짜폰|번호이동|기기변경|ติดสัญญา"),
    # deposit: a deposit, a booking or reservation fee, the balance paid later; in the title only, beside the price it
    # names: a description's "pay a deposit first, the balance on arrival" (先付訂金) is a pre-order's terms, the price
    # field the whole price, and the copy trade's pre-orders "from abroad" say it
    ("deposit", "title", _B + r"(?:booking deposit|order deposit|reservation deposit|holding deposit|pre-?order deposit"
                            r"|refundable deposit|deposit to (?:book|reserve|secure|hold)|deposit only|reservation fee"
                            r"|booking fee|booking amount|pre-?booking|token amount|layby deposit|lay-by deposit"
                            r"|layaway deposit|layby|lay-by|layaway|lay-away|pre-?reserve amount|reservation amount|reserve amount|token money"
                            r"|booking advance|advance booking|balance on delivery|balance on collection"
                            r"|balance on arrival|balance on release|balance at collection|balance upon delivery|anzahlung|reservierungsgebühr|restzahlung|acompte|arrhes"
                            r"|frais de réservation|solde à la livraison|anticipo|enganche|apártalo|seña de|caparra"
                            r"|acconto|sinal de|aanbetaling|reserveringskosten|zaliczka|zadatek|przedpłata|kapora"
                            r"|ön ödeme|задаток|предоплата|бронь|uang muka|tanda jadi|đặt cọc|tiền cọc|cọc trước"
                            r"|عربون|دفعة مقدمة|رسوم الحجز|מקדמה)" + _E),
    ("deposit", "title", r"予約金|手付金|内金|頭金|订金|定金|訂金|예약금|계약금|มัดจำ|วางเงินจอง"),
    # a deposit word beside a pre-order's word ("pre-order, deposit", "Vorbestellung … Anzahlung", "reserva … señal") or
    # beside an amount ("$200 deposit", "deposit £50", "señal 20 €", "sinal R$ 300"): a bare "deposit" elsewhere in a
    # title (a rental's "deposit required") is no price part
    ("deposit", "title", _B + _PREORDER + r"[^\n]{0,40}?(?P<w>" + _B + _DEPOSIT_WORD + _E + ")"),
    ("deposit", "title", _B + _DEPOSIT_WORD + _E + r"(?=[^\n]{0,40}?" + _B + _PREORDER + _E + ")"),
    ("deposit", "title", r"(?:[$£€¥₩₹]|r\$|rp\.?)\s?\d[\d.,]*\s?(?:" + _DEPOSIT_WORD[3:] + _E),
    ("deposit", "title", r"(?<![\w.,])\d[\d.,]*\s?(?:€|\$|£|zł|kr|tl|₺|₽|руб|usd|eur|gbp|aud|cad|sgd|nzd|chf|pln|try)\s?"
                         r"(?:" + _DEPOSIT_WORD[3:] + _E),
    ("deposit", "title", _B + _DEPOSIT_WORD + r"\s?(?:of|de|von|di|da|od|:|-)?\s?(?:[$£€¥₩₹]|r\$|rp\.?)?\s?\d[\d.,]*"),
    # per weight: a price per kilo or pound of goods sold by weight (used-clothing bales and "Kiloware", bulk coffee or
    # sweets): "price per kg", "£28/kg", "prix au kilo", "por kilo", "Kilopreis", "cena za kg", "ціна за кг", 每公斤
    ("per_weight", "any", _B + r"(?:per kg|per kilo|per kilogram|per lb|per pound|/\s?kg|/\s?kilo|/\s?lb|a kilo|le kilo"
                                r"|au kilo|prix au kg|el kilo|por kilo|por kg|al kilo|al kg|pro kg|pro kilo|je kg|kilopreis"
                                r"|kiloware|kilopris|kiloprijs|per kilo|za kg|za kilogram|za 1 kg|kaina už kg|cena za kg"
                                r"|hinta/kg|kilo başı|kilosu|kg fiyatı|за кг|за килограмм|за 1 кг|ціна за кг|за кілограм"
                                r"|per kilo|harga per kg|per kilogram|giá theo kg|theo ký|للكيلو|بالكيلو|לקילו)" + _E),
    ("per_weight", "any", r"每公斤|每斤|按斤|按公斤|/斤|/公斤|キロ単価|1kgあたり|kg당|킬로당|ต่อกิโล|กิโลละ"),
    # service fee: a buying service's or personal shopper's fee, the goods paid at their shop's price; only with a fee
    # word in the text (_FEE): "personal shopper" alone says nothing of the price field
    ("service_fee", "any", _B + r"(?:personal shopper|personal shopping|buying service|shopping service"
                                r"|purchase service|purchasing service|purchasing agent|buy for you|buy-for-me"
                                r"|buy for me|proxy buying|proxy purchase|proxy service|shop (?:&|and) ship"
                                r"|shopping (?:&|and) forwarding|forwarding service|sourcing service|einkaufsservice"
                                r"|kaufservice|besorgungsservice|kaufe für (?:dich|sie)|service d'achat|achat pour vous"
                                r"|j'achète pour vous|compras? [^,.;:]{1,24} por encargo|compro por ti"
                                r"|te lo compro|servicio de compras?|casillero|acquisti per conto|compro per te"
                                r"|servizio acquisti|compro para você|compras no exterior|compra assistida"
                                r"|serviço de compras?|inkoopservice|aankoopservice|koop voor je|zakupy na zamówienie"
                                r"|kupię dla ciebie|pośrednictwo w zakupach|alışveriş hizmeti|senin için alırım"
                                r"|выкуп с|выкуп товаров|выкупаю|помощь в покупке|jastip|jasa titip|jasa beli|mua hộ"
                                r"|order hộ|mua giùm|خدمة شراء|خدمة التسوق|نشتري لك|zzgl\.? ladenpreis|plus ladenpreis"
                                r"|you pay retail|plus retail price|\+ retail price|plus le prix en magasin"
                                r"|más el precio de tienda|più il prezzo del negozio)" + _E),
    ("service_fee", "any", r"購入代行|代行購入|買い付け代行|買付代行|代理購入|代购|代購|代买|代買|按小票价|구매대행|รับหิ้ว|ฝากซื้อ"),
    # trade-in: the price after a credit for the buyer's old goods
    ("trade_in", "any", _B + r"(?:trade-in|tradein|trade in your|trade in of|trade in value|trade in credit|trade in offer|trade in bonus|with trade in"
                             r"|after trade in|traded in|part[- ]exchange|inzahlungnahme|in zahlung"
                             r"|mit eintausch|eintauschprämie|après reprise|avec reprise|bonus reprise|offre de reprise"
                             r"|reprise de votre|reprise de ton|entregando tu|entrega de tu|plan canje|con canje|canjeando"
                             r"|con permuta|permuta del tuo|supervalutazione|rottamazione|na troca d[oe]|com a troca"
                             r"|entregando seu|inruil|inruilen|inruilpremie|w ramach wymiany|przy oddaniu|eski cihaz"
                             r"|трейд-ин|в зачёт|в зачет|при сдаче|сдав старый|tukar tambah|thu cũ|lên đời"
                             r"|استبدال جهازك|مع استبدال)" + _E),
    ("trade_in", "any", r"下取り|下取|以旧换新|以舊換新|旧机抵扣|折抵|보상판매|보상 판매|중고 반납|반납 시|เทิร์น"),
    # subscription: one period of a software plan or a digital service (index.py reads it for software only and judges
    # a year of it; a monthly rate of goods is an instalment's, instalments.py)
    ("subscription", "any", _B + r"(?:per month|monthly|(?:1|one) month|pro monat|monatlich|monatsabo|par mois"
                                 r"|mensuel|al mes|mensual|al mese|mensile|por mês|mensal|per maand|maandelijks"
                                 r"|miesięcznie|aylık|в месяц|ежемесячно|per bulan|bulanan|hàng tháng|شهريا|شهري)" + _E),
    ("subscription", "any", r"/\s?(?:month|mo|monat|mois|mes|mese|mês|maand|mies|мес|bulan|tháng|شهر)" + _E),
    ("subscription", "any", r"月額|月払い|1ヶ月|1か月|1カ月|每月|/月|包月|月付|월 구독|월간|/월|ต่อเดือน|/เดือน|รายเดือน"),
    # ---- auction: the price is the opening or current bid
    ("auction", "any", _B + r"(?:auction|auctions|no[\s-]reserve|starting bid|opening bid|bidding starts|bids start"
                            r"|(?:1p|99p|\$1|£1|€1|1\s?€|1\s?\$|1\s?£|0[.,]99)\s(?:start|no reserve)"
                            r"|auktion|versteigerung|ohne mindestpreis|enchères|enchère|encheres|sans prix de réserve"
                            r"|mise à prix|subasta|sin precio de reserva|puja inicial|all'asta|in asta|base d'asta"
                            r"|asta (?:da|a partire|online|senza)|senza riserva|leilão|leilao|lance inicial|lance mínimo"
                            r"|veiling|aukcja|licytacja|bez ceny minimalnej|aukce|dražba|auksjon|licitație|licitatie"
                            r"|aukció|árverés|açık artırma|mezat|аукцион|аукціон|δημοπρασία|lelang|đấu giá|مزاد"
                            r"|مزایده|מכירה פומבית"
                            # (quiet21) a public sale by a court, a bailiff, the police or customs: Dutch and German
                            # compounds (deurwaardersveiling, executieveiling, Zwangsversteigerung), the Romance
                            # languages' judicial auctions (asta giudiziaria, subasta judicial, vente aux enchères
                            # judiciaires, leilão judicial), Polish licytacja komornicza
                            r"|deurwaardersveiling|executieveiling|politieveiling|faillissementsveiling|domeinenveiling"
                            r"|zwangsversteigerung|gerichtsversteigerung|polizeiversteigerung|fundsachenversteigerung"
                            r"|insolvenzversteigerung|pfandversteigerung|asta giudiziaria|asta giudiziale|asta fallimentare"
                            r"|asta pubblica|vendita giudiziaria|subasta judicial|subasta pública|venta judicial"
                            r"|vente judiciaire|leilão judicial|leilao judicial|licytacja komornicza"
                            # (genuine32) lost-property offices' auctions: Italian "asta (di) oggetti smarriti", the
                            # Turkish word for an auction (müzayede), as mezat above
                            r"|asta (?:di |degli )?oggetti (?:smarriti|ritrovati)|müzayede|müzayedesi|muzayede|muzayedesi)"
                            + _E),
    ("auction", "any", r"オークション|1円スタート|1円から|一円スタート|拍卖|拍賣|起拍|竞拍|競拍|无底价|無底價|경매|ประมูล"),
    # (honest36, issue 9) a forced sale of a business's stock by its creditor or an officer of a court: a bank's
    # repossession sale, an insolvency administrator's, liquidator's or receiver's sale (not an "estate sale": the
    # vintage copy's story, boilerplate.py's fake_vintage_story).
    # The officer sells what the debtor held at what the bidders give (a lot's opening bid or a liquidation value), so
    # the price field says nothing about the goods, as an auction's: the seller's standing, not a story for a copy's
    # price (a copy word still claims a copy and refuses the lowering: scoring._claims_copy). Not the trade's own tales
    # ("bankruptcy stock", "Insolvenzware", "liquidation sale": stories.py's, a seller explaining a cheap new unit), and
    # not a bare "liquidation", "curator" or "receiver" (a clearance, a museum's curator, an AV receiver). Source: how
    # banks, insolvency practitioners and court auctioneers title their sales (general knowledge: UK "by order of the
    # administrators", German "im Auftrag des Insolvenzverwalters", French "mandataire liquidateur", Spanish
    # "administración concursal", Italian "curatela fallimentare", Portuguese "massa falida", Dutch
    # "faillissementscurator", Polish "syndyk masy upadłościowej", Russian "торги по банкротству", Chinese 法拍/司法拍卖,
    # Japanese 競売/破産管財人, Korean 공매/파산관재인); no held-out listing's string.
    ("auction", "any", _B + r"(?:bank repossessions?|repossession (?:sale|auction|stock)|repossessed(?: stock| goods| by"
                            r" (?:the|a) (?:bank|lender|finance company))?|bank[- ]owned stock|bank auction"
                            r"|(?:insolvency|bankruptcy) (?:administrators?|practitioners?|trustees?|auction|auctions|"
                            r"sale)|trustee in bankruptcy|by order of the (?:administrators?|liquidators?|receivers?|"
                            r"trustees?|court|bank)|administrators' sale|administrator's sale|liquidators' sale"
                            r"|liquidator's sale|receivers' sale|receiver's sale|in receivership|receivership sale"
                            r"|court[- ]ordered sale"
                            r"|insolvenzverwalter|insolvenzverwalters|insolvenzverwaltung|konkursverwalter"
                            r"|konkursverwalters|konkursmasse|insolvenzmasse|bankversteigerung|pfandverwertung"
                            r"|nachlassversteigerung|nachlassverkauf|mandataire (?:judiciaire|liquidateur)"
                            r"|liquidateur judiciaire|administrateur judiciaire|liquidation judiciaire"
                            r"|administrador concursal|administracion concursal|administración concursal"
                            r"|subasta concursal|liquidacion concursal|liquidación concursal|curatore fallimentare"
                            r"|curatela fallimentare|vendita fallimentare|massa falida|leilao de massa falida"
                            r"|leilão de massa falida|administrador judicial|faillissementscurator|curator van het"
                            r"|boedelveiling|syndyk|syndyka|masy upadlosciowej|masy upadłościowej|komornik|komornicza"
                            r"|торги по банкротству|конкурсный управляющий|конкурсного управляющего|конкурсная масса"
                            r"|iflas masasi|iflas masası|icra satisi|icra satışı|lelang bank|lelang eksekusi)" + _E),
    ("auction", "any", r"法拍|司法拍卖|司法拍賣|法院拍卖|法院拍賣|破产管理人|破產管理人|破产清算拍卖|競売|破産管財人|管財人|"
                       r"공매|파산관재인|법원 경매"),
    # ---- giveaway: the goods are given away
    ("giveaway", "start", _START + r"(?:free|gratis|regalo|donne|dou|oddam|skänkes|отдам|віддам|daruji|donez)" + _E),
    ("giveaway", "any", _B + r"(?:for free|free to (?:a )?good home|free to collect|free for collection|free (?:for )?pick"
                             r"\s?up|giving away|give away|curb alert|kerb alert|zu verschenken|verschenke|gratis"
                             r" abzugeben|kostenlos abzugeben|umsonst abzugeben|gratis af te halen|te geef|gratis ophalen"
                             r"|à donner|a donner|je donne|se regala|in regalo|regalo a chi|cedo gratis|regalasi"
                             r"|doação|doacao|doa-se|de graça|za darmo|oddam|zdarma za odvoz|bortskänkes|skänkes"
                             r"|gives væk|foræres|gis bort|gis vekk|annetaan|ingyen elvihető|elvihető|ofer gratuit"
                             r"|отдам даром|отдам бесплатно|даром|віддам безкоштовно|χαρίζεται|χαρίζω|bedava"
                             r"|cho tặng|tặng miễn phí|cho miễn phí|percuma|مجانا|مجاناً|ببلاش|للتبرع|למסירה|בחינם)" + _E),
    ("giveaway", "any", r"差し上げます|無料で譲ります|無料譲渡|免费送|免费赠送|白送|무료나눔|무료 나눔|무료로 드립니다|แจกฟรี|ให้ฟรี"),
    # bare free words: only with a price of nothing (SaleFormat.explains), never beside a shipping word (_SHIPPING_NEAR),
    # and only ending a clause of the title
    # ("Monopoly board game, free", "Dyson V15 – FREE!"), never as the bonus of a bundle (_BUNDLE_BEFORE)
    ("giveaway", "title", _B + r"(?:free|gratis|gratuit|gratuito|gratuita|grátis|kostenlos|ücretsiz|бесплатно"
                               r"|безкоштовно|δωρεάν|ingyen|ilmaiseksi|miễn phí|رایگان)" + _E + _CLAUSE_END),
    ("giveaway", "title", r"(?:無料|0円|免费|무료|ฟรี)" + _CLAUSE_END),
    # ---- swap: goods for goods
    ("swap", "start", _START + r"(?:swap|trade|exchange|tausche|tausch|échange|echange|cambio|permuto|permuta|scambio"
                               r"|troco|troca|ruilen|ruil|zamienię|zamienie|zamiana|vyměním|byter|bytes|bytte|byttes"
                               r"|csere|takas|обмен|обменяю|меняю|обмін|міняю|ανταλλαγή|tukar|barter)" + _E),
    ("swap", "any", _B + r"(?:wtt|swap for|swap my|swap only|swapping|will swap|trade for|trade my|trade only|for trade"
                         r"|will trade|looking to trade|open to trades|open to trade|trades welcome|exchange for"
                         r"|exchange my|tausche .{1,40} gegen|tausch gegen|tausche gegen|nur tausch|échange contre"
                         r"|j'échange|à échanger|cambio .{1,40} por|intercambio|scambio con|troco por|troca por"
                         r"|aceito troca|te ruil|ruilen tegen|zamienię na|zamiana na|byte mot|bytes mot|byttes mot"
                         r"|schimb cu|cserélném|takaslık|takas olur|меняю на|обмен на|обмін на|tukar dengan"
                         r"|đổi lấy|muốn đổi|cần đổi|trao đổi|takas|takaslık|مبادلة|للبدل|להחלפה|החלפה|معاوضه)" + _E),
    ("swap", "any", r"交換希望|交換求む|と交換|交換して|交换|互换|以物换物|置换|교환해요|교환합니다|교환 원해요|교환원해요|교신|แลกเปลี่ยน|⇔"),
    # ---- wanted: a buyer's ad
    ("wanted", "start", _START + r"(?:wtb|wanted|looking for|want to buy|buying|suche|gesucht|recherche|cherche"
                                 r"|busco|se busca|cerco|compro|procuro|gezocht|zoek|szukam|kupię|kupie|куплю|ищу"
                                 r"|шукаю|köpes|købes|søges|kjøpes|koupím|sháním|keresek|veszek|caut|cumpăr|arıyorum"
                                 r"|dicari|cần mua|tìm mua|thu mua|مطلوب|מחפש|קונה)" + _E),
    ("wanted", "any", _B + r"(?:wtb|want to buy|ønskes kjøpt)" + _E),
    ("wanted", "any", r"求购|求購|收购|高价回收|買います|探しています|譲ってください|삽니다|구합니다|구해요|รับซื้อ|ตามหา"),
]


def _anchors(pattern: str) -> frozenset[str] | None:
    """The words of the latin view (normalise.ListingText.latin_words) of which a text matching `pattern` holds at least
    one: the longest run of three letters or more of every alternative (every piece between two '|' of the source, the
    wrappers' own words aside), folded as the latin view folds (enchères: encheres, отдам: otdam); None for a pattern of
    wide-script terms (CJK, kana, Hangul: read whenever the text is not ASCII). Of an alternative's words the rarest in
    English (wordfreq) is its anchor, so that "will trade" opens on "trade", not on "will"."""
    if any(is_wide(ch) for ch in pattern):
        return None
    pieces = pattern.replace(_B, "").replace(_E, "").replace(_START, "").split("|")
    words = set()
    for piece in pieces:
        # the latin view folds a capital as its look-alike (Greek Χ: x, Cyrillic Р: p) and a small letter by its sound
        # (χ: ch): the anchor of every case a listing writes it in
        for cased in (piece, piece.upper(), piece.title()):
            # the latin view keeps letters and digits only (Arabic ع folds to "`", which no word of the view holds); a
            # piece of two-letter words only ("/mo") is anchored by them
            runs = [w for run in re.findall(r"[^\W\d_]{3,}", cased) for w in re.findall(r"[^\W_]+", latin_text(run))
                    if len(w) >= 3] or [w for run in re.findall(r"[^\W\d_]{2}", cased)
                                        for w in re.findall(r"[^\W_]+", latin_text(run)) if len(w) == 2]
            if runs:
                words.add(min(runs, key=lambda w: (zipf_frequency(w, "en"), -len(w))))
    return frozenset(words) or None


_COMPILED = [(kind, where, re.compile(p), _anchors(p)) for kind, where, p in _PHRASES]
# every anchor word, and the first characters of the wide-script patterns' terms: a text holding none is not searched
_ALL_ANCHORS = frozenset().union(*(a for *_, a in _COMPILED if a is not None))
_WIDE_FIRST = re.compile("[" + re.escape("".join(sorted({piece[0] for *_, p, a in _COMPILED if a is None
                                                          for piece in p.pattern.split("|") if piece}))) + "]")
# the characters of the description read for the phrases (its first lines)
READ_DESCRIPTION = 240

# a word denying the format right before it ("no swaps", "kein Tausch", "pas d'échange", "sin cambios", "nie zamieniam")
_DENIED_BEFORE = re.compile(r"(?:^|[^\w])(?:no|not|non|never|without|ohne|zonder|kein|keine|keinen|nicht|pas d'|pas de|sans|sin|sem"
                            r"|nessuno|niente|senza|geen|niet|nie|bez|не|нет|без|yok|tidak|không|لا|بدون|לא)\W{0,3}$")
_DENIED_AFTER = re.compile(r"^\W{0,3}(?:not accepted|not possible|nicht möglich|ausgeschlossen|impossible|non possible"
                           r"|不可|不可能|불가|안됩니다)(?!\w)")
# a free word beside a shipping word: free shipping, not a giveaway ("envío gratis", "送料無料", "무료배송", "包邮")
_SHIPPING = (r"(?:shipping|delivery|postage|p&p|post|returns?|versand|versandkostenfrei|lieferung|livraison|envío|envio"
             r"|spedizione|frete|entrega|verzending|bezorging|wysyłka|dostawa|doprava|frakt|kargo|доставка|доставкой"
             r"|送料|运费|運費|包邮|配送|배송|택배|ongkir|ship|gift|geschenk|cadeau|omaggio|size|sample|trial|tax|duty|sugar"
             r"|gluten|hands|cruelty|muestra|probe|échantillon|试用|region|wifi|wi-fi|app|download|update)")
_SHIPPING_BEFORE = re.compile(r"(?<![^\W\d_])" + _SHIPPING + r"[\s\-:]{0,2}$")
_SHIPPING_AFTER = re.compile(r"^[\s\-:]{0,2}" + _SHIPPING + r"(?![^\W\d_])")
_SHIPPING_NEAR = re.compile(_B + _SHIPPING + _E)  # in an item specific's value: "Free shipping" is no format
# the real price is elsewhere, or a fee asked for "free" goods: no giveaway, no swap (the known bait of new goods)
_SHIPPING_BAIT = re.compile(
    r"(?:just|only|simply|you|u)\s(?:pay|cover)\s(?:the\s)?(?:for\s)?(?:shipping|postage|delivery|p&p|s&h)"
    r"|pay\s(?:only|just)\s(?:the\s)?(?:for\s)?(?:shipping|postage|delivery)|(?:shipping|postage|delivery)\s(?:fee\s)?only"
    r"|free\s?\+\s?(?:shipping|postage|s&h|p&p)|nur\s(?:die\s)?versand(?:kosten)?|nur\sporto|solo\s(?:pagas?|pague)\s(?:el\s)?(?:envío|envio)"
    r"|solo\s(?:el\s)?(?:envío|envio)|paga\ssolo\s(?:la\s)?spedizione|solo\s(?:le\s)?spese\sdi\sspedizione|juste\sles\sfrais"
    r"\sde\sport|seulement\sles\sfrais\sde\sport|frais\sde\sport\suniquement|só\s(?:paga|pagar)\so\sfrete|apenas\so\sfrete"
    r"|tylko\s(?:koszt\s)?wysyłk|только\s(?:за\s)?доставк|sadece\skargo|cukup\sbayar\songkir|chỉ\s(?:trả|tính)\sphí\sship"
    r"|只需付?运费|只付邮费|付邮送|送料のみ|送料だけ|배송비만|จ่ายแค่ค่าส่ง|فقط\s(?:رسوم\s)?الشحن|רק\sמשלוח")
# the price the listing asks is elsewhere (retail.PRICE_BAIT's words, read here so the module stays self-contained)
_PRICE_ELSEWHERE = re.compile(r"(?<!\w)(?:dm for price|price in dm|pm for price|inbox for price|message for price"
                              r"|ask for price|price on request|price by chat|harga by chat|preis auf anfrage"
                              r"|precio por privado|prix en mp|цена в лс|real price|actual price)(?!\w)"
                              r"|价格私聊|價格私聊|私聊|询价|詢價|実価格")
# a buying service's fee or the shop's price the buyer pays beside it: a service_fee reading needs one of these in the
# text it reads ("service fee $30", "you pay retail", "zzgl. Ladenpreis", "手数料", "代购费", "수수료", "رسوم الخدمة")
_FEE = re.compile(r"(?<!\w)(?:fee|fees|commission|you pay retail|at retail|retail price|plus retail|\+ retail|gebühr|servicegebühr"
                  r"|provision|ladenpreis|frais de service|commission|comisión|comision|tarifa de servicio|commissione"
                  r"|taxa de serviço|taxa de servico|comissão|comissao|prowizja|opłata|hizmet bedeli|komisyon|комиссия"
                  r"|ongkos jasa|fee jasa|phí dịch vụ|phí mua|ค่าบริการ|ค่าหิ้ว|رسوم|عمولة|עמלה)(?!\w)"
                  r"|手数料|代行料|代购费|代購費|服务费|服務費|手续费|按小票|原价|수수료|대행료")
# new goods: sold by the kilo or the bale they are the copy trade's stock, never a shop's ("New Nike sneakers by the kg",
# "new tracksuits bale, tags on"): beside them a price per weight is no part (only used clothes are sold by weight)
_NEW_GOODS = re.compile(_B + r"(?:new|brand new|new stock|neu|neue|neuf|neuve|nuevo|nueva|nuevos|novo|nova|novos|nuovo"
                        r"|nuova|nuovi|nowe|nowy|nieuw|nieuwe|новые|новый|нові|новий|yeni|baru|mới|tags on|with tags"
                        r"|original tags|sealed|deadstock)" + _E + r"|全新|新品|新款|새상품|새제품|未使用")
# a licence sold whole: beside it, a month's words are no subscription's ("lifetime activation, no monthly fees")
_LIFETIME = re.compile(r"(?<!\w)(?:lifetime|life-time|perpetual|one-time|one time payment|forever|lebenslang|dauerhaft"
                       r"|à vie|a vie|de por vida|permanente|a vita|vitalícia|vitalicia|dożywotni\w*|ömür boyu|süresiz"
                       r"|навсегда|бессрочн\w*|seumur hidup|vĩnh viễn|ตลอดชีพ|مدى الحياة|مدى الحياه)(?!\w)"
                       r"|永久|買い切り|终身|終身|영구")
# item specifics that state the sale format or the price type
FORMAT_KEYS = ("format", "listing format", "listing type", "sale format", "sale type", "selling format", "type",
               "price type", "price", "angebotsformat", "angebotstyp", "angebotsart", "preis", "preistyp", "art",
               "format de vente", "type d'annonce", "type de vente", "prix", "formato", "tipo de anuncio",
               "tipo de venta", "formato dell'inserzione", "tipo di vendita", "formato do anúncio", "tipo de venda",
               "advertentietype", "prijstype", "prijs", "typ oferty", "rodzaj oferty", "format sprzedaży", "cena",
               "тип объявления", "формат продажи", "цена", "ilan tipi", "satış şekli", "出品形式", "販売形式",
               "価格", "交易方式", "出售方式", "价格", "판매방식", "판매 방식", "가격", "loại tin", "ประเภท")
_ATTRIBUTE_VALUES = [
    ("auction", re.compile(_B + r"(?:auction|auktion|versteigerung|enchères|enchère|subasta|asta|leilão|veiling|bieden"
                           r"|aukcja|licytacja|aukce|auksjon|licitație|aukció|açık artırma|аукцион|lelang|đấu giá"
                           r"|مزاد)" + _E + r"|オークション|拍卖|拍賣|경매|ประมูล")),
    ("giveaway", re.compile(_B + r"(?:free|giveaway|zu verschenken|verschenken|gratis|don|donation|regalo|oddam"
                            r"|za darmo|отдам даром|даром|bedava|ücretsiz)" + _E + r"|無料|0円|免费|무료나눔|나눔")),
    ("swap", re.compile(_B + r"(?:swap|trade|exchange|tausch|tauschen|échange|intercambio|scambio|troca|ruilen"
                        r"|zamiana|обмен|takas|tukar)" + _E + r"|交換|交换|교환")),
    ("wanted", re.compile(_B + r"(?:wanted|wtb|gesuch|suche|recherche|busco|cerco|procuro|gezocht|szukam|kupię"
                          r"|куплю|köpes|dicari)" + _E + r"|求购|求購|삽니다|구합니다")),
]


@dataclass(frozen=True, slots=True)
class SaleFormat:
    """A listing's statement that it is no sale of one unit at its price field."""

    kind: str  # "auction", "giveaway", "swap" or "wanted"
    field: str  # "title", "description" or "attributes"
    start: int | None  # offsets into that field as stored (None for attributes)
    end: int | None
    text: str  # the words as written ("NO RESERVE auction"; "Format: Auction")
    blocked: str = ""  # why the reading does not lower the listing ("'DM for price': the real price is elsewhere"), or ""

    def explains(self, price: Money | None) -> bool:
        """Whether the format says the price field is no price of the goods: an auction's any price (an opening or
        current bid); a giveaway's, a swap's or a wanted ad's a price of nothing (None, or at most NOMINAL_PRICE in the
        listing's currency)."""
        if self.kind == "auction" or self.kind in PRICE_PARTS:
            return True
        return price is None or price.amount <= NOMINAL_PRICE

    def describe(self) -> str:
        """"an auction ('NO RESERVE auction')", as the evidence names it."""
        return f"{_NAMES[self.kind]} ('{self.text}')"


_NAMES = {"auction": "an auction, the price its opening or current bid", "giveaway": "a giveaway",
          "swap": "a swap offer, goods for goods", "wanted": "a wanted ad, a buyer's",
          "contract": "a contract's upfront payment, the goods paid by its monthly fees",
          "deposit": "a deposit or booking fee, a part of the price paid before the balance",
          "service_fee": "a buying service's fee, the goods paid at their shop's price",
          "trade_in": "the price after a trade-in credit for the buyer's old goods",
          "subscription": "one period of a subscription",
          "instalment": "one payment of a plan whose total the listing does not state",
          "per_weight": "a price per kilo or pound of goods sold by weight",
          "crypto": "a price in a cryptocurrency, a currency with no rate here"}
# the kinds whose price field is a part of the goods' price or a price of something else (a fee, a period): they explain
# any price; index.py bounds a trade-in's and a subscription's
PRICE_PARTS = frozenset({"contract", "deposit", "service_fee", "trade_in", "subscription", "instalment", "per_weight",
                         "crypto"})


def read_format(listing: Listing, text) -> SaleFormat | None:
    """The listing's sale format (item specifics first, then the title, then the description), or None.

    listing: the Listing (its attributes and price are read); text: its normalise.ListingText (the casefolded stored
    text is read, spans map back with `text.locate`). A giveaway whose free word sits beside a shipping word ("free
    shipping") is none; a word denied right before or after it ("no swaps", "Tausch ausgeschlossen") is none. The
    result's `blocked` says why it must not lower the listing (price bait, a fee for "free" goods). Pure."""
    stored = text.original
    if (folded := fold(stored)) is None:  # ß/İ change length when casefolded (instalments.fold)
        return None
    found = _from_attributes(listing.attributes) if listing.attributes else None
    if found is None:
        found = _from_text(folded, text, len(text.title))
    if found is None:
        return None
    blocked = ""
    if (m := _PRICE_ELSEWHERE.search(folded)) is not None:
        blocked = f"'{stored[m.start():m.end()]}': the listing's real price is elsewhere"
    elif found.kind in ("giveaway", "swap") and (m := _SHIPPING_BAIT.search(folded)) is not None:
        blocked = f"'{stored[m.start():m.end()]}': a fee asked for goods said to be free, the bait of new goods"
    if blocked:
        return SaleFormat(found.kind, found.field, found.start, found.end, found.text, blocked)
    return found


def _from_attributes(attributes: dict[str, str]) -> SaleFormat | None:
    for key, value in attributes.items():
        if not isinstance(value, str) or key.casefold().strip() not in FORMAT_KEYS:
            continue
        v = value.casefold()
        for kind, pattern in _ATTRIBUTE_VALUES:
            if pattern.search(v) and not _SHIPPING_NEAR.search(v):
                return SaleFormat(kind, "attributes", None, None, f"{key}: {value}"[:80])
    return None


def _from_text(folded: str, text, title_end: int) -> SaleFormat | None:
    best: tuple[int, str, re.Match] | None = None
    words = text.latin_words
    # a sale format is stated in the title or the description's first lines ("Free to a good home. Pick up only."):
    # the phrases are read there only, which bounds their cost on long descriptions
    end = min(len(folded), title_end + READ_DESCRIPTION)
    present = _ALL_ANCHORS.intersection(words)
    wide = not text.is_ascii and _WIDE_FIRST.search(folded, 0, end) is not None
    if not present and not wide:
        return None  # none of the phrases' words or first characters: most listings stop here
    for kind, where, pattern, anchors in _COMPILED:
        if (anchors.isdisjoint(present) if anchors is not None else not wide):
            continue
        if where == "start":
            m = pattern.match(folded, 0, title_end)
            hits = [m] if m is not None else []
        else:
            hits = pattern.finditer(folded, 0, title_end if where == "title" else end)
        for m in hits:
            if _denied(folded, m.start(), m.end()):
                continue
            if kind == "service_fee" and not _FEE.search(folded, 0, end):
                continue  # a shopper who names no fee: the price field may be the goods'
            if kind == "per_weight" and _NEW_GOODS.search(folded, 0, end):
                continue  # new goods by the kilo: the copy trade's bales
            if kind == "subscription" and _LIFETIME.search(folded, 0, end):
                continue  # "lifetime, no monthly subscription": a licence sold whole, the cracked key's words

            if kind == "giveaway" and (_SHIPPING_BEFORE.search(folded[max(0, m.start() - 20):m.start()])
                                       or _SHIPPING_AFTER.match(folded[m.end():m.end() + 20])
                                       or m.start() < title_end and _BUNDLE_BEFORE.search(folded, 0, m.start())):
                continue  # "free shipping", "envío gratis", "送料無料", "무료배송", "free gift", "+ FREE case"
            if best is None or m.start() < best[0]:
                best = (m.start(), kind, m)
            break
    if best is None:
        return None
    _, kind, m = best
    start, end = m.span("w") if "w" in m.re.groupindex else m.span()  # group w: the words themselves, not their context
    while start < end and not folded[start].isalnum() and folded[start] not in "$£€⇔":
        start += 1  # the title-start pattern's leading symbols are not the words
    field, s, e, said = text.locate(start, end)
    return SaleFormat(kind, field, s, e, said)


def format_words(text) -> list[tuple[str, int, int, str]]:
    """(field, start, end, said) of every phrase of the sale formats and price parts in the title and the description's
    first READ_DESCRIPTION characters, denied or not: the words that say how the listing sells ("plan canje", "교환해요"),
    which are no sound-alike of a mark (index.py weighs a weak candidate inside one at 0). Pure; index.py calls it only
    for a listing that states a format."""
    stored = text.original
    if (folded := fold(stored)) is None:
        return []
    end = min(len(folded), len(text.title) + READ_DESCRIPTION)
    return [text.locate(*(m.span("w") if "w" in pattern.groupindex else m.span())) for _, _, pattern, _ in _COMPILED
            for m in pattern.finditer(folded, 0, end)]


def _denied(folded: str, start: int, end: int) -> bool:
    return bool(_DENIED_BEFORE.search(folded[max(0, start - 14):start]) or _DENIED_AFTER.match(folded[end:end + 16]))
