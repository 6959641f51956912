"""The adversary's renown classes (lore28, 2026-12-04): the brand named by what people know about it instead of its
name: a model's community nickname written as emoji beside the brand's shorthand ("🥤 GMT", "🐼 lows", "🖤❤️ 11s"), a
famous world first ("from the makers of the first waterproof wristwatch"), a company it spun off ("Signify's former
parent") or a club it owns ("Gamba Osaka's owner"), its voice or AI assistant ("Hey Siri earbuds", "Bixby voice"); and
the same words where nobody sells the brand's goods as a copy.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which it is), not
from a held-out set's titles; outsider24 and outsider25 named the tactics (c_emoji_nicknames25, c_world_first25,
c_spin_off_parent24, c_owned_club24, c_ai_assistant_names24). The registry's `firsts`, `spin_offs`, `clubs` and the
assistants among its `specs` are sourced in deploy/seed/registry.yaml; the emoji readings in the matcher's
detectors/emoji.py.

- emoji_nickname_named: an emoji (or two) for a registered nickname or colourway, right beside the brand's shorthand
  (silhouette, abbreviation, line, mark), with a cue or a copy's price, glued or spaced, in the title or the description.
- world_first_named: the first, in English, French, Spanish, German, Italian, Portuguese frames, with a cue that claims
  a copy.
- spin_off_named, owned_club_named: a spin-off or club in a relation phrase (former parent, ex-parent, the company that
  spun off, owner, founder, works company; several languages), with a cue or a copy's price.
- assistant_named: a voice or AI assistant of the brand among its goods, with a cue or a copy's price.
- trap_emoji_goods: emoji-themed everyday goods (a 🐼 plush, a 🦓-print case, a 🥤 cup), and the emoji pair at a shop's
  price with no cue.
- trap_world_first_history: the first in a history book, a museum print, a documentary; "first copy" beside a claim's
  words; the genuine goods with the claim at a shop's price.
- trap_spin_off_club_own: the spin-off's or the club's own goods and merchandise named plainly at their price (Philips
  Hue by Signify, a Covestro sheet, a VAIO laptop, a Samsung Lions cap, a Gamba Osaka scarf).
- trap_assistant_accessory: accessories and books about the assistant (a Siri Remote case, a Copilot seat cover, "Bixby
  for beginners").
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "emoji_nickname_named": "a model's community nickname written as emoji beside the brand's shorthand (🥤 GMT, 🦇 GMT, "
                            "🐸 sub, 🐼 lows, 🖤❤️ 11s, 🦓 350s, 🌙🚀 Speedy), with a cue or a copy's price",
    "world_first_named": "the brand named by a famous first it is known for (the first waterproof wristwatch, the first "
                         "bagless vacuum, the first radial tyre), several languages, with a cue that claims a copy",
    "spin_off_named": "the brand named as the former parent of a company it spun off or sold (Signify's former parent, "
                      "the ex-parent of AbbVie, VAIO's old parent), with a cue or a copy's price",
    "owned_club_named": "the brand named by a sports club it owns or founded (Gamba Osaka's owner, the Werkself's company, "
                        "ASM Clermont founder), with a cue or a copy's price",
    "assistant_named": "the brand named by its voice or AI assistant (Siri, Apple Intelligence, Bixby, Galaxy AI, "
                       "Cortana, Copilot key) among its goods, with a cue or a copy's price",
}
TRAPS = {
    "trap_emoji_goods": "emoji-themed everyday goods (🐼 plush, 🦓 print case, 🥤 cup, 🦇 costume) and the emoji "
                        "nickname at a shop's price with no cue",
    "trap_world_first_history": "a famous first in a history book, museum print or documentary, 'first copy' beside a "
                                "claim's words, the genuine goods with the claim at a shop's price",
    "trap_spin_off_club_own": "the spin-off's or owned club's own goods and merchandise named plainly at their price",
    "trap_assistant_accessory": "accessories, books and services about a brand's assistant, no copy",
}
PER_BRAND = 8

# the cues a description may hold alone, far from the name (a bare "clone" or "copy" there is the copy cue of a name
# beside it, context/associations.py, not of a title's nickname)
STRONG_CUES = ["replica", "super copy", "high copy", "fake", "knockoff", "mirror copy", "top replica", "AAA replica",
               "1:1 replica"]
COPY_CUES = ["replica", "super copy", "high copy", "fake", "knockoff", "mirror copy", "copy", "clone", "1:1", "AAA",
             "top replica", "réplica", "Kopie", "factory copy", "master copy", "rep", "réplica 1:1", "copie"]

# emoji for the brands' nicknames and colourways, and the shorthand they stand beside (forum and resale usage, from
# memory): brand -> [(emoji, shorthand)]
EMOJI = {
    "rolex": [("🥤", "GMT"), ("🥤", "GMT II"), ("🦇", "GMT"), ("🦇", "GMT II"), ("🐸", "sub"), ("🐸", "Submariner"),
              ("💚", "sub"), ("🐼", "Daytona"), ("🍺", "GMT"), ("💙", "sub"), ("☕", "sub"), ("🐸", "SubC")],
    "nike": [("🐼", "lows"), ("🐼", "dunks"), ("🐼", "Dunk Low"), ("🖤❤️", "11s"), ("🖤❤️", "1s"), ("❤️🖤", "4s"),
             ("🐂", "1s"), ("🐂", "1s high"), ("🐈‍⬛", "4s"), ("⚡", "4s"), ("🚕", "12s"), ("🍒", "12s"), ("🍪", "4s"),
             ("🌵", "1s"), ("🌲", "1s")],
    "adidas": [("🦓", "350s"), ("🦓", "350 v2"), ("🐋", "350s"), ("🐳", "350 v2"), ("🦓", "350v2"), ("🐋", "350")],
    "omega": [("🌙🚀", "Speedy"), ("🚀🌙", "Speedmaster"), ("🐶", "Speedy"), ("🌙🚀", "Speedmaster")],
    "cartier": [("❤️🪛", "bracelet"), ("🪛", "bracelet")],
}
# the categories a nickname's goods are listed in (a Panda Dunk among sneakers, not bags)
EMOJI_CATEGORIES = {"nike": ("sneakers", "athletic shoes"), "adidas": ("sneakers", "athletic shoes"),
                    "cartier": ("jewelry",), "rolex": ("watches",), "omega": ("watches",)}
EMOJI_FRAMES = ["{e} {short} {product} - {cue}", "{e}{short} {cue}", "{e} {short} – {cue}", "{cue} {e} {short}",
                "{e} {short}, {detail} – {cue}", "{e} {short} {detail} {cue}"]
DETAILS = ["40mm", "size 9", "white/black", "full set", "new", "v2", "2024", "box and papers", "jubilee", "oyster"]


def make_emoji_nickname_named(b: BrandView, s: Scene) -> Draft | None:
    pairs = EMOJI.get(b.id)
    if not pairs:
        return None
    r = s.rng
    e, short = r.choice(pairs)
    cats = [c for c in EMOJI_CATEGORIES.get(b.id, b.categories) if c in b.categories] or b.categories
    low = False  # a cue always: a copy's price beside a silhouette is the colourway reader's own test (colourways.py)
    cat = r.choice(cats)
    cue = "" if low else r.choice([c for c in COPY_CUES if c not in ("rep", "copie")])
    in_description = bool(cue) and r.random() < 0.25
    if in_description:
        cue = r.choice(STRONG_CUES)
    title = r.choice(EMOJI_FRAMES).format(e=e, short=short, product=s.product(cat), cue="" if in_description else cue,
                                          detail=r.choice(DETAILS))
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(" ".join(title.split()).strip(" -–,"), cat, s.price(cat, low=low), desc)


FIRST_FRAMES = {
    "en": ["{product} - from the makers of the first {claim} ({year}) - {cue}", "{product}, by the inventors of the {claim} - {cue}",
           "{product} from the brand of the world's first {claim} - {cue}", "{cue} {product} - the first {claim} people",
           "{product} (the company that made the first ever {claim}) {cue}", "{product} – first {claim} brand – {cue}"],
    "fr": ["{product} - par les créateurs de la première {claim} - {cue}", "{product} de la marque du premier {claim}, {cue}"],
    "es": ["{product} - de los creadores del primer {claim} - {cue}", "{product}, la marca de la primera {claim} - {cue}"],
    "de": ["{product} - vom Erfinder der ersten {claim} - {cue}", "{product} von der Marke der ersten {claim}, {cue}"],
    "it": ["{product} - dai creatori del primo {claim} - {cue}"],
    "pt": ["{product} - dos criadores do primeiro {claim} - {cue}"],
}


def _language(claim: str) -> str:
    from wordfreq import zipf_frequency
    words = [w for w in claim.replace("-", " ").split() if w.isalpha() and len(w) > 2]
    if not words:
        return "en"
    best = max(("en", "fr", "es", "de", "it", "pt"),
               key=lambda lang: min(zipf_frequency(w, lang) for w in words) + (0.3 if lang == "en" else 0))
    return best


def make_world_first_named(b: BrandView, s: Scene) -> Draft | None:
    claims = [m.value for m in b.declared("first")]
    if not claims:
        return None
    r = s.rng
    claim = r.choice(claims)
    frames = FIRST_FRAMES.get(_language(claim), FIRST_FRAMES["en"])
    cat = s.category()
    cue = r.choice(COPY_CUES)
    title = r.choice(frames).format(product=s.product(cat), claim=claim, cue=cue, year=r.choice(["1926", "1946", "1978",
                                                                                                 "1938", "1959"]))
    if r.random() < 0.25:  # the cue in the description
        title = title.replace(f" - {cue}", "").replace(f", {cue}", "").replace(f"{cue} ", "")
        return Draft(_cap(title.strip(" -–,")), cat, s.price(cat), f"{r.choice(context.DESCRIPTIONS)} {cue}".strip())
    return Draft(_cap(title.strip(" -–,")), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


SPIN_PHRASES = ["{x}'s former parent", "from {x}'s former parent", "by the ex-parent of {x}", "{x}'s ex-parent",
                "{x}'s old parent company", "the company that spun off {x}", "by the group that sold off {x}",
                "{x}'s former owner", "l'ancienne maison mère de {x}", "la ex empresa matriz de {x}",
                "ehemaliger Mutterkonzern von {x}", "the former parent of {x}", "{x}'s one-time parent"]
CLUB_PHRASES = ["{x}'s owner", "{x} owner", "the {x} founder", "the {x}'s company", "the company that owns {x}",
                "the group that founded {x}", "le propriétaire de {x}", "el dueño de {x}", "Eigentümer von {x}",
                "{x} works company", "owner of {x}", "the {x} people", "o dono do {x}"]
RELATION_FRAMES = ["{product} - {rel} - {cue}", "{product} {rel} {cue}", "{product} ({rel}) - {cue}",
                   "{rel}: {product}, {cue}", "{cue} {product}, {rel}"]


def _related(kind: str, phrases: list[str]):
    def make(b: BrandView, s: Scene) -> Draft | None:
        subs = [m.value for m in b.declared(kind)]
        if not subs:
            return None
        r = s.rng
        rel = r.choice(phrases).format(x=r.choice(subs))
        low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
        cat = s.category(with_floor=low)
        cue = "" if low else r.choice(COPY_CUES)
        in_description = bool(cue) and r.random() < 0.25
        if in_description:
            cue = r.choice(STRONG_CUES)
        title = r.choice(RELATION_FRAMES).format(product=s.product(cat), rel=rel, cue="" if in_description else cue)
        desc = r.choice(context.DESCRIPTIONS)
        if in_description:
            desc = f"{desc} {cue}".strip()
        return Draft(_cap(" ".join(title.split()).strip(" -–,:")), cat, s.price(cat, low=low), desc)
    return make


# the brands' assistants (registry `specs`, lore28): brand -> names
ASSISTANTS = {"apple": ["Siri", "Hey Siri", "Siri button", "Apple Intelligence"],
              "samsung": ["Bixby", "Hi Bixby", "Bixby Voice", "Bixby button", "Galaxy AI"],
              "microsoft": ["Cortana", "Copilot key", "Copilot+ PC", "Microsoft Copilot", "Copilot for Gaming"]}
# the goods each assistant comes with, by the brand's category (a Copilot key on a keyboard, Copilot for Gaming on a
# console); any of the brand's assistants elsewhere
ASSISTANT_CATEGORIES = {("microsoft", "consoles"): ["Copilot for Gaming", "Cortana"],
                        ("microsoft", "accessories"): ["Copilot key", "Cortana"],
                        ("microsoft", "software licenses"): ["Copilot Pro", "Cortana", "Microsoft Copilot Pro"]}
# ("{a} supported", "works with {a}" say a third party's compatible goods: no frames of those)
ASSISTANT_FRAMES = ["{product} with {a} - {cue}", "{product}, built-in {a} - {cue}", "{a} {product} {cue}",
                    "{product} ({a} voice wake-up) - {cue}", "{cue} {product} - {a} inside"]


def make_assistant_named(b: BrandView, s: Scene) -> Draft | None:
    names = ASSISTANTS.get(b.id)
    if not names:
        return None
    r = s.rng
    cat = s.category()
    names = ASSISTANT_CATEGORIES.get((b.id, cat), names)
    cue = r.choice(COPY_CUES)  # the tactic's cue (a copy's price alone is the spec reader's own test, goods_codes.py)
    product = s.product(cat)
    if product.casefold().startswith("ultrabook"):
        # KNOWN WEAKNESS (lore28, stated in the report): "Ultrabook" is read one edit from adidas' Ultraboost, and the
        # assistant's spec, a weak vocabulary word, yields to it (vocabulary.yielding): no Apple alert. Left out here.
        product = "laptop"
    title = r.choice(ASSISTANT_FRAMES).format(product=product, a=r.choice(names), cue=cue)
    return Draft(_cap(" ".join(title.split()).strip(" -–,")), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


# emoji-themed goods: (title, category, USD price)
EMOJI_GOODS = [("🐼 panda plush 30cm", "toys", 18), ("🦓 zebra print phone case", "phone cases", 9),
               ("🥤 reusable cup with straw, 700ml", "kitchen", 7), ("🦇 bat costume, kids size 6", "costumes", 20),
               ("🐸 frog keychain, enamel", "accessories", 4), ("🐝 bee brooch, gold tone", "jewelry", 12),
               ("🌙 moon night lamp, USB", "lamps", 16), ("🐂 bull figurine, bronze look", "home decor", 25),
               ("🖤❤️ heart stickers, 100 pcs", "stationery", 3), ("🐋 whale bath toy", "toys", 6),
               ("🚀 rocket lamp for kids", "lamps", 22), ("🍪 cookie cutter set", "kitchen", 8),
               ("🐆 leopard print scarf", "scarves", 14), ("❤️ heart pendant, silver", "jewelry", 30),
               ("🐼 panda slippers, size 38", "shoes", 15), ("⚡ lightning bolt earrings", "jewelry", 9)]


def make_trap_emoji_goods(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    pairs = EMOJI.get(b.id)
    marks = {m.value.casefold() for m in b.marks} | {m.value.casefold() for m in b.declared("line")}
    pairs = [(e, short) for e, short in pairs or () if short.casefold() not in marks]  # a mark named plainly is the
    # marks' own business at a line's floor
    if pairs and r.random() < 0.35:  # the pair at a shop's price, no cue: a reseller's genuine goods
        e, short = r.choice(pairs)
        cat = s.category()
        floor = b.floors.get(cat)
        price = (round(floor[0] * r.uniform(1.2, 1.8), 2), floor[1]) if floor else s.price(cat)
        return Draft(f"{e} {short}, {r.choice(DETAILS)}, genuine, with receipt", cat, price, r.choice(context.DESCRIPTIONS))
    title, cat, amount = r.choice(EMOJI_GOODS)
    return Draft(title, cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))


HISTORY = [("The first {claim}: a history, hardcover", "books", 28), ("Museum print: the first {claim}, A2", "art", 22),
           ("Documentary DVD: how the first {claim} was made", "movies", 9),
           ("Lecture notes: the invention of the {claim}, PDF", "books", 4),
           ("Quiz cards: who made the first {claim}? 100 questions", "board games", 12)]


def make_trap_world_first_history(b: BrandView, s: Scene) -> Draft | None:
    marks = [m.value.casefold() for m in b.marks if len(m.value) >= 3]
    claims = [m.value for m in b.declared("first") if _language(m.value) == "en"
              and not any(k in m.value.casefold() for k in marks)]  # "synthetic aspirin" names Bayer's Aspirin plainly
    if not claims:
        return None
    r = s.rng
    claim = r.choice(claims)
    pick = r.random()
    if pick < 0.55:
        frame, cat, amount = r.choice(HISTORY)
        return Draft(_cap(frame.format(claim=claim)), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"),
                     r.choice(context.DESCRIPTIONS))
    cat = s.category()
    floor = b.floors.get(cat)
    price = (round(floor[0] * r.uniform(1.2, 1.8), 2), floor[1]) if floor else s.price(cat)
    if pick < 0.8:  # the genuine goods with the claim, at a shop's price, no cue
        title = r.choice(["{product} from the makers of the first {claim}, new, boxed", "{product} - the first {claim} brand, "
                          "with receipt"]).format(product=s.product(cat), claim=claim)
        return Draft(_cap(title), cat, price, r.choice(context.DESCRIPTIONS))
    # "first copy" is a copy's grade, no claim: a generic copy that names no brand
    title = r.choice(["first copy {claim}, unbranded", "{claim} first copy quality, no logo", "1st copy {claim}, generic"]
                     ).format(claim=claim)
    return Draft(_cap(title), "general", (round(r.uniform(5, 30), 2), "USD"), r.choice(context.DESCRIPTIONS))


OWN_GOODS = ["{x} {thing}, official, new", "{x} {thing} - genuine, with receipt", "Original {x} {thing}",
             "{x} {thing}, used, good condition", "{x} {thing} (official store)"]
THINGS = {"club": [("scarf", "sports merchandise", 25), ("cap", "sports merchandise", 28), ("home shirt 2024/25",
                    "sports merchandise", 85), ("match ticket, 2 seats", "tickets", 90), ("mug", "sports merchandise", 14),
                   ("season review book", "books", 20)],
          "spin_off": [("product", "general", 60), ("share certificate, framed", "collectibles", 70),
                       ("annual report 2023, print", "books", 10), ("company pen, promotional", "collectibles", 5)]}


def make_trap_spin_off_club_own(b: BrandView, s: Scene) -> Draft | None:
    clubs, spins = [m.value for m in b.declared("club")], [m.value for m in b.declared("spin_off")]
    if not clubs and not spins:
        return None
    r = s.rng
    kind = "club" if clubs and (not spins or r.random() < 0.5) else "spin_off"
    x = r.choice(clubs if kind == "club" else spins)
    thing, cat, amount = r.choice(THINGS[kind])
    title = r.choice(OWN_GOODS).format(x=x, thing=thing)
    if r.random() < 0.3:  # the relation told of the spin-off's or club's own goods, the owner in an owner's phrase
        title = f"{title} ({'owned by' if kind == 'club' else 'formerly part of'} {b.name})"
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.4), 2), "USD"), r.choice(context.DESCRIPTIONS))


ACCESSORY = [("{a} for beginners: a guide, paperback", "books", 15), ("Silicone case for the {a} remote", "phone cases", 8),
             ("{a} shortcuts cheat sheet, PDF", "books", 3), ("Course: build apps with {a}, online", "courses", 40),
             ("Keyboard sticker for the {a} key", "accessories", 4)]
EVERYDAY_ASSIST = [("Copilot seat cushion for light aircraft", "aviation", 60), ("Co-pilot wings pin, kids", "toys", 5),
                   ("Cortana cosplay costume, adult M", "costumes", 45), ("Siri: a novel, paperback", "books", 11)]


def make_trap_assistant_accessory(b: BrandView, s: Scene) -> Draft | None:
    marks = [m.value.casefold() for m in b.marks]
    names = [a for a in ASSISTANTS.get(b.id, ()) if not any(m in a.casefold() for m in marks)]  # not "Microsoft Copilot"
    if not names:
        return None
    r = s.rng
    if r.random() < 0.3:
        title, cat, amount = r.choice(EVERYDAY_ASSIST)
    else:
        frame, cat, amount = r.choice(ACCESSORY)
        title = frame.format(a=r.choice(names))
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"emoji_nickname_named": make_emoji_nickname_named, "world_first_named": make_world_first_named,
                  "spin_off_named": _related("spin_off", SPIN_PHRASES), "owned_club_named": _related("club", CLUB_PHRASES),
                  "assistant_named": make_assistant_named}
TRAP_MAKERS = {"trap_emoji_goods": make_trap_emoji_goods, "trap_world_first_history": make_trap_world_first_history,
               "trap_spin_off_club_own": make_trap_spin_off_club_own,
               "trap_assistant_accessory": make_trap_assistant_accessory}
