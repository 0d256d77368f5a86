#!/usr/bin/env bash
# `scripts/docker-env.sh`: writes ./.env for `docker compose` (which reads it for every command: up, logs, ps, down)
# with a fresh AUTH_JWT_SECRET, once. An existing .env is kept as it is: its secret signs the tokens already issued.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f .env ] && grep -q '^AUTH_JWT_SECRET=.' .env; then
  echo "docker-env: .env already holds AUTH_JWT_SECRET: kept (delete the line to generate another)" >&2
  exit 0
fi
if command -v openssl >/dev/null 2>&1; then
  secret="$(openssl rand -hex 32)"
else
  secret="$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")"
fi
umask 077
{
  echo "# Written by scripts/docker-env.sh: the service's HS256 secret. Keep it; never commit it (.gitignore has .env)."
  echo "AUTH_JWT_SECRET=$secret"
} >> .env
echo "docker-env: wrote AUTH_JWT_SECRET to $(pwd)/.env (mode 600)" >&2
