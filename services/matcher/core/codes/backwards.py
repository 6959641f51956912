"""The brand's Chinese, Korean or Japanese name written backwards, character by character (士力劳 for 劳力士, 驰古 for
古驰, 스렉롤 for 롤렉스, 슨이다 for 다이슨, スクッレロ for ロレックス, エィテルカ for カルティエ): a Hangul syllable and a kana
are each one character, so the name's syllables come in reverse order.

Every wide alias or local name of two characters or more whose reversal is another string is looked up
(`Marks.backwards`, keyed by its first two characters: one lookup a pair of the text's characters). A listing that also
writes the name the right way round hides nothing. A listing that says to read it backwards (倒着读, 倒過來唸, 倒轉讀,
反过来读, 거꾸로, 逆から読 ...: `told`) names the brand in its category; otherwise it is weak evidence: the brand's
category with a cue or a price below the floor, and a name of two characters backwards, often a word of its own
(世博, the Expo, is 博世 backwards; 面北 "facing north" 北面), a cue that claims a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks

NAME = "read backwards"
TOLD = re.compile(r"倒[着著过過转轉]|反[着著过過]|倒读|倒讀|倒序|逆[かさ]|逆に|逆読|さかさ|거꾸로|반대로 읽|뒤집어|뒤에서부터|"
                  r"backwards|reversed|verkehrt|à l'envers|al rev[ée]s")


class Backwards:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return False  # opened by pairs of the text's characters (detectors/decoded.py's `pairs` token kind)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        told = None
        for i in range(len(text) - 1):
            for reversal, alias in marks.backwards.get(text[i:i + 2], ()):
                if not text.startswith(reversal, i) or alias in text:
                    continue
                if told is None:
                    told = TOLD.search(text) is not None
                # two characters backwards are often a word of their own (世博 is 博世 backwards, 面北 北面'): with no
                # hint they need a cue that claims a copy
                yield Hit(i, i + len(reversal), alias, f"'{reversal}' read backwards: {alias}",
                          hinted=told or len(reversal) > 2, told=told)


CODE = Backwards()
