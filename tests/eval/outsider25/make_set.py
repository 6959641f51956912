#!/usr/bin/env python3
"""outsider25's held-out set for BrandSentry: python3 make_set.py --seed 25 --out set.jsonl --classes classes.md
Stdlib only, seeded, deterministic. One function per class; data in data.py."""
import argparse
import json
import random

from data import AUTH, BY_BRAND, CUES, MARKETS, P

MK = {m[1]: m for m in MARKETS}
MK.update({"amazon-de": ("de-DE", "amazon-de", "EUR", "DE", 0.92), "tmall": ("zh-CN", "tmall", "CNY", "CN", 7.2)})
CLASSES = []  # (name, star, kind, tactic, fn)


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def prod(brand, i=0):
    ps = BY_BRAND[brand]
    return ps[i % len(ps)]


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def copy_usd(rng, usd, low=False):
    if usd >= 2000:
        f = rng.uniform(0.03, 0.08)
    elif usd >= 300:
        f = rng.uniform(0.06, 0.20)
    elif usd >= 30:
        f = rng.uniform(0.15, 0.35)
    else:
        f = rng.uniform(0.25, 0.45)
    return usd * f * (0.6 if low else 1)


# ---------------------------------------------------------------- helpers for encodings
RUNES = dict(a="ᚨ", b="ᛒ", c="ᚲ", d="ᛞ", e="ᛖ", f="ᚠ", g="ᚷ", h="ᚺ", i="ᛁ", j="ᛃ", k="ᚲ", l="ᛚ", m="ᛗ", n="ᚾ", o="ᛟ",
             p="ᛈ", r="ᚱ", s="ᛊ", t="ᛏ", u="ᚢ", w="ᚹ", x="ᚲᛊ", y="ᛃ", z="ᛉ")
OGHAM = dict(a="ᚐ", b="ᚁ", c="ᚉ", d="ᚇ", e="ᚓ", f="ᚃ", g="ᚌ", h="ᚆ", i="ᚔ", l="ᚂ", m="ᚋ", n="ᚅ", o="ᚑ", q="ᚊ", r="ᚏ",
             s="ᚄ", t="ᚈ", u="ᚒ", z="ᚎ")
GOTHIC = dict(a="𐌰", b="𐌱", g="𐌲", d="𐌳", e="𐌴", q="𐌵", z="𐌶", h="𐌷", i="𐌹", k="𐌺", l="𐌻", m="𐌼", n="𐌽", j="𐌾",
              u="𐌿", p="𐍀", r="𐍂", s="𐍃", t="𐍄", w="𐍅", f="𐍆", x="𐍇", o="𐍉")
GLAG = dict(a="Ⰰ", b="Ⰱ", v="Ⰲ", g="Ⰳ", d="Ⰴ", e="Ⰵ", z="Ⰸ", i="Ⰹ", k="Ⰽ", l="Ⰾ", m="Ⰿ", n="Ⱀ", o="Ⱁ", p="Ⱂ", r="Ⱃ",
            s="Ⱄ", t="Ⱅ", u="Ⱆ", f="Ⱇ", h="Ⱈ")
TIFI = dict(a="ⴰ", b="ⴱ", d="ⴷ", e="ⴻ", f="ⴼ", g="ⴳ", h="ⵀ", i="ⵉ", j="ⵊ", k="ⴽ", l="ⵍ", m="ⵎ", n="ⵏ", o="ⵓ", r="ⵔ",
            s="ⵙ", t="ⵜ", u="ⵓ", w="ⵡ", x="ⵅ", y="ⵢ", z="ⵣ")


def tr(word, table):
    return "".join(table.get(c, c) for c in word.lower())


SCRABBLE = dict(a=1, b=3, c=3, d=2, e=1, f=4, g=2, h=4, i=1, j=8, k=5, l=1, m=3, n=1, o=1, p=3, q=10, r=1, s=1, t=1, u=1,
                v=4, w=4, x=8, y=4, z=10)
SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def scrabble(word):
    return " ".join(c.upper() + str(SCRABBLE[c]).translate(SUB) for c in word.lower())


def polybius(word):
    sq = "abcdefghiklmnopqrstuvwxyz"
    out = []
    for c in word.lower().replace("j", "i"):
        k = sq.index(c)
        out.append(f"{k // 5 + 1}{k % 5 + 1}")
    return " ".join(out)


GREEK = dict(a="Alpha", b="Beta", c="Chi", d="Delta", e="Epsilon", g="Gamma", i="Iota", k="Kappa", l="Lambda", m="Mu",
             n="Nu", o="Omicron", p="Pi", r="Rho", s="Sigma", t="Tau", u="Upsilon", x="Xi", z="Zeta")


def greek(word):
    return "-".join(GREEK[c] for c in word.lower())


def wordle(word):
    return "".join("🟩" + c.upper() for c in word)


# ---------------------------------------------------------------- counterfeit classes
def simple(rows, rng, cue_pool=None, low=False, price=True):
    """rows: (brand, product index, title, desc[, market]) -> dicts"""
    out = []
    for r in rows:
        b, i, t, d = r[:4]
        p = prod(b, i)
        out.append(dict(brand=b, title=t, desc=d, usd=copy_usd(rng, p[4], low) if price else None, cat=p[5],
                        mk=r[4] if len(r) > 4 else None))
    return out


def g(b, i=0):
    return prod(b, i)[1]


@cls("c_usb_bt_ids25", "*", "counterfeit", "clone electronics named only by the USB vendor id, PCI vendor id or Bluetooth SIG company id they spoof (USB 05AC, BLE 0x004C, 144D, 054C:0CE6, 057E:2006, 045E, 0x009E), copy cue")
def c_usb(rng):
    R = [("apple", 1, "TWS earbuds with ANC, USB-C case – BLE company ID 0x004C, iOS popup window works – high copy", "Clone chip, shows battery popup, rename and GPS ok. Not original."),
         ("apple", 3, "20W USB-C PD charger – enumerates as USB VID 05AC, phone says fast charging – copy", "1:1 copy of the original brick, VID 05AC chip. Bulk 10 pcs cheaper."),
         ("apple", 0, "smartphone 256GB titanium – Device Manager shows VID_05AC, iTunes detects it – top clone", "Android inside but USB id 05AC, serial sticker. Replica, no warranty."),
         ("samsung", 1, "wireless earbuds ANC – BLE company 0x0075, Galaxy popup shows – AAA copy", "Pops up like the original on phones with company id 0x0075. Copy version."),
         ("samsung", 2, "NVMe SSD 2TB PCIe 4.0 – PCI vendor 144D, controller reports 2TB – OEM copy", "Shows vendor 144D in lspci. Replica label. Cheap."),
         ("sony", 1, "wireless controller for home console, haptic – USB VID 054C PID 0CE6, works on console – copy", "Same ids as the original pad 054C:0CE6. Replica."),
         ("sony", 0, "noise-cancelling over-ear headphones – USB 054C in PC mode, app pairs – high copy", "Clone, not original, app sees vendor 054C."),
         ("nintendo", 1, "pair of detachable controllers – VID 057E PID 2006/2007, pairs with console – replica", "L/R report 057E:2006 and 057E:2007, HD rumble. Copy."),
         ("nintendo", 0, "pro-style wireless controller – VID 057E PID 2009, wakes the console – copy", "Reports 057E:2009 like the first-party pad. Not original."),
         ("microsoft", 1, "wireless controller for console, carbon black – USB VID 045E PID 0B12 – 1:1 copy", "Recognised as 045E:0B12, pairs with the console. Replica."),
         ("microsoft", 1, "controller for console and PC – XInput 045E, looks like the first-party pad – AAA copy", "Vendor id 045E chip, same shell. Copy."),
         ("bose", 0, "noise-cancelling headphones – BT company ID 0x009E, the app finds it – replica", "App detects company 0x009E, firmware update disabled. Copy."),
         ("bose", 1, "portable Bluetooth speaker – company ID 0x009E, stereo pairs with original – clone", "Clone speaker 0x009E, not original.")]
    return simple(R, rng)


@cls("c_number_forms25", "*", "counterfeit", "the mark written with Unicode Roman-numeral letters (Ⅽ Ⅼ Ⅹ Ⅰ Ⅴ Ⅾ Ⅿ, U+2160-217F) in place of Latin C L X I V D M, copy cue")
def c_numforms(rng):
    R = [("rolex", 0, "ROⅬEⅩ Submariner-style 41mm black ceramic – super clone", "ROⅬEⅩ dive watch, 1:1."),
         ("coach", 0, "ⅭOAⅭH Tabby shoulder bag 26 – mirror copy", "ⅭOAⅭH leather, replica."),
         ("canon", 0, "ⅭANON full-frame mirrorless body – copy, not original", "ⅭANON copy body."),
         ("michael-kors", 0, "ⅯIⅭHAEⅬ KORS saffiano travel tote – AAA", "ⅯIⅭHAEⅬ KORS copy."),
         ("dyson", 0, "ⅮYSON hair dryer fuchsia – 1:1 copy", "ⅮYSON replica dryer."),
         ("louis-vuitton", 0, "ⅬOUIS ⅤUITTON monogram tote MM – rep", "ⅬOUIS ⅤUITTON 1:1."),
         ("levis", 0, "ⅬEⅤⅠ'S straight button-fly jeans – copy", "ⅬEⅤⅠ'S 501 style replica."),
         ("callaway", 0, "ⅭAⅬⅬAWAY driver 10.5 carbon crown – replica head", "ⅭAⅬⅬAWAY copy."),
         ("microsoft", 1, "ⅩBOX Series console 1TB – high copy", "ⅩBOX copy console."),
         ("cartier", 0, "ⅭARTIER screw bangle with screwdriver – 18k plated copy", "ⅭARTIER style copy."),
         ("lego", 0, "ⅬEGO starship set 75192 – compatible copy, same box", "ⅬEGO copy set."),
         ("gillette", 0, "GIⅬⅬETTE 5-blade cartridges 8 pack – replica", "GIⅬⅬETTE copy blades."),
         ("coca-cola", 0, "ⅭOⅭA-ⅭOⅬA 24 cans – local copy, cheap", "ⅭOⅭA-ⅭOⅬA copy.")]
    return simple(R, rng)


@cls("c_old_scripts25", "*", "counterfeit", "the mark transliterated into historic or revived alphabets: Elder Futhark runes, Ogham, Gothic, Glagolitic, Tifinagh, copy cue")
def c_oldscripts(rng):
    spec = [("rolex", 0, "rolex", RUNES, "runes"), ("nike", 0, "nike", RUNES, "runes"), ("gucci", 0, "gucci", RUNES, "runes"),
            ("lego", 0, "lego", RUNES, "runes"), ("omega", 1, "omega", OGHAM, "Ogham"), ("canon", 0, "canon", OGHAM, "Ogham"),
            ("bose", 0, "bose", OGHAM, "Ogham"), ("adidas", 1, "adidas", GOTHIC, "Gothic"), ("puma", 0, "puma", GOTHIC, "Gothic"),
            ("samsung", 0, "samsung", GOTHIC, "Gothic"), ("pandora", 0, "pandora", GLAG, "Glagolitic"),
            ("sony", 0, "sony", TIFI, "Tifinagh"), ("dyson", 0, "dyson", TIFI, "Tifinagh")]
    R = []
    for b, i, w, tb, nm in spec:
        enc = tr(w, tb)
        if nm == "Ogham":
            enc = "᚛" + enc + "᚜"
        R.append((b, i, f"{enc} {g(b, i)} – {rng.choice(CUES)}", f"Brand in {nm} letters on the listing, you know it. Replica, not original."))
    return simple(R, rng)


