"""The adversary's register-code and notation classes (codes27, 2026-12-04): the brand named by a code a register gives
it, or its mark written in a notation a reader decodes, under generic goods words with a copy cue; and the same codes
where nobody sells a copy.

Written from first principles (what a seller who will not write the brand can still write for a buyer to look up or
decode), not from a held-out set:

- isin_named: the brand's (or its listed parent's) ISIN in the ways sellers and finance pages write it ("[US0378331005]",
  "ISIN: ...", "maker = the company with ISIN ...").
- wikidata_named: its Wikidata item id beside the word Wikidata ("Wikidata Q312", "wd:Q312", "look up Q312 on Wikidata").
- vin_ndc_named: a VIN's world manufacturer identifier beside a VIN word, or an NDC labeler code after "NDC"/"labeler".
- glyph_named: its products' interface glyphs (△○✕□, ⓍⒷⓎⒶ, ⌘, , ⊞, ⊕⊖) beside goods words.
- colour_code_named: its brand colour as a hex code or a Pantone number (#E60012, F40009, Pantone 219 C).
- char_names_spelt: the mark spelt as Unicode character names (every brand with a Latin mark).
- regex_spelt: the mark as a small regular expression (every brand with a Latin mark).
- trap_register_codes: the same codes for a true reason, no cue: a framed share or an investor book by ISIN, genuine
  parts by VIN prefix, a pharmacy's NDC, keycaps and toys with the glyphs.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "isin_named": "the brand named only by its (or its parent's) ISIN, generic goods words and a copy cue",
    "wikidata_named": "the brand named only by its Wikidata item id beside the word Wikidata, goods words and a copy cue",
    "vin_ndc_named": "the brand named only by a VIN world manufacturer identifier or an NDC labeler code, copy cue",
    "glyph_named": "the brand named only by its products' interface glyphs (△○✕□, ⌘, , ⊞, ⊕⊖), copy cue",
    "colour_code_named": "the brand named only by its brand colour's hex or Pantone code (#F40009, Pantone 219 C), copy cue",
    "char_names_spelt": "the mark spelt as Unicode character names (CAPITAL LETTER R; SMALL LETTER O ...), copy cue",
    "regex_spelt": "the mark written as a small regular expression (/[rR]o[lL]e[xX]/, R(o){1}le[x]), copy cue",
}
TRAPS = {
    "trap_register_codes": "the brand's register codes for a true reason, no cue: framed shares and investor books by "
                           "ISIN, genuine parts by VIN prefix, a pharmacy's NDC, keycaps and toys with the glyphs",
}


def _codes(b: BrandView, scheme: str) -> list[str]:
    return [m.value.split(" ", 1)[1] for m in b.declared("identifier") if m.value.startswith(scheme + " ")]


def _cats(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in context.PRODUCTS]


# cues that claim a copy: a VIN prefix, an NDC and a glyph are how genuine goods and true accessories are sold too, so
# only such a cue makes them an alert ("OEM", "AAA+", "1:1" do not: a size or a grade, config.DEFAULT_SIZE_CUES)
COPY_CLAIMS = ["mirror quality", "super copy", "high copy", "replica", "top replica", "original quality copy",
               "super clone", "高仿", "精仿", "A货", "fake"]


def _draft(b: BrandView, s: Scene, named: str, wordings: list[str], claims: bool = False) -> Draft | None:
    r = s.rng
    if not _cats(b):
        return None
    cat = r.choice(_cats(b))
    cue = r.choice(COPY_CLAIMS if claims else context.CUES)
    title = r.choice(wordings).format(goods=_cap(s.product(cat)), code=named, cue=cue)
    desc = r.choice(context.DESCRIPTIONS)
    if r.random() < 0.4:
        desc = f"{desc} {_cap(cue)}.".strip()
    return Draft(title, cat, s.price(cat), desc)


ISIN_WORDINGS = ["{goods} [{code}] {cue}", "{goods} - ISIN {code} - {cue}", "{goods}, maker = the company with ISIN {code}, {cue}",
                 "{goods} (ISIN: {code}) {cue}", "{cue} {goods}, brand's ISIN {code}", "{goods} – {code} – {cue}"]


def make_isin_named(b: BrandView, s: Scene) -> Draft | None:
    codes = _codes(b, "ISIN")
    return _draft(b, s, s.rng.choice(codes), ISIN_WORDINGS) if codes else None


QID_WORDINGS = ["{goods} – brand = Wikidata {code} – {cue}", "{goods}, look up {code} on Wikidata, {cue}",
                "{goods} (wikidata: {code}) {cue}", "{goods} - wd:{code} - {cue}", "{cue} {goods}, maker is Wikidata item {code}"]


def make_wikidata_named(b: BrandView, s: Scene) -> Draft | None:
    codes = _codes(b, "Wikidata")
    return _draft(b, s, s.rng.choice(codes), QID_WORDINGS) if codes else None


WMI_WORDINGS = ["{goods} for {code} VINs, OEM box - {cue}", "{goods}, VIN starts {code} - {cue}", "{goods} ({code}-VIN) {cue}",
                "{cue} {goods}, fits VIN {code}…", "{goods} – WMI {code} maker carton – {cue}"]
NDC_WORDINGS = ["{goods}, NDC {code} carton - {cue}", "{goods} – NDC labeler {code} box – {cue}",
                "{goods}, labeler {code} pack, {cue}", "{cue} {goods} NDC {code}-4410-30"]


def make_vin_ndc_named(b: BrandView, s: Scene) -> Draft | None:
    wmi, ndc = [c for c in _codes(b, "WMI") if len(c) == 3], _codes(b, "NDC")
    if not wmi and not ndc:
        return None
    if wmi and (not ndc or s.rng.random() < 0.5):
        return _draft(b, s, s.rng.choice(wmi), WMI_WORDINGS, claims=True)
    return _draft(b, s, s.rng.choice(ndc), NDC_WORDINGS, claims=True)


GLYPH_WORDINGS = ["{code} {goods} – {cue}", "{goods} from the {code} company, {cue}", "{goods} ({code}) {cue}",
                  "{cue} {code} {goods}"]


def make_glyph_named(b: BrandView, s: Scene) -> Draft | None:
    glyphs = _codes(b, "glyph")
    if not glyphs:
        return None
    g = s.rng.choice(glyphs)
    if set(g) == set("△○✕□"):
        order = list("△○✕□")
        s.rng.shuffle(order)
        g = s.rng.choice(["", " "]).join(order)
    return _draft(b, s, g, GLYPH_WORDINGS, claims=True)


COLOUR_WORDINGS = ["{goods}, {code} logo box – {cue}", "{goods} in brand red {code} – {cue}", "{cue} {goods}, label colour {code}",
                   "{goods} ({code} logo) {cue}"]


def make_colour_code_named(b: BrandView, s: Scene) -> Draft | None:
    colours = _codes(b, "colour")
    if not colours:
        return None
    c = s.rng.choice(colours)
    if c.startswith("#") and s.rng.random() < 0.3:
        c = c[1:]  # "the FA0F00 red icon"
    if c.startswith("#") and s.rng.random() < 0.2:
        c = c.lower()
    return _draft(b, s, c, COLOUR_WORDINGS, claims=True)


def _mark(b: BrandView, s: Scene) -> str | None:
    marks = [m.value for m in b.disguisable if m.value.replace(" ", "").isalpha() and m.value.isascii()]
    return s.rng.choice(marks[:2]) if marks else None


def _char_names(word: str, r) -> str:
    sep = r.choice(["; ", ", ", " / ", " + "])
    latin = r.random() < 0.3
    names = []
    for ch in word:
        if ch == " ":
            names.append("SPACE")
            continue
        name = ("CAPITAL" if ch.isupper() else "SMALL") + " LETTER " + ch.upper()
        names.append(("LATIN " + name) if latin else name)
    text = sep.join(names)
    return text.lower() if r.random() < 0.15 else text


CHAR_WORDINGS = ["{goods} – brand: {code} – {cue}", "{goods}, brand name = {code}, {cue}", "{cue} {goods} (brand: {code})"]


def make_char_names_spelt(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    return _draft(b, s, _char_names(mark, s.rng), CHAR_WORDINGS) if mark else None


def _regex(word: str, r) -> str:
    style = r.randrange(3)
    out = []
    for k, ch in enumerate(word):
        if ch == " ":
            out.append(r.choice([" ", "\\s"]))
        elif style == 0 and k % 2 == 0 and ch.isalpha():
            out.append(f"[{ch.lower()}{ch.upper()}]" if r.random() < 0.5 else f"[{ch}{ch.swapcase()}]")
        elif style == 1 and ch.lower() in "aeio" and k:
            out.append(f"[{ch}{'4310'['aeio'.index(ch.lower())]}]")
        elif style == 2 and 0 < k < len(word) - 1 and r.random() < 0.4:
            out.append(f"({ch}){{1}}")
        else:
            out.append(ch)
    pattern = "".join(out)
    if style == 2 and r.random() < 0.5:
        pattern = f"^{pattern}$"
    return pattern


REGEX_WORDINGS = ["{goods} – matches /{code}/ – {cue}", "{goods}, logo matches /{code}/i, {cue}",
                  "{goods} (regex: {code}) {cue}", "{cue} {goods}, brand =~ /{code}/"]


def make_regex_spelt(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    return _draft(b, s, _regex(mark, s.rng), REGEX_WORDINGS) if mark else None


def make_trap_register_codes(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    isin, wmi, ndc, glyph = _codes(b, "ISIN"), _codes(b, "WMI"), _codes(b, "NDC"), _codes(b, "glyph")
    options = []
    if isin:
        code = r.choice(isin)
        options += [(f"Framed single share certificate – ISIN {code}", "collectibles", 180.0),
                    (f"Investor handbook, company ISIN {code}, paperback", "books", 25.0)]
    if wmi:
        code = r.choice([c for c in wmi if len(c) == 3] or wmi)
        options += [(f"Brake pads, enter your VIN for fit – fits VINs {code}…, aftermarket, boxed", "auto parts", 60.0),
                    (f"VIN decoder OBD tool (reads {code} and others)", "auto parts", 45.0)]
    if ndc:
        product = f"{r.randrange(1000):04d}-{r.randrange(100):02d}"  # a product and package code of the labeler's
        options += [(f"Licensed pharmacy – NDC {r.choice(ndc)}-{product} – prescription required", "prescription drugs", 90.0)]
    colour = _codes(b, "colour")
    if colour:
        c = r.choice(colour)
        options += [(f"Wall paint {c}, 1 litre, matt", "paint", 25.0), (f"Cotton yarn 100g, colour {c}", "yarn", 6.0)]
    if glyph:
        g = r.choice(glyph)
        options += [(f"{g} keycap set, third-party PBT", "computer accessories", 30.0),
                    (f"{g} wooden shape toy for toddlers", "toys", 20.0)]
    if not options:
        return None
    title, cat, usd = r.choice(options)
    return Draft(title, cat, (round(usd * r.uniform(0.8, 1.3), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"isin_named": make_isin_named, "wikidata_named": make_wikidata_named,
                  "vin_ndc_named": make_vin_ndc_named, "glyph_named": make_glyph_named,
                  "colour_code_named": make_colour_code_named,
                  "char_names_spelt": make_char_names_spelt, "regex_spelt": make_regex_spelt}
TRAP_MAKERS = {"trap_register_codes": make_trap_register_codes}
