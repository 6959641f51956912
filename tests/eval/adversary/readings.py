"""The brand named in words the registry does not hold, the way another language writes it (readings, 2026-12-01).

A Russian seller writes Philips Филипс, a Korean one Swarovski 스와로브스키, a Chinese seller typing Latin letters
writes Rolex by its Chinese name's pinyin, "lao li shi". That is how those markets name the brand, not a disguise:
a listing wholly in that language, in the brand's category, at an ordinary price and with no word that says copy,
names the brand as the Latin mark would (and "Philips electric toothbrush" alerts). Far from the brand's goods the
same words may be a person, a place or a book and stay quiet, and words of those languages that only sound like a
mark stay quiet in the brand's own category too.

Written from first principles with the adversary's own writers (scripts.py, sound.py: a mark read aloud and written
with each script's letters; chinese.py: pypinyin's reading of the registered alias); nothing of the matcher is used,
and nothing is taken from a held-out set.

Classes:
- `script_named`: the brand's name or another of its marks with three consonant sounds or more (a name of two, Nike or
  Sony, shares its sounds with too many words and names of every language: Ника, Σόνι; `transliteration` covers
  those with a cue), written by its sound in one of eight scripts, in a listing in that language, in the brand's
  category, at a normal price, no cue.
- `pinyin_named`: a registered Chinese alias in toneless pinyin (spaced, run together, capitalised), five letters or
  more and no word of a Latin-script language, in an English listing of the brand's category, normal price, no cue.
- `trap_script_named_far`: the same names written the same way in listings far from the brand's goods (a book, a
  poster, a ticket), no cue.
- `translated_named`: a descriptive mark translated word for word with its words side by side, in the brand's category
  at 30-45 % of its floor (below it, not far below), no cue: named like a misspelling of the mark.
- `trap_translated_plain`: the same phrase at a normal price with no cue (the phrase's own sense: "doble uso", dual use,
  for Double Wear), quiet.
- `trap_script_named_short`: real words and names of those languages heard like a mark of two sound classes (Sony,
  Nike, Bose, Puma, Lego, Danone, Gucci, Adidas, Coach, Bosch: Соня, 니카, Μπόσης, Пумба, Λέγω, Данна, कैश "cash"), in
  the brand's own category at an ordinary price below its floor (not far below), no cue: a two-class mark written by
  sound counts in its category with no cue (scripts22), and these are no writing of it (other vowels, another word,
  not the market's registered writing of the name).
- `trap_readings_words`: hand-written listings of the brand's own category with a word of another language that
  sounds like a mark or is one of its pinyin readings (Italian "suoni" for Sony's suo ni, Indonesian "babi" for
  Barbie's ba bi, Korean 보스 "boss" beside Bosch, Russian Самсон), no cue.
"""

from __future__ import annotations

from tests.eval.adversary import chinese, context, sound
from tests.eval.adversary.generate import CNY_PER, BrandView, Draft, Scene, _cap, _pick_mark, _sound_marks
from tests.eval.adversary.scripts import GOODS, in_script

EVASIONS = {
    "script_named": "the brand's name (three consonant sounds or more) written by its sound in another script, in a "
                    "listing wholly in that language, the brand's category, normal price, no cue",
    "pinyin_named": "the Chinese alias in toneless pinyin (five letters or more, no word of another language) in the "
                    "brand's category, normal price, no cue",
    "translated_named": "a descriptive mark translated word for word, side by side (Oca del Canada, Heiße Räder), in the "
                        "brand's category at 30-45 % of its floor, no cue",
}
TRAPS = {
    "trap_script_named_far": "the brand's name written by its sound in another script in a listing far from its goods "
                             "(a book, a poster, a ticket), no cue",
    "trap_readings_words": "words of other languages heard like a mark or its pinyin, in the brand's own category, no "
                           "cue (suoni, babi, 보스, Самсон)",
    "trap_script_named_short": "words and names of other languages heard like a mark of two sound classes (Соня, 니카, "
                               "Μπόσης, Пумба, कैश) in the brand's category below its floor, no cue",
    "trap_translated_plain": "a descriptive mark's word-for-word translation in the brand's category at a normal price, "
                             "no cue: the phrase in its own sense (doble uso, la cara norte)",
}

