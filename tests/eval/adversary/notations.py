"""The adversary's notation classes (issue 9, notations, session 19): the brand's name or model written in a notation a
buyer reads through and a text filter does not, and the innocent listings written in the same notations.

- escaped_unicode: a name of the brand (its Chinese alias, its katakana or Hangul local name, its name written by sound
  in Cyrillic, Greek, Arabic, Hebrew or Devanagari, or its Latin mark) left as code-point escapes by an export: JSON's
  \\uXXXX (lower or upper hex, double-escaped \\\\uXXXX, a whole title escaped as json.dumps(ensure_ascii=True) does),
  the backslashes lost (u53e4u9a70), Python's \\UXXXXXXXX and \\N{NAME}, ES6/Rust/Swift \\u{X…}, Perl's \\x{X…},
  JavaScript's escape() %uXXXX, Unicode's U+XXXX, UTF-8 bytes escaped one by one as code points (\\u00e5\\u008a\\u00b3);
  a Latin mark escaped whole or one letter;
- escaped_bytes: the same names as UTF-8 bytes: a bytes repr (\\xe5\\x8a\\xb3, upper or lower), octal (\\345\\212\\263),
  percent-encoding from a URL (%E5%8A%B3), quoted-printable from a mail (=E5=8A=B3); or as the bytes of the market's
  legacy code page (GBK, Big5, Shift JIS, EUC-KR, Windows-1251: %C0%CD%C1%A6%CA%BF);
- escaped_html: HTML character references of a non-Latin name: decimal (&#21171;), hex (&#x52b3;, &#X52B3;), no
  semicolon, double-escaped (&amp;#21171;) — references to a Latin mark are views.py's markup class;
- encoded_name: the name as base64 of its UTF-8 (a word hidden from search; a mail's =?UTF-8?B?…?=) or as a punycode
  label (an IDN shop domain, xn--…);
- numeral_model: a registered model number whose digits (all or some) are written in another numeral system:
  Chinese positional (〇一二 … 九, 零 for zero) and financial (壹贰叁 … 貳參陸) numerals, Arabic-Indic, Persian,
  Devanagari, Bengali, Gujarati, Gurmukhi, Tamil, Telugu, Kannada, Malayalam, Odia, Thai, Lao, Khmer, Myanmar,
  Tibetan, Mongolian, fullwidth, mathematical, circled (① ❶ ➀, zero ⓪ ⓿ 🄋) and superscript digits, in a title of the
  market that writes them;
- markup_leftover: the Latin mark inside leftovers of chat and forum markup: spoiler tags (||x||, >!x!<,
  [spoiler]x[/spoiler]), BBCode inside the word (R[b]o[/b]lex, [color=red]Ro[/color]lex), Markdown or chat emphasis
  inside the word (R**o**lex, **R**olex, Ro__le__x, R*o*lex, Ro`le`x, ==Ro==lex, R~~o~~lex);
- spintax_template: a spinner's template posted unrendered, {a|b|c} groups for the product, the brand (its mark, a
  leet or misspelt form, its initials), the copy word and the fillers, in the title and description; only the brand
  alerts (a spintax option is one listing's text, not a second brand).

Traps: trap_escaped_innocent (generic goods' words escaped, encoded or referenced in every notation above, a URL's
percent-encoded path, base64 order codes), trap_numerals_innocent (prices, dates, phone numbers, quantities and sizes in
the same numeral systems), trap_markup_innocent (spoilers of a plot or a surprise, emphasis and BBCode on generic words,
spintax of generic words), in the brand's categories at a shop's price.

Written from first principles (JSON RFC 8259 §7, Python's and ECMAScript's string escapes, RFC 3986 percent-encoding,
RFC 2045 quoted-printable, RFC 3492 punycode, RFC 4648 base64, HTML's character references, Unicode's decimal digit
property (Nd) and CJK numerals, Discord/Reddit/BBCode/CommonMark syntax, spinner template syntax); no held-out listing
was read for the strings.
"""

from __future__ import annotations

import base64
import json
import unicodedata

from tests.eval.adversary import context, disguises, sound
from tests.eval.adversary.generate import (BrandView, Draft, Scene, _cap, _coded_models, _corroborated, _model_draft,
                                           _needs_corroboration, _pick_mark, _sound_marks, _view_mark)

