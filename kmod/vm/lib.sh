# shellcheck shell=bash
# kmod/vm/lib.sh: the helpers of kmod/vm/run that its tests (tests/harness/)
# call alone: stopping on errors, parsing and checking (no side effects).

# Kernel command-line parameters the harness sets itself; --kernel-arg may
# not change them.
VM_OWN_KERNEL_ARGS=(console panic oops nlrt.job init rdinit root initrd)
# The x86 kernel keeps at most this many bytes of its command line.
VM_CMDLINE_MAX=2047
# Taint bits that mean a kernel BUG, WARNING or Oops: B (bad page, 32),
# D (died: Oops or BUG(), 128), W (WARN or a "BUG: ..." report, 512) and
# L (soft lockup, 16384).
VM_TAINT_FAIL=$((32 | 128 | 512 | 16384))

# vm_stop_on_die: makes the calling shell the one that `die` stops.
vm_stop_on_die() {
	vm_main_pid=$BASHPID
	trap 'exit 125' USR1
}

# die MESSAGE: prints "kmod/vm/run: MESSAGE" and ends the run with status
# 125, also when called in a subshell (a pipeline, a command or process
# substitution), which would otherwise end only itself: the subshell
# signals the shell set up by vm_stop_on_die, which exits.
die() {
	echo "kmod/vm/run: $*" >&2
	[ -z "${vm_main_pid:-}" ] || [ "$BASHPID" = "$vm_main_pid" ] || kill -USR1 "$vm_main_pid"
	exit 125
}

# vm_depends_paths: reads `modprobe --show-depends` output on stdin and
# prints the module files to load, in order, once each.  Built-in modules
# ("builtin NAME") need no file and are skipped.  Fails on any other line.
vm_depends_paths() {
	local kind path rest seen=" "
	while read -r kind path rest; do
		case "$kind" in
		insmod)
			[ -n "$path" ] || { echo "an insmod line without a path" >&2; return 1; }
			case "$seen" in *" $path "*) continue ;; esac
			seen+="$path "
			printf '%s\n' "$path"
			;;
		builtin) ;;
		'') ;;
		*)
			echo "unexpected modprobe --show-depends line: $kind $path $rest" >&2
			return 1
			;;
		esac
	done
}

# vm_check_kernel_args ARG...: succeeds when every ARG is a plain kernel
# parameter (name or name=value, no quotes, spaces or shell characters)
# that the harness does not set itself; else prints why and fails.
vm_check_kernel_args() {
	local arg name own
	for arg in "$@"; do
		if ! [[ "$arg" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]*(=[A-Za-z0-9_.,:/+=-]*)?$ ]]; then
			echo "kernel parameter '$arg' is not of the form name or name=value" \
				"(letters, digits and _ . - in the name; also , : / + = in the value)" >&2
			return 1
		fi
		name=${arg%%=*}
		for own in "${VM_OWN_KERNEL_ARGS[@]}"; do
			if [ "$name" = "$own" ]; then
				echo "kernel parameter '$name' is set by the harness and cannot be changed" >&2
				return 1
			fi
		done
	done
}

# vm_check_env_name NAME: succeeds for a variable name that --env may pass.
vm_check_env_name() {
	local name=$1
	if ! [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
		echo "'$name' is not a variable name" >&2
		return 1
	fi
	case "$name" in
	NLRT_VM) echo "NLRT_VM is set by the harness" >&2; return 1 ;;
	NLRT_TEST_PROTO) echo "NLRT_TEST_PROTO is set by the harness: use --proto" >&2; return 1 ;;
	esac
}

# vm_read_status FILE: reads the status the guest's /init wrote on the
# nlrt.status port:
#   exit N            CMD's exit status, 0..255
#   taint A B         /proc/sys/kernel/tainted before and after CMD
#   fail REASON       the guest could not run CMD
#   log LINE          kernel log lines (when the taint changed)
# Sets vm_exit (empty if none or invalid), vm_fail, vm_taint_before,
# vm_taint_after and vm_log.  Fails, saying why, when the file holds
# neither a valid exit line nor a fail line.
vm_read_status() {
	local file=$1 line key value
	vm_exit='' vm_fail='' vm_taint_before='' vm_taint_after='' vm_log=''
	[ -r "$file" ] || { echo "no status from the guest" >&2; return 1; }
	while IFS= read -r line; do
		key=${line%% *}
		value=${line#"$key"}
		value=${value# }
		case "$key" in
		exit)
			if [[ "$value" =~ ^[0-9]{1,3}$ ]] && [ "$value" -le 255 ]; then
				vm_exit=$((10#$value))
			else
				echo "the guest's exit status is not a number from 0 to 255: '$value'" >&2
				return 1
			fi
			;;
		taint)
			if [[ "$value" =~ ^([0-9]{1,12})\ ([0-9]{1,12})$ ]]; then
				vm_taint_before=${BASH_REMATCH[1]} vm_taint_after=${BASH_REMATCH[2]}
			fi
			;;
		fail) vm_fail=$value ;;
		log) vm_log+=$value$'\n' ;;
		esac
	done <"$file"
	[ -n "$vm_exit" ] || [ -n "$vm_fail" ] || { echo "no exit status from the guest" >&2; return 1; }
}

# vm_taint_failure BEFORE AFTER: prints the taint bits that appeared and
# mean a BUG, WARNING or Oops (as letters), or nothing.
vm_taint_failure() {
	local new=$(($2 & ~$1 & VM_TAINT_FAIL)) out=''
	((new & 32)) && out+="B (bad page) "
	((new & 128)) && out+="D (Oops or BUG) "
	((new & 512)) && out+="W (WARNING) "
	((new & 16384)) && out+="L (soft lockup) "
	printf '%s' "${out% }"
}
