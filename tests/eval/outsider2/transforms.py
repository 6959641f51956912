"""Letter-level disguises a counterfeiter types (or pastes from a 'fancy text' generator)."""
import random

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

LISU = dict(zip("ABCDEFGHIJKLMNOPRSTUVWXYZ", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ"))
CHEROKEE = {"A": "Ꭺ", "B": "Ᏼ", "C": "Ꮯ", "D": "Ꭰ", "E": "Ꭼ", "G": "Ꮐ", "H": "Ꮋ", "J": "Ꭻ", "K": "Ꮶ",
            "L": "Ꮮ", "M": "Ꮇ", "P": "Ꮲ", "R": "Ꭱ", "S": "Ꮪ", "T": "Ꭲ", "V": "Ꮩ", "W": "Ꮃ", "Z": "Ꮓ", "O": "Ꮎ", "I": "Ꮖ"}
ARM_GREEK_LOWER = {"o": "օ", "n": "ո", "u": "ս", "h": "հ", "g": "ց", "q": "զ", "v": "ν", "i": "ι", "k": "κ",
                   "a": "α", "p": "ρ", "y": "у", "x": "х", "w": "ԝ", "d": "ԁ", "s": "ѕ", "e": "е", "c": "с", "l": "Ӏ"}
# the last seven of ARM_GREEK_LOWER are Cyrillic; the rare-script class uses only the first twelve
RARE_LOWER = dict(list(ARM_GREEK_LOWER.items())[:12])


def rare_homoglyph(m, variant):
    if variant % 3 == 0:
        return "".join(LISU.get(c, c) for c in m.upper())
    if variant % 3 == 1:
        return "".join(CHEROKEE.get(c, c) for c in m.upper())
    return "".join(RARE_LOWER.get(c, c) if c.islower() else c for c in m)


def _math(m, cap, low, digit=None):
    out = []
    for c in m:
        if "A" <= c <= "Z":
            out.append(chr(cap + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(low + ord(c) - 97))
        elif digit and c.isdigit():
            out.append(chr(digit + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


MATH_STYLES = [(0x1D400, 0x1D41A, 0x1D7CE), (0x1D4D0, 0x1D4EA, None), (0x1D5D4, 0x1D5EE, 0x1D7EC),
               (0x1D670, 0x1D68A, 0x1D7F6), (0x1D56C, 0x1D586, None), (0x1D63C, 0x1D656, None)]


def math_alnum(m, variant):
    cap, low, dig = MATH_STYLES[variant % len(MATH_STYLES)]
    return _math(m, cap, low, dig)


def enclosed(m, variant):
    s = m.upper()
    if variant % 3 == 0:   # negative squared 🅰
        return "".join(chr(0x1F170 + ord(c) - 65) if c in UP else c for c in s)
    if variant % 3 == 1:   # negative circled 🅐
        return "".join(chr(0x1F150 + ord(c) - 65) if c in UP else c for c in s)
    # regional indicators, separated by spaces so they do not pair into flags
    return " ".join(chr(0x1F1E6 + ord(c) - 65) if c in UP else c for c in s)


EMOJI = {"O": "⭕", "A": "🅰️", "X": "❌", "I": "ℹ️", "M": "Ⓜ️", "S": "💲", "B": "🅱️", "P": "🅿️", "C": "©️",
         "R": "®️", "E": "📧", "T": "✝️", "V": "✅", "L": "👢"}


def emoji_swap(m, variant):
    s = m.upper()
    idx = [i for i, c in enumerate(s) if c in "OAXISMBPC"]
    if not idx:
        idx = [i for i, c in enumerate(s) if c in EMOJI]
    pick = idx[variant % len(idx)]
    picks = {pick}
    if len(idx) > 2 and variant % 2:
        picks.add(idx[(variant + 1) % len(idx)])
    return "".join(EMOJI[c] if i in picks else c for i, c in enumerate(s))


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def small_caps(m, variant):
    return "".join(SMALLCAPS.get(c, c) for c in m.lower())


SUPER = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
SUPERCAP = dict(zip("ABDEGHIJKLMNOPRTUVW", "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ"))


def superscript(m, variant):
    if variant % 2:
        return "".join(SUPERCAP.get(c, SUPER.get(c.lower(), c)) for c in m.upper())
    return "".join(SUPER.get(c, c) for c in m.lower())


FLIP = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz"))


def upside_down(m, variant):
    return "".join(FLIP.get(c, c) for c in reversed(m.lower()))


INVIS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u180e", "\u034f", "\u3164", "\u2800"]


def invisible(m, variant):
    ch = INVIS[variant % len(INVIS)]
    if variant % 2:
        return ch.join(m)
    k = max(1, len(m.split()[0]) // 2)
    return m[:k] + ch + m[k:]


OVER = ["\u0336", "\u0335", "\u0338", "\u0332", "\u0334", "\u0337", "\u035f", "\u0333"]


def combining(m, variant):
    o = OVER[variant % len(OVER)]
    return "".join(c + o if c != " " else c for c in m)


def html(m, variant):
    v = variant % 5
    k = max(1, len(m.split()[0]) // 2)
    if v == 0:
        return m[:k] + "&#%d;" % ord(m[k]) + m[k + 1:]
    if v == 1:
        return m[:k] + "&shy;" + m[k:]
    if v == 2:
        return m[:k] + "<b></b>" + m[k:]
    if v == 3:
        return "<span>" + m[:k] + "</span><span>" + m[k:] + "</span>"
    return m[:1] + "&#x%x;" % ord(m[1]) + m[2:]


ASCII = {"A": "/\\", "B": "|3", "C": "(", "D": "|)", "E": "€", "G": "(_+", "H": "|-|", "I": "!", "K": "|<",
         "L": "|_", "M": "|\\/|", "N": "|\\|", "O": "()", "P": "|*", "R": "|2", "S": "$", "T": "+", "U": "|_|",
         "V": "\\/", "W": "\\/\\/", "X": "><", "Y": "`/", "Z": "7_"}


def ascii_art(m, variant):
    s = m.upper()
    letters = [i for i, c in enumerate(s) if c in ASCII]
    rnd = random.Random(variant)
    k = min(len(letters), 2 + variant % 2)
    picks = set(rnd.sample(letters, k))
    return "".join(ASCII[c] if i in picks else c for i, c in enumerate(s))


CJK = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙"))


def cjk_font(m, variant):
    if variant % 2:   # only the round letters, the rest Latin
        return "".join({"O": "〇", "I": "工", "U": "凵", "C": "匚", "Z": "乙", "H": "卄", "N": "几", "L": "ㄥ"}.get(c, c)
                       for c in m.upper())
    return "".join(CJK.get(c, c) for c in m.upper())


def transpose(m, variant):
    letters = [i for i in range(1, len(m) - 1) if m[i].isalpha() and m[i + 1].isalpha() and m[i] != m[i + 1]]
    i = letters[variant % len(letters)]
    return m[:i] + m[i + 1] + m[i] + m[i + 2:]


def doubling(m, variant):
    letters = [i for i in range(1, len(m)) if m[i].isalpha()]
    i = letters[variant % len(letters)]
    out = m[:i] + m[i] + m[i:]
    if variant % 3 == 0 and len(m) > 4:
        j = letters[(variant + 2) % len(letters)] + 1
        out = out[:j] + out[j] + out[j:]
    return out


def disemvowel(m, variant):
    out = m[0] + "".join(c for c in m[1:] if c.lower() not in "aeiou")
    return out.upper() if variant % 2 else out


def syllable_split(m, parts):
    return parts


WS = ["\u3000", "\u2800", "\u00a0", "\u2003", "\u205f", "\u3164", "\u2009", "\u202f"]


def exotic_space(m, variant):
    return WS[variant % len(WS)].join(m.replace(" ", ""))


def reverse(m, variant):
    s = m[::-1]
    return s.capitalize() if variant % 2 else s.upper()


CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ",
       "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "X": "Х", "B": "В", "M": "М", "H": "Н", "T": "Т", "K": "К"}
LEET = {"o": "0", "O": "0", "e": "3", "E": "3", "a": "4", "A": "4", "i": "1", "I": "1", "s": "5", "S": "5",
        "l": "1", "t": "7"}


def stacked(m, variant):
    """two disguises at once: leet + look-alike + separators"""
    rnd = random.Random(variant * 7 + len(m))
    seps = [".", "-", "*", "_", " ", "·"]
    sep = seps[variant % len(seps)]
    out = []
    for c in m.replace(" ", ""):
        r = rnd.random()
        if c in LEET and r < 0.45:
            out.append(LEET[c])
        elif c in CYR and r < 0.85:
            out.append(CYR[c])
        else:
            out.append(c)
    if variant % 3 == 2:
        return "".join(out[:2]) + sep + "".join(out[2:])
    return sep.join(out)
