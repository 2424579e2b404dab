#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 300), two at
# a time, at the lowest priority, starting from the committed seed corpus in
# Fuzz/Corpus/<target>. New inputs go to Fuzz/.work/<target> (not committed);
# a failing input is saved as Fuzz/.work/<target>-crash-*, and the script
# exits non-zero. docs/fuzzing.md says what each target checks.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-300}
# CI builds in debug (faster to build, slower to run); a real run uses release.
config=${FUZZ_CONFIG:-release}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzArticle FuzzInline FuzzJSON FuzzImport FuzzInput FuzzText)

mkdir -p .work
# Twice: SwiftPM's cached build plan can name files a merge removed, and the
# second build plans afresh.
if ! swift build -c "$config" --sanitize=fuzzer >.work/build.log 2>&1 &&
   ! swift build -c "$config" --sanitize=fuzzer >.work/build.log 2>&1; then
  grep -v "prohibited flag" .work/build.log >&2
  echo "fuzz: the build failed" >&2
  exit 1
fi
bin=$(swift build -c "$config" --sanitize=fuzzer --show-bin-path)

run_one() {
  local target=$1
  mkdir -p ".work/$target"
  # SWIFT_BACKTRACE off: libFuzzer reports the crash and saves the input itself.
  SWIFT_BACKTRACE=enable=no nice -n 19 "$bin/$target" ".work/$target" "Corpus/$target" \
    -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=".work/$target-" >".work/$target.log" 2>&1
  local status=$?
  local runs cov
  runs=$(grep -a "stat::number_of_executed_units" ".work/$target.log" | awk '{print $2}')
  cov=$(grep -a -E "^#[0-9]+" ".work/$target.log" | tail -1 | grep -o "cov: [0-9]*" | awk '{print $2}')
  if [ $status -eq 0 ]; then
    echo "$target: ${runs:-?} executions, coverage ${cov:-?} edges, no failure"
  else
    echo "$target: FAILED after ${runs:-?} executions; see Fuzz/.work/$target.log"
    grep -a "fuzz property failed" -A3 ".work/$target.log" | head -5 || true
  fi
  return $status
}

failed=0
pids=()
names=()
for target in "${targets[@]}"; do
  run_one "$target" & pids+=($!); names+=("$target")
  if [ ${#pids[@]} -eq 2 ]; then
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    pids=()
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
