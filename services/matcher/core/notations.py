"""Text written in a notation a reader reads through and a filter does not: the `escapes`, `numerals` and `markup`
views (issue 9, outsider17's c_unicode_escape_leftover17, c_cjk_numeral_model17, c_spoiler_tags17,
c_spintax_leftover17).

A listing exported, imported or templated by a tool shows the brand in a notation: its name escaped by a JSON or
Python export ("\\u52b3\\u529b\\u58eb" is 劳力士, with the backslashes stripped "u53e4u9a70" is 古驰), percent-encoded
from a URL, as HTML character references, quoted-printable from a mail, a punycode label; its model number counted in
Chinese numerals (型号一二六六一〇LN is 126610LN); its name inside leftovers of markup (a Discord or Reddit spoiler
||Rolex||, >!Rolex!<, BBCode, Markdown emphasis inside the word, R**o**lex) or of a spinner's template
({Louis Vuitton|LV} {Neverfull|NF}). A buyer reads through all of them; the text views of normalise.py see escapes,
spaces and symbols. `read(text)` gives the runs to read otherwise, as mojibake.py's repairs are given: the view
replaces the text every detector and context reader reads (normalise.ListingText), each character located in the
stored characters it came from, and the evidence names the view and the notation ("read through the escapes view:
\\u escapes (view: escapes)"). The decoders are the standard library's (codecs, html, base64, unicodedata); only
what no library reads (Chinese numerals as digits, stripped escapes, spinner templates) is written here.

- escapes: `\\uXXXX`, `\\u{X…}`, `\\UXXXXXXXX` (JSON, Java, JavaScript, Python, C; double-escaped `\\\\u` too;
  surrogate pairs joined), `\\xNN` and octal `\\NNN` UTF-8 byte runs (a bytes repr), `\\x{X…}` (Perl), `U+XXXX`
  (Unicode's own notation), stripped `uXXXX` runs (two or more, letters of one script only: a backslash lost on
  the way), HTML numeric references `&#NNNN;`, `&#xHHHH;` and named ones that write a letter of another script
  (`&Alpha;`), also double-escaped `&amp;#…` (a single-escaped reference to an ASCII letter is text_views.py's
  markup view), `%XX` percent-encoding of UTF-8 (a URL) and JavaScript's `%uXXXX`, quoted-printable `=E5=8A=B3` and
  encoded words `=?UTF-8?B?…?=` (a mail), punycode labels `xn--…` (IDNA), Python's `\\N{NAME}`, and base64 of a short
  word (letters only, no word of its own). A run is decoded only when it decodes cleanly (valid UTF-8, no control
  characters); bytes that are no UTF-8 are read in the legacy code page of a market that writes them so (GBK, Big5,
  Shift JIS, EUC-JP, EUC-KR, Windows-1251: %C0%CD%C1%A6%CA%BF) when that gives words of one script, and code-point
  escapes that are UTF-8 bytes one by one (\\u00e5\\u008a\\u00b3, escaped after a Latin-1 reading) as UTF-8.
- numerals: a run of Chinese numerals read as digits, the positional 〇零一二三四五六七八九 (and ○, 幺 for one) and the
  financial 壹贰貳叁參肆伍陆陸柒捌玖, the circled and parenthesised ideographs ㊀ ㈠, in a code (letters, digits and
  numerals, hyphens, dots or slashes inside): four numerals or more, two or more beside Latin letters or digits in the
  code (B六〇六七四一七, DD一三九一-一〇〇, WH-一〇〇〇XM五) or right after a word that introduces a model (型号, 货号,
  品番, 모델 …); a word of Chinese keeps its numerals (一比一, 三星, 一一对应, 买一送一). Other decimal digit systems
  (Arabic-Indic, Devanagari, Thai, fullwidth, circled ...) the latin view already reads as digits (anyascii, NFKC).
- markup: spoiler tags (||x||, >!x!<, [spoiler]x[/spoiler]) and BBCode tags that are closed somewhere ([b], [color=red]
  ...; not [S][A][M][S][U][N][G]) dropped, a space where they stand between words; Markdown or chat emphasis around
  letters inside a word (R**o**lex, Gu__cc__i, R`o`lex; a single * or ~ is a masked letter or a separator as often,
  and so is a delimiter between every letter) dropped;
  a spinner's template {a|b|c}: every option read, " / " between them, and an option glued to letters (R{o|0}lex)
  read as the first option's word.

Cost: a handful of substring tests for an ASCII listing without a backslash, "&", "%", "=", "+", "xn--", "||", ">!",
"[", "{" or an emphasis mark, and one regular expression for stripped escapes; a set test for the numerals of a
listing with other characters.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
from functools import cache

from services.matcher.core import mojibake
from services.matcher.core.mojibake import Repair, Words

ESCAPES, NUMERALS, MARKUP = "escapes", "numerals", "markup"

# ------------------------------------------------------------------------------------------------ escapes

# code point notations, each a run of one kind (group "cp": the hex code point; "dec": decimal)
_CODE_POINTS = {
    "\\u escapes": re.compile(r"(?:\\+u(?:\{(?P<cp>[0-9a-fA-F]{1,6})\}|(?P<cp2>[0-9a-fA-F]{4}))"
                              r"|\\+U(?P<cp3>[0-9a-fA-F]{8}))"),
    "\\x{…} escapes": re.compile(r"\\+x\{(?P<cp>[0-9a-fA-F]{1,6})\}"),
    "%u escapes": re.compile(r"%u(?P<cp>[0-9a-fA-F]{4})"),
    "U+ code points": re.compile(r"(?<![0-9A-Za-z])[uU]\+(?P<cp>[0-9a-fA-F]{4,6})(?![0-9a-fA-F])"),
    "HTML character references": re.compile(r"&(?P<amp>(?:amp;)*)#(?:[xX](?P<cp>[0-9a-fA-F]{1,6})|(?P<dec>[0-9]{1,7}));?"),
}
# a run of stripped escapes: two or more "u" + four hex digits, not inside a word
# (the first u ahead of the look-behind, which then looks two characters back: the engine skips to a u or U instead of
# trying the look-behind at every position; the same matches, issue 16)
_STRIPPED = re.compile(r"[uU](?<![0-9A-Za-z\\][uU])[0-9a-fA-F]{4}(?:[uU][0-9a-fA-F]{4})+")
_STRIPPED_ONE = re.compile(r"[uU]([0-9a-fA-F]{4})")
# named HTML references (HTML5's table, html.unescape), possibly double-escaped
_NAMED = re.compile(r"&(?P<amp>(?:amp;)*)(?P<name>[A-Za-z][A-Za-z0-9]{1,31});")
# byte notations, a run of one kind each (group "hex" or "oct"): decoded as UTF-8
_BYTES = {
    "\\x escapes (UTF-8 bytes)": re.compile(r"(?:\\+x(?P<hex>[0-9a-fA-F]{2}))"),
    "octal escapes (UTF-8 bytes)": re.compile(r"(?:\\+(?P<oct>[0-3][0-7]{2}))"),
    "percent-encoding (UTF-8)": re.compile(r"%(?P<hex>[0-9a-fA-F]{2})"),
    "quoted-printable (UTF-8)": re.compile(r"=(?P<hex>[0-9A-F]{2})"),
}
_PUNYCODE = re.compile(r"(?<![0-9A-Za-z-])xn--(?P<label>[0-9A-Za-z-]{1,59}[0-9A-Za-z])", re.I)
# a token of the base64 alphabets (standard and URL-safe): its boundaries are checked after (a regular expression that
# begins with a class skips ahead to it, one that begins with a look-behind tries every position)
_BASE64 = re.compile(r"[0-9A-Za-z+/_-]{4,240}={0,2}")
_B64_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/=_-")
# what a percent- or quoted-printable-encoded ASCII character may be when nothing in its run is other than ASCII
_PLAIN = frozenset(" -_.+'&/,:")


def _script(ch: str) -> str:
    """A character's script as the first word of its Unicode name (CJK, HANGUL, CYRILLIC, THAI ...; kana one)."""
    name = unicodedata.name(ch, "")
    head = re.split(r"[ -]", name, maxsplit=1)[0]
    return "KANA" if head in ("KATAKANA", "HIRAGANA") else head


