#!/usr/bin/env python3
"""The reference for the benchmark's guards: PyYAML's C loader and dumper over the front matter
of every page given (files, or folders searched for *.md), the same load and dump bench.py times
on one archive.

usage: python3 bench/pyyaml_roundtrip.py PAGE_OR_FOLDER...
"""
import os, sys, yaml


def pages(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for f in sorted(files):
                    if f.endswith(".md"):
                        yield os.path.join(root, f)
        else:
            yield p


for page in pages(sys.argv[1:]):
    text = open(page, encoding="utf-8", errors="replace").read()
    parts = text.split("---\n")
    if len(parts) < 3:
        continue
    try:
        data = yaml.load(parts[1], Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        continue
    yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
