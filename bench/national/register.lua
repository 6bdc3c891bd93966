-- The registration API call, each request a new person (e-mail) on one of the events open for
-- registration; bench/run prepends the list of their ids as `events` and the API token as `token`
-- (a request with a token needs no proof-of-work challenge).
local threads = 0
function setup(thread)
   thread:set("thread_id", threads)
   threads = threads + 1
end

function init(args)
   run = args[1] or tostring(os.time())
   n = 0
end

function request()
   n = n + 1
   local event = events[(n * 7 + thread_id) % #events + 1]
   local body = string.format('{"name":"Uczestniczka Kampanii %d","email":"kampania-%s-%d-%d@example.pl",'
         .. '"organisationName":"Spółdzielnia Socjalna Bursztyn","consent":true}', n, run, thread_id, n)
   return wrk.format("POST", "/api/v1/events/" .. event .. "/registrations",
         {["Content-Type"] = "application/json", ["Accept"] = "application/json",
          ["Authorization"] = "Bearer " .. token}, body)
end
