"""The assistant screen: trends with their lines, swatches and lists; a draft checked into an outlook with
suggested changes and their reasons; the training progress bar with a working Cancel; and empty states that say
what to do."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from assistant import ChainData, PersonalAssistant, TrainedModels
from assistant.synthetic import RISING_TAGS, SyntheticCommunity
from etalonium_desktop.assistant import AssistantService
from etalonium_desktop.assistant.assistant_page import AssistantPage, parse_palette, parse_tags

from .helpers import TestSession

WAIT_S = 30.0


async def until(condition: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def closed(page: AssistantPage, service: AssistantService) -> None:
    """Stop what the page and the service still run, inside the loop (nothing may run after it)."""
    page.close()
    page.deleteLater()
    await service.aclose()
    session = service.session
    assert isinstance(session, TestSession)
    await session.aclose()


def make_page(qtbot: QtBot, assistant: PersonalAssistant) -> tuple[AssistantPage, AssistantService]:
    actor = assistant.user.actor if assistant.user is not None else b"\x01" * 20
    service = AssistantService(TestSession(actor), assistant=assistant, persist=False, auto_train=False)
    page = AssistantPage(service.session, service)
    qtbot.add_widget(page)
    page.resize(1280, 800)
    page.show()
    return page, service


def test_the_screen_shows_trends_and_advice_for_a_draft(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, trained_assistant: PersonalAssistant
) -> None:
    page, service = make_page(qtbot, trained_assistant)

    async def scenario() -> None:
        await until(lambda: not page.trends_view.empty, "the trends")
        rising = [page.rising_tree.topLevelItem(i).text(0) for i in range(page.rising_tree.topLevelItemCount())]
        assert {f"#{t}" for t in RISING_TAGS} & set(rising)
        assert page.trend_chart.names
        assert page.trend_chart.chart().series()
        assert page.rising_swatches.swatches
        assert "posts" in page.window_line.text()
        await until(lambda: not page.overview.empty, "the plain sentences")
        assert any("rising" in a.text for a in page.advice_items)

        page.tabs.setCurrentIndex(2)
        assert page.outlook_view.empty
        assert "Check draft" in page.outlook_view.message.text()
        page.tags_edit.setText("linen, tailoring")
        page.caption_edit.setPlainText("Linen suiting for the new season.")
        page.palette_edit.setText("#d8cbb5 #6e6259")
        assert [s.rgb for s in page.palette_preview.swatches] == [0xD8CBB5, 0x6E6259]
        page.check_button.click()
        await until(lambda: not page.outlook_view.empty, "the draft's outlook")
        assert "net votes" in page.outlook_line.text()
        assert page.engagement_bar.values is not None
        low, expected, high = page.engagement_bar.values
        assert low <= expected <= high
        assert page.contributions.items
        advice = page.draft_advice
        assert advice is not None
        assert advice.suggestions
        assert page.suggestion_box.count() == len(advice.suggestions)
        first = advice.suggestions[0]
        assert str(first.reason)
        # Applying a suggestion puts it into the editor and checks the draft again.
        row = page.suggestion_box.itemAt(0).widget()
        apply = next(b for b in row.findChildren(type(page.check_button)) if b.text() == "Apply")
        apply.click()
        await until(lambda: page.draft_advice is not None and page.draft_advice.draft == first.draft, "the change")
        await page.refresh_advice()
        assert any(a.topic == "draft" for a in page.advice_items)

    async def run() -> None:
        try:
            await scenario()
        finally:
            await closed(page, service)

    qasync_loop.run_until_complete(run())


def test_learning_shows_progress_and_cancel_stops_it(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, small_community: SyntheticCommunity, small_data: ChainData
) -> None:
    page, service = make_page(qtbot, PersonalAssistant(small_community.user, small_data))

    async def scenario() -> None:
        assert page.learn_button.isEnabled()
        assert page.cancel_button.isHidden()
        page.learn_button.click()
        await until(lambda: service.status.training, "training to start")
        assert page.progress.isVisible()
        assert page.cancel_button.isVisible()
        assert not page.learn_button.isEnabled()
        page.cancel_button.click()
        await until(lambda: not service.status.training, "training to stop")
        assert service.models is None
        assert "cancelled" in page.message.text()
        assert page.progress.isHidden()
        assert page.outlook_view.empty
        page.learn_button.click()
        await until(lambda: service.models is not None, "training to finish", 60.0)
        await until(lambda: not page.brand_view.empty and not page.market_view.empty, "brand and market")
        assert page.brand_chart.chart().series()
        assert page.demand_chart.names
        assert "learned from" in page.status_line.text()
        assert page.message.isHidden()

    async def run() -> None:
        try:
            await scenario()
        finally:
            await closed(page, service)

    qasync_loop.run_until_complete(run())


def test_empty_states_say_what_to_do(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, small_community: SyntheticCommunity
) -> None:
    page, service = make_page(qtbot, PersonalAssistant(small_community.user))

    async def scenario() -> None:
        await page.refresh()
        assert page.trends_view.empty
        assert "needs 150 in each" in page.trends_view.message.text()
        assert page.outlook_view.empty
        assert "needs a trained model" in page.outlook_view.message.text()
        assert "Learn now" in page.outlook_view.message.text()
        assert page.brand_view.empty
        assert "first training" in page.brand_view.message.text()
        assert page.market_view.empty
        assert "No orders seen yet" in page.market_view.message.text()
        assert not page.learn_button.isEnabled()  # nothing to learn from
        page.tabs.setCurrentIndex(2)
        page.check_button.click()
        await until(lambda: bool(page.draft_error.text()), "the error")
        assert "at least a tag or a caption" in page.draft_error.text()
        page.tags_edit.setText("linen")
        page.palette_edit.setText("#c4c8ce, rose")
        page.check_button.click()
        await until(lambda: "not a colour" in page.draft_error.text(), "the palette error")

    async def run() -> None:
        try:
            await scenario()
        finally:
            await closed(page, service)

    qasync_loop.run_until_complete(run())


def test_drafts_are_typed_as_people_write_them() -> None:
    assert parse_tags("#Linen, ss26  tailoring;#linen") == ("Linen", "ss26", "tailoring", "linen")
    assert parse_palette("#C4C8CE, 0f7c80 0x112233") == (0xC4C8CE, 0x0F7C80, 0x112233)


def test_models_trained_elsewhere_show_at_once(
    qasync_loop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    small_models: TrainedModels,
    trained_assistant: PersonalAssistant,
) -> None:
    page, service = make_page(qtbot, trained_assistant)

    async def scenario() -> None:
        await until(lambda: not page.brand_view.empty, "the brand report")
        assert "Your reputation is" in page.brand_summary.text()
        assert page.skill_tree.topLevelItemCount() > 0
        await until(lambda: not page.market_view.empty, "the market")
        page.category_box.setCurrentText(small_models.market.demand[0].category)
        page.region_edit.setText("Paris")
        page.price_button.click()
        await until(lambda: "ExC" in page.price_line.text(), "the price")
        assert page.price is not None
        assert page.price.low <= page.price.typical <= page.price.high

    async def run() -> None:
        try:
            await scenario()
        finally:
            await closed(page, service)

    qasync_loop.run_until_complete(run())