SCRIPTS = ("cyrillic", "greek", "arabic", "hebrew", "devanagari", "hangul", "katakana", "thai")
# per script: "new", "in stock", "free delivery" as that language writes them (their dictionaries' words)
PHRASES = {
    "cyrillic": ("новый", "в наличии", "бесплатная доставка"),
    "greek": ("καινούργιο", "διαθέσιμο", "δωρεάν αποστολή"),
    "arabic": ("جديد", "متوفر", "شحن مجاني"),
    "hebrew": ("חדש", "במלאי", "משלוח חינם"),
    "devanagari": ("नया", "स्टॉक में", "मुफ्त डिलीवरी"),
    "hangul": ("새상품", "재고있음", "무료배송"),
    "katakana": ("新品", "在庫あり", "送料無料"),
    "thai": ("ใหม่", "พร้อมส่ง", "ส่งฟรี"),
}
# per script: a book, a poster, a concert ticket (far from any demo brand's goods)
FAR = {
    "cyrillic": ("книга", "постер", "билет на концерт"),
    "greek": ("βιβλίο", "αφίσα", "εισιτήριο συναυλίας"),
    "arabic": ("كتاب", "ملصق", "تذكرة حفلة"),
    "hebrew": ("ספר", "פוסטר", "כרטיס להופעה"),
    "devanagari": ("किताब", "पोस्टर", "कॉन्सर्ट टिकट"),
    "hangul": ("책", "포스터", "콘서트 티켓"),
    "katakana": ("本", "ポスター", "コンサートチケット"),
    "thai": ("หนังสือ", "โปสเตอร์", "ตั๋วคอนเสิร์ต"),
}
FAR_CATEGORIES = ("books", "posters", "tickets")
_PINYIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "id", "tr", "pl", "sv", "ro")


def _consonants(mark: str) -> int:
    """Consonant sounds of the mark as sound.phonemes reads it aloud (Philips: f l p s = 4; Nike: n k = 2)."""
    return sum(1 for p in sound.phonemes(mark) if p not in sound.VOWELS and p not in "hwy")


def _named_marks(b: BrandView) -> list:
    return [m for m in _sound_marks(b) if not m.everyday and _consonants(m.value) >= 3]


def _goods(category: str, script: str) -> str:
    """The goods in the listing's language for the scripts GOODS has (Thai, Japanese, Korean), else ""."""
    column = {"thai": 1, "katakana": 2, "hangul": 3}.get(script)
    if column is None:
        return ""
    low = category.lower()
    return next((names[column - 1] for words, *names in GOODS if any(w in low for w in words)), "")


def _in_script(b: BrandView, s: Scene) -> tuple[str, str] | None:
    m = _pick_mark(b, s, _named_marks(b))
    if m is None:
        return None
    script = s.rng.choice(SCRIPTS)
    text = in_script(m.value, script, s.rng)
    return (text, script) if text else None


def make_script_named(b: BrandView, s: Scene) -> Draft | None:
    found = _in_script(b, s)
    if found is None:
        return None
    text, script = found
    cat = s.category()
    new, stock, delivery = PHRASES[script]
    goods = _goods(cat, script)
    words = [goods, text, new] if s.rng.random() < 0.5 else [text, goods, new]
    title = " ".join(w for w in words if w)
    return Draft(title, cat, s.price(cat), f"{stock}. {delivery}.")


def make_trap_script_named_far(b: BrandView, s: Scene) -> Draft | None:
    found = _in_script(b, s)
    if found is None:
        return None
    text, script = found
    k = s.rng.randrange(3)
    title = f"{FAR[script][k]}: {text}" if s.rng.random() < 0.5 else f"{text} {FAR[script][k]}"
    return Draft(title, FAR_CATEGORIES[k], (round(s.rng.uniform(6, 40), 2), "USD"), PHRASES[script][2])


def _a_word(reading: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(reading, lang) >= 3.0 for lang in _PINYIN_LANGUAGES)


