"""The three steps of the meeting as pages: Før (before), Under (during), Efter (after)."""