def _clean(decoded: str) -> bool:
    """Text a decoder may give: no control, unassigned, private-use or surrogate character."""
    return bool(decoded) and not any(unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in decoded)


def _letters(decoded: str) -> bool:
    return all(unicodedata.category(ch)[0] in "LM" for ch in decoded)


def _wordish(decoded: str) -> bool:
    """Words of letters, with the spaces and the punctuation names are written with (L'Oréal, ルイ・ヴィトン, 迈克.科尔斯),
    two letters or more."""
    letters = sum(unicodedata.category(ch)[0] in "LM" for ch in decoded)
    return letters >= 2 and all(unicodedata.category(ch)[0] in "LM" or ch in _NAME_PUNCTUATION for ch in decoded)


_NAME_PUNCTUATION = frozenset(" '’.-·・&׳״")


def _runs(pattern: re.Pattern, text: str, gap: str = ""):
    """The runs of neighbouring matches of `pattern` (only `gap` characters between them): lists of matches."""
    run: list[re.Match] = []
    for m in pattern.finditer(text):
        if run and (m.start() - run[-1].end() > len(gap) or text[run[-1].end():m.start()].strip(gap)):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


def _code_point(m: re.Match) -> int:
    groups = m.groupdict()
    for name in ("cp", "cp2", "cp3"):
        if groups.get(name):
            return int(groups[name], 16)
    return int(groups["dec"])


def _code_point_runs(text: str, how: str, pattern: re.Pattern, gap: str = "") -> list[Repair]:
    """Repairs for a code-point notation: each character at the escapes that wrote it (a surrogate pair's two)."""
    out: list[Repair] = []
    for run in _runs(pattern, text, gap):
        pieces: list[tuple[int, int, str]] = []
        pending: tuple[int, int] | None = None  # a high surrogate waiting for its low one
        for m in run:
            cp = _code_point(m)
            if 0xD800 <= cp <= 0xDBFF:
                pending = (m.start(), cp)
                continue
            if 0xDC00 <= cp <= 0xDFFF and pending is not None:
                start, high = pending
                cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00)
                pieces.append((start, m.end(), chr(cp)))
                pending = None
                continue
            pending = None
            if cp > 0x10FFFF:
                continue
            pieces.append((m.start(), m.end(), chr(cp)))
        decoded = "".join(ch for *_, ch in pieces)
        if how == "HTML character references" and decoded.isascii() and not any(m.group("amp") for m in run):
            continue  # &#x47;ucci: text_views.py's markup view reads it (tags and all)
        if pieces and not decoded.isascii() and all(ord(ch) < 0x100 for ch in decoded):
            # UTF-8 bytes escaped one by one as code points (a tool escaped text it had read as Latin-1)
            try:
                fixed = decoded.encode("latin-1").decode("utf-8")
            except UnicodeDecodeError:
                fixed = None
            if fixed and _clean(fixed) and not fixed.isascii():
                out += _spread(pieces, fixed, how + " of UTF-8 bytes")
                continue
        if pieces and _clean(decoded):
            if gap:  # "U+52B3 U+529B": the spaces between the code points are the notation's, not the text's
                pieces = [(s, pieces[k + 1][0] if k + 1 < len(pieces) else e, ch) for k, (s, e, ch) in enumerate(pieces)]
            out += [Repair(s, e, ch, how, ESCAPES) for s, e, ch in pieces]
    return out


_PYTHON_NAME = re.compile(r"\\+N\{(?P<name>[A-Z][A-Z0-9 \-]{1,80})\}")


def _python_names(text: str) -> list[Repair]:
    """Python's named escapes (\\N{CJK UNIFIED IDEOGRAPH-52B3}, \\N{LATIN SMALL LETTER O})."""
    out: list[Repair] = []
    for m in _PYTHON_NAME.finditer(text):
        try:
            ch = unicodedata.lookup(m.group("name"))
        except KeyError:
            continue
        if _clean(ch):
            out.append(Repair(m.start(), m.end(), ch, "\\N{…} escapes", ESCAPES))
    return out


def _spread(pieces: list[tuple[int, int, str]], fixed: str, how: str) -> list[Repair]:
    """Repairs giving each character of `fixed` the escapes of its UTF-8 bytes (`pieces`: one a byte, in order)."""
    out: list[Repair] = []
    k = 0
    for ch in fixed:
        size = len(ch.encode("utf-8"))
        out.append(Repair(pieces[k][0], pieces[k + size - 1][1], ch, how, ESCAPES))
        k += size
    return out


def _stripped(text: str) -> list[Repair]:
    """Stripped \\u escapes ("u53e4u9a70"): letters of one script, else nothing."""
    out: list[Repair] = []
    for m in _STRIPPED.finditer(text):
        pieces = [(m.start() + p.start(), m.start() + p.end(), chr(int(p.group(1), 16)))
                  for p in _STRIPPED_ONE.finditer(m.group())]
        decoded = "".join(ch for *_, ch in pieces)
        scripts = {_script(ch) for ch in decoded if unicodedata.category(ch)[0] == "L"}
        if _clean(decoded) and _wordish(decoded) and len(scripts) == 1:
            out += [Repair(s, e, ch, "\\u escapes with the backslashes lost", ESCAPES) for s, e, ch in pieces]
    return out


def _named(text: str) -> list[Repair]:
    out: list[Repair] = []
    for m in _NAMED.finditer(text):
        shown = html.unescape(f"&{m.group('name')};")
        if shown.startswith("&") or not _clean(shown):
            continue
        if m.group("amp") or (not shown.isascii() and _letters(shown) and _script(shown[0]) not in ("LATIN", "")):
            out.append(Repair(m.start(), m.end(), shown, "HTML character references", ESCAPES))
    return out


