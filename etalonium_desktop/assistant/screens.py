"""Screenshots of the assistant screen: `await render_screens(app_or_session, outdir, theme)` from the app's
screenshot command, or `python -m etalonium_desktop.assistant.screens OUTDIR` (sample data only, no devnet).

Two sets: the screen on the session's own chain data (on a fresh embedded devnet usually still reading or short
of posts: its empty states), and every tab filled from the seeded synthetic community (marked as sample data).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from assistant import PersonalAssistant

from .assistant_page import AssistantPage
from .samples import SAMPLE_NOTE, LocalSession, sample_community, sample_draft, sample_service
from .service import AssistantService

SIZE = (1280, 800)
TABS = ("overview", "trends", "draft", "brand", "market")
_sample: dict[str, Any] = {}


async def _save(widget: QWidget, path: Path) -> Path:
    # Yield to the loop (which runs Qt's queued layouts and paints) rather than processEvents(), which would
    # re-enter the qasync loop from inside this coroutine.
    await asyncio.sleep(0.15)
    widget.grab().save(str(path))
    return path


async def _sample_service() -> AssistantService:
    """A service on the sample assistant; the assistant is generated and trained once per process (both themes
    use it), the service (with its worker threads) is the caller's to close."""
    assistant = _sample.get("assistant")
    if assistant is None:
        community = await asyncio.to_thread(sample_community)
        service = sample_service(community)
        await service.train_now()
        _sample["assistant"], _sample["community"] = service.assistant, community
        return service
    assert isinstance(assistant, PersonalAssistant)
    return AssistantService(
        LocalSession(_sample["community"].user.actor), assistant=assistant, persist=False, auto_train=False,
        note=SAMPLE_NOTE,
    )  # fmt: skip


async def render_sample_screens(outdir: Path, theme_name: str) -> list[Path]:
    """Every tab of the assistant screen, filled from the synthetic community."""
    service = await _sample_service()
    community = _sample["community"]
    page = AssistantPage(service.session, service)
    page.setWindowTitle("Assistant — sample data")
    page.resize(*SIZE)
    page.show()
    try:
        await page.refresh()
        page.set_draft(sample_draft(community, service.now_ms()))
        await page.check_draft()
        await page.refresh_advice()
        page.category_box.setCurrentText("photo shoots" if page.category_box.findText("photo shoots") >= 0
                                         else page.category_box.itemText(0))  # fmt: skip
        page.region_edit.setText("Paris")
        await page.suggest_price()
        out = []
        for index, name in enumerate(TABS):
            page.tabs.setCurrentIndex(index)
            out.append(await _save(page, outdir / f"{theme_name}-assistant-sample-{name}.png"))
        return out
    finally:
        page.close()
        page.deleteLater()
        await service.aclose()
        session = service.session
        if isinstance(session, LocalSession):
            await session.aclose()


async def render_live_screen(app_or_session: Any, outdir: Path, theme_name: str) -> list[Path]:
    """The screen on the session's own chain data, unless the app's window shows it already."""
    window = getattr(app_or_session, "window", None)
    if window is not None and "assistant" in getattr(window, "sections", {}):
        return []  # the app's screenshot command grabs every section itself
    session = getattr(app_or_session, "session", None) or app_or_session
    page = AssistantPage(session)
    page.resize(*SIZE)
    page.show()
    try:
        with contextlib.suppress(TimeoutError):
            await page.service.wait_for(lambda: page.service.status.phase in ("following", "offline"), 20.0)
        await page.refresh()
        return [await _save(page, outdir / f"{theme_name}-assistant-live.png")]
    finally:
        page.close()
        page.deleteLater()


async def render_screens(app_or_session: Any, outdir: Path, theme_name: str) -> list[Path]:
    """The assistant's screenshots for the app's screenshot command (PNG paths)."""
    out = await render_live_screen(app_or_session, outdir, theme_name)
    out.extend(await render_sample_screens(outdir, theme_name))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync

    from etalonium_desktop.ui import theme

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setQuitOnLastWindowClosed(False)  # each screen is a window of its own here
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)

    async def run() -> list[Path]:
        paths = []
        for name in args.theme or ["light", "dark"]:
            theme.apply(qapp, theme.Theme(name))
            paths.extend(await render_sample_screens(args.outdir, name))
        return paths

    with loop:
        for path in loop.run_until_complete(run()):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
