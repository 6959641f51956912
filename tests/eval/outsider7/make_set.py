#!/usr/bin/env python3
"""outsider7: seeded generator of a held-out labelled set of marketplace listings for BrandSentry.

python3 make_set.py [-v] [--seed 7] [--out set.jsonl]

Writes one Listing JSON per line (schemas/json/listing.schema.json) plus `_label` = {kind, brand, class, tactic, lang, also}.
Stdlib only. Written from the README, docs, schemas, the demo registry and public knowledge of counterfeit trade;
the matcher was never read.
"""
from __future__ import annotations

import argparse, collections, hashlib, json, random, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brands import B, IMAGES  # noqa: E402
from langs import MARKET, noun  # noqa: E402

CLASSES = []  # (name, kind, tactic, fn)


def cls(name, kind, tactic):
    def deco(fn):
        CLASSES.append((name, kind, tactic, fn))
        return fn
    return deco


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.t0 = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
        self.ids = set()

    # ------------------------------------------------------------------ helpers
    def ch(self, xs):
        return self.r.choice(xs)

    def money(self, usd, lang, cur=None):
        if usd is None:
            return None
        mk = MARKET[lang]
        cur = cur or mk[1]
        rate = mk[2] if cur == mk[1] else {"USD": 1.0, "EUR": 1.08, "CNY": 0.14}[cur]
        a = usd / rate
        if a < 20:
            a = round(a, 2)
        elif a < 1000:
            a = float(int(a)) + (0.99 if self.r.random() < 0.4 else 0)
        elif a < 100000:
            a = float(round(a, -1))
        else:
            a = float(round(a, -3))
        return {"amount": a, "currency": cur}

    def price(self, bid, lo, hi, lang):
        return self.money(B[bid]["usd"] * self.r.uniform(lo, hi), lang)

    def seller(self, lang, name=None, sid=None):
        mk = MARKET[lang]
        pre = self.ch(["shop", "store", "deals", "trade", "mall", "outlet", "home", "buy", "market", "goods"])
        sid = sid or f"{self.ch(['u', 's', 'm', 'x', 'k'])}{self.r.randrange(10**5, 10**8)}"
        name = name if name is not None else self.ch([f"{pre}{self.r.randrange(100, 9999)}", f"best_{pre}_{self.r.randrange(10, 99)}",
                                                       f"{self.ch(['Lucky', 'Star', 'Happy', 'Top', 'Sun', 'Golden', 'Blue'])} {pre.title()}",
                                                       f"{self.ch(['anna', 'max', 'lee', 'kim', 'ivan', 'maria', 'ali', 'chen'])}_{self.r.randrange(1, 999)}"])
        return {"id": sid, "name": name, "country": mk[3]}

    def img(self, url=None, phash=None):
        h = phash or "%016x" % self.r.getrandbits(64)
        return {"url": url or f"https://img.cdn-{self.r.randrange(1, 9)}.example/{self.r.getrandbits(40):010x}.jpg", "phash": h}

    def row(self, name, kind, tactic, lang, brand, title, desc="", price=None, category=None, seller=None, url=None,
            images=None, attrs=None, also=(), mp=None, ship=None):
        mk = MARKET[lang]
        mp = mp or self.ch(mk[0])
        while True:
            lid = f"{self.r.randrange(10**9, 10**10)}"
            if (mp, lid) not in self.ids:
                self.ids.add((mp, lid))
                break
        if images is None:
            images = [self.img() for _ in range(self.r.randint(1, 3))]
        d = {
            "marketplace": mp, "listing_id": lid,
            "url": url if url is not None else f"https://{mp}.example/item/{lid}",
            "title": title.strip(), "description": desc.strip(),
            "seller": seller or self.seller(lang), "category": category,
            "images": images, "ship_from": ship or mk[3],
            "observed_at": (self.t0 + timedelta(minutes=self.r.randrange(0, 60 * 24 * 10))).isoformat(),
            "attributes": attrs or {},
        }
        if price is not None:
            d["price"] = price
        name, kind, tactic = self.cur  # the class being generated (set by build())
        d["_label"] = {"kind": kind, "brand": brand, "class": name, "tactic": tactic, "lang": lang, "also": list(also)}
        return d


# ---------------------------------------------------------------------- text transforms
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "A": "А", "B": "В", "C": "С",
        "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "Ο", "P": "Р", "T": "Т", "X": "Χ", "N": "Ν", "I": "Ι", "Z": "Ζ", "v": "ν"}
SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
SUPERS = dict(zip("ABDEGHIJKLMNOPRTUVW", "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ"))
EMOJI = {"o": ["⭕", "🅾️", "⚪"], "a": ["🅰️", "🔺"], "b": ["🅱️"], "x": ["❌", "✖️"], "i": ["ℹ️", "❗"], "s": ["💲"], "m": ["Ⓜ️"], "c": ["©️"]}
LEET = {"a": ["@", "4"], "i": ["!", "1", "|"], "o": ["0", "()"], "s": ["$", "5"], "e": ["3", "€"], "u": ["|_|", "v"], "l": ["|", "1"],
        "t": ["7", "+"], "c": ["(", "¢"], "g": ["9"], "b": ["8"]}
LOCALE = {"o": ["ø", "ö", "ō"], "i": ["ı", "í", "ï"], "l": ["ł"], "d": ["ð"], "a": ["å", "ą", "ä"], "e": ["ė", "ę", "ë"], "u": ["ů", "ü"],
          "s": ["ş", "ś"], "c": ["ç", "ć"], "g": ["ğ"], "n": ["ñ", "ń"], "z": ["ż"], "y": ["ý"], "r": ["ř"]}
INVIS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]


def math_font(s, style):
    base = {"bold": (0x1D400, 0x1D41A), "sansbold": (0x1D5D4, 0x1D5EE), "boldscript": (0x1D4D0, 0x1D4EA), "mono": (0x1D670, 0x1D68A),
            "bolditalic": (0x1D468, 0x1D482), "fraktur": (0x1D56C, 0x1D586)}[style]
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(base[0] + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(base[1] + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def enclosed(s, style):
    out = []
    for c in s:
        if style == "circled":
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + ord(c) - 97))
            else:
                out.append(c)
        else:
            u = c.upper()
            off = {"negsq": 0x1F170, "square": 0x1F130, "negcirc": 0x1F150}[style]
            out.append(chr(off + ord(u) - 65) if "A" <= u <= "Z" else c)
    return "".join(out)


def positions(s, r, k, pred):
    idx = [i for i, c in enumerate(s) if pred(c)]
    r.shuffle(idx)
    return sorted(idx[:k])


def sub_letters(s, r, table, k=1, pick=None):
    ps = positions(s, r, k, lambda c: c in table)
    out = list(s)
    for i in ps:
        v = table[s[i]]
        out[i] = r.choice(v) if isinstance(v, list) else v
    return "".join(out)


def typo(s, r):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    i = r.choice(letters[1:-1] if len(letters) > 3 else letters)
    op = r.choice(["del", "dup", "swap", "sub"])
    kb = {"a": "s", "s": "a", "e": "r", "r": "e", "o": "i", "i": "o", "n": "m", "m": "n", "u": "y", "c": "x", "l": "k", "t": "r", "g": "h", "d": "s", "b": "v", "h": "g", "k": "l", "p": "o", "y": "u", "v": "b", "w": "q", "x": "c", "f": "g", "z": "x"}
    if op == "del":
        return s[:i] + s[i + 1:]
    if op == "dup":
        return s[:i] + s[i] + s[i:]
    if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    c = s[i]
    rep = kb.get(c.lower(), "e")
    return s[:i] + (rep.upper() if c.isupper() else rep) + s[i + 1:]


# ---------------------------------------------------------------------- shared vocabulary
EN_CUES = ["1:1 replica", "AAA quality", "mirror quality", "top grade copy", "super clone", "high quality replica", "A+ grade copy",
           "not original, best quality", "5A quality"]
SHIP = ["Fast shipping", "Ships in 24h", "Free shipping worldwide", "Tracked delivery", "Discreet packaging", "DM for more photos"]


def en_desc(g, extra=""):
    return " ".join([extra, g.ch(SHIP) + ".", g.ch(["Brand new.", "New with tags.", "Never worn.", "Sealed.", "100% satisfaction."])])


ALLB = list(B)


def pool(g, ids, n=10):
    ids = list(ids)
    g.r.shuffle(ids)
    out = []
    while len(out) < n:
        out += ids
    return out[:n]


def local_title(g, bid, lang, mark, generic=False):
    """mark + the product noun in the listing's language (generic=True: an English description without lines or models)."""
    b = B[bid]
    if lang.startswith("en") or (generic and lang in ("tl", "ms")):
        return f"{mark} {gen(bid) if generic else b['prod']}"
    n = noun(b["nk"], lang)
    if lang.split("-")[0] in ("zh", "ja", "ko", "th"):
        return f"{mark} {n}"
    return f"{n} {mark}" if lang in ("es", "es-MX", "pt", "fr", "it", "vi", "id", "ar", "he", "fa", "ms", "tl") else f"{mark} {n}"


# ---------------------------------------------------------------------- counterfeit classes: characters
def disguise_class(name, tactic, transform, brands=None, langs=("en",), cue_share=0.5, lo=0.03, hi=0.15):
    @cls(name, "counterfeit", tactic)
    def _f(g):
        rows = []
        for bid in pool(g, brands or ALLB):
            lang = g.ch(langs)
            m = transform(g, B[bid]["core"])
            cue = g.ch(EN_CUES) if g.r.random() < cue_share else ""
            t = f"{local_title(g, bid, lang, m, generic=True)} {cue}".strip()
            rows.append(g.row(name, "counterfeit", tactic, lang, bid, t, en_desc(g, cue), g.price(bid, lo, hi, lang), B[bid]["cat"]))
        return rows
    return _f


LATIN = [k for k in B if k not in ()]
disguise_class("c_homoglyph_cyrillic_greek", "one or two Latin letters of the mark swapped for Cyrillic/Greek look-alikes",
               lambda g, s: sub_letters(s, g.r, HOMO, k=g.ch([1, 2])), langs=("en", "de", "fr", "en-GB"))
disguise_class("c_math_font_letters", "mark written in Unicode 'fancy font' math letters (bold, script, monospace, fraktur) from font-generator sites",
               lambda g, s: math_font(s, g.ch(["bold", "sansbold", "boldscript", "mono", "bolditalic", "fraktur"])), langs=("en", "en", "es", "pt"))
disguise_class("c_enclosed_squared_letters", "mark spelled in circled / squared / negative-squared letters (Ⓡⓞⓛⓔⓧ, 🅽🅸🅺🅴)",
               lambda g, s: enclosed(s, g.ch(["circled", "negsq", "square", "negcirc"])), langs=("en", "en", "tl", "id"))
disguise_class("c_smallcaps_superscript", "mark in IPA small capitals or modifier (superscript) letters, as social-media font tools produce",
               lambda g, s: "".join(SMALLCAPS.get(c.lower(), c) for c in s) if g.r.random() < 0.6 else "".join(SUPERS.get(c.upper(), c) for c in s),
               langs=("en", "en", "fr"))
disguise_class("c_emoji_for_letter", "an emoji stands in for one letter of the mark (R⭕LEX, 🅱️OSE, DY💲ON)",
               lambda g, s: sub_letters(s.upper() if g.r.random() < 0.5 else s, g.r, {**{k.upper(): v for k, v in EMOJI.items()}, **EMOJI}, k=1),
               brands=[k for k in B if any(c in B[k]["core"].lower() for c in "oabxism")], langs=("en", "en", "tl", "ms"))
disguise_class("c_leet_symbols", "symbols and digits for letters ($amsung, N!ke, R()lex, G|_|cci)",
               lambda g, s: sub_letters(s, g.r, {**LEET, **{k.upper(): v for k, v in LEET.items()}}, k=g.ch([1, 2])), langs=("en", "en-NG", "en-IN"))
disguise_class("c_invisible_chars", "zero-width space/joiner, word joiner, soft hyphen or BOM inside the mark (looks intact on screen)",
               lambda g, s: (lambda i: s[:i] + g.ch(INVIS) + s[i:])(g.r.randrange(1, len(s))), langs=("en", "de", "it", "nl"))
disguise_class("c_locale_letters", "national letters used as look-alikes: Nordic ø, Turkish ı/ş, Polish ł, Icelandic ð, Czech ř (Rølex, Nıke, Bołse)",
               lambda g, s: sub_letters(s, g.r, {**LOCALE, **{k.upper(): [x.upper() for x in v] for k, v in LOCALE.items()}}, k=1),
               langs=("da", "sv", "tr", "pl", "cs"), cue_share=0.3)


def _stacked(g, s):
    k = g.ch(["space_homo", "leet_dots", "bold_space", "dash_case", "zw_homo"])
    if k == "space_homo":
        return " ".join(sub_letters(s, g.r, HOMO, k=1))
    if k == "leet_dots":
        return ".".join(sub_letters(s.upper(), g.r, {**{k2.upper(): v for k2, v in LEET.items()}}, k=1))
    if k == "bold_space":
        return " ".join(math_font(s, "bold"))
    if k == "dash_case":
        return "-".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(typo(s, g.r)))
    return "\u200b".join(sub_letters(s, g.r, HOMO, k=1))


disguise_class("c_stacked_disguises", "two disguises at once: spaced + look-alike letter, leet + dots, fancy font + spaces, typo + dashes",
               _stacked, langs=("en", "en", "ru", "es"), cue_share=0.6)
disguise_class("c_typo_one_edit", "one keyboard slip in the mark (letter dropped, doubled, swapped or hit next to it)",
               lambda g, s: typo(s, g.r), langs=("en", "en", "es", "de", "fr", "it"), cue_share=0.4)


@cls("c_soundalike_spelling", "counterfeit", "spelled the way it sounds, two or more edits away (Naiky, Guchy, Rollecks, Lui Viton, Daison)")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        lang = g.ch(["en", "en", "en-NG", "en-IN", "tl"])
        m = B[bid]["snd"]
        cue = g.ch(EN_CUES + ["", "", ""])
        t = f"{local_title(g, bid, lang, m, generic=True)} {cue}"
        rows.append(g.row("c_soundalike_spelling", "counterfeit", CLASSES[-1][2], lang, bid, t, en_desc(g), g.price(bid, 0.03, 0.15, lang), B[bid]["cat"]))
    return rows


# ---------------------------------------------------------------------- masked / hints
@cls("c_masked_letters", "counterfeit", "letters of the mark hidden behind *, _, • or # so that a keyword filter misses it (R*lex, G__ci, D•son)")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        s = B[bid]["core"]
        idx = [i for i, c in enumerate(s) if c.isalpha()][1:-1]
        k = 1 if len(idx) < 5 else 2
        sel = set(g.r.sample(idx, k))
        mask = g.ch(["*", "_", "•", "#", "*"])
        m = "".join(mask if i in sel else c for i, c in enumerate(s))
        lang = g.ch(["en", "en", "es-MX", "pt", "id"])
        t = f"{local_title(g, bid, lang, m, generic=True)} {g.ch(['(you know the brand)', 'top quality', '1:1', 'AAA', 'premium', ''])}"
        rows.append(g.row("c_masked_letters", "counterfeit", CLASSES[-1][2], lang, bid, t, en_desc(g, "Brand name hidden because of platform rules, logo as shown in the photos."),
                          g.price(bid, 0.03, 0.15, lang), B[bid]["cat"]))
    return rows


RIDDLE = {
    "rolex": ("Swiss crown watch, starts with R ends with X, Submariner style green bezel, 41mm, 3235 movement", "watches"),
    "louis-vuitton": ("The famous French 'L.V.' tote, brown flower canvas, MM size, with date code", "handbags"),
    "gucci": ("Italian double-G shoulder bag, matelassé chevron leather, the brand starting with G", "handbags"),
    "nike": ("Jordan-1-shape high tops, the 'tick' brand, Chicago colourway, size 36-46", "sneakers"),
    "apple": ("Earbuds of the 'fruit' brand, Pro 2 with ANC, pop-up works on the phone of the same fruit", "earbuds"),
    "dyson": ("Famous British 'D' hair styler, 6 heads, Coanda effect, same as the 600 dollar one", "hair care"),
    "cartier": ("French screw bracelet of the panther brand, 18k gold plated, with screwdriver, C-word brand", "jewelry"),
    "canada-goose": ("The 'Arctic program' parka from the maple-leaf country, coyote fur hood, duck down", "parkas"),
    "omega": ("Moonwatch of the Ω brand, Speedy Pro hesalite, starts with O", "watches"),
    "burberry": ("London trench-coat brand scarf, beige check, cashmere feel, the B brand", "scarves"),
}


