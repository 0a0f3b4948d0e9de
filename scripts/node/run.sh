#!/bin/sh
# Runs a project entry point (TypeScript, type-stripped by Node itself) under Node 24.
#
# Why: Astro 7 needs Node >= 22.12 and the project is pinned to Node 24 LTS (.nvmrc), but machines such as
# Debian 12 ship Node 20. Where the node on PATH is older than 24, this provisions Node 24 from the npm registry
# (the `node` package ships the official binary) into a per-user cache, without root, and puts it first on PATH
# for everything started from here — npm, Strapi, Astro, Playwright — so no module is ever built or loaded
# against the wrong Node. Where Node 24 is already installed it is used as it is.
#
# Usage: sh scripts/node/run.sh <entry.ts> [args...]
# Environment: TES_NODE_CACHE — where to keep the provisioned Node (default ~/.cache/tatenergosbyt/node24);
#              TES_SKIP_NODE_PROVISION=1 — never provision, fail if the node on PATH is too old.
set -eu

required_major=24
root=$(cd "$(dirname "$0")/../.." && pwd)

node_major() {
  command -v node >/dev/null 2>&1 || { echo 0; return; }
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

if [ "$(node_major)" -ne "$required_major" ]; then
  if [ "${TES_SKIP_NODE_PROVISION:-}" = "1" ]; then
    echo "Node $required_major is required (found: $(node --version 2>/dev/null || echo none))." >&2
    echo "Install it, or unset TES_SKIP_NODE_PROVISION to let the project provision it." >&2
    exit 1
  fi
  cache=${TES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tatenergosbyt/node24}
  if [ ! -x "$cache/node_modules/node/bin/node" ]; then
    echo "› Node $required_major not found on PATH; provisioning it from the npm registry into $cache" >&2
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "node@$required_major" >&2
  fi
  PATH="$cache/node_modules/node/bin:$PATH"
  export PATH
  # npm here is configured to build native addons against the system Node's headers (nodedir=/usr); point it at
  # the provisioned Node's own headers so a native module can never be compiled for Node 20 and loaded by 24.
  for headers in "$cache"/node_modules/node/node_modules/node-linux-*; do
    [ -d "$headers/include/node" ] && npm_config_nodedir=$headers && export npm_config_nodedir
  done
fi

cd "$root"
# The scripts import a few plain TypeScript modules from cms/ (shared lists, contracts); Node then notes that
# cms/package.json names no module type. Strapi needs it that way; the note is noise.
NODE_OPTIONS="--disable-warning=MODULE_TYPELESS_PACKAGE_JSON ${NODE_OPTIONS:-}"
export NODE_OPTIONS
entry=$1
shift
exec node "$entry" "$@"
