"""Marks hidden from the shared text views by the way the text is written: rules markup, upside_down, reversed and
fancy_letters.

Four views of a listing that normalise.ListingText does not give, each built only for a listing that holds what it
undoes, and searched for the marks (a mark's words joined, as normalise.mark_words spells them: "louisvuitton"):

- markup: HTML inside the text, which a marketplace that renders it shows as the mark: character references
  (&#x47;ucci, &#71;ucci, Gu&shy;cci, &eacute;) decoded by the standard library's html.unescape (HTML5's
  named references), an element styled or marked hidden dropped with its text (Ro<span style="display:none">x</span>lex:
  display:none, visibility:hidden, font-size:0, opacity:0, the hidden attribute), tags and comments dropped (G<b>u</b>cci, Gu<!-- -->cci) and a block tag (<br>, <p>, <li> ...) read as a space. A hit
  counts only when its span holds markup (a plain mark is the marks detector's). Opened by "&" or "<".
- upside_down: text written upside down ("ʇǝuɐɥƆ", "xǝloɹ"): the flip table of the upsidedown package
  (Christoph Burgmer, MIT; after fileformat.info's upside-down map) read backwards, plus the alternatives its
  own comments list and generators use (ʅ, ן and ⅂ for l, ı for i, ſ for j, ∀ for A, Ↄ for C, Ⅎ for F, Ɯ for M).
  A run of such letters (ASCII letters that are flips of each other, b/q, d/p, n/u, o, s, x, z, included) is
  turned upright and read from its end. Opened by a flipped letter that is not ASCII.
- reversed: a mark spelt backwards ("xelor", "iccug", "nottiuv siuol"): the latin view read from its end. A
  written form that is itself a word (symspellpy's English dictionary, a word of another language at Zipf 3, a
  registered mark, a common word of another language: "naive" is no Evian backwards) never counts, a rarer word of
  another language is a weak candidate; a palindrome is the mark as written.
  Opened, through the shared "latin" gate, by a word of the listing that is a mark's word reversed.
- fancy_letters: the "fancy font" alphabets of CJK look-alike characters that fancy-text generators offer
  (卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙, and the kana style ﾑ乃ᄃり乇ｷムんﾉﾌズﾚﾶ刀のｱゐ尺丂ｲひ√Wﾒﾘ乙, as
  their tables write them); no Unicode normalisation folds them (NFKC and anyascii already read fullwidth,
  circled, squared, negative circled and mathematical letters, and regional indicators: 🅖🅤🅒🅒🅘 is "gucci"
  in the latin view). They are Chinese characters and kana too (山, 千, の), so only a run of three or more of
  them, not touching other wide characters, that spells a mark as a whole counts. Opened by one of them.

- look-alikes of other scripts (issue 9, glyphs29): a Latin mark drawn with the letters of other scripts or the symbols
  that fancy-text generators offer for Latin ones: Canadian Aboriginal syllabics (ᖇOᒪᕮ᙭, ᑎIᖽᐸᕮ, ᑭᑌᗰᗩ), mathematical
  operators (R∅∟∈×, ⊂∆N∅N, ∂Y∫∅N), the Ethiopic and Cherokee-looking fancy alphabets, Armenian and Coptic letters the
  confusables table leaves (`_glyph_latin`, a visual-likeness table written here). Read in a word that mixes them with
  Latin letters, a word wholly of them whose script writes no other word of the listing (an Inuktitut, Amharic or
  Armenian text holds letters that look like no Latin one, and stays its own), a short one beside such a word or a word
  of Latin capitals, or single letters spaced in a row. The hit is rule `fancy_letters` ("(view: look-alikes of other
  scripts)"); another brand's reading inside its span yields (`yield_to_cjk_lookalikes`). Opened by one of them.

- faux_cyrillic (issue 9, senses): a Latin mark drawn with Cyrillic or Greek letters chosen for their look, not their
  sound ("ЯOLEX", "ИIKE", "SДMSЦИG", "BЦЯBЁЯЯY", "THЁ ИOЯTH FДCЁ"): the letters of the typographers' "faux Cyrillic"
  (Wikipedia, "Faux Cyrillic": Я for R, И and Й for N, Д and Л for A, Ц for U, Ш and Щ for W, Б for B, Ф for O, Ч for Y,
  Ъ and Ь for B, Г for R, Э and Є for E, П for N; Greek Σ and Ξ for E, Λ and Δ for A, Π for N, Φ and Θ for O, Γ for R,
  η for n, ω for w) read as the Latin letter they are drawn like, where the latin view (anyascii) reads them by sound
  (Я as "ya"). Only in a word that mixes them with Latin letters, or a word of them in capitals in a listing written
  in Latin letters, that no Cyrillic or Greek word is (a Russian listing's words stay Russian). A letter with two
  looks (Ф: O or Ph, Л: A or N) gives both readings. The hit is rule `confusable`, its detail names the view ("drawn
  with Cyrillic or Greek letters chosen for their look (view: faux Cyrillic)"). Opened by a word that mixes scripts or
  a capital word of such letters in a Latin listing.

A hit is a disguise, weighed like the confusable rule; a reversed mark of four letters or fewer, or one that is an
everyday word, is a weak candidate that needs the brand's category with a cue or a price far below the floor
(`needs_cue`).
"""

