# One image for every service; the Deployment's command picks the service (k8s/base).
# TypeScript runs through tsx, as in development, so the image is exactly what the tests ran.
FROM node:20-bookworm-slim
ENV NODE_ENV=production ONNXRUNTIME_NODE_INSTALL=skip
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.base.json tsconfig.json ./
COPY schemas ./schemas
COPY libs ./libs
COPY services ./services
COPY bin ./bin
USER 10001
ENTRYPOINT []
CMD ["node", "bin/vitrine.mjs", "--help"]
