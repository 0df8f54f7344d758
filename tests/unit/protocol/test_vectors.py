"""The frozen test vectors and docs/PROTOCOL.md agree with the code."""

from __future__ import annotations

import json

from tests.vectors import build
from tools import protocol_doc


def test_the_code_reproduces_every_frozen_vector() -> None:
    frozen = json.loads((build.HERE / "protocol.json").read_text())
    assert build.build() == frozen


def test_protocol_md_is_generated_from_the_current_code() -> None:
    text = protocol_doc.DOC.read_text()
    assert protocol_doc.render(text) == text, "run `python -m tools.protocol_doc` and review the diff"


def test_every_vector_in_the_json_is_quoted_in_protocol_md() -> None:
    text = protocol_doc.DOC.read_text()
    frozen = json.loads((build.HERE / "protocol.json").read_text())
    assert frozen["transfer"]["signed_action"] in text
    assert frozen["light_block"]["header_hash"] in text
