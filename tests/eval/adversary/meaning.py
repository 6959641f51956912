"""The adversary's meaning classes (meaning, 2026-12-03): the brand named by what its Chinese names mean, or by the text
printed on its goods, and the same words where nobody names the brand.

Written from first principles (how a seller who will not write the brand still tells the buyer which one it is; not
from a held-out set):

- cn_name_calque: a Chinese name of the brand (an alias, nickname, line or logo name of Han characters: 三星, 绿水鬼,
  驴牌, 小棕瓶, 宝马, 老花) translated by meaning, piece by piece, the way a seller who types English renders the trade's
  word: each piece given one of its dictionary senses (CC-CEDICT's one-word senses, as the matcher's calques.py reads
  them, plus the everyday senses a translator picks: 小 little, 牌 brand), in title, lower or upper case, the last
  noun sometimes plural, the pieces sometimes turned round an "of" ("Ghost of the Green Water"), in the brand's
  category with a cue or a price far below the floor, in the title or only in the description.
- trap_cn_name_calque: the same translations in their own sense (a three-star hotel, a ghost story, a flower pot's
  old flowers: far from the brand's goods), and among the brand's goods at a shop's price with no cue (a genuine
  serum called "Little Brown Bottle" by its reseller).
- printed_text_quoted: the text printed, engraved or stamped on the goods or their papers (registry `inscriptions`:
  a dial's SUPERLATIVE CHRONOMETER OFFICIALLY CERTIFIED, a caseback's FLIGHT-QUALIFIED BY NASA, a patch's Two Horse
  Brand, a card's controllato, a hallmark's ALE S925), quoted or not, in capitals or not, in a frame of the listing's
  language (English, Spanish, French, German, Italian, Portuguese, Russian, Chinese: "dial reads", "grabado",
  "marqué", "Gravur", "etichetta", "надпись", "刻字"), with a cue or a copy's price far below the floor.
- trap_printed_text: the same inscriptions quoted by a genuine listing at a shop's price with no cue (a pre-owned
  watch's dial described), and the generic marks every maker stamps ("Swiss Made", "Made in Italy", "925", "Au750",
  "100% cotton") quoted among the brand's goods with a cue: they name no maker.
- name_translated (meaning, 2026-12-03, session 20): a registered mark or product line made of dictionary words
  (Seamaster, Submariner, Neverfull, Speedmaster, Day-Date, Sky-Dweller, PlayStation, QuietComfort, Galaxy S24, Air
  Force 1, and the house marks that are everyday words: Apple, Coach, Shell, Mars, Dove) translated by meaning into one
  of fifteen languages, word by word as that language builds it: the head first with its linking article in the
  Romance languages and Indonesian/Vietnamese ("Maestro del Mar", "Maître des Mers", "Penguasa Laut"), glued or with a
  genitive in German and Dutch ("Meeresmeister", "Meister der Meere"), modifier first in the Slavic languages and
  Turkish ("Морской Мастер", "Deniz Ustası"), written together in Chinese, Japanese and Korean (海洋大师, 海の達人,
  바다의 달인); the name's codes and numbers kept (S24, GMT, 1, the 1 sometimes as the language's word); in title,
  upper or lower case, in the title or only in the description, with a counterfeit cue (a copy's price far below the
  floor for a name that is no everyday word). Forms from the matcher's word table (name_meanings.WORDS: the reader's
  mechanics, orders, links, glueing, scripts, are what this class checks; the words' data is the table's).
- trap_name_translated: the same translated words in their everyday sense (a yellow-submarine toy, a sea-master
  novel, an apple pie, a personal trainer, a galaxy poster), and among the brand's goods at a shop's price with no
  cue (a reseller who writes the line in the market's words).
"""

from __future__ import annotations

import re

from services.matcher.core.calques import calques
from services.matcher.core.mark_translations import ROWS as MARK_ROWS
from services.matcher.core.name_meanings import EN_SENSES, LANGUAGES, WORDS
from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, script_of

