"""The simulated fashion-world community that brings a devnet to life (`etalonium-devnet --demo`)."""

from .cast import Member, make_cast
from .runner import GROUND_TRUTH_FILE, Community, CommunityStats, Messenger, run_community
from .trends import TrendPlan

__all__ = [
    "GROUND_TRUTH_FILE",
    "Community",
    "CommunityStats",
    "Member",
    "Messenger",
    "TrendPlan",
    "make_cast",
    "run_community",
]
