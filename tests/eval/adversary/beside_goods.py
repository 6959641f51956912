"""The adversary's classes of what a listing writes beside the goods (mend31): text that must not name another brand or
disown an honest price, and initials written with full stops.

- A copy seller names the brand by the initials of the brand and one of its lines, written with full stops ("R.S. date
  diver – replica" for a Rolex Submariner, "C.L. bangle – kopija" for a Cartier Love, "L.V. wallet – 复刻"): must alert
  the brand (evasion `dotted_initials_copy`).
- A copy seller's description writes its price with an ISO 4217 code ("1,390 CNY", "47,000 ARS"), the forum's payment
  terms ("PayPal F&F only, no G&S") and everyday prose ("buy-out if you fall in love", "a hard shell case"): must alert the
  brand and no other (evasion `copy_money_asides`: a code is no brand's initials, digits no leetspeak, F&F no sneaker
  pair, "love" no jewellery line).
- An honest shop answers a buyer's review of genuine goods at their list price ("'Is this real? Price seems OK.' Seller
  reply: yes, 100 % genuine, invoice in the box"): quiet (trap `trap_review_reply`: a question and the next sentence are
  not "real price", the copy trade's phrase).

Written from general knowledge of marketplace listings and sale threads (r/FashionReps, r/Watchexchange sale posts'
"[H] ... [W] PayPal F&F"; shops' replies to reviews); found as classes after outsider29 was scored (mend31). The
common abbreviations a counterfeiter would not pick (P.S., U.S., N.A.: nobody would read them as a brand) are left out.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from tests.eval.adversary.cover import COPY_CUES
from tests.eval.adversary.generate import BrandView, Draft, Scene, brand_views
from tests.eval.adversary.moving import _goods

EVASIONS = {
    "dotted_initials_copy": "the brand's goods named by the brand's and a line's initials with full stops (R.S., C.L., "
                            "L.V., N.A.J.1) with a copy word, in the brand's category at a copy's price",
    "copy_money_asides": "a copy of the brand's goods whose description prices it with an ISO 4217 code, names the "
                         "forum's PayPal F&F terms and everyday prose (fall in love, a shell case): the brand alone alerts",
}
TRAPS = {
    "trap_review_reply": "genuine goods at their list price with a buyer's review question ('Is this real? Price seems "
                         "OK.') and the shop's reply that they are genuine",
    "trap_paid_survey": "a paid survey, research panel or focus group for owners of the brand's goods (8 languages), no "
                        "price: it sells nothing",
}
TRAPS["trap_insert_for_brands_box"] = ("an organiser insert, dust cover or stand 'compatible with' the brand's product's box, "
                                       "no copy word, at an accessory's price")
EVASIONS["compatible_copy_brands_box"] = ("goods called 'compatible' and a copy, packed in the brand's box ('compatible copy "
                                          "with <brand> box', 'printed <brand> box') at a copy's price")
EVASIONS["cracked_not_official"] = ("a software brand's program sold cracked (pre-activated, activator, keygen) with 'not "
                                    "official' or 'unofficial' beside it, at a copy's price")
EVASIONS["aftermarket_copy_brands_box"] = ("the brand's goods called an aftermarket copy and packed in the brand's box "
                                           "('Aftermarket copy, Shell box'), at a copy's price")
TRAPS["trap_dealer_contact_card"] = ("an authorised dealer's or service partner's contact card (vCard, opening hours) "
                                     "for the brand, no goods, no price")
EVASIONS["contact_card_copy"] = ("a copy seller's contact card (vCard with ORG: the brand 1:1 copies) beside the brand's "
                                 "goods at a copy's price")
EVASIONS["survey_hook_copy"] = ("a copy of the brand's goods offered after a 'survey' (fill in our survey, get the "
                                "replica) at a copy's price")

# abbreviations written with dots that no reader takes for a brand's initials
_TAKEN = {"ps", "us", "uk", "eu", "am", "pm", "na", "ss", "id", "po", "no", "ok", "la", "ny", "tv", "st", "ad", "bc",
          "cc", "vs", "sa", "dc", "mc", "dj", "pr", "hr", "it", "ai", "qc", "ie", "eg", "nb", "dr", "mr", "ms"}


# copy words that are no size or grade of honest goods ("AAA" batteries, a "1:1" scale): beside bare initials the
# matcher reads only these, by design (config.DEFAULT_SIZE_CUES)
_NOT_SIZES = [c for c in COPY_CUES if c.casefold() not in ("aaa", "1:1", "aaa quality")]


def _whole(value: str) -> str:
    """Initials as a seller writes them: a word's first letter, a word of capitals (up to four) or of a letter or two
    and digits kept whole ("GG Marmont" -> "GGM", "AJ1" -> "AJ1", "iP15" -> "IP15", "Coca-Cola" -> "CC")."""
    out = ""
    for word in value.replace("-", " ").split():
        kept = "".join(c for c in word if c.isalnum())
        if not kept or not kept.isascii():
            return ""
        letters = sum(c.isalpha() for c in kept)
        out += kept.upper() if kept.isupper() and letters <= 4 or kept.isdigit() or letters <= 2 and letters < len(kept) \
            else kept[0].upper()
    return out


def _dotted(letters: str) -> str:
    """"RS" -> "R.S.", "AJ1" after N -> "N.A.J.1" (a release number written after the last full stop)."""
    head = letters.rstrip("0123456789")
    return "".join(f"{c}." for c in head) + letters[len(head):]


def _initials(b: BrandView) -> list[str]:
    """The brand's initials as make_dotted_initials writes them: its name's, or its name's and a line's (an
    abbreviation's), two to four letters (a release number may follow)."""
    own = _whole(b.name)
    own = own if len(own) >= 2 else own[:1]
    if not own:
        return []
    words = [m.value for m in b.latin_marks if m.value.casefold() != b.name.casefold()] + [
        m.value for kind, m in b.vocabulary if kind in ("line", "abbreviation")]
    # a line of one or two words of letters (an abbreviation may carry its release: AJ1), two to four letters in all
    keys = sorted({own + w for v in words if len(v.split()) <= 2 and (w := _whole(v))
                   and w.rstrip("0123456789").isalpha() and 2 <= len((own + w).rstrip("0123456789")) <= 4}
                  | ({own} if len(own) >= 2 else set()))
    return [k for k in keys if k.rstrip("0123456789").lower() not in _TAKEN]


@functools.cache
def _initials_owners() -> dict[str, frozenset[str]]:
    """Initials -> the demo brands whose initials (`_initials`), registered marks and abbreviations run together, or
    marks' and lines' own initials (`_whole`) they are."""
    owners: dict[str, set[str]] = defaultdict(set)
    for v in brand_views():
        for key in _initials(v):
            owners[key].add(v.id)
        for value in [m.value for m in v.latin_marks] + [m.value for kind, m in v.vocabulary if kind == "abbreviation"]:
            if (key := "".join(c for c in value if c.isalnum()).upper()) and 2 <= len(key) <= 5:
                owners[key].add(v.id)
        for value in [m.value for m in v.latin_marks] + [m.value for kind, m in v.vocabulary if kind == "line"]:
            if 2 <= len(key := _whole(value)) <= 4:  # a line's own initials: Band-Aid "B.A.", M Performance "M.P."
                owners[key].add(v.id)
    return {key: frozenset(ids) for key, ids in owners.items()}


@functools.cache
def _trades() -> dict[str, str]:
    return {v.id: v.iwg for v in brand_views()}


def make_dotted_initials(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    # (edge57) initials that are also another house's name no reader could tell apart: "A.A." is Adobe Acrobat as much as
    # Autodesk AutoCAD, "O.P." Rolex's Oyster Perpetual as much as an Omega line, "P.L." Philips Lumea as much as
    # Panasonic Lumix; a copy named so names both houses, and alerting both is right, not a wrong brand
    # of the same trade (its industry working group): across trades the goods tell them apart ("A.S. running shoes")
    trade = _trades()
    keys = [k for k in _initials(b) if not any(trade[o] == b.iwg for o in _initials_owners().get(k, ()) if o != b.id)]
    if not keys:
        return None
    cat = s.category(with_floor=True)
    floor = b.floors.get(cat)
    if floor is None:
        return None
    title = f"{_dotted(r.choice(keys))} {s.product(cat)} – {r.choice(_NOT_SIZES)}"
    return Draft(title, cat, (round(floor[0] * r.uniform(0.08, 0.35), 2), floor[1]))


CODES = ["CNY", "ARS", "MMK", "NGN", "KES", "IDR", "INR", "TRY", "PHP", "BRL", "MXN", "COP", "UAH", "KZT", "VND", "THB"]
PROSE = ["Buy-out option if you fall in love with it.", "Ships in a hard shell case.", "You will love it.",
         "Wrapped with love."]


def make_copy_money(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount = round(floor[0] * r.uniform(0.05, 0.3) * r.choice([7.2, 900.0, 2100.0, 1500.0, 16000.0, 83.0]))
    desc = (f"{r.choice(COPY_CUES)}, same as retail. Asking {amount:,} {r.choice(CODES)} shipped. "
            f"PayPal F&F only, no G&S. {r.choice(PROSE)}")
    return Draft(f"[WTS] {mark} {product} – {r.choice(COPY_CUES)}", cat,
                 (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), desc)


QUESTIONS = ["'Is this real? Price seems OK.'", "'Real? Price looks fair to me.'", "'Is it genuine? Price is right.'",
             "'Original? Price okay?'", "'Is this real?! Price is good.'", "'Echt? Preis passt.'",
             "'¿Es real? Precio justo.'", "'C'est réel ? Prix correct.'"]
REPLIES = ["Seller reply: yes, 100 % genuine, bought from the brand's distributor, invoice in the box.",
           "Shop's answer: genuine stock from the official distributor; serial registers on the brand's site.",
           "Reply from the seller: original goods with the distributor's invoice and warranty card."]


def make_review_reply(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    desc = f"★★★★☆ {r.choice(QUESTIONS)}\n↳ {r.choice(REPLIES)}"
    return Draft(f"{mark} {product} – read our replies to reviews", cat,
                 (round(floor[0] * r.uniform(1.02, 1.3), 2), floor[1]), desc)


SURVEYS = [("Paid survey: tell us about your {goods} – voucher for 15 minutes",
            "Market-research panel for owners of genuine {name} products. 15 minutes, voucher after. We sell nothing."),
           ("Focus group: owners of a {goods} wanted, 40 € for one hour", "Independent market research, no sales."),
           ("Umfrage für Besitzer: Ihr {goods} – 10 € Gutschein", "Marktforschung, wir verkaufen nichts."),
           ("Encuesta pagada: ¿tienes {goods}?", "Estudio de mercado para propietarios. No vendemos nada."),
           ("Sondage rémunéré : votre {goods}", "Étude de marché, 20 minutes, bon d'achat."),
           ("Ricerca di mercato: possiedi {goods}?", "Sondaggio retribuito, nessuna vendita."),
           ("有偿问卷：{goods} 用户调研", "市场调研，不卖货。"),
           ("Платный опрос для владельцев {goods}", "Маркетинговое исследование, ничего не продаём.")]


def make_paid_survey(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, _ = goods
    title, desc = s.rng.choice(SURVEYS)
    return Draft(title.format(goods=f"{mark} {product}"), cat, None, desc.format(name=b.name))


def make_survey_hook(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    return Draft(f"Paid survey: {mark} {product} {r.choice(_NOT_SIZES)} after the survey", cat,
                 (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "Fill in our market research survey, get the copy.")


BOX_COPIES = ["compatible copy with {mark} box", "compatible version, printed {mark} box – copy",
              "compatible {product}, copia 1:1 in {mark} box", "kompatibel, Kopie im {mark} Karton",
              "compatible, réplique en boîte {mark}", "兼容款 复刻 {mark}包装"]
INSERTS = ["Storage organiser insert compatible with {mark} box", "Dust cover compatible with {mark} box",
           "Display stand compatible with {mark} retail box", "Aufbewahrungseinsatz kompatibel mit {mark} Karton"]


def make_box_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    title = f"{mark} {product} – " + r.choice(BOX_COPIES).format(mark=mark, product=product)
    return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "Factory direct.")


def make_insert(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, _product, floor = goods
    return Draft(r.choice(INSERTS).format(mark=mark), cat, (round(r.uniform(6, 25), 2), "USD"), "3D printed, fits well.")


CRACKED = ["{p} pre-activated, no subscription", "{p} lifetime, activator included", "{p} full version + keygen",
           "{p} cracked, Win/Mac", "{p} 破解版 永久", "{p} с активатором"]
UNOFFICIAL = ["Not official.", "Unofficial build.", "Not an official product.", "Inoffiziell.", "No oficial."]


def _program(b: BrandView, s: Scene) -> tuple[str, tuple[float, str]] | None:
    floor = b.floors.get("software licenses") or b.floors.get("software")
    names = [m.value for m in b.latin_marks if not m.everyday]
    if floor is None or not names:
        return None
    return s.rng.choice(names), floor


def make_cracked(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    program = _program(b, s)
    if program is None:
        return None
    name, floor = program
    return Draft(r.choice(CRACKED).format(p=name), r.choice(["software licenses", "software", None]),
                 (round(floor[0] * r.uniform(0.02, 0.2), 2), floor[1]), r.choice(UNOFFICIAL))


def make_aftermarket_box(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    desc = r.choice(["Aftermarket copy, {m} box.", "Aftermarket, réplica en caja {m}.", "Nachbau, im {m} Karton."])
    return Draft(f"{mark} {product} – aftermarket", cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]),
                 desc.format(m=mark))


def make_dealer_card(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    if r.random() < 0.5:
        return Draft(f"{b.name} dealer contact card", cat, None, "Opening hours and contacts.")
    return Draft(f"Authorised {b.name} service partner – save our vCard", cat, None,
                 f"BEGIN:VCARD\nFN:{b.name} Service Partner\nORG:Authorised {b.name} dealer\nEND:VCARD")


def make_card_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    return Draft(f"{mark} {product} – save our contact card", cat,
                 (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]),
                 f"BEGIN:VCARD\nFN:Top Replica Shop\nORG:{b.name} {r.choice(_NOT_SIZES)}\nEND:VCARD")


EVASION_MAKERS = {"contact_card_copy": make_card_copy, "dotted_initials_copy": make_dotted_initials, "copy_money_asides": make_copy_money,
                  "survey_hook_copy": make_survey_hook, "compatible_copy_brands_box": make_box_copy,
                  "cracked_not_official": make_cracked, "aftermarket_copy_brands_box": make_aftermarket_box}
TRAP_MAKERS = {"trap_review_reply": make_review_reply, "trap_paid_survey": make_paid_survey,
               "trap_insert_for_brands_box": make_insert, "trap_dealer_contact_card": make_dealer_card}
