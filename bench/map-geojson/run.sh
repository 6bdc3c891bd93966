#!/bin/sh
# Map layer benchmark (see README.md). Offline, on the embedded PostgreSQL; about a minute.
cd "$(dirname "$0")/../.." || exit 1
./mvnw -B -o test -Dtest=MapGeoJsonBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    | grep -E "BENCH|Tests run|ERROR"
