"""The adversary's classes of scripts56 (issue 9): the brand's Latin name spelt letter for letter in Georgian or
Armenian on genuine goods, goods said to ship inside an accessory whose maker the text denies, and "rep" said in
passing before the goods, with the honest senses of "rep":

- genuine goods whose brand name a Georgian or Armenian seller spells letter for letter in the market's letters (the
  Georgian keyboard types ც on the c key: "Canon" -> ცანონ; Armenian writes c as ց, o as ո, u as ու: "Coca-Cola" ->
  ցոցա-ցոլա), "original" and a receipt in the market's language, at 100-140 % of the floor: quiet (trap);
- an accessory frame with the brand's goods themselves inside ("Storage case for {goods} + {goods} included",
  "Display box for {goods}, {goods} inside"), the text denying the brand made the goods ("clone, not original {brand}",
  "not made by {brand}"), at 30-90 % of the floor: alert (evasion);
- "rep"/"reps" in passing before the goods the title names, in a resale post ("selling my rep {goods}", "rep {brand}
  {line}, worn twice"), at 25-90 % of the floor: alert (evasion);
- genuine goods at 95-140 % of the floor whose text says "rep" as a person, a verb or an exercise count ("the {brand}
  rep at the store", "rep your team", "3 sets of 12 reps", "high rep workouts"): quiet (trap).

Written from general knowledge of the markets' keyboards and spelling (X keyboard config's Georgian layout; Armenian
orthography) and of resale apps' wording; the sentences are this module's own, no held-out listing's string (after
outsider44's in_rare_script_genuine44, c_accessory_frame_copy44 and c_depop_not_auth_hashtags44, a set the lead named
seen for this work).
"""

from __future__ import annotations

import unicodedata

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

