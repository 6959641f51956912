"""Accessory context: the listing sells something that fits, or imitates, the brand's product.

Four shapes, each found for one mention of the brand:

- a phrase shortly before it: "case for <brand>", "compatible with <brand>", "replacement … for";
- a fitting word right before it: "for <brand>", "fits <brand>"; an accessory noun right before it in the title, the
  "for" dropped ("silicone case AirPods 3", "phone case Galaxy S24 Ultra");
- the brand first, the accessory after: "iPhone 15 Pro Max case, clear silicone cover",
  "Galaxy S24 case leather wallet", "WH-1000XM5 case". The accessory noun must head the same part
  of the title as the mention (no comma, "with", "+" or "(" between them), and only model-like
  words (digits, capitals, "Pro", "Max"), words of the brand's own marks, devices of the brand's
  sectors ("Samsung phone case", "Cartier watch winder"; not "Gucci phone case": Gucci makes no
  phones), the usual case adjectives ("clear", "silicone") and one other word that names no goods
  ("Bose speaker wall mount") may stand between; a noun the brand sells is its product ("Apple
  25W charger" for a brand that sells chargers), and so is a noun followed by goods of the brand
  ("Philips stand blender"); "AirPods Pro case included" is the
  AirPods: an accessory noun followed by "included" is part of the product;
- a suffix glued to it: "Samsung-compatible", "Hasbro-style", "Nike-inspired", "Dyson-type",
  "Rolex-like" (a reference to the brand, not the brand), and the same words of other languages
  right after it ("Bosch-kompatibel", "Rolex style", "Dyson Airwrap dupe", "戴森平替", "Rolex gibi");
- a comparison right before it (term "like: …"): "works like a Dyson", "as quiet as Bose",
  "similar to", "inspired by", "ähnlich wie", "comme une", "как у", "平替" (phrasebook.py). A
  likeness ("-style", "-inspired", "-type", "-like", a comparison) next to a counterfeit cue
  ("Rolex-style watch 1:1 replica", "like Rolex, AAA replica") is a copy, and is not lowered (judge.py).

Every language of phrasebook.py takes part: "Funda para iPhone", "Hülle für Samsung", "Чехол для
Samsung", "iPhone 15 対応 ケース", "Galaxy S24 Hülle", "iPhone 15 için kılıf".

The title says what is sold: when the title names the brand, only its mentions count
("Compatible with all genuine Canon accessories" in the description does not make the camera of
the title an accessory). Word lists: MatcherConfig (accessory_phrases, accessory_adjacent,
accessory_nouns); the words allowed between a mention and its accessory noun are below.
"""

from __future__ import annotations

import re
from schemas import Rule
from services.matcher.core.config import DEFAULT_ACCESSORY_NOUNS, MatcherConfig
from services.matcher.core.context import phrasebook
from services.matcher.core.context.platforms import ends_with_platform
from services.matcher.core.context.lexicon import Found, Lexicon
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence
from services.matcher.core.alternation import longest_first

# Words that may stand between a mention and the accessory noun it is named after.
BETWEEN = frozenset(
    "pro max plus mini ultra lite air se fe gen generation series edition inch in mm cm new latest model version "
    "clear transparent crystal silicone silicon leather pu tpu hard soft slim thin rugged shockproof protective "
    "magnetic magsafe wallet flip folio kickstand cute glitter matte glossy black white red blue pink green grey gray "
    "purple gold silver rose carbon fiber fibre metal aluminum aluminium replacement travel carrying charging "
    "wireless fast usb universal waterproof armor armour heavy duty anti scratch full body tempered glass privacy "
    "screen soft-touch premium luxury genuine real original official".split()) | frozenset(
    "第世代型年版号號款寸")  # Japanese and Chinese generation and size words, one character a word ("第2世代", "2023年")
# After an accessory noun: the noun comes with the product ("case included"), it is not what is sold.
INCLUDED = frozenset("included incl inclusive bundled bundle inside free gift".split())
# (reader50, issue 9) what a "buy X, get Y free" offer says right before the goods it gives: get, получи, 送 / 赠, llévate,
# recibe, reçois, erhalte, ganhe, ricevi, 구매 시 / 사면 ("on buying"), 購入で / 買うと, alana (Turkish "to who buys");
# the goods it gives are the gift, not what the cheap item bought (a phone case, чехол, 手机壳) fits
LURE_GIFT = re.compile(r"(?<![^\W\d_])(?:get|gets|получи|получите|получаешь|отримай|llévate|llevate|recibe|reçois|recevez|"
                       r"erhalte|erhältst|ganhe|leve|ricevi|alana)(?![^\W\d_])|送|赠|贈|구매\s?시|구매하면|사면|購入で|買うと")
