"""The adversary's classes of genuine goods whose owner states why they cost what they do, and the copies that borrow
their words (reason39, issue 9):

- a used item with no price field, priced in the market's money slang in the title or the description ("– 620 lucas",
  "Cena: 14 stów", "8,2jt nego", "19 косарей", "1万3", "150만", "7.5k quid", "2,4 lakh", "1,8 mille", "310 Mäuse"),
  at a used price (50-95 % of the floor): quiet (trap). The same slang for a new item at a copy's price (3-20 %), or for
  a "used" one at a price no used item sells for (2-9 %): alert (evasion);
- a used item with a named defect its owner discloses (smells of smoke, water damage, pieces missing, a cracked screen,
  a split sole: 14 languages) at 22-45 % of the floor: quiet (trap). A vague flaw ("small flaw, that's why so cheap")
  on a new item with a copy word, or a named defect at a price no damaged item sells for (2-8 %): alert;
- used electronics "registered to me, pairs with the official app, firmware up to date" (14 languages) at 50-90 %:
  quiet (trap). "Works only with a universal app, not the official one, no firmware updates" at a copy's price, and the
  official app's words beside a copy word: alert;
- "Original? Yes – receipt in the photos" (14 languages) on used goods at 50-95 %: quiet (trap); the receipt beside a
  copy word that is not denied, or at a copy's price: alert.

Written from general knowledge of how private sellers write on Yapo, MercadoLibre, Wallapop, Leboncoin, Kleinanzeigen,
Subito, OLX, Avito, Sahibinden, Tokopedia, Shopee, Xianyu, Mercari, Bunjang, Jiji and eBay; the money slang and the
approximate rates below are this module's own, no held-out listing's string. Found by outsider36's
in_price_slang_genuine36, in_true_low_price36, in_app_pairing_genuine36 and in_dont_ask_genuine36 after that set was
scored.
"""

from __future__ import annotations

from tests.eval.adversary.moving import _goods
from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene

TRAPS = {
    "trap_slang_price_used": "a used item with no price field, priced in the market's money slang (lucas, stów, jt, "
                             "косарей, 万, 만, quid, lakh, mille, Mäuse, pavos, varos, bucks; 17 markets) at 50-95 % "
                             "of the floor",
    "trap_named_defect": "a used item with a named defect its owner discloses (smoke smell, water damage, pieces "
                         "missing, cracked screen, split sole; 14 languages) at 22-45 % of the floor",
    "trap_official_app_used": "used electronics registered to the owner, paired with the brand's official app, firmware "
                              "up to date (14 languages) at 50-90 % of the floor",
    "trap_receipt_answer": "'Original? Yes – receipt in the photos' (14 languages) on used goods at 50-95 % of the floor",
}
EVASIONS = {
    "slang_price_copy": "no price field, the price in money slang: a new item at a copy's price (3-20 %) or a 'used' one "
                        "at a price no used item sells for (2-9 %)",
    "defect_cover_copy": "a vague flaw ('small flaw, that's why so cheap') on a new item with a copy word (8-40 %), or a "
                         "named defect at a price no damaged item sells for (2-8 %)",
    "app_universal_copy": "'works only with a universal app, not the official one, no firmware updates' at a copy's "
                          "price (4-25 %), or the official app's words beside a copy word",
    "receipt_copy": "'receipt in the photos' beside a copy word that is not denied, or at a copy's price (3-15 %)",
}

# rough units of each currency per US dollar (this module's own; the matcher's rate table is HMRC's and the ECB's)
PER_USD = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "JPY": 150.0, "KRW": 1380.0, "INR": 84.0, "IDR": 16000.0,
           "VND": 25400.0, "RUB": 95.0, "PLN": 4.0, "CLP": 940.0, "ARS": 1000.0, "COP": 4100.0, "KES": 129.0,
           "MXN": 18.0, "BRL": 5.4, "TRY": 34.0}


def _plural_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "косарь"
    return "косаря" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "косарей"


def _plural_pl(n: int) -> str:
    if n == 1:
        return "stówa"
    return "stówy" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "stów"


