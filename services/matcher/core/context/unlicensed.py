"""Goods of a kind the house never makes, carrying its mark with no licence (issue 9, kit51): the mark put on a
trinket, a party's tableware or a child's ride-on car is the offence itself, whatever the goods cost.

    unlicensed_goods(text, eur) -> ("party", (start, end), why) | None

Kinds (a reading of context/trade.py, TradeWord kind "unlicensed", one of index._TRADE_GOODS: it makes goods, so the
"toy", "model" or "event" reading of subject.py does not set the mark aside):

- `miniature`: a doll-size or keyring-size likeness of the house's goods (a 3D mini sneaker keychain, a 1:6 doll bag,
  a toy hair dryer "with the logo"): a scale or doll word, or "mini"/"toy" with a keyring noun or a shown mark, at a
  trinket's price (TRINKET_EUR: no house sells its own charms and keyrings that cheap; its own mini bags and bag charms
  cost far more, and a house's charm that cheap is a copy by its price anyway);
- `party`: party tableware and decorations (plates, napkins, balloons, banners, cake toppers, favour bags, kits "for 20
  guests"): no fashion, sport, watch or car house sells them;
- `ride_on`: a child's ride-on car, quad, motorbike or balance bike named by the maker's mark: the badges, decals or
  the maker's name on a toy car are the carmaker's licence to give, and licensed ones say so.

None of them when a licence is claimed (phrasebook.LICENSED, config.LICENSING_PHRASES, a licensed toy maker named:
LICENSEES), unless the claim is denied ("not an officially licensed product", "unlicensed").

Words: written for BrandSentry from how toy, party-supply and novelty sellers title such goods on marketplaces, in the
marketplaces' languages (from memory; no held-out listing's wording). Pure: no I/O.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText

# what a miniature is called: a scale, a doll's size, a keyring's
_SCALE = (r"1 ?[:/] ?(?:6|12)(?: scale)?|doll[ -]?(?:size[d]?|house|s'? size|scale)|dollhouse|for (?:barbie|"
          r"blythe|bjd|dolls?|ob11|action figures?)|barbie[ -]size|miniatures?|miniature replica|"
          r"miniatura|miniatur|miniaturka|миниатюра|puppen(?:haus|stube|größe)|pour poupées?|para (?:muñecas?|bonecas?)")
_MINI = r"mini|tiny|3d mini|micro|mini[ -]?3d|small replica|toy|kids'? toy|pretend play|play set|playset|spielzeug|jouet|juguete|brinquedo|giocattolo|zabawka|игрушка|oyuncak|mainan|мини|миниатюрн\w+"
_TRINKET = (r"key ?chains?|key ?rings?|keyfobs?|key fob|bag charms?|charms?|pendants?|ornaments?|figures?|"
            r"porte[ -]cl[eé]s?|llaveros?|chaveiros?|schl[uü]sselanh[aä]nger|portachiavi|brelok|брелоки?|anahtarl[ıi]k|gantungan kunci|m[oó]c kh[oó]a")
# the mark shown on the goods
_MARK = (r"logos?|badges?|emblems?|decals?|stickers?|roundels?|monogram|swoosh|trefoil|three stripes|insignias?|"
         r"crown logo|grille emblem|emblemas?|adesivos?|pegatinas?|aufkleber|autocollants?|logotipo|наклейк[аи]|"
         r"эмблем[аы]|значк[иа]")
_PARTY = (r"party (?:plates?|napkins?|cups?|supplies|kit|set|pack|decorations?|decor|favou?rs?|bags?|banners?|"
          r"backdrops?|tableware|balloons?)|paper (?:plates?|napkins?|cups?)|napkins|balloons?|cake toppers?|"
          r"cupcake toppers?|birthday (?:banners?|decorations?|decor|backdrops?|party set|set|kit|balloons?)|"
          r"(?:favou?r|goodie|treat|gift) bags? for (?:the )?part(?:y|ies)|party favou?rs?|for \d{1,3} guests|"
          r"globos|topo de bolo|toppers? de (?:bolo|torta|pastel)|decoraci[oó]n de cumplea[nñ]os|kit festa|"
          r"festa (?:infantil|de anivers[aá]rio)|ballons? (?:de baudruche|d'anniversaire|anniversaire|gonflables?|a l'h[eé]lium|et banni[eè]re)|d[eé]coration (?:d'anniversaire|anniversaire)|luftballons?|"
          r"geburtstags ?deko(?:ration)?|tortenaufleger|palloncini|addobbi|воздушные шары|шарики|топпер|"
          r"balony|dekoracje urodzinowe|doğum günü süsleri|dogum gunu suslemeleri|parti balonlar[ıi]|bong bóng|trang trí sinh nhật")
_RIDE = (r"ride[ -]?ons?|kids'? (?:electric )?(?:cars?|atv|quad|trike|motorbike|motorcycle|jeep|truck|suv|4x4)|"
         r"(?:electric|battery|battery[ -]powered|12 ?v|24 ?v|6 ?v) (?:kids'? |children'?s )?(?:cars?|atv|quad|motorbike|jeep)"
         r" for (?:kids|children|toddlers)|children'?s (?:electric )?(?:cars?|ride)|toddler car|pedal car|"
         r"balance bike|push car|carro el[eé]trico infantil|carrinho el[eé]trico|moto el[eé]trica infantil|"
         r"coche el[eé]ctrico (?:para )?ni[nñ]os|carro montable|montable|auto (?:elettrica|elettrico) per bambini|"
         r"kinder ?(?:elektro)?auto|elektroauto f[uü]r kinder|kinderfahrzeug|voiture [eé]lectrique (?:pour )?enfants?|"
         r"детский электромобиль|электромобиль для детей|akülü araba|mobil aki anak|mobil-mobilan|xe [oô] t[oô] đi[eệ]n tr[eẻ] em")
_WIDE = {"miniature": ("迷你", "钥匙扣", "鑰匙扣", "挂件", "掛件", "娃娃", "キーホルダー", "ミニチュア", "키링", "미니어처"),
         "party": ("派对", "派對", "生日装饰", "生日裝飾", "气球", "氣球", "蛋糕插", "パーティー", "バルーン", "풍선", "파티"),
         "ride_on": ("儿童电动车", "兒童電動車", "电动童车", "電動童車", "童车", "乗用玩具", "전동차", "유아 전동차")}
_WIDE_MARK = ("标志", "標誌", "车标", "車標", "logo", "ロゴ", "エンブレム", "로고", "엠블럼")

_MINIATURE = re.compile(rf"(?<![a-z0-9])(?:{_SCALE})(?![a-z])")
_MINI_WORD = re.compile(rf"(?<![a-z0-9])(?:{_MINI})(?![a-z])")
_TRINKET_WORD = re.compile(rf"(?<![a-z0-9])(?:{_TRINKET})(?![a-z])")
_MARK_WORD = re.compile(rf"(?<![a-z0-9])(?:{_MARK})(?![a-z])")
_PARTY_WORD = re.compile(rf"(?<![a-z0-9])(?:{_PARTY})(?![a-z])")
_RIDE_WORD = re.compile(rf"(?<![a-z0-9])(?:{_RIDE})(?![a-z])")
# a licence claimed (phrasebook.LICENSED and config.LICENSING_PHRASES without "edition" and "collab": a fan's edition
# is no licence), and the toy, model and ride-on makers that work under carmakers' and houses' licences
_LICENCE = re.compile(r"(?<![a-z0-9])(?:officially licen[cs]ed|official licen[cs]ed|licen[cs]ed(?: by| from| product)?|"
                      r"under licen[cs]e|official licen[cs]e|licencia oficial|licenciad[oa]|licen[cç]a oficial|"
                      r"sous licence|licence officielle|licenza ufficiale|offiziell lizenziert|lizenziert|"
                      r"lizenzprodukt|officieel gelicenseerd|licencjonowany|официальная лицензия|лицензионн\w+|"
                      r"lisansl[ıi]|resmi lisansl[ıi]|berlisensi)(?![a-z])")
_LICENCE_WIDE = ("正版授权", "正版授權", "官方授权", "官方授權", "公式ライセンス", "ライセンス商品", "정품 라이선스", "라이선스")
_DENIED = re.compile(r"(?:not|non|no|un|without|sin|sem|sans|ohne|senza|bez|не|nicht)[ -]?(?:an? |any |the )?"
                     r"(?:officially |official )?$")
LICENSEES = re.compile(r"(?<![a-z0-9])(?:casdon|hot wheels|matchbox|maisto|bburago|burago|welly|majorette|siku|"
                       r"minichamps|kyosho|tamiya|revell|airfix|playmobil|theo klein|smoby|little tikes|peg[ -]perego|"
                       r"injusa|rastar|jamara|feber|kidz ?tech|power wheels|corgi|solido|norev|autoart|greenlight|"
                       r"rollplay|tomica|takara tomy|mattel|hasbro|lego|kinsmart|herpa|schuco|wiking|dickie|bruder)(?![a-z])")
# a miniature dearer than this (EUR) may be the house's own mini bag or charm: judged by its price as before
TRINKET_EUR = 30.0
_ANCHORS = frozenset({
    "mini", "tiny", "micro", "toy", "doll", "dolls", "dollhouse", "barbie", "miniature", "miniatures", "keychain",
    "keyring", "keychains", "keyrings", "key", "charm", "charms", "pendant", "figure", "llavero", "chaveiro",
    "schlusselanhanger", "portachiavi", "brelok", "брелок", "miniatura", "miniatur", "1", "party", "napkins", "plates",
    "balloon", "balloons", "topper", "toppers", "banner", "birthday", "guests", "globos", "bolo", "festa", "ballons",
    "ballon", "luftballons", "geburtstagsdeko", "palloncini", "balony", "balon", "ride", "kids", "children", "childrens",
    "toddler", "pedal", "balance", "montable", "kinderauto", "elektroauto", "voiture", "электромобиль", "akulu", "mobil",
    "carro", "carrinho", "coche", "auto", "moto", "spielzeug", "jouet", "juguete", "brinquedo", "игрушка", "cumpleanos",
    "cupcake", "favours", "favors", "шары", "шарики", "xe", "bong", "trang", "push", "kinderfahrzeug", "giocattolo",
    "zabawka", "oyuncak", "mainan", "gantungan", "moc", "anahtarlik", "pegatinas", "paper",
})


# the collectors' scale models and display replicas (subject.MODEL_NOUNS' trade): no trinket
_SCALE_MODEL = re.compile(r"(?<![a-z0-9])(?:scale model|model kit|die[ -]?cast|display (?:model|piece)|replicas?|replika|"
                          r"replique|modell|druckguss|maqueta|modellino|miniatura de colec)(?![a-z])|车模|車模|合金|ミニカー|レプリカ")
_NOT_SHOWN = re.compile(r"(?:no|without(?: the)?|sans|sin|sem|ohne|senza|bez|plain|not? any)\W+(?:\w+\W+)?$")


def _shown(title: str) -> bool:
    """Whether the title shows a mark word not refused ("with logo", not "no logo", "without the Bandai logo")."""
    return any(not _NOT_SHOWN.search(title[max(0, m.start() - 24):m.start()]) for m in _MARK_WORD.finditer(title))


def _licensed(latin: str, nfkc: str) -> bool:
    """Whether a licence is claimed and not denied ("officially licensed", "licensed by Dyson", a licensed maker named);
    "Not an officially licensed product" and "unlicensed" claim none."""
    for m in _LICENCE.finditer(latin):
        if not _DENIED.search(latin[max(0, m.start() - 24):m.start()]):
            return True
    return LICENSEES.search(latin) is not None or any(w in nfkc for w in _LICENCE_WIDE)


def unlicensed_goods(text: ListingText, eur: float | None) -> tuple[str, tuple[int, int], str] | None:
    """(kind, span in the original joined text, why) of goods of a kind the house never makes carrying its mark with
    no licence, read in the title (the description only for the licence); None for almost every listing (gate: an
    anchor word in the latin view, or a wide word)."""
    wide = not text.is_ascii
    if text.latin_words.isdisjoint(_ANCHORS) and not wide:
        return None
    latin = text.latin
    cut = latin.find(FIELD_SEPARATOR)
    views = [("latin", latin[:cut] if cut >= 0 else latin)]
    if wide:
        views.append(("nfkc", text.nfkc[:len(text.title)].lower()))
    if any(_SCALE_MODEL.search(title) is not None for _, title in views) or (
            wide and _SCALE_MODEL.search(text.nfkc[:len(text.title)]) is not None):
        return None  # a scale model or a display replica: subject.py's model of the goods, judged as before
    for view, title in views:
        if (found := _read(title, eur)) is not None:
            kind, (start, end), why = found
            if _licensed(latin, text.nfkc):
                return None
            return kind, text.original_span(view, start, end), why
    return None


def _read(title: str, eur: float | None) -> tuple[str, tuple[int, int], str] | None:
    """The first kind a title (one view of it, lower case) reads, with its span in that view."""
    if (m := _PARTY_WORD.search(title)) is not None:
        return "party", m.span(), "party tableware or decorations with the house's mark: no house makes them"
    if (m := _RIDE_WORD.search(title)) is not None:
        return "ride_on", m.span(), ("a child's ride-on named by the maker's mark: its badges and name are the "
                                     "maker's licence to give")
    for kind, words in _WIDE.items():
        if kind == "miniature" and (eur is None or eur > TRINKET_EUR):
            continue
        for w in words:
            if (at := title.find(w)) >= 0 and (kind != "miniature" or any(x in title for x in _WIDE_MARK)):
                return kind, (at, at + len(w)), "goods of a kind the house never makes with its mark"
    if eur is None or eur > TRINKET_EUR:
        return None
    if _SCALE_MODEL.search(title) is not None:
        return None  # a scale model or a display replica: subject.py's model of the goods, judged as before
    if (m := _MINIATURE.search(title)) is not None or (m := _MINI_WORD.search(title)) is not None and (
            _TRINKET_WORD.search(title) is not None or _shown(title)):
        return "miniature", m.span(), ("a miniature or keyring likeness of the house's goods at a trinket's price: no "
                                       "house sells its own that cheap")
    return None