LURE_REACH, LURE_GAP = 60, 14  # characters looked back from the mention; at most this many between the verb and it
# Where one part of a title ends: the accessory noun must be in the mention's part.
_PART_END = re.compile(r"[,;|()\[\]+&/]|\s[-–—]\s|(?<![a-z0-9])(?:with|w|and|plus|includes|including|incl)(?![a-z0-9])")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[^\sA-Za-z0-9]")
# "style of" glued right after a name written in Chinese, Japanese or Korean (구찌st, 구찌풍, 卡地亚款, ロレックス系,
# カルティエ調): the East Asian shops' hedge, a likeness frame like "-style" (with the logo said to be on the goods a copy:
# judge.py); not 款式, 系列 ("series"), 调色 ("toning"); ライク glued to katakana is one word with the name, not read
GLUED_STYLE = ("st", "풍", "款", "系", "調", "调")
_GLUED_STYLE = re.compile(r"^(款|系|調|调|풍|st)(?![a-z]|(?<=款)式|(?<=系)列|(?<=[调調])[色节節音])", re.I)
_WIDE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# "Samsung-compatible", "Hasbro-style", "Nike-inspired", "Dyson-type", "Rolex-like"
LIKENESS = ("style", "styled", "inspired", "type", "like", "alike", "lookalike", "look-alike", "esque", "imitation",
            *phrasebook.LIKENESS_AFTER, "风", "風", *GLUED_STYLE)  # 风/風 ("Nike风") not before 衣: 风衣 is a trench coat
FITTING = ("compatible", "friendly", "based", "kompatibel", "compatibile", "compatível", "compatibel", "uyumlu",
           "совместимый", "совместимые",
           # (honest26) "Nintendo licensed", "PlayStation-licensed": made under the brand's licence by another maker
           "licensed", "licenced")
_SUFFIX = re.compile(
    rf"^[ \-–—_'\"’”»」』]*({'|'.join(re.escape(w) for w in sorted(set(LIKENESS + FITTING) - set('风風') - set(GLUED_STYLE), key=longest_first))}|[风風](?!衣))"
    # not "like new", "type-c", nor the Vietnamese trade's "like auth(entic)", a copy's grade (config: a copy cue); nor
    # "like (the) original / real / genuine / ori": the goods said to be like the genuine one, a copy's claim about the
    # brand's own goods ("Rolex Submariner like original"), no "Submariner-like" homage (evade36, outsider34); nor
    # "imitation part / product / item": the goods named before it said to be an imitation ("BMW oil filter 11428575211 –
    # imitation part"), a copy word, not a likeness of them (dodge39)
    r"(?:(?<=[\u3000-\uffff])|(?![^\W_]))(?![ \-]*(?:new|brand new|c|auth|authentic|au"
    r"|(?:the |an? )?(?:original|originals|orig|ori|real|genuine|oem)(?: one)?)(?![^\W_]))"
    r"(?<!imitation(?= (?:spare )?(?:parts?|products?|items?|goods|version|units?|pieces?)(?![^\W_])))")
# (private56) a likeness word that heads the noun phrase before it: up to LIKENESS_HEAD_WORDS words of the mention's title
# part between ("Bose QuietComfort Ultra headphones muadili"), none of them a part's cut or a copy's logo word
_HEAD_SUFFIX = re.compile(
    rf"^(?:[ '’]+(?![-–—](?:\s|$))[^\s,;:|()\[\]/+&]+){{1,{phrasebook.LIKENESS_HEAD_WORDS}}}?[ ]+"
    rf"({'|'.join(re.escape(w) for w in sorted(phrasebook.LIKENESS_HEAD_AFTER, key=longest_first))})(?![^\W_])")
# Between a comparison and the brand: articles ("works like a Dyson", "comme une Rolex", "wie ein").
_ARTICLES = frozenset("a an the un une uno una el la le les los las il lo ein eine einen einer der die das de een "
                      "o os as do da".split())
