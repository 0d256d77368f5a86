# syntax=docker/dockerfile:1
# The API image: `docker build -t subscriptions-inventory .` (compose.yaml runs it beside PostgreSQL).

# Build stage: production dependencies (better-sqlite3 fetches or compiles its native module with this image's
# toolchain) and dist/ (`npm run build`: the server transpiled, the console bundled).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The project's `prepare` build needs the sources, copied below: only the dependencies' install scripts run here.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3 esbuild
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY console ./console
COPY packages ./packages
RUN npm run build

# Runtime stage: node, the production dependencies and dist/, run by the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Without DATABASE_URL the service keeps its SQLite file here.
RUN mkdir data && chown node:node data
VOLUME /app/data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1, with no npm or shell in between: `docker stop`'s SIGTERM reaches the server's graceful shutdown.
CMD ["node", "dist/server.js"]
