-- Appended to every wrk script of bench/run: one machine-readable line with the exact figures.
function done(summary, latency, requests)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
         + summary.errors.status + summary.errors.timeout
   io.write(string.format("WRK requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d status_errors=%d\n",
         summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors,
         summary.errors.status))
end
