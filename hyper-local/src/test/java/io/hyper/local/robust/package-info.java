/**
 * Robustness tests: a real hyper-local over raw sockets, fed malformed framing, oversize lines and
 * headers, slow and hostile clients, concurrent large bodies and cross-origin browser requests;
 * each checks the JSON answer, that the server still serves, and that stored data is intact.
 */
package io.hyper.local.robust;
