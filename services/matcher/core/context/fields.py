"""Marks outside the title and description: the listing's item specifics, the seller's shop name, the URL's slug and the
file names of its photos.

A counterfeit may keep the mark out of its text and give it only in the item specifics ("Brand: Rolex",
"Model: 116610LN" under a generic "men's automatic watch 1:1") or in the shop's name ("Gucci Outlet
Store" selling a "leather belt, mirror quality"). `OtherFields.evidence(listing)` reads them for a
listing whose title and description name no brand (so the cost falls on such listings only, and only
when they have attributes or a seller name), with the detectors that find marks as written (marks,
aliases, model numbers: a disguise in an item specific is no likelier than elsewhere, and a shop name
is a name). Schema: `Listing.attributes` (dict[str, str]) and `Listing.seller.name` (schemas/models.py).

- attributes: only keys that name the item's own brand, maker, model or line ("Brand", "Marke", "marca",
  "品牌", "Model", "MPN", "Product Line"), never those saying what it fits ("Compatible Brand", "Fits
  Model", "适用型号"). The mention counts like an everyday word (field `attributes`): it alerts with
  something beside it (the brand's category, a cue, a low price), as an item specific is a claim the
  seller chose not to put in the title.
- seller: a mark in the shop's name counts only with strong corroboration (field `seller`: the brand's
  category and a counterfeit cue or a price far below the floor, as a weak candidate), since resellers of
  the genuine article and repair shops name their shops after brands too; an authorized seller still
  never alerts.
- url: the words of the listing URL's path (its "slug": /item/rolex-submariner-watch-1234, percent-decoded, cut at
  "-", "_", "/", "." and "+"), when it holds a word the title and description do not. Marketplaces write the slug from the
  title when the listing is created, so a mark in the slug but not in the text is a title edited to hide it; it
  counts only with strong corroboration (field `url`, a weak candidate that needs a cue: the brand's category and
  a counterfeit cue or a price far below the floor, `needs_cue`), since a shop's paths name the brands it stocks
  ("/c/samsung-accessories/clear-case": a cheap case is no cheap phone). The item's own slug (the last segment)
  counts with the brand's category alone, unless it says what the item fits or imitates ("case-for-iphone-15",
  "iphone-15-case-clear", "rolex-style-watch": then it names nothing). The item's own slug in the market's script
  (percent-decoded) is also read by sound (the transliteration detector: a sound-alike, with the brand's category and
  a cue or a low price). The host is read apart (below). Cost: a few string operations and a set test per path word for a listing with a URL
  that names no brand in its text; the detectors run only when the slug holds a word of a registered mark that the
  text does not (the words of the marks hashed at build, 12 bytes a word): about 7 CPU-µs a listing with a URL
  (bench.matcher's listings with URLs, 1,000 brands, load average 17).
- tags: the values of a search-tags item specific (TAG_KEYS: "Tags", "Keywords", "Search terms", "Schlagwörter",
  "标签", "タグ" ...), read as an option's value is (field `attributes`, needs_cue: the brand's category and a counterfeit
  cue or a price far below the floor), since sellers fill them with what buyers search for; a tag that says what the item
  fits or imitates is left out ("compatible with Nike", "rolex homage"), and a list naming STUFFED_BRANDS brands or more
  is keyword stuffing and names none of them.
- category path and URL host (context/structured.py; `_structured`, read for every listing whose text names no brand,
  a dict lookup for a category or host seen before): the nodes of `Listing.category` (field `category`) and the words of
  the URL's host (field `url`), with the brand's category and a cue or a low price, as a shop's name; a mark that is an
  everyday word outside the brand's category (and, in the path, not under a brands node) with a cue or a price far
  below the floor. A listing on the brand's own domain names nothing by its URL.
- image: the file names of the listing's photos (`Listing.images[].url`, the first MAX_PHOTOS), read by the same
  reader as the item's own slug and on the same terms (field `image`, the photo's number and URL in the evidence): a
  product shot saved from the brand's site keeps its name (".../uploads/2026/11/rolex-submariner-date-41mm-1.jpg")
  under a generic title. A CDN's hash or a camera's name (IMG_2041.JPG) holds no mark word and opens nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from copy import copy
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote, unquote_plus

from schemas import Listing, MarkFingerprint
from services.matcher.core.alternation import longest_first, trie_pattern
from services.matcher.core.memo import Memo
from services.matcher.core.context.accessory import BETWEEN
from services.matcher.core.context.structured import MIN_GLUED, category_nodes, host_words, under_brand_list, url_host
from services.matcher.core.fuzzy import WordHashes
from services.matcher.core.normalise import ListingText, latin_text, mark_words
from services.matcher.core.scoring import Evidence, join_detail

# Keys of item specifics that name the item itself, in the languages of phrasebook.py (written for
# BrandSentry from eBay's item specifics, Amazon's product details and Taobao's 品牌/型号 fields).
OWN_KEYS = ("brand", "brand name", "make", "maker", "manufacturer", "label", "designer", "model", "model name",
            "model number", "mpn", "product line", "line", "series", "collection", "reference", "ref",
            "marke", "hersteller", "modell", "marca", "fabricante", "modelo", "marque", "fabricant", "modèle",
            "merk", "fabrikant", "producent", "бренд", "марка", "производитель", "модель", "品牌", "型号", "款式",
            "系列", "ブランド", "メーカー", "型番", "モデル", "브랜드", "모델",
            # "brand" as the marketplaces of more languages label it (Wiktionary's translations of "brand", the
            # trademark sense; Allegro, Trendyol, Blocket, Tokopedia, Shopee, Lazada, Chợ Tốt item specifics)
            "marka", "märke", "merke", "mærke", "merkki", "márka", "značka", "znamka", "marchio", "merek", "jenama",
            "tatak", "thương hiệu", "nhãn hiệu", "brend", "μάρκα", "торговая марка", "торгова марка", "ยี่ห้อ",
            "แบรนด์", "ماركة", "العلامة التجارية", "برند", "מותג", "ब्रांड", "商标", "牌子", "상표")
# The keys of OWN_KEYS that name a model or a line, not a brand: of an accessory they say what it fits ("Model: iPhone 15"
# of a case)
MODEL_KEYS = ("model", "model name", "model number", "mpn", "product line", "line", "series", "collection", "reference",
              "ref", "modell", "modelo", "modèle", "модель", "型号", "款式", "系列", "型番", "モデル", "모델")
_MODEL_KEY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(latin_text(k)) for k in MODEL_KEYS if k.isascii() or k == 'modèle')})(?![a-z0-9])")
_WIDE_MODEL_KEYS = tuple(k for k in MODEL_KEYS if not k.isascii() and k != "modèle")
_BRAND_KEY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(latin_text(k)) for k in OWN_KEYS if k.isascii() and k not in MODEL_KEYS)})(?![a-z0-9])")
_WIDE_BRAND_KEYS = tuple(k for k in OWN_KEYS if not k.isascii() and k not in MODEL_KEYS)
# Keys of the option/variant item specifics a buyer picks from (a listing's variations: Shopee's "Variasi"/"Phân loại",
# eBay's and Amazon's "Style", "Colour", "Option", AliExpress's "Color"/"Type", Taobao's 颜色分类/规格, Allegro's
# "Wariant"), in the languages of phrasebook.py (Wiktionary's translations of each English key). A counterfeiter
# leaves the title generic ("Men's automatic watch") and names the copy in the option ("Style: Rolex Submariner
# Date"); an honest shop names there what the item fits ("Model: iPhone 15" of a case) or the genuine line at its
# price, so a brand named only here counts as a shop name or a slug does (needs_cue: the brand's category with a cue
# or a price far below the floor), and never in a listing whose title or category names an accessory.
VARIANT_KEYS = ("style", "styles", "colour", "color", "colours", "colors", "option", "options", "variant", "variants",
                "variation", "variations", "type", "edition", "version", "design", "pattern", "print", "flavour", "flavor",
                "scent", "kind", "choice", "selection", "specification", "specifications", "spec", "specs", "package",
                "set",
                "stil", "stile", "estilo", "styl", "stijl", "tarz", "стиль", "风格", "スタイル", "스타일",
                "farbe", "couleur", "colore", "cor", "kleur", "färg", "farve", "farge", "väri", "szín", "barva", "kolor",
                "renk", "culoare", "цвет", "колір", "màu", "màu sắc", "warna", "สี", "颜色", "顏色", "颜色分类", "カラー",
                "色", "색상", "색깔", "لون", "رنگ", "צבע", "रंग",
                "opción", "opcion", "opção", "opcao", "opzione", "optie", "opcja", "seçenek", "secenek", "опция",
                "вариант", "варіант", "pilihan", "tùy chọn", "ตัวเลือก", "选项", "選項", "オプション", "옵션", "lựa chọn",
                "variante", "variación", "variacion", "variação", "variazione", "wariant", "varyant", "variasi", "phân loại",
                "varian", "規格", "规格", "型", "バリエーション", "종류",
                "tipo", "typ", "tip", "тип", "jenis", "loại", "ประเภท", "类型", "類型", "タイプ", "타입", "نوع", "סוג",
                "ausgabe", "édition", "edición", "edicion", "edição", "edizione", "editie", "editie", "wydanie", "sürüm",
                "издание", "версия", "versión", "versão", "versione", "versie", "wersja", "versi", "phiên bản", "版本",
                "エディション", "バージョン", "에디션", "버전", "ausführung", "muster", "motiv", "design", "diseño", "modèle",
                "sabor", "aroma", "geschmack", "duft", "parfum", "вкус", "аромат", "口味", "香味", "味", "향")
_LATIN_VARIANT_KEYS = tuple(k for k in VARIANT_KEYS if all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in k))
_VARIANT_KEY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(latin_text(k)) for k in sorted(set(_LATIN_VARIANT_KEYS), key=longest_first))})(?![a-z0-9])")
_WIDE_VARIANT_KEYS = tuple(k for k in VARIANT_KEYS if k not in _LATIN_VARIANT_KEYS)  # compared as written, case folded
# Keys of the item specifics that list the listing's search tags or keywords (eBay's and Etsy's "Tags", Amazon's "Search
# terms" / "Keywords", Shopify's "Tags", Taobao's 标签 and 关键词, Mercari's タグ, Naver's 태그 and 검색어), in the languages
# of phrasebook.py (Wiktionary's translations of "tag" and "keyword"). Sellers fill them for search, so they name what
# buyers look for, not what is sold: a copy under a generic title ("Men's automatic watch 41mm") names the brand only
# there, and so does an honest shop's "similar to" wish list. A brand named only here counts as an option's value does
# (needs_cue: the brand's category with a counterfeit cue or a price far below the floor), never under a title that
# names an accessory; a tag list that names STUFFED_BRANDS brands or more is keyword stuffing and names none of them.
TAG_KEYS = ("tags", "tag", "keywords", "keyword", "key words", "search terms", "search term", "search keywords",
            "search tags", "search words", "hashtags", "hashtag", "product tags", "seo keywords",
            "schlagwörter", "schlagworte", "stichwörter", "stichworte", "suchbegriffe", "suchwörter", "mots-clés",
            "mots clés", "mots-cles", "mots cles", "étiquettes", "etiquettes", "palabras clave", "etiquetas",
            "parole chiave", "palavras-chave", "palavras chave", "trefwoorden", "zoekwoorden", "słowa kluczowe",
            "tagi", "anahtar kelimeler", "etiketler", "теги", "ключевые слова", "метки", "теґи", "ключові слова",
            "kata kunci", "từ khóa", "từ khoá", "thẻ", "คำค้นหา", "แท็ก", "الكلمات المفتاحية", "وسوم", "کلمات کلیدی",
            "برچسب ها", "תגיות", "מילות מפתח", "टैग", "कीवर्ड", "标签", "標籤", "关键词", "關鍵詞", "关键字", "搜索词",
            "タグ", "キーワード", "検索キーワード", "태그", "키워드", "검색어")
STUFFED_BRANDS = 3  # brands named in one listing's tags from which the list is keyword stuffing (three distinct owners)
_LATIN_TAG_KEYS = tuple(k for k in TAG_KEYS if all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in k))
_TAG_KEY = re.compile(rf"^\W*(?:{'|'.join(re.escape(latin_text(k)) for k in sorted(set(_LATIN_TAG_KEYS), key=longest_first))})\W*$")
_WIDE_TAG_KEYS = frozenset(k for k in TAG_KEYS if k not in _LATIN_TAG_KEYS)
_TAG_CUTS = re.compile(r"[,;|#\n\r\t、，；]+")  # between a tag list's tags
# a tag that says the item imitates or fits the brand's product, as the item's own slug does (_LIKENESS_IN_SLUG; with
# "similar", "like" and the likeness words of phrasebook.py's languages): "rolex homage", "airwrap dupe", "gucci style"
_TAG_LIKENESS = re.compile(r"(?<![a-z0-9])(?:style[ds]?|inspired|inspo|look ?alikes?|imitation|dupes?|alternatives?|homage|"
                           r"hommage|vs|versus|similar|like|estilo|stil|stile|tipo|typ|type|comme|wie|como|ähnlich|"
                           r"aehnlich|similaire|similar a|simile)(?![a-z0-9])")
_WIDE_TAG_LIKENESS = ("同款", "风格", "風格", "平替", "类似", "類似", "っぽい", "風の", "스타일", "느낌")
_TAGS = "named only in the item's search tags"  # the detail of a tag's evidence (OtherFields._stuffing)
# Words of a key that say what the item fits, not what it is.
FITTING_KEYS = ("compatib", "compatív", "kompatib", "kompatyb", "uyumlu", "tương thích", "yang sesuai", "fits", "fit ", "for ", "suitable", "passend", "geeignet",
                "适用", "適用", "兼容", "対応", "互換", "호환", "совмест", "подход", "para ", "pour ", "für ")
_KEY = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(latin_text(k)) for k in OWN_KEYS if k.isascii())})(?![a-z0-9])")
_WIDE_KEYS = tuple(k for k in OWN_KEYS if not k.isascii())
SEPARATOR = " \u2029 "  # between the attributes, the shop name and the URL's slug: no mark spans it
_SLUG_CUTS = re.compile(r"[-_/.+~,;:=%]+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{2,5}$")  # a file name's type (.jpg, .jpeg, .png, .webp, .avif)
MAX_PHOTOS = 4  # photo file names read per listing (the photo fetcher's MATCHER_IMAGE_MAX_PER_LISTING)
_LETTERS3 = re.compile(r"[^\W\d_]{3}")  # three letters in a row: a file name that may hold a word
_PHOTO_NUMBER = re.compile(r"(?: (?:\d{1,3}|[a-z]))+$")  # "... watch 1", "... watch 2", "... front a": one photo's name
_WIDE_WORD = re.compile(r"[^\W\d_]{2,}")  # in other scripts, two letters or more (耐克)
_WORDS = re.compile(r"[a-z0-9]+")  # the words of a latin view


def url_slug(url: str | None, text: ListingText, marks: WordHashes | None = None) -> str:
    """The words of a URL's path, in order, space-separated, when one of them is a word of its own: a Latin word not
    among the listing text's latin words that is a word of a registered mark (`marks`, hashed; None: any Latin word
    of three letters or more), or two letters or more of another script not in the text; "" when none is, the URL
    has no path, or it cannot be parsed."""
    return " ".join(_slug_parts(url, text, marks))


def _slug_parts(url: str | None, text: ListingText, marks: WordHashes | None = None,
                photo: bool = False) -> tuple[str, str]:
    """url_slug cut in two: the words of the path's folders ("/brands/rolex/", "/shop/rolex-store/") and those of its
    last segment, the item's own slug ("/item/rolex-submariner-watch-1234"); ("", "") when url_slug is "".
    photo: the URL is a listing photo's; only its file name is read, without its extension (".../uploads/2026/11/
    rolex-submariner-date-41mm-1.jpg" -> ("", "rolex submariner date 41mm 1")): the folders of an image host are its
    storage layout, not the shop's navigation."""
    if not url:
        return "", ""
    query = ""  # (a photo's query string is its host's: sizes, tokens)
    if photo:  # a photo's file name: its last segment without the file type's extension (.jpg, .webp), without its
        # numbers (a gallery's "-1", a camera's "IMG_2041", a size "800x800": read once for every listing that repeats it)
        path = url.split("?", 1)[0].split("#", 1)[0]
        path = path[path.rfind("/") + 1:]
        if not _LETTERS3.search(path):
            return "", ""  # a CDN's hash (3fa9c2e1b7d0), a number: no word
        if "%" in path:
            path = unquote(path)
        path = " ".join(w for w in _SLUG_CUTS.sub(" ", _EXTENSION.sub("", path)).split() if not w.isdigit())
    else:
        path, query = url_path(url)
        if not path and not query:
            return "", ""
    words = _SLUG_CUTS.sub(" ", path).split()
    asked = _SLUG_CUTS.sub(" ", query).split() if query else []
    words += asked
    if not words:
        return "", ""
    text_words = text.latin_words
    for w in words:
        if w.isascii():
            word = w.lower()
            if (len(word) >= 3 and word.isalpha() and word not in text_words
                    and (marks is None or marks.get(word))):
                break
        elif _WIDE_WORD.search(w) and w not in text.original:
            break
    else:
        return "", ""
    # the whole slug (a mark of several words may share one with the title: "langford parka")
    segments = [seg for seg in path.split("/") if _SLUG_CUTS.sub("", seg)]
    item = _SLUG_CUTS.sub(" ", segments[-1]).split() if segments else []
    path_words = words[:len(words) - len(asked)]
    # the query string's and the fragment's words are read as the folders' are (the brand's category with a cue or a
    # price far below the floor: a campaign's or a search's words are no item's name)
    return " ".join(path_words[:len(path_words) - len(item)] + asked), " ".join(item)


