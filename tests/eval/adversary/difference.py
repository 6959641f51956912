"""The adversary's pay-the-difference classes: a 'pay the difference' link (补差价专用链接, 差額支払い専用リンク, 차액 결제
링크, ลิงก์ชำระส่วนต่าง, link para pagar la diferencia ...) whose title names the brand's goods agreed in a chat, at a
token price (the buyer pays as many units as the agreed sum: "差多少拍多少", "buy qty = amount"), which must alert; and
the honest difference links for postage, an express upgrade, a remote area's surcharge or a custom size, which name
no brand's goods and must stay quiet.

Written from general knowledge of how Taobao, Xianyu, Pinduoduo, Shopee, Mercari and Coupang sellers title their
difference links (补差价 / 补邮费 / 差价链接 / 专拍, "pay the difference", "extra payment link"), in Chinese (Simplified
and Traditional), Japanese, Korean, Thai, Vietnamese, Indonesian, English, Spanish, Portuguese, French, German and
Russian; nothing of the matcher and no held-out listing was read. A brand's official flagship that posts such a link
for its own genuine goods sells as a registered authorized seller, judged by the seller (the registry), not here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "fake_difference_link": "a 'pay the difference' link naming the brand's goods (mark, Chinese name or model) agreed "
                            "in chat, at a token price, in 12 languages",
}
TRAPS = {
    "trap_difference_link_postage": "honest 'pay the difference' links for postage, express upgrades, remote areas or "
                                    "custom sizes, no brand's goods, at a token price, in 12 languages",
}

# (language, frame with {g} the goods); each is a difference link as its market titles one
FRAMES = [
    ("zh", "补差价专用链接 {g} 差多少拍多少"), ("zh", "补差价链接 {g} 聊好再拍"), ("zh", "差价专用 {g} 私聊确认款式"),
    ("zh", "{g} 补差价专拍 拍前联系客服"), ("zh", "补差价 {g} 专用链接 按差价拍数量"), ("zh", "補差價專用連結 {g} 差多少拍多少"),
    ("ja", "差額支払い専用リンク {g} チャットで合意済み"), ("ja", "{g} 差額専用ページ ご相談済みの方のみ"),
    ("ko", "차액 결제 전용 링크 {g} 채팅 합의"), ("ko", "{g} 차액결제 링크 - 상담 후 구매"),
    ("th", "ลิงก์ชำระส่วนต่าง {g} ตามที่คุยในแชท"), ("vi", "Link bù tiền chênh lệch – {g} (đã thỏa thuận qua chat)"),
    ("id", "Link bayar selisih – {g} sesuai chat"), ("en", "Pay the difference link – {g} (as agreed in chat)"),
    ("en", "Extra payment link – {g}, buy qty = amount"), ("es", "Link para pagar la diferencia – {g} (acordado por chat)"),
    ("pt", "Link para pagar a diferença – {g} (combinado no chat)"), ("fr", "Lien pour payer la différence – {g} (convenu par message)"),
    ("de", "Differenzbetrag Link – {g} (wie im Chat vereinbart)"), ("ru", "Ссылка для доплаты – {g} (по договорённости в чате)"),
]
CURRENCY = {"zh": "CNY", "ja": "JPY", "ko": "KRW", "th": "THB", "vi": "VND", "id": "IDR", "en": "USD", "es": "USD",
            "pt": "BRL", "fr": "EUR", "de": "EUR", "ru": "RUB"}
TOKEN = {"CNY": [1.0, 0.1, 0.01], "JPY": [1.0, 10.0, 100.0], "KRW": [1.0, 100.0, 1000.0], "THB": [1.0, 10.0],
         "VND": [1000.0, 10000.0], "IDR": [1000.0, 10000.0], "USD": [1.0, 0.5], "BRL": [1.0], "EUR": [1.0, 0.5],
         "RUB": [1.0, 10.0]}
DESCRIPTIONS = {"zh": ["私聊确认款式，拍前联系客服", "顶级版本，聊好再拍", "差多少拍多少，拍下改价", ""],
                "ja": ["チャットで確認した方のみ購入してください", ""], "ko": ["상담한 분만 구매해 주세요", ""],
                "other": ["Only for customers who agreed the order in chat.", "buy qty = amount", ""]}


def _goods(b: BrandView, s: Scene, lang: str, category: str) -> str | None:
    """The brand's goods as the chat agreed them: its Chinese name (zh), else a mark that is no everyday word, with a
    model number or the product's words."""
    r = s.rng
    marks = [m.value for m in b.marks if not m.everyday and len(m.value) >= 2]
    cjk = [m.value for m in b.cjk if not m.everyday]
    if lang == "zh" and cjk and r.random() < 0.7:
        name = r.choice(cjk)
    elif marks:
        name = r.choice([m for m in marks if not any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in m)]
                        or marks)
    else:
        return None
    models = [m.value for m in b.models]
    if models and r.random() < 0.5:
        return f"{name} {r.choice(models)}"
    return f"{name} {s.product_zh(category) if lang == 'zh' else s.product(category)}"


def make_fake_difference_link(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    lang, frame = r.choice(FRAMES)
    category = s.category(with_floor=True)
    goods = _goods(b, s, lang, category)
    if goods is None:
        return None
    cur = CURRENCY[lang]
    desc = r.choice(DESCRIPTIONS.get(lang, DESCRIPTIONS["other"]))
    return Draft(_cap(frame.format(g=goods)), r.choice([category, category, None]), (r.choice(TOKEN[cur]), cur), desc)


# what an honest difference link pays for (language, title): postage, express, remote areas, custom sizes, services
HONEST = [
    ("zh", "补邮费差价专用链接 偏远地区"), ("zh", "补差价 加急顺丰 专用"), ("zh", "补运费专用链接 不单独发货"),
    ("zh", "定制尺寸补差价链接 窗帘加长"), ("zh", "补差价专拍 包装升级礼盒"), ("zh", "補運費專用連結 離島地區"),
    ("ja", "送料差額支払い専用ページ 離島・沖縄"), ("ja", "速達アップグレード 差額専用リンク"), ("ko", "도서산간 추가 배송비 차액 결제 링크"),
    ("ko", "빠른배송 차액 결제 전용"), ("th", "ลิงก์ชำระค่าส่งส่วนต่าง ส่งด่วน"), ("vi", "Link bù phí ship chênh lệch – vùng xa"),
    ("id", "Link bayar selisih ongkir – pulau terluar"), ("en", "Pay the difference – express shipping upgrade"),
    ("en", "Custom size surcharge link – tailoring"), ("en", "Extra postage payment link – remote area"),
    ("en", "Pay the difference for gift wrapping"), ("es", "Link para pagar la diferencia de envío express"),
    ("pt", "Link para pagar diferença de frete – entrega expressa"), ("fr", "Lien pour payer la différence de port – Colissimo suivi"),
    ("de", "Differenzbetrag Versand – Expressversand Aufpreis"), ("ru", "Ссылка для доплаты за доставку – экспресс"),
]


def make_difference_link_postage(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    lang, title = r.choice(HONEST)
    cur = CURRENCY[lang]
    return Draft(title, r.choice(["services", "Shipping", None]), (r.choice(TOKEN[cur]), cur),
                 r.choice(["Only for postage or service difference.", "仅补运费，不发货", ""]))


EVASION_MAKERS = {"fake_difference_link": make_fake_difference_link}
TRAP_MAKERS = {"trap_difference_link_postage": make_difference_link_postage}
