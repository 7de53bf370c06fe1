#!/usr/bin/env bash
# Measures PDF rendering of one official letter, once warm: bench/letter-rendering.sh [letters] [limit-ms]
# Builds the classes if needed, then runs bench/LetterRendering.java on the application's classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/classes/sunshine ] || mvn -B -q compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime >/dev/null
java -cp "target/classes:$(cat target/bench.classpath)" bench/LetterRendering.java "$@"
