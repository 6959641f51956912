"""(attrib50, issue 9) Whose goods a copy cue is said of, in a listing that names several brands.

A lot "Coach bag, Kors tote – all authentic EXCEPT the LV wallet, which is a rep", a genuine camera with a FREE copy
of another brand's headphones, a copied part "for Honda Civic, Toyota Corolla", a copy "better than Sony XM5", a
clone "with Samsung AMOLED panel": the copy cue is said of ONE item, and the other brands are named as what the item
fits, what it is compared with or what is inside it. Plain functions over the fields' text and the mentions' spans
(field, start, end) the matcher found; no I/O.

Rules (sources: the outsider38 review of merge50's wrong-brand alerts, and the marketplaces' own phrasing of lots,
freebies, fitment and comparisons; word lists are the sellers' everyday words in the languages the sets carry):
- a *minor* brand is one every mention of which is the device or vehicle an item fits ("for", "fits", "für",
  "para", "для", "适用"...), a rival it is compared with ("better than", "vs", "besser als", "лучше", "比"...) or a
  component inside it ("Samsung panel", "Panasonic battery"); it gets no cue and no copy price of another item;
- a cue goes to the brand named nearest before it in its clause (a sentence, a line, a title's dash-separated part),
  else the nearest after it; to every brand of the clause when the clause speaks of them all ("all 1:1 copies") and
  makes no exception ("except", "sauf", "nur", "кроме"); a cue in a clause that names no brand goes to every brand
  that is not minor.
"""
from __future__ import annotations

import re

from services.matcher.core.scoring import join_detail
from services.matcher.core.alternation import longest_first

Span = tuple[str, int, int]  # (field, start, end)

# clause breaks: a line, a sentence's end, a semicolon, a bar between a title's parts (a dash does not break: "Shell
# Helix 4L – réplica" says the copy of the item before it)
_BREAK = re.compile(r"\n|[.!?;](?=\s|$)|\s\|\s|。|！|？|；")
# (lots51) the words of fit shared by every reading of "what the goods fit" before a brand's name: index._FIT_BEFORE
# (a packaging noun's brand), judge._FIT_BEFORE_UNBOXED (an unboxed part's claim) and _FIT below, each adding the words
# of its own meaning; written as the languages spell them (a latin view folds the accents: `fit_words(latin=True)`)
FIT_WORDS = ("for", "fits", "fit for", "compatible", "compatible with", "für", "pour", "para", "per", "voor", "dla",
             "kompatibel", "compatibile", "compatível", "compatible con", "compatible avec", "compatível com")


def fit_words(*extra: str, latin: bool = False) -> str:
    """An alternation of FIT_WORDS and a reading's `extra` words (regular expressions), longest first; latin: the
    words as normalise.latin_text folds them too."""
    from services.matcher.core.normalise import latin_text
    words = {re.escape(w) for w in FIT_WORDS} | ({re.escape(latin_text(w)) for w in FIT_WORDS} if latin else set())
    return "|".join(sorted(words, key=longest_first) + list(extra))


# what a fitting part or accessory is for: the device or vehicle it fits (index._FOR's words, with their phrases)
_FIT = re.compile(
    r"(?<![^\W\d_])(?:" + fit_words("fits?", "fitting", "works (?:with|on)", "runs on", "plays on", "suitable for", "made for", "pairs? with",
                                    "connects (?:to|with)", "takes", "passend für", "passt", "pasuje do", "için",
                                    "uyumlu", "для", "подходит(?: для| к)?", "untuk", "cocok untuk", "sesuai untuk",
                                    "dành cho", "สำหรับ",
                                    # (quiet53) the device a controller or charger also works on: "also works on PC,
                                    # Steam Deck and Sony PS4", "funciona con", "fonctionne avec", "работает с"
                                    "funciona (?:con|com|en|no|na)", "fonctionne (?:avec|sur)",
                                    "funktioniert (?:mit|an|auf)", "работает (?:с|на)") + r")(?![^\W\d_])|适用于?|兼容|対応")
# a rival the copy is compared with
_RIVAL = re.compile(
    r"(?<![^\W\d_])(?:better than|cheaper than|nicer than|rather than|instead of|compared (?:to|with)|vs\.?|versus|"
    r"why pay(?: for)?|(?:a|the) (?:genuine|real|original)|mejor que|más barato que|en vez de|melhor (?:do )?que|"
    r"besser als|günstiger als|statt|anstatt|meilleur que|moins cher que|plutôt que|au lieu d[e']|"
    r"лучше(?:,? чем)?|дешевле|вместо|lebih baik dari(?:pada)?|daripada|yerine|daha iyi|lepsz[ey] niż|zamiast)"
    r"(?![^\W\d_])|比|より|보다")