MAX_BETWEEN = 6
_AFTERMARKET_AFTER = frozenset(phrasebook.AFTERMARKET_AFTER)
_INGREDIENTS = frozenset(phrasebook.terms(phrasebook.INGREDIENT_BEFORE))
_TOOLS = frozenset(phrasebook.terms(phrasebook.TOOL_BEFORE))
_AFTER_WORD = re.compile(r"[^\s,;:.]+")
_POSTPOSITIONS = frozenset(phrasebook.terms(phrasebook.POSTPOSITIONS))  # "対応", "用", "için": the fitting word itself
_HAN = re.compile(r"[\u3400-\u9fff]")
# "à la" before a logo described in words is "with the" ("montre à la couronne", the watch with the crown: its own
# logo), not "in the manner of" as before a brand ("à la Rolex")
_WITH_THE = frozenset({"like: à la", "like: a la"})
# "style" or "type" right before a model number labels it ("Style 443497", "style DD1391-100": the style number resellers
# and sneaker platforms print; "Type HD08"), no comparison with it (context/numbers.py)
_NUMBER_LABELS = frozenset({"like: style", "like: type"})
# Korean words that end in 용 (用 "use") and are no "made for": Sino-Korean compounds of one syllable + 用 (공용 "shared",
# so 남녀공용 "unisex"; 착용 "worn", as in 1회 착용; 사용 "used", 겸용 "dual use", 복용 "taken" ...; Standard Korean
# Language Dictionary). After any other syllable, 용 glued to a noun is the suffix "for" (아이폰용, 프로용).
_KOREAN_YONG_WORDS = frozenset("공겸사착활이내비효실무유신허적응작채복애상범혼다식군")
# a Chinese likeness after the product the brand is named with: "戴森吹风机平替" (the Dyson hair dryer's affordable
# alternative), "雅诗兰黛小棕瓶平替"
_WIDE_LIKENESS_NEAR = re.compile(r"^[\u3400-\u9fff]{1,6}?(平替|平价替代|平價替代|替代品)")
# 专用 before a noun of its own is "dedicated", that noun's adjective ("补差价专用链接": the link dedicated to paying a
# difference; "专用通道", "专拍"), no "for <brand>": only 专用 right before the brand, or apart from the next word, says
# what the goods fit ("专用 iPhone 充电线"); after the brand it is the postposition (phrasebook.POSTPOSITIONS)
_DEDICATED = frozenset({"专用", "專用"})
# what a "dedicated" 专用 heads when it is the listing's own mechanics, not goods: its link or its "buy here" slot ("<brand>
# 专用链接", "专拍"); the goods named before it are what the link sells, no accessory's fit
_LISTING_ITSELF = re.compile(r"\s?(?:链接|鏈接|連結|连结|拍|通道|页面|頁面)")
# config.DEFAULT_ACCESSORY_NOUNS's own English (and Chinese) nouns, before the other languages' it joins at its end
_ENGLISH_NOUNS = frozenset(n for n in DEFAULT_ACCESSORY_NOUNS[:len(DEFAULT_ACCESSORY_NOUNS) - len(phrasebook.accessory_nouns())]
                           if n.isascii())
_BUNDLED_BEFORE = frozenset("with w/ w and plus + incl includes including".split())
RIGHT_BEFORE = "an accessory named right before the product it fits"  # judge.py: not beside a copy cue
NAMED_AFTER = "an accessory named after the product it fits"  # judge.py: not beside a copy word (issue 9)
# "case of 24", "cases of 12": a trade case's count after the noun (quantity.py reads it), no case that fits the goods
_PACK_OF = re.compile(r"\s+of\s+\d", re.I)
# (genuine36) the spare-part nouns (phrasebook.SPARE_NOUNS and the part nouns naming a part) that may follow the product
# after a dash or colon ("Galaxy S24 – OEM spare", "Sonicare DiamondClean: Ersatzteil"): the title's next part says what
# is sold
_SPARES = frozenset(t.casefold() for t in phrasebook.SPARE_NOUNS + [
    "spare part", "spare parts", "replacement part", "ersatzteil", "repuesto", "ricambio", "запчасть"])
