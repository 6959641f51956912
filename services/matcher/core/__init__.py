"""The matcher's domain logic: pure functions and classes, no I/O."""

from services.matcher.core.config import MatcherConfig
from services.matcher.core.index import MATCHER_VERSION, MatcherIndex

__all__ = ["MATCHER_VERSION", "MatcherConfig", "MatcherIndex"]