def url_path(url: str) -> tuple[str, str]:
    """(the path, percent-decoded; the words of the query string's values and of the fragment) of a listing's URL
    (`?utm_campaign=rolex-submariner-replica&ref=bio` gives "rolex-submariner-replica bio", `#rolex` "rolex"); a value
    that says what the item fits or imitates ("?q=case-for-iphone", "?ref=rolex-style") is left out, as is a key.
    ("", "") for a URL without a path, a query or a fragment."""
    host = url.find("//")  # after the host (urlsplit's answer, without its cost on every listing)
    after = host + 2 if host >= 0 else 0
    cuts = [k for k in (url.find("/", after), url.find("?", after), url.find("#", after)) if k >= 0]
    if not cuts:
        return "", ""
    rest = url[min(cuts):]
    rest, _, fragment = rest.partition("#")
    path, _, query = rest.partition("?")
    if "%" in path:
        path = unquote(path)
    values = []
    if query:
        for pair in re.split(r"[&;]", query):
            value = pair.partition("=")[2]
            if value:
                values.append(unquote_plus(value) if "%" in value or "+" in value else value)
    if fragment:
        values.append(unquote(fragment) if "%" in fragment else fragment)
    kept = [v for v in values if _SLUG_CUTS.sub("", v) and (_LIKENESS_IN_SLUG.isdisjoint(
        words := latin_text(_SLUG_CUTS.sub(" ", v)).split()) or not COPY_IN_SLUG.isdisjoint(words))
        and _FITTING_IN_SLUG.isdisjoint(words)]
    return path, " ".join(kept)


