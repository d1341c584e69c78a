# One image for the gateway and every subgraph; the command chooses which runs.
# Build: docker build -t social-work-registry .

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
COPY gateway/dashboard gateway/dashboard
RUN npx tsx scripts/build-dashboard.ts

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=dependencies /app/node_modules node_modules
COPY package.json tsconfig.json ./
COPY schema schema
COPY subgraphs subgraphs
COPY gateway/src gateway/src
# The tools a regional team runs beside its service: import, export, token, seed, demo, report.
COPY scripts scripts
COPY --from=dashboard /app/gateway/dashboard/dist gateway/dashboard/dist
# Never root: the services need no privilege, and the files stay read-only to them.
USER node
# `docker run IMAGE subgraphs/main.ts guangxi` or `docker run IMAGE gateway/src/main.ts`
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["gateway/src/main.ts"]
