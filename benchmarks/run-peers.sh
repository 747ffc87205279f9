#!/usr/bin/env bash
# The peer benchmarks of issue 10 in one command: TideORM, Spring Data R2DBC, jOOQ and Hibernate Reactive side by
# side with hand-written R2DBC on the local PostgreSQL, then the markdown table (benchmarks/target/peers.md).
#
#   benchmarks/run-peers.sh            # from the repository root or anywhere else
#
# Environment:
#   JMH_OPTS   JMH settings for both JVMs (default below)
#   JAVA_OPTS  options of the JMH host JVMs (e.g. -Djmh.ignoreLock=true on a machine where another JMH runs)
#   PEERS_URL  R2DBC URL of another PostgreSQL for the main JVM (default r2dbc:postgresql://postgres@127.0.0.1:5432/test);
#              the Hibernate Reactive JVM reads -Dhr.host/-Dhr.port/-Dhr.database/-Dhr.user/-Dhr.password (HR_ARGS)
#
# Budget on 2 cores with the default settings: 29 benchmarks in the main JVM (raw 8, TideORM 7, Spring Data 7,
# jOOQ 7) and 7 in the Hibernate Reactive JVM, each 2 x 2 s warm-up + 5 x 2 s measurement = 14 s, plus about 5 s
# per fork (JVM start, pool of 32, seed check, clean-up between iterations): 36 x 19 s = about 11.5 min, and the
# build (under a minute when the modules are built, 1-2 min from scratch). With 3 measurement iterations the whole
# run took 589 s on the 2-core development machine (2026-12-03).
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 2 -w 2s -i 5 -r 2s"}
HEAP="-Xms1g -Xmx1g"
start=$(date +%s)

HR_POM=benchmarks/hibernate-reactive/pom.xml
if [ -f "$HR_POM" ] && grep -q "<module>benchmarks/hibernate-reactive</module>" pom.xml; then
  mvn -B -q -DskipTests package -pl benchmarks,benchmarks/hibernate-reactive -am
elif [ -f "$HR_POM" ]; then
  mvn -B -q -DskipTests install -pl benchmarks -am
  mvn -B -q -DskipTests package -f "$HR_POM"
else
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
echo "build: $(( $(date +%s) - start )) s"

MAIN_ARGS="$HEAP"
if [ -n "${PEERS_URL:-}" ]; then
  MAIN_ARGS="$MAIN_ARGS -Dpeers.url=$PEERS_URL"
fi
rm -f benchmarks/target/jmh-peers.json benchmarks/target/jmh-hr.json benchmarks/target/peers.md
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar 'dev\.tideorm\.benchmarks\.peers\..*' $JMH_OPTS \
  -jvmArgsAppend "$MAIN_ARGS" -rf json -rff benchmarks/target/jmh-peers.json
echo "main JVM done: $(( $(date +%s) - start )) s"

HR_JAR=benchmarks/hibernate-reactive/target/benchmarks-hr.jar
if [ -f "$HR_JAR" ]; then
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$HR_JAR" 'dev\.tideorm\.benchmarks\.hr\..*' $JMH_OPTS \
    -jvmArgsAppend "$HEAP ${HR_ARGS:-}" -rf json -rff benchmarks/target/jmh-hr.json
  echo "Hibernate Reactive JVM done: $(( $(date +%s) - start )) s"
else
  echo "no $HR_JAR: the table has no Hibernate Reactive column"
fi

java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.peers.PeersReport benchmarks/target
echo "total: $(( $(date +%s) - start )) s"
