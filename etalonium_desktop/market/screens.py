"""Screenshots of the market screens for the app's screenshot command: `await render_screens(outdir, theme)`
inside the app's qasync loop, or `python -m etalonium_desktop.market.screens OUTDIR [light|dark]`.

Uses a throwaway profile filled with sample listings and orders (every state of an order, a dispute, a
rating) and never touches the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QWidget

from etalonium_desktop.store import Profile, temporary_profile
from etalonium_desktop.ui import theme as themes
from lightnode.protocol import state as S
from lightnode.protocol.actions import ListingKind, ListingStatus, PriceMode
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.hashing import Tag, blake2b256
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.state import OrderStatus

from .index import MarketIndex
from .live import LiveShopState
from .live_panel import LiveShopPanel
from .market_page import MarketPage
from .model import ListingEntry, OrderEntry, OrderStep, SearchQuery
from .samples import SELLERS, sample_listings
from .service import MarketService

SIZE = (1280, 800)
HEIGHT = 120_000
#: Block times of the sample chain: one a second, ending now-ish (fixed, for repeatable pictures).
T0 = 1_767_225_600_000


def sample_photo(hue: int, kind: str = "dress", size: tuple[int, int] = (640, 640)) -> bytes:
    """A studio-like 'photo': a soft backdrop and a garment silhouette, as JPEG bytes."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    backdrop = QLinearGradient(QPointF(0, 0), QPointF(0, height))
    backdrop.setColorAt(0, QColor.fromHsl(hue, 40, 225))
    backdrop.setColorAt(1, QColor.fromHsl(hue, 50, 190))
    painter.fillRect(QRectF(0, 0, width, height), backdrop)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 28))
    painter.drawEllipse(QRectF(width * 0.28, height * 0.86, width * 0.44, height * 0.06))
    garment = QLinearGradient(QPointF(width * 0.3, 0), QPointF(width * 0.7, 0))
    garment.setColorAt(0, QColor.fromHsl((hue + 180) % 360, 120, 95))
    garment.setColorAt(0.5, QColor.fromHsl((hue + 180) % 360, 130, 135))
    garment.setColorAt(1, QColor.fromHsl((hue + 180) % 360, 120, 85))
    path = QPainterPath()
    if kind == "dress":
        # Thin straps, a fitted bodice with a soft neckline, a waist, and a skirt flaring to the hem.
        painter.setPen(QPen(QColor.fromHsl((hue + 180) % 360, 110, 90), max(2.0, width / 160)))
        painter.drawLine(QPointF(width * 0.41, height * 0.2), QPointF(width * 0.43, height * 0.1))
        painter.drawLine(QPointF(width * 0.59, height * 0.2), QPointF(width * 0.57, height * 0.1))
        painter.setPen(Qt.PenStyle.NoPen)
        path.moveTo(width * 0.4, height * 0.2)
        path.quadTo(width * 0.5, height * 0.26, width * 0.6, height * 0.2)
        path.lineTo(width * 0.6, height * 0.3)
        path.quadTo(width * 0.57, height * 0.38, width * 0.58, height * 0.42)
        path.cubicTo(width * 0.68, height * 0.58, width * 0.74, height * 0.74, width * 0.78, height * 0.88)
        path.quadTo(width * 0.5, height * 0.92, width * 0.22, height * 0.88)
        path.cubicTo(width * 0.26, height * 0.74, width * 0.32, height * 0.58, width * 0.42, height * 0.42)
        path.quadTo(width * 0.43, height * 0.38, width * 0.4, height * 0.3)
        path.closeSubpath()
    else:  # a coat or jacket: shoulders, sleeves, a straight body
        path.moveTo(width * 0.38, height * 0.16)
        path.lineTo(width * 0.62, height * 0.16)
        path.lineTo(width * 0.78, height * 0.26)
        path.lineTo(width * 0.8, height * 0.7)
        path.lineTo(width * 0.7, height * 0.7)
        path.lineTo(width * 0.68, height * 0.38)
        path.lineTo(width * 0.68, height * 0.84)
        path.lineTo(width * 0.32, height * 0.84)
        path.lineTo(width * 0.32, height * 0.38)
        path.lineTo(width * 0.3, height * 0.7)
        path.lineTo(width * 0.2, height * 0.7)
        path.lineTo(width * 0.22, height * 0.26)
        path.closeSubpath()
    painter.setBrush(garment)
    painter.drawPath(path)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _actor(name: str) -> bytes:
    return blake2b256(Tag.SKILL, f"seller {name}".encode())[:20]


