"""The adversary's drawn classes (drawn, 2026-12-03; issue 9): the brand only drawn with characters, and the honest
drawings that look the same.

Written from first principles: a seller who will not write the mark draws it, and a buyer reads a drawing at once.
The drawings are made with the FIGlet library the matcher's reader does not see as text (pyfiglet's fonts, seeded
choices, so reproducible), or by hand from its glyphs: outsider17 named the class (c_figlet_banner17, a 5-line banner
of `#` blocks); none of its listings is used here.
- drawn_banner: the brand's name as a banner in a block font (banner, banner3, banner4, letter, ANSI Regular), inked
  with `#`, `*`, `@`, `█`, `▓`, `■`, emoji squares on white squares, or each letter drawn with itself; indented with
  spaces, a tab or no-break spaces, its cells doubled across now and then, between blank lines, under a generic title,
  with a copy cue or a price far below the floor.
- drawn_banner_lines: the same in the line-art fonts (standard, big, doom, small, ogre, slant ...), whose letters touch
  and are drawn with `_ | / \\ ( )`.
- drawn_stacked: the mark's letters one a line (indented or with a bullet, blank lines between now and then), or a
  Chinese alias one character a line, under a generic title with a cue or a price far below the floor.
trap_drawn: decorative ASCII art, size tables, separator lines, emoji rows, the shop's own name as a banner in the
same fonts, and a word of the shop stacked one letter a line, among the brand's goods at a shop's price.
"""

from __future__ import annotations

import pyfiglet

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "drawn_banner": "the brand's name only as a banner drawn in a block font (#, *, @, █, ▓, emoji squares, the letter "
                    "itself; indented, cells doubled) in the description under a generic title, with a copy cue or a "
                    "price far below the floor",
    "drawn_banner_lines": "the brand's name only as a banner in a line-art FIGlet font (standard, big, doom, small, "
                          "slant ...: letters touching, drawn with _ | / \\ ( )), with a copy cue or a price far below "
                          "the floor",
    "drawn_stacked": "the mark's letters one a line (or a Chinese alias one character a line) under a generic title, "
                     "with a copy cue or a price far below the floor",
}
TRAPS = {
    "trap_drawn": "decorative ASCII art, size tables, separator lines, emoji rows, the shop's own name as a banner and "
                  "a shop's word stacked one letter a line, among the brand's goods at a shop's price",
}
FEW = {"drawn_banner": 4, "drawn_banner_lines": 3, "drawn_stacked": 3, "trap_drawn": 4}

BLOCK_FONTS = ("banner", "banner3", "banner4", "letter", "ansi_regular")
LINE_FONTS = ("standard", "big", "doom", "small", "ogre", "slant", "smslant", "shadow")
INKS = ("#", "#", "*", "@", "█", "▓", "■", "🟥", "⬛", "self")
INDENTS = ("", "", " ", "   ", "\t", "\u00a0\u00a0")
AFTER = ["", "\n\nDM for more photos.", "\n\nShips in 24h.", "\nFast shipping, tracked.", "\n\nMany sizes, ask me."]
SHOP_WORDS = ["SALE", "NEW IN", "WELCOME", "THANK YOU", "HOT DEAL", "BEST SHOP", "SUMMER", "TOP DEALS", "HELLO",
              "FRESH", "QUALITY", "OPEN"]
DECOR = ["  /\\_/\\\n ( o.o )\n  > ^ <", "  ,--.\n ( () )\n  `--'", "   *\n  ***\n *****\n   |",
         " _____\n|     |\n| :-) |\n|_____|", "<3 <3 <3\n <3 <3\n  <3", "  __\n /  \\\n|    |\n \\__/",
         "~~~~~~~~~~\n~ ~ ~ ~ ~\n~~~~~~~~~~", "  .-\"\"-.\n /      \\\n|  o  o  |\n \\  --  /\n  '-..-'"]
TABLES = ["| EU | UK | US |\n|----|----|----|\n| 40 | 6  | 7  |\n| 41 | 7  | 8  |\n| 42 | 8  | 9  |",
          "+------+-------+\n| Size | Chest |\n+------+-------+\n| S    | 92    |\n| M    | 98    |\n+------+-------+",
          "Size   Length   Width\nS      68       50\nM      70       52\nL      72       54"]
SEPARATORS = ["==========", "----------", "**********", "~~~~~~~~~~", "__________", "##########", "▬▬▬▬▬▬▬▬", "━━━━━━━━"]
EMOJI_ROWS = ["⭐⭐⭐⭐⭐", "🔥🔥🔥🔥🔥", "✅✅✅✅✅", "💯💯💯", "👟👟👟👟", "🟥🟥🟥🟥🟥", "⬛⬛⬛⬛"]
PLAIN = ["Brand new, never worn.", "Fast shipping.", "Message me with any question.", "Smoke-free home.",
         "Genuine leather.", "Packed with care."]


def _letters(mark: str) -> str:
    return "".join(ch for ch in mark if ch.isalpha() or ch == " ")


def _name(b: BrandView) -> str | None:
    """The brand's name (or first disguisable mark) in Latin letters, 3 to 12 letters, for a banner."""
    for m in b.disguisable[:2]:
        letters = _letters(m.value).strip()
        if m.value.isascii() and 3 <= len(letters.replace(" ", "")) <= 12 and letters.count(" ") <= 1:
            return letters
    return None


