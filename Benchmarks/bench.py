"""parley side by side with less: first paint, keys, bytes, memory, exit.

    python3 Benchmarks/bench.py                  build (release), generate inputs, run, print the table
    python3 Benchmarks/bench.py --rounds 3 --inputs thissen-richt-je-op-regie bench-1m
    python3 Benchmarks/bench.py --help

docs/performance.md says what every figure means and holds a run of it.

Each round starts the program afresh in a pty (default 80x24) and measures,
with a VT emulator (pyte) deciding what is on screen:
- first paint: start until the first complete screen (the title shown and the
  bottom line drawn, then nothing more changing), and the bytes it took;
- line down (j), page down (Space), next question (parley `]`; less `n` after
  searching for `^[0-9]+\\. `, which finds exactly the question lines of
  `parley show` output), search next (`n` after `/gemeente`): time until the
  screen settles and the bytes written, `--presses` times each; each group
  starts from the top (`g`) and its setup keys count only once their result
  is on screen;
- peak resident memory (VmHWM) just before quitting; exit time after `q`.
Rounds alternate parley and less, so a busy moment hits both alike.
less reads `parley show SLUG --width W` output, W being the reader's measure
for the terminal's width, so both show the same lines; `less -i -S`: smart
case as parley's search, and long lines chopped rather than wrapped, so a
line is a row in both.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402
from ptyrun import Terminal  # noqa: E402

REPOSITORY = os.path.dirname(HERE)
WORK = os.path.join(REPOSITORY, ".build-bench")
SCRATCH = os.path.join(REPOSITORY, ".build-release")
SEARCH = generate.SEARCH_WORD
QUESTION_PATTERN = r"^[0-9]+\. "
# A key whose screen has not changed by then counts as not answered (n/a), not as an error.
STEP_TIMEOUT = 60.0

INPUTS = [generate.INTERVIEW, "bench-100k", "bench-1m", "bench-10m", "thissen-10k"]
LABELS = {generate.INTERVIEW: "interview", "bench-100k": "100 KB", "bench-1m": "1 MB",
          "bench-10m": "10 MB", "thissen-10k": "10k reactions"}

KEYS = [  # (figure, parley: setup keys and the key, less: setup keys and the key)
    # Each group starts from the top (`g`), so even the interview has room for every press.
    ("line down", [], "j", [], "j"),
    ("page down", ["g"], " ", ["g"], " "),
    ("next question", ["g", "]"], "]", ["g", f"/{QUESTION_PATTERN}\r"], "n"),
    ("search next", ["g", f"/{SEARCH}\r"], "n", ["g", f"/{SEARCH}\r"], "n"),
]


def setup_done(keys, title):
    """When a setup step has been carried out: a key sent ahead of that
    would be measured with the setup's work (a search through 10 MB) in it."""
    question = re.compile(r"^\W*[0-9]+\. ")
    if keys == "g":
        return lambda rows: title in rows[0]
    # A search is done when its prompt has gone from the bottom line (both
    # programs show it there while it is typed and searched as you type).
    if keys == "]" or keys.startswith("/^"):
        return lambda rows: question.match(rows[0].strip()) is not None and not rows[-1].lstrip().startswith("/")
    if keys.startswith("/"):
        pattern = keys[1:].strip()
        return lambda rows: pattern in rows[0].lower() and not rows[-1].lstrip().startswith("/")
    raise ValueError(f"no readiness test for setup keys {keys!r}")


# MARK: - Statistics and the table

def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values):
    """Median absolute deviation: how far a typical sample is from the median."""
    values = [v for v in values if v is not None]
    if len(values) < 2:
        return 0.0 if values else None
    middle = statistics.median(values)
    return statistics.median(abs(v - middle) for v in values)


def ratio(parley, less):
    if parley is None or less is None:
        return None
    if less == 0:
        return None if parley else 1.0
    return parley / less


def format_value(values, unit):
    """`median ±spread` in the figure's unit: ms for seconds, KB for bytes, MB for KiB."""
    m, s = median(values), spread(values)
    if m is None:
        return "n/a"
    if unit == "ms":
        return f"{m * 1000:.1f} ±{s * 1000:.1f}"
    if unit == "B":
        return f"{m:,.0f} ±{s:,.0f}"
    if unit == "MB":
        return f"{m / 1024:.1f} ±{s / 1024:.1f}"
    return f"{m:.3g} ±{s:.2g}"