def photo_names(listing: Listing, text: ListingText, marks: WordHashes | None = None) -> list[tuple[int, str]]:
    """(image number, the file name's words) of the listing's photos whose file name holds a word of its own, as
    `url_slug` reads an item's slug (the same reader: "/uploads/2026/11/rolex-submariner-date-41mm-126610ln-1.jpg" ->
    "rolex submariner date 41mm 126610ln 1"); a name read once (a gallery numbers one name: "-1.jpg", "-2.jpg"), of
    the first MAX_PHOTOS photos with a URL; [] when none has such a name (a CDN's hash, "IMG_2041", "DSC01234")."""
    out, seen = [], set()
    for number, image in enumerate(listing.images[:MAX_PHOTOS]):
        if not image.url:
            continue
        _, name = _slug_parts(image.url, text, marks, photo=True)
        if name and (key := _PHOTO_NUMBER.sub("", name.lower())) not in seen:
            seen.add(key)
            out.append((number, name))
    return out


class KeyKind(NamedTuple):
    """What an item specific's key says, read from the key alone (own_attributes, variant_attributes, tag_attributes,
    other_attributes): it says what the item fits (FITTING_KEYS), it is a key of the item's own brand or model (OWN_KEYS),
    of a model and not of a brand (MODEL_KEYS), of an option (VARIANT_KEYS), of search tags (TAG_KEYS: `tag` as
    tag_attributes reads the key, `other_tag` as other_attributes does)."""
    fitting: bool
    own: bool
    model_only: bool
    variant: bool
    tag: bool
    other_tag: bool


