"""outsider46's own small typosquatting / obfuscation engine (first principles, stdlib only)."""
VOW = "aeiou"
KB_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
def _kb():
    pos = {}
    for r, row in enumerate(KB_ROWS):
        for c, ch in enumerate(row):
            pos[ch] = (r, c)
    nb = {}
    for ch, (r, c) in pos.items():
        nb[ch] = [o for o, (r2, c2) in pos.items() if o != ch and abs(r2 - r) <= 1 and abs((c2 + 0.5 * r2) - (c + 0.5 * r)) <= 1]
    return nb
KB = _kb()
FULLWIDTH = lambda ch: chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch)
def math_bold(ch):
    if "A" <= ch <= "Z": return chr(0x1D400 + ord(ch) - 65)
    if "a" <= ch <= "z": return chr(0x1D41A + ord(ch) - 97)
    if "0" <= ch <= "9": return chr(0x1D7CE + ord(ch) - 48)
    return ch
def math_sans(ch):
    if "A" <= ch <= "Z": return chr(0x1D5A0 + ord(ch) - 65)
    if "a" <= ch <= "z": return chr(0x1D5BA + ord(ch) - 97)
    return ch
def circled(ch):
    if "A" <= ch <= "Z": return chr(0x24B6 + ord(ch) - 65)
    if "a" <= ch <= "z": return chr(0x24D0 + ord(ch) - 97)
    if "1" <= ch <= "9": return chr(0x2460 + ord(ch) - 49)
    if ch == "0": return "\u24EA"
    return ch
def squared(ch):
    if "A" <= ch <= "Z": return chr(0x1F130 + ord(ch) - 65)
    if "a" <= ch <= "z": return chr(0x1F130 + ord(ch) - 97)
    return ch
SMALLCAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))
CHEROKEE = dict(zip("ABCDEGHJKLMPRSTVWZ", "ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᎡᏚᎢᏙᏔᏃ"))
ARMENIAN = {"o": "օ", "u": "ս", "n": "ո", "h": "հ", "g": "ց", "q": "զ", "w": "ա", "O": "Օ", "S": "Տ", "L": "Լ", "U": "Ս", "d": "ժ"}
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
         "Y": "Υ", "X": "Χ", "o": "ο", "v": "ν", "i": "ι", "k": "κ", "p": "ρ", "u": "υ", "a": "α"}
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "j": "ј", "s": "ѕ", "d": "ԁ", "h": "һ",
            "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "S": "Ѕ", "I": "І"}
IPA = {"a": "ɑ", "g": "ɡ", "i": "ɪ", "y": "ʏ", "e": "ɛ", "o": "ɵ", "v": "ʋ", "l": "ɩ", "u": "ʊ", "r": "ɾ", "h": "ɦ", "n": "ɲ"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8", "A": "4", "E": "3", "I": "1",
        "O": "0", "S": "$", "T": "7", "B": "8", "G": "6"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
COMB = ["\u0301", "\u0336", "\u0332", "\u0323", "\u0307"]

def _letters(s):
    L = [i for i, c in enumerate(s) if c.isalpha() and c.isascii()]
    return L if len(L) >= 2 else [i for i, c in enumerate(s) if c.isalnum() and c.isascii()]

def omission(s, r):
    idx = [i for i in _letters(s) if i > 0] or _letters(s)
    i = r.choice(idx); return s[:i] + s[i + 1:]
def insertion(s, r):
    idx = _letters(s); i = r.choice(idx[1:] or idx)
    ch = r.choice("aeiourlnst"); ch = ch.upper() if s[i - 1].isupper() and s[i].isupper() else ch
    return s[:i] + ch + s[i:]
def repetition(s, r):
    i = r.choice(_letters(s)); return s[:i] + s[i] + s[i:]
def transposition(s, r):
    idx = [i for i in _letters(s) if i + 1 < len(s) and s[i + 1].isalnum() and s[i] != s[i + 1]]
    if not idx: return repetition(s, r)
    i = r.choice(idx); return s[:i] + s[i + 1] + s[i] + s[i + 2:]
def vowel_swap(s, r):
    idx = [i for i in _letters(s) if s[i].lower() in VOW]
    if not idx: return insertion(s, r)
    i = r.choice(idx); v = r.choice([x for x in VOW if x != s[i].lower()])
    return s[:i] + (v.upper() if s[i].isupper() else v) + s[i + 1:]
def keyboard(s, r):
    idx = [i for i in _letters(s) if s[i].lower() in KB]
    if not idx: return omission(s, r)
    i = r.choice(idx); n = r.choice(KB[s[i].lower()])
    return s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
def bitflip(s, r):
    for _ in range(50):
        i = r.choice(_letters(s)); c = ord(s[i])
        opts = [chr(c ^ (1 << k)) for k in range(5) if chr(c ^ (1 << k)).isalnum() and chr(c ^ (1 << k)).isascii()
                and chr(c ^ (1 << k)).isupper() == s[i].isupper() and chr(c ^ (1 << k)).isdigit() == s[i].isdigit()]
        if opts: return s[:i] + r.choice(opts) + s[i + 1:]
    return s
def _map_some(s, r, fn, k=None, all_=False):
    idx = [i for i, c in enumerate(s) if fn(c) != c]
    if not idx: return s
    pick = set(idx) if all_ else set(r.sample(idx, min(len(idx), k or 1)))
    return "".join(fn(c) if i in pick else c for i, c in enumerate(s))
def fullwidth(s, r): return "".join(FULLWIDTH(c) for c in s)
def mathbold(s, r): return "".join(math_bold(c) for c in s)
def mathsans(s, r): return "".join(math_sans(c) for c in s)
def enclosed(s, r): return "".join((circled if r.random() < 0.6 else squared)(c) if c.isalnum() and c.isascii() else c for c in s)
def smallcaps(s, r): return s[0] + "".join(SMALLCAPS.get(c.lower(), c) for c in s[1:])
def cherokee(s, r):
    u = s.upper(); out = "".join(CHEROKEE.get(c, c) for c in u); return out
def armenian(s, r): return _map_some(s, r, lambda c: ARMENIAN.get(c, c), 2)
def greek(s, r): return _map_some(s, r, lambda c: GREEK.get(c, c), 2)
def cyrillic(s, r): return _map_some(s, r, lambda c: CYRILLIC.get(c, c), 2)
def ipa(s, r): return _map_some(s, r, lambda c: IPA.get(c, c), 2)
def leet(s, r): return _map_some(s, r, lambda c: LEET.get(c, c), 2)
def spacing(s, r):
    sep = r.choice([" ", "-", ".", "_", " . ", "·", "/"])
    return sep.join(s.replace(" ", ""))
def zerowidth(s, r):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and c != " " and r.random() < 0.6: out.append(r.choice(ZW))
    return "".join(out)
def combining(s, r):
    m = r.choice(COMB); return "".join(c + m if c.isalpha() and r.random() < 0.5 else c for c in s)
def homoglyph_any(s, r):
    return r.choice([greek, cyrillic, armenian, ipa])(s, r)
TYPO = [omission, insertion, repetition, transposition, vowel_swap, keyboard, bitflip]
GLYPH = [greek, cyrillic, armenian, ipa, leet]
def stack(s, r, fns):
    for f in fns: s = f(s, r)
    return s