def _byte_runs(text: str, how: str, pattern: re.Pattern) -> list[Repair]:
    """Repairs for a byte notation read as UTF-8: each character at the escapes of its bytes."""
    out: list[Repair] = []
    for run in _runs(pattern, text):
        raw = bytes(int(m.group("hex"), 16) if m.groupdict().get("hex") else int(m.group("oct"), 8) for m in run)
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            if (legacy := _legacy(raw)) is not None:  # %C0%CD%C1%A6%CA%BF: a Chinese site's GBK
                decoded, code = legacy
                out.append(Repair(run[0].start(), run[-1].end(), decoded, f"{how.split(' (')[0]} ({code})", ESCAPES))
            continue
        if not _clean(decoded):
            continue
        if decoded.isascii() and (how.startswith("quoted") or not all(ch.isalnum() or ch in _PLAIN for ch in decoded)
                                  or how.startswith(("\\x", "octal", "percent")) and len(run) < 2):
            continue  # "=20" alone, "\x41", "%35 indirim" (Turkish puts % before the number): no notation worth reading
        k = 0
        for ch in decoded:
            size = len(ch.encode("utf-8"))
            out.append(Repair(run[k].start(), run[k + size - 1].end(), ch, how, ESCAPES))
            k += size
    return out


# the legacy code pages of the markets whose sites percent-encode (or escape) text in them: Chinese (GBK, Big5),
# Japanese (Shift JIS, EUC-JP), Korean (EUC-KR), Russian (Windows-1251)
_LEGACY = (("gbk", "GBK"), ("big5", "Big5"), ("shift_jis", "Shift JIS"), ("euc_jp", "EUC-JP"), ("euc_kr", "EUC-KR"),
           ("cp1251", "Windows-1251"))


def _legacy(raw: bytes) -> tuple[str, str] | None:
    """Bytes that are no UTF-8 read in the legacy code pages, every page that reads them as words of one script (two
    letters or more, ASCII letters beside them), " / " between the readings (the same bytes are often valid GBK, Big5 and EUC-KR: each
    reading is one the seller may have meant, as the options of a spinner's template); None when no page does."""
    if len(raw) < 2 or all(b < 0x80 for b in raw):
        return None
    readings: dict[str, list[str]] = {}
    for codec, name in _LEGACY:
        try:
            decoded = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        scripts = {_script(ch) for ch in decoded if unicodedata.category(ch)[0] == "L" and not ch.isascii()}
        if _clean(decoded) and _wordish(decoded) and len(scripts) == 1:  # (ASCII letters beside them: BOSE博士)
            readings.setdefault(decoded, []).append(name)
    if not readings:
        return None
    return " / ".join(readings), ", ".join(n for names in readings.values() for n in names)


_ENCODED_WORD = re.compile(r"=\?(?P<charset>[A-Za-z0-9_.:-]{1,40})\?(?P<enc>[BbQq])\?(?P<data>[^?\s]{1,400})\?=")


def _encoded_words(text: str) -> list[Repair]:
    """A mail header's encoded words (RFC 2047: =?UTF-8?B?5Yqz5Yqb5aOr?=, =?GBK?Q?=C0=CD?=), in their own charset."""
    out: list[Repair] = []
    for m in _ENCODED_WORD.finditer(text):
        data = m.group("data")
        try:
            if m.group("enc") in "Bb":
                raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
            else:
                raw = re.sub(r"=([0-9A-Fa-f]{2})", lambda h: chr(int(h.group(1), 16)), data.replace("_", " ")).encode("latin-1")
            decoded = raw.decode(m.group("charset"))
        except (binascii.Error, UnicodeError, LookupError, ValueError):
            continue
        if _clean(decoded):
            out.append(Repair(m.start(), m.end(), decoded, "a mail's encoded words (RFC 2047)", ESCAPES))
    return out


def _punycode(text: str) -> list[Repair]:
    out: list[Repair] = []
    for m in _PUNYCODE.finditer(text):
        try:
            decoded = m.group("label").lower().encode("ascii").decode("punycode")
        except (UnicodeError, ValueError):
            continue
        if decoded and not decoded.isascii() and _clean(decoded):
            out.append(Repair(m.start(), m.end(), decoded, "punycode (IDNA)", ESCAPES))
    return out


