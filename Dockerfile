# aba without the Rust toolchain: a small image holding only the aba binary.
#
#   docker build -t aba .
#   cd my-site
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" aba check
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" aba build
#
# The site's folder is mounted at /site, and the site is written to its
# public/ folder as usual.

# Build stage: the official Rust image, on Debian 12.
FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked \
    && strip target/release/aba

# Final stage: Debian 12, slim, and the binary.
FROM debian:bookworm-slim
COPY --from=build /src/target/release/aba /usr/local/bin/aba
WORKDIR /site
# Not root: files written into the mounted folder belong to an ordinary
# user (give your own with --user, as above).
USER 1000:1000
# `aba serve --host 0.0.0.0` previews the site on this port.
EXPOSE 1111
ENTRYPOINT ["aba"]
CMD ["--help"]
