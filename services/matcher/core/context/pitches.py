"""Two pitches of the copy seller that claim a copy without a copy word, in the languages of the markets.

    copy_pitches(text)  -> [Found(start, end, DONT_ASK), ...]   # [] for almost every listing

- `dont_ask`: the seller refuses the question whether the goods are original ("don't ask if it's original – the
  price says it all", "ne demandez pas si c'est l'original", "μη ρωτάτε αν είναι γνήσιο", "别问是不是正品",
  "ไม่ต้องถามว่าแท้ไหม", "정품이냐고 묻지 마세요", "orijinal mi diye sormayın"): a "don't ask" and, within a few words, a
  word for original / genuine / real (in that order, or the other one for the languages that put the verb last). An
  honest seller answers the question instead ("Original? Yes – receipt in the photos, ask away"), so the reading is
  dropped when an affirmation follows ("don't ask if it's original – it is"), and "don't ask for the original box"
  (the word an adjective of a box, a price, papers) is no question of authenticity.
- `go_elsewhere`: the seller sends a buyer who wants the original elsewhere ("want the original? go to the mall –
  this one is for every day", "Хотите оригинал — вам в бутик", "要正品请去专柜", "Orijinal isteyen AVM'ye gitsin"): a
  word for original, then within a few words a going to a shop, a mall, a boutique or the official store ("go to
  the mall", "ve al centro comercial", "idź do galerii", "ke mall"). An honest seller who bought the goods at the
  mall says so ("bought at the mall, same price as in store"): no going; one who answers with proof ("Original?
  Yes, receipt – go to the store and check") affirms first, and is not read.

Latin, Cyrillic, Greek, Arabic, Hebrew and Devanagari words are matched in the latin view (folded the same way:
normalise.latin_text), Chinese, Japanese, Korean and Thai in the NFKC view. Source: written for BrandSentry from how
copy sellers on classifieds and social shops word these two refusals (consumer-protection warnings quoting "don't ask
if it's original, look at the price", "if you want the original go to the store"; each language's imperative "don't
ask", its words for original/genuine, its words for the mall and the boutique, from the grammar of the language), not
from a held-out set's listings. Pure: no I/O.
"""

from __future__ import annotations

import functools
import re

from services.matcher.core.context.lexicon import Found
from services.matcher.core.normalise import ListingText, latin_text

DONT_ASK = "pitch: don't ask if original"
GO_ELSEWHERE = "pitch: go to the shop for the original"
PITCHES = frozenset({DONT_ASK, GO_ELSEWHERE})  # the cue terms of this module's readings

# "don't ask" (the imperative, or "no need to ask"), in the order the language puts it before its object
ASK_NOT = [
    "don't ask", "dont ask", "do not ask", "no need to ask", "don't bother asking", "stop asking", "never ask",
    "no preguntes", "no pregunten", "no pregunte", "no me preguntes", "no me pregunten", "no hace falta preguntar",
    "ni preguntes", "ni pregunten", "não pergunte", "não perguntem", "nem pergunte", "nem perguntem",
    "não precisa perguntar", "ne demandez pas", "ne demande pas", "ne me demandez pas", "pas besoin de demander",
    "inutile de demander", "non chiedete", "non chiedere", "non chieda", "non mi chiedete", "inutile chiedere",
    "non serve chiedere", "fragt nicht", "frag nicht", "fragen sie nicht", "nicht fragen", "fragt mich nicht",
    "frag mich nicht", "vraag niet", "niet vragen", "vraag me niet", "fråga inte", "fråga mig inte", "spørg ikke",
    "spør ikke", "ikke spør", "älä kysy", "älkää kysykö", "nie pytaj", "nie pytajcie", "nie pytać", "neptejte se",
    "neptej se", "nepýtajte sa", "nepýtaj sa", "ne pitajte", "ne pitaj", "ne sprašujte", "nu întrebați",
    "nu intrebati", "nu întreba", "nu mă întrebați", "ne kérdezd", "ne kérdezze", "ne kérdezzétek", "ne kérdezzék",
    "ne kérdezzen", "не спрашивайте", "не спрашивай", "не надо спрашивать", "не нужно спрашивать", "не питайте",
    "не питай", "не запитуйте", "не питајте", "μη ρωτάτε", "μην ρωτάτε", "μη ρωτάς", "μην ρωτάς", "μη με ρωτάτε",
    "μην με ρωτάτε", "jangan tanya", "jgn tanya", "gak usah tanya", "ga usah tanya", "nggak usah tanya",
    "tak payah tanya", "tidak perlu tanya", "huwag magtanong", "wag magtanong", "huwag itanong", "wag itanong",
    "đừng hỏi", "không cần hỏi", "khỏi hỏi", "usiulize", "msiulize", "لا تسأل", "لا تسألوا", "لا تسألني", "ما تسأل",
    "אל תשאלו", "אל תשאל", "मत पूछो", "मत पूछिए", "मत पूछें", "نپرسید",
]
# "don't ask" after its object, in the languages that put the verb last ("orijinal mi diye sormayın",
# "asli hai ya nahi mat poochho", "اصل است یا نه نپرسید")
ASK_NOT_AFTER = ["sormayın", "sormayınız", "sorma", "sormanıza gerek yok", "मत पूछो", "मत पूछिए", "मत पूछें",
                 "न पूछें", "ना पूछें", "نپرسید", "نپرس"]
