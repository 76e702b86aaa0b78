/**
 * The atomic apply of one DescriptionPublished to one namespace, as a Redis Lua script (EVALSHA runs it without
 * interleaving other commands: https://redis.io/docs/latest/develop/interact/programmability/eval-intro/).
 *
 * KEYS[1] the key naming the namespace this writer may write (the pointer for the live projector, the rebuild state
 *         hash for a rebuild), KEYS[2] the product head hash, KEYS[3] the product's seen-event set.
 * ARGV[1] the namespace the caller believes it writes, ARGV[2] "" to read KEYS[1] with GET, else the hash field,
 * ARGV[3] the namespace key prefix, ARGV[4] event id, ARGV[5] rank, ARGV[6] listing member, ARGV[7] the product's
 * document key prefix, ARGV[8] indexes as JSON, ARGV[9] locales as JSON, ARGV[10] the head as JSON, ARGV[11] the
 * number n of indexes, then n index names, then locale and document pairs. (Flat arguments rather than one JSON
 * payload: decoding the documents with cjson cost more than the writes.)
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
if redis.call('SADD', KEYS[3], ARGV[4]) == 0 then return 'duplicate' end
local function less(a, b)
  local n = math.min(#a, #b)
  for i = 1, n do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
local rank = ARGV[5]
local cur = redis.call('HMGET', KEYS[2], 'rank', 'member', 'indexes', 'locales')
if cur[1] and not less(cur[1], rank) then return 'superseded' end
local prefix, docPrefix = ARGV[3], ARGV[7]
if cur[1] then
  for _, name in ipairs(cjson.decode(cur[3])) do redis.call('ZREM', prefix .. 'idx:' .. name, cur[2]) end
  for _, loc in ipairs(cjson.decode(cur[4])) do redis.call('DEL', docPrefix .. loc) end
end
local nIdx = tonumber(ARGV[11])
for i = 12, 11 + nIdx do redis.call('ZADD', prefix .. 'idx:' .. ARGV[i], 0, ARGV[6]) end
for i = 12 + nIdx, #ARGV, 2 do redis.call('SET', docPrefix .. ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[2], 'rank', rank, 'member', ARGV[6], 'indexes', ARGV[8], 'locales', ARGV[9], 'head', ARGV[10])
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
