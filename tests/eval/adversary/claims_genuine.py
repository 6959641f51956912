"""Genuine goods in honest words (issue 9, precision; genuine32): the owner's or the office's own words for a genuine
unit, which must stay quiet, and the copies that borrow them, which must still alert.

- trap_bought_from_brand: a genuine unit at or above the floor whose seller claims it genuine, denies a copy and names
  the brand itself as where it was bought ("100% genuine, not a replica, bought at Puma", "100% echt, keine Fälschung,
  gekauft bei Omega", "100% original, no es réplica, comprado en Samsung", "100% оригинал, не подделка, куплено в
  Samsung"), in many languages;
- trap_resale_standing: a registered model named by its number at 86-99 % of its list-price floor, with a resale's
  standing ("full set, authenticated", "box and papers, service history", "authenticated by Entrupy");
- trap_oem_spare_genuine: the maker's own spare called "OEM spare, genuine" at or above the floor;
- trap_lost_property_verified: a lost-property office's auction of an unclaimed item it verified genuine
  ("Fundbüro-Versteigerung: …, echt, geprüft", "Lost property auction: … (verified genuine)") at 30-95 % of the floor;
- fake_claims_genuine_copy: the copies that borrow those words: a denial beside the copy's grade ("not a replica,
  mirror quality", "no fake, 1:1 original quality") at a copy's price, "bought at" the brand beside a grade word at a
  copy's price, "OEM quality / OEM factory / same factory as original" at a copy's price, and a lost-and-found sale
  whose check found a copy ("copy, checked", "laut Prüfung Nachbau").

Written from general knowledge of resale, parts and lost-property listings (Vinted, Kleinanzeigen, Avito, eBay, police
and municipal auctions); no held-out listing was read for the wordings.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import SOFTWARE, _floored, _price, _retail_price

TRAPS = {
    "trap_bought_from_brand": "a genuine unit at or above the floor, claimed genuine, a copy denied, bought from the brand "
                              "itself ('100% genuine, not a replica, bought at Puma'), in many languages",
    "trap_resale_standing": "a registered model by its number at 86-99 % of its list price with a resale's standing "
                            "(full set, authenticated, box and papers, service history)",
    "trap_oem_spare_genuine": "the maker's own spare called 'OEM spare, genuine' at or above the floor",
    "trap_lost_property_verified": "a lost-property office's auction of an unclaimed item verified genuine (echt, geprüft; "
                                   "serial verified; verified genuine) at 30-95 % of the floor",
}
EVASIONS = {
    "fake_claims_genuine_copy": "the same honest words borrowed by a copy: a denial beside a grade ('not a replica, mirror "
                                "quality'), 'bought at' the brand beside a grade, 'OEM quality / OEM factory', a "
                                "lost-and-found check that found a copy, at a copy's price",
}

# (title shape with {m} {p}, description with {m}) of a claim, a denial and a purchase from the brand
BOUGHT = [
    ("{m} {p} – genuine, not a replica", "100% genuine, no replica, bought at {m}."),
    ("{m} {p} original, not a copy", "Bought at the {m} store last year, 100% original."),
    ("{m} {p} – 100% echt, keine Fälschung", "Gekauft bei {m}, 100% echt."),
    ("{m} {p} original, no es réplica", "100% auténtico, comprado en {m}."),
    ("{m} {p} authentique, pas une copie", "Acheté chez {m}, 100% authentique."),
    ("{m} {p} originale, non è una replica", "Acquistato da {m}, 100% originale."),
    ("{m} {p} original, não é réplica", "Comprado na loja {m}, 100% original."),
    ("{m} {p} oryginał, nie podróbka", "Kupione w {m}, 100% oryginał."),
    ("{m} {p} оригинал, не подделка", "100% оригинал, куплено в {m}."),
    ("{m} {p} orijinal, çakma değil", "{m} mağazasından alındı, 100% orijinal."),
    ("{m} {p} original, bukan KW", "Dibeli di {m}, 100% original."),
    ("{m} {p} chính hãng, không phải hàng fake", "Mua tại {m}, 100% chính hãng."),
]
STANDING = ["full set, authenticated", "box and papers, service history", "authenticated by Entrupy, full set",
            "Full Set, Echtheitszertifikat", "boîte et papiers, authentifié", "caja y papeles, autenticado",
            "certificate of authenticity, box and papers"]
SPARE = [("{m} {p} – OEM spare, genuine", "Original spare in {m} packaging."),
         ("{m} OEM spare part for {p}, genuine", "Genuine {m} part, from the service network."),
         ("{m} {p} OEM replacement, original", "In the maker's packaging."),
         ("Repuesto OEM {m} {p}, original", "Pieza original {m}."),
         ("{m} {p} OEM Ersatzteil, original", "Originalverpackt."),
         ("Ricambio OEM {m} {p}, originale", "Confezione originale {m}.")]
LOST = [("Fundbüro-Versteigerung: {m} {p}, echt, geprüft", "Lost property office auction, serial verified."),
        ("Lost property auction: {m} {p} (verified genuine)", "Unclaimed after 6 months; checked by an authorised "
                                                               "dealer, genuine."),
        ("Police lost property auction – {m} {p}, authenticity verified", "Unclaimed item, auction ends Sunday."),
        ("Airport lost and found auction: {m} {p}, serial verified", "Unclaimed luggage item, verified genuine."),
        ("Fundsachenversteigerung: {m} {p} – Echtheit geprüft", "Fundsache, Auktion der Stadt."),
        ("Vente aux enchères objets trouvés : {m} {p}, authentifié", "Objets trouvés de la mairie, authenticité vérifiée."),
        ("Subasta de objetos perdidos: {m} {p}, autenticidad verificada", "Objetos perdidos del ayuntamiento."),
        ("Asta oggetti smarriti: {m} {p}, autenticità verificata", "Oggetti smarriti del comune."),
        ("Аукцион бюро находок: {m} {p}, подлинность подтверждена", "Бюро находок, невостребованная вещь."),
        ("遺失物オークション：{m} {p} 鑑定済み", "持ち主不明、正規品鑑定済。"),
        ("Kayıp eşya müzayedesi: {m} {p}, orijinalliği doğrulandı", "Sahipsiz eşya."),
        ("Lelang barang hilang: {m} {p}, asli terverifikasi", "Barang tidak diambil pemiliknya.")]
# the copies' twins: (title, description) at a copy's price
COPY = [("{m} {p} – not a replica, mirror quality", "No fake, 1:1 original quality."),
        ("{m} {p} – no fake, 1:1 original quality", "Not a replica, mirror quality, same as bought at {m}."),
        ("{m} {p} OEM quality", "OEM factory, same factory as original."),
        ("{m} {p} – OEM factory, same as original", "OEM quality, genuine look."),
        ("Lost & found sale: {m} {p} (copy, checked)", "Checked by our staff: a copy of the {m} {p}, not an original."),
        ("Fundbüro-Versteigerung: {m} {p} – Fälschung", "Laut Prüfung Nachbau, kein Original von {m}."),
        ("{m} {p} keine Fälschung, Spiegelqualität 1:1", "Gekauft bei {m}? Nein, Spiegelqualität."),
        ("{m} {p} no es réplica, calidad espejo AAA", "Calidad 1:1 igual al original."),
        ("Subasta de objetos perdidos: {m} {p} – réplica", "Revisado: es una copia, no original."),
        ("Аукцион бюро находок: {m} {p} – реплика", "Проверено: копия, не оригинал."),
        ("遺失物オークション：{m} {p} コピー品", "鑑定の結果、偽物です。"),
        ("{m} {p} 100% original, bukan KW? KW super 1:1", "Kualitas KW super, mirip asli.")]
RESALE = {"watches", "handbags", "jewelry", "sneakers", "outerwear", "parkas", "jackets", "scarves", "sunglasses",
          "golf clubs", "headphones", "phones", "cameras", "consoles", "leather goods", "trench coats", "jeans",
          "athletic shoes", "shoes", "bags", "backpacks", "tennis rackets"}
PARTS = {"auto parts", "spare parts", "parts", "accessories", "electric toothbrushes", "shavers", "vacuum cleaners",
         "cameras", "headphones", "printers", "ink", "motor oil", "tires", "tools", "power tools", "appliances"}


def _goods(b: BrandView, s: Scene) -> str | None:
    return _floored(b, s, {c for c in b.categories if "prescription" not in c and c not in SOFTWARE})


def make_bought_from_brand(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title, desc = s.rng.choice(BOUGHT)
    return Draft(_cap(title.format(m=m, p=p)), cat, _retail_price(b, s, cat, m, p), desc.format(m=b.name))


def make_resale_standing(b: BrandView, s: Scene) -> Draft | None:
    models = [md for md in b.models if md.floor is not None and md.value and md.name
              and "oem" not in md.name.casefold().split()]  # a licence key's "OEM" edition is no resold unit
    cat = next((c for c in b.categories if c in RESALE), None)  # goods resold with papers and an authentication
    if not models or cat is None:
        return None
    md = s.rng.choice(models)
    amount = round(md.floor[0] * s.rng.uniform(0.87, 0.99), 2)
    standing = s.rng.choice(STANDING)
    name = md.name if md.name.casefold().startswith(b.name.casefold()) else f"{b.name} {md.name}"
    return Draft(_cap(f"{name} {md.value} – {standing}"), cat, (amount, md.floor[1]),
                 s.rng.choice(["Full set, service history.", "Box and papers included.", "Authenticated, receipt kept.",
                               "Vollständiges Set."]))


def make_oem_spare_genuine(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _floored(b, s, PARTS & set(b.categories))) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title, desc = s.rng.choice(SPARE)
    return Draft(_cap(title.format(m=m, p=p)), cat, _price(b, s, cat, 1.05, 2.0, m), desc.format(m=b.name))


def make_lost_property_verified(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title, desc = s.rng.choice(LOST)
    return Draft(_cap(title.format(m=m, p=p)), cat, _price(b, s, cat, 0.3, 0.95, m), desc)


def make_claims_genuine_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title, desc = s.rng.choice(COPY)
    return Draft(_cap(title.format(m=m, p=p)), cat, _price(b, s, cat, 0.05, 0.3, m), desc.format(m=b.name, p=p))


TRAP_MAKERS = {"trap_bought_from_brand": make_bought_from_brand, "trap_resale_standing": make_resale_standing,
               "trap_oem_spare_genuine": make_oem_spare_genuine,
               "trap_lost_property_verified": make_lost_property_verified}
EVASION_MAKERS = {"fake_claims_genuine_copy": make_claims_genuine_copy}
