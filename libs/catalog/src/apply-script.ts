/**
 * The atomic apply of one DescriptionPublished to one namespace, as a Redis Lua script (EVALSHA runs it without
 * interleaving other commands: https://redis.io/docs/latest/develop/interact/programmability/eval-intro/).
 *
 * KEYS[1] the key naming the namespace this writer may write (the pointer for the live projector, the rebuild state
 *         hash for a rebuild), KEYS[2] the product head hash, KEYS[3] the product's seen-event set.
 * ARGV[1] the namespace the caller believes it writes, ARGV[2] "" to read KEYS[1] with GET, else the hash field,
 * ARGV[3] the namespace key prefix, ARGV[4] the projection as JSON.
 *
 * Returns "moved" when the namespace is no longer the caller's to write (the pointer was switched by a rebuild, or
 * the rebuild was replaced): nothing is written and the caller re-resolves it. Otherwise "duplicate" (event id seen),
 * "superseded" (recorded as seen; a higher-ranked event already serves) or "applied".
 * Ranks are compared byte by byte here because Lua's `<` follows the server's collation locale.
 */
export const applyScript = `
local owner
if ARGV[2] == '' then owner = redis.call('GET', KEYS[1]) else owner = redis.call('HGET', KEYS[1], ARGV[2]) end
if owner ~= ARGV[1] then return 'moved' end
local p = cjson.decode(ARGV[4])
if redis.call('SADD', KEYS[3], p.eventId) == 0 then return 'duplicate' end
local function less(a, b)
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
local cur = redis.call('HMGET', KEYS[2], 'rank', 'member', 'indexes', 'locales')
if cur[1] and not less(cur[1], p.rank) then return 'superseded' end
local prefix = ARGV[3]
if cur[1] then
  for _, name in ipairs(cjson.decode(cur[3])) do redis.call('ZREM', prefix .. 'idx:' .. name, cur[2]) end
  for _, loc in ipairs(cjson.decode(cur[4])) do redis.call('DEL', p.docPrefix .. loc) end
end
for _, d in ipairs(p.docs) do redis.call('SET', p.docPrefix .. d[1], d[2]) end
for _, name in ipairs(p.indexes) do redis.call('ZADD', prefix .. 'idx:' .. name, 0, p.member) end
redis.call('HSET', KEYS[2], 'rank', p.rank, 'member', p.member, 'indexes', p.indexesJson, 'locales', p.localesJson, 'head', p.headJson)
return 'applied'
`;

/**
 * Compare-and-set of the serving pointer: switches from ARGV[1] ("" = no pointer yet) to ARGV[2] and records the
 * switch in the rebuild state (KEYS[2]) in the same step, so a crash can never leave the two disagreeing.
 */
export const switchScript = `
local cur = redis.call('GET', KEYS[1])
if cur == ARGV[2] then return 'already' end
if (cur or '') ~= ARGV[1] then return 'conflict:' .. (cur or '') end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], 'phase', 'switched', 'switchedAt', ARGV[3])
return 'switched'
`;
