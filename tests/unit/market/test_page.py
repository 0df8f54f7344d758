"""The market screens over a profile of sample listings and orders (no network): search and filters drive
the results, each role sees its own steps, dialogs answer without nested loops, and every screen renders."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication

from etalonium_desktop.market.dialogs import ListingEditor
from etalonium_desktop.market.screens import render_screens, sample_page
from lightnode.protocol.actions import ListingKind
from tests.e2e.conftest import click, type_text
from tests.unit.messenger.qt_helpers import qasync_loop

__all__ = ["qasync_loop"]


def test_typing_and_filters_narrow_the_results(qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication) -> None:
    async def scenario() -> None:
        with sample_page() as (page, _ids):
            browse = page.browse
            type_text(browse.search, "silk dress")
            await asyncio.wait_for(_query(page), 10)
            found = browse.model.items
            assert found
            for e in found:  # every word matches somewhere; "dress", being typed, also as a prefix ("Dresses")
                text = " ".join((e.title, e.description, e.category, *e.tags)).lower()
                assert "silk" in text
                assert "dress" in text
            browse.kind.setCurrentIndex(browse.kind.findData(ListingKind.SERVICE))
            await page.tasks.wait_idle()
            assert browse.model.rowCount() == 0
            assert browse.empty.text() == "Nothing matches. Try fewer words or wider filters."
            type_text(browse.min_price, "abc")
            await asyncio.wait_for(_debounced(page), 10)
            assert "Type an amount" in browse.price_error.text()

    qasync_loop.run_until_complete(scenario())


async def _query(page: object) -> None:
    fired = asyncio.Event()
    page.browse.query_changed.connect(lambda _q: fired.set())  # type: ignore[attr-defined]
    await fired.wait()
    await page.tasks.wait_idle()  # type: ignore[attr-defined]


async def _debounced(page: object) -> None:
    fired = asyncio.Event()
    page.browse._debounce.timeout.connect(fired.set)  # type: ignore[attr-defined]
    await fired.wait()


def test_each_role_sees_its_own_steps(qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication) -> None:
    async def scenario() -> None:
        with sample_page() as (page, ids):
            page.open_order(ids["delivered"])  # the user bought it
            await page.tasks.wait_idle()
            assert sorted(page.order_view.buttons) == ["dispute", "message", "release"]
            page.open_order(ids["placed"])  # the user sells it
            await page.tasks.wait_idle()
            assert sorted(page.order_view.buttons) == ["accept", "decline", "message"]
            page.open_case(ids["disputed"])  # the user was drawn as arbiter
            await page.tasks.wait_idle()
            assert page.current_page() == "case"
            assert page.case.ruling_card.isVisibleTo(page.case)
            page.case.share.setValue(25)
            assert "arbiter's fee" in page.case.split.text()
            page.back()
            await page.tasks.wait_idle()
            assert page.current_page() == "order"

    qasync_loop.run_until_complete(scenario())


def test_a_dialog_answers_even_when_filled_at_once(qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication) -> None:
    async def scenario() -> None:
        with sample_page() as (page, _ids):
            editor = page.new_listing()
            assert isinstance(editor, ListingEditor)
            click(editor.ok)  # nothing typed: refused with a sentence, the dialog stays
            assert editor.error.text() == "Give the listing a title."
            assert editor.isVisible()
            click(editor.cancel)
            await page.tasks.wait_idle()
            assert not editor.isVisible()

    qasync_loop.run_until_complete(scenario())


def test_every_market_screen_renders(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    written = qasync_loop.run_until_complete(render_screens(tmp_path, "dark"))
    assert [p.name for p in written] == [
        f"dark-market-{name}.png"
        for name in ("browse", "search-filters", "listing", "my-listing", "orders", "order-buyer", "order-seller",
                     "dispute-arbiter", "dispute-ruled", "new-listing", "rating", "live-shop")
    ]  # fmt: skip
    assert all(p.stat().st_size > 10_000 for p in written)
