"""The adversary's blocked-name classes (issue 9, lore30). A copy seller whose marketplace filters the brand's name says
so and hints at it: by its first letter and its logo or nickname in words ("brand name is blocked here, starts with S,
the yellow scallop one", "品牌名被屏蔽 S字头 黄壳", "首字母是G, 双G那个", "ブランド名はNGワード、Rで始まる 王冠の"),
on generic goods of the brand's kind. Evasion: the note, a letter and a declared logo, hint or nickname, in eight
languages, for every brand that declares such words (detectors/blocked_names.py). Trap: the same note and hint on
goods the brand does not sell (the riddles' far goods), and the hint words with the letter but no note.

Written from general knowledge of marketplaces' keyword filters (Shopee, Lazada, 闲鱼 敏感词/屏蔽词, Mercari NGワード)
and each language's way of saying "starts with <letter>"; found by outsider27's c_banned_word_note27 after it was
scored; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of
from tests.eval.adversary.riddles import FAR_GOODS

TRAPS = {
    "trap_blocked_note_far": "the blocked-name note with the brand's letter and logo words on goods the brand does not "
                             "sell, or the letter and logo words with no note (a craft kit, a puzzle clue)",
}
EVASIONS = {
    "blocked_name_hint": "generic goods of the brand's kind; the seller says the brand's name is blocked here and hints "
                         "at it by its first letter and a declared logo, hint or nickname, in eight languages",
}

# language -> note templates: {L} the first letter, {h} the logo or hint words
NOTES = {
    "en": ["brand name is blocked here, starts with {L}, the {h} one", "can't write the name, begins with {L}, the {h} one",
           "app won't let me type the brand: {L}…, {h} logo", "the brand is a banned word here – first letter {L}, {h}",
           "cannot mention the brand (it gets flagged), starts with {L}, think {h}", "name is censored lol, {L}***, {h}"],
    "es": ["no puedo escribir la marca, empieza con {L}, la del {h}", "marca bloqueada aquí, empieza por {L}, {h}"],
    "fr": ["je ne peux pas écrire la marque, commence par {L}, celle au {h}", "nom de marque bloqué ici, commence par {L}, {h}"],
    "de": ["Markenname ist gesperrt, beginnt mit {L}, die mit dem {h}", "Marke ist hier verboten, beginnt mit {L}, {h}"],
    "pt": ["não posso escrever a marca, começa com {L}, a do {h}"],
    "zh": ["品牌名被屏蔽 {L}字头 {h}", "首字母是{L}, {h}那个, 品牌不能写", "敏感词不让发 {L}开头 {h}"],
    "ja": ["ブランド名はNGワード {L}で始まる {h}の", "ブランド名書けません、頭文字は{L}、{h}"],
    "ko": ["브랜드명 금지어 {L}로 시작 {h}"],
}
DESCRIPTIONS = ["", "You know which one.", "DM me.", "Same as the shop's.", "Ships today."]


def _wide(word: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)


def words(b: BrandView) -> list[str]:
    """The brand's declared logo names and hints that hold none of its marks (four characters or more, or
    two CJK ones)."""
    marks = {m.value.casefold() for m in b.marks + b.aliases}
    out = []
    for m in [*b.declared("logo"), *b.hints]:  # (not nicknames: many are the mark misspelt, "Gucc", a mark alone)
        v = m.value.strip()
        if (len(v) >= 2 if _wide(v) else len(v) >= 4) and not any(k in v.casefold() for k in marks if len(k) >= 3):
            out.append(v)
    return out


def _letter(b: BrandView) -> str | None:
    first = b.name.strip()[:1].upper()
    return first if first.isascii() and first.isalpha() else None


def _note(s: Scene, letter: str, hint: str) -> str:
    langs = ["zh", "ja", "ko"] if _wide(hint) else [k for k in NOTES if k not in ("ja", "ko")]
    return s.rng.choice(NOTES[s.rng.choice(langs)]).format(L=letter, h=hint)


def make_blocked(b: BrandView, s: Scene) -> Draft | None:
    if (letter := _letter(b)) is None or (hint := one_of(s, words(b))) is None:
        return None
    r = s.rng
    cat = s.category(with_floor=True)
    title = f"{s.product(cat)} – {_note(s, letter, hint)}" if r.random() < 0.7 else f"{_note(s, letter, hint)} – {s.product(cat)}"
    desc = r.choice(DESCRIPTIONS)
    if r.random() < 0.4:
        desc = f"{desc} {s.cue()}".strip()
    return Draft(_cap(title), cat, s.price(cat, low=r.random() < 0.5), desc)


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    if (letter := _letter(b)) is None or (hint := one_of(s, words(b))) is None:
        return None
    r = s.rng
    goods, cat = r.choice([g for g in FAR_GOODS if g[1] not in b.categories] or FAR_GOODS)
    if r.random() < 0.6:
        return Draft(_cap(f"{goods} – {_note(s, letter, hint)}"), cat, (round(r.uniform(5, 40), 2), "USD"), "")
    # no note: a word game's clue or a craft kit naming the letter and the thing
    cat = s.category()
    title = r.choice([f"Crossword book: starts with {letter}, '{hint}' clues inside", f"Alphabet flash cards {letter} – {hint}",
                      f"{hint} craft kit, letter {letter} stencils"])
    return Draft(_cap(title), "books" if "Crossword" in title else "toys", (round(r.uniform(5, 30), 2), "USD"), "")


TRAP_MAKERS = {"trap_blocked_note_far": make_trap}
EVASION_MAKERS = {"blocked_name_hint": make_blocked}