def format_ratio(parley_values, less_values):
    r = ratio(median(parley_values), median(less_values))
    return "n/a" if r is None else f"{r:.2f}"


FIGURES = [  # (key in a session's samples, label, unit)
    ("first_paint_s", "first paint (ms)", "ms"),
    ("first_paint_bytes", "first paint (bytes)", "B"),
] + [item for figure, *_ in KEYS for item in (
    (figure + "_s", figure + " (ms)", "ms"),
    (figure + "_bytes", figure + " (bytes)", "B"),
)] + [
    ("peak_kb", "peak memory (MB)", "MB"),
    ("private_kb", "private memory (MB)", "MB"),
    ("exit_s", "exit after q (ms)", "ms"),
] + [
    # Searching from the top in a fresh start (search_session): parley searches as
    # you type, so its keys are timed one by one; less searches on Enter only.
    ("search_first_key_s", "search, first key (ms)", "ms"),
    ("search_further_keys_s", "search, further keys (ms)", "ms"),
    ("search_whole_s", "search typed at once + Enter (ms)", "ms"),
    ("search_peak_kb", "peak memory after search (MB)", "MB"),
    ("search_private_kb", "private memory after search (MB)", "MB"),
]


def side_by_side_table(results):
    """Markdown: per input and figure, parley and less (median ±spread) and parley/less."""
    lines = ["| input | figure | parley | less | parley/less |", "| --- | --- | ---: | ---: | ---: |"]
    for slug, programs in results.items():
        for key, label, unit in FIGURES:
            p, l = programs["parley"].get(key, []), programs["less"].get(key, [])
            lines.append(f"| {LABELS.get(slug, slug)} | {label} | {format_value(p, unit)} | {format_value(l, unit)} | {format_ratio(p, l)} |")
    return "\n".join(lines)


