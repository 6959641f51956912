"""The adversary's classes of mangled text, genuine and copy (text57, issue 9):

- genuine goods at a shop's price whose text is mangled by honest causes the mark readers see through: a publishing
  system's break opportunities (soft hyphens, zero-width spaces) in the long words of the page, the mark's among them; an
  emoji seller's style (presentation selectors, skin tones, joined emoji sequences); a clumsy or machine translation of a
  shop's stock phrases that praises the goods' quality beside its claim of genuine goods and its papers (invoice,
  receipt, the maker's warranty); a product sheet scanned into the description, OCR's misreadings in its words and in the
  mark ("H0nda", "oi1", "rnanual"): quiet (trap);
- the same mangled text on a stated copy at a copy's price: alert (evasion);
- the mark cut between the title's end and the description's start with an ellipsis on each side ("… Pana…" /
  "…sonic"), a copy word and a copy's price: alert (evasion).

Written from general knowledge of how CMSs hyphenate (&shy;, <wbr>, zero-width spaces in CJK-aware templates), how
Unicode builds emoji (UTS #51: U+FE0F, skin-tone modifiers, ZWJ sequences), how machine translation renders sellers'
stock phrases in English and other languages, and how feeds cut titles; the sentences are this module's own, no
held-out listing's string (after outsider46's in_cms_softhyphen_genuine46, in_emoji_seller_genuine46,
in_machine_translation_genuine46 and c_split_fields46, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced
from tests.eval.adversary.admit55 import _name
from tests.eval.adversary.private56 import _kind

EVASIONS = {
    "mangled_copy57": "a stated copy at 5-30 % of the floor in text mangled as honest shops' is (soft hyphens and "
                      "zero-width spaces in long words, emoji sequences, machine-translated praise, OCR misreadings), "
                      "11 wordings, 6 languages",
    "split_fields_ellipsis57": "the mark cut between the title's end and the description's start with an ellipsis on "
                               "each side ('… Pana…' / '…sonic'), a copy word, 5-30 % of the floor",
}
TRAPS = {
    "trap_mangled_genuine57": "genuine goods at 100-140 % of the floor in text mangled by honest causes: a CMS's soft "
                              "hyphens and zero-width spaces (the mark's too), an emoji seller's style, machine-translated "
                              "praise beside a claim of genuine goods and its papers, a scanned sheet's OCR misreadings; "
                              "15 wordings, 7 languages",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

SHY, ZWSP = "\u00ad", "\u200b"


def hyphenate(text: str, rng, breaks: str = SHY, at_least: int = 5) -> str:
    """Every word of `at_least` letters or more with a break opportunity inside it (two letters or more on each side),
    as a CMS's hyphenator leaves them; now and then a zero-width space in place of a soft hyphen."""
    out = []
    for word in text.split(" "):
        letters = sum(ch.isalpha() for ch in word)
        if letters >= at_least and word.isalpha() or letters >= at_least + 2:
            k = rng.randint(2, len(word) - 2)
            if word[k - 1].isalpha() and word[k].isalpha():
                word = word[:k] + (ZWSP if rng.random() < 0.25 else rng.choice(breaks)) + word[k:]
        out.append(word)
    return " ".join(out)