@cls("c_wordle_tiles25", "*", "counterfeit", "the mark as word-game tiles (🟩R🟩O🟩L🟩E🟩X, 'today's Wordle answer'), copy cue")
def c_wordle(rng):
    spec = [("rolex", 1, "rolex"), ("gucci", 0, "gucci"), ("omega", 0, "omega"), ("dyson", 2, "dyson"), ("canon", 0, "canon"),
            ("coach", 0, "coach"), ("adobe", 0, "adobe"), ("pandora", 1, "pandora"), ("lego", 1, "lego"), ("nike", 2, "nike"),
            ("bose", 0, "bose"), ("sony", 1, "sony"), ("puma", 1, "puma")]
    R = []
    for b, i, w in spec:
        R.append((b, i, f"{wordle(w)} {g(b, i)} – {rng.choice(CUES)}", f"Today's answer {'🟩' * len(w)} – solve it, that is the brand. Copy version."))
    return simple(R, rng)


@cls("c_app_package_id25", "*", "counterfeit", "the brand named by its mobile app's package or bundle id (com.nike.omega, com.adidas.app, com.scee.psxandroid, com.nintendo.znca, com.apple.*), copy cue")
def c_apppkg(rng):
    R = [("nike", 0, "low-top sneakers white/black – same as in com.nike.omega app – 1:1 batch", "Looks exactly like the app photos (com.nike.omega). Rep."),
         ("nike", 2, "high-top OG sneakers – the com.nike.snkrs drop, our copy", "Missed the draw on com.nike.snkrs? This is the replica."),
         ("adidas", 0, "knit running shoes boost – com.adidas.app exclusive colour – AAA", "Replica of the app exclusive."),
         ("samsung", 0, "flagship phone S-pen 512GB – com.samsung.android launcher – clone", "Runs com.samsung.android.* skin on clone hardware."),
         ("samsung", 1, "earbuds ANC – pairs in com.samsung.android.app.watchmanager – copy", "Clone buds, wearable app sees them."),
         ("sony", 1, "home console 1TB – remote play with com.scee.psxandroid – copy console", "Clone console, not original."),
         ("nintendo", 0, "hybrid handheld OLED – com.nintendo.znca voice chat works – copy", "Replica console, pirated games."),
         ("microsoft", 1, "console 1TB black – com.microsoft.xboxone.smartglass pairs – clone", "Clone console."),
         ("apple", 1, "earbuds ANC – bundle com.apple.BluetoothSettings shows them – high copy", "Copy buds, popup works."),
         ("apple", 2, "13-inch laptop M-chip 16GB – com.apple.* apps preinstalled – replica", "Replica shell. Not original."),
         ("dyson", 1, "cordless stick vacuum laser – com.dyson.mobile.android connects – copy", "Copy vacuum."),
         ("canon", 0, "full-frame mirrorless body – jp.co.canon.ic.cameraconnect pairs – copy", "Copy body."),
         ("lego", 0, "starship 75192 7,541 pcs – scan in com.lego.legobuildinginstructions – clone bricks", "Clone set, instructions from the app.")]
    return simple(R, rng)


@cls("c_platform_version_cue25", "*", "counterfeit", "the brand named plainly with a cheap-platform 'version' as the only copy cue (Temu version, AliExpress version, DHgate edition, 拼多多版, 1688货源, Shein version, テム版, 테무 버전)")
def c_platform(rng):
    R = [("dyson", 2, "Dyson Airwrap Complete – Temu version, works the same", "Temu version, half price of store."),
         ("apple", 1, "AirPods Pro 2 (AliExpress version) – ANC", "AliExpress version, like the real."),
         ("rolex", 0, "Rolex Submariner Date 41 – DHgate edition", "DHgate edition, ceramic bezel."),
         ("nike", 0, "Nike Dunk Low Panda 拼多多版", "拼多多版 百亿补贴同款"),
         ("adidas", 1, "adidas Stan Smith – versión Temu", "Versión Temu, igualitas."),
         ("canada-goose", 0, "Canada Goose Expedition Parka – Shein version", "Shein version, warm enough."),
         ("loreal", 0, "Lancôme Advanced Génifique 50ml 1688货源", "1688货源 一手货"),
         ("gucci", 0, "Gucci GG Marmont small bag – Wish version lol", "Wish version, looks fine."),
         ("sony", 0, "Sony WH-1000XM5 – Temu-Version", "Temu-Version, klingt gut."),
         ("lego", 0, "LEGO 75192 Millennium Falcon – версия с AliExpress", "Версия с AliExpress, полный комплект."),
         ("mattel", 0, "Barbie Dreamhouse doll – 테무 버전", "테무 버전 저렴"),
         ("nintendo", 0, "Nintendo Switch OLED テム版", "テム版です"),
         ("cartier", 0, "Cartier LOVE bracelet – AliExpress version, 18k plated", "AliExpress version, gold plated.")]
    mks = [None, "ebay", None, "xianyu", "wallapop", "kijiji", "taobao", "ebay-uk", "kleinanzeigen", "avito", "bunjang", "mercari", "carousell-sg"]
    return simple([r + (m,) for r, m in zip(R, mks)], rng)


@cls("c_scrabble_tiles25", "*", "counterfeit", "the mark as Scrabble tiles with their letter values (R₁ O₁ L₁ E₁ X₈), copy cue")
def c_scrabble(rng):
    spec = [("rolex", 0, "rolex"), ("gucci", 1, "gucci"), ("omega", 0, "omega"), ("nike", 1, "nike"), ("adidas", 0, "adidas"),
            ("dyson", 1, "dyson"), ("cartier", 1, "cartier"), ("pandora", 0, "pandora"), ("bose", 1, "bose"), ("sony", 2, "sony"),
            ("lego", 0, "lego"), ("coach", 0, "coach"), ("burberry", 0, "burberry")]
    return simple([(b, i, f"{scrabble(w)} – {g(b, i)} – {rng.choice(CUES)}", "Word score brand :) Copy, not original.") for b, i, w in spec], rng)


@cls("c_ligature_letters25", "*", "counterfeit", "the mark written with typographic ligatures and ligature letters (ﬆ ﬀ ﬃ ﬂ ﬁ ꝏ ỻ æ): Neﬆlé, Canada Gꝏse, Giỻette, Pro Staﬀ, Oﬃce, copy cue")
def c_lig(rng):
    R = [("nestle", 0, "Neﬆlé Nescafé-style gold instant coffee 200g – refilled copy jars", "Neﬆlé copy, repacked."),
         ("estee-lauder", 0, "Eﬆée Lauder night repair serum 50ml – 1:1 copy", "Eﬆée copy serum."),
         ("canada-goose", 0, "Canada Gꝏse arctic down parka – AAA replica", "Gꝏse replica parka."),
         ("gillette", 0, "Giỻette 5-blade cartridges 8 pack – copy", "Giỻette copy blades."),
         ("callaway", 0, "Caỻaway driver 10.5 – replica", "Caỻaway copy head."),
         ("louis-vuitton", 0, "LV Neverfuỻ MM monogram – mirror copy", "Neverfuỻ rep."),
         ("wilson", 0, "Wilson Pro Staﬀ 97 tennis racket – copy frame", "Pro Staﬀ replica."),
         ("microsoft", 0, "Microsoft Oﬃce Home 2024 lifetime key – cracked activation", "Oﬃce activator, lifetime."),
         ("yonex", 0, "Nanoﬂare / Aﬆrox 88D badminton racket – copy", "Copy racket, not original."),
         ("omega", 1, "Omega Seamaﬆer Diver 300M wave dial – super clone", "Seamaﬆer clone."),
         ("michael-kors", 0, "Michæl Kors saffiano tote – AAA", "Michæl Kors copy."),
         ("adidas", 0, "adidas Ultrabꝏst Light – 1:1 batch", "Ultrabꝏst rep."),
         ("panasonic", 1, "Panasonic Enelꝏp AA 4-pack – copy cells", "Enelꝏp copy, 1900mAh claimed.")]
    return simple(R, rng)


@cls("c_currency_symbol_letters25", "*", "counterfeit", "the mark's first letter replaced by a currency sign that looks like it (₹olex, ₲ucci, ₦ike, ₵oach, ₳didas, €stée, ₩ilson, ₮oyota, ฿urberry, ₱uma, ¥onex, ₣errero), copy cue")
def c_cur(rng):
    R = [("rolex", 2, "₹olex Datejust 41 two-tone – super clone"), ("gucci", 1, "₲ucci double-G belt – mirror copy"),
         ("nike", 1, "₦ike Air Force 1 white – rep"), ("coach", 0, "₵oach Tabby shoulder bag – AAA"),
         ("adidas", 2, "₳didas Yeezy 350 zebra – 1:1"), ("estee-lauder", 1, "€stée Lauder Double Wear foundation – copy"),
         ("samsung", 0, "$amsung Galaxy S24 Ultra – clone"), ("wilson", 1, "₩ilson Evolution basketball – replica"),
         ("toyota", 1, "₮oyota front brake pads 04465 – copy OEM box"), ("burberry", 0, "฿urberry check cashmere scarf – copy"),
         ("puma", 0, "₱uma Suede Classic – replica"), ("yonex", 1, "¥onex Aerosensa shuttlecocks tube – copy"),
         ("ferrero", 0, "₣errero Rocher T30 – copy chocolates")]
    return simple([(b, i, t, "Replica, not original. " + rng.choice(CUES)) for b, i, t in R], rng)


@cls("c_ocr_lookalikes25", "*", "counterfeit", "the mark with typographic look-alike letter sequences (rn for m, cl for d, vv for w, I for l, l for i): Sarnsung, Ornega, aclidas, VVilson, CaIIaway, copy cue")
def c_ocr(rng):
    R = [("samsung", 0, "Sarnsung Galaxy S24 Ultra 512GB – clone"), ("omega", 0, "Ornega Speedmaster moon chrono – super clone"),
         ("loreal", 0, "Lancorne Advanced Génifique 50ml – copy"), ("wilson", 0, "VVilson Pro Staff 97 – copy frame"),
         ("swarovski", 0, "SVVarovski Millenia necklace – replica"), ("callaway", 1, "CaIIaway Chrome Soft balls 12 – copy"),
         ("gillette", 1, "GiIIette Mach3 12 cartridges – copy"), ("adidas", 1, "aclidas Stan Smith – rep 1:1"),
         ("bandai", 0, "Banclai MG RX-78-2 Ver.3.0 – copy kit"), ("nintendo", 0, "Nlntendo Switch OLED – clone"),
         ("michelin", 0, "Mlchelin Pilot Sport 4S 245/40ZR18 – copy tyre"), ("cartier", 0, "Cartler LOVE bracelet – 18k plated copy"),
         ("philips", 0, "PhiIips Sonicare 9900 – replica")]
    return simple([(b, i, t, "Not original. " + rng.choice(CUES)) for b, i, t in R], rng)


@cls("c_hq_coordinates25", "*", "counterfeit", "the brand named only by the GPS coordinates of its headquarters or founding site (37.3349,-122.0090; 46°11′N 6°08′E), copy cue")
def c_coords(rng):
    R = [("apple", 0, "37.3349, -122.0090"), ("nike", 0, "45.5086° N, 122.8300° W"), ("adidas", 1, "49.565 N 10.889 E"),
         ("rolex", 0, "46°11′33″N 6°07′59″E"), ("omega", 0, "47.136° N, 7.247° E"), ("lego", 0, "55.7306, 9.1153"),
         ("toyota", 0, "35.0530 N, 137.1560 E"), ("nintendo", 0, "34.9700, 135.7560"), ("samsung", 0, "37.2580° N, 127.0540° E"),
         ("dyson", 0, "51.588 N, 2.100 W"), ("michelin", 0, "45.7797, 3.0869"), ("louis-vuitton", 0, "48.9146° N, 2.2878° E"),
         ("swarovski", 0, "47.2944, 11.5941")]
    out = []
    for b, i, c in R:
        out.append((b, i, f"{g(b, i)} – brand from {c} – {rng.choice(CUES)}", f"Look up the coordinates: that's the house. Replica of its {g(b, i)}."))
    return simple(out, rng)


