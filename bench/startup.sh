#!/usr/bin/env bash
# What a user waits for when `planbot` starts: the installed .NET tool's `planbot plan` on the bundled sample against a
# hello-world .NET console, both built Release on this machine, in paired runs (one of each, alternately, so both see
# the same noise). Prints the median wall time and the median user + system CPU of each, and their ratios.
#
#   bench/startup.sh [runs]        (default 21 pairs; about six minutes, most of it compiling the tool)
set -euo pipefail

runs=${1:-21}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
PROJECT
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -o "$work/hello/out" -nologo -v quiet > /dev/null
# Packed for this machine's platform, as the README says: compiled to native code (Native AOT) for it. PLANBOT_AOT=false
# packs the ReadyToRun build instead, for comparison.
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet pack "$root/src/PlanBot.Cli" -c Release -r "$rid" -p:PublishAot="${PLANBOT_AOT:-true}" -o "$work/packages" -nologo -v quiet > /dev/null
dotnet tool install planbot --tool-path "$work/tools" --add-source "$work/packages" > /dev/null

# "wall user+system" of one run, in seconds.
measure() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

for _ in $(seq "$runs"); do
  measure "$work/hello/out/hello" >> "$work/hello.times"
  measure "$work/tools/planbot" plan --today 2026-12-07 >> "$work/planbot.times"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
hello_wall=$(cut -d' ' -f1 "$work/hello.times" | median)
hello_cpu=$(cut -d' ' -f2 "$work/hello.times" | median)
plan_wall=$(cut -d' ' -f1 "$work/planbot.times" | median)
plan_cpu=$(cut -d' ' -f2 "$work/planbot.times" | median)

echo "$runs paired runs on $(nproc) cores, $rid, .NET SDK $(dotnet --version)"
printf '%-28s %8s %14s\n' "" "wall (s)" "user+sys (s)"
printf '%-28s %8s %14s\n' "hello world" "$hello_wall" "$hello_cpu"
printf '%-28s %8s %14s\n' "planbot plan (the sample)" "$plan_wall" "$plan_cpu"
awk -v pw="$plan_wall" -v hw="$hello_wall" -v pc="$plan_cpu" -v hc="$hello_cpu" \
  'BEGIN { printf "%-28s %7.1fx %13.1fx\n", "ratio", pw / hw, (hc > 0 ? pc / hc : 0) }'