def _dec(x: float) -> str:
    """One decimal, a comma for the decimal mark, none when whole ("8,5", "12")."""
    return f"{x:.1f}".replace(".", ",").removesuffix(",0")


def _cjk(a: float, unit: str, small: str) -> str:
    """万/만 notation: "1万3", "150만"; below ten thousand the small unit."""
    if a >= 1e4:
        tens, rest = divmod(round(a / 1e3), 10)
        return f"{tens}{unit}{rest}" if rest and unit == "万" else f"{round(a / 1e4)}{unit}"
    return f"{round(a)}{small}"


# market: (marketplace, currency, the slang of an amount, used word, new word, price word, genuine word); the country is
# the market's, the seller's country as a marketplace sends it
SLANG = {
    "es-CL": ("yapo", "CLP", lambda a: f"{max(1, round(a / 1e3))} lucas", "usado", "nuevo con etiqueta", "Precio:", "original"),
    "es-AR": ("mercadolibre-ar", "ARS", lambda a: f"{max(1, round(a / 1e3))} lucas", "usado", "nuevo sin uso", "Precio:", "original"),
    "es-CO": ("mercadolibre-co", "COP", lambda a: f"{max(1, round(a / 1e3))} lucas", "usado", "nuevo", "Precio:", "original"),
    "es-ES": ("wallapop", "EUR", lambda a: f"{max(1, round(a))} pavos", "usado", "nuevo", "Precio:", "original"),
    "es-MX": ("mercadolibre-mx", "MXN", lambda a: f"{max(1, round(a))} varos", "usado", "nuevo", "Precio:", "original"),
    "fr-FR": ("leboncoin", "EUR", lambda a: f"{_dec(a / 1e3)} mille" if a >= 1e3 else f"{max(1, round(a))} balles",
              "d'occasion", "neuf", "Prix :", "authentique"),
    "de-DE": ("kleinanzeigen", "EUR", lambda a: f"{max(1, round(a))} Mäuse", "gebraucht", "neu", "Preis:", "original"),
    "it-IT": ("subito", "EUR", lambda a: f"{_dec(a / 1e3)} mila" if a >= 1e3 else f"{max(1, round(a))} €", "usato",
              "nuovo", "Prezzo:", "originale"),
    "pt-BR": ("olx-br", "BRL", lambda a: f"{_dec(a / 1e3)} mil" if a >= 1e3 else f"{max(1, round(a))} contos", "usado",
              "novo", "Preço:", "original"),
    "en-GB": ("ebay-uk", "GBP", lambda a: f"{_dec(a / 1e3).replace(',', '.')}k quid" if a >= 1e3 else
              f"{max(1, round(a))} quid", "used", "brand new", "Price:", "genuine"),
    "en-US": ("mercari-us", "USD", lambda a: f"{max(1, round(a))} bucks", "used", "brand new", "Price:", "authentic"),
    "en-KE": ("jiji-ke", "KES", lambda a: f"{max(1, round(a / 1e3))}k bob", "used", "brand new", "Price:", "genuine"),
    "en-IN": ("olx-in", "INR", lambda a: f"{_dec(a / 1e5).replace(',', '.')} lakh" if a >= 1e5 else
              f"₹{max(1, round(a)):,}", "used", "brand new", "Price:", "genuine"),
    "id-ID": ("tokopedia", "IDR", lambda a: f"{_dec(a / 1e6)}jt" if a >= 1e6 else f"{max(1, round(a / 1e3))}rb", "bekas",
              "baru segel", "Harga:", "ori"),
    "vi-VN": ("shopee-vn", "VND", lambda a: f"{_dec(a / 1e6)}tr" if a >= 1e6 else f"{max(1, round(a / 1e3))}k", "đã qua sử dụng",
              "mới 100%", "Giá:", "chính hãng"),
    "ru-RU": ("avito", "RUB", lambda a: f"{max(1, round(a / 1e3))} {_plural_ru(max(1, round(a / 1e3)))}", "б/у", "новый",
              "Цена:", "оригинал"),
    "pl-PL": ("olx-pl", "PLN", lambda a: f"{_dec(a / 1e3)} tys." if a >= 1e3 else
              f"{max(1, round(a / 100))} {_plural_pl(max(1, round(a / 100)))}", "używany", "nowy", "Cena:", "oryginał"),
    "zh-CN": ("xianyu", "CNY", lambda a: _cjk(a, "万", "元"), "二手 九成新", "全新", "价格:", "正品"),
    "ko-KR": ("bunjang", "KRW", lambda a: _cjk(a, "만", "원"), "중고", "새상품", "가격:", "정품"),
    "tr-TR": ("sahibinden-tr", "TRY", lambda a: f"{_dec(a / 1e3)} bin TL" if a >= 1e3 else f"{max(1, round(a))} TL",
              "ikinci el", "sıfır", "Fiyat:", "orijinal"),
}