# the words for original / genuine / real / fake (stems: a few more letters are endings, "originale", "oryginalny")
AUTHENTIC = [
    "original", "genuin", "authentic", "oryginal", "orijinal", "originel", "authentique", "origineel", "alkuperäinen",
    "auténtic", "autentic", "autêntic", "verdadeir", "verdader", "originál", "eredeti", "valódi", "chính hãng",
    "hàng thật", "оригинал", "подлинн", "настоящ", "оригінал", "справжн", "γνήσι", "αυθεντικ", "اصلي", "أصلي", "מקורי",
    "असली", "ओरिजिनल",
]
# the short words for it, matched whole (with a plural or an adjective's ending): "real" is no "really"
AUTHENTIC_WORDS = ["real", "fake", "legit", "ori", "orig", "asli", "thật", "vrai", "echt", "ekte", "ægte", "äkta", "aito",
                   "pravi", "pravý", "totoo", "halisi", "اصل"]
# "whether" (or "if", "about") between the asking and the word for original
WHETHER = ["if", "whether", "about", "si", "se", "ob", "of", "om", "czy", "jestli", "zda", "zdali", "či", "dacă",
           "hogy", "чи", "дали", "da li", "αν", "apakah", "kung", "onko", "có", "liệu"]
# the tail of a question after the word for original ("оригинал ли", "ori atau bukan", "or not")
QUESTION_TAILS = ["or not", "or fake", "or real", "or no", "ou não", "ou pas", "ou non", "o no", "o non", "oder nicht",
                  "oder fake", "ли", "или нет", "чи ні", "atau bukan", "atau tidak", "atau palsu", "hay không",
                  "hay giả", "không", "mi", "mı", "mu", "ya nahi", "czy nie", "nebo ne", "sau nu", "ή όχι",
                  "eller inte", "of niet", "o hindi"]
# nouns the word for original describes when the question is no question of authenticity ("don't ask for the
# original box", "no preguntes por el precio original")
_NOUNS = ["box", "boxes", "packaging", "package", "packing", "receipt", "invoice", "price", "prices", "photos",
          "pictures", "caja", "embalaje", "precio", "boîte", "boite", "prix", "emballage", "karton", "verpackung",
          "preis", "scatola", "prezzo", "confezione", "caixa", "embalagem", "preço", "pudełko", "opakowanie", "cena",
          "коробк", "упаковк", "цен", "kutu", "fiyat", "kotak", "harga", "hộp", "giá"]
# an answer right after the question: the seller affirms ("it is", "yes", "of course")
_AFFIRM = ["it is", "they are", "yes", "of course", "lo es", "claro", "por supuesto", "é sim", "oui", "bien sûr",
           "natürlich", "ist es", "certo", "lo è", "jest", "конечно", "ναι", "evet", "tentu", "pasti asli", "chắc chắn"]