# a component inside the item, named right after its maker ("Samsung 7-inch OLED panel", "Panasonic battery")
_COMPONENT = re.compile(
    r"(?<![^\W\d_])(?:panel|display|screen|sensor|camera|battery|batteries|cells?|motor|chip(?:set)?|heating element|"
    r"heater|compressor|pump|kamera|câmera|cámara|"
    r"processor|lens|speakers?|drivers?|pantalla|batería|bateria|tela|célula|akku|bildschirm|écran|batterie|moteur|"
    r"capteur|аккумулятор|батарея|экран|матрица|дисплей|двигатель|датчик|layar|baterai|sel)(?![^\W\d_])"
    r"|屏幕?|电池|电机|马达|芯片|传感器")
# what opens an item of a list before a brand's name: a plus or an ampersand, a line's start, a gift's word ("+ FREE",
# "Geschenk:", "de regalo:", "в подарок:"), with nothing but a few words between it and the name
_GIFT_WORD = (r"(?:free gift|free|gratis|gift|bonus|geschenk|als geschenk|cadeau|en cadeau|de regalo|regalo|brinde|"
              r"в подарок|подарок|hediye|hadiah|赠品|赠送|送)")
_OPENS_ITEM = re.compile(r"(?:[+&]\s*(?:" + _GIFT_WORD + r"\s*:?\s*)?|^\s*" + _GIFT_WORD + r"\s*:?\s*)$")
# (seen54) a free extra: the gift's word right before the brand's name, after a plus, a colon, a comma or a line's
# start ("+ FREE Apple adapter", "FREEBIE: Mars bar", "Gratis dazu: …", "В подарок: …"), or a gift's word after the
# item in its own part of the list ("+ Apple earbuds GRATIS", "+ … в подарок", "+ … en cadeau"); bare "free" after
# the item is a shipping term or "-free" ("BPA free"), never a gift there
_FREEBIE_BEFORE = re.compile(r"(?:(?:^|[+&:,(])\s*(?:free gift|free|gratis|bonus|gift|geschenk|cadeau|regalo|brinde|"
                             r"подарок|hediye|hadiah)|freebies?|free gift|bonus gratis|gratis dazu|als geschenk|"
                             r"en cadeau|de regalo|в подарок|赠品|赠送)\s*:?\s*$")
_FREEBIE_AFTER = re.compile(r"^[^+&|\n]{0,60}?(?<![^\W\d_])(?:gratis(?: dazu)?|en cadeau|offert|offerte|als geschenk|"
                            r"de regalo|в подарок|brinde|hediye|hadiah|free gift|as a gift|for free)(?![^\W\d_])")
_COMPONENT_REACH = 30  # characters between the maker's name and its component noun
_FIT_REACH = 60  # characters between the fitting word and a device it names (a list of devices)
# a clause that speaks of every item it names, and the words of an exception among them
_ALL = re.compile(r"(?<![^\W\d_])(?:all|both|every(?:thing)?|alle|alles|beide|todos|todas|ambos|tous|toutes|"
                  r"все|всё|оба|semua|tüm|hepsi|wszystkie)(?![^\W\d_])|全部|都|両方")
_EXCEPT = re.compile(r"(?<![^\W\d_])(?:except|but|only|apart from|sauf|excepté|außer|ausser|nur|bis auf|excepto|salvo|"
                     r"tranne|eccetto|behalve|uitgezonderd|"
                     r"menos|exceto|кроме|только|kecuali|hanya|hariç|sadece|oprócz|tylko)(?![^\W\d_])|除了|只有|以外")


def clause(text: str, at: int) -> tuple[int, int]:
    """The (start, end) of the clause of `text` holding offset `at`."""
    start, end = 0, len(text)
    for m in _BREAK.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _minor_mention(text: str, start: int, end: int, after_goods: bool) -> bool:
    """The mention at text[start:end] names a device it fits, a rival, or a component, not goods sold; after_goods:
    another brand is named before it in the field (a component is named after the goods it is inside)."""
    lo, hi = clause(text, start)
    before = text[lo:start].casefold()
    if any(len(before) - m.end() <= _FIT_REACH for m in _FIT.finditer(before)):
        return True
    if _RIVAL.search(before):
        return True
    after = text[end:min(hi, end + _COMPONENT_REACH)].casefold()
    # a first mention ("FreeStyle Libre 2 sensor / ...") is goods, however its noun reads, and so is one that opens an
    # item of a lot or a freebie ("... + Bose SoundLink speaker", "+ FREE Canon lens"): (lots51) a component is named
    # inside the goods' own words, never after a plus or a line's start
    return after_goods and (m := _COMPONENT.search(after)) is not None and not any(
        c in after[:m.start()] for c in ",/+") and not _OPENS_ITEM.search(before)


