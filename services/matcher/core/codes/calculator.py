"""The mark spelt in calculator digits, read with the calculator turned upside down ("77345" is SHELL, "3508" BOSE,
"0937" LEGO, "5318008" the schoolyard's): the digits typed in reverse order, each a letter when turned (0 O, 1 I or L,
2 Z, 3 E, 4 h, 5 S, 6 g, 7 L, 8 B, 9 G or b), the calculator-word table every puzzle book prints.

A number of three digits or more (a digit group may hold a letter that reads the same turned round, O, S, X, Z, H, I, N:
"X0701" is no mark's but is read so) is turned (`turned`: its characters in reverse order, each as the letter it shows)
and looked up among the registry's marks (`Marks.joined`) and their words: a lookup a number, never a scan.
Every number of a listing is a price, a model, a part or a phone number far more often than a word, so a turned number
counts only where the listing says to turn it: it names a calculator or says to read it upside down or flip it
("upside down", "calculator", "turn your phone", 🙃, 倒过来, 逆さ, in a dozen languages: `TOLD`), or it follows
"brand" ("brand: 3508"). Then it is weak evidence as any code: the brand's category with a cue or a price below the
floor. A calculator sold as one, a puzzle book, "0.7734 hELLO" on a mug: no mark, or no copy cue or low price in the
brand's category, stays quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from services.matcher.core.codes import Hit, Marks, brand_before

NAME = "calculator upside down"
MIN_DIGITS = 3
MAX_FORMS = 64  # readings of one number tried at most (1, 9 read two ways each)
TURNED = {"0": "o", "1": "il", "2": "z", "3": "e", "4": "h", "5": "s", "6": "g", "7": "l", "8": "b", "9": "gb",
          "o": "o", "s": "s", "x": "x", "z": "z", "h": "h", "i": "i", "n": "n", "l": "l"}
# a number: three characters or more of digits and turned-same letters, two digits or more, not inside a word, a
# decimal or a code with a hyphen or slash (5W-40, 245/40ZR18)
_NUMBER = re.compile(r"(?<![\w.,/\-])(?=(?:0[.,])?(?:[OSXZHINLosxzhinl]*\d){2})(?:0[.,](?=\d{2}))?[0-9OSXZHINLosxzhinl]{%d,12}"
                     r"(?![\w/\-]|[.,]\d)" % MIN_DIGITS)
_DIGIT = re.compile(r"\d")
# a number a calculator shows with a leading zero: "0.937" (a calculator writes no 0 before other digits but a decimal's)
_LEADING_ZERO = re.compile(r"^0[.,](?=\d)")
TOLD = re.compile(r"calculat|upside[ -]?down|up-side-down|turn(?:ed)? (?:it |your (?:phone|screen|calculator) )?"
                  r"(?:over|around|upside)|flip(?:ped)? (?:it|over|the)|turn (?:your )?(?:phone|screen)|read (?:it )?"
                  r"(?:upside|turned|flipped)|rotat(?:e|ed) 180|180°|🙃|🔄|🔃|↻|↺|🧮|"
                  r"taschenrechner|kopfüber|auf dem kopf|umdrehen|umgedreht|calculadora|calculatrice|calcolatrice|"
                  r"rekenmachine|ondersteboven|kalkulator|kalkulačk|kalkulačc|do góry nogami|odwr[óo]ć|odwrócon|obróć|"
                  r"al rev[ée]s|boca abajo|dale la vuelta|voltéa|de cabeça para baixo|\bvire\b|à l'envers|renvers|retourn|capovol|"
                  r"sottosopra|draai (?:hem |het )?om|omdraai|"
                  r"калькулятор|вверх ногами|переверн|hesap makinesi|ters çevir|baş aşağı|terbalik|balikkan|"
                  r"máy tính bỏ túi|máy tính cầm tay|lộn ngược|เครื่องคิดเลข|กลับหัว|कैलकुलेटर|उल्टा|الآلة الحاسبة|مقلوب|"
                  r"计算器|計算器|計算機|电卓|電卓|倒过来|倒過來|倒着看|倒著看|反过来看|颠倒|顛倒|翻过来|翻過來|翻转|翻轉|"
                  r"逆さ|さかさ|ひっくり返|逆にして|계산기|거꾸로|뒤집", re.I)


def turned(number: str) -> list[str]:
    """The words a number shows turned upside down: its characters in reverse order, each as the letter it shows
    (1 and 9 each two ways), at most MAX_FORMS."""
    choices = [TURNED[c] for c in reversed(number.lower())]
    forms = []
    for letters in product(*choices):
        forms.append("".join(letters))
        if len(forms) >= MAX_FORMS:
            break
    return forms


class Calculator:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return len(_DIGIT.findall(piece)) >= 2 and _NUMBER.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        told = None
        for m in _NUMBER.finditer(text):
            number = m.group()
            found = [w for w in turned(_LEADING_ZERO.sub("0", number)) if w in marks.joined and len(w) >= MIN_DIGITS]
            if not found:
                continue
            if told is None:
                told = TOLD.search(text) is not None
            if not (told or brand_before(text, m.start())):
                continue  # a number nobody said to turn: a price, a model or a phone number
            for mark in dict.fromkeys(found):
                yield Hit(m.start(), m.end(), mark, f"'{number}' on a calculator turned upside down: {mark.upper()}")


CODE = Calculator()
