"""The app starts without scikit-learn, SciPy and OpenCV (1–2 s of imports it does not need for its first
window), and the assistant loads them on its worker threads when first used, never on the GUI thread.

Each check runs in a fresh interpreter: in the test process these libraries are long since imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sklearn", "scipy", "cv2")


def run_fresh(code: str, timeout_s: float = 240.0) -> dict[str, object]:
    """Run `code` in a new interpreter of this venv; it prints one JSON object as its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )
    assert out.returncode == 0, out.stderr[-4000:]
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_importing_the_app_loads_no_heavy_library() -> None:
    found = run_fresh(
        f"""
        import json, sys
        import etalonium_desktop.app
        import etalonium_desktop.assistant.assistant_page
        import assistant
        print(json.dumps({{"loaded": sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})}}))
        """
    )
    assert found["loaded"] == []


def test_the_check_sees_a_heavy_import() -> None:
    # The assistant's trend test does need SciPy: the same probe must see it once it is used.
    found = run_fresh(
        f"""
        import json, sys
        import numpy as np
        from assistant.trends import rate_test
        rate_test(np.array([9.0]), np.array([2.0]), 1.0, 1.0)
        print(json.dumps({{"loaded": sorted({{m.split(".")[0] for m in sys.modules}} & set({HEAVY!r}))}}))
        """
    )
    assert found["loaded"] == ["scipy"]


def test_the_assistant_imports_them_off_the_gui_thread() -> None:
    """Trends, training (models come back from the worker process) and advice on a draft and a listing, driven
    from the event loop's thread as the page does: every scikit-learn and SciPy module is first imported on
    another thread, so the event loop never waits for those imports."""
    found = run_fresh(
        """
        import asyncio, importlib.abc, json, sys, threading

        first_imports = []

        class Watch(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in ("sklearn", "scipy"):
                    first_imports.append((name, threading.current_thread() is threading.main_thread()))
                return None

        sys.meta_path.insert(0, Watch())

        from assistant import ListingDraft, ListingKind
        from etalonium_desktop.assistant.samples import sample_community, sample_draft, sample_service

        async def main():
            community = sample_community(seed=3, posts=800)
            service = sample_service(community)
            try:
                before = await service.advice()
                models = await asyncio.wait_for(service.train_now(), 180)
                assert models is not None, service.status.message
                draft = sample_draft(community, service.now_ms())
                listing = ListingDraft(ListingKind.SERVICE, "photo shoots", "Paris")
                after = await service.advice(draft, listing)
                outlook = await service.advise(draft)
                assert outlook is not None
            finally:
                await service.aclose()
            return len(before), len(after)

        counts = asyncio.run(main())
        on_main = sorted({name for name, main in first_imports if main})
        off_main = sorted({name.split(".")[0] for name, main in first_imports if not main})
        print(json.dumps({"on_main": on_main, "off_main": off_main, "advice": counts}))
        """
    )
    assert found["on_main"] == []
    assert found["off_main"] == ["scipy", "sklearn"]
    advice = found["advice"]
    assert isinstance(advice, list)
    assert advice[1] > 0


def test_the_assistant_screen_loads_them_off_the_gui_thread() -> None:
    """What the screen awaits before its first analysis (showing "Loading…" meanwhile)."""
    found = run_fresh(
        """
        import asyncio, importlib.abc, json, sys, threading

        first_imports = []

        class Watch(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in ("sklearn", "scipy"):
                    first_imports.append((name, threading.current_thread() is threading.main_thread()))
                return None

        sys.meta_path.insert(0, Watch())

        from assistant import PersonalAssistant
        from etalonium_desktop.assistant import AssistantService
        from etalonium_desktop.assistant.samples import LocalSession

        async def main():
            service = AssistantService(LocalSession(b"\\x01" * 20), assistant=PersonalAssistant(None), persist=False)
            before = service.libraries_loaded()
            try:
                await service.load_libraries()
            finally:
                await service.aclose()
            return before, service.libraries_loaded()

        before, after = asyncio.run(main())
        print(json.dumps({
            "before": before, "after": after,
            "on_main": sorted({name for name, main in first_imports if main}),
            "off_main": sorted({name.split(".")[0] for name, main in first_imports if not main}),
        }))
        """
    )
    assert (found["before"], found["after"]) == (False, True)
    assert found["on_main"] == []
    assert found["off_main"] == ["scipy", "sklearn"]
