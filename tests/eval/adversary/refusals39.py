"""The adversary's classes of a maker's refusal of brands' marks (refusal39, issue 9), and the copies that hedge it.

- A white-label / private-label / OEM factory or a print shop (DTF transfers, heat press, sublimation, embroidery) that
  puts the BUYER's own logo on its goods and says it refuses the brand's marks, the brand named as the refused thing
  ("we do not print {m} or any other brand's logo", "orders with {m} logos are refused", "no imprimimos logos de {m}",
  "{m} veya diğer marka logolarını basmıyoruz", "不接{m}等品牌logo订单", "ไม่รับสกรีนโลโก้ {m}"), with its other policy
  words ("your own brand only", "trademark certificate required"), at a maker's unit price: quiet (trap
  `trap_refused_marks`, 14 languages).
- The same refusal beside the goods named as a style only ("{m}-style silhouette, your logo"): quiet too
  (`trap_refused_marks_style`).
- Copies that borrow the refusal but hedge it (evasion `refusal_hedged`): the refusal limited to what is shown ("we don't
  print {m} logos publicly, DM for the full catalogue", "no {m} logo on the photos, logo sent separately", "not shown
  here because of the platform's rules, ask in chat", "{m}-Logo nicht auf den Fotos, wird separat verschickt", "图片不放
  {m}logo，私聊"), at a copy's price in the brand's category: must alert.
- Copies that borrow the refusal and offer the marks anyway (evasion `refusal_with_offer`): "we do not print other
  brands – the original {m} logo or your own, your choice", "any brand logo available", at a copy's price: must alert.

Written from general knowledge of how white-label factories (Alibaba, 1688, IndiaMART), print-on-demand and DTF shops
(Etsy, Shopee, Tokopedia, Trendyol, Avito, Taobao) word their trademark policy and how copy sellers hedge it; found as
classes from outsider36's in_private_label_generic36 and in_logo_transfer_own36 after that set was scored; none of
their titles or sentences is a template here.
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark

# (language, title) of the maker's own listing: {p} the goods (English generic noun)
MAKERS = [
    ("en", "OEM {p} factory – printed with your brand"), ("en", "Private label {p}, your branding, low MOQ"),
    ("en", "Custom heat-press transfers for {p} – your artwork"), ("en", "Blank {p} + your embroidery, 100 pcs"),
    ("en", "Sublimation printing on {p}, your own design"),
    ("es", "Fabricante OEM de {p} – con tu marca"), ("es", "Estampado DTF para {p}, tu propio diseño"),
    ("pt", "Fábrica white label de {p} – sua marca"), ("pt", "Estampa DTF para {p}, sua arte"),
    ("fr", "Fabricant marque blanche {p} – votre logo"), ("fr", "Transferts DTF pour {p}, votre visuel"),
    ("de", "Eigenmarke {p} – Ihr Logo, ab 100 Stück"), ("de", "DTF-Transfers für {p}, Ihr Motiv"),
    ("it", "Produttore private label {p} – il tuo marchio"), ("it", "Stampa DTF su {p}, il tuo disegno"),
    ("tr", "Fason {p} üretimi – kendi markanız"), ("tr", "{p} DTF baskı, kendi tasarımınız"),
    ("ru", "Под ваш бренд: производство {p}"), ("ru", "DTF-печать для {p}, ваш макет"),
    ("zh", "{p} OEM代工 贴您自己的品牌"), ("zh", "{p} DTF烫画定制 来图印刷"),
    ("id", "Pabrik {p} maklon – merek Anda sendiri"), ("id", "Sablon DTF {p}, desain sendiri"),
    ("vi", "Xưởng gia công {p} – thương hiệu của bạn"), ("vi", "In DTF lên {p}, thiết kế riêng"),
    ("th", "โรงงาน OEM {p} แบรนด์ของคุณ"), ("th", "รับสกรีน DTF {p} ลายของคุณ"),
    ("ar", "مصنع {p} بعلامتك الخاصة"), ("ar", "طباعة DTF على {p} بتصميمك"),
]
# the refusal naming the brand, by language: {m} the mark
REFUSALS = {
    "en": ["We do not print {m} or any other brand's logo.", "We never reproduce {m}, or other famous brands' marks.",
           "Orders with {m} logos or other trademarks will be refused.", "We refuse designs featuring {m} or any third-party trademark.",
           "Sorry, we don't accept artwork with {m} or other brand logos.", "We cannot embroider {m} or any registered trademark.",
           "{m} and other brand logos are strictly prohibited."],
    "es": ["No imprimimos el logo de {m} ni de otras marcas.", "No aceptamos pedidos con logos de {m} u otras marcas registradas.",
           "No trabajamos con {m} ni con marcas ajenas."],
    "pt": ["Não estampamos {m} nem outras marcas famosas.", "Não aceitamos pedidos com logo da {m} ou de outras marcas.",
           "Recusamos encomendas com {m} ou marcas de terceiros."],
    "fr": ["Nous n'imprimons pas de logos {m} ni d'autres marques déposées.", "Nous refusons les commandes avec {m} ou toute autre marque.",
           "Nous ne reproduisons pas {m} ni aucune marque célèbre."],
    "de": ["Wir drucken keine {m}-Logos oder andere Markenlogos.", "Wir verwenden keine fremden Marken wie {m}.",
           "Aufträge mit {m} oder anderen geschützten Marken werden abgelehnt."],
    "it": ["Non stampiamo loghi {m} o di altri marchi registrati.", "Non accettiamo ordini con {m} o marchi di terzi.",
           "Rifiutiamo ordini con {m} o altri marchi famosi."],
    "tr": ["{m} veya diğer marka logolarını basmıyoruz.", "{m} ve başka tescilli markalar kabul edilmez.",
           "{m} logosu içeren siparişleri kabul etmiyoruz."],
    "ru": ["Не печатаем логотипы {m} и других брендов.", "Не принимаем заказы с {m} или чужими товарными знаками.",
           "Не наносим {m} и другие известные бренды."],
    "zh": ["不接{m}等品牌logo订单。", "不印{m}、其他大牌logo。", "{m}等知名品牌logo一律不接。"],
    "id": ["Tidak menerima cetak logo {m} atau merek terkenal lainnya.", "Tidak melayani sablon {m} atau merek lain.",
           "Dilarang memakai logo {m} atau brand lain."],
    "vi": ["Không nhận in logo {m} hoặc thương hiệu nổi tiếng khác.", "Không nhận đơn có logo {m} hoặc thương hiệu khác."],
    "th": ["ไม่รับสกรีนโลโก้ {m} หรือแบรนด์ดังอื่นๆ", "ไม่รับทำโลโก้ {m} และแบรนด์อื่น"],
    "ar": ["لا نطبع شعار {m} أو أي علامات تجارية أخرى.", "لا نقبل طلبات بشعار {m} أو علامات أخرى."],
}
# the maker's other policy words (no brand named), by language
POLICY = {
    "en": ["Your own logo only.", "Trademark certificate required for logo orders.", "Send us your brand registration first.",
           "We only print what you own the rights to.", ""],
    "es": ["Solo tu propio logo.", "Necesitamos tu certificado de registro de marca.", ""],
    "pt": ["Somente a sua marca.", "Precisamos do registro da sua marca no INPI.", ""],
    "fr": ["Uniquement votre propre logo.", "Certificat de dépôt de marque exigé.", ""],
    "de": ["Nur Ihr eigenes Logo.", "Markenurkunde erforderlich.", ""],
    "it": ["Solo il tuo logo.", "Serve il certificato di registrazione del marchio.", ""],
    "tr": ["Sadece kendi logonuz.", "Marka tescil belgesi gereklidir.", ""],
    "ru": ["Только ваш логотип.", "Нужно свидетельство на товарный знак.", ""],
    "zh": ["只印您自己的logo。", "需提供商标注册证。", ""],
    "id": ["Hanya logo Anda sendiri.", "Wajib sertifikat merek.", ""],
    "vi": ["Chỉ in logo của bạn.", "Cần giấy chứng nhận thương hiệu.", ""],
    "th": ["รับเฉพาะโลโก้ของลูกค้า", "ต้องมีเอกสารเครื่องหมายการค้า", ""],
    "ar": ["شعارك فقط.", "يجب تقديم شهادة العلامة التجارية.", ""],
}
# the style frames of a dupe's own goods (trap_refused_marks_style)
STYLES = ["{m}-style {p}", "{p} in {m} style", "{m}-inspired {p}"]
# a refusal hedged so that it offers the marks after all, by language: {m} the mark
HEDGED = {
    "en": ["We don't print {m} logos publicly – DM for the full catalogue.", "No {m} logo on the photos, logo sent separately.",
           "{m} logos are not shown here because of platform rules, ask in chat for the real photos.",
           "We do not show {m} logos in the listing; logos come separately after payment."],
    "es": ["No ponemos el logo de {m} en las fotos, se envía aparte.", "No mostramos {m} públicamente, pide el catálogo completo por privado."],
    "pt": ["Não mostramos o logo da {m} nas fotos, enviado separadamente.", "Não colocamos {m} publicamente, chama no privado."],
    "fr": ["Nous ne montrons pas le logo {m} sur les photos, envoyé séparément.", "Pas de logo {m} publiquement, catalogue complet en MP."],
    "de": ["Wir zeigen keine {m}-Logos auf den Fotos, Logo wird separat verschickt.", "Keine {m}-Logos öffentlich, kompletter Katalog per PN."],
    "it": ["Non mostriamo il logo {m} nelle foto, spedito separatamente.", "Niente logo {m} pubblicamente, catalogo completo in privato."],
    "tr": ["{m} logosu fotoğraflarda yok, ayrıca gönderilir.", "{m} logolarını burada basmıyoruz, tam katalog DM'den."],
    "ru": ["Не показываем логотип {m} на фото, отправляем отдельно.", "Логотипы {m} не публикуем, полный каталог в личку."],
    "zh": ["图片不放{m} logo，私聊。", "{m} logo图上不显示，单独发。"],
    "id": ["Tidak menampilkan logo {m} di foto, dikirim terpisah.", "Logo {m} tidak dipajang, katalog lengkap via DM."],
    "vi": ["Không để logo {m} trên ảnh, gửi riêng.", "Không in logo {m} công khai, inbox để xem đầy đủ."],
    "th": ["ไม่ลงโลโก้ {m} ในรูป ส่งแยก", "โลโก้ {m} ไม่โชว์ ทักแชท"],
    "ar": ["لا نعرض شعار {m} في الصور، يرسل بشكل منفصل.", "شعار {m} غير ظاهر، راسلنا للكتالوج الكامل."],
}
# a refusal beside an offer of the brand's marks
OFFERED = {
    "en": ["We do not print other brands – the original {m} logo or your own logo, your choice.",
           "No third-party artwork needed: any brand logo available, {m} included.",
           "We don't print random logos; {m} original logo or yours on request."],
    "es": ["No imprimimos otras marcas: logo original de {m} o el tuyo.", "Cualquier marca disponible, {m} incluido."],
    "pt": ["Não estampamos outras marcas: logo original {m} ou a sua.", "Qualquer marca disponível, {m} também."],
    "fr": ["Pas d'autres marques : logo d'origine {m} ou le vôtre.", "N'importe quelle marque, {m} compris."],
    "de": ["Keine fremden Motive: Originallogo {m} oder Ihr eigenes.", "Jede Marke möglich, auch {m}."],
    "it": ["Niente altri marchi: logo originale {m} o il tuo.", "Qualsiasi marchio disponibile, anche {m}."],
    "tr": ["Başka marka basmıyoruz: orijinal {m} logo veya sizinki.", "Her marka mevcut, {m} dahil."],
    "ru": ["Чужие бренды не печатаем: оригинальный логотип {m} или ваш.", "Любой бренд, {m} тоже."],
    "zh": ["不接杂牌，{m}原版logo或您的logo都可做。", "各大品牌logo可做，{m}也有。"],
    "id": ["Tidak cetak merek lain: logo asli {m} atau logo Anda.", "Logo asli {m} tersedia."],
    "vi": ["Không in thương hiệu khác: logo chính hãng {m} hoặc logo của bạn.", "Có logo chính hãng {m}."],
}
_PRINT_SHOP = re.compile(r"DTF|heat-press|Sublimation|embroidery|Stampa|Sablon|烫画|สกรีน|طباعة|печать", re.IGNORECASE)
_MAKER_GOODS = ["t-shirts", "hoodies", "sneakers", "running shoes", "caps", "tote bags", "earbuds", "power banks",
                "phone cases", "water bottles", "backpacks", "watches", "skincare", "serum"]


def _mark(b: BrandView, s: Scene) -> str | None:
    """A Latin mark registered as no everyday word, as written (the refusal names the brand plainly)."""
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and not m.value.isdigit() and len(m.value) >= 3])
    return m and m.value


def _maker(b: BrandView, s: Scene, style: bool) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    r = s.rng
    lang, title = r.choice(MAKERS)
    cat = s.category()
    goods = s.product(cat) if r.random() < 0.5 else r.choice(_MAKER_GOODS)
    if style:
        title = f"{r.choice(STYLES).format(m=mark, p=goods)} – {title.format(p=goods)}"
    else:
        title = title.format(p=goods)
    refusal = r.choice(REFUSALS[lang]).format(m=mark)
    policy = r.choice(POLICY[lang])
    desc = " ".join(x for x in r.sample([refusal, policy], 2) if x)
    amount, cur = s.price(cat, low=r.random() < 0.6)
    return Draft(_cap(title), cat if r.random() < 0.5 else None, (amount, cur), desc)


def make_refused_marks(b: BrandView, s: Scene) -> Draft | None:
    return _maker(b, s, style=False)


def make_refused_marks_style(b: BrandView, s: Scene) -> Draft | None:
    return _maker(b, s, style=True)


def _copy(b: BrandView, s: Scene, table: dict[str, list[str]]) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    r = s.rng
    lang = r.choice(list(table))
    makers = [t for lg, t in MAKERS if lg == lang and not _PRINT_SHOP.search(t)] or [
        t for lg, t in MAKERS if lg == "en" and not _PRINT_SHOP.search(t)]  # a goods maker: copies are goods
    cat = s.category(with_floor=True)
    title = r.choice(makers).format(p=s.product(cat))  # the brand's own kind of goods, at a copy's price
    desc = r.choice(table[lang]).format(m=mark)
    if r.random() < 0.5:
        desc = f"{desc} {r.choice([p for p in POLICY.get(lang, ['']) if p] or [''])}".strip()
    amount, cur = s.price(cat, low=r.random() < 0.5)
    return Draft(_cap(title), cat, (amount, cur), desc)


def make_refusal_hedged(b: BrandView, s: Scene) -> Draft | None:
    return _copy(b, s, HEDGED)


def make_refusal_with_offer(b: BrandView, s: Scene) -> Draft | None:
    return _copy(b, s, OFFERED)


# a maker's own goods named with the brand's registered logo name as a pattern, the brand denied by name and its logo
# refused ({l} the logo name, {n} the brand's name, {p} the goods), by language
OWN_PATTERN = {
    "en": ("House-brand {l} {p} – not {n}, no logo", "Our own label. This is not {n}; no logos or trademarks on it."),
    "es": ("{p} marca propia {l} – no es {n}, sin logo", "Marca propia. No es {n}, sin logotipos ni marcas."),
    "pt": ("{p} marca própria {l} – não é {n}, sem logo", "Marca própria. Não é {n}, sem logotipo."),
    "fr": ("{p} marque maison {l} – pas {n}, sans logo", "Notre propre marque. Ce n'est pas {n}, aucun logo."),
    "de": ("Eigenmarke {l} {p} – nicht {n}, ohne Logo", "Eigene Marke. Kein {n}, keine Logos."),
    "it": ("{p} marchio proprio {l} – non {n}, senza logo", "Marchio nostro. Non è {n}, nessun logo."),
    "tr": ("Kendi markamız {l} {p} – {n} değil, logosuz", "Kendi markamız, {n} değildir, logo yok."),
    "ru": ("Собственный бренд {l} {p} – не {n}, без логотипа", "Наш бренд. Это не {n}, без логотипов."),
}
# the same words, the brand's logo claimed after all (a wink, the logo sent apart)
OWN_PATTERN_COPY = ["Not {n} 😉 – full {n} logo inside.", "No {n} logo on the photos, logo sent separately.",
                    "Not {n} ;) original {n} logo or yours."]


_PATTERN_WORDS = frozenset({"monogram", "check", "canvas", "print", "pattern", "plaid", "tartan",
                            "quilted", "quilting", "weave", "jacquard"})


def _pattern_name(name: str) -> bool:
    """A logo name that is a pattern's generic words ("monogram canvas", "house check"), not the mark itself (no
    "logo", no initials in capitals: "MK logo", "GG canvas" are the brand's marks)."""
    words = name.split()
    return not _PATTERN_WORDS.isdisjoint(w.casefold() for w in words) and not any(
        w.casefold() in ("logo", "patch", "badge", "emblem") or w.isupper() for w in words)


