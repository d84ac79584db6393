#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Browsing the real window with real X input (xdotool under Xvfb):
keyboard, the list's position, the wheel, the layout, the status line.
Issue "Browsing that works", items 1-9 and 12."""

import json
import os
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cgtest  # noqa: E402
from cgwindow import APP_ID, DEADLINE, App, Display, visible  # noqa: E402

display = None
SOURCE_DIR = os.environ.get("CG_SOURCE_DIR", os.path.join(os.path.dirname(__file__), ".."))


def setUpModule():
    global display
    display = Display()


def tearDownModule():
    display.close()


def catalog():
    with open(os.path.join(SOURCE_DIR, "resources", "catalog.json")) as f:
        return json.load(f)


class Browse(unittest.TestCase):
    def start(self, **kwargs):
        app = App(display, **kwargs)
        self.addCleanup(app.close)
        return app

    def start_on_cilium(self):
        """The app showing Cilium's page, the focus in the search."""
        app = self.start(args=["--project", "cilium"])
        app.wait(lambda s: s["shown"] == "cilium", "Cilium's page")
        app.key("ctrl+f")
        app.wait(lambda s: s["focus"] == "search", "the focus in the search")
        return app

    def list_point(self, app, state, rows_down=2):
        """A point inside the list: below the chips, @rows_down rows in."""
        chip_bottom = max(int(state[f"chip{i}"].split(",")[2]) + int(state[f"chip{i}"].split(",")[4])
                          for i in range(4))
        return 100, chip_bottom + 30 + 54 * rows_down

    def chip_centre(self, state, index):
        _, x, y, w, h = map(int, state[f"chip{index}"].split(","))
        return x + w // 2, y + h // 2

    # -- 1 ------------------------------------------------------------
    def test_enter_on_focused_link_row_activates_it(self):
        app = self.start_on_cilium()
        app.key("F6")
        app.wait(lambda s: s["focus_sidebar"] == "0", "the focus on the page")
        for _ in range(40):
            state = app.state()
            if state["focus"].startswith("link:https://github.com/cilium"):
                break
            app.key("Tab")
        else:
            self.fail(f"Tab never reached Cilium's repository row: {state}")
        app.key("Return")
        state = app.settle()
        self.assertEqual(state["shown"], "cilium", "Enter on a link row opened another project")
        self.assertEqual(state["query"], "", "Enter on a link row went to the search")
        self.assertTrue(state["focus"].startswith("link:"), state)

    # -- 2 ------------------------------------------------------------
    def test_typing_anywhere_goes_whole_into_the_search(self):
        app = self.start()
        state = app.state()
        self.assertFalse(state["focus"] == "search", "the test needs the focus elsewhere")
        app.type("service mesh")
        state = app.wait(lambda s: s["query"] == "service mesh", "the whole typed text")
        self.assertEqual(state["content"], "none", "Space pressed a button")

        # After a click on a chip, typing still goes to the search, Space too
        app.click(*self.chip_centre(state, 0))
        app.wait(lambda s: s["chip0"].startswith("1,"), "the Graduated chip checked")
        app.key("ctrl+a")
        app.type("linkerd proxy")
        state = app.wait(lambda s: s["query"] == "linkerd proxy", "Ctrl+A and typing to replace")
        self.assertTrue(state["chip0"].startswith("1,"), "Space toggled the chip")

    # -- 3 ------------------------------------------------------------
    def test_typing_in_a_folded_window_shows_the_search(self):
        app = self.start(width=360, args=["--project", "cilium"])
        app.wait(lambda s: s["folded"] == "1" and s["side"] == "page", "the folded page")
        app.type("helm")
        state = app.wait(lambda s: s["query"] == "helm", "the search typed")
        self.assertEqual(state["side"], "list", "the search was typed out of sight")
        app.wait(lambda s: s["first"] == "helm", "the search applied")
        app.screenshot("narrow-typing-search")

    # -- 4 ------------------------------------------------------------
    def tab_cycle(self, app, key="Tab"):
        """The focus stops Tab goes through, from the search round to it."""
        app.key("ctrl+f")
        app.wait(lambda s: s["focus"] == "search", "the focus in the search")
        stops = []
        for _ in range(30):
            app.key(key)
            state = app.settle()
            stops.append(state["focus"])
            self.assertEqual(state["focus_visible"], "1", f"no focus ring on {state['focus']}")
            if state["focus"] == "search":
                return stops
        self.fail(f"Tab never came back to the search: {stops}")

    def test_tab_order(self):
        app = self.start()
        stops = self.tab_cycle(app)
        chips = [s for s in stops if s.startswith("chip:")]
        self.assertEqual(chips, ["chip:graduated", "chip:incubating", "chip:sandbox",
                                 "chip:archived"], f"not one stop a chip: {stops}")
        rows = [s for s in stops if s.startswith("row:") or s == "list"]
        self.assertEqual(len(rows), 1, f"the list is not one stop: {stops}")
        self.assertEqual(len(stops), len(set(stops)), f"a stop twice: {stops}")
        # Nothing but what can be used: the empty page is no stop
        for stop in stops:
            self.assertNotIn("StatusPage", stop)
            self.assertNotIn("ScrolledWindow", stop)
            self.assertNotIn("Viewport", stop)
            self.assertNotIn("FlowBox", stop)
        # Shift+Tab goes the same way back
        back = self.tab_cycle(app, "shift+Tab")
        self.assertEqual(back[:-1], list(reversed(stops[:-1])))

        # Down into the list, the arrows move inside it, Tab leaves it
        app.key("ctrl+f", "Down")
        first = app.wait(lambda s: s["focus"].startswith("row:"), "the focus in the list")
        app.key("Down")
        second = app.wait(lambda s: s["focus"] != first["focus"], "Down inside the list")
        self.assertTrue(second["focus"].startswith("row:"))
        app.key("Tab")
        state = app.settle()
        self.assertFalse(state["focus"].startswith("row:"), "Tab walked into the next row")

    def test_f6_moves_between_sidebar_and_page(self):
        app = self.start_on_cilium()
        app.key("F6")
        state = app.wait(lambda s: s["focus_sidebar"] == "0", "F6 to the page")
        self.assertEqual(state["focus_visible"], "1")
        app.key("F6")
        state = app.wait(lambda s: s["focus_sidebar"] == "1", "F6 back to the sidebar")
        self.assertEqual(state["focus_visible"], "1")
        self.assertEqual(state["focus"], "row:cilium", "F6 to the list, not to its selected row")

    # -- 5 ------------------------------------------------------------
    def test_enter_takes_the_suggestion(self):
        app = self.start()
        app.type("prometeus")
        state = app.wait(lambda s: s["list_stack"] == "empty", "no match")
        app.key("Return")
        state = app.wait(lambda s: s["query"].lower() == "prometheus", "the suggestion taken")
        self.assertEqual(state["list_stack"], "list")

    def test_ctrl_w_closes_the_window(self):
        app = self.start()
        app.key("ctrl+w")
        app.proc.wait(DEADLINE)
        self.assertEqual(app.proc.returncode, 0)

    # -- 6 ------------------------------------------------------------
    def test_new_query_or_filter_shows_the_top(self):
        app = self.start()
        state = app.state()
        # cert-manager selected by a click, the list then searched
        app.click(*self.list_point(app, state, rows_down=2))
        state = app.wait(lambda s: s["selected"] != "", "a row selected")
        app.type("kube")
        state = app.wait(lambda s: s["query"] == "kube" and s["first"] != "argo",
                         "the search applied")
        state = app.settle()
        self.assertEqual(visible(state)[0], state["first"], "the best match is off screen")

        # Searched, scrolled down, then a chip: the top again
        kube_first = state["first"]
        app.key("ctrl+a")
        app.type("security")
        # Turning the wheel in the very frame the result shrinks makes GTK 4.8
        # warn ("failed to scroll to given position"); a person is slower
        app.wait(lambda s: s["query"] == "security" and s["first"] != kube_first,
                 "the search applied")
        app.settle()
        x, y = self.list_point(app, state)
        app.wheel(x, y, 10)
        state = app.wait(lambda s: visible(s) and visible(s)[0] != s["first"], "the list scrolled")
        app.click(*self.chip_centre(state, 2))
        app.wait(lambda s: s["chip2"].startswith("1,"), "the Sandbox chip checked")
        state = app.settle()
        self.assertEqual(visible(state)[0], state["first"], "a filter kept the old position")

    def test_down_from_the_search_goes_to_the_first_result(self):
        app = self.start()
        app.type("kube")
        state = app.wait(lambda s: s["query"] == "kube" and s["first"] != "argo", "the search")
        app.key("Down")
        state = app.wait(lambda s: s["focus"].startswith("row:"), "the focus in the list")
        self.assertEqual(state["focus"], "row:" + state["first"], "Down went to another row")
        app.key("Return")
        state = app.wait(lambda s: s["content"] == "project", "a project page")
        self.assertEqual(state["shown"], state["first"])

    def test_tab_into_a_new_result_focuses_a_row_in_view(self):
        # The list keeps focusing the row it last had wherever a new order
        # put it: "kube", Down (Kubernetes), Shift+Tab to the order, Newest,
        # Tab: the focus went to Kubernetes far below, with no ring in sight
        app = self.start()
        app.type("kube")
        app.wait(lambda s: s["query"] == "kube" and s["first"] == "kubernetes", "the search")
        app.key("Down")
        app.wait(lambda s: s["focus"] == "row:kubernetes", "the focus on the first row")
        app.key("shift+Tab")
        app.wait(lambda s: s["focus"] == "sort", "the focus on the order")
        app.key("space")
        time.sleep(1)  # the popover opens with the focus on the chosen order
        app.key("Down", "Down", "Down", "Return")
        state = app.wait(lambda s: s["sort"] == "newest", "the newest first")
        self.assertNotIn("kubernetes", visible(app.settle())[:3], "the test needs it further down")
        app.key("Tab")
        state = app.wait(lambda s: s["focus"].startswith("row:"), "the focus in the list")
        state = app.settle()
        self.assertEqual(state["focus"], "row:" + visible(state)[0],
                         f"Tab into the list focused a row out of sight or mid-list: {state}")
        self.assertEqual(visible(state)[0], state["first"], "the list left its top")
        app.screenshot("wide-tab-into-new-order")

        # A click still focuses the row clicked
        app.key("ctrl+f")
        app.wait(lambda s: s["focus"] == "search", "the focus in the search")
        app.click(*self.list_point(app, state, rows_down=3))
        state = app.wait(lambda s: s["selected"] != "", "a row selected by a click")
        state = app.settle()
        self.assertEqual(state["focus"], "row:" + state["selected"], "a click focused another row")

    # -- 7 ------------------------------------------------------------
    def test_project_opened_from_outside_is_scrolled_into_view(self):
        app = self.start()
        app.wait(lambda s: visible(s), "the list")
        result = app.run("--project", "schemahero")
        self.assertEqual(result.returncode, 0, result.stderr)
        state = app.wait(lambda s: s["shown"] == "schemahero", "SchemaHero's page")
        state = app.settle()
        self.assertEqual(state["selected"], "schemahero")
        self.assertIn("schemahero", visible(state), "the selected row is off screen")

        # The Shell's search provider (its own binary) opens one by the app's
        # D-Bus action, as does anything else that activates it
        for project in ("argo", "tikv"):
            subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                            "/" + APP_ID.replace(".", "/"), "--method",
                            "org.freedesktop.Application.ActivateAction", "show-project",
                            f"[<'{project}'>]", "{}"],
                           env=app.env, check=True, capture_output=True, timeout=DEADLINE)
        app.wait(lambda s: s["shown"] == "tikv", "TiKV's page")
        state = app.settle()
        self.assertIn("tikv", visible(state), "the selected row is off screen")

    def test_escape_brings_the_selection_back_into_view(self):
        app = self.start(args=["--project", "cert-manager"])
        app.wait(lambda s: s["selected"] == "cert-manager", "cert-manager selected")
        app.type("prometheus")
        app.wait(lambda s: s["query"] == "prometheus" and s["selected"] != "cert-manager",
                 "the search applied")
        x, y = self.list_point(app, app.state())
        app.key("Escape")
        state = app.wait(lambda s: s["query"] == "" and s["selected"] == "cert-manager",
                         "the selection back")
        state = app.settle()
        self.assertIn("cert-manager", visible(state), "the selected row is off screen")

    # -- 8 ------------------------------------------------------------
    def test_wheel_scrolls_the_way_it_is_turned(self):
        app = self.start()
        # Every row in (they come in idle time after the first frame), so
        # that the end of a shorter list does not stop the wheel
        total = len(catalog()["projects"])
        app.wait(lambda s: int(s["n_rows"]) == total, "every row in the list")
        start = app.settle()
        x, y = self.list_point(app, start)
        app.wheel(x, y, 30)
        down = app.settle()
        self.assertNotEqual(visible(down)[0], visible(start)[0], "30 notches down did nothing")
        app.wheel(x, y, -30)
        up = app.settle()
        self.assertEqual(visible(up)[0], visible(start)[0],
                         f"30 down and 30 up ended elsewhere: {visible(up)[:3]}")

    # -- 9 ------------------------------------------------------------
    def test_layout_stays_put_while_typing_and_filtering(self):
        app = self.start()
        start = app.settle()
        width = start["sidebar_width"]
        for text in ("k", "ku", "kube", "zz", "service mesh", "a"):
            app.key("ctrl+a")
            app.type(text)
            state = app.wait(lambda s, t=text: s["query"] == t, f"the search {text!r}")
            state = app.settle()
            self.assertEqual(state["sidebar_width"], width, f"the sidebar moved for {text!r}")
        for index in range(4):
            before = app.state()
            app.click(*self.chip_centre(before, index))
            after = app.wait(lambda s, i=index: s[f"chip{i}"].startswith("1,"), "a chip checked")
            after = app.settle()
            for i in range(4):
                self.assertEqual(before[f"chip{i}"].split(",")[1:],
                                 after[f"chip{i}"].split(",")[1:],
                                 f"chip {i} moved or resized when chip {index} was checked")
            self.assertEqual(after["sidebar_width"], width)
        app.screenshot("wide-chips-checked")

    # -- 12 -----------------------------------------------------------
    def test_status_says_where_the_list_is(self):
        data = catalog()
        year, month, day = map(int, data["catalog_date"].split("-"))
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        expected = f"{len(data['projects'])} projects · catalog of {day} {months[month - 1]} {year}"
        app = self.start(settings={"source-url": "'https://127.0.0.1:9/all.json'"})
        state = app.wait(lambda s: s["status"] != "", "the status line")
        self.assertEqual(state["status"], expected)
        app.screenshot("wide-status")
        app.key("ctrl+r")
        state = app.wait(lambda s: "not refreshed" in s["status"], "the refresh failed")
        self.assertTrue(state["status"].startswith(expected), state["status"])
        app.screenshot("wide-status-refresh-failed")


class Screenshots(unittest.TestCase):
    """The fixed states, to look at: wide, 360 px, dark."""

    def test_screenshots(self):
        for name, kwargs in (("wide", {}), ("narrow", {"width": 360}),
                             ("wide-dark", {"dark": True}), ("narrow-dark", {"width": 360, "dark": True})):
            app = App(display, **kwargs)
            try:
                app.type("kube")
                app.wait(lambda s: s["query"] == "kube" and s["first"] != "argo", "the search")
                app.settle()
                app.screenshot(f"browse-{name}-search")
                app.key("Down", "Return")
                app.wait(lambda s: s["content"] == "project", "a project page")
                app.settle()
                app.screenshot(f"browse-{name}-project")
            finally:
                app.close()


if __name__ == "__main__":
    cgtest.main()
