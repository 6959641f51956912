"""A mark written by ear in another language's spelling (sound, 2026-12-01): Kanada Guse, Najki, Nort Feis, Maikel Korss.

A seller who knows a brand by its sound writes it with the letters of their own language: Spanish writes English h as
j and y as ll, German sh as sch and v as w, Polish sh as sz and y as j, Turkish j as c and sh as ş, Indonesian ch as c,
Tagalog f as p and ch as ts. The respelling is often two edits or more from the mark and crosses its word boundaries
(a multi-word mark kept apart, run together or cut elsewhere), so neither the misspelling rules nor the English-spelling
respellings (sound.respell) reach it.

Written from first principles: the mark is read aloud with sound.phonemes (a rough English reading), then each sound
is written with the spellings of `SPELLINGS` (each language's standard orthography: its grammar's letter-to-sound
table read backwards), nothing of the matcher used. Every evasion has honest twins (`WORDS`): real words and names of
those languages heard close to a mark (Indonesian guci "jar" and naik "ride", Turkish koç "ram" and Kanada kazı "Canada
goose" the bird, Portuguese pandeiro, Spanish bosque), in and out of the brand's categories, with no cue.
"""

from __future__ import annotations

import random
import unicodedata

from tests.eval.adversary import sound
from tests.eval.adversary.generate import FOREIGN, BrandView, Draft, Scene, _ALL_MARKS, _corroborated, _english, _fold, _sound_marks

EVASIONS = {
    "respelt_abroad": "a mark written by ear in Spanish, Portuguese, German, Polish, Turkish, Indonesian or Tagalog "
                      "spelling (Kanada Guse, Najki, Nort Feis), two edits or more from it, words kept, joined or cut, "
                      "corroborated",
}
TRAPS = {
    "trap_respelt_words": "real words and names of those languages heard close to a mark (guci, naik, koç, pandeiro, "
                          "bosque, Kanada kazı), in and out of the brand's categories, no cue",
}

# sound (sound.phonemes' symbols: S sh, C ch, T th, N ng, j as in jam, y as in yes) -> how each language writes it;
# sounds not listed are written with their own letter. Sources: RAE, Ortografía de la lengua española (2010); Acordo
# Ortográfico (1990); Duden, Die deutsche Rechtschreibung; Polish orthography (Rada Języka Polskiego); TDK Yazım
# Kılavuzu; Ejaan yang Disempurnakan (Indonesian); Ortograpiyang Pambansa (Tagalog).
SPELLINGS: dict[str, dict[str, list[str]]] = {
    "es": {"h": ["j"], "j": ["y", "ll"], "y": ["y", "ll"], "S": ["sh", "ch"], "C": ["ch"], "T": ["z", "t"], "w": ["gu", "u"],
           "v": ["b", "v"], "z": ["s"], "k": ["k", "c"], "ai": ["ai", "ay"], "ei": ["ei", "ey"], "ou": ["ou", "o"], "oi": ["oy"],
           "yu": ["iu"]},
    "pt": {"h": ["r", ""], "j": ["dj"], "y": ["i"], "S": ["x", "ch"], "C": ["tch"], "T": ["t", "f"], "w": ["u"], "k": ["k", "c"],
           "ai": ["ai"], "ei": ["ei"], "ou": ["ou", "o"], "oi": ["oi"], "yu": ["iu"]},
    "de": {"j": ["dsch"], "y": ["j"], "S": ["sch"], "C": ["tsch"], "T": ["s", "t"], "w": ["u", "w"], "v": ["w"], "z": ["s"],
           "k": ["k"], "ai": ["ei", "ai"], "ei": ["eh", "ee"], "ou": ["ou", "o"], "oi": ["eu"], "yu": ["ju"]},
    "pl": {"h": ["h", "ch"], "j": ["dż"], "y": ["j"], "S": ["sz"], "C": ["cz"], "T": ["t", "f"], "w": ["u"], "v": ["w"],
           "k": ["k"], "ai": ["aj"], "ei": ["ej"], "ou": ["ou", "o"], "oi": ["oj"], "yu": ["ju"]},
    "tr": {"j": ["c"], "S": ["ş"], "C": ["ç"], "T": ["t", "s"], "w": ["v", "u"], "k": ["k"], "ai": ["ay"], "ei": ["ey"],
           "ou": ["o"], "oi": ["oy"], "yu": ["yu"]},
    "id": {"S": ["sy", "s"], "C": ["c"], "T": ["t"], "v": ["f", "v"], "z": ["s", "z"], "f": ["f", "p"], "k": ["k"],
           "ai": ["ai", "ay"], "ei": ["ei", "e"], "ou": ["o"], "oi": ["oi"], "yu": ["yu"]},
    "tl": {"j": ["dy", "j"], "S": ["sh", "s"], "C": ["ts", "ch"], "T": ["t"], "v": ["b"], "z": ["s"], "f": ["p", "f"],
           "k": ["k"], "ai": ["ay"], "ei": ["ey"], "ou": ["ow", "o"], "oi": ["oy"], "yu": ["yu"]},
}
LANGUAGES = sorted(SPELLINGS)
_DIPHTHONGS = ("ai", "ei", "ou", "oi", "yu")


