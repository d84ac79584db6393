#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest: it parses, names this app, builds this tree
with meson on the GNOME runtime, and asks for no more than the app needs."""

import json
import os
import shutil
import subprocess
import sys
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP_ID = "io.github.cncf_guide.ContributorGuide"
MANIFEST = os.path.join(SOURCE, "flatpak", APP_ID + ".json")

# network for refresh; a display; GPU rendering; shared memory for X11
ALLOWED = {"--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
           "--device=dri"}


class Manifest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(MANIFEST, encoding="utf-8") as f:
            cls.manifest = json.load(f)

    def test_identity(self):
        self.assertEqual(self.manifest["id"], APP_ID)
        self.assertEqual(self.manifest["command"], "cncf-guide")
        self.assertEqual(self.manifest["runtime"], "org.gnome.Platform")
        self.assertEqual(self.manifest["sdk"], "org.gnome.Sdk")
        self.assertRegex(self.manifest["runtime-version"], r"^\d+$")
        self.assertGreaterEqual(int(self.manifest["runtime-version"]), 47)

    def test_permissions(self):
        args = set(self.manifest["finish-args"])
        self.assertLessEqual(args, ALLOWED, f"more than the app needs: {args - ALLOWED}")
        for arg in args:
            self.assertFalse(arg.startswith("--filesystem"), arg)
            self.assertNotIn("host", arg)
            self.assertNotIn("home", arg)
            self.assertNotEqual(arg, "--socket=x11")
        self.assertIn("--share=network", args)
        self.assertIn("--socket=wayland", args)
        self.assertIn("--socket=fallback-x11", args)

    def test_builds_this_tree_with_meson(self):
        module = self.manifest["modules"][-1]
        self.assertEqual(module["name"], "cncf-guide")
        self.assertEqual(module["buildsystem"], "meson")
        self.assertEqual(module["sources"], [{"type": "dir", "path": ".."}])
        self.assertTrue(os.path.exists(os.path.join(os.path.dirname(MANIFEST), "..",
                                                    "meson.build")))

    @unittest.skipUnless(shutil.which("flatpak-builder"), "flatpak-builder is not installed")
    def test_flatpak_builder_reads_it(self):
        result = subprocess.run(["flatpak-builder", "--show-manifest", MANIFEST],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(APP_ID, result.stdout)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import cgtest
    cgtest.main()
