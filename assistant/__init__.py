"""The local personal assistant: models over public chain data and the user's own data; no Qt, no network."""

from .advice import Advice
from .blobs import BlobError
from .brand import BrandReport, PostReview, ReputationTrajectory, SkillValue
from .data import ChainData, Snapshot
from .drafts import DraftAdvice, Outlook, Suggestion
from .engagement import Evaluation, ModelSettings
from .explain import Contribution
from .ground_truth import GroundTruth, GroundTruthError, load_ground_truth, score_report, score_rising
from .market import CategoryDemand, MarketModel, MarketSettings, PriceSuggestion
from .personal_assistant import NotTrainedError, PersonalAssistant
from .records import (
    BlockEvents,
    Draft,
    EndorsementSeen,
    Event,
    FollowSeen,
    ListingDraft,
    ListingKind,
    ListingSeen,
    MediaType,
    OrderSeen,
    OrderState,
    OrderUpdate,
    PostKind,
    PostSeen,
    ProfileSeen,
    Role,
    UserProfile,
    VoteSeen,
    post_from_payload,
)
from .training import (
    CancelFlag,
    NotEnoughDataError,
    TrainedModels,
    TrainingCancelledError,
    TrainingSettings,
    train,
)
from .trends import Segment, TagCluster, Trend, TrendReport, TrendSettings

__all__ = [
    "Advice", "BlobError", "BlockEvents", "BrandReport", "CancelFlag", "CategoryDemand", "ChainData",
    "Contribution", "Draft", "DraftAdvice", "EndorsementSeen", "Evaluation", "Event", "FollowSeen",
    "GroundTruth", "GroundTruthError", "ListingDraft", "ListingKind", "ListingSeen", "MarketModel",
    "MarketSettings", "MediaType", "ModelSettings", "NotEnoughDataError", "NotTrainedError", "OrderSeen",
    "OrderState", "OrderUpdate", "Outlook", "PersonalAssistant", "PostKind", "PostReview", "PostSeen",
    "PriceSuggestion", "ProfileSeen", "ReputationTrajectory", "Role", "Segment", "SkillValue", "Snapshot",
    "Suggestion", "TagCluster", "TrainedModels", "TrainingCancelledError", "TrainingSettings", "Trend",
    "TrendReport", "TrendSettings", "UserProfile", "VoteSeen", "load_ground_truth", "post_from_payload",
    "score_report", "score_rising", "train",
]  # fmt: skip
