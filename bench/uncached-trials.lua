-- wrk script: trial lists of the large data set with a random status, page and page size on every request, so that
-- almost every request misses the response cache and runs its queries (bounded count and page) against the database.
math.randomseed(os.time())
local statuses = { "NOT_YET_RECRUITING", "RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING", "COMPLETED",
  "TERMINATED", "SUSPENDED", "WITHDRAWN", "AUTHORISED", "UNKNOWN" }
request = function()
  local path = string.format("/api/v1/trials?status=%s&page=%d&size=%d",
    statuses[math.random(1, #statuses)], math.random(1, 25), math.random(1, 100))
  return wrk.format("GET", path)
end
