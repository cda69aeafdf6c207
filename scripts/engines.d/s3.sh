# (to be written: start_s3, stop_s3, env_s3)
start_s3() { log "s3: not yet"; }
stop_s3() { :; }
env_s3() { :; }
