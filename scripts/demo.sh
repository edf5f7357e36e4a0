#!/usr/bin/env bash
# Sets up, builds and runs the main job on the sample data. Output: demo/out/*.pdf
# Usage: bash scripts/demo.sh        (from anywhere inside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
thuky="$root/build/default/bin/thuky"

rm -rf demo
"$thuky" init demo
cd demo
# The Kỳ Anh sample's issuing body: the provincial Fatherland Front's standing committee, seated
# in Hà Tĩnh (the date line's place).
sed -i -e 's/^parent_body = "" .*/parent_body = "ỦY BAN MTTQ VIỆT NAM\\nTỈNH HÀ TĨNH"/' \
  -e 's/^issuing_body = "" .*/issuing_body = "BAN THƯỜNG TRỰC"/' \
  -e 's/^symbol = "" .*/symbol = "MTTQ-BTT"/' -e 's/^place = "" .*/place = "Hà Tĩnh"/' thuky.toml
echo "== plugins"
"$thuky" plugins
echo "== the Kỳ Anh working session of 15/9/2020 (samples/ky-anh)"
"$thuky" people import "$root/samples/ky-anh/people.csv"
"$thuky" meeting import "$root/samples/ky-anh/meeting.toml"
"$thuky" meeting render ky-anh-2020-09-15 --doc all --out out
"$thuky" meeting tasks
echo "== sample documents of the engine"
"$thuky" document demo --out out
echo "== a candidate list in official order"
"$thuky" names sort "$root/samples/names/candidates.txt"
echo "== an election day in Hà Tĩnh (samples/election-ha-tinh)"
election="$root/samples/election-ha-tinh"
"$thuky" areas import "$election/areas.csv"
"$thuky" election import "$election/election.toml"
for e in dbqh-2026:candidates-dbqh hdnd-tinh-2026:candidates-hdnd-tinh \
  hdnd-xa-ky-hoa-2026:candidates-hdnd-xa; do
  "$thuky" election candidates import "$election/${e#*:}.csv" --election "${e%%:*}"
done
"$thuky" election voters import "$election/voters.csv"
# The sample's polling areas are far smaller than the law's range: check reports it (exit 1).
"$thuky" election check || true
# Election night: the polling teams' counts, the results per unit, marked official.
"$thuky" election tally import "$election/tally.csv"
"$thuky" election results
"$thuky" election results --lock
"$thuky" election render --doc all --out out/bau-cu
echo "== a round of voter contact (samples/voter-contact)"
"$thuky" areas import "$root/samples/voter-contact/areas.csv"
"$thuky" people import "$root/samples/voter-contact/people.csv"
"$thuky" organisations import "$root/samples/voter-contact/organisations.csv"
"$thuky" contact import "$root/samples/voter-contact/plan.toml"
"$thuky" contact schedule ha-tinh-2026-ky-hop-3
"$thuky" contact render ha-tinh-2026-ky-hop-3 --out out/tiep-xuc-cu-tri
"$thuky" contact opinions import ha-tinh-2026-ky-hop-3 "$root/samples/voter-contact/opinions.csv"
"$thuky" contact opinions groups ha-tinh-2026-ky-hop-3
"$thuky" contact opinions minutes ha-tinh-2026-ky-hop-3 --out out/tiep-xuc-cu-tri
"$thuky" contact opinions report ha-tinh-2026-ky-hop-3 --out out/tiep-xuc-cu-tri
"$thuky" contact opinions unanswered ha-tinh-2026-ky-hop-3 \
  --pdf out/tiep-xuc-cu-tri/ha-tinh-2026-ky-hop-3-chua-tra-loi.pdf
echo
echo "PDFs are in $root/demo/out:"
(cd "$root/demo/out" && find . -name '*.pdf' | sort)
