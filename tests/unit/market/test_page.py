"""The market screens over a profile of sample listings and orders (no network): search and filters drive
the results, each role sees its own steps, dialogs answer without nested loops, and every screen renders."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog

from etalonium_desktop.market.dialogs import ListingEditor, ProofDialog
from etalonium_desktop.market.media import DeliveryProof
from etalonium_desktop.market.screens import render_screens, sample_page, sample_photo
from etalonium_desktop.market.viewmodels import OrderAction
from lightnode.protocol.actions import ListingKind
from tests.e2e.conftest import click, type_text


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
            assert sorted(page.order_view.buttons) == ["dispute", "message", "proof", "release"]
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
            gone = _destroyed(editor)
            click(editor.cancel)
            await page.tasks.wait_idle()
            await asyncio.wait_for(gone.wait(), 10)  # closed, and deleted: nothing reads it after

    qasync_loop.run_until_complete(scenario())


def _destroyed(widget: QObject) -> asyncio.Event:
    gone = asyncio.Event()
    widget.destroyed.connect(lambda *_: gone.set())
    return gone


def test_closed_dialogs_are_deleted(qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication) -> None:
    """A dialog opened for one answer is parented to the window: unless deleted when it closes, it lives (with
    its photos) as long as the app."""

    def live_dialogs(page: QObject) -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # outside the loop: no re-entrancy
        return len(page.findChildren(QDialog))

    with sample_page() as (page, ids):

        async def open_and_cancel() -> int:
            page.open_listing(ids["coat"])
            await page.tasks.wait_idle()
            opened = [page.new_listing(), page.edit_listing_details(), page.edit_listing()]
            answers = []
            for action in (OrderAction.DELIVER, OrderAction.DISPUTE, OrderAction.RATE, OrderAction.REPLY,
                           OrderAction.EVIDENCE):  # fmt: skip
                answer = page.dialog_for(action)
                assert answer is not None
                opened.append(page.dialog)
                answers.append(answer)
            shown = len(page.findChildren(QDialog))
            for dialog in opened:
                assert dialog is not None
                dialog.reject()
            assert [await asyncio.wait_for(a, 10) for a in answers] == [None] * len(answers)
            await page.tasks.wait_idle()
            return shown

        before = live_dialogs(page)
        for _ in range(3):
            assert qasync_loop.run_until_complete(open_and_cancel()) >= before + 8
            assert live_dialogs(page) == before


def test_every_market_screen_renders(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    written = qasync_loop.run_until_complete(render_screens(tmp_path, "dark"))
    assert [p.name for p in written] == [
        f"dark-market-{name}.png"
        for name in ("browse", "search-filters", "listing", "my-listing", "orders", "order-buyer", "order-seller",
                     "dispute-arbiter", "dispute-ruled", "new-listing", "edit-listing", "delivery-proof", "rating",
                     "live-shop")
    ]  # fmt: skip
    assert all(p.stat().st_size > 10_000 for p in written)


def test_the_edit_dialog_shows_the_listing_and_refuses_bad_input(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        with sample_page() as (page, ids):
            page.open_listing(ids["coat"])
            await page.tasks.wait_idle()
            coat = page.current_listing
            assert coat is not None
            click(page.listing_view.edit_details)
            editor = page.dialog
            assert isinstance(editor, ListingEditor)
            assert editor.entry == coat
            assert editor.windowTitle() == "Edit listing"
            assert editor.ok.text() == "Save changes"
            assert (editor.title_edit.text(), editor.category.currentText(), editor.region.currentText()) == (
                "Camel wool wrap coat",
                "Outerwear",
                "Paris",
            )
            assert (editor.tags.text(), editor.delivery.value(), editor.timeout.value()) == (
                "wool, camel, tailored",
                10,
                coat.release_timeout,
            )
            # Kind, price and stock are not part of an edit.
            assert not editor.kind.isEnabled()
            assert not editor.price.isVisibleTo(editor)
            assert not editor.stock.isVisibleTo(editor)
            assert editor.photo_list.count() == 1
            assert editor.kept_media == [b"\x54" * 32]

            editor.title_edit.clear()
            click(editor.ok)
            assert editor.error.text() == "Give the listing a title."
            assert editor.isVisible()
            editor.title_edit.setText("Camel wool wrap coat, belted")
            editor.category.setCurrentText("   ")
            click(editor.ok)
            assert editor.error.text() == "Choose or type a category."
            assert editor.isVisible()
            editor.category.setCurrentText("Coats")
            editor.tags.setText(", ".join(f"tag{n}" for n in range(17)))
            click(editor.ok)
            assert "at most 16 tags" in editor.error.text()
            assert editor.isVisible()
            editor.tags.setText("wool, belted")

            editor.photo_list.setCurrentRow(0)
            click(editor.remove_photo)
            assert editor.photo_list.count() == 0
            assert editor.kept_media == []
            assert editor.check() == ""
            edit = editor.draft().edit_payload(coat.listing_id)
            assert (edit.listing, edit.title, edit.category, edit.tags, edit.media, edit.region) == (
                coat.listing_id,
                "Camel wool wrap coat, belted",
                "Coats",
                ("wool", "belted"),
                (),
                "Paris",
            )
            gone = _destroyed(editor)
            click(editor.cancel)
            await page.tasks.wait_idle()
            await asyncio.wait_for(gone.wait(), 10)
            assert page.service.index.listing(coat.listing_id) == coat  # nothing was sent or changed

    qasync_loop.run_until_complete(scenario())


def test_a_proof_that_cannot_be_fetched_is_explained(
    qasync_loop: asyncio.AbstractEventLoop, qapp: QApplication
) -> None:
    async def scenario() -> None:
        with sample_page() as (page, ids):
            page.open_order(ids["delivered"])
            await page.tasks.wait_idle()
            assert "with a proof in the blob store" in page.order_view.proof.text()
            click(page.order_view.buttons["proof"])
            await page.tasks.wait_idle()
            # The sample session has no storage node: a sentence, the buttons usable again, no dialog.
            assert (
                page.order_view.action_status.text() == "The proof cannot be downloaded: no storage node is configured."
            )
            assert page.order_view.buttons["proof"].isEnabled()
            assert not isinstance(page.dialog, ProofDialog)

    qasync_loop.run_until_complete(scenario())


def test_the_proof_viewer_shows_a_photo_and_saves_any_file(qapp: QApplication, tmp_path: Path) -> None:
    photo = DeliveryProof(b"\x55" * 32, "image/jpeg", sample_photo(60, "coat", (900, 1200)), True)
    viewer = ProofDialog(photo)
    try:
        assert viewer.shows_image
        pixmap = viewer.view.pixmap()
        assert (pixmap.width(), pixmap.height()) == (540, 720)  # scaled to fit, proportions kept
        assert viewer.what.text().startswith("A photo, 900 × 1200 pixels")
        assert viewer.save_to(tmp_path / photo.suggested_name)
        assert (tmp_path / photo.suggested_name).read_bytes() == photo.data
        assert photo.suggested_name.startswith("delivery-proof-555555")
        assert photo.suggested_name.endswith(".jpg")
        # A folder that does not exist: said in the dialog, which stays usable.
        assert not viewer.save_to(tmp_path / "missing" / "proof.jpg")
        assert "could not be saved as proof.jpg" in viewer.status.text()
    finally:
        viewer.close()
        viewer.deleteLater()
    document = DeliveryProof(b"\x56" * 32, "application/pdf", b"%PDF-1.7 tracking slip", False)
    viewer = ProofDialog(document)
    try:
        assert not viewer.shows_image
        assert viewer.what.text() == "A file (application/pdf), 0 KiB"
        assert viewer.save_to(tmp_path / document.suggested_name)
        assert (tmp_path / "delivery-proof-565656565656.pdf").read_bytes() == document.data
    finally:
        viewer.close()
        viewer.deleteLater()
    # Bytes that claim to be an image but are not one are offered as a file, never shown broken.
    broken = ProofDialog(DeliveryProof(b"\x57" * 32, "image/png", b"not a png", False))
    try:
        assert not broken.shows_image
    finally:
        broken.close()
        broken.deleteLater()