EVASIONS = {
    "name_translated": "a registered mark or product line made of dictionary words translated by meaning, word by "
                       "word, into one of fifteen languages (Maître des Mers, Meeresmeister, 海洋大师 = Seamaster; "
                       "Sottomarino = Submariner; Nunca Lleno = Neverfull; Pomme = Apple; Entrenador = Coach), with a "
                       "cue or a copy's price far below the floor",
    "cn_name_calque": "a Chinese name of the brand translated by meaning, piece by piece (Three Star, Green Water Ghost, "
                      "Donkey brand, Little Brown Bottle, Treasure Horse, Old Flower), in the brand's category with a "
                      "cue or a price far below the floor",
    "printed_text_quoted": "the text printed on the goods quoted instead of the brand (dial 'SUPERLATIVE CHRONOMETER "
                           "OFFICIALLY CERTIFIED', patch 'Two Horse Brand', card 'controllato', hallmark 'ALE S925'), "
                           "in the brand's category with a cue or a price far below the floor",
}
TRAPS = {
    "trap_name_translated": "a name's translated words in their everyday sense (a yellow-submarine toy, an apple pie, "
                            "a personal trainer, a galaxy poster), or among the brand's goods at a shop's price, no cue",
    "trap_cn_name_calque": "the translation of a brand's Chinese name in its own sense (a three-star hotel, a ghost "
                           "story, an old flower pot), or among the brand's goods at a shop's price with no cue",
    "trap_printed_text": "the text printed on the goods quoted by a genuine listing at a shop's price with no cue, and "
                         "the generic stamps every maker prints (Swiss Made, Made in Italy, 925, Au750) with a cue",
}

# ------------------------------------------------------------------------------------------------ calques

_CALQUES: dict[str, list[tuple[str, tuple[tuple[str, ...], ...], bool]]] = {}


def _han(value: str) -> bool:
    return 2 <= len(value) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in value)


_CALQUED: dict[str, list] = {}  # name -> calques()'s readings of it, for every name in _ASKED
_ASKED: set[str] = set()


def _calques_of(names: list[str]) -> dict[str, list]:
    """calques(names), from one reading of the dictionary for every Han name of the demo brands (calques reads each
    name on its own: a name's readings do not depend on the others asked with it), not one reading a brand (54 reads of
    CC-CEDICT, ~7 s of a draw; issue 16); a name of another registry is read when asked."""
    if not _ASKED:
        from tests.eval.adversary.generate import brand_views
        every = {m.value for v in brand_views() for m in (*v.aliases, *v.marks, *(w for _, w in v.vocabulary), *v.hints)
                 if _han(m.value)}
        _CALQUED.update(calques(sorted(every)))
        _ASKED.update(every)
    if missing := [n for n in names if n not in _ASKED]:
        _CALQUED.update(calques(missing))
        _ASKED.update(missing)
    return {n: _CALQUED[n] for n in names if n in _CALQUED}


def brand_calques(b: BrandView) -> list[tuple[str, tuple[tuple[str, ...], ...], bool]]:
    """(name, its pieces' senses, the name is an everyday word or a nickname) for each Han name of the brand whose
    pieces all have senses and whose translation is no mark of the brand already (加拿大鹅 is "Canada Goose"): its
    nicknames, logo names, lines and riddle hints, and its aliases of two characters or that are everyday words."""
    if b.id not in _CALQUES:
        # an alias of three characters or more is mostly the name written by sound (劳力士, 任天堂): translated it is
        # words nobody writes; the short ones are often chosen for their meaning (宝马, 丰田, 乐高, 三星, 驴牌)
        names = [(m.value, m.everyday) for m in b.aliases + b.marks if _han(m.value) and (len(m.value) == 2 or m.everyday)]
        names += [(m.value, True) for kind in ("nickname", "line", "logo") for m in b.declared(kind) if _han(m.value)]
        names += [(m.value, True) for m in b.hints if _han(m.value)]
        found = _calques_of(sorted({n for n, _ in names}))
        weak = {n for n, e in names if e}
        out = []
        for name, _ in names:
            for senses in found.get(name, ()):
                if " ".join(s[0] for s in senses) in b.everything:
                    continue
                out.append((name, senses, name in weak))
        _CALQUES[b.id] = sorted(set(out))
    return _CALQUES[b.id]


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _sense(r, senses: tuple[str, ...]) -> str:
    """One sense of a piece: the dictionary's first ones most often, as a translator picks them."""
    weights = [6, 3, 2] + [1] * max(0, len(senses) - 3)
    return r.choices(senses, weights=weights[:len(senses)])[0]