def _base64(text: str) -> list[Repair]:
    """Base64 of a word (RFC 4648: the standard or the URL-safe alphabet, padded or not); a token of fewer than eight
    characters (BMW's "Qk1X", Nike's "TmlrZQ") only with a digit or a symbol of the alphabet in it, read as a weak
    reading (WEAK: "base64 (short token)")."""
    out: list[Repair] = []
    for m in _BASE64.finditer(text):
        token = m.group()
        body = token.rstrip("=")
        if len(body) % 4 == 1 or len(token) in (5, 6, 7) and body.isalpha() and len(body) < 6 or token.isalpha() and (
                token.islower() or token.istitle()):
            continue  # a word, not base64 (a word in capitals is read: base64 of a word in capitals is capitals too)
        if len(token) > 236 or m.start() and text[m.start() - 1] in _B64_CHARS or (
                m.end() < len(text) and text[m.end()] in _B64_CHARS):
            continue  # a piece of a longer token
        short = len(token) < 8
        if short and (body.isalpha() and len(body) < 6 or body.isdigit() or body.upper() == body or body.lower() == body
                      or "-" in body or "_" in body):  # ("a-Cola" after a zero-width space is a word's piece)
            continue  # under eight characters: base64 only with small and capital letters and a digit or + / - _ among
            # them (S0NY, B0SE, L3GO are leetspeak)
        if "-" in body or "_" in body:
            if "+" in body or "/" in body or (body[0] in "-_" or body[-1] in "-_") and len(body) < 12:
                continue  # two alphabets, or a word's hyphen at its edge
            body = body.replace("-", "+").replace("_", "/")
        try:
            decoded = base64.b64decode(body + "=" * (-len(body) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if short:
            if _typed(decoded):
                out.append(Repair(m.start(), m.end(), decoded, "base64 (short token)", ESCAPES))
        elif _clean(decoded) and _wordish(decoded) and _typed(decoded) and (
                not decoded.isascii() or sum(ch.isalpha() for ch in decoded) >= 4):  # ('SM-A546E' is no 'Hπ玄')
            out.append(Repair(m.start(), m.end(), decoded, "base64", ESCAPES))
    return out


def escapes(text: str) -> list[Repair]:
    """The runs of `text` written in an escape or encoding notation, decoded (offsets in `text`); [] when none."""
    out: list[Repair] = []
    if "\\" in text:
        out += _code_point_runs(text, "\\u escapes", _CODE_POINTS["\\u escapes"])
        out += _python_names(text)
        out += _code_point_runs(text, "\\x{…} escapes", _CODE_POINTS["\\x{…} escapes"])
        out += _byte_runs(text, "\\x escapes (UTF-8 bytes)", _BYTES["\\x escapes (UTF-8 bytes)"])
        out += _byte_runs(text, "octal escapes (UTF-8 bytes)", _BYTES["octal escapes (UTF-8 bytes)"])
    if "+" in text:
        out += _code_point_runs(text, "U+ code points", _CODE_POINTS["U+ code points"], gap=" ,")
    if "&" in text:
        out += _code_point_runs(text, "HTML character references", _CODE_POINTS["HTML character references"])
        out += _named(text)
    if "%" in text:
        out += _code_point_runs(text, "%u escapes", _CODE_POINTS["%u escapes"])
        out += _byte_runs(text, "percent-encoding (UTF-8)", _BYTES["percent-encoding (UTF-8)"])
    if "=?" in text:
        out += _encoded_words(text)
    if "=" in text:
        out += _byte_runs(text, "quoted-printable (UTF-8)", _BYTES["quoted-printable (UTF-8)"])
    if "xn--" in text or "XN--" in text:
        out += _punycode(text)
    out += _stripped(text)
    out += _base64(text)
    return out


# ------------------------------------------------------------------------------------------------ number bases

# The name's bytes (or code points) written as numbers, one a character, in a base a buyer decodes with any converter
# (outsider18's c_base_encodings18: "brand: 47 75 63 63 69", "[68 121 115 111 110]", "01001110 01101001 ..."):
# hexadecimal (spaced, colon- or comma-separated, 0x each, or one run), decimal and octal character codes, binary
# (8-bit or 7-bit groups, spaced or one run), base32, and the letters of a word with some of them quoted-printable or
# percent-encoded (=52o=6Ce=78, R%6F%6Cex). A run is read only as a whole (its neighbours no letter or digit), only when
# every number is a character code and what it gives is a word a person types: letters (of one script beside ASCII),
# spaces and a name's punctuation, a vowel in each Latin word (or an acronym of four capitals or fewer). These readings
# are weak (`WEAK`: index.py asks the brand's category with a cue or a copy's price), for a run of numbers is a size
# list, a serial or a colour as often, and one that reads as a word by chance reads as a mark more rarely still.
HEX_BYTES, DECIMAL_CODES, OCTAL_CODES, BINARY_CODES, BASE32, LETTERS_ESCAPED = (
    "hexadecimal character codes", "decimal character codes", "octal character codes", "binary character codes",
    "base32", "letters with some escaped")
WEAK = (HEX_BYTES, DECIMAL_CODES, OCTAL_CODES, BINARY_CODES, BASE32, LETTERS_ESCAPED, "base64 (short")
# a run of numbers of one kind: three or more (two binary groups), each 2-8 hex or decimal digits, 0x/0b/0o prefixes,
# between them a space, a comma, a colon, a semicolon, a hyphen or a dot (two characters at most)
_NUMBER_RUN = re.compile(r"(?:0[xXbBoO])?[0-9A-Fa-f]{2,8}"
                         r"(?:(?:[ :;,\-./|_]|, ){1,2}(?:0[xXbBoO])?[0-9A-Fa-f]{2,8}){1,63}(?![0-9A-Za-z]|[.,]\d)")
_NUMBER = re.compile(r"(?:0[xXbBoO])?([0-9A-Fa-f]{2,8})")
# a digit, a separator, a number and a separator: the runs' gate (three numbers; a regular expression beginning with a
# class is scanned fast)
_PAIR_GATE = re.compile(r"\d{5}(?:[ ,;]|, )\d{5}")  # two code points of a two-character Chinese name (32784 20811)
_RUN_GATE = re.compile(r"\d[ :;,\-./|_]{1,2}(?:0[xXbBoO])?[0-9A-Fa-f]{2,8}[ :;,\-./|_]")
# one run of hex digits (0x before it, or four bytes or more) or of binary digits (three bytes or more)
_ONE_RUN = re.compile(r"[0-9A-Fa-f]{6,480}")  # its 0x, its even length and its boundaries are checked after
_BEFORE_RUN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#&$€£¥.,\\%=+/")  # no run after them
_SENTENCE_END = re.compile(r"[.,](?:\s|$)")  # a run's sentence ends after it ("code 0xE383….")
_BASE32 = re.compile(r"[A-Z2-7]{8,64}={0,6}")  # capitals (RFC 4648's alphabet; small letters are words as often)
_DIGIT = re.compile(r"\d")
# a word's letters with some written as =XX or %XX (two escapes or more, or one between letters)
_MIXED = re.compile(r"(?<![0-9A-Za-z=%])(?:[=%][0-9A-Fa-f]{2}|[A-Za-z])+(?![0-9A-Za-z=%])")
_ESCAPE = re.compile(r"[=%]([0-9A-Fa-f]{2})")
_VOWELS = frozenset("aeiouyAEIOUY")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


# the blocks of the scripts names are registered in (Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, CJK,
# Hangul): a run of decimal numbers read as code points only there (a list of years, 2024 2025, is N'Ko)
_NAME_BLOCKS = ((0x370, 0x52F), (0x5D0, 0x5EA), (0x620, 0x6FF), (0x900, 0x97F), (0xE01, 0xE5B), (0x3041, 0x30FF),
                (0x3400, 0x9FFF), (0xAC00, 0xD7A3))


def _typed(decoded: str) -> bool:
    """Whether decoded text is a word or name a person types: letters (three or more), spaces and a name's punctuation,
    one script beside ASCII letters, every ASCII word holding a vowel unless it is an acronym (BMW, H&M's letters)."""
    if not _clean(decoded) or not _wordish(decoded) or decoded != decoded.strip():
        return False
    if sum(ch.isalpha() for ch in decoded) < (3 if decoded.isascii() else 2):
        return False
    scripts = {_script(ch) for ch in decoded if ch.isalpha() and not ch.isascii()}
    ascii_letters = [ch for ch in decoded if ch.isascii() and ch.isalpha()]
    if len(scripts) > 1 or ascii_letters and scripts - {"LATIN", "CJK"}:
        return False  # one script: a name in codes is written in one (kਕ is no name; L'Oréal's é is Latin), or Latin
        # capitals beside Chinese characters, as Chinese writes a brand's name (BOSE博士):
    if ascii_letters and scripts == {"CJK"} and (len(ascii_letters) < 2 or not "".join(ascii_letters).isupper() or sum(
            _script(ch) == "CJK" for ch in decoded) < 2):
        return False  # two capitals or more beside two Chinese characters or more ("QuietC" is no "B螴")
    for word in _LATIN_WORD.findall(decoded):
        if _VOWELS.isdisjoint(word) and len(word) >= 3 and not (word.isupper() and len(word) <= 4):
            return False  # (a word of two letters or one, Levi's "s", CR-V's "cr", is a name's piece)
        if sum(a.islower() and b.isupper() for a, b in zip(word, word[1:])) > 1:
            return False  # capitals after small letters twice inside a word: no name is typed so (iPhone, AirPods are)
    return True


def _as_bytes(raw: bytes, legacy: bool = True) -> tuple[str, str] | None:
    """Bytes read as UTF-8, else (`legacy`) in a legacy code page (_legacy): (text, code page) when it is typed text."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        if not legacy or min(raw) < 0x80:
            return None  # (a legacy page's name is its bytes above ASCII; 50:67:82:E0:BD:B0 is a MAC address)
        legacy = _legacy(raw)
        return legacy if legacy is not None and all(_typed(r) for r in legacy[0].split(" / ")) else None
    return (decoded, "UTF-8") if _typed(decoded) else None


def _number_reading(numbers: list[str], prefixes: set[str]) -> tuple[str, str] | None:
    """(text, how) of a run of numbers read as character codes in the first base that gives typed text; None."""
    digits = "".join(numbers)
    if digits.isdigit():
        if set(digits) <= {"0", "1"} and all(len(n) in (7, 8) for n in numbers) and "x" not in prefixes:
            got = _as_bytes(bytes(int(n, 2) for n in numbers))
            if got:
                return got[0], f"{BINARY_CODES} ({got[1]})"
        if not prefixes - {"0o"} and set(digits) <= set("01234567") and all(len(n) == 3 and n < "400" for n in numbers) and (
                "0o" in prefixes or any(n > "127" for n in numbers)):
            got = _as_bytes(bytes(int(n, 8) for n in numbers))
            if got:
                return got[0], f"{OCTAL_CODES} ({got[1]})"
        if not prefixes and all(len(n) <= 7 for n in numbers):
            values = [int(n) for n in numbers]
            if all(v < 256 for v in values):
                got = _as_bytes(bytes(values))
                if got:
                    return got[0], f"{DECIMAL_CODES} ({got[1]})"
            elif all(v <= 0x10FFFF and (chr(v) in _NAME_PUNCTUATION or any(low <= v <= high for low, high in _NAME_BLOCKS))
                     for v in values) and (
                    chr(values[0]) not in _NAME_PUNCTUATION):
                # code points (charCodeAt) of letters of a script the registry's names are written in, and the spaces
                # and punctuation its names are written with: Ролекс, 劳力士, 迈克.科尔斯 (46 the dot)
                decoded = "".join(map(chr, values))
                if _typed(decoded):
                    return decoded, f"{DECIMAL_CODES} (code points)"
        if not prefixes and len(numbers) >= 4 and set(digits) <= set("01234567") and all(
                len(n) == 3 and n < "400" for n in numbers) and len({int(b) - int(a) for a, b in zip(numbers, numbers[1:])}) > 1:
            # octal codes of ASCII letters, four or more ("123 127 101 122 ...": SWAROVSKI), which decimal codes do not
            # read as letters; never a list stepping evenly (sizes 104 110 116 122), and a word with a vowel
            got = _as_bytes(bytes(int(n, 8) for n in numbers))
            if got and not _VOWELS.isdisjoint(got[0].casefold()):
                return got[0], f"{OCTAL_CODES} ({got[1]})"
    if all(len(n) == 2 for n in numbers) and not prefixes - {"0x"} and (any(ch.isdigit() for ch in digits) or prefixes):
        got = _as_bytes(bytes(int(n, 16) for n in numbers))
        if got:
            return got[0], f"{HEX_BYTES} ({got[1]})"
    return None


def _spread_numbers(spans: list[tuple[int, int]], decoded: str, how: str) -> list[Repair]:
    """Repairs giving each character of `decoded` its numbers' span (a UTF-8 character its bytes' numbers; the
    separators after a number its own), or the whole run as one repair when the bytes do not map one by one."""
    start, end = spans[0][0], spans[-1][1]
    sizes = [len(ch.encode("utf-8")) for ch in decoded]
    if sum(sizes) != len(spans) and len(decoded) != len(spans):
        return [Repair(start, end, decoded, how, ESCAPES)]
    if len(decoded) == len(spans):
        sizes = [1] * len(decoded)
    out, k = [], 0
    for ch, size in zip(decoded, sizes):
        last = k + size - 1
        stop = spans[last + 1][0] if last + 1 < len(spans) else end
        out.append(Repair(spans[k][0], stop, ch, how, ESCAPES))
        k += size
    return out


def _number_runs(text: str) -> list[Repair]:
    out: list[Repair] = []
    pairs = not text.isascii() and _PAIR_GATE.search(text) is not None  # a listing in the name's script
    for m in _NUMBER_RUN.finditer(text) if pairs or _RUN_GATE.search(text) else ():
        found = list(_NUMBER.finditer(m.group()))
        if m.start() and text[m.start() - 1] in _BEFORE_RUN:
            found = found[1:]  # its first number is the end of a word ("Nice 47 75 ...") or of a number
        for k in range(3):  # the run, else without its last number ("... 83 BC AAA+"), else without its first ("face 47 ...")
            if k == 1:
                found, first = found[:-1], found
            elif k == 2:
                found = first[1:]
            numbers = [n.group(1) for n in found]
            prefixes = {n.group()[:2].lower() for n in found if len(n.group()) > len(n.group(1))}
            if len(numbers) < (2 if all(len(n) in (7, 8) for n in numbers) or pairs and all(
                    len(n) == 5 and n.isdigit() for n in numbers) else 3):
                break  # three numbers, or two of a binary byte or of a Chinese, Japanese or Korean code point each
            got = _number_reading(numbers, prefixes)
            if got is not None:
                spans = [(m.start() + n.start(), m.start() + n.end()) for n in found]
                out += _spread_numbers(spans, *got)
                break
    for m in _ONE_RUN.finditer(text):
        run, start = m.group(), m.start()
        prefixed = text[start - 2:start] in ("0x", "0X") and not (start > 2 and text[start - 3] in _BEFORE_RUN)
        if len(run) % 2 or not prefixed and start and text[start - 1] in _BEFORE_RUN or (
                m.end() < len(text) and text[m.end()] in _BEFORE_RUN and not _SENTENCE_END.match(text, m.end())) or (
                run.isalpha() and not prefixed):
            continue  # odd, inside a word or a number, or a word of the letters a-f
        got = None
        if set(run) <= {"0", "1"} and len(run) % 8 == 0 and len(run) >= 24:
            got = _as_bytes(bytes(int(run[k:k + 8], 2) for k in range(0, len(run), 8)), legacy=False)
            how = BINARY_CODES
        elif prefixed or len(run) >= 8:
            got = _as_bytes(bytes.fromhex(run), legacy=False)
            how = HEX_BYTES
        if got:
            out.append(Repair(start - 2 if prefixed else start, m.end(), got[0], f"{how} ({got[1]})", ESCAPES))
    return out


def _base32(text: str) -> list[Repair]:
    out: list[Repair] = []
    for m in _BASE32.finditer(text):
        token = m.group()
        body = token.rstrip("=")
        if len(body) % 8 in (1, 3, 6) or m.start() and text[m.start() - 1] in _B64_CHARS or (
                m.end() < len(text) and text[m.end()] in _B64_CHARS):
            continue  # a piece of a longer token
        try:
            raw = base64.b32decode(body.upper() + "=" * (-len(body) % 8))
        except (binascii.Error, ValueError):
            continue
        got = _as_bytes(raw, legacy=False)
        if got:
            out.append(Repair(m.start(), m.end(), got[0], BASE32, ESCAPES))
    return out


def _mixed_escapes(text: str) -> list[Repair]:
    """A word's letters with some written as =XX or %XX (=52o=6Ce=78, R%6F%6Cex, Ro=6Cex): read whole."""
    out: list[Repair] = []
    for m in _MIXED.finditer(text):
        token = m.group()
        escapes = list(_ESCAPE.finditer(token))
        if not escapes or "%" in token and not _ESCAPE.sub("", token):
            continue  # no escape, or percent escapes only (the byte runs' reading)
        inside = escapes[0].start() > 0 and escapes[-1].end() < len(token)
        if len(escapes) < 2 and not inside and not (escapes[0].start() == 0 and len(token) >= 6):
            continue  # "size=42", "50%OFF": one escape at a word's end
        try:
            raw = _ESCAPE.sub(lambda h: chr(int(h.group(1), 16)), token).encode("latin-1")
        except UnicodeEncodeError:
            continue
        if not raw.isascii() and not _ESCAPE.sub("", token):
            continue  # escapes only, of UTF-8 bytes (=E5=8A=B3): the byte runs' quoted-printable reading, not weak
        got = _as_bytes(raw, legacy=False)
        if got and got[0].isalpha():
            out.append(Repair(m.start(), m.end(), got[0], LETTERS_ESCAPED + (" (quoted-printable)" if "=" in token
                                                                            else " (percent-encoding)"), ESCAPES))
    return out


def bases(text: str) -> list[Repair]:
    """The runs of `text` that write a name in a number base or base32, or its letters some escaped; [] when none."""
    out: list[Repair] = []
    if _DIGIT.search(text):
        out += _number_runs(text)
    out += _base32(text)
    if "=" in text or "%" in text:
        out += _mixed_escapes(text)
    return out


# ------------------------------------------------------------------------------------------------ numerals

_CJK_DIGITS = {**{ch: str(d) for d, ch in enumerate("〇一二三四五六七八九")}, "零": "0", "○": "0", "◯": "0", "幺": "1",
               **{ch: str(d) for d, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}, "貳": "2", "參": "3", "陸": "6", "弐": "2",
               "参": "3", "壱": "1",
               **{chr(0x3021 + d): str(d + 1) for d in range(9)},  # 〡-〩 Hangzhou (Suzhou) numerals, market prices
               **{chr(0x3280 + d): str(d + 1) for d in range(9)},  # ㊀-㊈ circled ideographs one to nine
               **{chr(0x3220 + d): str(d + 1) for d in range(9)}}  # ㈠-㈈ parenthesised ideographs
_NUMERAL_CHARS = frozenset(_CJK_DIGITS)
_CJK_CLASS = "".join(sorted(_CJK_DIGITS))
# a code: letters, digits and numerals, hyphens, dots or slashes inside, with one Chinese numeral at least
_CODE = re.compile(f"[{_CJK_CLASS}A-Za-z0-9]+(?:[-‐–./][{_CJK_CLASS}A-Za-z0-9]+)*")
MIN_ALONE = 4  # numerals of a code that is numerals alone (no Latin letter or digit in it, no model word before it)
MIN_IN_CODE = 2  # numerals of a code that holds Latin letters or digits too (B六〇六七四一七, DD一三九一-一〇〇)
# words that introduce a model or article number (Chinese, Japanese, Korean, a Latin abbreviation): 型号一二六六一〇
_MODEL_WORDS = ("型号", "型號", "货号", "貨號", "款号", "款號", "编号", "編號", "型番", "品番", "品號", "品号",
                "모델", "품번", "Ref", "REF", "ref", "No", "NO", "Nr", "Art")


def numerals(text: str) -> list[Repair]:
    """The Chinese numerals of `text` that write a number (a model, a reference), as ASCII digits: a code of MIN_ALONE
    numerals or more, of MIN_IN_CODE or more beside Latin letters or digits in it, or after a model word."""
    if _NUMERAL_CHARS.isdisjoint(text):
        return []
    out: list[Repair] = []
    for m in _CODE.finditer(text):
        code = m.group()
        count = sum(ch in _NUMERAL_CHARS for ch in code)
        if not count:
            continue
        latin = any(ch.isascii() and ch.isalnum() for ch in code)
        before = text[max(0, m.start() - 4):m.start()].rstrip(" :：.#")
        if not (count >= MIN_ALONE or count >= MIN_IN_CODE and (latin or before.endswith(_MODEL_WORDS))):
            continue
        for k, ch in enumerate(code):
            if ch in _NUMERAL_CHARS:
                out.append(Repair(m.start() + k, m.start() + k + 1, _CJK_DIGITS[ch], "Chinese numerals read as digits",
                                  NUMERALS))
    return out


# ------------------------------------------------------------------------------------------------ markup

# spoiler tags of chat and forums: Discord/Telegram ||x||, Reddit >!x!<, BBCode [spoiler]x[/spoiler]
_SPOILER = re.compile(r"\|\|(?=[^|\s])(?P<x>[^|\n]{1,120}?)(?<=[^|\s])\|\||>!(?=\S)(?P<y>[^\n]{1,120}?)(?<=\S)!<")
_BBCODE = re.compile(r"\[/?(?:spoiler|b|i|u|s|strike|sup|sub|color|colour|size|font|highlight|mark|url|quote|code|center|"
                     r"left|right|noparse|icode|h[1-6])(?:=[^\]\[\n]{0,40})?\]", re.I)
# emphasis marks of Markdown and chat apps around letters inside a word: R**o**lex, Gu__cc__i, R`o`lex (a single * or
# ~ is a masked letter or a separator as often: Nin*en*o is Nintendo, p~a~n~d~o~r~a letters spelt apart, read by the
# misspellings and marks detectors; so is a delimiter around each letter: p**a**n**d**o**r**a)
_EMPHASIS = re.compile(r"(?P<d>\*\*|__|~~|==|`)(?P<x>[^\W_]{1,20})(?P=d)")
# a spinner's template: {a|b|c}, no braces inside
_SPINTAX = re.compile(r"\{(?P<x>[^{}\n]{0,120}\|[^{}\n]{0,120})\}")


def _tag_name(m: re.Match) -> str:
    return re.match(r"\[/?([A-Za-z0-9]+)", m.group()).group(1).lower()


def _word_char(text: str, k: int) -> bool:
    return 0 <= k < len(text) and (text[k].isalnum())


def markup(text: str) -> list[Repair]:
    """The leftovers of markup and templates in `text`, dropped or read as the reader reads them."""
    out: list[Repair] = []
    if "||" in text or ">!" in text:
        for m in _SPOILER.finditer(text):
            inner = m.start("x") if m.group("x") is not None else m.start("y")
            inner_end = m.end("x") if m.group("x") is not None else m.end("y")
            # a space where they stand between words, nothing inside a word (R||o||lex)
            out.append(Repair(m.start(), inner, "" if _word_char(text, m.start() - 1) else " ", "spoiler tags", MARKUP))
            out.append(Repair(inner_end, m.end(), "" if _word_char(text, m.end()) else " ", "spoiler tags", MARKUP))
    if "[/" in text:
        tags = list(_BBCODE.finditer(text))
        closed = {_tag_name(m) for m in tags if m.group().startswith("[/")}
        for m in tags:
            if _tag_name(m) not in closed:
                continue  # a tag that is never closed is no markup: [S][A][M][S][U][N][G] spells a name in brackets
            inside = _word_char(text, m.start() - 1) and _word_char(text, m.end())
            out.append(Repair(m.start(), m.end(), "" if inside else " ", "BBCode tags", MARKUP))
    if "*" in text or "_" in text or "~" in text or "`" in text or "==" in text:
        for m in _EMPHASIS.finditer(text):
            d = m.group("d")
            if not (_word_char(text, m.start() - 1) or _word_char(text, m.end())) or not any(
                    ch.isalpha() for ch in m.group("x")):
                continue  # **Rolex** as a whole word (its boundaries are read already), 20*30*40 cm
            if text.startswith(d, m.end() + 1) or (m.start() >= len(d) + 1 and text.startswith(d, m.start() - len(d) - 1)):
                continue  # p**a**n**d**o**r**a: a separator between letters spelt apart, not emphasis
            out.append(Repair(m.start(), m.start("x"), "", "Markdown emphasis inside a word", MARKUP))
            out.append(Repair(m.end("x"), m.end(), "", "Markdown emphasis inside a word", MARKUP))
    if "{" in text and "|" in text:
        for m in _SPINTAX.finditer(text):
            options = m.group("x").split("|")
            if _word_char(text, m.start() - 1) or _word_char(text, m.end()):
                # an option inside a word (R{o|0}lex): the first option's letters
                first_end = m.start("x") + len(options[0])
                out.append(Repair(m.start(), m.start("x"), "", "a spinner's template", MARKUP))
                out.append(Repair(first_end, m.end(), "", "a spinner's template", MARKUP))
                continue
            out.append(Repair(m.start(), m.start("x"), " ", "a spinner's template", MARKUP))
            k = m.start("x")
            for option in options[:-1]:
                k += len(option)
                out.append(Repair(k, k + 1, " / ", "a spinner's template", MARKUP))
                k += 1
            out.append(Repair(m.end("x"), m.end(), " ", "a spinner's template", MARKUP))
    return out


# ------------------------------------------------------------------------------------------------ character names

# A name spelt as Unicode character names (outsider24's c_unicode_char_names24: "brand: CAPITAL LETTER R; SMALL LETTER
# O; SMALL LETTER L ..."), the standard's own names as a character map, a font tool or Python's unicodedata.name give
# them, with or without the script's word (LATIN, CYRILLIC, GREEK ...; "CAPITAL LETTER R" is what a reader means by
# LATIN CAPITAL LETTER R), in capitals or not, for letters of every script (KATAKANA LETTER RU, HANGUL SYLLABLE SAM,
# CJK UNIFIED IDEOGRAPH-52B3), digits (DIGIT ZERO) and a name's punctuation (APOSTROPHE, AMPERSAND, SPACE, HYPHEN-MINUS).
# Read by unicodedata.lookup; a run of two names or more, between them a separator (; , / | + · or "then"/"and") or a
# space, read as a whole.
CHARACTER_NAMES = "Unicode character names"
_NAME_KEYWORD = re.compile(r"(?<![A-Za-z])(?:letter|digit|syllable|ideograph-[0-9a-f]{4,5}|apostrophe|ampersand|"
                           r"space|hyphen-minus|full stop)(?![A-Za-z])", re.I)
# a piece: up to four words before the keyword (CAPITAL, SMALL, LATIN ...), the keyword, and the letter's own name (R,
# ER, RU, SAM; E WITH ACUTE)
_NAME_PIECE = re.compile(r"(?<![A-Za-z0-9])(?:(?!(?:apostrophe|ampersand|space|hyphen-minus|full|letter|digit|syllable) )[A-Za-z]+ ){0,4}(?:letter|digit|syllable) [A-Za-z0-9]+"
                         r"(?: with [A-Za-z]+(?: and [A-Za-z]+)?)?"
                         r"|(?<![A-Za-z0-9])(?:cjk )?(?:unified )?ideograph-[0-9a-f]{4,5}(?![0-9A-Za-z])"
                         r"|(?<![A-Za-z])(?:apostrophe|ampersand|space|hyphen-minus|full stop)(?![A-Za-z])", re.I)
_NAME_GAP = re.compile(r"\s*(?:[;,/|+·]|->|→|then|and|\s)\s*", re.I)


@cache
def _character(name: str) -> str | None:
    """The character the Unicode name `name` (capitals; the script's word may be left out) names, or None."""
    for form in (name, "LATIN " + name, "CJK UNIFIED " + name):
        try:
            ch = unicodedata.lookup(form)
        except KeyError:
            continue
        if len(ch) == 1 and _clean(ch) and (ch.isalnum() or ch in _NAME_PUNCTUATION):
            return ch
    return None


def _piece_span(m: re.Match) -> tuple[int, int, str] | None:
    """(start, end, character) of the character name the piece `m` holds, its span trimmed to the words read: words
    before the name proper ("brand CAPITAL LETTER P") are left out."""
    words = list(re.finditer(r"\S+", m.group()))
    for k in range(len(words)):
        for end in range(len(words), k, -1):
            ch = _character(" ".join(w.group().upper() for w in words[k:end]))
            if ch is not None:
                return m.start() + words[k].start(), m.start() + words[end - 1].end(), ch
    return None


def character_names(text: str) -> list[Repair]:
    """The runs of `text` that spell a name as Unicode character names, as the characters they name; [] when none."""
    if not _NAME_KEYWORD.search(text):
        return []
    pieces: list[tuple[int, int, str]] = []
    for m in _NAME_PIECE.finditer(text):
        got = _piece_span(m)
        if got is not None:
            pieces.append(got)
    out: list[Repair] = []
    run: list[tuple[int, int, str]] = []
    for piece in pieces + [None]:
        if piece is not None and run and _NAME_GAP.fullmatch(text[run[-1][1]:piece[0]]):
            run.append(piece)
            continue
        if len(run) >= 2 and sum(ch.isalpha() for *_, ch in run) >= 2:
            for k, (s, e, ch) in enumerate(run):  # the separators after a name are the notation's: read with it
                out.append(Repair(s, run[k + 1][0] if k + 1 < len(run) else e, ch, CHARACTER_NAMES, ESCAPES))
        run = [piece] if piece is not None else []
    return out


# ------------------------------------------------------------------------------------------------ regular expressions

# The mark written as a regular expression the goods "match" (outsider24's c_regex_pattern24: /[rR]o[lL]e[xX]/,
# /^O(me)ga$/, G(u){1}c{2}i, R[o0]l[e3]x): a reader runs it in their head and reads the word it matches. Read here: the
# first string a small pattern matches (literal letters and digits; a class of listed characters gives its first
# letter, R[o0] is Ro; a group its first alternative; {n} and {n,m} repeat n times; ? + * once; anchors, \b and (?i)
# nothing; an escaped character itself). A pattern with a wildcard (., \w, \d, a range, a negated class) matches too
# much to name anything and is not read. Read only where it is a pattern: between slashes (/…/ and flags), after a word
# that introduces one (regex, regexp, pattern, matches, grep, re.compile), or glued to letters with a class of two
# characters or a counted repeat inside a word (R[o0]l[e3]x, G(u){1}c{2}i).
REGULAR_EXPRESSION = "a regular expression's match"
_REGEX_TOKEN = re.compile(r"(?<![^\s\"'`(:=,~])(?:/(?P<slashed>[\^(\[A-Za-z0-9\\][^/\n]{2,60})/[gimsux]{0,4}"
                          r"|(?P<body>[\^(\[A-Za-z0-9\\][^\s/]{2,60}))"
                          r"(?=$|\s|[\"'`)]|[,.;:!?]+(?:\s|$))")
_REGEX_WORD = re.compile(r"(?:regexp?|regular expression|pattern|match(?:es|ing)?|grep|re\.(?:compile|match|search)|rx)"
                         r"\W{0,3}$", re.I)
_REGEX_SIGNS = frozenset("[](){}^$|?*+\\")


def _regex_match(body: str) -> str | None:
    """The first string the small pattern `body` matches (letters preferred in a class), or None when it is no
    pattern this reads (a wildcard, a range, a negated class, unbalanced)."""
    pos = 0

    def sequence(stop: str) -> str | None:
        nonlocal pos
        parts: list[str] = []
        while pos < len(body) and body[pos] not in stop:
            atom = one()
            if atom is None:
                return None
            # quantifiers after the atom
            while pos < len(body) and body[pos] in "{?+*":
                if body[pos] == "{":
                    q = re.match(r"\{(\d{1,2})(?:,(\d{0,2}))?\}", body[pos:])
                    if q is None:
                        return None
                    atom = atom * int(q.group(1))
                    pos += q.end()
                else:
                    pos += 1
            parts.append(atom)
        return "".join(parts)

    def one() -> str | None:
        nonlocal pos
        ch = body[pos]
        if ch.isalnum() or ch in "'&- ":
            pos += 1
            return ch
        if ch in "^$":
            pos += 1
            return ""
        if ch == "\\":
            if pos + 1 >= len(body):
                return None
            nxt = body[pos + 1]
            pos += 2
            if nxt in "bB":
                return ""
            if nxt == "s":
                return " "
            if nxt.isalnum():
                return None  # \d \w \S: a wildcard
            return nxt
        if ch == "[":
            end = body.find("]", pos + 1)
            if end < 0:
                return None
            members = body[pos + 1:end]
            pos = end + 1
            if not members or members.startswith("^") or "-" in members[1:-1] or "\\" in members:
                return None
            letters = [c for c in members if c.isalpha()]
            return (letters or list(members))[0]
        if ch == "(":
            pos += 1
            if body.startswith("?:", pos):
                pos += 2
            elif re.match(r"\?[imsx]+\)", body[pos:]):
                pos = body.index(")", pos) + 1
                return ""
            options: list[str] = []
            while True:
                got = sequence("|)")
                if got is None or pos >= len(body):
                    return None
                options.append(got)
                if body[pos] == ")":
                    pos += 1
                    return options[0]
                pos += 1
        return None

    got = sequence("|")
    if got is None or pos < len(body) and body[pos] == "|":
        if got is not None:  # a|b at the top: the first alternative
            return got
        return None
    return got


_LEET = str.maketrans("0134578@$", "oieastbas")


def _one_letter(members: str) -> bool:
    """Whether a class's members are the ways of writing one letter (rR, o0, e3, a4@): a class glued inside a word
    that is no pattern's ([NEW]Nike, [HOT]Rolex: a tag) holds several letters."""
    return len(members) >= 2 and len(set(members.lower().translate(_LEET))) == 1


def regular_expressions(text: str) -> list[Repair]:
    """The small regular expressions in `text` that spell a word, as the word they match; [] when none."""
    if _REGEX_SIGNS.isdisjoint(text):
        return []
    out: list[Repair] = []
    for m in _REGEX_TOKEN.finditer(text):
        slashed = m.group("slashed") is not None
        body = m.group("slashed") if slashed else m.group("body")
        end = m.end()
        if not slashed:  # "R[o0]l[e3]x, 41mm", "(regex: N[i1]k[e3])": the sentence's punctuation is no part of it
            stripped = body.rstrip(",.;:!?")
            while stripped.endswith(")") and stripped.count(")") > stripped.count("("):
                stripped = stripped[:-1]
            end -= len(body) - len(stripped)
            body = stripped
        if _REGEX_SIGNS.isdisjoint(body) or len(body) < 3:
            continue
        introduced = _REGEX_WORD.search(text[max(0, m.start() - 24):m.start()]) is not None
        glued = (re.search(r"[A-Za-z](?:\[[^\]]{2,}\]|\([A-Za-z]+\)\{\d|\{\d)", body) is not None or re.search(
            r"\[[^\]]{2,}\][A-Za-z]", body) is not None) and all(
            _one_letter(c) for c in re.findall(r"\[([^\]]*)\]", body))
        if not (slashed or introduced or glued):
            continue
        word = _regex_match(body)
        if not word or sum(ch.isalpha() for ch in word) < 3 or not any(ch.isalpha() for ch in word[:1] + word[-1:]):
            continue
        if not re.fullmatch(r"[A-Za-z0-9'&\- ]+", word):
            continue
        out.append(Repair(m.start(), end, word, REGULAR_EXPRESSION, MARKUP))
    return out


# ------------------------------------------------------------------------------------------------ all of them

def read(text: str) -> list[Repair]:
    """Every run of `text` written in a notation (escapes, numerals, markup), in order and not overlapping (the first
    of two that overlap kept: escapes before numerals before markup); [] when none. Pure."""
    found = escapes(text) + bases(text) + markup(text) + character_names(text) + regular_expressions(text)
    if not text.isascii():
        found += numerals(text)
    if not found:
        return []
    return _disjoint(found)


def _disjoint(repairs: list[Repair]) -> list[Repair]:
    out: list[Repair] = []
    end = -1
    for r in sorted(repairs, key=lambda r: (r.start, -(r.end - r.start))):
        if r.start < end:
            continue
        out.append(r)
        end = max(end, r.end)
    return out


def merged(first: list[Repair], second: list[Repair]) -> list[Repair]:
    """`first` (mojibake's) and those of `second` that overlap none of them, in order."""
    if not first:
        return second
    if not second:
        return first
    kept = [r for r in second if not any(f.start < r.end and r.start < f.end for f in first)]
    return sorted(first + kept, key=lambda r: r.start)


def repaired(text: str, words: Words | None = None) -> tuple[str, list[int], list[int], list[Repair]] | None:
    """`text` read through the mojibake view (mojibake.repair) and the notation views (`read`), each character's start
    and end offsets in `text`, and the repairs; None when there is nothing to read otherwise. Pure."""
    repairs = merged(mojibake.repair(text, words), read(text))
    return mojibake.applied(text, repairs) if repairs else None