def scaling_table(results, throughput, sizes):
    """Markdown: how parley's medians grow with the input (one column per input)."""
    slugs = list(results)
    lines = ["| parley, median | " + " | ".join(LABELS.get(s, s) for s in slugs) + " |",
             "| --- |" + " ---: |" * len(slugs)]
    lines.append("| input size (MB) | " + " | ".join(f"{sizes[s] / 1e6:.3g}" for s in slugs) + " |")
    for key, label, unit in FIGURES:
        cells = []
        for s in slugs:
            m = median(results[s]["parley"].get(key, []))
            cells.append("n/a" if m is None else format_value([m], unit).split(" ±")[0])
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for command in ("show", "check"):
        cells = []
        for s in slugs:
            seconds = throughput.get(s, {}).get(command)
            cells.append("n/a" if not seconds else f"{sizes[s] / 1e6 / seconds:.1f} ({seconds * 1000:.0f} ms)")
        lines.append(f"| `parley {command}` MB/s (ms) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def target_report(results):
    """The targets of issue 6, each met or missed by how much."""
    out = []

    def figure(slug, program, key):
        return median(results.get(slug, {}).get(program, {}).get(key, []))

    def compare(text, value, limit, unit="ms", scale=1000):
        if value is None or limit is None:
            out.append(f"- {text}: not measured")
            return
        verdict = "met" if value <= limit else f"MISSED by {(value - limit) * scale:.1f} {unit} ({value / limit:.2f}x)"
        out.append(f"- {text}: {value * scale:.1f} {unit} against {limit * scale:.1f} {unit}: {verdict}")

    for slug in (generate.INTERVIEW, "bench-1m"):
        if slug in results:
            compare(f"first paint, {LABELS[slug]}, no slower than less", figure(slug, "parley", "first_paint_s"), figure(slug, "less", "first_paint_s"))
    if "bench-10m" in results:
        compare("first paint, 10 MB, under 250 ms", figure("bench-10m", "parley", "first_paint_s"), 0.25)
    for slug in results:
        compare(f"page down, {LABELS.get(slug, slug)}, no slower than less", figure(slug, "parley", "page down_s"), figure(slug, "less", "page down_s"))
    for slug in results:
        compare(f"bytes per page down, {LABELS.get(slug, slug)}, no more than less", figure(slug, "parley", "page down_bytes"),
                figure(slug, "less", "page down_bytes"), unit="bytes", scale=1)
    pages = {s: figure(s, "parley", "page down_s") for s in results if s.startswith("bench-") or s == generate.INTERVIEW}
    pages = {s: v for s, v in pages.items() if v is not None}
    if len(pages) > 1:
        low, high = min(pages.values()), max(pages.values())
        out.append(f"- page down independent of article size: {low * 1000:.1f} to {high * 1000:.1f} ms across "
                   f"{', '.join(LABELS.get(s, s) for s in pages)} ({high / low:.2f}x)")
    if "bench-10m" in results:
        compare("search in 10 MB, first key, under 50 ms", figure("bench-10m", "parley", "search_first_key_s"), 0.05)
        compare("search in 10 MB, further keys, under 20 ms", figure("bench-10m", "parley", "search_further_keys_s"), 0.02)
        compare("peak memory after a search in 10 MB, under 30 MB", figure("bench-10m", "parley", "search_peak_kb"), 30 * 1024,
                unit="MB", scale=1 / 1024)
    if generate.INTERVIEW in results:
        compare("peak memory, interview, under 12 MB", figure(generate.INTERVIEW, "parley", "peak_kb"), 12 * 1024, unit="MB", scale=1 / 1024)
    return "\n".join(out)


# MARK: - Running the programs

def reader_measure(columns):
    """The reader's line width on a terminal this wide (ReaderGeometry: a
    readable measure of 76, a gutter of 2 on each side when there is room)."""
    gutter = 2 if columns >= 16 else 0
    return max(1, min(76, columns - 2 * gutter))


def environment(home):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "HOME": home,
        "XDG_STATE_HOME": os.path.join(home, "state"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "LESSHISTFILE": "-",
        # Every round starts at the top: a remembered reading position would
        # open the next round where the last one left off.
        "PARLEY_STATE": "off",
    }
    return env


def session(argv, env, rows, columns, title, script, presses, quiet):
    """One round of one program: returns {figure: [samples]} and the top line after each press."""
    samples = {}
    tops = []

    def add(key, value):
        samples.setdefault(key, []).append(value)

    def changed(before):
        return lambda shown: shown != before

    with Terminal(argv, rows=rows, columns=columns, env=env) as term:
        first = term.first_screen(ready=lambda shown: any(title in row for row in shown) and shown[-1].strip(), quiet=quiet)
        add("first_paint_s", first.seconds)
        add("first_paint_bytes", first.written)
        for figure, setup, keys in script:
            for step in setup:
                done = term.press(step, quiet=quiet, ready=setup_done(step, title), timeout=STEP_TIMEOUT)
                if done.seconds is None or done.seconds > 2:
                    print(f"  ({argv[0].rsplit('/', 1)[-1]}: {step!r} took {done.seconds} s)", file=sys.stderr)
            for _ in range(presses):
                step = term.press(keys, quiet=quiet, ready=changed(term.display()), timeout=STEP_TIMEOUT)
                add(figure + "_s", step.seconds)
                add(figure + "_bytes", step.written)
                tops.append(term.display()[0].strip())
        add("peak_kb", term.peak_memory_kb())
        add("private_kb", term.private_dirty_kb())
        add("exit_s", term.quit("q"))
    return samples, tops


def match_shown(typed):
    """The search being typed is on the bottom line and a match of it on the
    screen above: what "to the first match on screen" waits for."""
    return lambda rows: rows[-1].lstrip().startswith("/" + typed) and any(typed.lower() in row.lower() for row in rows[:-1])


def search_session(argv, env, rows, columns, title, word, by_key, quiet):
    """A fresh start, then a search for `word` from the top: key by key
    (`by_key`, parley's search as you type) or typed at once with Enter.
    Returns {figure: [samples]}, memory read after the search."""
    samples = {}

    def add(key, value):
        samples.setdefault(key, []).append(value)

    with Terminal(argv, rows=rows, columns=columns, env=env) as term:
        term.first_screen(ready=lambda shown: any(title in row for row in shown) and shown[-1].strip(), quiet=quiet)
        if by_key:
            term.press("/", quiet=quiet, ready=lambda shown: shown[-1].lstrip().startswith("/"), timeout=STEP_TIMEOUT)
            for count in range(1, len(word) + 1):
                step = term.press(word[count - 1], quiet=quiet, ready=match_shown(word[:count]), timeout=STEP_TIMEOUT)
                add("search_first_key_s" if count == 1 else "search_further_keys_s", step.seconds)
            term.press("\r", quiet=quiet, ready=setup_done("/" + word, title), timeout=STEP_TIMEOUT)
        else:
            step = term.press("/" + word + "\r", quiet=quiet, ready=setup_done("/" + word, title), timeout=STEP_TIMEOUT)
            add("search_whole_s", step.seconds)
        add("search_peak_kb", term.peak_memory_kb())
        add("search_private_kb", term.private_dirty_kb())
        term.quit("q")
    return samples


def run_input(slug, folder, text_file, args, env, log):
    rows, columns = args.rows, args.columns
    with open(text_file, encoding="utf-8") as text:
        title = text.readline().strip()[:40]
    programs = {
        "parley": ([args.parley, "read", "--library", folder, slug], [(figure, setup, key) for figure, setup, key, _, _ in KEYS]),
        "less": (["less", "-i", "-S", text_file], [(figure, setup, key) for figure, _, _, setup, key in KEYS]),
    }
    results = {name: {} for name in programs}
    positions = {name: [] for name in programs}
    for round_number in range(args.rounds):
        for name, (argv, script) in programs.items():
            samples, tops = session(argv, env, rows, columns, title, script, args.presses, args.quiet)
            if args.search:
                for by_key in ([True, False] if name == "parley" else [False]):
                    searched = search_session(argv, env, rows, columns, title, SEARCH, by_key, args.quiet)
                    for key, values in searched.items():
                        samples.setdefault(key, []).extend(values)
            for key, values in samples.items():
                results[name].setdefault(key, []).extend(values)
            positions[name] = tops
        log(f"  {LABELS.get(slug, slug)}: round {round_number + 1}/{args.rounds}")
    # The same keys should reach the same text: compare the top lines (glyphs aside).
    differing = [i for i, (a, b) in enumerate(zip(positions["parley"], positions["less"])) if letters(a) != letters(b)]
    return results, differing


def letters(line):
    return "".join(c for c in line if c.isalnum())


def run_library(args, env, log):
    """parley on a generated library of `args.library` articles: `parley list`
    (start to exit) and the library screen's first paint, `args.rounds` each."""
    folder = generate.write_big_library(os.path.join(WORK, "library"), args.library)
    samples = {"list_s": [], "library_paint_s": [], "library_peak_kb": []}
    for _ in range(args.rounds):
        samples["list_s"].append(timed([args.parley, "list", "--library", folder], 1, env))
        with Terminal([args.parley, "--library", folder], rows=args.rows, columns=args.columns, env=env) as term:
            first = term.first_screen(ready=lambda rows: any("Gesprek " in row for row in rows) and rows[-1].strip(), quiet=args.quiet)
            samples["library_paint_s"].append(first.seconds)
            samples["library_peak_kb"].append(term.peak_memory_kb())
            term.quit("q")
    log(f"  library of {args.library}: {args.rounds} rounds")
    return samples


LIBRARY_FIGURES = [("library_paint_s", "library screen, first paint (ms)", "ms", 0.1),
                   ("list_s", "`parley list`, start to exit (ms)", "ms", 0.1),
                   ("library_peak_kb", "library screen, peak memory (MB)", "MB", None)]


def library_table(samples, count):
    lines = [f"| {count} articles | parley | target |", "| --- | ---: | ---: |"]
    for key, label, unit, target in LIBRARY_FIGURES:
        limit = "" if target is None else f"< {target * 1000:.0f} ms"
        lines.append(f"| {label} | {format_value(samples.get(key, []), unit)} | {limit} |")
    return "\n".join(lines)


def timed(argv, rounds, env):
    """Median seconds of a command's run (posix_spawn to exit), output discarded."""
    times = []
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    for _ in range(rounds):
        started = time.monotonic()
        pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
        _, status = os.waitpid(pid, 0)
        times.append(time.monotonic() - started)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(argv)} failed")
    return statistics.median(times)