def _own_pattern(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    logos = [m.value for m in b.declared("logo") if m.value.isascii() and " " in m.value and _pattern_name(m.value)]
    if not logos:
        return None
    r = s.rng
    lang = "en" if copy else r.choice(list(OWN_PATTERN))
    title, desc = OWN_PATTERN[lang]
    cat = s.category(with_floor=copy)
    fmt = dict(l=r.choice(logos), n=b.name, p=s.product(cat))
    title = title.format(**fmt)
    desc = r.choice(OWN_PATTERN_COPY).format(**fmt) if copy else desc.format(**fmt)
    return Draft(_cap(title), cat, s.price(cat, low=copy or r.random() < 0.5), desc)


def make_own_pattern(b: BrandView, s: Scene) -> Draft | None:
    return _own_pattern(b, s, copy=False)


def make_own_pattern_copy(b: BrandView, s: Scene) -> Draft | None:
    return _own_pattern(b, s, copy=True)


TRAPS = {
    "trap_refused_marks": "a white-label / OEM maker or a DTF, heat-press or embroidery shop that prints the buyer's own "
                          "logo and refuses the brand's, the brand named as the refused thing ('we do not print {m} or "
                          "any other brand's logo', 'no imprimimos logos de {m}', '{m} veya diğer marka logolarını "
                          "basmıyoruz', '不接{m}等品牌logo订单'), with its policy words (your own logo only, trademark "
                          "certificate required), 13 languages",
    "trap_refused_marks_style": "the same refusal beside the goods named as a style ('{m}-style sneakers', "
                                "'{m}-inspired hoodies') of the maker's own",
    "trap_own_pattern_denied": "a maker's own goods named with the brand's registered logo name as their pattern, the "
                               "brand denied by name and its logo refused ('not {n}, no logo', 'no es {n}, sin logo', "
                               "'{n} değil, logosuz'), 8 languages",
}
EVASIONS = {
    "refusal_hedged": "a refusal of the brand's logo hedged so that it offers it: not on the photos, not publicly, "
                      "because of the platform's rules; sent separately, DM for the full catalogue (13 languages), at a "
                      "copy's price in the brand's category",
    "refusal_with_offer": "a refusal of other brands beside an offer of the brand's own logo ('the original {m} logo or "
                          "your own', 'any brand logo available, {m} included'), at a copy's price",
    "own_pattern_claimed": "the own-pattern words with the brand's logo claimed after all ('not {n} 😉 – full logo "
                           "inside', 'no logo on the photos, sent separately'), far below the floor",
}
TRAP_MAKERS = {"trap_refused_marks": make_refused_marks, "trap_refused_marks_style": make_refused_marks_style,
               "trap_own_pattern_denied": make_own_pattern}
EVASION_MAKERS = {"refusal_hedged": make_refusal_hedged, "refusal_with_offer": make_refusal_with_offer,
                  "own_pattern_claimed": make_own_pattern_copy}