ME = _actor("Atelier Noor")
STUDIO = _actor("Studio Noir")
MAYA = _actor("Maya Laurent")
LEO = _actor("Léo Martin")


#: The delivery proof of the sample order the user bought (a photo in the blob store, in a real session).
SAMPLE_PROOF_ID = b"\x55" * 32


def _order(
    n: int, listing: ListingEntry, buyer: bytes, status: OrderStatus, *, quantity: int = 1, **changes: Any
) -> S.OrderRecord:
    record = S.OrderRecord(
        listing=listing.listing_id, buyer=buyer, seller=listing.seller, quantity=quantity,
        amount=listing.price * quantity, note="Size 38, gift wrapped please" if n % 2 else "", status=status,
        placed_height=HEIGHT - 400 + n * 7, updated_height=HEIGHT - 60 + n, release_height=0, delivery_proof=b"",
        delivery_note="", disputed_by=b"", dispute_reason="", arbiter=b"", buyer_share=0, arbiter_fee=0, ruling="",
        rated=0, category=listing.category, release_timeout=listing.release_timeout,
    )  # fmt: skip
    return dataclasses.replace(record, **changes)


def _steps(record: S.OrderRecord, path: list[OrderStatus]) -> tuple[OrderStep, ...]:
    out = []
    height = record.placed_height
    for n, status in enumerate(path):
        out.append(OrderStep(status, height, T0 + height * 1000, bytes([n + 1]) * 32, record.buyer))
        height += 35 + 11 * n
    return tuple(out)


