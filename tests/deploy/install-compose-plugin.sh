#!/bin/sh
# Installs what the deploy tests check docker-compose.yml with: the Docker Compose v2 CLI
# plugin, run as `docker compose config` (no Docker engine is needed for that), and the
# Compose Specification's JSON schema as Debian ships it with compose-go.
#
# Debian 12 (bookworm), the machines' system, packages only the Python docker-compose 1.29,
# whose apt install also brings the whole Docker engine. Debian 13 (trixie) packages the Go
# Compose v2 as docker-compose, a standalone CLI plugin that needs only libc. This script
# fetches that package from the system's own Debian mirror with a private, throw-away apt
# configuration (the system's sources, lists and installed packages are left as they are),
# apt checking it against the Debian archive keys, and unpacks its one binary to
#   $1 (default /usr/local/lib/docker/cli-plugins/docker-compose),
# where the docker CLI finds it. The binary also runs alone: `docker-compose version`.
# From golang-github-compose-spec-compose-go-dev it takes schema/compose-spec.json to
#   $2 (default /usr/local/share/cndp-guard/compose-spec.json),
# with the package's name and version beside it in $2.source.
# Run by `make pytest` when a file is missing; root is needed for the default targets.
set -eu

target=${1:-/usr/local/lib/docker/cli-plugins/docker-compose}
schema=${2:-/usr/local/share/cndp-guard/compose-spec.json}
schema_package=golang-github-compose-spec-compose-go-dev
suite=trixie

# The Debian archive the system already uses (deb822 or one-line sources), not its security one.
mirror=$(
    cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        2>/dev/null |
        awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}
             /^deb / {for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) {print $i; break}}' |
        grep -E '/debian/?$' | head -n 1
)
if [ -z "$mirror" ]; then
    echo "install-compose-plugin: no Debian archive found in the apt sources" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/parts" "$work/deb"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" \
    >"$work/sources.list"
set -- \
    -o Dir::Etc::SourceList="$work/sources.list" \
    -o Dir::Etc::SourceParts="$work/parts" \
    -o Dir::State::Lists="$work/lists" \
    -o Dir::State::status=/dev/null \
    -o Dir::Cache="$work/cache" \
    -o Acquire::Languages=none \
    -o APT::Sandbox::User=root

apt-get "$@" -qq update
(cd "$work" && apt-get "$@" -qq download docker-compose "$schema_package")
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/deb"; done
install -D -m 0755 "$work/deb/usr/libexec/docker/cli-plugins/docker-compose" "$target"
install -D -m 0644 \
    "$work/deb/usr/share/gocode/src/github.com/compose-spec/compose-go/schema/compose-spec.json" \
    "$schema"
dpkg-deb --showformat='${Package} ${Version}\n' -W "$work/$schema_package"_*.deb >"$schema.source"
"$target" version
echo "compose-spec.json from $(cat "$schema.source")"