EVASIONS = {
    "goods_inside_frame56": "an accessory frame ('case for {goods} + {goods} included') with the brand's goods inside, "
                            "the text denying the brand made them, at 30-90 % of the floor",
    "rep_in_passing56": "'rep'/'reps' said in passing before the goods the title names in a resale post ('selling my "
                        "rep dunks'), at 25-90 % of the floor",
}
TRAPS = {
    "trap_script_letters_genuine56": "genuine goods, the brand's name spelt letter for letter in Georgian or Armenian "
                                     "letters, 'original' and a receipt in the language, at 100-140 % of the floor",
    "trap_rep_other_senses56": "genuine goods whose text says 'rep' as a person, a verb or an exercise count ('the "
                               "store's rep', 'rep your team', '12 reps'), at 95-140 % of the floor",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

# ------------------------------------------------------------------------------------------ Georgian, Armenian letters

# X keyboard config symbols/ge "basic": the letter each Latin key types (a Latin name typed letter for letter)
GEORGIAN_KEYS = dict(zip("qwertyuiopasdfghjklzxcvbnm", "ქწერტყუიოპასდფგჰჯკლზხცვბნმ"))
# Armenian letter for letter as its orthography writes a Latin letter: o is ո inside a word and օ first, u is ու
ARMENIAN_LETTERS = {**dict(zip("abcdefghijklmnpqrstvxyz", "աբցդեֆգհիջկլմնպքրստվխյզ")), "o": "ո", "u": "ու", "w": "վ"}
GENUINE = {
    "georgian": (["ორიგინალი", "ორიგინალი, ახალი", "ახალი, ორიგინალი"],
                 ["{n} ({p}), ორიგინალი, ქვითრით. ახალი, დახურული ყუთი.", "ოფიციალური მაღაზიიდან, ქვითარი და გარანტია. {n} {p}.",
                  "{n} {p} — ორიგინალი, ნაყიდია თბილისში, ქვითრით."],
                 ["myhome-ge", "ss-ge", "mymarket-ge"]),
    "armenian": (["օրիգինալ", "օրիգինալ, նոր", "նոր, օրիգինալ"],
                 ["{n} ({p}), օրիգինալ, կտրոնով։ Նոր, փակ տուփ։", "Պաշտոնական խանութից, կտրոն և երաշխիք։ {n} {p}։",
                  "{n} {p} — օրիգինալ, գնված Երևանում, կտրոնով։"],
                 ["list-am", "avito-am", "mymarket-am"]),
}


def spelt(name: str, script: str) -> str:
    """A Latin name spelt letter for letter in Georgian (the keyboard's letters) or Armenian letters; accents dropped,
    other characters (', -, &, digits) kept."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    if script == "georgian":
        return "".join(GEORGIAN_KEYS.get(c, c) for c in plain)
    out = []
    for i, c in enumerate(plain):
        first = i == 0 or not plain[i - 1].isalpha()
        out.append("օ" if c == "o" and first else ARMENIAN_LETTERS.get(c, c))
    return "".join(out)


def make_script_letters_genuine(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.4))) is None:
        return None
    mark, cat, product, price = goods
    script = s.rng.choice(sorted(GENUINE))
    said, texts, markets = GENUINE[script]
    start = mark.casefold().find(b.name.casefold())
    written = spelt(b.name, script)
    mark = f"{mark[:start]}{written}{mark[start + len(b.name):]}" if start >= 0 else f"{written} {mark}"
    return Draft(f"{mark} {product} — {s.rng.choice(said)}", cat, price,
                 s.rng.choice(texts).format(n=written, p=product), marketplace=s.rng.choice(markets))


# ------------------------------------------------------------------------------------------ goods inside an accessory

FRAMES = ["Storage case for {g} + {g} included", "Protective case for {g}, {g} inside", "Display box for {g} + {g}",
          "Carry pouch for {g} with {g} included", "Gift box for {g} – {g} included", "Travel case for {g} (+ {g})"]
DENIALS = [
    "Set: the case and the {g} itself (clone, not original {n}) in one box.",
    "The {g} in the case is not made by {n}, factory edition, works the same.",
    "Both included. The {g} is not a genuine {n}, that's why the price.",
    "Case + {g}. {g}: not original {n}, same look. Fast shipping.",
    "You get the case and the {g}; it is not from {n}, our factory's version.",
]


def make_goods_inside_frame(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.3, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    if " for " in f" {product} ":
        return None  # "game for handheld console": goods named after what they fit are another frame
    g = f"{mark} {product}"
    title = s.rng.choice(FRAMES).format(g=g)
    return Draft(title, cat, price, s.rng.choice(DENIALS).format(g=g, n=b.name),
                 marketplace=s.rng.choice(["aliexpress", "temu", "amazon-us", "walmart", "ebay"]))


# ------------------------------------------------------------------------------------------ "rep" in passing

REP_POSTS = [
    "selling my rep {p}, worn twice, no box. {tags}",
    "rep {n} {p} – fits tts, good batch, minor wear {tags}",
    "these are reps {n} {p} obviously at this price, still look great {tags}",
    "Decent rep {p}, bought last year, open to offers. {tags}",
    "clearing out: rep {n} {p}, barely used {tags}",
]
TAGS = ["#y2k #streetwear", "#vintage", "#depop", "#preloved #thrift", ""]


def make_rep_in_passing(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.25, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product}", cat, price,
                 s.rng.choice(REP_POSTS).format(n=b.name, p=product, tags=s.rng.choice(TAGS)).strip(),
                 marketplace=s.rng.choice(["depop", "vinted", "mercari-us", "poshmark", "grailed"]))


OTHER_SENSES = [
    "Bought new last month; the {n} rep at the store helped me choose. Receipt included.",
    "Brand new with tags. Rep your team this season! Receipt from the {n} store.",
    "Great for 3 sets of 12 reps or high rep circuits. New, sealed, with receipt.",
    "Ask our sales rep for the invoice. New, sealed, official warranty.",
    "New in box. Our customer service rep answers within a day. Receipt and warranty.",
]


def make_rep_other_senses(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.95, 1.4))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product}", cat, price, s.rng.choice(OTHER_SENSES).format(n=b.name))


EVASION_MAKERS = {"goods_inside_frame56": make_goods_inside_frame, "rep_in_passing56": make_rep_in_passing}
TRAP_MAKERS = {"trap_script_letters_genuine56": make_script_letters_genuine, "trap_rep_other_senses56": make_rep_other_senses}
