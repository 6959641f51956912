"""Context: what the words around a brand's mention say about what is sold.

Identity evidence (detectors/) says a listing names a brand; the modules here say whether that
mention is the product on offer, and how much the rest of the listing corroborates it:

| module | what it decides |
|---|---|
| `lexicon.py` | phrase lists compiled for one scan (cue terms, accessory phrases ...) |
| `accessory.py` | the product fits or imitates the brand's ("case for", "iPhone 15 case", "Samsung-compatible", "Hasbro-style") |
| `negation.py` | the mention is denied ("not Danone", "non-Bose", "not affiliated with Apple") |
| `sectors.py` | the listing's sectors (category and title nouns) vs the brand's: a bare mark far from anything the brand sells |
| `phrasebook.py` | the words of the rules above in other languages ("para", "für", "для", "対応", "ähnlich wie", "не") |
| `subject.py` | the listing sells a work or a service about the brand's goods (a book, a repair), not the goods |
| `condition.py` | the goods' stated condition and quantity (used, refurbished, grey import, vintage, sample): the floor it scales |
| `fields.py` | marks in the item specifics and the shop's name, for a listing whose text names no brand |
| `segmentation.py` | a Chinese alias straddling ordinary words (乐高 in 生日快乐高端): Chinese word segmentation |
| `language.py` | a word of another language that folds or misspells onto a mark (Böse, Cañón, boxe, sono) |
| `judge.py` | applies the above to one brand's evidence before scoring |

Everything here is pure; offsets are in the original joined text (normalise.ListingText).
"""

from services.matcher.core.context.lexicon import Found, Lexicon

__all__ = ["Found", "Lexicon"]