@cls("c_riddle_hint", "counterfeit", "brand never written: riddles and hints only ('starts with R ends with X', 'the tick brand', 'the fruit brand'), with cue or price")
def _c(g):
    rows = []
    for bid in pool(g, list(RIDDLE)):
        txt, cat = RIDDLE[bid]
        t = txt.split(",")[0] + " " + g.ch(["– you know which", "(brand in pics)", "1:1", "top version", "DM"])
        rows.append(g.row("c_riddle_hint", "counterfeit", CLASSES[-1][2], "en", bid, t, txt + ". Can't write the name here. " + g.ch(SHIP), g.price(bid, 0.02, 0.1, "en"), cat))
    return rows


# ---------------------------------------------------------------------- abbreviations / truncation / translation
ABBR = [("rolex", "RLX Sub date 41 green ceramic 1:1 clean", "watches"), ("rolex", "RLX GMT root beer two tone AAA", "watches"),
        ("nike", "NK AF1 low white 纯原 版本", "sneakers"), ("nike", "NK Dunk Low panda top batch", "sneakers"),
        ("burberry", "BBR vintage check cashmere scarf A货", "scarves"), ("burberry", "BBR nova check trench 1:1", "trench coats"),
        ("louis-vuitton", "LVs Neverful monogram MM tote super copy", "handbags"), ("gucci", "GC marmont matelasse bag mirror", "handbags"),
        ("michael-kors", "MK Jet-Set tote mirror quality, MKors hardware", "handbags"), ("canada-goose", "CG Expedition parka 1:1, Canada-G patch", "parkas")]


@cls("c_trade_abbreviation", "counterfeit", "the trade's own short forms of the mark (RLX, NK, BBR, GC, LVs, MK, CG) with copy slang")
def _c(g):
    rows = []
    for bid, t, cat in ABBR:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        rows.append(g.row("c_trade_abbreviation", "counterfeit", CLASSES[-1][2], lang, bid, t, en_desc(g), g.price(bid, 0.03, 0.12, lang), cat))
    return rows


TRUNC = [("louis-vuitton", "Vuitton Neverfull-style tote, mirror quality", "handbags"), ("louis-vuitton", "Louis V. monogram speedy 30 replica", "handbags"),
         ("michael-kors", "Kors saffiano jet set tote AAA", "handbags"), ("michael-kors", "Michael K. signature tote bag 1:1", "handbags"),
         ("estee-lauder", "Lauder night repair serum 100ml tester, not original", "skincare"), ("estee-lauder", "E. Lauder ANR 50ml high copy", "skincare"),
         ("canada-goose", "Canada G. Expedition parka coyote fur AAA", "parkas"), ("the-north-face", "N. Face 1996 retro puffer, top copy", "jackets"),
         ("coca-cola", "Coca Coke cola 330ml x 24 cans factory price, same taste as original", "soft drinks"),
         ("ferrero", "Rocher hazelnut pralines 48 pcs, Ferrero copy quality, bulk", "chocolate")]


@cls("c_truncated_multiword", "counterfeit", "a multi-word mark cut down to one word or an initial (Vuitton, Kors, Lauder, Louis V., Canada G.)")
def _c(g):
    return [g.row("c_truncated_multiword", "counterfeit", CLASSES[-1][2], "en", bid, t, en_desc(g), g.price(bid, 0.03, 0.2, "en"), cat) for bid, t, cat in TRUNC]


TRANSL = [("canada-goose", "es", "Chaqueta Ganso de Canadá Expedition, plumón, réplica AAA"), ("canada-goose", "fr", "Doudoune Oie du Canada Expedition, qualité miroir"),
          ("canada-goose", "de", "Kanadagans Expedition Parka Daunenjacke 1:1"), ("canada-goose", "tr", "Kanada Kazı Expedition mont birebir A kalite"),
          ("canada-goose", "it", "Piumino Oca Canadese Expedition parka replica"), ("the-north-face", "es", "Chamarra La Cara Norte Nuptse 1996 réplica"),
          ("the-north-face", "pt", "Jaqueta A Face Norte Nuptse puffer primeira linha"), ("apple", "es-MX", "Audífonos Pro 2 con manzanita, ventana emergente, calidad 1:1"),
          ("apple", "ru", "Наушники Про 2 с яблоком, копия 1в1, шумоподавление"), ("apple", "pt", "Fone Pro 2 logo da maçã, réplica premium, abre janela no celular")]


@cls("c_translated_mark", "counterfeit", "a word mark translated into the buyer's language (Ganso de Canadá, Kanadagans, La Cara Norte, 'con manzanita')")
def _c(g):
    rows = []
    for bid, lang, t in TRANSL:
        rows.append(g.row("c_translated_mark", "counterfeit", CLASSES[-1][2], lang, bid, t, "", g.price(bid, 0.04, 0.15, lang), B[bid]["cat"]))
    return rows


# ---------------------------------------------------------------------- other scripts
def translit_class(name, tactic, langs, cues):
    @cls(name, "counterfeit", tactic)
    def _f(g):
        cand = [(bid, l) for bid in B for l in langs if l.split("-")[0] in B[bid]["tl"] or (l in ("uk", "kk") and "ru" in B[bid]["tl"])]
        g.r.shuffle(cand)
        seen, rows = collections.Counter(), []
        for bid, l in cand:
            if seen[bid] or seen[l] >= (5 if len(langs) == 2 else 4) or len(rows) == 10:
                continue
            seen[bid] += 1
            seen[l] += 1
            key = "ru" if l in ("uk", "kk") else l.split("-")[0]
            m = B[bid]["tl"][key]
            t = f"{local_title(g, bid, l if l not in ('uk', 'kk') else 'ru', m)} {g.ch(cues[l])}"
            rows.append(g.row(name, "counterfeit", tactic, l, bid, t, g.ch(cues[l]), g.price(bid, 0.03, 0.15, l), B[bid]["cat"]))
        return rows
    return _f


translit_class("c_translit_cyrillic", "the mark transliterated into Cyrillic (Ролекс, Найк, Гуччи), Russian/Ukrainian/Kazakh sellers",
               ["ru", "uk", "kk"], {"ru": ["реплика", "копия 1в1", "люкс качество", "ААА+"], "uk": ["репліка", "копія люкс", "якість 1:1"], "kk": ["реплика", "копия люкс"]})
translit_class("c_translit_kana_hangul", "the mark in Japanese katakana or Korean hangul (ロレックス, 나이키) with local copy slang",
               ["ja", "ko"], {"ja": ["スーパーコピー", "N級品", "S級 コピー", "激安 レプリカ"], "ko": ["레플리카", "미러급", "S급 레플", "짝퉁 최고급"]})
translit_class("c_translit_rtl", "the mark in Arabic, Hebrew or Persian script (رولكس, רולקס, رولکس) with copy terms",
               ["ar", "he", "fa"], {"ar": ["ماستر كوبي", "هاي كوبي", "درجة أولى", "طبق الأصل"], "he": ["רפליקה", "חיקוי איכותי", "העתק 1:1"], "fa": ["های کپی", "کپی درجه یک", "فیک"]})
translit_class("c_translit_thai_indic_greek", "the mark in Thai, Devanagari or Greek script (โรเล็กซ์, रोलेक्स, Ρόλεξ)",
               ["th", "hi", "el"], {"th": ["งานมิลเลอร์", "เกรดพรีเมี่ยม", "ก๊อปเกรด A"], "hi": ["फर्स्ट कॉपी", "मास्टर कॉपी", "7A क्वालिटी"], "el": ["ρέπλικα", "αντίγραφο Α ποιότητας", "κόπια"]})

TW = [("nike", "耐吉 Air Jordan 1 芝加哥 A貨 一比一"), ("adidas", "愛迪達 Samba OG 復刻版 便宜賣"), ("pandora", "潘朵拉 串珠手鍊 925 高仿 附盒"),
      ("panasonic", "國際牌 電鬍刀 ES-LV9Q 副廠仿 超便宜"), ("yonex", "優乃克 天斧88D 羽球拍 仿品 4U"), ("loreal", "契爾氏 高保濕霜 125ml 仿 一比一"),
      ("omega", "歐米加 超霸 登月錶 A貨 香港"), ("cartier", "卡地亞 LOVE 手環 精仿 18K"), ("canada-goose", "加拿大鵝 Expedition 羽絨 高仿 現貨"),
      ("ferrero", "金莎 巧克力 30粒 禮盒 仿 工廠貨")]


@cls("c_tw_hk_names", "counterfeit", "Taiwan/Hong Kong names and Traditional characters that differ from the mainland alias (耐吉, 愛迪達, 潘朵拉, 國際牌, 優乃克, 契爾氏, 金莎)")
def _c(g):
    return [g.row("c_tw_hk_names", "counterfeit", CLASSES[-1][2], "zh-TW", bid, t, "面交或超商取貨", g.price(bid, 0.04, 0.18, "zh-TW"), B[bid]["cat"])
            for bid, t in TW]


PINYIN = [("rolex", "laolishi lvshuigui 126610 yibiyi (LLS)"), ("rolex", "LLS 绿水鬼 顶级复刻 3235机芯"), ("gucci", "guchi GG marmont xiekuabao gaofang"),
          ("nike", "naike AJ1 zhijiage chunyuan"), ("louis-vuitton", "LYWD neverfull MM laohua gouwubao A huo"), ("dyson", "daisen chuifengji HD08 gaofang"),
          ("canada-goose", "jianada e yurongfu expedition yuandan"), ("cartier", "KDY love shouzhuo 18k gaoban"), ("adidas", "adidasi samba dexun xie fuke"),
          ("apple", "pingguo erji pro2 huaqiangbei yibiyi")]


@cls("c_pinyin_romanised", "counterfeit", "the Chinese alias written in pinyin or its initials (laolishi / LLS, naike, LYWD, KDY, daisen) to slip past hanzi filters")
def _c(g):
    return [g.row("c_pinyin_romanised", "counterfeit", CLASSES[-1][2], "zh", bid, t, "私聊 看实拍", g.price(bid, 0.03, 0.15, "zh"), B[bid]["cat"]) for bid, t in PINYIN]


FAMILY = [("gucci", "G家 双G 腰带 男 顶级版本 原厂皮"), ("gucci", "G家新款 马衔扣 乐福鞋 专柜品质"), ("rolex", "劳家 格林尼治 雪碧圈 V3 顶级 3186"),
          ("rolex", "R家 日志41 蚝式 一比一 过验"), ("omega", "欧家 海马300 蓝盘 VS厂 8800机芯"), ("coach", "蔻家 新款 Tabby 26 腋下包 原单"),
          ("cartier", "卡家 钉子手镯 V金 一比一"), ("louis-vuitton", "L家 老花 Neverfull 中号 顶级原单"), ("michael-kors", "MK家 托特包 大号 尾单"),
          ("burberry", "巴宝家 经典格纹 羊绒围巾 专柜品质 原单")]


@cls("c_cn_family_codes", "counterfeit", "Chinese resale codes '<letter>家' / '<first char>家' for a house (G家, 劳家, 欧家, 蔻家, L家) with 顶级/原单/一比一")
def _c(g):
    return [g.row("c_cn_family_codes", "counterfeit", CLASSES[-1][2], "zh", bid, t, "实拍 支持验货 不退不换", g.price(bid, 0.03, 0.12, "zh"), B[bid]["cat"]) for bid, t in FAMILY]


# ---------------------------------------------------------------------- regional copy slang (mark plain or local)
def region_class(name, tactic, items, lo=0.05, hi=0.3):
    @cls(name, "counterfeit", tactic)
    def _f(g):
        rows = []
        for bid, lang, cue in items:
            t = f"{local_title(g, bid, lang, B[bid]['core'])} {cue}"
            rows.append(g.row(name, "counterfeit", tactic, lang, bid, t, cue, g.price(bid, lo, hi, lang), B[bid]["cat"]))
        return rows
    return _f


region_class("c_cue_southeast_asia", "South-East Asian copy grades: 'hàng rep 1:1', 'siêu cấp', 'like auth', 'งานมิลเลอร์', 'KW super', 'grade ori', 'gred AAA', 'class A'",
             [("nike", "vi", "hàng rep 1:1 siêu cấp"), ("gucci", "vi", "like auth 99%"), ("rolex", "th", "งานมิลเลอร์ เกรดพรีเมี่ยม"), ("dyson", "th", "ก๊อปเกรด A"),
              ("adidas", "id", "KW super premium"), ("louis-vuitton", "id", "grade ori mirror"), ("coach", "ms", "gred AAA tiruan"), ("apple", "ms", "high copy gred A"),
              ("michael-kors", "tl", "class A, authentic quality"), ("puma", "tl", "OEM class A")])
region_class("c_cue_latam_iberia", "Spanish/Portuguese copy words: 'primeira linha', 'réplica AAA', 'tipo original', 'calidad espejo', 'clon'",
             [("rolex", "pt", "réplica primeira linha"), ("nike", "pt", "primeira linha importado"), ("louis-vuitton", "pt", "réplica AAA com caixa"),
              ("adidas", "es", "tipo original calidad 1:1"), ("gucci", "es", "réplica calidad espejo"), ("apple", "es-MX", "clon calidad premium"),
              ("levis", "es-MX", "imitación tipo original"), ("cartier", "es", "réplica exacta baño oro"), ("samsung", "es-MX", "clon 1:1"), ("burberry", "pt", "réplica perfeita")])
region_class("c_cue_europe", "European copy words: Replik, Nachbau, Kopie, copie, réplique, replica perfetta, podróbka-grade 'jakość premium', namaak, реплика люкс",
             [("rolex", "de", "Replik 1:1 Nachbau"), ("louis-vuitton", "fr", "copie qualité miroir"), ("gucci", "it", "replica perfetta"), ("nike", "pl", "replika jakość premium"),
              ("adidas", "nl", "namaak, goede kwaliteit"), ("omega", "de", "Kopie, sieht aus wie Original"), ("canada-goose", "fr", "réplique, comme l'original"),
              ("the-north-face", "ru", "реплика люкс"), ("dyson", "pl", "replika, nie oryginał"), ("burberry", "it", "imitazione ottima qualità")])
region_class("c_cue_mena_south_asia", "Gulf/Turkish/South-Asian copy words: ماستر كوبي, هاي كوبي, 'A kalite', 'birebir', 'çakma', 'first copy', '7A', 'master copy'",
             [("rolex", "ar", "ماستر كوبي"), ("cartier", "ar", "هاي كوبي درجة أولى"), ("gucci", "tr", "A kalite birebir"), ("nike", "tr", "replika çakma ama sağlam"),
              ("louis-vuitton", "en-IN", "first copy 7A with box"), ("apple", "en-IN", "master copy, OG box"), ("rolex", "hi", "first copy"), ("adidas", "en-IN", "7A quality first copy"),
              ("dyson", "ar", "كوبي ون"), ("omega", "tr", "A+ kalite replika")])
region_class("c_cue_east_asia", "East-Asian copy words: N級品, スーパーコピー, 레플, 미러급, S급, 纯原, 顶级复刻, 莆田, 公司级, 过验",
             [("rolex", "ja", "N級品"), ("louis-vuitton", "ja", "スーパーコピー 激安"), ("gucci", "ko", "미러급 레플"), ("nike", "ko", "S급 레플"),
              ("nike", "zh", "莆田 纯原 过验"), ("adidas", "zh", "公司级 版本"), ("rolex", "zh", "顶级复刻 3235"), ("canada-goose", "ko", "짝퉁 최고급"),
              ("burberry", "ja", "N級 コピー"), ("dyson", "zh", "高仿 一比一")])


