/**
 * The README is executable: {@link io.hyper.examples.readme.ReadmeSnippetsIT} extracts every {@code
 * java} block of the root README.md and runs them in order in one JShell session against an
 * embedded hyper-local. The marker conventions are described in {@link
 * io.hyper.examples.readme.ReadmeBlocks}.
 */
package io.hyper.examples.readme;
