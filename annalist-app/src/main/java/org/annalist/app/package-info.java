/**
 * The {@code annalist} command (picocli): analyze, ingest, events, skips, eval, bench, explain. Commands are thin:
 * they parse options, call the core pipeline and the store, and print.
 */
package org.annalist.app;
