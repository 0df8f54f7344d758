"""The screen says it is loading while scikit-learn and SciPy load on a worker thread (the first time it is
shown after the app started without them), and fills in when they are there."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from assistant import PersonalAssistant

from .test_assistant_page import closed, make_page, until


def test_the_screen_shows_loading_until_the_libraries_are_loaded(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, trained_assistant: PersonalAssistant
) -> None:
    page, service = make_page(qtbot, trained_assistant)
    # In this process the libraries were imported long ago: hold the load back to see the state in between.
    release = asyncio.Event()
    loads: list[int] = []

    async def held_load() -> None:
        loads.append(1)
        await release.wait()

    service.libraries_loaded = release.is_set  # type: ignore[method-assign]
    service.load_libraries = held_load  # type: ignore[method-assign]

    async def scenario() -> None:
        await until(lambda: bool(loads), "the load to start")  # the page refreshes when first shown
        views = (page.overview, page.overview_rising, page.trends_view, page.brand_view, page.market_view)
        for view in views:
            assert view.empty
            assert view.message.text() == "Loading the assistant's models and statistics…"
        release.set()
        # The trained sample community has enough for every view: each one then shows its content.
        await until(lambda: not any(view.empty for view in views), "every view filled in")

    async def run() -> None:
        try:
            await scenario()
        finally:
            await closed(page, service)

    qasync_loop.run_until_complete(run())
