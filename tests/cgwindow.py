# SPDX-License-Identifier: GPL-3.0-or-later
"""The real app under its own Xvfb and session bus, driven with xdotool.

What the window shows is read back through the app's test seam: with
CG_TEST_STATE_FILE set, SIGUSR1 makes it write "key=value" lines (the page,
the search, the selected and the wholly visible rows, the focus, sizes).
Waits are generous deadlines, never what a test asserts."""

import os
import random
import shutil
import signal
import struct
import subprocess
import tempfile
import time
import zlib

DEADLINE = 30  # seconds; the machine is shared and slow at times
APP_ID = "io.github.cncf_guide.ContributorGuide"
SCHEMA_PATH = "io/github/cncf_guide/ContributorGuide"


class Display:
    """An Xvfb server of our own, and a D-Bus session bus."""

    def __init__(self, width=1280, height=1024):
        # A random display number rather than the first free one: other
        # test runs on the machine may share the abstract X socket namespace
        # while not seeing our lock files.
        for _ in range(20):
            number = random.randint(300, 3000)
            self.xvfb = subprocess.Popen(
                ["Xvfb", f":{number}", "-displayfd", "1", "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if self.xvfb.stdout.readline().decode().strip() == str(number):
                break
            self.xvfb.wait()
        else:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.dbus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.bus = self.dbus.stdout.readline().decode().strip()
        if not self.bus:
            raise RuntimeError("dbus-daemon did not start")

    def close(self):
        for proc in (self.dbus, self.xvfb):
            proc.stdout.close()
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class App:
    """One cncf-guide process with a fresh home, on @display."""

    def __init__(self, display, width=980, height=680, dark=False, settings=None, args=()):
        self.display = display
        self.tmp = tempfile.mkdtemp(prefix="cg-ui-")
        self.state_file = os.path.join(self.tmp, "state")
        keyfile_dir = os.path.join(self.tmp, "config", "glib-2.0", "settings")
        os.makedirs(keyfile_dir)
        values = {"refresh-on-start": "false", "window-size": f"({width}, {height})"}
        values.update(settings or {})
        with open(os.path.join(keyfile_dir, "keyfile"), "w") as f:
            f.write(f"[{SCHEMA_PATH}]\n")
            for key, value in values.items():
                f.write(f"{key}={value}\n")
        self.env = dict(os.environ)
        self.env.update({
            "DISPLAY": display.display,
            "DBUS_SESSION_BUS_ADDRESS": display.bus,
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GSETTINGS_BACKEND": "keyfile",
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_STATE_HOME": os.path.join(self.tmp, "state-home"),
            "CG_TEST_STATE_FILE": self.state_file,
            "NO_AT_BRIDGE": "1",
            "LANGUAGE": "C",
            "LC_ALL": "C.UTF-8",
            "G_DEBUG": os.environ.get("CG_APP_G_DEBUG", "fatal-warnings"),
        })
        # No accessibility bus: the one under ~/.cache/at-spi is shared with
        # other sessions, and a failed connection is a fatal warning
        self.env["GTK_A11Y"] = "none"
        if dark:
            self.env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
        self.binary = os.environ.get("CG_BINARY", "_build/src/cncf-guide")
        self.log = open(os.path.join(self.tmp, "log"), "w")
        self.proc = subprocess.Popen([self.binary, *args], env=self.env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.window = self._find_window()
        self.xdotool("windowfocus", self.window)
        self.wait(lambda s: int(s["n_rows"]) > 40, "the whole list")

    # -- running --------------------------------------------------------
    def _find_window(self):
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise AssertionError(f"the app exited ({self.proc.returncode}): {self.log_text()}")
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                  str(self.proc.pid)],
                                 env=self.env, capture_output=True, text=True).stdout.split()
            if out:
                return out[-1]
            time.sleep(0.2)
        raise AssertionError("the window did not show")

    def log_text(self):
        self.log.flush()
        with open(os.path.join(self.tmp, "log")) as f:
            return f.read()

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run(self, *args):
        """Runs the app binary again (it hands its options to this one)."""
        return subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                              text=True, timeout=DEADLINE)

    def xdotool(self, *args):
        subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True, timeout=DEADLINE)

    # -- input ----------------------------------------------------------
    def key(self, *keys):
        """Presses and releases each key (xdotool key names: Tab, ctrl+w…)."""
        self.xdotool("key", "--delay", "60", *keys)

    def type(self, text):
        self.xdotool("type", "--delay", "60", text)

    def click(self, x, y, button=1, repeat=1):
        """Clicks at (@x, @y) in the window's coordinates."""
        self.xdotool("mousemove", "--window", self.window, x, y)
        self.xdotool("click", "--repeat", repeat, "--delay", "80", button)

    def wheel(self, x, y, notches):
        """Turns the wheel over (@x, @y): @notches > 0 down, < 0 up."""
        self.click(x, y, 5 if notches > 0 else 4, abs(notches))

    def resize(self, width, height):
        self.xdotool("windowsize", self.window, width, height)

    # -- what is seen ---------------------------------------------------
    def state(self):
        """What the window shows now, as a dict."""
        if os.path.exists(self.state_file):
            os.unlink(self.state_file)
        end = time.monotonic() + DEADLINE
        os.kill(self.proc.pid, signal.SIGUSR1)
        while not os.path.exists(self.state_file):
            if self.proc.poll() is not None:
                raise AssertionError(f"the app exited ({self.proc.returncode}): {self.log_text()}")
            if time.monotonic() > end:
                raise AssertionError("the app wrote no state")
            time.sleep(0.05)
        with open(self.state_file) as f:
            return dict(line.split("=", 1) for line in f.read().splitlines() if "=" in line)

    def wait(self, condition, what):
        """Waits until @condition(state) holds; fails, showing the last
        state, after a generous deadline. Returns that state."""
        end = time.monotonic() + DEADLINE
        while True:
            state = self.state()
            try:
                if condition(state):
                    return state
            except (KeyError, ValueError):
                pass
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}; the window shows {state}")
            time.sleep(0.1)

    def settle(self):
        """The state once it stops changing (after input with no single
        expected outcome). Two equal reads 0.4 s apart."""
        last = self.state()
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            time.sleep(0.4)
            now = self.state()
            if now == last:
                return now
            last = now
        return last

    def screenshot(self, name):
        """Saves the window as CG_SCREENSHOT_DIR/@name.png (xwd, made PNG here)."""
        directory = os.environ.get("CG_SCREENSHOT_DIR")
        if not directory:
            return None
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, name + ".png")
        dump = subprocess.run(["xwd", "-silent", "-id", self.window], env=self.env, check=True,
                              capture_output=True, timeout=DEADLINE).stdout
        with open(path, "wb") as f:
            f.write(xwd_to_png(dump))
        print(f"screenshot: {path}")
        return path


def xwd_to_png(dump):
    """A 24/32-bit TrueColor XWD dump (what xwd gives on Xvfb) as PNG bytes."""
    fields = struct.unpack(">25I", dump[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    if bits_per_pixel != 32:
        raise ValueError(f"xwd gave {bits_per_pixel} bits a pixel")
    data = dump[header_size + 12 * ncolors:]
    rows = bytearray()
    for y in range(height):
        line = data[y * bytes_per_line:y * bytes_per_line + 4 * width]
        rows.append(0)
        pixels = bytearray(3 * width)
        # LSBFirst: B G R x; MSBFirst: x R G B
        if byte_order == 0:
            pixels[0::3], pixels[1::3], pixels[2::3] = line[2::4], line[1::4], line[0::4]
        else:
            pixels[0::3], pixels[1::3], pixels[2::3] = line[1::4], line[2::4], line[3::4]
        rows += pixels

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff))

    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


def visible(state):
    return [row for row in state.get("visible", "").split(",") if row]