EVASIONS = {
    "escaped_unicode": "a name of the brand (alias, local name, name by sound, Latin mark) as code-point escapes: "
                       "\\uXXXX, \\\\uXXXX, stripped uXXXX, \\U, \\u{…}, \\x{…}, U+XXXX; corroborated as the name needs",
    "escaped_bytes": "a non-Latin name of the brand as UTF-8 bytes: \\xNN, octal, %XX, quoted-printable =XX",
    "escaped_html": "a non-Latin name of the brand as HTML numeric references: &#N;, &#xH;, no semicolon, &amp;#N;",
    "encoded_name": "a name of the brand as base64 of its UTF-8 or as a punycode label (xn--)",
    "numeral_model": "a registered model number with its digits in another numeral system (Chinese, financial, "
                     "Arabic-Indic, Devanagari, Thai, fullwidth, circled ...)",
    "markup_leftover": "the Latin mark in spoiler tags, BBCode or Markdown emphasis inside the word",
    "spintax_template": "an unrendered spinner template {a|b} with the brand's mark among the options",
    "number_base_name": "a name of the brand as its characters' codes in a number base (hex spaced, colon, 0x or one "
                        "run; decimal bytes or code points; octal; binary 8- or 7-bit), base32, URL-safe or unpadded "
                        "base64, or its letters some =XX / %XX; a weak reading: the category with a cue or a copy's price",
    "url_query_name": "a bland title and description; the brand (mark or line) only in the listing URL's query string "
                      "(utm_campaign, q, kw, ref, tag ...) or fragment, with a copy word there or a copy's price",
    "field_only_name": "a bland title and description; the brand (and a copy word) only in the seller's account id or "
                       "in an item specific no reader reads (Notes, Info, Remark, 备注, a key of the seller's own)",
}
TRAPS = {
    "trap_escaped_innocent": "generic goods' words escaped, byte-encoded, referenced, base64 or punycode, in the brand's "
                             "categories",
    "trap_numerals_innocent": "prices, dates, phone numbers, sizes in other numeral systems, in the brand's categories",
    "trap_markup_innocent": "spoilers, emphasis, BBCode and spintax of generic words, in the brand's categories",
    "trap_number_codes": "colours, hashes, serials, MAC addresses, IBANs, size and code lists, base64 image data, binary-"
                         "looking numbers and generic words in character codes, in the brand's categories",
    "trap_url_query": "honest listings whose URL's query or fragment names the brand (a dealer's referral, a sale "
                      "campaign, a search, a share link) at a shop's price, with no copy word",
    "trap_field_only": "honest listings whose seller id or a free item specific names the brand (a collector's id, "
                       "'Notes: bought at the Rolex boutique') at a shop's price, with no copy word",
}
PER_BRAND = 8  # listings of each class a brand (seed 9: 54 brands)

# ------------------------------------------------------------------------------------------------ names to write


def _names(b: BrandView, s: Scene, latin: bool = True) -> tuple[str, str, bool] | None:
    """(name, frame, strong) of one of the brand's names: its Chinese alias (frame "zh"), a local name, a name written by
    sound in another script, or (`latin`) a Latin mark (frame "latin"); `strong`: the name needs a cue or a far-low
    price beside it, as the same name written plainly does."""
    r = s.rng
    kinds = ["alias", "alias", "script"] + (["local"] if b.declared("local_name") else []) + (["latin"] if latin else [])
    kind = r.choice(kinds)
    if kind == "alias" and b.cjk:
        m = r.choice(b.cjk)
        return m.value, "zh", m.everyday
    if kind == "local":
        return r.choice(b.declared("local_name")).value, "local", True
    if kind == "script":
        m = _pick_mark(b, s, _sound_marks(b))
        if m is not None and (text := sound.in_script(m.value, r.choice(sorted(sound.SCRIPTS)), r)):
            return text, "script", True
        return None
    m = _view_mark(b, s)
    if m is None:
        return None
    return m.value, "latin", _needs_corroboration(m)


def _draft(b: BrandView, s: Scene, written: str, frame: str, strong: bool) -> Draft:
    return _corroborated(b, s, written, strong=strong, zh=frame == "zh")


# ------------------------------------------------------------------------------------------------ escapes


def _u(ch: str, upper: bool) -> str:
    units = [ord(ch)] if ord(ch) < 0x10000 else [0xD800 + ((ord(ch) - 0x10000) >> 10), 0xDC00 + ((ord(ch) - 0x10000) & 0x3FF)]
    return "".join(f"\\u{u:04X}" if upper else f"\\u{u:04x}" for u in units)


def unicode_escaped(name: str, rng) -> str:
    """The name in one code-point escape notation, chosen at random (a Latin name: whole, or one letter of it)."""
    style = rng.choice(["json", "json", "json_upper", "double", "stripped", "stripped", "python_U", "braces", "perl",
                        "uplus", "uplus_comma", "js_escape", "python_name", "latin1_bytes"])
    upper = rng.random() < 0.3

    def one(ch: str) -> str:
        if style == "json":
            return _u(ch, False)
        if style == "json_upper":
            return _u(ch, True)
        if style == "double":
            return _u(ch, upper).replace("\\", "\\\\")
        if style == "stripped":
            return _u(ch, upper).replace("\\", "")
        if style == "python_U":
            return f"\\U{ord(ch):08x}"
        if style == "braces":
            return f"\\u{{{ord(ch):x}}}"
        if style == "perl":
            return f"\\x{{{ord(ch):x}}}"
        if style == "js_escape":  # JavaScript's escape(): %uXXXX
            return f"%u{ord(ch):04X}" if ord(ch) > 0xFF else f"%{ord(ch):02X}"
        if style == "python_name":
            return f"\\N{{{unicodedata.name(ch, 'SPACE')}}}"
        if style == "latin1_bytes":  # UTF-8 bytes escaped as code points by a tool that read them as Latin-1
            return "".join(f"\\u{b:04x}" for b in ch.encode("utf-8"))
        return f"U+{ord(ch):04X}"

    if style.startswith("uplus"):
        joiner = ", " if style == "uplus_comma" else " "
        return joiner.join(one(ch) for ch in name if not ch.isspace())
    if name.isascii() and rng.random() < 0.4 and style != "stripped":  # one letter escaped: R\u006flex
        spots = [k for k, ch in enumerate(name) if ch.isalpha()]
        k = rng.choice(spots)
        return name[:k] + one(name[k]) + name[k + 1:]
    return "".join(one(ch) if not (ch == " " and style != "stripped") else ch for ch in name)