def calque_phrase(r, senses: tuple[tuple[str, ...], ...]) -> str:
    words = [_sense(r, piece) for piece in senses]
    if r.random() < 0.2 and words[-1] not in ("brand",):
        words[-1] = _plural(words[-1])
    if len(words) >= 2 and r.random() < 0.15:
        words = [words[-1], "of", "the", *words[:-1]]  # "Ghost of the Green Water"
    phrase = " ".join(words)
    style = r.random()
    return phrase.title() if style < 0.6 else phrase.upper() if style < 0.75 else phrase


def make_cn_name_calque(b: BrandView, s: Scene) -> Draft | None:
    options = brand_calques(b)
    if not options:
        return None
    r = s.rng
    name, senses, weak = r.choice(options)
    phrase = calque_phrase(r, senses)
    cat = s.category(with_floor=True)
    product = s.product(cat)
    low = r.random() < 0.5
    cue = s.cue() if not low or r.random() < 0.3 else None
    if r.random() < 0.25:  # only in the description
        desc = f"{phrase} {product}, {cue}." if cue else f"{phrase} {product}."
        return Draft(_cap(product), cat, s.price(cat, low=True if not cue else low), desc)
    title = r.choice([f"{phrase} {product}", f"{_cap(product)} {phrase}", f"{phrase} - {product}",
                      f"{_cap(product)}, {phrase}"])
    if cue:
        title = f"{title}, {cue}" if r.random() < 0.6 else f"{cue} {title}"
    return Draft(title, cat, s.price(cat, low=True if not cue else low), r.choice(context.DESCRIPTIONS))


# the translation in its own sense, far from any brand's goods: (frame, category, USD price)
OWN_SENSE = [
    ("{phrase} - a novel, paperback", "books", 12), ("'{phrase}' poster print, A3", "art", 15),
    ("{phrase} hotel, 2 nights for two", "travel", 180), ("{phrase} garden ornament, resin", "garden decor", 25),
    ("Song sheet music: {phrase}", "sheet music", 6), ("{phrase} tea, loose leaf 100 g", "tea", 9),
    ("{phrase} restaurant gift voucher", "vouchers", 50), ("Kids' picture book: the {phrase}", "books", 8),
    ("{phrase} board game, family edition", "board games pieces", 20), ("{phrase} T-shirt, cotton, unisex", "t-shirts", 14),
]


