# (to be written: start_opensearch, stop_opensearch, env_opensearch)
start_opensearch() { log "opensearch: not yet"; }
stop_opensearch() { :; }
env_opensearch() { :; }