def make_escaped_unicode(b: BrandView, s: Scene) -> Draft | None:
    got = _names(b, s)
    if got is None:
        return None
    name, frame, strong = got
    draft = _draft(b, s, unicode_escaped(name, s.rng), frame, strong)
    if frame != "latin" and s.rng.random() < 0.25:  # a whole export escaped: json.dumps(title, ensure_ascii=True)
        plain = _draft(b, s, name, frame, strong)
        draft = Draft(json.dumps(plain.title)[1:-1], plain.category, plain.price, json.dumps(plain.description)[1:-1])
    return draft


# legacy code pages the market's sites percent-encode or escape in: a name that the page can write, in that page
LEGACY = {"gbk": "GBK", "big5": "Big5", "shift_jis": "Shift JIS", "euc_kr": "EUC-KR", "cp1251": "Windows-1251"}


def bytes_escaped(name: str, rng) -> str:
    style = rng.choice(["x", "x", "x_upper", "octal", "percent", "percent", "percent_lower", "qp", "qp", "legacy",
                        "legacy"])
    raw = name.encode("utf-8")
    if style == "legacy":  # every byte escaped (a tool's escape-all mode: Shift JIS trail bytes in ASCII too)
        pages = [c for c in LEGACY if _encodes(name, c)]
        if pages:
            raw = name.encode(rng.choice(pages))
            form = rng.choice(["%{:02X}", "\\x{:02x}", "={:02X}"])
            return "".join(form.format(c) for c in raw)
    if style.startswith("x"):
        return "".join((f"\\x{c:02X}" if style == "x_upper" else f"\\x{c:02x}") if c >= 0x80 else chr(c) for c in raw)
    if style == "octal":
        return "".join(f"\\{c:03o}" if c >= 0x80 else chr(c) for c in raw)
    if style.startswith("percent"):
        return "".join((f"%{c:02x}" if style == "percent_lower" else f"%{c:02X}") if c >= 0x80 or c == 0x20 else chr(c)
                       for c in raw)
    return "".join(f"={c:02X}" if c >= 0x80 else chr(c) for c in raw)  # quoted-printable (RFC 2045: upper-case hex)


def _encodes(name: str, codec: str) -> bool:
    try:
        name.encode(codec)
    except UnicodeEncodeError:
        return False
    return not name.isascii()


def make_escaped_bytes(b: BrandView, s: Scene) -> Draft | None:
    got = _names(b, s, latin=False)
    if got is None:
        return None
    name, frame, strong = got
    return _draft(b, s, bytes_escaped(name, s.rng), frame, strong)


def html_referenced(name: str, rng) -> str:
    style = rng.choice(["dec", "dec", "hex", "HEX", "no_semicolon", "double"])

    def one(ch: str) -> str:
        if ch.isspace():
            return ch
        if style == "hex":
            return f"&#x{ord(ch):x};"
        if style == "HEX":
            return f"&#X{ord(ch):X};"
        if style == "no_semicolon":
            return f"&#{ord(ch)}"
        if style == "double":
            return f"&amp;#{ord(ch)};"
        return f"&#{ord(ch)};"

    return "".join(one(ch) for ch in name)


def make_escaped_html(b: BrandView, s: Scene) -> Draft | None:
    got = _names(b, s, latin=False)
    if got is None:
        return None
    name, frame, strong = got
    return _draft(b, s, html_referenced(name, s.rng), frame, strong)


def _punycode(name: str) -> str | None:
    label = "".join(ch for ch in name.casefold() if ch.isalnum())
    if label.isascii():
        return None
    return "xn--" + label.encode("punycode").decode("ascii")


