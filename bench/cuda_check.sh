#!/usr/bin/env bash
# The judge's CUDA path, checked in one run on a machine with a GPU.
#
#   bench/cuda_check.sh --fetch   here, once: wheels of what the GPU image may lack, into
#                                 .whl/ (ignored through .git/info/exclude)
#   bench/cuda_check.sh           there (the device tool's `run`, with carry [".whl"]):
#     1. tests/test_judge_devices.py and test_judge_cuda.py: the spawned zygote, answers left on the CPU, GPU out
#        of memory, a kernel error, references on cuda (and alike on both devices), `grade --device all`;
#        and tests/test_judge_hostile.py, the attacks, under the sandbox as a GPU machine sets it;
#     2. tests/test_judge_problems.py: every reference, stub and corpus file, on cpu and cuda
#        (the default where CUDA is present);
#     3. a few `cvdrill grade --device all` runs, for the timing ratios on both devices.
#   bench/cuda_check.sh --run ARGS...   there: the same set-up, then `python ARGS...` alone
#                                 (a recheck: `--run -m pytest -k ...`, `--run bench/timing_stability.py ...`)
# Logs go to $OUT (the device tool brings them back) or /tmp/cuda-check.
set -u
PY=${PYTHON:-python3}
WHEELS="pydantic pydantic-core annotated-types typing-inspection typing-extensions platformdirs pylatexenc
        fsrs==6.3.2 watchfiles anyio sniffio pexpect ptyprocess pytest-xdist execnet"

if [ "${1:-}" = "--fetch" ]; then
  grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo /.whl/ >>.git/info/exclude
  # shellcheck disable=SC2086
  $PY -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d .whl $WHEELS
  ls .whl
  exit
fi

export PYTHONPATH=$PWD PYTHONUNBUFFERED=1
if ls .whl/*.whl >/dev/null 2>&1; then
  # only what the image lacks: its own numpy, torch, typer, rich stay
  missing=$(for w in .whl/*.whl; do
    n=$(basename "$w" | cut -d- -f1)
    $PY -c "import importlib.metadata as m, sys; m.version(sys.argv[1])" "$n" 2>/dev/null || echo "$w"
  done)
  if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site $missing || exit 1
    export PYTHONPATH=$PWD:/tmp/site
  fi
fi
if [ "${1:-}" = "--run" ]; then
  shift
  exec $PY "$@"
fi
LOG=${OUT:-/tmp/cuda-check}
mkdir -p "$LOG"
nvidia-smi -L || true
$PY -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.device_count() and torch.cuda.get_device_name(0))"

XDIST=""
$PY -c "import xdist" 2>/dev/null && XDIST="-n 8"
status=0
echo "== 1. device tests"
# shellcheck disable=SC2086
$PY -m pytest -q -p no:cacheprovider -rs $XDIST tests/test_judge_devices.py tests/test_judge_cuda.py tests/test_judge_hostile.py \
  2>&1 | tee "$LOG/devices.log" | tail -25
[ "${PIPESTATUS[0]}" = 0 ] || status=1
echo "== 2. references, stubs and corpus on every device"
# shellcheck disable=SC2086
$PY -m pytest -q -p no:cacheprovider $XDIST tests/test_judge_problems.py 2>&1 | tee "$LOG/problems.log" | tail -40
[ "${PIPESTATUS[0]}" = 0 ] || status=1
echo "== 3. grade --device all"
for f in tests/submissions/nms/loop_vector_ok.py tests/submissions/nms/iou_matrix_ok.py \
         tests/submissions/soft_nms/numpy_port_ok.py tests/submissions/box_iou/python_loop.py; do
  /usr/bin/time -f "%e s" $PY -m cvdrill grade "$f" --problem "$(basename "$(dirname "$f")")" --device all --json \
    2>&1 | tee -a "$LOG/grade.log" | $PY -c "
import json, sys
text = sys.stdin.read(); start = text.find('{')
try:
    data = json.loads(text[start:text.rfind('}') + 1])
except ValueError:
    print(text[-2000:]); sys.exit()
for r in data['results']:
    print(sys.argv[1], r['verdict'], r['passed'], '/', r['total'], 'ratio', r['time_ratio'], r['message'][:300])
print(text[text.rfind('}') + 1:].strip())" "$f"
done
exit $status