@lru_cache(maxsize=16_384)
def key_kind(key: str) -> KeyKind:
    """The kind of an item specific's key (KeyKind), remembered a key: listings come with the same few keys ("Brand",
    "Colour", "Condition"), each read by four readers a listing. Pure."""
    folded = key.casefold().replace("_", " ") + " "
    latin = latin_text(folded)
    bare = key.casefold().replace("_", " ").strip()
    return KeyKind(
        fitting=any(w in folded for w in FITTING_KEYS),
        own=bool(_KEY.search(latin) or any(k in folded for k in _WIDE_KEYS)),
        model_only=bool((_MODEL_KEY.search(latin) or any(k in folded for k in _WIDE_MODEL_KEYS)) and not (
            _BRAND_KEY.search(latin) or any(k in folded for k in _WIDE_BRAND_KEYS))),
        variant=bool(_VARIANT_KEY.search(latin) or any(k in folded for k in _WIDE_VARIANT_KEYS)),
        tag=bool(_TAG_KEY.match(latin_text(bare)) or bare in _WIDE_TAG_KEYS),
        other_tag=bool(_TAG_KEY.match(latin.strip()) or folded.strip() in _WIDE_TAG_KEYS))


def own_attributes(attributes: dict[str, str], brand_only: bool = False) -> list[str]:
    """The values of the item specifics that name the item's own brand, model or line; brand_only: of the brand's keys
    only (not "Model", "Modelo", "型号": of an accessory, the model it fits)."""
    out = []
    for key, value in attributes.items():
        kind = key_kind(key)
        if kind.fitting:
            continue
        if kind.own:  # "Бренд" is "бренд"
            if brand_only and kind.model_only:
                continue
            out.append(value)
    return out


def fitting_attributes(attributes: dict[str, str]) -> list[tuple[str, str]]:
    """(key, value) of the item specifics whose key says what the item fits ("Compatible Brand", "Fits Make",
    "适用品牌"); [] for almost every listing. Read only beside a text that claims a copy (OtherFields._other)."""
    return [(key, value) for key, value in attributes.items() if value and key_kind(key).fitting]


def variant_attributes(attributes: dict[str, str]) -> list[tuple[str, str]]:
    """(key, value) of the item specifics that are options or variants a buyer picks ("Style", "Colour", "Option",
    "Variant", "Type", "Edition", in the languages of VARIANT_KEYS), not keys of the item's own brand or model
    (own_attributes), nor keys or values that say what the item fits ("Compatible model", "for iPhone 15")."""
    out = []
    for key, value in attributes.items():
        if not value:
            continue
        kind = key_kind(key)
        if kind.fitting:
            continue
        if kind.own:
            continue  # the item's own brand or model: own_attributes
        if not kind.variant:
            continue
        said = " " + value.casefold() + " "
        if any(w in said for w in FITTING_KEYS):
            continue  # "for iPhone 15", "适用 华为"
        out.append((key, value))
    return out


def tag_attributes(attributes: dict[str, str]) -> list[tuple[str, str]]:
    """(key, value) of the item specifics that are the listing's search tags or keywords (TAG_KEYS, the whole key:
    "Tags", "Search terms", "Schlagwörter", "标签"; not "Tag Heuer model", "Brand"), the value without its tags (cut at
    commas, semicolons, bars, hashes and line breaks) that say what the item fits or imitates ("compatible with Nike",
    "for iPhone 15", "rolex homage", "dyson dupe": _TAG_LIKENESS); [] for almost every listing."""
    out = []
    for key, value in attributes.items():
        if not value or not key_kind(key).tag:
            continue
        kept = [tag for tag in _TAG_CUTS.split(value) if tag.strip() and not any(
            w in f" {tag.casefold()} " for w in FITTING_KEYS) and not _TAG_LIKENESS.search(latin_text(tag.casefold()))
            and not any(w in tag for w in _WIDE_TAG_LIKENESS)]
        if kept:
            out.append((key, ", ".join(t.strip() for t in kept)))
    return out


# the words of a copy a seller puts in a URL's slug or campaign name, a seller id or a photo's name, each a cue there
# alone (the cue lexicon wants "rep quality", "clone version", "mirror copy" in a text): "dyson-airwrap-dupe-1to1" is a
# copy, "dyson-dupe" a look-alike (_LIKENESS_IN_SLUG)
COPY_IN_SLUG = frozenset({"replica", "replicas", "rep", "reps", "clone", "clones", "copy", "copies", "mirror", "fake",
                          "fakes", "knockoff", "knockoffs", "aaa", "1to1", "1x1", "ua", "superclone", "superfake", "replika",
                          "kopie", "kopia", "copia", "replique", "nachbau", "falso"})

SELLER_ID = "seller's account id"  # the key _other gives the seller's id among the options' values


