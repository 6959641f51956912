"""The matcher's domain logic: pure functions and classes, no I/O."""

from services.matcher.core.config import MatcherConfig
from services.matcher.core.index import MATCHER_VERSION, MatcherIndex
from services.matcher.core.layers import LayeredIndex

__all__ = ["MATCHER_VERSION", "LayeredIndex", "MatcherConfig", "MatcherIndex"]
