# The app image for docker-compose.yml: Node 20, the workspace and the built explorer.
# Neo4j runs in its own container, so no Java is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile --reporter=append-only && pnpm --filter @kg/explorer build
ENV NODE_ENV=production
EXPOSE 8080
CMD ["pnpm", "start"]
