# The Redress api. Build: docker build -t redress-api .
FROM node:20-slim

WORKDIR /app

# Dependencies first, so source edits do not invalidate the install layer.
COPY package.json package-lock.json ./
RUN npm ci

COPY . .
RUN npm run build

ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
