#!/usr/bin/env bash
# JMH microbenchmarks of tminus's hot code (src/test/java/**/*Benchmark.java):
#
#   bash bench/jmh.sh              # all of them
#   bash bench/jmh.sh Render       # a regular expression over benchmark names, as JMH takes it
#
# Compiles the tests (JMH generates its harness there) and runs org.openjdk.jmh.Main on the test
# classpath; extra arguments go to JMH (e.g. -f 2 -wi 5). Run on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
exec mvn -B -q org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java \
  -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.openjdk.jmh.Main ${*:-.*Benchmark.*}"