# a shop's honest page (title, description): {g} the goods as the title names them, {n} the brand's name; hyphenated
CMS = [
    ("{g} | Authorized Retailer", "Authorized {n} retailer. Genuine product, full manufacturer warranty, invoice with "
                                  "every order. Free returns within 30 days."),
    ("{g} – official stockist", "Official {n} stockist since 2009. Brand new and sealed, manufacturer warranty, VAT "
                                "invoice included. Express delivery."),
    ("{g} – Vertragshändler", "Autorisierter {n} Fachhändler. Originalware, Herstellergarantie, Rechnung mit "
                              "ausgewiesener Mehrwertsteuer. Kostenlose Rücksendung."),
    ("{g} – revendeur agréé", "Revendeur officiel {n}. Produit authentique, garantie constructeur, facture incluse. "
                              "Livraison suivie."),
]
# an emoji seller's page: presentation selectors, skin tones, joined sequences
EMOJI = [
    ("\u2728\u2764\ufe0f {g} \u2714\ufe0f brand new \U0001f44d\U0001f3fd",
     "\u2705 genuine {n} \u2705 bought at the {n} boutique \U0001f9fe receipt included \u2764\ufe0f\u2764\ufe0f "
     "\U0001f468\u200d\U0001f469\u200d\U0001f467 family run shop \u2708\ufe0f fast dispatch"),
    ("\u2b50\ufe0f {g} \u2b50\ufe0f new in box \U0001f64c\U0001f3fb",
     "\u2611\ufe0f authentic {n} from an authorized dealer \u2611\ufe0f invoice + warranty card \U0001f4e6 "
     "\U0001f3c3\u200d\u2640\ufe0f same day shipping \u2763\ufe0f"),
    ("\U0001f381 {g} \u2665\ufe0f nuevo \U0001f44c\U0001f3fe",
     "\u2714\ufe0f {n} original, comprado en tienda oficial \U0001f9fe con factura y garantía \u2764\ufe0f\u200d"
     "\U0001f525 envío rápido"),
    ("\u2600\ufe0f {g} \U0001f49b neu & originalverpackt",
     "\u2714\ufe0f echte {n} Ware \u2714\ufe0f Kassenbon liegt bei \u270c\ufe0f Herstellergarantie \U0001f469\u200d"
     "\U0001f4bb Versand am nächsten Tag"),
]
# machine-translated shops' stock phrases: praise of the quality beside a claim of genuine goods and its papers
TRANSLATED = [
    ("{g} original genuine new with invoice", "It is genuine product of {n}, we are give the invoice and the "
                                              "warranty of manufacturer. Quality is very good, send quickly. Thanks for "
                                              "you trust."),
    ("{g} authentic new sealed warranty", "This article is authentic {n}, buy from the official distributor, receipt "
                                          "is include. Quality is fine, the packing is perfect. We wait your order."),
    ("{g} original auténtico nuevo", "Es producto auténtico de {n}, vendemos con la factura y la garantía del "
                                     "fabricante. Calidad muy buena, llega rápido."),
    ("{g} authentique neuf avec facture", "C'est le produit authentique de {n}, nous vendons avec la facture et la "
                                          "garantie du fabricant. Très bonne qualité, livraison rapide."),
    ("{g} echt neu mit Rechnung", "Ist echte Ware von {n}, wir verkaufen mit Rechnung und Herstellergarantie. Sehr "
                                  "gute Qualität, schnell Versand."),
    ("{g} genuine baru bergaransi", "Produk genuine {n}, kami jual dengan invoice dan warranty resmi. Kualitas sangat "
                                    "bagus, kirim cepat."),
]
# a product sheet scanned and read by OCR into the description (the title typed): {g} the goods, {n} the brand's name
SCANNED = [
    ("{g} – authorized dealer, new", "Datasheet (scanned): {g}. Genuine {n} product with the manufacturer warranty. "
                                     "Supplied by an authorized {n} dealer, invoice with every order."),
    ("{g} neu vom Vertragshändler", "Produktblatt (gescannt): {g}. Originalware von {n}, Herstellergarantie, Rechnung "
                                    "liegt bei."),
    ("{g} neuf, revendeur agréé", "Fiche produit (numérisée) : {g}. Produit authentique {n}, garantie constructeur, "
                                  "facture incluse."),
]
# the same mangling on a stated copy
COPY_CMS = [
    ("{g} | Premium replica", "Replica of {n} goods, 1:1 look, not original. Logo and tags included. Ships from our "
                              "warehouse."),
    ("{g} – Kopie", "Hochwertige Kopie, keine Originalware von {n}. Logo und Etiketten wie beim Original."),
    ("{g} – copie conforme", "Copie de qualité, pas l'original {n}. Logo et étiquettes comme l'original."),
]
COPY_EMOJI = [
    ("\u2728 {g} \u2764\ufe0f 1:1 mirror \U0001f44d\U0001f3fd",
     "\u2705 replica {n} \u2705 not original \U0001f4e6 logo + box \u2764\ufe0f\u200d\U0001f525 fast ship"),
    ("\u2b50\ufe0f {g} AAA copy \U0001f64c\U0001f3fb",
     "\u2611\ufe0f copy of {n}, same as original \u2611\ufe0f \U0001f3c3\u200d\u2640\ufe0f ships today"),
    ("\U0001f381 {g} réplica \u2665\ufe0f", "\u2714\ufe0f réplica {n} AAA, no es original \U0001f9fe envío rápido"),
]
COPY_TRANSLATED = [
    ("{g} replica 1:1 good quality", "It is replica of {n}, not original, but quality is very good same like original. "
                                     "We are give invoice. Send quickly."),
    ("{g} copia calidad AAA", "Es copia de {n}, no es original, calidad muy buena igual al original, con factura."),
    ("{g} Kopie gute Qualität", "Ist Kopie von {n}, nicht original, aber sehr gute Qualität wie Original, mit Rechnung."),
]
COPY_SCANNED = [
    ("{g} replica, copy of the original", "Datasheet (scanned): {g}. Replica of {n}, not original, logo on the goods."),
    ("{g} Kopie", "Produktblatt (gescannt): {g}. Kopie, kein Original von {n}, mit Logo."),
]
# a copy word in the title before the cut mark (the title ends "{head}…", the description opens "…{tail}")
SPLIT_COPY = [
    ("{c} replica 1:1 {head}…", "…{tail} replica 1:1, not original. Logo on the goods, ships in 2 days."),
    ("{c} copia AAA {head}...", "...{tail} – copia AAA, no es original, con logo."),
    ("{c} Nachbildung {head}…", "…{tail}. Nachbildung, kein Original, mit Logo."),
    ("{c} super copy {head}..", "..{tail} super copy, same as the original, not original."),
    ("{c} podróbka {head}…", "…{tail}, podróbka z logo, nie oryginał."),
    ("{c} 高仿 {head}…", "…{tail} 高仿 1:1 非原装"),
]