_DASH_GAP = re.compile(r"\s+[-–—&]\s+|:\s+")  # and a product's own "&" ("shaver wet & dry – OEM spare")
# (market35, issue 9) fitting words that are also a model name's word after the product ("Galaxy Buds2 Pro",
# "iPhone 15 Pro"): Czech "pro" ("for", phrasebook), read as such only when no mention of the brand ends right before it
_MODEL_WORD_FITTINGS = frozenset({"pro"})
_MODEL_WORD_GAP = re.compile(r"\s*(?:[0-9A-Za-z]{1,3}\s+)?")
MAX_UNKNOWN = 1  # words between a mention and its accessory noun that are none of the above ("wall mount")


# "Showing results for", "Search results for", "resultados para", "résultats pour", "Ergebnisse für": a search page's
# words pasted into a title (outsider26's c_did_you_mean26), after which the brand is what was searched, not what fits
_SEARCH_RESULTS = re.compile(r"(?i)(?:results?|searches|searched|resultados|r[ée]sultats|ergebnisse|risultati|resultaten"
                             r"|wyniki)\s*$")

# A "for" that fits nothing (issue 9, names32): the brand after it is what a message or a list is about, not a product
# the goods fit. An SMS or chat call to action with a keyword and a short code or number ("Text APPLEREP to 886455 for
# Apple iPhone", "SMS GUCCI1 to 55123 for", "Envie PANDO para 405621", "Envoyez ROLEX au 81234 pour", "Schick NIKE an
# 44844 für", "Отправь ROLEX на 7755 для", "WhatsApp +86 138… for"), a numbered menu's choice ("Reply 1 for", "press 2
# for", "option 3 for", "responde 1 para") and a catalogue's or a price list's own noun ("1:1 catalogue for Gucci",
# "price list for Rolex", "lista de precios para", "Katalog für"): the usual short-code marketing of a copy seller (and
# of an honest shop, whose price or wording then decides as for any listing naming the brand). The rest of the
# listing decides, as for any mention; a case "for iPhone" after such a message still has its noun ("case for").
_SEND = (r"(?:text|txt|sms|send|reply|msg|message|whatsapp|wa|dm|telegram|wechat|viber|envie|envía|envia|manda|mande|"
         r"env[ií]a(?:nos)?|envoyez|envoie|envoyer|schick|schicke|schicken|sende|senden|simse|отправь|отправьте|"
         r"пришли|пришлите|напиши|напишите|смс|wyślij|wyslij|gönder|kirim|invia|scrivi|stuur|发送|发|回复|短信|發送|回覆)")
_CALL_TO_ACTION = re.compile(
    rf"(?i)(?:(?<![^\W_]){_SEND}(?![^\W_])[^\n.!?]{{0,48}}?(?<![\d+])\+?\d[\d \-]{{2,16}}\d"
    r"|(?<![^\W_])(?:reply|press|dial|option|choose|select|text|send|sms|responde|responda|r[ée]pondez|tapez|antworte|"
    r"dr[üu]cke|ответь|нажми|回复)\s*#?\d{1,2}"
    r"|(?<![^\W_])(?:catalog(?:ue)?s?|cat[aá]logo?s?|katalog(?:e|u)?|price\s*lists?|pricelists?|lista\s+de\s+precios|"
    r"tabela\s+de\s+pre[cç]os|liste\s+de\s+prix|preisliste|прайс(?:-лист)?|каталог|lookbook|stock\s*list))\s*$")
# "Fit" after a cut's word is the garment's cut ("501 Original Fit", "Slim Fit", "Relaxed Fit 00501-0115"), and glued
# after a hyphen a fabric's name (Dri-FIT): no "fits" of the product named after it
_CUT_FIT = re.compile(r"(?i)(?:(?<![^\W_])(?:original|slim|regular|relaxed|straight|skinny|loose|athletic|tapered|classic|"
                      r"modern|tailored|comfort|custom|wide|standard|true|boot|easy|baggy|oversized?|muscle|super|extra|"
                      r"carrot|mom|dad|boyfriend|girlfriend|straight-leg|tight)|[^\W_]-)\s?$")


