#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations: POTFILES.in lists every file that marks strings, and the
German, Spanish and French catalogs translate every string of the sources."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PO = os.path.join(SOURCE, "po")
MARKS = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext)\s*\(|translatable="yes"')
LANGUAGES = ["de", "es", "fr"]


def potfiles():
    with open(os.path.join(PO, "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def marking_files():
    found = []
    for top in ("src", "data"):
        for root, _, files in os.walk(os.path.join(SOURCE, top)):
            for name in files:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, SOURCE)
                if name.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                    found.append(rel)
                elif name.endswith((".c", ".ui")):
                    with open(path, encoding="utf-8") as f:
                        if MARKS.search(f.read()):
                            found.append(rel)
    return sorted(found)


class Potfiles(unittest.TestCase):
    def test_every_marking_file_is_listed(self):
        listed = set(potfiles())
        missing = [f for f in marking_files() if f not in listed]
        self.assertEqual(missing, [], "add these to po/POTFILES.in")

    def test_every_listed_file_exists(self):
        for rel in potfiles():
            self.assertTrue(os.path.exists(os.path.join(SOURCE, rel)), rel)

    def test_sorted(self):
        self.assertEqual(potfiles(), sorted(potfiles()))

    def test_linguas(self):
        with open(os.path.join(PO, "LINGUAS"), encoding="utf-8") as f:
            linguas = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        self.assertEqual(linguas, LANGUAGES)


@unittest.skipUnless(shutil.which("xgettext") and shutil.which("msgmerge"), "gettext tools absent")
class Complete(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.pot = os.path.join(cls.tmp, "cncf-guide.pot")
        # The same keywords as meson's i18n.gettext(preset: 'glib')
        subprocess.run(
            ["xgettext", "--from-code=UTF-8", "--add-comments", "-o", cls.pot,
             "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
             "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
             "--keyword=g_dpgettext2:2c,3", "--flag=N_:1:pass-c-format",
             "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
             "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
             "--flag=g_set_error:4:c-format", "--flag=g_printerr:1:c-format",
             "-D", SOURCE] + potfiles(),
            check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_every_string_is_translated(self):
        for lang in LANGUAGES:
            with self.subTest(lang=lang):
                merged = os.path.join(self.tmp, lang + ".po")
                subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                                os.path.join(PO, lang + ".po"), self.pot], check=True)
                stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                                        merged], capture_output=True, text=True)
                self.assertEqual(stats.returncode, 0, stats.stderr)
                self.assertNotIn("untranslated", stats.stderr, f"{lang}: {stats.stderr}")
                self.assertNotIn("fuzzy", stats.stderr, f"{lang}: {stats.stderr}")

    def test_msgfmt_check(self):
        for lang in LANGUAGES:
            with self.subTest(lang=lang):
                result = subprocess.run(["msgfmt", "--check", "-o", os.devnull,
                                         os.path.join(PO, lang + ".po")],
                                        capture_output=True, text=True)
                self.assertEqual(result.returncode, 0, result.stderr)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import cgtest
    cgtest.main()
