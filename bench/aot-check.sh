#!/usr/bin/env bash
# Does the ahead-of-time compiled planbot do everything the command line does? Publishes it for this machine's
# platform (Native AOT: a few minutes) and runs the tests that drive a planbot executable as a process
# (tests/PlanBot.Integration.Tests/Tool): the offline commands byte for byte against the in-process command line,
# sync against the fake GitHub, serve from webhook to committed plan through Azurite.
#
#   bench/aot-check.sh [output folder]     (default: a temporary folder, removed afterwards)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-}
if [ -z "$out" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet publish "$root/src/PlanBot.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo -v quiet
PLANBOT_TOOL="$out/planbot" dotnet test "$root/tests/PlanBot.Integration.Tests" --filter "FullyQualifiedName~PlanBot.Integration.Tests.Tool" -nologo
