"""The structured fields around a listing's text that the matcher reads as words: the nodes of its category path and
the host name of its URL.

A counterfeit may leave its title and description generic ("bracelet brand new", "console novo -70%") and let a
structured field carry the brand: a marketplace's brand node in the category path ("Shop by brand > Swarovski",
"Fashion > Bags > Louis Vuitton"), or the host name of the shop's own site ("rolexoutlet.shop",
"www.sony-official-store.top", "apple.outlet-eu.com", "dyson-airwrap-sale.myshopify.com"). `category_nodes` and
`host_words` turn them into words the mark detectors read (context/fields.py, `OtherFields`); a brand so named is
evidence that needs the brand's category with a counterfeit cue or a price far below the floor (`needs_cue`), as a
search tag does: genuine retailers file the brand's goods under its node at a fair price, and shops name their
hosts after the brands they stock.

- Category path: cut at the breadcrumb separators (">", "›", "»", "|", " / "; prices.py `_LEVELS` less the bare "/"
  of "Computers/Tablets"). A node qualified by another sense in brackets ("Nike (mythology)", "Apple (fruit)") and
  every node of a path filed among printed or recorded works (books, music, films, magazines, in the languages of
  phrasebook.py: a subject, not a maker) name no brand.
- URL host: the host of `Listing.url`, IDNA-decoded ("xn--lancmeoutlet-rfb.shop" -> "lancômeoutlet.shop": the
  `idna` package, UTS #46), without its public suffix (the Public Suffix List of publicsuffixlist, ICANN and private
  sections: ".co.uk", ".myshopify.com" and ".github.io" are no words of the shop), cut into labels and at hyphens,
  and a label glued from a mark and shop words cut there ("rolexoutlet" -> "rolex outlet", "cartierdeals",
  "bestdysondeals") when the rest is a word (SHOP_WORDS, an English word at Zipf >= GLUE_ZIPF, digits): "canonicalurl"
  and "shopee" stay whole. The marketplace's own name (`Listing.marketplace`) is no word of the shop.
- The brand's own domain (the registrable label is a mark as a whole and the suffix a legacy generic TLD or a
  country's: "dyson.com", "rolex.co.uk", "shop.sony.de") is a reference to the brand, not a claim: `host_words` says
  so (`official`), and the URL names nothing. A new generic TLD ("rolex.shop", "sony.top") is not the brand's site.

Cost: a dict lookup per listing for a category seen before (categories repeat), and for a URL a dict lookup of its
host (hosts repeat: a marketplace's host, a shop's); a host seen the first time costs its parse, one Public Suffix
List lookup (~5 µs) and a few hash lookups per label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from services.matcher.core.normalise import latin_text

# breadcrumb separators of a category path: prices._LEVELS without the bare "/" ("Computers/Tablets & Networking")
_NODES = re.compile(r"\s*(?:>|›|»|\||\s/\s|\\)\s*")
# a node that lists brands ("Shop by brand", "Brands", "Marken", "Marques", "Marcas", "Marki", "Бренды", "Markalar",
# "品牌"): the node below it is a brand, not a word's other sense ("Marki > Omega" is the watchmaker, not the letter);
# the words are _BRAND_QUALIFIERS'
_BRAND_LIST = re.compile(r"(?<![a-z])(?:shop by brand|brands?|designers?|marken?|marques?|marcas?|marki|marka|markalar|"
                         r"merken?|brendy|marchi|thuong hieu|pin pai)(?![a-z])")
_QUALIFIER = re.compile(r"\(([^()]*)\)\s*$")
# a qualifier that says the node IS the brand ("Apple (brand)", "Nike (Marke)"): Wiktionary's translations of "brand"
_BRAND_QUALIFIERS = frozenset({"brand", "brands", "marke", "marque", "marca", "merk", "marka", "бренд", "марка",
                               "品牌", "ブランド", "브랜드", "official", "designer"})
# departments of printed or recorded works (a node there names a subject: "Books > Mythology > Nike"), in the languages
# of phrasebook.py (Wiktionary's translations of "book", "music", "film", "magazine", "comic"; eBay, Amazon, Allegro,
# Rakuten, Taobao department names)
WORKS = frozenset({"books", "book", "music", "movies", "movie", "films", "film", "dvd", "dvds", "blu ray", "cds",
                   "vinyl", "records", "magazines", "magazine", "comics", "comic", "manga", "audiobooks", "ebooks",
                   "textbooks", "bucher", "buch", "musik", "filme", "zeitschriften", "livres", "livre", "musique",
                   "revues", "bd", "libros", "libro", "musica", "peliculas", "revistas", "livros", "filmes", "libri",
                   "riviste", "fumetti", "boeken", "ksiazki", "muzyka", "filmy", "kitaplar", "kitap", "dergiler",
                   "knigi", "книги", "книга", "музыка", "фильмы", "журналы", "图书", "書籍", "书籍", "音乐", "音樂",
                   "本", "雑誌", "音楽", "漫画", "도서", "책", "음악", "كتب", "ספרים", "หนังสือ", "sach"})
# words of a shop's host beside a mark (outlet, deals, official store ...), in English and the marketplaces' languages
# (written for BrandSentry from the hosts of the counterfeit shops that brand-protection reports list: "-outlet",
# "-sale", "-official-store", "-shop", "-uk", "-online"); any English word at GLUE_ZIPF also counts
SHOP_WORDS = frozenset({"outlet", "outlets", "shop", "shops", "store", "stores", "sale", "sales", "deal", "deals",
                        "official", "online", "mall", "market", "mart", "boutique", "discount", "discounts", "cheap",
                        "clearance", "factory", "wholesale", "club", "hub", "world", "direct", "express", "global",
                        "best", "top", "hot", "new", "my", "the", "buy", "get", "vip", "plus", "pro", "zone", "center",
                        "centre", "house", "home", "official", "offical", "original", "originals", "authentic", "real",
                        "luxury", "lux", "replica", "replicas", "copy", "fake", "fakes", "aaa", "kaufen", "tienda",
                        "loja", "negozio", "magasin", "sklep", "magazin", "magaza", "toko", "cuahang", "en", "us",
                        "uk", "eu", "de", "fr", "es", "it", "au", "ca", "jp", "kr", "cn", "hk", "tw", "br", "mx",
                        "ru", "in", "nl", "pl", "se", "tr", "sg", "my", "ph", "th", "vn", "id", "ae", "sa", "za"})
GLUE_ZIPF = 3.0  # an English word this frequent (wordfreq) is a word a shop glues to a mark ("rolexwatches")
MIN_GLUED = 3  # a mark glued in a host label has this many letters or more
# the generic TLDs that predate 2012's new ones: a mark alone under one of them (or a country's) is the brand's own
# domain; a new generic TLD (.shop, .top, .xyz, .store, .online) is what anyone registers (IANA root zone database)
LEGACY_GTLDS = frozenset({"com", "net", "org", "info", "biz", "int", "edu", "gov", "mobi", "asia", "eu"})
_LABEL_CUTS = re.compile(r"[-_]+")
_PIECES = re.compile(r"[a-z]+|[0-9]+")  # a label's words and numbers: "rolex-2026", "coach2026" -> coach, 2026
# words of a category node above a brand's node that file goods by the product they fit ("Cases & Covers > Apple",
# "Car Parts > BMW", "Compatible Ink > Canon", "Watch Bands > Apple"): English, with the departments' words of German,
# French, Spanish, Portuguese, Italian and Polish marketplaces (eBay, Amazon, Allegro, Mercado Libre category trees)
# a department that lists accessories among worn goods ("Clothing, Shoes & Accessories", "Fashion Accessories",
# "Jewelry & Watches Accessories"): eBay's, Amazon's and Zalando's top levels; its accessories are the brand's own
_DEPARTMENT = re.compile(r"(?<![a-z])(?:clothing|shoes|fashion|apparel|jewell?ery|handbags|bags|kleidung|schuhe|mode|"
                         r"vetements|chaussures|ropa|zapatos|moda|roupas|calcados|odziez|obuwie)(?![a-z])")
_FITS = re.compile(r"(?<![a-z])(?:accessor\w*|parts?|spares?|spare parts|compatible|replacements?|for|cases?|covers?|"
                   r"bands?|straps?|chargers?|cables?|adapters?|mounts?|skins?|protectors?|refills?|cartridges? for|"
                   r"zubehor|ersatzteile?|hullen|accessoires|pieces|repuestos|accesorios|fundas|pecas|acessorios|"
                   r"capas|accessori|ricambi|cover|akcesoria|czesci|etui)(?![a-z])")


def category_nodes(category: str | None) -> tuple[str, ...]:
    """The nodes of a category path that may name a brand: "Shop by brand > Swarovski" -> ("Shop by brand",
    "Swarovski"); () for a path filed among printed or recorded works (WORKS: "Books > Mythology > Nike"), and without
    the nodes qualified by another sense ("Nike (mythology)")."""
    if not category:
        return ()
    nodes = [n for n in _NODES.split(category) if n]
    out = []
    for node in nodes:
        folded = latin_text(node).strip() if node.isascii() else node.casefold().strip()
        if folded in WORKS or latin_text(node) in WORKS or any(w in WORKS for w in latin_text(node).split() if len(w) > 3):
            return ()
        if (m := _QUALIFIER.search(node)) and latin_text(m.group(1)).strip() not in _BRAND_QUALIFIERS \
                and m.group(1).strip().casefold() not in _BRAND_QUALIFIERS:
            continue
        if out and any(_FITS.search(latin_text(n)) and not _DEPARTMENT.search(latin_text(n)) for n in out):
            break  # "Cell Phones & Accessories > Cases > Apple", "Car Parts > BMW": the node says what the goods fit
        out.append(node)
    return tuple(out)


@cache
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list bundled with the package (no download), ICANN and private sections


def url_host(url: str | None) -> str:
    """The host of a URL, lower case, without port, user and trailing dot, IDNA-decoded ("xn--lancmeoutlet-rfb.shop"
    -> "lancômeoutlet.shop"); "" when there is none."""
    if not url:
        return ""
    at = url.find("//")
    rest = url[at + 2:] if at >= 0 else url
    end = len(rest)
    for sep in "/?#":
        k = rest.find(sep)
        if 0 <= k < end:
            end = k
    host = rest[:end].rsplit("@", 1)[-1].split(":", 1)[0].strip(".").lower()
    if "xn--" in host:
        import idna

        labels = []
        for label in host.split("."):
            if label.startswith("xn--"):
                try:
                    label = idna.decode(label)
                except (idna.IDNAError, UnicodeError, ValueError):
                    pass
            labels.append(label)
        host = ".".join(labels)
    return host


def host_words(host: str, marketplace: str, is_mark: Callable[[str], bool], is_whole_mark: Callable[[str], str]
               ) -> tuple[str, bool]:
    """(the shop's words in a host, official): the labels left of the public suffix, cut at hyphens, a label glued from
    a whole mark and shop words cut there ("www.rolexoutlet.shop" -> "rolex outlet"); without "www" and the
    marketplace's own name. official: the registrable label is a whole mark (`is_whole_mark`, letters only) under a
    legacy generic TLD or a country's (the brand's own site). is_mark(word): a word of a registered mark (the gate);
    is_whole_mark(letters): the words of the mark whose letters joined they are ("canadagoose" -> "canada goose"), or ""."""
    if not host or "." not in host:
        return "", False
    suffix = _suffixes().publicsuffix(host) or ""
    if not suffix or len(suffix) >= len(host):
        return "", False
    labels = host[:-len(suffix) - 1].split(".")
    registrable = latin_text(labels[-1]).replace(" ", "")
    top = suffix.rsplit(".", 1)[-1]
    official = (registrable.isalpha() and bool(is_whole_mark(registrable))
                and (suffix in LEGACY_GTLDS or len(top) == 2 and top.isascii()))
    if official:
        return "", True
    market = set(_LABEL_CUTS.split(marketplace.lower())) | {marketplace.lower().replace("-", "")}
    words: list[str] = []
    for label in labels:
        for piece in _PIECES.findall(latin_text(label).replace(" ", "")):
            if piece in ("www", "m", "shop") and not words and len(labels) > 1 or piece in market:
                continue
            words.extend(_unglued(piece, is_mark, is_whole_mark))
    return " ".join(words), False


def _unglued(piece: str, is_mark: Callable[[str], bool], is_whole_mark: Callable[[str], str]) -> list[str]:
    """A host label's piece cut where a whole mark is glued to shop words ("rolexoutlet" -> ["rolex", "outlet"],
    "bestdysondeals" -> ["best", "dyson", "deals"]); [piece] when no such cut leaves only words."""
    if not piece.isalpha() or is_mark(piece):
        return [piece]
    if whole := is_whole_mark(piece):
        return [whole]  # "canadagoose" -> "canada goose
    n = len(piece)
    for i in range(n):
        if i and not _shop_word(piece[:i]):
            continue
        for j in range(n, i + MIN_GLUED - 1, -1):
            if (j - i) == n:
                continue
            if (whole := is_whole_mark(piece[i:j])) and (j == n or _shop_word(piece[j:])):
                return [w for w in (piece[:i], whole, piece[j:]) if w]
    return [piece]


@lru_cache(maxsize=1 << 16)
def _shop_word(word: str) -> bool:
    """A word a shop glues to a mark: SHOP_WORDS, digits, or an English word at GLUE_ZIPF or more of two letters or
    more ("watches", "bags")."""
    if word in SHOP_WORDS or word.isdigit():
        return True
    if len(word) < 3:
        return False
    from services.matcher.core.word_frequencies import zipf_frequency

    return zipf_frequency(word, "en") >= GLUE_ZIPF


def under_brand_list(category: str | None, node_text: str) -> bool:
    """Whether the category path files `node_text` (a node's words) right under a node that lists brands ("Shop by
    brand > Omega", "Marki > Adobe", "Бренды > Puma"): the node is a brand there, whatever else its word means."""
    if not category:
        return False
    nodes = [latin_text(n).strip() for n in _NODES.split(category) if n]
    target = latin_text(node_text).strip()
    return any(n == target and k and _BRAND_LIST.fullmatch(nodes[k - 1]) for k, n in enumerate(nodes))
