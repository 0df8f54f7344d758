"""The ExC state machine: admission checks and deterministic block execution over the sparse Merkle state."""

from ._context import ORDER_ENDORSEMENT_FACTOR, WORK_POINTS, influence
from ._machine import HANDLERS, StateMachine, action_cost, genesis_state
from ._results import ActionRejected, ActionResult, BlockResult, Event

__all__ = [
    "HANDLERS",
    "ORDER_ENDORSEMENT_FACTOR",
    "WORK_POINTS",
    "ActionRejected",
    "ActionResult",
    "BlockResult",
    "Event",
    "StateMachine",
    "action_cost",
    "genesis_state",
    "influence",
]
