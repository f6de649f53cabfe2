/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber a running app.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3', 'playwright-core', '@hocuspocus/server'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm run typecheck` (lint, CI) checks types once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The build cache speeds up the next build on the same machine; CI builds a fresh clone
    // once, where writing the cache only costs minutes (2 min seen on a 2-core runner).
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
};

export default nextConfig;