def figlet(word: str, font: str) -> list[str]:
    """The word drawn in a pyfiglet font, blank lines above and below dropped, line ends trimmed."""
    art = pyfiglet.figlet_format(word, font=font, width=1000).replace(pyfiglet.FigletFont(font).hardBlank, " ")
    cells = [c for c in art if c != "\n"]
    page = "." if {".", "#"} <= set(cells) else None
    if page is not None:
        art = art.replace(page, " ")  # a font that fills its page (banner4's '.'): the page left blank
    lines = [line.rstrip() for line in art.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _ink(s: Scene, word: str, font: str) -> list[str]:
    """The word drawn in a block font, inked with one of INKS (emoji squares on white squares, or each letter of the
    drawing made of itself)."""
    r = s.rng
    ink = r.choice(INKS)
    if ink == "self":
        # each letter drawn with itself: draw the letters one by one and join them with two blanks
        glyphs = [figlet(ch, font) for ch in word if ch != " "]
        height = max(len(g) for g in glyphs)
        out = []
        for row in range(height):
            cells = []
            for ch, g in zip([c for c in word if c != " "], glyphs):
                width = max(len(x) for x in g)
                line = (g[row] if row < len(g) else "").ljust(width)
                cells.append("".join(ch.upper() if c != " " else " " for c in line))
            out.append("  ".join(cells).rstrip())
        return out
    lines = figlet(word, font)
    if ink in ("🟥", "⬛"):
        width = max(len(line) for line in lines)
        return ["".join(ink if c != " " else "⬜" for c in line.ljust(width)) for line in lines]
    lines = ["".join(ink if c != " " else " " for c in line) for line in lines]
    if r.random() < 0.2 and ink in "#█":
        lines = ["".join(c * 2 for c in line) for line in lines]  # cells doubled across
    return lines


def _place(s: Scene, lines: list[str]) -> str:
    indent = s.rng.choice(INDENTS)
    return "\n".join(indent + line if line else line for line in lines)


def _frame(s: Scene, b: BrandView, body: str, low_or_cue: bool = True) -> Draft:
    """A generic title (the product and a size or colour), the drawing in the description, a cue or a far-low price."""
    r = s.rng
    cat = s.category(with_floor=True)
    product = _cap(s.product(cat))
    title = f"{product} {r.choice(['black', 'white', 'green', 'red', 'blue', 'new', '2025', 'M', 'L', 'XL', 'gift'])}"
    low = r.random() < 0.4
    desc = body
    if not low or r.random() < 0.5:
        desc = f"{desc}\n\n{s.cue()}" if r.random() < 0.6 else desc
        if desc == body:
            title = f"{title} {s.cue()}"
    return Draft(title, cat, s.price(cat, low=low), desc + r.choice(AFTER))


def make_banner(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b)) is None:
        return None
    r = s.rng
    word = name.upper() if r.random() < 0.8 else name
    lines = _ink(s, word, r.choice(BLOCK_FONTS))
    top = "\n" if r.random() < 0.3 else ""
    return _frame(s, b, top + _place(s, lines))


def make_banner_lines(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b)) is None:
        return None
    r = s.rng
    word = r.choice([name, name.upper(), name.capitalize()])
    return _frame(s, b, _place(s, figlet(word, r.choice(LINE_FONTS))))


def make_stacked(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cjk = [m.value for m in b.cjk if 2 <= len(m.value) <= 6 and " " not in m.value]
    if cjk and r.random() < 0.3:
        chars = list(r.choice(cjk))
    else:
        if (name := _name(b)) is None:
            return None
        chars = [ch.upper() for ch in name if ch != " "]
    style = r.randrange(4)
    if style == 0:
        lines = chars
    elif style == 1:
        lines = [" " * k + ch for k, ch in enumerate(chars)]  # down a slope
    elif style == 2:
        lines = [f"{r.choice(['•', '-', '*', '▶'])} {ch}" for ch in chars]
    else:
        lines = [f"{ch}\n" for ch in chars]  # a blank line between the letters
    return _frame(s, b, "\n".join(lines).rstrip())


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    product = _cap(s.product(cat))
    kind = r.randrange(6)
    if kind == 0:
        body = r.choice(DECOR)
    elif kind == 1:
        body = r.choice(TABLES)
    elif kind == 2:
        body = "\n".join(r.choice(SEPARATORS) for _ in range(r.randint(3, 4)))
    elif kind == 3:
        body = "\n".join(r.choice(EMOJI_ROWS) for _ in range(3))
    elif kind == 4:
        word = r.choice(SHOP_WORDS)
        fonts = BLOCK_FONTS + LINE_FONTS
        body = _place(s, figlet(word, r.choice(fonts)))
    else:
        word = r.choice([w for w in SHOP_WORDS if " " not in w])
        body = "\n".join(word)
    title = f"{product} {r.choice(['black', 'white', 'new', 'M', 'L', 'gift', 'sale', 'size 42'])}"
    desc = f"{r.choice(PLAIN)}\n{body}\n{r.choice(PLAIN)}" if r.random() < 0.5 else f"{body}\n\n{r.choice(PLAIN)}"
    return Draft(title, cat, s.price(cat), desc)


EVASION_MAKERS = {"drawn_banner": make_banner, "drawn_banner_lines": make_banner_lines, "drawn_stacked": make_stacked}
TRAP_MAKERS = {"trap_drawn": make_trap}

__all__ = ["EVASIONS", "TRAPS", "EVASION_MAKERS", "TRAP_MAKERS", "FEW", "context"]
