"""How a counterfeiter hides a mark in the way the text is WRITTEN (issue 9, detect-script): HTML markup, upside-down
letters, the mark spelt backwards, "fancy font" look-alike characters of other scripts.

Written from first principles with this file's own tables, not with the matcher's (html.unescape, the upsidedown
package): markup is written as an HTML author writes it (numeric references of the letter's code point, decimal or
hexadecimal, named references, inline tags around a letter); upside-down letters are the Unicode letters named
TURNED (ɐ TURNED A, ǝ TURNED E, ɥ TURNED H, ɯ TURNED M, ɹ TURNED R, ʇ TURNED T, ʌ ʍ ʎ ...) or the letters that
look like a letter turned (ɔ OPEN O for c, ɟ for f, ƃ for g, ı for i, ɾ for j, q/b, d/p, u/n), read from the end;
fancy letters are the CJK look-alike alphabet fancy-text sites offer for a to z.
"""

from __future__ import annotations

import random
import unicodedata


def _plain(text: str) -> str:
    """The text without its accents (Nestlé -> Nestle): turned and fancy alphabets have no accented letters."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

# ------------------------------------------------------------------------------------------ markup

INLINE_TAGS = ["b", "i", "span", "strong", "em", "u", "font color=\"red\""]


def markup(mark: str, rng: random.Random) -> str | None:
    """The mark with one or two of its letters written as HTML: a character reference (&#71;, &#x47;), or a letter
    inside an inline tag (G<b>u</b>cci); a multi-word mark's space may be &nbsp;."""
    letters = [k for k, ch in enumerate(mark) if ch.isalpha()]
    if len(letters) < 3:
        return None
    chosen = sorted(rng.sample(letters[1:], k=rng.choice([1, 1, 2])))  # inside the mark, not before it
    out, last = [], 0
    for k in chosen:
        out.append(mark[last:k])
        ch = mark[k]
        style = rng.randrange(5)
        if style == 3:  # an empty comment or a soft hyphen before the letter
            out.append(rng.choice(["<!-- -->", "<!---->", "&shy;"]) + ch)
        elif style == 4:
            out.append(f"&#{ord(ch)};")
        elif style == 0:
            out.append(f"&#{ord(ch)};")
        elif style == 1:
            out.append(f"&#x{ord(ch):x};" if rng.random() < 0.5 else f"&#X{ord(ch):X};")
        else:
            tag = rng.choice(INLINE_TAGS)
            out.append(f"<{tag}>{ch}</{tag.split()[0]}>")
        last = k + 1
    out.append(mark[last:])
    text = "".join(out)
    return text.replace(" ", "&nbsp;") if " " in text and rng.random() < 0.3 else text


# ------------------------------------------------------------------------------------------ upside down

# a letter -> what it looks like turned half a circle (Unicode's TURNED letters where there is one)
TURNED = {"a": "ɐ", "b": "q", "c": "ɔ", "d": "p", "e": "ǝ", "f": "ɟ", "g": "ƃ", "h": "ɥ", "i": "ı", "j": "ɾ", "k": "ʞ",
          "l": "l", "m": "ɯ", "n": "u", "o": "o", "p": "d", "q": "b", "r": "ɹ", "s": "s", "t": "ʇ", "u": "n", "v": "ʌ",
          "w": "ʍ", "x": "x", "y": "ʎ", "z": "z"}
TURNED_ALTERNATIVES = {"i": "ᴉ", "l": "ʅ"}  # TURNED I; an l with a hook


def upside_down(text: str, rng: random.Random) -> str:
    """The text turned upside down: every letter turned, the whole read from its end (Rolex -> xǝloɹ)."""
    table = dict(TURNED)
    for letter, other in TURNED_ALTERNATIVES.items():
        if rng.random() < 0.5:
            table[letter] = other
    return "".join(table.get(ch, ch) for ch in reversed(_plain(text).lower()))


# ------------------------------------------------------------------------------------------ backwards


def backwards(mark: str, rng: random.Random) -> str:
    """The mark spelt from its end (Rolex -> xelor, Louis Vuitton -> nottiuv siuol), capitalised now and then."""
    text = "".join(ch for ch in _plain(mark) if ch.isalpha() or ch == " ")[::-1].lower()
    return text.capitalize() if rng.random() < 0.4 else (text.upper() if rng.random() < 0.2 else text)


# ------------------------------------------------------------------------------------------ fancy letters

# the CJK look-alike ("Asian style") alphabet of fancy-text sites, a to z
FANCY = dict(zip("abcdefghijklmnopqrstuvwxyz", "卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙"))


def fancy(mark: str, rng: random.Random) -> str | None:
    """The mark in the fancy alphabet, words kept apart by a space (NIKE -> 几丨Ҝ乇)."""
    words = ["".join(FANCY.get(ch, "") for ch in w.lower()) for w in _plain(mark).split()]
    if sum(len(w) for w in words) < 3 or any(not w for w in words):
        return None
    return " ".join(words)


# ------------------------------------------------------------------------------------------ negatives

# Innocent listings with markup, turned letters, words that are a mark backwards, or the fancy alphabet's characters
# in their own languages: (brand, title, description, category, price, currency). Written by hand.
VIEW_WORDS = [
    ("gucci", "<b>Genuine leather</b> belt &amp; buckle set, men", "", "belts", 25.0, "USD"),
    ("rolex", "Men&#39;s automatic watch &ndash; stainless steel, 40&nbsp;mm", "", "watches", 60.0, "USD"),
    ("nike", "Running shoes <i>lightweight</i> &amp; breathable", "", "sneakers", 35.0, "USD"),
    ("samsung", "Wireless earbuds &lt;20 ms latency&gt; Bluetooth 5.3", "", "earbuds", 18.0, "USD"),
    ("louis-vuitton", "Canvas tote bag <span style=\"color:red\">new</span> season", "", "handbags", 30.0, "USD"),
    ("apple", "Phone case &#x2764; clear silicone <br> shockproof", "", "phone cases", 6.0, "USD"),
    ("danone", "Naive art canvas print, village scene", "", "home decor", 25.0, "USD"),
    ("danone", "Naive Stories children's picture book", "", "books", 9.0, "USD"),
    ("autodesk", "Tiver rug, handwoven wool, 120x170", "", "home decor", 80.0, "USD"),
    ("mattel", "Onu Ojo vinyl record, Afrobeat LP", "", "music", 20.0, "USD"),
    ("nestle", "Taktik board game for two, wooden pieces", "", "board games", 24.0, "EUR"),
    ("canon", "Soe Kamen: travel guide to Lake Inle", "", "books", 12.0, "USD"),
    ("nike", "ʎɐpɥʇɹıq ʎddɐɥ mug, upside-down lettering", "", "kitchen", 12.0, "USD"),
    ("adidas", "Football shirt with ǝɯɐu custom print", "", "sportswear", 22.0, "USD"),
    ("rolex", "千山万水 山水画 挂画 客厅装饰", "", "home decor", 25.0, "USD"),
    ("lego", "几何 积木 儿童 益智 玩具 100 块", "", "building sets", 15.0, "USD"),
    ("sony", "ムーミンのマグカップ 北欧 食器", "", "kitchen", 1800.0, "JPY"),
    ("nike", "乃木坂46 公式 タオル", "", "merchandise", 2500.0, "JPY"),
]