def make_trap_cn_name_calque(b: BrandView, s: Scene) -> Draft | None:
    options = brand_calques(b)
    if not options:
        return None
    r = s.rng
    name, senses, weak = r.choice(options)
    phrase = calque_phrase(r, senses)
    if r.random() < 0.3:
        # among the brand's goods at a shop's price, no cue: a reseller's own name for the genuine goods
        cat = s.category(with_floor=True)
        product = s.product(cat)
        title = r.choice(["{phrase} {product}, sealed, with receipt", "{product} ({phrase}), boxed, new",
                          "{phrase} {product} - bought in store"]).format(phrase=phrase, product=product)
        return Draft(_cap(title), cat, Scene(b, r).price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, usd = r.choice(OWN_SENSE)
    return Draft(_cap(frame.format(phrase=phrase)), cat, (round(usd * r.uniform(0.8, 1.25), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# ------------------------------------------------------------------------------------------ inscriptions

# where the text is, by the listing's language: {text} the inscription, {product} the goods
WHERE = {
    "en": ["{product}, dial reads '{text}'", "{product} with '{text}' on the caseback", "{product}, patch '{text}'",
           "{product} stamped {text}", "{product} - label says \"{text}\"", "{product}, engraved \"{text}\"",
           "{product}, card reads '{text}'", "'{text}' {product}", "{text} {product}", "{product} printed {text}",
           "{product} marked {text}"],
    "es": ["{product} con '{text}' grabado", "{product}, etiqueta '{text}'", "{product} con la inscripción {text}"],
    "fr": ["{product} marqué « {text} »", "{product}, gravé '{text}'", "{product}, étiquette \"{text}\""],
    "de": ["{product} mit Gravur '{text}'", "{product}, Aufdruck \"{text}\"", "{product} mit Schriftzug {text}"],
    "it": ["{product}, etichetta '{text}'", "{product} con scritta '{text}'", "{product} incisione {text}"],
    "pt": ["{product} com gravação '{text}'", "{product}, etiqueta \"{text}\""],
    "ru": ["{product}, надпись '{text}'", "{product} с гравировкой «{text}»"],
    "zh": ["{product} 刻字“{text}”", "{product} 印有'{text}'", "{product}，标签{text}"],
}
CUES = {"en": ["replica", "1:1", "clone", "super copy", "rep", "AAA quality", "mirror quality", "high copy", "UA"],
        "es": ["réplica", "copia AAA", "imitación"], "fr": ["réplique", "copie", "imitation"],
        "de": ["Replik", "Kopie", "Nachbau"], "it": ["replica", "copia", "imitazione"], "pt": ["réplica", "cópia"],
        "ru": ["реплика", "копия"], "zh": ["高仿", "复刻", "1比1", "A货"]}


def brand_inscriptions(b: BrandView) -> list[str]:
    """The brand's inscriptions that hold none of its marks (a quote naming the brand is the mark's class)."""
    out = []
    for m in b.declared("inscription"):
        text = m.value.casefold()
        if any(len(mark) > 2 and mark in text for mark in b.everything):
            continue
        out.append(m.value)
    return out


def _styled(r, text: str) -> str:
    if script_of(text) != "latin":
        return text
    style = r.random()
    return text.upper() if style < 0.45 else text if style < 0.8 else text.title() if style < 0.9 else text.lower()


def make_printed_text_quoted(b: BrandView, s: Scene) -> Draft | None:
    options = brand_inscriptions(b)
    if not options:
        return None
    r = s.rng
    text = _styled(r, r.choice(options))
    lang = r.choice(["en"] * 5 + ["es", "fr", "de", "it", "pt", "ru", "zh"])
    cat = s.category(with_floor=True)
    product = s.product_zh(cat) if lang == "zh" else s.product(cat)
    named = _cap(r.choice(WHERE[lang]).format(text=text, product=product))
    low = r.random() < 0.4
    cue = r.choice(CUES[lang]) if not low or r.random() < 0.3 else None
    title = f"{named}, {cue}" if cue else named
    return Draft(title, cat, s.price(cat, low=True if not cue else low), r.choice(context.DESCRIPTIONS))


GENERIC_STAMPS = ["Swiss Made", "Made in Italy", "925", "S925", "Au750", "18K", "100% cotton", "Made in France",
                  "Genuine Leather", "Stainless Steel", "Water Resistant 100M", "Automatic", "Sterling Silver",
                  "Made in Japan", "Hand Wash Only", "CE", "Quartz", "Limited Edition"]


def make_trap_printed_text(b: BrandView, s: Scene) -> Draft | None:
    options = brand_inscriptions(b)
    if not options:
        return None
    r = s.rng
    cat = s.category(with_floor=True)
    product = s.product(cat)
    if r.random() < 0.5:
        # a genuine listing describing its goods' printed text at a shop's price, no cue
        text = _styled(r, r.choice(options))
        named = _cap(r.choice(WHERE["en"]).format(text=text, product=product))
        extra = r.choice(["box and papers", "pre-owned, excellent condition", "with receipt", "bought in store",
                          "full set", "sealed"])
        return Draft(f"{named}, {extra}", cat, Scene(b, r).price(cat), r.choice(context.DESCRIPTIONS))
    stamp = r.choice(GENERIC_STAMPS)
    named = _cap(r.choice(WHERE["en"]).format(text=stamp, product=product))
    return Draft(f"{named}, {r.choice(CUES['en'])}", cat, s.price(cat, low=r.random() < 0.5),
                 r.choice(context.DESCRIPTIONS))


# ------------------------------------------------------------------------------------------ names by meaning

# how a language builds a name of two words or more (English order: modifier, then head): "head" puts the head first
# with a linking word ("Maestro del Mar"), "glue" joins them (Meeresmeister) or puts the head first with a genitive,
# "modifier" keeps the English order ("Морской Мастер"), "cjk" writes them together (海洋大师)
ORDER = {"es": "head", "pt": "head", "fr": "head", "it": "head", "id": "head", "vi": "head", "de": "glue", "nl": "glue",
         "pl": "modifier", "ru": "modifier", "uk": "modifier", "tr": "modifier", "zh": "cjk", "ja": "cjk", "ko": "cjk"}
LINKS = {"es": ["de", "del", "de la", "de los"], "pt": ["de", "do", "da", "dos"], "fr": ["de", "du", "des", "de la"],
         "it": ["di", "del", "della", "dei"], "id": [""], "vi": [""], "de": ["der", "des"], "nl": ["van de", "van"]}
CJK_LINKS = {"zh": ["", "", "的", "之"], "ja": ["", "の"], "ko": ["", "의", " "]}
# cues a seller of each market writes (those the matcher's cue lexicon holds: context.CUES and the calque cues above)
# ("1:1" and "AAA" claim a copy's grade, not a copy: with a name that is an everyday word they do not count, so a
# listing of such a name carries one of the others)
NAME_CUES = {"es": ["réplica", "copia", "imitación", "1:1"], "pt": ["réplica", "cópia", "1:1"],
             "fr": ["réplique", "copie", "imitation"], "it": ["replica", "copia", "1:1"],
             "de": ["Replik", "Kopie", "1:1"], "nl": ["replica", "kopie", "1:1"], "pl": ["replika", "kopia", "1:1"],
             "ru": ["реплика", "копия", "1:1"], "uk": ["репліка", "копія", "1:1"], "tr": ["replika", "çakma", "1:1"],
             "id": ["replika", "KW super", "1:1"], "vi": ["replica", "hàng fake", "hàng nhái"], "zh": ["高仿", "复刻", "1比1"],
             "ja": ["コピー品", "スーパーコピー"], "ko": ["레플리카", "짝퉁"]}
_NUMBERS = ("1", "2", "3")


def name_pieces(value: str) -> tuple[str, ...] | None:
    """A registered name's pieces (words of name_meanings.WORDS, a glued compound cut in two, codes kept as '=S24'),
    or None: the same cut as the matcher's, written again here from the name."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)
    out: list[str] = []
    for raw in re.findall(r"[A-Za-z0-9]+", spaced):
        t = raw.lower()
        if t in ("the", "of", "a", "an", "my", "bag", "new"):
            continue
        sense = EN_SENSES.get(t, t)
        if sense in WORDS:
            out.append(sense)
        elif len(t) >= 2 and (any(c.isdigit() for c in t) or (raw.isupper() and len(raw) <= 4)):
            out.append("=" + raw)
        else:
            cut = next(((EN_SENSES.get(t[:k], t[:k]), EN_SENSES.get(t[k:], t[k:])) for k in range(3, len(t) - 2)
                        if EN_SENSES.get(t[:k], t[:k]) in WORDS and EN_SENSES.get(t[k:], t[k:]) in WORDS), None)
            if cut is None:
                return None
            out.extend(cut)
    words = [p for p in out if not p.startswith("=")]
    if not words or len(set(out)) != len(out):
        return None
    return tuple(out)


_NAMES: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}


def brand_names_by_meaning(b: BrandView) -> list[tuple[str, tuple[str, ...], bool]]:
    """(name, pieces, a one-word everyday name) of the brand's marks and product lines made of table words; an
    everyday phrase of two words or more (Jet Set, Milky Way) is left out (its words say nothing)."""
    if b.id not in _NAMES:
        out = []
        seen = set()
        marks_words = {w for row in MARK_ROWS for w in row[0].split("/")}
        lines = b.declared("line")
        for m in sorted(b.latin_marks + lines, key=lambda m: m.everyday):
            if not m.value.isascii():
                continue
            pieces = name_pieces(m.value)
            if pieces is None or pieces in seen:
                continue
            words = [p for p in pieces if not p.startswith("=") and p not in _NUMBERS]
            if m.everyday and len(words) > 1:
                continue
            if len(words) > 1 and b.name.lower() in words:
                continue  # the brand's everyday name and more words (Coach New York): the name alone is the class's
            if (m not in lines and len(words) > 1 and all(p in marks_words for p in words)
                    and len(re.findall(r"[A-Za-z0-9]+", m.value)) > 1):
                continue  # a mark of several words of mark_translations (North Face, Gold Wing): buyers.calque_abroad
            seen.add(pieces)
            out.append((m.value, pieces, m.everyday))
        _NAMES[b.id] = out
    return _NAMES[b.id]


def _form(r, piece: str, lang: str) -> str | None:
    if piece.startswith("="):
        return piece[1:]
    if piece in _NUMBERS and r.random() < 0.7:
        return piece
    cell = WORDS[piece][LANGUAGES.index(lang)]
    forms = [f for f in cell.split("/") if f]
    return r.choice(forms[:3]) if forms else None


def translated_phrase(r, pieces: tuple[str, ...]) -> tuple[str, str] | None:
    """(language, the name rendered word by word in it), or None when a word has no form there."""
    langs = [lang for lang in LANGUAGES if all(p.startswith("=") or p in _NUMBERS or WORDS[p][LANGUAGES.index(lang)]
                                                for p in pieces)]
    if not langs:
        return None
    lang = r.choice(langs)
    words = [p for p in pieces if not p.startswith("=") and p not in _NUMBERS]
    kept = [p for p in pieces if p.startswith("=") or p in _NUMBERS]
    forms = [_form(r, p, lang) for p in words]
    tail = [_form(r, p, lang) for p in kept]
    if any(f is None for f in forms) or all(f.casefold() == p for f, p in zip(forms, words)):
        return None  # a word with no form there, or every word the English one (Ultra in most languages)
    order = ORDER[lang]
    if order == "cjk":
        link = r.choice(CJK_LINKS[lang])
        phrase = "".join(f if k == 0 or f.startswith(("之", "的")) else link + f for k, f in enumerate(forms))
        return lang, phrase + ("".join(tail) if tail and r.random() < 0.5 else (" " + " ".join(tail) if tail else ""))
    if len(forms) >= 2 and order == "head":
        link = r.choice(LINKS[lang])
        head, mods = forms[-1], forms[:-1]
        phrase = f"{head} {link} {' '.join(mods)}".replace("  ", " ") if r.random() < 0.7 else " ".join([head, *mods])
    elif len(forms) == 2 and order == "glue" and all(" " not in f for f in forms):
        phrase = (forms[0] + r.choice(["", "s"]) + forms[1].lower() if r.random() < 0.5
                  else f"{forms[1]} {r.choice(LINKS[lang])} {forms[0]}")
    else:
        phrase = " ".join(forms)
    if tail:
        phrase = f"{phrase} {' '.join(tail)}"
    style = r.random()
    phrase = phrase.title() if style < 0.55 else phrase.upper() if style < 0.7 else phrase.capitalize() if style < 0.9 else phrase
    return lang, phrase


def make_name_translated(b: BrandView, s: Scene) -> Draft | None:
    options = brand_names_by_meaning(b)
    if not options:
        return None
    r = s.rng
    for _ in range(6):
        name, pieces, everyday = r.choice(options)
        found = translated_phrase(r, pieces)
        if found:
            break
    else:
        return None
    lang, phrase = found
    cat = s.category(with_floor=True)
    cjk = lang in ("zh", "ja", "ko")
    product = s.product_zh(cat) if cjk else s.product(cat)
    # with a cue, and a copy's price or one far below the floor
    low = r.random() < 0.3
    cue = r.choice([c for c in NAME_CUES[lang] if not (everyday and c in ("1:1", "1比1"))])
    sep = "" if cjk else " "
    if r.random() < 0.2:  # only in the description
        desc = f"{phrase}{sep}{product}, {cue}."
        return Draft(_cap(product), cat, s.price(cat, low=low), desc)
    title = r.choice([f"{phrase}{sep}{product}", f"{_cap(product)}{sep}{phrase}", f"{phrase} - {product}"])
    title = f"{title} {cue}" if r.random() < 0.7 else f"{cue} {title}"
    return Draft(_cap(title), cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


# the words in their everyday sense, far from any brand's goods: (frame, category, USD price)
EVERYDAY_SENSE = [
    ("{phrase} - novela, tapa blanda", "books", 12), ("Póster '{phrase}' A3", "art", 15),
    ("Fiesta infantil {phrase}: globos y guirnaldas", "party supplies", 9), ("Puzzle 1000 pièces {phrase}", "puzzles", 18),
    ("{phrase} Kinderbuch gebunden", "books", 11), ("Disfraz infantil {phrase}", "costumes", 20),
    ("{phrase} - documentário DVD", "dvds", 8), ("Tazza in ceramica {phrase}", "mugs", 10),
    ("Naklejka ścienna {phrase}", "wall stickers", 6), ("{phrase} Wandkalender 2027", "calendars", 14),
    ("Buku cerita {phrase}", "books", 7), ("{phrase} 儿童绘本", "books", 30), ("{phrase} ステッカー", "stickers", 300),
]


def make_trap_name_translated(b: BrandView, s: Scene) -> Draft | None:
    options = brand_names_by_meaning(b)
    if not options:
        return None
    r = s.rng
    for _ in range(6):
        name, pieces, everyday = r.choice(options)
        found = translated_phrase(r, pieces)
        if found:
            break
    else:
        return None
    lang, phrase = found
    if r.random() < 0.4:
        # among the brand's goods at a shop's price, no cue: a reseller writing the line in the market's words
        cat = s.category(with_floor=True)
        cjk = lang in ("zh", "ja", "ko")
        product = s.product_zh(cat) if cjk else s.product(cat)
        title = r.choice(["{phrase} {product}, new, with receipt", "{product} ({phrase}), boxed",
                          "{phrase} {product} - full set"]).format(phrase=phrase, product=product)
        return Draft(_cap(title), cat, Scene(b, r).price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, usd = r.choice(EVERYDAY_SENSE)
    currency = "JPY" if "ステッカー" in frame else "CNY" if "绘本" in frame else "USD"
    return Draft(_cap(frame.format(phrase=phrase)), cat, (round(usd * r.uniform(0.8, 1.25), 2), currency),
                 r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"cn_name_calque": make_cn_name_calque, "printed_text_quoted": make_printed_text_quoted,
                  "name_translated": make_name_translated}
TRAP_MAKERS = {"trap_cn_name_calque": make_trap_cn_name_calque, "trap_printed_text": make_trap_printed_text,
               "trap_name_translated": make_trap_name_translated}
FEW = {"name_translated": 10, "trap_name_translated": 6}
