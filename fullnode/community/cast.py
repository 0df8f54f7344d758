"""The simulated community's people: seeded names, roles, bios, skills, regions and taste in colour."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from lightnode.protocol.actions import Role
from lightnode.protocol.keys import PrivateKey

FIRST_NAMES = (
    "Ada", "Bianca", "Camille", "Dario", "Elena", "Farah", "Giulia", "Hugo", "Ines", "Jonas", "Kaia", "Luca",
    "Mila", "Nadia", "Oscar", "Paloma", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Viktor", "Wren", "Yara",
    "Zoe", "Amir", "Bea", "Cyril", "Dalia", "Emil", "Femi", "Greta", "Hana", "Ivo", "Jade", "Kenji",
)  # fmt: skip
LAST_NAMES = (
    "Moreau", "Rossi", "Okafor", "Lindqvist", "Tanaka", "Duarte", "Novak", "Haddad", "Keller", "Silva",
    "Petrova", "Laurent", "Mensah", "Virtanen", "Costa", "Ibrahim", "Schmidt", "Varga", "Kowalski", "Bauer",
)  # fmt: skip
REGIONS = (
    "Paris",
    "Milan",
    "London",
    "New York",
    "Tokyo",
    "Lagos",
    "Berlin",
    "Seoul",
    "São Paulo",
    "Copenhagen",
)

#: How many of each role the community has (a few dozen people in all).
ROLE_COUNTS = {
    Role.MODEL: 8,
    Role.DESIGNER: 6,
    Role.PHOTOGRAPHER: 5,
    Role.STYLIST: 4,
    Role.AGENCY: 3,
    Role.PRODUCER: 2,
    Role.CUSTOMER: 8,
}

SKILLS = {
    Role.MODEL: ("runway modelling", "editorial posing", "fit modelling", "commercial modelling"),
    Role.DESIGNER: ("pattern cutting", "draping", "tailoring", "knitwear design", "sustainable sourcing"),
    Role.PHOTOGRAPHER: ("studio lighting", "editorial photography", "retouching", "lookbook shoots"),
    Role.STYLIST: ("editorial styling", "wardrobe curation", "personal shopping", "set styling"),
    Role.AGENCY: ("talent scouting", "casting", "booking management"),
    Role.PRODUCER: ("show production", "shoot production", "location scouting"),
    Role.CUSTOMER: (),
}

BIOS = {
    Role.MODEL: "Model based in {region}. Runway, editorial and campaigns.",
    Role.DESIGNER: "Designer in {region}; small-batch collections cut in my own studio.",
    Role.PHOTOGRAPHER: "Fashion photographer, {region}. Studio and location, film and digital.",
    Role.STYLIST: "Stylist for editorials and shows, {region}.",
    Role.AGENCY: "Model and talent agency, {region}. We scout, cast and book.",
    Role.PRODUCER: "Producing shows and shoots out of {region}.",
    Role.CUSTOMER: "Loves fashion; buys from independent designers. {region}.",
}

#: Roles that sell on the marketplace, and what.
SELLERS = {
    Role.DESIGNER: ("Garments", "good"),
    Role.PHOTOGRAPHER: ("Photo shoots", "service"),
    Role.STYLIST: ("Styling", "service"),
    Role.AGENCY: ("Castings", "service"),
    Role.MODEL: ("Modelling", "service"),
}


@dataclass(frozen=True)
class Member:
    """One person of the simulated community."""

    index: int
    name: str
    role: Role
    region: str
    bio: str
    skills: tuple[str, ...]
    key: PrivateKey
    #: The key this member's live channel is signed with (streamers only).
    channel_key: PrivateKey | None
    #: How much this member's taste follows the trends (0 ignores them, 1 follows them closely).
    trendiness: float

    @property
    def actor_id(self) -> bytes:
        return self.key.actor_id


def derive_key(seed: int, label: str) -> PrivateKey:
    """A key that is the same for the same seed and label (a demo community is reproducible)."""
    return PrivateKey(hashlib.blake2b(f"{seed}/{label}".encode(), digest_size=32, person=b"exc/community").digest())


def make_cast(seed: int) -> list[Member]:
    """The community of `seed`: the same people, keys and traits every time."""
    rng = random.Random(f"cast/{seed}")
    names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(names)
    members: list[Member] = []
    for role, count in ROLE_COUNTS.items():
        for _ in range(count):
            index = len(members)
            name = names[index]
            region = rng.choice(REGIONS)
            pool = SKILLS[role]
            skills = tuple(rng.sample(pool, k=min(2, len(pool))))
            streams = role in (Role.MODEL, Role.DESIGNER, Role.PHOTOGRAPHER) and rng.random() < 0.5
            members.append(
                Member(
                    index=index,
                    name=name,
                    role=role,
                    region=region,
                    bio=BIOS[role].format(region=region),
                    skills=skills,
                    key=derive_key(seed, f"member/{index}"),
                    channel_key=derive_key(seed, f"channel/{index}") if streams else None,
                    trendiness=rng.uniform(0.3, 1.0),
                )
            )
    return members
