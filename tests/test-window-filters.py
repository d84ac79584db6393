#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding a project by language and order in the real window, with real X
input (xdotool under Xvfb): the language drop-down, the chips, the search
and the sort choice combine, and list the projects `cncf-guide --list`
lists, in its order. Issue 9, item 4."""

import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cgtest  # noqa: E402
from cgwindow import DEADLINE, App, Display  # noqa: E402

display = None


def setUpModule():
    global display
    display = Display()


def tearDownModule():
    display.close()


def listed(state):
    return [i for i in state.get("listed", "").split(",") if i]


def centre(box):
    x, y, w, h = map(int, box.split(","))
    return x + w // 2, y + h // 2


class Filters(unittest.TestCase):
    def start(self, **kwargs):
        app = App(display, **kwargs)
        self.addCleanup(app.close)
        return app

    def cli_list(self, app, *args):
        """The ids `cncf-guide --list ARGS` prints, in its order."""
        out = subprocess.run([app.binary, "--list", *args], env=app.env, capture_output=True,
                             text=True, timeout=DEADLINE, check=True).stdout
        return [line.split("\t")[0] for line in out.splitlines() if line]

    def test_keyboard_language_chip_and_search(self):
        app = self.start()
        app.key("ctrl+f")
        app.wait(lambda s: s["focus"] == "search", "the focus in the search")

        # Tab walks the chips (the four maturities and Starred), then the
        # language, then the order
        app.key("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        app.wait(lambda s: s["focus"] == "language", "the focus on the language drop-down")
        app.key("Tab")
        app.wait(lambda s: s["focus"] == "sort", "the focus on the sort choice")

        # Space opens the language list; Down, Enter picks the first language
        app.key("shift+Tab", "space")
        app.settle()
        app.key("Down", "Return")
        state = app.wait(lambda s: s["language"] == "Go", "Go chosen")
        self.assertEqual(listed(state), self.cli_list(app, "--language", "go"))

        # Back to the Sandbox chip; Space checks it
        app.key("shift+Tab", "shift+Tab", "shift+Tab")
        app.wait(lambda s: s["focus"] == "chip:sandbox", "the focus on the Sandbox chip")
        app.key("space")
        state = app.wait(lambda s: s["chip2"].startswith("1,"), "Sandbox checked")
        expected = self.cli_list(app, "--language", "go", "--maturity", "sandbox")
        self.assertGreater(len(expected), 50)
        self.assertEqual(listed(state), expected)

        # Typing searches within both
        app.key("ctrl+f")
        app.type("security")
        state = app.wait(lambda s: s["query"] == "security" and len(listed(s)) < len(expected),
                         "the search")
        self.assertEqual(listed(state), self.cli_list(app, "--search", "security", "--language",
                                                      "go", "--maturity", "sandbox"))
        self.assertGreater(len(listed(state)), 2)
        app.screenshot("wide-filters-keyboard")

    def test_pointer_sort_and_chip(self):
        app = self.start()
        state = app.settle()

        # A click opens the order's list; it offers the four orders
        app.click(*centre(state["sort_dropdown"]))
        app.settle()
        app.key("Down", "Down", "Return")
        state = app.wait(lambda s: s["sort"] == "activity", "the most active first")
        self.assertEqual(listed(state), self.cli_list(app, "--sort", "activity"))

        # A click on the Incubating chip narrows the list, order kept
        app.click(*centre(",".join(state["chip1"].split(",")[1:])))
        state = app.wait(lambda s: s["chip1"].startswith("1,"), "Incubating checked")
        self.assertEqual(listed(state), self.cli_list(app, "--maturity", "incubating",
                                                      "--sort", "activity"))

        # A click on the language drop-down, then the last entry: "Other"
        app.click(*centre(state["language_dropdown"]))
        app.settle()
        app.key("End", "Return")
        state = app.wait(lambda s: s["language"] == "other", "Other chosen")
        self.assertEqual(listed(state), self.cli_list(app, "--language", "other", "--maturity",
                                                      "incubating", "--sort", "activity"))
        app.screenshot("wide-filters-pointer")

    def test_narrow_window_fits(self):
        app = self.start(width=360, height=720)
        state = app.wait(lambda s: s["folded"] == "1", "the narrow layout")
        app.click(*centre(state["language_dropdown"]))
        app.settle()
        app.key("Down", "Return")
        state = app.wait(lambda s: s["language"] == "Go", "Go chosen")
        # Both drop-downs inside the window, side by side, none cut off
        for name in ("language_dropdown", "sort_dropdown"):
            x, y, w, h = map(int, state[name].split(","))
            self.assertGreaterEqual(x, 0, name)
            self.assertLessEqual(x + w, int(state["sidebar_width"]), name)
            self.assertGreater(w, 100, name)
        self.assertLessEqual(int(state["sidebar_width"]), 360)
        app.screenshot("narrow-filters")


if __name__ == "__main__":
    cgtest.main()