def other_attributes(attributes: dict[str, str]) -> list[tuple[str, str]]:
    """(key, "key value") of the item specifics no other reader reads: not the item's own brand or model
    (own_attributes), no option (variant_attributes), no search tags (tag_attributes), no key or value that says what
    the item fits or imitates ("Compatible brand", "for iPhone 15", "rolex homage"): "Notes: rolex sub rep", "Gucci:
    yes", a key the seller made up. Read as a tag is (the brand's category with a cue or a price far below the floor)."""
    out = []
    for key, value in attributes.items():
        if not value:
            continue
        kind = key_kind(key)
        if kind.fitting or kind.own or kind.variant or kind.other_tag:
            continue
        said = " " + value.casefold() + " "
        if any(w in said for w in FITTING_KEYS) or _TAG_LIKENESS.search(latin_text(said)) or any(
                w in value for w in _WIDE_TAG_LIKENESS):
            continue
        out.append((key, f"{key} {value}"))
    return out


def seller_id_words(seller_id: str, seller_name: str, whole_mark=None, mark_word=None) -> str:
    """The words of the seller's account id ("rolex_reps_88" -> "rolex reps 88") when it holds three letters in a row
    and is not the shop's name written again; "" otherwise (a platform's "u0a0db59ea1"). whole_mark(letters): the
    registered mark's words whose letters joined begin a word of the id ("canadagoose88" -> "canada goose 88",
    "adidasrep" -> "adidas rep"; OtherFields._is_whole_mark), a copy word glued after it cut off too ("copyshop")."""
    if not seller_id or not _LETTERS3.search(seller_id):
        return ""
    words = _SLUG_CUTS.sub(" ", seller_id).split()
    if whole_mark is not None:
        cut = [w for word in words for w in _unglued(word, whole_mark, False)]
        if any(" " in w or whole_mark(w) or mark_word is not None and mark_word(w) for w in cut if not w.isdigit()):
            # a mark in the id: the other words' copy words cut apart too ("burberry.top-copyshop")
            words = [w for word in words for w in _unglued(word, whole_mark, True)]
    joined = " ".join(words)
    return "" if latin_text(joined) == latin_text(seller_name) else joined


_PIECES = re.compile(r"1to1|1x1|[a-z]+|[0-9]+")
_GLUED_COPY = tuple(sorted((c for c in COPY_IN_SLUG if c.isalpha()), key=longest_first))


def _unglued(word: str, whole_mark, copies: bool) -> list[str]:
    """A word of an account id cut between letters and digits, after a registered mark's letters that begin it and
    before the copy words that begin the rest ("adidassuperclone" -> adidas superclone, "canadagoose88" -> canada
    goose 88, "replica2024" -> replica 2024, "topcopyshop" -> top copy shop)."""
    out: list[str] = []
    for piece in _PIECES.findall(latin_text(word)):
        if piece.isdigit() or len(piece) < MIN_GLUED or piece in COPY_IN_SLUG:
            out.append(piece)
            continue
        mark = next((m for k in range(len(piece), MIN_GLUED - 1, -1) if (m := whole_mark(piece[:k]))), "")
        rest = piece[len(mark.replace(" ", "")):]
        if mark:
            out.append(mark)
        elif not copies:
            out.append(piece)  # no mark begins it: the copy words are cut only in an id that names a mark
            continue
        while rest:
            copy = next((c for c in _GLUED_COPY if rest.startswith(c) and (len(c) >= 3 or rest[len(c):] in (
                "", "shop", "store"))), None)
            if copy is None:
                start = next((k for k in range(1, len(rest) - 1) if rest[k:].startswith(_GLUED_COPY)), None)
                if start is None:
                    out.append(rest)
                    break
                copy = rest[:start]  # "topcopyshop": "top" before the copy word
            out.append(copy)
            rest = rest[len(copy):]
    return out


