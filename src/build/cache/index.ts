export { BuildCache, createBuildCache, type BuildCacheOptions, type BuildCacheStats, type CachedBuild, type CachedBuildMeta } from "./buildCache.ts";
export { buildCacheKey, canonicalJson, relevantOptions, type CacheKeyParts } from "./cacheKey.ts";
export { engineVersion } from "./engineVersion.ts";
export { SingleFlight } from "./singleFlight.ts";
export { ByteLru } from "./memoryLru.ts";
