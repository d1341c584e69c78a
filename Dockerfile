# One image for the gateway and every subgraph; the command chooses which runs.
# Build: docker build -t social-work-registry:$(npm run -s image-tag) .
# (the tag is the package version and the supergraph's hash; docker-compose.yml carries it)

# Node 22 LTS (a dependency needs 22.15 or later). Production dependencies only. tsx is one of them:
# the services run their TypeScript directly.
FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

# The dashboard is bundled with the development dependencies, which stay in this stage.
FROM node:22-bookworm-slim AS dashboard
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY scripts/build-dashboard.ts scripts/
COPY shared shared
COPY gateway/dashboard gateway/dashboard
# The regions and the catalog the pages name when the national directory is down.
COPY subgraphs/regions.json subgraphs/
COPY subgraphs/national/data/indicators.json subgraphs/national/data/
RUN npx tsx scripts/build-dashboard.ts

FROM node:22-bookworm-slim
# pg_dump and pg_restore for `npm run backup`, `npm run restore` and the backup a subgraph takes
# before a migration: PostgreSQL 17's, from PostgreSQL's own apt repository (Debian 12 has 15, and
# pg_dump reads no server newer than itself), as PostgreSQL's download page describes.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-common ca-certificates \
  && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
  && apt-get install -y --no-install-recommends postgresql-client-17 \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir /backups && chown node /backups
ENV NODE_ENV=production HOST=0.0.0.0 PG_BIN_DIR=/usr/lib/postgresql/17/bin BACKUP_DIR=/backups
WORKDIR /app
COPY --from=dependencies /app/node_modules node_modules
COPY package.json tsconfig.json ./
COPY schema schema
COPY shared shared
COPY subgraphs subgraphs
COPY gateway/src gateway/src
# The dashboard's words, which the report speaks too.
COPY gateway/dashboard/src gateway/dashboard/src
# The tools a regional team runs beside its service: import, export, token, seed, demo, report.
COPY scripts scripts
COPY --from=dashboard /app/gateway/dashboard/dist gateway/dashboard/dist
# Never root: the services need no privilege, and the files stay read-only to them.
USER node
# `docker run IMAGE subgraphs/main.ts guangxi` or `docker run IMAGE gateway/src/main.ts`
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["gateway/src/main.ts"]