from __future__ import annotations

import html
import re
import string
from functools import cache

import upsidedown

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.context.language import COMMON_ZIPF, FOREIGN_ZIPF, top_zipf, word_table
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import dictionary_words
from services.matcher.core.normalise import LATIN_TABLE, ListingText, is_wide, mark_words, word_wise
from services.matcher.core.scoring import Evidence

MIN_LETTERS = 3  # marks this long or longer are looked for in these views
MAX_WORDS = 4  # words of a mark joined at most
STRONG_REVERSED = 5  # a reversed mark this long that is no everyday word names it
# context/language.py: a reversed form of FOREIGN_ZIPF in one of its languages is a weak candidate only, of COMMON_ZIPF
# that language's word
MIN_FANCY_RUN = 3

# --------------------------------------------------------------------------------------------- markup

# an element a browser does not show (CSS display:none, visibility:hidden, font-size:0, opacity:0, the `hidden`
# attribute; HTML Living Standard 6.1 and CSS Display 3), with the text inside it: "Ro<span style="display:none">x</span>lex"
_HIDDEN = (r"<(?P<hidden>[A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden"
           r"|font-size\s*:\s*0+(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:[;\"']|$)|opacity\s*:\s*0+(?:\.0*)?\s*(?:[;\"']|$)"
           r"|\shidden(?=[\s=>/]))[^<>]{0,200}>[^<]{0,200}</(?P=hidden)\s*>")
_MARKUP = re.compile(_HIDDEN + r"|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?"
                     r"|<(/?)([A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,200}>|<!--.{0,200}?-->", re.S)
# tags that end a line or a block in a browser: read as a space, the others (b, i, span, font ...) as nothing
_BLOCK_TAGS = frozenset("br p div li ul ol tr td th h1 h2 h3 h4 h5 h6 hr table section article header footer".split())


