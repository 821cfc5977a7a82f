-- wrk script for `colonnade-bench serve` (crates/bench).
--
--   wrk -t2 -c64 -d10s --latency -s bench.lua http://127.0.0.1:PORT/one/path
--       one URL, requested over and over (a "hot" page);
--   wrk -t2 -c64 -d10s --latency -s bench.lua http://127.0.0.1:PORT -- PATHS_FILE
--       the paths in PATHS_FILE (one per line), round-robin, each thread starting at a
--       different place.
--
-- At the end it prints one line, `BENCH {json}`, with exact figures (latencies in
-- microseconds) for the bench to read instead of wrk's rounded text.

local counter = 0

function setup(thread)
   thread:set("thread_id", counter)
   counter = counter + 1
end

local paths = nil
local next_index = 1

function init(args)
   local file = args[1]
   if file ~= nil then
      paths = {}
      for line in io.lines(file) do
         if line ~= "" then
            paths[#paths + 1] = line
         end
      end
      if #paths == 0 then
         paths = nil
      else
         next_index = ((thread_id or 0) * 7919) % #paths + 1
      end
   end
end

function request()
   if paths == nil then
      return wrk.format(nil, nil)
   end
   local path = paths[next_index]
   next_index = next_index % #paths + 1
   return wrk.format("GET", path)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,' ..
      '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
      '"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d}\n',
      summary.requests, summary.duration, summary.bytes,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
      e.connect, e.read, e.write, e.status, e.timeout))
end
