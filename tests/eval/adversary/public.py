"""Listings modelled on publicly reported filter-evasion tactics of counterfeiters and spammers.

Each tactic is one that abuse and trust-and-safety write-ups describe: invisible characters (zero-width
space/joiner, soft hyphen, variation selectors) inside a word, homoglyphs and mixed scripts, Unicode
mathematical alphanumerics and enclosed or squared letters, stacked combining marks ("Zalgo"), regional
indicator and emoji letters, right-to-left overrides, separators and dots between letters, leetspeak with
punctuation (N!ke), small capitals, full-width forms, upside-down letters, thin spaces and non-breaking hyphens,
and knock-off names (HiPhone). Two listings are honest ones written with the same tricks, which must stay
quiet. The listings are written for the demo registry (deploy/seed/registry.yaml), at the prices such listings
ask (below the floor, most not far below it), without counterfeit cue words.
"""

from __future__ import annotations

from schemas import Listing
from tests.eval.adversary.generate import Case

ZWSP, ZWJ, SHY, VS15 = "\u200b", "\u200d", "\u00ad", "\ufe0e"

# (tactic, expected brand or None, title, category, price, currency)
PUBLIC: list[tuple[str, str | None, str, str, float, str]] = [
    ("zero_width", "bose", f"B{ZWJ}o{ZWJ}s{ZWJ}e QuietComfort 45 wireless headphones", "headphones", 145, "USD"),
    ("zero_width", "nike", f"Nik{ZWSP}e Air Max 90 men's running shoes", "sneakers", 89, "USD"),
    ("soft_hyphen", "gucci", f"Guc{SHY}ci GG Marmont shoulder bag", "handbags", 890, "USD"),
    ("math_alphanumeric", "bose", "𝐁𝐨𝐬𝐞 QuietComfort earbuds, noise cancelling", "earbuds", 130, "USD"),
    ("math_alphanumeric", "rolex", "𝘙𝘰𝘭𝘦𝘹 Submariner automatic watch 41mm", "watches", 2100, "USD"),
    ("enclosed_letters", "bose", "Ⓑⓞⓢⓔ noise cancelling headphones", "headphones", 140, "USD"),
    ("enclosed_letters", "nike", "🅽🅸🅺🅴 Air Force 1 low white", "sneakers", 75, "USD"),
    ("enclosed_letters", "gucci", "⒢⒰⒞⒞⒤ leather belt, gold buckle", "belts", 260, "USD"),
    ("enclosed_letters", "gucci", "🄶🅄🄲🄲🄸 Ophidia tote", "handbags", 700, "USD"),
    ("combining_stacked", "gucci", "G̸̢u̷̡c̶̛c̵̨i̴̢ leather belt men", "belts", 250, "USD"),
    ("combining_stacked", "bose", "B̶o̶s̶e̶ SoundLink Flex speaker", "speakers", 99, "USD"),
    ("combining_stacked", "rolex", "R̲o̲l̲e̲x̲ Datejust 41 two-tone", "watches", 3900, "USD"),
    ("mixed_script", "samsung", "ЅАМЅUNG Galaxy Buds2 Pro wireless earbuds", "earbuds", 95, "USD"),
    ("mixed_script", "sony", "ЅОΝΥ WH-1000XM5 headphones", "headphones", 210, "USD"),
    ("homoglyph", "adidas", "Аdidаs Ultrаboost 22 running shoes", "sneakers", 120, "USD"),
    ("homoglyph", "nike", "Nіkе Dunk Low retro", "sneakers", 80, "USD"),
    ("emoji_letters", "bose", "B🅾️SE QC45 headphones", "headphones", 150, "USD"),
    ("emoji_letters", "nike", f"🇳{ZWSP}🇮{ZWSP}🇰{ZWSP}🇪 Dunk Low panda sneakers", "sneakers", 79, "USD"),
    ("emoji_letters", "samsung", "S 🔥 A 🔥 M 🔥 S 🔥 U 🔥 N 🔥 G 25W fast charger", "chargers", 3.5, "USD"),
    ("reversed", "apple", "\u202eenohPi\u202c 15 Pro Max 256GB unlocked", "phones", 420, "USD"),
    ("separators", "bose", "b-o-s-e soundlink portable speaker", "speakers", 85, "EUR"),
    ("thin_spaces", "rolex", "R\u2009o\u2009l\u2009e\u2009x Submariner date, box and papers", "watches", 4200, "USD"),
    ("non_breaking_hyphen", "gucci", "Gu\u2011cci Marmont small shoulder bag", "handbags", 980, "USD"),
    ("inserted_dots", "louis-vuitton", "L.o.u.i.s V.u.i.t.t.o.n Neverfull MM tote", "handbags", 1100, "USD"),
    ("leet_punctuation", "nike", "N!ke Air Jordan 1 retro high OG", "sneakers", 95, "USD"),
    ("spaced_capitals", "gucci", "G U C C I Marmont belt 4cm", "belts", 300, "USD"),
    ("leet_punctuation", "rolex", "R0L3X Datejust 41 automatic", "watches", 3500, "USD"),
    ("knockoff_name", "apple", "HiPhone 15 Pro Max 256GB dual sim", "phones", 89, "USD"),
    ("fullwidth", "dyson", "ｄｙｓｏｎ Supersonic hair dryer", "hair care", 180, "USD"),
    ("variation_selectors", "cartier", f"C{VS15}a{VS15}r{VS15}t{VS15}i{VS15}e{VS15}r{VS15} Juste un Clou bracelet", "jewelry", 650, "USD"),
    ("small_capitals", "nike", "ɴɪᴋᴇ Dunk Low retro panda", "sneakers", 85, "USD"),
    ("honest_same_tricks", None, "Tempered glass screen protector for 𝐒𝐚𝐦𝐬𝐮𝐧𝐠 Galaxy S24, 2 pack", "phone accessories", 6, "USD"),
    ("honest_same_tricks", None, "Generic running shoes, not Ⓝⓘⓚⓔ, no logo", "sneakers", 25, "USD"),
]


def public_cases() -> list[Case]:
    out = []
    for n, (tactic, brand, title, category, price, currency) in enumerate(PUBLIC):
        listing = Listing.model_validate({
            "marketplace": "ebay" if currency == "USD" else "ebay-de", "listing_id": f"public-{n:03d}", "title": title,
            "seller": {"id": f"seller-p{n}"}, "category": category, "price": {"amount": price, "currency": currency},
            "observed_at": "2025-03-01T12:00:00Z",
        })
        kind = "trap_" + tactic if brand is None else "public_" + tactic
        about = brand or ("samsung" if "Galaxy" in title else "nike")
        out.append(Case(kind, about, frozenset({brand} if brand else ()), listing))
    return out