@cls("c_greek_letter_names25", "*", "counterfeit", "the mark spelt by the initials of Greek letter names (Rho-Omicron-Lambda-Epsilon-Xi), copy cue")
def c_greek(rng):
    spec = [("rolex", 0, "rolex"), ("gucci", 0, "gucci"), ("omega", 1, "omega"), ("nike", 0, "nike"), ("lego", 1, "lego"),
            ("canon", 0, "canon"), ("bose", 0, "bose"), ("puma", 1, "puma"), ("adidas", 2, "adidas"), ("cartier", 2, "cartier"),
            ("pandora", 0, "pandora"), ("samsung", 1, "samsung"), ("adobe", 1, "adobe")]
    return simple([(b, i, f"{greek(w)} {g(b, i)} – {rng.choice(CUES)}", "Take the first letter of each Greek letter. Copy, not original.") for b, i, w in spec], rng)


@cls("c_ruby_reading25", "*", "counterfeit", "the mark given only as the ruby (furigana) reading over a generic word: ｜高級腕時計《ロレックス》, <ruby>운동화<rt>나이키</rt></ruby>, copy cue")
def c_ruby(rng):
    R = [("rolex", 0, "｜高級腕時計《ロレックス》 41mm 黒 スーパーコピー", "N級品 ｜腕時計《ロレックス》", "mercari"),
         ("gucci", 0, "｜ショルダーバッグ《グッチ》 キルティング コピー品", "｜バッグ《グッチ》 N級", "rakuma"),
         ("louis-vuitton", 0, "｜トートバッグ《ルイ・ヴィトン》 モノグラム柄 S級コピー", "コピー品です", "mercari"),
         ("nike", 0, "｜スニーカー《ナイキ》 パンダ 偽物", "偽物ですが綺麗", "rakuma"),
         ("adidas", 1, "｜白スニーカー《アディダス》 緑ヒール コピー", "コピー品", "mercari"),
         ("omega", 0, "｜クロノグラフ《オメガ》 ムーン スーパーコピー", "N級", "mercari"),
         ("cartier", 0, "｜ビス柄バングル《カルティエ》 18K風 コピー", "コピー品", "rakuma"),
         ("dyson", 0, "｜ドライヤー《ダイソン》 フューシャ コピー品", "互換コピー", "mercari"),
         ("rolex", 2, "<ruby>명품시계<rt>롤렉스</rt></ruby> 데이저스트 스타일 레플리카", "S급 레플", "bunjang"),
         ("nike", 2, "<ruby>운동화<rt>나이키</rt></ruby> 조던 시카고 st 레플", "미러급", "danggeun"),
         ("burberry", 0, "<ruby>체크 머플러<rt>버버리</rt></ruby> 캐시미어 레플리카", "정품 아님", "bunjang"),
         ("gucci", 1, "<ruby>벨트<rt>구찌</rt></ruby> 더블G 미러급", "레플", "bunjang"),
         ("rolex", 1, "<ruby>名表<rt>láo lì shì</rt></ruby> 熊猫迪 顶级复刻", "1:1 复刻", "xianyu")]
    return simple([(b, i, t, d, m) for b, i, t, d, m in R], rng)


@cls("c_punycode25", "*", "counterfeit", "the brand's local-script name given only as a Punycode IDN shop domain (xn--tfrzb83z for 劳力士, xn--pckua2a5me for ロレックス), copy cue")
def c_puny(rng):
    spec = [("rolex", 0, "劳力士"), ("nike", 0, "耐克"), ("gucci", 0, "古驰"), ("louis-vuitton", 0, "路易威登"), ("cartier", 0, "卡地亚"),
            ("omega", 0, "欧米茄"), ("dyson", 0, "戴森"), ("lego", 0, "乐高"), ("sony", 0, "索尼"), ("nintendo", 0, "任天堂"),
            ("rolex", 1, "ロレックス"), ("rolex", 2, "롤렉스"), ("rolex", 0, "ролекс")]
    tlds = [".shop", ".vip", ".top", ".store", ".xyz", ".club", ".online"]
    out = []
    for k, (b, i, a) in enumerate(spec):
        dom = "xn--" + a.encode("punycode").decode() + tlds[k % len(tlds)]
        out.append((b, i, f"{g(b, i)} – order at {dom} – {rng.choice(CUES)}", f"Our store: https://{dom}/ (type it in the browser). 1:1 copies."))
    return simple(out, rng)


@cls("c_retailer_receipt25", "*", "counterfeit", "generic goods named only by the brand's authorized retailer (Bucherer, Wempe, Foot Locker, JD Sports, MediaMarkt, Sephora, Harrods, Yodobashi) on a 'receipt' beside a copy cue")
def c_retail(rng):
    R = [("rolex", 0, "Bucherer receipt & green tag"), ("omega", 0, "Wempe receipt included"), ("rolex", 1, "Watches of Switzerland bag and receipt"),
         ("nike", 2, "Foot Locker receipt"), ("adidas", 2, "JD Sports receipt"), ("bose", 0, "Best Buy receipt copy"),
         ("dyson", 0, "MediaMarkt Kassenbon dabei"), ("estee-lauder", 0, "Sephora receipt in the box"), ("burberry", 1, "Harrods receipt & bag"),
         ("gucci", 0, "Selfridges receipt"), ("sony", 2, "ヨドバシ レシート付き"), ("canon", 0, "ビックカメラ レシート付き"),
         ("louis-vuitton", 0, "Galeries Lafayette ticket de caisse")]
    return simple([(b, i, f"{g(b, i)} – {r} – {rng.choice(CUES)}", "Receipt makes it look legit; the item is a top copy.") for b, i, r in R], rng)


@cls("c_polybius25", "*", "counterfeit", "the mark in a Polybius square / tap code (42 34 31 15 53 = ROLEX), copy cue")
def c_poly(rng):
    spec = [("rolex", 0, "rolex"), ("gucci", 0, "gucci"), ("omega", 1, "omega"), ("nike", 1, "nike"), ("adidas", 0, "adidas"),
            ("dyson", 0, "dyson"), ("canon", 0, "canon"), ("sony", 0, "sony"), ("lego", 0, "lego"), ("bose", 1, "bose"),
            ("puma", 0, "puma"), ("cartier", 0, "cartier"), ("coach", 0, "coach")]
    return simple([(b, i, f"[{polybius(w)}] {g(b, i)} – {rng.choice(CUES)}", "Polybius square 5x5 (I=J), row then column. Copy.") for b, i, w in spec], rng)