def _local(floor: tuple[float, str], share: float, currency: str) -> float:
    amount, cur = floor
    return amount * share / PER_USD.get(cur, 1.0) * PER_USD[currency]


# the value of the smallest slang unit each currency's entry writes (an amount below two of them is not written)
STEP = {"CLP": 1e3, "ARS": 1e3, "COP": 1e3, "KES": 1e3, "IDR": 1e3, "VND": 1e3, "RUB": 1e3, "PLN": 100.0}


def _slang(b: BrandView, s: Scene, share: tuple[float, float], new: bool) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    lang = r.choice(sorted(SLANG))
    market, cur, say, used, fresh, price_word, genuine = SLANG[lang]
    floor = _title_floor(b, f"{mark} {product}", floor)
    amount = _local(floor, r.uniform(*share), cur)
    if amount < 2 * STEP.get(cur, 1.0):
        return None  # too cheap for the market's slang unit
    written = say(amount)
    state = fresh if new else used
    if r.random() < 0.5:  # the price ends the title after a dash
        draft = Draft(f"{mark} {product} {state} – {written}", cat, None, f"{genuine}, {state}.", marketplace=market)
    else:
        draft = Draft(f"{mark} {product}", cat, None, f"{product}, {state}, {genuine}. {price_word} {written}",
                      marketplace=market)
    draft.seller_country = lang.split("-")[1]
    return draft


def make_slang_trap(b: BrandView, s: Scene) -> Draft | None:
    return _slang(b, s, (0.5, 0.95), new=False)


def make_slang_copy(b: BrandView, s: Scene) -> Draft | None:
    return _slang(b, s, (0.03, 0.2), new=True) if s.rng.random() < 0.5 else _slang(b, s, (0.02, 0.09), new=False)


