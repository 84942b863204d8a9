/**
 * The {@code annalist} command (picocli): analyze, ingest, events, skips, eval, bench (and bench query), synth, export, event, explain. Commands are thin:
 * they parse options, call the core pipeline and the store, and print.
 */
package org.annalist.app;
