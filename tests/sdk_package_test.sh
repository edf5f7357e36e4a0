#!/usr/bin/env bash
# Installs thuky with its SDK into a temporary prefix, builds samples/hello-plugin out of tree
# against it, and runs the plugin through the installed host.
# Usage: sdk_package_test.sh <thuky build dir> <thuky source dir>
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/samples/hello-plugin" -B "$work/hello" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS="${THUKY_SAMPLE_CXX_FLAGS:-}" \
  -DCMAKE_MODULE_LINKER_FLAGS="${THUKY_SAMPLE_LINKER_FLAGS:-}" >/dev/null
cmake --build "$work/hello" >/dev/null

thuky="$work/prefix/bin/thuky"
mkdir "$work/ws" && cd "$work/ws"
"$thuky" init . >/dev/null
export THUKY_PLUGIN_PATH="$work/hello/plugins"

fail() { echo "FAIL: $*" >&2; exit 1; }
list=$("$thuky" plugins)
grep -q "^hello  *1.1.0  *2  *available  *$work/hello/plugins$" <<<"$list" || fail "hello not listed: $list"
grep -q "^minutes  *0.2.0 .* available  *$work/prefix/" <<<"$list" || fail "bundled plugins not found in the install: $list"

out=$("$thuky" hello Lan)
[[ $out == "Xin chào Lan! (1 lời chào)" ]] || fail "first greeting: $out"
printf '\n[plugins.hello]\ngreeting = "Kính chào"\n' >> thuky.toml
out=$("$thuky" hello "Nguyễn Thị Mai Thuỷ")
[[ $out == "Kính chào Nguyễn Thị Mai Thuỷ! (2 lời chào)" ]] || fail "configured greeting: $out"

# The table SDK from outside: a list as Excel saves it, with a title row above the header.
printf '\xEF\xBB\xBFDANH SÁCH;\r\nSTT;Họ và tên\r\n1;Lê Văn An\r\n2;Trần Thị Bình\r\n' > names.csv
out=$("$thuky" hello-import names.csv)
[[ $out == "2 lời chào từ 'names.csv'" ]] || fail "table import: $out"
printf 'Họ và tên\n\n"Lê\n' > broken.csv
if out=$("$thuky" hello-import broken.csv 2>&1); then fail "a broken file imported: $out"; fi

# The services: a person of the directory, the clock, a list as JSON, a PDF, the audit log.
printf 'Mã,Họ và tên,Chức vụ\nha-van-hung,Hà Văn Hùng,Chủ tịch\n' > people.csv
"$thuky" people import people.csv >/dev/null
export THUKY_NOW=2020-09-15T08:00
out=$("$thuky" hello ha-van-hung)
[[ $out == "Kính chào Chủ tịch Hà Văn Hùng! (5 lời chào)" ]] || fail "greeting a person: $out"
out=$("$thuky" hello-list --json | tr -d ' \n')
[[ $out == *'{"name":"ChủtịchHàVănHùng","day":"2020-09-15"}'* ]] || fail "list: $out"
out=$("$thuky" hello-card Lan)
text=$(pdftotext "$out" - | tr -s ' \n' ' ')
[[ $text == *"Kính chào Lan! Hôm nay, ngày 15 tháng 9 năm 2020."* ]] || fail "card: $text"
"$thuky" log | grep -q "hello_greetings: 1 added (Chủ tịch Hà Văn Hùng)" || fail "audit: $("$thuky" log)"
out=$("$thuky" plugins --config hello)
grep -q "greeting" <<<"$out" || fail "declared setting not shown: $out"

# A manifest for another SDK fails at configure time, naming both versions.
cp -r "$source_dir/samples/hello-plugin" "$work/hello-old"
sed -i 's/^sdk = .*/sdk = 1/' "$work/hello-old/hello.plugin.toml"
if cmake -S "$work/hello-old" -B "$work/hello-old/build" -G Ninja \
    -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/old.log" 2>&1; then
  fail "a manifest for SDK 1 configured against SDK 2"
fi
grep -q "hello.plugin.toml: sdk = 1, but this thuky provides plugin SDK 2; port the plugin" \
  <(tr -s ' \n' ' ' <"$work/old.log") || fail "no SDK message: $(cat "$work/old.log")"
echo "out-of-tree plugin built against the installed SDK and ran in the installed host"