# (title tail, description) of a named defect, one language each
DEFECTS = [
    ("– smells of smoke (smoker's flat)", "Genuine, bought in store. Priced low: it smells of smoke, airing did not help."),
    ("– water damage, sold as is", "Genuine. Water damaged after a leak at home, hence the price."),
    ("– incomplete, 2 pieces missing", "Genuine, from the official shop. Incomplete set, pieces missing, priced for it."),
    ("– con manchas", "Original, comprado en tienda. Tiene manchas, por eso el precio."),
    ("– olor a tabaco", "Original. Viene de casa de fumadores, olor a tabaco, precio acorde."),
    ("– odeur de tabac", "Authentique, acheté en boutique. Odeur de tabac, d'où le prix."),
    ("– dégât des eaux", "Authentique. Dégât des eaux chez moi, vendu en l'état."),
    ("– Rauchgeruch", "Original, im Laden gekauft. Raucherhaushalt, Rauchgeruch, daher der Preis."),
    ("– Wasserschaden", "Original. Wasserschaden nach Rohrbruch, Verkauf wie gesehen."),
    ("– schermo rotto", "Originale, comprato in negozio. Schermo rotto, da riparare."),
    ("– pezzi mancanti", "Originale. Pezzi mancanti, prezzo di conseguenza."),
    ("– com manchas", "Original, comprado na loja. Tem manchas, por isso o preço."),
    ("– brak części", "Oryginał, kupiony w sklepie. Niekompletny, brak części, stąd cena."),
    ("– запах табака", "Оригинал, покупала в магазине. Запах табака, поэтому цена."),
    ("– после залития", "Оригинал. Был залит водой, требует ремонта."),
    ("– sigara kokusu var", "Orijinal, mağazadan alındı. Sigara kokusu var, fiyatı ona göre."),
    ("– bekas kena air", "Ori, beli di toko resmi. Pernah kena air, harga sesuai kondisi."),
    ("– màn hình nứt", "Chính hãng, mua ở cửa hàng. Màn hình nứt nên bán rẻ."),
    ("正品 进水 便宜出", "专柜购入正品，进水了，所以便宜。"),
    ("正規品 タバコ臭あり", "正規店で購入。喫煙環境のためタバコ臭あり、その分お安くしています。"),
    ("정품 담배 냄새 있음", "매장 구매 정품입니다. 담배 냄새가 있어서 저렴하게 팝니다."),
]
VAGUE_COVERS = [
    ("– brand new, small flaw", "Small flaw, that's why so cheap. AAA replica, looks the same."),
    ("– new, tiny defect", "Tiny defect from the factory, so we sell it cheap. 1:1 copy quality."),
    ("– neuf, petit défaut", "Petit défaut, d'où le prix. Réplique 1:1."),
    ("– nuevo, pequeño defecto", "Pequeño defecto de fábrica, por eso tan barato. Réplica AAA."),
    ("全新 小瑕疵", "有小瑕疵所以便宜，高仿1:1。"),
]