def build(log):
    command = ["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--static-swift-stdlib", "--product", "parley"]
    log("$ " + " ".join(command))
    subprocess.run(command, cwd=REPOSITORY, check=True, stdout=sys.stderr)
    return os.path.join(SCRATCH, "release", "parley")


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    less_version = subprocess.run(["less", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{os.cpu_count()} CPUs ({model}), load {load}; {less_version}; pyte {pyte_version()}"


def pyte_version():
    try:
        from importlib.metadata import version
        return version("pyte")
    except Exception:
        return "?"


def main(argv=None):
    parser = argparse.ArgumentParser(description="parley side by side with less (docs/performance.md).")
    parser.add_argument("--rounds", type=int, default=5, help="fresh starts of each program per input (default 5)")
    parser.add_argument("--presses", type=int, default=3, help="presses of each key per round (default 3)")
    parser.add_argument("--size", default="80x24", help="terminal COLUMNSxROWS (default 80x24)")
    parser.add_argument("--inputs", nargs="+", default=INPUTS, choices=INPUTS, metavar="SLUG", help="which inputs (default: all)")
    parser.add_argument("--parley", help="the parley binary to measure (default: build the release one)")
    parser.add_argument("--quiet", type=float, default=0.2, help="seconds without output that end a step (default 0.2)")
    parser.add_argument("--no-search", dest="search", action="store_false", help="skip the search sessions")
    parser.add_argument("--library", type=int, default=generate.LIBRARY_SIZE, metavar="N",
                        help=f"articles in the generated library (default {generate.LIBRARY_SIZE}; 0 skips it)")
    args = parser.parse_args(argv)
    args.columns, args.rows = (int(n) for n in args.size.lower().split("x"))

    def log(message):
        print(message, file=sys.stderr, flush=True)

    if shutil.which("less") is None:
        sys.exit("bench: less is not installed")
    if args.parley is None:
        args.parley = build(log)
    args.parley = os.path.abspath(args.parley)
    started = time.monotonic()
    log("generating inputs in " + os.path.relpath(WORK, REPOSITORY))
    folders = generate.write_libraries(os.path.join(WORK, "library"), REPOSITORY)
    home = os.path.join(WORK, "home")
    os.makedirs(home, exist_ok=True)
    env = environment(home)
    width = reader_measure(args.columns)
    text_folder = os.path.join(WORK, "text")
    os.makedirs(text_folder, exist_ok=True)

    results, throughput, sizes, mismatches = {}, {}, {}, {}
    for slug in args.inputs:
        folder = folders[slug]
        sizes[slug] = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
        text_file = os.path.join(text_folder, slug + ".txt")
        with open(text_file, "wb") as out:
            subprocess.run([args.parley, "show", "--library", folder, slug, "--width", str(width)], stdout=out, env=env, check=True)
        throughput[slug] = {
            "show": timed([args.parley, "show", "--library", folder, slug, "--width", str(width)], args.rounds, env),
            "check": timed([args.parley, "check", "--library", folder], args.rounds, env),
        }
        results[slug], mismatches[slug] = run_input(slug, folder, text_file, args, env, log)
    library = run_library(args, env, log) if args.library > 0 else None

    print(f"## parley and less, {args.columns}x{args.rows}, {args.rounds} rounds x {args.presses} presses\n")
    print(f"Machine: {machine()}.")
    print(f"Command: python3 Benchmarks/bench.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip() + "\n")
    print("Median ±spread (median absolute deviation) over all samples.\n")
    print(side_by_side_table(results))
    print("\n### How parley's figures grow with the input\n")
    print(scaling_table(results, throughput, sizes))
    if library is not None:
        print("\n### A library of generated articles\n")
        print(library_table(library, args.library))
    print("\n### Targets\n")
    print(target_report(results))
    for slug, differing in mismatches.items():
        if differing:
            print(f"\nNote: on {LABELS.get(slug, slug)}, parley and less showed different top lines after steps {differing}.")
    print(f"\nBenchmark time: {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