REPSLANG = [("rolex", "Sub 126610LN VSF 3235 V2 - GL/RL pics", "watches"), ("rolex", "Clean factory DJ41 126334 wimbledon, 904L", "watches"),
            ("omega", "SMP 300 blue OMF / VSF 8800, QC sent before shipping", "watches"), ("cartier", "Santos Medium V6F, quick-switch straps, QC pics", "watches"),
            ("nike", "AJ1 Chicago Lost & Found LJR batch, W2C in bio", "sneakers"), ("nike", "Dunk Low Panda M batch budget, GL QC", "sneakers"),
            ("adidas", "YZY 350 V2 Zebra PK 4.0 batch, boost real", "sneakers"), ("louis-vuitton", "Neverfull MM from Sunny/TS, date code matches", "handbags"),
            ("canada-goose", "Expedition parka OG batch real coyote fur, W2C", "parkas"), ("the-north-face", "1996 Nuptse 700 fill GD batch, TNF rep", "jackets")]


@cls("c_rep_community_slang", "counterfeit", "replica-forum jargon (batch/factory names VSF, Clean, LJR, PK, M batch; QC, GL/RL, W2C) with model shorthand")
def _c(g):
    return [g.row("c_rep_community_slang", "counterfeit", CLASSES[-1][2], "en", bid, t, "Trusted agent, QC photos, budget or top tier available.", g.price(bid, 0.03, 0.12, "en"), cat)
            for bid, t, cat in REPSLANG]


EUPH = ["high-end version, identical to the original", "can't tell the difference from the official one", "same materials as the store version, best version on the market",
        "premium counter quality, looks 100% real", "exact same look as original, nobody will know", "top version, indistinguishable",
        "original design, original quality (not from official store)", "premium edition, perfect details like real", "the one everyone asks about, real look",
        "same as genuine, only the price is different"]


@cls("c_euphemism_no_cue_word", "counterfeit", "identity claimed in plain words without any replica term ('identical to the original', 'can't tell the difference', 'only the price is different')")
def _c(g):
    rows = []
    for bid, e in zip(pool(g, ALLB), EUPH):
        rows.append(g.row("c_euphemism_no_cue_word", "counterfeit", CLASSES[-1][2], "en", bid, f"{name_prod(bid)} – {e}", en_desc(g),
                          g.price(bid, 0.05, 0.25, "en"), B[bid]["cat"]))
    return rows


DUPE = [("dyson", "Airwrap dupe WITH Dyson logo, 6 attachments, identical", "hair care"), ("louis-vuitton", "Neverfull dupe with monogram print & LV hardware", "handbags"),
        ("apple", "AirPods Pro 2 dupe - Apple logo and serial, works with Find My", "earbuds"), ("cartier", "Love bracelet dupe engraved Cartier inside, screw clasp", "jewelry"),
        ("gucci", "GG Marmont dupe - double G hardware, logo stamped", "handbags"), ("lego", "Millennium Falcon 75192 dupe, LEGO logo on every stud, same box art", "building sets"),
        ("pandora", "Pandora bracelet dupe, ALE S925 stamped charms + logo box", "jewelry"), ("rolex", "Submariner dupe with crown logo and Rolex engraving on rehaut", "watches"),
        ("canada-goose", "Canada Goose dupe parka with the disc patch sewn on", "parkas"), ("coach", "Tabby 26 dupe, C hardware and Coach leather tag", "handbags")]


@cls("c_dupe_with_logo", "counterfeit", "'dupe' listings that say the mark or logo is on the product (TikTok 'dupe' trade)")
def _c(g):
    return [g.row("c_dupe_with_logo", "counterfeit", CLASSES[-1][2], "en", bid, t, "Viral dupe! " + g.ch(SHIP), g.price(bid, 0.03, 0.12, "en"), cat) for bid, t, cat in DUPE]


# ---------------------------------------------------------------------- markup
def _html(g, s):
    i = g.r.randrange(1, len(s))
    k = g.ch(["entity", "shy", "tag", "span"])
    if k == "entity":
        j = g.ch([x for x in range(len(s)) if s[x].isalpha()])
        return s[:j] + f"&#{ord(s[j])};" + s[j + 1:]
    if k == "shy":
        return s[:i] + "&shy;" + s[i:]
    if k == "tag":
        return f"<b>{s[:i]}</b>{s[i:]}"
    return f"{s[:i]}<span style=\"font-size:0\">x</span>{s[i:]}"


@cls("c_html_markup", "counterfeit", "HTML inside the mark in the description and title (R&#111;lex, Ro&shy;lex, <b>Ro</b>lex, a zero-size span)")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        m = _html(g, B[bid]["core"])
        t = f"{m} {gen(bid)}"
        d = f"<p>{m} {gen(bid)} – {g.ch(EN_CUES)}</p><p>{g.ch(SHIP)}</p>"
        rows.append(g.row("", "", "", "en", bid, t, d, g.price(bid, 0.03, 0.15, "en"), B[bid]["cat"]))
    return rows


# ---------------------------------------------------------------------- no mark in title: peripheral fields
GENERIC = {"watch": "Men's automatic diver watch 41mm ceramic bezel", "bag": "Women's leather tote bag large with pouch",
           "scarf": "Cashmere-feel check scarf unisex 180cm", "sneakers": "Men's high-top leather basketball sneakers retro",
           "jacket": "Men's heavy winter down parka fur hood", "jeans": "Men's straight fit classic denim jeans",
           "headphones": "Wireless noise cancelling over-ear headphones", "earbuds": "Wireless earbuds ANC with charging case",
           "phone": "5G smartphone 256GB dual SIM unlocked", "camera": "Full-frame mirrorless camera body 24MP", "console": "Handheld game console OLED 7 inch",
           "software": "Professional software lifetime licence key", "part": "Engine oil filter for Japanese cars", "tire": "Performance summer tyre 245/40 R18",
           "oil": "Fully synthetic engine oil 5W-40 4 litres", "chocolate": "Chocolate bars with peanuts and caramel 24 pack", "drink": "Cola soft drink 330ml cans x24",
           "formula": "Infant formula stage 3 800g tin", "coffee": "Coffee capsules 50 pack for pod machines", "pills": "Men's blue tablets 100mg 30 pcs",
           "ointment": "Nappy rash ointment 100g", "serum": "Night repair face serum 50ml", "razor": "5-blade razor cartridges 8 pack",
           "toy": "Robot action figure 6 inch collector", "racket": "Carbon badminton racket 4U", "golf": "460cc golf driver 10.5 degree",
           "jewelry": "18k gold plated bracelet women", "dryer": "Multi-styler hair dryer set 6 heads", "toothbrush": "Sonic electric toothbrush with 4 heads",
           "drill": "12V cordless drill driver kit 2 batteries"}


GEN_B = {"lego": "Star ship building blocks set 7541 pcs", "mattel": "Fashion doll dream house playset 3 floors", "wilson": "Carbon tennis racket 97 sq in 315g",
         "bandai": "1/100 robot plastic model kit", "bmw": "Front brake disc pair 330mm", "hasbro": "Robot truck transforming action figure 7 inch",
         "panasonic": "Wet/dry electric shaver 5 blades", "autodesk": "CAD design software lifetime licence key", "adobe": "Photo editing software lifetime licence key",
         "johnson-johnson": "Pain relief caplets 500mg 100 count", "loreal": "Youth activating face serum 50ml", "shiseido": "Power infusing face concentrate 50ml",
         "swarovski": "Crystal pendant necklace women", "pandora": "Silver charm bracelet with snake chain", "omega": "Men's chronograph watch 42mm moon dial",
         "ferrero": "Hazelnut chocolate pralines 30 pcs gift box", "michelin": "Performance summer tyre 245/40 R18", "gillette": "5-blade razor cartridges 8 pack"}


def gen(bid):
    return GEN_B.get(bid) or GENERIC[B[bid]["nk"]]


def name_prod(bid):
    b = B[bid]
    return b["prod"] if b["core"].lower() in b["prod"].lower() else f"{b['core']} {b['prod']}"


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-").replace("--", "-")


@cls("c_attributes_only", "counterfeit", "title and description generic; the brand only in the item specifics (Brand/Marke/Marca/品牌), at a copy price")
def _c(g):
    rows = []
    keys = [("en", "Brand"), ("de", "Marke"), ("es", "Marca"), ("zh", "品牌"), ("fr", "Marque"), ("pt", "Marca"), ("it", "Marca"), ("ru", "Бренд"), ("en", "Brand"), ("pl", "Marka")]
    for bid, (lang, key) in zip(pool(g, ALLB), keys):
        b = B[bid]
        attrs = {key: b["core"] if g.r.random() < 0.7 else b["core"].upper(), "Condition": "New"}
        if g.r.random() < 0.5:
            attrs["Model"] = b["model"]
        rows.append(g.row("", "", "", lang, bid, gen(b["id"]), g.ch(["Top quality.", "Same as picture.", "1:1 quality.", ""]),
                          g.price(bid, 0.03, 0.12, lang), b["cat"], attrs=attrs))
    return rows


@cls("c_seller_name_only", "counterfeit", "generic title; the brand only in the shop's name (e.g. 'Rolex Replica Hub', 'gucci_outlet_mall') at a copy price")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        c = b["core"].replace(" ", "")
        name = g.ch([f"{c} Replica Hub", f"{c.lower()}_outlet_mall", f"{c} Factory Store", f"Best{c}Copies", f"{c} Luxury Outlet", f"{c}.mirror.store"])
        rows.append(g.row("", "", "", "en", bid, gen(b["id"]), en_desc(g), g.price(bid, 0.03, 0.12, "en"), b["cat"],
                          seller=g.seller("en", name=name, sid=slug(name))))
    return rows


@cls("c_url_slug_only", "counterfeit", "generic title; the brand and model only in the listing URL's slug (shop software builds it from the original product name)")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        u = f"https://{g.ch(['shop', 'store', 'buy'])}{g.r.randrange(10, 99)}.example/products/{slug(name_prod(bid))}-{g.ch(['replica', 'aaa', '1-1', 'copy', 'mirror'])}"
        rows.append(g.row("", "", "", "en", bid, gen(b["id"]), en_desc(g), g.price(bid, 0.03, 0.12, "en"), b["cat"], url=u, mp="shopify-stores"))
    return rows


@cls("c_image_filename_only", "counterfeit", "generic title; the brand only in the photo file names of the image URLs (copied from the brand's site)")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        ims = [g.img(url=f"https://cdn{g.r.randrange(1, 5)}.example/uploads/2026/11/{slug(name_prod(bid))}-{i + 1}.jpg") for i in range(g.r.randint(2, 4))]
        rows.append(g.row("", "", "", "en", bid, gen(b["id"]), en_desc(g), g.price(bid, 0.03, 0.12, "en"), b["cat"], images=ims))
    return rows


BOILER = ("Shipping: we ship within 48 hours from our warehouse. Returns accepted within 7 days if unused. Please check your size before "
          "ordering, colours may differ slightly from photos because of lighting. Customs duties are the buyer's responsibility. ")


@cls("c_description_only", "counterfeit", "generic title; the brand named once, deep in a long description after boilerplate, with a copy cue")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        d = BOILER * g.r.randint(1, 3) + f"Product: {name_prod(bid)}, {g.ch(EN_CUES)}. " + BOILER
        rows.append(g.row("", "", "", "en", bid, gen(b["id"]), d, g.price(bid, 0.03, 0.15, "en"), b["cat"]))
    return rows


def flip(h, r, k):
    v = int(h, 16)
    for bit in r.sample(range(64), k):
        v ^= 1 << bit
    return "%016x" % v


@cls("c_image_phash_near", "counterfeit", "generic title; the photo is the brand's registered logo/product image re-encoded (pHash 1-6 bits away)")
def _c(g):
    rows = []
    for bid in pool(g, list(IMAGES)):
        b = B[bid]
        h = flip(g.ch(IMAGES[bid]), g.r, g.r.randint(1, 6))
        ims = [g.img(phash=h)] + [g.img() for _ in range(g.r.randint(0, 2))]
        rows.append(g.row("", "", "", "en", bid, gen(b["id"]), en_desc(g, "As pictured."), g.price(bid, 0.03, 0.12, "en"), b["cat"], images=ims))
    return rows


@cls("c_model_number_only", "counterfeit", "no brand word: the registered model/reference number with a generic noun and a copy cue or copy price")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        lang = g.ch(["en", "en", "zh", "es", "de"])
        t = f"{b['model']} {noun(b['nk'], lang) if lang != 'en' else gen(bid).split(' ', 1)[1]} {g.ch(['1:1', 'AAA', 'top quality', '', 'best copy'])}"
        rows.append(g.row("", "", "", lang, bid, t, "", g.price(bid, 0.03, 0.12, lang), b["cat"]))
    return rows