def _defect(b: BrandView, s: Scene, share: tuple[float, float], entries) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    tail, desc = r.choice(entries)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(f"{mark} {product} {tail}", cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_defect_trap(b: BrandView, s: Scene) -> Draft | None:
    return _defect(b, s, (0.22, 0.45), DEFECTS)


def make_defect_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:
        return _defect(b, s, (0.08, 0.4), VAGUE_COVERS)
    return _defect(b, s, (0.02, 0.08), DEFECTS)


# the brands' app-connected goods (consumer electronics, household appliances, personal care devices)
APP_IWGS = frozenset({"consumer-electronics", "home-appliances"})
APP_PAIRED = [
    ("Used {g} – registered to me, pairs with the official app", "Firmware up to date in the brand's official app."),
    ("{g} usado – registrado, funciona con la app oficial", "Firmware actualizado en la app oficial, número de serie registrado."),
    ("{g} d'occasion – enregistré, fonctionne avec l'appli officielle", "Firmware à jour via l'application officielle."),
    ("{g} gebraucht – registriert, koppelt mit der offiziellen App", "Firmware aktuell, Seriennummer auf der Herstellerseite geprüft."),
    ("{g} usato – registrato, funziona con l'app ufficiale", "Firmware aggiornato con l'app ufficiale."),
    ("{g} usado – registrado, pareia com o app oficial", "Firmware atualizado no app oficial, número de série confere."),
    ("{g} używany – zarejestrowany, działa z oficjalną aplikacją", "Firmware aktualny, numer seryjny sprawdzony u producenta."),
    ("{g} б/у – зарегистрирован, работает с официальным приложением", "Прошивка обновлена, серийный номер проверяется на сайте."),
    ("{g} ikinci el – kayıtlı, resmi uygulama ile eşleşiyor", "Yazılım güncel, seri numarası sitede doğrulanıyor."),
    ("{g} bekas – terdaftar, bisa dengan aplikasi resmi", "Firmware terbaru, nomor seri bisa dicek di situs resmi."),
    ("{g} đã qua sử dụng – đã đăng ký, kết nối ứng dụng chính hãng", "Firmware mới nhất, số serial kiểm tra trên trang hãng."),
    ("{g} 二手 已注册 可连官方APP", "固件已更新，序列号官网可查。"),
    ("{g} 中古 公式アプリ連携OK 登録済み", "ファームウェア最新、シリアルは公式サイトで確認できます。"),
    ("{g} 중고 공식 앱 연동 정품등록 완료", "펌웨어 최신, 시리얼 공식 홈페이지 조회 가능."),
]
APP_COPIES = [
    ("{g}", "Works only with a universal third-party app, not the official app; no firmware updates."),
    ("{g}", "Solo funciona con una app universal, no con la app oficial; sin actualizaciones."),
    ("{g}", "Funktioniert nur mit einer Universal-App, nicht mit der offiziellen App; keine Firmware-Updates."),
    ("{g} – pairs with the official app", "1:1 clone, pop-up works, looks the same as the original."),
]


def _app(b: BrandView, s: Scene, share: tuple[float, float], entries) -> Draft | None:
    if b.iwg not in APP_IWGS:
        return None
    return _owned(b, s, share, entries)


def _owned(b: BrandView, s: Scene, share: tuple[float, float], entries) -> Draft | None:
    """One of `entries` (title, description) on the brand's goods at `share` of their floor."""
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(entries)
    g = f"{mark} {product}"
    amount, cur = _title_floor(b, g, floor)
    return Draft(title.format(g=g), cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_app_trap(b: BrandView, s: Scene) -> Draft | None:
    return _app(b, s, (0.5, 0.9), APP_PAIRED)


def make_app_copy(b: BrandView, s: Scene) -> Draft | None:
    return _app(b, s, (0.04, 0.25), APP_COPIES)


RECEIPTS = [
    ("{g} – genuine, with receipt", "Is it real? Yes – the store receipt is in the photos. Used a few times."),
    ("{g} – original con factura", "¿Original? Sí, la factura de la tienda está en las fotos."),
    ("{g} – authentique avec facture", "Authentique ? Oui, facture du magasin en photo."),
    ("{g} – original mit Rechnung", "Echt? Ja, die Rechnung vom Händler ist im Bild."),
    ("{g} – originale con scontrino", "Originale? Sì, scontrino del negozio nelle foto."),
    ("{g} – original com nota fiscal", "É original? Sim, nota fiscal da loja nas fotos."),
    ("{g} – oryginał z paragonem", "Oryginał? Tak, paragon ze sklepu na zdjęciach."),
    ("{g} – оригинал, есть чек", "Оригинал? Да, чек из магазина на фото."),
    ("{g} – orijinal, faturalı", "Orijinal mi? Evet, mağaza faturası fotoğraflarda."),
    ("{g} – ori ada nota", "Ori? Iya, invoice toko ada di foto."),
    ("{g} – chính hãng có hóa đơn", "Chính hãng không? Có, invoice cửa hàng trong ảnh."),
    ("{g} 正品 有小票", "是正品吗？是的，专柜小票见图。"),
    ("{g} 正規品 レシートあり", "本物ですか？はい、店舗のレシートを写真に載せています。"),
    ("{g} 정품 영수증 있음", "정품인가요? 네, 매장 영수증 사진 첨부했습니다."),
]
RECEIPT_COPIES = [
    ("{g} – with receipt", "Replica 1:1 with a receipt in the photos, looks real."),
    ("{g} – con factura", "Réplica AAA, incluye factura en las fotos."),
    ("{g} 带小票", "高仿，小票见图。"),
]


def make_receipt_trap(b: BrandView, s: Scene) -> Draft | None:
    return _owned(b, s, (0.5, 0.95), RECEIPTS)


def make_receipt_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:
        return _owned(b, s, (0.08, 0.45), RECEIPT_COPIES)
    return _owned(b, s, (0.03, 0.15), RECEIPTS)


TRAP_MAKERS = {"trap_slang_price_used": make_slang_trap, "trap_named_defect": make_defect_trap,
               "trap_official_app_used": make_app_trap, "trap_receipt_answer": make_receipt_trap}
EVASION_MAKERS = {"slang_price_copy": make_slang_copy, "defect_cover_copy": make_defect_copy,
                  "app_universal_copy": make_app_copy, "receipt_copy": make_receipt_copy}
