"""The personal assistant in the app: the service that feeds it verified chain data and its screen."""

from .chain_clock import BlockTimeClock, ChainClock, DemoClock, SimulatedCalendar, calendar_from_ground_truth, clock_for
from .service import AssistantService, AssistantStatus

__all__ = [
    "AssistantService",
    "AssistantStatus",
    "BlockTimeClock",
    "ChainClock",
    "DemoClock",
    "SimulatedCalendar",
    "calendar_from_ground_truth",
    "clock_for",
]