def markup_view(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text as rendered: references decoded, tags dropped (block tags a space); with each character's start and
    end in `text`. None when the text holds no markup."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for m in _MARKUP.finditer(text):
        out.append(text[last:m.start()])
        starts.extend(range(last, m.start()))
        ends.extend(range(last + 1, m.start() + 1))
        if m.group("hidden"):
            shown = ""  # a hidden element and all it holds
        elif m.group(0).startswith("&"):
            shown = html.unescape(m.group(0))
        else:
            shown = " " if m.group(3) and m.group(3).lower() in _BLOCK_TAGS else ""  # a comment: nothing
        out.append(shown)
        starts.extend([m.start()] * len(shown))
        ends.extend([m.end()] * len(shown))
        last = m.end()
    if not last:
        return None
    out.append(text[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return "".join(out), starts, ends


# --------------------------------------------------------------------------------------------- upside down

# alternatives for letters the package writes otherwise (its comments; ı and ן as generators write them; an l,
# upside down, is written as an l)
_FLIP_ALTERNATIVES = {"l": "l", "ʅ": "l", "ן": "l", "⅂": "L", "ᒣ": "L", "ı": "i", "ſ": "J", "∀": "A", "ᗄ": "A", "Ↄ": "C",
                      "Ͻ": "C", "Ⅎ": "F", "߃": "F", "Ɯ": "M", "ꟽ": "M", "Ϻ": "W", "Ⴖ": "U"}


@cache
def _upright() -> dict[str, str]:
    """A flipped letter -> the upright letter it is, from upsidedown's table (ASCII letters that flip to ASCII
    letters, as b and q, included)."""
    table = {upsidedown.transform(ch): ch for ch in string.ascii_letters}
    table.update(_FLIP_ALTERNATIVES)
    return {k: v for k, v in table.items() if len(k) == 1}


@cache
def _flipped_letters() -> frozenset[str]:
    """The flipped letters that are not ASCII: a listing must hold one for the view to be built."""
    return frozenset(ch for ch in _upright() if not ch.isascii())


@cache
def _flipped_run() -> re.Pattern:
    chars = "".join(re.escape(ch) for ch in _upright())
    return re.compile(f"[{chars}](?:[{chars} '’\\-]*[{chars}])?")  # spaces, apostrophes, hyphens inside (s'ıʌǝl)


def upright_views(text: str):
    """(view, starts, ends) of every run of flipped letters holding one that is not ASCII, turned upright and read
    from its end ("xǝloɹ" -> "rolex"), with each character's span in `text`."""
    table, flipped = _upright(), _flipped_letters()
    for m in _flipped_run().finditer(text):
        run = m.group()
        if flipped.isdisjoint(run):
            continue
        positions = range(m.end() - 1, m.start() - 1, -1)
        yield "".join(table.get(text[k], text[k]) for k in positions), list(positions), [k + 1 for k in positions]


# --------------------------------------------------------------------------------------------- fancy letters

# (fancy-text generators' CJK look-alike alphabets, a to z, as their tables write them; the halfwidth katakana
# also under their NFKC forms)
_FANCY_ALPHABETS = ("卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙",
                    "ﾑ乃ᄃり乇ｷムんﾉﾌズﾚﾶ刀のｱゐ尺丂ｲひ√Wﾒﾘ乙")


@cache
def _fancy() -> dict[str, str]:
    import unicodedata

    table: dict[str, str] = {}
    for alphabet in _FANCY_ALPHABETS:
        for ch, letter in zip(alphabet, string.ascii_lowercase, strict=True):
            for form in {ch, unicodedata.normalize("NFKC", ch)}:
                table.setdefault(form, letter)
    return {k: v for k, v in table.items() if not k.isascii()}


@cache
def _fancy_run() -> re.Pattern:
    chars = "".join(re.escape(ch) for ch in _fancy())
    return re.compile(f"[{chars}](?:[{chars} ・]*[{chars}])?")


def fancy_views(text: str):
    """(view, starts, ends) of every run of MIN_FANCY_RUN or more fancy letters not touching another wide
    character, in plain letters."""
    table = _fancy()
    for m in _fancy_run().finditer(text):
        letters = sum(ch in table for ch in m.group())
        if letters < MIN_FANCY_RUN:
            continue
        if (m.start() and is_wide(text[m.start() - 1])) or (m.end() < len(text) and is_wide(text[m.end()])):
            continue  # 千山 in a Chinese sentence: Chinese
        positions = range(m.start(), m.end())
        yield "".join(table.get(text[k], " ") for k in positions), list(positions), [k + 1 for k in positions]


# --------------------------------------------------------------------------------------------- CJK look-alikes

# A Latin mark with some or all of its letters drawn with CJK ideographs, radicals, kana, Hangul jamo or Bopomofo that
# look like them (R口LEメ, N工KE, 匚口A匚H, D丫S口N, ㄴEG口, 尸凵MA, 丁口丫口丁A). A visual-likeness table written here
# (issue 9, glyphs28), by the shapes, not taken from a standard: UTS #39's confusables pair only a few of these
# (口 with ロ, 工 with エ), never with a Latin letter. Each character is read as the one Latin letter it is drawn like;
# the fancy-text alphabets above are read too.
_CJK_LATIN_LETTERS = {
    "A": "卂丹", "B": "乃阝", "C": "匚ㄈㄷᄃ⊏", "D": "ᗪ", "E": "乇ヨ彐ㅌ", "F": "千", "G": "Ꮆ",
    "H": "卄廾廿", "I": "工丨ㅣエ", "J": "亅了", "K": "Ҝ", "L": "ㄥㄴレ乚ㄣ", "M": "爪", "N": "几刀冂ㄇ",
    "O": "口ロㅁ〇ㄖ囗ㅇ○◯", "P": "卩尸", "Q": "Ɋ", "R": "尺", "S": "丂", "T": "ㄒ丅丁亍", "U": "ㄩ凵",
    "V": "ᐯ√", "W": "山", "X": "乂メㄨ㐅", "Y": "丫ㄚ", "Z": "乙",
}
MIN_CJK_LATIN = 2  # letters of a word drawn wholly with such characters (匚尺 V for CR-V)


@cache
def _cjk_latin() -> dict[str, str]:
    """{character: the Latin capital it is drawn like}: the table above and the fancy alphabets' letters."""
    table = {ch: letter.upper() for ch, letter in _fancy().items()}
    table.update({ch: letter for letter, chars in _CJK_LATIN_LETTERS.items() for ch in chars})
    return table


@cache
def _cjk_latin_word() -> re.Pattern:
    chars = "".join(re.escape(ch) for ch in _cjk_latin())
    return re.compile(f"[A-Za-z{chars}]+")


def _apart(ch: str) -> bool:
    """Whether a character beside a word leaves it a word of its own: not a wide letter (口红, ロボット, 工作)."""
    import unicodedata

    return not is_wide(ch) or unicodedata.category(ch)[0] in "PZS"


def _cjk_latin_candidate(word: str) -> bool:
    """A word of Latin letters and look-alikes of the table that holds a look-alike (the gate's test)."""
    table = _cjk_latin()
    return any(ch in table for ch in word)


def cjk_latin_views(text: str):
    """(view, starts, ends, near) of the text with its words drawn with CJK look-alikes read as Latin letters: a word
    (Latin letters and look-alikes, nothing else, with no wide letter beside it) that mixes both (R口LEメ), or of
    MIN_CJK_LATIN or more look-alikes alone, or one beside such a word (爪 卩乇尺千口尺爪丹刀匚ヨ), in a listing at
    least half written in Latin letters (a Chinese or Japanese text's 口, 工, ロ and 山 stand among other ideographs and
    kana, never apart). Nothing when the text holds no such word."""
    table = _cjk_latin()
    words = _WORD.findall(text)
    latin_text = sum(1 for w in words if w.isascii()) * 2 >= len(words)
    tokens = []  # (start, end, mixed)
    for m in _cjk_latin_word().finditer(text):
        w = m.group()
        if not _cjk_latin_candidate(w):
            continue
        if (m.start() and not _apart(text[m.start() - 1])) or (m.end() < len(text) and not _apart(text[m.end()])):
            continue
        mixed = not all(ch in table for ch in w)
        if mixed and not latin_text and w.rstrip("".join(table)).isascii() and w[0].isascii():
            continue  # in a Chinese or Japanese text a Latin word with a suffix: USB口 (a USB port), Type-C口
        if mixed or latin_text:
            tokens.append((m.start(), m.end(), mixed))
    kept = []
    for n, (start, end, mixed) in enumerate(tokens):
        strong = mixed or end - start >= MIN_CJK_LATIN
        if not strong:  # a short run of look-alikes alone counts beside a longer one, a space or hyphen apart
            near = [tokens[k] for k in (n - 1, n + 1) if 0 <= k < len(tokens)]
            strong = any((t[2] or t[1] - t[0] >= MIN_CJK_LATIN) and text[min(end, t[1]):max(start, t[0])].strip(" -") == ""
                         for t in near)
        if strong:
            kept.append((start, end))
    reading = {k: table[text[k]] for start, end in kept for k in range(start, end) if text[k] in table}
    if not reading:
        return
    view = "".join(reading.get(k, ch) for k, ch in enumerate(text))
    positions = list(range(len(text)))
    yield view, positions, [k + 1 for k in positions], [k in reading for k in positions]


# --------------------------------------------------------------------------------------------- other scripts' look-alikes

# A Latin mark with some or all of its letters drawn with letters of other scripts or with symbols that fancy-text
# generators offer as Latin look-alikes (ᖇOᒪᕮ᙭, ᑎIᖽᐸᕮ, ᗪYᔕOᑎ for Canadian Aboriginal syllabics; R∅∟∈×, ⊂∆N∅N, ∂Y∫∅N for
# mathematical operators; ጠልክ for the Ethiopic "fancy" alphabet ...). A visual-likeness table written here (issue 9,
# glyphs29), by the shapes as those generators' alphabets use them, not taken from a standard: UTS #39's confusables
# (which the latin view already reads everywhere: ᑭ p, ᒪ l, ᗷ b, ∪ u, ∣ l, ⊤ t, most Cherokee, Lisu and Coptic letters)
# pair only some of them, and none of ᗩ, ᑕ, ᑎ, ᔕ, ᕮ, ∆, ⊂, ∅ with a Latin letter. Unverified beyond their look: the
# Ethiopic alphabet below is one generators write (a=ል ... z=ጊ), its letters look like few Latin ones.
_GLYPH_LATIN_LETTERS = {
    # Canadian Aboriginal syllabics (Cree, Inuktitut, Carrier, Blackfoot letters)
    "A": "ᗩᗅᗋ", "B": "ᗷᗸᗹᙖᕊ", "C": "ᑕᑢᙅᑖ", "D": "ᗪᗫᗞᕲ", "E": "ᗴᕮᕪᙓ", "F": "ᖴᖵᖷ", "G": "ᘜᘝ",
    "H": "ᕼᖾ", "J": "ᒍᒎᒏ", "K": "ᛕ", "L": "ᒪᒫ", "M": "ᗰᙏᘻ", "N": "ᑎᑏᘉ", "P": "ᑭᑬᕈᖘ",
    "Q": "ᑫᕴ", "R": "ᖇᖆᖈᖉ", "S": "ᔕᔖᙚ", "T": "ᖶ", "U": "ᑌᑘᑗ", "V": "ᐯᐺᐻ", "W": "ᗯᘺᙎ", "X": "᙭᙮ᕁ",
    "Y": "ᖻ", "Z": "ᘔᙆᙇᘕ",
    # ... and the other syllabics alphabet generators show (ᗩᗷᑢᕲᘿᖴᘜᕼᓰᒚᖽᐸᒪᘻᘉᓍᕵᕴᖇSᖶᑘᐺᘺ᙭ᖻᗱ), with the Tagbanwa ᝪ and
    # syllabics ᔑ some write for O and S
    "e": "ᘿ", "i": "ᓰ", "j": "ᒚ", "o": "ᓍᝪ", "p": "ᕵ", "s": "ᔑ", "z": "ᗱ",
}
_GLYPH_MORE = {
    # mathematical operators and technical symbols drawn like letters
    "A": "∆∧⋀⩓⍲∀", "C": "⊂∁⊏⋐⊆⊊", "D": "∂", "E": "∈∊∑∃⋿∉∋", "I": "∣∤", "L": "∟⌊⌞", "N": "∩⋂∏⊓",
    "O": "∅⊘⊙⊚⊛⊗⊕⊖⦰", "P": "℘", "S": "∫∮", "T": "⊤⟙", "U": "∪⊍⊎⋃∐⊔", "V": "∨√⋁∇", "X": "×⨯⊠╳",
    # Armenian and Coptic letters the confusables table leaves (Լ is L, Ո and ր are n, ժ is d, ի is h)
    "a": "ⲁ", "b": "ⲃ", "d": "ժ", "e": "ⲉ", "h": "ի", "j": "յ", "l": "լ", "n": "րո", "w": "ⲱ", "z": "ⲍ",
}
# the Ethiopic 'fancy' alphabet (a=ል b=ጌ ... z=ጊ) and the Cherokee-looking one (a=Ꮧ b=Ᏸ ... x=ጀ z=ፚ), as generators
# write them
_GLYPH_ETHIOPIC = {letter: a + b for letter, a, b in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ልጌርዕቿቻኗዘጎጋጕረጠክዐየዒዪነፕሁሀሠሸሃጊ",
                                                        "ᏗᏰᏣᎴᏋᎦᎶᏂᎥᏠᏦᏝᎷᏁᎧᎮᎤᏒᏕᏖᏬᏉᏇጀᎩፚ")}
_GLYPH_MORE_UPPER = {"A": "ⲀⲆ", "B": "Ⲃ", "E": "Ⲉ", "L": "Լ", "M": "Ⲙ", "N": "ՈՌ", "O": "Ⲑ", "U": "Ա", "W": "Ⲱ", "Z": "Ⲍ"}
_GLYPH_PAIRS = {"ᖽᐸ": "K"}  # a letter drawn with two characters (ᖽᐸ: K)
MIN_GLYPH_LATIN = 2  # look-alikes of a word drawn wholly with them (ᑭᑌᗰᗩ), or single ones spaced apart in a row of ...
MIN_SPACED_GLYPHS = 3  # ... this many letters (ᗩ ᗷ ᑕ)


@cache
def _glyph_latin() -> dict[str, str]:
    """{character: the Latin capital it is drawn like} of the tables above (the first letter a character is listed
    under), without those the latin view reads the same already."""
    table: dict[str, str] = {}
    for source in (_GLYPH_LATIN_LETTERS, _GLYPH_MORE, _GLYPH_ETHIOPIC, _GLYPH_MORE_UPPER):
        for letter, chars in source.items():
            for ch in chars:
                table.setdefault(ch, letter.upper())
    for pair in _GLYPH_PAIRS:
        for ch in pair:
            table.setdefault(ch, "")
    return table


def _glyph_script(ch: str) -> str:
    """The script a look-alike belongs to (its Unicode name's first word: CANADIAN, ETHIOPIC, ARMENIAN, COPTIC ...);
    symbols are no script's letters ("")."""
    import unicodedata

    return unicodedata.name(ch, "").split(" ")[0] if ch.isalpha() else ""


_CAPITALS_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z]{2,}[ -]{1,2}\Z")
_CAPITALS_AFTER = re.compile(r"[ -]{1,2}[A-Z]{2,}(?![^\W\d_])")


@cache
def _glyph_word() -> re.Pattern:
    chars = "".join(re.escape(ch) for ch in _glyph_latin())
    return re.compile(f"[A-Za-z{chars}]+")


def glyph_latin_views(text: str):
    """(view, starts, ends, near) of the text with its words drawn with other scripts' look-alikes (`_glyph_latin`)
    read as Latin letters: a word of Latin letters and look-alikes, nothing else, with no other letter touching it,
    that mixes both (ᖇOᒪᕮ᙭), or of MIN_GLYPH_LATIN or more look-alikes alone (ᑭᑌᗰᗩ, ⊂∆N∅N is mixed) whose scripts
    write no other word of the listing (an Inuktitut, Amharic or Armenian text holds letters of its script that look
    like no Latin one: ᐃᓄᒃᑎᑐᑦ, so its words stay its own), or single letters spaced apart in a row of
    MIN_SPACED_GLYPHS or more with a look-alike among them (ᑭ ᑌ ᗰ ᗩ: read as one word). Nothing when the text holds no
    such word."""
    table = _glyph_latin()
    native = {_glyph_script(ch) for ch in text if ch.isalpha() and not ch.isascii() and ch not in table}
    tokens = []  # (start, end, strong, single)
    for m in _glyph_word().finditer(text):
        w = m.group()
        if all(ch.isascii() for ch in w):
            continue
        if (m.start() and text[m.start() - 1].isalpha()) or (m.end() < len(text) and text[m.end()].isalpha()):
            continue  # part of a word of another script (ᑕ in ᑕᑯᔪᖅ)
        mixed = any(ch.isascii() for ch in w)
        alone = len(w) >= MIN_GLYPH_LATIN and not any(_glyph_script(ch) in native for ch in w)
        tokens.append((m.start(), m.end(), mixed or alone, len(w) == 1))
    if not tokens:
        return
    reading: dict[int, str] = {}
    for n, (start, end, strong, _) in enumerate(tokens):
        if not strong:  # a look-alike word too short alone counts beside a strong one, a space or hyphen apart (ጠ የቿዪ...),
            # or beside a word of Latin capitals (CR ∇)
            strong = any(t[2] and text[min(end, t[1]):max(start, t[0])].strip(" -") == ""
                         for t in (tokens[k] for k in (n - 1, n + 1) if 0 <= k < len(tokens))) or bool(
                _CAPITALS_BEFORE.search(text, 0, start) or _CAPITALS_AFTER.match(text, end))
        if strong:
            reading.update((k, table[text[k]]) for k in range(start, end) if text[k] in table)
    # single letters spaced apart (Latin ones among them): ᗩ ᗷ ᑕ, ᑎ I ᖽᐸ ᕮ (a letter of two characters one letter)
    singles = [(m.start(), m.group()) for m in _glyph_word().finditer(text) if (m.end() - m.start() == 1 or m.group()
               in _GLYPH_PAIRS) and not (m.start() and text[m.start() - 1].isalnum())
               and not (m.end() < len(text) and text[m.end()].isalnum())]
    glued: set[int] = set()  # the separators between them, read as nothing
    row: list[int] = []
    for k, (at, ch) in enumerate(singles + [(-9, "")]):
        if row and (at < 0 or text[singles[row[-1]][0] + len(singles[row[-1]][1]):at].strip(" -.·_/")
                    or at - singles[row[-1]][0] > 4):
            letters = [singles[j] for j in row]
            if len(row) >= MIN_SPACED_GLYPHS and any(c[0] in table for _, c in letters) and not any(
                    _glyph_script(c[0]) in native for _, c in letters if c[0] in table):
                for at_, c in letters:
                    reading.update((at_ + i, table.get(x, x)) for i, x in enumerate(c))
                for a, b in zip(row, row[1:]):
                    glued.update(range(singles[a][0] + len(singles[a][1]), singles[b][0]))
            row = []
        if at >= 0:
            row.append(k)
    if not reading:
        return
    for pair, letter in _GLYPH_PAIRS.items():
        at = text.find(pair)
        while at >= 0:
            if at in reading:
                reading[at], reading[at + 1] = letter, ""
            at = text.find(pair, at + 1)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    near: list[bool] = []
    for k, ch in enumerate(text):
        shown = "" if k in glued else reading.get(k, ch)
        out.append(shown)
        starts.extend([k] * len(shown))
        ends.extend([k + 1] * len(shown))
        near.extend([k in reading] * len(shown))
    yield "".join(out), starts, ends, near


# --------------------------------------------------------------------------------------------- faux Cyrillic

# a letter of Cyrillic or Greek -> the Latin letters it is drawn like, first the commoner (Wikipedia "Faux Cyrillic";
# the Greek ones as the same typographers use them); letters the latin view already reads by look (А, В, Е, К, М, Н, О,
# Р, С, Т, Х, У, Ё) are read by it
_FAUX: dict[str, str] = {
    "Я": "R", "я": "r", "И": "N", "и": "n", "Й": "N", "й": "n", "Д": "A", "д": "a", "Л": "ALN", "л": "aln", "Ц": "U",
    "ц": "u", "Ш": "W", "ш": "w", "Щ": "W", "щ": "w", "Б": "B", "б": "b", "Ф": "O", "ф": "o", "Ч": "Y", "ч": "y",
    "Ъ": "B", "ъ": "b", "Ь": "B", "ь": "b", "Г": "RF", "г": "r", "Э": "E", "э": "e", "Є": "E", "є": "e", "П": "N",
    "п": "n", "Ж": "XK", "ж": "xk", "Ё": "E", "ё": "e", "Ї": "I", "ї": "i", "Ѳ": "O",
    "Σ": "E", "Ξ": "E", "Λ": "A", "Δ": "A", "Π": "N", "Φ": "O", "Θ": "O", "Γ": "RF", "Ψ": "Y", "Ω": "O", "η": "n",
    "ω": "w", "λ": "a", "δ": "d", "σ": "o", "θ": "o", "π": "n", "γ": "y", "μ": "u", "ψ": "w",
}
_PH = {"Ф": "PH", "ф": "ph", "Φ": "PH"}  # read by sound too: "ФILIPS" (Л's sound, L, is among its looks above)
MAX_FAUX_READINGS = 16
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _script(ch: str) -> str:
    o = ord(ch)
    if ch.isascii():
        return "latin"
    if 0x0370 <= o <= 0x03FF or 0x0400 <= o <= 0x052F:
        return "cyrillic_greek"
    return "other"


def _faux_words(text: str) -> list[tuple[int, int]]:
    """The words of `text` written in faux Cyrillic: mixing Latin letters with Cyrillic or Greek ones drawn like Latin
    letters, or in capitals of such letters in a text otherwise written in Latin letters, and not a word of Russian,
    Ukrainian, Bulgarian, Serbian or Greek (wordfreq, context/language.py)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    latin = sum(1 for *_, w in words if all(_script(c) == "latin" for c in w))
    out = []
    for start, end, w in words:
        if not _may_be_faux(w):
            continue
        if any(_script(c) == "latin" for c in w) or (latin * 2 > len(words) and not _native_word(w)):
            out.append((start, end))
    return out


def _native_word(word: str) -> bool:
    return any(z >= 1.5 for lang, z in word_table().frequencies(word.casefold()) if lang in ("ru", "uk", "bg", "sr", "el"))


def faux_views(text: str):
    """(view, starts, ends, near) of the text with its faux-Cyrillic words read as the Latin letters they are drawn
    like, one view per reading of the letters with two looks (at most MAX_FAUX_READINGS); `near` marks the characters
    read so. Nothing when the text holds no such word."""
    spans = _faux_words(text)
    if not spans:
        return
    readings: list[dict[int, str]] = [{}]
    for k in (k for s, e in spans for k in range(s, e) if text[k] in _FAUX):
        alternatives = list(_FAUX[text[k]]) + ([_PH[text[k]]] if text[k] in _PH else [])
        if len(readings) * len(alternatives) > MAX_FAUX_READINGS:
            alternatives = alternatives[:1]
        readings = [{**r, k: a} for r in readings for a in alternatives]
    for reading in readings:
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        near: list[bool] = []
        for k, ch in enumerate(text):
            shown = reading.get(k, ch)
            out.append(shown)
            starts.extend([k] * len(shown))
            ends.extend([k + 1] * len(shown))
            near.extend([k in reading] * len(shown))
        yield "".join(out), starts, ends, near


# --------------------------------------------------------------------------------------------- the detector

_LETTERS = re.compile(r"[a-z]+")


class TextViewsDetector(Detector):
    name = "text_views"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # a mark's words joined -> fingerprints
        self._reversed_words: set[str] | frozenset[str] = set()  # every word of a mark and the whole, backwards
        self._skip: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        words = mark_words(fp.value)
        joined = "".join(words)
        if len(joined) < MIN_LETTERS or not joined.isalpha() or len(words) > MAX_WORDS:
            return None
        self._marks.setdefault(joined, []).append(i)
        self._reversed_words.update(w[::-1] for w in (*words, joined) if w[::-1] != w)  # alocacoc: Coca-Cola
        return None

    def compile(self) -> None:
        self._reversed_words = frozenset(self._reversed_words)
        if self._marks:
            self._skip = dictionary_words() | frozenset(self._marks)
            word_table()

    def gate(self):
        if not self._marks:
            return None
        return {"latin": self._reversed_words, _special: frozenset({"markup", "flipped", "fancy", "faux", "cjk_latin",
                                                                             "glyph_latin"})}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._marks:
            return []
        found: list[Evidence] = []
        original = text.original
        special = text.tokens(_special)
        if "markup" in special and (view := markup_view(original)):
            shown, starts, ends = view
            # the characters a reference wrote or a dropped tag stands next to
            # (and their neighbours: a soft hyphen &shy; folds to nothing)
            marked = [ends[k] - starts[k] > 1 for k in range(len(shown))]
            near = [marked[k] or (k and (marked[k - 1] or starts[k] != ends[k - 1]))
                    or (k + 1 < len(shown) and (marked[k + 1] or ends[k] != starts[k + 1])) for k in range(len(shown))]
            found += [e for e in self._find(text, *view, Rule.markup, "written with HTML markup inside it", near=near)
                      if "&" in e.text or "<" in e.text]
        if "flipped" in special:
            for view in upright_views(original):
                found += self._find(text, *view, Rule.upside_down, "written upside down")
        if "faux" in special:
            for view, starts, ends, near in faux_views(original):
                found += self._find(text, view, starts, ends, Rule.confusable,
                                    "drawn with Cyrillic or Greek letters chosen for their look, not their sound "
                                    "(view: faux Cyrillic)", near=near)
            found = _once(found)
        if "cjk_latin" in special:
            for view, starts, ends, near in cjk_latin_views(original):
                found += self._find(text, view, starts, ends, Rule.fancy_letters,
                                    "drawn with CJK, kana or Hangul characters that look like its Latin letters "
                                    + CJK_VIEW, near=near)
        if "glyph_latin" in special:
            for view, starts, ends, near in glyph_latin_views(original):
                found += self._find(text, view, starts, ends, Rule.fancy_letters,
                                    "drawn with letters of other scripts or symbols that look like its Latin letters "
                                    + GLYPH_VIEW, near=near)
        if "fancy" in special:
            for view in fancy_views(original):
                found += self._find(text, *view, Rule.fancy_letters, "written in look-alike CJK 'fancy font' letters",
                                    whole=True)
        if not self._reversed_words.isdisjoint(text.latin_words):
            turned = [(e.field, e.start, e.end) for e in found if e.rule is Rule.upside_down]
            # turned letters the latin view reads as letters (xǝloɹ: "xelor") are the upside-down hit's, not a reversal
            found += [e for e in self._reversed(text)
                      if not any(f == e.field and s < e.end and e.start < t for f, s, t in turned)]
        return self.in_category(found, text, listing)

    def _find(self, text: ListingText, view: str, starts: list[int], ends: list[int], rule: Rule, how: str,
              whole: bool = False, near: list[bool] | None = None) -> list[Evidence]:
        """The marks in a view (its characters folded as the latin view folds them), as disguises; `whole`: only a
        mark that is the whole view; `near`: per view character, whether the disguise touches it (a mark's words
        must include one that it touches)."""
        folded: list[str] = []
        at: list[int] = []  # folded position -> view position
        for k, ch in enumerate(view):
            f = LATIN_TABLE[ord(ch)]
            folded.append(f)
            at.extend([k] * len(f))
        flat = "".join(folded)
        words = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(flat)]
        if whole:
            windows = [(0, len(words) - 1)] if 0 < len(words) <= MAX_WORDS else []
        else:
            windows = _windows(len(words), None if near is None else
                               [any(near[at[k]] for k in range(s, e)) for s, e, _ in words])
        out = []
        for first, last in windows:
            for i in self._marks.get("".join(w for _, _, w in words[first:last + 1]), ()):
                covered = range(at[words[first][0]], at[words[last][1] - 1] + 1)  # view characters; an upside-down
                start, end = min(starts[k] for k in covered), max(ends[k] for k in covered)  # view runs backwards
                out.append(self._evidence(text, i, start, end, rule, how))
        return out

    def _reversed(self, text: ListingText) -> list[Evidence]:
        words = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(text.latin)]
        out = []
        for first, last in _windows(len(words), [w in self._reversed_words for _, _, w in words]):
            written = "".join(w for _, _, w in words[first:last + 1])
            backwards = written[::-1]
            if backwards == written or backwards not in self._marks:
                continue
            zipf = self._disguise(written, words[first:last + 1])
            if zipf is None:
                continue
            for i in self._marks[backwards]:
                start, end = text.original_span("latin", words[first][0], words[last][1])
                e = self._evidence(text, i, start, end, Rule.reversed, "spelt backwards")
                if len(backwards) < STRONG_REVERSED or e.everyday or zipf >= FOREIGN_ZIPF:
                    e.needs_corroboration = e.needs_cue = True
                    e.detail += "; a short or everyday mark, or a word of another language: needs corroboration"
                out.append(e)
        return out

    def _disguise(self, written: str, words) -> float | None:
        """How much of a disguise the written words are: None when they are words of their own (an English word, a
        registered mark, a common word of another language: "naive" is no Evian, "nats" in "htims nats" is), else
        the highest Zipf frequency of the whole in the languages of context/language.py (a rarer foreign word, as
        the Turkish name Ekin, makes it a weak candidate)."""
        if written in self._skip or all(w in self._skip for _, _, w in words):
            return None
        zipf = top_zipf(written)
        return None if zipf >= COMMON_ZIPF else zipf

    def _evidence(self, text: ListingText, i: int, start: int, end: int, rule: Rule, how: str) -> Evidence:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(start, end)
        return Evidence(rule, self.weights.confusable, i, field, s, e, matched, fp.value, distance=0,
                        detail=f"the mark {how}", everyday=fp.everyday_word)

    def memory_bytes(self) -> int:
        return (sum(60 + len(k) + 8 * len(v) for k, v in self._marks.items())
                + sum(50 + len(w) for w in self._reversed_words))

    def stats(self) -> dict[str, int]:
        return {"text_view_marks": len(self._marks)}


def _windows(count: int, touched: list[bool] | None):
    """(first, last) of the runs of at most MAX_WORDS neighbouring words out of `count` that hold a touched word
    (every run when `touched` is None)."""
    for first in range(count):
        for last in range(first, min(first + MAX_WORDS, count)):
            if touched is None or any(touched[first:last + 1]):
                yield first, last


@word_wise()
def _special(text: ListingText) -> frozenset[str]:
    """Which of the markup, upside-down and fancy-letter views the listing needs (its gate's token kind)."""
    original = text.original
    kinds = set()
    if "&" in original or "<" in original:
        kinds.add("markup")
    if not text.is_ascii:
        chars = set(original)
        if not _flipped_letters().isdisjoint(chars):
            kinds.add("flipped")
        if not _fancy().keys().isdisjoint(chars):
            kinds.add("fancy")
        if not _cjk_latin().keys().isdisjoint(chars) and any(
                map(_cjk_latin_candidate, _cjk_latin_word().findall(original))):
            kinds.add("cjk_latin")
        if not _glyph_latin().keys().isdisjoint(chars):
            kinds.add("glyph_latin")
        if not _FAUX.keys().isdisjoint(chars) and any(map(_may_be_faux, _WORD.findall(original))):
            kinds.add("faux")  # a word _faux_words may read (faux_views then weighs the whole listing)
    return frozenset(kinds)


def _may_be_faux(word: str) -> bool:
    """_faux_words' test of one word without the listing's part (its Latin words, the native-word lookup), so that
    the gate token is the same asked of the whole listing or of its pieces between white space (index.DetectorGates)."""
    scripts = {_script(c) for c in word}
    return ("cyrillic_greek" in scripts and "other" not in scripts and any(c in _FAUX for c in word)
            and ("latin" in scripts or (len(word) >= 3 and word.isupper())))


CJK_VIEW = "(view: CJK look-alikes)"
GLYPH_VIEW = "(view: look-alikes of other scripts)"


def yield_to_cjk_lookalikes(by_brand: dict[int, list[Evidence]]) -> None:
    """Drop (in place) another brand's reading of characters one brand reads as look-alikes of its Latin mark's
    letters, and the brand when nothing else names it: K口尺丂 (Kors) is no Chinese 口尺, heard kou chi as Coach's 蔻驰."""
    spans = [(e.field, e.start, e.end, b) for b, found in by_brand.items() for e in found
             if e.rule is Rule.fancy_letters and e.start is not None and (CJK_VIEW in (e.detail or "")
                                                                           or GLYPH_VIEW in (e.detail or ""))]
    if not spans:
        return
    from services.matcher.core.scoring import IDENTITY_RULES

    for b, found in list(by_brand.items()):
        inside = [e for e in found if e.rule in IDENTITY_RULES and e.start is not None and any(
            f == e.field and owner != b and s <= e.start and e.end <= t for f, s, t, owner in spans)]
        if not inside:
            continue
        found[:] = [e for e in found if e not in inside]
        if not any(e.rule in IDENTITY_RULES for e in found):
            del by_brand[b]


def _once(found: list[Evidence]) -> list[Evidence]:
    """One hit per fingerprint and span (two readings of a letter with two looks may find the same mark)."""
    seen: set[tuple] = set()
    out = []
    for e in found:
        key = (e.fingerprint, e.field, e.start, e.end, e.rule)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