def fill(index: MarketIndex) -> dict[str, bytes]:
    """Sample listings (some by the user, some with photos), orders in every state and a rating."""
    listings = list(sample_listings(600, height=HEIGHT))
    listings = [dataclasses.replace(e, seller_name=e.seller_name or "Atelier Noor") for e in listings]
    mine = [e for e in listings if e.seller == ME and e.status == ListingStatus.ACTIVE]
    theirs = [e for e in listings if e.seller == STUDIO and e.status == ListingStatus.ACTIVE and not e.is_quote]
    dress = next(e for e in theirs if e.category == "Dresses")
    dress = dataclasses.replace(
        dress,
        title="Ivory silk slip dress",
        description="Bias-cut in heavy silk charmeuse, ivory, fully lined. Size 38 (fits EU 36–38). Made to order "
        "in our Paris studio; ships in recycled packaging with tracking.",
        tags=("silk", "ivory", "bias-cut", "ss26"),
        media=(b"\x51" * 32, b"\x52" * 32, b"\x53" * 32),
        ratings=12,
        rating_stars=12 * 18,
        completed=15,
        seller_score=182,
        seller_category_score=64,
        price=240 * ONE_EXC,
        created_height=HEIGHT - 5,
    )
    coat = dataclasses.replace(
        mine[0], title="Camel wool wrap coat", category="Outerwear", kind=ListingKind.GOOD, media=(b"\x54" * 32,),
        price=420 * ONE_EXC, price_mode=PriceMode.FIXED, created_height=HEIGHT - 3, tags=("wool", "camel", "tailored"),
        description="Double-faced camel wool, unlined, with a shawl collar and a self-tie belt. One size, "
        "relaxed fit. Cut and sewn to order in our atelier.", delivery_days=10, stock=4, region="Paris",
        ratings=3, rating_stars=3 * 18, completed=5,
    )  # fmt: skip
    # Stored once, with the two featured listings in place (an upsert never changes a listing's kind).
    featured = {dress.listing_id: dress, coat.listing_id: coat}
    index.upsert_listings([featured.get(e.listing_id, e) for e in listings])
    ids: dict[str, bytes] = {"dress": dress.listing_id, "coat": coat.listing_id}
    specs: list[tuple[str, ListingEntry, bytes, OrderStatus, list[OrderStatus], dict[str, Any]]] = [
        ("delivered", dress, ME, OrderStatus.DELIVERED,
         [OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED],
         {"delivery_note": "Colissimo 8R04 1234 5678", "release_height": HEIGHT + 2400,
          "delivery_proof": SAMPLE_PROOF_ID}),
        ("placed", coat, MAYA, OrderStatus.PLACED, [OrderStatus.PLACED], {}),
        ("disputed", dataclasses.replace(theirs[1], seller=LEO), MAYA, OrderStatus.DISPUTED,
         [OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED, OrderStatus.DISPUTED],
         {"arbiter": ME, "disputed_by": MAYA, "dispute_reason": "The jacket arrived with a torn lining and a "
          "missing button; the photos in the listing showed it intact.", "delivery_note": "Hand delivered"}),
        ("released", theirs[2], ME, OrderStatus.RELEASED,
         [OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED, OrderStatus.RELEASED], {"rated": 1}),
        ("resolved", mine[1], LEO, OrderStatus.RESOLVED,
         [OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DISPUTED, OrderStatus.RESOLVED],
         {"arbiter": STUDIO, "disputed_by": LEO, "dispute_reason": "Late by two weeks", "buyer_share": 0,
          "arbiter_fee": 0, "ruling": "Delivered late but as described: a fifth back to the buyer."}),
        ("cancelled", theirs[3], ME, OrderStatus.CANCELLED, [OrderStatus.PLACED, OrderStatus.CANCELLED], {}),
    ]  # fmt: skip
    for n, (name, listing, buyer, status, path, changes) in enumerate(specs):
        record = _order(n, listing, buyer, status, quantity=2 if name == "placed" else 1, **changes)
        if name == "resolved":
            fee = record.amount * 200 // 10_000
            record = dataclasses.replace(record, buyer_share=record.amount // 5, arbiter_fee=fee)
        order_id = blake2b256(Tag.ACTION, f"sample order {name}".encode())
        steps = _steps(record, path)
        record = dataclasses.replace(record, updated_height=steps[-1].height)
        entry = OrderEntry(order_id, record, listing.title, listing.category, steps[0].time_ms, HEIGHT, steps)
        index.upsert_order(entry)
        for step in steps:
            index.add_step(order_id, step)
        ids[name] = order_id
    rated = S.RatingRecord(ME, STUDIO, theirs[2].listing_id, 5, 5, 4, 5, "Beautifully made, true to size.",
                           steps[-1].height + 20, "Thank you — enjoy it!", steps[-1].height + 40)  # fmt: skip
    index.upsert_rating(ids["released"], rated)
    for n in range(3):
        review = S.RatingRecord(
            MAYA, STUDIO, dress.listing_id, 5, 5 - n % 2, 4 + n % 2, 5,
            ["Exquisite finish, the silk drapes perfectly.", "Fits like a dream; shipped fast.",
             "Lovely dress, slightly longer than expected."][n], HEIGHT - 100 + n, "Merci !" if n == 0 else "", 0,
        )  # fmt: skip
        index.upsert_rating(blake2b256(Tag.ACTION, f"review {n}".encode()), review)
    for name in SELLERS:
        index.update_seller(_actor(name), name, 95 if name == "Atelier Noor" else 40, HEIGHT)
    index.update_seller(STUDIO, "Studio Noir", 182, HEIGHT)
    return ids


class _Network:
    def __init__(self) -> None:
        self.client = None
        self.queries = None
        self.node_urls: list[str] = []


class _OfflineSession:
    """A session without a network: enough for the screens to show what the index holds."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.actor = ME
        self.key = PrivateKey(b"\x11" * 32)
        self.network = _Network()
        self.notices: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.notices.append((title, text))

    async def submit(self, payload: Any, *, fee: int | None = None) -> Any:
        raise RuntimeError("the screenshot session is offline")

    async def wait(self, action_id: bytes, timeout_s: float | None = None) -> Any:
        raise RuntimeError("the screenshot session is offline")


@contextlib.contextmanager
def sample_page() -> Iterator[tuple[MarketPage, dict[str, bytes]]]:
    with temporary_profile() as profile:
        index = MarketIndex(profile.transaction)
        ids = fill(index)
        session = _OfflineSession(profile)
        service = MarketService(session, index=index, backfill=False)
        service._params = S.Params.of()
        page = MarketPage(session, service=service)
        for n, media in enumerate((b"\x51" * 32, b"\x52" * 32, b"\x53" * 32)):
            page.thumbnails.put(media, sample_photo(30 + 40 * n, "dress"))
        page.thumbnails.put(b"\x54" * 32, sample_photo(200, "coat"))
        try:
            yield page, ids
        finally:
            page.stop()
            page.close()
            page.deleteLater()


async def _settle(widget: QWidget, page: MarketPage | None, size: tuple[int, int] | None = SIZE) -> None:
    """Let the page's work finish (None: a dialog the page is waiting on) and Qt lay out and paint, through the
    running loop: calling processEvents() from a coroutine would re-enter it."""
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(3):
        if page is not None:
            await page.tasks.wait_idle()
        await asyncio.sleep(0.05)


async def _save(widget: QWidget, page: MarketPage, path: Path) -> Path:
    await _settle(widget, page)
    widget.grab().save(str(path))
    return path


async def render_screens(outdir: str | Path, theme: str | themes.Theme = themes.Theme.LIGHT) -> list[Path]:
    """Render the market's screens to PNG files `<theme>-market-*.png` in `outdir`; returns the files.

    Await it inside a running qasync loop (the app's screenshot command has one); needs a QApplication.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("render_screens needs a running QApplication.")
    chosen = themes.Theme(theme)
    themes.apply(app, chosen)
    # The sample windows close as the rendering goes; that must not end the application (and its loop).
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        return await _render(Path(outdir), chosen)
    finally:
        app.setQuitOnLastWindowClosed(quits)


async def _render(out: Path, chosen: themes.Theme) -> list[Path]:
    await asyncio.to_thread(out.mkdir, parents=True, exist_ok=True)
    prefix = f"{chosen.value}-market"
    written: list[Path] = []
    with sample_page() as (page, ids):
        page.resize(*SIZE)
        page.show()
        page.browse.search.setText("silk dress")
        page._on_query(page.browse.query() or SearchQuery())
        written.append(await _save(page, page, out / f"{prefix}-browse.png"))
        page.browse.search.setText("")
        page.browse.category.setCurrentIndex(max(1, page.browse.category.findData("knitwear")))
        page.browse.max_price.setText("150")
        page.browse.min_rating.setCurrentIndex(2)
        page._on_query(page.browse.query() or SearchQuery())
        written.append(await _save(page, page, out / f"{prefix}-search-filters.png"))
        page.browse.reset_filters()

        page.open_listing(ids["dress"])
        await page.tasks.wait_idle()
        page.listing_view.quantity.setValue(1)
        page.listing_view.note.setText("Size 38 please")
        written.append(await _save(page, page, out / f"{prefix}-listing.png"))
        page.open_listing(ids["coat"])
        written.append(await _save(page, page, out / f"{prefix}-my-listing.png"))

        page.show_page("orders")
        written.append(await _save(page, page, out / f"{prefix}-orders.png"))
        page.open_order(ids["delivered"])
        written.append(await _save(page, page, out / f"{prefix}-order-buyer.png"))
        page.open_order(ids["placed"])
        written.append(await _save(page, page, out / f"{prefix}-order-seller.png"))
        page.open_case(ids["disputed"])
        await page.tasks.wait_idle()
        page.case.share.setValue(40)
        page.case.reason.setText("Lining torn on arrival: 40% back to the buyer for the repair.")
        written.append(await _save(page, page, out / f"{prefix}-dispute-arbiter.png"))
        page.open_case(ids["resolved"])
        written.append(await _save(page, page, out / f"{prefix}-dispute-ruled.png"))

        editor = page.new_listing()
        editor.kind.setCurrentIndex(0)
        editor.category.setCurrentText("Dresses")
        editor.title_edit.setText("Sage linen shirt dress")
        editor.description.setPlainText("Washed linen, relaxed fit, mother-of-pearl buttons. Made in Lisbon.")
        editor.tags.setText("linen, sage, ss26")
        editor.price.setText("180")
        editor.region.setCurrentText("Lisbon")
        editor.stock.setValue(4)
        editor.photo_list.addItems(["sage-front.jpg", "sage-back.jpg"])
        editor.adjustSize()
        await _settle(editor, None, None)
        editor.grab().save(str(out / f"{prefix}-new-listing.png"))
        written.append(out / f"{prefix}-new-listing.png")
        editor.reject()

        page.open_listing(ids["coat"])
        await page.tasks.wait_idle()
        edit = page.edit_listing_details()
        assert edit is not None
        edit.title_edit.setText("Camel wool wrap coat, belted")
        edit.adjustSize()
        await _settle(edit, None, None)
        edit.grab().save(str(out / f"{prefix}-edit-listing.png"))
        written.append(out / f"{prefix}-edit-listing.png")
        edit.reject()

        from .dialogs import ProofDialog
        from .media import DeliveryProof

        proof = DeliveryProof(SAMPLE_PROOF_ID, "image/jpeg", sample_photo(60, "coat", (900, 1200)), True)
        viewer = ProofDialog(proof, page)
        viewer.adjustSize()
        await _settle(viewer, page, None)
        viewer.grab().save(str(out / f"{prefix}-delivery-proof.png"))
        written.append(out / f"{prefix}-delivery-proof.png")
        viewer.close()

        page.open_order(ids["released"])
        await page.tasks.wait_idle()
        from .dialogs import RatingDialog

        rating = RatingDialog("Ivory silk slip dress", page)
        rating.pickers["delivery"].set_value(4)
        rating.review.setPlainText("Beautifully made and true to size. Arrived a day late.")
        rating.adjustSize()
        await _settle(rating, page, None)
        rating.grab().save(str(out / f"{prefix}-rating.png"))
        written.append(out / f"{prefix}-rating.png")
        rating.close()

        listings = await page.service.search(SearchQuery(text="silk", limit=3))
        panel = LiveShopPanel(thumbnails=page.thumbnails)
        panel.show_state(LiveShopState(True, "Spring drop — live from the atelier", STUDIO, listings.items, HEIGHT))
        await _settle(panel, page, (360, 560))
        panel.grab().save(str(out / f"{prefix}-live-shop.png"))
        written.append(out / f"{prefix}-live-shop.png")
        panel.close()
    return written


def main() -> None:
    """`python -m etalonium_desktop.market.screens OUTDIR [light|dark]` renders the screens headless."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync

    app = QApplication.instance() or QApplication(sys.argv[:1])
    outdir = sys.argv[1] if len(sys.argv) > 1 else "screenshots"
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> None:
        for theme in sys.argv[2:] or ["light", "dark"]:
            for path in await render_screens(outdir, theme):
                print(path)

    with loop:
        loop.run_until_complete(run())


if __name__ == "__main__":
    main()
