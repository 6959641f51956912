"""Detectors of identity evidence, one module per kind, all behind detectors.base.Detector.

`DETECTORS` is the order in which MatcherIndex builds and runs them; evidence keeps that order
until it is sorted per brand.
"""

from services.matcher.core.detectors.acrostics import AcrosticDetector
from services.matcher.core.detectors.barcodes import BarcodeDetector
from services.matcher.core.detectors.grantee_codes import GranteeCodeDetector
from services.matcher.core.detectors.identifiers import IdentifierDetector
from services.matcher.core.detectors.appearances import AppearanceDetector
from services.matcher.core.detectors.dimensions import DimensionDetector
from services.matcher.core.detectors.ingredients import IngredientsDetector
from services.matcher.core.detectors.list_prices import ListPriceDetector
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.calques import CalqueDetector
from services.matcher.core.detectors.colourways import ColourwayDetector
from services.matcher.core.detectors.components import ComponentsDetector
from services.matcher.core.detectors.compounds import CompoundDetector
from services.matcher.core.detectors.diminutives import DiminutiveDetector
from services.matcher.core.detectors.decoded import DecodedDetector
from services.matcher.core.detectors.doubled_letters import DoubledLetterDetector
from services.matcher.core.detectors.drawn import DrawnDetector
from services.matcher.core.detectors.goods_codes import GoodsCodeDetector
from services.matcher.core.detectors.half_pinyin import HalfPinyinDetector
from services.matcher.core.detectors.homophones import HomophoneDetector
from services.matcher.core.detectors.house_codes import HouseCodeDetector
from services.matcher.core.detectors.image_hashes import ImageDetector
from services.matcher.core.detectors.initial_consonants import InitialConsonantDetector
from services.matcher.core.detectors.inflections import InflectionDetector
from services.matcher.core.detectors.initialisms import InitialismDetector
from services.matcher.core.detectors.jyutping import JyutpingDetector
from services.matcher.core.detectors.kana_abbreviations import KanaAbbreviationDetector
from services.matcher.core.detectors.keyboard_layouts import KeyboardLayoutDetector
from services.matcher.core.detectors.kits import KitDetector
from services.matcher.core.detectors.makers import MakerDetector
from services.matcher.core.detectors.firsts import FirstsDetector
from services.matcher.core.detectors.rankings import RankingDetector
from services.matcher.core.detectors.debuts import DebutDetector
from services.matcher.core.detectors.emoji import EmojiNicknameDetector
from services.matcher.core.detectors.logos import LogoDetector
from services.matcher.core.detectors.lookalike_scripts import LookalikeScriptDetector
from services.matcher.core.detectors.marks import MarkDetector
from services.matcher.core.detectors.meanings import MeaningDetector
from services.matcher.core.detectors.misspellings import MisspellingDetector
from services.matcher.core.detectors.model_lookalikes import ModelLookalikeDetector
from services.matcher.core.detectors.model_bases import ModelBaseDetector
from services.matcher.core.detectors.model_numbers import ModelDetector
from services.matcher.core.detectors.numeronyms import NumeronymDetector
from services.matcher.core.detectors.pdq_hashes import PdqDetector
from services.matcher.core.detectors.scattered_words import ScatteredWordsDetector
from services.matcher.core.detectors.script_respellings import ScriptRespellingDetector
from services.matcher.core.detectors.shape_alikes import ShapeAlikeDetector
from services.matcher.core.detectors.signatures import SignatureDetector
from services.matcher.core.detectors.founding import FoundingYearDetector
from services.matcher.core.detectors.phonetic import PhoneticDetector
from services.matcher.core.detectors.pinyin import PinyinDetector
from services.matcher.core.detectors.puzzles import PuzzleDetector
from services.matcher.core.detectors.references import ReferenceDetector
from services.matcher.core.detectors.relations import RelationDetector
from services.matcher.core.detectors.riddles import RiddleDetector
from services.matcher.core.detectors.blocked_names import BlockedNameDetector
from services.matcher.core.detectors.rhymes import RhymeDetector
from services.matcher.core.detectors.clues import ClueDetector
from services.matcher.core.detectors.local_initials import LocalInitialsDetector
from services.matcher.core.detectors.sku_prefixes import SkuPrefixDetector
from services.matcher.core.detectors.said_aloud import SaidAloudDetector
from services.matcher.core.detectors.skeleton import SkeletonDetector
from services.matcher.core.detectors.split_marks import SplitMarkDetector
from services.matcher.core.detectors.spelt_models import SpeltModelDetector
from services.matcher.core.detectors.text_views import TextViewsDetector
from services.matcher.core.detectors.transliteration import TransliterationDetector
from services.matcher.core.detectors.vowel_drop import VowelDropDetector
from services.matcher.core.detectors.wide_aliases import WideAliasDetector

DETECTORS: tuple[type[Detector], ...] = (MarkDetector, ModelDetector, WideAliasDetector, MisspellingDetector, ImageDetector, PdqDetector, LogoDetector,
                                         SkeletonDetector, HomophoneDetector, ComponentsDetector, ShapeAlikeDetector, ModelLookalikeDetector, SplitMarkDetector,
                                         DoubledLetterDetector, InitialismDetector, LocalInitialsDetector, SkuPrefixDetector,
                                         TransliterationDetector, ScriptRespellingDetector, PhoneticDetector, SaidAloudDetector, VowelDropDetector,
                                         ScatteredWordsDetector,
                                         TextViewsDetector, PinyinDetector, JyutpingDetector, HalfPinyinDetector,
                                         HouseCodeDetector, InitialConsonantDetector, KanaAbbreviationDetector,
                                         GoodsCodeDetector, RiddleDetector, BlockedNameDetector, ClueDetector, CompoundDetector, InflectionDetector,
                                         ColourwayDetector, SignatureDetector, FoundingYearDetector, RelationDetector, ReferenceDetector, ModelBaseDetector, BarcodeDetector, GranteeCodeDetector, IdentifierDetector, AppearanceDetector, DimensionDetector, ListPriceDetector, KitDetector, MakerDetector, FirstsDetector, RankingDetector, DebutDetector, EmojiNicknameDetector, AcrosticDetector, PuzzleDetector,
                                         SpeltModelDetector, KeyboardLayoutDetector, LookalikeScriptDetector, DecodedDetector,
                                         DrawnDetector, CalqueDetector,
                                         NumeronymDetector, RhymeDetector, DiminutiveDetector,
                                         MeaningDetector, IngredientsDetector)

__all__ = ["DETECTORS", "Catalogue", "Detector"]
