# Stand-ins for the user switches, sourced by bash, as their manuals describe them: sudo's env_reset keeps nothing exported but what -E
# (grouped too: -Eu) or --preserve-env keeps, or a --preserve-env=list names, and sets its NAME=value words; with -i or -s it hands a
# shell's -c its command's words joined, each character but letters, digits, _, - and $ escaped with a backslash (sudo(8)); su - clears the
# environment, plain su keeps it, its -c string before or after the user (su(1)); doas starts a new environment and runs its first word as
# the command (doas(1)); machinectl shell runs only a program named by its absolute path, in a new environment (machinectl(1)). PATH is
# kept, for the stand-in script, which machinectl's finds by its name.
sudo() {
  local keep= list= shell= w c n a q= kept=()
  while [ $# -gt 0 ]; do
    case $1 in
      --preserve-env) keep=all; shift ;;
      --preserve-env=*) list="$list ${1#--preserve-env=}"; shift ;;
      --) shift; break ;;
      -*)
        w=${1#-}; shift
        while [ -n "$w" ]; do
          c=${w:0:1}; w=${w:1}
          case $c in
            E) keep=all ;;
            [is]) shell=1 ;;
            [ugCDhprtUT]) [ -n "$w" ] || shift; w= ;;
          esac
        done ;;
      *) break ;;
    esac
  done
  if [ "$shell" ]; then
    for a in "$@"; do q+="$(printf '%s' "$a" | sed 's/[^A-Za-z0-9_$-]/\\&/g') "; done
    set -- sh -c "$q"
  fi
  if [ "$keep" = all ]; then env "$@"; return; fi
  for n in ${list//,/ }; do [ -n "${!n+x}" ] && kept+=("$n=${!n}"); done
  env -i PATH="$PATH" "${kept[@]}" "$@"
}
su() {
  local login= cmd=
  while [ $# -gt 0 ]; do
    case $1 in -|-l|--login) login=1 ;; -c) cmd=$2; shift ;; esac
    shift
  done
  if [ "$login" ]; then env -i PATH="$PATH" sh -c "$cmd"; else sh -c "$cmd"; fi
}
doas() {
  while case $1 in -u|-C|-a) shift 2 ;; -[Lns]*) shift ;; *) false ;; esac; do :; done
  case $1 in *=*) echo "doas: $1: command not found" >&2; return 127 ;; esac
  env -i PATH="$PATH" "$@"
}
machinectl() {
  shift 2
  case $1 in /*) ;; *) echo "Specified path '$1' is not absolute" >&2; return 1 ;; esac
  env -i PATH="$PATH" "${@/#\/usr\/bin\/dockerd-rootless.sh/dockerd-rootless.sh}"
}
