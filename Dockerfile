# The leakguard pre-send service (docs/service.md#docker).
#   docker build -t leakguard .
#   docker run --rm -p 127.0.0.1:8787:8787 leakguard
#   docker run --rm -p 8787:8787 -v "$PWD/token.txt:/run/secrets/token:ro" leakguard --token-file /run/secrets/token
# Arguments after the image name go to `leakguard serve` (see `leakguard serve --help`).
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
RUN pip install --no-cache-dir --no-compile --root-user-action=ignore --prefix=/install '.[server]'

FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
COPY --from=build /install /usr/local
# Bytecode compiled here, at its final path and as root: the service's user cannot write there,
# and without it every start would compile leakguard, Starlette and uvicorn again.
RUN python -m compileall -q -j 0 /usr/local/lib/python3.12/site-packages \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin leakguard
USER 10001:10001
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8787/healthz', timeout=2)"]
# 0.0.0.0 inside the container: publish the port on the host's loopback or behind a token.
ENTRYPOINT ["leakguard", "serve", "--host", "0.0.0.0", "--port", "8787"]
CMD []
