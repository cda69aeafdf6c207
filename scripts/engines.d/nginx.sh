# nginx from the distribution's packages: the round-robin load balancer in front of several
# hyper-local processes in the scale-out tests (hyper-junit's ScaledOut starts its own nginx with
# its own configuration on a free port; nothing runs here).
start_nginx() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || apt_install nginx-light
  log "nginx: installed ($(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //'))"
}

stop_nginx() { :; }

env_nginx() { :; }
