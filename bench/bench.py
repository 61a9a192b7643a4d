#!/usr/bin/env python3
"""Archivist benchmark: whole-process wall time, median of several runs.

usage: python3 bench/bench.py [--runs N] [--threads N]

Builds nothing: run `mvn -q package -DskipTests` first. Generates the synthetic archive with
../shared/tools/gen_archive.py (10,000 threads, 14.5 MB) into bench/out/ when it is missing, and
times each command as a whole process (JVM start included) with -Xmx512m.
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "archivist.jar")
GEN = os.path.join(ROOT, "..", "shared", "tools", "gen_archive.py")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "site")
OUT = os.path.join(ROOT, "bench", "out")

PYYAML = """
import sys, yaml
text = open(sys.argv[1], encoding='utf-8').read()
fm = text.split('---\\n')[1]
data = yaml.load(fm, Loader=yaml.CSafeLoader)
yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
"""


def timed(cmd, runs, prep=None, ok_codes=(0, 1)):
    walls, rss = [], 0
    for _ in range(runs):
        if prep:
            prep()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - t)
        rss = max(rss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
        if p.returncode not in ok_codes:
            sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr.decode()[-2000:]))
    return statistics.median(walls), min(walls), max(walls), rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=10000)
    ap.add_argument("--only", default="", help="comma-separated names of rows to run")
    args = ap.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build first: mvn -q package -DskipTests")
    os.makedirs(OUT, exist_ok=True)
    big = os.path.join(OUT, "big-%d.md" % args.threads)
    if not os.path.exists(big):
        subprocess.run([sys.executable, GEN, str(args.threads), big], check=True)
    work = os.path.join(OUT, "work.md")
    java = ["java", "-Xmx512m", "-jar", JAR]
    rows = [
        ("pyyaml-c load+dump (reference)", [sys.executable, "-c", PYYAML, big]),
        ("format --check", java + ["format", "--check", big]),
        ("check", java + ["check", big]),
        ("check --json", java + ["check", "--json", big]),
        ("fix --dry-run", java + ["fix", "--dry-run", big]),
        ("fix (writes a copy)", None),
        ("preview -o", java + ["preview", big, "-o", os.path.join(OUT, "big.html")]),
    ]
    if os.path.isdir(CORPUS):
        rows.append(("check corpus folder (49 pages)", java + ["check", os.path.join(CORPUS, "_books")]))
    only = set(filter(None, args.only.split(",")))
    print("%-34s %9s %9s %9s %9s" % ("command (%d runs, %s)" % (args.runs, os.path.basename(big)), "median s", "min s", "max s", "max RSS MB"))
    for name, cmd in rows:
        if only and not any(o in name for o in only):
            continue
        prep = None
        if cmd is None:
            prep = lambda: shutil.copy(big, work)
            cmd = java + ["fix", work]
        # the corpus folder holds the site's page template, which is not YAML: exit 2 is expected there
        ok = (0, 1, 2) if "corpus" in name else (0, 1)
        med, lo, hi, rss = timed(cmd, args.runs, prep, ok)
        print("%-34s %9.2f %9.2f %9.2f %9.0f" % (name, med, lo, hi, rss / 1024))


if __name__ == "__main__":
    main()