# what OCR reads a letter as (one misreading a word): the shapes scanners confuse (0/o, 1/l, l/i, 5/s, 8/b, rn/m, cl/d,
# c/e, vv/w)
MISREAD = {"o": "0", "O": "0", "l": "1", "i": "l", "s": "5", "S": "5", "B": "8", "m": "rn", "d": "cl", "e": "c", "w": "vv"}


def misread(text: str, rng, share: float = 0.35, keep: frozenset = frozenset()) -> str:
    """The text as OCR read it: about `share` of its words of four letters or more with one letter misread, every word of
    `keep`'s letters (the mark's) misread too."""
    out = []
    words = text.split(" ")
    # (a scan misreads more than the mark: one ordinary word at least)
    ordinary = [n for n, w in enumerate(words) if sum(ch.isalpha() for ch in w) >= 5 and w.isalpha()
                and w.casefold() not in keep]
    surely = rng.choice(ordinary) if ordinary else -1
    for n, word in enumerate(words):
        places = [k for k, ch in enumerate(word) if ch in MISREAD and (k or ch not in "mdw")]
        if places and sum(ch.isalpha() for ch in word) >= 4 and (word.strip(".,:;()").casefold() in keep
                                                                  or n == surely or rng.random() < share):
            k = rng.choice(places)
            word = word[:k] + MISREAD[word[k]] + word[k + 1:]
        out.append(word)
    return " ".join(out)


def _mangled(b: BrandView, s: Scene, share: tuple[float, float], cms, emoji, translated, scanned) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    n = _name(b, mark)
    kind = s.rng.random()
    title, desc = s.rng.choice(cms if kind < 0.3 else emoji if kind < 0.55 else translated if kind < 0.8 else scanned)
    title, desc = title.format(g=f"{mark} {product}", n=n), desc.format(g=f"{mark} {product}", n=n)
    if kind < 0.3:  # a CMS's hyphenation: every long word of the page, the mark's among them
        title, desc = hyphenate(title, s.rng), hyphenate(desc, s.rng)
    elif kind >= 0.8:  # the scanned sheet: the description as OCR read it, the mark's words among the misread
        desc = misread(desc, s.rng, keep=frozenset(w.casefold() for w in mark.split()))
    return Draft(title, cat, price, desc)


def make_mangled_genuine(b: BrandView, s: Scene) -> Draft | None:
    return _mangled(b, s, (1.0, 1.4), CMS, EMOJI, TRANSLATED, SCANNED)


def make_mangled_copy(b: BrandView, s: Scene) -> Draft | None:
    return _mangled(b, s, (0.05, 0.3), COPY_CMS, COPY_EMOJI, COPY_TRANSLATED, COPY_SCANNED)


def make_split_fields_ellipsis(b: BrandView, s: Scene) -> Draft | None:
    """The brand's name of five letters or more cut after two letters to two before its end, an ellipsis on each side."""
    word = next((m.value for m in b.disguisable if len(m.value.replace(" ", "")) >= 5
                 and all(w.isascii() and w.isalpha() and len(w) >= 2 for w in m.value.split(" "))), None)
    if word is None or (goods := _priced(b, s, (0.05, 0.3))) is None:
        return None
    _, cat, product, price = goods
    joined = word.replace(" ", "") if s.rng.random() < 0.5 else word
    # a cut that leaves two letters or more on each side of it and of any space
    cuts = [k for k in range(2, len(joined) - 1) if " " not in joined[k - 2:k + 2]]
    cut = s.rng.choice(cuts)
    title, desc = s.rng.choice(SPLIT_COPY)
    fill = {"c": _kind(cat, product).capitalize(), "head": joined[:cut], "tail": joined[cut:]}
    return Draft(title.format(**fill), cat, price, desc.format(**fill))


EVASION_MAKERS = {"mangled_copy57": make_mangled_copy, "split_fields_ellipsis57": make_split_fields_ellipsis}
TRAP_MAKERS = {"trap_mangled_genuine57": make_mangled_genuine}
