-- wrk script: filtered, sorted, paged cost lists with a different price bound and page on every request, so that
-- almost every request misses the response cache and runs its queries against the large data set.
math.randomseed(os.time())
request = function()
  local path = string.format("/api/v1/costs?therapy=HSCT&minPrice=%d&sort=-minPrice&page=%d",
    math.random(20000, 110000), math.random(1, 25))
  return wrk.format("GET", path)
end