def freebie_brands(mentions: dict[int, list[Span]], fields: dict[str, str]) -> set[int]:
    """(seen54) The brands every mention of which is a free extra given with another brand's goods ("Bose QC45 + FREE
    Apple 20W adapter", "Samsung Buds + Apple cable в подарок": _FREEBIE_BEFORE, _FREEBIE_AFTER), when another brand
    is named otherwise: the listing's price is that brand's goods', no mark of the freebie's goods is sold by it."""
    out = set()
    for b, spans in mentions.items():
        if spans and all(_freebie_mention(fields.get(f) or "", s, e) for f, s, e in spans):
            out.add(b)
    return out if len(out) < sum(1 for spans in mentions.values() if spans) else set()


def _freebie_mention(text: str, start: int, end: int) -> bool:
    lo, hi = clause(text, start)
    return _FREEBIE_BEFORE.search(text[lo:start].casefold()) is not None or _FREEBIE_AFTER.match(
        text[end:hi].casefold()) is not None


def minor_brands(mentions: dict[int, list[Span]], fields: dict[str, str]) -> set[int]:
    """The brands every mention of which is minor (a device fitted, a rival, a component), when at least one brand
    is not: that brand's goods are what the listing sells."""
    first = {}
    for b, spans in mentions.items():
        for f, s, _ in spans:
            first.setdefault(f, []).append((s, b))
    minor = {b for b, spans in mentions.items() if spans and all(_minor_mention(
        fields.get(f) or "", s, e, any(o != b and at < s for at, o in first[f])) for f, s, e in spans)}
    return minor if len(minor) < len(mentions) else set()


def cue_owners(cue: Span, mentions: dict[int, list[Span]], fields: dict[str, str],
               minor: set[int]) -> set[int] | None:
    """The brands a cue at `cue` is said of; None when every brand named may have it (as before)."""
    field, at, _ = cue
    text = fields.get(field) or ""
    lo, hi = clause(text, at)
    here = [(s, e, b) for b, spans in mentions.items() if b not in minor
            for f, s, e in spans if f == field and lo <= s and e <= hi]
    if not here:
        return ({b for b in mentions if b not in minor} or None) if minor else None
    words = text[lo:hi].casefold()
    if len({b for _, _, b in here}) > 1 and _ALL.search(words) and not _EXCEPT.search(words):
        return {b for _, _, b in here}
    before = [(s, e) for s, e, _ in here if e <= at]
    s0, e0 = max(before) if before else min((s, e) for s, e, _ in here)
    # the nearest mention, and every brand read in the same words (a longer mark of another brand over it)
    return {b for s, e, b in here if s < e0 and s0 < e}


def vouched(original: str, claims: list, standing: str | None, said_of, copied: set[int]) -> str | None:
    """(lots51) The words in which a listing that says which brand's item is the copy vouches for another brand's
    goods: a genuine claim ("authentic", "original", "echt", "оригинал": the lexicon's finds, with start and end in the
    joined text) said of a brand that is not a copied one (`said_of(start, end)`: the brands its clause speaks of, None
    when it may be any), else a retailer's or an owner's standing the listing states (retail.retail_standing:
    "receipt", "Rechnung", "чек", "warranty"), else None. A claim said only of the copied item ("the LV is a
    rep, the rest too, all authentic looking") vouches for nothing."""
    for f in claims:
        owners = said_of(f.start, f.end)
        if owners is None or not owners <= copied:
            return original[f.start:f.end]
    return standing


def note(strong: list, minor: list, minor_name: str) -> None:
    """Say on the sold brand's first plain mention which brand was set aside as named only as what the goods fit, a
    rival or a component (stronger.note's way)."""
    shown = next((e for e in strong if e.weight > 0 and e.start is not None and not e.needs_corroboration), None)
    heard = next((e for e in minor if e.weight > 0 and e.start is not None), None)
    if shown is not None and heard is not None:
        shown.detail = join_detail(shown.detail, (
            f"'{heard.text}' ({minor_name}) is named only as what the goods fit, a rival they are compared with, a "
            "component inside them or a free extra with them: its brand is no goods of the listing, and no cue is said of it "
            "(context/attribution.py)"))
