#!/usr/bin/env python3
"""Archivist benchmark: whole-process wall time, median of several runs.

usage: python3 bench/bench.py [--runs N] [--threads N] [--only NAMES] [--one-after-another]

Builds nothing: run `mvn -q package -DskipTests` first. Generates the synthetic archive with
../shared/tools/gen_archive.py (10,000 threads, 14.5 MB) into bench/out/ when it is missing, and
times each command as a whole process (JVM start included) with -Xmx512m.

The commands run in rounds (each command once per round, the order turned each round), so that
every median comes from the same stretch of time: on a shared machine whose speed drifts, rows
measured one after another cannot be compared. Each row also gives its median CPU time (the
process and the child JVM it starts) and its median as a share of the PyYAML reference's, a
figure that moves less with the machine than the seconds do.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

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


def run_once(cmd, prep=None, ok_codes=(0, 1)):
    """Wall time, CPU time and peak RSS (MB) of one run, its child JVM included."""
    if prep:
        prep()
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in ok_codes:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), err.decode()[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=10000)
    ap.add_argument("--only", default="", help="comma-separated names of rows to run (the reference always runs)")
    ap.add_argument("--one-after-another", action="store_true",
                    help="all runs of one command before the next (the old way), not in rounds")
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
    chosen = []
    for name, cmd in rows:
        if only and not any(o in name for o in only) and not name.startswith("pyyaml"):
            continue
        prep = None
        if cmd is None:
            prep = lambda: shutil.copy(big, work)
            cmd = java + ["fix", work]
        # the corpus folder holds the site's page template, which is not YAML: exit 2 is expected there
        ok = (0, 1, 2) if "corpus" in name else (0, 1)
        chosen.append((name, cmd, prep, ok))
    # the first large run after a build makes the class-data archive (a few seconds, once): not timed
    subprocess.run(java + ["check", big], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {name: [] for name, _, _, _ in chosen}
    if args.one_after_another:
        for name, cmd, prep, ok in chosen:
            for _ in range(args.runs):
                results[name].append(run_once(cmd, prep, ok))
    else:
        for r in range(args.runs):
            for name, cmd, prep, ok in (chosen if r % 2 == 0 else list(reversed(chosen))):
                results[name].append(run_once(cmd, prep, ok))
    reference = statistics.median(w for w, _, _ in results[chosen[0][0]])
    print("%-34s %9s %9s %9s %9s %10s %9s" % ("command (%d runs, %s)" % (args.runs, os.path.basename(big)),
                                             "median s", "min s", "max s", "CPU s", "max RSS MB", "/ PyYAML"))
    for name, _, _, _ in chosen:
        walls = [w for w, _, _ in results[name]]
        med = statistics.median(walls)
        print("%-34s %9.2f %9.2f %9.2f %9.2f %10.0f %9.2f" % (
            name, med, min(walls), max(walls), statistics.median(c for _, c, _ in results[name]),
            max(m for _, _, m in results[name]), med / reference))


if __name__ == "__main__":
    main()
