#!/bin/sh
# 100,000-row import benchmark (see README.md). Offline, on the embedded PostgreSQL; about 2 minutes.
cd "$(dirname "$0")/../.." || exit 1
./mvnw -B -o test -Dtest=OrganisationImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    | grep -E "BENCH|Tests run|ERROR"
