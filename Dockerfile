# syntax=docker/dockerfile:1
# The API image: `docker build -t subscriptions-inventory .` (compose.yaml runs it beside PostgreSQL).

# Build stage: dist/ (`npm run build`: the server, worker and token minter bundled, and the console) with esbuild. Nothing of this
# stage but dist/ reaches the image.
FROM node:24-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The project's `prepare` build needs the sources, copied below: only esbuild's install script runs here.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild esbuild
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY console ./console
COPY packages ./packages
RUN npm run build

# Modules stage: the production dependencies the server runs with. esbuild and tsx (dependencies only so that
# `npm ci --omit=dev` can build a checkout) are removed, and better-sqlite3 keeps its compiled module only: its
# SQLite sources, object files and static library stay behind with the toolchain that built them.
FROM node:24-bookworm AS modules
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm uninstall --no-save --omit=dev --ignore-scripts --no-audit --no-fund esbuild tsx \
  && npm rebuild better-sqlite3 \
  && rm -rf node_modules/@esbuild \
  && cd node_modules/better-sqlite3 \
  && mv build/Release/better_sqlite3.node /tmp/ \
  && rm -rf build deps src \
  && mkdir -p build/Release \
  && mv /tmp/better_sqlite3.node build/Release/ \
  && cd /app && npm cache clean --force

# Runtime stage: node, the production modules and dist/, run by the unprivileged `node` user (uid 1000).
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY --from=modules /app/package.json ./
COPY --from=modules /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Without DATABASE_URL the service keeps its SQLite file here: mount a volume on it (`-v inventory-data:/app/data`).
# No VOLUME line: an image run on PostgreSQL would get an anonymous volume it never uses.
RUN mkdir data && chown node:node data
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1, with no npm or shell in between: `docker stop`'s SIGTERM reaches the server's graceful shutdown.
CMD ["node", "dist/server.js"]
