"""Typed, cached views of the state during one block: the parent tree plus layered, discardable writes."""

from __future__ import annotations

from typing import TypeVar

from lightnode.protocol.encoding import Struct
from lightnode.protocol.smt import SparseMerkleTree

T = TypeVar("T", bound=Struct)


class BlockView:
    """The state as one block builds it. Reads decode once and are cached; writes stay here until
    `changes()` turns them into the tree update, so the parent tree is never touched."""

    __slots__ = ("_read", "_tree", "_writes")

    def __init__(self, tree: SparseMerkleTree) -> None:
        self._tree = tree
        self._read: dict[bytes, Struct | None] = {}
        self._writes: dict[bytes, Struct | None] = {}

    def get(self, key: bytes, cls: type[T]) -> T | None:
        if key in self._writes:
            value = self._writes[key]
        elif key in self._read:
            value = self._read[key]
        else:
            raw = self._tree.get(key)
            value = None if raw is None else cls.decode(raw)
            self._read[key] = value
        if value is not None and not isinstance(value, cls):
            raise TypeError(f"state key {key!r} holds a {type(value).__name__}, not a {cls.__name__}")
        return value

    def put(self, key: bytes, value: Struct | None) -> None:
        """Write `value` under `key`; None deletes the key."""
        self._writes[key] = value

    def changes(self) -> dict[bytes, bytes | None]:
        """The block's writes as encoded tree changes, in key order (a stable order for storage)."""
        return {
            key: None if value is None else value.encode()
            for key, value in sorted(self._writes.items(), key=lambda item: item[0])
        }


class Journal:
    """Writes of one action on top of a BlockView: merged when the action succeeds, dropped when it fails."""

    __slots__ = ("_parent", "_writes")

    def __init__(self, parent: BlockView) -> None:
        self._parent = parent
        self._writes: dict[bytes, Struct | None] = {}

    def get(self, key: bytes, cls: type[T]) -> T | None:
        if key in self._writes:
            value = self._writes[key]
            if value is not None and not isinstance(value, cls):
                raise TypeError(f"state key {key!r} holds a {type(value).__name__}, not a {cls.__name__}")
            return value
        return self._parent.get(key, cls)

    def put(self, key: bytes, value: Struct | None) -> None:
        self._writes[key] = value

    def merge(self) -> None:
        for key, value in self._writes.items():
            self._parent.put(key, value)
        self._writes.clear()