def make_encoded_name(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    got = _names(b, s)
    if got is None:
        return None
    name, frame, strong = got
    if r.random() < 0.5 and (label := _punycode(name)):
        written = r.choice([f"www.{label}.com", f"{label}.shop", f"https://{label}.cn/item/8812"])
        how = "punycode"
    else:
        written = base64.b64encode(name.encode("utf-8")).decode("ascii")
        how = "base64"
        if r.random() < 0.25:  # a mail's encoded word (RFC 2047)
            written = f"=?UTF-8?B?{written}?="
    draft = _draft(b, s, written, frame, strong)
    if how == "base64" and r.random() < 0.5:
        draft.description = f"{draft.description} (brand in base64: {written})".strip()
    return draft


# ------------------------------------------------------------------------------------------------ numerals

# a digit system: its ten digits (0-9) and the words of a title in its market (goods noun, "model")
_DECIMAL_SYSTEMS = {
    "arabic_indic": ("٠١٢٣٤٥٦٧٨٩", "موديل"), "persian": ("۰۱۲۳۴۵۶۷۸۹", "مدل"), "devanagari": ("०१२३४५६७८९", "मॉडल"),
    "bengali": ("০১২৩৪৫৬৭৮৯", "মডেল"), "gujarati": ("૦૧૨૩૪૫૬૭૮૯", "મોડલ"), "gurmukhi": ("੦੧੨੩੪੫੬੭੮੯", "ਮਾਡਲ"),
    "tamil": ("௦௧௨௩௪௫௬௭௮௯", "மாடல்"), "telugu": ("౦౧౨౩౪౫౬౭౮౯", "మోడల్"), "kannada": ("೦೧೨೩೪೫೬೭೮೯", "ಮಾಡೆಲ್"),
    "malayalam": ("൦൧൨൩൪൫൬൭൮൯", "മോഡൽ"), "odia": ("୦୧୨୩୪୫୬୭୮୯", "ମଡେଲ"), "thai": ("๐๑๒๓๔๕๖๗๘๙", "รุ่น"),
    "lao": ("໐໑໒໓໔໕໖໗໘໙", "ລຸ້ນ"), "khmer": ("០១២៣៤៥៦៧៨៩", "ម៉ូដែល"), "myanmar": ("၀၁၂၃၄၅၆၇၈၉", "မော်ဒယ်"),
    "tibetan": ("༠༡༢༣༤༥༦༧༨༩", ""), "mongolian": ("᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙", ""), "fullwidth": ("０１２３４５６７８９", "型番"),
    "math_bold": ("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", ""), "math_double": ("𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡", ""), "math_mono": ("𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿", ""),
    "circled": ("⓪①②③④⑤⑥⑦⑧⑨", ""), "negative_circled": ("⓿❶❷❸❹❺❻❼❽❾", ""),
    "dingbat_circled": ("🄋➀➁➂➃➄➅➆➇➈", ""), "superscript": ("⁰¹²³⁴⁵⁶⁷⁸⁹", ""),
}
_CJK_SYSTEMS = {"chinese": "〇一二三四五六七八九", "chinese_zero": "零一二三四五六七八九", "financial": "零壹贰叁肆伍陆柒捌玖",
                "financial_traditional": "零壹貳參肆伍陸柒捌玖"}
_CJK_MODEL_WORDS = ["型号", "型號", "货号", "款号", "品番", ""]


def in_numerals(model: str, digits: str, rng, some: bool = False) -> str:
    """`model` with its digits written in `digits` (0-9), all of them or (`some`) a few of them."""
    spots = [k for k, ch in enumerate(model) if ch.isdigit()]
    chosen = set(spots) if not some or len(spots) < 3 else set(rng.sample(spots, k=rng.randint(2, len(spots) - 1)))
    return "".join(digits[int(ch)] if k in chosen else ch for k, ch in enumerate(model))


def make_numeral_model(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    models = [m for m in _coded_models(b) if sum(ch.isdigit() for ch in m.value) >= 3]
    if not models:
        return None
    m = r.choice(models)
    if r.random() < 0.45:
        system = r.choice(sorted(_CJK_SYSTEMS))
        text = in_numerals(m.value, _CJK_SYSTEMS[system], r)
        draft = _model_draft(b, s, text, m, low=r.random() < 0.2, cue=r.random() < 0.3)
        cat = draft.category
        word = r.choice(_CJK_MODEL_WORDS)
        layout = r.randrange(3)
        parts = [s.product_zh(cat), f"{word}{text}", r.choice(context.FILLERS_ZH)]
        if layout == 1:
            parts = [f"{word}{text}", s.product_zh(cat)]
        elif layout == 2:
            parts = [s.product_zh(cat), text, r.choice(["黑色", "白色", "41mm", "全新", "现货"])]
        if r.random() < 0.35:
            parts.insert(r.choice([0, len(parts)]), s.cue(zh=True))
        return Draft(" ".join(parts), cat, draft.price, r.choice(context.DESCRIPTIONS_ZH))
    system = r.choice(sorted(_DECIMAL_SYSTEMS))
    digits, word = _DECIMAL_SYSTEMS[system]
    text = in_numerals(m.value, digits, r, some=r.random() < 0.25)
    draft = _model_draft(b, s, text, m, low=r.random() < 0.2, cue=r.random() < 0.3)
    if word and r.random() < 0.5:
        draft.title = f"{draft.title} {word}" if r.random() < 0.5 else f"{word} {draft.title}"
    return draft


# ------------------------------------------------------------------------------------------------ markup


def spoiled(mark: str, rng) -> str:
    """The mark inside markup leftovers: spoiler tags around it, BBCode or emphasis inside it."""
    style = rng.choice(["discord", "discord", "reddit", "bbcode_spoiler", "bbcode_inside", "bbcode_color",
                        "md_bold", "md_bold_first", "md_underscore", "md_star", "md_code", "md_highlight", "md_strike"])
    if style == "discord":
        return f"||{mark}||"
    if style == "reddit":
        return f">!{mark}!<"
    if style == "bbcode_spoiler":
        return f"[spoiler]{mark}[/spoiler]"
    letters = [k for k, ch in enumerate(mark) if ch.isalpha()]
    if len(letters) < 3:
        return f"||{mark}||"
    first = rng.choice(letters[1:-1])  # a letter inside the word, one or two of them
    last = first + 1 if first + 1 < len(mark) - 1 and mark[first + 1].isalpha() and rng.random() < 0.4 else first
    head, inner, tail = mark[:first], mark[first:last + 1], mark[last + 1:]
    if style == "md_bold_first":
        return f"**{mark[0]}**{mark[1:]}"
    wrap = {"bbcode_inside": ("[b]", "[/b]"), "bbcode_color": ("[color=red]", "[/color]"), "md_bold": ("**", "**"),
            "md_underscore": ("__", "__"), "md_star": ("*", "*"), "md_code": ("`", "`"), "md_highlight": ("==", "=="),
            "md_strike": ("~~", "~~")}[style]
    return f"{head}{wrap[0]}{inner}{wrap[1]}{tail}"


def make_markup_leftover(b: BrandView, s: Scene) -> Draft | None:
    m = _view_mark(b, s)
    if m is None:
        return None
    return _corroborated(b, s, spoiled(m.value, s.rng), strong=_needs_corroboration(m))


_SPIN_FILLERS = [["new", "brand new", "NEW"], ["fast shipping", "free shipping", "quick delivery"],
                 ["hot sale", "best price", "cheap"], ["2025", "latest", "new season"]]
_SPIN_DESCRIPTIONS = ["{Fast|Quick} {shipping|delivery}. {Contact|Message} us {for|about} {wholesale|bulk}.",
                      "{Great|Top} {quality|grade}, {ships|sent} {today|within 24h}.",
                      "{Ask|DM} {for|about} {more photos|sizes}. {Thanks|Thank you}!", ""]


def _variant(mark: str, b: BrandView, rng) -> str:
    """Another way the same seller writes the mark in a spinner's option: leet, a doubled letter, lower case."""
    pick = rng.randrange(3)
    if pick == 0 and any(ch in "oOeEaA" for ch in mark):
        return mark.replace("o", "0").replace("O", "0").replace("e", "3") if rng.random() < 0.5 else mark.replace("a", "4")
    if pick == 1:
        k = rng.randrange(1, len(mark))
        if mark[k].isalpha():
            return mark[:k] + mark[k] + mark[k:]
    return mark.lower() if mark.lower() != mark else mark.upper()


def make_spintax_template(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = _view_mark(b, s)
    if m is None:
        return None
    cat = s.category(with_floor=True)
    low = r.random() < 0.3 and cat in b.floors
    products = list(dict.fromkeys([s.product(cat), s.product(cat), s.product(cat)]))
    marks = list(dict.fromkeys([m.value, _variant(m.value, b, r)]))
    cues = list(dict.fromkeys([s.cue(), s.cue()]))
    groups = [marks, products, cues, r.choice(_SPIN_FILLERS)]
    if r.random() < 0.5:
        groups[0], groups[1] = groups[1], groups[0]
    if r.random() < 0.3:
        groups.insert(0, r.choice(_SPIN_FILLERS))

    def spin(options: list[str]) -> str:
        return "{" + "|".join(options) + "}" if len(options) > 1 else options[0]

    title = " ".join(spin(g) for g in groups)
    return Draft(title, cat, s.price(cat, low=low), r.choice(_SPIN_DESCRIPTIONS))


# ------------------------------------------------------------------------------------------------ traps

ZH_GENERIC = ["运动鞋", "手提包", "机械手表", "无线耳机", "羽绒服", "香水", "项链", "积木", "充电器", "围巾", "全新 包邮",
              "现货 秒发", "质量 保证"]
RU_GENERIC = ["кроссовки", "сумка женская", "часы мужские", "наушники", "куртка зимняя", "духи", "браслет", "новый"]
JA_GENERIC = ["スニーカー", "ハンドバッグ", "腕時計", "イヤホン", "ダウンジャケット", "香水", "ネックレス", "新品未使用"]
KO_GENERIC = ["운동화", "핸드백", "손목시계", "무선이어폰", "패딩", "향수", "목걸이", "새상품"]
AR_GENERIC = ["حذاء رياضي", "حقيبة يد", "ساعة", "سماعات", "عطر", "جديد"]
EL_GENERIC = ["αθλητικά παπούτσια", "τσάντα", "ρολόι", "ακουστικά", "άρωμα", "καινούργιο"]
GENERIC_WORDS = ZH_GENERIC + RU_GENERIC + JA_GENERIC + KO_GENERIC + AR_GENERIC + EL_GENERIC


def _generic(cat: str, s: Scene) -> str:
    return s.rng.choice(context.PRODUCTS.get(cat, ([cat], "", 50))[0])


def make_escaped_innocent(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    word = r.choice(GENERIC_WORDS)
    how = r.randrange(8)
    if how == 0:
        written = unicode_escaped(word, r)
    elif how in (1, 7):
        written = bytes_escaped(word, r)
    elif how == 2:
        written = html_referenced(word, r)
    elif how == 3:
        written = _punycode(word) or base64.b64encode(word.encode()).decode()
        written = f"www.{written}.com"
    elif how == 4:  # an order code that happens to be valid base64, and base64 of a generic word
        written = r.choice([base64.b64encode(w.encode()).decode() for w in ("order 5531", "new item", word)])
    elif how == 5:  # a whole title escaped by an export
        written = json.dumps(f"{word} {_generic(cat, s)}")[1:-1]
    else:  # a URL with its path percent-encoded, in UTF-8 or the market's legacy code page
        pages = [c for c in LEGACY if _encodes(word, c)]
        raw = word.encode(r.choice(pages)) if pages and r.random() < 0.5 else word.encode()
        path = "".join(f"%{c:02X}" for c in raw)
        written = f"see https://shop.example.com/search?q={path}&page=2"
    title = r.choice(["{w} {g}", "{g} - {w}", "{w}", "{g} {w} new"]).format(w=written, g=_generic(cat, s))
    return Draft(_cap(title), cat, s.price(cat), r.choice(["", "Ships in 2 days.", "Brand new in box."]))


def _registered_keys(b: BrandView) -> set[str]:
    return {"".join(ch for ch in m.value.lower() if ch.isalnum()) for m in b.models}


def make_numerals_innocent(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    kind = r.randrange(6)
    if kind == 0:  # a price in Chinese numerals
        amount = str(r.randrange(100, 99999))
        digits = _CJK_SYSTEMS[r.choice(sorted(_CJK_SYSTEMS))]
        title = f"{s.product_zh(cat)} 售价{in_numerals(amount, digits, r)}元 {r.choice(context.FILLERS_ZH)}"
    elif kind == 1:  # a date in Chinese numerals
        year, month = r.randrange(2019, 2027), r.randrange(1, 13)
        digits = _CJK_SYSTEMS[r.choice(["chinese", "chinese_zero"])]
        title = f"{s.product_zh(cat)} {in_numerals(str(year), digits, r)}年{month}月购入 {r.choice(['九成新', '全新', '闲置'])}"
    elif kind == 2:  # a phone number in another script's digits
        system = r.choice(["arabic_indic", "persian", "devanagari", "bengali", "thai", "myanmar", "khmer"])
        phone = "0" + "".join(str(r.randrange(10)) for _ in range(9))
        title = f"{_cap(_generic(cat, s))}, call {in_numerals(phone, _DECIMAL_SYSTEMS[system][0], r)}"
    elif kind == 3:  # a size or quantity in fullwidth, circled or superscript digits
        system = r.choice(["fullwidth", "circled", "negative_circled", "superscript", "math_bold"])
        size = str(r.randrange(20, 48))
        title = f"{_cap(_generic(cat, s))} size {in_numerals(size, _DECIMAL_SYSTEMS[system][0], r)}"
    elif kind == 4:  # a lot or listing number in Chinese numerals with a model word
        number = str(r.randrange(1000, 999999))
        title = f"{s.product_zh(cat)} 编号{in_numerals(number, _CJK_SYSTEMS['chinese'], r)} 二手"
    else:  # Chinese words that hold numerals (一比一 is a cue: left out)
        title = f"{s.product_zh(cat)} {r.choice(['一一对应 说明书', '三三两两 小礼物', '七七八八 清仓', '一二三 木头人 玩具', '十全十美'])}"
    keys = _registered_keys(b)
    plain = "".join(str(unicodedata.digit(ch, "")) if unicodedata.digit(ch, None) is not None else ch for ch in title)
    if any(k in plain for k in keys if k.isdigit() and len(k) >= 4):
        return None  # the number happens to be a registered model number of the brand
    return Draft(title, cat, s.price(cat, currency="CNY" if kind in (0, 1, 4, 5) else None), "")


PLOTS = ["the butler did it", "they get married in the end", "the dog survives", "it was all a dream",
         "surprise gift inside", "free sample included", "secret discount code at checkout"]


def make_markup_innocent(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    g = _generic(cat, s)
    kind = r.randrange(5)
    if kind == 0:
        title = f"{_cap(g)} + mystery novel (ending: ||{r.choice(PLOTS)}||)"
    elif kind == 1:
        title = f"{_cap(g)} >!{r.choice(PLOTS)}!<"
    elif kind == 2:
        title = f"[b]{_cap(g)}[/b] [color=red]new[/color] [spoiler]{r.choice(PLOTS)}[/spoiler]"
    elif kind == 3:
        word = r.choice(["**new**", "__sale__", "*hot*", "~~$99~~ now", "`free` shipping", "==limited=="])
        title = f"{_cap(g)} {word}"
    else:
        title = "{" + "|".join([g, _generic(cat, s) if r.random() < 0.5 else g.upper()]) + "} " + \
                "{new|brand new|unused} {fast|free} shipping"
    return Draft(title, cat, s.price(cat), r.choice(_SPIN_DESCRIPTIONS))


# ------------------------------------------------------------------------------------------------ number bases


def _as_bytes_of(name: str) -> bytes:
    return name.encode("utf-8")


def in_base(name: str, rng) -> str:
    """`name` as its characters' codes in a number base, base32 or base64, or its letters some escaped (chosen at
    random among those that can write it)."""
    raw = _as_bytes_of(name)
    ascii_name = name.isascii()
    styles = ["hex_spaced", "hex_spaced", "hex_colon", "hex_0x", "hex_run", "hex_comma", "decimal", "decimal",
              "decimal_comma", "octal", "binary", "binary", "binary_run", "base32", "base64_url"]
    if ascii_name:
        styles += ["binary7", "mixed_qp", "mixed_qp", "mixed_percent"]
    else:
        styles += ["decimal_points"]
    style = rng.choice(styles)
    upper = rng.random() < 0.6
    hx = (lambda c: f"{c:02X}") if upper else (lambda c: f"{c:02x}")
    if style == "hex_spaced":
        return " ".join(hx(c) for c in raw)
    if style == "hex_colon":
        return rng.choice([":", "-"]).join(hx(c) for c in raw)
    if style == "hex_0x":
        return " ".join("0x" + hx(c) for c in raw)
    if style == "hex_run":
        return ("0x" if len(raw) < 4 or rng.random() < 0.5 else "") + "".join(hx(c) for c in raw)
    if style == "hex_comma":
        return ", ".join(hx(c) for c in raw)
    if style == "decimal":
        return " ".join(str(c) for c in raw)
    if style == "decimal_comma":
        return rng.choice([", ", ",", "; "]).join(str(c) for c in raw)
    if style == "decimal_points":  # code points, as charCodeAt gives them
        return " ".join(str(ord(ch)) for ch in name)
    if style == "octal":
        return " ".join(f"{c:03o}" for c in raw)
    if style == "binary":
        return " ".join(f"{c:08b}" for c in raw)
    if style == "binary7":
        return " ".join(f"{c:07b}" for c in raw)
    if style == "binary_run":
        return "".join(f"{c:08b}" for c in raw)
    if style == "base32":
        text = base64.b32encode(raw).decode("ascii")
        return text if rng.random() < 0.5 else text.rstrip("=")
    if style == "base64_url":
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    # the letters, some of them quoted-printable (=XX) or percent-encoded (%XX): two or more, or one inside the word
    mark = "=" if style == "mixed_qp" else "%"
    letters = [k for k, ch in enumerate(name) if ch.isalpha()]
    chosen = set(rng.sample(letters, k=max(2, len(letters) // 2)))
    return "".join(f"{mark}{ord(ch):02X}" if k in chosen else ch for k, ch in enumerate(name))


_BASE_FRAMES = ["[{w}]", "brand: {w}", "({w})", "{w}", "label {w}", "«{w}»", "code {w}"]
_BASE_HINTS = ["Decode the brand.", "Brand in hex, you know it.", "Brand written in code because of filters.",
               "Read the code for the name.", "ASCII for the brand 😉", "Name encoded, ask if unsure.", ""]


def make_number_base_name(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    got = _names(b, s)
    if got is None:
        return None
    name, frame, _ = got
    if frame == "latin":
        name = r.choice([name, name, name.upper(), name.lower()])
    written = r.choice(_BASE_FRAMES).format(w=in_base(name, r))
    draft = _corroborated(b, s, written, strong=True, zh=frame == "zh")  # a weak reading: a cue or a copy's price
    if r.random() < 0.4:
        draft.description = f"{draft.description} {r.choice(_BASE_HINTS)}".strip()
    if r.random() < 0.2:  # the code in the description, the title a plain product with the cue
        draft.description = f"{written}. {draft.description}".strip()
        draft.title = draft.title.replace(written, "").strip(" -,") or _cap(s.product(draft.category))
    return draft


# ------------------------------------------------------------------------------------------------ the URL's query

_QUERY_KEYS = ["utm_campaign", "utm_term", "utm_content", "q", "search", "kw", "keyword", "keywords", "k", "ref", "tag",
               "s", "query", "campaign", "src", "promo"]
_OTHER_PARAMS = ["utm_source=ig", "utm_source=tiktok", "utm_medium=social", "ref=bio", "page=2", "sort=new", "lang=en",
                 "fbclid=IwAR2x9", "gclid=Cj0KCQ", "sid=88412", "aff=ab12"]
_URL_HOSTS = ["https://ebay.example", "https://www.shopmart.example", "https://m.bazaar.example", "https://vinted.example",
              "https://item.marketplace.example", "https://shop.example.com"]
_URL_COPY_WORDS = ["replica", "rep", "reps", "aaa", "1to1", "dupe-1to1", "clone", "copy", "mirror", "fake", "superclone",
                   "ua", "1-1", "mirror-copy", "top-copy", "super-copy", "aaa-grade", "fake-quality"]
_BLAND = ["New. Fast shipping.", "Brand new, ships today.", "See photos.", "Good quality, message me.", "",
          "Free delivery over 30.", "In stock."]


def _url_path(r) -> str:
    item = "".join(r.choice("0123456789abcdef") for _ in range(10))
    return r.choice([f"/item/{item}", f"/p/{r.randrange(10**9)}", f"/listing/{r.randrange(10**7)}/{item}", f"/i/{item}",
                     f"/products/{item}"])


def _sep(words: list[str], r) -> str:
    sep = r.choice(["-", "-", "-", "_", "+", "%20", "."])
    return sep.join(words)


def make_url_query_name(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and len(disguises.letters(m.value)) >= 3
                          and m.value.replace(" ", "").replace("-", "").isalpha()])
    if m is None:
        return None
    cued = r.random() < 0.75
    low = not cued and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    product = s.product(cat)
    words = m.value.lower().split()
    if r.random() < 0.5:
        words += product.lower().split()[-1:]
    if cued or not low:
        copy = r.choice(_URL_COPY_WORDS)
        k = r.choice([len(words), len(words), 0])
        words = words[:k] + [copy] + words[k:]
    value = _sep(words, r)
    if r.random() < 0.15:  # the fragment
        tail = f"?{r.choice(_OTHER_PARAMS)}#{value}"
    else:
        params = [f"{r.choice(_QUERY_KEYS)}={value}"] + r.sample(_OTHER_PARAMS, k=r.randint(0, 2))
        r.shuffle(params)
        tail = "?" + "&".join(params)
    draft = Draft(_cap(product), cat, s.price(cat, low=low), r.choice(_BLAND))
    draft.url = f"{r.choice(_URL_HOSTS)}{_url_path(r)}{tail}"
    return draft


_FREE_KEYS = ["Notes", "Info", "Remark", "Details", "Extra", "Hinweis", "Nota", "Remarque", "Opmerking", "备注", "備考",
              "비고", "Примечание", "Keyword", "Search", "seo", "Comment", "Memo"]


def _field_words(b: BrandView, s: Scene) -> list[str] | None:
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and len(disguises.letters(m.value)) >= 3
                          and m.value.replace(" ", "").replace("-", "").isalpha()])
    return m and m.value.lower().split()


def make_field_only_name(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    words = _field_words(b, s)
    if words is None:
        return None
    cued = r.random() < 0.75
    low = not cued and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    product = s.product(cat)
    draft = Draft(_cap(product), cat, s.price(cat, low=low), r.choice(_BLAND))
    if r.random() < 0.5:  # the seller's account id: a slug's copy words
        if cued or not low:
            words = words + [r.choice(_URL_COPY_WORDS)]
        draft.seller = r.choice(["_", "-", ".", ""]).join(words) + r.choice(["", "_88", "2024", "_store", "-uk", "shop"])
    else:  # a free item specific: the copy trade's words as a text writes them
        key = r.choice(_FREE_KEYS)
        if cued or not low:
            words = words + [s.cue()]
        value = " ".join(words) if r.random() < 0.6 else "-".join(words)
        draft.attributes = {r.choice(["Condition", "Material", "Shipping"]): r.choice(["New", "Mixed", "Free"]),
                            key: value}
    return draft


# ------------------------------------------------------------------------------------------------ their traps

_IMAGE_DATA = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
               "rkJggg==")


def make_number_codes_innocent(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    g = _cap(_generic(cat, s))

    def hexes(n: int) -> str:
        return "".join(r.choice("0123456789abcdef") for _ in range(n))

    kind = r.randrange(12)
    if kind == 0:
        extra = f"colour #{hexes(6).upper()}"
    elif kind == 1:
        extra = f"SHA-256 {hexes(64)}"
    elif kind == 2:
        extra = "MAC " + ":".join(hexes(2).upper() for _ in range(6))
    elif kind == 3:
        extra = f"IBAN DE{r.randrange(10, 99)} " + " ".join(str(r.randrange(1000, 9999)) for _ in range(4)) + " 00"
    elif kind == 4:
        extra = f"S/N {hexes(8).upper()}" if r.random() < 0.5 else f"serial 0x{hexes(8)}"
    elif kind == 5:
        start = r.choice([34, 36, 38, 92, 98, 104])
        step = 1 if start < 50 else 6
        extra = "sizes " + " ".join(str(start + step * k) for k in range(r.randint(4, 7)))
    elif kind == 6:
        extra = f"photo {_IMAGE_DATA}"
    elif kind == 7:
        extra = "lot " + " ".join("".join(r.choice("01") for _ in range(r.choice([5, 6, 9]))) for _ in range(3))
    elif kind == 8:  # a generic word written in codes
        word = r.choice(["gift", "sale", "new", "shop", "home", "style", "summer", "winter"])
        extra = r.choice([" ".join(f"{ord(c):02X}" for c in word), " ".join(str(ord(c)) for c in word),
                          " ".join(f"{ord(c):08b}" for c in word)])
    elif kind == 9:
        extra = f"order {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}"
    elif kind == 10:
        extra = f"EAN {r.randrange(10**12, 10**13)}"
    else:
        extra = f"{r.randrange(10, 60)} x {r.randrange(10, 60)} x {r.randrange(5, 30)} cm, {r.randrange(100, 900)} g"
    title = r.choice(["{g} {e}", "{g} - {e}", "{g}, {e}"]).format(g=g, e=extra)
    return Draft(title, cat, s.price(cat), r.choice(["", "Ships in 2 days.", "Brand new in box."]))


def make_url_query_innocent(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = _pick_mark(b, s, [m for m in b.latin_marks if len(disguises.letters(m.value)) >= 3
                          and m.value.replace(" ", "").replace("-", "").isalpha()])
    if m is None:
        return None
    cat, product = _plain_product(b, s)
    name = _sep(m.value.lower().split(), r)
    honest = r.choice([f"ref={name}-authorized-dealer", f"utm_campaign={name}-black-friday", f"q={name}",
                       f"utm_term={name}+{'+'.join(product.lower().split())}", f"brand={name}&sort=price",
                       f"utm_source=copy_link&utm_campaign={name}-week", f"utm_campaign=black-friday&ref={name}-fans",
                       f"src={name}-official-store", f"tag={name}-genuine"])
    tail = f"?{honest}" if r.random() < 0.85 else f"#{name}-collection"
    draft = Draft(_cap(product), cat, s.price(cat), r.choice(_BLAND))
    draft.url = f"{r.choice(_URL_HOSTS)}{_url_path(r)}{tail}"
    return draft


def _plain_product(b: BrandView, s: Scene) -> tuple[str, str]:
    """(category, a generic product of it whose words name none of the brand's marks: not Lego's 'Minifigure ...')."""
    marks = {w for m in [*b.latin_marks, *(m for _, m in b.vocabulary)] for w in m.value.lower().split() if len(w) >= 3}
    for _ in range(6):
        cat = s.category()
        product = _generic(cat, s)
        if marks.isdisjoint(w.rstrip("s") for w in product.lower().split()) and not any(
                w in product.lower() for w in marks if len(w) >= 5):
            break
    return cat, product


def make_field_only_innocent(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    words = _field_words(b, s)
    if words is None:
        return None
    cat, product = _plain_product(b, s)
    draft = Draft(_cap(product), cat, s.price(cat), r.choice(_BLAND))
    name = " ".join(words)
    if r.random() < 0.5:
        draft.seller = r.choice(["_", "-", ""]).join(words) + r.choice(["_collector", "_fan", "lover", "_vintage", "-resale",
                                                                         "_preowned"])
    else:
        draft.attributes = {r.choice(_FREE_KEYS): r.choice([f"bought at the {name} boutique, receipt included",
                                                            f"{name} box and papers", f"serviced by {name}",
                                                            f"similar to {name}", f"not {name}, unbranded"])}
    return draft


EVASION_MAKERS = {"escaped_unicode": make_escaped_unicode, "escaped_bytes": make_escaped_bytes,
                  "escaped_html": make_escaped_html, "encoded_name": make_encoded_name,
                  "numeral_model": make_numeral_model, "markup_leftover": make_markup_leftover,
                  "spintax_template": make_spintax_template, "number_base_name": make_number_base_name,
                  "url_query_name": make_url_query_name, "field_only_name": make_field_only_name}
TRAP_MAKERS = {"trap_escaped_innocent": make_escaped_innocent, "trap_numerals_innocent": make_numerals_innocent,
               "trap_markup_innocent": make_markup_innocent, "trap_number_codes": make_number_codes_innocent,
               "trap_url_query": make_url_query_innocent, "trap_field_only": make_field_only_innocent}