class OtherFields:
    """The detectors of marks as written, asked about a listing's item specifics and shop name."""

    DETECTORS = frozenset({"marks", "models", "wide_aliases", "transliteration"})  # detectors.base.Detector.name
    # asked of the item specifics only: a brand key's value written by sound in the market's script ("ブランド: カルティエ",
    # "Марка: Ролекс") is the seller naming the brand; a shop's name or a URL so read would be a guess
    ATTRIBUTES_ONLY = frozenset({"transliteration"})

    def __init__(self, detectors: Sequence, cache_size: int = 100_000, claims_copy=None) -> None:
        self.detectors = list(detectors)
        # claims_copy(text) -> bool: whether a text says the goods are a copy in the copy trade's words (index.py: its
        # cue lexicon's copy words), asked of an accessory's free item specifics and account id only (`_other`)
        self._claims_copy = claims_copy
        # the words of the registered Latin marks, hashed (12 bytes a word): a URL's slug is read only when it holds
        # one the text does not (url_slug); the site's own path words ("item", "listing") never open it
        fingerprints = self.detectors[0].fingerprints if self.detectors else []
        self._mark_words = WordHashes((w, 0) for fp in fingerprints if isinstance(fp, MarkFingerprint)
                                      for w in mark_words(fp.value) if w.isalpha())
        # a registered Latin mark's words joined ("canadagoose"), hashed: a host's label glued from a mark and shop words
        self._whole_marks = WordHashes((joined, i) for i, fp in enumerate(fingerprints) if isinstance(fp, MarkFingerprint)
                                       for joined in ["".join(mark_words(fp.value))]
                                       if joined.isalpha() and len(joined) >= MIN_GLUED)
        # shops list many items and item specifics repeat: the evidence of a (text, category) is kept (copied out)
        self._cache: Memo = Memo(cache_size)
        self._nodes: Memo = Memo(cache_size)  # a category path -> its nodes that may name a brand (structured.py)
        self._hosts: Memo = Memo(cache_size)  # (host, marketplace) -> (its words, official)
        self._accounts: Memo = Memo(cache_size)  # (seller id, seller name) -> the id's words (account_words)
        config = self.detectors[0].config if self.detectors else None
        self._accessory_nouns = frozenset(latin_text(w) for w in config.accessory_nouns
                                          if w.isascii() and " " not in w) if config else frozenset()
        # an accessory named in the title (any language): its options say what it fits
        nouns = list(config.accessory_nouns) if config else []
        self._accessory_words = re.compile(r"(?<![a-z0-9])(?:%s)(?![a-z0-9])" % "|".join(
            re.escape(latin_text(w)) for w in sorted(nouns, key=longest_first) if w.isascii())) if nouns else None
        # (two characters or more: a one-character postposition, 用 or 용, is part of other words: 未使用 is "unused")
        self._wide_accessory_words = tuple(w.casefold() for w in nouns if not w.isascii() and len(w) >= 2)
        # those an ASCII title can hold (a casefolded "ß" is "ss"): the only ones asked of an ASCII title
        self._ascii_accessory_words = tuple(w for w in self._wide_accessory_words if w.isascii())
        # each list as one alternation of its words (a search finds one iff some word is a substring: `_names_accessory`
        # asked ~85 `in` tests of every title; issue 16)
        self._wide_accessory_re = _any_substring(self._wide_accessory_words)
        self._ascii_accessory_re = _any_substring(self._ascii_accessory_words)

    def evidence(self, listing: Listing, text: ListingText | None = None) -> list[Evidence]:
        """Identity evidence from the item specifics (field `attributes`, everyday), the seller's name (field
        `seller`, needs corroboration) and the URL's slug (field `url`, needs corroboration; read when it holds a
        word of its own, one not in `text`, the title and description: url_slug); [] when the listing has none.
        Offsets are dropped (a dict has none; the slug is not the URL as stored)."""
        out = self._other(listing, text)
        if listing.category or listing.url:
            structured, official = self._structured(listing)
            if official:  # the listing is on (or links) the brand's own site: its URL is a reference, not a claim
                out = [e for e in out if e.field != "url"]
            out += structured
        return out

    def _other(self, listing: Listing, text: ListingText | None = None) -> list[Evidence]:
        """evidence() of the item specifics, the shop's name, the URL's path and the photos' file names."""
        accessory = bool(listing.attributes) and self._names_accessory(listing)
        # "Phone case" with "Model: iPhone 15", "Watch strap" with "Style: Submariner": the model it fits
        values = own_attributes(listing.attributes, brand_only=accessory) if listing.attributes else []
        attributes = "; ".join(v for v in values if v)
        options = variant_attributes(listing.attributes) if listing.attributes and not accessory else []
        tags = tag_attributes(listing.attributes) if listing.attributes and not accessory else []
        options += tags  # read like an option's value, last; _find tells them by their keys
        if listing.attributes and not accessory:  # any other item specific, as a tag, when a word may be a mark's
            options += [(k, v) for k, v in other_attributes(listing.attributes) if self._opens(v)]
        elif listing.attributes and self._claims_copy is not None:
            # (floor36) an accessory's or a part's free item specific says what it fits ("Notes: for Toyota"), but one that
            # names a mark beside the copy trade's word ("Remark: toyota-top replica", "Memo: bmw-replica", "Info: honda
            # 原单") says the part itself is the brand's copy: read as a tag, the cue beside it (index._field_cues)
            options += [(k, v) for k, v in other_attributes(listing.attributes) if self._opens(v) and self._claims_copy(v)]
        if listing.attributes and self._claims_copy is not None and text is not None and (
                fitting := fitting_attributes(listing.attributes)) and self._claims_copy(
                f"{text.title}\n{text.description or ''}"):
            # (fresh53b, issue 9) "Compatible Brand: BMW" on "Vented brake disc with logo" whose text claims a copy
            # ("high copy, identical to the original"): the brand the item fits is the brand it copies; read as an
            # option's value (needs_cue: the brand's category and a counterfeit cue or a price far below the floor)
            options += [(k, v) for k, v in fitting if self._opens(v)]
        account = self.account_words(listing)
        if account and self._opens(account) and (not accessory or self._claims_copy is not None and self._claims_copy(account)):
            options.append((SELLER_ID, account))  # the seller's account id, as a tag (an accessory's: with a copy word)
        variants = "; ".join(v for _, v in options)  # the values only: a key is no name ("Цвет" is no Cyrillic LV)
        seller = listing.seller.name or ""
        folders, item = _slug_parts(listing.url, text, self._mark_words) if text is not None and listing.url else ("", "")
        photos = photo_names(listing, text, self._mark_words) if text is not None and listing.images else []
        if not attributes and not seller and not folders and not item and not photos and not variants:
            return []
        names = (item, *(name for _, name in photos))  # the item's own slug and the photos' file names
        joined = SEPARATOR.join((attributes, seller, folders, *names))
        if variants:  # last, after every part _find cuts by `starts`
            joined += SEPARATOR + variants
        # the parts' count in the key: a photo's name and an option's value after the same text join alike
        # and the tags' count: an option's value and a tag's read alike are told apart by their keys
        key = (joined, listing.category, len(names), len(options), len(tags))
        known = self._cache.get(key)
        if known is None:
            starts, at = [], 0
            for part in (attributes, seller, folders, *names[:-1]):
                at += len(part) + len(SEPARATOR)
                starts.append(at)
            variant_starts: list[tuple[int, str]] = []  # (where an option's value begins in `joined`, its key)
            at = len(joined) - len(variants)
            for k, v in options:
                variant_starts.append((at, k))
                at += len(v) + 2
            known = self._find(joined, tuple(starts), listing, seller, names, variant_starts)
            if tags:
                known = self._tags(known)
            self._cache.remember(key, known)
        out = [copy(e) for e in known]
        for e in out:
            if e.field == "image":  # the photo's number and URL: not part of the cache's key
                e.start = photos[e.start][0]
                e.end, e.url = e.start + 1, listing.images[e.start].url
        return out

    def _find(self, joined: str, starts: tuple[int, ...], listing: Listing, seller: str = "",
              names: tuple[str, ...] = ("",), variant_starts: Sequence[tuple[int, str]] = ()) -> list[Evidence]:
        """starts: where the shop name, the slug's folders, the item's own slug and each photo's file name begin in
        `joined`; names: the item's own slug and the photos' file names; variant_starts: (where, key) of each option/variant
        item specific's value ("Rolex Submariner Date; black" of Style and Colour), after all of those. Evidence of a
        photo's file name has field "image" and, in `start`, the name's place in names[1:] (evidence() makes it the
        photo's number); evidence of an option has field "attributes" and needs a cue (`needs_cue`)."""
        text = ListingText(joined, "")
        out = []
        for detector in self.detectors:
            for e in detector.detect(text, listing):
                if e.start is None or e.field != "title":
                    continue
                if variant_starts and e.start >= variant_starts[0][0]:
                    key = next(k for at, k in reversed(variant_starts) if at <= e.start)
                    e.field, e.start, e.end = "attributes", None, None
                    e.in_category_enough = False
                    e.needs_corroboration = e.needs_cue = True
                    folded = key.casefold().replace("_", " ")
                    e.detail = join_detail(e.detail, (f"named only in the item's search tags ('{key}')" if (
                        _TAG_KEY.match(latin_text(folded.strip())) or key.casefold().strip() in _WIDE_TAG_KEYS) else
                        "named only in the seller's account id" if key == SELLER_ID else
                        f"named only in the option/variant item specific '{key}'" if (
                            _VARIANT_KEY.search(latin_text(folded)) or any(k in folded for k in _WIDE_VARIANT_KEYS)) else
                        f"named only in the item specific '{key}'") + ", under a title that names no "
                        "brand: counts with the brand's category and a counterfeit cue or a price far below the floor")
                    out.append(e)
                    continue
                part = bisect_right(starts, e.start)
                e.field = ("attributes", "seller", "url")[part] if part < 3 else "url" if part == 3 else "image"
                sounded = detector.name in self.ATTRIBUTES_ONLY
                if sounded and e.field != "attributes" and part != 3:
                    continue  # the item's own slug, written from the first title in the market's script, is read by sound
                name = names[part - 3] if part >= 3 else ""
                before = name[:max(e.start - starts[part - 1], 0)] if part >= 3 else ""
                after = name[e.end - starts[part - 1]:] if part >= 3 else ""
                e.start = e.end = part - 4 if part > 3 else None
                e.in_category_enough = False  # the shop's name or the slug is not the listing's own words
                if part >= 3 and self._fitting(before, after, listing.category):
                    continue  # "case-for-iphone-15", "iphone-15-case-clear.jpg": it names what the item fits or imitates
                own = detector.filed_in_category(e.fingerprint, listing)
                if part == 3 and sounded:
                    # the brand written by its sound in the market's script in the item's own slug (percent-decoded:
                    # /item/%D1%80%D0%BE%D0%BB%D0%B5%D0%BA%D1%81-... is "ролекс-..."): a sound-alike, as in a title, that
                    # counts with the brand's category and a cue or a low price
                    e.needs_corroboration, e.in_category_enough = True, False
                    e.detail = join_detail(e.detail, "named only in the item's own URL path (percent-decoded), not in its "
                                                     "text: counts with the brand's category and a cue or a low price")
                elif part >= 3 and own:
                    # the item's own slug, written by the marketplace from the first title: a title edited to hide the
                    # brand, filed among the brand's goods: the category is corroboration enough; a photo's file name,
                    # the brand's own product shot kept under the name it was saved with, is read the same way
                    e.needs_corroboration = e.in_category_enough = True
                    e.detail = join_detail(e.detail, "named only in the item's own URL slug (written from its first title), "
                                               "not in its text, and filed in the brand's category: the title was "
                                               "edited to hide the brand" if part == 3 else
                                     "named only in a photo's file name (the product shot saved under the brand's "
                                     "name), not in the listing's text, and filed in the brand's category")
                elif e.field == "image":
                    e.needs_corroboration = e.needs_cue = True
                    e.detail = join_detail(e.detail, "named only in a photo's file name, not in the listing's text: counts "
                                               "with the brand's category and a counterfeit cue or a price far below "
                                               "the floor")
                elif e.field == "url":
                    e.needs_corroboration = e.needs_cue = True
                    e.detail = join_detail(e.detail, "named only in the listing URL's slug, not in its text: counts with the "
                                               "brand's category and a counterfeit cue or a price far below the floor")
                elif e.field == "seller" and own and not _HONEST_SHOP.search(latin_text(seller)):
                    # a shop named after the brand ("Rolex Outlet 88") selling the brand's kind of goods under a generic
                    # title; an authorized seller never alerts (scoring), a repair or second-hand shop keeps the old rule
                    e.needs_corroboration = e.in_category_enough = True
                    e.detail = join_detail(e.detail, "named only in the seller's shop name, a shop selling the brand's kind "
                                               "of goods under a title that names no brand")
                elif e.field == "seller":
                    e.needs_corroboration = True
                    e.detail = join_detail(e.detail, "named only in the seller's shop name: counts with the brand's "
                                               "category and a cue or a price far below the floor")
                else:
                    e.everyday = True
                    e.detail = join_detail(e.detail, "named only in the listing's item specifics: counts with "
                                               "something to corroborate it")
                out.append(e)
        return out

    def account_words(self, listing: Listing) -> str:
        """The words of the seller's account id (seller_id_words), a mark glued to other letters cut apart; remembered
        per id (a seller lists many items)."""
        key = (listing.seller.id, listing.seller.name)
        words = self._accounts.get(key)
        if words is None:
            words = self._accounts.remember(key, seller_id_words(listing.seller.id, listing.seller.name or "",
                                                                 self._is_whole_mark, self._is_mark_word))
        return words

    def _structured(self, listing: Listing) -> tuple[list[Evidence], bool]:
        """Evidence of the category path's nodes (field `category`) and of the URL host's words (field `url`), each a
        weak candidate that needs the brand's category with a counterfeit cue or a price far below the floor
        (`needs_cue`; context/structured.py); and whether the URL's host is a brand's own domain (a reference: then
        the URL names nothing). Read only when a node or a host word is a word of a registered mark (or of another
        script): a dict lookup for a category or a host seen before."""
        nodes = self._nodes.get(listing.category)
        if nodes is None:
            nodes = self._nodes.remember(listing.category, " / ".join(
                n for n in category_nodes(listing.category) if self._opens(n)))
        host, words, official = "", "", False
        if listing.url:
            host = url_host(listing.url)
            key = (host, listing.marketplace)
            known = self._hosts.get(key)
            if known is None:
                words, official = host_words(host, listing.marketplace, self._is_mark_word, self._is_whole_mark)
                known = self._hosts.remember(key, (words if words and self._opens(words) else "", official))
            words, official = known
        if not nodes and not words:
            return [], official
        key = (nodes, words, host if words else "", listing.category)
        found = self._cache.get(key)
        if found is None:
            found = self._cache.remember(key, self._find_structured(nodes, words, host, listing))
        return [copy(e) for e in found], official

    def _find_structured(self, nodes: str, words: str, host: str, listing: Listing) -> list[Evidence]:
        joined = nodes + SEPARATOR + words
        text = ListingText(joined, "")
        at = len(nodes) + len(SEPARATOR)
        out, seen = [], set()
        for detector in self.detectors:
            if detector.name in self.ATTRIBUTES_ONLY:
                continue
            for e in detector.detect(text, listing):
                if e.start is None or e.field != "title" or e.fingerprint is None:
                    continue
                in_host = e.start >= at
                if in_host and detector.name == "models":
                    continue  # a host's digits are no model number
                if (in_host, e.fingerprint, e.rule) in seen:
                    continue
                seen.add((in_host, e.fingerprint, e.rule))
                e.field = "url" if in_host else "category"
                e.start = e.end = None
                e.in_category_enough = False
                # as a shop's name counts (the brand's category and a cue or a price below the floor); a mark that is
                # an everyday word ("Fruit > Apple", "apple.outlet-eu.com") as a tag does (a cue or a price far below)
                if not in_host and e.everyday and under_brand_list(listing.category, e.text or ""):
                    e.everyday = False  # "Marki > Omega": a brand's node, not the Greek letter
                e.needs_cue = e.everyday and not detector.filed_in_category(e.fingerprint, listing)
                e.needs_corroboration = True
                e.detail = join_detail(e.detail, (
                    f"named only in the shop URL's host name '{host}' (not the brand's own domain), not in the listing's "
                    "text" if in_host else
                    f"named only in the listing's category path ('{listing.category}'), not in its text")
                    + (": counts with the brand's category and a counterfeit cue or a price far below the floor"
                       if e.needs_cue else ": counts with the brand's category and a counterfeit cue or a low price"))
                out.append(e)
        return out

    def _opens(self, words: str) -> bool:
        """Whether a category node or a host's words may hold a mark: a Latin word of a registered mark, or letters of
        another script (the wide aliases)."""
        if not words.isascii() and _WIDE_WORD.search("".join(c for c in words if not c.isascii())):
            return True
        return any(self._mark_words.get(w) for w in _WORDS.findall(latin_text(words)))

    def _is_mark_word(self, word: str) -> bool:
        return bool(self._mark_words.get(word))

    def _is_whole_mark(self, letters: str) -> str:
        """The registered mark's words ("canada goose") whose letters joined are `letters` ("canadagoose"), or ""."""
        fingerprints = self.detectors[0].fingerprints
        for i in self._whole_marks.get(letters):
            words = mark_words(fingerprints[i].value)
            if "".join(words) == letters:
                return " ".join(words)
        return ""

    def _tags(self, found: list[Evidence]) -> list[Evidence]:
        """`found` without the evidence of the search tags when they name STUFFED_BRANDS brands or more ("Tags: nike
        adidas puma jordan yeezy": keyword stuffing, a list of what buyers search for, naming none of them)."""
        fingerprints = self.detectors[0].fingerprints
        brands = {fingerprints[e.fingerprint].brand_id for e in found if _TAGS in e.detail and e.fingerprint is not None}
        return found if len(brands) < STUFFED_BRANDS else [e for e in found if _TAGS not in e.detail]

    def _names_accessory(self, listing: Listing) -> bool:
        """Whether the listing's title names an accessory or a part (MatcherConfig.accessory_nouns, any language):
        "Phone case", "Uhrenarmband 20mm", "Чехол", "手机壳". The category is not asked: "Clothing, Shoes & Accessories >
        Parkas" is a marketplace's department, and a listing filed among accessories is judged as such (judge.py)."""
        words = listing.title
        if self._accessory_words is not None and self._accessory_words.search(latin_text(words)):
            return True
        folded = words.casefold()
        found = self._ascii_accessory_re if folded.isascii() else self._wide_accessory_re
        return found is not None and found.search(folded) is not None

    def _fitting(self, before: str, after: str, category: str | None = None) -> bool:
        """Whether the item's slug (or a photo's name) says it fits or imitates the product it names, from its words
        before and after the mark: a likeness word anywhere ("rolex-style-watch", "airwrap-dupe", "...-vs-dyson": English
        ones, a slug's words being lower case and cut at every "-"); a fitting word before the mark ("case-for-iphone-15",
        "replacement-strap-for-rolex") or right after it and its model words ("samsung-compatible-charger"; "for" after
        the product, "bead-charm-for-bracelet", is the product's own use; "pro" is Czech for "for" and a product word of
        English slugs), or an accessory noun there ("iphone-15-pro-case-clear"; MatcherConfig.accessory_nouns;
        context/accessory.py's words allowed between, as in a title) heading the name (no other noun after it:
        "philips-stand-blender" is a blender), unless the listing's category is that noun, the brand's own goods filed
        among them ("samsung-25w-fast-charger" among chargers)."""
        before_words, after_words = latin_text(before).split(), latin_text(after).split()
        if not _LIKENESS_IN_SLUG.isdisjoint(before_words) or not _LIKENESS_IN_SLUG.isdisjoint(after_words):
            return True
        if not _FITTING_IN_SLUG.isdisjoint(before_words):
            return True
        own = frozenset(w.removesuffix("s") for w in latin_text(category or "").replace(">", " ").split())
        for k, word in enumerate(after_words):
            if word in _FITTING_IN_SLUG and word not in BETWEEN:  # "gillette-replacement-cartridges": its own
                return True
            if word in self._accessory_nouns and word.removesuffix("s") not in own:
                # the noun heads the name: only words allowed between, numbers or other such nouns follow it
                # ("iphone-15-case-clear"; "philips-stand-blender" is a blender)
                return all(w in BETWEEN or w in self._accessory_nouns or any(c.isdigit() for c in w)
                           for w in after_words[k + 1:k + 4])
            if not (word in BETWEEN or any(c.isdigit() for c in word)):
                return False
        return False