# (no Vietnamese "đi": the latin view folds it to "di", Indonesian and Malay for "at": "Ori, beli di toko resmi" is
# "original, bought at the official store", an owner's word, no going)
# a going to the place the genuine goods are sold ("go to the mall", "ve al centro comercial", "вам в бутик", "ke mall");
# two short words (at most four letters: articles, prepositions) may stand between it and the place, and a
# verb-last language ("AVM'ye gitsin") puts the going after the place
GO = ["go", "go to", "head to", "head over to", "ve", "ve al", "ve a", "vaya", "vayan", "id", "andá", "vai",
      "vá", "ide", "allez", "va", "geh", "geht", "gehen sie", "andate", "vai", "va'", "idź", "idźcie", "иди", "идите",
      "вам", "тебе", "ідіть", "іди", "ke", "pergi", "datang", "pumunta", "punta", "ra", "đến", "tới", "naar",
      "gå", "mene", "menkää", "πήγαινε", "πηγαίνετε", "du-te", "mergi", "mergeți", "menj", "menjen", "jdi", "jděte",
      "idite", "idi", "nenda"]
GO_AFTER = ["gitsin", "git", "gidin", "gidebilir"]
PLACES = ["mall", "malls", "boutique", "boutiques", "store", "stores", "official store", "official site",
          "official website", "flagship", "flagship store", "department store", "brand store", "shop", "centro comercial",
          "shopping", "tienda oficial", "tienda", "loja", "loja oficial", "magasin", "grand magasin", "laden",
          "geschäft", "negozio", "centro commerciale", "galeria", "galerii", "sklep", "salon", "бутик", "магазин",
          "торговый центр", "тц", "avm", "mağaza", "butik", "plaza", "toko resmi", "gerai", "trung tâm thương mại",
          "cửa hàng", "winkel", "varuhus", "kauppa", "κατάστημα", "μαγαζί", "mall-ul", "magazin", "üzlet", "pláza",
          "obchod", "prodavnica", "trgovina", "duka"]
_OWN = ["our", "my", "mi", "mis", "nuestra", "nuestro", "notre", "nos", "mon", "ma", "unser", "unseren", "unserem",
        "mein", "meinen", "nostro", "nostra", "mio", "nosso", "nossa", "minha", "meu", "naszego", "nasz", "mój", "мой",
        "наш", "наше", "kami", "saya", "ons", "onze", "mijn", "vår", "vores"]
_PROOF = ["yes", "receipt", "invoice", "factura", "nota fiscal", "rechnung", "facture", "ricevuta", "paragon", "чек",
          "fatura", "fiş", "sim", "oui", "да", "ναι", "evet"]


def _alternation(words: list[str], stem: bool = False) -> str:
    """The words as one alternative of the latin view (folded as the text is), longest first; `stem`: up to five
    more letters (an ending)."""
    # each word folded as written in small letters, capitalised and in capitals (a capital Cyrillic Н folds to h, a
    # small one to n: "Не питайте" reads "he pitayte")
    folded = sorted({" ".join(latin_text(f).lower().split()) for w in words for f in (w, w.capitalize(), w.upper())}
                    - {""}, key=len, reverse=True)
    body = "|".join(r"[^a-z0-9]+".join(map(re.escape, w.split())) for w in folded)
    return f"(?:{body}){'[a-z]{0,5}' if stem else ''}"


_W = r"[^a-z0-9]+"  # what the latin view keeps between words
_WORDS = r"(?:[^a-z0-9]+[a-z0-9]+){0,%d}?[^a-z0-9]+"  # up to n words in between


