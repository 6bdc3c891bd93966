-- The uncached search: each request a query no earlier request asked, cycling through the
-- 1,000 of `Organisations.java --queries` (bench/run prepends their file as `queries_file`);
-- with 64 connections and about a second per cycle of the list, a kept answer is never reused
-- while the run is young, and the run starts right after a restart, so none is kept yet.
local threads = 0
function setup(thread)
   thread:set("thread_id", threads)
   threads = threads + 1
end

local function encode(text)
   -- UTF-8 bytes of Polish letters and the space, percent-encoded as a browser's form sends them
   return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
   paths = {}
   for line in io.lines(queries_file) do
      paths[#paths + 1] = "/api/v1/organisations?q=" .. encode(line)
   end
   -- the two threads walk the list from opposite halves
   n = thread_id * math.floor(#paths / 2)
end

function request()
   n = n + 1
   return wrk.format("GET", paths[n % #paths + 1])
end