def fits_nothing(original: str, start: int, term: str) -> bool:
    """Whether the fitting word `term` at `start` of the listing's text fits nothing: a message's call to action, a
    numbered choice or a list's own noun before it (_CALL_TO_ACTION), or a garment's cut before "fit" (_CUT_FIT)."""
    line = original.rfind("\n", 0, start) + 1
    head = original[max(line, start - 80):start]
    if term.casefold() == "fit":
        return _CUT_FIT.search(head) is not None
    return _CALL_TO_ACTION.search(head) is not None


class AccessoryContext:
    """The accessory lexicons of one configuration (built once per index)."""

    def __init__(self, config: MatcherConfig) -> None:
        self.window = config.accessory_window
        self.phrases = Lexicon(config.accessory_phrases)
        self.nouns = Lexicon(config.accessory_nouns)
        self.adjacent = Lexicon(config.accessory_adjacent)
        self.comparisons = Lexicon(config.comparison_phrases)
        # "for" words that name what a noun fits ("na", "do", "для", "kwa"): "<noun> … <for> <brand>" found from the
        # noun and the word right before the brand, where a phrase's gap would run past the brand ("Pouzdro na AirPods
        # Pro" is no "pouzdro … pro")
        self.fitting_words = Lexicon(phrasebook.terms(phrasebook.FOR_AFTER_NOUN) + phrasebook.terms(
            {k: v for k, v in phrasebook.FOR.items() if k != "zh"}))

        self._noun_words = frozenset(w for n in config.accessory_nouns for w in n.split())

    def scan(self, text: ListingText) -> "AccessoryScan":
        return AccessoryScan(self, text)

    def is_noun(self, word: str) -> bool:
        return word in self._noun_words


class BrandWords:
    """What one brand's words are, for telling its accessories from its products (judge.py fills it in)."""

    def sells(self, noun: str) -> bool:
        """The noun names one of the brand's categories ("charger" for a brand that sells chargers)."""
        return False

    def is_own(self, word: str) -> bool:
        """The word names goods of the brand's sectors ("phone" for Samsung, "watch" for Cartier; not
        "phone" for Gucci)."""
        return False

    def is_product(self, word: str) -> bool:
        """The word names goods of any sector ("blender" in "stand blender")."""
        return False


