"""The meeting's timed agenda (issue 10): the leaflet's items with the leaflet's times, fitted to
the meeting's length, and the meeting's clock as it runs.

The leaflet times the purpose (2 minutes), the model (8 minutes), the joint summary (10 minutes)
and closing and agreements (10 minutes); the dialogue exercise has the rest of the meeting, which
should last at least 60 minutes. An `Agenda` is a value: every change returns a new one, so a
snapshot taken for autosave never changes under it. Time is passed in as seconds of a monotonic
clock (`now`), so tests never sleep. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

# (key, name, minutes in the leaflet; None: the rest of the meeting)
ITEMS: tuple[tuple[str, Text, int | None], ...] = (
    ("purpose", QT_TRANSLATE_NOOP("Agenda", "The purpose of the exercise"), 2),
    ("model", QT_TRANSLATE_NOOP("Agenda", "The model and its six factors"), 8),
    ("exercise", QT_TRANSLATE_NOOP("Agenda", "The dialogue exercise"), None),
    ("summary", QT_TRANSLATE_NOOP("Agenda", "Joint summary"), 10),
    ("closing", QT_TRANSLATE_NOOP("Agenda", "Closing and agreements"), 10),
)
ITEM_KEYS = tuple(key for key, _name, _minutes in ITEMS)
ITEM_COUNT = len(ITEMS)
LEAFLET_MINUTES = 60  # "Sæt god tid af til øvelsen (mindst 60 minutter)"
MIN_MINUTES = 20
MAX_MINUTES = 480
EXERCISE_LEAST_MINUTES = 5  # the exercise keeps at least this in a very short meeting
MAX_SECONDS = 24 * 3600.0  # what one item can have spent or been given, in a file
OVER_FRACTION = 0.2  # an item is well over its time (red) at 20 % of it, at least…
OVER_LEAST_SECONDS = 120.0  # … two minutes over, and at most…
OVER_MOST_SECONDS = 600.0  # … ten (a long exercise was 90 minutes over before it turned red)


@dataclass(frozen=True)
class Agenda:
    meeting_minutes: int = LEAFLET_MINUTES
    current: int = 0  # the item running or next; ITEM_COUNT when the agenda is done
    spent: tuple[float, ...] = (0.0,) * ITEM_COUNT  # seconds, the running stretch not counted
    added: tuple[float, ...] = (0.0,) * ITEM_COUNT  # seconds given to an item on top of its plan
    running_since: float | None = None  # the clock's time when the current stretch began

    # -- the plan --------------------------------------------------------------------------------
    def planned(self, index: int) -> float:
        """Seconds the leaflet gives item `index` in a meeting of this length: its own minutes,
        the exercise the rest (in a meeting too short for that, the fixed items shrink so the
        exercise keeps `EXERCISE_LEAST_MINUTES`)."""
        fixed = sum(minutes for _key, _name, minutes in ITEMS if minutes is not None)
        rest = self.meeting_minutes - fixed
        minutes = ITEMS[index][2]
        if rest >= EXERCISE_LEAST_MINUTES:
            return 60.0 * (rest if minutes is None else minutes)
        if minutes is None:
            return 60.0 * EXERCISE_LEAST_MINUTES
        return 60.0 * minutes * (self.meeting_minutes - EXERCISE_LEAST_MINUTES) / fixed

    def allowed(self, index: int) -> float:
        return self.planned(index) + self.added[index]

    # -- the clock ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.running_since is not None

    @property
    def done(self) -> bool:
        return self.current >= ITEM_COUNT

    @property
    def started(self) -> bool:
        return self.running or self.current > 0 or any(self.spent)

    def elapsed(self, index: int, now: float) -> float:
        stretch = 0.0
        if index == self.current and self.running_since is not None:
            stretch = max(0.0, now - self.running_since)
        return self.spent[index] + stretch

    def remaining(self, now: float) -> float:
        """Seconds left of the current item (negative: over its time)."""
        if self.done:
            return 0.0
        return self.allowed(self.current) - self.elapsed(self.current, now)

    def state(self, now: float) -> str:
        """ "ok"; "due" when the current item's time is up (amber); "over" when it is well over
        (red: `OVER_FRACTION` of its time, from two to ten minutes)."""
        if self.done:
            return "ok"
        left = self.remaining(now)
        if left > 0:
            return "ok"
        share = OVER_FRACTION * self.allowed(self.current)
        well_over = min(OVER_MOST_SECONDS, max(OVER_LEAST_SECONDS, share))
        return "over" if -left >= well_over else "due"

    def fitted(self, now: float) -> tuple[float, ...]:
        """Each item's time as the meeting now goes: what a finished item took; the current
        item its time or more when it runs over; the items to come their time, shrunk alike
        when what is left of the meeting no longer holds them."""
        times: list[float] = []
        for index in range(ITEM_COUNT):
            if index < self.current:
                times.append(self.elapsed(index, now))
            elif index == self.current:
                times.append(max(self.allowed(index), self.elapsed(index, now)))
            else:
                times.append(self.allowed(index))
        future = range(self.current + 1, ITEM_COUNT)
        wanted = sum(times[i] for i in future)
        left = 60.0 * self.meeting_minutes - sum(times[: self.current + 1])
        if wanted > 0 and left < wanted:
            scale = max(0.0, left) / wanted
            for index in future:
                times[index] *= scale
        return tuple(times)

    def over_by(self, now: float) -> float:
        """Seconds the meeting as it now goes runs past its length (0 when it fits)."""
        return max(0.0, sum(self._as_planned(now)) - 60.0 * self.meeting_minutes)

    def _as_planned(self, now: float) -> tuple[float, ...]:
        times = list(self.fitted(now))
        for index in range(self.current + 1, ITEM_COUNT):
            times[index] = self.allowed(index)
        return tuple(times)

    # -- changes: each returns a new agenda --------------------------------------------------
    def start(self, now: float) -> Agenda:
        if self.running or self.done:
            return self
        return replace(self, running_since=now)

    def pause(self, now: float) -> Agenda:
        if self.running_since is None:
            return self
        return replace(self, spent=self._spent_until(now), running_since=None)

    def add_time(self, seconds: float) -> Agenda:
        if self.done:
            return self
        added = list(self.added)
        added[self.current] = min(MAX_SECONDS, max(0.0, added[self.current] + seconds))
        return replace(self, added=tuple(added))

    def skip(self, now: float) -> Agenda:
        """On to the next item (the clock keeps running if it ran)."""
        if self.done:
            return self
        following = self.current + 1
        running = self.running_since is not None and following < ITEM_COUNT
        return replace(
            self,
            spent=self._spent_until(now),
            current=following,
            running_since=now if running else None,
        )

    def with_length(self, minutes: int) -> Agenda:
        return replace(self, meeting_minutes=max(MIN_MINUTES, min(MAX_MINUTES, int(minutes))))

    def reset(self) -> Agenda:
        return Agenda(meeting_minutes=self.meeting_minutes)

    def _spent_until(self, now: float) -> tuple[float, ...]:
        spent = list(self.spent)
        if not self.done:
            spent[self.current] = min(MAX_SECONDS, self.elapsed(self.current, now))
        return tuple(spent)

    def stored(self, now: float) -> Agenda:
        """The agenda as a file keeps it: the running stretch counted, the clock paused (a
        meeting opened again continues when the facilitator starts it)."""
        return self.pause(now)