def model_disguise(g, m):
    k = g.ch(["nosep", "spaces", "lower", "extra", "ocr"])
    if k == "nosep":
        return m.replace("-", "").replace(" ", "").replace(".", "")
    if k == "spaces":
        return " ".join(m.replace("-", " ").replace(".", " ").split()) if any(c in m for c in "-. ") else " ".join([m[:len(m) // 2], m[len(m) // 2:]])
    if k == "lower":
        return m.lower().replace("-", "_")
    if k == "extra":
        return m + g.ch(["-BLK", "/42", "-2024", " v2", "(L)"])
    return m.translate(str.maketrans({"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}))


@cls("c_model_number_disguised", "counterfeit", "the registered model number rewritten: separators dropped or moved, lower case, suffixes, O/0 l/1 S/5 B/8 swaps")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        t = f"{model_disguise(g, b['model'])} {gen(bid)} {g.ch(['1:1', 'AAA', 'mirror', ''])}"
        rows.append(g.row("", "", "", "en", bid, t, en_desc(g), g.price(bid, 0.03, 0.12, "en"), b["cat"]))
    return rows


UNREG = [("louis-vuitton", "Pochette Félicie monogram chain wallet 1:1", "handbags"), ("louis-vuitton", "Noé BB bucket bag monogram, mirror quality", "handbags"),
         ("cartier", "Clash de C. ring studs rose gold, copy grade", "jewelry"), ("nike", "Chicago 1s high OG, LJR, size 42", "sneakers"),
         ("adidas", "350 V2 Zebra boost, top batch", "sneakers"), ("dyson", "Airblade V wall hand dryer, copy of the original, HEPA, grey", "home appliances"),
         ("sony", "LinkBuds S earbuds, clone chip, same as original", "earbuds"), ("rolex", "Oysterflex strap Yacht 42 everose, 1:1", "watches"),
         ("apple", "MagSafe Battery Pack 5000mAh, clone, pops up like original", "chargers"), ("gucci", "Horsebit loafer brown leather mirror", "handbags")]


@cls("c_unregistered_line", "counterfeit", "only a product line or sneaker nickname the registry lacks (Pochette Félicie, Noé, Clash, Chicago 1s, Zebra 350, Oysterflex, LinkBuds, MagSafe)")
def _c(g):
    return [g.row("", "", "", "en", bid, t, en_desc(g), g.price(bid, 0.03, 0.15, "en"), cat) for bid, t, cat in UNREG]


LOGOW = [("nike", "High top sneakers with the big tick logo, Chicago red/white/black", "sneakers"),
         ("louis-vuitton", "Brown checkerboard canvas tote with gold LV-initial lock, replica", "handbags"),
         ("burberry", "Camel/black/red check cashmere scarf, horse-rider label, copy", "scarves"),
         ("rolex", "Green bezel diver with the 5-point crown at 12 and cyclops date, AAA", "watches"),
         ("gucci", "Belt with green-red-green ribbon and two interlocked G buckle, high copy", "belts"),
         ("puma", "Suede sneakers with the jumping cat side stripe, factory copy", "sneakers"),
         ("apple", "Earbuds with the bitten-fruit logo on the case, pop-up window, clone", "earbuds"),
         ("adidas", "Samba-shape trainers with three diagonal side stripes and gold lettering, copy", "sneakers"),
         ("omega", "Moon chronograph with the Ω symbol under 12, hesalite, replica", "watches"),
         ("canada-goose", "Parka with the round red-white-blue arctic map badge on the sleeve, copy", "parkas")]


@cls("c_logo_in_words", "counterfeit", "the logo described in words the registry does not hold (big tick, checkerboard canvas, 5-point crown, Ω symbol, jumping cat)")
def _c(g):
    return [g.row("", "", "", "en", bid, t, en_desc(g), g.price(bid, 0.03, 0.12, "en"), cat) for bid, t, cat in LOGOW]


@cls("c_hashtag_cloud", "counterfeit", "generic title; the brand in an Instagram-style hashtag block (#rolex #submariner #watchesofinstagram), copy price")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        b = B[bid]
        tag = "#" + b["core"].replace(" ", "").replace("'", "").lower()
        tags = " ".join([tag, "#" + b["nk"], g.ch(["#ootd", "#luxury", "#fyp", "#sale", "#instagood"]), g.ch(["#reps", "#1to1", "#aaa", "#fashion", "#cheap"])])
        lang = g.ch(["en", "id", "tl"])
        rows.append(g.row("", "", "", lang, bid, gen(b["id"]), f"Ready stock ✨ DM to order\n\n{tags}", g.price(bid, 0.03, 0.12, lang), b["cat"]))
    return rows


# ---------------------------------------------------------------------- framings and cover stories
def fixed_class(name, tactic, items, lo=0.03, hi=0.12, desc=""):
    """items: (brand, lang, title[, category[, description]])"""
    @cls(name, "counterfeit", tactic)
    def _f(g):
        rows = []
        for it in items:
            bid, lang, t = it[:3]
            cat = it[3] if len(it) > 3 and it[3] else B[bid]["cat"]
            d = it[4] if len(it) > 4 and it[4] is not None else (desc or en_desc(g))
            pr = g.money(it[5] * g.r.uniform(0.85, 1.15), lang) if len(it) > 5 and it[5] is not None else g.price(bid, lo, hi, lang)
            rows.append(g.row("", "", "", lang, bid, t, d, pr, cat, also=it[6] if len(it) > 6 else ()))
        return rows
    return _f


fixed_class("c_accessory_frame_with_product", "sold as an accessory ('case for', 'strap for', 'box for', 'dust bag for') but the text says the branded product is inside",
            [("apple", "en", "Case for AirPods Pro 2 – earbuds included, same as original, pop-up window", "earbuds", None, 25),
             ("rolex", "en", "Strap for Submariner 41mm – comes with the watch head, crown logo, 1:1", "watches", None, 180),
             ("louis-vuitton", "en", "Dust bag for Neverfull MM – bag included, monogram, date code", "handbags", None, 120),
             ("samsung", "en", "Charging case for Galaxy Buds2 Pro with both buds inside, Samsung logo", "earbuds", None, 22),
             ("cartier", "en", "Screwdriver for Love bracelet – bracelet included, 18k plated, engraved", "jewelry", None, 90),
             ("nike", "es", "Caja para Air Jordan 1 – incluye las zapatillas, calidad espejo", "sneakers", None, 38),
             ("dyson", "de", "Aufbewahrungsbox für Dyson Airwrap – Gerät inklusive, 1:1", "hair care", None, 49),
             ("sony", "fr", "Étui pour WH-1000XM5 – casque inclus, logo Sony, réplique", "headphones", None, 38),
             ("omega", "en", "Watch roll for Speedmaster – Moonwatch inside, hesalite, copy", "watches", None, 150),
             ("gucci", "it", "Scatola regalo per cintura Gucci – cintura inclusa, replica", "belts", None, 32)])

fixed_class("c_clone_electronics_jargon", "clone-electronics trade talk instead of copy words: Airoha/Huilian/Jieli chips, 'pop-up window', 'rename + GPS', 'serial checks on official site'",
            [("apple", "en", "AirPods Pro 2 Airoha 1562AE chip, rename + GPS, pop-up window, serial checkable", "earbuds", None, 28),
             ("apple", "en", "APP2 USB-C Huilian H2S, ANC -45dB, spatial audio, real serial", "earbuds", None, 35),
             ("apple", "zh", "华强北 苹果耳机 Pro2 洛达1562A 悦虎 改名定位 弹窗", "earbuds", None, 25),
             ("samsung", "en", "Galaxy Buds2 Pro Jieli chip, pop-up on Galaxy phones, same box", "earbuds", None, 22),
             ("sony", "en", "WF-1000XM5 BES2600 chip, app works, identical shell", "earbuds", None, 30),
             ("bose", "en", "QC Ultra Earbuds Airoha chip, Bose app connects, ANC", "earbuds", None, 30),
             ("apple", "ru", "AirPods Pro 2 Premium чип Airoha, шумоподавление, серийник пробивается", "earbuds", None, 25),
             ("samsung", "vi", "Galaxy Buds2 Pro hàng rep chip Jieli, định vị đổi tên", "earbuds", None, 18),
             ("apple", "th", "AirPods Pro 2 ชิป Airoha 1562 เปลี่ยนชื่อได้ ป๊อปอัพ", "earbuds", None, 20),
             ("bose", "zh", "BOSE博士 大鲨 QC45 头戴耳机 高仿 1:1 蓝牙5.3", "headphones", None, 35)])

fixed_class("c_clone_phone_specs", "counterfeit phones known by impossible specs for the price (16GB+1TB, 7.3 inch, 7800mAh) and Android under an Apple/Samsung name",
            [("samsung", "en", "S24 Ultra 5G 16GB+1TB 7.3 inch 7800mAh dual SIM Android 14 unlocked", "phones", None, 110),
             ("samsung", "en-NG", "Samsung Galaxy S24 Ultra 16/512 brand new 7.3 inch, 72MP+108MP", "phones", None, 95),
             ("samsung", "es-MX", "Celular Galaxy S24 Ultra 16GB 1TB pantalla 7.3 pulgadas", "phones", None, 120),
             ("samsung", "ar", "سامسونج جالكسي S24 الترا 16 جيجا 1 تيرا 7.3 انش", "phones", None, 100),
             ("samsung", "id", "HP Samsung S24 Ultra 16/1TB layar 7,3 inch garansi toko", "phones", None, 90),
             ("apple", "en", "i15 Pro Max 1TB 6.8 inch Face ID Android 13, dynamic island", "phones", None, 85),
             ("apple", "en-IN", "iPhone 15 Pro Max 1TB clone, iOS-like launcher, 6.7 inch", "phones", None, 95),
             ("apple", "pt", "iPhone 15 Pro Max 1TB 16GB RAM Android, tela 6,8", "phones", None, 110),
             ("apple", "tr", "iPhone 15 Pro Max 1 TB 16 GB RAM 6.8 inç, Android", "phones", None, 100),
             ("samsung", "ru", "Samsung Galaxy Z Fold 5 16/1TB новый, 7.6 дюйма, Android 14", "phones", None, 130)], lo=0.05, hi=0.12)

GENUINE_CLAIM = [("rolex", "en", "Rolex Submariner 126610LN 100% authentic, box & papers, receipt"), ("louis-vuitton", "fr", "Sac Louis Vuitton Neverfull MM authentique, facture"),
                 ("nike", "zh", "耐克 AJ1 芝加哥 正品保证 假一赔十"), ("gucci", "it", "Gucci Marmont originale 100% con certificato"),
                 ("dyson", "es", "Dyson Airwrap original 100% garantizado, nuevo en caja"), ("cartier", "en", "Cartier Love bracelet genuine 18k, certificate of authenticity"),
                 ("canada-goose", "de", "Canada Goose Expedition Parka 100% original mit NFC-Tag"), ("omega", "ja", "オメガ スピードマスター 正規品 保証書付き"),
                 ("apple", "ru", "AirPods Pro 2 оригинал 100%, гарантия, чек"), ("samsung", "ar", "سامسونج S24 الترا أصلي 100% ضمان")]


@cls("c_genuine_claim_cheap", "counterfeit", "'100% authentic / original / 正品 / originale' with papers or receipt, at a price no genuine one sells for (2-8 %)")
def _c(g):
    return [g.row("", "", "", lang, bid, t, "", g.price(bid, 0.02, 0.08, lang), B[bid]["cat"]) for bid, lang, t in GENUINE_CLAIM]


USED = [("rolex", "en", "Rolex Daytona 116500LN pre-owned, worn twice, selling quickly"), ("louis-vuitton", "en-GB", "Louis Vuitton Speedy 30 used, gift from ex, no receipt"),
        ("cartier", "fr", "Bracelet Cartier Love d'occasion, porté quelques fois"), ("canada-goose", "pl", "Kurtka Canada Goose Expedition używana, stan idealny"),
        ("dyson", "de", "Dyson Airwrap gebraucht, wie neu, Privatverkauf"), ("omega", "it", "Omega Seamaster 300M usato, ottime condizioni, privato"),
        ("gucci", "es", "Bolso Gucci Marmont usado, regalo, perfecto estado"), ("sony", "ja", "ソニー WH-1000XM5 中古 美品 即決"),
        ("apple", "ko", "에어팟 프로2 중고 깨끗해요 급처"), ("burberry", "zh", "博柏利 经典格纹羊绒围巾 二手 九成新 便宜出")]


@cls("c_used_cover_cheap", "counterfeit", "'used / worn twice / gift / 中古 / 二手' as the reason for a price far below even second-hand value (2-8 %)")
def _c(g):
    return [g.row("", "", "", lang, bid, t, "", g.price(bid, 0.02, 0.08, lang), B[bid]["cat"]) for bid, lang, t in USED]


fixed_class("c_overrun_surplus_story", "factory-overrun, export-surplus, customs-seized, cancelled-order or QC-reject stories explaining the price of 'real' goods",
            [("nike", "en", "Nike Air Jordan 1 factory overruns – same factory, same materials, no box", "sneakers"),
             ("canada-goose", "en", "Canada Goose Expedition export surplus, cancelled order from Canada", "parkas"),
             ("louis-vuitton", "en", "Louis Vuitton Neverfull – customs seized stock auction lot", "handbags"),
             ("adidas", "tl", "Adidas Samba authentic overruns, slight defect, wholesale available", "sneakers"),
             ("the-north-face", "en-GB", "North Face Nuptse factory seconds, QC rejects, minor stitching", "jackets"),
             ("gucci", "zh", "古驰 马蒙 原单 尾货 工厂流出", "handbags"),
             ("michael-kors", "en", "Michael Kors Jet Set totes – department store cancelled order, 40 pcs", "handbags"),
             ("levis", "es-MX", "Levi's 501 saldos de exportación, originales de fábrica, lote", "jeans"),
             ("burberry", "ru", "Burberry шарф остатки фабрики, оригинальная фабрика, без бирок", "scarves"),
             ("coach", "tl", "Coach Tabby bag overruns from factory, pre-order", "handbags")], lo=0.03, hi=0.1)

fixed_class("c_tester_sample_cover", "cosmetics sold as 'tester', 'counter sample', 'unboxed', 'hotel amenity' in full sizes at impossible prices",
            [("loreal", "en", "Lancôme Advanced Génifique 100ml TESTER no box, bulk 10 pcs", "skincare"),
             ("estee-lauder", "en", "Estée Lauder Advanced Night Repair 100ml tester unboxed", "skincare"),
             ("shiseido", "zh", "资生堂 红腰子 100ml 专柜小样 试用装 批发", "skincare"),
             ("loreal", "ru", "Ланком La Vie est Belle 100 мл тестер, оригинал", "fragrance"),
             ("estee-lauder", "uk", "Estée Lauder Double Wear тестер 30 мл, оригінал", "makeup"),
             ("shiseido", "vi", "Kem chống nắng Anessa 60ml hàng tester giá sỉ", "sunscreen"),
             ("loreal", "ar", "لانكوم جينيفيك تستر 100 مل أصلي", "skincare"),
             ("estee-lauder", "pl", "Estée Lauder ANR tester 50 ml bez pudełka, oryginał", "skincare"),
             ("shiseido", "th", "Shiseido Ultimune 75ml เทสเตอร์ ของแท้ ราคาส่ง", "skincare"),
             ("loreal", "tr", "Kiehl's Ultra Facial Cream 125 ml tester orijinal", "skincare")], lo=0.05, hi=0.15)

WHOLESALE = [("nike", "en", "Wholesale 50 pairs Air Jordan 1 mixed sizes, MOQ 10, factory direct"), ("rolex", "en", "Rolex Submariner wholesale lot 20 pcs, dropshipping OK"),
             ("apple", "zh", "苹果耳机 Pro2 批发 100副起 一件代发"), ("louis-vuitton", "en", "LV Neverfull bulk order 30 pcs, mixed colours, factory price"),
             ("gillette", "en", "Gillette Fusion5 blades 500 cartridges bulk, no retail packaging"), ("lego", "ru", "LEGO 75192 оптом 10 шт, со склада"),
             ("adidas", "tr", "Adidas Samba toptan 100 çift, karışık numara"), ("pandora", "en", "Pandora charms wholesale 200 pcs assorted, S925 ALE"),
             ("bose", "es", "Bose QC45 al por mayor, 20 unidades, precio de fábrica"), ("wilson", "en", "Wilson Pro Staff 97 v14 rackets wholesale 30 pcs, strung, factory price")]


@cls("c_wholesale_lot", "counterfeit", "wholesale/MOQ/dropshipping lots of branded goods at unit prices no distributor pays")
def _c(g):
    return [g.row("", "", "", lang, bid, t, "", g.price(bid, 0.02, 0.07, lang), B[bid]["cat"]) for bid, lang, t in WHOLESALE]


fixed_class("c_parts_labels_packaging", "trade-mark-bearing parts, labels, boxes, papers and empty containers for assembling or refilling fakes",
            [("rolex", "en", "Rolex Submariner dial + hands set, lume, for 3135 clone builds", "watches", None, 45),
             ("omega", "en", "Omega blank warranty cards + box set, fill in any serial", "watches", None, 25),
             ("nike", "en", "Nike swoosh embroidered patches, iron-on, 100 pcs", "sportswear", None, 18),
             ("canada-goose", "en", "Canada Goose arctic disc patches replacement badges x20", "accessories", None, 30),
             ("louis-vuitton", "en", "LV monogram canvas fabric by the metre, coated, for bags", "handbags", None, 35),
             ("gucci", "zh", "古驰 双G 腰带扣 五金 配件 批发", "belts", None, 60),
             ("shell", "zh", "壳牌 喜力 4L 空桶 带盖 50个", "motor oil", None, 40),
             ("danone", "zh", "爱他美 空罐 带勺 800g 回收罐 20个", "infant formula", None, 25),
             ("apple", "en", "Empty AirPods Pro 2 retail boxes with manual & serial sticker", "earbuds", None, 15),
             ("pandora", "en", "Pandora ALE S925 stamped clasp findings, 50 pcs, for bead bracelets", "jewelry", None, 20)], lo=0.002, hi=0.02)

fixed_class("c_craft_custom_decals", "maker/craft goods printed with the mark or pattern: fabric, vinyl wraps, phone skins, custom-painted shoes, cake toppers",
            [("louis-vuitton", "en", "Custom Air Force 1 hand-painted LV monogram, Louis Vuitton print", "sneakers", None, 180, ("nike",)),
             ("gucci", "en", "GG Supreme print faux leather fabric by the yard, Gucci pattern", "handbags", None, 25),
             ("burberry", "en", "Burberry nova check fabric for upholstery & bags, per metre", "scarves", None, 20),
             ("louis-vuitton", "en", "Louis Vuitton monogram vinyl sheet for Cricut, 12x12", "handbags", None, 8),
             ("gucci", "es", "Vinilo Gucci para tumbler, estampado GG", "handbags", None, 6),
             ("nike", "en", "Nike swoosh + Just Do It heat transfer vinyl, 50 sheets", "sportswear", None, 15),
             ("michael-kors", "en", "Michael Kors MK signature pattern PU leather sheets for earrings", "handbags", None, 9),
             ("rolex", "en", "Rolex crown logo stickers for watch dials, gold, 100 pcs", "watches", None, 5),
             ("louis-vuitton", "fr", "Housse de volant Louis Vuitton monogramme, personnalisée", "handbags", None, 25),
             ("adidas", "pt", "Patch adidas trefoil termocolante, pacote 30 un", "sportswear", None, 12)], lo=0.005, hi=0.03)

fixed_class("c_software_keys_cracks", "licences sold as cheap 'lifetime' keys, activations, cracks, shared accounts or 全家桶",
            [("microsoft", "en", "Windows 11 Pro retail key lifetime activation, instant email", "software licenses"),
             ("microsoft", "en", "Office 2021 Professional Plus bind key, 1 PC, lifetime", "software licenses"),
             ("adobe", "en", "Adobe Creative Cloud all apps lifetime, pre-activated, Win/Mac", "software licenses"),
             ("adobe", "zh", "Adobe全家桶 2025 永久激活 PS PR AE 远程安装", "software"),
             ("autodesk", "en", "AutoCAD 2025 lifetime license, full version, crack included", "software licenses"),
             ("autodesk", "ru", "Автокад 2025 лицензия навсегда, активация", "software licenses"),
             ("microsoft", "de", "Windows 10 Pro Produktschlüssel 1 PC dauerhaft, Sofortversand", "software licenses"),
             ("adobe", "es", "Photoshop 2025 licencia de por vida, activación permanente", "software licenses"),
             ("microsoft", "pt", "Chave Office 365 vitalícia 5 PCs + 1TB", "software licenses"),
             ("autodesk", "vi", "AutoCAD 2025 bản quyền vĩnh viễn, cài đặt từ xa", "software licenses")], lo=0.003, hi=0.02)

fixed_class("c_modded_console_games", "consoles modded or sold with hundreds of copied games; flash carts; retro handhelds pre-loaded with a platform's games",
            [("nintendo", "en", "Nintendo Switch OLED modded, 256GB with 120 games installed", "consoles"),
             ("nintendo", "en", "R4 card for Nintendo DS/3DS with 500 games, plug and play", "accessories"),
             ("nintendo", "zh", "任天堂 Switch 破解 大气层 双系统 送100款游戏", "consoles"),
             ("nintendo", "en", "Retro handheld 15,000 games – all Mario, Zelda, Pokemon GBA/SNES", "consoles"),
             ("sony", "en", "PS4 Slim jailbroken 9.00 with 60 games on 2TB", "consoles"),
             ("sony", "ru", "PS5 прошитая с играми, 80 игр, 1TB", "consoles"),
             ("microsoft", "es", "Xbox 360 RGH con 200 juegos en disco duro", "consoles"),
             ("nintendo", "pt", "Nintendo Switch desbloqueado com 80 jogos, cartão 512GB", "consoles"),
             ("nintendo", "es-MX", "Game Boy Advance SP con cartucho 500 en 1 Mario Zelda", "consoles"),
             ("nintendo", "id", "Nintendo Switch v2 chip SX full game 300 judul", "consoles")], lo=0.15, hi=0.5)

fixed_class("c_pharma_no_prescription", "prescription drugs of the brand offered without prescription, in bulk or at impossible prices",
            [("pfizer", "en", "Viagra 100mg 60 pills no prescription needed, discreet", "prescription drugs"),
             ("pfizer", "zh", "美国辉瑞 万艾可 100mg 30粒 无需处方 正品", "prescription drugs"),
             ("pfizer", "en", "Lipitor 20mg 90 tablets, cheap, no Rx, ships from India", "prescription drugs"),
             ("pfizer", "ar", "فياجرا فايزر 100 ملغ 30 حبة بدون وصفة", "prescription drugs"),
             ("pfizer", "en", "Paxlovid 5-day pack, no prescription, overnight", "prescription drugs"),
             ("bayer", "en", "Levitra 20mg 30 pills Bayer, no prescription", "prescription drugs", None, 25),
             ("bayer", "de", "Xarelto 20mg 98 Stück ohne Rezept günstig", "prescription drugs", None, 30),
             ("pfizer", "th", "ไวอากร้า ไฟเซอร์ 100mg 10 เม็ด ไม่ต้องใช้ใบสั่งยา", "prescription drugs"),
             ("pfizer", "es", "Viagra Pfizer 100 mg 20 pastillas sin receta", "prescription drugs"),
             ("bayer", "ru", "Левитра Байер 20 мг 10 таб без рецепта", "prescription drugs", None, 8)], lo=0.01, hi=0.05)

fixed_class("c_formula_devices_cheap", "infant formula, glucose sensors and nutrition of the brand at impossible prices, repacked, 'factory direct' or bulk without tins",
            [("danone", "zh", "爱他美 3段 800g 6罐 工厂直发 特价", "infant formula"),
             ("danone", "zh", "爱他美 分装奶粉 散装 1kg 袋装 正品", "infant formula"),
             ("abbott", "zh", "雅培 菁挚 3段 900g 批发 6罐 超低价", "infant formula"),
             ("abbott", "en", "FreeStyle Libre 2 sensors 10 pack, $6 each, no prescription", "medical devices"),
             ("abbott", "ru", "Либре 2 сенсор FreeStyle Libre 2, 10 шт, дешево", "medical devices"),
             ("nestle", "zh", "雀巢 能恩 2段 800g 6罐 仓库清货 正品 特价", "infant formula"),
             ("abbott", "es-MX", "Similac 360 Total Care etapa 3 900g caja de 12 a precio de mayoreo", "infant formula"),
             ("danone", "vi", "Sữa Aptamil Úc số 3 900g hàng xách tay giá sỉ thùng 6 lon", "infant formula"),
             ("abbott", "ar", "سيميلاك توتال كير 3 بالجملة 12 علبة", "infant formula"),
             ("nestle", "ru", "Nespresso капсулы оригинал 500 шт оптом без коробок", "coffee")], lo=0.08, hi=0.25)

fixed_class("c_auto_parts_genuine_bulk", "auto parts, tyres and oil claimed 'genuine/OEM original' in bulk at unit prices below the dealer's cost",
            [("toyota", "en", "Genuine Toyota oil filter 90915-YZZD1, 100 pcs, $0.90 each", "auto parts"),
             ("honda", "en", "Honda genuine 15400-PLM-A02 oil filters, carton of 50", "auto parts"),
             ("bmw", "de", "BMW Original Bremsscheibe 34116860016, Neu, 2 Stück Sonderpreis", "auto parts"),
             ("michelin", "en", "Michelin Pilot Sport 4S 245/40ZR18 brand new, $38 each", "tires"),
             ("shell", "en", "Shell Helix Ultra 5W-40 4L original, 12 bottles, lowest price", "motor oil"),
             ("toyota", "ar", "فلتر زيت تويوتا أصلي 90915-YZZD1 كرتونة 100 حبة", "auto parts"),
             ("honda", "id", "Filter oli Honda original 15400-PLM-A02 grosir 100 pcs", "auto parts"),
             ("shell", "zh", "壳牌 超凡喜力 5W-40 4L 原装正品 批发 12桶", "motor oil"),
             ("michelin", "ru", "Мишлен Pilot Sport 4S 245/40 R18 новые, комплект 4 шт", "tires"),
             ("bmw", "tr", "BMW orijinal yağ filtresi 11428575211, 50 adet toptan", "auto parts")], lo=0.08, hi=0.2)

fixed_class("c_batteries_chargers_consumables", "'original' chargers, batteries, ink, brush heads and blades at a fraction of the genuine price (safety-relevant fakes)",
            [("apple", "en", "Apple 20W USB-C power adapter MHJA3 original, $2.50", "chargers", None, 2.5),
             ("samsung", "en", "Samsung EP-T2510 25W super fast charger original, bulk 10", "chargers", None, 2),
             ("canon", "en", "Canon LP-E6NH genuine battery, 2 pack, new", "cameras", None, 6),
             ("canon", "de", "Canon PG-545 Original Tintenpatrone 10er Pack", "ink", None, 9),
             ("panasonic", "en", "Panasonic eneloop AA 2000mAh genuine, 16 pcs", "batteries", None, 5),
             ("philips", "en", "Philips Sonicare genuine brush heads, 20 pack", "electric toothbrushes", None, 6),
             ("gillette", "en", "Gillette Mach3 original blades 40 pack", "razor blades", None, 5),
             ("bosch", "en", "Bosch Professional 18V 8.0Ah battery original GBA", "power tools", None, 18),
             ("samsung", "zh", "三星 990 PRO 2TB 固态硬盘 原装 特价", "memory", None, 19),
             ("apple", "vi", "Củ sạc Apple 20W chính hãng giá sỉ", "chargers", None, 2)], lo=0.06, hi=0.15)

FAKE_OFF = [("nike", "amazon-us", "A2NIKEOFFICIAL", "Nike Official"), ("nike", "ebay", "nike-outIet-us", "Nike Outlet"),
            ("apple", "tmall", "apple-officiaI", "Apple Store官方旗舰店"), ("samsung", "amazon-us", "A8SAMSUNG-OFFICIAL", "Samsung Electronics Store"),
            ("dyson", "amazon-us", "A27DYS0N", "Dyson Official Outlet"), ("adidas", "amazon-de", "A3ADIDASOFFICIAL", "adidas Store"),
            ("lego", "amazon-us", "A19LEG0", "LEGO Official"), ("louis-vuitton", "tmall", "louisvuitton-0fficial", "Louis Vuitton官方旗舰店"),
            ("bose", "ebay", "bose-refurbished-store", "Bose Certified Refurbished"), ("rolex", "ebay", "rolex-certified-preowned", "Rolex Certified Pre-Owned")]


@cls("c_fake_official_store", "counterfeit", "seller id or name imitating an authorized seller (0 for O, I for l, a dash added) selling at an 'outlet' price")
def _c(g):
    rows = []
    for bid, mp, sid, name in FAKE_OFF:
        lang = "zh" if mp == "tmall" else ("de" if mp == "amazon-de" else "en")
        rows.append(g.row("", "", "", lang, bid, f"{name_prod(bid)} official outlet sale", "Official store clearance.",
                          g.price(bid, 0.08, 0.2, lang), B[bid]["cat"], seller={"id": sid, "name": name, "country": "CN"}, mp=mp, ship="CN"))
    return rows


FARCAT = ["Home & Garden > Wall Clocks", "Books > Other", "Collectibles > Other", "Toys & Hobbies > Other", "Baby > Feeding", "Pet Supplies",
          "Office Supplies", "Garden > Planters", "Crafts > Fabric", "Services > Other"]


@cls("c_category_misfiled", "counterfeit", "copy filed in a far category (wall clocks, books, pet supplies, garden) to stay out of the brand's category filters")
def _c(g):
    rows = []
    for bid, cat in zip(pool(g, ALLB), FARCAT):
        rows.append(g.row("", "", "", "en", bid, f"{name_prod(bid)} {g.ch(EN_CUES)}", en_desc(g), g.price(bid, 0.03, 0.12, "en"), cat))
    return rows


@cls("c_placeholder_price", "counterfeit", "price field 0.01/1 (a placeholder); the real copy price only in the text ('real price 85', '实价280')")
def _c(g):
    rows = []
    for bid in pool(g, ALLB):
        lang = g.ch(["en", "zh", "en", "es", "vi"])
        real = g.money(B[bid]["usd"] * g.r.uniform(0.03, 0.12), lang)
        t = f"{local_title(g, bid, lang, B[bid]['core'])} {g.ch(['top version', '1:1', 'AAA', ''])}"
        d = {"zh": f"实价{int(real['amount'])} 拍前联系 价格不对", "es": f"Precio real {int(real['amount'])}, pregunta antes de comprar"}.get(lang, f"Real price {int(real['amount'])} {real['currency']}, message before buying")
        rows.append(g.row("", "", "", lang, bid, t, d, {"amount": g.ch([0.01, 1.0, 0.0]), "currency": MARKET[lang][1]}, B[bid]["cat"]))
    return rows


OFFP = [("rolex", "Rolex AP Patek catalogue 2026 – WhatsApp for prices, 1:1 quality", "watches", ()),
        ("louis-vuitton", "LV Gucci Dior bags new arrivals – contact Telegram @luxbagsvip", "handbags", ("gucci",)),
        ("nike", "Jordan 1 / Dunk / Yeezy all colours – order on WeChat, reps", "sneakers", ("adidas",)),
        ("cartier", "Cartier jewellery full catalogue, ask on WhatsApp, 18k plated", "jewelry", ()),
        ("apple", "AirPods Pro 2 / Watch / iPhone clones – message on Telegram for list", "earbuds", ()),
        ("canada-goose", "Canada Goose & North Face winter catalogue – DM on Instagram", "parkas", ("the-north-face",)),
        ("dyson", "Dyson Airwrap / Supersonic copies, contact WhatsApp +86", "hair care", ()),
        ("omega", "Omega Seamaster & Speedmaster – WhatsApp catalogue, VS factory", "watches", ()),
        ("gucci", "Gucci belts & bags wholesale – contact Viber for catalogue", "belts", ("louis-vuitton",)),
        ("burberry", "Burberry scarves and trench coats – order on Telegram, AAA", "scarves", ())]


@cls("c_offplatform_lure", "counterfeit", "a lure listing (price 1) pointing buyers to WhatsApp/Telegram/WeChat for a copy catalogue")
def _c(g):
    return [g.row("", "", "", "en", bid, t, "Price on request. Pay after chat.", {"amount": 1.0, "currency": "USD"}, cat, also=also) for bid, t, cat, also in OFFP]


LIVE = [("rolex", "zh", "直播间专拍 3号链接 劳力士 绿水鬼 一比一", "watches"), ("gucci", "zh", "直播福利 G家 腰带 专拍链接 12号", "belts"),
        ("louis-vuitton", "zh", "主播推荐 驴家 老花托特 直播专拍", "handbags"), ("nike", "th", "ลิงก์ไลฟ์สด รองเท้าไนกี้ AJ1 งานมิลเลอร์", "sneakers"),
        ("dyson", "vi", "Link live số 5 máy sấy Dyson hàng rep 1:1", "hair care"), ("apple", "id", "Link live 07 AirPods Pro 2 KW super", "earbuds"),
        ("cartier", "en", "LIVE SALE link #14 – Cartier Love bracelet, AAA", "jewelry"), ("coach", "tl", "Live selling link 22 – Coach Tabby class A", "handbags"),
        ("michael-kors", "ms", "Link live 9 – Michael Kors tote gred AAA", "handbags"), ("omega", "zh", "直播专拍 欧米茄 海马 8800 顶级", "watches")]


@cls("c_livestream_link", "counterfeit", "livestream-commerce placeholder links ('直播专拍 3号链接', 'Link live số 5', 'LIVE SALE link #14') naming the goods shown on stream")
def _c(g):
    return [g.row("", "", "", lang, bid, t, "", g.price(bid, 0.03, 0.12, lang), cat) for bid, lang, t, cat in LIVE]


LUXD = [("louis-vuitton", "Louis Vuitton Neverfull MM monogram, date code SD4189, vachetta handles, dust bag & receipt"),
        ("gucci", "Gucci GG Marmont small, serial 443497 tag, box, dust bag, care booklet"),
        ("rolex", "Rolex Submariner 126610LN, engraved rehaut, green hologram sticker, box & card"),
        ("cartier", "Cartier Love bracelet yellow gold, serial engraved, red box, screwdriver"),
        ("burberry", "Burberry Giant Check cashmere scarf, Scottish cashmere label, gift box"),
        ("michael-kors", "Michael Kors Jet Set large tote saffiano, MK charm, dust bag, tags"),
        ("coach", "Coach Tabby 26 with creed patch serial, dust bag and tag"),
        ("omega", "Omega Speedmaster Professional 310.30.42.50.01.001, box, warranty card"),
        ("canada-goose", "Canada Goose Expedition parka, hologram label, NFC tag, red disc"),
        ("swarovski", "Swarovski Millenia necklace, swan engraved clasp, blue box & certificate")]


@cls("c_luxury_detail_jargon", "counterfeit", "premium copies sold as new with authentication details (date code, hologram, serial, box, receipt) and no copy word, at 8-20 % of retail")
def _c(g):
    return [g.row("", "", "", "en", bid, t, "Brand new, never used, all details correct. " + g.ch(SHIP), g.price(bid, 0.08, 0.2, "en"), B[bid]["cat"]) for bid, t in LUXD]


# ====================================================================== innocent classes
def inn(name, tactic, items):
    """items: (brand or None, lang, title, category, usd or None[, description[, extra dict: also, seller, mp, attrs]])"""
    @cls(name, "innocent", tactic)
    def _f(g):
        rows = []
        for it in items:
            bid, lang, t, cat, usd = it[:5]
            d = it[5] if len(it) > 5 else ""
            ex = it[6] if len(it) > 6 else {}
            pr = g.money(usd * g.r.uniform(0.95, 1.05), lang) if usd is not None else None
            rows.append(g.row("", "", "", lang, bid, t, d, pr, cat, seller=ex.get("seller"), mp=ex.get("mp"), attrs=ex.get("attrs"),
                              also=ex.get("also", ())))
        return rows
    return _f


inn("in_used_genuine_fair", "genuine goods resold second-hand at a fair used price (40-70 % of new), condition stated", [
    ("rolex", "en", "Rolex Datejust 41 126334 pre-owned 2021, full set, recently serviced", "watches", 9800),
    ("louis-vuitton", "fr", "Sac Louis Vuitton Speedy 30 monogram d'occasion, bon état, coins un peu usés", "handbags", 700),
    ("gucci", "it", "Borsa Gucci GG Marmont piccola usata, con dust bag e scontrino", "handbags", 1250),
    ("canada-goose", "de", "Canada Goose Expedition Parka Gr. M, getragen, 2 Winter, guter Zustand", "parkas", 650),
    ("nike", "en", "Nike Air Jordan 1 Retro High OG size 10, worn a few times, OG box", "sneakers", 150),
    ("sony", "ja", "ソニー WH-1000XM5 中古 動作良好 箱・ケース付き", "headphones", 210),
    ("apple", "ko", "에어팟 프로2 중고 정품 상태 좋아요 직거래", "earbuds", 130),
    ("canon", "en", "Canon EOS R6 Mark II body, 8k shutter count, used, original box", "cameras", 1650),
    ("dyson", "de", "Dyson Airwrap Complete gebraucht, funktioniert einwandfrei, mit Rechnung", "hair care", 330),
    ("bose", "es", "Auriculares Bose QuietComfort 45 usados, funcionan perfecto", "headphones", 150),
    ("nintendo", "pt", "Nintendo Switch OLED usado, com caixa e 2 jogos", "consoles", 250),
    ("omega", "zh", "欧米茄 超霸 登月 二手 2020年 全套 已保养", "watches", 4800),
    ("burberry", "en-GB", "Burberry Kensington trench coat UK 10, preloved, dry cleaned", "trench coats", 900),
    ("michael-kors", "pl", "Torebka Michael Kors Jet Set używana, stan dobry", "handbags", 75),
    ("bosch", "nl", "Bosch Professional GSR 12V-15 accuboormachine, gebruikt, 2 accu's", "power tools", 60)])

inn("in_new_retail_fair", "genuine new goods from a retailer outside the registry, at a normal retail price", [
    ("nike", "en", "Nike Air Force 1 '07 white CW2288-111, new in box, all sizes", "sneakers", 115),
    ("adidas", "de", "adidas Samba OG B75806 neu, Originalkarton, vom Fachhändler", "sneakers", 110),
    ("samsung", "en", "Samsung Galaxy S24 Ultra 256GB unlocked, new, 1-year warranty", "phones", 1250),
    ("bose", "en", "Bose QuietComfort 45 headphones, new, sealed, dealer invoice", "headphones", 279),
    ("lego", "fr", "LEGO Star Wars 75192 Faucon Millenium UCS neuf scellé", "building sets", 850),
    ("philips", "es", "Philips Sonicare DiamondClean HX9911 nuevo precintado", "electric toothbrushes", 190),
    ("gillette", "en", "Gillette Fusion5 ProGlide refills, 8 cartridges", "razor blades", 29),
    ("loreal", "pl", "Lancôme Advanced Génifique serum 50 ml, nowy, z perfumerii", "skincare", 125),
    ("pandora", "it", "Bracciale Pandora Moments con chiusura a cuore, nuovo, scontrino", "jewelry", 70),
    ("callaway", "ko", "캘러웨이 패러다임 Ai 스모크 드라이버 새제품 정품", "golf clubs", 600),
    ("yonex", "zh", "尤尼克斯 天斧88D Pro 羽毛球拍 全新 正品 实体店", "badminton rackets", 195),
    ("shiseido", "ja", "資生堂 アルティミューン 50mL 新品 正規品", "skincare", 105)])

inn("in_refurbished_openbox", "genuine goods refurbished, renewed or open-box, at 60-85 % of new", [
    ("apple", "en", "Apple AirPods Pro 2 USB-C – certified refurbished, new battery & shell", "earbuds", 179),
    ("samsung", "de", "Samsung Galaxy S23 128GB generalüberholt, Zustand sehr gut", "phones", 420),
    ("dyson", "en-GB", "Dyson V15 Detect – refurbished, 12-month warranty", "vacuum cleaners", 380),
    ("sony", "en", "Sony WH-1000XM5 renewed, Grade A, 90-day warranty", "headphones", 270),
    ("canon", "fr", "Canon EOS R6 Mark II reconditionné, garantie 1 an", "cameras", 1800),
    ("nintendo", "es", "Nintendo Switch OLED reacondicionada, como nueva", "consoles", 270),
    ("bose", "en", "Bose QuietComfort 45 open box, all accessories, tested", "headphones", 200),
    ("microsoft", "en", "Microsoft Xbox Series X refurbished, 1TB, one controller", "consoles", 360),
    ("apple", "ja", "iPhone 15 Pro 128GB 整備済み品 SIMフリー バッテリー95%", "phones", 780),
    ("philips", "nl", "Philips Sonicare DiamondClean refurbished, nieuwe opzetborstel", "electric toothbrushes", 120),
    ("bosch", "pl", "Bosch GSR 12V-15 odnowiona, gwarancja 6 mies.", "power tools", 80),
    ("samsung", "ko", "갤럭시 S24 울트라 리퍼 256GB 정품", "phones", 950)])

inn("in_rental_hire", "genuine goods for rent or hire, priced per day/week", [
    ("canon", "en", "Rent: Canon EOS R6 Mark II + RF 24-105 – per day", "cameras", 65),
    ("sony", "de", "Sony Alpha 7 IV mieten – pro Tag, Kaution erforderlich", "cameras", 42),
    ("dyson", "en-GB", "Dyson Airwrap hire for weddings – per day", "hair care", 32),
    ("louis-vuitton", "en", "Rent a Louis Vuitton Neverfull MM – per week, authenticated", "handbags", 79),
    ("rolex", "en", "Rolex Submariner rental for events, per day, deposit required", "watches", 150),
    ("nintendo", "ja", "Nintendo Switch レンタル 1週間", "consoles", 20),
    ("bmw", "de", "BMW 320d Touring Mietwagen pro Tag", "car rental", 64),
    ("microsoft", "en", "Xbox Series X rental with Game Pass, per week", "consoles", 35),
    ("canada-goose", "en", "Canada Goose Expedition parka rental for Antarctica trip, 2 weeks", "parkas", 120),
    ("bose", "pt", "Aluguel caixa de som Bose SoundLink Flex, por dia", "speakers", 8)])

inn("in_vintage_genuine", "genuine vintage pieces and collectibles at collector prices", [
    ("rolex", "en", "Vintage Rolex Datejust 1601 from 1972, original dial, serviced", "watches", 6500),
    ("levis", "en", "Vintage Levi's 501XX 1950s Big E selvedge jeans, worn, repairs", "jeans", 1200),
    ("coca-cola", "en", "1950s Coca-Cola tin sign, original, rust patina", "merchandise", 350),
    ("nintendo", "en", "Original Nintendo Game Boy DMG-01 1989, working, with Tetris", "consoles", 90),
    ("omega", "de", "Omega Seamaster Automatik 1968, Vintage, Kaliber 565, läuft", "watches", 1800),
    ("louis-vuitton", "fr", "Malle Louis Vuitton vintage années 1920, toile monogram, serrure d'origine", "luggage", 9000),
    ("canon", "ja", "キヤノン AE-1 フィルムカメラ 1970年代 ヴィンテージ 動作品", "cameras", 180),
    ("sony", "en", "Sony Walkman WM-2 1981 cassette player, vintage, new belt", "headphones", 260),
    ("levis", "ja", "リーバイス 501 66前期 ヴィンテージ 1970年代", "jeans", 600),
    ("burberry", "en-GB", "Vintage Burberrys trench coat 1980s, made in England", "trench coats", 280),
    ("lego", "en", "Vintage LEGO 6080 King's Castle 1984, complete with instructions", "building sets", 300),
    ("mattel", "en", "Vintage 1979 Barbie Superstar doll, Mattel, original box", "dolls", 120)])

AUTH = [("nike", "zh", "tmall", "nike-official", "Nike官方旗舰店", "耐克 Air Force 1 '07 男子运动鞋 CW2288-111", 1.0),
        ("nike", "en", "amazon-us", "A2NIKE0FFICIAL", "Nike", "Nike Dunk Low Retro DD1391-100 men's shoes", 1.0),
        ("nike", "en", "ebay", "nike-outlet-us", "Nike Outlet (demo)", "Nike Air Max 90 FD2596-001 – outlet sale 40% off", 0.6),
        ("adidas", "zh", "tmall", "adidas-official", "adidas官方旗舰店", "阿迪达斯 Superstar 经典贝壳头 EG4958", 1.0),
        ("adidas", "de", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "adidas Stan Smith FX5502 Sneaker – Black Friday -30 %", 0.7),
        ("gucci", "zh", "tmall", "gucci-official", "GUCCI古驰官方旗舰店", "古驰 GG Marmont 小号肩背包 443497", 1.0),
        ("bose", "en", "amazon-us", "A7BOSE0FFICIAL", "Bose", "Bose QuietComfort 45 – holiday deal", 0.75),
        ("bose", "en", "ebay", "bose-refurbished", "Bose Certified Refurbished (demo)", "Bose QuietComfort 45 certified refurbished", 0.55),
        ("apple", "zh", "tmall", "apple-official", "Apple Store官方旗舰店", "Apple AirPods Pro (第二代) USB-C MTJV3", 1.0),
        ("samsung", "en", "amazon-us", "A8SAMSUNG0FFICIAL", "Samsung Electronics", "Samsung 990 PRO 2TB NVMe SSD MZ-V8P2T0 – deal", 0.12),
        ("rolex", "en", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "Rolex Submariner Date 126610LN certified pre-owned 2022", 0.95),
        ("dyson", "zh", "tmall", "dyson-official", "Dyson戴森官方旗舰店", "戴森 Supersonic 吹风机 HD08 官方正品", 0.5),
        ("philips", "de", "amazon-de", "A28PHILIPS", "Philips", "Philips Airfryer Essential HD9252", 0.4),
        ("lego", "zh", "tmall", "lego-official", "LEGO乐高官方旗舰店", "乐高 75192 千年隼 UCS 收藏版", 1.0),
        ("nintendo", "en", "amazon-us", "A23NINTENDO", "Nintendo", "Nintendo Switch OLED Model HEG-001 white", 1.0)]


@cls("in_authorized_seller", "innocent", "the brand's own authorized stores (registry sellers) at list or sale prices")
def _i(g):
    rows = []
    for bid, lang, mp, sid, name, t, f in AUTH:
        rows.append(g.row("", "", "", lang, bid, t, "", g.money(B[bid]["usd"] * f, lang), B[bid]["cat"], seller={"id": sid, "name": name, "country": MARKET[lang][3]}, mp=mp))
    return rows


inn("in_accessory_for", "accessories and spare parts made for a brand's product, named after it, in many languages", [
    ("apple", "en", "Clear silicone case for AirPods Pro 2, with keychain", "earbuds", 9),
    ("samsung", "de", "Hülle für Samsung Galaxy S24 Ultra, Leder, Kartenfach", "phones", 15),
    ("rolex", "en", "20mm rubber strap compatible with Rolex Submariner, aftermarket, no logo", "watches", 35),
    ("nintendo", "es", "Funda para Nintendo Switch OLED con 10 ranuras para juegos", "accessories", 14),
    ("sony", "fr", "Coussinets de remplacement pour casque Sony WH-1000XM5", "headphones", 18),
    ("dyson", "en-GB", "Wall mount holder for Dyson Airwrap attachments", "hair care", 20),
    ("canon", "ja", "キヤノン EOS R6 Mark II 対応 液晶保護フィルム", "cameras", 8),
    ("louis-vuitton", "en", "Purse organizer insert for Neverfull MM, felt, 10 colours", "handbags", 22),
    ("bose", "ko", "보스 QC45 호환 헤드폰 케이스 하드", "headphones", 15),
    ("lego", "en", "LED light kit for LEGO 75192 Millennium Falcon (lights only, set not included)", "building sets", 60),
    ("apple", "zh", "适用于苹果 iPhone 15 Pro 手机壳 磁吸 透明", "phones", 4),
    ("nike", "en", "Sneaker shields for Nike Air Force 1, crease protectors, 2 pairs", "sneakers", 10),
    ("gillette", "ru", "Подставка для бритвы Gillette Fusion, держатель", "razor blades", 6),
    ("samsung", "tr", "Samsung Galaxy Buds2 Pro için silikon kılıf", "earbuds", 5),
    ("philips", "it", "Custodia da viaggio per spazzolino Philips Sonicare", "electric toothbrushes", 12)])

inn("in_compatible_consumables", "third-party consumables sold as compatible with a brand's machine or handle", [
    ("nestle", "en", "Compatible capsules for Nespresso Original machines, 100 pcs, house blend (not Nespresso brand)", "coffee", 25),
    ("nestle", "fr", "Capsules compatibles Nespresso, café bio, 50 pièces", "coffee", 16),
    ("nestle", "de", "Dolce Gusto kompatible Kapseln, 48 Stück, Eigenmarke", "coffee", 10),
    ("philips", "en", "Replacement brush heads compatible with Philips Sonicare, 8 pack, generic", "electric toothbrushes", 15),
    ("canon", "en", "Remanufactured ink cartridge, replacement for Canon PG-545 XL, black", "ink", 14),
    ("canon", "es", "Batería compatible Canon LP-E6NH 2250mAh, marca Neewer", "cameras", 25),
    ("gillette", "en", "Razor cartridges that fit Gillette Mach3 handles, 12 pack, store brand", "razor blades", 12),
    ("dyson", "en", "HEPA filter replacement for Dyson V11 / V15, aftermarket", "vacuum cleaners", 16),
    ("apple", "en", "Anker Nano 20W USB-C charger for iPhone 15", "chargers", 17),
    ("samsung", "pl", "Ładowarka 25W do telefonów Samsung Galaxy, marka Baseus", "chargers", 12),
    ("panasonic", "en", "AmazonBasics AA rechargeable batteries 2000mAh, 8 pack, low self-discharge", "batteries", 18),
    ("bosch", "de", "Akku 18V 5,0Ah kompatibel mit Bosch Professional Geräten, Fremdhersteller", "power tools", 35)])

inn("in_aftermarket_oem_reference", "aftermarket parts quoting the OEM part number they replace (MANN, Mahle, ATE, Brembo, Knecht, Filtron)", [
    ("toyota", "en", "MANN-FILTER W 68/3 oil filter – replaces Toyota 90915-YZZD1", "auto parts", 7),
    ("honda", "en", "Mahle OC 617 oil filter, cross reference Honda 15400-PLM-A02", "auto parts", 8),
    ("bmw", "de", "ATE Bremsscheibe vorne, ersetzt BMW 34116860016, Paar", "auto parts", 90),
    ("honda", "en", "Brembo P28 076 brake pads, OE ref 45022-TBA-A01 (Honda Civic)", "auto parts", 45),
    ("toyota", "ru", "Фильтр масляный Knecht OC 217, аналог Toyota 90915-YZZD1", "auto parts", 6),
    ("bmw", "en", "Key case cover for BMW remote, replaces 80232864008, silicone", "auto parts", 12),
    ("honda", "es", "Filtro de aire K&N 33-2435, reemplaza Honda 17220-5BA-A00", "auto parts", 55),
    ("toyota", "ar", "فلتر هواء ساكورا بديل لتويوتا 17801-0T030", "auto parts", 9),
    ("bmw", "pl", "Filtr oleju Filtron OE 649/6, zamiennik BMW 11428575211", "auto parts", 8),
    ("honda", "en", "Denso Iridium spark plug IK20, fits Honda Civic", "auto parts", 10),
    ("shell", "en", "Castrol EDGE 5W-40 4L – same VW 502.00/505.00 approvals as Shell Helix Ultra", "motor oil", 45),
    ("samsung", "en", "Replacement battery for Samsung Galaxy S10, EB-BG973ABU equivalent, third-party", "phones", 15)])

inn("in_repair_service", "repair, servicing, restoration and cleaning services for a brand's goods", [
    ("rolex", "en", "Rolex service & overhaul by independent watchmaker, 2-year warranty", "Services", 550),
    ("apple", "en", "iPhone 15 Pro screen replacement service, same day", "Services", 180),
    ("dyson", "en-GB", "Dyson V11 battery replacement service, we fit it for you", "Services", 70),
    ("nintendo", "es", "Reparación de Joy-Con drift, Nintendo Switch, en 24h", "Servicios", 20),
    ("louis-vuitton", "fr", "Restauration de sacs Louis Vuitton : changement de poignées en vachette", "Services", 150),
    ("canon", "de", "Canon Kamera Sensorreinigung in der Werkstatt, 1 Tag", "Dienstleistungen", 60),
    ("samsung", "ko", "삼성 갤럭시 액정 수리 출장 서비스", "서비스", 120),
    ("omega", "it", "Revisione completa Omega Speedmaster, laboratorio indipendente", "Servizi", 600),
    ("nike", "en", "Sneaker cleaning & restoration for Jordans and Dunks, mail-in", "Services", 40),
    ("bmw", "en", "BMW diagnostics & coding at your home, ISTA, mobile mechanic", "Services", 90),
    ("sony", "ja", "ソニー ヘッドホン 修理代行 バッテリー交換", "サービス", 50),
    ("cartier", "zh", "卡地亚 手镯 抛光 清洗 维修 服务", "服务", 60)])

inn("in_courses_jobs", "courses, tutoring and job posts that name a brand's product or employer", [
    ("autodesk", "en", "AutoCAD for beginners – 6-week evening course, certificate", "Classes", 290),
    ("adobe", "es", "Curso de Photoshop online, 20 horas, nivel intermedio", "Cursos", 60),
    ("microsoft", "en", "Excel & Microsoft 365 training for small teams, on-site", "Classes", 400),
    ("adobe", "ja", "フォトショップ 個人レッスン 1時間 オンライン", "レッスン", 30),
    ("autodesk", "ru", "Курсы Автокад и Revit, обучение с нуля", "Обучение", 120),
    ("nike", "en", "Hiring: part-time sales associate at our sneaker store (Nike, Adidas, Puma brands)", "Jobs", None, "", {"also": ("adidas", "puma")}),
    ("rolex", "de", "Uhrmacher (m/w/d) gesucht – Erfahrung mit Rolex-Kalibern erwünscht", "Jobs", None),
    ("apple", "en", "Tutor: learn to use your iPhone and iPad, seniors, home visits", "Classes", 35),
    ("canon", "en", "Photography workshop – bring your Canon or Nikon, beginners welcome", "Classes", 80),
    ("lego", "en", "LEGO robotics club for kids (Spike Prime), weekly sessions, term fee", "Classes", 120)])

inn("in_wanted_to_buy", "wanted-to-buy and buy-back posts naming the goods sought", [
    ("rolex", "en", "WTB: Rolex Submariner 126610LN, paying cash, full set only", "watches", None),
    ("louis-vuitton", "fr", "Recherche sac Louis Vuitton Speedy 25, achat comptant", "handbags", None),
    ("nintendo", "de", "Suche Nintendo Switch OLED, gerne mit Spielen", "consoles", None),
    ("dyson", "en-GB", "Wanted: broken Dyson vacuums for parts, will collect", "vacuum cleaners", None),
    ("canon", "ja", "キヤノン EFレンズ 高価買取します", "lenses", None),
    ("apple", "zh", "高价回收 苹果 iPhone 15 Pro 上门回收", "phones", None),
    ("nike", "es", "Busco Nike Air Jordan 1 Chicago talla 43", "sneakers", None),
    ("lego", "nl", "Gezocht: LEGO Technic sets, ook incompleet", "building sets", None),
    ("cartier", "ar", "مطلوب سوار كارتير لوف أصلي مستعمل", "jewelry", None),
    ("omega", "ko", "오메가 스피드마스터 삽니다 정품만", "watches", None)])

inn("in_books_media", "books, films and games about a brand or its founders", [
    ("nike", "en", "Shoe Dog: A Memoir by the Creator of Nike – Phil Knight, paperback", "Books", 12),
    ("gucci", "en", "House of Gucci (2021) Blu-ray", "Movies", 10),
    ("nike", "en", "Air (2023) DVD – the story of the first Air Jordan deal", "Movies", 9),
    ("rolex", "en", "Rolex Watches: From the Submariner to the Daytona – hardcover", "Books", 45),
    ("apple", "en", "Steve Jobs by Walter Isaacson, hardcover, like new", "Books", 8),
    ("lego", "de", "Das LEGO Ideen-Buch, gebunden", "Bücher", 15),
    ("louis-vuitton", "fr", "Louis Vuitton : 100 malles légendaires, livre", "Livres", 70),
    ("nintendo", "ja", "ゼルダの伝説 ティアーズ オブ ザ キングダム 攻略本", "本", 15),
    ("mattel", "en", "Barbie (2023) 4K Ultra HD, sealed", "Movies", 18),
    ("dyson", "en", "Against the Odds – James Dyson autobiography, paperback", "Books", 10),
    ("coca-cola", "es", "Libro: La historia de Coca-Cola para coleccionistas", "Libros", 20),
    ("cartier", "it", "Cartier: il gioielliere dei re – libro illustrato", "Libri", 40)])

inn("in_everyday_word_elsewhere", "a mark that is an everyday word (apple, shell, puma, dove, galaxy, switch, office, crown, omega-3, coach) in its plain sense, far from the brand's goods", [
    ("apple", "en", "Apple pie dish ceramic 26cm, fluted edge", "Kitchen", 18),
    ("shell", "en", "Seashell necklace handmade, puka shells, surfer style", "Jewelry", 12),
    ("puma", "en", "Puma plush toy 30cm, realistic big cat", "Toys > Plush", 15),
    ("mars", "en", "Mars rover Perseverance 1:24 model kit", "Model kits", 40),
    ("mars", "en", "White ceramic dove ornaments for wedding tables, set of 6", "Home decor", 8),
    ("samsung", "en", "Galaxy star projector night light with bluetooth speaker", "Home > Lighting", 25),
    ("nintendo", "en", "Smart light switch, WiFi, 2-gang, works with Alexa", "Home improvement", 20),
    ("microsoft", "en", "Ergonomic office chair with lumbar support, mesh", "Furniture", 120),
    ("microsoft", "en-GB", "Windows cleaning service, residential, monthly round", "Services", 25),
    ("rolex", "en", "Crown moulding 2.4m pine, primed, pack of 4", "DIY", 18),
    ("omega", "en", "Omega-3 fish oil 1000mg, 120 softgels", "Health > Supplements", 15),
    ("coach", "en", "Coach tickets London to Manchester, 2 adults, 14 Dec", "Tickets & Travel", 35),
    ("canon", "en", "Canon in D – Pachelbel, easy piano sheet music", "Music > Sheet music", 5),
    ("nike", "en", "Jordan almonds 1kg, pastel, wedding favours", "Food", 14),
    ("hasbro", "en", "Step-down transformer 220V to 110V, 500W", "Electronics", 35)])

inn("in_everyday_word_own_category", "an everyday-word mark or line in its plain sense inside the brand's own category at a low price (love bracelet, trinity ring, monogram tote, tabby wallet, recon backpack)", [
    ("cartier", "en", "Love heart bracelet 925 sterling silver, engraved 'love'", "jewelry", 22),
    ("cartier", "en", "Celtic trinity knot ring, sterling silver", "jewelry", 25),
    ("louis-vuitton", "en", "Personalised monogram canvas tote bag with your initials", "handbags", 28),
    ("coach", "en", "Tabby cat print zip wallet, vegan leather", "wallets", 14),
    ("coach", "en", "Willow wicker basket bag, handmade", "handbags", 30),
    ("coach", "en", "Brooklyn skyline canvas tote bag", "handbags", 16),
    ("the-north-face", "en", "Recon tactical backpack 45L MOLLE, olive", "backpacks", 35),
    ("swarovski", "en", "Swan pendant necklace, sterling silver with cubic zirconia", "jewelry", 19),
    ("adidas", "en", "Samba dance shoes, women's ballroom latin, suede sole", "Shoes > Dance shoes", 45),
    ("pandora", "en", "Timeless silver charm bracelet for girls, with heart charms", "charms", 15),
    ("rolex", "en", "Crown pendant necklace gold plated, queen", "jewelry", 12),
    ("michael-kors", "en", "Jet set travel toiletry bag, hanging, waterproof", "handbags", 15),
    ("nike", "en", "Men's navy blazer jacket, slim fit, wool blend", "Men's clothing > Suits", 60),
    ("gucci", "en", "Jackie O round sunglasses, tortoise, UV400", "sunglasses", 15),
    ("levis", "en", "Men's denim trucker jacket, unbranded, stonewash", "denim", 35)])

inn("in_other_owner_same_word", "another company's goods that share a mark's word (Dove soap, Omega juicer, Pandora car alarm, Gazelle bikes, Predator laptops, Alpina watches)", [
    ("mars", "en", "Dove Beauty Bar soap 4 x 90g (Unilever)", "Beauty > Soap", 6),
    ("omega", "en", "Omega juicer MM900 slow masticating, 15-year warranty", "Kitchen appliances", 250),
    ("pandora", "ru", "Автосигнализация Pandora DX-9X с автозапуском, установка", "Автотовары", 180),
    ("adidas", "nl", "Gazelle Orange C7 damesfiets, 2022", "Fietsen", 700),
    ("adidas", "en", "Acer Predator Helios 16 gaming laptop RTX 4070", "Laptops", 1400),
    ("bmw", "en", "Alpina Startimer Pilot watch, Swiss quartz, box", "watches", 650),
    ("shell", "en", "Shell cordovan leather boots, Horween, color 8", "Men's shoes", 700),
    ("loreal", "es", "Agua mineral Vichy Catalan 1,2 L, pack de 6", "Bebidas", 8),
    ("michelin", "en", "OtterBox Defender series case for iPhone 15", "Phone accessories", 50),
    ("mars", "en", "Mars Hydro TS 1000 LED grow light", "Garden", 90),
    ("mattel", "en", "Fiat Uno front brake pads set", "auto parts", 25),
    ("nike", "en", "Jordan Clean Smile toothbrush medium, 4 pack", "Health & beauty", 8),
    ("rolex", "en", "Ford Explorer 2015 rear brake pads, ceramic", "auto parts", 40),
    ("canon", "en", "Kanon Loading Equipment dock leveller spare parts", "Industrial", 300)])

inn("in_person_names", "people whose names are marks or contain them (Gucci Mane, Hieronymus Bosch, Primo Levi, Jacques Cartier, Freeman Dyson, S. N. Bose, Bruno Mars)", [
    ("gucci", "en", "Gucci Mane – The State vs. Radric Davis, vinyl LP", "Music > Vinyl", 28),
    ("bosch", "en", "Hieronymus Bosch – The Garden of Earthly Delights art print 50x70", "Art", 25),
    ("levis", "it", "Primo Levi – Se questo è un uomo, Einaudi tascabili", "Libri", 11),
    ("cartier", "fr", "Jacques Cartier, explorateur – biographie, poche", "Livres", 9),
    ("dyson", "en", "Freeman Dyson – Disturbing the Universe, paperback", "Books", 12),
    ("bose", "en", "Bose–Einstein condensation in dilute gases – graduate textbook", "Books > Science", 60),
    ("adidas", "en", "Stan Smith: Some People Think I'm a Shoe – tennis memoir, signed", "Books", 35),
    ("nike", "en", "Michael Jordan 1991 Upper Deck basketball card", "Sports cards", 30),
    ("mars", "en", "Bruno Mars – 24K Magic vinyl", "Music > Vinyl", 25),
    ("nintendo", "en", "Mario Lanza – The Great Caruso, LP 1951", "Music > Vinyl", 10),
    ("coach", "en", "Coach K: Leading with the Heart – Mike Krzyzewski", "Books", 9),
    ("wilson", "en", "Brian Wilson – Smile, vinyl 2LP", "Music > Vinyl", 22)])

inn("in_places", "places named like a mark (Canon City, 豊田市, Évian-les-Bains, Jordan, Puma Punku, Daytona Beach, Chilliwack, Palermo, Tacoma, Samsun, Vichy)", [
    ("canon", "en", "Canon City, Colorado – Royal Gorge vintage postcard", "Postcards", 4),
    ("toyota", "ja", "愛知県 豊田市 観光ガイドブック", "本", 8),
    ("danone", "fr", "Évian-les-Bains : gîte 4 personnes, vue lac, semaine", "Locations de vacances", 600),
    ("nike", "en", "Jordan: Petra & Wadi Rum 5-day tour", "Travel", 850),
    ("puma", "es", "Tour Tiwanaku y Puma Punku desde La Paz", "Viajes", 45),
    ("rolex", "en", "Daytona Beach oceanfront condo, 2 nights", "Travel", 320),
    ("canada-goose", "en", "Chilliwack BC – Cultus Lake cabin rental, weekend", "Vacation rentals", 400),
    ("puma", "it", "Guida di Palermo e dintorni, Lonely Planet", "Libri", 20),
    ("toyota", "en", "Tacoma Rainiers baseball tickets, 4 seats", "Tickets", 60),
    ("cartier", "pt", "Camisa Santos FC 2024 oficial Umbro", "Esportes", 60),
    ("loreal", "fr", "Vichy – carte postale ancienne, Parc des Sources", "Cartes postales", 5),
    ("samsung", "tr", "Samsun Atakum deniz manzaralı otel, 2 gece", "Seyahat", 80)])

inn("in_near_miss_audio_auto", "real brands one or two letters from a mark in the same sector (BOSS Audio, beyerdynamic, Canton, Sonos, Toyo, BMX, Snell, Phillips 66, Ronda, Rolec)", [
    ("bose", "en", "BOSS Audio Systems CH6530 6.5 inch car speakers, pair", "speakers", 40),
    ("bose", "en", "Hugo Boss Bottled eau de toilette 100ml", "Fragrance", 85),
    ("bayer", "en", "beyerdynamic DT 770 PRO 80 ohm studio headphones", "headphones", 160),
    ("canon", "de", "Canton GLE 90 Regallautsprecher, Paar", "speakers", 250),
    ("sony", "en", "Sonos Era 100 smart speaker, black", "speakers", 249),
    ("toyota", "en", "Toyo Proxes Sport 245/40R18 tyre", "tires", 140),
    ("bmw", "en", "BMX bike 20 inch, chromoly frame, pegs", "Bikes", 220),
    ("shell", "en", "Snell-certified full-face motorcycle helmet, size L", "Motorcycle gear", 180),
    ("philips", "en", "Phillips 66 Guardol 15W-40 diesel engine oil, 1 gallon", "motor oil", 25),
    ("honda", "en", "Ronda 515 quartz watch movement, replacement", "Watch parts", 15),
    ("rolex", "en", "Rolec EV charging point 7kW, tethered", "EV charging", 700),
    ("michelin", "en", "Michelob Ultra light beer, 24 pack", "Beer", 28)])

inn("in_near_miss_other", "real brands close in spelling to a mark in other sectors (Kindle, Carter's, Tyson, Phillips screwdriver, Bauer, Cannondale, Samsonite, Guess, Omegon, Panadol)", [
    ("ferrero", "en", "Kindle Paperwhite 16GB 2024, like new", "E-readers", 110),
    ("cartier", "en", "Carter's baby bodysuits 5-pack, 6 months", "Baby clothing", 18),
    ("dyson", "en", "Tyson chicken nuggets 32 oz, frozen", "Grocery", 9),
    ("philips", "en", "Phillips head screwdriver set, 6 pcs, magnetic", "Hand tools", 12),
    ("bayer", "en", "Bauer Vapor X5 Pro hockey skates, size 8", "Sports", 350),
    ("canon", "en", "Cannondale Synapse Carbon 3 road bike, 56cm", "Bikes", 2200),
    ("samsung", "en", "Samsonite Proxis spinner 55cm carry-on", "Luggage", 260),
    (None, "ja", "ニコン Z6II ボディ 中古 美品", "cameras", 1100),
    ("gucci", "en", "Guess Luxe quilted crossbody bag, black", "handbags", 95),
    ("omega", "en", "Omegon Pro 8x42 binoculars", "Optics", 130),
    ("pandora", "en", "Panadol Extra 24 tablets", "otc", 6),
    ("yonex", "en", "Yonanas Classic frozen dessert maker", "Kitchen", 40)])

inn("in_foreign_words", "words of other languages that equal or nearly equal a mark (dove, mars, Kinder, Böse, honda, uno, coach sportif, Tankrucksack, appelboom, 삼성동)", [
    ("mars", "it", "Dove vai, piccolo orso? Libro illustrato per bambini", "Libri", 12),
    ("mars", "fr", "Billet concert 14 mars 2026, Paris, fosse", "Billetterie", 55),
    ("ferrero", "de", "Kinderwagen 3in1 mit Babyschale, gebraucht", "Baby", 250),
    ("ferrero", "de", "Kinderfahrrad 16 Zoll, blau, Stützräder", "Fahrräder", 80),
    ("bose", "de", "Böse Mädchen – Roman, Taschenbuch", "Bücher", 8),
    ("honda", "es", "Honda de madera para niños (tirachinas), artesanal", "Juguetes", 6),
    ("mattel", "es", "Juego educativo 'Uno, dos, tres' para aprender a contar", "Juguetes", 12),
    ("coach", "fr", "Coach sportif à domicile – séance 1h, Paris 15e", "Services", 50),
    ("coach", "de", "Business Coach für Führungskräfte – Erstgespräch", "Dienstleistungen", 120),
    ("canon", "es", "Cañón de confeti para fiestas, pack de 6", "Fiestas", 10),
    ("cartier", "de", "Tankrucksack Motorrad magnetisch 20L", "Motorradzubehör", 60),
    ("apple", "nl", "Appelboom hoogstam Elstar, 2 jaar", "Tuin", 35),
    ("coca-cola", "es", "Mate de coca, 100 saquitos, Perú", "Alimentos", 8),
    ("samsung", "ko", "삼성동 원룸 월세 풀옵션", "부동산", 900)])

inn("in_honest_comparison", "other brands' goods compared honestly with a brand's product, homage watches under their own name, 平替 alternatives", [
    ("dyson", "en", "Shark FlexStyle air styler – like a Dyson Airwrap at half the price", "hair care", 280),
    ("bose", "en", "Soundcore Space Q45 – rivals Bose QC45 noise cancelling", "headphones", 130),
    ("rolex", "en", "Steinhart Ocean One 39 – Submariner homage, Swiss made, box & papers", "watches", 520),
    ("rolex", "en", "San Martin SN0017 diver, Sub homage, own brand logo, NH35", "watches", 210),
    ("apple", "en", "Soundcore Liberty 4 NC – better ANC than AirPods Pro for less", "earbuds", 90),
    ("dyson", "de", "Xiaomi Akku-Staubsauger G10, ähnlich wie Dyson V11", "vacuum cleaners", 230),
    ("sony", "es", "Auriculares Soundcore Q30, parecidos a los Sony WH-1000XM4 pero más baratos", "headphones", 70),
    ("canada-goose", "en", "Uniqlo Ultra Light Down parka – not a Canada Goose, but warm", "parkas", 130),
    ("cartier", "en", "Mejuri bold chain bracelet, 14k vermeil – a Love bracelet alternative, Mejuri stamp", "jewelry", 250),
    ("louis-vuitton", "en", "Longchamp Le Pliage large tote – the practical alternative to a Neverfull", "handbags", 150),
    ("dyson", "zh", "追觅 吹风机 平替戴森 高速 11万转 追觅品牌", "hair care", 55),
    ("nike", "zh", "李宁 韦德之道 篮球鞋 比耐克便宜 李宁正品", "sneakers", 110),
    ("samsung", "ru", "Xiaomi 14 Ultra, камера лучше чем у Samsung S24 Ultra", "phones", 900),
    ("lego", "en", "COBI WW2 tank building set, COBI brand, fits LEGO bricks", "building sets", 40)])

inn("in_incidental_mention", "a brand named in passing: payment method, camera the photo was shot on, software a file was made in, furnishings, a sponsored venue or race", [
    ("apple", "en", "Handmade ceramic mugs, set of 4 – we accept Apple Pay and Google Pay", "Kitchen", 48),
    ("canon", "en", "Fine art landscape print 'Dolomites sunrise', shot on Canon EOS R5", "Art > Photography", 90),
    ("autodesk", "en", "House plans 3-bed bungalow – DWG files made in AutoCAD + PDF", "Digital downloads", 60),
    ("adobe", "en", "Digital planner 2026 for GoodNotes – designed in Photoshop & Illustrator", "Digital downloads", 9),
    ("dyson", "en", "Furnished 2-bed flat to rent – Bosch dishwasher, Dyson fan, Nespresso machine", "Property rentals", 2400, "", {"also": ("bosch", "nestle")}),
    ("samsung", "en", "Food truck catering for parties – we take Samsung Pay, Apple Pay, cards", "Services", 300, "", {"also": ("apple",)}),
    ("sony", "en", "Wedding photography package 8h – Sony A7 IV kit, 2 shooters", "Services", 1800),
    ("nike", "en", "Marathon training plan 16 weeks (PDF) – I run in Nike Pegasus, any shoe works", "Digital downloads", 15),
    ("michelin", "en", "2016 Volkswagen Golf TDI, 98k miles, new Michelin tyres", "Cars", 9500),
    ("microsoft", "en", "Household budget spreadsheet template for Microsoft Excel / Google Sheets", "Digital downloads", 8),
    ("lego", "en", "Kids birthday party venue – LEGO building corner, bouncy castle, 2h", "Events", 250),
    ("shell", "en", "2012 Toyota Corolla, full service history at the local Shell garage", "Cars", 7000, "", {"also": ("toyota",)}),
    ("gillette", "en", "Gillette Stadium parking pass, Patriots vs Jets", "Tickets", 60),
    ("coca-cola", "en", "Coca-Cola 600 NASCAR ticket pair, Charlotte", "Tickets", 180)])

inn("in_ingredient_mention", "home bakers and caterers naming the branded ingredient in their dish (Kinder Bueno cheesecake, Nutella crêpes, 可乐鸡翅, Milo Dinosaur)", [
    ("ferrero", "en", "Kinder Bueno cheesecake, whole 9 inch, homemade, order 2 days ahead", "Food > Cakes", 35),
    ("ferrero", "fr", "Crêpes Nutella – traiteur pour anniversaires, 50 pièces", "Traiteur", 60),
    ("coca-cola", "zh", "可乐鸡翅 半成品 500g 家常菜 冷冻", "生鲜", 6),
    ("mars", "en", "Snickers brownies, box of 12, homemade", "Baked goods", 24),
    ("mars", "en", "M&M's cookies, soft baked, dozen", "Baked goods", 15),
    ("nestle", "ms", "Milo Dinosaur ais – set 10 cawan untuk majlis", "Makanan", 20),
    ("nestle", "id", "Es kopi susu gula aren pakai Nescafé, paket 10 botol", "Minuman", 8),
    ("coca-cola", "en", "Coke float party kit – vanilla ice cream & glass bottles of Coca-Cola, serves 10", "Food", 30),
    ("ferrero", "de", "Raffaello-Torte, 26 cm, auf Bestellung", "Kuchen", 40),
    ("mars", "th", "บราวนี่สนิกเกอร์ส โฮมเมด 12 ชิ้น", "ขนม", 12)])

inn("in_licensed_scale_models", "licensed scale models and die-cast 'replicas' of branded cars (AUTOart, Minichamps, Hot Wheels, Tamiya, Bburago)", [
    ("toyota", "en", "AUTOart 1:18 Toyota Supra GR, officially licensed replica", "Diecast", 200),
    ("bmw", "en", "Minichamps 1:43 BMW M3 E30 replica, boxed", "Diecast", 60),
    ("honda", "en", "Hot Wheels Honda Civic Type R 1:64, carded", "die-cast cars", 4),
    ("lego", "en", "LEGO Technic 42130 BMW M 1000 RR, new sealed", "building sets", 230, "", {"also": ("bmw",)}),
    ("honda", "ja", "タミヤ 1/24 ホンダ NSX プラモデル", "model kits", 30),
    ("bmw", "de", "Bburago 1:18 BMW M8 Coupé Modellauto", "Modellautos", 45),
    ("michelin", "fr", "Figurine Bibendum Michelin années 80, objet publicitaire d'origine", "Collection", 80),
    ("toyota", "es", "Maisto 1:24 Toyota Land Cruiser, réplica a escala", "Modelismo", 25),
    ("coca-cola", "en", "Coca-Cola delivery truck 1:50 die-cast, licensed", "Diecast", 35),
    ("honda", "en", "Tamiya 1/12 Honda CBR1000RR-R Fireblade model kit", "model kits", 55)])

inn("in_trade_sense_cue_words", "copy-trade words in their honest trade sense (replica jersey, AAA batteries, 1:1 macro, OEM from dealer, Grade A refurbished, factory sealed, clone your drive)", [
    ("adidas", "en", "adidas Real Madrid 24/25 home replica jersey, official, size M", "football", 95),
    ("nike", "en", "Nike FC Barcelona 2024 Stadium replica shirt, official", "sportswear", 90),
    ("puma", "de", "PUMA AC Milan Heimtrikot Replica 24/25, offiziell", "sportswear", 85),
    ("panasonic", "en", "Panasonic AAA alkaline batteries, 24 pack", "batteries", 12),
    ("canon", "en", "Canon RF 100mm F2.8 L Macro IS USM – 1:1 magnification", "lenses", 1300),
    ("honda", "en", "OEM Honda Civic oil filter 15400-PLM-A02 from a Honda dealer, genuine part", "auto parts", 9),
    ("apple", "en", "Grade A refurbished iPhone 13 128GB, 90% battery", "phones", 380),
    ("nintendo", "en", "Nintendo Switch OLED factory sealed, new, with receipt", "consoles", 345),
    ("canon", "de", "Canon EOS R8 spiegellose Systemkamera, neu", "cameras", 1400),
    ("samsung", "en", "Samsung 990 PRO 2TB – clone your old drive with Samsung Magician", "memory", 170),
    ("adobe", "en", "Photoshop lesson 4: the clone stamp tool (video download)", "Digital downloads", 10),
    ("wilson", "en", "Wilson NBA replica game ball, size 7", "basketballs", 35)])

inn("in_small_genuine_units", "genuine single units, minis and travel sizes priced honestly (often below a pack-level price floor)", [
    ("ferrero", "de", "Kinder Bueno Riegel, 1 Stück", "chocolate", 1.3),
    ("coca-cola", "zh", "可口可乐 330ml 单罐", "soft drinks", 0.45),
    ("mars", "en", "Snickers bar 50g, single", "chocolate", 1.29),
    ("gillette", "en", "Gillette Mach3 razor + 1 cartridge trial pack", "razor blades", 4),
    ("johnson-johnson", "en", "Tylenol Extra Strength travel pack, 2 caplets", "otc", 1.5),
    ("johnson-johnson", "en", "Band-Aid Flexible Fabric, 10 strips", "first aid", 2.5),
    ("danone", "fr", "Eau evian 50 cl, bouteille", "bottled water", 1.0),
    ("nestle", "it", "Nescafé Gold bustina monodose 2g", "coffee", 0.3),
    ("loreal", "en", "Maybelline Sky High mascara mini 3ml, deluxe sample", "makeup", 4),
    ("bayer", "de", "Aspirin Protect 100mg, 42 Tabletten", "otc", 4),
    ("mars", "es", "M&M's cacahuete bolsa 45g", "chocolate", 1.2),
    ("danone", "en", "Aptamil ready-to-feed first infant milk 200ml, single bottle", "infant formula", 1.8)])

inn("in_vehicles", "genuine used cars, motorcycles and generators of automotive brands", [
    ("honda", "en", "2016 Honda Civic EX 1.5T, 68k miles, one owner", "Cars & Trucks", 14500),
    ("toyota", "en", "2012 Toyota Prius III, 120k miles, hybrid battery replaced", "Cars & Trucks", 8500),
    ("bmw", "de", "BMW 320d Touring F31, 2018, 95.000 km, Scheckheft", "Autos", 19000),
    ("toyota", "ar", "تويوتا لاند كروزر 2015 فل كامل ممشى 180 ألف", "سيارات", 42000),
    ("honda", "en", "2009 Honda CBR600RR, 14k miles, clean title", "motorcycles", 6200),
    ("bmw", "ru", "BMW X5 E70 2011 года, пробег 210 тыс. км", "Автомобили", 14000),
    ("honda", "th", "Honda Super Cub 110 ปี 2021 มือสอง", "motorcycles", 1400),
    ("toyota", "es", "Toyota Corolla 2019 híbrido, 60.000 km, ITV pasada", "Coches", 17000),
    ("honda", "ja", "ホンダ EU2200i 発電機 中古 美品", "generators", 800),
    ("bmw", "pl", "BMW R1250GS 2020, przebieg 30 tys km", "Motocykle", 16000)])

inn("in_fake_awareness", "legit-check and authentication services, guides to spotting fakes: copy words used against copies", [
    ("nike", "en", "Legit check service – send photos of your Jordan 1s, we tell you if they're fake or real", "Services", 5),
    ("louis-vuitton", "en", "Authentication service for Louis Vuitton bags – we detect replicas, certificate", "Services", 25),
    ("rolex", "en", "How to spot a fake Rolex – illustrated guide (ebook)", "Books", 9),
    ("apple", "en", "Counterfeit AirPods: how to tell 1:1 clones from the real thing (ebook)", "Books", 12),
    ("gucci", "it", "Servizio di autenticazione borse Gucci, riconoscere il falso", "Servizi", 30),
    ("canada-goose", "en", "Guide: spotting fake Canada Goose jackets (NFC, hologram) – PDF", "Digital downloads", 5),
    ("nike", "zh", "球鞋鉴定服务 耐克 AJ 真假鉴别 出具报告", "服务", 3),
    ("cartier", "fr", "Expertise bijoux Cartier : authentification, détection des copies", "Services", 80),
    ("dyson", "en", "Dyson Airwrap fake vs real – comparison video course", "Digital downloads", 15),
    ("omega", "de", "Echtheitsprüfung Omega Uhren – Fälschungen erkennen, Gutachten", "Dienstleistungen", 90)])

inn("in_grey_import", "genuine parallel imports (港版, 並行輸入, international/EU version) at 80-100 % of local retail", [
    ("sony", "ja", "ソニー WH-1000XM5 並行輸入品 新品", "headphones", 330),
    ("apple", "zh", "港版 iPhone 15 Pro 256G 全新 未激活", "phones", 980),
    ("samsung", "en", "Samsung Galaxy S24 Ultra international version SM-S928B/DS, new", "phones", 1100),
    ("canon", "en", "Canon EOS R6 Mark II grey import, 1-year store warranty", "cameras", 2100),
    ("nintendo", "en-GB", "Nintendo Switch OLED Japanese import, region free, new", "consoles", 320),
    ("dyson", "ar", "دايسون سوبرسونيك نسخة دولية جديد مع ضمان المتجر", "hair care", 400),
    ("shiseido", "zh", "资生堂 红腰子 50ml 日本代购 有小票", "skincare", 95),
    ("estee-lauder", "ko", "에스티로더 갈색병 50ml 면세점 구매 새상품", "skincare", 95),
    ("lego", "de", "LEGO 75192 Millennium Falcon EU-Import, neu OVP", "building sets", 820),
    ("bose", "en", "Bose QC45 EU version, sealed, plug adapter included", "headphones", 240)])


# ====================================================================== build
def build(seed):
    g = Gen(seed)
    rows = []
    for name, kind, tactic, fn in CLASSES:
        g.cur = (name, kind, tactic)
        rs = fn(g)
        rows += rs
    g.r.shuffle(rows)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "set.jsonl"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    kinds = collections.Counter(r["_label"]["kind"] for r in rows)
    ncls = collections.Counter(r["_label"]["kind"] for r in {r["_label"]["class"]: r for r in rows}.values())
    print(f"{len(rows)} listings {dict(kinds)}; classes {dict(ncls)}; languages {len({r['_label']['lang'] for r in rows})}; "
          f"brands (counterfeit) {len({r['_label']['brand'] for r in rows if r['_label']['kind'] == 'counterfeit'})}")
    if a.v:
        for k, v in sorted(collections.Counter(r["_label"]["class"] for r in rows).items()):
            print(f"  {k}: {v}")
        print(" ", dict(sorted(collections.Counter(r["_label"]["lang"] for r in rows).items())))


if __name__ == "__main__":
    main()