def make_pinyin_named(b: BrandView, s: Scene) -> Draft | None:
    aliases = [m for m in b.cjk if len(chinese.PINYIN.get(m.value, "").split()) >= 2
               and len(joined := chinese.PINYIN[m.value].replace(" ", "")) >= 5 and not _a_word(joined)]
    m = _pick_mark(b, s, aliases)
    text = m and chinese.pinyin(m.value, s.rng)
    if not text:
        return None
    cat = s.category()
    return Draft(s.title(text, s.product(cat)), cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


# Honest listings of the brand's own category with a word of another language that sounds like one of its marks or is
# one of its pinyin readings: (brand, title, description, category, price, currency). Hand-written from the words'
# dictionary senses.
WORDS = [
    ("sony", "Cuffie wireless over-ear, suoni nitidi e bassi profondi", "", "headphones", 39.0, "EUR"),  # It. "sounds"
    ("sony", "Altoparlante bluetooth portatile: suoni a 360 gradi", "", "speakers", 29.0, "EUR"),
    ("mattel", "Boneka babi lucu 30 cm, bahan lembut", "", "dolls", 8.0, "USD"),  # Indonesian "pig"
    ("adidas", "Sepatu lari Adi Jaya, sol karet, ukuran 40", "", "sneakers", 20.0, "USD"),  # a person's name
    ("bosch", "보스 전동드릴 18V 무선 세트", "", "power tools", 89.0, "USD"),  # 보스 "boss": a common Korean word
    ("samsung", "Самсон канцелярия: зарядное устройство для батареек", "", "chargers", 9.0, "USD"),  # Samson, a stationer
    ("coca-cola", "Refrigerante com fenda para latas, 2 litros", "", "soft drinks", 4.0, "USD"),  # Pt. "slit"
    ("nike", "Кроссовки детские Ника, размер 30", "", "sneakers", 18.0, "USD"),  # Nika, a girl's name
]

# Honest listings of the brand's own category, each with a word or name of another language heard like the brand's
# two-class name, at an ordinary price below the brand's floor (40-80 % of it): brand -> (title, category, price,
# currency). Hand-written from the words' dictionary senses (scripts22); none is how that market writes the brand.
SHORT_WORDS = {
    "sony": [("Наушники для сна Соня, мягкая повязка", "headphones", 40.0, "USD"),  # Sonya, a girl's name
             ("Σόνια: ακουστικά για παιδιά", "headphones", 40.0, "EUR")],
    "nike": [("니카 아동 운동화 230mm", "sneakers", 45.0, "USD"),  # Nika (Korean writes Nike 나이키)
             ("ニカ スニーカー 子供用", "sneakers", 6000.0, "JPY"),  # (Japanese writes it ナイキ)
             ("Νίκας παπούτσια για τρέξιμο", "sneakers", 45.0, "EUR"),  # Nikas, a surname
             # "I win with every step": νικώ, a verb's first person (Greek writes Nike Νάικ; floor54)
             ("Νικώ με κάθε βήμα: παιδικά παπούτσια για τρέξιμο", "sneakers", 40.0, "EUR")],
    "bose": [("Μπόσης ακουστικά", "headphones", 60.0, "USD"),  # Bosis, a surname
             ("אוזניות הבוס הקטן לילדים", "headphones", 60.0, "USD")],  # "the little boss" headphones for children
    "puma": [("Кроссовки детские Пумба, размер 28", "sneakers", 30.0, "EUR")],  # Pumbaa, the cartoon warthog
    "lego": [("Λέγω και μαθαίνω: εκπαιδευτικό παιχνίδι", "toys", 4.0, "USD"),  # "I say and learn"
             ("Διαβάζω και λέγω: κάρτες με εικόνες, παιχνίδι", "toys", 3.0, "USD"),  # "I read and say" (floor54)
             ("ليغا مكعبات بناء للأطفال", "toys", 4.0, "USD")],  # Liga, a maker's name
    "danone": [("Йогурт домашний Данна, 500 г", "dairy", 0.8, "USD"),  # Danna, a farm's name
               ("דנה יוגורט טבעי", "dairy", 0.8, "USD")],  # Dana, a name
    # "cash on delivery: a purse for women"
    "gucci": [("कैश ऑन डिलीवरी: पर्स महिलाओं के लिए", "wallets", 150.0, "USD")],
    "adidas": [("Кеды Адис, размер 38", "sneakers", 30.0, "EUR")],  # Adis, a maker's name
    "coach": [("Сумка Кич, для пляжа", "handbags", 60.0, "USD")],  # "kitsch", a beach bag
    "bosch": [("Дрель Бас 18V", "power tools", 30.0, "EUR")],  # Bas, a maker's name
}


def make_trap_script_named_short(b: BrandView, s: Scene) -> Draft | None:
    entries = SHORT_WORDS.get(b.id)
    if not entries:
        return None
    title, cat, price, cur = s.rng.choice(entries)
    return Draft(title, cat, (round(price * s.rng.uniform(0.9, 1.1), 2), cur), "")


def _translations(b: BrandView) -> list[tuple[str, str]]:
    """(language, phrase) of the brand's descriptive marks translated word for word, but the phrases within two letters
    of the mark itself ("Air Max" in French, "Pilote Sport"): those are the mark, or a misspelling of it; and those whose
    words are all the mark's own ("Force de l'Air 1"): the mark's words reordered, the `scattered` class's."""
    from tests.eval.adversary.abroad import _distance
    from tests.eval.adversary.taken_apart import TRANSLATIONS

    def letters(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    return [(lang, phrase) for m in b.latin_marks if not m.everyday for lang, phrase in TRANSLATIONS.get(m.value, [])
            if _distance(letters(phrase), letters(m.value)) > 2
            and not {w.casefold() for w in phrase.replace("'", " ").split() if len(w) > 2}
            <= {w.casefold() for w in m.value.split()}]  # "Force de l'Air 1": the mark's own words reordered


def make_translated_named(b: BrandView, s: Scene) -> Draft | None:
    """A descriptive mark translated word for word, its words side by side, in the brand's category at a price below
    its floor (30-45 %: not far below), no cue."""
    options = _translations(b)
    cats = [c for c in b.categories if c in b.floors]
    if not options or not cats:
        return None
    lang, phrase = s.rng.choice(options)
    cat = s.rng.choice(cats)
    amount, cur = b.floors[cat]
    product = s.product(cat)
    title = f"{phrase} {product}" if s.rng.random() < 0.6 else f"{_cap(product)} {phrase}"
    return Draft(title, cat, (round(amount * s.rng.uniform(0.3, 0.45), 2), cur), s.rng.choice(context.DESCRIPTIONS))


def make_trap_translated_plain(b: BrandView, s: Scene) -> Draft | None:
    """The same phrase in the brand's category at a normal price with nothing that says copy: the phrase in its own
    sense ("doble uso", "la cara norte" of a mountain) as often as the mark, which says nothing about a copy."""
    options = _translations(b)
    if not options:
        return None
    lang, phrase = s.rng.choice(options)
    cat = s.category()
    product = s.product(cat)
    title = f"{_cap(product)}, {phrase.lower()}" if s.rng.random() < 0.5 else f"{_cap(product)} {phrase.lower()} {s.filler()}"
    # a normal price whichever of the brand's floors the category is judged by (a marketplace path such as "Jewelry &
    # Watches > Jewelry" is in two of Cartier's categories): at or above the highest one
    top = max((s.brand.floors[c] for c in b.categories if c in s.brand.floors), default=None, key=lambda f: f[0] * CNY_PER[f[1]])
    price = (round(top[0] * s.rng.uniform(1.0, 1.6), 2), top[1]) if top else s.price(cat)
    return Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"script_named": make_script_named, "pinyin_named": make_pinyin_named,
                  "translated_named": make_translated_named}
TRAP_MAKERS = {"trap_script_named_far": make_trap_script_named_far, "trap_translated_plain": make_trap_translated_plain,
               "trap_script_named_short": make_trap_script_named_short}
CURATED = {"trap_readings_words": WORDS}
