#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs the build into a temporary folder and checks that every file is
where GNOME looks for it, and that the installed app runs and speaks German.

The install goes to the build's own prefix when that prefix lies inside the
build folder (as tools/dev sets it up), so the installed binary finds its
translations; otherwise to a DESTDIR, where the language check is skipped."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

APP_ID = "io.github.cncf_guide.ContributorGuide"
BUILD = os.environ["MESON_BUILD_ROOT"]


def introspect_prefix():
    out = subprocess.run(["meson", "introspect", "--buildoptions", BUILD], capture_output=True,
                         text=True, check=True).stdout
    import json
    for option in json.loads(out):
        if option["name"] == "prefix":
            return option["value"]
    raise RuntimeError("no prefix")


class Installed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        prefix = introspect_prefix()
        cls.tmp = tempfile.mkdtemp(prefix="cg-install-")
        inside = os.path.realpath(prefix).startswith(os.path.realpath(BUILD) + os.sep)
        cmd = ["meson", "install", "-C", BUILD, "--no-rebuild", "--quiet"]
        if inside:
            cls.root = prefix
            cls.real_prefix = True
        else:
            cmd += ["--destdir", cls.tmp]
            cls.root = cls.tmp + prefix
            cls.real_prefix = False
        subprocess.run(cmd, check=True, capture_output=True)
        cls.env = dict(os.environ, LC_ALL="C.UTF-8")
        cls.env.pop("DISPLAY", None)
        cls.env.pop("WAYLAND_DISPLAY", None)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def test_files_where_gnome_looks(self):
        expected = [
            ("bin", "cncf-guide"),
            ("share", "applications", APP_ID + ".desktop"),
            ("share", "metainfo", APP_ID + ".metainfo.xml"),
            ("share", "glib-2.0", "schemas", APP_ID + ".gschema.xml"),
            ("share", "icons", "hicolor", "scalable", "apps", APP_ID + ".svg"),
            ("share", "icons", "hicolor", "symbolic", "apps", APP_ID + "-symbolic.svg"),
            ("share", "dbus-1", "services", APP_ID + ".service"),
            ("share", "dbus-1", "services", APP_ID + ".SearchProvider.service"),
            ("libexec", "cncf-guide-search-provider"),
            ("share", "gnome-shell", "search-providers", APP_ID + ".search-provider.ini"),
        ] + [("share", "locale", lang, "LC_MESSAGES", "cncf-guide.mo") for lang in ("de", "es", "fr")]
        for parts in expected:
            self.assertTrue(os.path.isfile(self.path(*parts)), os.path.join(*parts))
        self.assertTrue(os.access(self.path("bin", "cncf-guide"), os.X_OK))
        self.assertTrue(os.access(self.path("libexec", "cncf-guide-search-provider"), os.X_OK))

    def test_service_file_runs_the_installed_binary(self):
        with open(self.path("share", "dbus-1", "services", APP_ID + ".service")) as f:
            service = f.read()
        self.assertIn(f"Name={APP_ID}\n", service)
        prefix = introspect_prefix()
        self.assertIn(f"Exec={prefix}/bin/cncf-guide --gapplication-service", service)

    def test_search_provider_is_its_own_service(self):
        """The Shell calls the provider's own name; the bus starts the
        provider binary for it, not the app."""
        with open(self.path("share", "gnome-shell", "search-providers",
                            APP_ID + ".search-provider.ini")) as f:
            ini = f.read()
        self.assertIn(f"BusName={APP_ID}.SearchProvider\n", ini)
        self.assertIn(f"DesktopId={APP_ID}.desktop\n", ini)
        self.assertIn("ObjectPath=/io/github/cncf_guide/ContributorGuide/SearchProvider\n", ini)
        with open(self.path("share", "dbus-1", "services", APP_ID + ".SearchProvider.service")) as f:
            service = f.read()
        self.assertIn(f"Name={APP_ID}.SearchProvider\n", service)
        prefix = introspect_prefix()
        self.assertIn(f"Exec={prefix}/libexec/cncf-guide-search-provider\n", service)

    def test_search_provider_links_no_toolkit(self):
        """A cold start of the provider must not load GTK (issue 15)."""
        binary = self.path("libexec", "cncf-guide-search-provider")
        libs = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
        self.assertNotIn("libgtk", libs)
        self.assertNotIn("libadwaita", libs)
        self.assertNotIn("libsoup", libs)

    def test_desktop_file_is_translated(self):
        with open(self.path("share", "applications", APP_ID + ".desktop"), encoding="utf-8") as f:
            desktop = f.read()
        self.assertIn("DBusActivatable=true", desktop)
        self.assertIn("Name[de]=CNCF-Leitfaden für Mitwirkende", desktop)
        self.assertIn("Name[fr]=", desktop)
        self.assertIn("Name[es]=", desktop)

    def test_installed_binary_runs(self):
        binary = self.path("bin", "cncf-guide")
        version = subprocess.run([binary, "--version"], capture_output=True, text=True,
                                 env=self.env)
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertTrue(version.stdout.startswith("cncf-guide "))
        listing = subprocess.run([binary, "--list"], capture_output=True, text=True, env=self.env)
        self.assertEqual(listing.returncode, 0, listing.stderr)
        self.assertEqual(len(listing.stdout.splitlines()), 255)

    def test_speaks_german(self):
        if not self.real_prefix:
            self.skipTest("installed to a DESTDIR: the binary looks for translations elsewhere")
        binary = self.path("bin", "cncf-guide")
        env = dict(self.env, LANGUAGE="de")
        help_text = subprocess.run([binary, "--help"], capture_output=True, text=True, env=env)
        self.assertIn("Die Projekte ausgeben", help_text.stdout)
        error = subprocess.run([binary, "--info", "nope"], capture_output=True, text=True, env=env)
        self.assertEqual(error.returncode, 1)
        self.assertEqual(error.stderr, "cncf-guide: kein Projekt mit der Kennung „nope“ (siehe --list)\n")
        french = subprocess.run([binary, "--list", "--maturity", "gold"], capture_output=True,
                                text=True, env=dict(self.env, LANGUAGE="fr"))
        self.assertIn("niveau de maturité inconnu", french.stderr)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import cgtest
    cgtest.main()
