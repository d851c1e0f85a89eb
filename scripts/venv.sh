# Shared by scripts/run and scripts/test: make .venv with Python >= 3.11 and install a
# requirements file into it (again only when the file changed). Source it; do not run it.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

can_apt() { command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }; }

APT_UPDATED=""
apt_install() {
  can_apt || return 1
  if [ -z "$APT_UPDATED" ]; then as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq && APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

find_python() {
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  echo "error: Python 3.11 or newer is needed (python3.11 was not found)" >&2
  return 1
}

ensure_venv() {
  local requirements="$1"
  if [ ! -x .venv/bin/python ]; then
    local py; py="$(find_python)"
    echo "==> creating .venv with $py"
    if ! "$py" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      local version; version="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
      echo "==> $py cannot make a venv; installing python$version-venv with apt"
      apt_install "python$version-venv" || apt_install python3-venv || {
        echo "error: install python$version-venv (apt-get install python$version-venv) and run again" >&2; return 1; }
      "$py" -m venv .venv
    fi
  fi
  local stamp=".venv/.installed-$(basename "$requirements")"
  local digest; digest="$(cat requirements*.txt | .venv/bin/python -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
  # requirements-dev.txt includes requirements.txt, so its stamp covers both
  if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ] && [ "$(cat .venv/.installed-requirements-dev.txt 2>/dev/null)" != "$digest" ]; then
    echo "==> installing $requirements into .venv"
    .venv/bin/python -m pip install --disable-pip-version-check -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install --disable-pip-version-check -q -r "$requirements"
    echo "$digest" > "$stamp"
  fi
}
