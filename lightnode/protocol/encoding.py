"""Canonical msgpack encoding of protocol structures, with strict, schema-checked decoding."""

from __future__ import annotations

import dataclasses
import itertools
import threading
import typing
from collections.abc import Sequence
from enum import IntEnum
from typing import Annotated, Any, ClassVar, TypeVar, dataclass_transform, get_args, get_origin

import msgpack

from .errors import DecodeError

S = TypeVar("S", bound="Struct")

#: Hard ceiling for any single encoded object; structures set their own, smaller limits.
MAX_ENCODED_SIZE = 16 * 1024 * 1024
U64_MAX = 2**64 - 1
I64_MIN = -(2**63)
I64_MAX = 2**63 - 1
#: Amounts are unsigned integers of at most 256 bits (1 ExC = 10**18 base units).
AMOUNT_MAX = 2**256 - 1
ONE_EXC = 10**18


class Codec:
    """Converts one field between its Python value and its msgpack-native wire value, strictly."""

    def to_wire(self, value: Any) -> Any:
        raise NotImplementedError

    def from_wire(self, wire: Any, where: str) -> Any:
        raise NotImplementedError


class _Int(Codec):
    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi

    def to_wire(self, value: Any) -> Any:
        # IntEnum members are ints too; bool is not an integer here.
        if not isinstance(value, int) or isinstance(value, bool) or not self.lo <= value <= self.hi:
            raise DecodeError(f"integer out of range [{self.lo}, {self.hi}]: {value!r}")
        return int(value)

    def from_wire(self, wire: Any, where: str) -> Any:
        if type(wire) is not int:
            raise DecodeError(f"{where}: expected an integer, got {type(wire).__name__}")
        if not self.lo <= wire <= self.hi:
            raise DecodeError(f"{where}: integer {wire} out of range [{self.lo}, {self.hi}]")
        return wire


class U64(_Int):
    """An unsigned 64-bit integer, optionally with a smaller maximum."""

    def __init__(self, hi: int = U64_MAX) -> None:
        super().__init__(0, hi)


class I64(_Int):
    """A signed integer within [lo, hi] (at most 64-bit)."""

    def __init__(self, lo: int = I64_MIN, hi: int = I64_MAX) -> None:
        super().__init__(lo, hi)


class OneOf(Codec):
    """An integer that must be a member of an IntEnum."""

    def __init__(self, enum: type[IntEnum]) -> None:
        self.enum = enum
        self.values = frozenset(int(m) for m in enum)

    def to_wire(self, value: Any) -> Any:
        if isinstance(value, bool) or value not in self.values:
            raise DecodeError(f"{value!r} is not a valid {self.enum.__name__}")
        return int(value)

    def from_wire(self, wire: Any, where: str) -> Any:
        if type(wire) is not int or wire not in self.values:
            raise DecodeError(f"{where}: {wire!r} is not a valid {self.enum.__name__}")
        return wire


class Bytes(Codec):
    """A byte string of a fixed length (`size`), or of a length within `sizes`, or up to `max_len`."""

    def __init__(self, size: int | None = None, *, max_len: int = 0, sizes: Sequence[int] = ()) -> None:
        self.size = size
        self.max_len = max_len
        self.sizes = frozenset(sizes)

    def _check(self, value: Any, where: str) -> bytes:
        if type(value) is not bytes:
            raise DecodeError(f"{where}: expected bytes, got {type(value).__name__}")
        n = len(value)
        if self.size is not None:
            if n != self.size:
                raise DecodeError(f"{where}: expected {self.size} bytes, got {n}")
        elif self.sizes:
            if n not in self.sizes:
                raise DecodeError(f"{where}: length {n} is not one of {sorted(self.sizes)}")
        elif n > self.max_len:
            raise DecodeError(f"{where}: {n} bytes exceeds the limit of {self.max_len}")
        return value

    def to_wire(self, value: Any) -> Any:
        return self._check(value, "value")

    def from_wire(self, wire: Any, where: str) -> Any:
        return self._check(wire, where)