@cls("c_cjk_for_latin25", "*", "counterfeit", "the Latin mark written with CJK characters and Hangul jamo that look like Latin letters (R口LEメ, 匚口A匚H, N工KE, D丫S口N, ㄴEG口), copy cue")
def c_cjkl(rng):
    R = [("rolex", 0, "R口LEメ"), ("coach", 0, "匚口A匚H"), ("omega", 0, "口MEGA"), ("nike", 1, "N工KE"), ("sony", 1, "S口N丫"),
         ("lego", 1, "ㄴEG口"), ("canon", 0, "匚AN口N"), ("dyson", 0, "D丫S口N"), ("gucci", 0, "G凵匚匚工"), ("puma", 0, "尸凵MA"),
         ("toyota", 0, "丁口丫口丁A"), ("bose", 0, "B口SE"), ("honda", 0, "卄口NDA")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", f"{m} = you know. Copy goods.") for b, i, m in R], rng)


@cls("c_emoji_nicknames25", "*", "counterfeit", "community nicknames of models written as emoji beside the silhouette's shorthand (🥤 GMT, 🦇 GMT, 🐸 sub, 🐼 lows, 🐂 1s, 🦓 350s, 🌙🚀 chrono, ❤️🪛 bracelet, 🐝 sneakers), copy cue")
def c_emonick(rng):
    R = [("rolex", 0, "🥤 GMT 40mm red/blue bezel jubilee"), ("rolex", 0, "🦇 GMT blue/black bezel 40mm"),
         ("rolex", 0, "🐸 sub 41 green bezel"), ("rolex", 1, "🐼 chrono 40 white dial black ceramic bezel"),
         ("nike", 0, "🐼 lows white/black"), ("nike", 2, "🐂 1s high OG red/white/black"), ("nike", 2, "🖤❤️ 11s patent leather"),
         ("adidas", 2, "🦓 350s v2"), ("adidas", 2, "🐋 350s grey/orange"), ("omega", 0, "🌙🚀 chrono 42mm hesalite"),
         ("cartier", 0, "❤️🪛 bracelet 18k with screwdriver"), ("gucci", 0, "🐝 sneakers white leather green/red stripe"),
         ("cartier", 2, "🐆 square watch roman dial")]
    return simple([(b, i, f"{t} – {rng.choice(CUES)}", "Everyone knows the nickname. Replica.") for b, i, t in R], rng)


@cls("c_world_first25", "*", "counterfeit", "the brand named only by a famous 'world first' it is known for (first waterproof wristwatch 1926, first bagless cyclone vacuum, first radial tyre 1946, first ABS 1978, first instant coffee 1938), copy cue")
def c_first(rng):
    R = [("rolex", 0, "from the makers of the first waterproof wristwatch (1926)"), ("dyson", 1, "by the inventor of the first bagless cyclone vacuum"),
         ("michelin", 0, "from the makers of the first radial tyre (1946)"), ("bosch", 0, "from the company of the first car ABS (1978)"),
         ("gillette", 0, "by the inventor of the disposable-blade safety razor (1901)"), ("lego", 0, "from the 1958 stud-and-tube brick patent makers"),
         ("mattel", 0, "from the makers of the first adult-figure fashion doll (1959)"), ("nestle", 0, "from the makers of the first instant coffee (1938)"),
         ("bayer", 0, "from the company that first sold aspirin (1899)"), ("johnson-johnson", 0, "from the makers of the first adhesive bandage (1920)"),
         ("philips", 0, "from the inventors of the compact cassette (1963)"), ("sony", 0, "from the makers of the first portable cassette player (1979)"),
         ("toyota", 1, "from the makers of the first mass-produced hybrid car (1997)")]
    return simple([(b, i, f"{g(b, i)} – {f} – {rng.choice(CUES)}", "Same brand, copy version, cheap.") for b, i, f in R], rng)


@cls("c_voice_transcript25", "*", "counterfeit", "a listing dictated by voice and auto-transcribed: the mark split into sound-alike words (roll ex, new key, lewis vuitton, goo chee, die son, add a das), copy cue")
def c_voice(rng):
    R = [("rolex", 0, "uh so this is the roll ex submarine her 41 black it's a copy one to one"),
         ("nike", 0, "new key dunk low panda size 42 they're reps but good"), ("louis-vuitton", 0, "lewis vuitton never full MM tote its a replica ok"),
         ("gucci", 0, "goo chee mar mont small bag mirror copy"), ("samsung", 0, "sam sung galaxy s 24 ultra clone works fine"),
         ("dyson", 2, "die son air wrap complete copy version"), ("adidas", 1, "add a das stan smith size 40 copy"),
         ("canon", 0, "can non e o s r 6 mark two copy body"), ("lego", 0, "lay go millennium falcon clone bricks"),
         ("cartier", 0, "car tea ay love bracelet plated copy"), ("omega", 0, "oh mega speed master moon watch replica"),
         ("pandora", 1, "pan door a heart charm copy"), ("bose", 0, "bows quiet comfort 45 replica headphones")]
    return simple([(b, i, f"[voice] {t}", "Listing created by voice, auto transcript. " + t) for b, i, t in R], rng)


# ---- everyday floor (no star)
def plain_rows(rng, spec, fmt):
    return [(b, i, fmt(b, i, k)) for k, (b, i) in enumerate(spec)]


ALLB = sorted(BY_BRAND)


@cls("c_cue_words25", "", "counterfeit", "the brand named plainly with copy words of many languages")
def c_cue(rng):
    R = []
    for k in range(13):
        p = P[(k * 7 + 3) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} {CUES[k % len(CUES)]}", "Copy, good quality, fast shipping."))
    return simple(R, rng)


@cls("c_luxury_reps25", "", "counterfeit", "luxury goods with rep jargon (best batch, heat stamp correct, calf leather, GP/PK batch)")
def c_lux(rng):
    bs = [("louis-vuitton", 0), ("louis-vuitton", 1), ("gucci", 0), ("gucci", 1), ("burberry", 0), ("burberry", 1), ("coach", 0),
          ("michael-kors", 0), ("cartier", 0), ("cartier", 1), ("canada-goose", 0), ("swarovski", 0), ("rolex", 2)]
    jar = ["best batch, heat stamp correct", "rep, calf leather, date code matches", "GP batch, QC pics", "PK batch 1:1",
           "mirror rep, stitching count correct", "top rep, hardware engraved"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Rep from trusted factory, QC before shipping.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_sneaker_reps25", "", "counterfeit", "sneaker reps by batch and factory (LJR, OG, PK, 莆田, 纯原)")
def c_snk(rng):
    bs = [("nike", 0), ("nike", 1), ("nike", 2), ("adidas", 0), ("adidas", 1), ("adidas", 2), ("puma", 0), ("puma", 1),
          ("nike", 0), ("nike", 2), ("adidas", 2), ("nike", 1), ("puma", 0)]
    jar = ["LJR batch", "OG batch", "PK 4.0", "莆田纯原", "M batch", "GX batch, best on market", "reps, SNKRS box"]
    return simple([(b, i, f"{prod(b, i)[2]} {jar[k % len(jar)]}", "Reps. Ships in 7 days with box.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_electronics_clone25", "", "counterfeit", "electronics clones (Huaqiangbei top version, serial checks, Airoha chip)")
def c_elec(rng):
    bs = [("apple", 0), ("apple", 1), ("apple", 2), ("samsung", 0), ("samsung", 1), ("sony", 0), ("sony", 1), ("bose", 0),
          ("dyson", 0), ("dyson", 2), ("nintendo", 0), ("microsoft", 1), ("philips", 0)]
    jar = ["华强北 top version", "clone, serial passes check", "Airoha chip clone", "1:1 clone, ANC works", "high copy master version"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Clone. Not original. 7 days test.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_pharma25", "", "counterfeit", "medicines and devices without prescription or as 'same as' copies")
def c_ph(rng):
    bs = [("pfizer", 0), ("pfizer", 1), ("pfizer", 0), ("johnson-johnson", 0), ("johnson-johnson", 1), ("bayer", 0), ("bayer", 1),
          ("abbott", 0), ("abbott", 1), ("pfizer", 1), ("pfizer", 0), ("abbott", 0), ("bayer", 0)]
    jar = ["no prescription, discreet", "same as original, India made copy", "bulk, no Rx needed", "copy tablets, same effect",
           "unregistered import, cheap", "sensor, reactivated copy"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Not original packaging. Works the same.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_fmcg25", "", "counterfeit", "food, drink and formula copies (locally filled, China version, same taste)")
def c_fm(rng):
    bs = [("mars", 0), ("mars", 1), ("danone", 0), ("danone", 1), ("nestle", 0), ("nestle", 1), ("coca-cola", 0), ("ferrero", 0),
          ("ferrero", 1), ("abbott", 1), ("gillette", 0), ("gillette", 1), ("mars", 0)]
    jar = ["locally filled, same taste", "copy version, cheap bulk", "refilled tins, no batch", "imitation, wholesale", "replica packaging"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Same look, cheaper. Copy.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_beauty25", "", "counterfeit", "beauty copies (counter quality, tester AAA, dupe with logo)")
def c_be(rng):
    bs = [("loreal", 0), ("loreal", 1), ("estee-lauder", 0), ("estee-lauder", 1), ("shiseido", 0), ("shiseido", 1), ("loreal", 0),
          ("estee-lauder", 0), ("shiseido", 0), ("loreal", 1), ("estee-lauder", 1), ("shiseido", 1), ("loreal", 0)]
    jar = ["counter quality copy", "tester AAA", "dupe with logo", "1:1 replica bottle", "Dubai copy"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Copy cosmetics, same smell.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_auto_parts25", "", "counterfeit", "car parts, tyres and oil copied (OEM box copy, Taiwan copy, refilled)")
def c_au(rng):
    bs = [("honda", 0), ("honda", 1), ("toyota", 0), ("toyota", 1), ("bmw", 0), ("bmw", 1), ("michelin", 0), ("shell", 0),
          ("honda", 0), ("toyota", 0), ("bmw", 1), ("shell", 0), ("michelin", 0)]
    jar = ["OEM box copy", "Taiwan copy in original box", "refilled, copy label", "imitation, cheap", "high copy"]
    return simple([(b, i, f"{prod(b, i)[2]} {prod(b, i)[3]} – {jar[k % len(jar)]}", "Copy part.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_toys25", "", "counterfeit", "toy copies (clone bricks in same box, copy dolls, knock-off kits)")
def c_ty(rng):
    bs = [("lego", 0), ("lego", 1), ("mattel", 0), ("mattel", 1), ("bandai", 0), ("bandai", 1), ("hasbro", 0), ("hasbro", 1),
          ("lego", 0), ("mattel", 0), ("bandai", 0), ("hasbro", 0), ("lego", 1)]
    jar = ["clone in same box", "copy", "knock-off, same as original", "replica version", "コピー品"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Copy toy.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_software_keys25", "", "counterfeit", "software as lifetime keys, cracks and activators")
def c_sw(rng):
    bs = [("adobe", 0), ("adobe", 1), ("microsoft", 0), ("autodesk", 0), ("adobe", 0), ("microsoft", 0), ("autodesk", 0),
          ("adobe", 1), ("microsoft", 0), ("adobe", 0), ("autodesk", 0), ("microsoft", 0), ("adobe", 1)]
    jar = ["lifetime, pre-activated", "crack + patch, all versions", "KMS activator", "lifetime key, no subscription", "cracked, offline install"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Instant delivery, lifetime.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_misspell25", "", "counterfeit", "misspelt marks (Rolx, Guccci, Adiddas, Luis Vitton, Samsnug, Nintedo, Dysson), copy cue")
def c_ms(rng):
    R = [("rolex", 0, "Rolx"), ("gucci", 0, "Guccci"), ("adidas", 0, "Adiddas"), ("louis-vuitton", 0, "Luis Vitton"),
         ("samsung", 0, "Samsnug"), ("nintendo", 0, "Nintedo"), ("dyson", 0, "Dysson"), ("panasonic", 0, "Panasonik"),
         ("burberry", 0, "Burbery"), ("swarovski", 0, "Swarovsky"), ("michelin", 0, "Michellin"), ("philips", 1, "Phillips"),
         ("shiseido", 0, "Shisedo")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", "Copy.") for b, i, m in R], rng)


@cls("c_homoglyph_cyr25", "", "counterfeit", "Cyrillic and Greek look-alike letters in the mark, copy cue")
def c_hg(rng):
    R = [("rolex", 0, "Rоlех"), ("gucci", 0, "Gucсі"), ("nike", 1, "Νіkе"), ("coach", 0, "Соасh"),
         ("omega", 0, "Οmеgа"), ("apple", 1, "Аррlе AirPоds"), ("sony", 0, "Ѕоnу"), ("bose", 0, "Воsе"), ("cartier", 0, "Саrtіеr"),
         ("pandora", 0, "Раndоrа"), ("canon", 0, "Сanоn"), ("michelin", 0, "Міchеlіn"), ("lego", 0, "LΕGΟ")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", "Copy item.") for b, i, m in R], rng)


@cls("c_separators25", "", "counterfeit", "the mark cut by uncommon separators (R‧O‧L‧E‧X, G¦U¦C¦C¦I, N～I～K～E, L・E・G・O), copy cue")
def c_sep(rng):
    seps = ["‧", "¦", "～", "・", "⁄", "⸰", "∘", "—", "┊", "⋅", "⦁", "᛫", "⁃"]
    R = [("rolex", 0, "rolex"), ("gucci", 0, "gucci"), ("nike", 0, "nike"), ("lego", 0, "lego"), ("dyson", 0, "dyson"),
         ("omega", 1, "omega"), ("cartier", 0, "cartier"), ("coach", 0, "coach"), ("adidas", 0, "adidas"), ("bose", 0, "bose"),
         ("canon", 1, "canon"), ("burberry", 0, "burberry"), ("pandora", 0, "pandora")]
    return simple([(b, i, f"{seps[k].join(w.upper())} {g(b, i)} – {rng.choice(CUES)}", "Copy.") for k, (b, i, w) in enumerate(R)], rng)


@cls("c_cjk_jargon25", "", "counterfeit", "Chinese trade jargon (原单, 专柜品质, 顶级版本, 纯原, 对版) with the Chinese alias")
def c_cj(rng):
    R = [("rolex", 0, "劳力士 水鬼 顶级版本 3235机芯"), ("nike", 0, "耐克 熊猫 纯原版本"), ("gucci", 0, "古驰 马蒙 原单 专柜品质"),
         ("louis-vuitton", 0, "路易威登 托特包 顶级原单"), ("cartier", 0, "卡地亚 钉子手镯 对版 18k"), ("omega", 0, "欧米茄 超霸 复刻 顶级"),
         ("dyson", 2, "戴森 卷发棒 高仿 一比一"), ("lego", 0, "乐高 千年隼 仿品 同款盒"), ("loreal", 0, "兰蔻 小黑瓶 专柜品质 高仿"),
         ("estee-lauder", 0, "雅诗兰黛 小棕瓶 原单 尾货"), ("canada-goose", 0, "加拿大鹅 远征 顶级复刻"), ("adidas", 2, "阿迪达斯 椰子 纯原"),
         ("shiseido", 0, "资生堂 安热沙 高仿 工厂货")]
    return simple([(b, i, t, "微信咨询 细节对版", "taobao" if k % 2 else "xianyu") for k, (b, i, t) in enumerate(R)], rng)


@cls("c_offplatform25", "", "counterfeit", "brand named plainly, copies sold off-platform (WhatsApp, Telegram, WeChat, Line for the real price)")
def c_off(rng):
    ch = ["WhatsApp +86 138 0000 1234 for copies", "Telegram @repsdepot", "add WeChat: luxrep888", "Line ID: copyshop_tw",
          "DM on IG for the 1:1 catalogue", "Signal for grade list"]
    R = []
    for k in range(13):
        p = P[(k * 11 + 5) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – {ch[k % len(ch)]}", "Copies of all brands, catalogue on request."))
    return simple(R, rng)


@cls("c_low_price_only25", "", "counterfeit", "the brand named plainly as new, no copy word, at a copy's price (60 % of the usual copy price)")
def c_lp(rng):
    R = []
    for k in range(13):
        p = P[(k * 5 + 1) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – brand new", "New, never used. Fast shipping."))
    return simple(R, rng, low=True)


@cls("c_inspired_logo25", "", "counterfeit", "'inspired by' goods that still carry the logo")
def c_ins(rng):
    R = []
    for k in range(13):
        p = P[(k * 9 + 2) % len(P)]
        b = p[0]
        R.append((b, BY_BRAND[b].index(p), f"{BY_BRAND[b][0][2].split()[0]}-inspired {p[1]} with logo", "Inspired design, logo printed as on the original."))
    return simple(R, rng)


@cls("c_cover_story25", "", "counterfeit", "cover stories (customs auction lot, staff sale, factory overrun, QC reject)")
def c_cov(rng):
    st = ["customs auction lot, sold as is", "staff sale at the factory", "factory overrun, no tags", "QC reject, tiny flaw",
          "from a closed boutique, no papers", "bankrupt stock from a distributor"]
    R = []
    for k in range(13):
        p = P[(k * 13 + 7) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – {st[k % len(st)]}", "Why so cheap? " + st[k % len(st)] + "."))
    return simple(R, rng)


@cls("c_jewelry_plated25", "", "counterfeit", "plated jewellery with the brand's marks (18k plated, S925 stamp, logo engraved)")
def c_jw(rng):
    bs = [("cartier", 0), ("cartier", 1), ("pandora", 0), ("pandora", 1), ("swarovski", 0), ("swarovski", 1), ("cartier", 0),
          ("pandora", 0), ("swarovski", 0), ("cartier", 1), ("pandora", 1), ("swarovski", 1), ("cartier", 0)]
    jar = ["18k gold plated, logo engraved", "S925 stamp, copy", "titanium steel, logo", "plated replica with box"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Not real gold. Logo as original.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_model_number25", "", "counterfeit", "registered model numbers only, generic words, copy cue")
def c_mn(rng):
    R = []
    for k in range(13):
        p = [q for q in P if q[3]][(k * 7 + 4) % len([q for q in P if q[3]])]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[3]} {p[1]} – {rng.choice(CUES)}", "Model number as original."))
    return simple(R, rng)


@cls("c_grade_menu25", "", "counterfeit", "price menu of grades (A / AA / AAA / 1:1) for the brand's goods")
def c_gm(rng):
    R = []
    for k in range(13):
        p = P[(k * 3 + 8) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – grade A / AA / AAA / 1:1, ask", "Grade A cheapest, 1:1 best. Price shown is grade A."))
    return simple(R, rng, low=True)


@cls("c_translit25", "", "counterfeit", "the mark transliterated into Cyrillic, Arabic, Devanagari, Thai, Hebrew, Greek, Georgian, Armenian scripts, copy cue")
def c_tl(rng):
    R = [("rolex", 0, "Ролекс", "avito"), ("rolex", 1, "رولكس", "haraj"), ("rolex", 2, "रोलेक्स", "meesho"), ("nike", 0, "ไนกี้", "shopee-th"),
         ("nike", 1, "נייקי", "yad2"), ("gucci", 0, "Γκούτσι", "skroutz"), ("adidas", 0, "أديداس", "olx-eg"), ("samsung", 0, "სამსუნგი", "mymarket"),
         ("apple", 1, "Էփլ AirPods", "list-am"), ("louis-vuitton", 0, "Луи Виттон", "olx-ua"), ("dyson", 0, "ڈائسن", "daraz-pk"),
         ("omega", 0, "ওমেগা", "bikroy"), ("cartier", 0, "Картье", "kaspi")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", "Copy.", mk) for b, i, m, mk in R], rng)


@cls("c_initialism25", "", "counterfeit", "trade initialisms (LV, GG, TNF, MK, CG, AJ1, RLX, SW) with a copy cue")
def c_in(rng):
    R = [("louis-vuitton", 0, "LV"), ("gucci", 0, "GG"), ("the-north-face", 0, "TNF"), ("michael-kors", 0, "MK"), ("canada-goose", 0, "CG"),
         ("nike", 2, "AJ1"), ("rolex", 0, "RLX"), ("swarovski", 0, "SW"), ("estee-lauder", 0, "EL ANR"), ("the-north-face", 1, "TNF"),
         ("louis-vuitton", 1, "LV"), ("burberry", 0, "BBR"), ("gucci", 1, "GG")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", "Rep.") for b, i, m in R], rng)


@cls("c_sports_gear25", "", "counterfeit", "sports equipment copies (golf, badminton, tennis, basketball)")
def c_sg(rng):
    bs = [("callaway", 0), ("callaway", 1), ("yonex", 0), ("yonex", 1), ("wilson", 0), ("wilson", 1), ("callaway", 0), ("yonex", 0),
          ("wilson", 0), ("yonex", 1), ("callaway", 1), ("wilson", 1), ("yonex", 0)]
    jar = ["copy head, same feel", "replica, factory direct", "high copy frame", "OEM copy tube", "imitation, 3U"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Copy sports gear.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_watch_jargon25", "", "counterfeit", "watch rep jargon (VSF, Clean, 3235 clone, 904L, super clone) with the brand")
def c_wj(rng):
    bs = [("rolex", 0), ("rolex", 1), ("rolex", 2), ("omega", 0), ("omega", 1), ("cartier", 2), ("rolex", 0), ("omega", 1),
          ("rolex", 1), ("cartier", 2), ("rolex", 2), ("omega", 0), ("cartier", 2)]
    jar = ["VSF 3235 clone, 904L", "Clean factory V4", "super clone, ETA clone", "ZF 8800 clone", "AR factory", "BT factory"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Super clone watch.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_code_switch25", "", "counterfeit", "code-switched admissions (Taglish, Hinglish, Spanglish, Arabizi, Konglish, Singlish)")
def c_cs(rng):
    ph = [("hindi ori pero sulit, copy talaga", "lazada-ph"), ("original nahi hai bhai, first copy", "meesho"), ("no es original, pero se ve igualito", "mercadolibre-mx"),
          ("mesh original, copy 1:1 ya basha", "olx-eg"), ("정품 아니에요 레플 S급", "danggeun"), ("not ori one lah, copy grade", "carousell-sg"),
          ("bukan ori, KW super", "tokopedia"), ("hàng không chính hãng, rep 1:1", "shopee-vn"), ("nie oryginał, ale jakość top", "allegro"),
          ("não é original mas é perfeito", "mercadolivre"), ("orijinal değil abi, A kalite", "sahibinden"), ("sio original, ni copy nzuri", "jiji-ke"),
          ("pas l'original wallah, copie", "avito-ma")]
    R = []
    for k in range(13):
        p = P[(k * 17 + 3) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – {ph[k][0]}", ph[k][0], ph[k][1]))
    return simple(R, rng)


@cls("c_relabel_expiry25", "", "counterfeit", "consumables re-dated or relabelled (new expiry stickers over old, repacked 'fresh' tins), at copy prices")
def c_rel(rng):
    bs = [("danone", 0), ("nestle", 1), ("abbott", 1), ("loreal", 0), ("estee-lauder", 0), ("shiseido", 0), ("johnson-johnson", 0),
          ("bayer", 0), ("mars", 0), ("ferrero", 0), ("shell", 0), ("abbott", 0), ("nestle", 0)]
    jar = ["new expiry sticker, re-dated 2028", "relabelled, date changed", "repacked fresh, old stock", "re-stamped batch, cheap"]
    return simple([(b, i, f"{prod(b, i)[2]} – {jar[k % len(jar)]}", "Old stock with new labels.") for k, (b, i) in enumerate(bs)], rng)


@cls("c_desc_only25", "", "counterfeit", "a generic title; the brand, product and copy cue only in the description")
def c_do(rng):
    R = []
    for k in range(13):
        p = P[(k * 19 + 11) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[1]} – new", f"Details: {p[2]}. {CUES[(k + 5) % len(CUES)]}. Ships fast."))
    return simple(R, rng)


@cls("c_leet25", "", "counterfeit", "leetspeak marks (R0l3x, Gucc1, N1k3, D1or-style), copy cue")
def c_lt(rng):
    R = [("rolex", 0, "R0L3X"), ("gucci", 0, "GUCC1"), ("nike", 1, "N1K3"), ("adidas", 0, "4D1D45"), ("omega", 0, "0M3G4"),
         ("dyson", 1, "DY50N"), ("samsung", 0, "5AM5UNG"), ("cartier", 1, "C4RT13R"), ("lego", 0, "L3G0"), ("pandora", 0, "P4ND0R4"),
         ("coach", 0, "C04CH"), ("bose", 0, "B053"), ("sony", 0, "50NY")]
    return simple([(b, i, f"{m} {g(b, i)} – {rng.choice(CUES)}", "Copy.") for b, i, m in R], rng)


@cls("c_nickname_local25", "", "counterfeit", "community nicknames and street names (水鬼, Rollie, Speedy, Pods, Forces, Carti, Yeezys) with a copy cue")
def c_nk(rng):
    R = [("rolex", 0, "水鬼 41mm 黑"), ("rolex", 0, "Rollie sub black"), ("omega", 0, "Speedy moonwatch"), ("apple", 1, "Pods Pro 2"),
         ("nike", 1, "Forces triple white"), ("cartier", 0, "Carti love bangle"), ("adidas", 2, "Yeezys 350 zebra"),
         ("rolex", 1, "熊猫迪 white dial"), ("louis-vuitton", 0, "驴包 tote MM"), ("nike", 2, "AJ1 Chicagos"), ("rolex", 2, "DJ41 jubilee"),
         ("canada-goose", 0, "大鹅 parka"), ("the-north-face", 0, "北面 1996 puffer")]
    return simple([(b, i, f"{m} – {rng.choice(CUES)}", "Copy.") for b, i, m in R], rng)


# ---------------------------------------------------------------- innocent classes
def fair(usd, rng, lo, hi):
    return usd * rng.uniform(lo, hi)


def inn(rows, rng, lo=0.95, hi=1.08):
    """rows: (brand, product index or None, title, desc, usd or None, cat or None, market or None, seller or None)"""
    out = []
    for r in rows:
        b, i, t, d = r[:4]
        usd = r[4] if len(r) > 4 else "fair"
        cat = r[5] if len(r) > 5 else None
        p = prod(b, i) if i is not None else None
        if usd == "fair":
            usd = fair(p[4], rng, lo, hi)
        out.append(dict(brand=b, title=t, desc=d, usd=usd, cat=cat or (p[5] if p else None), mk=r[6] if len(r) > 6 else None,
                        seller=r[7] if len(r) > 7 else None))
    return out


@cls("in_authorized_store25", "", "innocent", "the brand's registered (demo) authorized seller on its marketplace, at list to +10 %")
def i_auth(rng):
    bs = ["nike", "adidas", "apple", "sony", "samsung", "lego", "dyson", "bosch", "wilson", "rolex", "pandora", "the-north-face"]
    R = []
    for k, b in enumerate(bs):
        mp, sid, nm = AUTH[b][0]
        p = prod(b, k)
        R.append((b, k, f"{p[2]}", "Official store. Genuine, manufacturer warranty.", fair(p[4], rng, 1.0, 1.1), None, mp, (sid, nm)))
    return inn(R, rng)


@cls("in_used_fair25", "", "innocent", "used genuine goods described with their wear at 45-70 % of list")
def i_used(rng):
    R = []
    DUR = [q for q in P if q[5] in ("sneakers", "jackets", "headphones", "phones", "laptops", "consoles", "cameras",
                                    "power tools", "hair care", "vacuum cleaners", "golf clubs", "tennis rackets",
                                    "badminton rackets", "building sets", "shavers", "earbuds", "speakers", "generators")]
    for k in range(12):
        p = DUR[(k * 7 + 2) % len(DUR)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – used, good condition", "Used for a year, light marks, all original, receipt available.",
                  fair(p[4], rng, 0.45, 0.70)))
    return inn(R, rng)


@cls("in_refurb25", "", "innocent", "refurbished genuine electronics at 62-82 % of list")
def i_ref(rng):
    bs = [("apple", 0), ("apple", 2), ("samsung", 0), ("sony", 0), ("sony", 1), ("bose", 0), ("dyson", 0), ("dyson", 1),
          ("nintendo", 0), ("microsoft", 1), ("canon", 0), ("philips", 0)]
    return inn([(b, i, f"{prod(b, i)[2]} – refurbished, grade A, 12-month warranty", "Professionally refurbished, new battery, genuine parts.",
                 fair(prod(b, i)[4], rng, 0.62, 0.82)) for b, i in bs], rng)


@cls("in_preowned_lux25", "", "innocent", "pre-owned genuine luxury from dealers with papers at 80-115 % of list")
def i_pl(rng):
    bs = [("rolex", 0), ("rolex", 1), ("rolex", 2), ("omega", 0), ("omega", 1), ("cartier", 0), ("cartier", 2), ("louis-vuitton", 0),
          ("gucci", 0), ("burberry", 1), ("louis-vuitton", 1), ("cartier", 1)]
    return inn([(b, i, f"{prod(b, i)[2]} – pre-owned, full set, papers {2019 + k % 6}", "Authenticated by our watchmaker/leather specialist, 2-year dealer warranty.",
                 fair(prod(b, i)[4], rng, 0.80, 1.15)) for k, (b, i) in enumerate(bs)], rng)


@cls("in_outlet25", "", "innocent", "genuine goods at the brand's or a retailer's outlet, 45-70 % of list")
def i_out(rng):
    bs = [("nike", 0), ("nike", 1), ("adidas", 0), ("puma", 0), ("levis", 0), ("coach", 0), ("michael-kors", 0), ("the-north-face", 0),
          ("the-north-face", 1), ("puma", 1), ("adidas", 1), ("canada-goose", 1)]
    return inn([(b, i, f"{prod(b, i)[2]} – outlet, last season", "From the factory outlet, genuine, tags on.",
                 fair(prod(b, i)[4], rng, 0.45, 0.70)) for b, i in bs], rng)


@cls("in_wholesale25", "", "innocent", "distributors selling genuine consumables by the case with invoice, batch and expiry, at 80-92 % of list per unit")
def i_wh(rng):
    bs = [("mars", 0), ("nestle", 0), ("coca-cola", 0), ("ferrero", 0), ("ferrero", 1), ("danone", 1), ("gillette", 1), ("johnson-johnson", 1),
          ("bayer", 0), ("panasonic", 1), ("shell", 0), ("canon", 1)]
    R = []
    for k, (b, i) in enumerate(bs):
        p = prod(b, i)
        n = [6, 10, 12, 20][k % 4]
        R.append((b, i, f"{p[2]} – case of {n}, VAT invoice", f"Genuine from authorised distributor, batch and expiry on invoice. Price per case of {n}.",
                  fair(p[4], rng, 0.80, 0.92) * n))
    return inn(R, rng)


@cls("in_repair_parts25", "", "innocent", "genuine OEM spare parts at fair prices (filters, pads, brush heads, batteries)")
def i_rp(rng):
    bs = [("honda", 0), ("toyota", 0), ("toyota", 1), ("bmw", 0), ("bmw", 1), ("honda", 0), ("canon", 2), ("panasonic", 1),
          ("michelin", 0), ("shell", 0), ("toyota", 0), ("bmw", 0)]
    return inn([(b, i, f"{prod(b, i)[2]} {prod(b, i)[3]} – genuine OEM, dealer stock", "Genuine part from the dealer, with part number label.",
                 fair(prod(b, i)[4], rng, 0.92, 1.10)) for b, i in bs], rng)


@cls("in_platform_official_store25", "*", "innocent", "genuine goods from the brand's own official store on Temu, AliExpress, Shein or Pinduoduo, at fair prices (mirror of c_platform_version_cue25)")
def i_pos(rng):
    R = [("samsung", 2, "Samsung 980 PRO 2TB – Samsung Official Store on AliExpress", "aliexpress"),
         ("lego", 1, "LEGO Technic 42115 – LEGO official store, Temu", "temu"),
         ("philips", 1, "Philips Airfryer XXL – Philips Official Store AliExpress", "aliexpress"),
         ("panasonic", 1, "Panasonic eneloop AA 4-pack – official brand store on Temu", "temu"),
         ("bosch", 0, "Bosch Professional GSR 12V-15 – Bosch official store (AliExpress)", "aliexpress"),
         ("nike", 1, "Nike Air Force 1 '07 – 耐克官方旗舰店 拼多多 百亿补贴", "pinduoduo"),
         ("apple", 3, "Apple 20W USB-C Power Adapter – 百亿补贴 官方正品 拼多多", "pinduoduo"),
         ("loreal", 1, "Maybelline Sky High Mascara – official brand shop on Temu", "temu"),
         ("sony", 0, "Sony WH-1000XM5 – Sony official store, AliExpress Choice", "aliexpress"),
         ("adidas", 1, "adidas Stan Smith – adidas official, Temu brand mall", "temu"),
         ("mattel", 1, "Hot Wheels 5-Pack – Mattel official store on Temu", "temu"),
         ("canon", 1, "Canon PG-545 Black Ink – Canon Official Store AliExpress", "aliexpress")]
    return inn([(b, i, t, "Sold by the brand's official store on this platform, invoice and warranty.", "fair", None, mk) for b, i, t, mk in R], rng)


@cls("in_retailer_receipt_genuine25", "*", "innocent", "genuine goods resold with the authorized retailer's receipt, named plainly, at fair used prices (mirror of c_retailer_receipt25)")
def i_rr(rng):
    R = [("rolex", 0, "Rolex Submariner Date 126610LN – bought at Bucherer 2023, receipt and warranty card"),
         ("omega", 1, "Omega Seamaster Diver 300M – Wempe receipt 2024, full set"),
         ("nike", 2, "Air Jordan 1 High OG Chicago – Foot Locker receipt, worn twice"),
         ("adidas", 0, "adidas Ultraboost Light – JD Sports receipt, unworn"),
         ("bose", 0, "Bose QuietComfort 45 – Best Buy receipt, open box"),
         ("dyson", 0, "Dyson Supersonic HD08 – MediaMarkt Rechnung, 1 Jahr alt"),
         ("estee-lauder", 0, "Estée Lauder Advanced Night Repair 50ml – Sephora receipt, unopened"),
         ("burberry", 0, "Burberry Check Cashmere Scarf – Harrods receipt, gift unused"),
         ("sony", 2, "Sony α7 IV ILCE-7M4 – ヨドバシ購入 保証書付き"),
         ("canon", 0, "Canon EOS R6 Mark II – ビックカメラ購入 レシート付き"),
         ("gucci", 1, "Gucci GG Marmont belt – Selfridges receipt"),
         ("louis-vuitton", 0, "Louis Vuitton Neverfull MM – facture Galeries Lafayette 2024")]
    return inn([(b, i, t, "Genuine, bought new from the retailer on the receipt; selling because unused.", fair(prod(b, i)[4], rng, 0.70, 0.95)) for b, i, t in R], rng)


@cls("in_genuine_negated_copy25", "", "innocent", "genuine goods at fair prices whose text denies copy words ('not a replica, not a copy')")
def i_neg(rng):
    R = []
    for k in range(12):
        p = P[(k * 9 + 4) % len(P)]
        R.append((p[0], BY_BRAND[p[0]].index(p), f"{p[2]} – 100% genuine, not a replica, not a copy", "Bought at the official store, receipt shown. No fakes here.",
                  fair(p[4], rng, 0.85, 1.05)))
    return inn(R, rng)


@cls("in_gift_cards25", "", "innocent", "the brand's gift cards at face value")
def i_gc(rng):
    R = [("apple", None, "Apple Gift Card 50 USD", 50, "gift cards"), ("nintendo", None, "Nintendo eShop Card 35 USD", 35, "video games"),
         ("sony", None, "PlayStation Store gift card 50 EUR", 54, "consoles"), ("microsoft", None, "Xbox gift card 25 USD", 25, "consoles"),
         ("nike", None, "Nike gift card 100 USD", 100, "gift cards"), ("adidas", None, "adidas Geschenkkarte 50 EUR", 54, "gift cards"),
         ("lego", None, "LEGO gift card 25 GBP", 32, "gift cards"), ("apple", None, "Apple Gift Card 100 USD", 100, "gift cards"),
         ("apple", None, "App Store & iTunes gift card 25 USD", 25, "gift cards"), ("sony", None, "PlayStation Plus 12 months voucher (code)", 80, "consoles"),
         ("microsoft", None, "Microsoft 365 Personal 1 year (retail card)", 100, "software licenses"), ("nintendo", None, "Nintendo Switch Online 12 months code", 20, "video games")]
    return inn([(b, i, t, "Face value, sealed retail card, receipt from supermarket.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_short_dated25", "", "innocent", "genuine consumables near their best-before date at 40-60 % of list, date and batch stated")
def i_sd(rng):
    bs = [("mars", 0), ("mars", 1), ("nestle", 0), ("ferrero", 0), ("ferrero", 1), ("coca-cola", 0), ("danone", 1), ("loreal", 1),
          ("shiseido", 0), ("johnson-johnson", 1), ("estee-lauder", 1), ("nestle", 0)]
    return inn([(b, i, f"{prod(b, i)[2]} – best before 01/2027, clearance", "Genuine, short date, batch on photo. Clearance price.",
                 fair(prod(b, i)[4], rng, 0.40, 0.60)) for b, i in bs], rng)


@cls("in_ex_store_fixtures25", "*", "innocent", "genuine store fixtures and packaging sold as such, no goods (shopping bags, display stands, dust bags, ribbons), clearly described")
def i_fx(rng):
    R = [("louis-vuitton", 0, "Louis Vuitton paper shopping bag, medium – bag only, no product", 12, "handbags"),
         ("gucci", 0, "Gucci shopping bag + ribbon, genuine packaging only", 15, "handbags"),
         ("cartier", 0, "Cartier red gift box (empty), genuine packaging", 35, "jewelry"),
         ("rolex", 0, "Rolex dealer display stand, acrylic, ex-shop fixture", 120, "watches"),
         ("nike", 1, "Nike store shoe wall display shelf x5, ex-store fitting", 40, "sneakers"),
         ("apple", 0, "Apple Store retail display table riser (ex-store)", 60, "phones"),
         ("pandora", 0, "Pandora charm display tray, ex-store fixture", 25, "charms"),
         ("swarovski", 0, "Swarovski empty blue box with sleeve, packaging only", 10, "jewelry"),
         ("burberry", 0, "Burberry dust bag, genuine, no item", 18, "handbags"),
         ("omega", 0, "Omega dealer clock sign, ex-shop", 180, "watches"),
         ("coach", 0, "Coach shopping bags x3, packaging only", 9, "handbags"),
         ("lego", 0, "LEGO store minifigure display frame, ex-shop", 45, "minifigures")]
    return inn([(b, i, t, "Packaging / fixture only – no product included. From a shop refit.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_licensed_crossover25", "", "innocent", "licensed crossovers naming two registry brands (LEGO x BMW, Hot Wheels Toyota, adidas x Gucci, Puma x BMW M, Monopoly Super Mario)")
def i_lc(rng):
    R = [("lego", None, "LEGO Technic BMW M 1000 RR 42130", 249.99, "building sets"), ("mattel", None, "Hot Wheels Toyota Land Cruiser 1:64 premium", 7, "die-cast cars"),
         ("mattel", None, "Hot Wheels Honda Civic Type R premium", 7, "die-cast cars"), ("adidas", None, "adidas x Gucci Gazelle sneakers", 980, "sneakers"),
         ("puma", None, "Puma BMW M Motorsport Drift Cat sneakers", 90, "sneakers"), ("hasbro", None, "Monopoly Super Mario Bros edition", 30, "board games"),
         ("lego", None, "LEGO adidas Originals Superstar 10282", 79.99, "building sets"), ("nike", None, "Apple Watch Nike Series 10 46mm", 429, "sportswear"),
         ("mattel", None, "UNO Nintendo Super Mario edition", 10, "toys"), ("lego", None, "LEGO Super Mario starter course 71439", 59.99, "building sets"),
         ("bandai", None, "Tamagotchi Uni (Bandai), genuine", 59, "toys"), ("mattel", None, "Hot Wheels BMW M3 E30 premium 1:64", 7, "die-cast cars")]
    return inn([(b, i, t, "Officially licensed product, genuine, new in box.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_grey_import25", "", "innocent", "genuine grey imports with the version stated, at fair prices")
def i_gi(rng):
    bs = [("sony", 0), ("sony", 2), ("canon", 0), ("nintendo", 0), ("apple", 1), ("samsung", 0), ("dyson", 0), ("shiseido", 0),
          ("panasonic", 0), ("yonex", 0), ("bandai", 0), ("philips", 0)]
    ver = ["Japan version", "HK version", "Asia version", "US version", "EU version"]
    return inn([(b, i, f"{prod(b, i)[2]} – {ver[k % len(ver)]}, sealed", "Genuine parallel import, importer warranty 1 year.",
                 fair(prod(b, i)[4], rng, 0.88, 1.02)) for k, (b, i) in enumerate(bs)], rng)


@cls("in_usb_dev_tools25", "*", "innocent", "developer and test tools that cite vendor ids honestly (USB testers, BLE sniffers, udev rules, MFi cables listing VID 05AC) (mirror of c_usb_bt_ids25)")
def i_usb(rng):
    R = [("apple", None, "USB-C power meter – shows VID/PID (e.g. 05AC), PD protocol", 25, "chargers"),
         ("apple", None, "MFi certified Lightning cable 1m (third party, Apple-approved C94 chip)", 15, "chargers"),
         ("nintendo", None, "udev rules & guide: controllers with vendor 057E on Linux (PDF)", 3, "accessories"),
         ("sony", None, "nRF52840 BLE sniffer dongle – decodes company IDs like 0x004C, 0x0075, 0x012D", 29, "accessories"),
         ("microsoft", None, "USB descriptor analyser – lists vendor 045E devices, for developers", 40, "accessories"),
         ("samsung", None, "PCIe 4.0 M.2 adapter card – works with any NVMe (vendor 144D, 15B7...)", 18, "memory"),
         ("bose", None, "Bluetooth company ID reference poster (0x004C Apple, 0x009E Bose...)", 12, "speakers"),
         ("apple", None, "USB-C to USB-A adapter, third-party, no-name", 6, "chargers"),
         ("sony", None, "Third-party USB-C charging dock for console controllers (not Sony)", 22, "consoles"),
         ("nintendo", None, "8BitDo controller – works with console (own vendor id, not first-party)", 45, "accessories"),
         ("microsoft", None, "Book: USB Complete – descriptors, VID/PID, HID explained", 35, "software"),
         ("samsung", None, "Logic analyser 24MHz 8ch, for USB/BLE debugging", 14, "accessories")]
    return inn([(b, i, t, "Third-party tool, not made by the brand; ids shown for compatibility.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_runes_scripts25", "*", "innocent", "runic, Ogham, Gothic, Glagolitic and Tifinagh goods: name rings, pendants, books, calligraphy (mirror of c_old_scripts25)")
def i_run(rng):
    R = [("rolex", None, "Elder Futhark rune ring, custom name engraving ᚱᛟᛒᛖᚱᛏ", 29, "jewelry"), ("omega", None, "Ogham name pendant ᚛ᚑᚄᚉᚐᚏ᚜ silver", 45, "jewelry"),
         ("nike", None, "Rune set 24 stones with pouch ᚠᚢᚦᚨᚱᚲ", 18, "toys"), ("adidas", None, "Wulfila Gothic Bible facsimile 𐌰𐍄𐍄𐌰", 60, "books"),
         ("pandora", None, "Glagolitic alphabet calligraphy print Ⰰ Ⰱ Ⰲ", 25, "art"), ("sony", None, "Tifinagh ⵣ Amazigh silver pendant", 35, "jewelry"),
         ("lego", None, "Learn the runes – beginner book", 14, "books"), ("gucci", None, "Viking rune bracelet ᚷ (Gebo, gift)", 22, "jewelry"),
         ("canon", None, "Ogham stones replica set for garden", 40, "art"), ("dyson", None, "Tifinagh keyboard stickers", 6, "accessories"),
         ("samsung", None, "Gothic script (Wulfila) font licence", 20, "software"), ("bose", None, "Ogham wall clock, oak", 55, "art")]
    return inn([(b, i, t, "Handmade/learning item; script used for its own sake.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_word_games25", "*", "innocent", "word-game goods: Scrabble sets, Wordle-style games, tile jewellery, puzzle books (mirror of c_wordle_tiles25, c_scrabble_tiles25, c_polybius25)")
def i_wg(rng):
    R = [("mattel", None, "Scrabble Original board game (Mattel), new", 30, "board games"), ("hasbro", None, "Wordle The Party Game (Hasbro), sealed", 20, "board games"),
         ("rolex", None, "Scrabble tile letters 100 pcs for crafts – R₁ O₁ L₁ E₁ ...", 9, "toys"), ("omega", None, "Wordle mug 🟩🟩🟩🟩🟩 'solved in 3'", 15, "merchandise"),
         ("lego", None, "Cipher puzzle book: Polybius, tap code, Caesar", 12, "books"), ("gucci", None, "Scrabble tile name necklace, custom letters", 25, "jewelry"),
         ("nike", None, "Word search & Wordle puzzle book, 200 puzzles", 9, "books"), ("canon", None, "Escape-room kit with Polybius square lock", 35, "toys"),
         ("sony", None, "Bananagrams word game", 15, "board games"), ("dyson", None, "Wooden letter tiles wall art 'HOME'", 28, "art"),
         ("adidas", None, "Greek alphabet flash cards (alpha to omega)", 8, "books"), ("bose", None, "Morse & tap code keychain", 7, "toys")]
    return inn([(b, i, t, "Word game item, nothing to do with any brand's goods.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_roman_numeral_goods25", "*", "innocent", "goods with Roman numerals and number-form characters (wall clocks ⅫⅢⅥⅨ, date tattoos stencils, anniversary rings MMXXV) (mirror of c_number_forms25)")
def i_rn(rng):
    R = [("rolex", None, "Wall clock 40cm, Roman numerals Ⅻ Ⅲ Ⅵ Ⅸ, silent", 35, "home"), ("cartier", None, "Roman numeral ring MMXXV, silver", 30, "jewelry"),
         ("omega", None, "Roman numeral date bracelet Ⅻ.Ⅳ.ⅯⅯⅩⅩ", 25, "jewelry"), ("lego", None, "Roman numerals learning puzzle for kids", 12, "toys"),
         ("coach", None, "Ⅽ Ⅼ Ⅹ Ⅿ stencil set for signs", 8, "art"), ("canon", None, "Book: Chapter Ⅰ–Ⅻ journal", 10, "books"),
         ("microsoft", None, "Ⅹ-frame sawhorse pair", 45, "tools"), ("rolex", None, "Pocket watch, Roman dial, quartz, no brand", 20, "watches"),
         ("cartier", None, "Square quartz watch with Roman dial, own brand 'Aurel'", 59, "watches"), ("gillette", None, "Super Bowl Ⅼ Ⅹ pennant, vintage", 18, "merchandise"),
         ("dyson", None, "Louis XIV (Ⅹ Ⅳ) style mirror frame", 90, "home"), ("levis", None, "Ⅼ Ⅴ numbered print 'Vol. Ⅳ'", 15, "art")]
    return inn([(b, i, t, "Roman numerals only; no brand.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_typography25", "*", "innocent", "typography goods and everyday words written with ligatures or currency signs (ﬁ ﬂ ﬃ ꝏ ₹ ₩ ₦ prints, 'Oﬃce chair') (mirror of c_ligature_letters25, c_currency_symbol_letters25, c_ocr_lookalikes25)")
def i_typo(rng):
    R = [("microsoft", None, "Ergonomic oﬃce chair, mesh back", 149, "furniture"), ("nestle", None, "Letterpress ligature type set ﬁ ﬂ ﬀ ﬃ ﬆ", 45, "art"),
         ("canada-goose", None, "Gꝏd Vibes poster, retro type", 12, "art"), ("rolex", None, "₹ rupee symbol pendant, silver", 20, "jewelry"),
         ("wilson", None, "₩ won sign enamel pin", 6, "merchandise"), ("nike", None, "₦ naira coin bank, kids", 9, "toys"),
         ("samsung", None, "OCR-A font licence for barcodes", 25, "software"), ("gillette", None, "Caﬀè moka pot 6 cups", 30, "kitchen appliances"),
         ("estee-lauder", None, "Eﬆ. 1987 wedding sign, wooden", 35, "art"), ("callaway", None, "Typography book: ligatures and kerning", 28, "books"),
         ("microsoft", None, "Oﬃce desk organiser, bamboo", 19, "furniture"), ("yonex", None, "¥ yen symbol cufflinks", 22, "jewelry")]
    return inn([(b, i, t, "Typography item, no brand.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_map_coordinates25", "*", "innocent", "coordinate jewellery, posters and travel goods of places, some near brands' headquarters (mirror of c_hq_coordinates25)")
def i_map(rng):
    R = [("rolex", None, "Coordinates bracelet 46.2044 N, 6.1432 E (Geneva) – engraved", 35, "jewelry"), ("apple", None, "Cupertino 37.3230 N map poster", 20, "art"),
         ("lego", None, "Billund 55.73 N 9.11 E – travel mug", 15, "merchandise"), ("nike", None, "Portland Oregon coordinates tee 45.5152 N 122.6784 W", 22, "sportswear"),
         ("toyota", None, "Nagoya 35.18 N 136.90 E – city map print", 18, "art"), ("nintendo", None, "Kyoto 35.0116 N 135.7681 E – coordinates ring", 40, "jewelry"),
         ("samsung", None, "Seoul 37.5665 N, 126.9780 E – poster", 16, "art"), ("dyson", None, "Cotswolds walking map 51.8 N 1.8 W", 12, "books"),
         ("michelin", None, "Clermont-Ferrand 45.78 N 3.08 E – cycling jersey, local club", 55, "sportswear"), ("omega", None, "Biel/Bienne lake map 47.13 N", 14, "art"),
         ("swarovski", None, "Innsbruck 47.26 N 11.39 E – ski poster", 25, "art"), ("adidas", None, "Nuremberg 49.45 N 11.08 E coordinates necklace", 30, "jewelry")]
    return inn([(b, i, t, "Coordinates of a city or place; no brand goods.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_app_dev25", "*", "innocent", "app-development courses, books and services citing package ids honestly (com.example, com.apple bundle ids in a Swift course) (mirror of c_app_package_id25)")
def i_app(rng):
    R = [("apple", None, "Swift course: bundle ids (com.apple.*, com.yourname.app) explained", 49, "software"), ("samsung", None, "Android dev book: package names like com.samsung.android.*", 39, "books"),
         ("nike", None, "Case study PDF: how the com.nike.omega app does onboarding (UX review)", 15, "books"), ("nintendo", None, "Guide: set up the Nintendo Switch Online app (com.nintendo.znca) – genuine help", 5, "video games"),
         ("sony", None, "Remote Play setup service for your own console (com.scee.psxandroid)", 20, "consoles"), ("microsoft", None, "Kotlin course, 40 hours, certificate", 29, "software"),
         ("adidas", None, "Running app comparison ebook", 8, "books"), ("dyson", None, "Smart home app integration service, hourly", 60, "services"),
         ("canon", None, "Tethering cable 3m for cameras + Camera Connect app guide", 18, "cameras"), ("lego", None, "Coding for kids with robots (not LEGO), course", 99, "toys"),
         ("bmw", None, "Car app (My BMW) setup help for new owners – 30 min call", 25, "auto parts"), ("apple", None, "Used MacBook stand, aluminium, no brand", 20, "laptops")]
    return inn([(b, i, t, "Course/service; no goods of the brand sold.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_punycode_domains25", "*", "innocent", "IDN and Punycode goods and services: converters, domain registrations of ordinary words, DNS books (mirror of c_punycode25)")
def i_puny(rng):
    R = [("rolex", None, "IDN domain for sale: xn--bcher-kva.shop (bücher)", 120, "services"), ("nike", None, "Punycode converter desktop tool licence", 15, "software"),
         ("gucci", None, "Book: DNS and BIND, 6th edition", 45, "books"), ("louis-vuitton", None, "Domain registration .shop 1 year, IDN supported", 12, "services"),
         ("cartier", None, "xn--mnchen-3ya.store (münchen) domain – transfer", 300, "services"), ("omega", None, "Web hosting 12 months with free IDN domain", 48, "services"),
         ("dyson", None, "Course: internationalised domain names & security", 30, "software"), ("lego", None, "xn--fiqs8s.online (中国) domain for sale", 250, "services"),
         ("sony", None, "Phishing-awareness training for staff (IDN homograph attacks)", 200, "services"), ("nintendo", None, "xn--eckwd4c7c.xyz (ドメイン) – domain", 80, "services"),
         ("rolex", None, "SSL certificate 1 year, IDN ok", 25, "services"), ("samsung", None, "Router with DNS filtering, blocks IDN look-alikes", 89, "accessories")]
    return inn([(b, i, t, "Domains and web services; no brand goods.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_emoji_merch25", "*", "innocent", "emoji-themed everyday goods (🐼 plush, 🦓 print case, 🐸 keychain, 🐝 brooch, 🥤 cup, 🦇 costume, 🌙 lamp) (mirror of c_emoji_nicknames25)")
def i_emo(rng):
    R = [("nike", None, "🐼 panda plush 30cm", 15, "toys"), ("adidas", None, "🦓 zebra print phone case", 9, "accessories"), ("rolex", None, "🐸 frog keychain, enamel", 5, "accessories"),
         ("gucci", None, "🐝 bee brooch, vintage style, no brand", 12, "jewelry"), ("rolex", None, "🥤 reusable cup 500ml", 8, "home"), ("rolex", None, "🦇 bat costume kids", 18, "toys"),
         ("omega", None, "🌙🚀 moon lamp 15cm, touch", 25, "home"), ("cartier", None, "❤️ heart bracelet, stainless, own brand", 14, "jewelry"),
         ("nike", None, "🐂 bull figurine, bronze", 40, "art"), ("adidas", None, "🐋 whale bath toy", 6, "toys"), ("cartier", None, "🐆 leopard print scarf", 16, "accessories"),
         ("nike", None, "🖤❤️ black/red shoelaces 120cm", 4, "accessories")]
    return inn([(b, i, t, "Emoji-themed item, no brand.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_accessories25", "", "innocent", "third-party accessories named 'for' the brand's goods (cases, straps, stands) at accessory prices")
def i_acc(rng):
    R = [("apple", None, "Silicone case for iPhone 16 Pro, third party", 9, "phones"), ("apple", None, "Charging stand for AirPods Pro 2 case", 12, "earbuds"),
         ("samsung", None, "Screen protector for Galaxy S24 Ultra, 2 pack", 8, "phones"), ("sony", None, "Replacement ear pads for WH-1000XM5 (aftermarket)", 19, "headphones"),
         ("nintendo", None, "Carrying case for Switch OLED", 15, "accessories"), ("dyson", None, "Wall mount for V15 Detect (compatible)", 18, "vacuum cleaners"),
         ("rolex", None, "20mm rubber strap, fits Submariner-size lugs (aftermarket)", 25, "watches"), ("canon", None, "Camera strap for EOS R6 (third party)", 22, "cameras"),
         ("louis-vuitton", None, "Bag organiser insert for Neverfull MM (felt)", 20, "handbags"), ("microsoft", None, "Controller charging dock for Xbox (third party)", 20, "consoles"),
         ("bose", None, "Hard case for QuietComfort 45 (compatible)", 14, "headphones"), ("lego", None, "Acrylic display case for 75192", 90, "building sets")]
    return inn([(b, i, t, "Accessory by a third party; not made by the brand.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_everyday_senses25", "", "innocent", "everyday senses of words that are marks (apple crate, shell necklace, puma plush, galaxy projector, canon law, coach tickets, omega-3, switch plate, dove figurine, crown moulding)")
def i_ev(rng):
    R = [("apple", None, "Apple crate, wooden, vintage farm", 25, "home"), ("shell", None, "Shell necklace, cowrie, handmade", 12, "jewelry"),
         ("puma", None, "Puma plush toy, wildlife series", 15, "toys"), ("samsung", None, "Galaxy star projector night light", 20, "home"),
         ("canon", None, "Canon law textbook, 2nd edition", 45, "books"), ("coach", None, "Coach tickets London–Oxford, 2 adults", 30, "travel"),
         ("omega", None, "Omega-3 fish oil 120 caps", 18, "nutrition"), ("nintendo", None, "Light switch plate, brass", 10, "home"),
         ("mars", None, "Mars rover model kit 1:20", 35, "toys"), ("pandora", None, "Pandora's box mythology print", 22, "art"),
         ("nike", None, "Nike of Samothrace statue replica 30cm", 60, "art"), ("rolex", None, "Crown moulding, pine, 2.4m", 15, "home")]
    return inn([(b, i, t, "Everyday item.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_books_media25", "", "innocent", "books, magazines and films about the brands")
def i_bk(rng):
    R = [("nike", None, "Shoe Dog – Phil Knight, paperback", 12, "books"), ("lego", None, "The LEGO Story – book", 20, "books"),
         ("apple", None, "Steve Jobs – Walter Isaacson, hardcover", 18, "books"), ("rolex", None, "Rolex Submariner reference book, collector guide", 80, "books"),
         ("louis-vuitton", None, "Louis Vuitton: The Birth of Modern Luxury (coffee-table book)", 70, "books"), ("toyota", None, "The Toyota Way – book", 25, "books"),
         ("dyson", None, "Invention: A Life – James Dyson", 16, "books"), ("nintendo", None, "Game Over: How Nintendo Conquered the World", 14, "books"),
         ("omega", None, "Moonwatch Only – book", 120, "books"), ("gucci", None, "House of Gucci DVD", 8, "books"),
         ("coca-cola", None, "For God, Country & Coca-Cola – book", 15, "books"), ("bmw", None, "BMW M3 Haynes manual E46", 30, "books")]
    return inn([(b, i, t, "Book/media, new or used.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_repair_services25", "", "innocent", "repair, servicing and authentication services for the brand's goods")
def i_rs(rng):
    R = [("apple", None, "iPhone battery replacement service, 30 min", 69, "phones"), ("rolex", None, "Watch service for Rolex, full overhaul by independent watchmaker", 550, "watches"),
         ("dyson", None, "Dyson vacuum repair, motor & battery", 80, "vacuum cleaners"), ("nintendo", None, "Switch Joy-Con drift repair", 25, "accessories"),
         ("louis-vuitton", None, "Handbag restoration: edge paint & handles for LV bags", 150, "handbags"), ("samsung", None, "Galaxy screen replacement", 199, "phones"),
         ("omega", None, "Omega Speedmaster servicing, independent", 450, "watches"), ("canon", None, "Camera sensor cleaning, Canon & others", 60, "cameras"),
         ("sony", None, "PS5 HDMI port repair", 90, "consoles"), ("cartier", None, "Jewellery polishing & resizing (Cartier, Tiffany...)", 120, "jewelry"),
         ("bose", None, "Headphone repair, Bose/Sony", 45, "headphones"), ("nike", None, "Sneaker cleaning & sole restoration", 35, "sneakers")]
    return inn([(b, i, t, "Service only; bring your own item.", usd, c) for b, i, t, usd, c in R], rng)


@cls("in_wanted25", "", "innocent", "wanted ads for the brand's genuine goods (no price)")
def i_wt(rng):
    R = []
    for k in range(12):
        p = P[(k * 8 + 6) % len(P)]
        R.append((p[0], None, f"WANTED: {p[2]}, genuine only", "Looking to buy, genuine only, no replicas. Cash on pickup.", None, p[5]))
    return inn(R, rng)


@cls("in_honest_dupe25", "", "innocent", "unbranded look-alikes at low prices; the generic description only, no mark")
def i_hd(rng):
    R = []
    for k in range(12):
        p = P[(k * 6 + 1) % len(P)]
        R.append((p[0], None, f"{p[1]} – own brand, no logo", "Generic design, own brand. Not affiliated with any brand.", copy_usd(rng, p[4]), p[5]))
    return inn(R, rng)


# ---------------------------------------------------------------- assembly
SELLER_NAMES = ["best_deals", "shop", "store", "trade", "goods", "market", "outlet", "world", "star", "home"]


def build(seed):
    rng = random.Random(seed)
    rows, meta = [], []
    for name, star, kind, tactic, fn in CLASSES:
        items = fn(rng)
        n = len(items)
        meta.append((name, star, kind, n, tactic, items[0]))
        for it in items:
            m = MK[it["mk"]] if it.get("mk") else rng.choice(MARKETS)
            lang, mp, cur, country, rate = m
            lid = "%016x" % rng.getrandbits(64)
            sel = it.get("seller")
            if sel:
                seller = {"id": sel[0], "name": sel[1], "country": "US" if mp in ("amazon-us", "ebay") else ("DE" if mp == "amazon-de" else "CN")}
                if mp == "tmall":
                    cur, rate = "CNY", 7.2
            else:
                seller = {"id": "u%08x" % rng.getrandbits(32), "name": f"{rng.choice(SELLER_NAMES)}_{rng.randint(1, 999)}", "country": country}
            d = {"marketplace": mp, "listing_id": lid, "url": f"https://{mp}.example/item/{lid}", "title": it["title"],
                 "description": it["desc"], "seller": seller, "category": it["cat"],
                 "observed_at": f"2026-12-0{rng.choice([2, 3])}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z", "attributes": {}}
            if it["usd"] is not None:
                d["price"] = {"amount": sig3(it["usd"] * rate), "currency": cur}
            if kind == "counterfeit" and rng.random() < 0.35:
                d["ship_from"] = "CN"
            d["_label"] = {"kind": kind, "brand": it["brand"], "class": name, "tactic": tactic, "lang": lang, "also": []}
            rows.append(d)
    rng.shuffle(rows)
    return rows, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, meta = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider25 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: the class's first row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tactic, ex in meta:
            t = ex["title"].replace("|", "\\|")
            f.write(f"| {name} | {star} | {kind} | {n} | {tactic.replace('|', '/')} | {t} ({ex['brand']}) |\n")
    print(len(rows), "rows,", len(meta), "classes")


if __name__ == "__main__":
    main()
