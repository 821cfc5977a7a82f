#!/usr/bin/env python3
"""Checks latammix's snippets against its pages with the shared probe tools
(../probekit/probe_check.py).

    python3 tests/corpus/latammix/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "probekit"))

import probe_check  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_check.main(HERE))
