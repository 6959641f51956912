"""Text garbled by a wrong encoding (mojibake), read as the seller wrote it: the `mojibake` view.

A listing copied through a tool that decoded its UTF-8 bytes with another code page shows the brand as garbage
("NestlÃ©", "Р РѕР»РµРєСЃ", "鍔冲姏澹"), and a counterfeiter can do the same on purpose: a person still reads the
product from the photos and the rest of the title, and a text filter reads nothing. `repair(text)` undoes it where
the bytes survive:

- UTF-8 read as Windows-1252 / Latin-1 ("NestlÃ©" -> "Nestlé", "LancÃ´me") or as Windows-1251 ("Р РѕР»РµРєСЃ" ->
  "Ролекс", "Р”Р°Р№СЃРѕРЅ" -> "Дайсон"): ftfy (Robyn Speer's maintained library, pinned in pyproject.toml),
  `ftfy.fix_encoding` on each run of non-ASCII characters that ftfy's own heuristic (`ftfy.badness.is_bad`) finds
  garbled;
- UTF-8 read as GBK (Simplified Chinese Windows, code page 936: "鑰愬厠" -> "耐克", "鍙ら┌" -> "古驰"), which ftfy does
  not undo: a run of CJK characters is encoded back to GBK and decoded as UTF-8, kept only when that decoding is clean
  (no byte sequence invalid but where the garbled text itself had already lost bytes, marked by U+FFFD) and gives CJK
  text. Three bytes of UTF-8 per Chinese character against two of GBK leave a lone last byte for an odd count; the
  character it began is lost with it (U+FFFD). When its first two bytes survive, it is one of 64 characters, and the
  one that makes the most frequent word with the characters before it (wordfreq's Chinese list) is read: "鍔冲姏澹�"
  -> "劳力" + U+58xx -> "劳力士".

The view replaces the text the detectors read, as the bidi view does (normalise.ListingText); every hit is located in
the stored characters it came from (the whole garbled run), and the evidence names the view ("read through the mojibake
view: UTF-8 shown as Windows-1251"). Listings without a run ftfy finds bad, or without CJK characters, are not touched;
most listings are ASCII and skip this entirely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ftfy
from ftfy.badness import is_bad


# a run of non-ASCII characters, with single spaces or no-break spaces inside (cp1251 mojibake writes byte A0 as one)
_RUN = re.compile(r"[^\x00-\x7f]+(?:[ \u00a0][^\x00-\x7f]+)*")
# what GBK decodes two bytes to: CJK, kana, Greek, Cyrillic, box drawing, full-width forms (its rows A1-F7), and lost bytes
_CJK = re.compile(r"[^\x00-\x7f\s]+")
LOST = "\ufffd"
_EXPLAIN = {"latin-1": "Latin-1", "sloppy-windows-1252": "Windows-1252", "windows-1252": "Windows-1252",
            "sloppy-windows-1251": "Windows-1251", "windows-1251": "Windows-1251", "macroman": "Mac Roman",
            "cp437": "code page 437", "sloppy-windows-1250": "Windows-1250", "iso-8859-2": "ISO 8859-2"}


class Words:
    """Names to complete lost characters with (the registry's Chinese aliases), by the first UTF-8 byte of each of
    their characters: lead byte -> (name, position)."""

    def __init__(self, names) -> None:
        self._by_lead: dict[int, list[tuple[str, int]]] = {}
        for name in set(names):
            for i, ch in enumerate(name):
                self._by_lead.setdefault(ch.encode("utf-8")[0], []).append((name, i))

    def placed(self, slots: list, k: int) -> tuple[str, int] | None:
        """The longest name that fits the slots with its character at slot k: (name, its first slot). A slot is a
        character, or the bytes of a lost one (0 where a byte was lost), which a name's character fits when its UTF-8
        bytes agree where the slot's survived; slot k must be lost, and at least one byte of each lost slot it covers
        must agree (no name is read from nothing)."""
        best: tuple[str, int] | None = None
        for name, i in self._by_lead.get(slots[k][0], ()):
            start = k - i
            if start < 0 or start + len(name) > len(slots) or (best and len(best[0]) >= len(name)):
                continue
            if all(_agrees(slots[start + j], ch) for j, ch in enumerate(name)):
                best = (name, start)
        return best


def _agrees(slot, ch: str) -> bool:
    if isinstance(slot, str):
        return slot == ch
    raw = ch.encode("utf-8")
    return len(raw) == len(slot) and all(b == 0 or b == r for b, r in zip(slot, raw))


@dataclass(frozen=True, slots=True)
class Repair:
    """One garbled run: where it is in the text as stored, what it reads, and how it was garbled."""

    start: int
    end: int
    text: str
    how: str  # "UTF-8 shown as Windows-1251"
    view: str = "mojibake"  # the view that reads it (notations.py adds escapes, numerals, markup)


# UTF-8's lead byte of a two-byte sequence and a continuation byte, as Windows-1252/Latin-1 ("Ã©", "Ã¼", "Â°") or
# Windows-1251 ("Рѕ", "СЃ") show them: a run holding none is no UTF-8 read as those (a cheap gate before ftfy)
_LATIN_PAIR = re.compile("[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                         "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                         "|[\u0420\u0421][\u0080-\u00bf\u0400-\u040f\u0450-\u045f\u0490\u0491\u2013\u2014\u2018-\u201e"
                         "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2116\u2122]"
                         "|[\u00e2\u00e3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                         "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


# Windows-1251's characters for the continuation bytes 80-BF (0x98, undefined, as U+FFFD): after Р or С (the lead bytes
# D0, D1 of Cyrillic) or д-й (E4-E9, of Chinese) they are UTF-8 read as Windows-1251 ("Рѕ", "иґ§" for 货)
_CP1251_CONT = re.escape(bytes(range(0x80, 0xC0)).decode("cp1251", errors="replace"))
# (fresh54b, issue 9) and after В-Е (C2-C5, the lead bytes of Latin-1's and Latin Extended-A's letters) they are a Latin
# letter's accent among Cyrillic mojibake ("NescafГ©" for Nescafé, "EstГ©e", "L'OrГ©al"): one continuation byte,
# then no further Cyrillic letter (Russian's own "Е»" of «ВСЕ» closes a quote; its strict decoding fails anyway)
_CP1251_PAIR = re.compile(f"[\u0420\u0421][{_CP1251_CONT}]|[\u0434-\u0439][{_CP1251_CONT}]{{2}}"
                          f"|[\u0412-\u0415][{_CP1251_CONT}](?![\u0400-\u04ff])")
_PAIR_FIRSTS = frozenset([chr(c) for c in range(0xC2, 0xE0)] + ["\u00e2", "\u00e3", "\u0420", "\u0421"]
                         + [chr(c) for c in range(0x0434, 0x043A)] + [chr(c) for c in range(0x0412, 0x0416)])


def _ftfy(run: str) -> tuple[str, str] | None:
    if _LATIN_PAIR.search(run) is None and _CP1251_PAIR.search(run) is None:
        return None
    if LOST in run and _CP1251_PAIR.search(run):
        # Windows-1251 leaves one byte undefined, 0x98 (the second byte of UTF-8 И): a decoder that wrote U+FFFD for
        # it lost exactly that byte, which ftfy's sloppy codec reads back from U+0098
        run = run.replace(LOST, "\u0098")
    if is_bad(run):
        fixed, steps = ftfy.fix_encoding_and_explain(run)
        code = next((arg for step, arg in steps or () if step == "encode"), None)
        if fixed != run and code:
            return fixed, f"UTF-8 shown as {_EXPLAIN.get(code, code)}"
    # what ftfy's heuristic lets pass ("РҐРѕРЅРґР°" for Хонда): the run's bytes in the code page decoded as UTF-8,
    # strictly (text that is no mojibake is almost never valid UTF-8 so read)
    for code in ("sloppy-windows-1251", "sloppy-windows-1252"):
        try:
            fixed = run.encode(code).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != run:
            return fixed, f"UTF-8 shown as {_EXPLAIN[code]}"
    return None


def _completed(pattern: bytes, before: str, after: str) -> str:
    """The Chinese character a UTF-8 sequence with a lost byte most likely was, when no name the caller knows fits it
    (Words.placed): of the characters whose bytes agree with `pattern` where it is not 0 (one byte lost of three: 64
    candidates), the one that makes the most frequent word with its neighbours (wordfreq's Chinese list,
    context/segmentation.py); U+FFFD when two bytes or its lead were lost, or when no candidate makes a word."""
    if len(pattern) != 3 or pattern.count(0) != 1 or not 0xE3 <= pattern[0] <= 0xE9:
        return LOST
    gap = pattern.index(0)
    candidates = []
    for b in range(0x80, 0xC0):
        try:
            ch = (pattern[:gap] + bytes([b]) + pattern[gap + 1:]).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "\u3400" <= ch <= "\u9fff":
            candidates.append(ch)
    words = [(ch, w) for ch in candidates for w in (
        *(before[-k:] + ch for k in (3, 2, 1) if len(before) >= k and LOST not in before[-k:]),
        *(ch + after[:k] for k in (3, 2, 1) if len(after) >= k and LOST not in after[:k]))]
    if not words:
        return LOST
    from services.matcher.core.context.segmentation import chinese_words  # (its package imports normalise, which imports this)

    zipfs = chinese_words().zipfs([w for _, w in words])
    best = max(range(len(words)), key=lambda i: (zipfs[i], len(words[i][1])))
    return words[best][0] if zipfs[best] > 0 else LOST


@cache
def _gbk_leads() -> frozenset[str]:
    """The characters GBK decodes from a UTF-8 lead byte of a CJK character (E3-E9) and a continuation byte: a run of
    UTF-8 Chinese read as GBK begins with one (about 380 characters, mostly rare ones of GB2312's second level)."""
    out = set()
    for b1 in range(0xE3, 0xEA):
        for b2 in range(0x80, 0xC0):
            try:
                out.add(bytes([b1, b2]).decode("gbk"))
            except UnicodeDecodeError:
                pass
    return frozenset(out)


def _gbk(run: str, words: Words | None = None) -> str | None:
    """A run of characters as UTF-8 read as GBK, undone; None when it is not that (Chinese text is rarely valid
    UTF-8 once encoded in GBK)."""
    if len(run) < 2 or _gbk_leads().isdisjoint(run):
        return None
    raw = b""
    for part in re.split(f"({LOST})", run):
        if part == LOST:
            raw += b"\x00"  # a byte the garbling lost: it ends what came before
            continue
        try:
            raw += part.encode("gbk")
        except UnicodeEncodeError:
            return None
    pieces: list[str | bytes] = []  # decoded text, or a lost character's three bytes (0 where a byte was lost)
    pos = 0
    while pos < len(raw):
        if raw[pos] == 0 or raw[pos] & 0xC0 == 0x80:  # a lost byte, or what is left of a character whose lead was lost
            if raw[pos] != 0 and not (pos and raw[pos - 1] == 0):
                return None  # a stray continuation byte where nothing was lost: not UTF-8
            pos += 1
            continue
        size = 1 if raw[pos] < 0x80 else 2 if raw[pos] < 0xE0 else 3 if raw[pos] < 0xF0 else 4
        chunk = raw[pos:pos + size]
        if 0 in chunk or len(chunk) < size:
            if len(chunk) < size and not run.endswith(LOST):
                return None  # cut short where nothing was lost
            pieces.append(chunk.ljust(size, b"\x00"))
        else:
            try:
                pieces.append(chunk.decode("utf-8"))
            except UnicodeDecodeError:
                return None
        pos += size
    if sum(isinstance(p, bytes) for p in pieces) > run.count(LOST):
        return None
    if words is not None:  # a registered name the surviving bytes fit, longest first
        for k in range(len(pieces)):
            if isinstance(pieces[k], bytes) and pieces[k][0] and (found := words.placed(pieces, k)) is not None:
                name, start = found
                pieces[start:start + len(name)] = list(name)
    out = []
    for k, p in enumerate(pieces):
        if isinstance(p, bytes):
            after = "".join(q if isinstance(q, str) else LOST for q in pieces[k + 1:])
            p = _completed(p, "".join(out), after)
        out.append(p)
    text = "".join(out)
    if not any("\u3400" <= ch <= "\u9fff" for ch in text) or text == run:
        return None
    return text


# letters with a middle dot between them (a name spelt by its letters' names, "Ó·EME·É·GÊ·A"): "É·" is also the bytes C9 B7,
# UTF-8 of ɷ, which the strict decoding below would read; a letter beside a middle dot is the seller's separator
_DOTTED = re.compile(r"·?[^\W\d_](?:·[^\W\d_])*·?")


def repair(text: str, words: Words | None = None) -> list[Repair]:
    """The garbled runs of `text` (offsets in `text`) with what they read; [] for text with none; `words`: names to
    complete lost characters with. Pure."""
    if text.isascii():
        return []
    chars = set(text)
    latin = not chars.isdisjoint(_PAIR_FIRSTS) and (_LATIN_PAIR.search(text) or _CP1251_PAIR.search(text)) is not None
    if not latin and chars.isdisjoint(_gbk_leads()):
        return []  # neither code page's trace: most non-ASCII listings stop here
    out: list[Repair] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if "·" in run and _DOTTED.fullmatch(run):
            continue  # letters between middle dots ("Ó·EME·É·GÊ·A", Catalan's l·l): separators, not UTF-8's second bytes
        if latin and (fixed := _ftfy(run)) is not None:
            out.append(Repair(m.start(), m.end(), *fixed))
            continue
        if latin and " " in run:  # a clean word beside a garbled one ("高仿 Р РѕР»РµРєСЃ"): each word alone
            pieces = [(p.start(), p.group()) for p in re.finditer(r"[^ ]+", run)]
            fixed_pieces = [(start, _ftfy(piece), len(piece)) for start, piece in pieces]
            if any(f is not None for _, f, _ in fixed_pieces):
                out += [Repair(m.start() + start, m.start() + start + n, *f) for start, f, n in fixed_pieces if f]
                continue
        for c in _CJK.finditer(run):
            if (zh := _gbk(c.group(), words)) is not None:
                out.append(Repair(m.start() + c.start(), m.start() + c.end(), zh, "UTF-8 shown as GBK"))
    return out


def repaired(text: str, words: Words | None = None) -> tuple[str, list[int], list[int], list[Repair]] | None:
    """`text` with its garbled runs read (repair), each of its characters' start and end offsets in `text`, and the
    repairs; None when nothing is garbled. Pure."""
    repairs = repair(text, words)
    return applied(text, repairs) if repairs else None


def applied(text: str, repairs: list[Repair]) -> tuple[str, list[int], list[int], list[Repair]]:
    """`text` with `repairs` (in order, not overlapping) applied, each character's start and end offsets in `text`."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for r in repairs:
        out.append(text[last:r.start])
        starts.extend(range(last, r.start))
        ends.extend(range(last + 1, r.start + 1))
        out.append(r.text)
        starts.extend([r.start] * len(r.text))
        ends.extend([r.end] * len(r.text))
        last = r.end
    out.append(text[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return "".join(out), starts, ends, repairs