class AccessoryScan:
    """One listing's accessory words, found once and asked per brand."""

    def __init__(self, context: AccessoryContext, text: ListingText) -> None:
        self.context = context
        self.text = text
        self.phrases = context.phrases.find(text)
        self.adjacent = context.adjacent.find(text)
        self.comparisons = context.comparisons.find(text)
        self._nouns: list[Found] | None = None
        self._fitting: list[Found] | None = None

    @property
    def nouns(self) -> list[Found]:
        if self._nouns is None:
            self._nouns = self.context.nouns.find(self.text)
        return self._nouns

    def find(self, evidence: list[Evidence], words: "BrandWords | None" = None) -> Evidence | None:
        """The accessory context of one brand's identity evidence, else None (`words`: see BrandWords)."""
        words = words or BrandWords()
        text = self.text
        offset = len(text.title) + 1
        field = "title" if any(e.field == "title" and e.start is not None for e in evidence) else "description"
        spans = [(e.start, e.end) for e in evidence if e.field == field and e.start is not None]
        # a sound-alike that needs corroboration is no mention of its own beside the brand's name written plainly: the
        # case noun before "फ्री" (read 'phri', an Airfryer by sound) in "Philips toothbrush first copy, कवर फ्री" fits
        # nothing of the brand's
        plain = any(e.field == field and e.start is not None and not e.needs_corroboration for e in evidence)
        # a riddle's or a rhyme's own words ("la marque à la pomme": "à la" is "with the"; "merk dat rijmt op 'Bolex'":
        # "op" is "on") are no frame of the words inside it
        riddles = [(e.start, e.end) for e in evidence if e.rule in (Rule.riddle, Rule.clue) and e.field == field
                   and e.start is not None]
        if any(e.start is not None and self._lure_gift(e.start + (offset if e.field == "description" else 0))
               for e in evidence if e.field == field):
            return None  # (reader50) "Купи чехол и получи Rolex в подарок", "拍手机壳送Nike": the brand's goods are the gift
        for e in evidence:
            if e.start is None or e.field != field or e.end is None or plain and e.needs_corroboration and e.rule in (
                    Rule.phonetic, Rule.transliteration):  # a product line ("Tabby 26 dupe") is no sound-alike
                continue
            if riddles and e.rule not in (Rule.riddle, Rule.clue) and any(s <= e.start and e.end <= t for s, t in riddles):
                continue
            if e.rule is Rule.identifier:
                # a register's code ("oil filter for WBA VINs", "cartridge for the ⊕⊖ console") is read only with a cue
                # that claims a copy (detectors/identifiers.py): its "for" is the code's frame, not an accessory's fit
                continue
            start = e.start + (offset if e.field == "description" else 0)
            end = e.end + (offset if e.field == "description" else 0)
            if (comparison := self._comparison(start)) is not None and not (
                    e.vocabulary == "logo" and comparison.term in _WITH_THE) and not (
                    e.rule in (Rule.model, Rule.spelt_model) and comparison.term in _NUMBER_LABELS):
                return comparison  # "dupe for <brand>", "alternative to": a likeness, before the "for" it ends with
            right_before = [p for p in self.adjacent if p.end <= start and not text.original[p.end:start].strip()]
            shift = offset if field == "description" else 0
            for p in self.phrases + right_before:
                if any(s + shift <= p.start and p.end <= t + shift for s, t in spans):
                    continue  # a word of the brand's own name read ("16 Pro Desert Titanium": Czech "pro" is "for")
                if p.term in _MODEL_WORD_FITTINGS and any(
                        t + shift <= p.start and _MODEL_WORD_GAP.fullmatch(text.original, t + shift, p.start)
                        for _, t in spans):
                    continue  # (market35) "Galaxy Buds2 Pro SM-R510", "iPhone 15 Pro": the name's "Pro" after a
                    # mention of the brand (a digit or a short model word between at most), not Czech "for" the model after it
                if _SEARCH_RESULTS.search(text.original, max(0, p.start - 24), p.start):
                    continue  # a search engine's leftover ("Showing results for swarovski"): no fit (lore29)
                if p in right_before and fits_nothing(text.original, p.start, p.term):
                    continue  # "Text APPLEREP to 886455 for Apple", "Reply 1 for", "Original Fit 00501": no fit (names32)
                if p.term in _DEDICATED and p.end < start and (_HAN.match(text.original, p.end) or p.start and _HAN.match(
                        text.original, p.start - 1)):
                    continue  # "专用链接 <brand>", "差价专用 <brand>": dedicated to its own noun, the brand is no fit of it
                if p.end <= start and start - p.end <= self.context.window:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(p.start, p.end), term=p.term,
                                    detail="the listing says what it fits: an accessory, not the brand's product")
            if (fitted := self._noun_then_fitting(start)) is not None:
                return fitted
            if e.field == "title" and (before := self._noun_right_before(start, words)) is not None:
                return before
            if (suffix := self.suffix(end)) is not None:
                return suffix
            if e.rule is Rule.model and (after := self._aftermarket_after(end)) is not None:
                return after
            if (noun := self._noun_after(end, spans, offset if e.field == "description" else 0, words)) is not None:
                return Evidence(Rule.accessory, 0.0, None, *text.locate(noun.start, noun.end), term=noun.term,
                                detail=NAMED_AFTER)
        return None

    def _lure_gift(self, start: int) -> bool:
        """Whether the mention at original offset `start` is what a "buy X, get Y free" offer gives (LURE_GIFT right
        before it, at most LURE_GAP characters and no fitting word between): the accessory bought is the lure's cheap
        item, it fits nothing of the brand's."""
        before = self.text.original[max(0, start - LURE_REACH):start].casefold()
        m = None
        for m in LURE_GIFT.finditer(before):
            pass
        if m is None or len(before) - m.end() > LURE_GAP:
            return False
        at = start - (len(before) - m.end())
        return not any(at <= p.start < start for p in self.phrases + self.adjacent)

    def _noun_then_fitting(self, start: int) -> Evidence | None:
        """An accessory noun, then within the accessory window a "for" word right before the mention that starts at
        original offset `start` ("Pouzdro na AirPods Pro 2", "Kava ya simu kwa Samsung"), else None."""
        text = self.text
        if self._fitting is None:
            self._fitting = self.context.fitting_words.find(text)
        for f in self._fitting:
            if f.end > start or text.original[f.end:start].strip():
                continue
            for noun in self.nouns:
                if noun.end <= f.start and f.start - noun.end <= self.context.window:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(noun.start, f.end), term=f"{noun.term} … {f.term}",
                                    detail="the listing says what it fits: an accessory, not the brand's product")
        return None

    def _noun_right_before(self, start: int, brand: "BrandWords") -> Evidence | None:
        """An accessory noun right before the title's mention that starts at original offset `start`, a space between
        and no "for" ("Nike swoosh silicone case AirPods 3", "crossbody phone case Galaxy S24 Ultra": the case is the
        device's accessory; marketplaces' titles drop the "for"), else None; not a noun the brand sells ("Charger
        Samsung 25W" for a brand that sells chargers) nor one inside a longer word."""
        text = self.text
        for noun in self.nouns:
            if noun.end > start or text.original[noun.end:start] != " " or brand.sells(noun.term) or noun.term not in _ENGLISH_NOUNS:
                continue
            if noun.start > 0 and text.original[noun.start - 1].isalnum():
                continue
            head = text.original[max(0, noun.start - 40):noun.start].lower().split(",")[-1].split()
            if not set(head[-2:]).isdisjoint(_BUNDLED_BEFORE):
                continue  # "collector figure with stand Hasbro": a bundle's part, not the goods
            return Evidence(Rule.accessory, 0.0, None, *text.locate(noun.start, noun.end), term=noun.term,
                            detail=RIGHT_BEFORE)
        return None

    def suffix(self, end: int) -> Evidence | None:
        """"-compatible", "-style" ... glued to a mention that ends at original offset `end` (judge.py reads it after a
        mark on the goods: "Burberry Check-compatible display stand")."""
        text = self.text
        tail = text.original[end:end + 24]
        m = _SUFFIX.match(tail.lower()) or _WIDE_LIKENESS_NEAR.match(tail) or (
            _GLUED_STYLE.match(tail) if end and _WIDE.match(text.original[end - 1]) else None) or (
            _HEAD_SUFFIX.match(text.original[end:end + 60].split("\n", 1)[0].lower()) if end <= len(text.title) else None)
        if m is None:
            return None
        start, stop = end + m.start(1), end + m.end(1)
        word = m.group(1).lower()
        kind = "made to fit" if word in FITTING else "a look-alike"
        return Evidence(Rule.accessory, 0.0, None, *text.locate(start, stop), term=f"-{word}",
                        detail=f"'{text.original[start:stop]}' after the brand: {kind}, a reference to the brand, not its product")

    def _aftermarket_after(self, end: int) -> Evidence | None:
        """A third party's word within three words after a model number, in the same part of the title
        ("15400-PLM-A02 equivalent oil filter", "PG-545 XL remanufactured ink": phrasebook.AFTERMARKET_AFTER)."""
        text = self.text
        tail = text.original[end:end + 60].split("\n", 1)[0]  # within the mention's field
        cut = _PART_END.search(tail.lower())
        words = _AFTER_WORD.findall((tail[:cut.start()] if cut else tail).lower())[:4]
        for n, w in enumerate(words):
            if w in _AFTERMARKET_AFTER:
                start = text.original.lower().index(w, end)
                return Evidence(Rule.accessory, 0.0, None, *text.locate(start, start + len(w)), term=f"after: {w}",
                                detail=f"'{w}' after the part number: a third party's part citing the number it "
                                       "stands in for, not the brand's product")
        return None

    def _comparison(self, start: int) -> Evidence | None:
        """A comparison ending right before a mention that starts at original offset `start` ("similar to",
        "works like a", "ähnlich wie", "平替"): only articles between them."""
        text = self.text
        for p in self.comparisons:
            if p.end > start or start - p.end > 12:
                continue
            between = text.original[p.end:start].lower().replace(",", " ").split()
            if all(w in _ARTICLES for w in between):
                if p.term in _TOOLS and p.term not in _INGREDIENTS:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(p.start, p.end), term=f"tool: {p.term}",
                                    detail=f"'{text.original[p.start:p.end]}' before the brand: what is sold was made "
                                           "or done with the brand's product, not the brand's product")
                if p.term in _INGREDIENTS:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(p.start, p.end), term=f"ingredient: {p.term}",
                                    detail=f"'{text.original[p.start:p.end]}' before the brand: made with the brand's "
                                           "product as an ingredient, not the brand's product")
                return Evidence(Rule.accessory, 0.0, None, *text.locate(p.start, p.end), term=f"like: {p.term}",
                                detail=f"'{text.original[p.start:p.end]}' before the brand: a comparison with the "
                                       "brand's product, not the brand's product")
        return None

    def _noun_at(self, word: str, start: int) -> bool:
        """Whether an accessory noun of the listing begins at the first `word` at or after `start` ("cover" of "case cover",
        "camera bag" after "Canon strap"): the word heads another accessory, no goods the noun is part of."""
        at = self.text.original.lower().find(word, start)
        return at >= 0 and any(f.start == at for f in self.nouns)

    def _noun_after(self, end: int, spans: list[tuple[int, int]], field_offset: int, brand: "BrandWords") -> Found | None:
        """An accessory noun heading the same part of the title as a mention ending at `end`."""
        text = self.text
        for noun in sorted(self.nouns, key=lambda f: f.start):
            if noun.start < end or noun.start >= len(text.title) and end <= len(text.title):
                continue
            after = _WORD.findall(text.original[noun.end:noun.end + 30].lower())
            # a postposition standing as its own word ("Headphones 700 対応", "iPhone用"), not inside a Chinese word
            # ("自用" is "for one's own use")
            before = text.original[noun.start - 1:noun.start]
            if noun.term == "용" and before in _KOREAN_YONG_WORDS:
                continue  # 남녀공용 "unisex", 1회 착용 "worn once": a word of its own, not "made for"
            if noun.term in ("case", "cases") and _PACK_OF.match(text.original, noun.end):
                continue  # "brake pads case of 24", "cases of 12": a trade case's count, no case that fits (refills31)
            fitting = noun.term in _POSTPOSITIONS and not _HAN.match(before)
            if fitting and noun.term in _DEDICATED and _LISTING_ITSELF.match(text.original, noun.end):
                continue  # "<brand> 专用链接": the link dedicated to the goods, the listing's own mechanics
            if fitting and (at := ends_with_platform(text.original, noun.start)) is not None and not any(
                    s + field_offset <= at < e + field_offset for s, e in spans):
                continue  # "Samsung SSD 2TB Win용", "Photoshop Mac版": made for the platform (platforms.py), no accessory
                # of the brand's goods; "Nintendo Switch用 ケース" is one (the platform is the brand's own mention)
            if not fitting and (
                    brand.sells(noun.term) or after and brand.is_own(after[0]) and not self._noun_at(after[0], noun.end)):
                continue  # "Apple 25W charger" (Apple sells chargers), "Philips stand blender": not the head noun;
                # (floor54) nor "film" of "AE-1 film camera" (camera is a word of the noun "camera bag", none here)
            gap = text.original[end:noun.start]
            spare = noun.term.casefold() in _SPARES
            if _PART_END.search((_DASH_GAP.sub(" ", gap) if spare else gap).lower()):
                # the nearest accessory noun is in another part of the title; a spare part right after a dash is the
                # title's second part saying what is sold ("Galaxy S24 – OEM spare, genuine": genuine36)
                return None
            words = [w for w in _WORD.findall(gap) if w[0].isalnum()]
            if len(words) > MAX_BETWEEN:
                return None
            position, unknown = end, 0
            for w in words:
                position = text.original.index(w, position)
                inside_mention = any(s + field_offset <= position < e + field_offset for s, e in spans)
                if not (inside_mention or _model_like(w) or w.lower() in BETWEEN or brand.is_own(w.lower())
                        or fitting):  # "BOSE Noise Cancelling Headphones 700 対応": made for it
                    if spare:
                        pass  # (genuine36) "Canon mirrorless camera – OEM spare", "Bose wireless noise cancelling
                        # earbuds – genuine spare part": the words name what it is a part of, the part is sold
                    elif brand.is_product(w.lower()) or unknown == MAX_UNKNOWN:
                        return None  # "Gucci phone case": a case for a phone, made by Gucci
                    else:
                        unknown += 1
                position += len(w)
            if after and after[0] in INCLUDED or after[:2] == ["not", "included"]:
                return None  # "case included": the case comes with the product
            return noun
        return None


def _model_like(word: str) -> bool:
    """Digits or capitals, as model names are written: 15, S24, XM5, 2nd, OLED, XL."""
    return any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 5)
