# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Python tests share."""

import sys
import unittest


def main():
    """Runs the calling module's tests and ends with the plain closing line
    'N passed, N failed, N skipped' that CI reads."""
    result = unittest.main(module="__main__", exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"{result.testsRun - failed - len(result.skipped)} passed, {failed} failed, "
          f"{len(result.skipped)} skipped")
    sys.exit(1 if failed else 0)
