#!/bin/sh
# Extracts each dev article and the seeds, scores them with score.py, prints summaries
# and the micro-averaged dev scores. Usage: Tests/score-dev.sh
# KG_BUILD=debug scores a debug build (quicker to rebuild while working on a rule).
# The extractions and scores are left in .build/kg-dev (or KG_DEV_OUT) for `kg eval --details`.
set -e
cd "$(dirname "$0")/.."
SHARED=${KG_SHARED:-$(cd .. && pwd)/shared}
CONFIG=${KG_BUILD:-release}
swift build -c "$CONFIG" >/dev/null 2>&1 || swift build -c "$CONFIG"
KG=.build/$CONFIG/kg
OUT=${KG_DEV_OUT:-.build/kg-dev}
mkdir -p "$OUT"
$KG extract seeds -o "$OUT/seeds.json" >/dev/null
echo "seeds: $(python3 "$SHARED"/gold/score.py "$OUT/seeds.json" Tests/KnowledgeGraphTests/Fixtures/seeds.gold.json | tail -1)"
for gold in "$SHARED"/dev/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  $KG extract "$SHARED/dev/$name.txt" -o "$OUT/$name.json" >/dev/null
  printf '%-36s %s\n' "$name" "$(python3 "$SHARED"/gold/score.py "$OUT/$name.json" "$gold" | tail -1)"
done
python3 - "$OUT" "$SHARED" <<'PY'
import json, subprocess, sys, glob, os
out, shared = sys.argv[1], sys.argv[2]
tot = [0]*6
for gold in sorted(glob.glob(f'{shared}/dev/*.gold.json')):
    name = os.path.basename(gold)[:-10]
    lines = subprocess.run(['python3', f'{shared}/gold/score.py', f'{out}/{name}.json', gold], capture_output=True, text=True).stdout.splitlines()
    kinds = True
    for line in lines[1:-1]:
        if line.startswith('predicate'): kinds = False; continue
        parts = line.split()
        o, g = parts[-1].strip('()').split('/')
        p = float(parts[1])
        hit = round(p * int(o))
        base = 0 if kinds else 3
        tot[base] += hit; tot[base+1] += int(o); tot[base+2] += int(g)
def f(h, o, g):
    p = h/o if o else 0; r = h/g if g else 0
    return p, r, (2*p*r/(p+r) if p+r else 0)
ep, er, ef = f(*tot[:3]); rp, rr, rf = f(*tot[3:])
print(f"dev micro: entities P={ep:.2f} R={er:.2f} F1={ef:.2f} relations P={rp:.2f} R={rr:.2f} F1={rf:.2f}")
PY