@functools.cache
def _latin_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    auth = rf"(?:{_alternation(AUTHENTIC, stem=True)}|{_alternation(AUTHENTIC_WORDS)}(?:s|e|es|en|a|o)?)"
    not_noun = rf"(?!\s+{_alternation(_NOUNS, stem=True)}(?![a-z0-9]))"  # the adjective of the noun right after it
    # the question asked: a word for "whether" between the asking and the word ("si c'est", "ob", "czy", "αν"), or a
    # question's tail after it ("оригинал ли", "ori atau bukan", "hàng thật hay giả", "or not"); "don't ask: it's
    # original" is an answer, no question refused
    whether = rf"(?:[^a-z0-9]+[a-z0-9]+){{0,3}}?[^a-z0-9]+{_alternation(WHETHER)}(?:[^a-z0-9]+[a-z0-9]+){{0,3}}?[^a-z0-9]+"
    tail = rf"(?={_W}{_alternation(QUESTION_TAILS)}(?![a-z0-9]))"
    ask = re.compile(rf"(?<![a-z0-9])(?:{_alternation(ASK_NOT)})(?:{whether}(?P<auth>{auth})(?![a-z0-9]){not_noun}"
                     rf"|{_WORDS % 4}(?P<auth1>{auth}){tail})|(?<![a-z0-9])(?P<auth2>{auth})(?![a-z0-9]){not_noun}"
                     rf"{_WORDS % 3}(?:{_alternation(ASK_NOT_AFTER)})(?![a-z0-9])")
    affirm = re.compile(rf"{_WORDS % 2}(?:{_alternation(_AFFIRM)})(?![a-z0-9])")
    # up to two short words (articles, prepositions) between the going and the place, none a possessive ("visit our
    # store" is a shop's own boilerplate)
    short = rf"(?:[^a-z0-9]+(?!{_alternation(_OWN)}(?![a-z0-9]))[a-z0-9]{{1,4}}){{0,2}}[^a-z0-9]+"
    place = _alternation(PLACES)
    go = re.compile(rf"(?<![a-z0-9])(?:(?:{_alternation(GO)}){short}{place}|{place}{short}(?:{_alternation(GO_AFTER)}))"
                    rf"(?![a-z0-9])")
    before = re.compile(rf"(?<![a-z0-9])(?:{auth})(?![a-z0-9]){not_noun}")
    anchors = frozenset(w for t in (*ASK_NOT, *ASK_NOT_AFTER, *PLACES) for f in (t, t.capitalize(), t.upper())
                        for w in latin_text(f).lower().split()
                        if len(w) >= 4 and w not in ("need", "bother", "never", "stop", "official", "site", "store",
                                                     "stores", "shop", "salon", "plaza", "shopping"))
    return ask, affirm, go, before, anchors | {"mall", "malls", "boutique", "store", "shop", "avm", "tc"}


@functools.cache
def _authentic_gate() -> tuple[str, ...]:
    """The words for original as substrings of the latin view: a listing with none of them holds neither pitch."""
    return tuple(sorted({latin_text(f).lower() for w in (*AUTHENTIC, *AUTHENTIC_WORDS)
                         for f in (w, w.capitalize(), w.upper())} - {""}))


# the wide scripts: Chinese, Japanese, Korean, Thai (NFKC view, casefolded)
_WIDE_ASK = re.compile(
    r"(?:别|別|不要|不用|勿|莫|甭|无需|無需|不必|请勿|請勿)再?(?:问|問|询问|詢問)了?[^。！？!?\n]{0,6}?(?:是不是正|是否正|是不是真|是否真|"
    r"真假|真的假的|正不正|是不是原装|是不是原裝|是正品吗|正品吗|正品嗎|真的吗|真的嗎)|(?:正品|真品)与否[^。！？!?\n]{0,4}?(?:勿问|别问|不要问)|"
    r"(?:本物|正規品|純正品)(?:かどうか|なのか|か)[はを]?[^。！？!?\n]{0,6}?(?:聞かないで|きかないで|質問はご遠慮|質問しないで|"
    r"問い合わせはご遠慮)|(?:정품|진품|진짜|가품)(?:이냐고|이냐|인지|인가|여부|냐고)[^.!?\n]{0,8}?(?:묻지\s?마|물어보지\s?마|"
    r"질문\s?사절|질문\s?하지\s?마|문의\s?사절)|(?:ไม่ต้องถาม|อย่าถาม)(?:ว่า)?[^\n]{0,6}?(?:ของแท้|แท้)(?:ไหม|มั้ย|หรือเปล่า|"
    r"หรือไม่|รึเปล่า)")