class Text(Codec):
    """A UTF-8 string of at most `max_len` bytes when encoded."""

    def __init__(self, max_len: int, *, min_len: int = 0) -> None:
        self.max_len = max_len
        self.min_len = min_len

    def _check(self, value: Any, where: str) -> str:
        if type(value) is not str:
            raise DecodeError(f"{where}: expected a string, got {type(value).__name__}")
        try:
            n = len(value.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise DecodeError(f"{where}: string is not valid UTF-8") from exc
        if not self.min_len <= n <= self.max_len:
            raise DecodeError(f"{where}: string of {n} bytes outside [{self.min_len}, {self.max_len}]")
        return value

    def to_wire(self, value: Any) -> Any:
        return self._check(value, "value")

    def from_wire(self, wire: Any, where: str) -> Any:
        return self._check(wire, where)


class Amount(Codec):
    """An unsigned amount of base units (up to 256 bits) as minimal big-endian bytes; zero is b""."""

    def to_wire(self, value: Any) -> Any:
        if type(value) is not int or not 0 <= value <= AMOUNT_MAX:
            raise DecodeError(f"amount out of range: {value!r}")
        return value.to_bytes((value.bit_length() + 7) // 8, "big")

    def from_wire(self, wire: Any, where: str) -> Any:
        if type(wire) is not bytes:
            raise DecodeError(f"{where}: expected amount bytes, got {type(wire).__name__}")
        if len(wire) > 32:
            raise DecodeError(f"{where}: amount longer than 32 bytes")
        if wire[:1] == b"\x00":
            raise DecodeError(f"{where}: amount has a leading zero byte (not canonical)")
        return int.from_bytes(wire, "big")


class ListOf(Codec):
    """A list of at most `max_len` items of one codec, optionally strictly increasing (sorted, unique)."""

    def __init__(self, item: Codec, max_len: int, *, sorted_unique: bool = False) -> None:
        self.item = item
        self.max_len = max_len
        self.sorted_unique = sorted_unique

    def to_wire(self, value: Any) -> Any:
        if not isinstance(value, tuple | list):
            raise DecodeError(f"expected a sequence, got {type(value).__name__}")
        if len(value) > self.max_len:
            raise DecodeError(f"list of {len(value)} items exceeds the limit of {self.max_len}")
        out = [self.item.to_wire(v) for v in value]
        self._check_order(out, "value")
        return out

    def from_wire(self, wire: Any, where: str) -> Any:
        if type(wire) is not list:
            raise DecodeError(f"{where}: expected a list, got {type(wire).__name__}")
        if len(wire) > self.max_len:
            raise DecodeError(f"{where}: list of {len(wire)} items exceeds the limit of {self.max_len}")
        self._check_order(wire, where)
        item = self.item
        return tuple([item.from_wire(w, where) for w in wire])

    def _check_order(self, wire: list[Any], where: str) -> None:
        if self.sorted_unique:
            for a, b in itertools.pairwise(wire):
                if not a < b:
                    raise DecodeError(f"{where}: items must be sorted and unique")


class Nested(Codec):
    """A nested structure, encoded as its own positional array."""

    def __init__(self, cls: type[Struct]) -> None:
        self.cls = cls

    def to_wire(self, value: Any) -> Any:
        if not isinstance(value, self.cls):
            raise DecodeError(f"expected {self.cls.__name__}, got {type(value).__name__}")
        return value.to_wire()

    def from_wire(self, wire: Any, where: str) -> Any:
        return self.cls.from_wire(wire, where)


class Struct:
    """Base of every wire structure: a frozen dataclass encoded as `[version, field, ...]`.

    Subclasses are declared with the `@wire` decorator and annotate each field with its codec,
    e.g. ``height: Annotated[int, U64()]``.
    """

    VERSION: ClassVar[int] = 1
    MAX_SIZE: ClassVar[int] = 64 * 1024
    _FIELDS: ClassVar[tuple[tuple[str, Codec], ...]] = ()

    def to_wire(self) -> list[Any]:
        return [self.VERSION, *(codec.to_wire(getattr(self, name)) for name, codec in self._FIELDS)]

    @classmethod
    def from_wire(cls: type[S], wire: Any, where: str = "") -> S:
        if type(wire) is not list:
            raise DecodeError(f"{where or cls.__name__}: expected an array, got {type(wire).__name__}")
        # The version first: a record of another version has other fields, and saying so is the useful error.
        if wire and (type(wire[0]) is not int or wire[0] != cls.VERSION):
            raise DecodeError(f"{where or cls.__name__}: unsupported version {wire[0]!r} (expected {cls.VERSION})")
        if len(wire) != len(cls._FIELDS) + 1:
            raise DecodeError(f"{where or cls.__name__}: expected {len(cls._FIELDS) + 1} elements, got {len(wire)}")
        try:
            # Field names are passed as the location; the class name is added only on error (hot path).
            obj = cls(*[codec.from_wire(w, name) for (name, codec), w in zip(cls._FIELDS, wire[1:], strict=True)])
        except DecodeError as exc:
            raise DecodeError(f"{cls.__name__}.{exc}") from None
        obj.validate()
        return obj

    def validate(self) -> None:
        """Rules across fields; raise ValidationError or DecodeError. Fields are already type-checked."""

    def encode(self) -> bytes:
        return pack(self.to_wire())

    @classmethod
    def decode(cls: type[S], data: bytes, *, max_size: int | None = None) -> S:
        limit = cls.MAX_SIZE if max_size is None else max_size
        return cls.from_wire(unpack(data, max_size=limit, check_types=False))


@dataclass_transform(frozen_default=True)
def wire(cls: type[S]) -> type[S]:
    """Make `cls` a frozen, slotted dataclass whose `Annotated[..., Codec]` fields define its encoding."""
    dc = dataclasses.dataclass(frozen=True, slots=True)(cls)
    hints = typing.get_type_hints(dc, include_extras=True)
    fields: list[tuple[str, Codec]] = []
    for f in dataclasses.fields(dc):  # type: ignore[arg-type]
        hint = hints[f.name]
        codec = next((a for a in get_args(hint)[1:] if isinstance(a, Codec)), None) if _annotated(hint) else None
        if codec is None:
            raise TypeError(f"{cls.__name__}.{f.name} needs an Annotated[..., Codec] type")
        fields.append((f.name, codec))
    dc._FIELDS = tuple(fields)
    dc.from_wire = classmethod(_compile_from_wire(dc))  # type: ignore[assignment]
    return dc


def _compile_from_wire(cls: type[Struct]) -> Any:
    """Generate a decoder for `cls` with the common checks inlined (headers and commits are decoded
    on the light client's hot path). Anything the fast path does not accept goes to the generic,
    message-producing decoder, so both always agree."""
    generic = Struct.from_wire.__func__  # type: ignore[attr-defined]
    env: dict[str, Any] = {"generic": generic, "DecodeError": DecodeError, "new": object.__new__}
    names = [f"w{i}" for i in range(len(cls._FIELDS))]
    body = [
        "def from_wire(cls, wire, where=''):",
        f"    if type(wire) is not list or len(wire) != {len(names) + 1} or wire[0] != {cls.VERSION}"
        " or type(wire[0]) is not int:",
        "        return generic(cls, wire, where)",
        f"    _, {', '.join(names)}, = wire",
    ]
    fast_checks = []
    values = []
    for i, (name, codec) in enumerate(cls._FIELDS):
        w = names[i]
        if isinstance(codec, _Int):
            fast_checks.append(f"type({w}) is not int or not {codec.lo} <= {w} <= {codec.hi}")
            values.append(w)
        elif isinstance(codec, Bytes) and codec.size is not None:
            fast_checks.append(f"type({w}) is not bytes or len({w}) != {codec.size}")
            values.append(w)
        else:
            env[f"c{i}"] = codec
            values.append(f"c{i}.from_wire({w}, {name!r})")
    if fast_checks:
        body += [
            "    if " + " or ".join(f"({c})" for c in fast_checks) + ":",
            "        return generic(cls, wire, where)",
        ]
    # A frozen dataclass's __init__ sets each field through object.__setattr__ with its argument handling;
    # filling the slots through their descriptors is the same assignment at about half the cost. A subclass
    # decoded through this inherited decoder (its own fields are not covered here) takes its constructor.
    for i, (name, _) in enumerate(cls._FIELDS):
        env[f"set{i}"] = next(k.__dict__[name] for k in cls.__mro__ if name in k.__dict__).__set__
    body += [
        "    try:",
        "        if cls is not own:",
        f"            obj = cls({', '.join(values)},)",
        "        else:",
        "            obj = new(own)",
        *(f"            set{i}(obj, {value})" for i, value in enumerate(values)),
        "    except DecodeError as exc:",
        "        raise DecodeError(f'{cls.__name__}.{exc}') from None",
        "    obj.validate()",
        "    return obj",
    ]
    env["own"] = cls
    exec("\n".join(body), env)  # generated from the class's own field declarations only
    return env["from_wire"]


def _annotated(hint: Any) -> bool:
    return get_origin(hint) is Annotated


_packers = threading.local()


def pack(obj: Any) -> bytes:
    """Encode wire values (ints, bytes, str and lists of them) canonically."""
    # A Packer per thread: msgpack.packb builds a new Packer on every call, which dominates small objects.
    packer = getattr(_packers, "packer", None)
    if packer is None:
        packer = _packers.packer = msgpack.Packer(use_bin_type=True, strict_types=True)
    data: bytes = packer.pack(obj)
    return data


def _only_arrays(_pairs: Any) -> Any:
    raise DecodeError("maps are not allowed in protocol encodings")


def unpack(data: bytes, *, max_size: int = MAX_ENCODED_SIZE, check_types: bool = True) -> Any:
    """Decode canonical msgpack: size-limited, arrays/ints/bytes/str only, and re-encoding must match.

    `check_types=False` is for callers that check every value's exact type themselves (Struct.decode).
    """
    if type(data) is not bytes:
        raise DecodeError(f"expected bytes to decode, got {type(data).__name__}")
    if len(data) > max_size:
        raise DecodeError(f"encoding of {len(data)} bytes exceeds the limit of {max_size}")
    if not data:
        raise DecodeError("empty input")
    try:
        obj = msgpack.unpackb(
            data,
            raw=False,
            use_list=True,
            strict_map_key=True,
            object_pairs_hook=_only_arrays,
            ext_hook=_reject_ext,
        )
    except DecodeError:
        raise
    except (ValueError, msgpack.UnpackException) as exc:  # truncated, extra data, bad UTF-8, too deep
        raise DecodeError(f"malformed msgpack: {type(exc).__name__}: {exc}") from exc
    if check_types:
        _check_types(obj, 0)
    if pack(obj) != data:
        raise DecodeError("encoding is not canonical (re-encoding gives different bytes)")
    return obj


def _reject_ext(code: int, data: bytes) -> Any:
    raise DecodeError(f"msgpack extension type {code} is not allowed")


_MAX_DEPTH = 16


def _check_types(obj: Any, depth: int) -> None:
    t = type(obj)
    if t is int or t is bytes or t is str:
        if t is int and not I64_MIN <= obj <= U64_MAX:
            raise DecodeError("integer out of 64-bit range")
        return
    if t is list:
        if depth >= _MAX_DEPTH:
            raise DecodeError("nesting too deep")
        for item in obj:
            _check_types(item, depth + 1)
        return
    raise DecodeError(f"value of type {t.__name__} is not allowed (only integers, bytes, strings, arrays)")


def decode_list(cls: type[S], data: bytes, *, max_items: int, max_size: int = MAX_ENCODED_SIZE) -> list[S]:
    """Decode an array of structures of one type (e.g. a range of light blocks)."""
    wire = unpack(data, max_size=max_size)
    if type(wire) is not list:
        raise DecodeError(f"expected an array of {cls.__name__}")
    if len(wire) > max_items:
        raise DecodeError(f"{len(wire)} items exceed the limit of {max_items}")
    return [cls.from_wire(w, f"{cls.__name__}[{i}]") for i, w in enumerate(wire)]


def encode_list(items: Sequence[Struct]) -> bytes:
    return pack([i.to_wire() for i in items])
