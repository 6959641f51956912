"""The adversary's people-and-family classes (registry23, 2026-12-03): the brand named through its athletes'
signature lines, or through a brand it owns or a sister mark, instead of its own name; and the same words where nobody
sells the brand's goods.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which brand it is:
the shoe as the court names it, "Kobe 6 Protro", "Harden Vol. 8", "MB.03"; the brand as the family of one everyone
knows, "Tudor's big brother", "the Beats people", "la maison mère de Tudor", "Kate Spade's sister house"), not from a
held-out set. The registry's `signatures` (read only with a model number), `subsidiaries` and `sisters` (read only in a
relation phrase), each with its source beside it in deploy/seed/registry.yaml, name the brand only in its category
with a counterfeit cue or a copy's price.

- signature_line_named: an athlete's signature line and its model number, alone or with the athlete's name ("Giannis
  Freak 6", "Serena's Blade 104"), a colourway or a re-issue word, in the brand's category with a cue (the bare "rep" and
  "copy" among them) or a price far below the floor; the cue in the title or only in the description.
- subsidiary_named: a sub-brand or sister mark in a relation phrase (English, French, Spanish, Italian, German; a sister
  mark only as a sister), in the brand's category, with a cue or a price far below the floor.
- trap_athlete_person: the athlete as a person (rookie cards, posters, biographies, match tickets, signed photos); the
  athlete's goods of another sponsor that is no demo brand ("Curry 11 Under Armour rep", "Federer On The Roger Pro
  copy", "LeBron James Powerbeats copy"); a line's word with no model number ("Kobe beef", "Kobe Bryant tribute mural").
- trap_sub_brand_own: the sub-brand's or sister's own listings: at its own fair price, or a copy of it named plainly
  with a cue ("Beats Studio Pro replica", "Tudor Black Bay copy": that brand's copy, never the owner's), or with the
  owner named as its family ("Tudor Black Bay 58, Rolex's little brother, full set"); and the relation phrase far from
  the brand's goods (a book, a job, a share certificate).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, registry_brand

EVASIONS = {
    "signature_line_named": "an athlete's signature line with its model number instead of the brand (Kobe 6 Protro, "
                            "LeBron 21, Harden Vol. 8, MB.03, Serena's Blade 104), in the brand's category with a cue "
                            "or a copy's price",
    "subsidiary_named": "the brand named through a brand it owns or a sister mark in a relation phrase (Tudor's big "
                        "brother, the Beats people, la maison mère de Tudor, Kate Spade's sister house), with a cue or "
                        "a copy's price",
}
TRAPS = {
    "trap_athlete_person": "the athlete as a person (cards, posters, biographies, tickets), the athlete's goods of a "
                           "sponsor that is no demo brand, a signature line's word with no model number",
    "trap_sub_brand_own": "the sub-brand's or sister mark's own listings (fair price, or its own copy named plainly) and "
                          "the relation phrase far from the brand's goods",
}

# the model numbers each line has had (brand sites, Wikipedia's list of signature basketball shoes); default 1-6
NUMBERS = {"Kobe": (1, 11), "LeBron": (1, 22), "KD": (1, 18), "Freak": (1, 6), "Zoom Freak": (1, 6), "Ja": (1, 3),
           "Sabrina": (1, 3), "Kyrie": (1, 8), "Zion": (1, 4), "Luka": (1, 4), "Tatum": (1, 3), "Harden Vol.": (1, 9),
           "Harden Volume": (1, 9), "D.O.N. Issue": (1, 6), "DON Issue": (1, 6), "Dame": (1, 9), "Trae Young": (1, 4),
           "AE": (1, 2), "MB.": (1, 4), "Stewie": (1, 3), "Blade": (98, 104), "Blade SW": (104, 104), "RF": (97, 97)}
ATHLETES = {"Kobe": "Kobe Bryant", "LeBron": "LeBron James", "KD": "Kevin Durant", "Freak": "Giannis",
            "Zoom Freak": "Giannis", "Ja": "Ja Morant", "Sabrina": "Sabrina Ionescu", "Harden Vol.": "James Harden",
            "D.O.N. Issue": "Donovan Mitchell", "DON Issue": "Donovan Mitchell", "Dame": "Damian Lillard",
            "MB.": "LaMelo", "Stewie": "Breanna Stewart", "Blade": "Serena", "Blade SW": "Serena", "RF": "Federer"}
SUFFIXES = ["", "", " Protro", " 'Grinch'", " Low", " 'Bred'", " EP", " 'Chicago'", " TB", " v9", " Pro", " OG"]
CUES = context.CUES + ["rep", "reps", "copy", "1:1", "UA", "top rep", "AAA", "mirror copy", "batch copy", "réplica",
                       "kopia 1:1"]
SIGNATURE_FRAMES = ["{line} {n}{x} {cue}", "{line} {n}{x} - {cue}", "{who}'s {line} {n}{x} {cue}",
                    "{who} {line} {n}{x} – {cue}", "{line} {n}{x} {product} {cue}", "{product} {line} {n}{x}, {cue}",
                    "{line}{n}{x} {cue}"]


def _entries(b: BrandView, key: str) -> list[str]:
    if (brand := registry_brand(b.id)) is not None:  # (read only; one look-up, not a registry unpickled: issue 16)
        return [e["value"] if isinstance(e, dict) else e for e in brand.get(key, [])]
    return []


def _number(line: str, n: int) -> str:
    if line == "MB.":
        return f"0{n}"
    return str(n)


def make_signature_line_named(b: BrandView, s: Scene) -> Draft | None:
    lines = _entries(b, "signatures")
    if not lines:
        return None
    r = s.rng
    line = r.choice(lines)
    lo, hi = NUMBERS.get(line, (1, 6))
    n = _number(line, r.randint(lo, hi))
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = "" if low else r.choice(CUES)
    in_description = bool(cue) and r.random() < 0.3
    frame = r.choice(SIGNATURE_FRAMES)
    if "{line}{n}" in frame and not line.endswith("."):
        frame = frame.replace("{line}{n}", "{line} {n}")
    if line.endswith(".") or line in ("Blade", "Blade SW", "RF"):
        x = ""
    else:
        x = r.choice(SUFFIXES)
    joiner = "" if line.endswith(".") else None
    text = frame.format(line=line, n=n, x=x, who=ATHLETES.get(line, line), product=s.product(cat),
                        cue="" if in_description else cue)
    if joiner is not None:
        text = text.replace(f"{line} {n}", f"{line}{n}")
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(_cap(" ".join(text.split()).strip(" -–,")), cat, s.price(cat, low=low), desc)


PARENT_PHRASES = ["{sub}'s big brother", "from {sub}'s big brother", "{sub}'s parent company", "{sub}'s parent",
                  "by {sub}'s owner", "the {sub} people", "the {sub} makers", "from the makers of {sub}",
                  "by the people behind {sub}", "the company behind {sub}", "la maison mère de {sub}",
                  "le grand frère de {sub}", "de los creadores de {sub}", "la casa madre di {sub}",
                  "vom Mutterkonzern von {sub}", "{sub}'s older brother", "parent company of {sub}"]
SISTER_PHRASES = ["{sub}'s sister brand", "{sub}'s sister house", "sister brand of {sub}", "{sub}'s sibling",
                  "la marque sœur de {sub}", "la marca hermana de {sub}", "Schwestermarke von {sub}"]
RELATION_FRAMES = ["{product} from {rel} – {cue}", "{rel} {product} {cue}", "{product} ({rel}) {cue}",
                   "{rel} – {product}, {cue}", "{product}, {rel}, {cue}"]


def make_subsidiary_named(b: BrandView, s: Scene) -> Draft | None:
    owned, sisters = _entries(b, "subsidiaries"), _entries(b, "sisters")
    if not owned and not sisters:
        return None
    r = s.rng
    use_owned = bool(owned) and (not sisters or r.random() < 0.7)
    sub = r.choice(owned if use_owned else sisters)
    phrases = PARENT_PHRASES + SISTER_PHRASES if use_owned else SISTER_PHRASES
    rel = r.choice(phrases).format(sub=sub)
    if rel.startswith("from ") and "{product} from" in (frame := r.choice(RELATION_FRAMES)):
        frame = frame.replace(" from ", " ")
    else:
        frame = r.choice(RELATION_FRAMES)
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = "" if low else r.choice(CUES)
    in_description = bool(cue) and r.random() < 0.3
    title = frame.format(rel=rel, product=s.product(cat), cue="" if in_description else cue)
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(_cap(" ".join(title.split()).strip(" -–,")), cat, s.price(cat, low=low), desc)


# the athlete far from the brand's goods: (title frame, category, USD price)
PERSON = [("{who} rookie card 2003 Topps, graded PSA 9", "trading cards", 300), ("{who} poster 60x90, framed", "posters", 25),
          ("{who}: the biography, hardcover", "books", 22), ("Ticket: {who} farewell game, lower bowl, 2 seats together", "tickets", 180),
          ("Signed photo of {who}, 8x10, with COA", "collectibles", 150), ("{who} bobblehead figure, boxed", "collectibles", 30),
          ("{who} tribute mural print, canvas 50x70", "art", 45), ("{who} documentary DVD", "movies", 12)]
# the athlete's goods of a sponsor that is no demo brand, with a cue: (title, category, USD price)
OTHER_SPONSOR = [("Curry 11 'Championship Gold' – Under Armour rep", "sneakers", 40),
                 ("Curry Flow 10 – UA basketball shoes 1:1", "sneakers", 45),
                 ("Federer On The Roger Pro 2 – copy", "sneakers", 40), ("Roger Federer Uniqlo RF cap replica", "sportswear", 8),
                 ("LeBron James x Beats Powerbeats Pro – copy", "earbuds", 25),
                 ("Kyrie Irving ANTA KAI 1 'Artist on Court' rep", "sneakers", 40),
                 ("Kawhi Leonard New Balance Kawhi 4 – 1:1", "sneakers", 45),
                 ("Dwyane Wade Li-Ning Way of Wade 10 rep", "sneakers", 45),
                 ("Rafa Nadal Babolat Pure Aero Rafa – copy frame", "tennis rackets", 40),
                 ("Djokovic Head Speed Pro 2024 – replica", "tennis rackets", 40),
                 ("Tiger Woods TaylorMade Qi10 driver copy", "golf clubs", 60)]
WORDS = [("Kobe beef A5 wagyu striploin 1 kg", "food", 150), ("Kobe city guide, 2024 edition", "books", 14),
         ("Freak Brothers comic book collection", "books", 25), ("Ja, ich will – wedding sign, wooden", "home decor", 30)]


def make_trap_athlete_person(b: BrandView, s: Scene) -> Draft | None:
    lines = _entries(b, "signatures")
    if not lines:
        return None
    r = s.rng
    pick = r.random()
    if pick < 0.5:
        who = ATHLETES.get(r.choice(lines), b.name)
        frame, cat, amount = r.choice(PERSON)
        title = frame.format(who=who)
    elif pick < 0.85:
        title, cat, amount = r.choice(OTHER_SPONSOR)
    else:
        title, cat, amount = r.choice(WORDS)
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))


FAR = [("{rel}: the inside story, hardcover", "books", 22), ("Job: sales associate at {sub}, full time", "jobs", 0.01),
       ("{sub} share certificate, framed, collectors", "collectibles", 90),
       ("Case study: how {sub}'s parent company grew, MBA notes", "books", 6)]


def make_trap_sub_brand_own(b: BrandView, s: Scene) -> Draft | None:
    owned, sisters = _entries(b, "subsidiaries"), _entries(b, "sisters")
    subs = owned + sisters
    if not subs:
        return None
    r = s.rng
    sub = r.choice(subs)
    pick = r.random()
    cat = s.category()
    if pick < 0.35:  # the sub-brand's own goods at its own fair price
        title = r.choice(["{sub} {product}, genuine, with receipt", "{sub} {product} – new in box", "Original {sub} {product}",
                          "{sub} {product}, used, good condition"]).format(sub=sub, product=s.product(cat))
        floor = b.floors.get(cat)
        price = (round(floor[0] * r.uniform(1.2, 2.0), 2), floor[1]) if floor else s.price(cat)
        return Draft(_cap(title), cat, price, r.choice(context.DESCRIPTIONS))
    if pick < 0.75:  # the sub-brand's own copy, named plainly
        title = r.choice(["{sub} {product} replica", "{sub} {product} 1:1 copy", "{product} {sub} – AAA", "{sub} {product} rep"]
                         ).format(sub=sub, product=s.product(cat))
        return Draft(_cap(title), cat, s.price(cat, low=r.random() < 0.5), r.choice(context.DESCRIPTIONS))
    if pick < 0.88:  # the sub-brand's own goods with the owner named as its family, at its fair price or its own copy
        rel = r.choice(["{owner}'s little brother", "{owner}'s sister brand", "owned by {owner}", "{owner}'s sister house",
                        "from the makers of {owner}"]).format(owner=b.name)
        title = r.choice(["{sub} {product}, {rel}, full set", "{sub} {product} ({rel}) – new", "{rel}: {sub} {product}"]
                         ).format(sub=sub, product=s.product(cat), rel=rel)
        floor = b.floors.get(cat)
        price = (round(floor[0] * r.uniform(1.2, 2.0), 2), floor[1]) if floor else s.price(cat)
        return Draft(_cap(title), cat, price, r.choice(context.DESCRIPTIONS))
    frame, fcat, amount = r.choice(FAR)
    rel = r.choice(PARENT_PHRASES if sub in owned else SISTER_PHRASES).format(sub=sub)
    return Draft(_cap(frame.format(rel=rel, sub=sub)), fcat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"signature_line_named": make_signature_line_named, "subsidiary_named": make_subsidiary_named}
TRAP_MAKERS = {"trap_athlete_person": make_trap_athlete_person, "trap_sub_brand_own": make_trap_sub_brand_own}