def _word_by_ear(word: str, table: dict[str, list[str]], rng: random.Random) -> str:
    sounds = sound.phonemes(word)
    if len(sounds) > 2 and sounds[-1] == "r" and sounds[-2] in sound.VOWELS and rng.random() < 0.4:
        sounds = sounds[:-1]  # a final r not heard (Cartier as French says it, non-rhotic English)
    out, k = [], 0
    while k < len(sounds):
        pair = "".join(sounds[k:k + 2])
        if pair in _DIPHTHONGS and pair in table:
            out.append(rng.choice(table[pair]))
            k += 2
            continue
        s = sounds[k]
        if s == ":":  # a doubled consonant: written once, or doubled again
            if rng.random() < 0.3 and out:
                out.append(out[-1][-1:])
            k += 1
            continue
        spelt = table.get(s)
        letters = rng.choice(spelt) if spelt else {"S": "sh", "C": "ch", "T": "th", "N": "ng"}.get(s, s)
        if s == "k" and letters == "c" and k + 1 < len(sounds) and sounds[k + 1] in "ei":
            letters = "qu"  # c before e and i is s in Spanish and Portuguese: k is written qu there
        out.append(letters)
        k += 1
    return "".join(out)


def by_ear(mark: str, language: str, rng: random.Random) -> str | None:
    """The mark as a speaker of `language` (a key of SPELLINGS) writes what they hear: its words one by one, now and
    then run together (Kanadaguse) or with the last letters of one carried to the next."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    words = [w for w in "".join(ch if ch.isalpha() else " " for ch in plain.replace("'", "")).split() if w]
    if not words:
        return None
    spelt = [_word_by_ear(w, SPELLINGS[language], rng) for w in words]
    if any(not w for w in spelt):
        return None
    if len(spelt) > 1 and rng.random() < 0.2:
        spelt = ["".join(spelt)]
    text = " ".join(w[:1].upper() + w[1:] for w in spelt)
    return text if rng.random() < 0.85 else text.lower()


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (own code: the generator uses nothing of the matcher's)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


# the languages whose spellings SPELLINGS writes, and their neighbours (wordfreq's codes; Tagalog has no list there)
WORD_LANGUAGES = ("es", "pt", "de", "pl", "tr", "id", "ms", "it", "fr", "nl", "ca")


def _a_word(word: str) -> bool:
    """A word of one of WORD_LANGUAGES (wordfreq, Zipf 3 or more) as written: a real word, not a respelling."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word.lower(), lang) >= 3.0 for lang in WORD_LANGUAGES)


def _letters(text: str) -> str:
    return "".join(ch for ch in _fold(text) if ch.isalpha())


def make_respelt_abroad(b: BrandView, s: Scene) -> Draft | None:
    marks = [m for m in _sound_marks(b) if len(_letters(m.value)) >= 5]
    if not marks:
        return None
    m = marks[0] if s.rng.random() < 0.5 else s.rng.choice(marks)
    text = by_ear(m.value, s.rng.choice(LANGUAGES), s.rng)
    if not text or _distance(_letters(text), _letters(m.value)) < 2:
        return None  # one edit is the misspelling classes'
    if _fold(text) in _ALL_MARKS or any(_english(w) or _fold(w) in FOREIGN or _a_word(w) for w in text.split()):
        return None  # a real word is that word, not a respelling (Indonesian galaksi, Turkish klinik)
    return _corroborated(b, s, text, strong=True)


