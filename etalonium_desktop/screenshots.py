"""Renders every screen and dialog, light and dark, at 1280×800, with live devnet data: `python -m
etalonium_desktop.screenshots OUTDIR`."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from etalonium_desktop.__main__ import build_parser
from etalonium_desktop.app import App
from etalonium_desktop.assistant.screens import render_screens as render_assistant_screens
from etalonium_desktop.market.screens import render_screens as render_market_screens
from etalonium_desktop.media.screens import render_screens as render_media_screens
from etalonium_desktop.media.screens import render_sections as render_media_sections
from etalonium_desktop.messenger.screens import render_screens as render_messenger_screens
from etalonium_desktop.social.screens import render_screens as render_social_screens
from etalonium_desktop.ui import theme
from etalonium_desktop.ui.onboarding_view import OnboardingView
from etalonium_desktop.ui.unlock_view import UnlockView
from lightnode.protocol.actions import SkillClaim

SIZE = (1280, 800)


def save(widget: QWidget, path: Path) -> Path:
    # No processEvents() here: inside a coroutine it would re-enter the running qasync loop; callers
    # `await settle()` first so that pending layouts and paints have run.
    widget.grab().save(str(path))
    return path


def save_dialog(dialog: QDialog, path: Path) -> Path:
    dialog.adjustSize()
    return save(dialog, path)


async def settle(seconds: float = 0.3) -> None:
    """Let queued layouts, paints and async refreshes run before a grab."""
    await asyncio.sleep(seconds)


async def capture(app: App, outdir: Path, themes: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    directory = app.profile_dir()
    await app._self_test_steps(directory)
    session = app.session
    assert session is not None
    # Some real activity so the screens show something: a claimed skill and a transfer out and in.
    report = await session.submit(SkillClaim("Runway modelling", "Paris and Milan shows"))
    await session.wait(report.action_id, timeout_s=60)
    names = ["Runway modelling"]
    await asyncio.to_thread(session.profile.settings.set_json, "profile.skills", names)
    await asyncio.wait_for(session.profile_published.wait(), 60)
    await app.profile_page.refresh()
    for name in themes:
        app._apply_theme(name)
        await settle()
        for key in app.window.sections:
            app.window.show_section(key)
            await settle(0.5)
            out.append(save(app.window, outdir / f"{name}-{key}.png"))
        app.window.show_section("wallet")
        send = app.wallet.open_send()
        send.to.setText(session.address[:-1] + ("q" if session.address[-1] != "q" else "p"))
        send.amount.setText("12.5")
        out.append(save_dialog(send, outdir / f"{name}-send-dialog.png"))
        send.reject()
        receive = app.wallet.open_receive()
        out.append(save_dialog(receive, outdir / f"{name}-receive-dialog.png"))
        receive.reject()
        wizard = OnboardingView()
        wizard.resize(*SIZE)
        wizard.show()
        out.append(save(wizard, outdir / f"{name}-wizard-welcome.png"))
        wizard._create()
        out.append(save(wizard, outdir / f"{name}-wizard-phrase.png"))
        wizard._quiz()
        await settle()
        out.append(save(wizard, outdir / f"{name}-wizard-confirm.png"))
        wizard.setCurrentWidget(wizard.passphrase)
        wizard.passphrase.first.setText("linen atelier")
        out.append(save(wizard, outdir / f"{name}-wizard-passphrase.png"))
        wizard.setCurrentWidget(wizard.name)
        out.append(save(wizard, outdir / f"{name}-wizard-name.png"))
        wizard.close()
        unlock = UnlockView("default")
        unlock.resize(*SIZE)
        unlock.show()
        unlock.show_wrong_passphrase()
        out.append(save(unlock, outdir / f"{name}-unlock.png"))
        unlock.close()
        # Sections built by their own packages render their extra screens (sample chats etc.) themselves; the
        # messenger's and the player's samples settle with processEvents(), so they run after the loop (main).
        out.extend(await render_social_screens(app, outdir, name))
        out.extend(await render_media_sections(app, outdir, name))
        out.extend(await render_market_screens(outdir, name))
        out.extend(await render_assistant_screens(app, outdir, name))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    parser.add_argument("--language", choices=("en", "it", "fr", "ru"), help="the interface language to render in")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    language = ["--language", args.language] if args.language else []
    app = App(qapp, build_parser().parse_args(["--temp-profile", *language]))
    theme.apply(qapp, theme.Theme.LIGHT)
    app.window.resize(*SIZE)
    app.window.show()

    async def run() -> list[Path]:
        try:
            return await capture(app, args.outdir, args.theme or ["light", "dark"])
        finally:
            await app._shutdown()

    with loop:
        paths = loop.run_until_complete(run())
    # processEvents() inside a coroutine would re-enter the qasync loop: these render outside it.
    for name in args.theme or ["light", "dark"]:
        theme.apply(qapp, theme.Theme(name))
        paths.extend(render_messenger_screens(args.outdir, name))
        paths.extend(render_media_screens(args.outdir, name))
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
