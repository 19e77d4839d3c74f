# The Redress api. Build: docker build -t redress-api .
FROM node:22-bookworm-slim

WORKDIR /app

# Dependencies first, so source edits do not invalidate the install layer.
COPY package.json package-lock.json ./
RUN npm ci

COPY . .
RUN npm run build

# The data directory must be writable by the node user (a generated token secret lives there).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 REDRESS_DATA_DIR=/home/node/redress-data
EXPOSE 3000
USER node
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
