# Sourced by the scripts: makes sure `moto_server` can be started, installing moto with pip when
# it is missing, and exports MOTO_SERVER with its path.
MOTO_VERSION="5.2.1"
moto_path() {
  if command -v moto_server >/dev/null 2>&1; then
    command -v moto_server
    return
  fi
  local scripts
  scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
  if [ -x "$scripts/moto_server" ]; then
    echo "$scripts/moto_server"
  fi
}
if [ -z "${MOTO_SERVER:-}" ]; then
  MOTO_SERVER=$(moto_path)
  if [ -z "$MOTO_SERVER" ]; then
    echo "== installing moto[server]==$MOTO_VERSION with pip"
    python3 -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
    command -v pyenv >/dev/null 2>&1 && pyenv rehash || true
    MOTO_SERVER=$(moto_path)
  fi
  if [ -z "$MOTO_SERVER" ]; then
    echo "moto_server not found after installing moto" >&2
    exit 1
  fi
fi
export MOTO_SERVER