# Words of an item's slug that say it fits or imitates another product (context/accessory.py's English fitting and
# likeness words; "like" and "type" left out: "like-new", "type-c")
_FITTING_IN_SLUG = frozenset({"for", "fits", "compatible", "compatibility", "replacement", "replacements"})
_LIKENESS_IN_SLUG = frozenset({"style", "styled", "inspired", "lookalike", "imitation", "dupe", "alternative", "homage",
                               "hommage", "vs", "versus"})

# Words of a shop's name that say it trades honestly in the brand's goods without being the brand: repairs, parts,
# second-hand, accessories, a bakery's "apple pie" (English, with German, French, Spanish, Russian and Chinese forms)
_HONEST_SHOP = re.compile(r"(?<![a-z0-9])(?:repairs?|service|services|servicing|fix|fixes|parts|spares|spare|used|"
                          r"vintage|pre ?owned|second ?hand|secondhand|exchange|pawn|pawnshop|consign\w*|resale|resell\w*|"
                          r"refurb\w*|accessor\w*|cases|covers|compatible|for|fans?|club|museum|collector|collectors|"
                          r"reparatur|ersatzteile|gebraucht|occasion|reparacion|usado|remont|b ?u|ремонт|б/у|维修|二手|配件)"
                          r"(?![a-z0-9])")


def _any_substring(words: Sequence[str]) -> re.Pattern | None:
    """One expression that finds a text holding any of `words` as a substring (None for no words): the same answer
    as `any(w in text for w in words)`, in one C-level scan (alternation.trie_pattern: the words as a prefix tree)."""
    return re.compile(trie_pattern(words)) if words else None