_WIDE_AFFIRM = re.compile(r"[^。！？!?\n]{0,4}?(?:当然|當然|肯定是|保证|保證|本物です|정품\s?맞|แท้แน่นอน|แท้100)")
_WIDE_GO = re.compile(
    r"(?:正品|原装|原裝|真品)[^。！？!?\n]{0,6}?(?:请|請)?(?:去|到|上)(?:专柜|專櫃|商场|商場|官方|官网|官網|旗舰店|旗艦店|实体店|實體店|门店|門店)"
    # (fresh54a) not the seller's offer to have the unit checked there ("支持到专柜验货": verify it at the counter)
    r"(?![^。！？!?\n]{0,2}?(?:验货|驗貨|验证|驗證|鉴定|鑑定|查验|查驗|核验|核驗|验真|驗真))|"
    r"(?:本物|正規品)[^。！？!?\n]{0,10}?(?:デパート|正規店|直営店|ブティック|公式)(?:へ|に|で)"
    # (fresh54a) not the owner's purchase there ("正規店で購入", "直営店で買いました", "購入品"): where the unit was bought
    r"(?!購入(?:しました|した|品|済|。|、|$)|買(?:いました|った|ったもの))|"
    r"(?:정품|진품)[^.!?\n]{0,12}?(?:백화점|매장|공식\s?스토어|부티크)\s?(?:가세요|가서|가시면|에서\s?사세요)|"
    r"(?:ของแท้|แท้)[^\n]{0,15}?ไป(?:ห้าง|ช็อป|ช้อป|เคาน์เตอร์|ร้าน)")
_WIDE_GATE = frozenset("问問聞묻질ถามี去到专專商官旗实實门門デ正백매공ไป")


def copy_pitches(text: ListingText) -> list[Found]:
    """The pitches of this module in the listing's title and description (at most one of each kind), as cue terms
    "pitch: don't ask if original" and "pitch: go to the shop for the original"; [] for almost every listing."""
    ask, affirm, go, before, anchors = _latin_patterns()
    out: list[Found] = []
    latin = text.latin
    if not text.latin_words.isdisjoint(anchors) and any(a in latin for a in _authentic_gate()):
        for m in ask.finditer(latin):
            if affirm.match(latin, m.end()) is None:
                start, end = text.original_span("latin", m.start(), m.end())
                out.append(Found(start, end, DONT_ASK))
                break
        for m in go.finditer(latin):
            window = latin[max(0, m.start() - 90):m.start()]
            said = list(before.finditer(window))
            if said and not _proof(window[said[-1].end():]):
                start, end = text.original_span("latin", m.start() - len(window) + said[-1].start(), m.end())
                out.append(Found(start, end, GO_ELSEWHERE))
                break
    if not text.is_ascii and not _WIDE_GATE.isdisjoint(text.nfkc):
        nfkc = text.nfkc
        if not any(f.term == DONT_ASK for f in out) and (
                m := next((m for m in _WIDE_ASK.finditer(nfkc) if _WIDE_AFFIRM.match(nfkc, m.end()) is None), None)):
            out.append(Found(*text.original_span("nfkc", m.start(), m.end()), DONT_ASK))
        if not any(f.term == GO_ELSEWHERE for f in out) and (m := _WIDE_GO.search(nfkc)) is not None:
            out.append(Found(*text.original_span("nfkc", m.start(), m.end()), GO_ELSEWHERE))
    return sorted(out, key=lambda f: f.start)


@functools.cache
def _proof_pattern() -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9])(?:{_alternation(_PROOF)})(?![a-z0-9])")


def _proof(between: str) -> bool:
    """Whether the words between the word for original and the going answer the question ("Original? Yes, receipt –
    go to the store and check")."""
    return _proof_pattern().search(between) is not None


def answered(text: ListingText, end: int) -> bool:
    """Whether the seller answers the question right after a refusal that ends at original offset `end` ("Don't ask
    if it's original – it is, receipt in photo 3"): an honest owner's flourish, no refusal (for the cue lexicon's own
    refusals, config.COPY_PITCHES, as for this module's)."""
    _, affirm, _, _, _ = _latin_patterns()
    after = text.original[end:end + 40]
    return affirm.match(" " + latin_text(after).lower()) is not None or (
        not after.isascii() and _WIDE_AFFIRM.match(after) is not None)