# Honest twins: (brand, title, description, category, price, currency); real words and names of the languages above
WORDS = [
    ("gucci", "Guci keramik antik motif naga, tinggi 40 cm", "", "home decor", 45.0, "USD"),
    ("gucci", "Guci tanah liat untuk tanaman hias", "", "garden", 12.0, "USD"),
    ("nike", "Tas ransel untuk naik gunung 40L", "", "bags", 25.0, "USD"),
    ("nike", "Sepatu untuk naik sepeda, ukuran 42", "", "sneakers", 30.0, "USD"),
    ("nike", "Naik kelas! Buku latihan soal SD kelas 5", "", "books", 5.0, "USD"),
    ("bose", "Boş cam şişe 1 litre, 6 adet", "", "kitchen", 8.0, "USD"),
    ("canon", "Kanun-i Esasi: tarih kitabı", "", "books", 12.0, "USD"),
    ("cartier", "Quartier Latin, Paris: affiche vintage", "", "posters", 19.0, "EUR"),
    ("cartier", "Cartera de cuero para mujer, marrón", "", "wallets", 25.0, "USD"),
    ("cartier", "Carteira masculina de couro legítimo", "", "wallets", 22.0, "USD"),
    ("gillette", "Gilet homme sans manches en laine", "", "clothing", 30.0, "EUR"),
    ("gillette", "Tıraş bıçağı jilet, 10 adet", "", "razor blades", 3.0, "USD"),
    ("burberry", "Barbera d'Asti DOCG 2019, vino rosso", "", "wine", 15.0, "EUR"),
    ("burberry", "Barbería tradicional: corte y afeitado, bono de 5", "", "services", 40.0, "EUR"),
    ("swarovski", "Jan Żarowski: wspomnienia, książka", "", "books", 10.0, "EUR"),
    ("ferrero", "Azulejos Ferreira & Filhos, caixa de 20", "", "home decor", 30.0, "EUR"),
    ("ferrero", "Herrero artesanal: curso de forja de cuchillos", "", "services", 60.0, "EUR"),
    ("apple", "Apel Malang segar 1 kg", "", "fruit", 3.0, "USD"),
    ("canada-goose", "Kanadagans Holzfigur, handbemalt", "", "home decor", 25.0, "EUR"),
    ("canada-goose", "Kanada kazı peluş oyuncak, 30 cm", "", "toys", 12.0, "USD"),
    ("canada-goose", "Kanada kazı desenli çocuk yağmurluk", "", "jackets", 35.0, "USD"),
    ("nintendo", "Entiendo español: curso de gramática", "", "books", 15.0, "USD"),
    ("pandora", "Pandeiro profissional 10 polegadas", "", "musical instruments", 40.0, "USD"),
    ("pandora", "Pandero cuadrado artesanal de piel", "", "musical instruments", 35.0, "EUR"),
    ("coach", "Koç burcu kolye, gümüş", "", "jewelry", 20.0, "USD"),
    ("coach", "Koç başı desenli deri cüzdan", "", "wallets", 25.0, "USD"),
    ("sony", "Sonu gelmeyen yol: roman", "", "books", 8.0, "USD"),
    ("samsung", "Samsun Atakum'da satılık daire, 3+1", "", "real estate", 90000.0, "USD"),
    ("toyota", "Toyoda Sakichi: biography of the loom inventor", "", "books", 18.0, "USD"),
    ("philips", "Felipe II: la biografía, tapa dura", "", "books", 20.0, "EUR"),
    ("michael-kors", "Maikel Koster: fotografie workshop", "", "services", 80.0, "EUR"),
    ("louis-vuitton", "Luiz Vitor: dupla sertaneja, CD ao vivo", "", "music", 10.0, "USD"),
    ("the-north-face", "Norte Fiesta: banda de cumbia, CD", "", "music", 9.0, "USD"),
    ("bosch", "Bosque encantado: rompecabezas 1000 piezas", "", "toys", 15.0, "EUR"),
    ("bosch", "Herramientas para el bosque: hacha y sierra", "", "power tools", 30.0, "EUR"),
    ("rolex", "Zestaw 10 rolek taśmy klejącej", "", "office supplies", 6.0, "EUR"),
    ("adidas", "A días de la boda: agenda para novias", "", "books", 12.0, "USD"),
    ("mattel", "Martelo de unha 500 g, cabo de madeira", "", "power tools", 12.0, "USD"),
]

EVASION_MAKERS = {"respelt_abroad": make_respelt_abroad}
TRAP_MAKERS: dict = {}
CURATED = {"trap_respelt_words": WORDS}
