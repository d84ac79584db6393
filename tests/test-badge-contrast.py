#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Maturity badges read well: the text of every badge has at least 4.5:1
contrast (WCAG AA for text of that size) against the badge as it is drawn,
in light and in dark, on each background a badge sits on.

The colours come from src/ui/style.css (and style-dark.css over it in dark)
and from the libadwaita this machine has: its named colours
(defaults-light.css, defaults-dark.css, the palette in base.css) are read
from the library's resources with `gresource`."""

import ctypes.util
import glob
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import cgtest  # noqa: E402

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATURITIES = ["graduated", "incubating", "sandbox", "archived"]
AA = 4.5

# Where a badge sits: rows of the sidebar list (on the window's background,
# plain, selected, selected under the pointer: base.css's row:selected and
# row.activatable:selected:hover) and the project page (window and cards).
BACKGROUNDS = {
    "window": "@window_bg_color",
    "card": ("@window_bg_color", "@card_bg_color"),  # translucent in dark
    "selected row": ("@window_bg_color", "alpha(@window_fg_color, 0.1)"),
    "selected row under the pointer": ("@window_bg_color", "alpha(@window_fg_color, 0.13)"),
}


def libadwaita():
    name = ctypes.util.find_library("adwaita-1")
    candidates = glob.glob("/usr/lib/*/libadwaita-1.so.0") + glob.glob("/usr/lib*/libadwaita-1.so.0")
    for path in ([name] if name and os.path.isabs(name) else []) + candidates:
        if os.path.exists(path):
            return path
    raise unittest.SkipTest("libadwaita not found")


def adwaita_css(name):
    return subprocess.run(["gresource", "extract", libadwaita(), "/org/gnome/Adwaita/styles/" + name],
                          check=True, capture_output=True, text=True).stdout


def define_colors(css):
    return dict(re.findall(r"@define-color\s+([\w-]+)\s+([^;]+);", css))


def split_args(text):
    """'a, f(b, c), d' -> ['a', 'f(b, c)', 'd']"""
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    parts.append(current.strip())
    return parts


class Colors:
    """GTK CSS colour expressions resolved to (r, g, b, a), 0-1."""

    def __init__(self, names):
        self.names = names

    def __call__(self, expr):
        expr = expr.strip()
        if expr.startswith("@"):
            return self(self.names[expr[1:]])
        if expr.startswith("#"):
            digits = expr[1:]
            if len(digits) == 3:
                digits = "".join(c * 2 for c in digits)
            return tuple(int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)) + (1.0,)
        if expr == "white":
            return (1.0, 1.0, 1.0, 1.0)
        if expr == "black":
            return (0.0, 0.0, 0.0, 1.0)
        if expr == "transparent":
            return (0.0, 0.0, 0.0, 0.0)
        match = re.fullmatch(r"(\w+)\((.*)\)", expr, re.S)
        if not match:
            raise ValueError(f"cannot read the colour {expr!r}")
        func, args = match.group(1), split_args(match.group(2))
        if func in ("rgb", "rgba"):
            r, g, b = (float(v) / 255 for v in args[:3])
            return (r, g, b, float(args[3]) if len(args) > 3 else 1.0)
        if func == "alpha":
            r, g, b, a = self(args[0])
            return (r, g, b, a * float(args[1]))
        if func == "mix":
            c1, c2, t = self(args[0]), self(args[1]), float(args[2])
            return tuple(x + (y - x) * t for x, y in zip(c1, c2))
        if func == "shade":
            raise ValueError("shade() is not supported here: write the colour")
        raise ValueError(f"cannot read the colour {expr!r}")


def over(top, bottom):
    """@top composited over the opaque @bottom."""
    a = top[3]
    return tuple(t * a + b * (1 - a) for t, b in zip(top[:3], bottom[:3])) + (1.0,)


def luminance(color):
    def channel(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in color[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def badge_rules(css):
    """{maturity: {'color': expr, 'background-color': expr}} from .badge.<level> rules"""
    rules = {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        for maturity in MATURITIES:
            if re.search(r"\.badge\.%s\b" % maturity, selector):
                for prop, value in re.findall(r"([\w-]+)\s*:\s*([^;]+);", body):
                    rules.setdefault(maturity, {})[prop] = value.strip()
    return rules


def read(path):
    full = os.path.join(SOURCE, path)
    return open(full, encoding="utf-8").read() if os.path.exists(full) else ""


class BadgeContrast(unittest.TestCase):
    def check(self, variant, app_css):
        names = define_colors(adwaita_css("base.css"))
        names.update(define_colors(adwaita_css(f"defaults-{variant}.css")))
        names.update(define_colors(app_css))
        colors = Colors(names)
        rules = badge_rules(app_css)
        for maturity in MATURITIES:
            rule = rules.get(maturity, {})
            self.assertIn("color", rule, f"{maturity}: no text colour")
            for where, layers in BACKGROUNDS.items():
                layers = (layers,) if isinstance(layers, str) else layers
                base = colors(layers[0])
                for layer in layers[1:]:
                    base = over(colors(layer), base)
                badge = over(colors(rule.get("background-color", "transparent")), base)
                text = over(colors(rule["color"]), badge)
                ratio = contrast(text, badge)
                with self.subTest(variant=variant, maturity=maturity, on=where):
                    print(f"{variant:5} {maturity:10} on {where}: {ratio:.2f}:1")
                    self.assertGreaterEqual(ratio, AA, f"{variant} {maturity} badge on {where}: "
                                                       f"{ratio:.2f}:1")

    def test_light(self):
        self.check("light", read("src/ui/style.css"))

    def test_dark(self):
        # libadwaita loads style-dark.css after style.css in dark
        self.check("dark", read("src/ui/style.css") + read("src/ui/style-dark.css"))

    def test_reader(self):
        # The resolver itself, on colours whose contrast is known
        colors = Colors({"x": "#767676", "y": "@x"})
        self.assertAlmostEqual(contrast(colors("@y"), colors("white")), 4.54, places=2)
        self.assertAlmostEqual(contrast(colors("black"), colors("#ffffff")), 21.0, places=2)
        self.assertEqual(over(colors("alpha(black, 0.5)"), colors("white"))[:3], (0.5, 0.5, 0.5))


if __name__ == "__main__":
    cgtest.main()
