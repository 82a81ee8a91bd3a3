"""The 3-minute timer: t starts and stops it, +/- change it, it warns in the last 30 s and at zero."""

from __future__ import annotations

from helpers import notice, screen
from textual.widgets import Digits

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.present_app import PresentApp
from faktor4_tui.ui.widgets.countdown import Countdown


class Clock:
    """A clock the test moves by hand (the countdown reads it; no sleeping)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_timer_counts_down_warns_and_stops(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        countdown = screen(app).query_one(Countdown)
        digits = countdown.query_one(Digits)
        clock = countdown.clock = Clock()
        assert not countdown.display
        await pilot.press("t")
        assert countdown.display and digits.value == "3:00"
        await pilot.press("plus")
        assert digits.value == "4:00"
        await pilot.press("minus", "minus")
        assert digits.value == "2:00"
        clock.now += 89.5
        countdown.tick()
        assert digits.value == "0:31" and not countdown.has_class("-ending")
        clock.now += 1
        countdown.tick()
        assert digits.value == "0:30" and countdown.has_class("-ending")
        assert "0:30" in str(countdown.query_one(".countdown-label").content)
        clock.now += 30
        await pilot.pause(0.3)  # the countdown's own ticker redraws
        assert digits.value == "0:00" and countdown.has_class("-over") and not countdown.has_class("-ending")
        assert str(countdown.query_one(".countdown-label").content) == "Zeit ist um"
        await pilot.press("t")
        assert not countdown.display and not countdown.running
        await pilot.press("t")
        assert countdown.display and digits.value == "3:00" and not countdown.has_class("-over")


async def test_plus_minus_while_stopped_set_the_next_countdown(demo_store: Store) -> None:
    app = PresentApp(Session(demo_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        countdown = screen(app).query_one(Countdown)
        countdown.clock = Clock()
        await pilot.press("plus", "plus")
        assert "5 min" in notice(app) and not countdown.display
        await pilot.press("minus", "minus", "minus", "minus", "minus", "minus")
        assert "1 min" in notice(app)
        await pilot.press("t")
        assert countdown.query_one(Digits).value == "1:00"
        await pilot.press("minus")
        assert countdown.query_one(Digits).value == "0:00" and countdown.has_class("-over")
